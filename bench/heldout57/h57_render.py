"""The fifty-seventh set's own page: a magazine-like annual report written as HTML and CSS from
scratch (no earlier set's page builder; the items' walk is ``h4_html.runs_of_items``) and printed
by Chromium. Gold is registered while the items are written (``gold.render`` for every printed
text, ``gold.headings``, ``gold.table_rows``).

Items (tuples; the last element may be a dict of options):

    ("cover", kicker, title, sub)          a full-bleed cover block (title is a gold heading)
    ("h", level, text)                     a heading (h1-h3)
    ("kicker", text)                       a small upper-case line over a heading (not a heading)
    ("p", text) ("lead", text)             a paragraph, an introduction in large type
    ("flow", [items], {cols, photo, at})   text in CSS columns; a photo spanning all columns is
                                           put before the item at index ``at`` with ``photo`` as caption
    ("quote", text, who)                   a pull quote with its speaker
    ("side", title, [lines], {wide})       a fact sidebar floated right (title a gold heading)
    ("dl", title, [(term, desc)])          a definition list, each pair a gold row
    ("divtable", rows, {header, cols})     a table drawn with divs (CSS grid), rows gold
    ("spread", title, [left items], [right items])  the "Dette er oss" spread: two halves side by side
    ("caprow", title, [(role, name)], {note, order})  a strip of photos with a caption row under it;
                                           ``order`` "role-first" prints the role above the name
    ("tiles", [(value, label)], {title})   numbered key-figure tiles ("01", big value, label)
    ("timeline", title, [(when, text)])    the year along a vertical line
    ("stmt", Statement, {title, grid})     a statement as a <table> or (grid) as a CSS grid of divs
    ("sign", place_date, [(name, title)])  the signature row
    ("li", text)                           bullets (consecutive items make one list)
    ("pb",)                                a page break
"""
from __future__ import annotations

import html
import re

import h4_html  # the items' walk and a run of list items (the fourth set's)
from heldout_finance import Statement

CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm;
        @bottom-left { content: "%(runner)s"; font-size: 7pt; color: #888; }
        @bottom-right { content: counter(page); font-size: 8pt; color: %(accent)s; } }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9pt; line-height: 1.4; color: #2a2a2a; margin: 0; }
