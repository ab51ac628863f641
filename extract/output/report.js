/* thidua report renderer: draws the charts described in #report-data as inline SVG.
   No library, no network; text goes in through textContent/setAttribute only (never as
   markup), so names from the dataset cannot inject anything into the page. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 960; // viewBox width of every chart; wide timelines grow and scroll
  var CHAR = 6.4; // rough width of one 11px character, for layout only
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                 "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function text(parent, x, y, s, attrs) {
    var node = el("text", attrs || {}, parent);
    node.setAttribute("x", String(x));
    node.setAttribute("y", String(y));
    node.textContent = s;
    return node;
  }
  function tip(node, s) { el("title", {}, node).textContent = s; }
  function clip(s, n) {
    s = String(s);
    return s.length > n ? s.slice(0, Math.max(1, n - 1)) + "\u2026" : s;
  }
  function longest(items) {
    return items.reduce(function (m, s) { return Math.max(m, String(s).length); }, 0);
  }
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function fmt(v) { return Math.round(v) === v ? String(v) : v.toFixed(1); }
  function niceStep(max, n) {
    if (max <= 0) { return 1; }
    var raw = max / n, p = Math.pow(10, Math.floor(Math.log10(raw))), f = raw / p;
    var step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    return Math.max(step, Number.isInteger(max) ? 1 : step);
  }
  function root(plot, chart, w, h) {
    var svg = el("svg", {
      viewBox: "0 0 " + w + " " + h, width: w, height: h, role: "img",
      // Up to 1.6 times the usual width the chart shrinks to fit; beyond, it scrolls.
      "aria-label": chart.title, "class": w > W * 1.6 ? "wide" : ""
    }, plot);
    return svg;
  }
  // Axis titles: x centred under the plot area, y rotated along its left edge.
  function axisTitles(svg, chart, box, h) {
    text(svg, (box.l + box.r) / 2, h - 6, chart.x_label, {"class": "axis-title", "text-anchor": "middle"});
    var y = (box.t + box.b) / 2;
    text(svg, 12, y, chart.y_label, {
      "class": "axis-title", "text-anchor": "middle", transform: "rotate(-90 12 " + y + ")"
    });
  }
  function legend(svg, names, colors, y) {
    var x = 70, line = 0;
    names.forEach(function (name, i) {
      var w = 22 + clip(name, 40).length * CHAR;
      if (x + w > W - 10) { x = 70; line += 1; }
      var g = el("g", {"class": "legend-item"}, svg);
      el("rect", {x: x, y: y + line * 18, width: 12, height: 12, fill: colors[i]}, g);
      text(g, x + 16, y + line * 18 + 10, clip(name, 40), {"class": "legend"});
      tip(g, name);
      x += w + 12;
    });
    return names.length ? (line + 1) * 18 + 6 : 0;
  }
  function noData(plot, chart) {
    var h = 170, box = {l: 60, t: 14, r: W - 20, b: 130};
    var svg = root(plot, chart, W, h);
    el("rect", {x: box.l, y: box.t, width: box.r - box.l, height: box.b - box.t, "class": "frame"}, svg);
    text(svg, W / 2, 78, "no data", {"class": "nodata", "text-anchor": "middle"});
    axisTitles(svg, chart, box, h);
  }

  // Vertical bars per category; series stacked or side by side.
  function bars(plot, c) {
    var cats = c.categories, series = c.series, stacked = !!c.stacked;
    var colors = series.map(function (_, i) { return PALETTE[i % PALETTE.length]; });
    var rotate = cats.length > 10 || longest(cats) * CHAR > (W - 100) / cats.length;
    var bottom = rotate ? clamp(longest(cats) * CHAR * 0.75 + 30, 60, 160) : 46;
    var svg = root(plot, c, W, 10);
    var top = 10 + legend(svg, series.map(function (s) { return s.name; }), colors, 8);
    var box = {l: 70, t: top, r: W - 20, b: top + 260};
    var h = box.b + bottom;
    svg.setAttribute("viewBox", "0 0 " + W + " " + h);
    svg.setAttribute("height", String(h));
    var max = 0;
    cats.forEach(function (_, i) {
      var sum = 0;
      series.forEach(function (s) {
        sum += s.values[i];
        max = Math.max(max, s.values[i]);
      });
      if (stacked) { max = Math.max(max, sum); }
    });
    var step = niceStep(max, 5), top_v = Math.max(step, Math.ceil(max / step) * step);
    var y = function (v) { return box.b - (v / top_v) * (box.b - box.t); };
    for (var t = 0; t <= top_v + 1e-9; t += step) {
      el("line", {x1: box.l, x2: box.r, y1: y(t), y2: y(t), "class": "grid"}, svg);
      text(svg, box.l - 6, y(t) + 4, fmt(t), {"class": "tick", "text-anchor": "end"});
    }
    var band = (box.r - box.l) / cats.length;
    cats.forEach(function (cat, i) {
      var x0 = box.l + i * band, base = 0;
      series.forEach(function (s, k) {
        var v = s.values[i];
        if (!v) { return; }
        var bw = stacked ? band * 0.7 : (band * 0.8) / series.length;
        var x = stacked ? x0 + band * 0.15 : x0 + band * 0.1 + k * bw;
        var y0 = stacked ? y(base + v) : y(v);
        var hgt = stacked ? y(base) - y(base + v) : box.b - y(v);
        var r = el("rect", {x: x, y: y0, width: Math.max(1, bw - 1), height: Math.max(1, hgt),
                            fill: colors[k], "class": "mark"}, svg);
        tip(r, cat + " \u00b7 " + s.name + ": " + fmt(v));
        if (stacked) { base += v; }
      });
      var lx = x0 + band / 2, ly = box.b + 14;
      var lab = text(svg, lx, ly, clip(cat, rotate ? 24 : Math.max(3, Math.floor(band / CHAR))),
                     {"class": "tick", "text-anchor": rotate ? "end" : "middle"});
      if (rotate) { lab.setAttribute("transform", "rotate(-40 " + lx + " " + ly + ")"); }
      tip(lab, cat);
    });
    el("line", {x1: box.l, x2: box.r, y1: box.b, y2: box.b, "class": "axis"}, svg);
    axisTitles(svg, c, box, h);
  }

  // Horizontal bars, one row per category, series side by side within a row.
  function hbars(plot, c) {
    var cats = c.categories, series = c.series, n = series.length;
    var colors = series.map(function (_, i) { return PALETTE[i % PALETTE.length]; });
    var left = clamp(longest(cats) * CHAR + 40, 110, 400);
    var svg = root(plot, c, W, 10);
    var top = 10 + (n > 1 ? legend(svg, series.map(function (s) { return s.name; }), colors, 8) : 0);
    var rowH = n > 1 ? 9 * n + 8 : 20;
    // At least 90px tall, so the rotated axis title fits beside one or two bars.
    var box = {l: left, t: top, r: W - 70, b: top + Math.max(90, cats.length * rowH)};
    var h = box.b + 56;
    svg.setAttribute("viewBox", "0 0 " + W + " " + h);
    svg.setAttribute("height", String(h));
    var max = c.max || 0;
    series.forEach(function (s) { s.values.forEach(function (v) { max = Math.max(max, v); }); });
    var step = niceStep(max, 6), top_v = c.max || Math.max(step, Math.ceil(max / step) * step);
    var x = function (v) { return box.l + (v / top_v) * (box.r - box.l); };
    for (var t = 0; t <= top_v + 1e-9; t += step) {
      el("line", {x1: x(t), x2: x(t), y1: box.t, y2: box.b, "class": "grid"}, svg);
      text(svg, x(t), box.b + 16, fmt(t), {"class": "tick", "text-anchor": "middle"});
    }
    var unit = c.max === 100 ? "%" : "";
    cats.forEach(function (cat, i) {
      var y0 = box.t + i * rowH;
      var lab = text(svg, box.l - 6, y0 + rowH / 2 + 4, clip(cat, Math.floor((left - 40) / CHAR)),
                     {"class": "tick", "text-anchor": "end"});
      tip(lab, cat);
      series.forEach(function (s, k) {
        var v = s.values[i], bh = n > 1 ? 8 : 14, by = y0 + (n > 1 ? 4 + k * 9 : 3);
        if (!v) { return; }
        var r = el("rect", {x: box.l, y: by, width: Math.max(1, x(v) - box.l), height: bh,
                            fill: colors[k], "class": "mark"}, svg);
        tip(r, cat + " \u00b7 " + s.name + ": " + fmt(v) + unit);
        text(svg, x(v) + 4, by + bh - 1, fmt(v) + unit, {"class": "value"});
      });
    });
    el("line", {x1: box.l, x2: box.l, y1: box.t, y2: box.b, "class": "axis"}, svg);
    axisTitles(svg, c, box, h);
  }

  function shade(f) {
    var a = [238, 243, 251], b = [31, 78, 140];
    return "rgb(" + a.map(function (v, i) { return Math.round(v + (b[i] - v) * f); }).join(",") + ")";
  }

  // Heat map: rows c.y, columns c.x, shade by c.values, text c.labels.
  function heatmap(plot, c) {
    var left = clamp(longest(c.y) * CHAR + 40, 100, 300);
    var cellW = clamp((W - left - 20) / c.x.length, 24, 90), cellH = 20, top = 10;
    var w = Math.max(W, left + c.x.length * cellW + 20), h = top + c.y.length * cellH + 56;
    var svg = root(plot, c, w, h), box = {l: left, t: top, r: left + c.x.length * cellW, b: top + c.y.length * cellH};
    var max = 0;
    c.values.forEach(function (row) { row.forEach(function (v) { max = Math.max(max, v); }); });
    c.y.forEach(function (name, i) {
      var lab = text(svg, left - 6, top + i * cellH + 14, clip(name, Math.floor((left - 40) / CHAR)),
                     {"class": "tick", "text-anchor": "end"});
      tip(lab, name);
      c.x.forEach(function (year, j) {
        var v = c.values[i][j], x = left + j * cellW, y = top + i * cellH;
        if (!v) {
          el("rect", {x: x + 1, y: y + 1, width: cellW - 2, height: cellH - 2, "class": "cell-empty"}, svg);
          return;
        }
        var f = max ? 0.15 + 0.85 * (v / max) : 0;
        var r = el("rect", {x: x + 1, y: y + 1, width: cellW - 2, height: cellH - 2,
                            fill: shade(f), "class": "mark"}, svg);
        tip(r, name + " \u00b7 " + year + ": " + c.labels[i][j]);
        if (c.labels[i][j].length * CHAR < cellW - 4) {
          text(svg, x + cellW / 2, y + 14, c.labels[i][j],
               {"class": f > 0.55 ? "cell-text dark" : "cell-text", "text-anchor": "middle"});
        }
      });
    });
    c.x.forEach(function (year, j) {
      text(svg, left + j * cellW + cellW / 2, box.b + 16, year, {"class": "tick", "text-anchor": "middle"});
    });
    axisTitles(svg, c, box, h);
  }

  // Timeline: one row per bloc, one box per year naming the leading organisation.
  function timeline(plot, c) {
    var left = clamp(longest(c.rows) * CHAR + 40, 140, 380);
    var colW = Math.max(90, (W - left - 20) / Math.max(1, c.x.length)), rowH = 24, top = 24;
    var w = Math.max(W, left + c.x.length * colW + 20), h = top + c.rows.length * rowH + 56;
    var svg = root(plot, c, w, h);
    var box = {l: left, t: top, r: left + c.x.length * colW, b: top + c.rows.length * rowH};
    var colorOf = {}, used = 0;
    c.x.forEach(function (year, j) {
      var x = left + j * colW;
      el("line", {x1: x, x2: x, y1: box.t, y2: box.b, "class": "grid"}, svg);
      text(svg, x + colW / 2, box.b + 16, year, {"class": "tick", "text-anchor": "middle"});
      text(svg, x + colW / 2, top - 8, year, {"class": "tick", "text-anchor": "middle"});
    });
    c.rows.forEach(function (name, i) {
      var lab = text(svg, left - 6, top + i * rowH + 16, clip(name, Math.floor((left - 40) / CHAR)),
                     {"class": "tick", "text-anchor": "end"});
      tip(lab, name);
    });
    c.items.forEach(function (it) {
      var j = c.x.indexOf(String(it.year));
      if (j < 0) { return; }
      if (!(it.label in colorOf)) { colorOf[it.label] = PALETTE[used++ % PALETTE.length]; }
      var x = left + j * colW + 2, y = top + it.row * rowH + 3;
      var g = el("g", {}, svg);
      el("rect", {x: x, y: y, width: colW - 4, height: rowH - 6, rx: 3, fill: colorOf[it.label],
                  "fill-opacity": it.elected ? 0.35 : 0.85,
                  "class": it.elected ? "mark elected" : "mark"}, g);
      text(g, x + 4, y + 13, clip(it.label, Math.floor((colW - 10) / CHAR)), {"class": "box-text"});
      tip(g, c.rows[it.row] + " \u00b7 " + it.year + ": " + it.label + (it.elected ? " (elected)" : ""));
    });
    axisTitles(svg, c, box, h);
  }

  var RENDERERS = {bars: bars, hbars: hbars, heatmap: heatmap, timeline: timeline};
  var data = JSON.parse(document.getElementById("report-data").textContent);
  data.charts.forEach(function (chart) {
    var fig = document.getElementById("chart-" + chart.id);
    if (!fig) { throw new Error("no container for chart " + chart.id); }
    var plot = fig.querySelector(".plot");
    try {
      if (chart.empty) { noData(plot, chart); } else { RENDERERS[chart.kind](plot, chart); }
      fig.setAttribute("data-state", chart.empty ? "empty" : "drawn");
    } catch (err) {
      fig.setAttribute("data-state", "failed");
      plot.appendChild(document.createTextNode("This chart failed to draw: " + err.message));
      console.error(err);
    }
    fig.setAttribute("data-marks", String(plot.querySelectorAll(".mark").length));
  });
  document.documentElement.setAttribute("data-rendered", "true");
})();
