"""Two page kinds printed by Chromium on A4: a web page as a browser prints it (the site's header
and navigation, the cookie notice nobody dismissed, breadcrumbs, the report as one long article
whose accordions are expanded for print, and the site footer with the organisation's address on
every page — a table footer, which Chromium repeats under each page's part of the table), and a
plain typed report for contrast (serif text, numbered headings, role/name pairs set on tab-like
columns, no frame at all).

``report["page"]`` holds {"mode": "web" | "plain", "site": {...} (web only), "blocks": [...]}.
Blocks (tuples; a last dict holds options):

    ("h1", text) ("h2", text) ("h3", text)   headings (gold); ("h3", text, {"gold": False}) not
    ("meta", text)  ("lead", text)  ("p", text)  ("ul", [texts])
    ("accordion", title, [blocks])            an expanded accordion: a button-like title (gold
                                              heading) with a minus sign, its blocks in a panel
    ("table", rows, {header, widths})          rows of markup; the first row is the header
    ("statement", Statement, title)            title (gold heading) above a statement table
    ("pairs", [(left, right)], {width})        two columns without a table: role | name lines
    ("facts", title, [lines])                  a boxed aside floated right
    ("sign", [lines])                          a closing block (place and date, names)

``site`` = {"name", "tagline", "nav": [..], "cookie": {"text", "buttons"}, "crumb": [..],
"footer": [lines], "aside": (title, [links])}.
"""
from __future__ import annotations

from h73_common import esc, heading, register_rows, said, statement_rows

WEB_CSS = """
@page { size: A4; margin: 14mm 14mm 12mm; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #2b2b2b; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #%(accent)s;
       padding-bottom: 6pt; }
.top .name { font-size: 17pt; font-weight: bold; color: #%(accent)s; }
.top .tag { font-size: 8.5pt; color: #666; }
.top .search { font-size: 8.5pt; border: 1px solid #aaa; padding: 2pt 10pt; border-radius: 10pt; color: #777; }
nav { font-size: 9pt; margin: 5pt 0 0; }
nav span { margin-right: 14pt; }
.cookie { border: 1px solid #bbb; background: #f6f3e8; padding: 7pt 9pt; margin: 8pt 0; font-size: 8.5pt; }
.cookie .btn { display: inline-block; border: 1px solid #555; padding: 1pt 8pt; margin: 4pt 6pt 0 0; border-radius: 3pt; }
.crumb { font-size: 8pt; color: #666; margin: 6pt 0 4pt; }
.layout { display: grid; grid-template-columns: 1fr 46mm; gap: 9mm; }
.side { font-size: 8.5pt; border-top: 2px solid #%(accent)s; padding-top: 4pt; }
.side div { margin: 3pt 0; color: #%(accent)s; }
h1 { font-size: 21pt; margin: 8pt 0 2pt; }
.meta { font-size: 8pt; color: #777; margin-bottom: 8pt; }
.lead { font-size: 12pt; line-height: 1.45; }
.acc { border: 1px solid #c9ccd1; border-radius: 4pt; margin: 7pt 0; }
.acc .bar { display: flex; justify-content: space-between; background: #eef1f4; padding: 5pt 9pt;
            font-weight: bold; font-size: 11.5pt; color: #%(accent)s; }
.acc .panel { padding: 2pt 10pt 6pt; }
p { line-height: 1.45; margin: 5pt 0; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; }
table.w { border-collapse: collapse; margin: 5pt 0 8pt; font-size: 9pt; }
table.w td, table.w th { padding: 2pt 7pt; border-bottom: 1px solid #dde; text-align: left; }
table.w th { background: #e5e9ee; }
table.w td.num, table.w th.num { text-align: right; white-space: nowrap; }
table.w tr.b td { font-weight: bold; }
.pairs { display: grid; gap: 1pt 8pt; margin: 4pt 0 8pt; }
.facts { float: right; width: 52mm; background: #f1f4f6; border-left: 3px solid #%(accent)s; padding: 5pt 8pt;
         margin: 2pt 0 6pt 10pt; font-size: 9pt; line-height: 1.45; }
table.page { width: 100%%; border-collapse: collapse; }
table.page tfoot td { border-top: 1px solid #999; padding-top: 5pt; font-size: 8pt; color: #555; line-height: 1.4; }
"""

PLAIN_CSS = """
@page { size: A4; margin: 22mm 24mm 20mm; }
body { margin: 0; font-family: 'DejaVu Serif', serif; font-size: 11pt; color: #111; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4pt; }
.meta { text-align: center; font-size: 10pt; margin-bottom: 16pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 4pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; font-style: italic; font-weight: normal; }
p { line-height: 1.4; margin: 4pt 0; text-align: justify; }
.lead { font-style: italic; }
.pairs { display: grid; gap: 0 10pt; margin: 4pt 0 8pt 12pt; line-height: 1.4; }
table.w { border-collapse: collapse; margin: 6pt 0 10pt; font-size: 10pt; }
table.w td, table.w th { padding: 1.5pt 8pt; text-align: left; font-weight: normal; }
table.w th { border-bottom: 1px solid #000; font-weight: bold; }
table.w td.num, table.w th.num { text-align: right; white-space: nowrap; }
table.w tr.b td { font-weight: bold; }
table.w tr.k td { border-top: 1px solid #000; }
.sign { margin-top: 18pt; line-height: 1.5; }
ul { margin: 3pt 0 6pt; line-height: 1.4; }
"""


