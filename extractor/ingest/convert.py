"""Legacy and other word-processor formats (.doc, .odt, .rtf, Word's web pages, ``webpage``):
converted to DOCX by LibreOffice headless, then read by ``load_docx``.

Each conversion runs in its own temporary folder with its own LibreOffice profile
(``-env:UserInstallation``), so parallel conversions never share a lock or a profile, and in its
own process group, so a time-out kills soffice.bin and every helper it started; coreutils
``timeout`` kills that group a little later even when the process that started it is gone.

No conversion reaches the network: soffice runs in a new, empty network namespace where the
system allows one (``unshare``), and its profile (``libreoffice-offline.xcu``) blocks linked
content and removes the http/WebDAV/FTP content providers either way. The folder (a copy of
the input, the profile, LibreOffice's temporary files) is named after the process that made
it; a folder whose process is gone (killed mid-conversion) is removed by the next conversion
and by the batch after it kills a worker.
"""
from __future__ import annotations

import functools
import logging
import mmap
import os
import re
import shutil
import signal
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

from extractor.document import Document, Format, SourceInfo
from extractor.errors import ConversionFailed, Corrupt, Encrypted, MissingDependency, Timeout, tool_failure
from extractor.ingest import officezip
from extractor.ingest.webpage import picture_count, unpack_mht
from extractor.parse import ascii_int
from extractor.settings import Settings

log = logging.getLogger(__name__)

SOFFICE_NAMES = ("soffice", "libreoffice")
INSTALL_HINT = (
    "LibreOffice is needed to read .doc, .odt and .rtf files; install it "
    "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui, or libreoffice-writer)"
)
_PASSWORD_HINTS = ("password", "passwort", "encrypted")
WORKDIR_PREFIX = "extractor-lo-"  # then the owning process id and a random part
HARD_LIMIT_GRACE_S = 10
_RTF_BIN = re.compile(rb"\\bin(-?\d{1,20})")


def find_soffice() -> str | None:
    return next((found for name in SOFFICE_NAMES if (found := shutil.which(name))), None)


@functools.cache
def network_jail() -> tuple[str, ...]:
    """A command prefix that runs a program in a new network namespace (no interface but a
    loopback that is down): ``unshare -rn`` (a user namespace, no privilege needed) or
    ``unshare -n`` (root); empty, with a logged warning, when the system allows neither."""
    exe = shutil.which("unshare")
    for flags in (("-rn",), ("-n",)) if exe else ():
        try:
            if subprocess.run([exe, *flags, "true"], capture_output=True, timeout=30).returncode == 0:
                return (exe, *flags)
        except (OSError, subprocess.TimeoutExpired):
            continue
    log.warning("LibreOffice runs without network isolation (unshare is missing or not permitted); "
                "its profile still blocks remote content")
    return ()


def write_profile(workdir: Path) -> None:
    """The conversion's private LibreOffice profile, seeded with the offline settings."""
    user = workdir / "profile" / "user"
    user.mkdir(parents=True)
    offline = resources.files("extractor.ingest").joinpath("libreoffice-offline.xcu").read_bytes()
    (user / "registrymodifications.xcu").write_bytes(offline)


def hard_limit(timeout_s: float) -> list[str]:
    """``timeout -s KILL`` a little past ``timeout_s``: kills soffice's process group even when
    the process that started it was killed first and can no longer enforce its own time-out."""
    exe = shutil.which("timeout")
    return [exe, "-s", "KILL", f"{timeout_s + HARD_LIMIT_GRACE_S:g}"] if exe else []


def soffice_command(exe: str, source: Path, workdir: Path, timeout_s: float) -> list[str]:
    return [
        *network_jail(),
        *hard_limit(timeout_s),
        exe,
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        "--nodefault",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(workdir / "out"),
        str(source),
    ]


