"""The server's settings."""

from pathlib import Path

from pydantic import BaseModel, Field

from extractor.batch.limits import Limits
from extractor.settings import Settings


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