def _opts(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


def _table(gold, rows: list[list[str]], header: bool = True, widths=None) -> str:
    printed = register_rows(gold, rows)
    out = ['<table class="w">']
    for r, cells in enumerate(printed):
        tag = "th" if header and r == 0 else "td"
        tds = []
        for c, text in enumerate(cells):
            cls = ' class="num"' if c and _numeric(text, r == 0 and header) else ""
            style = f' style="width:{widths[c]}"' if widths and r == 0 else ""
            tds.append(f"<{tag}{cls}{style}>{esc(text)}</{tag}>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out + ["</table>"])


def _numeric(text: str, head: bool) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(",", "").replace(".", "").replace("-", "")
    return head or t.strip("()%\u2013").isdigit()


def _statement(gold, st, title: str | None) -> str:
    head = f"<h3>{heading(gold, title)}</h3>" if title else ""
    above = f'<p style="font-size:8.5pt;color:#555">{said(gold, st.above)}</p>' if st.above else ""
    header, body = statement_rows(gold, st)
    out = ['<table class="w" style="width:100%">', "<tr>" + "".join(f'<th{" class=num" if i else ""}>{esc(c)}</th>'
                                                   for i, c in enumerate(header)) + "</tr>"]
    for line, cells in body:
        cls = " ".join(c for c in ("b" if line.bold else "", "k" if line.key else "") if c)
        out.append(f'<tr class="{cls}">' + "".join(f'<td{" class=num" if i else ""}>{esc(c)}</td>'
                                                   for i, c in enumerate(cells)) + "</tr>")
    return head + above + "\n".join(out + ["</table>"])


def blocks_html(gold, blocks: list[tuple]) -> str:
    out = []
    for block in blocks:
        kind, opts = block[0], _opts(block)
        if kind in ("h1", "h2", "h3"):
            text = heading(gold, block[1]) if opts.get("gold", True) else said(gold, block[1])
            out.append(f"<{kind}>{text}</{kind}>")
        elif kind in ("meta", "lead", "p"):
            out.append(f'<p class="{kind}">{said(gold, block[1])}</p>' if kind != "meta"
                       else f'<div class="meta">{said(gold, block[1])}</div>')
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{said(gold, t)}</li>" for t in block[1]) + "</ul>")
        elif kind == "accordion":
            out.append(f'<div class="acc"><div class="bar"><span>{heading(gold, block[1])}</span><span>&minus;</span>'
                       f'</div><div class="panel">{blocks_html(gold, block[2])}</div></div>')
        elif kind == "table":
            out.append(_table(gold, block[1], opts.get("header", True), opts.get("widths")))
        elif kind == "statement":
            out.append(_statement(gold, block[1], block[2]))
        elif kind == "pairs":
            width = opts.get("width", "42mm")
            cells = "".join(f"<div>{said(gold, a)}</div><div>{said(gold, b)}</div>" for a, b in block[1])
            out.append(f'<div class="pairs" style="grid-template-columns: {width} 1fr">{cells}</div>')
        elif kind == "facts":
            out.append(f'<div class="facts"><b>{said(gold, block[1])}</b><br>'
                       + "<br>".join(said(gold, l) for l in block[2]) + "</div>")
        elif kind == "sign":
            out.append('<div class="sign">' + "<br>".join(said(gold, l) for l in block[1]) + "</div>")
        else:
            raise ValueError(f"unknown block {kind!r}")
    return "\n".join(out)


def _site_top(gold, site: dict) -> str:
    nav = "".join(f"<span>{said(gold, m)}</span>" for m in site["nav"])
    cookie = site["cookie"]
    buttons = "".join(f'<span class="btn">{said(gold, b)}</span>' for b in cookie["buttons"])
    crumb = " &rsaquo; ".join(said(gold, c) for c in site["crumb"])
    return (f'<div class="top"><div><div class="name">{said(gold, site["name"])}</div>'
            f'<div class="tag">{said(gold, site["tagline"])}</div></div><div class="search">{said(gold, "Søk")}</div></div>'
            f"<nav>{nav}</nav>"
            f'<div class="cookie">{said(gold, cookie["text"])}<br>{buttons}</div>'
            f'<div class="crumb">{crumb}</div>')


def html_document(report: dict, gold) -> str:
    page = report["page"]
    title = said(gold, report["title"]) if page["mode"] == "web" else esc(gold.strip(report["title"]))
    body = blocks_html(gold, page["blocks"])
    if page["mode"] == "plain":
        css, content = PLAIN_CSS, body
    else:
        site = page["site"]
        css = WEB_CSS % {"accent": page.get("accent", "2E5E4E")}
        side_title, links = site["aside"]
        aside = (f'<div class="side"><b>{said(gold, side_title)}</b>'
                 + "".join(f"<div>{said(gold, l)}</div>" for l in links) + "</div>")
        foot = "<br>".join(said(gold, l) for l in site["footer"])
        content = (f'<table class="page"><tbody><tr><td>{_site_top(gold, site)}'
                   f'<div class="layout"><div>{body}</div>{aside}</div></td></tr></tbody>'
                   f"<tfoot><tr><td>{foot}</td></tr></tfoot></table>")
    return (f'<!doctype html>\n<html lang="{report.get("lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{css}</style></head><body>\n{content}\n</body></html>\n")
