"""The fifty-sixth set's own designed page, written from scratch: each page of the report is a fixed
A4 box (CSS grid inside), with a running header and a "side N" footer placed absolutely, an optional
rotated label down the outer edge and an optional full-bleed colour; inside it the items below.
Gold is registered as the items are written (``gold.render`` for every printed text), the way the
first set's markup asks. Only Chromium's run is imported (``h4_html.print_pdf`` through ``h5_web``),
and the items' walk every set's builder takes (``h4_html.runs_of_items``, ``list_html``).

Items (tuples; a trailing dict holds options):

    ("page", {head, rot, bleed, dark})   starts a page: running header text, rotated side label,
                                         full-bleed background colour (white text when ``dark``)
    ("h", level, text)                   a heading (gold heading)
    ("p", text, {cls})  ("li", text)     a paragraph; consecutive li make one list
    ("circles", [(number, label)])       big numbers in circles with a label under each
    ("boxes", [(number, label)])         a band of coloured boxes, number over label
    ("cols", n, [items])                 n newspaper columns
    ("split", width, [side items], [main items], {side_first})  a sidebar column beside the main one
    ("side", title, [items])             a tinted box with its own title (gold heading)
    ("portraits", [(name, role, tag)])   a grid of round "portraits" (initials) with name, role, tag
    ("divtable", rows, {cols})           a table made of divs in a CSS grid, no rules; first row header
    ("table", rows, {head})              a real table without rules
    ("stmt", Statement)                  a statement: its title (gold heading) over a rule-less table
    ("sign", place_date, [(name, role)], {per_row})  a grid of signature lines
    ("quote", text, who)                 a big pull quote
    ("chart", [(box title, [lines])])    an organisation chart of stacked boxes joined by lines
    ("legend", title, [(label, share markup)])  a ring chart's legend: colour swatch, label, share
"""
from __future__ import annotations

import html

