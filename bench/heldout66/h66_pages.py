"""Pages of the sixty-sixth held-out set: this set's own page builder (HTML and CSS written for it),
printed by Chromium through the fourth set's ``h4_html.print_pdf``.

A report's ``items`` is a list of sheets; each sheet is a dict:

    {"blocks": [...], "cls": "cover" | "", "side": "36mm" (a tinted left sidebar band),
     "footer": False (no running footer on this sheet)}

Blocks (tuples; a last dict holds options):

    ("h1"|"h2"|"h3", text)           a heading (gold heading)
    ("kicker", text)                  a small upper-case line above a heading (not a heading)
    ("p", text, {cls})                a paragraph; cls: lead | small | sig | muted
    ("quote", text, by)               a pull quote with its speaker
    ("tiles", [(figure, label)], {cols})       key-figure tiles
    ("table", rows, {header, cls, gold_rows})  a table; a cell's about is its row label
    ("stmt", Statement, {title, level})        a statement with its note column, if any
    ("pairs", [(left, right)], {cls})          two separate blocks side by side: all the left
                                               words in one block, all the right in another
    ("band", [side blocks], [main blocks])     a row of the sheet: sidebar cell beside main cell
    ("row", [(fr, [blocks])], {gap})           blocks in grid columns side by side
    ("cols", n, [blocks])                      blocks in CSS columns
    ("box", [blocks], {cls})                   a tinted box
    ("photo", height_mm, caption)              a grey picture with its caption
    ("sign", place_date, [(name, title)])      names under signature lines
    ("toc", [(title, page)])                   a contents list with dot leaders
    ("li", [texts])                            a bullet list
    ("stack", [lines], {cls})                  lines on a fixed pitch (a sidebar's words level with
                                               the main cell's lines in the same band)
    ("space", mm)

Gold is registered as the blocks are written (``gold.render`` for every text, ``gold.headings``,
``gold.table_rows``/``row_texts`` and ``gold.statements`` as ``h4_html`` does). Each sheet is one
A4 page of fixed size; a script in the page writes a marker when a sheet's content overflows it,
and ``print_page`` refuses a PDF with such a marker or with more pages than sheets.
"""
from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from heldout_finance import Statement
import h4_html

OVERFLOW = "SHEET-OVERFLOW"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.2pt; line-height: 1.38; color: #23262b; }
.sheet { width: 210mm; height: 297mm; position: relative; overflow: visible; padding: 16mm 16mm 20mm 16mm;
         break-after: page; }
