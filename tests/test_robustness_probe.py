"""bench/robustness.py: its rewrites change how an article is written, never a fact in it."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _probe() -> ModuleType:
    """bench/robustness.py (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location("robustness", ROOT / "bench" / "robustness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = (
    "Khối thi đua các cơ quan nội chính tổng kết năm 2023\n\n"
    "Ngày 5/1/2024, Khối thi đua các cơ quan nội chính gồm 9 đơn vị tổ chức hội nghị tổng kết; "
    "Sở Tư pháp – Khối trưởng – báo cáo kết quả, Ủy ban nhân dân tỉnh Hòa An tặng Bằng khen cho "
    "05 tập thể. Công an tỉnh làm Khối phó năm 2024, thủy lợi và hòa giải cơ sở được chú trọng."
)


def _words(text: str) -> list[str]:
    """The words of a text, whatever its line breaks."""
    return text.split()


def test_wraps_and_residue_keep_every_word() -> None:
    probe = _probe()
    rewrite = probe.modes(random.Random(1))
    for mode in ("wrap", "wrap_tight"):
        assert _words(rewrite[mode](TEXT)) == _words(TEXT), mode
    assert "\n" in rewrite["wrap"](TEXT).split("\n\n")[1]  # the long paragraph is wrapped
    assert set(_words(TEXT)) <= set(_words(rewrite["residue"](TEXT)))


@pytest.mark.parametrize(
    ("mode", "old", "new"),
    [
        ("abbreviate", "Ủy ban nhân dân tỉnh", "UBND tỉnh"),
        ("role_nouns", "– Khối trưởng –", "– Trưởng khối –"),
        ("role_nouns", "làm Khối phó", "làm Phó Trưởng khối"),
        ("number_words", "gồm 9 đơn vị", "gồm chín đơn vị"),
        ("number_words", "cho 05 tập thể", "cho năm tập thể"),
        ("old_tones", "thủy lợi và hòa giải", "thuỷ lợi và hoà giải"),
    ],
)
def test_each_rewrite_changes_the_wording_it_names(mode: str, old: str, new: str) -> None:
    rewritten = _probe().modes(random.Random(1))[mode](TEXT)
    assert old in TEXT and new in rewritten and old not in rewritten


def test_number_words_leave_years_and_dates_alone() -> None:
    rewritten = _probe().modes(random.Random(1))["number_words"](TEXT)
    assert "Ngày 5/1/2024" in rewritten and "năm 2023" in rewritten


def test_the_sealed_articles_are_never_listed() -> None:
    if not (CORPUS / "dev2" / "SEALED.list").exists():
        pytest.skip("the shared corpus is not beside this checkout")
    probe = _probe()
    sealed = set((CORPUS / "dev2" / "SEALED.list").read_text("utf-8").split())
    listed = probe.unsealed(CORPUS)
    assert listed and not {p.stem for p in listed} & sealed
