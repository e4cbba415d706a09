"""Mechanics of the seventeenth held-out set that the earlier sets lack, over their own:

- a CMS page (``h5_web``'s site frame) with a cookie banner above the menu and the site footer
  (address, org.nr) fixed at the foot of every printed page, as a browser prints a page whose
  footer is ``position: fixed``;
- a plain-text rendition: the Word document's paragraphs written as a hard-wrapped .txt (as an
  e-mail is typed) and turned into a PDF by LibreOffice, beside the DOCX itself.

Report keys read here: ``site["cookie"]`` (banner lines), ``site["fixed_footer"]`` (one line) and
``plaintext`` (true: the "pdf" rendition is the text file's PDF, not the DOCX's).
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import h5_web
from make_heldout import soffice
from make_samples import docx_bytes_reproducible

FRAME_CSS = """
@page { margin-bottom: 26mm; }
.cookie { border: 1px solid #999; background: #f3f3f3; padding: 5pt 7pt; font-size: 8pt; margin-bottom: 8pt; }
.cookie .btn { display: inline-block; border: 1px solid #555; padding: 1pt 6pt; margin: 3pt 6pt 0 0; }
.fixfoot { position: fixed; bottom: -10mm; left: 0; right: 0; font-size: 7pt; color: #555;
           border-top: 0.6pt solid #aaa; padding-top: 2pt; }
"""


def html_document(report: dict, gold) -> str:
    """``h5_web``'s page with the cookie banner first in the body and a footer on every page."""
    page = h5_web.html_document(report, gold)
    site = report.get("site") or {}
    extra = ""
    if site.get("cookie"):
        lines, buttons = site["cookie"]
        extra += ('<div class="cookie">' + "<br>".join(h5_web._esc(gold.render(l)) for l in lines) + "<br>"
                  + "".join(f'<span class="btn">{h5_web._esc(gold.render(b))}</span>' for b in buttons) + "</div>\n")
    if site.get("fixed_footer"):
        extra += f'<div class="fixfoot">{h5_web._esc(gold.render(site["fixed_footer"]))}</div>\n'
    page = page.replace("</style>", FRAME_CSS + "</style>", 1)
    return page.replace("<body>\n", "<body>\n" + extra, 1)


def plain_text(document, width: int = 72) -> str:
    """The document's paragraphs, each wrapped at ``width`` like a typed e-mail, a blank line between."""
    paras = [p.text for p in document.paragraphs]
    out = []
    for text in paras:
        out.append("\n".join(textwrap.wrap(text, width)) if text.strip() else "")
    return "\n\n".join(t for t in out if t) + "\n"


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A plain-text report: its DOCX and the PDF of its text file; a browser report: ``h5_web``'s print."""
    if not report.get("plaintext"):
        return h5_web.print_page(report, document, tmp, out_dir)
    name = report["name"]
    (out_dir / f"{name}.docx").write_bytes(docx_bytes_reproducible(document))
    txt = tmp / f"{name}.txt"
    txt.write_text(plain_text(document), encoding="utf-8")
    soffice([txt], out_dir, "pdf")
    return True
