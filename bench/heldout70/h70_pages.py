"""The seventieth set's own page builder for its one designer-made report: HTML and CSS written here
(not an earlier set's page builder), printed by Chromium (``h4_html.print_pdf``). Gold is registered
as the blocks are written (``gold.render`` for all text), as the Word layouts do.

A report's ``sheets`` is a list of sheets, each a list of blocks (tuples; the last element may be a
dict of options):

    ("band", kicker, title, subtitle)         the coloured title band of a cover   -> title a gold heading
    ("h", text)                               a section heading                    -> gold heading
    ("p", text, {small})                      a paragraph
    ("grid", [[blocks], [blocks]], {cols})    blocks side by side (CSS grid; cols: "2fr 1fr")
    ("flow", [blocks])                        blocks in two CSS columns
    ("box", title, [lines], {width})          a tinted facts box; ``width`` fixes its width in mm
    ("tiles", [(value, label)])               key-figure tiles (value and label both printed)
    ("cards", [(name, [lines])])              people as cards: a grey picture square, the name, the lines
    ("table", rows, {gold_rows})              a table; a cell's about is its row label
    ("stmt", Statement, {title})              a statement under its title (a gold heading)
    ("sign", place_date, [(name, title)])     names under signature rules in a row
    ("photo", caption)                        a picture (a tinted area, no text in it) over its caption
    ("foot", text)                            a small line at the foot of the sheet

Each sheet is one A4 page; ``print_page`` refuses a PDF with more pages than sheets.
"""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

from heldout_finance import Statement
from heldout_tables import is_number

import h4_html  # Chromium's print and a table row's gold

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.38; color: #1d2a33; }
.sheet { width: 210mm; height: 297mm; padding: 14mm 15mm 12mm 15mm; position: relative;
         page-break-after: always; }  /* no overflow clip: a sheet that runs over prints an extra page */
