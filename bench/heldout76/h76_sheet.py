"""This set's own page builder for its designer reports: items -> one HTML page with its CSS,
printed by Chromium (``h5_web.print_page``). Gold is registered as each item is written.

    ("band", title, subtitle)           coloured title band (title a gold heading)
    ("h", text)  ("p", text)            section heading (gold) and paragraph
    ("aside", title, [lines])           a boxed fact panel floated right of the text that follows
    ("tiles", [(big, small)])           key-number tiles; big and small are one sentence for gold
    ("cols", [items])                   items in two CSS columns
    ("table", rows, {head})             a table; a cell's about is its row label
    ("stmt", Statement, title)          a statement with its title above it
    ("cards", [(name, [lines])])        people as cards with a grey photo square
    ("pairs", [(left, right)])          role ⇥ name lines in a two-column grid, no table
    ("sign", place_date, [(name, title)])
    ("foot", text)                      a small closing line
    ("pagebreak",)
"""
from __future__ import annotations

import html

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; line-height: 1.38; color: #1f2a30; margin: 0; }
.band { background: %(accent)s; color: #fff; padding: 16pt 18pt 12pt 18pt; margin-bottom: 12pt; }
.band h1 { margin: 0; font-size: 22pt; letter-spacing: 0.5pt; }
.band div { font-size: 10pt; opacity: 0.92; margin-top: 3pt; }
h2 { font-size: 12.5pt; color: %(accent)s; margin: 13pt 0 4pt 0; text-transform: %(case)s; }
p { margin: 0 0 5pt 0; }
.aside { float: right; width: 58mm; margin: 0 0 8pt 10pt; padding: 6pt 8pt; background: %(pale)s;
         border-left: 3pt solid %(accent)s; font-size: 8.4pt; }
.aside b { display: block; margin-bottom: 2pt; }
.tiles { display: flex; gap: 7pt; margin: 8pt 0 10pt 0; clear: both; }
.tile { flex: 1; background: %(pale)s; padding: 7pt 6pt; text-align: center; }
.tile .big { font-size: 17pt; font-weight: bold; color: %(accent)s; display: block; }
.tile .small { font-size: 7.8pt; }
.cols { column-count: 2; column-gap: 8mm; }
table { border-collapse: collapse; margin: 3pt 0 9pt 0; font-size: 8.6pt; }
td, th { padding: 2pt 7pt 2pt 0; border-bottom: 0.4pt solid #c9d1d6; text-align: left; }
th { color: %(accent)s; border-bottom: 1pt solid %(accent)s; }
td.n, th.n { text-align: right; white-space: nowrap; padding-left: 10pt; }
tr.b td { font-weight: bold; border-bottom: 0.9pt solid #333; }
.stitle { font-weight: bold; font-size: 10.5pt; margin: 10pt 0 2pt 0; }
.cards { display: grid; grid-template-columns: repeat(%(per_row)s, 1fr); gap: 8pt; margin: 5pt 0 10pt 0; }
.card { font-size: 8.2pt; }
.card .ph { height: 22mm; background: #d5dadd; margin-bottom: 3pt; }
.card b { display: block; font-size: 9pt; }
.pairs { display: grid; grid-template-columns: 34mm 1fr 34mm 1fr; gap: 2pt 6pt; margin: 3pt 0 9pt 0; }
.pairs .r { color: #5b6870; }
.sign { display: flex; flex-wrap: wrap; gap: 6pt 18pt; margin: 16pt 0 6pt 0; break-inside: avoid; }
.sign div { width: 52mm; border-top: 0.6pt solid #222; margin-top: 20pt; padding-top: 2pt; font-size: 8.3pt; }
.foot { font-size: 7.6pt; color: #667; border-top: 0.5pt solid #aab; padding-top: 3pt; margin-top: 12pt; }
.pb { break-after: page; }
"""


def _rows(gold, rows: list[list[str]], gold_rows: bool = True) -> list[list[str]]:
    """Rendered cells; each row is a table row for gold when it has two filled cells."""
    out = []
    for row in rows:
        label = gold.strip(row[0]) if row else ""
        cells = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(cells))
        if gold_rows and sum(1 for c in cells if c.strip()) >= 2:
            gold.table_rows.append([c for c in cells if c.strip()])
        out.append(cells)
    return out


def _num(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace("-", "").replace("%", "").replace(",", "")
    return bool(t) and t.isdigit()


def _table(cells: list[list[str]], head: bool = True, bold: set = frozenset()) -> str:
    e = html.escape
    out = ["<table>"]
    for i, row in enumerate(cells):
        tag = "th" if head and i == 0 else "td"
        cls = ' class="b"' if i in bold else ""
        tds = "".join(f'<{tag}{" class=n" if j and (_num(c) or tag == "th") else ""}>{e(c)}</{tag}>'
                      for j, c in enumerate(row))
        out.append(f"<tr{cls}>{tds}</tr>")
    return "".join(out) + "</table>"


def _item(gold, item) -> str:
    e = html.escape
    kind = item[0]
    if kind == "band":
        title = gold.render(item[1])
        gold.headings.append(title)
        return f'<div class="band"><h1>{e(title)}</h1><div>{e(gold.render(item[2]))}</div></div>'
    if kind == "h":
        text = gold.render(item[1])
        gold.headings.append(text)
        return f"<h2>{e(text)}</h2>"
    if kind == "p":
        return f"<p>{e(gold.render(item[1]))}</p>"
    if kind == "aside":
        lines = "".join(f"{e(gold.render(x))}<br>" for x in item[2])
        return f'<div class="aside"><b>{e(gold.render(item[1]))}</b>{lines}</div>'
    if kind == "tiles":
        tiles = []
        for big, small in item[1]:
            b, s = gold.render(f"{big}\n{small}").split("\n")
            tiles.append(f'<div class="tile"><span class="big">{e(b)}</span><span class="small">{e(s)}</span></div>')
        return f'<div class="tiles">{"".join(tiles)}</div>'
    if kind == "cols":
        return f'<div class="cols">{"".join(_item(gold, x) for x in item[1])}</div>'
    if kind == "table":
        opts = item[2] if len(item) > 2 else {}
        return _table(_rows(gold, item[1]), head=opts.get("head", True))
    if kind == "stmt":
        st, title = item[1], gold.render(item[2])
        gold.headings.append(title)
        gold.statements.append(st)
        body = st.body_rows()
        cells = _rows(gold, [st.header_row()] + [c for _, c in body])
        bold = {i + 1 for i, (line, _) in enumerate(body) if line.bold and not line.is_head}
        above = f"<p><i>{e(gold.render(st.above))}</i></p>" if st.above else ""
        return f'<div class="stitle">{e(title)}</div>{above}{_table(cells, bold=bold)}'
    if kind == "cards":
        cards = []
        for name, lines in item[1]:
            sub = "<br>".join(e(gold.render(x)) for x in lines)
            cards.append(f'<div class="card"><div class="ph"></div><b>{e(gold.render(name))}</b>{sub}</div>')
        return f'<div class="cards">{"".join(cards)}</div>'
    if kind == "pairs":
        cells = "".join(f'<span class="r">{e(gold.render(a))}</span><span>{e(gold.render(b))}</span>'
                        for a, b in item[1])
        return f'<div class="pairs">{cells}</div>'
    if kind == "sign":
        people = "".join(f"<div>{e(gold.render(n))}<br>{e(gold.render(t))}</div>" for n, t in item[2])
        return f'<p>{e(gold.render(item[1]))}</p><div class="sign">{people}</div>'
    if kind == "foot":
        return f'<div class="foot">{e(gold.render(item[1]))}</div>'
    if kind == "pagebreak":
        return '<div class="pb"></div>'
    raise ValueError(f"unknown item {kind!r}")


def html_document(report: dict, gold) -> str:
    style = {"accent": "#2d6a4f", "pale": "#e9f2ee", "case": "none", "per_row": 4, **report.get("style", {})}
    body = "".join(_item(gold, item) for item in report["items"])
    lang = "nn" if report.get("lang") == "nn" else "nb"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(report["title"])}'
            f"</title><style>{CSS % style}</style></head><body>{body}</body></html>")
