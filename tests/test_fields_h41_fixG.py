"""h41-fixG (docs/phrasings.md §134): organisation facts and the daglig leder. A foundation beside the
company of its core name; an organ's sentence that is no name; a thanked partner's daglig leder;
owners in a floated side panel. Names and organisations are invented."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis


def _analysis(*paragraphs: str, title: str = "Årsmelding 2023") -> Analysis:
    items = [Block(BlockKind.HEADING, title, Provenance(page=1), level=1)]
    items += [Block(BlockKind.PARAGRAPH, text, Provenance(page=1)) for text in paragraphs]
    return Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))


def _names(analysis: Analysis) -> list[str]:
    from extractor.fields.org_vote import vote

    return [c.name for c in vote(analysis)]


# --- 1. a foundation and the company of its core name ----------------------------------------------
@pytest.mark.parametrize("company", ["Nordtun AS", "Nordtun Arbeid AS"])
def test_foundation_and_company_of_its_core_are_two_candidates(company):
    names = _names(_analysis(f"{company} hadde 20 ansatte. {company} leier lokalene. {company} gikk med overskudd.",
                             "Styret i Stiftelsen Nordtun", title="Årsmelding 2023 Stiftelsen Nordtun"))
    assert names[0] == "Stiftelsen Nordtun"
    assert company in names


def test_foundations_short_name_still_joins_it():
    names = _names(_analysis("Nordtun museum har hatt et godt år. Nordtun museum hadde 4000 besøkende.",
                             title="Årsmelding 2023 Stiftelsen Nordtun museum"))
    assert names[0] == "Stiftelsen Nordtun museum" and "Nordtun museum" not in names


def test_company_naming_its_owner_foundation_stays_itself():
    names = _names(_analysis("Nordtun AS er en arbeidsbedrift. Selskapet eies av Stiftelsen Nordtun.",
                             "Styret i Nordtun AS", title="Årsmelding 2023 Nordtun AS"))
    assert names[0] == "Nordtun AS"


@pytest.mark.parametrize(("line", "name"), [
    ("Styret i Stiftelsen Nordtun", "Stiftelsen Nordtun"),
    ("Styret i Nordtun Vekst AS", "Nordtun Vekst AS"),
    ("Styret i Nordtun Vekst AS har hatt åtte møter.", None),
])
def test_read_signed_takes_only_the_whole_line(line, name):
    from extractor.fields.org_name import read_signed

    assert [e.name for e in read_signed(_analysis(line))] == ([name] if name else [])


# --- 2. an organ's sentence is no name -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Representantskapet er selskapet sitt øvste organ og har ein representant frå kvar eigarkommune.",
    "Generalforsamlinga er selskapet sitt øvste organ.",
    "Eigarmøtet er føretaket sitt øvste organ.",
    "Årsmøtet er en forening av medlemmene.",
])
def test_organ_opening_a_sentence_is_no_name(sentence):
    from extractor.fields.org_name import read_is_a

    assert [e.name for e in read_is_a(_analysis(sentence))] == []


def test_name_opening_an_is_a_sentence_still_read():
    from extractor.fields.org_name import read_is_a

    assert [e.name for e in read_is_a(_analysis("Nordtun Hamn IKS er eit interkommunalt selskap."))] == ["Nordtun Hamn IKS"]


@pytest.mark.parametrize(("word", "organ"), [
    ("Representantskapet", True), ("Generalforsamlingen", True), ("generalforsamlinga", True), ("Styret", True),
    ("Årsmøtet", True), ("Representantskap", True), ("Styrevekst", False), ("Nordtun", False),
])
def test_is_organ_word(word, organ):
    from extractor.nlp.vocab import is_organ_word

    assert is_organ_word(word) is organ


# --- 3. a thanked partner's daglig leder -----------------------------------------------------------
def _ceo(*paragraphs: str):
    from test_h40_fixF import _people

    ceo, _ = _people("Styret har bestått av styreleder Tone Brattli og styremedlem Siri Lunde.", *paragraphs,
                     heading="Årsmelding")
    return ceo.value if ceo else None


@pytest.mark.parametrize("thanks", [
    "Takk til Sparebanken Nordvik og dagleg leiar Per Moen for god støtte.",
    "Vi takkar Sparebanken Nordvik, ved dagleg leiar Per Moen, for støtta.",
    "Vi takker daglig leder i sponsoren, Per Moen, for godt samarbeid. Daglig leder Per Moen delte ut premiene.",
    "Takk til dagleg leiar i Sparebanken Nordvik, Per Moen, for god støtte. Dagleg leiar Per Moen var òg med.",
])
def test_thanked_partners_daglig_leder_is_not_ours(thanks):
    assert _ceo(thanks) is None


@pytest.mark.parametrize("thanks", [
    "Takk til Kari Dal og dagleg leiar Per Moen for god innsats.",  # two people, no other body
    "Takk til dagleg leiar i bedrifta, Per Moen, for god innsats. Dagleg leiar Per Moen har gjort ein god jobb.",
    "Daglig leder Per Moen har ledet driften. Takk til Per Moen og alle ansatte for innsatsen.",
])
def test_thanked_own_daglig_leder_stays(thanks):
    assert _ceo(thanks) == "Per Moen"


# --- 4. owners in a floated side panel with no fill and no frame -----------------------------------
_PROSE = ("Senteret gir arbeid og opplæring til mange i hele regionen og har egne lokaler nær sentrum med et "
          "stort verksted og en kantine for alle ansatte og deltakere gjennom hele året som gikk").split() * 3
_PANEL = ("Eiere: Vågå", "kommune 40 %,", "Lom kommune", "35 % og Skjåk", "kommune 25 %.")


def _fill(x0: float, top: float, x1: float, words: list[str]):
    """Words set justified on one line from ``x0`` to ``x1`` (the last one moved to end there); the rest
    left over."""
    from dataclasses import replace

    from tests.test_layout_blocks import line_words

    taken = []
    while words and line_words(" ".join([*taken, words[0]]), x0, top)[-1].x1 <= x1:
        taken.append(words.pop(0))
    line = line_words(" ".join(taken), x0, top)
    step = (x1 - line[-1].x1) / max(len(line) - 1, 1)  # the spare room spread over the word spaces
    return [replace(w, x0=w.x0 + k * step, x1=w.x1 + k * step) for k, w in enumerate(line)], words


def _level_page(gap: float = 7.0, crossing: bool = True):
    """Body lines level with a bare panel's at x = 400, ``gap`` pt apart; under the panel the body wraps back
    to the full measure (``crossing``) or a blank line follows."""
    from tests.test_layout_blocks import line_words

    words, rest = [], list(_PROSE)
    for i, text in enumerate(_PANEL):
        line, rest = _fill(72, 100 + 13 * i, 400 - gap, rest)
        words += line + line_words(text, 400, 100 + 13 * i)
    if crossing:
        words += _fill(72, 100 + 13 * len(_PANEL), 520, rest)[0]
    return words


def test_bare_panel_level_with_the_body_is_a_sidebar():
    from extractor.ingest.sidebars import find_sidebars

    (sidebar,) = find_sidebars(_level_page())
    assert " ".join(w.text for w in sidebar.words).startswith("Eiere: Vågå kommune 40 %,")


@pytest.mark.parametrize("page", [
    {"gap": 7.0, "crossing": False},  # nothing crosses the strip: a column, left to the column finder
    {"gap": 3.0, "crossing": True},  # a word space: one line of text
])
def test_level_column_without_the_wrap_is_no_sidebar(page):
    from extractor.ingest.sidebars import find_sidebars

    assert find_sidebars(_level_page(**page)) == []


@pytest.mark.parametrize(("lines", "joined"), [
    (["Vik kommune 70", "%"], ["Vik kommune 70 %"]),
    (["Vik kommune", "70 %"], ["Vik kommune 70 %"]),
    (["Vik", "kommune 70 %", "Høyanger kommune 30 %"], ["Vik kommune 70 %", "Høyanger kommune 30 %"]),
    (["Eigarar:", "vik kommune"], ["Eigarar:", "vik kommune"]),  # a label's line ends with its colon
    (["Vik kommune 70 %", "40 %"], ["Vik kommune 70 %", "40 %"]),  # a figure's line takes no second share
])
def test_owner_lines_unwrap_a_narrow_columns_lines(lines, joined):
    from extractor.fields.owner_lines import unwrap

    assert unwrap(lines) == joined


def test_typescripts_aligned_word_spaces_are_no_panel():
    """A typewritten page: every letter on one grid, so word spaces line up down the page; a river of
    them with the body running across under it is no panel's strip."""
    from extractor.ingest.primitives import Word
    from extractor.ingest.sidebars import find_sidebars

    def typed(text: str, top: float) -> list[Word]:
        out, col = [], 0
        for token in text.split(" "):
            if token:
                out.append(Word(token, 72 + 6 * col, top, 72 + 6 * (col + len(token)), top + 10, size=10.0))
            col += len(token) + 1
        return out

    lines = ("Laget hadde mange medlemmer ved utgangen av året, mot færre året før.",
             "Nedgangen kommer av at flere har gitt seg, og at båter er solgt ut.",
             "Styret har hatt seks møter og et medlemsmøte om kvotene i fjor høst.",
             "Det ble holdt et godt årsmøte på samfunnshuset med mange til stede der i mars.")
    assert find_sidebars([w for i, text in enumerate(lines) for w in typed(text, 100 + 13 * i)]) == []
