"""The seventy-first set's own page builder: a designer report as fixed A4 sheets of HTML and CSS,
printed by Chromium. Written for this set (no earlier set's builder is used); gold is registered
while the blocks are written (``gold.render`` for every printed text, headings, table rows and
statements), as the first set's Word layout does.

A designer report's ``items`` are sheets:

    ("cover", {title, sub, kicker, colour, scene, note})    a full-bleed cover (title: a gold heading)
    ("sheet", [blocks], {footer, tint})                       one A4 page; ``footer`` runs along its foot

Blocks (tuples; the last element may be a dict of options):

    ("band", text, {colour})            a heading set white on a filled colour band   -> gold heading
    ("h", level, text)                  an ordinary heading                            -> gold heading
    ("p", text, {cls})  ("ul", [texts])  ("quote", text, who)  ("notes", [texts])  ("space", mm)
    ("cols", n, [blocks], {rule})       the blocks flowing through n CSS columns (headings inside)
    ("grid", "40mm 1fr", [[blocks], ...], {gap})   blocks side by side in a CSS grid
    ("box", [blocks], {bg, title})      a tinted box (its small title is no gold heading)
    ("cards", [(name, role, note)], {per_row})      portrait cards; ``note`` under a card or None
    ("pie", [(legend, share, colour)], {width})     an SVG pie, its legend as SVG text
    ("bars", [(legend, value, colour)], {top, split})  SVG bars, an HTML legend beside them
    ("photo", kind, caption, {h})       an SVG scene (no text) with its caption under it
    ("tiles", [(figure, label)], {n})   key-figure tiles
    ("table", rows, {gold_rows, head}) a table; a cell's percentage is about its row label
    ("facts", [(label, value)], {title})  a facts box of label/value lines (a table, not gold rows)
    ("stmt", Statement, {title})        a statement under its title (a gold heading)
    ("sign", place_date, [(name, title)])  signature lines in a row

A script in the page writes ``OVERFLOW-SHEET-n`` on any sheet whose content runs past its frame;
``check_pdf`` refuses a PDF holding that mark or another number of pages than sheets.
"""
from __future__ import annotations

import html
import subprocess
from pathlib import Path

