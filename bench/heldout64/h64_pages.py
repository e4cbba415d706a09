"""The sixty-fourth set's own page builder: designer-made annual reports as HTML and CSS, printed
by Chromium (``h4_html.print_pdf`` runs it; ``h4_html.runs_of_items`` walks the items). Gold is registered while the page is written
(``gold.render`` for every printed text, headings and table rows as the first set's markup does).

A report names its page (``page``: "a4", "a4-landscape", "a5") and a palette (``ink``, ``tint``);
its ``items`` are tuples, the last element optionally a dict of options:

    ("cover", {kicker, title, sub, caption})   a full cover sheet: kicker line, big title, a tinted
                                              "photo" field and its caption
    ("toc", [(entry, page)])                 an Innhold list with page numbers after dot leaders
    ("h", level, text) / ("kicker", text)     headings (gold) / a small capitals line (not a heading)
    ("p", text, {lead, small})  ("li", text)  paragraphs and bullets
    ("grid", [[items], [items], ...], {widths}) blocks side by side (main text and a sidebar ...)
    ("cols", n, [items])                      the items flowing in n CSS columns
    ("box", [items], {dark})                  a tinted panel (facts, a sidebar's people)
    ("tiles", [(value, label)])               key-figure tiles: a big value over a small label
    ("photo", caption, {height})              a tinted picture field and its caption under it
    ("quote", text, who)                      a pull quote and who said it
    ("pairs", [(left, right)], {split})       a label/name list; ``split`` prints all the left
                                              texts in one block and all the right texts in a
                                              second block beside it (two flex columns)
    ("cards", [(name, [lines])], {per_row})   people as cards with a round portrait field
    ("table", rows, {header, gold_rows})      a table; a cell's about is its row label
    ("stmt", Statement, {title})              a statement under its title (a gold heading)
    ("sign", place_date, [(name, title)], {per_row})  signature lines in a grid
    ("colophon", text)                        the small print at the foot of a page
    ("break",)                                a new sheet
"""
from __future__ import annotations

import html
from pathlib import Path

import h4_html  # the items' walk and a table row's gold (the fourth set's)
from heldout_finance import Statement

PAGES = {"a4": ("A4", "16mm 15mm 17mm 15mm", "297mm", "210mm"),
         "a4-landscape": ("A4 landscape", "12mm 14mm 13mm 14mm", "210mm", "297mm"),
         "a5": ("A5", "12mm 11mm 13mm 11mm", "210mm", "148mm")}

