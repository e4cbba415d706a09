"""Word documents saved as web pages, written here: Word's HTML ("Webside") and the one-file web
archive (MHT, "Webside, enkel fil") around it, as Word 2003 wrote them. No tests here."""
from __future__ import annotations

import base64
import quopri

WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<link rel=File-List href="aarsmelding_files/filelist.xml">
{head}<title>Årsmelding</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
 </w:WordDocument>
</xml><![endif]-->
<style>
p.MsoNormal {{margin:0cm; font-size:12.0pt; font-family:"Times New Roman";}}
@page Section1 {{size:595.3pt 841.9pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.Section1 {{page:Section1;}}
</style>
</head>
<body lang=NO-BOK style='tab-interval:35.4pt'>
<div class=Section1>
{body}
</div>
</body>
</html>
"""
BOUNDARY = "----=_NextPart_01C4A1B2.3C4D5E60"
HTML_LOCATION = "file:///C:/Dokumenter/aarsmelding.htm"


def word_html(body: str, head: str = "") -> bytes:
    """A Word 2003 web page around ``body`` (HTML), in Windows-1252 as Word saved it."""
    return WORD_HTML.format(head=head, body=body).encode("cp1252")


def web_archive(html: bytes, parts: list[tuple[str, str, bytes]] = (), location: str = HTML_LOCATION) -> bytes:
    """A one-file web archive: ``html`` quoted-printable, then each (location, type, data) part
    in base64, as Word writes them."""
    lines = ["MIME-Version: 1.0", f'Content-Type: multipart/related; boundary="{BOUNDARY}"', "",
             "This document is a Single File Web Page, also known as a Web Archive file.", "",
             f"--{BOUNDARY}", f"Content-Location: {location}", "Content-Transfer-Encoding: quoted-printable",
             'Content-Type: text/html; charset="windows-1252"', "",
             quopri.encodestring(html).decode("ascii")]
    for part_location, content_type, data in parts:
        lines += [f"--{BOUNDARY}", f"Content-Location: {part_location}", "Content-Transfer-Encoding: base64",
                  f"Content-Type: {content_type}", "", base64.encodebytes(data).decode("ascii")]
    lines += [f"--{BOUNDARY}--", ""]
    return "\r\n".join(lines).encode("ascii")
