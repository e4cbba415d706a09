"""This set's own page builder: a report's items as HTML/CSS for Chromium to print (A4, a landscape
page where a statement is wide), registering gold as it writes (``gold.render`` for every text,
headings, table rows, statements).

Items (tuples; the last element may be a dict of options):

    ("cover", title, [lines])            a title block with small lines under it
    ("h", level, text)                   a heading (gold)
    ("p", text)                          a paragraph; ("small", text) a footnote-sized one
    ("table", rows, {cls})               a table, its first row the header
    ("stmt", Statement, {title, split_at, cont, groups})  a statement; ``split_at`` body rows on this
                                         page, the rest after a page break under ``cont`` with the header
                                         again; ``groups`` [(name, span)] a row over the column headers
    ("tacct", Statement, {title, right_from, below_from})  a statement as two blocks side by side
                                         (lines before ``right_from`` left, up to ``below_from`` right,
                                         the rest full width under both)
    ("beside", [items], [items], {left}) two columns of items (``left`` the first one's width in %)
    ("wide", [items])                    items on a landscape page of their own
    ("pagebreak",)
"""
from __future__ import annotations

import html

from heldout_finance import Statement

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
@page wide { size: A4 landscape; margin: 14mm 15mm; }
body { font-family: %(font)s; font-size: 9.6pt; color: #1d1d1d; line-height: 1.35; }
.cover { border-left: 6px solid %(accent)s; padding: 10mm 0 8mm 7mm; margin-bottom: 8mm; }
.cover h1 { font-size: 24pt; margin: 0 0 3mm 0; color: %(accent)s; }
.cover div { font-size: 10pt; color: #444; }
h2 { font-size: 13.5pt; color: %(accent)s; margin: 7mm 0 2mm 0; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm 0; }
p { margin: 0 0 2.2mm 0; }
p.small { font-size: 7.8pt; color: #555; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; font-size: 8.8pt; }
th { text-align: left; border-bottom: 1.2px solid #333; padding: 1.2mm 1.5mm; }
td { padding: 0.9mm 1.5mm; border-bottom: 0.4px solid #d5d5d5; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.note, th.note { text-align: center; width: 12mm; color: #555; }
tr.b td { font-weight: bold; border-top: 0.8px solid #555; }
tr.head td { font-weight: bold; padding-top: 2.4mm; border-bottom: none; }
.stmt-title { font-weight: bold; font-size: 11pt; margin: 4mm 0 1mm 0; }
.above { font-style: italic; font-size: 8.2pt; margin-bottom: 1mm; }
.below { font-style: italic; font-size: 7.6pt; color: #555; }
.brk { break-before: page; }
.wide { page: wide; break-before: page; }
.beside { display: flex; gap: 6mm; align-items: flex-start; }
.tacct { display: flex; gap: 5mm; align-items: flex-start; }
.tacct > div { flex: 1; }
.box { background: #f3f1ea; padding: 2mm 3mm; }
.box table { font-size: 8pt; }
.tacct table { font-size: 8.4pt; }
.tacct td:first-child { width: 52%%; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Page:
    def __init__(self, gold):
        self.gold = gold
        self.out: list[str] = []

    def text(self, text: str, about: str | None = None) -> str:
        return esc(self.gold.render(text, about=about))

    def heading(self, level: int, text: str, cls: str = "") -> None:
        printed = self.gold.render(text)
        self.gold.headings.append(printed)
        attr = f' class="{cls}"' if cls else ""
        self.out.append(f"<h{level}{attr}>{esc(printed)}</h{level}>" if level else f'<div{attr}>{esc(printed)}</div>')

    def table(self, rows: list[list[str]], cls: str = "", numeric_from: int = 1, row_classes=None) -> None:
        """Rows of markup; the first is the header. Each printed row with a filled cell is gold."""
        parts = [f'<table class="{cls}">']
        for r, row in enumerate(rows):
            label = self.gold.strip(row[0]) if row else ""
            cells = [self.gold.render(c, about=label or None) for c in row]
            self.gold.row_texts.append(" | ".join(cells))
            if any(c.strip() for c in cells):
                self.gold.table_rows.append([c for c in cells if c.strip()])
            tag = "th" if r == 0 else "td"
            rc = (row_classes or {}).get(r, "")
            parts.append(f'<tr class="{rc}">' + "".join(
                f'<{tag} class="{"n" if c >= numeric_from else ""}">{esc(t)}</{tag}>' for c, t in enumerate(cells))
                + "</tr>")
        parts.append("</table>")
        self.out.append("".join(parts))

    def stmt_rows(self, st: Statement, rows, header: bool, groups=None) -> None:
        """Some of a statement's body rows as one table (with its header row when ``header``, under a
        row naming the column groups when ``groups`` gives (name, span) pairs)."""
        parts = ["<table>"]
        if header and groups:
            lead = 1 + (st.note_col is not None)
            parts.append(f'<tr><th colspan="{lead}"></th>' + "".join(
                f'<th class="n" colspan="{span}" style="text-align:center">{self.text(name)}</th>'
                for name, span in groups) + "</tr>")
        if header:
            cells = [self.gold.render(h) for h in st.header_row()]
            parts.append("<tr>" + "".join(self._cell("th", st, c, t) for c, t in enumerate(cells)) + "</tr>")
        for line, row in rows:
            cells = [self.gold.render(c) for c in row]
            self.gold.row_texts.append(" | ".join(cells))
            if any(c.strip() for c in cells[1:]) and st.gold_rows:
                self.gold.table_rows.append([c for c in cells if c.strip()])
            cls = "head" if line.is_head else ("b" if line.bold else "")
            parts.append(f'<tr class="{cls}">' + "".join(self._cell("td", st, c, t) for c, t in enumerate(cells)) + "</tr>")
        parts.append("</table>")
        self.out.append("".join(parts))

    @staticmethod
    def _cell(tag: str, st: Statement, c: int, text: str) -> str:
        cls = "" if c == 0 else ("note" if st.note_col is not None and c == 1 else "n")
        return f'<{tag} class="{cls}">{esc(text)}</{tag}>'

    def statement(self, st: Statement, title: str | None = None, split_at: int | None = None,
                  cont: str | None = None, groups=None) -> None:
        self.gold.statements.append(st)
        self.heading(0, title or st.title, "stmt-title")
        if st.above:
            self.out.append(f'<div class="above">{self.text(st.above)}</div>')
        body = st.body_rows()
        if split_at is None:
            self.stmt_rows(st, body, header=True, groups=groups)
        else:
            self.stmt_rows(st, body[:split_at], header=True)
            self.out.append('<div class="brk"></div>')
            self.out.append(f'<div class="stmt-title">{self.text(cont)}</div>')
            self.stmt_rows(st, body[split_at:], header=True)
        if st.below:
            self.out.append(f'<div class="below">{self.text(st.below)}</div>')

    def t_account(self, st: Statement, title: str, right_from: str, below_from: str) -> None:
        self.gold.statements.append(st)
        self.heading(0, title, "stmt-title")
        if st.above:
            self.out.append(f'<div class="above">{self.text(st.above)}</div>')
        body = st.body_rows()
        labels = [line.label for line, _ in body]
        r, b = labels.index(right_from), labels.index(below_from)
        self.out.append('<div class="tacct"><div>')
        self.stmt_rows(st, body[:r], header=True)
        self.out.append("</div><div>")
        self.stmt_rows(st, body[r:b], header=True)
        self.out.append("</div></div>")
        self.stmt_rows(st, body[b:], header=False)
        if st.below:
            self.out.append(f'<div class="below">{self.text(st.below)}</div>')

    def items(self, items: list[tuple]) -> None:
        for item in items:
            kind = item[0]
            opts = item[-1] if isinstance(item[-1], dict) else {}
            if kind == "cover":
                self.out.append('<div class="cover"><h1>')
                printed = self.gold.render(item[1])
                self.gold.headings.append(printed)
                self.out.append(esc(printed) + "</h1>")
                self.out += [f"<div>{self.text(line)}</div>" for line in item[2]]
                self.out.append("</div>")
            elif kind == "h":
                self.heading(item[1], item[2])
            elif kind in ("p", "small"):
                cls = ' class="small"' if kind == "small" else ""
                self.out.append(f"<p{cls}>{self.text(item[1])}</p>")
            elif kind == "table":
                self.table(item[1], cls=opts.get("cls", ""), numeric_from=opts.get("numeric_from", 1))
            elif kind == "stmt":
                self.statement(item[1], title=opts.get("title"), split_at=opts.get("split_at"),
                               cont=opts.get("cont"), groups=opts.get("groups"))
            elif kind == "tacct":
                self.t_account(item[1], opts["title"], opts["right_from"], opts["below_from"])
            elif kind == "beside":
                left = opts.get("left", 60)
                self.out.append(f'<div class="beside"><div style="width:{left}%">')
                self.items(item[1])
                self.out.append(f'</div><div class="box" style="width:{100 - left}%">')
                self.items(item[2])
                self.out.append("</div></div>")
            elif kind == "wide":
                self.out.append('<div class="wide">')
                self.items(item[1])
                self.out.append("</div>")
            elif kind == "pagebreak":
                self.out.append('<div class="brk"></div>')
            else:
                raise ValueError(f"unknown item {kind!r}")


def html_document(report: dict, gold) -> str:
    page = Page(gold)
    # figures a report prints only in its prose: the statement they come from, never drawn as a table
    gold.statements += report.get("statements", [])
    page.items(report["items"])
    css = CSS % {"font": report.get("font", "'DejaVu Sans', sans-serif"), "accent": report.get("accent", "#2b4c6f")}
    title = esc(report["title"])
    return (f'<!DOCTYPE html><html lang="{report.get("lang_code", "nb")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{css}</style></head><body>{''.join(page.out)}</body></html>")
