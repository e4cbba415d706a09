"""Many reports → one table, one row per item, for analysis across documents and years.

Every row starts with the document's identity (file name, sha256, organisation, report year),
then the item's own fields, then its evidence (confidence, reasons, review) and provenance
(page, box, Word path, text). Each ``--what`` has a fixed column list, so an empty export still
has its header and a typed Parquet schema.

Reports are read as JSON (not through the models) so a folder written by an older minor
version of the schema still exports; files that are not reports are skipped with a note.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import schemas
from extractor.assemble import write_atomic
from extractor.validate import iter_report_paths, version_to_tuple

FORMATS = ("jsonl", "csv", "parquet")
LIST_SEP = "; "

# (column, type) where type is one of str, int, float, bool
Columns = list[tuple[str, str]]

HEAD: Columns = [("document", "str"), ("sha256", "str"), ("organisation", "str"), ("report_year", "int")]
EVIDENCE: Columns = [("confidence", "float"), ("reasons", "str"), ("reviewed", "bool"), ("review_decision", "str")]
PROVENANCE: Columns = [("source_page", "int"), ("source_bbox", "str"), ("source_path", "str"), ("source_text", "str")]


class ExportError(ValueError):
    """A usage problem (unknown --what or format, missing extra): the CLI exits 2."""


@dataclass(frozen=True)
class Kind:
    fields: Columns
    items: Callable[[dict], Iterator[tuple[dict, dict]]]  # report → (item's own fields, evidence holder)
    help: str


# ---------------------------------------------------------------- items per kind

def iter_list(key: str, names: list[str]) -> Callable[[dict], Iterator[tuple[dict, dict]]]:
    def items(report: dict) -> Iterator[tuple[dict, dict]]:
        for item in report.get(key) or []:
            yield {n: item.get(n) for n in names}, item
    return items


def iter_board(report: dict) -> Iterator[tuple[dict, dict]]:
    for item in report.get("board") or []:
        yield {"name": item.get("name"), "role": item.get("role"), "employee_elected": item.get("employee_elected"),
               "deputy_for": item.get("deputy_for"), "aliases": LIST_SEP.join(item.get("aliases") or [])}, item


def iter_places(report: dict) -> Iterator[tuple[dict, dict]]:
    for item in report.get("places") or []:
        yield {"name": item.get("name"), "kind": item.get("kind"), "kommunenummer": item.get("kommunenummer"),
               "successor": item.get("successor"), "mentions": len(item.get("mentions") or [])}, item


def iter_owners(report: dict) -> Iterator[tuple[dict, dict]]:
    for item in (report.get("organization") or {}).get("owners") or []:
        yield {"name": item.get("name"), "share_percent": item.get("share_percent")}, item


# Single values: (group in the report or None for top level, key); field named group.key.
FACT_KEYS = [
    ("organization", "name"), ("organization", "legal_form"), ("organization", "org_number"),
    ("organization", "founded_year"), ("organization", "address"), ("organization", "postal_address"),
    ("organization", "email"), ("organization", "phone"), ("organization", "website"),
    ("report", "kind"), ("report", "year"), ("report", "signed_place"), ("report", "signed_date"),
    (None, "ceo"),
    ("staff", "person_years"), ("staff", "employees"), ("staff", "women"), ("staff", "men"),
    ("staff", "sick_leave_percent"),
]


def iter_facts(report: dict) -> Iterator[tuple[dict, dict]]:
    """The single-valued fields, one row each where found; the value as text (types differ)."""
    for group, key in FACT_KEYS:
        holder = report if group is None else report.get(group) or {}
        item = holder.get(key)
        if isinstance(item, dict) and "value" in item:
            yield {"field": f"{group}.{key}" if group else key, "value": value_to_text(item["value"])}, item


def iter_paragraphs(report: dict) -> Iterator[tuple[dict, dict]]:
    for number, section in enumerate(report.get("sections") or []):
        for para in section.get("paragraphs") or []:
            yield {"section": number, "heading": section.get("heading"), "level": section.get("level"),
                   "kind": para.get("kind"), "text": para.get("text")}, {"source": dict(para.get("source") or {}, text=None)}


def iter_table_cells(report: dict) -> Iterator[tuple[dict, dict]]:
    """One row per non-empty cell; confidence is the table's."""
    for table in report.get("tables") or []:
        cells = table.get("cells") or []
        for r, row in enumerate(table.get("rows") or []):
            for c, text in enumerate(row):
                if not text:
                    continue
                ref = cells[r][c] if r < len(cells) and c < len(cells[r]) else {}
                source = {"page": table.get("page"), "bbox": ref.get("bbox"), "path": ref.get("path"), "text": None}
                yield ({"table": table.get("index"), "row": r, "col": c, "text": text,
                        "header": r < (table.get("header_rows") or 0), "strategy": table.get("strategy")},
                       {"confidence": table.get("confidence"), "source": source})


