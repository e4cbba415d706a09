"""This set's own page builder for its one designer-made report: HTML with a simple printed-brochure
layout (a coloured cover, a main column beside a facts sidebar, figure tiles, text in two columns,
board cards, statements side by side, a signature row), printed by Chromium. Every text goes
through ``gold.render``; headings, table rows and statements are registered as they are written.

Items (tuples; the last element may be a dict of options):

    ("cover", kicker, title, subtitle, caption)   first sheet: band, title, a drawn "photo", caption
    ("h", text) / ("h3", text)                    section heading / sub-heading      -> gold heading
    ("p", text, {lead, small, italic})            a paragraph
    ("split", [main items], [side items])         main column beside a sidebar
    ("facts", title, [lines])                     a tinted facts box (title is not a heading)
    ("tiles", [(figure, label)])                  big figures with a label under each
    ("cols", [items])                             text in two CSS columns
    ("cards", [(role, name, note)])               people as cards: role word above the name
    ("table", rows, {header})                     a table; a cell's about is its row label
    ("stmts", [(Statement, title)])               statements side by side, each with its title
    ("sign", place_date, [(name, role)])          names under signature lines in one row
    ("pagebreak",)
"""
from __future__ import annotations

import html

import h4_html  # a table row's gold (the fourth set's)

CSS = """
@page { size: A4; margin: 15mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.4; color: #1d2b2a; margin: 0; }
.cover { height: 262mm; position: relative; }
.band { background: %(accent)s; color: #fff; padding: 16mm 12mm 12mm 12mm; }
.kicker { font-size: 10pt; letter-spacing: 2pt; text-transform: uppercase; opacity: .85; }
.title { font-size: 30pt; font-weight: bold; margin-top: 4mm; }
.subtitle { font-size: 12pt; margin-top: 3mm; }
.photo { margin: 10mm 12mm 2mm 12mm; height: 120mm; border-radius: 3mm;
         background: linear-gradient(160deg, #9fc3c0 0%%, #5d8f8a 45%%, #2f5450 100%%); }
.caption { margin: 0 12mm; font-size: 7.5pt; color: #555; font-style: italic; }
h2 { font-size: 15pt; color: %(accent)s; margin: 0 0 4mm 0; padding-top: 1mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; color: #263b39; }
p { margin: 0 0 2.5mm 0; }
p.lead { font-size: 11pt; line-height: 1.45; color: #2d4745; }
p.small { font-size: 7.5pt; color: #555; }
.split { display: grid; grid-template-columns: 1fr 58mm; gap: 8mm; }
.facts { background: %(tint)s; border-top: 1.2mm solid %(accent)s; padding: 4mm 5mm; font-size: 8.3pt; margin-bottom: 5mm; }
.facts .ft { font-weight: bold; font-size: 9.5pt; margin-bottom: 2mm; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; margin: 5mm 0 6mm 0; }
.tile { border-left: 1mm solid %(accent)s; padding: 1mm 0 1mm 3mm; }
.tile .fig { font-size: 19pt; font-weight: bold; color: %(accent)s; }
.tile .lab { font-size: 7.8pt; color: #444; }
.cols { column-count: 2; column-gap: 8mm; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm 5mm; margin: 3mm 0 4mm 0; }
.card { background: %(tint)s; padding: 3mm 4mm; border-radius: 2mm; }
.card .role { font-size: 7pt; text-transform: uppercase; letter-spacing: .8pt; color: %(accent)s; }
.card .name { font-size: 10pt; font-weight: bold; margin-top: .8mm; }
.card .note { font-size: 7.5pt; color: #555; }
table { border-collapse: collapse; width: 100%%; font-size: 8pt; margin: 1mm 0 4mm 0; }
th { text-align: left; border-bottom: .6mm solid %(accent)s; padding: 1mm 1.5mm; }
td { padding: .7mm 1.5mm; border-bottom: .2mm solid #d4dddc; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.bold td { font-weight: bold; }
.stmts { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm; }
.stmts .st-title { font-weight: bold; font-size: 10.5pt; color: %(accent)s; margin-bottom: 1mm; }
.sign { display: flex; flex-wrap: wrap; gap: 3mm 6mm; margin-top: 6mm; break-inside: avoid; }
.sign div { width: 52mm; border-top: .3mm solid #000; padding-top: 1mm; margin-top: 11mm; font-size: 8pt; }
.pb { break-before: page; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()%").isdigit()


def heading_html(gold, text: str, tag: str = "h2") -> str:
    out = gold.render(text)
    gold.headings.append(out)
    return f"<{tag}>{_esc(out)}</{tag}>"


def table_html(gold, rows: list[list[str]], header: bool = True, bold_rows=()) -> str:
    """Rows as printed; each row with text is a gold table row, each cell's about its row label."""
    out = ["<table>"]
    for r, row in enumerate(rows):
        printed = h4_html.table_row(gold, row)
        tag = "th" if header and r == 0 else "td"
        cells = "".join(f'<{tag}{" class=num" if c and (_is_number(t) or (tag == "th")) else ""}>{_esc(t)}</{tag}>'
                        for c, t in enumerate(printed))
        out.append(f'<tr{" class=bold" if r in bold_rows else ""}>{cells}</tr>')
    out.append("</table>")
    return "\n".join(out)


