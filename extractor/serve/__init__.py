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
from extractor.serve.app import create_app, serve
from extractor.serve.config import ServeConfig
from extractor.serve.errors import ApiError

__all__ = ["ApiError", "ServeConfig", "create_app", "serve"]
