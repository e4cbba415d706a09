"""`extractor serve`: the real server (uvicorn in a subprocess) on a free localhost port, driven
with real HTTP requests: good documents return a Report that validates, hostile files return
their error code without harming the server or the requests beside them, uploads over the cap
get 413, a worker that hits the time limit is replaced, OpenAPI is served."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import schemas
from extractor.validate import data_to_problems, jsonschema_validator

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
START_TIMEOUT_S = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, *options: str, workers: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        cmd = [sys.executable, "-m", "extractor", "serve", "--port", str(self.port), "--workers", str(workers), *options]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                health = httpx.get(f"{self.url}/health", timeout=2).json()
                if health["alive"] == self.workers:
                    return
            except httpx.TransportError:
                pass  # not listening yet
            time.sleep(0.3)
        raise RuntimeError("server did not become ready")

    def post(self, path: Path, name: str | None = None, timeout: float = 300, **params) -> httpx.Response:
        with path.open("rb") as fh:
            return httpx.post(f"{self.url}/extract", files={"file": (name or path.name, fh)}, params=params,
                              timeout=timeout)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def server():
    srv = Server("--max-upload-mb", "2", "--timeout", "120")
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


def assert_valid_report(response: httpx.Response, name: str) -> dict:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data_to_problems(data, jsonschema_validator()) == []
    assert data["source"]["path"] == name  # the upload's name, not the server's temp path
    return data


def test_serve_pdf_returns_a_valid_report(server, corpus_dir):
    data = assert_valid_report(server.post(corpus_dir / "asker-produkt-2022.pdf"), "asker-produkt-2022.pdf")
    assert data["source"]["format"] == "pdf" and data["source"]["pages"] == 14
    assert len(data["board"]) == 5


def test_serve_docx_returns_a_valid_report(server):
    data = assert_valid_report(server.post(SAMPLES / "nordheim-2023.docx"), "nordheim-2023.docx")
    assert data["source"]["format"] == "docx"


def test_serve_hostile_file_name_is_reduced_to_a_base_name(server):
    data = assert_valid_report(server.post(SAMPLES / "fjordvekst-2023.pdf", name="../../etc/x;$(rm).pdf"), "x_rm_.pdf")
    assert data["source"]["sha256"]


@pytest.mark.parametrize("name, status, code", [
    ("crafted/xxe.docx", 422, "unsafe_content"),
    ("crafted/billion_laughs.docx", 422, "unsafe_content"),
    ("crafted/zipbomb_300MB.docx", 413, "too_large"),
    ("crafted/garbage.pdf", 415, "unsupported_format"),
    ("crafted/enc_user_rc4.pdf", 422, "encrypted"),
    ("crafted/empty.pdf", 422, "empty"),
    ("crafted/truncated.docx", 422, "corrupt"),
])
def test_serve_hostile_file_gets_its_error_code(server, badfiles_dir, name, status, code):
    response = server.post(badfiles_dir / name)
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    assert response.json()["message"]


def test_serve_hostile_file_beside_good_ones(server, badfiles_dir, corpus_dir):
    goods = [corpus_dir / "asker-produkt-2022.pdf", corpus_dir / "asker-produkt-2022.docx",
             corpus_dir / "budstikka-arbeid-er-terapi.pdf", SAMPLES / "fjordvekst-2023.docx"]
    hostile = badfiles_dir / "crafted/zipbomb_300MB.docx"
    with ThreadPoolExecutor(len(goods) + 1) as pool:
        futures = [pool.submit(server.post, path) for path in [*goods, hostile]]
        responses = [f.result() for f in futures]
    for path, response in zip(goods, responses):
        assert_valid_report(response, path.name)
    assert responses[-1].status_code == 413
    assert httpx.get(f"{server.url}/health").json()["alive"] == server.workers


def test_serve_upload_over_the_cap_is_413(server, tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + os.urandom(3 * 1024 * 1024))
    response = server.post(big)
    assert response.status_code == 413 and response.json()["code"] == "too_large"
    assert "2 MB" in response.json()["message"]
    assert server.post(SAMPLES / "fjordvekst-2023.docx").status_code == 200


def test_serve_upload_over_the_cap_without_length_is_413(server, tmp_path):
    def chunks():
        yield b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n"
        for _ in range(48):
            yield b"\0" * 65536
        yield b"\r\n--b--\r\n"
    response = httpx.post(f"{server.url}/extract", content=chunks(),
                          headers={"content-type": "multipart/form-data; boundary=b"}, timeout=60)
    assert response.status_code == 413 and response.json()["code"] == "too_large"


@pytest.mark.parametrize("kwargs, message", [
    ({"content": b"%PDF-1.7", "headers": {"content-type": "application/pdf"}}, "multipart/form-data"),
    ({"files": {"document": ("a.pdf", b"%PDF-1.7")}}, "field named 'file'"),
])
def test_serve_bad_request_is_400(server, kwargs, message):
    response = httpx.post(f"{server.url}/extract", timeout=30, **kwargs)
    assert response.status_code == 400 and response.json()["code"] == "bad_request"
    assert message in response.json()["message"]


def test_serve_openapi_health_and_schema(server):
    spec = httpx.get(f"{server.url}/openapi.json").json()
    body = spec["paths"]["/extract"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["required"] == ["file"] and body["properties"]["file"]["format"] == "binary"
    assert {"200", "413", "415", "422", "504"} <= set(spec["paths"]["/extract"]["post"]["responses"])
    assert "Report" in spec["components"]["schemas"]
    assert "swagger" in httpx.get(f"{server.url}/docs").text.lower()
    assert httpx.get(f"{server.url}/schema").json() == schemas.json_schema()
    health = httpx.get(f"{server.url}/health").json()
    assert health["status"] == "ok" and health["schema_version"] == schemas.SCHEMA_VERSION
    assert health["max_upload_mb"] == 2


def test_serve_timeout_is_504_and_the_worker_is_replaced(badfiles_dir):
    srv = Server("--timeout", "1", workers=1)
    try:
        srv.wait_ready()
        slow = srv.post(badfiles_dir / "public/pdf.js__freeculture.pdf")  # 352 pages: far over 1 s of work
        assert slow.status_code == 504 and slow.json()["code"] == "timeout"
        assert_valid_report(srv.post(SAMPLES / "nordheim-2023.docx", timeout=60), "nordheim-2023.docx")
    finally:
        srv.stop()


def worker_pids(server_pid: int) -> list[int]:
    from extractor.batch.limits import iter_descendants

    found = []
    for pid in iter_descendants(server_pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        if b"extractor.batch.worker" in cmdline:
            found.append(pid)
    return found


def test_serve_crashed_worker_is_500_and_replaced(badfiles_dir):
    srv = Server("--timeout", "120", workers=1)
    try:
        srv.wait_ready()
        [pid] = worker_pids(srv.proc.pid)
        threading.Timer(2.0, os.kill, (pid, signal.SIGSEGV)).start()
        long_pdf = badfiles_dir / "public/pdf.js__freeculture.pdf"  # long enough for the signal to land mid-document
        crashed = srv.post(long_pdf)
        assert crashed.status_code == 500 and crashed.json()["code"] == "crashed", crashed.text
        assert_valid_report(srv.post(SAMPLES / "nordheim-2023.docx", timeout=60), "nordheim-2023.docx")
        assert worker_pids(srv.proc.pid) != [pid]
    finally:
        srv.stop()


def test_serve_upload_name_over_255_bytes(server):
    """The name limit counted characters: 130 three-byte letters gave a plain-text 500."""
    name = "文" * 130 + ".docx"
    response = server.post(SAMPLES / "nordheim-2023.docx", name=name)
    assert response.status_code == 200, response.text[:300]
    path = response.json()["source"]["path"]
    assert path.endswith("文.docx") and len(path.encode()) <= 255


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/no/such/page", 404, "not_found"),
    ("POST", "/health", 405, "method_not_allowed"),
])
def test_serve_every_error_is_the_documented_json(server, method, path, status, code):
    response = httpx.request(method, f"{server.url}{path}", timeout=30)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["code"] == code and response.json()["message"]


def test_serve_unexpected_fault_is_json_500(monkeypatch):
    """A fault of ours inside a request is the documented {code, message}, not Starlette's text."""
    import asyncio

    import extractor.serve.app as serve

    async def broken(*args, **kwargs):
        raise RuntimeError("a bug of ours")

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=serve.create_app(), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.post("/extract", files={"file": ("a.pdf", b"%PDF-1.7")})

    monkeypatch.setattr(serve, "receive_upload", broken)
    response = asyncio.run(post())
    assert response.status_code == 500
    assert response.json() == {"code": "internal", "message": "RuntimeError: a bug of ours"}


def test_serve_docs_work_offline(server):
    """/docs loaded Swagger UI from a CDN (a blank page without internet): every asset it
    references is served here, and no page of the server names another host."""
    page = httpx.get(f"{server.url}/docs", timeout=30)
    assert page.status_code == 200 and "swagger" in page.text.lower()
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", page.text, re.IGNORECASE), page.text
    assets = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        response = httpx.get(f"{server.url}{asset}", timeout=30)
        assert response.status_code == 200 and response.content, asset
    assert httpx.get(f"{server.url}/redoc", timeout=30).status_code == 404  # ReDoc would load its fonts from a CDN
