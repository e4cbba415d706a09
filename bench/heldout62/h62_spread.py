"""The sixty-second set's page renderer: an annual report laid out as **landscape sheets that each hold
a two-page spread** (a left and a right page side by side with a gutter, as a designer's InDesign
file exported "as spreads"), written as HTML with CSS and printed by Chromium. Written for this set
(no earlier set's page builder is used); Chromium's run is the fourth set's ``h4_html.print_pdf``.

A report's ``items`` are sheets:

    ("sheet", left, right, {left_bg, right_bg, folio})   two pages on one landscape sheet
    ("wide", items, {bg})                                one landscape page across the whole sheet

and each page a list of blocks (tuples, the last element may be a dict of options):

    ("h", text, {num, caps, lvl})   a heading; ``num`` a section number printed before it on the same
                                    line ("01  Om oss": the gold heading is the printed line)
    ("kicker", text)                a small line above a heading (not a heading)
    ("p", text, {small, lead, cols})
    ("ul", [texts])
    ("table", rows, {header, gold_rows, key})   hairline rows; a cell's about is its row label
    ("stmt", Statement, {title, caps})          a statement, its title a gold heading
    ("kf", [(number, label)], {big})            key figures as "number / label" pairs (not a table)
    ("tiles", [(name, [lines])], {cols})        people as name tiles on tinted squares
    ("photo", caption, {h})                     a grey picture with its caption under it
    ("note", title, [blocks])                   a note: its title is a gold heading
    ("toc", [(number, title, page)])            contents lines (not headings)
    ("quote", text, who)
    ("sign", place_date, [(name, title)], {cols})
    ("box", [blocks], {bg})                     a tinted block
    ("gap", mm)

Gold is registered as the text is written (``Gold.render``); headings and table rows as printed.
"""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

from heldout_finance import Statement