CSS = """
@page { size: %(size)s; margin: %(margin)s; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: %(base)s; line-height: 1.38; color: #262626; }
.sheet-break { break-before: page; }
.cover { height: %(cover_h)s; display: flex; flex-direction: column; justify-content: space-between; }
.cover .kick { letter-spacing: 0.04em; font-size: 9pt; color: %(ink)s; font-weight: bold; }
.cover .ttl { font-family: 'DejaVu Serif', serif; font-size: 30pt; line-height: 1.05; color: %(ink)s; margin: 6mm 0 2mm 0; }
.cover .sub { font-size: 11pt; color: #555; }
.cover .field { flex: 1; margin: 8mm 0 3mm 0; background: linear-gradient(160deg, %(tint)s, #ffffff 70%%); border-radius: 3mm; }
.cap { font-size: 7.6pt; color: #666; font-style: italic; margin: 1.5mm 0 4mm 0; }
.toc { width: 100%%; margin: 4mm 0 6mm 0; }
.toc div { display: flex; font-size: 10pt; padding: 1mm 0; }
.toc .dots { flex: 1; border-bottom: 0.6pt dotted #999; margin: 0 2mm 1.2mm 2mm; }
h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 21pt; color: %(ink)s; margin: 0 0 3mm 0; line-height: 1.1; }
h2 { font-size: 12.5pt; color: %(ink)s; margin: 5mm 0 2mm 0; text-transform: none; }
h3 { font-size: 10pt; margin: 3.5mm 0 1mm 0; color: #333; }
.kicker { font-size: 7.5pt; font-weight: bold; color: %(ink)s; text-transform: uppercase; margin: 0 0 1mm 0; }
p { margin: 0 0 2.4mm 0; }
p.lead { font-size: 11.5pt; line-height: 1.35; color: #333; }
p.small { font-size: 7.8pt; color: #555; }
ul { margin: 0 0 3mm 0; padding-left: 4.5mm; }
.grid { display: grid; gap: 0 7mm; align-items: start; }
.cols { column-gap: 7mm; }
.cols > * { break-inside: avoid; }
.box { background: %(tint)s; padding: 3mm 4mm; border-radius: 1.5mm; margin: 0 0 4mm 0; break-inside: avoid; }
.box.dark { background: %(ink)s; color: #fff; }
.box.dark h2, .box.dark h3, .box.dark .kicker { color: #fff; }
.tiles { display: flex; gap: 4mm; margin: 2mm 0 5mm 0; }
.tile { flex: 1; border-top: 2.2pt solid %(ink)s; padding-top: 1.5mm; }
.tile .v { font-size: 19pt; font-weight: bold; color: %(ink)s; line-height: 1.1; }
.tile .l { font-size: 7.6pt; color: #555; }
.photo { background: repeating-linear-gradient(45deg, %(tint)s, %(tint)s 6mm, #f4f4f4 6mm, #f4f4f4 12mm); border-radius: 1mm; }
.quote { font-family: 'DejaVu Serif', serif; font-size: 13pt; color: %(ink)s; border-left: 2pt solid %(ink)s; padding: 1mm 0 1mm 4mm; margin: 4mm 0; break-inside: avoid; }
.quote .who { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; margin-top: 1.5mm; }
.pairs { display: grid; grid-template-columns: max-content 1fr; gap: 0.6mm 4mm; margin: 0 0 3mm 0; font-size: 0.95em; }
.pairs .l { color: #666; }
.split { display: flex; gap: 5mm; margin: 0 0 3mm 0; font-size: 0.95em; }
.split .l { color: #666; }
.cards { display: grid; gap: 4mm 4mm; margin: 2mm 0 4mm 0; }
.card { text-align: center; font-size: 8pt; break-inside: avoid; }
.card .face { width: 17mm; height: 17mm; border-radius: 50%%; background: %(tint)s; margin: 0 auto 1.5mm auto; }
.card b { display: block; font-size: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; font-size: 0.92em; }
td, th { padding: 0.9mm 1.5mm; vertical-align: top; }
th { text-align: left; color: %(ink)s; border-bottom: 1pt solid %(ink)s; font-weight: bold; }
td { border-bottom: 0.4pt solid #ddd; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.head td { font-weight: bold; border-bottom: none; padding-top: 2mm; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #444; }
.sign { display: grid; gap: 9mm 6mm; margin: 10mm 0 4mm 0; break-inside: avoid; }
.sign div { border-top: 0.6pt solid #222; padding-top: 1mm; font-size: 8pt; }
.colophon { font-size: 7pt; color: #777; border-top: 0.4pt solid #bbb; padding-top: 1.5mm; margin-top: 5mm; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _numeric(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(t) and t.strip("()\u2013%").isdigit()


class Page:
    """One report's HTML, written item by item while ``gold`` registers what is printed."""

    def __init__(self, gold):
        self.gold = gold

    def text(self, markup: str, about: str | None = None) -> str:
        return _esc(self.gold.render(markup, about=about))

    def heading(self, markup: str) -> str:
        text = self.gold.render(markup)
        self.gold.headings.append(text)
        return _esc(text)

    def table(self, rows: list[list[str]], header=True, gold_rows=True, head_rows=(), total_rows=(),
              numeric_header=False) -> str:
        out = ["<table>"]
        for r, row in enumerate(rows):
            printed = h4_html.table_row(self.gold, row, gold_rows)
            tag = "th" if header and r == 0 else "td"
            cls = " class=head" if r in head_rows else (" class=tot" if r in total_rows else "")
            cells = []
            for c, text in enumerate(printed):
                num = c > 0 and (_numeric(text) or (tag == "th" and numeric_header))
                cells.append(f"<{tag}{' class=n' if num else ''}>{_esc(text)}</{tag}>")
            out.append(f"<tr{cls}>{''.join(cells)}</tr>")
        out.append("</table>")
        return "\n".join(out)

    def statement(self, st: Statement, title: str | None) -> str:
        self.gold.statements.append(st)
        parts = []
        if title:
            parts.append(f"<h3>{self.heading(title)}</h3>")
        if st.above:
            parts.append(f'<p class="small">{self.text(st.above)}</p>')
        body = st.body_rows()
        rows = [st.header_row()] + [cells for _, cells in body]
        heads = {i + 1 for i, (line, _) in enumerate(body) if line.is_head}
        totals = {i + 1 for i, (line, _) in enumerate(body) if line.bold and not line.is_head}
        parts.append(self.table(rows, gold_rows=st.gold_rows, head_rows=heads, total_rows=totals,
                                numeric_header=True))
        if st.below:
            parts.append(f'<p class="small">{self.text(st.below)}</p>')
        return "\n".join(parts)

    def items(self, items: list[tuple]) -> str:
        out = []
        for kind, opts, item in h4_html.runs_of_items(items):
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{self.text(li[1])}</li>" for li in item) + "</ul>")
            elif kind == "cover":
                c = item[1]
                out.append('<section class="cover">'
                           f'<div><div class="kick">{self.text(c["kicker"])}</div>'
                           f'<div class="ttl">{self.heading(c["title"])}</div>'
                           f'<div class="sub">{self.text(c["sub"])}</div></div>'
                           f'<div class="field"></div><div class="cap">{self.text(c["caption"])}</div></section>'
                           '<div class="sheet-break"></div>')
            elif kind == "toc":
                rows = "".join(f'<div><span>{self.text(e)}</span><span class="dots"></span><span>{self.text(p)}</span></div>'
                               for e, p in item[1])
                out.append(f'<div class="toc">{rows}</div>')
            elif kind == "h":
                out.append(f"<h{item[1]}>{self.heading(item[2])}</h{item[1]}>")
            elif kind == "kicker":
                out.append(f'<div class="kicker">{self.text(item[1])}</div>')
            elif kind == "p":
                cls = "lead" if opts.get("lead") else ("small" if opts.get("small") else "")
                out.append(f'<p class="{cls}">{self.text(item[1])}</p>' if cls else f"<p>{self.text(item[1])}</p>")
            elif kind == "grid":
                widths = opts.get("widths", " ".join(["1fr"] * len(item[1])))
                cells = "".join(f"<div>{self.items(block)}</div>" for block in item[1])
                out.append(f'<div class="grid" style="grid-template-columns: {widths}">{cells}</div>')
            elif kind == "cols":
                out.append(f'<div class="cols" style="column-count: {item[1]}">{self.items(item[2])}</div>')
            elif kind == "box":
                out.append(f'<div class="box{" dark" if opts.get("dark") else ""}">{self.items(item[1])}</div>')
            elif kind == "tiles":
                tiles = "".join(f'<div class="tile"><div class="v">{self.text(v, about=self.gold.strip(l))}</div>'
                                f'<div class="l">{self.text(l)}</div></div>' for v, l in item[1])
                out.append(f'<div class="tiles">{tiles}</div>')
            elif kind == "photo":
                out.append(f'<div class="photo" style="height: {opts.get("height", "45mm")}"></div>'
                           f'<div class="cap">{self.text(item[1])}</div>')
            elif kind == "quote":
                out.append(f'<div class="quote">{self.text(item[1])}<div class="who">{self.text(item[2])}</div></div>')
            elif kind == "pairs":
                if opts.get("split"):
                    left = "<br>".join(self.text(a) for a, _ in item[1])
                    right = "<br>".join(self.text(b) for _, b in item[1])
                    out.append(f'<div class="split"><div class="l">{left}</div><div>{right}</div></div>')
                else:
                    cells = "".join(f'<div class="l">{self.text(a)}</div><div>{self.text(b)}</div>' for a, b in item[1])
                    out.append(f'<div class="pairs">{cells}</div>')
            elif kind == "cards":
                cards = "".join(f'<div class="card"><div class="face"></div><b>{self.text(n)}</b>'
                                + "<br>".join(self.text(l) for l in lines) + "</div>" for n, lines in item[1])
                out.append(f'<div class="cards" style="grid-template-columns: repeat({opts.get("per_row", 4)}, 1fr)">'
                           f"{cards}</div>")
            elif kind == "table":
                out.append(self.table(item[1], header=opts.get("header", True), gold_rows=opts.get("gold_rows", True)))
            elif kind == "stmt":
                out.append(self.statement(item[1], opts.get("title", item[1].title)))
            elif kind == "sign":
                out.append(f"<p>{self.text(item[1])}</p>")
                blocks = "".join(f"<div>{self.text(n)}<br>{self.text(t)}</div>" for n, t in item[2])
                out.append(f'<div class="sign" style="grid-template-columns: repeat({opts.get("per_row", 3)}, 1fr)">'
                           f"{blocks}</div>")
            elif kind == "colophon":
                out.append(f'<div class="colophon">{self.text(item[1])}</div>')
            elif kind == "break":
                out.append('<div class="sheet-break"></div>')
            else:
                raise ValueError(f"unknown item kind {kind!r}")
        return "\n".join(out)


def html_document(report: dict, gold) -> str:
    size, margin, height, _ = PAGES[report.get("page", "a4")]
    margins = [float(m.rstrip("mm")) for m in margin.split()]
    cover_h = f"{float(height.rstrip('mm')) - margins[0] - margins[2] - 2:.0f}mm"
    style = CSS % {"size": size, "margin": margin, "ink": "#" + report.get("ink", "1E4D5C"),
                   "tint": "#" + report.get("tint", "DCEBEF"), "cover_h": cover_h,
                   "base": report.get("base", "9pt")}
    body = Page(gold).items(report["items"])
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def sheets(report: dict) -> int:
    """The sheets the report is drawn on: one more than its breaks (a cover ends its own sheet)."""
    return 1 + sum(1 for item in report["items"] if item[0] in ("break", "cover"))


def print_page(report: dict, document: str, tmp: Path, out_dir: Path) -> bool:
    """The page printed by Chromium as the report's PDF; refuses a page that ran onto an extra sheet."""
    import subprocess

    from h4_html import print_pdf

    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    print_pdf(page, target)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    if count != sheets(report):
        raise SystemExit(f"{report['name']}: {count} sheets printed, {sheets(report)} drawn (a page overflowed)")
    return True
