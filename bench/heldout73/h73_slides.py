"""A slide deck exported to PDF: 16:9 pages (1280 x 720 CSS px, 960 x 540 pt), one topic a slide,
as presentation programs export them — a title at the top left, the body below, a running footer
with the deck's name and the slide number. Printed by Chromium; each slide must fill exactly one
page (``make_heldout73`` refuses a PDF with more pages than slides).

``report["deck"]`` holds {"footer": markup, "accent": "RRGGBB", "slides": [(kind, opts), ...]}:

    ("cover",   {title, subtitle, kicker, photo_seed})      no gold heading (the deck's title)
    ("letter",  {title, paras, quote, sign})                text left, a pull quote right
    ("bullets", {title, bullets, aside})                    bullets, an optional box of lines right
    ("numbers", {title, tiles: ["big||label"], note})           big numbers with small labels
    ("people",  {title, people: [(name, role)], foot})      photos with name and role under each
    ("columns", {title, cols: [(subtitle, [lines])]})        two or three columns of short lines
    ("table",   {title, rows | statement, note, widths, split})  a table slide, no picture
    ("contact", {title, lines, photo_seed})

A slide's title is a gold heading unless its opts say ``"head": False``.
"""
from __future__ import annotations

from h73_common import esc, heading, landscape_uri, portrait_uri, register_rows, said, statement_rows

CSS = """
@page { size: 1280px 720px; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; }
.slide { position: relative; width: 1280px; min-height: 719px; padding: 58px 72px 70px; break-after: page;
         background: #fbfaf7; overflow: visible; }
.slide h2 { margin: 0 0 28px; font-size: 38px; color: #%(accent)s; font-weight: bold; }
.foot { position: absolute; left: 72px; right: 72px; bottom: 26px; font-size: 13px; color: #888;
        display: flex; justify-content: space-between; border-top: 1px solid #ddd; padding-top: 8px; }
.cover { background: #%(accent)s; color: white; padding: 0; }
.cover img { position: absolute; right: 0; top: 0; width: 560px; height: 719px; object-fit: cover; }
.cover .kick { position: absolute; left: 72px; top: 190px; font-size: 20px; letter-spacing: 2px; }
.cover .t { position: absolute; left: 72px; top: 240px; width: 600px; font-size: 64px; font-weight: bold; line-height: 1.1; }
.cover .s { position: absolute; left: 72px; top: 430px; width: 600px; font-size: 24px; }
.two { display: grid; grid-template-columns: 1.6fr 1fr; gap: 56px; }
.two p { font-size: 19px; line-height: 1.45; margin: 0 0 14px; }
.quote { font-size: 27px; line-height: 1.35; color: #%(accent)s; border-left: 6px solid #%(accent)s;
         padding-left: 22px; font-style: italic; margin-top: 20px; }
.sign { font-size: 18px; margin-top: 18px; }
ul.b { margin: 0; padding-left: 28px; font-size: 23px; line-height: 1.5; }
.aside { background: #eef1ee; padding: 22px 26px; font-size: 19px; line-height: 1.55; border-radius: 8px; }
.aside b { display: block; font-size: 21px; margin-bottom: 6px; }
.tiles { display: grid; gap: 28px 36px; margin-top: 24px; }
.tile .big { font-size: 66px; font-weight: bold; color: #%(accent)s; line-height: 1.05; }
.tile .lab { font-size: 17px; color: #555; margin-top: 6px; line-height: 1.3; }
.note { position: absolute; left: 72px; bottom: 66px; font-size: 14px; color: #666; }
.people { display: flex; gap: 26px; justify-content: flex-start; margin-top: 10px; }
.card { width: 200px; text-align: center; }
.card img { width: 170px; height: 170px; border-radius: 50%%; }
.card .n { font-size: 19px; font-weight: bold; margin-top: 12px; }
.card .r { font-size: 16px; color: #555; margin-top: 4px; line-height: 1.3; }
.pfoot { margin-top: 30px; font-size: 17px; color: #444; }
.cols { display: grid; gap: 48px; }
.cols h3 { font-size: 25px; margin: 0 0 12px; color: #%(accent)s; }
.cols div.l { font-size: 21px; line-height: 1.6; }
table.t { border-collapse: collapse; font-size: %(table_size)s; }
table.t td { padding: 3px 14px; }
table.t td.num { text-align: right; white-space: nowrap; }
table.t tr.hd td { font-weight: bold; border-bottom: 2px solid #%(accent)s; }
table.t tr.b td { font-weight: bold; }
table.t tr.k td { border-top: 1px solid #999; }
table.t tr:nth-child(even) td { background: #f0efe9; }
.contact { font-size: 24px; line-height: 1.7; }
.contact img { position: absolute; right: 72px; top: 150px; width: 420px; height: 300px; object-fit: cover; }
"""


def _foot(gold, deck: dict, number: int) -> str:
    return f'<div class="foot"><span>{said(gold, deck["footer"])}</span><span>{number}</span></div>'


def _title(gold, opts: dict) -> str:
    text = heading(gold, opts["title"]) if opts.get("head", True) else said(gold, opts["title"])
    return f"<h2>{text}</h2>"


def _cover(gold, opts, seed):
    kick = f'<div class="kick">{said(gold, opts["kicker"])}</div>' if opts.get("kicker") else ""
    return (f'<img src="{landscape_uri(seed, 560, 720)}">{kick}<div class="t">{said(gold, opts["title"])}</div>'
            f'<div class="s">{said(gold, opts["subtitle"])}</div>')


