import pytest

from extractor.document import Block, BlockKind, Provenance
from extractor.ingest.page_breaks import join_page_broken_paragraphs

FOOT = ("Årsmøtet vart halde i mars med 18 frammøtte og fire gjester frå grannelaget. Styret har bestått av "
        "Halvor")


def _p(text, page, kind=BlockKind.PARAGRAPH, ocr=None):
    return Block(kind, text, Provenance(page=page, bbox=(50.0, 700.0, 500.0, 760.0), ocr_confidence=ocr))


def test_page_breaks_paragraph_broken_mid_sentence_is_one():
    items = join_page_broken_paragraphs([_p(FOOT, 3), _p("Tveit, styreleiar, og Mari Aas, nestleiar.", 4),
                                         _p("Neste avsnitt.", 4)])
    assert [b.text for b in items] == [FOOT + " Tveit, styreleiar, og Mari Aas, nestleiar.", "Neste avsnitt."]
    assert items[0].prov.page == 3


def test_page_breaks_joined_paragraph_takes_no_more_of_the_next_page():
    items = join_page_broken_paragraphs([_p(FOOT, 3), _p("Tveit, styreleiar, og Mari Aas", 4), _p("nestleiar.", 4)])
    assert len(items) == 2


def test_page_breaks_word_hyphenated_over_the_break_is_joined():
    (item,) = join_page_broken_paragraphs([_p("Bedrifta har i 2023 hatt god drift med nye oppdrag frå kommunen "
                                              "og næringslivet, og ho har auka talet på arbeids-", 2),
                                           _p("trenarar i alle avdelingar.", 3)])
    assert item.text.endswith("arbeidstrenarar i alle avdelingar.")


@pytest.mark.parametrize("items", [
    [_p(FOOT + ".", 3), _p("Tveit er styreleiar.", 4)],  # the first ends a sentence
    [_p(FOOT, 3), _p("Tveit, styreleiar.", 5)],  # not the next page
    [_p("Styret har bestått av Halvor", 3), _p("Tveit, styreleiar.", 4)],  # too short for running text
    [_p("Kvinnherad, 12. mars 2024 – styret i Stiftinga Husnes Kystlag og Båtforeining", 3),
     _p("Opningstider: måndag–fredag 10–16", 4)],  # a signature's place and date, then a label
    [_p("Deltakarar i snekkarverkstaden ein morgon i mars, der arbeidsleiaren viser korleis sagbenken "
        "vert stilt inn. Foto: Kari Dahl", 3), _p("Innhald i denne rapporten", 4)],  # a caption's credit
    [_p(FOOT, 3), _p("INNHALD", 4)],  # a title in capitals
    [_p(FOOT, 3), _p("Styret", 4, BlockKind.HEADING)],  # a heading opens the next page
    [_p(FOOT, 3, ocr=0.9), _p("Tveit, styreleiar.", 4, ocr=0.9)],  # OCR pages
    [_p("Driftsinntektene i 2023 var høgare enn budsjettert med til saman 2 400", 3), _p("kroner.", 4)],  # a figure
])
def test_page_breaks_paragraphs_that_stay_apart(items):
    assert len(join_page_broken_paragraphs(items)) == 2
