"""This set's own page builder for its designer reports: HTML and CSS written for the set, printed
by Chromium (the fourth set's ``h4_html.print_pdf`` runs the browser; nothing else is borrowed).

A report's ``items`` are tuples (the last element may be a dict of options):

    ("cover", title, subtitle)             a full-width colour band with the title (a gold heading)
    ("h", text) / ("h3", text)             section and sub-section headings (gold headings)
    ("p", text) / ("small", text)          a paragraph; a small grey note
    ("li", [texts])                        a bullet list
    ("facts", caption, [(label, value)])   a tinted box of label/value lines (the caption is no heading)
    ("tiles", [(figure, words)])           big figures with a line of words under each
    ("seats", caption, [(name, role, deputy)], {deputy_word})  one card per seat: the member,
                                           the role line and the personal deputy under it
    ("table", rows, {gold_rows, head})     a table; the first row is its header
    ("stmt", Statement, title)             a statement under its title (a gold heading)
    ("grid", [items], [items], {left})     two columns side by side (left width in %)
    ("flow", [items])                      text flowing in two newspaper columns
    ("sign", place_date, [(name, title)])  a row of signatures
    ("pagebreak",)

``report["design"]`` holds the look: accent colour, tint, font, and ``side_rail`` (section headings
with a colour block at their left instead of a rule under them). ``report["footer"]`` closes the
last page as a small colophon line.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "heldout4"))
from h4_html import print_pdf  # noqa: E402  (Chromium's run only)

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 17mm; }
body { font-family: %(font)s; font-size: 9.6pt; color: #1d1d1d; line-height: 1.38; margin: 0; }
.railed h2 { border-bottom: none; border-left: 5mm solid %(accent)s; padding-left: 3mm; }
.foot { margin-top: 8mm; font-size: 7.4pt; color: #777; border-top: 0.5pt solid #bbb; padding-top: 1.5mm; }
.cover { background: %(accent)s; color: #fff; padding: 14mm 10mm 10mm; margin-bottom: 8mm; }
.cover h1 { font-size: 25pt; margin: 0 0 3mm; font-weight: 700; letter-spacing: 0.3pt; }
.cover .sub { font-size: 12pt; opacity: 0.92; }
h2 { color: %(accent)s; font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 1.2pt solid %(accent)s;
     padding-bottom: 1mm; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; page-break-after: avoid; }
p { margin: 0 0 2.2mm; }
.small { font-size: 7.8pt; color: #666; }
.facts { background: %(tint)s; padding: 3mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
.facts .cap { font-weight: 700; text-transform: uppercase; font-size: 8pt; letter-spacing: 0.8pt;
              color: %(accent)s; margin-bottom: 1.5mm; }
.facts .row { display: flex; gap: 3mm; }
.facts .lab { flex: 0 0 27mm; color: #555; }
.tiles { display: flex; gap: 4mm; margin: 3mm 0 5mm; }
.tile { flex: 1; border-top: 3pt solid %(accent)s; padding: 2mm 1mm; }
.tile .fig { font-size: 19pt; font-weight: 700; color: %(accent)s; }
.tile .words { font-size: 8.2pt; color: #444; }
.seats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 2mm 0 4mm; }
.seat { border: 0.6pt solid #c9c9c9; padding: 2.5mm; break-inside: avoid; }
.seat .name { font-weight: 700; }
.seat .role { color: %(accent)s; font-size: 8.4pt; }
.seat .dep { font-size: 8.2pt; color: #555; margin-top: 1.5mm; border-top: 0.5pt dotted #aaa; padding-top: 1mm; }
.seatcap { font-weight: 700; margin-top: 3mm; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm; font-size: 8.6pt; break-inside: avoid; }
th { text-align: left; background: %(tint)s; padding: 1.2mm 1.5mm; font-weight: 700; }
td { padding: 0.9mm 1.5mm; border-bottom: 0.4pt solid #ddd; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.bold td { font-weight: 700; border-bottom: 0.8pt solid #888; }
tr.head td { font-weight: 700; padding-top: 2.2mm; border-bottom: none; }
.grid { display: flex; gap: 6mm; }
.flow { column-count: 2; column-gap: 7mm; }
.sign { display: flex; gap: 6mm; margin-top: 9mm; break-inside: avoid; }
.sign div { flex: 1; border-top: 0.6pt solid #333; padding-top: 1mm; font-size: 8.4pt; }
.brk { page-break-before: always; }
ul { margin: 0 0 3mm 4mm; padding-left: 3mm; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def is_number(text: str) -> bool:
    bare = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return bool(bare) and (bare.isdigit() or (bare.startswith("(") and bare.endswith(")") and bare[1:-1].isdigit()))


def table_html(gold, rows: list[list[str]], gold_rows: bool = True, classes: list[str] | None = None) -> str:
    """The first row is the header; the others register as gold rows (as the Word tables do)."""
    out = ["<table>"]
    for r, row in enumerate(rows):
        label = gold.strip(row[0]) if row else ""
        printed = [gold.render(c, about=label or None) for c in row]
        gold.row_texts.append(" | ".join(printed))
        if r and gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
        tag = "th" if r == 0 else "td"
        cls = (classes or [""] * len(rows))[r]
        cells = "".join(f'<{tag} class="{"num" if c and is_number(p) else ""}">{esc(p)}</{tag}>'
                        for c, p in enumerate(printed))
        out.append(f'<tr class="{cls}">{cells}</tr>')
    return "".join(out) + "</table>"


def statement_html(gold, st, title: str) -> str:
    gold.statements.append(st)
    head = gold.render(title)
    gold.headings.append(head)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()]
    classes = [""] + ["head" if line.is_head else "bold" if line.bold else "" for line, _ in st.body_rows()]
    above = f'<p class="small">{esc(gold.render(st.above))}</p>' if st.above else ""
    below = f'<p class="small">{esc(gold.render(st.below))}</p>' if st.below else ""
    # a sub-heading row ("Driftsinntekter") has no figures: it is no row to find
    body = table_html(gold, rows, gold_rows=st.gold_rows, classes=classes)
    return f"<h3>{esc(head)}</h3>{above}{body}{below}"


def items_html(gold, items: list[tuple]) -> str:
    parts = []
    for item in items:
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind == "cover":
            title = gold.render(item[1])
            gold.headings.append(title)
            parts.append(f'<div class="cover"><h1>{esc(title)}</h1><div class="sub">{esc(gold.render(item[2]))}</div></div>')
        elif kind in ("h", "h3"):
            text = gold.render(item[1])
            gold.headings.append(text)
            tag = "h2" if kind == "h" else "h3"
            parts.append(f"<{tag}>{esc(text)}</{tag}>")
        elif kind == "p":
            parts.append(f"<p>{esc(gold.render(item[1]))}</p>")
        elif kind == "small":
            parts.append(f'<p class="small">{esc(gold.render(item[1]))}</p>')
        elif kind == "li":
            parts.append("<ul>" + "".join(f"<li>{esc(gold.render(t))}</li>" for t in item[1]) + "</ul>")
        elif kind == "facts":
            rows = "".join(f'<div class="row"><div class="lab">{esc(gold.render(a))}</div><div>{esc(gold.render(b))}</div></div>'
                           for a, b in item[2])
            parts.append(f'<div class="facts"><div class="cap">{esc(gold.render(item[1]))}</div>{rows}</div>')
        elif kind == "tiles":
            tiles = "".join(f'<div class="tile"><div class="fig">{esc(gold.render(f))}</div>'
                            f'<div class="words">{esc(gold.render(w))}</div></div>' for f, w in item[1])
            parts.append(f'<div class="tiles">{tiles}</div>')
        elif kind == "seats":
            word = opts.get("deputy_word", "Personleg vara")
            cards = "".join(
                f'<div class="seat"><div class="name">{esc(gold.render(n))}</div><div class="role">{esc(gold.render(r))}</div>'
                + (f'<div class="dep">{esc(gold.render(f"{word}: {d}"))}</div>' if d else "") + "</div>"
                for n, r, d in item[2])
            parts.append(f'<div class="seatcap">{esc(gold.render(item[1]))}</div><div class="seats">{cards}</div>')
        elif kind == "table":
            parts.append(table_html(gold, item[1], gold_rows=opts.get("gold_rows", True)))
        elif kind == "stmt":
            parts.append(statement_html(gold, item[1], item[2]))
        elif kind == "grid":
            left = opts.get("left", 58)
            parts.append(f'<div class="grid"><div style="width:{left}%">{items_html(gold, item[1])}</div>'
                         f'<div style="width:{100 - left}%">{items_html(gold, item[2])}</div></div>')
        elif kind == "flow":
            parts.append(f'<div class="flow">{items_html(gold, item[1])}</div>')
        elif kind == "sign":
            names = "".join(f"<div>{esc(gold.render(n))}<br>{esc(gold.render(t))}</div>" for n, t in item[2])
            parts.append(f'<p>{esc(gold.render(item[1]))}</p><div class="sign">{names}</div>')
        elif kind == "pagebreak":
            parts.append('<div class="brk"></div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "".join(parts)


def html_document(report: dict, gold) -> str:
    look = {"accent": "#2c5d63", "tint": "#e9f1f1", "font": "'DejaVu Sans', sans-serif",
            **report.get("design", {})}
    railed = look.pop("side_rail", False)
    css = CSS % look
    body = items_html(gold, report["items"])
    foot = f'<div class="foot">{esc(gold.render(report["footer"]))}</div>' if report.get("footer") else ""
    return (f'<!DOCTYPE html><html lang="{report.get("lang", "nb")}"><head><meta charset="utf-8">'
            f"<title>{esc(report['title'])}</title><style>{css}</style></head>"
            f'<body class="{"railed" if railed else ""}">{body}{foot}</body></html>')


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A designer report's HTML printed by Chromium as NAME.pdf; False for a Word report."""
    if "design" not in report["renditions"]:
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    print_pdf(page, out_dir / f"{report['name']}.pdf")
    return True