.sheet.side { padding-left: 0; background: linear-gradient(to right, %(side)s 0, %(side)s var(--side),
              #fff var(--side)); }
.sheet.cover { background: %(accent)s; color: #fff; padding: 0; }
.cover .inner { position: absolute; left: 18mm; right: 18mm; bottom: 40mm; }
.cover h1 { color: #fff; font-size: 34pt; line-height: 1.1; margin: 0 0 6mm 0; }
.cover .kicker { color: #fff; opacity: .85; }
.cover p, .cover p.lead { color: #fff; }
.cover .photo .pic { background: rgba(255,255,255,.18); }
.cover .photo .cap { color: #eee; }
h1 { font-size: 22pt; color: %(accent)s; margin: 0 0 4mm 0; line-height: 1.15; }
h2 { font-size: 14pt; color: %(accent)s; margin: 5mm 0 2.5mm 0; }
h3 { break-after: avoid; font-size: 10.5pt; margin: 3.5mm 0 1.5mm 0; }
.kicker { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .12em; color: %(accent)s; margin-bottom: 1mm; }
p { margin: 0 0 2.4mm 0; }
p.lead { font-size: 11pt; line-height: 1.4; color: #333; }
p.small { font-size: 7.6pt; color: #555; }
p.muted { color: #666; }
p.sig { margin-top: 4mm; }
.quote { border-left: 1.6mm solid %(accent)s; padding: 1mm 0 1mm 4mm; margin: 3mm 0 4mm 0;
         font-family: 'DejaVu Serif', serif; font-size: 12pt; font-style: italic; color: #333; }
.quote .by { font-family: 'DejaVu Sans', sans-serif; font-style: normal; font-size: 7.8pt; color: #555; margin-top: 1.5mm; }
.tiles { display: grid; gap: 3mm; margin: 3mm 0 5mm 0; }
.tile { background: %(shade)s; padding: 3.5mm 3mm; border-radius: 1.5mm; }
.tile .big { font-size: 19pt; font-weight: bold; color: %(accent)s; line-height: 1.1; }
.tile .lab { font-size: 7.8pt; color: #333; margin-top: 1mm; }
table { break-inside: avoid; border-collapse: collapse; width: 100%%; margin: 1.5mm 0 4mm 0; font-size: 8.4pt; }
td, th { padding: 1.1mm 1.6mm; vertical-align: top; text-align: left; }
th { font-weight: bold; border-bottom: .5mm solid %(accent)s; }
tr.key td { font-weight: bold; border-top: .25mm solid #444; }
tr.head td { font-weight: bold; padding-top: 2.4mm; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.note, th.note { text-align: center; width: 11mm; color: #555; }
table.grid td { border-bottom: .2mm solid #ccc; }
table.tight { font-size: 7.9pt; }
table.tight td, table.tight th { padding: .45mm 1.2mm; }
.unit { font-size: 7.6pt; color: #555; margin: 0 0 1mm 0; }
.pairs { display: flex; gap: 5mm; margin: 2mm 0 4mm 0; }
.pairs > div { line-height: 1.75; white-space: nowrap; }
.pairs .l { min-width: 44mm; color: #555; text-align: right; }
.pairs.rolesright .l { min-width: 0; color: #23262b; text-align: left; }
.pairs.rolesright .r { color: #666; font-style: italic; }
.band { display: grid; grid-template-columns: var(--side) 1fr; }
.band > .s { padding: 0 4mm 0 6mm; color: #fff; }
.band > .m { padding: 0 0 0 7mm; }
.band > .s .kicker { color: #fff; }
.band > .s p.small { color: #e8e8e8; }
.row { display: grid; }
.cols { column-gap: 7mm; }
.cols p { text-align: left; }
.box { background: %(shade)s; padding: 3.5mm 4mm; margin: 2mm 0 4mm 0; border-radius: 1mm; }
.box.line { background: none; border: .3mm solid %(accent)s; }
.photo { margin: 0 0 4mm 0; }
.photo .pic { background: linear-gradient(135deg, #c9ced6, #9aa3ad); width: 100%%; }
.photo .cap { font-size: 7.4pt; color: #555; margin-top: 1mm; }
.sign { display: flex; flex-wrap: wrap; gap: 4mm 9mm; margin: 5mm 0 3mm 0; }
.sign div { width: 50mm; border-top: .25mm solid #000; margin-top: 9mm; padding-top: 1mm; font-size: 8.2pt; }
.toc div { display: flex; font-size: 10pt; margin: 1.4mm 0; }
.toc .dots { flex: 1; border-bottom: .3mm dotted #888; margin: 0 2mm 1.2mm 2mm; }
ul { margin: 0 0 3mm 0; padding-left: 5mm; }
li { margin-bottom: .8mm; }
.foot { position: absolute; left: 16mm; right: 16mm; bottom: 8mm; font-size: 7pt; color: #666;
        border-top: .2mm solid #bbb; padding-top: 1.5mm; display: flex; justify-content: space-between; }
.sheet.side .foot { left: calc(var(--side) + 7mm); }
.stack { line-height: 6.4mm; font-size: 9pt; margin: 0 0 3mm 0; }
.stack.role { font-size: 8pt; text-transform: uppercase; letter-spacing: .04em; }
.overflow { position: absolute; top: 2mm; left: 2mm; font-size: 6pt; color: red; }
"""

CHECK = """
<script>
window.addEventListener('load', () => {
  document.querySelectorAll('.sheet').forEach((s, i) => {
    let bottom = 0;
    s.querySelectorAll('.content > *').forEach(e => { bottom = Math.max(bottom, e.getBoundingClientRect().bottom); });
    const limit = s.getBoundingClientRect().top + s.clientHeight - (parseFloat(getComputedStyle(s).paddingBottom) || 0);
    if (s.scrollWidth > s.clientWidth + 2 || bottom > limit + 1) {
      const m = document.createElement('div'); m.className = 'overflow';
      m.textContent = '%s-' + (i + 1); s.appendChild(m);
    }
  });
});
</script>
""" % OVERFLOW


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(block: tuple) -> dict:
    return block[-1] if isinstance(block[-1], dict) else {}


def _is_number(text: str) -> bool:
    t = re.sub(r"[\s\u00a0.,%()\-\u2212\u2013]", "", text)
    return t.isdigit()


class Writer:
    """Writes one report's sheets, registering gold as it goes."""

    def __init__(self, report: dict, gold):
        self.report, self.gold = report, gold

    # ---- text ----
    def text(self, text: str, about: str | None = None) -> str:
        return _esc(self.gold.render(text, about=about))

    def heading(self, level: int, text: str) -> str:
        printed = self.gold.render(text)
        self.gold.headings.append(printed)
        return f"<h{level}>{_esc(printed)}</h{level}>"

    # ---- tables ----
    def table(self, rows: list[list[str]], header: bool = True, cls: str = "", gold_rows: bool = True,
              key_rows=(), head_rows=(), note_col: int | None = None) -> str:
        out = [f'<table class="{cls}">']
        body = [[self.gold.strip(c) for c in row] for row in rows[1 if header else 0:]]
        numeric = {c for c in range(max(map(len, rows), default=0))
                   if any(len(row) > c and _is_number(row[c]) for row in body)}
        for r, row in enumerate(rows):
            printed = h4_html.table_row(self.gold, row, gold_rows)
            tag = "th" if header and r == 0 else "td"
            cells = []
            for c, text in enumerate(printed):
                if c == note_col:
                    klass = ' class="note"'
                elif c and (_is_number(text) or (tag == "th" and c in numeric)):
                    klass = ' class="num"'
                else:
                    klass = ""
                cells.append(f"<{tag}{klass}>{_esc(text)}</{tag}>")
            rcls = ' class="key"' if r in key_rows else (' class="head"' if r in head_rows else "")
            out.append(f"<tr{rcls}>" + "".join(cells) + "</tr>")
        out.append("</table>")
        return "\n".join(out)

    def statement(self, st: Statement, title: str | None, level: int = 2) -> str:
        self.gold.statements.append(st)
        parts = [self.heading(level, title)] if title else []
        if st.above:
            parts.append(f'<p class="unit">{self.text(st.above)}</p>')
        body = st.body_rows()
        rows = [st.header_row()] + [cells for _, cells in body]
        key = {i + 1 for i, (line, _) in enumerate(body) if line.key}
        head = {i + 1 for i, (line, _) in enumerate(body) if line.is_head}
        parts.append(self.table(rows, header=True, cls=st.render, gold_rows=st.gold_rows, key_rows=key,
                                head_rows=head, note_col=1 if st.note_col is not None else None))
        if st.below:
            parts.append(f'<p class="small">{self.text(st.below)}</p>')
        return "\n".join(parts)

    # ---- blocks ----
    def blocks(self, blocks: list[tuple]) -> str:
        return "\n".join(self.block(b) for b in blocks)

    def block(self, b: tuple) -> str:
        kind, o = b[0], _opts(b)
        if kind in ("h1", "h2", "h3"):
            return self.heading(int(kind[1]), b[1])
        if kind == "kicker":
            return f'<div class="kicker">{self.text(b[1])}</div>'
        if kind == "p":
            cls = f' class="{o["cls"]}"' if o.get("cls") else ""
            return f"<p{cls}>{self.text(b[1])}</p>"
        if kind == "quote":
            return f'<div class="quote">{self.text(b[1])}<div class="by">{self.text(b[2])}</div></div>'
        if kind == "tiles":
            cols = o.get("cols", len(b[1]))
            tiles = "".join(f'<div class="tile"><div class="big">{self.text(big, about=self.gold.strip(lab))}</div>'
                            f'<div class="lab">{self.text(lab)}</div></div>' for big, lab in b[1])
            return f'<div class="tiles" style="grid-template-columns: repeat({cols}, 1fr)">{tiles}</div>'
        if kind == "table":
            return self.table(b[1], header=o.get("header", True), cls=o.get("cls", "grid"),
                              gold_rows=o.get("gold_rows", True))
        if kind == "stmt":
            return self.statement(b[1], o.get("title", b[1].title), o.get("level", 2))
        if kind == "pairs":
            left = "<br>".join(self.text(l) for l, _ in b[1])
            right = "<br>".join(self.text(r) for _, r in b[1])
            return f'<div class="pairs {o.get("cls", "")}"><div class="l">{left}</div><div class="r">{right}</div></div>'
        if kind == "band":
            return (f'<div class="band"><div class="s">{self.blocks(b[1])}</div>'
                    f'<div class="m">{self.blocks(b[2])}</div></div>')
        if kind == "row":
            cols = " ".join(f"{fr}fr" for fr, _ in b[1])
            cells = "".join(f"<div>{self.blocks(inner)}</div>" for _, inner in b[1])
            return f'<div class="row" style="grid-template-columns: {cols}; column-gap: {o.get("gap", "8mm")}">{cells}</div>'
        if kind == "cols":
            return f'<div class="cols" style="column-count: {b[1]}">{self.blocks(b[2])}</div>'
        if kind == "box":
            return f'<div class="box {o.get("cls", "")}">{self.blocks(b[1])}</div>'
        if kind == "photo":
            return (f'<div class="photo"><div class="pic" style="height: {b[1]}mm"></div>'
                    f'<div class="cap">{self.text(b[2])}</div></div>')
        if kind == "sign":
            names = "".join(f"<div>{self.text(n)}<br>{self.text(t)}</div>" for n, t in b[2])
            return f'<p>{self.text(b[1])}</p><div class="sign">{names}</div>'
        if kind == "toc":
            lines = "".join(f'<div><span>{self.text(t)}</span><span class="dots"></span><span>{_esc(str(n))}</span></div>'
                            for t, n in b[1])
            return f'<div class="toc">{lines}</div>'
        if kind == "li":
            return "<ul>" + "".join(f"<li>{self.text(t)}</li>" for t in b[1]) + "</ul>"
        if kind == "stack":
            return f'<div class="stack {o.get("cls", "")}">' + "<br>".join(self.text(t) for t in b[1]) + "</div>"
        if kind == "space":
            return f'<div style="height: {b[1]}mm"></div>'
        raise ValueError(f"unknown block {kind!r}")

    def sheet(self, number: int, sheet: dict) -> str:
        cls = ["sheet"]
        style = ""
        if sheet.get("cls"):
            cls.append(sheet["cls"])
        if sheet.get("side"):
            cls.append("side")
            style = f' style="--side: {sheet["side"]}"'
        blocks = sheet["blocks"]
        if sheet.get("side"):  # on a sidebar sheet every block is a band (an empty sidebar cell where none)
            blocks = [b if b[0] == "band" else ("band", [], [b]) for b in blocks]
        inner = "inner content" if sheet.get("cls") == "cover" else "content"
        body = f'<div class="{inner}">{self.blocks(blocks)}</div>'
        foot = ""
        footer = self.report.get("footer")
        if footer and sheet.get("footer", sheet.get("cls") != "cover"):
            foot = f'<div class="foot"><span>{self.text(footer)}</span><span>{number}</span></div>'
        return f'<div class="{" ".join(cls)}"{style}>{body}{foot}</div>'


def html_document(report: dict, gold) -> str:
    style = CSS % {"accent": "#" + report.get("accent", "23475F"), "shade": "#" + report.get("shade", "E9EEF2"),
                   "side": "#" + report.get("side", report.get("accent", "23475F"))}
    writer = Writer(report, gold)
    sheets = "\n".join(writer.sheet(i + 1, s) for i, s in enumerate(report["items"]))
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style>{CHECK}</head>\n<body>\n{sheets}\n</body></html>\n")


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def print_page(report: dict, document: str, tmp: Path, out_dir: Path) -> bool:
    """The report's sheets printed by Chromium as its PDF; refused when a sheet overflows or the PDF
    has another number of pages than the report draws."""
    name = report["name"]
    page = tmp / f"{name}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{name}.pdf"
    h4_html.print_pdf(page, target)
    text, pages = _pdf_text(target), _pages(target)
    if OVERFLOW in text or pages != len(report["items"]):
        over = re.findall(OVERFLOW + r"-\d+", text)
        raise SystemExit(f"{name}: {pages} pages for {len(report['items'])} sheets; overflowing: {over}")
    return True
