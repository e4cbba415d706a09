"""`extractor export`: a real batch over corpus and sample files, flattened to JSONL, CSV and
Parquet, opened with pandas (and duckdb when installed) with the expected rows and columns."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch import Limits, run_batch
from extractor.cli import app
from extractor.export import KINDS, ExportError, export, kind_columns

pd = pytest.importorskip("pandas")

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ASKER = ["asker-produkt-2022.pdf", "asker-produkt-2022.docx"]
ID_COLUMNS = ["document", "sha256", "organisation", "report_year"]
EVIDENCE_COLUMNS = ["confidence", "reasons", "reviewed", "source_page", "source_bbox", "source_path", "source_text"]


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory, corpus_dir) -> Path:
    out = tmp_path_factory.mktemp("batch")
    inputs = [corpus_dir / name for name in ASKER] + [
        corpus_dir / "budstikka-arbeid-er-terapi.pdf", corpus_dir / "sosial-profil-asker.docx",
        SAMPLES / "fjordvekst-2023.pdf", SAMPLES / "nordheim-2023.docx"]
    summary = run_batch(inputs, out, workers=2, limits=Limits(timeout_s=120), progress="quiet")
    assert summary["failed"] == 0, summary
    return out


def read(path: Path, fmt: str):
    if fmt == "jsonl":
        return pd.read_json(path, lines=True)
    if fmt == "csv":
        return pd.read_csv(path)
    return pd.read_parquet(path)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_board_opens_in_pandas_with_expected_rows(batch_dir, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"board.{fmt}"
    rows, skipped, text = export([batch_dir], "board", fmt, out)
    assert text is None and skipped == []
    df = read(out, fmt)
    assert len(df) == rows
    assert list(df.columns) == [name for name, _ in kind_columns("board")]
    for name in ASKER:  # the same board in every rendition of the report
        asker = df[df.document == name]
        assert len(asker) == 5, asker[["name", "role"]]
        assert set(asker.organisation) == {"Asker Produkt AS"}
        assert set(asker.report_year) == {2022}
        assert (asker.role == "LEDE").sum() == 1
        assert asker.confidence.between(0, 1).all()
        assert asker.source_text.notna().all()
    pdf = df[df.document == "asker-produkt-2022.pdf"]
    assert pdf.source_page.notna().all()
    assert all(len(str(b).split(",")) == 4 for b in pdf.source_bbox)
    docx = df[df.document == "asker-produkt-2022.docx"]
    assert all(str(p).startswith("body/") for p in docx.source_path)
    assert set(df.document) >= {"fjordvekst-2023.pdf", "nordheim-2023.docx"}
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left behind


@pytest.mark.parametrize("what, must", [
    ("places", lambda df: "Asker" in set(df.name) and set(df.kind) <= {"kommune", "fylke", "region", "land", "tettsted", "adresse"}),
    ("percentages", lambda df: ((df.value == 64) & (df.document == "asker-produkt-2022.pdf")).any()),
    ("programs", lambda df: {"VTA", "AFT"} <= set(df[df.document == "asker-produkt-2022.pdf"].code)),
    ("facts", lambda df: "report.year" in set(df.field) and "organization.name" in set(df.field)),
    ("owners", lambda df: "name" in df.columns and "share_percent" in df.columns),
    ("key_figures", lambda df: {"label", "year", "value", "scope", "basis"} <= set(df.columns)),
    ("paragraphs", lambda df: (df.document == "sosial-profil-asker.docx").sum() > 5),
    ("tables", lambda df: df.header.dtype == bool and (df.row >= 0).all()),
])
def test_export_each_kind_has_rows_and_provenance(batch_dir, tmp_path, what, must):
    out = tmp_path / f"{what}.jsonl"
    rows, _, _ = export([batch_dir], what, "jsonl", out)
    df = pd.read_json(out, lines=True)
    assert len(df) == rows
    assert list(df.columns)[:4] == ID_COLUMNS and set(EVIDENCE_COLUMNS) <= set(df.columns)
    if what not in ("owners", "key_figures"):  # these two may be empty for these reports
        assert rows > 0
    assert must(df)


def test_export_parquet_types_and_duckdb(batch_dir, tmp_path):
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "percentages.parquet"
    export([batch_dir], "percentages", "parquet", out)
    df = pd.read_parquet(out)
    assert str(df.report_year.dtype).lower().startswith("int") and df.value.dtype == float
    counts = dict(duckdb.sql(f"select document, count(*) from '{out}' group by document").fetchall())
    assert counts == df.groupby("document").size().to_dict()
    assert counts["asker-produkt-2022.pdf"] > 3


def test_export_empty_table_keeps_its_header(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "board.csv"
    rows, _, _ = export([empty], "board", "csv", out)
    assert rows == 0
    assert out.read_text().strip().split(",") == [name for name, _ in kind_columns("board")]


def test_export_skips_files_that_are_not_reports(batch_dir, tmp_path, corpus_dir):
    gold = corpus_dir / "asker-produkt-2022.gold.json"
    rows, skipped, text = export([batch_dir / "asker-produkt-2022.pdf.json", gold], "board", "jsonl", None)
    assert rows == 5 and len(text.splitlines()) == 5
    assert len(skipped) == 1 and skipped[0].startswith(str(gold))


def test_export_parquet_without_pyarrow_names_the_extra(batch_dir, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"\[export\]"):
        export([batch_dir], "board", "parquet", tmp_path / "x.parquet")


@pytest.mark.parametrize("args, message", [
    (["--what", "nonsense"], "unknown --what"),
    (["--what", "board", "--format", "xlsx"], "unknown --format"),
    (["--what", "board", "--format", "parquet"], "-o"),
])
def test_export_cli_usage_errors_exit_2(batch_dir, args, message):
    result = CliRunner().invoke(app, ["export", str(batch_dir), *args])
    assert result.exit_code == 2 and message in result.output


def test_export_cli_jsonl_to_stdout(batch_dir):
    result = CliRunner().invoke(app, ["export", str(batch_dir), "--what", "programs"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(kind_columns_names("programs")) == set(r) for r in rows)


def kind_columns_names(what: str) -> list[str]:
    assert what in KINDS
    return [name for name, _ in kind_columns(what)]


FORMULAS = ["=HYPERLINK(\"http://x.invalid\",\"klikk\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def hostile_report(folder: Path) -> Path:
    """A report whose printed values start like spreadsheet formulas (invented names)."""
    import schemas

    board = [schemas.fields.BoardMember(name=name, role="MEDL", confidence=0.9) for name in FORMULAS]
    report = schemas.Report(tool_version="0", source=schemas.SourceFile(path="/in/=x.pdf", sha256="ab" * 32,
                                                                        format="pdf"), board=board)
    path = folder / "hostile.pdf.json"
    path.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return path


def test_export_csv_neutralises_formula_cells(tmp_path):
    """CSV formula injection: a cell a spreadsheet would run as a formula starts with an apostrophe."""
    import csv
    import io

    _, _, text = export([hostile_report(tmp_path)], "board", "csv", None)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["name"] for r in rows] == ["'" + f for f in FORMULAS]
    assert {r["document"] for r in rows} == {"'=x.pdf"}
    assert all(r["confidence"] == "0.9" for r in rows)  # numbers are left as they are