def statement_html(gold, st, title: str) -> str:
    gold.statements.append(st)
    text = gold.render(title)
    gold.headings.append(text)
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body]
    bold = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
    below = f'<p class="small">{_esc(gold.render(st.below))}</p>' if st.below else ""
    return f'<div><div class="st-title">{_esc(text)}</div>{table_html(gold, rows, bold_rows=bold)}{below}</div>'


def cover_html(gold, kicker: str, title: str, subtitle: str, caption: str) -> str:
    head = gold.render(title)
    gold.headings.append(head)
    return (f'<div class="cover"><div class="band"><div class="kicker">{_esc(gold.render(kicker))}</div>'
            f'<div class="title">{_esc(head)}</div><div class="subtitle">{_esc(gold.render(subtitle))}</div></div>'
            f'<div class="photo"></div><div class="caption">{_esc(gold.render(caption))}</div></div>')


def items_html(gold, items: list[tuple]) -> str:
    out = []
    for item in items:
        kind, opts = item[0], _opts(item)
        if kind == "cover":
            out.append(cover_html(gold, *item[1:5]))
        elif kind in ("h", "h3"):
            out.append(heading_html(gold, item[1], "h2" if kind == "h" else "h3"))
        elif kind == "p":
            cls = "lead" if opts.get("lead") else "small" if opts.get("small") else ""
            text = _esc(gold.render(item[1]))
            out.append(f'<p class="{cls}">{f"<i>{text}</i>" if opts.get("italic") else text}</p>')
        elif kind == "split":
            out.append(f'<div class="split"><div>{items_html(gold, item[1])}</div>'
                       f'<div>{items_html(gold, item[2])}</div></div>')
        elif kind == "facts":
            lines = "<br>".join(_esc(gold.render(line)) for line in item[2])
            out.append(f'<div class="facts"><div class="ft">{_esc(gold.render(item[1]))}</div>{lines}</div>')
        elif kind == "tiles":
            tiles = "".join(f'<div class="tile"><div class="fig">{_esc(gold.render(fig, about=gold.strip(lab)))}</div>'
                            f'<div class="lab">{_esc(gold.render(lab))}</div></div>' for fig, lab in item[1])
            out.append(f'<div class="tiles">{tiles}</div>')
        elif kind == "cols":
            out.append(f'<div class="cols">{items_html(gold, item[1])}</div>')
        elif kind == "cards":
            cards = "".join(f'<div class="card"><div class="role">{_esc(gold.render(role))}</div>'
                            f'<div class="name">{_esc(gold.render(name))}</div>'
                            + (f'<div class="note">{_esc(gold.render(note))}</div>' if note else "") + "</div>"
                            for role, name, note in item[1])
            out.append(f'<div class="cards">{cards}</div>')
        elif kind == "table":
            out.append(table_html(gold, item[1], header=opts.get("header", True)))
        elif kind == "stmts":
            out.append('<div class="stmts">' + "".join(statement_html(gold, st, title) for st, title in item[1])
                       + "</div>")
        elif kind == "sign":
            blocks = "".join(f"<div>{_esc(gold.render(n))}<br>{_esc(gold.render(r))}</div>" for n, r in item[2])
            out.append(f'<p>{_esc(gold.render(item[1]))}</p><div class="sign">{blocks}</div>')
        elif kind == "pagebreak":
            out.append('<div class="pb"></div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    style = CSS % {"accent": "#" + report.get("accent", "1E6B66"), "tint": "#" + report.get("tint", "E8F1F0")}
    body = items_html(gold, report["items"])
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")