def _letter(gold, opts, seed):
    paras = "".join(f"<p>{said(gold, p)}</p>" for p in opts["paras"])
    right = f'<div class="quote">{said(gold, opts["quote"])}</div>' if opts.get("quote") else ""
    sign = "".join(f"<div>{said(gold, s)}</div>" for s in opts.get("sign", []))
    return _title(gold, opts) + f'<div class="two"><div>{paras}<div class="sign">{sign}</div></div><div>{right}</div></div>'


def _bullets(gold, opts, seed):
    items = "".join(f"<li>{said(gold, b)}</li>" for b in opts["bullets"])
    aside = ""
    if opts.get("aside"):
        title, lines = opts["aside"]
        aside = (f'<div class="aside"><b>{said(gold, title)}</b>'
                 + "<br>".join(said(gold, line) for line in lines) + "</div>")
    return _title(gold, opts) + f'<div class="two"><ul class="b">{items}</ul><div>{aside}</div></div>'


def _numbers(gold, opts, seed):
    per_row = opts.get("per_row", 3)
    tiles = ""
    for tile in opts["tiles"]:  # "big||label", rendered as one text (a percentage's phrase is its label)
        big, label = (esc(part.strip()) for part in gold.render(tile).split("||"))
        tiles += f'<div class="tile"><div class="big">{big}</div><div class="lab">{label}</div></div>'

    note = f'<div class="note">{said(gold, opts["note"])}</div>' if opts.get("note") else ""
    return (_title(gold, opts) + f'<div class="tiles" style="grid-template-columns: repeat({per_row}, 1fr)">'
            f"{tiles}</div>{note}")


def _people(gold, opts, seed):
    cards = "".join(f'<div class="card"><img src="{portrait_uri(seed + i)}"><div class="n">{said(gold, name)}</div>'
                    f'<div class="r">{said(gold, role)}</div></div>' for i, (name, role) in enumerate(opts["people"]))
    foot = "".join(f'<div class="pfoot">{said(gold, line)}</div>' for line in opts.get("foot", []))
    return _title(gold, opts) + f'<div class="people">{cards}</div>{foot}'


def _columns(gold, opts, seed):
    cols = opts["cols"]
    body = "".join(f'<div><h3>{said(gold, sub)}</h3><div class="l">' + "<br>".join(said(gold, l) for l in lines)
                   + "</div></div>" for sub, lines in cols)
    return _title(gold, opts) + f'<div class="cols" style="grid-template-columns: repeat({len(cols)}, 1fr)">{body}</div>'


def _rows_html(out, widths) -> str:
    html_rows = []
    for classes, cells in out:
        tds = "".join(f'<td class="{"num" if i else ""}"'
                      + (f' style="width:{widths[i]}px"' if widths else "") + f">{esc(c)}</td>"
                      for i, c in enumerate(cells))
        html_rows.append(f'<tr class="{" ".join(c for c in classes if c)}">{tds}</tr>')
    return '<table class="t">' + "".join(html_rows) + "</table>"


def _table(gold, opts, seed):
    """A table slide; a statement's lines from the one labelled ``split`` on go to a second table
    beside the first, under the same header (a balance as assets | equity and debt)."""
    st = opts.get("statement")
    if st is not None:
        header, body = statement_rows(gold, st)
        out = [((("b" if line.bold else ""), ("k" if line.key else "")), cells) for line, cells in body]
    else:
        rows = register_rows(gold, opts["rows"])
        header, out = rows[0], [((), r) for r in rows[1:]]
    widths = opts.get("widths")
    halves = [out]
    if opts.get("split"):
        at = next(i for i, (_, cells) in enumerate(out) if cells[0] == opts["split"])
        halves = [out[:at], out[at:]]
    tables = "".join(f"<div>{_rows_html([(('hd',), header)] + half, widths)}</div>" for half in halves)
    above = f'<div style="font-size:15px;color:#666;margin:-16px 0 10px">{said(gold, st.above)}</div>' if st is not None and st.above else ""
    note = f'<div class="note">{said(gold, opts["note"])}</div>' if opts.get("note") else ""
    grid = f'<div style="display:grid;grid-template-columns:repeat({len(halves)}, auto);gap:40px;justify-content:start">'
    return _title(gold, opts) + above + grid + tables + "</div>" + note


def _contact(gold, opts, seed):
    lines = "<br>".join(said(gold, l) for l in opts["lines"])
    photo = f'<img src="{landscape_uri(seed, 420, 300)}">' if opts.get("photo_seed") is not None else ""
    return _title(gold, opts) + f'<div class="contact">{lines}{photo}</div>'


SLIDES = {"cover": _cover, "letter": _letter, "bullets": _bullets, "numbers": _numbers, "people": _people,
          "columns": _columns, "table": _table, "contact": _contact}


def html_document(report: dict, gold) -> str:
    deck = report["deck"]
    css = CSS % {"accent": deck.get("accent", "1F4E5F"), "table_size": deck.get("table_size", "15px")}
    pages = []
    for number, (kind, opts) in enumerate(deck["slides"], start=1):
        seed = opts.get("photo_seed", number * 7)
        body = SLIDES[kind](gold, opts, seed)
        if kind == "cover":
            pages.append(f'<section class="slide cover">{body}</section>')
        else:
            pages.append(f'<section class="slide">{body}{_foot(gold, deck, number)}</section>')
    title = esc(gold.strip(report["title"]))
    return (f'<!doctype html>\n<html lang="{report.get("lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{css}</style></head><body>\n" + "\n".join(pages) + "\n</body></html>\n")


def page_count(report: dict) -> int:
    return len(report["deck"]["slides"])
