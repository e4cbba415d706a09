"""Signature layouts the fifty-ninth held-out set adds to the earlier sets' mechanics, for Word
(python-docx, printed by LibreOffice) and for HTML (printed by Chromium), registering gold as it goes.

    ("siggrid", place_date, [(name, role)], {per_row, order, mark})
        a signature grid: one borderless cell per signer, ``per_row`` to a row; in each cell the
        lines stacked as ``order`` says: "name_role" (line, name, role) or "role_name" (role, line,
        name); ``mark`` is what stands for the signature: "line" (underscores), "sign" ("sign."
        printed, a transcribed copy) or "blank" (an empty line of space). A role may be "" (names
        only) or hold two lines ("Varamedlem\nfor X").
    ("esignpage", {service, title, intro, doc_id, signers: [[lines]], foot})
        the page a signing service appends: a new page, the service's name and the page title in
        bold, a document id and intro in small type, then one boxed block per signer (its lines as
        given: "Signert av", "Surname, Given names", the role, the time, "BankID", a hashed id), two
        blocks to a row, and the service's footer line.

Everything else goes to the sixth set's ``h6_render`` (Word) or the fourth set's ``h4_html`` (HTML)
in runs. Neither the grid nor the signing page is a gold table or heading.
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import h4_html
import h6_render
from heldout_tables import remove_borders, shade

OWN = ("siggrid", "esignpage")
MARKS = {"line": "_" * 24, "sign": "sign.", "blank": ""}


def _opts(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def _cell_lines(name: str, role: str, order: str, mark: str) -> list[tuple[str, str]]:
    """(kind, text) lines of one signer's cell, top to bottom."""
    roles = [("role", r) for r in role.split("\n") if r] if role else []
    sig = [("mark", MARKS[mark])]
    if order == "role_name":
        return roles + sig + [("name", name)]
    return sig + [("name", name)] + roles


# ---------- Word ----------

