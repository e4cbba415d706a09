"""HTML layout for the fourth held-out set's browser-printed reports: the page is written as HTML
with CSS (grids, multi-column text, flex signature rows) and printed to PDF by Chromium, so the
PDF's layout comes from a browser, not from LibreOffice. Gold is registered as the items are
written, the same way ``heldout_docx`` does for Word (``gold.render`` for all text).

Items (tuples; the last element may be a dict of options):

    ("h", level, text)      a heading (h1-h3)                    -> gold heading
    ("bh", text)            a bold paragraph standing as a heading -> gold heading
    ("p", text, {small, italic})  ("li", text)  (consecutive li make one list)
    ("table", rows, {ruled, gold_rows, header})  a table; a cell's about is its row label
    ("stmt", Statement, {title})   a statement with its title above it (a gold heading)
    ("keytable", Statement, extra_rows, {title})  summary lines of a statement plus ratio rows
    ("cols", [items])       the items in two CSS columns (column-count)
    ("grid", [(name, [lines])], {per_row, title})  people as cards in a CSS grid (no pictures)
    ("twolist", [(left, right)])  a board list in two columns: role left, name right, no table
    ("sign", place_date, [(name, title)])  names under signature lines, in a flex row
    ("news", {source, title, byline, paras})  a reprinted newspaper piece in a bordered box
    ("facts", [lines])      a small boxed facts panel floated right
    ("pagebreak",)
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from heldout_finance import Statement

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; }
h1 { font-size: 20pt; color: %(accent)s; margin: 0 0 6pt 0; }
h2 { font-size: 13pt; color: %(accent)s; border-bottom: 1.5px solid %(accent)s; padding-bottom: 2pt; margin: 14pt 0 5pt 0; }
h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
p.small { font-size: 8pt; color: #555; }
.bh { font-weight: bold; font-size: 10.5pt; margin-top: 9pt; }
table { border-collapse: collapse; margin: 4pt 0 9pt 0; font-size: 8.8pt; }
table.ruled td, table.ruled th { border: 0.6pt solid #888; padding: 2pt 5pt; }
table.plain td, table.plain th { padding: 1.5pt 8pt 1.5pt 0; }
table.plain tr.key td { border-top: 0.8pt solid #333; font-weight: bold; }
th { background: %(shade)s; text-align: left; }
td.num, th.num { text-align: right; white-space: nowrap; }
.cols { column-count: 2; column-gap: 9mm; }
.grid { display: grid; gap: 8pt 10pt; margin: 6pt 0 10pt 0; }
.card { border: 0.6pt solid #bbb; border-radius: 4pt; padding: 5pt 6pt; text-align: center; font-size: 8.5pt; }
.card b { display: block; font-size: 9.5pt; }
.twolist { display: grid; grid-template-columns: 38mm 1fr 38mm 1fr; gap: 2pt 6pt; margin: 4pt 0 10pt 0; }
.twolist .role { color: #555; }
.sign { display: flex; flex-wrap: wrap; gap: 14pt 22pt; margin: 18pt 0 8pt 0; break-inside: avoid; }
.sign div { width: 48mm; border-top: 0.7pt solid #000; padding-top: 2pt; font-size: 8.5pt; margin-top: 20pt; }
.news { border: 0.8pt solid #777; background: #f6f3ec; padding: 7pt 10pt; margin: 8pt 0 10pt 0;
        font-family: 'DejaVu Serif', serif; break-inside: avoid; }
.news .src { font-style: italic; font-size: 7.5pt; }
.news .ttl { font-weight: bold; font-size: 14pt; margin: 2pt 0; }
.facts { float: right; width: 60mm; border: 0.6pt solid #999; background: #f2f4f7; padding: 5pt 7pt;
         margin: 0 0 6pt 10pt; font-size: 8.3pt; }
.pb { break-before: page; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").replace("-", "")
    return t.strip("()\u2013%").isdigit()


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def table_row(gold, row: list[str], gold_rows: bool = True, min_filled: int = 1) -> list[str]:
    """A table row's cells as printed (each cell's about its row label), registered as gold while
    it is written: its text in ``row_texts`` and, with ``gold_rows`` and at least ``min_filled``
    filled cells, those cells as a table row. The page builders' tables (this set's and those of
    sets 56, 61, 64, 66, 68 and 70) print their rows through it."""
    label = gold.strip(row[0]) if row else ""
    printed = [gold.render(c, about=label or None) for c in row]
    gold.row_texts.append(" | ".join(printed))
    if gold_rows and sum(1 for p in printed if p.strip()) >= min_filled:
        gold.table_rows.append([p for p in printed if p.strip()])
    return printed


def table_html(gold, rows: list[list[str]], ruled=True, gold_rows=True, header=True, key_rows=(),
               bold_rows=(), numeric_header=False) -> str:
    out = [f'<table class="{"ruled" if ruled else "plain"}">']
    for r, row in enumerate(rows):
        printed = table_row(gold, row, gold_rows)
        tag = "th" if header and r == 0 else "td"
        cls = ' class="key"' if r in key_rows else ""
        cells = []
        for c, text in enumerate(printed):
            num = ' class="num"' if c and (_is_number(text) or (r == 0 and header and numeric_header)) else ""
            body = f"<b>{_esc(text)}</b>" if r in bold_rows else _esc(text)
            cells.append(f"<{tag}{num}>{body}</{tag}>")
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def statement_html(gold, st: Statement, title: str | None, extra: list[list[str]] = ()) -> str:
    gold.statements.append(st)
    parts = []
    if title is not None:
        text = gold.render(title)
        gold.headings.append(text)
        parts.append(f'<p class="bh">{_esc(text)}</p>')
    if st.above:
        parts.append(f"<p><i>{_esc(gold.render(st.above))}</i></p>")
    body = st.body_rows()
    rows = [st.header_row()] + [cells for _, cells in body] + list(extra)
    key_rows = {i + 1 for i, (line, _) in enumerate(body) if line.key}
    bold_rows = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
    parts.append(table_html(gold, rows, ruled=st.render == "ruled", gold_rows=st.gold_rows,
                            key_rows=key_rows if st.render != "ruled" else (), bold_rows=bold_rows,
                            numeric_header=True))
    if st.below:
        parts.append(f'<p class="small">{_esc(gold.render(st.below))}</p>')
    return "\n".join(parts)


def runs_of_items(items: list[tuple]) -> Iterator[tuple[str, dict, object]]:
    """(kind, options, item) of each item in order, a run of "li" items as one ("li", {}, [items]):
    the walk every set's ``items_html`` takes, a run of list items printed as one list."""
    run: list[tuple] = []
    for item in items:
        if item[0] == "li":
            run.append(item)
            continue
        if run:
            yield "li", {}, run
            run = []
        yield item[0], _opts(item), item
    if run:
        yield "li", {}, run


