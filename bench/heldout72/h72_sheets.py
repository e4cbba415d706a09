"""This set's own page builder for designer-made reports: each report is a list of fixed A4 sheets
(portrait, or landscape where a sheet says so) written as HTML and CSS and printed by Chromium.
Gold is registered as text is written (``gold.render`` for every string, see make_heldout.py).

The report's ``items`` are its sheets. A sheet is a dict: ``blocks`` (below), ``footer`` (a line at the foot, may hold {PAGE}), ``land``
(landscape), ``cls`` (extra CSS class: "dark" for a coloured sheet). Blocks are tuples, the last
element may be a dict of options:

    ("cover", {title, sub, year, org, style})  a cover: a title band under a drawn photo, or ("field")
                                a colour field with the title over a strip of three drawn photos
    ("h1"|"h2"|"h3", text)      headings (gold)        ("kicker", text)  small caps line above
    ("p", text, {cls})          ("lead", text)          ("ul", [texts])
    ("tiles", [(figure, label)])                        key figures as tiles
    ("table", rows, {gold_rows, cls, head})             a table; a cell's about is its row label
    ("stmt", Statement, {title})                        a statement (title is a gold heading)
    ("grid", [[blocks], ...], {tpl})                    blocks side by side in CSS grid columns
    ("cols", [blocks])                                  blocks in two CSS text columns
    ("box", [blocks], {cls})                            a tinted box
    ("cards", [(top, name, under)], {per_row})          people as cards, a drawn face above
    ("photo", caption, {h})                             a drawn photo with its caption
    ("quote", text, who)        ("sign", place_date, [(name, role)], {per_row})
    ("bar", [(label, share_text, fraction)])            one stacked bar with its legend
    ("contact", [lines])        ("spacer", mm)
"""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

from h72_common import heading, is_number, register_row, statement_rows

PALETTE = ("#2f6f73", "#d08c3a", "#7d9a4b", "#8b5e83", "#c4604c", "#5b7fa6")

