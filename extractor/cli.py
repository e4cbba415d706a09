"""Command line: thin wrappers over ingest → assemble; errors become one line on stderr."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Optional

import typer

from extractor.errors import ExtractorError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Norwegian annual reports to structured JSON.")

# Exit codes: 0 ok, 1 a document could not be read (see the error code), 2 usage error.
EXIT_DOCUMENT_ERROR = 1


def extract_one(path: Path, settings=None, model: str | None = None) -> str:
    from extractor.pipeline import extract_path
    from extractor.settings import DEFAULT_SETTINGS

    report = extract_path(path, settings or DEFAULT_SETTINGS, model=model)
    from extractor.assemble import report_to_json  # the output models load once the document is read

    return report_to_json(report)


def _fail(exc: BaseException, path: Path, debug: bool) -> None:
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, ExtractorError):
        exc.path = exc.path or str(path)
        typer.echo(exc.one_line(), err=True)
    else:  # a bug of ours: still one line, with a stable code
        typer.echo(f"error[internal] {path}: {type(exc).__name__}: {exc}".replace("\n", " "), err=True)


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="Documents to read."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write JSON here (one input only)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write NAME.json per input into this folder."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Do not OCR scanned pages or images."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline for extra NER evidence."),
    debug: bool = typer.Option(False, "--debug", help="Print tracebacks."),
) -> None:
    """Read documents and write their JSON (stdout without -o/--out-dir)."""
    from extractor.settings import Settings

    if output and len(files) > 1:
        raise typer.BadParameter("-o takes one input; use --out-dir for several")
    settings = Settings(ocr=not no_ocr)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in files:
        try:
            text = extract_one(path, settings, model)
        except (ExtractorError, Exception) as exc:  # noqa: BLE001 - reported as one line, never swallowed
            _fail(exc, path, debug)
            failed += 1
            continue
        target = output or (out_dir / f"{path.name}.json" if out_dir else None)
        if target:
            from extractor.assemble import write_atomic

            write_atomic(target, text)
        else:
            sys.stdout.write(text)
    if failed:
        raise typer.Exit(EXIT_DOCUMENT_ERROR)


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursed) or globs."),
    out: Path = typer.Option(..., "--out", help="Folder for NAME.json outputs, manifest.jsonl and summary.json."),
    workers: int = typer.Option(1, "--workers", min=1, help="Isolated worker processes."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.1, help="Wall-clock seconds per document."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", min=0, help="Memory cap per worker in MB (0: none)."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", min=1, help="Refuse documents with more pages (too_large)."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="dask scheduler address, e.g. tcp://host:8786."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Redo inputs whose last record is an error."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any input failed."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Do not OCR scanned pages or images."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline for extra NER evidence."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress output."),
    json_log: bool = typer.Option(False, "--json-log", help="One JSON line per document and a JSON summary on stdout."),
) -> None:
    """Extract many documents, each in an isolated worker with limits; resumable."""
    from extractor.batch import BatchAborted, BatchUsageError, Limits, run_batch
    from extractor.settings import Settings

    limits = Limits(**{k: v for k, v in {"timeout_s": timeout, "max_memory_mb": max_memory}.items() if v is not None})
    settings = Settings(ocr=not no_ocr, **({"max_pages": max_pages} if max_pages else {}))
    progress = "quiet" if quiet else "json" if json_log else "auto"
    try:
        summary = run_batch(inputs, out, workers=workers, limits=limits, settings=settings, model=model,
                            engine=engine, scheduler=scheduler, retry_failed=retry_failed, progress=progress)
    except BatchUsageError as exc:
        typer.echo(f"error[usage] {exc}", err=True)
        raise typer.Exit(2) from None
    except BatchAborted as exc:
        typer.echo(f"error[aborted] {exc}", err=True)
        raise typer.Exit(EXIT_DOCUMENT_ERROR) from None
    if strict and summary["failed"]:
        raise typer.Exit(EXIT_DOCUMENT_ERROR)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    import schemas

    sys.stdout.write(schemas.json_schema_text())


@app.command()
def validate(
    files: list[Path] = typer.Argument(..., exists=True, help="Output JSON files, or folders of them (a batch --out)."),
    quiet: bool = typer.Option(False, "--quiet", help="Print only the invalid files."),
) -> None:
    """Check output files against the schema: one line per file, exit 1 when any is invalid."""
    from extractor.validate import iter_verdicts

    invalid = 0
    for verdict in iter_verdicts(files):
        invalid += not verdict.ok
        if not (quiet and verdict.ok):
            typer.echo(verdict.one_line())
    if invalid:
        raise typer.Exit(EXIT_DOCUMENT_ERROR)


@app.command()
def export(
    inputs: list[Path] = typer.Argument(..., exists=True, help="Batch output folders or report JSON files."),
    what: str = typer.Option(..., "--what", help="board, places, percentages, programs, key_figures, owners, "
                                                 "facts, paragraphs or tables."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here (atomically); stdout without it."),
) -> None:
    """Flatten many reports into one table: one row per item, with its document, confidence and provenance."""
    from extractor.export import ExportError, export as export_rows

    try:
        rows, skipped, text = export_rows(inputs, what, fmt, output)
    except ExportError as exc:
        typer.echo(f"error[usage] {exc}", err=True)
        raise typer.Exit(2) from None
    for line in skipped:
        typer.echo(f"skipped {line}", err=True)
    if text is not None:
        sys.stdout.write(text)
    else:
        typer.echo(f"{rows} rows to {output}", err=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (no authentication: keep it local)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(2, "--workers", min=1, help="Isolated worker processes."),
    max_upload_mb: Optional[float] = typer.Option(None, "--max-upload-mb", min=0.001, help="Largest upload (413 above)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.1, help="Wall-clock seconds per document."),
    max_memory: Optional[float] = typer.Option(None, "--max-memory", min=0, help="Memory cap per worker in MB (0: none)."),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Never OCR."),
    worker_log: Optional[Path] = typer.Option(None, "--worker-log", help="Append the workers' stderr here."),
) -> None:
    """HTTP API: POST /extract a document, get its JSON; OpenAPI at /docs."""
    from extractor.batch import Limits
    from extractor.serve import ApiError, ServeConfig, serve as run_server

    limits = Limits(**{k: v for k, v in {"timeout_s": timeout, "max_memory_mb": max_memory}.items() if v is not None})
    options = {"max_upload_mb": max_upload_mb, "worker_log": worker_log}
    config = ServeConfig(host=host, port=port, workers=workers, ocr=not no_ocr, limits=limits,
                         **{k: v for k, v in options.items() if v is not None})
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"warning: binding {host}: the API has no authentication", err=True)
    try:
        run_server(config)
    except ApiError as exc:
        typer.echo(f"error[{exc.code}] {exc.message}", err=True)
        raise typer.Exit(2) from None


from extractor.review.commands import review_app  # noqa: E402 - typer only; the rest loads on use

app.add_typer(review_app, name="review")


def main() -> None:  # pragma: no cover - console entry
    app()
