"""A small HTTP API: another system posts a document and gets its Report JSON back.

Each request runs like a batch input: in an isolated worker process (``batch.worker``) with the
batch's ``Limits`` (wall-clock timeout, memory cap, CPU limit), so a hostile file costs one
worker, never the server or the other requests. A pool of long-lived threads each owns one
worker (a child's death signal is tied to the thread that started it, so the threads must not
come and go); a worker that hit a limit is replaced at once. The upload is streamed to a
temporary file and cut off at the size cap.

    extractor serve [--host 127.0.0.1] [--port 8000] [--workers 2] [--max-upload-mb 200]

``POST /extract`` (multipart, field ``file``) → the Report; errors are ``{code, message}`` with an
HTTP status by code. ``GET /health``, ``GET /schema``, OpenAPI at ``/openapi.json`` and ``/docs``.
"""

import asyncio
import json
import queue
import re
import shutil
import tempfile
import threading
import time
from concurrent.futures import Future
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

import schemas
from extractor import __version__
from extractor.batch.limits import MB, Limits
from extractor.batch.worker_handle import WorkerHandle
from extractor.outputs import fit_name
from extractor.settings import Settings

# HTTP status for each stable error code; anything unlisted is a server fault (500).
ERROR_STATUS = {
    "bad_request": 400, "too_large": 413, "unsupported_format": 415,
    "encrypted": 422, "corrupt": 422, "empty": 422, "unsafe_content": 422, "no_text_layer": 422,
    "conversion_failed": 422, "unreadable": 422,
    "timeout": 504, "memory_limit": 500, "unwritable": 507, "crashed": 500, "internal": 500,
    "missing_dependency": 503, "busy": 503, "unavailable": 503,
    "not_found": 404, "method_not_allowed": 405,
}
# Starlette's own HTTP errors (an unknown path, a wrong method) as codes
HTTP_STATUS_CODE = {404: "not_found", 405: "method_not_allowed"}
FILE_FIELD = "file"
SAFE_NAME = re.compile(r"[^\w.\- ]+")
NAME_MAX = 120  # bytes, not characters: a file name's limit (255) counts bytes
FORM_OVERHEAD = 64 * 1024  # multipart headers and boundaries around the file


class ServeConfig(BaseModel):
    """The server's defaults, once."""

    host: str = Field("127.0.0.1", description="Address to bind; the API has no authentication, keep it local.")
    port: int = Field(8000, description="TCP port.")
    workers: int = Field(2, ge=1, description="Isolated worker processes (documents read at the same time).")
    max_upload_mb: float = Field(Settings().max_file_mb, gt=0, description="Largest upload accepted (413 above).")
    drain_mb: float = Field(
        32, ge=0, description="Read and discard up to this much of an oversized upload so the client gets its 413.")
    queue_timeout_s: float = Field(600, description="A request waiting longer than this for a worker gets 503 busy.")
    max_queue: int = Field(200, description="Requests waiting beyond this many get 503 busy at once.")
    ocr: bool = Field(True, description="OCR scanned pages and images (a request may turn it off).")
    model: str | None = Field(None, description="Installed spaCy pipeline for extra NER evidence.")
    worker_log: Path | None = Field(None, description="Append the workers' stderr (tracebacks) to this file.")
    limits: Limits = Field(default_factory=Limits, description="Per-document limits, as in the batch.")