import h4_html  # the items' walk, a run of list items and a table row's gold (the fourth set's)
from heldout_finance import Statement

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9pt; line-height: 1.38; color: #262626; }
.page { position: relative; width: 210mm; min-height: 297mm; padding: 24mm 18mm 20mm 22mm; break-after: page; overflow: visible; }
.page.bleed { color: #fff; }
.page .runhead { position: absolute; top: 9mm; left: 22mm; right: 18mm; font-size: 7pt; letter-spacing: .08em;
                 text-transform: uppercase; color: #8a8a8a; }
.page .runfoot { position: absolute; bottom: 8mm; right: 18mm; font-size: 7pt; color: #8a8a8a; }
.page.bleed .runhead, .page.bleed .runfoot { color: rgba(255,255,255,.8); }
.rot { position: absolute; left: 6mm; top: 60mm; transform: rotate(-90deg); transform-origin: left top;
       font-size: 8pt; letter-spacing: .3em; color: %(accent)s; font-weight: bold; white-space: nowrap; }
.cover h1.ct { font-size: 34pt; line-height: 1.05; margin: 70mm 0 6mm 0; }
h1 { font-size: 22pt; margin: 0 0 6pt 0; color: %(accent)s; font-weight: 800; }
.bleed h1, .bleed h2, .bleed h3 { color: #fff; }
h2 { font-size: 13pt; margin: 12pt 0 4pt 0; color: %(accent)s; }
h3 { font-size: 10pt; margin: 8pt 0 2pt 0; text-transform: uppercase; letter-spacing: .05em; }
p { margin: 0 0 5pt 0; }
p.lead { font-size: 11pt; line-height: 1.45; }
p.small { font-size: 7.5pt; color: #666; }
p.sig { font-style: italic; margin-top: 8pt; }
ul { margin: 0 0 6pt 0; padding-left: 12pt; }
.circles { display: flex; flex-wrap: wrap; gap: 8mm; margin: 8pt 0 12pt 0; }
.circle { width: 34mm; text-align: center; }
.circle .num { width: 30mm; height: 30mm; border-radius: 50%%; margin: 0 auto 3pt auto; display: flex;
               align-items: center; justify-content: center; background: %(accent)s; color: #fff;
               font-size: 17pt; font-weight: 800; }
.circle .lab { font-size: 8pt; }
.boxes { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 6pt 0 10pt 0; }
.box { background: %(shade)s; padding: 5mm 3mm; }
.box .num { font-size: 18pt; font-weight: 800; color: %(accent)s; display: block; }
.bleed .box { background: rgba(255,255,255,.15); } .bleed .box .num { color: #fff; }
.cols { column-gap: 7mm; margin-bottom: 6pt; }
.split { display: grid; gap: 7mm; }
.side { background: %(shade)s; padding: 4mm 4mm 3mm 4mm; margin-bottom: 5mm; font-size: 8.2pt; }
.side h3 { margin-top: 0; color: %(accent)s; }
.side .k { font-size: 6.8pt; text-transform: uppercase; letter-spacing: .06em; color: #777; margin-top: 4pt; }
.portraits { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6mm 4mm; margin: 6pt 0 10pt 0; }
.portrait { text-align: center; font-size: 8pt; }
.portrait .ph { width: 24mm; height: 24mm; border-radius: 50%%; margin: 0 auto 3pt auto; background: %(shade)s;
                border: 1.5mm solid %(accent)s; }
.portrait b { display: block; font-size: 9pt; }
.portrait i { display: block; color: #777; font-size: 7.5pt; }
.divtable { display: grid; gap: 2pt 8mm; margin: 4pt 0 10pt 0; }
.divtable .th { font-weight: bold; color: %(accent)s; font-size: 7.5pt; text-transform: uppercase; }
table { border-collapse: collapse; margin: 3pt 0 9pt 0; font-size: 8.4pt; }
td, th { padding: 1.6pt 10pt 1.6pt 0; text-align: left; vertical-align: top; }
th { color: %(accent)s; font-size: 7.8pt; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.bold td { font-weight: bold; }
tr.sum td { font-weight: bold; padding-top: 4pt; }
.sign { display: grid; gap: 12mm 8mm; margin: 14pt 0 8pt 0; break-inside: avoid; }
.sign div { border-top: 0.6pt solid #444; padding-top: 2pt; font-size: 8pt; }
.sign b { display: block; font-size: 8.8pt; }
.quote { font-size: 15pt; line-height: 1.3; font-weight: 300; color: %(accent)s; margin: 10pt 0; padding-left: 6mm;
         border-left: 2mm solid %(accent)s; }
.quote .who { display: block; font-size: 8pt; color: #555; margin-top: 4pt; font-weight: normal; }
.chart { display: flex; flex-direction: column; align-items: center; gap: 7mm; margin: 8pt 0; }
.chart .cb { border: 0.8pt solid rgba(255,255,255,.8); padding: 3mm 5mm; min-width: 70mm; text-align: center; font-size: 8.2pt; }
.chart .cb b { display: block; font-size: 9.5pt; }
.legend { display: grid; grid-template-columns: 5mm 1fr; gap: 3pt 3mm; align-items: center; margin: 4pt 0 8pt 0; }
.legend .sw { width: 4mm; height: 4mm; border-radius: 1mm; }
"""

SWATCHES = ("#2F6F73", "#E0A040", "#B5484B", "#6C7BA8", "#88A65E")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()\u2013%").isdigit()


def _heading(gold, text: str) -> str:
    out = gold.render(text)
    gold.headings.append(out)
    return out


def _rows(gold, rows: list[list[str]], gold_rows: bool = True) -> list[list[str]]:
    """Each row's cells printed (a cell's about is its row label) and registered as gold rows."""
    printed_rows = []
    for row in rows:
        printed_rows.append(h4_html.table_row(gold, row, gold_rows, min_filled=2))
    return printed_rows


def table_html(gold, rows, head: bool = True, bold=(), sums=()) -> str:
    out = ["<table>"]
    for r, printed in enumerate(_rows(gold, rows)):
        tag = "th" if head and r == 0 else "td"
        cls = ' class="sum"' if r in sums else (' class="bold"' if r in bold else "")
        cells = "".join(f'<{tag}{" class=num" if c and (_is_number(t) or (head and r == 0)) else ""}>{_esc(t)}</{tag}>'
                        for c, t in enumerate(printed))
        out.append(f"<tr{cls}>{cells}</tr>")
    return "\n".join(out + ["</table>"])


def statement_html(gold, st: Statement) -> str:
    gold.statements.append(st)
    parts = [f"<h2>{_esc(_heading(gold, st.title))}</h2>"]
    if st.above:
        parts.append(f'<p class="small">{_esc(gold.render(st.above))}</p>')
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    sums = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    bold = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
    parts.append(table_html(gold, rows, bold=bold, sums=sums))
    if st.below:
        parts.append(f'<p class="small">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def items_html(gold, items: list[tuple]) -> str:
    out: list[str] = []
    for kind, opts, item in h4_html.runs_of_items(items):
        if kind == "li":
            out.append(h4_html.list_html(gold, item))
        elif kind == "h":
            out.append(f"<h{item[1]}>{_esc(_heading(gold, item[2]))}</h{item[1]}>")
        elif kind == "p":
            cls = f' class="{opts["cls"]}"' if opts.get("cls") else ""
            out.append(f"<p{cls}>{_esc(gold.render(item[1]))}</p>")
        elif kind in ("circles", "boxes"):
            cells = []
            for number, label in item[1]:
                lab = gold.render(label)
                num = gold.render(number, about=lab)
                if kind == "circles":
                    cells.append(f'<div class="circle"><div class="num">{_esc(num)}</div><div class="lab">{_esc(lab)}</div></div>')
                else:
                    cells.append(f'<div class="box"><span class="num">{_esc(num)}</span>{_esc(lab)}</div>')
            out.append(f'<div class="{kind}">' + "".join(cells) + "</div>")
        elif kind == "cols":
            out.append(f'<div class="cols" style="column-count:{item[1]}">' + items_html(gold, item[2]) + "</div>")
        elif kind == "split":
            width, side, main = item[1], items_html(gold, item[2]), items_html(gold, item[3])
            if opts.get("side_first", True):
                out.append(f'<div class="split" style="grid-template-columns:{width} 1fr"><div>{side}</div><div>{main}</div></div>')
            else:
                out.append(f'<div class="split" style="grid-template-columns:1fr {width}"><div>{main}</div><div>{side}</div></div>')
        elif kind == "side":
            out.append(f'<div class="side"><h3>{_esc(_heading(gold, item[1]))}</h3>' + items_html(gold, item[2]) + "</div>")
        elif kind == "k":  # a small caps key line inside a sidebar
            out.append(f'<div class="k">{_esc(gold.render(item[1]))}</div>')
        elif kind == "portraits":
            cards = []
            for name, role, tag in item[1]:
                tag_html = f"<i>{_esc(gold.render(tag))}</i>" if tag else ""
                cards.append(f'<div class="portrait"><div class="ph"></div><b>{_esc(gold.render(name))}</b>'
                             f'{_esc(gold.render(role))}{tag_html}</div>')
            out.append('<div class="portraits">' + "".join(cards) + "</div>")
        elif kind == "divtable":
            rows = _rows(gold, item[1])
            ncols = max(len(r) for r in rows)
            cells = []
            for r, row in enumerate(rows):
                for text in row + [""] * (ncols - len(row)):
                    cells.append(f'<div class="{"th" if r == 0 else "td"}">{_esc(text)}</div>')
            template = opts.get("cols", f"repeat({ncols}, auto)")
            out.append(f'<div class="divtable" style="grid-template-columns:{template}">' + "".join(cells) + "</div>")
        elif kind == "table":
            out.append(table_html(gold, item[1], head=opts.get("head", True)))
        elif kind == "stmt":
            out.append(statement_html(gold, item[1]))
        elif kind == "sign":
            per_row = opts.get("per_row", 3)
            out.append(f"<p>{_esc(gold.render(item[1]))}</p>")
            blocks = "".join(f"<div><b>{_esc(gold.render(n))}</b>{_esc(gold.render(r))}</div>" for n, r in item[2])
            out.append(f'<div class="sign" style="grid-template-columns:repeat({per_row}, 1fr)">{blocks}</div>')
        elif kind == "quote":
            out.append(f'<div class="quote">{_esc(gold.render(item[1]))}<span class="who">{_esc(gold.render(item[2]))}</span></div>')
        elif kind == "chart":
            boxes = []
            for title, lines in item[1]:
                body = "<br>".join(_esc(gold.render(l)) for l in lines)
                boxes.append(f'<div class="cb"><b>{_esc(gold.render(title))}</b>{body}</div>')
            out.append('<div class="chart">' + "".join(boxes) + "</div>")
        elif kind == "legend":
            out.append(f"<h3>{_esc(_heading(gold, item[1]))}</h3>")
            cells = []
            for i, (label, share) in enumerate(item[2]):
                lab = gold.render(label)
                cells.append(f'<div class="sw" style="background:{SWATCHES[i % len(SWATCHES)]}"></div>'
                             f"<div>{_esc(lab)} {_esc(gold.render(share, about=lab))}</div>")
            out.append('<div class="legend">' + "".join(cells) + "</div>")
        elif kind == "cover":
            out.append(f'<h1 class="ct">{_esc(gold.render(item[1]))}</h1><p class="lead">{_esc(gold.render(item[2]))}</p>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def pages_of(items: list[tuple]) -> list[tuple[dict, list[tuple]]]:
    pages: list[tuple[dict, list[tuple]]] = []
    for item in items:
        if item[0] == "page":
            pages.append((_opts(item), []))
        elif not pages:
            raise ValueError("items must start with a ('page', {...}) marker")
        else:
            pages[-1][1].append(item)
    return pages


def designed_html(report: dict, gold) -> str:
    accent, shade = "#" + report.get("accent", "2F6F73"), "#" + report.get("shade", "E7F0EF")
    style = CSS % {"accent": accent, "shade": shade}
    body = []
    for number, (opts, items) in enumerate(pages_of(report["items"]), start=1):
        bleed = opts.get("bleed")
        cls = "page" + (" bleed" if bleed else "") + (" cover" if opts.get("cover") else "")
        styled = f' style="background:#{bleed}"' if bleed else ""
        parts = [f'<section class="{cls}"{styled}>']
        if opts.get("head"):
            parts.append(f'<div class="runhead">{_esc(gold.render(opts["head"]))}</div>')
        if opts.get("rot"):
            parts.append(f'<div class="rot">{_esc(gold.render(opts["rot"]))}</div>')
        parts.append(items_html(gold, items))
        if not opts.get("cover"):
            parts.append(f'<div class="runfoot">{_esc(gold.render(opts.get("foot", "side") + " " + str(number)))}</div>')
        parts.append("</section>")
        body.append("\n".join(parts))
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")
