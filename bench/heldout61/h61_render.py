"""The sixty-first set's page: a designer's annual report on **landscape** sheets printed by
Chromium, written from scratch for this set (no earlier set's page builder; the items' walk is
``h4_html.runs_of_items``): each sheet is either
one wide page or a **two-page spread** (a left and a right half with a gutter), text may stand on
**coloured blocks**, tables carry **only horizontal hairlines**, photos are coloured boxes with the
**caption laid over the picture**, paragraphs may carry **footnote marks** with the notes at the
foot of the column, and the last sheet may be a **back page with contact details**. Gold is
registered while the page is written (``gold.render`` for every printed text), the way the first
set's markup works.

A report's ``items`` are sheets: ``("sheet", [items], {bg, folio})`` or ``("spread", [left items],
[right items], {left_bg, right_bg, folio})``. Items inside a sheet (tuples, the last may be a dict):

    ("h", level, text, {num})    a heading; ``num`` ("03") printed apart in the margin, not part of it
    ("kicker", text)             a small capitals line above a heading (not a heading)
    ("p", text, {lead, small})   ("li", text)   consecutive li make one list
    ("fn", [notes])              footnotes under a short rule ("1 text", small)
    ("block", [items], {bg, fg}) items on a coloured block
    ("cols", n, [items])         items in n CSS columns
    ("figs", [(number, label)])  key figures as a stack of "number  label" lines between hairlines
    ("table", rows, {header, title, gold_rows})   hairline table; a cell's about is its row label
    ("stmt", Statement, {title}) a statement as a hairline table, key lines bold over a rule
    ("photo", caption, {h, hue}) a picture with the caption laid over its lower edge
    ("roster", [(role, name)], {title, per_row})  role above name, in a grid of small tiles
    ("quote", text, who)         a large quote with the speaker under it
    ("sign", place_date, [(name, title)])   names over titles in a row
    ("back", [lines], {title})   the back page's contact lines, large and spaced
    ("gap", mm)
"""
from __future__ import annotations

import html

import h4_html  # the items' walk, a run of list items and a table row's gold (the fourth set's)
from heldout_finance import Statement

