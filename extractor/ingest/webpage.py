"""Word documents saved as a web page: HTML ("Webside") or MHT ("Webside, enkel fil"), often
with a .doc extension (common around 2000-2010). LibreOffice reads the HTML as a Writer
document (``convert``); an MHT is first unpacked here: its HTML part, into the conversion's
folder. Their pictures are not read (LibreOffice links them; a warning says how many).

Only a word processor's export is read: its HTML says so (Word's office namespaces, its
``ProgId``, or a Word or Writer ``Generator``). A plain web page (a saved site, an error page
served in place of a PDF) is no report and stays ``unsupported_format``: LibreOffice would
make a document of anything, and a web page's text is menus and links.

Nothing is fetched: a picture or style sheet on the web, or in a local file, stays unread
(the conversion's profile and network namespace, ``convert``).
"""
from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

from extractor.document import Format
from extractor.errors import Corrupt

_PICTURE = re.compile(rb"<img\b", re.IGNORECASE)  # Word writes a <v:imagedata> with an <img> fallback
_SOFT_BREAK = re.compile(rb"=\r?\n")  # quoted-printable line continuation
_MIME = re.compile(rb"^(?:mime-version:|content-type:\s*multipart/related)", re.IGNORECASE | re.MULTILINE)
_HTML = re.compile(rb"<html|<!doctype html|<body", re.IGNORECASE)
_WORD_PROCESSOR = re.compile(
    rb"urn:schemas-microsoft-com:office:word"
    rb"|name=[\"']?progid[\"']?\s+content=[\"']?word\.document"
    rb"|name=[\"']?generator[\"']?\s+content=[\"']?(?:microsoft word|(?:libreoffice|openoffice\.org|staroffice)\b)",
    re.IGNORECASE)


def _unquoted(head: bytes) -> bytes:
    """``head`` with quoted-printable's soft line breaks and escaped "=" undone (enough to
    find the markers in an MHT's HTML part)."""
    return _SOFT_BREAK.sub(b"", head).replace(b"=3D", b"=").replace(b"=3d", b"=")


def _eight_bit(data: bytes) -> bytes:
    """``data`` as UTF-8 when it is UTF-16 with a byte-order mark (Word's "Unicode" encoding)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "ignore").encode("utf-8")
    return data


def word_web_format(head: bytes) -> Format | None:
    """HTML or MHT when ``head`` (a file's leading bytes) is a word processor's web-page
    export; None for anything else, a plain web page included."""
    text = _eight_bit(head).lstrip(b"\xef\xbb\xbf \t\r\n")
    if _MIME.search(text[:2048]):  # a web archive's headers (a browser's may put From: first)
        text = _unquoted(text)
        return Format.MHT if _HTML.search(text) and _WORD_PROCESSOR.search(text) else None
    if _HTML.search(text[:1024]) and _WORD_PROCESSOR.search(text):
        return Format.HTML
    return None


def unpack_mht(path: Path, folder: Path) -> Path:
    """The MHT's HTML part as ``folder/input.htm`` (``folder`` is made); raises Corrupt when
    there is none. Its other parts (pictures) are left out: LibreOffice links a web page's
    pictures, it does not embed them, so the DOCX would only point at files we made."""
    with path.open("rb") as fh:
        message = email.message_from_binary_file(fh, policy=email.policy.compat32)
    html = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if html is None:
        raise Corrupt("a web archive (MHT) without an HTML part")
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "input.htm"
    out.write_bytes(html.get_payload(decode=True) or b"")
    return out


def picture_count(path: Path) -> int:
    """Pictures the web page (HTML or MHT) shows: Word writes an ``<img>`` beside each VML
    picture. The conversion does not carry them into the document."""
    return len(_PICTURE.findall(_unquoted(_eight_bit(path.read_bytes()))))