def list_html(gold, run: list[tuple]) -> str:
    """A run of "li" items as one bulleted list, an item a line."""
    return "\n".join(["<ul>", *(f"<li>{_esc(gold.render(item[1]))}</li>" for item in run), "</ul>"])


def items_html(gold, items: list[tuple]) -> str:
    out: list[str] = []
    for kind, opts, item in runs_of_items(items):
        if kind == "li":
            out.append(list_html(gold, item))
        elif kind == "h":
            text = gold.render(item[2])
            gold.headings.append(text)
            out.append(f"<h{item[1]}>{_esc(text)}</h{item[1]}>")
        elif kind == "bh":
            text = gold.render(item[1])
            gold.headings.append(text)
            out.append(f'<p class="bh">{_esc(text)}</p>')
        elif kind == "p":
            text = _esc(gold.render(item[1]))
            if opts.get("italic"):
                text = f"<i>{text}</i>"
            out.append(f'<p{" class=small" if opts.get("small") else ""}>{text}</p>')
        elif kind == "table":
            out.append(table_html(gold, item[1], ruled=opts.get("ruled", True), gold_rows=opts.get("gold_rows", True),
                                  header=opts.get("header", True)))
        elif kind == "stmt":
            out.append(statement_html(gold, item[1], opts.get("title", item[1].title)))
        elif kind == "keytable":
            out.append(statement_html(gold, item[1], opts.get("title", item[1].title), extra=item[2]))
        elif kind == "cols":
            out.append('<div class="cols">' + items_html(gold, item[1]) + "</div>")
        elif kind == "grid":
            per_row = opts.get("per_row", 3)
            if opts.get("title"):
                text = gold.render(opts["title"])
                gold.headings.append(text)
                out.append(f'<p class="bh">{_esc(text)}</p>')
            cards = []
            for name, lines in item[1]:
                body = "<br>".join(_esc(gold.render(line)) for line in lines)
                cards.append(f'<div class="card"><b>{_esc(gold.render(name))}</b>{body}</div>')
            out.append(f'<div class="grid" style="grid-template-columns: repeat({per_row}, 1fr)">'
                       + "".join(cards) + "</div>")
        elif kind == "twolist":
            cells = []
            for left, right in item[1]:
                cells.append(f'<span class="role">{_esc(gold.render(left))}</span><span>{_esc(gold.render(right))}</span>')
            out.append('<div class="twolist">' + "".join(cells) + "</div>")
        elif kind == "sign":
            out.append(f"<p>{_esc(gold.render(item[1]))}</p>")
            blocks = [f"<div>{_esc(gold.render(n))}<br>{_esc(gold.render(t))}</div>" for n, t in item[2]]
            out.append('<div class="sign">' + "".join(blocks) + "</div>")
        elif kind == "news":
            piece = item[1]
            paras = "".join(f"<p>{_esc(gold.render(p))}</p>" for p in piece["paras"])
            out.append(f'<div class="news"><div class="src">{_esc(gold.render(piece["source"]))}</div>'
                       f'<div class="ttl">{_esc(gold.render(piece["title"]))}</div>'
                       f'<div class="src">{_esc(gold.render(piece["byline"]))}</div>{paras}</div>')
        elif kind == "facts":
            out.append('<div class="facts">' + "<br>".join(_esc(gold.render(l)) for l in item[1]) + "</div>")
        elif kind == "pagebreak":
            out.append('<div class="pb"></div>')
        else:
            raise ValueError(f"unknown item kind {kind!r}")
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    style = CSS % {"accent": "#" + report.get("accent", "1F3B5A"), "shade": "#" + report.get("shade", "E6EAF0")}
    body = items_html(gold, report["items"])
    title = _esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="{report.get("html_lang", "no")}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise SystemExit("no Chromium: apt-get install chromium (or playwright install chromium)")
    return exe


def print_pdf(page: Path, target: Path) -> None:
    """Chromium's own print to PDF (no header or footer lines with the file's URL and date)."""
    with tempfile.TemporaryDirectory(prefix="heldout4-chrome-") as profile:
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri()],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
