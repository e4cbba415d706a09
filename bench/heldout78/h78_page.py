"""This set's own page builder: a report as one HTML page (A4, CSS), printed by Chromium.

Items (tuples; the last element may be a dict of options):

    ("h", level, text)                       a heading                      -> gold heading
    ("p", text, {cls})                       a paragraph (cls: lead, small, note)
    ("table", rows, {gold_rows, cls})        a table, first row its header
    ("stmt", Statement, {title})             a statement with its title    -> gold heading
    ("cards", [(name, [lines])], {cols})     people as cards with a drawn portrait
    ("aside", [items], {title})              a shaded box beside the text (items inside)
    ("article", {source, title, byline, paras})   a reprinted newspaper piece
    ("esign", heading, [[lines]])            a signing service's page, one block per signer
    ("sign", place_date, [(name, role)])     a signature row
    ("break",)                               a page break
"""
from __future__ import annotations

import html

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color: #222; line-height: 1.38; }
h1 { font-size: 21pt; color: %(c)s; margin: 0 0 4mm 0; }
h2 { font-size: 13pt; color: %(c)s; border-bottom: 1.5px solid %(c)s; padding-bottom: 1mm; margin-top: 7mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; }
p.lead { font-size: 11pt; }
p.small, .small { font-size: 8pt; color: #555; }
table { border-collapse: collapse; margin: 2mm 0 4mm 0; width: 100%%; }
td, th { padding: 1.2mm 2mm; border-bottom: 0.5px solid #bbb; text-align: left; vertical-align: top; }
th { background: %(c)s; color: white; font-weight: bold; }
td.num, th.num { text-align: right; }
tr.bold td { font-weight: bold; }
.cards { display: flex; flex-wrap: wrap; gap: 4mm; margin: 3mm 0; }
.card { break-inside: avoid; width: calc(%(w)s - 4mm); border: 0.6px solid #ccc; border-radius: 2mm; padding: 2mm; text-align: center; }
.face { width: 18mm; height: 18mm; border-radius: 50%%; background: linear-gradient(#c9b8a8, #8a7563); margin: 0 auto 2mm; }
.card b { display: block; }
.aside { float: right; width: 62mm; background: #eef2f0; padding: 3mm; margin: 0 0 3mm 4mm; font-size: 8.6pt; }
.article { border: 1px solid #999; padding: 3mm 5mm; margin: 4mm 0; font-family: 'DejaVu Serif', serif; }
.article .src { font-size: 7.5pt; text-transform: uppercase; color: #777; }
.esign { page-break-before: always; }
.signer { display: inline-block; width: 46%%; margin: 0 3%% 5mm 0; font-size: 8.4pt; border-left: 2px solid %(c)s; padding-left: 2mm; }
.signrow { display: flex; gap: 8mm; margin-top: 8mm; }
.signrow div { flex: 1; border-top: 0.6px solid #333; padding-top: 1mm; font-size: 8.6pt; }
.brk { page-break-after: always; }
"""


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _num(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()%").isdigit()


def _table(gold, rows, gold_rows=True, bold=(), cls=""):
    out = [f'<table class="{cls}">']
    for r, row in enumerate(rows):
        label = gold.strip(row[0]) if row else ""
        printed = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        tag = "th" if r == 0 else "td"
        cells = "".join(f'<{tag} class="{"num" if c and _num(p) else ""}">{html.escape(p)}</{tag}>'
                        for c, p in enumerate(printed))
        out.append(f'<tr class="{"bold" if r in bold else ""}">{cells}</tr>')
    return "\n".join(out) + "</table>"


def _heading(gold, level, text):
    printed = gold.render(text)
    gold.headings.append(printed)
    return f"<h{level}>{html.escape(printed)}</h{level}>"


def _text(gold, text):
    return html.escape(gold.render(text))


def render_items(gold, items) -> list[str]:
    out = []
    for item in items:
        kind, opts = item[0], _opts(item)
        if kind == "h":
            out.append(_heading(gold, item[1], item[2]))
        elif kind == "p":
            out.append(f'<p class="{opts.get("cls", "")}">{_text(gold, item[1])}</p>')
        elif kind == "table":
            out.append(_table(gold, item[1], opts.get("gold_rows", True), cls=opts.get("cls", "")))
        elif kind == "stmt":
            st = item[1]
            gold.statements.append(st)
            out.append(_heading(gold, 3, opts.get("title", st.title)))
            body = st.body_rows()
            bold = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
            out.append(_table(gold, [st.header_row()] + [cells for _, cells in body], bold=bold))
            if st.below:
                out.append(f'<p class="small">{_text(gold, st.below)}</p>')
        elif kind == "cards":
            width = f"{100 / opts.get('cols', 3):.2f}%"
            cards = []
            for name, lines in item[1]:
                sub = "<br>".join(_text(gold, x) for x in lines)
                cards.append(f'<div class="card" style="width:calc({width} - 4mm)"><div class="face"></div>'
                             f'<b>{_text(gold, name)}</b>{sub}</div>')
            out.append('<div class="cards">' + "".join(cards) + "</div>")
        elif kind == "aside":
            title = f"<b>{_text(gold, opts['title'])}</b>" if opts.get("title") else ""
            out.append(f'<div class="aside">{title}' + "".join(render_items(gold, item[1])) + "</div>")
        elif kind == "article":
            a = item[1]
            paras = "".join(f"<p>{_text(gold, p)}</p>" for p in a["paras"])
            out.append(f'<div class="article"><div class="src">{_text(gold, a["source"])}</div>'
                       f'<h4>{_text(gold, a["title"])}</h4><p class="small">{_text(gold, a["byline"])}</p>{paras}</div>')
        elif kind == "esign":
            blocks = "".join('<div class="signer">' + "<br>".join(_text(gold, x) for x in lines) + "</div>"
                             for lines in item[2])
            out.append(f'<div class="esign"><h4>{_text(gold, item[1])}</h4>{blocks}</div>')
        elif kind == "sign":
            cells = "".join(f"<div>{_text(gold, n)}<br><i>{_text(gold, r)}</i></div>" for n, r in item[2])
            out.append(f'<p>{_text(gold, item[1])}</p><div class="signrow">{cells}</div>')
        elif kind == "break":
            out.append('<div class="brk"></div>')
        else:
            raise ValueError(f"unknown item {kind}")
    return out


def html_document(report: dict, gold) -> str:
    css = CSS % {"c": report.get("colour", "#2d5e4a"), "w": "33%"}
    body = "\n".join(render_items(gold, report["items"]))
    return (f'<!doctype html><html lang="{report.get("lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{html.escape(report['title'])}</title><style>{css}</style></head><body>{body}</body></html>")
