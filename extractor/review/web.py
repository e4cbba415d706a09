"""Review in the browser: a local page (127.0.0.1 only) beside a small JSON API.

    GET  /                        the page (static/index.html: HTML + JS, no build step)
    GET  /api/queue               the items to review, least confident first, across files
    GET  /api/item?file=I&pointer=P   one item as it is on disk now
    GET  /api/page/I/N.png        page N of file I's source PDF, rendered with pypdfium2
    POST /api/decision            {"file": I, "pointer": P, "decision": D, "values": {...}}

Decisions go through ``decisions.record_decision``, the same as the terminal review, so the
files on disk are the state: a reload, or the terminal review, picks up where it stopped.
Files are addressed by index into the list given at start, never by a path from the client.
The Host header must name this server (a page elsewhere cannot reach it through DNS
rebinding) and a decision must be posted as application/json (no cross-site form posts).
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import threading
from enum import Enum
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from extractor.ingest.ocr_render import capped_scale
from extractor.outputs import path_to_text
from extractor.review.decisions import ReviewError, _unwrap, editable_annotations, record_decision
from extractor.review.queue import Item, build_queue, doc_to_items, hit_span, iter_output_files, load_json
from extractor.settings import DEFAULT_SETTINGS

HOST = "127.0.0.1"
STATIC = Path(__file__).with_name("static")
RENDER_SCALE = 1.5  # page image pixels per PDF point
MAX_BODY = 64 * 1024
CONTEXT_PARAGRAPHS = 2  # Word: paragraphs shown before and after the source paragraph


# ---------- the source document: PDF page images, Word paragraphs and cells ----------

@lru_cache(maxsize=64)
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def locate_source(report_path: Path, doc: dict, docs: Path | None = None) -> Path | None:
    """The input file an output was read from, checked by its sha256: the path as recorded,
    then beside the output, then in ``docs``."""
    source = doc.get("source") or {}
    recorded = Path(source.get("path") or "")
    if not recorded.name:
        return None
    candidates = [recorded, report_path.parent / recorded, report_path.parent / recorded.name]
    if docs:
        candidates.append(Path(docs) / recorded.name)
    for candidate in candidates:
        try:
            if candidate.is_file() and file_sha256(candidate.resolve()) == source.get("sha256"):
                return candidate.resolve()
        except OSError:
            continue
    return None


_pdfium_lock = threading.Lock()  # pdfium is not thread-safe


def _with_page(pdf_path: Path, page: int, use):
    import pypdfium2 as pdfium

    with _pdfium_lock:
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            if not 1 <= page <= len(pdf):
                raise ReviewError(f"no page {page} in {pdf_path.name}")
            return use(pdf[page - 1])
        finally:
            pdf.close()


@lru_cache(maxsize=256)
def page_size(pdf_path: Path, page: int) -> tuple[float, float]:
    """Width and height of a page in PDF points (the unit of ``source.bbox``)."""
    return tuple(_with_page(pdf_path, page, lambda p: p.get_size()))


@lru_cache(maxsize=32)
def render_page_png(pdf_path: Path, page: int) -> bytes:
    def render(pdf_page):
        scale = capped_scale(*pdf_page.get_size(), RENDER_SCALE, DEFAULT_SETTINGS.render_max_pixels)
        return pdf_page.render(scale=scale).to_pil()

    image = _with_page(pdf_path, page, render)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def word_context(doc: dict, path: str | None) -> dict | None:
    """The Word paragraph (with its neighbours) or the table (with the cell) at ``path``."""
    if not path:
        return None
    best = None  # (prefix length, table, row, column): the innermost cell holding the path
    for table in doc.get("tables") or []:
        for r, row in enumerate(table.get("cells") or []):
            for c, cell in enumerate(row):
                cell_path = cell.get("path")
                if cell_path and (path == cell_path or path.startswith(cell_path + "/")):
                    if best is None or len(cell_path) > best[0]:
                        best = (len(cell_path), table, r, c)
    if best:
        _, table, r, c = best
        return {"kind": "table", "rows": table.get("rows") or [], "row": r, "col": c, "path": table.get("path")}
    paragraphs = [p for s in doc.get("sections") or [] for p in s.get("paragraphs") or []]
    for i, para in enumerate(paragraphs):
        para_path = (para.get("source") or {}).get("path")
        if para_path and (para_path == path or path.startswith(para_path + "/")):
            return {
                "kind": "paragraph", "text": para.get("text") or "",
                "before": [p.get("text") or "" for p in paragraphs[max(0, i - CONTEXT_PARAGRAPHS):i]],
                "after": [p.get("text") or "" for p in paragraphs[i + 1:i + 1 + CONTEXT_PARAGRAPHS]],
            }
    return None


# ---------- items as JSON for the page ----------

def field_specs(item: Item) -> list[dict]:
    """How the page edits each field: text, number, yes/no or a choice."""
    specs = []
    for name, annotation in editable_annotations(item.pointer).items():
        annotation = _unwrap(annotation)
        spec = {"name": name, "value": item.values.get(name), "type": "text"}
        if annotation is bool:
            spec["type"] = "bool"
        elif annotation in (int, float):
            spec["type"] = "number"
        elif isinstance(annotation, type) and issubclass(annotation, Enum):
            spec.update(type="choice", choices=[m.value for m in annotation])
        specs.append(spec)
    return specs


def item_to_json(item: Item, file_index: int, doc: dict, pdf: Path | None) -> dict:
    source = item.source or {}
    page = source.get("page")
    out = {
        "id": f"{file_index}:{item.pointer}", "file": file_index, "file_name": path_to_text(item.file.name),
        "pointer": item.pointer, "label": item.label, "kind": item.kind, "display": item.display_value(),
        "fields": field_specs(item), "confidence": item.confidence, "threshold": item.threshold,
        "reasons": item.reasons, "source": source, "hit": hit_span(source.get("text"), item),
        "reviewed": item.reviewed, "review": item.review, "image": None, "page_size": None,
        "word": word_context(doc, source.get("path")) if source.get("path") else None,
    }
    if pdf is not None and page:
        try:
            size = page_size(pdf, int(page))
        except ReviewError:
            return out
        out["image"] = f"/api/page/{file_index}/{int(page)}.png"
        out["page_size"] = list(size)
    return out


class ReviewState:
    """The files under review; everything else is read from disk on each request."""

    def __init__(self, paths: list[Path], reviewer: str, docs: Path | None = None):
        self.files = [p.resolve() for root in paths for p in iter_output_files(root, with_timelines=True)]
        self.reviewer = reviewer
        self.docs = docs
        self._pdfs: dict[int, Path | None] = {}

    def file_index(self, path: Path) -> int:
        """A file's index; an output that a timeline's check points at is added on first use."""
        path = Path(path).resolve()
        if path not in self.files:
            self.files.append(path)
        return self.files.index(path)

    def compare_json(self, item: Item) -> dict:
        """Checks between reports: the messages, and the other values with their page images."""
        related = []
        for other in item.related:
            entry = dict(other, image=None, page_size=None)
            page = (other.get("source") or {}).get("page")
            index = self.file_index(Path(other["file"]))
            entry["file"] = index
            pdf = self.pdf_for(index, load_json(self.files[index])) if page else None
            if pdf is not None:
                try:
                    entry.update(image=f"/api/page/{index}/{int(page)}.png", page_size=list(page_size(pdf, int(page))))
                except ReviewError:
                    pass  # the page is not in the PDF found: the text still shows
            related.append(entry)
        return {"conflicts": list(dict.fromkeys(item.conflicts)), "related": related}

    def pdf_for(self, index: int, doc: dict) -> Path | None:
        if index not in self._pdfs:
            is_pdf = (doc.get("source") or {}).get("format") == "pdf"
            self._pdfs[index] = locate_source(self.files[index], doc, self.docs) if is_pdf else None
        return self._pdfs[index]

    def queue_json(self) -> list[dict]:
        docs: dict[int, dict] = {}
        out = []
        for item in build_queue(self.files):
            index = self.file_index(item.file)
            doc = docs.setdefault(index, load_json(self.files[index]))
            out.append({**item_to_json(item, index, doc, self.pdf_for(index, doc)), **self.compare_json(item)})
        return out

    def item_json(self, index: int, pointer: str) -> dict:
        path = self.files[index]
        doc = load_json(path)
        for item in doc_to_items(doc, path):
            if item.pointer == pointer:
                return item_to_json(item, index, doc, self.pdf_for(index, doc))
        raise ReviewError(f"no value at {pointer}")

    def decide(self, index: int, pointer: str, decision: str, values: dict | None) -> dict:
        record_decision(self.files[index], pointer, decision, self.reviewer, values)
        return self.item_json(index, pointer)


# ---------- HTTP ----------

PAGE_PATH = re.compile(r"^/api/page/(\d+)/(\d+)\.png$")


class ReviewHandler(BaseHTTPRequestHandler):
    server: "ReviewServer"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the page moved on (a newer image was asked for); nobody is left to answer

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _file_index(self, raw) -> int:
        index = int(raw)
        if not 0 <= index < len(self.server.state.files):
            raise ReviewError(f"no file {index}")
        return index

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if not self._host_ok():
            return self._json(HTTPStatus.FORBIDDEN, {"error": "wrong Host header"})
        url = urlparse(self.path)
        state = self.server.state
        try:
            if url.path in ("/", "/index.html"):
                return self._send(HTTPStatus.OK, (STATIC / "index.html").read_bytes(), "text/html; charset=utf-8")
            if url.path == "/api/queue":
                return self._json(HTTPStatus.OK, {"reviewer": state.reviewer, "items": state.queue_json()})
            if url.path == "/api/item":
                query = parse_qs(url.query)
                return self._json(HTTPStatus.OK, state.item_json(self._file_index(query["file"][0]), query["pointer"][0]))
            match = PAGE_PATH.match(url.path)
            if match:
                index = self._file_index(match.group(1))
                pdf = state.pdf_for(index, load_json(state.files[index]))
                if pdf is None:
                    return self._json(HTTPStatus.NOT_FOUND, {"error": "source PDF not found"})
                png = render_page_png(pdf, int(match.group(2)))
                return self._send(HTTPStatus.OK, png, "image/png")
        except (ReviewError, KeyError, ValueError) as exc:
            return self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
        return self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        if not self._host_ok():
            return self._json(HTTPStatus.FORBIDDEN, {"error": "wrong Host header"})
        if urlparse(self.path).path != "/api/decision":
            return self._json(HTTPStatus.NOT_FOUND, {"error": "not found"})
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            return self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"})
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            values = body.get("values")
            if values is not None and not isinstance(values, dict):
                raise ReviewError("values must be an object")
            item = self.server.state.decide(self._file_index(body["file"]), str(body["pointer"]),
                                             str(body["decision"]), values)
        except (ReviewError, KeyError, ValueError, TypeError) as exc:
            return self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
        return self._json(HTTPStatus.OK, {"item": item})


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 resets connections when many tabs post at once

    def __init__(self, state: ReviewState, port: int = 0, verbose: bool = False):
        self.state = state
        self.verbose = verbose
        super().__init__((HOST, port), ReviewHandler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


def make_server(paths: list[Path], reviewer: str, port: int = 0, docs: Path | None = None,
                verbose: bool = False) -> ReviewServer:
    return ReviewServer(ReviewState(paths, reviewer, docs), port=port, verbose=verbose)


def serve(paths: list[Path], reviewer: str, port: int = 0, docs: Path | None = None) -> None:
    """Serve until Ctrl-C."""
    server = make_server(paths, reviewer, port=port, docs=docs, verbose=True)
    print(f"Reviewing {len(server.state.files)} file(s) as {reviewer}: open {server.url}  (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a person ends the review; every decision is already on disk
    finally:
        server.server_close()
