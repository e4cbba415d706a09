"""This set's own page builder for its designer reports: HTML and CSS written for the seventy-fourth
set, printed by Chromium (``h4_html.print_pdf`` via ``h5_web.print_page``). Text goes through
``gold.render`` (places and percentages), headings and table rows are registered as they are drawn.

Items (tuples; the last element may be a dict of options):

    ("cover", kicker, title, [lines])          a tinted title band with the year and a few lines
    ("h", level, text)                          a heading (gold), level 1 on a rule, 2 small caps
    ("p", text, {cls})                          a paragraph ("small", "lead", "note")
    ("grid", [[items], [items], ...], {cols})   columns side by side (CSS grid, widths as "2fr 1fr")
    ("box", [items], {tone})                    a tinted box with a left rule
    ("table", rows, {head, cls, gold_rows})     a table; rows of cells
    ("stmt", Statement, {title})                a statement; its title is a gold heading
    ("cards", [(name, [lines])], {cols})        people as text cards (name bold, lines under it)
    ("sign", place_date, [(name, role)], {cols}) a signature row with lines above the names
    ("break",)                                  a new printed page
"""
from __future__ import annotations

from html import escape

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
body { font-family: %(font)s; font-size: 9.6pt; color: #222; line-height: 1.38; margin: 0; }
.cover { background: %(accent)s; color: #fff; padding: 14mm 10mm 10mm 10mm; margin-bottom: 8mm; }
.cover .kicker { font-size: 9pt; letter-spacing: 2pt; text-transform: uppercase; opacity: .85; }
.cover .title { font-size: 25pt; font-weight: 700; margin: 3mm 0 4mm 0; line-height: 1.1; }
.cover .line { font-size: 9.5pt; }
h1 { font-size: 15pt; color: %(accent)s; border-bottom: 1.2pt solid %(accent)s; padding-bottom: 1mm;
     margin: 6mm 0 2.5mm 0; }
h2 { font-size: 10.5pt; font-variant: small-caps; letter-spacing: .6pt; margin: 4mm 0 1.5mm 0; color: #333; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; }
h1, h2, h3 { break-after: avoid; }
p { margin: 0 0 2.2mm 0; }
p.small, p.note { font-size: 8.2pt; color: #444; }
p.lead { font-size: 11pt; }
.grid { display: grid; column-gap: 7mm; }
.box { background: %(tint)s; border-left: 2.4pt solid %(accent)s; padding: 2.5mm 3.5mm; margin: 2mm 0 3mm 0; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; font-size: 8.6pt; break-inside: avoid; }
th { text-align: left; border-bottom: .9pt solid #333; padding: 1.2mm 1.5mm; }
td { padding: .9mm 1.5mm; border-bottom: .3pt solid #ccc; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.bold td { font-weight: 700; }
tr.head td { font-weight: 700; padding-top: 2mm; border-bottom: none; }
table.plain td { border-bottom: none; }
.cards { display: grid; gap: 3mm; margin: 2mm 0 4mm 0; }
.card { border: .5pt solid #bbb; padding: 2mm 2.5mm; break-inside: avoid; }
.card b { display: block; }
.card span { display: block; font-size: 8.2pt; color: #555; }
.sign { display: grid; gap: 6mm 8mm; margin: 4mm 0 5mm 0; break-inside: avoid; }
.sign div { border-top: .6pt solid #333; padding-top: 1mm; margin-top: 9mm; font-size: 8.6pt; }
.sign span { display: block; color: #555; }
.pb { break-before: page; }
"""


def _esc(text: str) -> str:
    return escape(text, quote=False)


def _is_number(text: str) -> bool:
    core = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    core = core.replace("(", "").replace(")", "").replace("\u2013", "")
    return bool(core) and core.isdigit()


def table_html(gold, rows: list[list[str]], head: bool = True, cls: str = "", gold_rows: bool = True,
               bold_rows=(), head_rows=()) -> str:
    out = [f'<table class="{cls}">']
    label_col = 0
    for r, row in enumerate(rows):
        label = gold.strip(row[label_col]) if row else ""
        printed = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        if head and r == 0:
            out.append("<tr>" + "".join(f'<th class="{"num" if i else ""}">{_esc(p)}</th>'
                                        for i, p in enumerate(printed)) + "</tr>")
            continue
        klass = "bold" if r in bold_rows else ("head" if r in head_rows else "")
        out.append(f'<tr class="{klass}">' + "".join(
            f'<td class="{"num" if i and _is_number(p) else ""}">{_esc(p)}</td>' for i, p in enumerate(printed))
            + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def stmt_html(gold, st, title: str | None) -> str:
    gold.statements.append(st)
    heading = gold.render(title or st.title)
    gold.headings.append(heading)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()]
    lines = [line for line, _ in st.body_rows()]
    bold = {i + 1 for i, line in enumerate(lines) if line.bold and not line.is_head}
    heads = {i + 1 for i, line in enumerate(lines) if line.is_head}
    parts = [f"<h3>{_esc(heading)}</h3>"]
    if st.above:
        parts.append(f'<p class="note">{_esc(gold.render(st.above))}</p>')
    parts.append(table_html(gold, rows, gold_rows=st.gold_rows, bold_rows=bold, head_rows=heads))
    if st.below:
        parts.append(f'<p class="note">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def item_html(gold, item: tuple) -> str:
    kind = item[0]
    opts = item[-1] if isinstance(item[-1], dict) else {}
    if kind == "cover":
        lines = "".join(f'<div class="line">{_esc(gold.render(l))}</div>' for l in item[3])
        return (f'<div class="cover"><div class="kicker">{_esc(gold.render(item[1]))}</div>'
                f'<div class="title">{_esc(gold.render(item[2]))}</div>{lines}</div>')
    if kind == "h":
        text = gold.render(item[2])
        gold.headings.append(text)
        return f"<h{item[1]}>{_esc(text)}</h{item[1]}>"
    if kind == "p":
        return f'<p class="{opts.get("cls", "")}">{_esc(gold.render(item[1]))}</p>'
    if kind == "grid":
        cols = opts.get("cols", " ".join("1fr" for _ in item[1]))
        inner = "".join("<div>" + items_html(gold, col) + "</div>" for col in item[1])
        return f'<div class="grid" style="grid-template-columns: {cols}">{inner}</div>'
    if kind == "box":
        return f'<div class="box">{items_html(gold, item[1])}</div>'
    if kind == "table":
        return table_html(gold, item[1], head=opts.get("head", True), cls=opts.get("cls", ""),
                          gold_rows=opts.get("gold_rows", True))
    if kind == "stmt":
        return stmt_html(gold, item[1], opts.get("title"))
    if kind == "cards":
        cards = "".join(f'<div class="card"><b>{_esc(gold.render(name))}</b>'
                        + "".join(f"<span>{_esc(gold.render(l))}</span>" for l in lines) + "</div>"
                        for name, lines in item[1])
        return f'<div class="cards" style="grid-template-columns: repeat({opts.get("cols", 3)}, 1fr)">{cards}</div>'
    if kind == "sign":
        people = "".join(f"<div>{_esc(gold.render(n))}<span>{_esc(gold.render(r))}</span></div>" for n, r in item[2])
        return (f"<p>{_esc(gold.render(item[1]))}</p>"
                f'<div class="sign" style="grid-template-columns: repeat({opts.get("cols", 3)}, 1fr)">{people}</div>')
    if kind == "break":
        return '<div class="pb"></div>'
    raise ValueError(f"unknown item kind {kind!r}")


def items_html(gold, items: list[tuple]) -> str:
    return "\n".join(item_html(gold, item) for item in items)


def html_document(report: dict, gold) -> str:
    style = CSS % {"font": report.get("css_font", "'DejaVu Sans', sans-serif"),
                   "accent": report.get("accent", "#24506b"), "tint": report.get("tint", "#eef3f6")}
    body = items_html(gold, report["items"])
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{_esc(report['title'])}</title><style>{style}</style></head><body>\n{body}\n</body></html>\n")
