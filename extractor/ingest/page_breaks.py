"""A paragraph broken by a page break: its first lines end one page mid-sentence, the rest opens the
next ("... Styret har bestått av Kari" / "Dahl, styreleiar, Ola Brun, ..."). The reader of a page
makes two paragraphs of it, and a sentence read in two halves loses what spans the break (a name
from its role). A DOCX has it as one paragraph; the PDF should too."""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Block, BlockKind, Table
from extractor.ingest.blocks import join_hyphenated

MIN_WORDS = 16  # the first part is running text of two lines or more, not a caption, a signature's place
# and date or a label at the page's foot
SENTENCE_ENDS = ".!?:;…\"”»)]"
# a photo's caption ends with its credit, no full stop after it ("... stilles inn. Foto: Kari Dahl")
_CREDIT = re.compile(r"\b(?:foto|fotograf|ill|illustrasjon|kjelde|kilde)\s*:[^.!?]*$", re.IGNORECASE)


def _broken(first: Block, second: Block) -> bool:
    """``first`` ends its page mid-sentence and ``second`` goes on at the head of the next."""
    if first.kind is not BlockKind.PARAGRAPH or second.kind is not BlockKind.PARAGRAPH:
        return False
    if first.prov.page is None or second.prov.page != first.prov.page + 1:
        return False
    if first.prov.ocr_confidence is not None or second.prov.ocr_confidence is not None:
        return False  # an OCR page's lines may be misread or out of order
    text, after = first.text.rstrip(), second.text.lstrip()
    opening = after.split(None, 1)[0] if after else ""
    if len(text.split()) < MIN_WORDS or text[-1:] in SENTENCE_ENDS or text[-1:].isdigit() or _CREDIT.search(text):
        return False
    # "Opningstider: ..." or a title in capitals ("INNHOLD") opens an item of its own
    return opening[:1].isalpha() and not opening.endswith(":") and not (len(opening) > 1 and opening.isupper())


def join_page_broken_paragraphs(items: list[Block | Table]) -> list[Block | Table]:
    """``items`` with each paragraph broken by a page break (see the module's docstring) as one,
    standing where it began."""
    out: list[Block | Table] = []
    joined = False  # the last item took the next page's first in: it now ends on that page, not its own
    for item in items:
        last = out[-1] if out else None
        if not joined and isinstance(item, Block) and isinstance(last, Block) and _broken(last, item):
            out[-1] = replace(last, text=join_hyphenated(last.text.rstrip(), item.text.lstrip()))
            joined = True
            continue
        out.append(item)
        joined = False
    return out
