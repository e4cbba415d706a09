"""The internal ``Document`` (and, later, extracted fields) to the public ``schemas.Report``."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import schemas
from extractor import __version__
from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, Cell, Document, Provenance, Table
from extractor.outputs import hidden_sibling, path_to_text


def prov_to_ref(prov: Provenance, text: str | None = None) -> schemas.SourceRef:
    return schemas.SourceRef(
        page=prov.page,
        bbox=_round_box(prov.bbox),
        path=prov.path,
        text=text,
        ocr_confidence=None if prov.ocr_confidence is None else round(prov.ocr_confidence, 3),
    )


def _round_box(bbox):
    return None if bbox is None else tuple(round(v, 1) for v in bbox)


def block_to_paragraph(block: Block) -> schemas.Paragraph:
    return schemas.Paragraph(kind=block.kind.value, text=block.text, source=prov_to_ref(block.prov))


def cell_to_ref(cell: Cell) -> schemas.CellRef:
    return schemas.CellRef(
        bbox=_round_box(cell.prov.bbox), path=cell.prov.path,
        row_span=cell.row_span, col_span=cell.col_span, merged=cell.merged,
        ocr_confidence=None if cell.prov.ocr_confidence is None else round(cell.prov.ocr_confidence, 3),
    )


def table_to_out(index: int, table: Table) -> schemas.TableOut:
    return schemas.TableOut(
        index=index,
        page=table.prov.page,
        pages=table.pages or ([table.prov.page] if table.prov.page else []),
        bbox=_round_box(table.prov.bbox),
        path=table.prov.path,
        nested_in=table.nested_in,
        rows=table.text_rows(),
        header_rows=table.header_rows,
        cells=[[cell_to_ref(c) for c in row] for row in table.rows],
        strategy=table.strategy,
        confidence=round(min(max(table.confidence, 0.0), 1.0), 3),
    )


def build_report(doc: Document, fields=None) -> schemas.Report:
    """The document part, plus the extracted fields when given (``extractor.fields.Fields``)."""
    report = document_to_report(doc)
    if fields is None:
        return report
    return report.model_copy(update={
        "review_threshold": REVIEW_THRESHOLD,
        "organization": fields.organization,
        "report": fields.report,
        "ceo": fields.ceo,
        "board": fields.board,
        "places": fields.places,
        "percentages": fields.percentages,
        "programs": fields.programs,
        "key_figures": fields.key_figures,
        "staff": fields.staff,
    })


def document_to_report(doc: Document) -> schemas.Report:
    table_index = {id(t): i for i, t in enumerate(doc.tables())}
    sections = []
    for sec in doc.sections():
        head = sec.heading
        sections.append(schemas.Section(
            heading=head.text if head else None,
            level=head.level if head else None,
            page=head.prov.page if head else None,
            source=prov_to_ref(head.prov) if head else None,
            paragraphs=[block_to_paragraph(b) for b in sec.blocks],
            tables=[table_index[id(t)] for t in sec.tables],
        ))
    src = doc.source
    return schemas.Report(
        tool_version=__version__,
        source=schemas.SourceFile(
            # a file name that is not UTF-8 (surrogateescape) as printable text: JSON is UTF-8
            path=path_to_text(src.path), sha256=src.sha256, format=src.format.value,
            converted_from=src.converted_from.value if src.converted_from else None,
            pages=src.pages, ocr_pages=src.ocr_pages, image_ocr_pages=src.image_ocr_pages,
            unread_pages=src.unread_pages, warnings=[path_to_text(w) for w in src.warnings],
        ),
        sections=sections,
        tables=[table_to_out(i, t) for i, t in enumerate(doc.tables())],
    )


def report_to_json(report: schemas.Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


TEMP_SUFFIX = ".tmp"
TEMP_RANDOM = 8  # characters mkstemp adds


def write_atomic(path: Path, data: str | bytes) -> None:
    """Temporary file in the same folder, fsync, rename: a reader sees the old file or the
    whole new one, never a partial write. The temporary name (``.NAME.XXXXXXXX.tmp``, NAME cut
    when long) stays within the file-name limit whatever the target's length."""
    path = Path(path)
    prefix = hidden_sibling(path, ".", reserve=TEMP_RANDOM + len(TEMP_SUFFIX))
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are for other systems to read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_report(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
