"""Word documents saved as web pages (HTML, one-file MHT), named .doc as they often were, are
read through LibreOffice; a plain web page stays unsupported_format; nothing in them is
fetched."""
from __future__ import annotations

import pytest

from extractor.document import Format
from extractor.errors import Corrupt, UnsupportedFormat
from extractor.ingest import convert, load
from extractor.ingest.detect import sniff
from extractor.ingest.webpage import unpack_mht
from extractor.settings import DEFAULT_SETTINGS
from test_convert_offline import RequestCounter
from word_web_pages import web_archive, word_html

BODY = """<h1>Årsmelding 2004 for Fjellvind Idrettslag</h1>
<p class=MsoNormal>Styret har bestått av leder Kari Nordmann og nestleder Ola Hansen.</p>
<table class=MsoTableGrid border=1>
<tr><td><p class=MsoNormal>Post</p></td><td><p class=MsoNormal>2004</p></td></tr>
<tr><td><p class=MsoNormal>Driftsinntekter</p></td><td><p class=MsoNormal>1 234 567</p></td></tr>
</table>"""
FILTERED_PAGE = (b"<html>\r\n<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n"
                 b"<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\r\n</head>"
                 b"<body><p>Styret</p></body></html>")
PLAIN_PAGE = b"<!DOCTYPE html><html><head><title>Forsiden</title></head><body><a href='/om'>Om oss</a></body></html>"
WRITER_PAGE = (b'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>'
               b'<meta name="generator" content="LibreOffice 6.4.7.2 (Linux)"></head><body><p>Styret</p></body></html>')


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data, fmt", [
    (word_html(BODY), Format.HTML),
    (word_html(BODY).replace(b"\n", b"\r\n"), Format.HTML),
    (b"\xef\xbb\xbf" + word_html(BODY), Format.HTML),
    (b"\xff\xfe" + word_html(BODY).decode("cp1252").encode("utf-16-le"), Format.HTML),
    (WRITER_PAGE, Format.HTML),
    (FILTERED_PAGE, Format.HTML),
    (web_archive(word_html(BODY)), Format.MHT),
])
def test_webpage_word_export_named_doc_is_sniffed(tmp_path, data, fmt):
    assert sniff(_write(tmp_path, "aarsmelding.doc", data), DEFAULT_SETTINGS) is fmt


@pytest.mark.parametrize("data", [PLAIN_PAGE, web_archive(PLAIN_PAGE), b"<html><body>404 Not Found</body></html>"])
def test_webpage_plain_web_page_stays_unsupported(tmp_path, data):
    with pytest.raises(UnsupportedFormat):
        sniff(_write(tmp_path, "aarsmelding.doc", data), DEFAULT_SETTINGS)


def test_webpage_mht_html_part_is_unpacked_alone(tmp_path):
    html = word_html(BODY)
    archive = web_archive(html, [("file:///C:/Dokumenter/aarsmelding_files/image001.png", "image/png", b"\x89PNG"),
                                 ("file:///C:/Windows/system.ini", "image/png", b"x")])
    out = unpack_mht(_write(tmp_path, "a.mht", archive), tmp_path / "page")
    assert out.read_bytes().rstrip() == html.rstrip()
    assert [p.name for p in (tmp_path / "page").iterdir()] == ["input.htm"]


def test_webpage_mht_without_html_part_is_corrupt(tmp_path):
    archive = web_archive(b"", []).replace(b"text/html", b"text/plain")
    with pytest.raises(Corrupt, match="without an HTML part"):
        unpack_mht(_write(tmp_path, "a.mht", archive), tmp_path / "page")


def _wrapped(data: bytes, wrap: str) -> bytes:
    if wrap == "utf-16":
        return b"\xff\xfe" + data.decode("cp1252").replace("windows-1252", "unicode").encode("utf-16-le")
    return web_archive(data) if wrap == "mht" else data


@pytest.mark.needs_soffice
@pytest.mark.parametrize("wrap, fmt", [("html", Format.HTML), ("utf-16", Format.HTML), ("mht", Format.MHT)])
def test_webpage_word_export_is_read_through_libreoffice(tmp_path, wrap, fmt):
    data = word_html(BODY + '<p class=MsoNormal><img width=96 height=48 src="aarsmelding_files/image001.gif"></p>')
    doc = load(_write(tmp_path, "aarsmelding.doc", _wrapped(data, wrap)))
    assert doc.source.format is fmt and doc.source.converted_from is fmt
    text = " ".join(b.text for b in doc.blocks())
    assert "Årsmelding 2004 for Fjellvind Idrettslag" in text and "leder Kari Nordmann" in text
    assert [r for t in doc.tables() for r in t.text_rows()] == [["Post", "2004"], ["Driftsinntekter", "1 234 567"]]
    assert doc.source.warnings == ["1 picture(s) of the document saved as a web page were not read"]


@pytest.mark.needs_soffice
@pytest.mark.parametrize("jail", [True, False])
def test_webpage_links_make_no_request(tmp_path, monkeypatch, jail):
    counter = RequestCounter()
    counter.start()
    head = f'<link rel=Stylesheet href="{counter.url}/stil.css">\n<script src="{counter.url}/s.js"></script>\n'
    body = (BODY + f'<p><img src="{counter.url}/logo.png"><a href="{counter.url}/mer">les mer</a></p>'
            f'<iframe src="{counter.url}/ramme.html"></iframe>')
    if not jail:
        monkeypatch.setattr(convert, "network_jail", lambda: ())  # a system where unshare is not permitted
    try:
        for name, data in (("a.doc", word_html(body, head)), ("b.doc", web_archive(word_html(body, head)))):
            assert "Kari Nordmann" in " ".join(b.text for b in load(_write(tmp_path, name, data)).blocks())
    finally:
        counter.sock.close()
    assert counter.requests == []
