"""Word layout the fifteenth held-out set adds to the sixth set's ``h6_render`` (which brings the
third and first sets' items), registering gold as it goes.

    ("toc", [(title, page)], {title})      a table of contents typed as Word users do: each line a
                                           title, a right tab stop with a dotted leader, the page
    ("fnp", text, [(anchor, note)])        a paragraph with real Word footnotes: each ``anchor`` (a
                                           piece of ``text``) gets a reference mark after it and its
                                           note goes to the page's foot (a footnotes part)
    ("parallel", [(kind, left, right)])    two languages side by side, one row a pair of paragraphs
                                           in a borderless two-column table; kind "h" prints both
                                           as bold headings (gold headings), "p" as body text

Everything else goes to ``h6_render.add_items`` in runs.
"""
from __future__ import annotations

from itertools import groupby

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

import h6_render
from heldout_tables import remove_borders, set_widths

FOOTNOTES = (f"<w:footnotes {nsdecls('w')}>"
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             "</w:footnote></w:footnotes>")


def add_toc(document, gold, lines: list[tuple[str, int]], title: str = "Innhold") -> None:
    head = document.add_paragraph()
    run = head.add_run(gold.render(title))
    run.bold = True
    run.font.size = Pt(14)
    gold.headings.append(run.text)
    for text, page in lines:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        para.add_run(gold.render(f"{text}\t{page}"))


def _footnotes_part(document):
    """The document's footnotes part, made and related on first use."""
    part = document.part
    for rel in part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    notes = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(FOOTNOTES), part.package)
    part.relate_to(notes, RT.FOOTNOTES)
    return notes


def _superscript(run_element) -> None:
    rpr = run_element.get_or_add_rPr()
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)


def add_footnoted(document, gold, text: str, notes: list[tuple[str, str]]) -> None:
    notes_part = _footnotes_part(document)
    para = document.add_paragraph()
    rest = text
    for anchor, note in notes:
        before, _, rest = rest.partition(anchor)
        para.add_run(gold.render(before + anchor))
        number = len(notes_part.element.findall(qn("w:footnote"))) - 1  # the two separators come first
        ref = para.add_run()
        _superscript(ref._r)
        mark = OxmlElement("w:footnoteReference")
        mark.set(qn("w:id"), str(number))
        ref._r.append(mark)
        body = parse_xml(f'<w:footnote {nsdecls("w")} w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign '
                         f'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/>'
                         f'</w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
        body.findall(qn("w:p"))[0].findall(qn("w:r"))[1].find(qn("w:t")).text = " " + gold.render(note)
        notes_part.element.append(body)
    if rest:
        para.add_run(gold.render(rest))


def add_parallel(document, gold, rows: list[tuple[str, str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    remove_borders(table)
    for kind, left, right in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (left, right)):
            run = cell.paragraphs[0].add_run(gold.render(text))
            if kind == "h":
                run.bold = True
                run.font.size = Pt(11.5)
                gold.headings.append(run.text)
            else:
                run.font.size = Pt(9.5)
    set_widths(table, [8.2, 8.2])
    document.add_paragraph()


OWN = {"toc": add_toc, "fnp": add_footnoted, "parallel": add_parallel}


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    """This set's items drawn here; each stretch of others handed to the sixth set's layout whole."""
    for is_own, stretch in groupby(items, key=lambda item: item[0] in OWN):
        stretch = list(stretch)
        if is_own:
            for kind, *args in stretch:
                opts = args.pop() if args and isinstance(args[-1], dict) else {}
                OWN[kind](document, gold, *args, **opts)
        else:
            h6_render.add_items(document, gold, stretch, seed=seed + len(gold.texts))
