"""Layout the twelfth held-out set adds to the sixth set's ``h6_render`` (which brings the third and
first sets' items), registering gold as it goes.

    ("jp", text, {size, indent_cm})   a justified paragraph; "~" in the text is a soft hyphen
                                      (U+00AD), where Word or LibreOffice may break a word or a name
                                      across a line end ("Nord-" / "mann")
    ("leaders", [(left, right)], {stop_cm, size})  lines with one right tab stop and a dotted leader
                                      ("Styreleder ........ Kari Lie"), as typed in old Word files

Everything else goes to ``h6_render.add_items`` in runs.
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

import h6_render

SOFT = "\u00ad"


def add_justified(document, gold, text: str, size=None, indent_cm=None) -> None:
    para = document.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_cm:
        para.paragraph_format.first_line_indent = Cm(indent_cm)
    run = para.add_run(gold.render(text).replace("~", SOFT))
    if size:
        run.font.size = Pt(size)


def add_leaders(document, gold, rows: list[tuple[str, str]], stop_cm=14.5, size=None) -> None:
    for left, right in rows:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(stop_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run = para.add_run(f"{gold.render(left)}\t{gold.render(right)}")
        if size:
            run.font.size = Pt(size)
    document.add_paragraph()


OWN = {"jp": add_justified, "leaders": add_leaders}


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    pending: list[tuple] = []
    for item in items + [("end",)]:
        if item[0] not in OWN and item[0] != "end":
            pending.append(item)
            continue
        if pending:
            h6_render.add_items(document, gold, pending, seed=seed + len(gold.texts))
            pending = []
        if item[0] in OWN:
            opts = item[-1] if isinstance(item[-1], dict) else {}
            OWN[item[0]](document, gold, item[1], **opts)