CSS = """
@page { size: 297mm 210mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '%(font)s', sans-serif; font-size: 8.4pt; line-height: 1.38; color: #262626; }
.sheet { width: 297mm; min-height: 209mm; display: flex; position: relative; break-after: page; }
.sheet:last-child { break-after: auto; }
.page { width: 148.5mm; padding: 15mm 12mm 16mm 14mm; position: relative; }
.page.right { padding: 15mm 14mm 16mm 12mm; }
.page.left { border-right: 0.3pt solid #ddd; }
.wide { width: 297mm; padding: 15mm 16mm 16mm 16mm; }
.folio { position: absolute; bottom: 7mm; font-size: 7pt; color: #777; letter-spacing: 0.5pt; }
.left .folio { left: 14mm; } .right .folio { right: 14mm; }
h1 { font-size: 22pt; line-height: 1.1; margin: 0 0 6pt 0; color: %(accent)s; font-weight: 700; }
h2 { font-size: 13.5pt; margin: 0 0 5pt 0; color: %(accent)s; font-weight: 700; }
h3 { font-size: 9.8pt; margin: 8pt 0 3pt 0; font-weight: 700; }
.caps { text-transform: uppercase; letter-spacing: 0.8pt; }
.num { color: %(light)s; margin-right: 4mm; }
.kicker { font-size: 7pt; text-transform: uppercase; letter-spacing: 1.2pt; color: #888; margin-bottom: 2pt; }
p { margin: 0 0 5pt 0; }
p.lead { font-size: 10.5pt; line-height: 1.35; color: #333; }
p.small { font-size: 7pt; color: #666; }
.cols2 { column-count: 2; column-gap: 6mm; }
ul { margin: 0 0 6pt 0; padding-left: 4mm; }
table { border-collapse: collapse; width: 100%%; margin: 2pt 0 8pt 0; font-size: 7.8pt; }
td, th { padding: 1.4pt 3pt 1.4pt 0; border-bottom: 0.3pt solid #cfcfcf; text-align: left; vertical-align: top; }
th { font-weight: 700; border-bottom: 0.8pt solid %(accent)s; }
td.n, th.n { text-align: right; white-space: nowrap; padding-left: 4pt; }
tr.key td { font-weight: 700; border-bottom: 0.8pt solid #555; }
tr.head td { font-weight: 700; padding-top: 4pt; border-bottom: none; }
.kf { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm 6mm; margin: 6pt 0 10pt 0; }
.kf div { border-top: 1.2pt solid %(accent)s; padding-top: 3pt; }
.kf b { display: block; font-size: 19pt; line-height: 1.1; color: %(accent)s; font-weight: 700; }
.kf span { font-size: 7.8pt; color: #555; }
.tiles { display: grid; gap: 4mm; margin: 4pt 0 8pt 0; }
.tile { background: %(shade)s; padding: 5mm 3mm 4mm 3mm; min-height: 24mm; font-size: 7.6pt; }
.tile b { display: block; font-size: 9.2pt; margin-bottom: 2pt; }
.photo { background: linear-gradient(135deg, #a9b0b7, #6f7780); margin: 2pt 0 3pt 0; }
.cap { font-size: 7.3pt; color: #555; font-style: italic; margin-bottom: 8pt; }
.note { margin-bottom: 6pt; }
.note h3 { margin-top: 4pt; font-size: 8.6pt; }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.3pt dotted #aaa; padding: 2.5pt 0; font-size: 9pt; }
.toc i { color: %(light)s; font-style: normal; width: 10mm; display: inline-block; }
.quote { font-size: 12.5pt; line-height: 1.3; color: %(accent)s; border-left: 1.5pt solid %(accent)s; padding-left: 4mm; margin: 8pt 0; }
.quote small { display: block; font-size: 7.5pt; color: #666; margin-top: 3pt; }
.sign { display: grid; gap: 3mm 6mm; margin: 6pt 0 4pt 0; }
.sign div { border-top: 0.5pt solid #333; padding-top: 2pt; font-size: 7.5pt; margin-top: 7mm; }
.box { padding: 5mm; margin: 4pt 0 8pt 0; }
.dark, .dark h1, .dark h2, .dark h3, .dark p, .dark .kf b, .dark .folio, .dark .kicker, .dark .cap { color: #fff; }
.dark .kf div { border-top-color: #fff; } .dark .kf span { color: #eee; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _numeric(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()\u2013\u2212%").isdigit()


def heading_html(gold, text: str, opts: dict) -> str:
    """A heading; a section number goes before it on the same line and into the gold heading."""
    lvl = opts.get("lvl", 2)
    printed = gold.render(text)
    number = opts.get("num")
    gold.headings.append(f"{number} {printed}" if number else printed)
    cls = ' class="caps"' if opts.get("caps") else ""
    num = f'<span class="num">{_esc(number)}</span>' if number else ""
    return f"<h{lvl}{cls}>{num}{_esc(printed)}</h{lvl}>"


def table_html(gold, rows: list[list[str]], header: bool = True, gold_rows: bool = True,
               key: tuple = (), heads: tuple = ()) -> str:
    out = ["<table>"]
    for r, row in enumerate(rows):
        label = gold.strip(row[0]) if row else ""
        printed = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        tag = "th" if header and r == 0 else "td"
        cls = ' class="key"' if r in key else (' class="head"' if r in heads else "")
        cells = []
        for c, text in enumerate(printed):
            right = c > 0 and (_numeric(text) or (tag == "th" and c >= len(printed) - 3))
            cells.append(f'<{tag}{" class=n" if right else ""}>{_esc(text)}</{tag}>')
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def statement_html(gold, st: Statement, opts: dict) -> str:
    gold.statements.append(st)
    parts = []
    title = opts.get("title", st.title)
    if title:
        parts.append(heading_html(gold, title, {"lvl": 3, "caps": opts.get("caps", False)}))
    if st.above:
        parts.append(f'<p class="small">{_esc(gold.render(st.above))}</p>')
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    key = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    heads = {i + 1 for i, (line, _) in enumerate(body) if line.is_head}
    parts.append(table_html(gold, rows, gold_rows=st.gold_rows, key=key, heads=heads))
    if st.below:
        parts.append(f'<p class="small">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def blocks_html(gold, blocks: list[tuple]) -> str:
    out = []
    for item in blocks:
        kind, opts = item[0], _opts(item)
        if kind == "h":
            out.append(heading_html(gold, item[1], opts))
        elif kind == "kicker":
            out.append(f'<div class="kicker">{_esc(gold.render(item[1]))}</div>')
        elif kind == "p":
            cls = " ".join(c for c in ("small", "lead") if opts.get(c))
            body = f'<p{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{_esc(gold.render(item[1]))}</p>'
            out.append(f'<div class="cols2">{body}</div>' if opts.get("cols") else body)
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{_esc(gold.render(t))}</li>" for t in item[1]) + "</ul>")
        elif kind == "table":
            out.append(table_html(gold, item[1], header=opts.get("header", True),
                                  gold_rows=opts.get("gold_rows", True), key=opts.get("key", ())))
        elif kind == "stmt":
            out.append(statement_html(gold, item[1], opts))
        elif kind == "kf":
            pairs = [gold.render(f"{n}\n{l}").split("\n") for n, l in item[1]]  # a percentage's about is its label
            cells = "".join(f"<div><b>{_esc(n)}</b><span>{_esc(l)}</span></div>" for n, l in pairs)
            out.append(f'<div class="kf">{cells}</div>')
        elif kind == "tiles":
            cols = opts.get("cols", 3)
            cells = "".join(f'<div class="tile"><b>{_esc(gold.render(n))}</b>'
                            + "<br>".join(_esc(gold.render(line)) for line in lines) + "</div>"
                            for n, lines in item[1])
            out.append(f'<div class="tiles" style="grid-template-columns: repeat({cols}, 1fr)">{cells}</div>')
        elif kind == "photo":
            out.append(f'<div class="photo" style="height: {opts.get("h", 60)}mm"></div>'
                       f'<div class="cap">{_esc(gold.render(item[1]))}</div>')
        elif kind == "note":
            out.append('<div class="note">' + heading_html(gold, item[1], {"lvl": 3})
                       + blocks_html(gold, item[2]) + "</div>")
        elif kind == "toc":
            lines = "".join(f"<div><span><i>{_esc(gold.render(n))}</i>{_esc(gold.render(t))}</span>"
                            f"<span>{_esc(gold.render(p))}</span></div>" for n, t, p in item[1])
            out.append(f'<div class="toc">{lines}</div>')
        elif kind == "quote":
            out.append(f'<div class="quote">{_esc(gold.render(item[1]))}<small>{_esc(gold.render(item[2]))}</small></div>')
        elif kind == "sign":
            out.append(f"<p>{_esc(gold.render(item[1]))}</p>")
            cells = "".join(f"<div>{_esc(gold.render(n))}<br>{_esc(gold.render(t))}</div>" for n, t in item[2])
            out.append(f'<div class="sign" style="grid-template-columns: repeat({opts.get("cols", 3)}, 1fr)">'
                       f"{cells}</div>")
        elif kind == "box":
            out.append(f'<div class="box" style="background: #{opts.get("bg", "EEF1F3")}">'
                       + blocks_html(gold, item[1]) + "</div>")
        elif kind == "gap":
            out.append(f'<div style="height: {item[1]}mm"></div>')
        else:
            raise ValueError(f"unknown block {kind!r}")
    return "\n".join(out)


def page_html(gold, blocks: list[tuple], side: str, bg: str | None, folio: str | None) -> str:
    dark = bg is not None and bg.startswith("!")
    style = f' style="background: #{bg.lstrip("!")}"' if bg else ""
    foot = f'<div class="folio">{_esc(gold.render(folio))}</div>' if folio else ""
    return (f'<div class="page {side}{" dark" if dark else ""}"{style}>'
            + blocks_html(gold, blocks) + foot + "</div>")


def sheets(report: dict) -> list[tuple]:
    return [item for item in report["items"] if item[0] in ("sheet", "wide")]


def html_document(report: dict, gold) -> str:
    """The report's HTML: one landscape sheet per item, two pages side by side on a "sheet"."""
    body = []
    for item in report["items"]:
        opts = _opts(item)
        folios = opts.get("folio", (None, None))
        if item[0] == "sheet":
            body.append('<div class="sheet">'
                        + page_html(gold, item[1], "left", opts.get("left_bg"), folios[0])
                        + page_html(gold, item[2], "right", opts.get("right_bg"), folios[1]) + "</div>")
        elif item[0] == "wide":
            bg = opts.get("bg")
            style = f' style="background: #{bg}"' if bg else ""
            body.append(f'<div class="sheet"><div class="wide"{style}>' + blocks_html(gold, item[1]) + "</div></div>")
        else:
            raise ValueError(f"a report's items are sheets, not {item[0]!r}")
    style = CSS % {"accent": "#" + report.get("accent", "1E4D5C"), "light": "#" + report.get("light", "8FB3BD"),
                   "shade": "#" + report.get("shade", "E7EEF0"), "font": report.get("font", "DejaVu Sans")}
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n" + "\n".join(body)
            + "\n</body></html>\n")


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def print_spreads(report: dict, document: str, tmp: Path, out_dir: Path) -> bool:
    """Chromium prints the HTML; a sheet whose content ran onto an extra page is refused."""
    from h4_html import print_pdf

    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    print_pdf(page, target)
    wanted, got = len(sheets(report)), pdf_pages(target)
    if got != wanted:
        raise SystemExit(f"{report['name']}: {got} PDF pages for {wanted} sheets (a page overflowed)")
    return True