CSS = """
@page { size: 297mm 210mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.38;
       color: #2b2b2b; }
.sheet { width: 297mm; min-height: 210mm; position: relative; break-after: page; overflow: hidden; }
.sheet:last-child { break-after: auto; }
.one { padding: 16mm 20mm 18mm 20mm; }
.spread { display: grid; grid-template-columns: 1fr 1fr; }
.half { padding: 15mm 14mm 18mm 16mm; min-height: 210mm; }
.half.left { border-right: 0.4pt solid #cfcfcf; }
.folio { position: absolute; bottom: 7mm; font-size: 7pt; color: #8a8a8a; letter-spacing: 0.06em; }
.folio.l { left: 16mm; } .folio.r { right: 14mm; }
h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 26pt; line-height: 1.1; margin: 0 0 8pt 0; color: %(accent)s; }
h2 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 16pt; margin: 4pt 0 6pt 0; color: %(accent)s; }
h3 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 10pt 0 3pt 0; color: #444; }
.hrow { display: flex; gap: 6mm; align-items: baseline; }
.num { font-size: 30pt; font-weight: bold; color: %(pale)s; min-width: 16mm; }
.kicker { font-size: 7pt; letter-spacing: 0.18em; text-transform: uppercase; color: #888; margin-bottom: 2pt; }
p { margin: 0 0 5pt 0; }
p.lead { font-size: 11.5pt; line-height: 1.35; font-family: 'DejaVu Serif', serif; }
p.small { font-size: 7.5pt; color: #666; }
ul { margin: 2pt 0 6pt 0; padding-left: 12pt; }
.block { padding: 8mm 9mm; margin: 0 0 6mm 0; }
.dark h1, .dark h2, .dark h3, .dark .ttl, .dark .fig .n, .dark .quote, .dark .kicker, .dark .fig .l { color: inherit; }
.dark .fig { border-color: rgba(255,255,255,0.5); }
.dark .fnt, .dark p.small { color: inherit; opacity: 0.85; } .dark .fn { border-color: currentColor; }
.cols2 { column-count: 2; column-gap: 8mm; } .cols3 { column-count: 3; column-gap: 7mm; }
.fn { border-top: 0.4pt solid #999; width: 40mm; margin-top: 6pt; padding-top: 2pt; }
.fnt { font-size: 6.8pt; color: #555; margin: 0 0 1pt 0; }
.figs { margin: 4pt 0 8pt 0; }
.fig { display: flex; align-items: baseline; gap: 5mm; border-top: 0.4pt solid #bbb; padding: 3pt 0; }
.fig:last-child { border-bottom: 0.4pt solid #bbb; }
.fig .n { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: %(accent)s; min-width: 38mm; }
.fig .l { font-size: 8.5pt; color: #444; }
table.hair { border-collapse: collapse; width: 100%%; margin: 3pt 0 8pt 0; font-size: 8.3pt; }
table.hair td, table.hair th { border: none; border-bottom: 0.35pt solid #c4c4c4; padding: 1.6pt 4pt 1.6pt 0; text-align: left; vertical-align: top; }
table.hair th { font-weight: normal; color: #777; font-size: 7.3pt; text-transform: uppercase; letter-spacing: 0.05em;
                border-bottom: 0.7pt solid #555; }
table.hair td.n, table.hair th.n { text-align: right; white-space: nowrap; padding-right: 0; padding-left: 6pt; }
table.hair tr.key td { font-weight: bold; border-top: 0.7pt solid #555; }
table.hair tr.head td { font-weight: bold; padding-top: 4pt; }
.ttl { font-size: 8pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.08em; margin: 8pt 0 2pt 0; color: %(accent)s; }
.photo { position: relative; margin: 0 0 6mm 0; border-radius: 1pt; }
.photo .cap { position: absolute; left: 0; right: 0; bottom: 0; padding: 5pt 8pt; color: #fff;
              background: rgba(0,0,0,0.45); font-size: 7.8pt; line-height: 1.3; }
.roster { display: grid; gap: 5pt 8pt; margin: 4pt 0 8pt 0; }
.tile { border-left: 2pt solid %(accent)s; padding: 1pt 0 1pt 5pt; }
.tile .r { font-size: 6.8pt; text-transform: uppercase; letter-spacing: 0.1em; color: #777; }
.tile .m { font-size: 9.5pt; }
.dark .tile { border-left-color: currentColor; } .dark .tile .r { color: inherit; opacity: 0.8; }
.quote { font-family: 'DejaVu Serif', serif; font-size: 14pt; line-height: 1.3; color: %(accent)s; margin: 6pt 0 8pt 0; }
.quote .who { font-family: 'DejaVu Sans Condensed', sans-serif; font-size: 7.5pt; color: #777; margin-top: 3pt; }
.sign { display: flex; flex-wrap: wrap; gap: 8pt 18pt; margin: 14pt 0 6pt 0; }
.sign div { width: 44mm; border-top: 0.4pt solid #555; padding-top: 2pt; font-size: 8pt; margin-top: 14pt; }
.back { font-size: 11pt; line-height: 1.6; margin-top: 30mm; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _numeric(text: str) -> bool:
    core = text.replace(" ", "").replace("\u00a0", "").replace(",", "").replace(".", "").replace("-", "").replace("\u2212", "")
    return core.strip("()%").isdigit()


def _heading(gold, text: str) -> str:
    printed = gold.render(text)
    gold.headings.append(printed)
    return _esc(printed)


def hair_table(gold, rows: list[list[str]], header: bool = True, gold_rows: bool = True,
               key_rows=(), head_rows=()) -> str:
    """A table ruled only by horizontal hairlines; each row registered as gold (two filled cells)."""
    out = ['<table class="hair">']
    for r, row in enumerate(rows):
        printed = h4_html.table_row(gold, row, gold_rows, min_filled=2)
        tag = "th" if header and r == 0 else "td"
        cls = ' class="key"' if r in key_rows else ' class="head"' if r in head_rows else ""
        cells = "".join(f'<{tag}{" class=n" if c and (_numeric(t) or (tag == "th")) else ""}>{_esc(t)}</{tag}>'
                        for c, t in enumerate(printed))
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def statement(gold, st: Statement, title: str | None) -> str:
    gold.statements.append(st)
    parts = []
    if title:
        parts.append(f'<div class="ttl">{_heading(gold, title)}</div>')
    if st.above:
        parts.append(f'<p class="small">{_esc(gold.render(st.above))}</p>')
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    keys = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    heads = {i + 1 for i, (line, _) in enumerate(body) if line.is_head}
    parts.append(hair_table(gold, rows, gold_rows=st.gold_rows, key_rows=keys, head_rows=heads))
    if st.below:
        parts.append(f'<p class="small">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def items_html(gold, items: list[tuple]) -> str:
    out: list[str] = []
    for kind, opts, item in h4_html.runs_of_items(items):
        if kind == "li":
            out.append(h4_html.list_html(gold, item))
        elif kind == "h":
            text = _heading(gold, item[2])
            tag = f"<h{item[1]}>{text}</h{item[1]}>"
            out.append(f'<div class="hrow"><span class="num">{_esc(opts["num"])}</span>{tag}</div>' if opts.get("num") else tag)
        elif kind == "kicker":
            out.append(f'<div class="kicker">{_esc(gold.render(item[1]))}</div>')
        elif kind == "p":
            cls = " class=lead" if opts.get("lead") else " class=small" if opts.get("small") else ""
            out.append(f"<p{cls}>{_esc(gold.render(item[1]))}</p>")
        elif kind == "fn":
            notes = "".join(f'<p class="fnt">{_esc(gold.render(n))}</p>' for n in item[1])
            out.append(f'<div class="fn"></div>{notes}')
        elif kind == "block":
            style = f'background:{opts.get("bg", "#1d3b4f")};color:{opts.get("fg", "#fff")}'
            out.append(f'<div class="block dark" style="{style}">{items_html(gold, item[1])}</div>')
        elif kind == "cols":
            out.append(f'<div class="cols{item[1]}">{items_html(gold, item[2])}</div>')
        elif kind == "figs":
            # a figure's percentage is about its label, as a table cell is about its row label
            lines = "".join(f'<div class="fig"><span class="n">{_esc(gold.render(n, about=gold.strip(l)))}</span>'
                            f'<span class="l">{_esc(gold.render(l))}</span></div>' for n, l in item[1])
            out.append(f'<div class="figs">{lines}</div>')
        elif kind == "table":
            if opts.get("title"):
                out.append(f'<div class="ttl">{_heading(gold, opts["title"])}</div>')
            out.append(hair_table(gold, item[1], header=opts.get("header", True), gold_rows=opts.get("gold_rows", True)))
        elif kind == "stmt":
            out.append(statement(gold, item[1], opts.get("title", item[1].title)))
        elif kind == "photo":
            hue = opts.get("hue", 200)
            style = (f"height:{opts.get('h', 60)}mm;background:linear-gradient(160deg,hsl({hue},35%,62%),"
                     f"hsl({hue + 30},30%,30%))")
            out.append(f'<div class="photo" style="{style}"><div class="cap">{_esc(gold.render(item[1]))}</div></div>')
        elif kind == "roster":
            if opts.get("title"):
                out.append(f'<div class="ttl">{_heading(gold, opts["title"])}</div>')
            tiles = "".join(f'<div class="tile"><div class="r">{_esc(gold.render(r))}</div>'
                            f'<div class="m">{_esc(gold.render(n))}</div></div>' for r, n in item[1])
            out.append(f'<div class="roster" style="grid-template-columns:repeat({opts.get("per_row", 3)},1fr)">{tiles}</div>')
        elif kind == "quote":
            out.append(f'<div class="quote">«{_esc(gold.render(item[1]))}»'
                       f'<div class="who">{_esc(gold.render(item[2]))}</div></div>')
        elif kind == "sign":
            blocks = "".join(f"<div>{_esc(gold.render(n))}<br>{_esc(gold.render(t))}</div>" for n, t in item[2])
            out.append(f"<p>{_esc(gold.render(item[1]))}</p><div class=sign>{blocks}</div>")
        elif kind == "back":
            if opts.get("title"):
                out.append(f"<h2>{_heading(gold, opts['title'])}</h2>")
            out.append('<div class="back">' + "<br>".join(_esc(gold.render(l)) for l in item[1]) + "</div>")
        elif kind == "gap":
            out.append(f'<div style="height:{item[1]}mm"></div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def sheets_html(gold, sheets: list[tuple], running: str) -> str:
    out, page = [], 0
    for sheet in sheets:
        opts = _opts(sheet)
        if sheet[0] == "sheet":
            page += 1
            style = f' style="background:{opts["bg"]};color:{opts.get("fg", "#2b2b2b")}"' if opts.get("bg") else ""
            folio = f'<div class="folio r">{_esc(running)}  {page}</div>' if opts.get("folio", True) else ""
            out.append(f'<div class="sheet one"{style}>{items_html(gold, sheet[1])}{folio}</div>')
        elif sheet[0] == "spread":
            halves = []
            for side, items in (("left", sheet[1]), ("right", sheet[2])):
                page += 1
                bg = opts.get(f"{side}_bg")
                style = f' style="background:{bg};color:{opts.get(f"{side}_fg", "#fff")}"' if bg else ""
                dark = " dark" if bg else ""
                halves.append(f'<div class="half {side}{dark}"{style}>{items_html(gold, items)}</div>')
            folio = (f'<div class="folio l">{page - 1}  {_esc(running)}</div><div class="folio r">{_esc(running)}  {page}</div>'
                     if opts.get("folio", True) else "")
            out.append(f'<div class="sheet spread">{"".join(halves)}{folio}</div>')
        else:
            raise ValueError(f"a report's items are sheets, not {sheet[0]!r}")
    return "\n".join(out)


def designed_html(report: dict, gold) -> str:
    style = CSS % {"accent": report.get("accent", "#1d3b4f"), "pale": report.get("pale", "#c9d6de")}
    running = gold.strip(report.get("running", report["title"]))
    body = sheets_html(gold, report["items"], running)
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def sheet_count(report: dict) -> int:
    """Pages the PDF should have: one per sheet (a spread is one landscape page)."""
    return len(report["items"])
