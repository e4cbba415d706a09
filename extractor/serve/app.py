"""The FastAPI app: routes, error bodies, and the server's start."""

import asyncio
import json
import shutil
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path

import schemas
from extractor import __version__
from extractor.serve.config import ServeConfig
from extractor.serve.errors import ERROR_STATUS, HTTP_STATUS_CODE, ApiError, ErrorBody
from extractor.serve.pool import WorkerPool
from extractor.serve.upload import FILE_FIELD, receive_upload
from extractor.settings import Settings

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