CSS = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: %(size)spt; line-height: 1.38; color: #23282c; }
.sheet { width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; }
.sheet.land { width: 297mm; height: 210mm; page: land; }
.sheet:last-child { break-after: auto; }
.body { position: absolute; top: %(top)smm; left: 17mm; right: 17mm; bottom: 16mm; overflow: hidden; }
.foot { position: absolute; left: 17mm; right: 17mm; bottom: 7mm; font-size: 7pt; color: #6b7378;
        border-top: 0.5pt solid #c9cfd3; padding-top: 1.5mm; }
.dark { background: %(accent)s; color: #fff; }
.dark .foot { color: #e2ecec; border-color: #9fc0c2; }
h1 { font-size: 22pt; line-height: 1.1; margin: 0 0 5mm 0; color: %(accent)s; font-weight: bold; }
.dark h1, .dark h2, .dark h3 { color: #fff; }
h2 { font-size: 13.5pt; margin: 5mm 0 2.5mm 0; color: %(accent)s; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; }
.kicker { font-size: 7.5pt; letter-spacing: 0.12em; text-transform: uppercase; color: %(warm)s; margin: 0 0 1mm 0; }
p { margin: 0 0 2.4mm 0; }
p.small { font-size: 7.6pt; color: #5d666b; }
p.name { font-weight: bold; margin: 2.2mm 0 0 0; }
p.role { font-size: 7.8pt; color: #5d666b; margin: 0; }
.box .kicker { margin-top: 4mm; }
.box .kicker:first-child { margin-top: 0; }
p.lead { font-size: 11pt; line-height: 1.4; color: #33414a; }
ul { margin: 0 0 3mm 0; padding-left: 4.5mm; }
.grid { display: grid; column-gap: 8mm; align-items: start; }
.cols { column-count: 2; column-gap: 8mm; }
.cols h3 { break-after: avoid; }
.box { background: %(shade)s; padding: 4mm 4.5mm; margin: 0 0 4mm 0; border-radius: 1.5mm; }
.box.line { background: none; border-left: 1.2mm solid %(warm)s; border-radius: 0; }
.tiles { display: grid; grid-template-columns: repeat(%(tiles)s, 1fr); gap: 3.5mm; margin: 2mm 0 5mm 0; }
.tile { background: %(shade)s; padding: 3.5mm; border-top: 1.2mm solid %(accent)s; }
.tile b { display: block; font-size: 19pt; color: %(accent)s; line-height: 1.1; }
.tile span { font-size: 7.8pt; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; font-size: 8.4pt; }
th { text-align: left; font-weight: bold; border-bottom: 0.9pt solid %(accent)s; padding: 1.2mm 1.5mm; }
td { padding: 1mm 1.5mm; border-bottom: 0.4pt solid #d3d8db; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.bold td { font-weight: bold; }
tr.key td { border-top: 0.8pt solid #4a5358; }
tr.head td { font-weight: bold; padding-top: 2mm; border-bottom: none; }
table.quiet td { border-bottom: none; padding: 0.6mm 1.5mm; }
table.quiet th { border-bottom: 0.5pt solid #aab3b8; }
.cards { display: grid; gap: 5mm 5mm; margin: 2mm 0 4mm 0; }
.card { font-size: 8pt; }
.card svg { width: 100%%; height: 30mm; display: block; margin-bottom: 1.6mm; }
.card .top { font-size: 6.8pt; letter-spacing: 0.1em; text-transform: uppercase; color: %(warm)s; }
.card .name { font-size: 9.6pt; font-weight: bold; }
.card .under { color: #5d666b; font-style: italic; }
.photo svg { width: 100%%; display: block; }
.photo p { font-size: 7.4pt; color: #5d666b; margin-top: 1mm; }
.quote { font-size: 12.5pt; line-height: 1.35; color: %(accent)s; border-left: 1mm solid %(warm)s; padding-left: 4mm; margin: 3mm 0 4mm 0; }
.quote span { display: block; font-size: 7.8pt; color: #5d666b; margin-top: 1.5mm; }
.sign { display: grid; gap: 9mm 6mm; margin: 8mm 0 4mm 0; }
.sign div { border-top: 0.6pt solid #23282c; padding-top: 1mm; font-size: 8pt; margin-top: 9mm; }
.bar { display: flex; height: 7mm; margin: 2mm 0 2mm 0; }
.legend { font-size: 8pt; margin-bottom: 4mm; }
.legend span { display: inline-block; margin-right: 5mm; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.2mm; vertical-align: -0.3mm; }
.cover-photo { position: absolute; left: 0; right: 0; top: 0; height: 170mm; }
.cover-band { position: absolute; left: 0; right: 0; top: 170mm; bottom: 0; background: %(accent)s; color: #fff; padding: 14mm 17mm; }
.cover-band .year { font-size: 54pt; font-weight: bold; line-height: 1; }
.cover-band .title { font-size: 24pt; margin-top: 3mm; }
.cover-band .sub { font-size: 10pt; margin-top: 5mm; color: #e6efef; }
.field { position: absolute; left: 0; right: 0; top: 0; height: 196mm; background: %(accent)s; color: #fff; padding: 28mm 20mm; }
.field .org { font-size: 11pt; letter-spacing: 0.14em; text-transform: uppercase; color: %(warm)s; }
.field .title { font-size: 40pt; font-weight: bold; margin-top: 30mm; line-height: 1.05; }
.field .year { font-size: 40pt; color: %(warm)s; font-weight: bold; }
.field .sub { font-size: 11pt; margin-top: 10mm; max-width: 120mm; }
.strip { position: absolute; left: 0; right: 0; top: 200mm; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; padding: 0 0 0 0; }
.strip svg, .cover-photo svg { width: 100%%; display: block; }
.contact { font-size: 10.5pt; line-height: 1.65; }
.ovf { position: absolute; top: 0; left: 0; font-size: 20pt; color: red; }
"""

CHECK = """<script>
document.querySelectorAll('.sheet').forEach(function (s, i) {
  var b = s.querySelector('.body');
  if (b && b.scrollHeight > b.clientHeight + 2) s.insertAdjacentHTML('beforeend', '<div class="ovf">OVERFLOW ' + i + '</div>');
});
</script>"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def opts(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


def face_svg(seed: int) -> str:
    """A drawn portrait without text: background, shoulders, head."""
    bg = PALETTE[seed % len(PALETTE)]
    shirt = PALETTE[(seed + 2) % len(PALETTE)]
    return (f'<svg viewBox="0 0 100 100" preserveAspectRatio="xMidYMid slice"><rect width="100" height="100" fill="{bg}" opacity="0.35"/>'
            f'<ellipse cx="50" cy="104" rx="36" ry="30" fill="{shirt}"/><circle cx="50" cy="44" r="17" fill="#e8c8ae"/>'
            f'<path d="M33 40 Q50 {18 + seed % 7} 67 40 Q62 30 50 28 Q38 30 33 40Z" fill="#5a4636"/></svg>')


def scene_svg(seed: int, height_mm: float) -> str:
    """A drawn landscape or workshop scene without text."""
    a, b, c = (PALETTE[(seed + k) % len(PALETTE)] for k in (0, 2, 4))
    ratio = 600 / max(height_mm * 3.2, 60)
    h = 600 / ratio
    return (f'<svg viewBox="0 0 600 {h:.0f}" preserveAspectRatio="none" style="height:{height_mm}mm">'
            f'<rect width="600" height="{h:.0f}" fill="#cfdde0"/>'
            f'<path d="M0 {h*0.62:.0f} L140 {h*0.3:.0f} L260 {h*0.55:.0f} L390 {h*0.22:.0f} L600 {h*0.58:.0f} V{h:.0f} H0Z" fill="{a}" opacity="0.8"/>'
            f'<path d="M0 {h*0.8:.0f} Q300 {h*0.6:.0f} 600 {h*0.78:.0f} V{h:.0f} H0Z" fill="{b}"/>'
            f'<rect x="{60 + seed % 200}" y="{h*0.55:.0f}" width="90" height="{h*0.3:.0f}" fill="{c}"/></svg>')


class Page:
    def __init__(self, report: dict, gold):
        self.report, self.gold, self.n = report, gold, 0

    def r(self, text: str) -> str:
        return esc(self.gold.render(text))

    def table(self, rows, gold_rows=True, cls="", head=True, bold_rows=(), key_rows=(), head_rows=()) -> str:
        out = [f'<table class="{cls}">']
        body = rows[1:] if head else rows
        numeric = {c for c in range(1, max(len(r) for r in rows))
                   if any(c < len(r) and is_number(self.gold.strip(r[c])) for r in body)}
        for i, row in enumerate(rows):
            printed = register_row(self.gold, row, gold_rows)
            tag = "th" if head and i == 0 else "td"
            klass = " ".join(k for k, on in (("bold", i in bold_rows), ("key", i in key_rows), ("head", i in head_rows)) if on)
            cells = "".join(f'<{tag}{" class=num" if c in numeric else ""}>{esc(t)}</{tag}>'
                            for c, t in enumerate(printed))
            out.append(f'<tr class="{klass}">{cells}</tr>')
        out.append("</table>")
        return "".join(out)

    def statement(self, st, title=None) -> str:
        parts = []
        if title:
            parts.append(f"<h3>{esc(heading(self.gold, title))}</h3>")
        if st.above:
            parts.append(f'<p class="small">{self.r(st.above)}</p>')
        header, body = statement_rows(self.gold, st)
        first = 2 if st.note_col is not None else 1  # the first amount column
        ths = "".join(f'<th class="num">{esc(h)}</th>' if i else f"<th>{esc(h)}</th>" for i, h in enumerate(header))
        rows = [f"<tr>{ths}</tr>"]
        for line, cells in body:
            klass = "head" if line.is_head else ("bold key" if line.key else ("bold" if line.bold else ""))
            tds = "".join(f'<td class="num">{esc(c)}</td>' if i >= first else f"<td>{esc(c)}</td>"
                          for i, c in enumerate(cells))
            rows.append(f'<tr class="{klass}">{tds}</tr>')
        parts.append(f'<table class="quiet">{"".join(rows)}</table>')
        if st.below:
            parts.append(f'<p class="small">{self.r(st.below)}</p>')
        return "".join(parts)

    def block(self, b: tuple) -> str:
        kind, o = b[0], opts(b)
        self.n += 1
        if kind in ("h1", "h2", "h3"):
            return f"<{kind}>{esc(heading(self.gold, b[1]))}</{kind}>"
        if kind == "kicker":
            return f'<p class="kicker">{self.r(b[1])}</p>'
        if kind == "p":
            return f'<p class="{o.get("cls", "")}">{self.r(b[1])}</p>'
        if kind == "lead":
            return f'<p class="lead">{self.r(b[1])}</p>'
        if kind == "ul":
            return "<ul>" + "".join(f"<li>{self.r(t)}</li>" for t in b[1]) + "</ul>"
        if kind == "tiles":
            tiles = "".join(f'<div class="tile"><b>{self.r(fig)}</b><span>{self.r(lab)}</span></div>' for fig, lab in b[1])
            return f'<div class="tiles" style="grid-template-columns:repeat({o.get("per_row", len(b[1]))},1fr)">{tiles}</div>'
        if kind == "table":
            return self.table(b[1], o.get("gold_rows", True), o.get("cls", ""), o.get("head", True),
                              o.get("bold_rows", ()), o.get("key_rows", ()))
        if kind == "stmt":
            return self.statement(b[1], o.get("title"))
        if kind == "grid":
            cols = "".join(f"<div>{self.blocks(col)}</div>" for col in b[1])
            return f'<div class="grid" style="grid-template-columns:{o.get("tpl", "1fr 1fr")}">{cols}</div>'
        if kind == "cols":
            return f'<div class="cols">{self.blocks(b[1])}</div>'
        if kind == "box":
            return f'<div class="box {o.get("cls", "")}">{self.blocks(b[1])}</div>'
        if kind == "cards":
            cards = "".join(f'<div class="card">{face_svg(self.n + i)}<div class="top">{self.r(top)}</div>'
                            f'<div class="name">{self.r(name)}</div><div class="under">{self.r(under)}</div></div>'
                            for i, (top, name, under) in enumerate(b[1]))
            return f'<div class="cards" style="grid-template-columns:repeat({o.get("per_row", 4)},1fr)">{cards}</div>'
        if kind == "photo":
            return f'<div class="photo">{scene_svg(self.n, o.get("h", 55))}<p>{self.r(b[1])}</p></div>'
        if kind == "quote":
            return f'<div class="quote">{self.r(b[1])}<span>{self.r(b[2])}</span></div>'
        if kind == "sign":
            people = "".join(f"<div>{self.r(n)}<br>{self.r(t)}</div>" for n, t in b[2])
            return (f"<p>{self.r(b[1])}</p><div class=\"sign\" style=\"grid-template-columns:repeat({o.get('per_row', 3)},1fr)\">"
                    f"{people}</div>")
        if kind == "bar":
            segs = "".join(f'<div style="width:{frac * 100:.1f}%;background:{PALETTE[i % len(PALETTE)]}"></div>'
                           for i, (_, _, frac) in enumerate(b[1]))
            legend = "".join(f'<span><i style="background:{PALETTE[i % len(PALETTE)]}"></i>{self.r(f"{lab} {share}")}</span>'
                             for i, (lab, share, _) in enumerate(b[1]))
            return f'<div class="bar">{segs}</div><div class="legend">{legend}</div>'
        if kind == "contact":
            return '<div class="contact">' + "<br>".join(self.r(t) for t in b[1]) + "</div>"
        if kind == "spacer":
            return f'<div style="height:{b[1]}mm"></div>'
        if kind == "cover" and b[1].get("style") == "field":
            c = b[1]
            photos = "".join(f"<div>{scene_svg(k + 3, 78)}</div>" for k in range(3))
            return (f'<div class="field"><div class="org">{self.r(c["org"])}</div><div class="title">{self.r(c["title"])}</div>'
                    f'<div class="year">{self.r(c["year"])}</div><div class="sub">{self.r(c["sub"])}</div></div>'
                    f'<div class="strip">{photos}</div>')
        if kind == "cover":
            c = b[1]
            return (f'<div class="cover-photo">{scene_svg(7, 170)}</div><div class="cover-band">'
                    f'<div class="year">{self.r(c["year"])}</div><div class="title">{self.r(c["title"])}</div>'
                    f'<div class="sub">{self.r(c["sub"])}</div></div>')
        raise ValueError(f"unknown block {kind!r}")

    def blocks(self, blocks: list[tuple]) -> str:
        return "\n".join(self.block(b) for b in blocks)

    def sheet(self, sheet: dict, number: int) -> str:
        cls = " ".join(c for c in ("sheet", "land" if sheet.get("land") else "", sheet.get("cls", "")) if c)
        if sheet.get("cover"):
            return f'<section class="{cls}">{self.block(sheet["cover"])}</section>'
        foot = sheet.get("footer", self.report.get("sheet_footer"))
        foot_html = f'<div class="foot">{self.r(foot.replace("{PAGE}", str(number)))}</div>' if foot else ""
        return f'<section class="{cls}"><div class="body">{self.blocks(sheet["blocks"])}</div>{foot_html}</section>'


def html_document(report: dict, gold) -> str:
    theme = {"accent": "#2f6f73", "warm": "#c07a2c", "shade": "#eaf1f1", "size": 8.8, "top": 16, "tiles": 4,
             **report.get("theme", {})}
    page = Page(report, gold)
    sheets = "\n".join(page.sheet(s, i + 1) for i, s in enumerate(report["items"]))
    title = esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "nb")}"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{CSS % theme}</style></head>\n<body>\n{sheets}\n{CHECK}\n</body></html>\n")


def check_print(pdf: Path, sheets: int) -> None:
    """The print has one page per sheet and no sheet's content ran past its foot."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    if pages != sheets or "OVERFLOW" in text:
        raise SystemExit(f"{pdf.name}: {pages} pages for {sheets} sheets"
                         + (" (a sheet overflows)" if "OVERFLOW" in text else ""))