def add_siggrid(document, gold, place_date: str, people: list[tuple[str, str]], per_row=3, order="name_role",
                mark="line") -> None:
    para = document.add_paragraph(gold.render(place_date))
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    rows = (len(people) + per_row - 1) // per_row
    table = document.add_table(rows=rows, cols=per_row)
    remove_borders(table)
    for i, (name, role) in enumerate(people):
        cell = table.cell(i // per_row, i % per_row)
        for j, (kind, text) in enumerate(_cell_lines(name, role, order, mark)):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            if kind == "mark":
                p.paragraph_format.space_before = Pt(22 if mark != "sign" else 10)
            run = p.add_run(gold.render(text) if text else "")
            run.font.size = Pt(9)
            run.italic = kind == "mark" and mark == "sign"
        cell.add_paragraph().paragraph_format.space_after = Pt(4)
    document.add_paragraph()


def add_esignpage(document, gold, page: dict) -> None:
    head = document.add_paragraph()
    head.paragraph_format.page_break_before = True
    run = head.add_run(gold.render(page["service"]))
    run.bold = True
    run.font.size = Pt(15)
    title = document.add_paragraph().add_run(gold.render(page["title"]))
    title.bold = True
    title.font.size = Pt(11)
    for line in (page["doc_id"], page["intro"]):
        small = document.add_paragraph().add_run(gold.render(line))
        small.font.size = Pt(7.5)
    table = document.add_table(rows=0, cols=2)
    remove_borders(table)
    signers = page["signers"]
    for i in range(0, len(signers), 2):
        cells = table.add_row().cells
        for cell, lines in zip(cells, signers[i:i + 2]):
            shade(cell, "F1F3F5")
            for j, line in enumerate(lines):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(gold.render(line))
                r.font.size = Pt(10 if j == 1 else 7.5)
                r.bold = j == 1
        spacer = table.add_row().cells
        spacer[0].paragraphs[0].add_run("").font.size = Pt(4)
    foot = document.add_paragraph()
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = foot.add_run(gold.render(page["foot"]))
    r.font.size = Pt(7)
    r.italic = True


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            h6_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for item in items:
        if item[0] not in OWN:
            run.append(item)
            continue
        flush()
        if item[0] == "siggrid":
            add_siggrid(document, gold, item[1], item[2], **_opts(item))
        else:
            add_esignpage(document, gold, item[1])
    flush()


# ---------- HTML ----------

SIG_CSS = """
.siggrid { display: grid; gap: 6pt 16pt; margin: 6pt 0 12pt 0; break-inside: avoid; font-size: 8.8pt; }
.siggrid .c div { margin: 0; }
.siggrid .mark { margin-top: 24pt !important; color: #333; }
.siggrid .mark.sign { margin-top: 10pt !important; font-style: italic; }
.siggrid .rule { border-top: 0.7pt solid #000; margin-top: 26pt !important; height: 0; }
.esign { break-before: page; font-size: 8pt; }
.esign .svc { font-size: 15pt; font-weight: bold; color: #0b4f6c; }
.esign .ttl { font-size: 11pt; font-weight: bold; margin: 3pt 0 6pt 0; }
.esign .blocks { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin-top: 8pt; }
.esign .blk { background: #f1f3f5; border-left: 3pt solid #0b4f6c; padding: 5pt 7pt; }
.esign .blk .n { font-size: 10pt; font-weight: bold; }
.esign .foot { text-align: center; font-style: italic; font-size: 7pt; margin-top: 12pt; color: #555; }
"""


def siggrid_html(gold, place_date: str, people: list[tuple[str, str]], per_row=3, order="name_role",
                 mark="line") -> str:
    cells = []
    for name, role in people:
        lines = []
        for kind, text in _cell_lines(name, role, order, mark):
            if kind == "mark":
                lines.append('<div class="rule"></div>' if mark == "line"
                             else f'<div class="mark {mark}">{h4_html._esc(gold.render(text)) if text else "&nbsp;"}</div>')
            else:
                lines.append(f"<div>{h4_html._esc(gold.render(text))}</div>")
        cells.append('<div class="c">' + "".join(lines) + "</div>")
    return (f"<p>{h4_html._esc(gold.render(place_date))}</p>"
            f'<div class="siggrid" style="grid-template-columns: repeat({per_row}, 1fr)">' + "".join(cells) + "</div>")


def esign_html(gold, page: dict) -> str:
    esc = h4_html._esc
    blocks = []
    for lines in page["signers"]:
        body = "".join(f'<div class="n">{esc(gold.render(l))}</div>' if j == 1 else f"<div>{esc(gold.render(l))}</div>"
                       for j, l in enumerate(lines))
        blocks.append(f'<div class="blk">{body}</div>')
    return (f'<div class="esign"><div class="svc">{esc(gold.render(page["service"]))}</div>'
            f'<div class="ttl">{esc(gold.render(page["title"]))}</div>'
            f'<div>{esc(gold.render(page["doc_id"]))}</div><div>{esc(gold.render(page["intro"]))}</div>'
            f'<div class="blocks">{"".join(blocks)}</div><div class="foot">{esc(gold.render(page["foot"]))}</div></div>')


def items_html(gold, items: list[tuple]) -> str:
    out, run = [], []
    for item in items + [("end",)]:
        if item[0] not in OWN + ("end",):
            run.append(item)
            continue
        if run:
            out.append(h4_html.items_html(gold, run))
            run = []
        if item[0] == "siggrid":
            out.append(siggrid_html(gold, item[1], item[2], **_opts(item)))
        elif item[0] == "esignpage":
            out.append(esign_html(gold, item[1]))
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    accent = "#" + report.get("accent", "1F3B5A")
    style = h4_html.CSS % {"accent": accent, "shade": "#" + report.get("shade", "E6EAF0")} + SIG_CSS
    title = h4_html._esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{style}</style></head>\n<body>\n{items_html(gold, report['items'])}\n</body></html>\n")