.cover { background: %(accent)s; color: #fff; padding: 60mm 14mm 30mm 14mm; margin: 0 0 8mm 0; break-after: page; }
.cover .k { font-size: 10pt; letter-spacing: 2pt; text-transform: uppercase; }
.cover h1 { font-size: 34pt; line-height: 1.1; margin: 6pt 0 10pt 0; color: #fff; }
.cover .s { font-size: 12pt; }
h1 { font-size: 22pt; color: %(accent)s; margin: 4pt 0 8pt 0; font-weight: 800; }
h2 { font-size: 15pt; color: %(accent)s; margin: 12pt 0 5pt 0; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; text-transform: uppercase; letter-spacing: .6pt; }
.kicker { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1.5pt; color: #777; margin-top: 10pt; }
p { margin: 0 0 5pt 0; }
p.lead { font-size: 12pt; line-height: 1.45; color: #444; }
.flow { column-gap: 7mm; column-fill: balance; margin: 4pt 0 10pt 0; }
.flow .photo { column-span: all; margin: 6pt 0 8pt 0; }
.photo .img { height: 48mm; background: linear-gradient(120deg, %(shade)s, #8aa0b4 55%%, #4f6478); }
.photo .cap { font-size: 7.5pt; color: #555; font-style: italic; margin-top: 2pt; }
.quote { font-family: 'DejaVu Serif', serif; font-size: 14pt; color: %(accent)s; border-left: 4pt solid %(accent)s;
         padding: 2pt 0 2pt 9pt; margin: 8pt 0 10pt 0; break-inside: avoid; }
.quote .who { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #666; margin-top: 3pt; }
.side { float: right; width: 58mm; background: %(shade)s; padding: 6pt 8pt; margin: 0 0 8pt 10pt; font-size: 8pt; }
.side.wide { float: none; width: auto; margin: 6pt 0 10pt 0; }
.side .t { font-weight: bold; font-size: 9pt; color: %(accent)s; margin-bottom: 3pt; }
dl.facts { display: grid; grid-template-columns: 42mm 1fr; gap: 2pt 8pt; margin: 3pt 0 10pt 0; }
dl.facts dt { font-weight: bold; color: #555; }
dl.facts dd { margin: 0; }
.dlt { font-weight: bold; font-size: 10pt; color: %(accent)s; margin-top: 8pt; }
.dt { display: grid; gap: 0; margin: 4pt 0 10pt 0; font-size: 8.5pt; }
.dt div { padding: 2pt 6pt 2pt 0; border-bottom: 0.5pt solid #ccc; }
.dt div.hd { font-weight: bold; border-bottom: 1.2pt solid %(accent)s; }
.dt div.num { text-align: right; }
.spread { display: flex; gap: 9mm; break-before: page; }
.spread > div { flex: 1; }
.spread .left { border-right: 0.6pt solid #bbb; padding-right: 7mm; }
.spread h1 { font-size: 26pt; }
.caprow { margin: 6pt 0 10pt 0; break-inside: avoid; }
.caprow .strip { display: flex; gap: 3pt; }
.caprow .strip div { flex: 1; height: 30mm; background: linear-gradient(160deg, #c8ced6, #7e8a99); }
.caprow .names { display: flex; gap: 3pt; font-size: 7.8pt; margin-top: 3pt; }
.caprow .names div { flex: 1; }
.caprow .names .r { text-transform: uppercase; font-size: 6.5pt; letter-spacing: .6pt; color: #777; }
.caprow .note { font-size: 7pt; color: #666; margin-top: 3pt; }
.tiles { display: grid; grid-template-columns: repeat(%(tilecols)s, 1fr); gap: 6pt; margin: 6pt 0 12pt 0; }
.tile { border-top: 3pt solid %(accent)s; padding: 4pt 2pt; }
.tile .n { font-size: 7pt; color: #999; }
.tile .v { font-size: 19pt; font-weight: 800; color: %(accent)s; line-height: 1.1; }
.tile .l { font-size: 8pt; color: #444; }
.tl { border-left: 2pt solid %(accent)s; margin: 5pt 0 10pt 4pt; padding-left: 9pt; }
.tl .e { margin-bottom: 5pt; break-inside: avoid; }
.tl .w { font-weight: bold; color: %(accent)s; font-size: 8pt; text-transform: uppercase; }
table.st { border-collapse: collapse; font-size: 8.5pt; margin: 3pt 0 10pt 0; width: 100%%; }
table.st td, table.st th { padding: 1.6pt 6pt 1.6pt 0; }
table.st th { border-bottom: 1.2pt solid %(accent)s; text-align: left; }
table.st td.num, table.st th.num { text-align: right; white-space: nowrap; }
table.st tr.b td { font-weight: bold; }
table.st tr.k td { border-top: 0.6pt solid #333; }
.sign { display: flex; flex-wrap: wrap; gap: 10pt 18pt; margin: 14pt 0 8pt 0; break-inside: avoid; }
.sign div { width: 50mm; border-top: 0.6pt solid #000; padding-top: 2pt; margin-top: 16pt; font-size: 8pt; }
ul { margin: 2pt 0 6pt 14pt; padding: 0; }
.pb { break-before: page; }
"""

NUMBER = re.compile(r"^\(?-?[\d  .]+(,\d+)?\)?$")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _heading(gold, text: str) -> str:
    out = gold.render(text)
    gold.headings.append(out)
    return _esc(out)


def _rows(gold, rows: list[list[str]]) -> list[list[str]]:
    """Each row printed, a cell's about its row label; every row with two filled cells is gold."""
    printed = []
    for row in rows:
        label = gold.strip(row[0]) if row else ""
        cells = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(cells))
        filled = [c for c in cells if c.strip()]
        if len(filled) >= 2:
            gold.table_rows.append(filled)
        printed.append(cells)
    return printed


def divtable(gold, rows: list[list[str]], header: bool = True, cols: str | None = None) -> str:
    printed = _rows(gold, rows)
    ncols = max(len(r) for r in printed)
    template = cols or " ".join(["2.2fr"] + ["1fr"] * (ncols - 1))
    cells = []
    for r, row in enumerate(printed):
        for c, text in enumerate(row):
            cls = []
            if header and r == 0:
                cls.append("hd")
            if c and NUMBER.match(text.strip() or "x"):
                cls.append("num")
            cells.append(f'<div class="{" ".join(cls)}">{_esc(text) or "&nbsp;"}</div>')
    return f'<div class="dt" style="grid-template-columns: {template}">' + "".join(cells) + "</div>"


def statement(gold, st: Statement, title: str | None, grid: bool) -> str:
    gold.statements.append(st)
    parts = []
    if title:
        parts.append(f"<h3>{_heading(gold, title)}</h3>")
    if st.above:
        parts.append(f'<p class="kicker">{_esc(gold.render(st.above))}</p>')
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    if grid:
        parts.append(divtable(gold, rows, header=True))
    else:
        printed = _rows(gold, rows)
        out = ['<table class="st">']
        for r, cells in enumerate(printed):
            line = body[r - 1][0] if r else None
            cls = " ".join(c for c, on in (("b", line is not None and line.bold), ("k", line is not None and line.key)) if on)
            tag = "th" if r == 0 else "td"
            tds = "".join(f'<{tag}{" class=num" if c else ""}>{_esc(t)}</{tag}>' for c, t in enumerate(cells))
            out.append(f'<tr class="{cls}">{tds}</tr>')
        out.append("</table>")
        parts.append("\n".join(out))
    if st.below:
        parts.append(f'<p style="font-size:7.5pt;color:#666">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def items_html(gold, items: list[tuple]) -> str:
    out: list[str] = []
    for kind, opts, item in h4_html.runs_of_items(items):
        if kind == "li":
            out.append(h4_html.list_html(gold, item))
        elif kind == "cover":
            k = _esc(gold.render(item[1]))
            t = _heading(gold, item[2])
            s = _esc(gold.render(item[3]))
            out.append(f'<div class="cover"><div class="k">{k}</div><h1>{t}</h1><div class="s">{s}</div></div>')
        elif kind == "h":
            out.append(f"<h{item[1]}>{_heading(gold, item[2])}</h{item[1]}>")
        elif kind == "kicker":
            out.append(f'<div class="kicker">{_esc(gold.render(item[1]))}</div>')
        elif kind == "p":
            out.append(f"<p>{_esc(gold.render(item[1]))}</p>")
        elif kind == "lead":
            out.append(f'<p class="lead">{_esc(gold.render(item[1]))}</p>')
        elif kind == "flow":
            inner = list(item[1])
            parts = []
            for i, sub in enumerate(inner):
                if opts.get("photo") and i == opts.get("at", 1):
                    parts.append(f'<div class="photo"><div class="img"></div><div class="cap">{_esc(gold.render(opts["photo"]))}</div></div>')
                parts.append(items_html(gold, [sub]))
            out.append(f'<div class="flow" style="column-count: {opts.get("cols", 2)}">' + "\n".join(parts) + "</div>")
        elif kind == "quote":
            out.append(f'<div class="quote">«{_esc(gold.render(item[1]))}»<div class="who">{_esc(gold.render(item[2]))}</div></div>')
        elif kind == "side":
            lines = "".join(f"<div>{_esc(gold.render(l))}</div>" for l in item[2])
            out.append(f'<div class="side{" wide" if opts.get("wide") else ""}"><div class="t">{_heading(gold, item[1])}</div>{lines}</div>')
        elif kind == "dl":
            if item[1]:
                out.append(f'<div class="dlt">{_heading(gold, item[1])}</div>')
            pairs = _rows(gold, [[t, d] for t, d in item[2]])
            out.append('<dl class="facts">' + "".join(f"<dt>{_esc(t)}</dt><dd>{_esc(d)}</dd>" for t, d in pairs) + "</dl>")
        elif kind == "divtable":
            out.append(divtable(gold, item[1], header=opts.get("header", True), cols=opts.get("cols")))
        elif kind == "spread":
            left = items_html(gold, [("h", 1, item[1])] + list(item[2]))
            right = items_html(gold, item[3])
            out.append(f'<div class="spread"><div class="left">{left}</div><div class="right">{right}</div></div>')
        elif kind == "caprow":
            if item[1]:
                out.append(f"<h3>{_heading(gold, item[1])}</h3>")
            people = item[2]
            strip = "".join("<div></div>" for _ in people)
            names = []
            for role, name in people:
                r, n = _esc(gold.render(role)), _esc(gold.render(name))
                names.append(f'<div><span class="r">{r}</span><br>{n}</div>' if opts.get("order") == "role-first"
                             else f'<div>{n}<br><span class="r">{r}</span></div>')
            note = f'<div class="note">{_esc(gold.render(opts["note"]))}</div>' if opts.get("note") else ""
            out.append(f'<div class="caprow"><div class="strip">{strip}</div><div class="names">{"".join(names)}</div>{note}</div>')
        elif kind == "tiles":
            if opts.get("title"):
                out.append(f"<h2>{_heading(gold, opts['title'])}</h2>")
            tiles = []
            for i, (value, label) in enumerate(item[1], 1):
                lab = gold.render(label)
                val = gold.render(value, about=lab)
                tiles.append(f'<div class="tile"><div class="n">{i:02d}</div><div class="v">{_esc(val)}</div><div class="l">{_esc(lab)}</div></div>')
            out.append('<div class="tiles">' + "".join(tiles) + "</div>")
        elif kind == "timeline":
            if item[1]:
                out.append(f"<h2>{_heading(gold, item[1])}</h2>")
            events = "".join(f'<div class="e"><div class="w">{_esc(gold.render(w))}</div>{_esc(gold.render(t))}</div>'
                             for w, t in item[2])
            out.append(f'<div class="tl">{events}</div>')
        elif kind == "stmt":
            out.append(statement(gold, item[1], opts.get("title", item[1].title), opts.get("grid", False)))
        elif kind == "sign":
            out.append(f"<p>{_esc(gold.render(item[1]))}</p>")
            out.append('<div class="sign">' + "".join(f"<div>{_esc(gold.render(n))}<br>{_esc(gold.render(t))}</div>"
                                                     for n, t in item[2]) + "</div>")
        elif kind == "pb":
            out.append('<div class="pb"></div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def designed_html(report: dict, gold) -> str:
    style = CSS % {"accent": "#" + report.get("accent", "24506E"), "shade": "#" + report.get("shade", "E4ECF1"),
                   "runner": _esc(gold.strip(report.get("runner", ""))).replace('"', ""),
                   "tilecols": report.get("tile_cols", 4)}
    if report.get("runner"):
        gold.render(report["runner"])
    body = items_html(gold, report["items"])
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")
