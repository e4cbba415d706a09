"""The server's errors: every one is ``{code, message}`` with an HTTP status by its stable code."""

from pydantic import BaseModel, Field

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
