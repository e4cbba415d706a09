"""LibreOffice conversions of hostile files built here: linked images and links make no
network request (through extract, batch and serve), and a conversion killed midway leaves
no folder holding a copy of the input."""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch.limits import kill_tree
from extractor.batch.manifest import iter_records
from extractor.cli import app
from extractor.errors import Corrupt
from extractor.ingest import convert, load
from extractor.settings import Settings
from hostile_files import write_odt
from test_convert_libreoffice import soffice_convert

pytestmark = pytest.mark.needs_soffice
TEXT = "Styret takker alle frivillige"


class RequestCounter:
    """A TCP listener on 127.0.0.1 that records the first line of every connection made to it.
    Bound at once, listening only after ``start``: until then connections are refused."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: list[str] = []

    def start(self) -> None:
        self.sock.listen(16)
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return  # closed
            with conn:
                conn.settimeout(5)
                try:
                    self.requests.append(conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1"))
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    self.requests.append("(connection)")


def linked_odt(path: Path, url: str) -> Path:
    """An ODT with a linked (not embedded) image, a linked section and a hyperlink to ``url``."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    content = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">
<office:body><office:text><text:p>{TEXT}. <text:a xlink:type="simple" xlink:href="{url}/link">les mer</text:a></text:p>
<text:p><draw:frame draw:name="logo" svg:width="2cm" svg:height="2cm"><draw:image xlink:href="{url}/logo.png"
 xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<text:section text:name="vedlegg"><text:section-source xlink:href="{url}/vedlegg.odt" xlink:type="simple"/></text:section>
</office:text></office:body></office:document-content>"""
    return write_odt(path, content)


def linked_rtf(path: Path, url: str) -> Path:
    path.write_text(r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 " + TEXT + r".\par"
                    r"{\field{\*\fldinst INCLUDEPICTURE " + f'"{url}/bilde.png"' + r"}{\fldrslt }}\par"
                    r"{\field{\*\fldinst HYPERLINK " + f'"{url}/lenke"' + r"}{\fldrslt lenke}}\par}")
    return path


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """(counter, [.odt, .doc, .rtf]) whose links all point at the counter."""
    folder = tmp_path_factory.mktemp("linked")
    counter = RequestCounter()
    odt = linked_odt(folder / "lenket.odt", counter.url)
    doc = soffice_convert(odt, "doc", folder / "doc")  # made while the counter refuses connections
    files = [odt, doc, linked_rtf(folder / "lenket.rtf", counter.url)]
    counter.start()
    yield counter, files
    counter.sock.close()


def test_convert_linked_content_makes_no_request_in_extract(linked):
    # LibreOffice fetched the linked image of the .odt and .doc (OPTIONS, HEAD, GET) from any URL
    counter, files = linked
    for path in files:
        assert TEXT in " ".join(b.text for b in load(path).blocks()), path.name
    assert counter.requests == []


def test_convert_profile_alone_makes_no_request(linked, monkeypatch):
    counter, files = linked
    monkeypatch.setattr(convert, "network_jail", lambda: ())  # a system where unshare is not permitted
    for path in files:
        load(path)
    assert counter.requests == []


def test_convert_network_namespace_alone_makes_no_request(linked, monkeypatch, tmp_path):
    counter, files = linked
    if not convert.network_jail():
        pytest.skip("unshare cannot make a network namespace here; the profile test covers this system")
    monkeypatch.setattr(convert, "write_profile", lambda workdir: (workdir / "profile").mkdir())  # LibreOffice's defaults
    for path in files:
        load(path)
    assert counter.requests == []


def test_convert_linked_content_makes_no_request_in_batch(linked, tmp_path):
    counter, files = linked
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", *map(str, files), "--out", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert sorted(r.status for r in iter_records(out / "manifest.jsonl")) == ["ok"] * 3
    assert counter.requests == []


def test_convert_linked_content_makes_no_request_in_serve(linked):
    from test_serve_http import Server

    counter, files = linked
    server = Server("--timeout", "240", workers=1)
    try:
        server.wait_ready()
        for path in files:
            assert server.post(path).status_code == 200, path.name
    finally:
        server.stop()
    assert counter.requests == []


# --- folders of killed conversions ------------------------------------------------------------

def slow_rtf(path: Path, paragraphs: int = 30_000) -> Path:
    """An RTF that takes LibreOffice seconds to convert: time to kill it midway."""
    body = "".join(rf"Avsnitt {i} om driften og styrets arbeid i året.\par " for i in range(paragraphs))
    path.write_text(r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 " + body + "}")
    return path


def conversion_folders(root: Path) -> list[Path]:
    return sorted(root.glob("extractor-lo-*"))


@pytest.fixture()
def private_tmp(tmp_path, monkeypatch) -> Path:
    """TMPDIR (of this process and its children) pointed at an empty folder."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setenv("TMPDIR", str(root))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return root


