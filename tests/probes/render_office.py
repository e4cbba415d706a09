"""LibreOffice renditions of probes: DOCX and web pages converted to PDF in a private profile, a
probe's items written as a landscape web page (``html``) and its own ``Html`` markup as one page
(``web``)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from probes.spec import H, P, T, Html, Li, Probe, Side

FONT = "DejaVu Sans"


def probe_to_web(probe: Probe, path: Path) -> Path:
    """The probe's ``Html`` items as one web page (UTF-8, DejaVu Sans, the first item's page size)."""
    parts = [item for item in probe.items if isinstance(item, Html)]
    page = parts[0].page if parts else "A4"
    title = f"<h1>{escape(probe.title, quote=False)}</h1>" if probe.title else ""
    path.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page {{ size: {page}; margin: 15mm }} '
        f'body {{ font-family: "{FONT}"; font-size: 10pt }}</style></head><body>{title}'
        + "".join(item.markup for item in parts) + "</body></html>", encoding="utf-8")
    return path



def docx_to_pdfs(paths: list[Path], out_dir: Path, timeout_s: float = 900) -> None:
    """LibreOffice converts them (DOCX and web pages) in a few runs (``SOFFICE_BATCH``); a
    private profile keeps it apart from any other."""
    if paths:
        _soffice(["--convert-to", "pdf"], paths, out_dir, timeout_s)


SOFFICE_BATCH = 100  # files per soffice run: one run given 254 files converted only the first 246


def _soffice(args: list[str], paths: list[Path], out_dir: Path, timeout_s: float) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to render the PDF probes")
    with tempfile.TemporaryDirectory(prefix="probe-lo-") as profile:
        for start in range(0, len(paths), SOFFICE_BATCH):
            subprocess.run([soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                            *args, "--outdir", str(out_dir), *map(str, paths[start:start + SOFFICE_BATCH])],
                           check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=timeout_s)


HTML_PAGE = "@page { size: 29.7cm 21cm; margin: 1.5cm }"  # A4 landscape


def probe_to_html(probe: Probe, path: Path) -> Path:
    """The items as a web page (headings, paragraphs, borderless or ruled tables, layout cells)
    on a landscape page, as a report saved from a web editor."""
    body = [f"<h1>{escape(probe.title, quote=False)}</h1>"] if probe.title else []
    body += [_html(item) for item in probe.items]
    path.write_text(f'<html><head><meta charset="utf-8"><style>{HTML_PAGE}</style></head><body>\n'
                    + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")
    return path


def _html(item) -> str:
    if isinstance(item, H):
        return f"<h{item.level}>{escape(item.text, quote=False)}</h{item.level}>"
    if isinstance(item, P):
        text = "<br>".join(escape(line, quote=False) for line in item.text.split("\n"))
        text = f'<span style="font-size:{item.size}pt">{text}</span>' if item.size else text
        align = ' align="center"' if item.centered else ""
        return f"<p{align}>{'<b>' + text + '</b>' if item.bold else text}</p>"
    if isinstance(item, Li):
        return f"<ul><li>{escape(item.text, quote=False)}</li></ul>"
    if isinstance(item, T):
        rows = []
        for r, row in enumerate(item.rows):
            cells = []
            for c, text in enumerate(row):
                align = ' align="right"' if item.right_aligned and c else ""
                rule = (f' style="border-bottom: {"0.8pt solid #2d5016" if r == 0 else "0.6pt solid #bbbbbb"}"'
                        if item.hairlines else "")
                if r == 0 and item.hairlines == "caps":
                    text = f'<span style="font-size:7pt; color:#777777">{escape(text.upper(), quote=False)}</span>'
                elif r == 0 and item.bold_header and not item.hairlines and text:
                    text = f"<b>{escape(text, quote=False)}</b>"
                else:
                    text = escape(text, quote=False)
                cells.append(f"<td{align}{rule}>{text}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        width = ' width="100%"' if item.hairlines else ""
        ruled = 1 if item.ruled and not item.hairlines else 0
        return f'<table{width} border="{ruled}" cellpadding="3" cellspacing="0">{"".join(rows)}</table>'
    if isinstance(item, Side):
        cells = ("".join(_html(i) for i in items) for items in (item.left, item.right))
        spacing, justify = ('cellpadding="4" cellspacing="0"', (' style="text-align: justify"', "")) if item.close \
            else ('cellpadding="6"', ("", ""))
        widths = (round(100 * share / sum(item.split)) for share in item.split)
        return (f'<table width="100%" border="0" {spacing}><tr>'
                + "".join(f'<td valign="top" width="{width}%"{style}>{cell}</td>'
                          for cell, width, style in zip(cells, widths, justify))
                + "</tr></table>")
    raise TypeError(f"no web page rendition of {item!r}")


def html_to_pdfs(paths: list[Path], out_dir: Path, timeout_s: float = 900) -> None:
    """Web pages to PDF through LibreOffice Writer's HTML import (Writer/Web's own export
    leaves the page's first paragraph out)."""
    if paths:
        _soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"], paths, out_dir, timeout_s)
