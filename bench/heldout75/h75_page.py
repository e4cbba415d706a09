"""This set's own page builder for its two browser reports: HTML and CSS written here (not an
earlier set's page builder), printed by Chromium (the fourth set's ``h4_html.print_pdf``). Gold is
registered as the blocks are written (``gold.render`` for every text), as the Word layouts do.

A browser report's ``items`` are tuples (the last element may be a dict of options):

    ("band", title, subtitle)          a coloured title band; the title is a gold heading
    ("h", text)                        a section heading (gold heading)
    ("p", text, {cls})                 a paragraph ("small", "lead" or "note" as cls)
    ("ul", [texts])                    a bullet list
    ("facts", title, [(label, value)]) a boxed list of label / value lines (no table rows in gold)
    ("grid", [items], [items], {ratio}) two columns side by side, each a list of items
    ("table", rows, {gold_rows, cls})  a table, first row its header; rows are gold table rows
    ("stmt", Statement, {title})       a statement as a table with its title (a gold heading)
    ("people", [(name, [lines])], {cols}) cards: the name bold, its lines under it
    ("sign", place_date, [(name, title)], {cols}) signature lines: a rule, the name, the title
    ("break",)                         the next item starts a new page
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "heldout4"))
from h4_html import print_pdf  # noqa: E402  (Chromium's run: mechanics only)

from heldout_finance import Statement  # noqa: E402

CSS = """
@page { size: A4; margin: 15mm 16mm 16mm 16mm; }
body { font-family: %(font)s; font-size: 9.6pt; color: #1d232a; line-height: 1.38; margin: 0; }
.band { background: %(colour)s; color: #fff; padding: 9mm 8mm 7mm 8mm; margin-bottom: 6mm; }
.band h1 { font-size: 22pt; margin: 0 0 2mm 0; font-weight: 700; letter-spacing: .3px; }
.band div { font-size: 10.5pt; opacity: .92; }
h2 { font-size: 12.5pt; color: %(colour)s; border-bottom: 1.2pt solid %(colour)s; padding-bottom: 1mm;
     margin: 5mm 0 2.5mm 0; break-after: avoid; }
p { margin: 0 0 2.2mm 0; }
p.small { font-size: 8.4pt; color: #444; }
p.lead { font-size: 11pt; }
p.note { font-size: 8pt; font-style: italic; color: #555; }
ul { margin: 0 0 2.5mm 0; padding-left: 5mm; }
.facts { border: 0.8pt solid #9aa7b3; background: #f3f6f8; padding: 3mm 4mm; margin-bottom: 4mm;
         break-inside: avoid; }
.facts .t { font-weight: 700; margin-bottom: 1.5mm; text-transform: uppercase; font-size: 8.4pt;
            letter-spacing: .6px; color: %(colour)s; }
.facts .row { display: flex; gap: 3mm; font-size: 8.8pt; }
.facts .row .l { width: 26mm; flex: none; color: #555; }
.grid { display: grid; gap: 7mm; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; font-size: 8.8pt; break-inside: avoid; }
th { text-align: left; border-bottom: 1pt solid #333; padding: 1.2mm 2mm; font-weight: 700; }
td { padding: 1mm 2mm; border-bottom: 0.4pt solid #d5dbe0; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.b td { font-weight: 700; }
tr.k td { border-top: 0.9pt solid #333; }
table.plain td { border-bottom: none; padding: 0.6mm 2mm 0.6mm 0; }
.stitle { font-weight: 700; font-size: 11pt; margin: 4mm 0 1mm 0; break-after: avoid; }
.people { display: grid; gap: 4mm; margin-bottom: 4mm; }
.card { border-left: 2.5pt solid %(colour)s; padding: 1mm 0 1mm 3mm; break-inside: avoid; }
.card b { display: block; font-size: 10pt; }
.card span { display: block; font-size: 8.6pt; color: #444; }
.sign { display: grid; gap: 8mm 10mm; margin-top: 9mm; break-inside: avoid; }
.sign div { border-top: 0.8pt solid #222; padding-top: 1mm; font-size: 9pt; }
.sign i { display: block; font-style: normal; font-size: 8.2pt; color: #555; }
.pb { break-before: page; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").strip("()-%\u2013")
    return t.isdigit()


def _table(gold, rows: list[list[str]], gold_rows=True, cls="", bold=(), key=()) -> str:
    out = [f'<table class="{cls}">']
    for r, row in enumerate(rows):
        about = gold.strip(row[0]) if row else ""
        printed = [gold.render(c, about=about or None) for c in row]
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        tag = "th" if r == 0 else "td"
        klass = " ".join(k for k, on in (("b", r in bold), ("k", r in key)) if on)
        cells = "".join(f'<{tag} class="{"n" if c and _is_number(p) else ""}">{_e(p)}</{tag}>'
                        for c, p in enumerate(printed))
        out.append(f'<tr class="{klass}">{cells}</tr>')
    out.append("</table>")
    return "\n".join(out)


def _statement(gold, st: Statement, title: str) -> str:
    gold.statements.append(st)
    head = gold.render(title)
    gold.headings.append(head)
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    bold = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
    key = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    parts = [f'<div class="stitle">{_e(head)}</div>']
    if st.above:
        parts.append(f'<p class="note">{_e(gold.render(st.above))}</p>')
    parts.append(_table(gold, rows, gold_rows=st.gold_rows, bold=bold, key=key))
    if st.below:
        parts.append(f'<p class="note">{_e(gold.render(st.below))}</p>')
    return "\n".join(parts)


def render_items(gold, items: list[tuple]) -> str:
    out, page_break = [], False
    for item in items:
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind == "break":
            page_break = True
            continue
        if kind == "band":
            title = gold.render(item[1])
            gold.headings.append(title)
            block = f'<div class="band"><h1>{_e(title)}</h1><div>{_e(gold.render(item[2]))}</div></div>'
        elif kind == "h":
            text = gold.render(item[1])
            gold.headings.append(text)
            block = f"<h2>{_e(text)}</h2>"
        elif kind == "p":
            block = f'<p class="{opts.get("cls", "")}">{_e(gold.render(item[1]))}</p>'
        elif kind == "ul":
            block = "<ul>" + "".join(f"<li>{_e(gold.render(t))}</li>" for t in item[1]) + "</ul>"
        elif kind == "facts":
            lines = "".join(f'<div class="row"><span class="l">{_e(gold.render(lab))}</span>'
                            f"<span>{_e(gold.render(val))}</span></div>" for lab, val in item[2])
            block = f'<div class="facts"><div class="t">{_e(gold.render(item[1]))}</div>{lines}</div>'
        elif kind == "grid":
            ratio = opts.get("ratio", "1fr 1fr")
            block = (f'<div class="grid" style="grid-template-columns: {ratio}"><div>{render_items(gold, item[1])}'
                     f"</div><div>{render_items(gold, item[2])}</div></div>")
        elif kind == "table":
            block = _table(gold, item[1], gold_rows=opts.get("gold_rows", True), cls=opts.get("cls", ""))
        elif kind == "stmt":
            block = _statement(gold, item[1], opts.get("title", item[1].title))
        elif kind == "people":
            cards = "".join(f'<div class="card"><b>{_e(gold.render(name))}</b>'
                            + "".join(f"<span>{_e(gold.render(line))}</span>" for line in lines) + "</div>"
                            for name, lines in item[1])
            block = (f'<div class="people" style="grid-template-columns: repeat({opts.get("cols", 3)}, 1fr)">'
                     f"{cards}</div>")
        elif kind == "sign":
            cells = "".join(f"<div>{_e(gold.render(name))}<i>{_e(gold.render(title))}</i></div>"
                            for name, title in item[2])
            block = (f"<p>{_e(gold.render(item[1]))}</p>"
                     f'<div class="sign" style="grid-template-columns: repeat({opts.get("cols", 3)}, 1fr)">{cells}</div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
        if page_break:
            block = f'<div class="pb">{block}</div>'
            page_break = False
        out.append(block)
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    style = CSS % {"font": report.get("css_font", "'DejaVu Sans', sans-serif"),
                   "colour": report.get("colour", "#2c5d63")}
    body = render_items(gold, report["items"])
    lang = "nn" if report.get("lang") == "nn" else "nb"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{_e(report["title"])}</title>'
            f"<style>{style}</style></head><body>\n{body}\n</body></html>\n")


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A browser report's page printed by Chromium as its PDF (``make_heldout3.write_built``'s hook)."""
    if "chrome" not in report["renditions"]:
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    print_pdf(page, out_dir / f"{report['name']}.pdf")
    return True