KINDS: dict[str, Kind] = {
    "board": Kind([("name", "str"), ("role", "str"), ("employee_elected", "bool"), ("deputy_for", "str"),
                   ("aliases", "str")], iter_board, "board members"),
    "places": Kind([("name", "str"), ("kind", "str"), ("kommunenummer", "str"), ("successor", "str"),
                    ("mentions", "int")], iter_places, "places (source: first mention)"),
    "percentages": Kind([("value", "float"), ("text", "str"), ("context", "str"), ("year", "int"), ("group", "str")],
                        iter_list("percentages", ["value", "text", "context", "year", "group"]), "percentages"),
    "programs": Kind([("code", "str"), ("places", "int"), ("person_years", "float"), ("participants", "int")],
                     iter_list("programs", ["code", "places", "person_years", "participants"]), "NAV programs"),
    "key_figures": Kind([("label", "str"), ("key", "str"), ("year", "int"), ("value", "float"), ("scope", "str"),
                         ("basis", "str"), ("statement", "str"), ("unit", "str"), ("printed", "str")],
                        iter_list("key_figures", ["label", "key", "year", "value", "scope", "basis", "statement", "unit",
                                                  "printed"]), "financial key figures"),
    "owners": Kind([("name", "str"), ("share_percent", "float")], iter_owners, "owners and shares"),
    "facts": Kind([("field", "str"), ("value", "str")], iter_facts, "single values: organisation, report, CEO, staff"),
    "paragraphs": Kind([("section", "int"), ("heading", "str"), ("level", "int"), ("kind", "str"), ("text", "str")],
                       iter_paragraphs, "every paragraph under its heading"),
    "tables": Kind([("table", "int"), ("row", "int"), ("col", "int"), ("text", "str"), ("header", "bool"),
                    ("strategy", "str")], iter_table_cells, "every non-empty table cell"),
}


TIMELINE = "timeline"  # per organisation across reports, not per report: extractor/timeline/rows.py


def kind_columns(what: str) -> Columns:
    if what == TIMELINE:
        from extractor.timeline.rows import COLUMNS

        return COLUMNS
    return HEAD + KINDS[what].fields + EVIDENCE + PROVENANCE


# ---------------------------------------------------------------- reports → rows

