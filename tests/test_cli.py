"""The `thidua` command line: extract and eval exit codes, error capture, outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pytest

from extract import __version__
from extract.cli import main
from extract.model import Article, Bloc, Facts

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Articles written for these tests (not taken from the shared corpus).
GOOD = {
    "yen_bai_2022": (
        "Khối thi đua các cơ quan Đảng tỉnh Yên Bái tổng kết năm 2022\n\n"
        "Ngày 20/12/2022, Khối thi đua các cơ quan Đảng tỉnh Yên Bái tổ chức hội nghị tổng "
        "kết công tác thi đua, khen thưởng năm 2022. Khối gồm 07 đơn vị. Ban Tuyên giáo Tỉnh "
        "ủy là Khối trưởng năm 2022.\n"
    ),
    "ha_giang_2023": (
        "Cụm thi đua các huyện phía Tây sơ kết 6 tháng đầu năm 2023\n\n"
        "Sáng 5/7, Cụm thi đua các huyện phía Tây tỉnh Hà Giang đã tổ chức hội nghị sơ kết. "
        "Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo.\n"
    ),
}
BAD = {
    "empty.txt": b"",
    "scan.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    "nul.txt": b"\x00\x01\x02\x03" * 400,
}


def _write_inputs(folder: Path) -> Path:
    """A folder mixing good Vietnamese articles and broken files."""
    folder.mkdir()
    for stem, text in GOOD.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    return folder


def _records(out: Path) -> dict[str, dict[str, Any]]:
    """records.jsonl keyed by id."""
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


# --- general -------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_no_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "extract" in capsys.readouterr().err


def test_bad_option_is_usage_error(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o"), "--max-bytes", "0"]) == 2
    assert main(["extract", str(tmp_path)]) == 2  # --out is required


# --- extract -------------------------------------------------------------------------------


def test_extract_mixed_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    code = main(["extract", str(inputs), "--out", str(out), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    records = _records(out)
    assert set(records) == set(GOOD)
    for record in records.values():
        assert record["title"] and record["text"].startswith(record["title"])
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    failed = errors[errors["level"] == "error"]
    assert sorted(Path(p).name for p in failed["input"]) == sorted(BAD)
    assert set(failed["stage"]) == {"read"}
    assert failed["message"].notna().all() and failed["error_type"].notna().all()
    for name in BAD:
        assert f"thidua: skipped {inputs / name}: " in captured.err
    assert "2 articles read, 3 failed" in captured.out
    assert str(out) in captured.out
    assert "Traceback" not in captured.err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["records"] == 2 and manifest["counts"]["articles"] == 2


def test_extract_all_good_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for stem, text in GOOD.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    assert "2 articles read, 0 failed" in capsys.readouterr().out


def test_extraction_crash_costs_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from extract.facts.pipeline import extract_facts as real

    def flaky(article: Article) -> Facts:
        if article.id == "ha_giang_2023":
            raise ZeroDivisionError("division by zero")
        return real(article)

    monkeypatch.setattr("extract.runner.extract_facts", flaky)
    folder = tmp_path / "in"
    folder.mkdir()
    for stem, text in GOOD.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--no-progress"]) == 1
    assert set(_records(out)) == {"yen_bai_2022"}
    errors = pd.read_parquet(out / "errors.parquet")
    (row,) = (r for _, r in errors.iterrows() if r["level"] == "error")
    assert (row["stage"], row["error_type"], row["article_id"]) == (
        "extract",
        "ZeroDivisionError",
        "ha_giang_2023",
    )
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_malformed_value_costs_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from extract.facts.pipeline import extract_facts as real

    def malformed(article: Article) -> Facts:
        facts = real(article)
        if article.id == "ha_giang_2023":
            facts.blocs.append(
                Bloc(name="Cụm thi đua", span=(0, 11), member_count=cast(Any, "chín"))
            )
        return facts

    monkeypatch.setattr("extract.runner.extract_facts", malformed)
    folder = tmp_path / "in"
    folder.mkdir()
    for stem, text in GOOD.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--no-progress"]) == 1
    assert set(_records(out)) == {"yen_bai_2022"}
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    (row,) = (r for _, r in errors.iterrows() if r["level"] == "error")
    assert (row["stage"], row["error_type"]) == ("write", "TypeError")
    assert "blocs.member_count" in row["message"]
    assert "blocs.member_count" in capsys.readouterr().err


@pytest.mark.parametrize(
    "names",
    [
        ("a/same.txt", "b/same.txt"),  # two folders
        ("a/same.txt", "a/sub/same.html"),  # a text and an HTML copy
        ("a/x.txt", "b/c/x.htm"),
    ],
)
def test_inputs_sharing_an_id_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: tuple[str, str]
) -> None:
    """Tables join on article_id: two inputs with one id would double-count, so nothing runs."""
    for name in names:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(GOOD["yen_bai_2022"], encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "share an article id" in err and Path(names[1]).stem in err and "rename" in err
    assert not out.exists()


# --- an existing dataset -------------------------------------------------------------------


def _one_article_folder(tmp_path: Path, stem: str) -> Path:
    """A folder holding one of the GOOD articles."""
    folder = tmp_path / stem
    folder.mkdir()
    (folder / f"{stem}.txt").write_text(GOOD[stem], encoding="utf-8")
    return folder


@pytest.mark.parametrize("part", ["records.jsonl", "manifest.json", "runs", "store"])
def test_an_existing_dataset_is_never_replaced_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], part: str
) -> None:
    first, second = (_one_article_folder(tmp_path, s) for s in GOOD)
    out = tmp_path / "out"
    assert main(["extract", str(first), "--out", str(out), "--no-progress"]) == 0
    before = (out / "records.jsonl").read_bytes()
    if part == "runs":
        (out / "records.jsonl").unlink()
        (out / "manifest.json").unlink()
        (out / "runs").mkdir()
    elif part == "store":
        (out / "records.jsonl").unlink()
        (out / "manifest.json").unlink()
        (out / "store").mkdir()
        (out / "store" / "state.sqlite").write_bytes(b"")
    elif part == "manifest.json":
        (out / "records.jsonl").unlink()
    capsys.readouterr()
    assert main(["extract", str(second), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "already holds a dataset" in err and "--append" in err and "--force" in err
    if part == "records.jsonl":
        assert (out / "records.jsonl").read_bytes() == before


def test_force_replaces_and_append_adds_without_doubling(tmp_path: Path) -> None:
    first, second = (_one_article_folder(tmp_path, s) for s in GOOD)
    out = tmp_path / "out"
    assert main(["extract", str(first), "--out", str(out), "--no-progress"]) == 0
    assert main(["extract", str(second), "--out", str(out), "--append", "--no-progress"]) == 0
    assert set(_records(out)) == set(GOOD)
    # The same files again: already in the dataset, kept once.
    again = ["extract", str(first), str(second), "--out", str(out), "--append", "--no-progress"]
    assert main(again) == 0
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert main(["extract", str(second), "--out", str(out), "--force", "--no-progress"]) == 0
    assert set(_records(out)) == {"ha_giang_2023"}


def test_force_and_append_exclude_each_other(tmp_path: Path) -> None:
    folder = _one_article_folder(tmp_path, "yen_bai_2022")
    args = ["extract", str(folder), "--out", str(tmp_path / "o"), "--force", "--append"]
    assert main(args) == 2


# --- what is not read ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "said"),
    [
        ({"a.pdf": b"%PDF-1.4", "b.pdf": b"%PDF-1.4", "c.docx": b"PK"}, ["2 .pdf", "1 .docx"]),
        ({"notes.md": b"# notes", "README": b"read me"}, ["1 .md", "1 (no suffix)"]),
    ],
)
def test_unsupported_files_are_named_by_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, bytes], said: list[str]
) -> None:
    folder = _one_article_folder(tmp_path, "yen_bai_2022")
    for name, data in files.items():
        (folder / "sub" / name).parent.mkdir(exist_ok=True)
        (folder / "sub" / name).write_bytes(data)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert f"ignored {len(files)} file(s)" in err
    assert all(s in err for s in said)
    assert set(_records(tmp_path / "out")) == {"yen_bai_2022"}


def test_a_folder_with_nothing_to_read_fails_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf", "c.doc"):
        (folder / name).write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--no-progress"]) != 0
    err = capsys.readouterr().err
    assert "no input found" in err and "2 .pdf" in err and "1 .doc" in err
    assert not out.exists()


def test_extract_missing_path_is_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert code == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_extract_out_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD["yen_bai_2022"], encoding="utf-8")
    (tmp_path / "out").write_text("", encoding="utf-8")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out")]) == 2
    assert "is a file" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared corpus not beside the repo")
def test_extract_and_eval_shared_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SHARED / "seeds"), "--out", str(out), "--no-progress"]) == 0
    seeds = {p.stem for p in (SHARED / "seeds").glob("*.txt")}
    assert set(_records(out)) == seeds
    capsys.readouterr()
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in seeds:  # score the seeds only, so no gold article lacks a prediction by design
        (gold / f"{stem}.json").write_bytes((SHARED / "gold" / f"{stem}.json").read_bytes())
    assert main(["eval", str(gold), str(out / "records.jsonl"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles_scored"] == len(seeds)


# --- eval ----------------------------------------------------------------------------------

GOLD_RECORD: dict[str, Any] = {
    "id": "yen_bai_2022",
    "title": "Khối thi đua các cơ quan Đảng tỉnh Yên Bái tổng kết năm 2022",
    "published": None,
    "author": None,
    "province": "Yên Bái",
    "blocs": [
        {
            "name": "Khối thi đua các cơ quan Đảng",
            "event": {"type": "year_end_review", "date": "2022-12-20", "period": "2022"},
            "leader": {"org": "Ban Tuyên giáo Tỉnh ủy", "year": 2022},
            "deputy_leader": None,
            "next_leader": None,
            "member_count": 7,
            "members": [],
            "awards": [],
        }
    ],
    "people": [],
}


def _eval_files(tmp_path: Path, prediction: dict[str, Any]) -> tuple[Path, Path]:
    """A gold folder with one record and a records.jsonl holding `prediction`."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "yen_bai_2022.json").write_text(
        json.dumps(GOLD_RECORD, ensure_ascii=False), encoding="utf-8"
    )
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(prediction, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, records


def test_eval_perfect_passes_min_f1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, records = _eval_files(tmp_path, GOLD_RECORD)
    assert main(["eval", str(gold), str(records), "--min-f1", "0.99"]) == 0
    assert "micro" in capsys.readouterr().out


def test_eval_below_min_f1_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = {**GOLD_RECORD, "province": None, "blocs": []}
    gold, records = _eval_files(tmp_path, empty)
    assert main(["eval", str(gold), str(records)]) == 0  # no threshold, no failure
    assert main(["eval", str(gold), str(records), "--min-f1", "0.5"]) == 1
    assert "below --min-f1" in capsys.readouterr().err


def test_eval_json_and_details(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = {**GOLD_RECORD, "province": "Lào Cai"}
    gold, records = _eval_files(tmp_path, wrong)
    assert main(["eval", str(gold), str(records), "--json", "--details", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert 0 < report["micro"]["f1"] < 1
    assert [(d["field"], d["kind"]) for d in report["details"]] == [("province", "fp")]
    assert main(["eval", str(gold), str(records), "--details", "5"]) == 0
    assert "Lào Cai" in capsys.readouterr().out


def test_eval_only_predicted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, records = _eval_files(tmp_path, GOLD_RECORD)
    other = {**GOLD_RECORD, "id": "other_set_1"}
    (gold / "other_set_1.json").write_text(json.dumps(other, ensure_ascii=False), "utf-8")
    assert main(["eval", str(gold), str(records), "--min-f1", "0.99"]) == 1  # other_set_1 missing
    assert "missing predictions: other_set_1" in capsys.readouterr().out
    assert main(["eval", str(gold), str(records), "--min-f1", "0.99", "--only-predicted"]) == 0
    out = capsys.readouterr().out
    assert "articles scored: 1" in out and "left out (outside the ids scored): 1" in out
    assert main(["eval", str(gold), str(records), "--only-predicted", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles_scored"] == 1 and report["unscored_gold"] == ["other_set_1"]
    assert report["missing_predictions"] == [] and report["micro"]["f1"] == 1.0


def test_eval_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, records = _eval_files(tmp_path, GOLD_RECORD)
    records.write_text("{not json\n", encoding="utf-8")
    assert main(["eval", str(gold), str(records)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thidua: error: ") and "Traceback" not in err
    assert main(["eval", str(tmp_path / "nope"), str(records)]) == 2
    assert main(["eval", str(gold), str(records), "--min-f1", "1.5"]) == 2


# --- sources check -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "said"),
    [
        (
            "https://baophutho.vn/cum-thi-dua-so-5-trien-khai-nhiem-vu-nam-2026-246388.htm",
            ["source: baophutho", "URL patterns: article", "decided by the page's shape"],
        ),
        (
            "https://baophutho.vn/chinh-tri/",
            ["source: baophutho", "URL patterns: listing", "not extracted"],
        ),
        ("https://baophutho.vn/video/thoi-su-246000.htm", ["URL patterns: deny", "not fetched"]),
        (
            "https://tinmoi.example.vn/category/thi-dua/page/2/",
            ["none (generic mode)", "page kind by URL: listing (pagination)", "not extracted"],
        ),
        ("https://tinmoi.example.vn/", ["page kind by URL: home (site_root)", "not extracted"]),
    ],
)
def test_sources_check_says_what_the_crawler_does(
    capsys: pytest.CaptureFixture[str], url: str, said: list[str]
) -> None:
    assert main(["sources", "check", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith(url) and all(s in out for s in said), out


def test_sources_check_against_a_new_source_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An operator adding a site checks its patterns before the first crawl."""
    src = tmp_path / "baomoi_demo.yaml"
    src.write_text(
        "description: a demo newspaper\n"
        "schema: schemas/source.json\n"
        "entries:\n"
        "  name: baomoi_demo\n"
        "  domains: [baomoi-demo.vn]\n"
        "  family: wordpress\n"
        '  start: {home: ["https://baomoi-demo.vn/"]}\n'
        "examples:\n"
        '  - {url: "https://baomoi-demo.vn/2024/01/05/khoi-thi-dua/", expect: article}\n',
        encoding="utf-8",
    )
    urls = ["https://baomoi-demo.vn/2024/01/05/khoi-thi-dua/", "https://baomoi-demo.vn/tin-tuc/"]
    assert main(["sources", "check", *urls, "--sources", str(src)]) == 0
    first, second = capsys.readouterr().out.split(urls[1])
    assert "source: baomoi_demo; family: wordpress; URL patterns: article" in first
    assert "source: baomoi_demo" in second and "URL patterns: article" not in second


def test_sources_check_refuses_other_schemes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "check", "ftp://baodemo.vn/x"]) == 2
    assert "not a web address" in capsys.readouterr().err