.sheet:last-child { page-break-after: auto; }
.band { background: #0f5e6b; color: #fff; margin: -14mm -15mm 8mm -15mm; padding: 16mm 15mm 9mm 15mm; }
.band .kicker { text-transform: uppercase; letter-spacing: 0.14em; font-size: 8pt; opacity: 0.85; }
.band h1 { font-size: 25pt; margin: 3mm 0 2mm 0; font-weight: bold; }
.band .sub { font-size: 11pt; }
h2 { font-size: 12.5pt; color: #0f5e6b; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2.2mm 0; }
p.small { font-size: 7.4pt; color: #4a5a64; }
.grid { display: grid; gap: 7mm; }
.flow { column-count: 2; column-gap: 8mm; }
.flow h2 { break-after: avoid; }
.box { background: #e6f0f1; border-left: 1.2mm solid #0f5e6b; padding: 3mm 4mm; margin: 0 0 4mm 0; }
.box b.t { display: block; font-size: 9.5pt; margin-bottom: 1.5mm; color: #0f5e6b; }
.box div { margin-bottom: 1mm; }
.tiles { display: flex; gap: 4mm; margin: 3mm 0 5mm 0; }
.tile { flex: 1; border: 0.3mm solid #9bbcc1; border-radius: 2mm; padding: 3mm; text-align: center; }
.tile .v { font-size: 17pt; font-weight: bold; color: #0f5e6b; display: block; }
.tile .l { font-size: 7.4pt; color: #4a5a64; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 4mm; margin: 2mm 0 3mm 0; }
.card { text-align: center; font-size: 7.8pt; }
.card .pic { height: 24mm; background: linear-gradient(160deg, #c9d6d9, #8ea6ab); border-radius: 1.5mm; margin-bottom: 1.5mm; }
.card b { display: block; font-size: 8.6pt; }
.card .note { font-size: 6.8pt; color: #7a4a12; text-transform: uppercase; letter-spacing: 0.05em; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm 0; font-size: 8pt; }
th { text-align: left; border-bottom: 0.4mm solid #0f5e6b; padding: 1mm 1.5mm; color: #0f5e6b; }
td { padding: 0.7mm 1.5mm; border-bottom: 0.15mm solid #d3dfe1; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.sum td { font-weight: bold; border-bottom: 0.3mm solid #1d2a33; }
table.stmt { font-size: 7.6pt; line-height: 1.25; margin-bottom: 2mm; }
table.stmt td { padding: 0.45mm 1.5mm; }
.photo { height: 62mm; background: linear-gradient(135deg, #9fb7bb, #5d7f86 60%, #3e5a60); border-radius: 1.5mm; }
.photo + p.small { margin-top: 1.5mm; }
.sign { display: flex; flex-wrap: wrap; gap: 6mm 10mm; margin-top: 9mm; }
.sign div { width: 50mm; border-top: 0.25mm solid #1d2a33; padding-top: 1mm; font-size: 7.8pt; margin-top: 8mm; }
.foot { position: absolute; left: 15mm; right: 15mm; bottom: 7mm; font-size: 7pt; color: #6b7b84;
        border-top: 0.2mm solid #9bbcc1; padding-top: 1.5mm; }
"""


def opts_of(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def table_html(gold, rows: list[list[str]], gold_rows: bool = True, sums: tuple[int, ...] = (), cls: str = "") -> str:
    """Rows as an HTML table, the first row the header; cells registered as the Word tables do."""
    out = [f'<table class="{cls}">' if cls else "<table>"]
    for r, row in enumerate(rows):
        printed = h4_html.table_row(gold, row, gold_rows, min_filled=2)
        tag = "th" if r == 0 else "td"
        cls = ' class="sum"' if r in sums else ""
        cells = "".join(f'<{tag}{" class=num" if c and is_number(p) else ""}>{esc(p)}</{tag}>'
                        for c, p in enumerate(printed))
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def statement_html(gold, st: Statement, title: str | None) -> str:
    gold.statements.append(st)
    head = gold.render(title or st.title)
    gold.headings.append(head)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()]
    sums = tuple(i + 1 for i, (line, _) in enumerate(st.body_rows()) if line.bold and not line.is_head)
    body = table_html(gold, rows, gold_rows=st.gold_rows, sums=sums, cls="stmt")
    below = f'<p class="small">{esc(gold.render(st.below))}</p>' if st.below else ""
    return f"<h2>{esc(head)}</h2>{body}{below}"


def block_html(gold, block: tuple) -> str:
    kind, opts = block[0], opts_of(block)
    if kind == "band":
        title = gold.render(block[2])
        gold.headings.append(title)
        return (f'<div class="band"><div class="kicker">{esc(gold.render(block[1]))}</div>'
                f'<h1>{esc(title)}</h1><div class="sub">{esc(gold.render(block[3]))}</div></div>')
    if kind == "h":
        text = gold.render(block[1])
        gold.headings.append(text)
        return f"<h2>{esc(text)}</h2>"
    if kind == "p":
        cls = ' class="small"' if opts.get("small") else ""
        return f"<p{cls}>{esc(gold.render(block[1]))}</p>"
    if kind == "grid":
        inner = "".join(f"<div>{''.join(block_html(gold, b) for b in col)}</div>" for col in block[1])
        return f'<div class="grid" style="grid-template-columns: {opts.get("cols", "1fr 1fr")}">{inner}</div>'
    if kind == "flow":
        return f'<div class="flow">{"".join(block_html(gold, b) for b in block[1])}</div>'
    if kind == "box":
        style = f' style="width: {opts["width"]}mm"' if "width" in opts else ""
        lines = "".join(f"<div>{esc(gold.render(line))}</div>" for line in block[2])
        return f'<div class="box"{style}><b class="t">{esc(gold.render(block[1]))}</b>{lines}</div>'
    if kind == "tiles":
        tiles = "".join(f'<div class="tile"><span class="v">{esc(gold.render(v, about=gold.strip(label)))}</span>'
                        f'<span class="l">{esc(gold.render(label))}</span></div>' for v, label in block[1])
        return f'<div class="tiles">{tiles}</div>'
    if kind == "cards":
        cards = []
        for name, lines in block[1]:
            first, *rest = lines
            notes = "".join(f'<div class="note">{esc(gold.render(n))}</div>' for n in rest)
            cards.append(f'<div class="card"><div class="pic"></div><b>{esc(gold.render(name))}</b>'
                         f'<div>{esc(gold.render(first))}</div>{notes}</div>')
        return f'<div class="cards">{"".join(cards)}</div>'
    if kind == "table":
        return table_html(gold, block[1], gold_rows=opts.get("gold_rows", True))
    if kind == "stmt":
        return statement_html(gold, block[1], opts.get("title"))
    if kind == "sign":
        names = "".join(f"<div>{esc(gold.render(n))}<br>{esc(gold.render(t))}</div>" for n, t in block[2])
        return f'<p>{esc(gold.render(block[1]))}</p><div class="sign">{names}</div>'
    if kind == "photo":
        return f'<div class="photo"></div><p class="small">{esc(gold.render(block[1]))}</p>'
    if kind == "foot":
        return f'<div class="foot">{esc(gold.render(block[1]))}</div>'
    raise ValueError(f"unknown block {kind!r}")


def html_document(report: dict, gold) -> str:
    sheets = "".join(f'<section class="sheet">{"".join(block_html(gold, b) for b in sheet)}</section>'
                     for sheet in report["sheets"])
    return (f'<!DOCTYPE html><html lang="{report.get("html_lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{esc(report['title'])}</title><style>{CSS}</style></head><body>{sheets}</body></html>")


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A designer report printed by Chromium as its PDF (``make_heldout3.write_built``'s hook)."""
    if "design" not in report["renditions"]:
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    h4_html.print_pdf(page, target)
    if pdf_pages(target) != len(report["sheets"]):
        raise SystemExit(f"{report['name']}: {pdf_pages(target)} pages printed for {len(report['sheets'])} sheets")
    return True