def value_to_text(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def bbox_to_text(bbox) -> str | None:
    return None if not bbox else ",".join(f"{v:g}" for v in bbox)


def scalar_value(report: dict, group: str, key: str):
    item = (report.get(group) or {}).get(key)
    return item.get("value") if isinstance(item, dict) else None


def report_to_head(report: dict) -> dict:
    source = report.get("source") or {}
    return {"document": Path(source.get("path") or "").name, "sha256": source.get("sha256"),
            "organisation": scalar_value(report, "organization", "name"),
            "report_year": scalar_value(report, "report", "year")}


def evidence_to_row(holder: dict) -> dict:
    source = holder.get("source") or {}
    return {"confidence": holder.get("confidence"), "reasons": LIST_SEP.join(holder.get("reasons") or []),
            "reviewed": holder.get("reviewed"), "review_decision": (holder.get("review") or {}).get("decision"),
            "source_page": source.get("page"), "source_bbox": bbox_to_text(source.get("bbox")),
            "source_path": source.get("path"), "source_text": source.get("text")}


def iter_rows(report: dict, what: str) -> Iterator[dict]:
    head = report_to_head(report)
    names = [name for name, _ in kind_columns(what)]
    for own, holder in KINDS[what].items(report):
        row = {**head, **own, **evidence_to_row(holder)}
        yield {name: row.get(name) for name in names}


def report_problem(data) -> str | None:
    """Why a JSON file is not a report this tool can export, or None."""
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict):
        return "not a report (no source)"
    theirs = version_to_tuple(str(data.get("schema_version")))
    if theirs is None or theirs[0] != version_to_tuple(schemas.SCHEMA_VERSION)[0]:
        return f"schema_version {data.get('schema_version')!r} is not readable by schema {schemas.SCHEMA_VERSION}"
    return None


def iter_reports(inputs: Iterable[str | Path], skipped: list[str]) -> Iterator[dict]:
    """Reports in the inputs (files, or folders of ``*.json``); what is not one goes to ``skipped``."""
    for _, data in read_report_files(inputs, skipped):
        yield data


def read_report_files(inputs: Iterable[str | Path], skipped: list[str]) -> Iterator[tuple[Path, dict]]:
    """(path, report) for each report in the inputs; what is not one goes to ``skipped``."""
    for path in iter_report_paths(inputs):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            skipped.append(f"{path}: {exc}")
            continue
        problem = report_problem(data)
        if problem:
            skipped.append(f"{path}: {problem}")
            continue
        yield path, data


def collect_rows(inputs: Iterable[str | Path], what: str, skipped: list[str]) -> list[dict]:
    if what == TIMELINE:
        from extractor.timeline.rows import collect_timeline_rows

        return collect_timeline_rows(inputs, skipped)
    if what not in KINDS:
        raise ExportError(f"unknown --what {what!r}; one of {', '.join(KINDS)}, {TIMELINE}")
    return [row for report in iter_reports(inputs, skipped) for row in iter_rows(report, what)]


# ---------------------------------------------------------------- rows → files

def rows_to_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """One value as a CSV cell: booleans as true/false, text that a spreadsheet would run as a
    formula neutralised with a leading apostrophe (OWASP); numbers stay numbers."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(stream, columns: Iterable[str], rows: Iterable[dict]) -> None:
    """The one CSV writer (export, review --list --csv): RFC 4180 line ends, so a CR inside a
    cell is quoted too, and every cell through ``csv_cell``."""
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: csv_cell(value) for key, value in row.items()})


def rows_to_csv(rows: list[dict], columns: Columns) -> str:
    buffer = io.StringIO()
    write_csv(buffer, [name for name, _ in columns], rows)
    return buffer.getvalue()


def rows_to_parquet_bytes(rows: list[dict], columns: Columns) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("parquet needs pyarrow: pip install 'arsrapport-extractor[export]'") from None
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def export(inputs: Iterable[str | Path], what: str, fmt: str, out: Path | None) -> tuple[int, list[str], str | None]:
    """Write the table to ``out`` (atomically) or return its text (jsonl/csv, ``out`` None).
    Returns (rows, skipped files with the reason, text or None)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown --format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ExportError("parquet is binary: give an output file with -o")
    skipped: list[str] = []
    rows = collect_rows(inputs, what, skipped)
    columns = kind_columns(what)
    if fmt == "parquet":
        write_atomic(out, rows_to_parquet_bytes(rows, columns))
        return len(rows), skipped, None
    text = rows_to_jsonl(rows) if fmt == "jsonl" else rows_to_csv(rows, columns)
    if out is None:
        return len(rows), skipped, text
    write_atomic(out, text)
    return len(rows), skipped, None
