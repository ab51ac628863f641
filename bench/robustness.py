"""How far accuracy holds when real articles are written differently (issue 8).

Usage: python bench/robustness.py [--corpus DIR] [--modes MODE...] [--out FILE]

Each mode rewrites the surface of the unsealed dev2 articles of the shared corpus without
changing a fact: hard-wrapped lines (`wrap`), hard wraps and no blank lines (`wrap_tight`),
abbreviated bodies (`abbreviate`), role nouns written head last (`role_nouns`), counts in
words (`number_words`), a headline in capitals (`caps_headline`), old tone placement
(`old_tones`: hoà, uỷ), ASCII dashes and quotes (`ascii_dashes`), page furniture around the
text (`residue`). The gold records stay valid (but for a bloc named with a number, "Cụm thi
đua 7 tỉnh", which `number_words` renames), so the micro F1 of `thidua eval` on each mode
against the unchanged text (`none`) shows where the extractor leans on one way of writing.
The sealed articles (dev2/SEALED.list) are never read. Tables in bench/perturbations.yaml.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
TABLES = yaml.safe_load((Path(__file__).parent / "perturbations.yaml").read_text("utf-8"))
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
GLIDES = ("oa", "oe", "uy")


def _wrap(text: str, rnd: random.Random, *, tight: bool) -> str:
    """Paragraphs of 90+ characters wrapped at 60–80 (72 when tight, blank lines dropped)."""
    out: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if tight and not line.strip():
            continue
        if i < 2 or len(line) < 90:
            out.append(line)
            continue
        width = 72 if tight else rnd.randint(60, 80)
        out.extend(textwrap.wrap(line, width=width, break_long_words=False))
    return "\n".join(out)


def _replace_words(text: str, pairs: list[list[str]]) -> str:
    """Each pair's first phrase, as a whole word, becomes its second."""
    for old, new in pairs:
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
    return text


def _number_words(text: str) -> str:
    """ "9 đơn vị", "05 tỉnh" → "chín đơn vị", "năm tỉnh" (1–10 before a unit word)."""
    names = TABLES["number_words"]
    units = "|".join(re.escape(u) for u in TABLES["count_units"])
    return re.sub(
        rf"(?<![\d/.,])0?([1-9]|10)\s+(?=(?:{units})(?!\w))",
        lambda m: names[int(m.group(1))] + " ",
        text,
    )


def _old_tone(word: str) -> str:
    """hòa → hoà, ủy → uỷ, thủy → thuỷ: the tone on the glide's second vowel."""
    plain_tone = unicodedata.normalize("NFD", word)
    tone = [ch for ch in plain_tone if ch in TONES]
    plain = "".join(ch for ch in plain_tone if ch not in TONES)
    core = plain.rstrip('.,;:!?)"”')
    if len(tone) == 1 and core.lower().endswith(GLIDES) and not core.lower().endswith("quy"):
        return unicodedata.normalize("NFC", core + tone[0] + plain[len(core) :])
    return word


def _caps_headline(text: str) -> str:
    """A headline-like first line (short, no sentence end) in capitals."""
    first, _, rest = text.partition("\n")
    if len(first) <= 160 and not first.rstrip().endswith((".", ":")):
        first = first.upper()
    return first + ("\n" + rest if rest else "")


def _residue(text: str) -> str:
    """Breadcrumbs and counters under the first line, share and related links at the end."""
    first, _, rest = text.partition("\n")
    top, bottom = TABLES["residue_top"], TABLES["residue_bottom"]
    return "\n".join([first, "", *top, "", rest, "", *bottom])


def modes(rnd: random.Random) -> dict[str, Callable[[str], str]]:
    """Every perturbation by name."""
    return {
        "none": lambda t: t,
        "wrap": lambda t: _wrap(t, rnd, tight=False),
        "wrap_tight": lambda t: _wrap(t, rnd, tight=True),
        "abbreviate": lambda t: _replace_words(t, TABLES["abbreviate"]),
        "role_nouns": lambda t: _replace_words(t, TABLES["role_nouns"]),
        "number_words": _number_words,
        "caps_headline": _caps_headline,
        "old_tones": lambda t: " ".join(_old_tone(w) for w in t.split(" ")),
        "ascii_dashes": lambda t: t.replace("–", "-").replace("“", '"').replace("”", '"'),
        "residue": _residue,
    }


def unsealed(corpus: Path) -> list[Path]:
    """The dev2 article files not listed in SEALED.list (those are never opened)."""
    sealed = set((corpus / "dev2" / "SEALED.list").read_text("utf-8").split())
    return [p for p in sorted((corpus / "dev2").glob("*.txt")) if p.stem not in sealed]


def score(
    files: list[Path], perturb: Callable[[str], str], corpus: Path, work: Path
) -> dict[str, Any]:
    """Extract the perturbed articles and score them against the gold; thidua eval's JSON."""
    src = work / "in"
    src.mkdir(parents=True)
    for path in files:
        (src / path.name).write_text(perturb(path.read_text("utf-8")), encoding="utf-8")
        meta = path.with_name(f"{path.stem}.meta.json")
        if meta.exists():
            shutil.copy(meta, src / meta.name)
    thidua = [sys.executable, "-m", "extract.cli"]
    subprocess.run([*thidua, "extract", str(src), "--out", str(work / "out")],
                   check=True, capture_output=True)  # fmt: skip
    done = subprocess.run(
        [*thidua, "eval", str(corpus / "gold"), str(work / "out" / "records.jsonl"),
         "--only-predicted", "--json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    """Score each mode and print micro F1 beside the unchanged text's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--modes", nargs="*", default=None, help="modes to run (default: all)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "robustness.json")
    args = parser.parse_args(argv)
    files = unsealed(args.corpus)
    table = modes(random.Random(7))
    chosen = ["none", *[m for m in (args.modes or table) if m != "none"]]
    results: dict[str, Any] = {}
    print(f"{len(files)} unsealed dev2 articles")
    print(f"{'mode':<14} {'micro F1':>8} {'vs none':>8}  weakest fields")
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            got = score(files, table[name], args.corpus, Path(tmp) / name)
            f1 = got["micro"]["f1"]
            results[name] = got
            base = results["none"]["micro"]["f1"]
            fields = sorted(
                (row["f1"], row["field"]) for row in got["fields"] if not row["informational"]
            )[:3]
            weakest = ", ".join(f"{k} {v:.2f}" for v, k in fields)
            print(f"{name:<14} {f1:>8.3f} {f1 - base:>+8.3f}  {weakest}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