def run_soffice(cmd: list[str], workdir: Path, timeout_s: float) -> subprocess.CompletedProcess:
    """Run LibreOffice in its own session; on time-out kill the whole process group."""
    (workdir / "tmp").mkdir(exist_ok=True)
    # nothing lands in the real user's home, and LibreOffice's own temporary files stay in the folder
    env = dict(os.environ, HOME=str(workdir), TMPDIR=str(workdir / "tmp"))
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        cwd=workdir, env=env, start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise Timeout(f"LibreOffice did not finish converting within {timeout_s:.0f} s") from None
    finally:
        kill_leftovers(proc.pid)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def kill_leftovers(pgid: int) -> None:
    """soffice.bin may leave helpers in the group after the wrapper exits."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already gone: nothing left to kill


def convert_to_docx(path: Path, fmt: Format, workdir: Path, settings: Settings) -> Path:
    """Convert ``path`` into ``workdir/out/input.docx``; raises MissingDependency, Timeout,
    Encrypted or ConversionFailed."""
    exe = find_soffice()
    if exe is None:
        raise MissingDependency(INSTALL_HINT)
    # A fixed, plain name: LibreOffice picks filters partly by extension, and odd characters in
    # user file names never reach its command line.
    if fmt is Format.MHT:
        source = unpack_mht(path, workdir / "page")  # a folder of its own, apart from the profile
    else:
        source = workdir / f"input.{fmt.value}"
        shutil.copyfile(path, source)
    write_profile(workdir)
    timeout_s = settings.conversion_timeout_s
    result = run_soffice(soffice_command(exe, source, workdir, timeout_s), workdir, timeout_s)
    out = workdir / "out" / "input.docx"
    if out.is_file() and out.stat().st_size > 0:
        return out
    message = (result.stderr or b"").decode("utf-8", "replace").strip().splitlines()
    detail = message[-1] if message else tool_failure("LibreOffice", result.returncode, b"")
    if any(hint in detail.lower() for hint in _PASSWORD_HINTS):
        raise Encrypted(f"LibreOffice could not open the document: {detail}")
    raise ConversionFailed(f"LibreOffice could not convert the {fmt.value} file: {detail}")


def check_rtf(path: Path) -> None:
    """Refuse an RTF whose ``\\binN`` declares more bytes than the file holds: LibreOffice
    spends minutes and gigabytes on one (``\\bin100000000`` in a 30-byte file)."""
    size = path.stat().st_size
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for match in _RTF_BIN.finditer(data):
            if int(match[1]) > size - match.end():
                raise Corrupt(f"the RTF declares {int(match[1])} bytes of binary data (\\bin) past the end of the file")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def sweep_stale_workdirs(root: Path | None = None) -> list[Path]:
    """Remove this user's conversion folders whose process is gone: a worker killed
    mid-conversion (timeout, memory cap, kill -9) never ran its cleanup."""
    removed = []
    for entry in Path(root or tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}*-*"):
        pid = ascii_int(entry.name[len(WORKDIR_PREFIX):].split("-", 1)[0])
        try:
            stale = pid is not None and entry.lstat().st_uid == os.getuid() and not _process_alive(pid)
        except OSError:
            continue  # removed meanwhile by another sweeper
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def load_via_libreoffice(path: Path, source: SourceInfo, settings: Settings) -> Document:
    """Read .doc/.odt/.rtf/HTML/MHT through a LibreOffice conversion; ``source.format`` stays the
    original format and ``source.converted_from`` records it."""
    path = Path(path)
    if source.format is Format.ODT:
        # XXE and zip bombs are refused before LibreOffice parses anything
        officezip.open_package(path, settings).close()
    elif source.format is Format.RTF:
        check_rtf(path)
    sweep_stale_workdirs()
    from extractor.ingest.docx import load_docx  # not at import: the batch parent sweeps workdirs without it

    with tempfile.TemporaryDirectory(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-") as tmp:
        docx_path = convert_to_docx(path, source.format, Path(tmp), settings)
        source.converted_from = source.format
        if source.format in (Format.HTML, Format.MHT) and (pictures := picture_count(path)):
            source.warnings.append(f"{pictures} picture(s) of the document saved as a web page were not read")
        return load_docx(docx_path, source, settings)