def test_convert_folder_of_a_killed_conversion_is_swept(private_tmp, tmp_path):
    # the folder (with a copy of the input) stayed in /tmp for good when the process was killed
    code = f"from extractor.ingest import load; load({str(slow_rtf(tmp_path / 'lang.rtf'))!r})"
    child = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    deadline = time.monotonic() + 120
    while not conversion_folders(private_tmp) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.1)
    (left,) = conversion_folders(private_tmp)
    kill_tree(child.pid)
    child.wait()
    assert left.is_dir() and (left / "input.rtf").is_file()  # what the kill leaves behind
    assert TEXT in " ".join(b.text for b in load(linked_rtf(tmp_path / "neste.rtf", "http://127.0.0.1:9")).blocks())
    assert conversion_folders(private_tmp) == []


def test_convert_batch_timeout_leaves_no_conversion_folder(private_tmp, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(slow_rtf(tmp_path / "lang.rtf")), "--out", str(out),
                                      "--workers", "1", "--timeout", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert [r.code for r in iter_records(out / "manifest.jsonl")] == ["timeout"]
    assert conversion_folders(private_tmp) == []


# --- LibreOffice hangs ----------------------------------------------------------------------

BIN_PAST_END = r"{\rtf1\ansi Styret takker \bin100000000 alle}"  # 100 MB of binary data declared in 45 bytes


def test_convert_rtf_binary_past_the_end_is_corrupt(tmp_path):
    # LibreOffice spent minutes and gigabytes on it: the batch's time limit, a hung extract (fuzz)
    path = tmp_path / "bin.rtf"
    path.write_text(BIN_PAST_END)
    with pytest.raises(Corrupt, match="past the end"):
        load(path, Settings(conversion_timeout_s=20))


def soffice_processes(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isascii() and entry.name.isdigit() and marker in (entry / "cmdline").read_text():
                found.append(int(entry.name))
        except OSError:
            continue  # ended meanwhile
    return found


def test_convert_soffice_dies_with_its_time_limit_after_its_parent(private_tmp, tmp_path):
    # a process killed mid-conversion left soffice running with no time limit (20 minutes, 1.3 GB, on)
    path = tmp_path / "bin.rtf"
    path.write_text(BIN_PAST_END)
    code = ("import sys, tempfile; from pathlib import Path; from extractor.document import Format\n"
            "from extractor.ingest.convert import convert_to_docx; from extractor.settings import Settings\n"
            f"convert_to_docx(Path({str(path)!r}), Format.RTF, Path(tempfile.mkdtemp(prefix='extractor-lo-')), "
            "Settings(conversion_timeout_s=3))")
    child = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 120
    while not soffice_processes(str(private_tmp)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert soffice_processes(str(private_tmp)), "soffice did not start"
    child.kill()  # the parent alone, as a user's kill -9 or an OOM kill would
    child.wait()
    deadline = time.monotonic() + 3 + 40  # the conversion's time limit, then a grace
    while soffice_processes(str(private_tmp)) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = soffice_processes(str(private_tmp))
    for pid in left:
        kill_tree(pid)
    assert left == []
