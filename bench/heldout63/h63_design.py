"""The sixty-third set's designer-made report: a page of HTML and CSS of its own (a cover band, a
left rail of people and facts beside the main text, statements as light tables with a hairline
above the totals), printed by Chromium. Gold is registered as the items are written
(``gold.render`` for every text), as the Word renderers do.

Items (tuples; the last element may be a dict of options):

    ("cover", kicker, title, subtitle)    the cover band            -> title is a gold heading
    ("h", text)                           a section heading         -> gold heading
    ("p", text)   ("lead", text)          body text, an opening paragraph in large type
    ("rail", [(caption, [(name, role)])], [main items])  people in a left rail (role in small capitals
                                          under the name), the main items beside it
    ("stmt", Statement, {title})          a statement table, totals with a hairline above
    ("quote", text, who)                  a pull quote
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.45; color: #1d2a33; margin: 0; }
.cover { background: #0f4c5c; color: #fff; padding: 16mm 12mm 10mm 12mm; margin-bottom: 8mm; }
.cover .kicker { font-size: 8pt; letter-spacing: 2pt; text-transform: uppercase; opacity: .8; }
.cover h1 { font-family: 'DejaVu Serif', serif; font-size: 26pt; font-weight: normal; margin: 3mm 0 2mm 0; }
.cover .sub { font-size: 10pt; }
h2 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 14pt; color: #0f4c5c; margin: 7mm 0 2mm 0; }
p { margin: 0 0 2.5mm 0; }
p.lead { font-size: 11pt; line-height: 1.5; color: #0f4c5c; }
.layout { display: grid; grid-template-columns: 48mm 1fr; column-gap: 9mm; }
.rail { border-right: 0.5pt solid #9bb; padding-right: 5mm; font-size: 8.5pt; }
.rail .cap { font-size: 7pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #e36414; margin: 5mm 0 1.5mm 0; }
.rail .who { margin-bottom: 2mm; }
.rail .who .role { display: block; font-variant: small-caps; color: #557; }
table.fin { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm 0; font-size: 8.5pt; }
table.fin th { font-weight: normal; color: #557; text-align: right; border-bottom: 1pt solid #0f4c5c; padding: 1mm 2mm; }
table.fin th:first-child { text-align: left; }
table.fin td { padding: 0.8mm 2mm; text-align: right; white-space: nowrap; }
table.fin td:first-child { text-align: left; white-space: normal; }
table.fin tr.total td { border-top: 0.5pt solid #1d2a33; font-weight: bold; }
table.fin tr.head td { font-weight: bold; color: #0f4c5c; padding-top: 2.5mm; }
.st-title { font-weight: bold; color: #0f4c5c; font-size: 10pt; margin-top: 4mm; }
.st-note { font-size: 7.5pt; color: #557; }
blockquote { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 11pt; color: #e36414;
             border-left: 2pt solid #e36414; margin: 4mm 0; padding-left: 4mm; }
blockquote .by { display: block; font-style: normal; font-size: 8pt; color: #557; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def statement_html(gold, st, title: str | None) -> str:
    gold.statements.append(st)
    parts = []
    if title:
        text = gold.render(title)
        gold.headings.append(text)
        parts.append(f'<div class="st-title">{_esc(text)}</div>')
    if st.above:
        parts.append(f'<div class="st-note">{_esc(gold.render(st.above))}</div>')
    header = [gold.render(h) for h in st.header_row()]
    gold.row_texts.append(" | ".join(header))
    if st.gold_rows and any(h.strip() for h in header):
        gold.table_rows.append([h for h in header if h.strip()])
    rows = ['<table class="fin"><tr>' + "".join(f"<th>{_esc(h)}</th>" for h in header) + "</tr>"]
    for line, cells in st.body_rows():
        label = gold.strip(cells[0])
        printed = [gold.render(c, about=label or None) for c in cells]
        gold.row_texts.append(" | ".join(printed))
        if st.gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        cls = "head" if line.is_head else ("total" if line.key else "")
        rows.append(f'<tr class="{cls}">' + "".join(f"<td>{_esc(p)}</td>" for p in printed) + "</tr>")
    rows.append("</table>")
    parts.append("".join(rows))
    if st.below:
        parts.append(f'<div class="st-note">{_esc(gold.render(st.below))}</div>')
    return "\n".join(parts)


def items_html(gold, items: list[tuple]) -> str:
    out = []
    for item in items:
        kind, opts = item[0], _opts(item)
        if kind == "cover":
            kicker, title, sub = (gold.render(t) for t in item[1:4])
            gold.headings.append(title)
            out.append(f'<div class="cover"><div class="kicker">{_esc(kicker)}</div><h1>{_esc(title)}</h1>'
                       f'<div class="sub">{_esc(sub)}</div></div>')
        elif kind == "h":
            text = gold.render(item[1])
            gold.headings.append(text)
            out.append(f"<h2>{_esc(text)}</h2>")
        elif kind in ("p", "lead"):
            cls = ' class="lead"' if kind == "lead" else ""
            out.append(f"<p{cls}>{_esc(gold.render(item[1]))}</p>")
        elif kind == "quote":
            out.append(f'<blockquote>{_esc(gold.render(item[1]))}<span class="by">{_esc(gold.render(item[2]))}</span></blockquote>')
        elif kind == "stmt":
            out.append(statement_html(gold, item[1], opts.get("title", item[1].title)))
        elif kind == "rail":
            rail = []
            for caption, people in item[1]:
                rail.append(f'<div class="cap">{_esc(gold.render(caption))}</div>')
                for name, role in people:
                    role_html = f'<span class="role">{_esc(gold.render(role))}</span>' if role else ""
                    rail.append(f'<div class="who">{_esc(gold.render(name))}{role_html}</div>')
            out.append('<div class="layout"><div class="rail">' + "".join(rail) + '</div><div class="main">'
                       + items_html(gold, item[2]) + "</div></div>")
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    body = items_html(gold, report["items"])
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def is_design(report: dict) -> bool:
    return "design" in report["renditions"]


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A designer report's page printed by Chromium (no header or footer lines) as its PDF."""
    if not is_design(report):
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    with tempfile.TemporaryDirectory(prefix="heldout63-chrome-") as profile:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out_dir / (report['name'] + '.pdf')}",
                        page.as_uri()], check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
    return True
