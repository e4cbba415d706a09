"""The upload: a multipart body streamed to a temporary file and cut off at the size cap."""

import re
from pathlib import Path

from extractor.batch.limits import MB
from extractor.outputs import fit_name
from extractor.serve.config import ServeConfig
from extractor.serve.errors import ApiError

FILE_FIELD = "file"
SAFE_NAME = re.compile(r"[^\w.\- ]+")
NAME_MAX = 120  # bytes, not characters: a file name's limit (255) counts bytes
FORM_OVERHEAD = 64 * 1024  # multipart headers and boundaries around the file


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
