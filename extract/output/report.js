/* thidua report renderer: draws the charts described in #report-data as inline SVG.
   No library, no network; text goes in through textContent/setAttribute only (never as
   markup), so names from the dataset cannot inject anything into the page. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 960; // viewBox width of every chart; wide heat maps grow and scroll
  var CHAR = 6.4; // rough width of one 11px character, for layout only
  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  // Drill-down data (articles, snippets, evidence items, blocs, orgs), gzip + base64 in
  // #explore-data; filled in by loadExplore() before anything is drawn.
  // Two parts: #explore-index (blocs, organisations, one status letter per evidence item)
  // draws the page; #explore-evidence (articles, sentences, spans) is unpacked right after.
  var X = {articles: [], snips: [], ev: [], blocs: [], orgs: [], st: ""};
  var EVIDENCE = null; // the promise of the evidence part, once asked for
  function isConflict(id) { return X.st.charAt(id) === "c"; }
  var BLOC_INDEX = {};
  function colorsOf(series) { return series.map(function (s) { return s.color || "#4D5D53"; }); }

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
    var colors = colorsOf(series);
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
                            fill: colors[k], "class": c.field ? "mark clickable" : "mark"}, svg);
        tip(r, cat + " \u00b7 " + s.name + ": " + fmt(v) + (c.field ? " (click for evidence)" : ""));
        if (c.field) {
          r.setAttribute("data-year", cat);
          r.setAttribute("data-key", s.key);
          r.addEventListener("click", function () { showAwards(c.field, s.key, s.name, cat); });
        }
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
    var colors = colorsOf(series);
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
      if (c.blocs && c.blocs[i] in BLOC_INDEX) { linkBloc(lab, c.blocs[i]); }
      series.forEach(function (s, k) {
        var v = s.values[i], bh = n > 1 ? 8 : 14, by = y0 + (n > 1 ? 4 + k * 9 : 3);
        if (!v) { return; }
        var r = el("rect", {x: box.l, y: by, width: Math.max(1, x(v) - box.l), height: bh,
                            fill: colors[k], "class": "mark"}, svg);
        if (c.blocs && c.blocs[i] in BLOC_INDEX) { linkBloc(r, c.blocs[i]); }
        tip(r, cat + " \u00b7 " + s.name + ": " + fmt(v) + unit);
        text(svg, x(v) + 4, by + bh - 1, fmt(v) + unit, {"class": "value"});
      });
    });
    el("line", {x1: box.l, x2: box.l, y1: box.t, y2: box.b, "class": "axis"}, svg);
    axisTitles(svg, c, box, h);
  }

  function rgb(hex) {
    return [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  }
  function shade(f) {
    var a = rgb(DATA.heat[0]), b = rgb(DATA.heat[1]);
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

  // Word-wrap `s` into lines of at most `n` characters (long words are split).
  function wrap(s, n) {
    var out = [], line = "";
    n = Math.max(3, n);
    String(s).split(/\s+/).forEach(function (word) {
      while (word.length > n) {
        if (line) { out.push(line); line = ""; }
        out.push(word.slice(0, n - 1) + "-");
        word = word.slice(n - 1);
      }
      if (!line) { line = word; } else if (line.length + 1 + word.length <= n) { line += " " + word; }
      else { out.push(line); line = word; }
    });
    if (line) { out.push(line); }
    return out;
  }
  function lines(parent, x, y, rows, attrs) {
    var node = text(parent, x, y, "", attrs);
    rows.forEach(function (row, i) {
      var t = el("tspan", {x: x, dy: i ? 12 : 0}, node);
      t.textContent = row;
    });
    return node;
  }

  // Timeline: one row per bloc, one box per year naming the leading organisation in full
  // (wrapped). The chart always fits the page width: every year gets a column, gaps included.
  function timeline(plot, c) {
    // As wide as the page allows (never wider: no sideways scrolling), for the names' sake.
    var TW = clamp(plot.clientWidth || W, W, 1500);
    var left = 230, top = 24, n = Math.max(1, c.x.length), avail = TW - left - 10;
    // Every year keeps its column, but a year no bloc reports on gets a narrow one, so the
    // years with leaders have room for their names.
    var used = c.x.map(function () { return false; });
    c.items.forEach(function (it) { var j = c.x.indexOf(String(it.year)); if (j >= 0) { used[j] = true; } });
    var nUsed = used.filter(Boolean).length, gapW = Math.min(32, avail / n);
    var colW = nUsed ? (avail - (n - nUsed) * gapW) / nUsed : gapW;
    var widths = used.map(function (u) { return u ? colW : gapW; }), xs = [], run = left;
    widths.forEach(function (wd) { xs.push(run); run += wd; });
    // 7px a character: diacritics and capitals run wider than the 6.4px layout estimate
    var per = Math.floor((colW - 10) / 7);
    var rowLabels = c.rows.map(function (name) { return wrap(name, Math.floor((left - 16) / CHAR)); });
    var boxLines = c.items.map(function (it) { return wrap(it.label, per); });
    var heights = c.rows.map(function (_, i) { return Math.max(26, rowLabels[i].length * 12 + 10); });
    c.items.forEach(function (it, k) {
      // room under the last line for the conflict mark
      heights[it.row] = Math.max(heights[it.row], boxLines[k].length * 12 + 20);
    });
    var ys = [], acc = top;
    heights.forEach(function (hgt) { ys.push(acc); acc += hgt; });
    var h = acc + 56;
    var svg = root(plot, c, TW, h);
    var box = {l: left, t: top, r: run, b: acc};
    c.x.forEach(function (year, j) {
      var x = xs[j], cls = used[j] ? "" : " gap-year";
      el("line", {x1: x, x2: x, y1: box.t, y2: box.b, "class": "grid"}, svg);
      if (!used[j]) { el("rect", {x: x, y: box.t, width: widths[j], height: box.b - box.t, "class": "gap"}, svg); }
      text(svg, x + widths[j] / 2, box.b + 16, year, {"class": "tick" + cls, "text-anchor": "middle"});
      text(svg, x + widths[j] / 2, top - 8, year, {"class": "tick year-top" + cls, "text-anchor": "middle"});
    });
    c.rows.forEach(function (name, i) {
      el("line", {x1: 20, x2: box.r, y1: ys[i], y2: ys[i], "class": "grid"}, svg);
      var lab = lines(svg, left - 8, ys[i] + 15, rowLabels[i], {"class": "tick row-label", "text-anchor": "end"});
      tip(lab, name);
      if (c.blocs && c.blocs[i] in BLOC_INDEX) { linkBloc(lab, c.blocs[i]); }
    });
    c.items.forEach(function (it, k) {
      var j = c.x.indexOf(String(it.year));
      if (j < 0) { return; }
      var x = xs[j] + 2, y = ys[it.row] + 3;
      var g = el("g", {"class": "leader-box"}, svg);
      el("rect", {x: x, y: y, width: colW - 4, height: heights[it.row] - 6, rx: 3,
                  "class": it.elected ? "mark leader elected" : "mark leader"}, g);
      lines(g, x + 4, y + 13, boxLines[k], {"class": "box-text"});
      tip(g, c.rows[it.row] + " \u00b7 " + it.year + ": " + it.label +
          (it.elected ? " (elected the year before)" : "") + " \u2014 click for the sentence");
      var bid = c.blocs && c.blocs[it.row];
      if (bid in BLOC_INDEX) {
        var stated = yearOf(X.blocs[BLOC_INDEX[bid]], it.year);
        if (stated && stated.leader[1].some(isConflict)) {
          // Articles disagree on this leader: a heavy border and a mark, never hidden.
          g.classList.add("conflict");
          text(g, x + colW - 7, y + heights[it.row] - 10, "\u2260",
               {"class": "conflict-mark", "text-anchor": "end"});
        }
        g.setAttribute("data-bloc", bid);
        g.setAttribute("data-year", String(it.year));
        g.classList.add("clickable");
        g.addEventListener("click", function () {
          var b = X.blocs[BLOC_INDEX[bid]];
          var yr = yearOf(b, it.year);
          if (yr) { showValue(b, yr, "leader"); }
        });
      }
    });
    axisTitles(svg, c, box, h);
  }

  // --- drill-down: from a value to its sentences ---------------------------------------------

  function h(tag, attrs, parent, content) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  // Lower case, no diacritics, đ as d: "Hội Nông dân" and "hoi nong dan" fold alike.
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function blocHref(i) { return "#bloc-" + i; }
  function linkBloc(node, bid) {
    node.classList.add("clickable", "bloc-link");
    node.setAttribute("data-bloc", bid);
    node.addEventListener("click", function () { location.hash = blocHref(BLOC_INDEX[bid]); });
  }
  function yearOf(bloc, year) {
    for (var i = 0; i < bloc.years.length; i += 1) {
      if (bloc.years[i].y === year) { return bloc.years[i]; }
    }
    return null;
  }
  var FIELD_NAMES = {leader: "Leader", deputy: "Deputy leader", next: "Next leader",
                     count: "Member count stated", name: "Bloc named"};
  var STATUS_NAMES = {used: "used", agrees: "agrees", conflict: "conflicts"};

  function showValue(bloc, year, key) {
    var v = year[key];
    var what = FIELD_NAMES[key] + " of " + bloc.name + " (" + bloc.place + "), " +
      (year.y === null ? "year unknown" : year.y) + ": " + (v[0] === null ? "\u2014" : v[0]);
    if (key === "leader" && year.leader_source === "next_leader") {
      what += " (elected as next leader the year before)";
    }
    showEvidence(what, v[1], {bloc: bloc.id, year: year.y, field: key});
  }
  function showMembers(bloc, year) {
    var ids = [];
    year.members.forEach(function (m) { ids = ids.concat(m[1]); });
    showEvidence("Members of " + bloc.name + " listed for " + (year.y === null ? "an unknown year" : year.y) +
      ": " + year.members.length, ids, {bloc: bloc.id, year: year.y, field: "members"});
  }
  function awardName(code) {
    var label = (DATA.award_labels || {})[code];
    return label ? label + " (" + code + ")" : code;
  }
  function awardTitle(bloc, a) {
    return bloc.name + " (" + bloc.place + "), " + (a[0] === null ? "year unknown" : a[0]) + ": " +
      [awardName(a[1]), a[2], a[3]].join(" \u00b7 ") + " \u2014 total " + (a[4] === null ? "not stated" : a[4]);
  }
  function showAward(bloc, a) {
    showEvidence("Award total of " + awardTitle(bloc, a), a[5], {bloc: bloc.id, field: "award"});
  }
  var AWARD_COLUMN = {award: 1, issuer: 2, status: 3};
  function showAwards(field, key, name, year) {
    var col = AWARD_COLUMN[field], body = openPanel("Award totals \u00b7 " + name + " \u00b7 " + year);
    var n = 0;
    X.blocs.forEach(function (bloc, i) {
      bloc.awards.forEach(function (a) {
        var ay = a[0] === null ? "no year" : String(a[0]);
        var ak = a[col] === null ? "unknown" : a[col];
        if (ay !== year || ak !== key) { return; }
        n += 1;
        var row = h("div", {"class": "award-row"}, body);
        h("a", {href: blocHref(i)}, row, bloc.name + " (" + bloc.place + ")");
        var b = h("button", {type: "button", "class": "value"}, row, "total " + (a[4] === null ? "?" : a[4]));
        b.addEventListener("click", function () { showAward(bloc, a); });
      });
    });
    if (!n) { h("p", {}, body, "No award totals from linked blocs for this bar."); }
  }

  function closePanel() {
    document.getElementById("evidence").hidden = true;
    document.body.classList.remove("panel-open");
  }
  function openPanel(title) {
    var panel = document.getElementById("evidence"), body = document.getElementById("evidence-body");
    body.textContent = "";
    h("h3", {}, body, title);
    panel.hidden = false;
    document.body.classList.add("panel-open"); // the page moves left of the panel
    return body;
  }
  function snippet(parent, ev) {
    var snip = X.snips[ev[1]], t = snip[2];
    var p = h("p", {"class": "sentence"}, parent);
    p.appendChild(document.createTextNode((snip[3] & 1 ? "\u2026 " : "") + t.slice(0, ev[2])));
    var mark = h("mark", {"data-article": X.articles[ev[0]][0], "data-start": snip[1] + ev[2],
                          "data-end": snip[1] + ev[3]}, p, t.slice(ev[2], ev[3]));
    p.appendChild(document.createTextNode(t.slice(ev[3]) + (snip[3] & 2 ? " \u2026" : "")));
    return mark;
  }
  // The statements behind a value: status, article (title, date, link) and the sentence.
  function evidenceReady() {
    if (!EVIDENCE) {
      EVIDENCE = unpack("explore-evidence").then(function (e) {
        if (e && typeof e === "object") { X.articles = e.articles; X.snips = e.snips; X.ev = e.ev; }
        document.documentElement.setAttribute("data-evidence-ready", "true");
        if (window.performance && performance.now) {
          document.documentElement.setAttribute("data-evidence-ms", String(Math.round(performance.now())));
        }
      });
    }
    return EVIDENCE;
  }
  function showEvidence(title, ids, what) {
    if (document.documentElement.getAttribute("data-evidence-ready") !== "true") {
      h("p", {"class": "note"}, openPanel(title), "Unpacking the sentences\u2026");
      evidenceReady().then(function () { showEvidence(title, ids, what); });
      return;
    }
    var body = openPanel(title);
    var panel = document.getElementById("evidence");
    if (ids.length && !X.ev.length) {
      h("p", {"class": "note"}, body, "The sentences could not be unpacked in this browser.");
      return;
    }
    panel.setAttribute("data-bloc", what.bloc || "");
    panel.setAttribute("data-year", what.year === undefined || what.year === null ? "" : what.year);
    panel.setAttribute("data-field", what.field || "");
    if (!ids.length) {
      h("p", {"class": "note"}, body, "No statement in the dataset gives this value.");
      return;
    }
    var counts = {};
    ids.forEach(function (id) { var s = X.ev[id][4]; counts[s] = (counts[s] || 0) + 1; });
    h("p", {"class": "note"}, body, ids.length + " statement" + (ids.length > 1 ? "s" : "") + ": " +
      Object.keys(counts).map(function (s) { return counts[s] + " " + (STATUS_NAMES[s] || s); }).join(", "));
    ids.forEach(function (id) {
      var ev = X.ev[id], art = X.articles[ev[0]];
      var item = h("div", {"class": "statement status-" + ev[4], "data-status": ev[4]}, body);
      var head = h("div", {"class": "statement-head"}, item);
      h("span", {"class": "badge badge-" + ev[4]}, head, STATUS_NAMES[ev[4]] || ev[4]);
      var stated = ev.length > 5 ? ev[5] : (ev[1] >= 0 ? X.snips[ev[1]][2].slice(ev[2], ev[3]) : null);
      if (stated !== null && stated !== "") { h("span", {"class": "stated"}, head, "\u201c" + stated + "\u201d"); }
      var meta = h("div", {"class": "article"}, item);
      if (art[3] && /^https?:\/\//.test(art[3])) {
        h("a", {href: art[3], rel: "noreferrer noopener", target: "_blank"}, meta, art[1] || art[0]);
      } else {
        h("span", {"class": "title"}, meta, art[1] || art[0]);
        if (art[3]) { h("span", {"class": "path"}, meta, " " + art[3]); }
      }
      h("span", {"class": "date"}, meta, " \u00b7 " + (art[2] || "no date") + " \u00b7 " + art[0]);
      if (ev[1] >= 0) { snippet(item, ev); } else {
        h("p", {"class": "note"}, item, "The article's text is not in records.jsonl, or the value has no span.");
      }
    });
  }

  // --- bloc list, search and bloc pages -------------------------------------------------------

  function yearsText(bloc) {
    var ys = bloc.years.map(function (y) { return y.y; }).filter(function (y) { return y !== null; });
    return ys.length ? (ys[0] === ys[ys.length - 1] ? String(ys[0]) : ys[0] + "\u2013" + ys[ys.length - 1]) : "";
  }
  var BLOC_KEYS = [], ORG_KEYS = [];
  function indexExplore() {
    X.blocs.forEach(function (b, i) { BLOC_INDEX[b.id] = i; });
    BLOC_KEYS = X.blocs.map(function (b) {
      return fold([b.name, b.place].concat(b.variants.map(function (v) { return v[0]; })).join(" | "));
    });
    ORG_KEYS = X.orgs.map(function (o) { return fold([o[1]].concat(o[2]).join(" | ")); });
  }
  var LIST_LIMIT = 400;

  function renderList(query) {
    var list = document.getElementById("bloc-list"), orgs = document.getElementById("search-orgs");
    if (!list) { return; }
    var q = fold(query), shown = 0, matched = 0;
    list.textContent = "";
    orgs.textContent = "";
    var table = h("table", {"class": "blocs"}, list), head = h("tr", {}, h("thead", {}, table));
    ["bloc", "place", "years", "leaders", "conflicts"].forEach(function (t) { h("th", {}, head, t); });
    var tbody = h("tbody", {}, table);
    X.blocs.forEach(function (b, i) {
      if (q && BLOC_KEYS[i].indexOf(q) < 0) { return; }
      matched += 1;
      if (shown >= LIST_LIMIT) { return; }
      shown += 1;
      var tr = h("tr", {"data-bloc": b.id}, tbody);
      h("a", {href: blocHref(i), "class": "bloc-link"}, h("td", {}, tr), b.name);
      h("td", {}, tr, b.place);
      h("td", {}, tr, yearsText(b));
      h("td", {}, tr, b.years.filter(function (y) { return y.leader[0]; }).length);
      h("td", {"class": b.conflicts ? "conflicts" : ""}, tr, b.conflicts || "");
    });
    list.setAttribute("data-matches", String(matched));
    if (matched > shown) { h("p", {"class": "note"}, list, "Showing " + shown + " of " + matched + " blocs; search to narrow."); }
    if (!matched) { h("p", {"class": "note"}, list, "No bloc matches."); }
    if (!q) { return; }
    var found = 0, ul = h("ul", {"class": "orgs"});
    X.orgs.forEach(function (o, k) {
      if (ORG_KEYS[k].indexOf(q) < 0 || found >= 50) { return; }
      found += 1;
      var li = h("li", {"data-org": o[0]}, ul);
      h("strong", {}, li, o[1]);
      if (o[2].length) { h("span", {"class": "note"}, li, " also written: " + o[2].slice(0, 4).join("; ")); }
      o[3].forEach(function (i) {
        li.appendChild(document.createTextNode(" \u00b7 "));
        h("a", {href: blocHref(i)}, li, X.blocs[i].name + " (" + X.blocs[i].place + ")");
      });
    });
    if (found) { h("h3", {}, orgs, "Organisations"); orgs.appendChild(ul); }
  }

  function valueButton(parent, bloc, year, key) {
    var v = year[key], cell = h("td", {}, parent);
    if (v[0] === null && !v[1].length) { return cell; }
    var conflict = v[1].some(isConflict);
    var b = h("button", {type: "button", "class": "value" + (conflict ? " has-conflict" : ""),
                         "data-field": key, "data-year": year.y === null ? "" : year.y}, cell,
              v[0] === null ? "(no value)" : v[0]);
    if (conflict) { b.setAttribute("title", "articles disagree: open to see every statement"); }
    b.addEventListener("click", function () { showValue(bloc, year, key); });
    if (key === "leader" && year.leader_source === "next_leader") { h("span", {"class": "note"}, cell, " elected the year before"); }
    return cell;
  }

  function renderBloc(i) {
    var bloc = X.blocs[i], page = document.getElementById("bloc-page");
    page.textContent = "";
    page.setAttribute("data-bloc", bloc.id);
    h("a", {href: "#blocs"}, page, "\u2190 all blocs");
    h("h2", {"class": "bloc-title"}, page, bloc.name);
    var facts = h("table", {"class": "facts"}, page);
    [["place", bloc.place], ["province (before 2025)", bloc.province || "\u2014"],
     ["province (2025)", bloc.province_2025 || "\u2014"], ["scope", bloc.scope || "\u2014"],
     ["bloc id", bloc.id], ["statements in conflict", bloc.conflicts]].forEach(function (kv) {
      var tr = h("tr", {}, facts);
      h("th", {}, tr, kv[0]);
      h("td", {}, tr, kv[1]);
    });
    h("h3", {}, page, "Names as written");
    var names = h("ul", {"class": "variants"}, page);
    bloc.variants.forEach(function (v) { h("li", {}, names, v[0] + " (" + v[1] + "\u00d7)"); });
    if (!bloc.variants.length) { h("li", {}, names, bloc.name); }

    h("h3", {}, page, "Year by year");
    var t = h("table", {"class": "years"}, page), hr = h("tr", {}, h("thead", {}, t));
    ["year", "leader", "deputy leader", "next leader", "member count stated", "members listed", "conflicts"]
      .forEach(function (x) { h("th", {}, hr, x); });
    var tb = h("tbody", {}, t);
    bloc.years.forEach(function (y) {
      var tr = h("tr", {"data-year": y.y === null ? "" : y.y}, tb);
      var yc = h("td", {}, tr);
      var yb = h("button", {type: "button", "class": "value plain", "data-field": "name"}, yc, y.y === null ? "unknown" : y.y);
      yb.addEventListener("click", function () { showValue(bloc, y, "name"); });
      ["leader", "deputy", "next", "count"].forEach(function (k) { valueButton(tr, bloc, y, k); });
      var mc = h("td", {}, tr);
      if (y.members.length) {
        var mb = h("button", {type: "button", "class": "value", "data-field": "members"}, mc, String(y.members.length));
        mb.addEventListener("click", function () { showMembers(bloc, y); });
      }
      h("td", {"class": y.conflicts ? "conflicts" : ""}, tr, y.conflicts || "");
    });

    h("h3", {}, page, "Members over time");
    if (!bloc.members.length) { h("p", {"class": "note"}, page, "No article lists the members."); }
    var ml = h("ul", {"class": "members"}, page);
    bloc.members.forEach(function (m) {
      var li = h("li", {}, ml);
      h("strong", {}, li, (m.y === null ? "unknown year" : m.y) + ": " + m.n + " listed");
      if (m.joined.length) { h("span", {"class": "joined"}, li, " joined: " + m.joined.join("; ")); }
      if (m.left.length) { h("span", {"class": "left"}, li, " left: " + m.left.join("; ")); }
      var y = yearOf(bloc, m.y);
      if (y) {
        var all = h("details", {}, li);
        h("summary", {}, all, "all members");
        var ul = h("ul", {}, all);
        y.members.forEach(function (mm) {
          var b = h("button", {type: "button", "class": "value plain"}, h("li", {}, ul), mm[0]);
          b.addEventListener("click", function () {
            showEvidence("Member of " + bloc.name + " in " + m.y + ": " + mm[0], mm[1], {bloc: bloc.id, year: m.y, field: "member"});
          });
        });
      }
    });

    h("h3", {}, page, "Awards by year");
    if (!bloc.awards.length) { h("p", {"class": "note"}, page, "No award reported for this bloc."); }
    else {
      var at = h("table", {"class": "awards"}, page), ah = h("tr", {}, h("thead", {}, at));
      ["year", "award", "issuer", "status", "total", "conflicts"].forEach(function (x) { h("th", {}, ah, x); });
      var ab = h("tbody", {}, at);
      bloc.awards.forEach(function (a) {
        var tr = h("tr", {}, ab);
        h("td", {}, tr, a[0] === null ? "unknown" : a[0]);
        h("td", {}, tr, awardName(a[1]));
        h("td", {}, tr, a[2]);
        h("td", {}, tr, a[3]);
        var b = h("button", {type: "button", "class": "value" + (a[6] ? " has-conflict" : ""), "data-field": "award"},
                  h("td", {}, tr), a[4] === null ? "not stated" : a[4]);
        b.addEventListener("click", function () { showAward(bloc, a); });
        h("td", {"class": a[6] ? "conflicts" : ""}, tr, a[6] || "");
      });
    }
  }

  function route() {
    var m = /^#bloc-(\d+)$/.exec(location.hash), overview = document.getElementById("overview");
    var page = document.getElementById("bloc-page");
    closePanel();
    if (m && X.blocs[Number(m[1])]) {
      renderBloc(Number(m[1]));
      overview.hidden = true;
      page.hidden = false;
      window.scrollTo(0, 0);
    } else {
      overview.hidden = false;
      page.hidden = true;
      if (location.hash === "#blocs" && document.getElementById("blocs")) {
        document.getElementById("blocs").scrollIntoView();
      }
    }
    document.documentElement.setAttribute("data-view", page.hidden ? "overview" : "bloc");
  }

  // --- start ----------------------------------------------------------------------------------

  // The drill-down data, unpacked in the browser (no network: a Blob and a stream).
  function unpack(id) {
    var node = document.getElementById(id);
    if (!node || !node.textContent.trim()) { return Promise.resolve(null); }
    if (typeof DecompressionStream === "undefined") {
      return Promise.resolve("This browser cannot unpack the drill-down data (no DecompressionStream).");
    }
    var raw = atob(node.textContent.trim()), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  var RENDERERS = {bars: bars, hbars: hbars, heatmap: heatmap, timeline: timeline};
  function start(loaded) {
    if (loaded && typeof loaded === "object") { X.blocs = loaded.blocs; X.orgs = loaded.orgs; X.st = loaded.st; }
    indexExplore();
    DATA.charts.forEach(function (chart) {
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
    var search = document.getElementById("search");
    if (search) {
      search.addEventListener("input", function () { renderList(search.value); });
      renderList(search.value);
      if (typeof loaded === "string") { h("p", {"class": "note"}, document.getElementById("bloc-list"), loaded); }
    }
    document.getElementById("evidence-close").addEventListener("click", closePanel);
    window.addEventListener("hashchange", route);
    route();
    window.thiduaFold = fold; // the search's folding, for tests and the console
    document.documentElement.setAttribute("data-rendered", "true");
    if (window.performance && performance.now) {
      document.documentElement.setAttribute("data-render-ms", String(Math.round(performance.now())));
    }
  }
  unpack("explore-index").then(start, function (err) {
    start("The drill-down data could not be unpacked: " + err.message);
  }).then(function () {
    // after the first paint: the sentences are ready by the time a value is clicked
    setTimeout(function () {
      evidenceReady().catch(function (err) {
        document.documentElement.setAttribute("data-evidence-ready", "failed: " + err.message);
      });
    }, 0);
  });
})();