class ApiError(Exception):
    def __init__(self, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers

    @property
    def status(self) -> int:
        return ERROR_STATUS.get(self.code, 500)


class ErrorBody(BaseModel):
    code: str = Field(description="Stable error code (see extractor/errors.py), or bad_request / busy / unavailable.")
    message: str = Field(description="What went wrong, in words.")


# ---------------------------------------------------------------- worker pool

@dataclass
class Job:
    task: dict
    folder: Path  # removed by the pool thread once the job is over, whatever the client does
    future: Future
    queued_at: float


class WorkerPool:
    """N threads, each owning one ``WorkerHandle``; jobs from one queue; results as futures."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.jobs: queue.Queue[Job | None] = queue.Queue()
        self.handles = [WorkerHandle(config.limits, log_path=config.worker_log, model=config.model)
                        for _ in range(config.workers)]
        self.threads: list[threading.Thread] = []
        self.start_errors: list[str] = []
        self.ready: set[int] = set()  # handles that have said ready (alive is true from fork on)

    def start(self) -> None:
        for number, handle in enumerate(self.handles):
            thread = threading.Thread(target=self.loop, args=(handle,), name=f"extractor-worker-{number}", daemon=True)
            thread.start()
            self.threads.append(thread)

    def submit(self, task: dict, folder: Path) -> Future:
        if self.jobs.qsize() >= self.config.max_queue:
            raise ApiError("busy", f"{self.jobs.qsize()} documents are waiting; try again later")
        job = Job(task, folder, Future(), time.monotonic())
        self.jobs.put(job)
        return job.future

    def loop(self, handle: WorkerHandle) -> None:
        self.start_handle(handle)
        while (job := self.jobs.get()) is not None:
            try:
                if job.future.set_running_or_notify_cancel():
                    job.future.set_result(self.run_job(handle, job))
            finally:
                shutil.rmtree(job.folder, ignore_errors=True)  # a temp folder; nothing to report if gone
            if not handle.alive:  # it hit a limit: replace it now rather than on the next request
                self.start_handle(handle)
            else:  # ``run`` may have restarted it (after max_docs_per_worker, or a failed start)
                self.ready.add(id(handle))
        handle.close()

    def start_handle(self, handle: WorkerHandle) -> None:
        self.ready.discard(id(handle))
        try:
            handle.start()
        except RuntimeError as exc:  # reported by /health; ``run`` tries again on the next job
            self.start_errors.append(str(exc))
            return
        self.ready.add(id(handle))

    def run_job(self, handle: WorkerHandle, job: Job) -> dict:
        waited = time.monotonic() - job.queued_at
        if waited > self.config.queue_timeout_s:
            return {"status": "error", "code": "busy", "message": f"waited {waited:.0f} s for a worker"}
        try:
            result = handle.run(job.task)
        except RuntimeError as exc:  # the worker could not be (re)started
            return {"status": "error", "code": "unavailable", "message": str(exc)}
        if result.get("status") != "error":
            result["report"] = Path(job.task["output"]).read_text(encoding="utf-8")
        result["queued_s"] = round(waited, 3)
        return result

    def status(self) -> dict:
        return {"workers": len(self.handles), "alive": sum(h.alive and id(h) in self.ready for h in self.handles),
                "queued": self.jobs.qsize(), "start_errors": self.start_errors[-3:]}

    def close(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)
        for thread in self.threads:
            thread.join(self.config.limits.shutdown_timeout_s + 1)
        for handle in self.handles:  # a thread still busy past its time: end its child anyway
            handle.kill()


# ---------------------------------------------------------------- upload

def multipart_parser_class():
    try:
        from python_multipart.multipart import MultipartParser, parse_options_header
    except ImportError:  # python-multipart before 0.0.13 ships the module as ``multipart``
        from multipart.multipart import MultipartParser, parse_options_header
    return MultipartParser, parse_options_header


def filename_to_safe(name: str | None) -> str:
    """The client's file name, reduced to a harmless base name (it only labels the output)."""
    base = SAFE_NAME.sub("_", Path((name or "").replace("\\", "/")).name).strip(" .")
    return fit_name(base, NAME_MAX, keep_end=True).lstrip(" .") or "upload"


class UploadSink:
    """multipart callbacks that write the ``file`` part to disk and stop at the cap."""

    def __init__(self, folder: Path, cap_bytes: int, parse_options_header):
        self.folder = folder
        self.cap = cap_bytes
        self.parse_options_header = parse_options_header
        self.header_name = self.header_value = b""
        self.disposition = b""
        self.out = None
        self.path: Path | None = None
        self.filename = "upload"
        self.size = 0

    def callbacks(self) -> dict:
        return {"on_part_begin": self.on_part_begin, "on_header_field": self.on_header_field,
                "on_header_value": self.on_header_value, "on_header_end": self.on_header_end,
                "on_headers_finished": self.on_headers_finished, "on_part_data": self.on_part_data,
                "on_part_end": self.on_part_end}

    def on_part_begin(self) -> None:
        self.disposition = b""

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        if self.header_name.lower() == b"content-disposition":
            self.disposition = self.header_value
        self.header_name = self.header_value = b""

    def on_headers_finished(self) -> None:
        _, options = self.parse_options_header(self.disposition)
        if options.get(b"name", b"").decode("utf-8", "replace") != FILE_FIELD or self.path is not None:
            return  # other fields and a second file are ignored
        self.filename = filename_to_safe(options.get(b"filename", b"").decode("utf-8", "replace"))
        self.path = self.folder / "input" / self.filename
        self.path.parent.mkdir()
        self.out = self.path.open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.out is None:
            return
        self.size += end - start
        if self.size > self.cap:
            raise ApiError("too_large", f"the upload is larger than {self.cap / MB:g} MB")
        self.out.write(data[start:end])  # local disk, 64 KB at a time: short enough for the event loop

    def on_part_end(self) -> None:
        if self.out is not None:
            self.out.close()
            self.out = None

    def close(self) -> None:
        self.on_part_end()


async def drain(stream, limit: int) -> None:
    """Read what the client still sends (up to ``limit``) so it can read our 413."""
    seen = 0
    async for chunk in stream:
        seen += len(chunk)
        if seen > limit:
            return


async def receive_upload(request, folder: Path, config: ServeConfig) -> UploadSink:
    """Stream the multipart body into ``folder``; ``ApiError`` for a bad or oversized upload."""
    MultipartParser, parse_options_header = multipart_parser_class()
    cap = int(config.max_upload_mb * MB)
    drain_limit = int(config.drain_mb * MB)
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    if content_type != b"multipart/form-data" or not params.get(b"boundary"):
        raise ApiError("bad_request", f"send the document as multipart/form-data in a field named {FILE_FIELD!r}")
    length = request.headers.get("content-length", "")
    stream = request.stream()
    too_large = ApiError("too_large", f"the upload is larger than {config.max_upload_mb:g} MB")
    if length.isdigit() and int(length) > cap + FORM_OVERHEAD:
        if int(length) <= cap + drain_limit:
            await drain(stream, drain_limit)
        raise too_large
    sink = UploadSink(folder, cap, parse_options_header)
    parser = MultipartParser(params[b"boundary"], callbacks=sink.callbacks())
    total = 0
    try:
        async for chunk in stream:
            total += len(chunk)
            if total > cap + FORM_OVERHEAD:
                raise too_large
            parser.write(chunk)
        parser.finalize()
    except ApiError as exc:
        if exc.code == "too_large":
            await drain(stream, drain_limit)
        raise
    except ValueError as exc:  # python-multipart's parse errors derive from ValueError
        raise ApiError("bad_request", f"malformed multipart body: {exc}") from None
    finally:
        sink.close()
    if sink.path is None:
        raise ApiError("bad_request", f"no file in a form field named {FILE_FIELD!r}")
    return sink


# ---------------------------------------------------------------- the app

UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": [FILE_FIELD],
    "properties": {FILE_FIELD: {"type": "string", "format": "binary",
                                "description": "The document: PDF, DOCX, DOC, ODT or RTF (told by its bytes)."}},
}}}}}