import h71_art
from heldout_finance import Statement

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: %(font)s; font-size: %(size)s; line-height: 1.38; color: #222; }
.sheet { width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; background: %(paper)s; }
.sheet:last-of-type { break-after: auto; }
.inner { position: absolute; left: %(margin)s; right: %(margin)s; top: 15mm; bottom: 17mm; overflow: hidden; }
.foot { position: absolute; left: %(margin)s; right: %(margin)s; bottom: 7mm; font-size: 7.2pt; color: #555;
        border-top: 0.5pt solid #aaa; padding-top: 1.5mm; }
h1 { font-size: 24pt; margin: 0 0 4mm 0; color: %(accent)s; line-height: 1.1; }
h2 { font-size: 14pt; margin: 4mm 0 2mm 0; color: %(accent)s; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: %(accent2)s; break-after: avoid; }
h2.band { color: #fff; background: %(accent)s; padding: 2.2mm 4mm; margin: 0 0 3mm 0; font-size: 12.5pt;
          letter-spacing: 0.02em; }
p { margin: 0 0 2.2mm 0; }
p.lead { font-size: 11pt; color: #333; }
p.small, .notes p { font-size: 7.4pt; color: #444; margin: 0 0 0.8mm 0; }
.cols { column-gap: 6mm; }
.cols.rule { column-rule: 0.4pt solid #bbb; }
.cols h3:first-child { margin-top: 0; }
.grid { display: grid; align-items: start; }
.box { background: %(tint)s; padding: 3mm 3.5mm; margin: 0 0 3mm 0; }
.boxtitle { font-weight: bold; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: %(accent)s;
            margin-bottom: 1.5mm; }
.cards { display: grid; gap: 4mm 3.5mm; margin: 1mm 0 3mm 0; }
.card .ph { height: 27mm; overflow: hidden; margin-bottom: 1.4mm; }
.card .ph svg { width: 100%%; height: 100%%; display: block; }
.card .nm { font-weight: bold; font-size: 8.8pt; line-height: 1.2; }
.card .rl { font-size: 8pt; color: #333; }
.card .nt { font-size: 7.3pt; font-style: italic; color: #555; margin-top: 0.6mm; }
.photo { margin: 0 0 3mm 0; }
.photo .pic svg { width: 100%%; height: 100%%; display: block; }
.photo .cap { font-size: 7.6pt; font-style: italic; color: #444; margin-top: 1mm; }
.tiles { display: grid; gap: 3mm; margin: 0 0 3mm 0; }
.tile { background: %(accent)s; color: #fff; padding: 3mm; }
.tile .big { font-size: 17pt; font-weight: bold; line-height: 1.1; }
.tile .lab { font-size: 7.8pt; }
table { border-collapse: collapse; width: 100%%; margin: 0 0 3mm 0; font-size: 8.4pt; }
td, th { padding: 0.9mm 1.6mm; text-align: left; vertical-align: top; }
th { border-bottom: 0.8pt solid %(accent)s; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.key td { font-weight: bold; border-top: 0.5pt solid #666; }
tr.head td { font-weight: bold; padding-top: 2mm; }
table.zebra tr:nth-child(even) td { background: %(tint)s; }
table.facts td { padding: 0.6mm 0; font-size: 8pt; }
table.facts td:first-child { font-weight: bold; padding-right: 2mm; white-space: nowrap; }
.quote { font-size: 11.5pt; font-style: italic; color: %(accent)s; border-left: 1.2mm solid %(accent)s;
         padding-left: 3mm; margin: 0 0 3mm 0; }
.quote .who { font-size: 8pt; font-style: normal; color: #444; }
.legend div { font-size: 8.2pt; margin-bottom: 1.2mm; }
.legend span.sw { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; }
.sign { display: flex; flex-wrap: wrap; gap: 8mm 8mm; margin: 3mm 0; }
.sign div { width: 52mm; border-top: 0.5pt solid #000; padding-top: 1mm; margin-top: 11mm; font-size: 8.2pt; }
.cover { position: absolute; inset: 0; color: #fff; }
.cover .pic { position: absolute; left: 0; right: 0; bottom: 0; height: 150mm; }
.cover .pic svg { width: 100%%; height: 100%%; display: block; }
.cover .txt { position: absolute; left: 18mm; right: 18mm; top: 30mm; }
.cover h1 { color: #fff; font-size: 34pt; }
.cover .kick { font-size: 10pt; letter-spacing: 0.18em; text-transform: uppercase; margin-bottom: 5mm; }
.cover .sub { font-size: 13pt; }
.cover .note { position: absolute; left: 18mm; bottom: 8mm; font-size: 8pt; color: #fff; }
.ovf { position: absolute; top: 2mm; left: 2mm; color: red; font-size: 9pt; }
"""

SCRIPT = """<script>
document.querySelectorAll('.sheet').forEach(function (s, i) {
  var c = s.querySelector('.inner');
  if (c && (c.scrollHeight > c.clientHeight + 2 || c.scrollWidth > c.clientWidth + 2)) {
    var m = document.createElement('div'); m.className = 'ovf'; m.textContent = 'OVERFLOW-SHEET-' + (i + 1);
    s.appendChild(m);
  }
});
</script>"""

STYLE = {"font": "'DejaVu Sans', sans-serif", "size": "9pt", "accent": "#1f4e5f", "accent2": "#1f4e5f",
         "tint": "#eef3f4", "paper": "#fff", "margin": "16mm"}


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()\u2013\u2212%").isdigit()


class Builder:
    """Writes one report's sheets, registering gold as it goes."""

    def __init__(self, gold, seed: int):
        self.gold, self.seed = gold, seed

    def text(self, markup: str, about: str | None = None) -> str:
        return _esc(self.gold.render(markup, about=about))

    def heading(self, markup: str) -> str:
        printed = self.gold.render(markup)
        self.gold.headings.append(printed)
        return _esc(printed)

    def rows(self, rows: list[list[str]], gold_rows: bool = True) -> list[list[str]]:
        """Printed cells of each row; a row with two or more filled cells is a gold table row."""
        out = []
        for row in rows:
            label = self.gold.strip(row[0]) if row else ""
            printed = [self.gold.render(c, about=label or None) for c in row]
            self.gold.row_texts.append(" | ".join(printed))
            if gold_rows and sum(1 for p in printed if p.strip()) >= 2:
                self.gold.table_rows.append([p for p in printed if p.strip()])
            out.append(printed)
        return out

    def blocks(self, blocks: list[tuple]) -> str:
        return "\n".join(self.block(b) for b in blocks)

    def block(self, b: tuple) -> str:  # noqa: C901  (one branch a block kind, as the docstring lists)
        kind, o = b[0], _opts(b)
        self.seed += 1
        if kind == "band":
            colour = f' style="background:{o["colour"]}"' if "colour" in o else ""
            return f'<h2 class="band"{colour}>{self.heading(b[1])}</h2>'
        if kind == "h":
            return f"<h{b[1]}>{self.heading(b[2])}</h{b[1]}>"
        if kind == "p":
            return f'<p class="{o.get("cls", "")}">{self.text(b[1])}</p>'
        if kind == "ul":
            return "<ul>" + "".join(f"<li>{self.text(t)}</li>" for t in b[1]) + "</ul>"
        if kind == "quote":
            return f'<div class="quote">{self.text(b[1])}<div class="who">{self.text(b[2])}</div></div>'
        if kind == "notes":
            return '<div class="notes">' + "".join(f"<p>{self.text(t)}</p>" for t in b[1]) + "</div>"
        if kind == "space":
            return f'<div style="height:{b[1]}mm"></div>'
        if kind == "cols":
            rule = " rule" if o.get("rule") else ""
            return f'<div class="cols{rule}" style="column-count:{b[1]}">{self.blocks(b[2])}</div>'
        if kind == "grid":
            cells = "".join(f"<div>{self.blocks(cell)}</div>" for cell in b[2])
            return f'<div class="grid" style="grid-template-columns:{b[1]};gap:{o.get("gap", "6mm")}">{cells}</div>'
        if kind == "box":
            title = f'<div class="boxtitle">{self.text(o["title"])}</div>' if o.get("title") else ""
            style = f' style="background:{o["bg"]}"' if "bg" in o else ""
            return f'<div class="box"{style}>{title}{self.blocks(b[1])}</div>'
        if kind == "cards":
            return self.cards(b[1], o.get("per_row", 4))
        if kind == "pie":
            legend = [self.gold.render(line) for line, _, _ in b[1]]
            svg = h71_art.pie([(share, colour) for _, share, colour in b[1]], legend, o.get("width", 80))
            return f'<div class="photo">{svg}</div>'
        if kind == "bars":
            svg = h71_art.bars([v for _, v, _ in b[1]], [c for _, _, c in b[1]], o.get("top", 100))
            legend = "".join(f'<div><span class="sw" style="background:{c}"></span>{self.text(line)}</div>'
                             for line, _, c in b[1])
            return (f'<div class="grid" style="grid-template-columns:{o.get("split", "1fr 1fr")};gap:4mm"><div>{svg}</div>'
                    f'<div class="legend">{legend}</div></div>')
        if kind == "photo":
            svg = h71_art.scene(b[1], self.seed)
            return (f'<div class="photo"><div class="pic" style="height:{o.get("h", 45)}mm">{svg}</div>'
                    f'<div class="cap">{self.text(b[2])}</div></div>')
        if kind == "tiles":
            tiles = "".join(f'<div class="tile"><div class="big">{self.text(f, about=self.gold.strip(lab))}</div>'
                            f'<div class="lab">{self.text(lab)}</div></div>' for f, lab in b[1])
            return f'<div class="tiles" style="grid-template-columns:repeat({o.get("n", 3)},1fr)">{tiles}</div>'
        if kind == "table":
            return self.table(b[1], o)
        if kind == "facts":
            title = f'<div class="boxtitle">{self.text(o["title"])}</div>' if o.get("title") else ""
            rows = self.rows([[lab, val] for lab, val in b[1]], gold_rows=False)
            body = "".join(f"<tr><td>{_esc(a)}</td><td>{_esc(v)}</td></tr>" for a, v in rows)
            return f'<div class="box">{title}<table class="facts">{body}</table></div>'
        if kind == "stmt":
            return self.statement(b[1], o.get("title", b[1].title))
        if kind == "sign":
            people = "".join(f"<div>{self.text(n)}<br>{self.text(t)}</div>" for n, t in b[2])
            return f'<p>{self.text(b[1])}</p><div class="sign">{people}</div>'
        raise ValueError(f"unknown block {kind!r}")

    def cards(self, people: list[tuple[str, str, str | None]], per_row: int) -> str:
        out = []
        for i, (name, role, note) in enumerate(people):
            extra = f'<div class="nt">{self.text(note)}</div>' if note else ""
            out.append(f'<div class="card"><div class="ph">{h71_art.portrait(self.seed * 7 + i)}</div>'
                       f'<div class="nm">{self.text(name)}</div><div class="rl">{self.text(role)}</div>{extra}</div>')
        return f'<div class="cards" style="grid-template-columns:repeat({per_row},1fr)">{"".join(out)}</div>'

    def table(self, rows: list[list[str]], o: dict) -> str:
        printed = self.rows(rows, o.get("gold_rows", True))
        head = o.get("head", True)
        out = [f'<table class="{o.get("cls", "zebra")}">']
        for r, cells in enumerate(printed):
            tag = "th" if head and r == 0 else "td"
            tds = "".join(f'<{tag}{" class=num" if c and _is_number(t) else ""}>{_esc(t)}</{tag}>'
                          for c, t in enumerate(cells))
            out.append(f"<tr>{tds}</tr>")
        return "".join(out) + "</table>"

    def statement(self, st: Statement, title: str | None) -> str:
        self.gold.statements.append(st)
        parts = [f"<h3>{self.heading(title)}</h3>"] if title else []
        if st.above:
            parts.append(f'<p class="small">{self.text(st.above)}</p>')
        body = st.body_rows()
        printed = self.rows([st.header_row()] + [cells for _, cells in body], st.gold_rows)
        out = ['<table class="stmt">']
        out.append("<tr>" + "".join(f'<th{" class=num" if c else ""}>{_esc(t)}</th>'
                                    for c, t in enumerate(printed[0])) + "</tr>")
        for (line, _), cells in zip(body, printed[1:]):
            cls = "key" if line.key else ("head" if line.is_head else "")
            tds = "".join(f'<td{" class=num" if c else ""}>{_esc(t)}</td>' for c, t in enumerate(cells))
            out.append(f'<tr class="{cls}">{tds}</tr>')
        parts.append("".join(out) + "</table>")
        if st.below:
            parts.append(f'<p class="small">{self.text(st.below)}</p>')
        return "\n".join(parts)

    def cover(self, o: dict) -> str:
        kick = f'<div class="kick">{self.text(o["kicker"])}</div>' if o.get("kicker") else ""
        sub = f'<div class="sub">{self.text(o["sub"])}</div>' if o.get("sub") else ""
        note = f'<div class="note">{self.text(o["note"])}</div>' if o.get("note") else ""
        pic = f'<div class="pic">{h71_art.scene(o.get("scene", "field"), self.seed)}</div>'
        return (f'<div class="sheet" style="background:{o.get("colour", "#1f4e5f")}"><div class="cover">{pic}'
                f'<div class="txt">{kick}<h1>{self.heading(o["title"])}</h1>{sub}</div>{note}</div></div>')

    def sheet(self, blocks: list[tuple], o: dict) -> str:
        foot = f'<div class="foot">{self.text(o["footer"])}</div>' if o.get("footer") else ""
        tint = f' style="background:{o["tint"]}"' if o.get("tint") else ""
        return f'<div class="sheet"{tint}><div class="inner">{self.blocks(blocks)}</div>{foot}</div>'


def html_document(report: dict, gold) -> str:
    """The report's sheets as one HTML page."""
    from make_heldout import seed_of

    builder = Builder(gold, seed_of(report))
    sheets = []
    for item in report["items"]:
        if item[0] == "cover":
            sheets.append(builder.cover(item[1]))
        elif item[0] == "sheet":
            sheets.append(builder.sheet(item[1], _opts(item)))
        else:
            raise ValueError(f"a designer report's items are sheets, not {item[0]!r}")
    style = CSS % {**STYLE, **report.get("style", {})}
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n" + "\n".join(sheets)
            + f"\n{SCRIPT}\n</body></html>\n")


def sheet_count(report: dict) -> int:
    return sum(1 for item in report["items"] if item[0] in ("cover", "sheet"))


def check_pdf(report: dict, pdf: Path) -> list[str]:
    """The PDF has one page a sheet and no sheet overflowed its frame."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    problems = [f"{report['name']}: {pages} pages for {sheet_count(report)} sheets"] if pages != sheet_count(report) else []
    problems += [f"{report['name']}: {line.strip()}" for line in text.splitlines() if "OVERFLOW-SHEET" in line]
    return problems
