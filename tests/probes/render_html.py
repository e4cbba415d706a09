"""Probes to PDFs another producer makes: each probe as an HTML page set the way a designed
report is (a web font stack, coloured headings, CSS-ruled tables, a grid of signatures), printed
to PDF by Chromium (Skia). Its text layer differs from LibreOffice's: runs split and ordered
otherwise, rules drawn as filled rectangles, running headers as fixed elements, columns by CSS.
A probe's expectations hold whichever program made the PDF, so the same cases measure how much
of our reading depends on the producer (``bench/probes.py --browser``)."""
from __future__ import annotations

import base64
import html
import tempfile
from pathlib import Path

from probes.render import CARD_MM, card_height_mm
from probes.render_images import picture_to_png, portrait_png
from probes.spec import H, P, T, Box, Break, CaptionRow, Cards, Columns, Header, Html, Li, Picture, Printed, Probe, Side, Sign

CHROMIUM = Path("/usr/bin/chromium")  # Debian's, installed with the test extras (scripts/setup.sh)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STYLE = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; }
h1 { font-size: 20pt; color: #0b4f6c; margin: 0 0 10pt; }
h2 { font-size: 13pt; color: #0b4f6c; margin: 14pt 0 5pt; }
h3 { font-size: 11pt; color: #0b4f6c; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; }
table { border-collapse: collapse; margin: 4pt 0 10pt; }
td { padding: 2pt 6pt; vertical-align: top; }
table.ruled td { border: 0.6pt solid #555; }
table.centred { width: 55%; } table.centred td { vertical-align: middle; }
table.hairlines { width: 100%; } table.hairlines td { border-bottom: 0.6pt solid #bbb; }
table.hairlines tr:first-child td { border-bottom: 0.8pt solid #2d5016; }
table.caps { font-size: 8.5pt; }
table.caps td.head { font-size: 7pt; color: #777; text-transform: uppercase; letter-spacing: .4pt; }
table.sidebar { width: 100%; border-spacing: 0; } table.sidebar td { padding: 2pt 0 2pt 8mm; }
table.sidebar td:first-child { width: 34mm; padding: 2pt 4mm 2pt 0; font-size: 7.5pt; letter-spacing: .06em; color: #446; }
tr.sum td { border-top: 0.8pt solid #000; }
td.num { text-align: right; }
.tabs { position: relative; white-space: nowrap; }
.tabs .stop { position: absolute; top: 0; background: #fff; padding-left: 2pt; }
.tabs > span:first-of-type { background: #fff; padding-right: 2pt; position: relative; }
.tabs .leader { position: absolute; left: 0; top: 0; overflow: hidden; white-space: nowrap; }
.tabs .leader::before { content: "................................................................................................................................................................................................"; }
.sign { display: grid; gap: 14pt 24pt; margin: 18pt 0 8pt; }
.sign div { border-top: 0.6pt solid #000; padding-top: 3pt; }
.box { float: right; border: 0.8pt solid #404040; padding: 5pt 7pt; margin: 0 0 8pt 12pt; }
.columns { column-count: 2; column-gap: 16pt; }
img { width: 150mm; }
"""
# Designers' table styles (``T.design``), as InDesign-like reports set their statements: the table
# as wide as its column, figures flush right, bold sums; ``tr.group`` a bold group head spanning the
# row, ``tr.total`` a sum row, ``tr.grand`` the last row, ``tr.head`` the header of years.
DESIGN_BASE = """
table.d { width: 100%; } table.d td { padding: 3pt 5pt; border: none; }
table.d td.num { text-align: right; white-space: nowrap; }
table.d tr.group td, table.d tr.total td, table.d tr.grand td, table.d tr.head td { font-weight: bold; }
table.d tr.group td { padding-top: 7pt; }
"""
NUM = ' class="num"'
DESIGNS = {
    "hairlines": "table.d td { border-bottom: 0.4pt solid #d8d8d8 !important; }",
    "header-rules": "table.d tr.head td { border-bottom: 0.5pt solid #9aa5ad; } "
                    "table.d tr.total td, table.d tr.grand td { border-top: 0.5pt solid #9aa5ad; }",
    "zebra": "table.d tbody tr:nth-child(even) td { background: #eef1f4; }",
    "shaded-totals": "table.d tr.total td, table.d tr.grand td { background: #e2ebf1; }",
    "shaded-totals-hairlines": "table.d tr:not(.group):not(.total):not(.grand) td { border-bottom: 0.3pt solid #e3e3e3; } "
                               "table.d tr.total td, table.d tr.grand td { background: #dde6ec; }",
    "band-header": "table.d tr.head td { background: #1f5468; color: #fff; } "
                   "table.d tr:not(.head):not(.group) td { border-bottom: 0.4pt solid #dcdcdc; }",
    "grand-rule": "table.d tr.grand td { border-top: 1.6pt solid #1c1c1c; }",
    "tinted-year": "table.d td { border-bottom: 0.4pt solid #d4d4d4; } "  # the year reported on shaded
                   "table.d tr:not(.group) td:nth-last-child(2) { background: #e9eff3; }",
    "shaded-ruled-totals": "table.d td { border-bottom: 0.4pt solid #cfcfcf; } "
                           "table.d tr.total td, table.d tr.grand td { background: #e4e9ed; border-top: 0.8pt solid #555; }",
    # a tinted header band and nothing else: no rules, the group heads bold and unruled
    "band-plain": "table.d tr.head td { background: #24505f; color: #fff; }",
    "band-spaced-groups": "table.d tr.head td { background: #6b2d4f; color: #fff; } table.d tr.group td { padding-top: 12pt; }",
    "band-on-row": "table.d tr.head { background: #3b6e2e; color: #fff; }",  # the row's background, painted per cell
    "band-rounded": "table.d tr.head td { background: #24505f; color: #fff; } "  # its end cells' corners rounded
                    "table.d tr.head td:first-child { border-radius: 5pt 0 0 5pt; } "
                    "table.d tr.head td:last-child { border-radius: 0 5pt 5pt 0; }",
    "band-shaded-totals": "table.d tr.head td { background: #24505f; color: #fff; } "
                          "table.d tr.total td, table.d tr.grand td { background: #e4ecef; }",
}


def browser_page(probe: Probe) -> str:
    body = [f"<h1>{_text(probe.title)}</h1>"] if probe.title else []
    body += _items(probe.items)
    lang = "nn" if probe.lang == "nn" else "nb"
    title = next((f"<title>{_text(i.title)}</title>" for i in probe.items if isinstance(i, Printed)), "")
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{title}<style>{STYLE}</style></head>'
            f"<body>{''.join(body)}</body></html>")


def _items(items) -> list[str]:
    out: list[str] = []
    page_break = False
    for item in items:
        if isinstance(item, Break):
            page_break = True
            continue
        part = _item(item)
        if page_break and part:
            part = f'<div style="break-before: page">{part}</div>'
            page_break = False
        out.append(part)
    return out


def _item(item) -> str:
    if isinstance(item, H):
        level = min(item.level + 1, 3)
        return f"<h{level}>{_text(item.text)}</h{level}>"
    if isinstance(item, P):
        return _paragraph(item)
    if isinstance(item, Li):
        return f"<ul><li>{_text(item.text)}</li></ul>"
    if isinstance(item, T):
        return _table(item)
    if isinstance(item, Sign):
        return _signatures(item)
    if isinstance(item, Box):
        size = f"font-size: {item.size}pt;" if item.size else ""
        lines = "".join(f"<p>{_text(line)}</p>" for line in item.lines)
        plain = "" if item.frame else " border: none;"
        return f'<div class="box" style="width: {item.width}pt; {size}{plain}">{lines}</div>'
    if isinstance(item, Picture):
        with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
            png = picture_to_png(item, Path(tmp) / "image.png").read_bytes()
        return f'<p><img src="data:image/png;base64,{base64.b64encode(png).decode()}"></p>'
    if isinstance(item, Cards):
        return _cards(item)
    if isinstance(item, CaptionRow):
        return _caption_row(item)
    if isinstance(item, (Header, Printed)):
        return ""  # printed on every page by the print's header and footer templates
    if isinstance(item, Columns):
        return f'<div class="columns" style="column-count: {item.count}">{"".join(_items(item.items))}</div>'
    if isinstance(item, Html):
        return item.markup  # a designer's own layout, set as written
    if isinstance(item, Side):
        justify = ' style="text-align: justify"' if item.close else ""
        halves = "".join(f"<div{style}>{''.join(_items(half))}</div>" for half, style in ((item.left, justify), (item.right, "")))
        columns = " ".join(f"{share}fr" for share in item.split)
        return f'<div style="display: grid; grid-template-columns: {columns}; gap: {8 if item.close else 18}pt">{halves}</div>'
    raise TypeError(f"unknown probe item {item!r}")


def _cards(cards: Cards) -> str:
    """A designer's row of portraits, each caption under its photo as wide as the photo."""
    with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
        png = base64.b64encode(portrait_png(Path(tmp) / "portrait.png").read_bytes()).decode()
    figures = []
    for k, (name, role) in enumerate(cards.people):
        caption = _text(f"{name}, {role}") if cards.one_line else f"<b>{_text(name)}</b><br>{_text(role)}"
        height = card_height_mm(cards, k % cards.per_row)
        figures.append(f'<div style="width: {CARD_MM}mm; font-size: 7.5pt; line-height: 1.3">'
                       f'<img src="data:image/png;base64,{png}" style="width: {CARD_MM}mm; height: {height}mm; '
                       f'object-fit: cover; display: block; margin-bottom: 3pt"><div>{caption}</div></div>')
    return (f'<div style="display: grid; grid-template-columns: repeat({cards.per_row}, {CARD_MM}mm); '
            f'gap: 10pt 8pt; align-items: start; margin: 6pt 0 10pt">{"".join(figures)}</div>')


def _caption_row(row: CaptionRow) -> str:
    """A strip of shaded boxes over a flex row of captions sized by their text (not by the boxes)."""
    strip = "".join('<div style="flex: 1; height: 28mm; background: linear-gradient(160deg, #c8ced6, #7e8a99)"></div>'
                    for _ in row.people)
    role_style = "text-transform: uppercase; font-size: 6.5pt; letter-spacing: .6pt; color: #777"
    captions = []
    for name, role in row.people:
        parts = [f'<div style="{role_style}">{_text(role)}</div>', f"<div>{_text(name)}</div>"]
        captions.append(f'<div style="flex: 1">{"".join(parts if row.role_first else parts[::-1])}</div>')
    note = f'<div style="font-size: 7pt; margin-top: 3pt">{_text(row.note)}</div>' if row.note else ""
    return (f'<div style="margin: 6pt 0 10pt 0; width: 120mm"><div style="display: flex; gap: 3pt">{strip}</div>'
            f'<div style="display: flex; gap: 3pt; font-size: 7.8pt; margin-top: 3pt">{"".join(captions)}</div>{note}</div>')


def _paragraph(item: P) -> str:
    style = "".join((("font-weight: bold;" if item.bold else ""), ("font-style: italic;" if item.italic else ""),
                     (f"font-size: {item.size}pt;" if item.size else ""),
                     (f"text-transform: uppercase; letter-spacing: {item.tracking}em;" if item.tracking else "")))
    if item.style and item.style.startswith("List"):
        return f'<ul><li style="{style}">{_text(item.text)}</li></ul>'
    if item.tabs and "\t" in item.text:
        return "".join(_tab_line(line, item, style) for line in item.text.split("\n"))
    if "\t" in item.text:  # Word's default stops, every half inch
        style += "white-space: pre-wrap; tab-size: 36pt;"
    return f'<p style="{style}">{_text(item.text)}</p>'


def _tab_line(line: str, item: P, style: str) -> str:
    """A line set with right tab stops, as Word sets it: each part after a tab ends at its stop
    (in points from the left margin); dots fill the gap before it when the stops have a leader.
    Left stops (``left_tabs``) start each part at its stop."""
    parts = line.split("\t")
    cells = [f"<span>{_text(parts[0])}</span>"]
    for stop, part in zip(item.tabs, parts[1:]):
        edge = f"left: {stop}pt" if item.left_tabs else f"right: calc(100% - {stop}pt)"
        cells.append(f'<span class="stop" style="{edge}">{_text(part)}</span>')
    leader = f'<span class="leader" style="width: {item.tabs[0]}pt"></span>' if item.dot_leader else ""
    return f'<div class="tabs" style="{style}">{leader}{"".join(cells)}</div>'


def _table(item: T) -> str:
    if item.design:
        return _designed_table(item)
    spans = {(r, first): last - first + 1 for r, first, last in item.merged}
    hidden = {(r, c) for r, first, last in item.merged for c in range(first + 1, last + 1)}
    rows = []
    for r, row in enumerate(item.rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in hidden:
                continue
            span = f' colspan="{spans[(r, c)]}"' if (r, c) in spans else ""
            names = " ".join(n for n, on in (("num", item.right_aligned and c), ("head", r == 0 and item.hairlines)) if on)
            cls = f' class="{names}"' if names else ""
            bold = r == 0 and item.bold_header and text and not item.hairlines
            if r in item.heading_rows and c == len(row) - 1:
                cells.append(f'<td{span}{cls}><h3 style="margin: 6pt 0 2pt; font-size: 14pt">{_text(text)}</h3></td>')
                continue
            cells.append(f"<td{span}{cls}>{'<b>' if bold else ''}{_text(text)}{'</b>' if bold else ''}</td>")
        tag = ' class="sum"' if r in item.sum_rules else ""
        rows.append(f"<tr{tag}>{''.join(cells)}</tr>")
    head = f"<thead>{rows.pop(0)}</thead>" if item.repeat_header and rows else ""
    brk = ' style="break-before: page"' if item.new_page else ""
    cls = " ".join(c for c, on in (("ruled", item.ruled and not item.hairlines), ("centred", item.centred),
                                   ("hairlines", item.hairlines), ("caps", item.hairlines == "caps"),
                                   ("sidebar", item.sidebar)) if on)
    return f'<table class="{cls}"{brk}>{head}<tbody>{"".join(rows)}</tbody></table>'


def _designed_table(item: T) -> str:
    """A table in a designer's style (``DESIGNS``): a group head is one cell spanning the row; the
    first row is the header when ``bold_header``."""
    rows = []
    width = max(len(row) for row in item.rows)
    for r, row in enumerate(item.rows):
        kind = ("head" if r == 0 and item.bold_header else "group" if r in item.groups
                else "grand" if r == len(item.rows) - 1 and r in item.totals else "total" if r in item.totals else "")
        if kind == "group":
            cells = f'<td colspan="{width}">{_text(row[0])}</td>'
        else:
            cells = "".join(f"<td{NUM if c else ''}>{_text(text)}</td>" for c, text in enumerate(row))
        rows.append(f'<tr class="{kind}">{cells}</tr>')
    own = DESIGNS[item.design].replace("table.d ", f"table.d-{item.design} ")  # two styles on one page stay apart
    return f'<style>{DESIGN_BASE}{own}</style><table class="d d-{item.design}"><tbody>{"".join(rows)}</tbody></table>'


def _signatures(sign: Sign) -> str:
    place = f"<p>{_text(sign.place_date)}</p>" if sign.place_date else ""
    people = "".join(f"<div>{_text(title)}<br>{_text(name)}</div>" if sign.title_above
                     else f"<div>{_text(name)}<br>{_text(title)}</div>" for name, title in sign.people)
    return f'{place}<div class="sign" style="grid-template-columns: repeat({sign.per_row}, 1fr)">{people}</div>'


def _running(probe: Probe) -> dict:
    """The print's header and footer templates for a probe's running header and footer."""
    printed = next((item for item in probe.items if isinstance(item, Printed)), None)
    if printed is not None:  # Chromium's own templates: the date and title atop, the address and page count below
        row = ('<div style="font-size: 8pt; width: 100%; margin: 0 8mm; display: flex; '
               'justify-content: space-between;">{}</div>')
        return {"display_header_footer": True,
                "header_template": row.format(f'<span>{_text(printed.date)}</span><span class="title"></span><span></span>'),
                "footer_template": row.format(f'<span>{_text(printed.url)}</span>'
                                              '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span>')}
    found = {"footer" if item.footer else "header": item.text for item in probe.items if isinstance(item, Header)}
    if not found:
        return {}
    template = '<div style="font-size: 8pt; color: #666; width: 100%; margin: 0 20mm;">{}</div>'
    return {"display_header_footer": True, "header_template": template.format(_text(found.get("header", ""))),
            "footer_template": template.format(_text(found.get("footer", "")))}


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def probes_to_browser_pdfs(probes: list[Probe], out_dir: Path) -> dict[str, Path]:
    """Each probe printed to ``out_dir/<id>.browser.pdf`` by one headless Chromium."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            for probe in probes:
                page.set_content(browser_page(probe), wait_until="load")
                path = out_dir / f"{probe.id}.browser.pdf"
                page.pdf(path=str(path), format="A4", print_background=True, prefer_css_page_size=True,
                         **_running(probe))
                files[probe.id] = path
        finally:
            browser.close()
    return files