def result_to_body(result: dict, filename: str) -> str:
    """The worker's Report with ``source.path`` set to the uploaded file's name (not our temp path)."""
    report = json.loads(result["report"])
    report["source"]["path"] = filename
    return json.dumps(report, ensure_ascii=False)


def create_app(config: ServeConfig | None = None):
    from fastapi import Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, Response
    from fastapi_offline import FastAPIOffline
    from starlette.exceptions import HTTPException as StarletteHTTPException

    config = config or ServeConfig()
    pool = WorkerPool(config)

    @asynccontextmanager
    async def lifespan(app):
        pool.start()  # workers start in their threads; requests queue until one is ready
        yield
        await asyncio.to_thread(pool.close)

    # Swagger UI's files come from the installed fastapi-offline package, not a CDN: /docs works
    # without internet. No ReDoc (it loads fonts from the web); no validator badge (it calls one).
    app = FastAPIOffline(title="årsrapport-extractor", version=__version__, lifespan=lifespan, redoc_url=None,
                         swagger_ui_parameters={"validatorUrl": None},
                         description="Norwegian annual reports (PDF, Word, legacy Word, scans) to structured JSON. "
                                     f"Output schema {schemas.SCHEMA_VERSION}.")
    app.state.pool = pool

    @app.exception_handler(ApiError)
    async def api_error(request, exc: ApiError):
        return JSONResponse({"code": exc.code, "message": exc.message}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request, exc: RequestValidationError):
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"code": "bad_request", "message": message}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        code = HTTP_STATUS_CODE.get(exc.status_code, "bad_request" if exc.status_code < 500 else "internal")
        return JSONResponse({"code": code, "message": str(exc.detail)}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal(request, exc: Exception):  # a bug of ours: still the documented body
        return JSONResponse({"code": "internal", "message": f"{type(exc).__name__}: {exc}"[:500]}, status_code=500)

    error_responses = {status: {"model": ErrorBody} for status in sorted(set(ERROR_STATUS.values()))}

    @app.post("/extract", summary="Extract one document", openapi_extra=UPLOAD_BODY,
              responses={200: {"model": schemas.Report, "description": "The Report."}, **error_responses})
    async def extract(request: Request, ocr: bool = Query(True, description="OCR scanned pages and images.")):
        folder = Path(tempfile.mkdtemp(prefix="extractor-serve-"))
        try:
            upload = await receive_upload(request, folder, config)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)  # our own temp folder
            raise
        task = {"input": str(upload.path), "output": str(folder / "report.json"),
                "settings": Settings(ocr=ocr and config.ocr).model_dump(), "model": config.model}
        result = await asyncio.wrap_future(pool.submit(task, folder))
        headers = {"X-Extractor-Seconds": str(result.get("wall_s", 0)), "X-Extractor-Queued": str(result.get("queued_s", 0))}
        if result.get("status") == "error":
            raise ApiError(result.get("code") or "internal", result.get("message") or "no message", headers)
        return Response(result_to_body(result, upload.filename), media_type="application/json", headers=headers)

    @app.get("/health", summary="Liveness and worker pool state")
    async def health():
        state = pool.status()
        return {"status": "ok" if state["alive"] else "starting", "tool_version": __version__,
                "schema_version": schemas.SCHEMA_VERSION, "max_upload_mb": config.max_upload_mb,
                "timeout_s": config.limits.timeout_s, "max_memory_mb": config.limits.max_memory_mb, **state}

    @app.get("/schema", summary="JSON Schema of the Report")
    async def schema():
        return JSONResponse(schemas.json_schema())

    return app


def serve(config: ServeConfig) -> None:
    try:
        import fastapi  # noqa: F401 - checked here so the message names the extra
        import fastapi_offline  # noqa: F401
        import uvicorn
    except ImportError:
        raise ApiError("missing_dependency",
                       "serve needs FastAPI, fastapi-offline and uvicorn: pip install 'arsrapport-extractor[serve]'") from None
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level="info")
