"""Board and daglig leder: every layout, other organisations' chairs, linking spellings, confidence."""
from __future__ import annotations

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table
from extractor.fields.board import extract_people, is_board_heading
from extractor.fields.board_headings import own_org, read_heading
from extractor.fields.context import is_media_heading
from extractor.fields.context import Analysis

TITLE = ("h", "Årsrapport 2022")


def _item(spec, ocr: float | None):
    if isinstance(spec, list):
        rows = [[Cell(t, Provenance(page=1, ocr_confidence=ocr)) for t in row] for row in spec]
        return Table(rows, Provenance(page=1), "word", 0.9)
    kind, text = spec
    kinds = {"h": BlockKind.HEADING, "h2": BlockKind.HEADING, "p": BlockKind.PARAGRAPH, "img": BlockKind.IMAGE_TEXT}
    level = {"h": 1, "h2": 2}.get(kind)
    return Block(kinds[kind], text, Provenance(page=1, ocr_confidence=ocr), level=level)


def _people(*specs, org: str | None = "Vekst Produkt AS", ocr: float | None = None, title=True):
    items = [_item(s, ocr) for s in ((TITLE,) if title else ()) + specs]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), items))
    analysis.report_year, analysis.org_name = 2022, org
    return extract_people(analysis)


def _doc(*specs) -> Document:
    return Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), [_item(s, None) for s in specs])


def _roles(board) -> dict[str, tuple[str, bool]]:
    return {m.name: (m.role.value, m.employee_elected) for m in board}


def test_board_four_column_role_name_table():
    _, board = _people(("h", "Styret pr. 31.12.22:"),
                       [["Styreleder:", "Per S. Thoresen", "Ansattvalg:", "Erlend Wiik"],
                        ["Nestleder:", "Vera Selnes", "Observatør:", "Malin Sollie Nilsen (VTA)"],
                        ["Styremedl.:", "Petter Trebler", "Sekretær:", "Daglig leder"]])
    assert _roles(board) == {"Per S. Thoresen": ("LEDE", False), "Vera Selnes": ("NEST", False),
                             "Petter Trebler": ("MEDL", False), "Erlend Wiik": ("MEDL", True),
                             "Malin Sollie Nilsen": ("OBS", False)}
    assert all(m.confidence >= REVIEW_THRESHOLD and "table" in m.reasons for m in board)


def test_board_name_comma_role_lines_under_heading():
    _, board = _people(("h", "Styrets sammensetning"),
                       ("p", "Kari Nordmann, styreleder\nOla Hansen, nestleder\nTone Berg, styremedlem\n"
                             "Anne Lie, varamedlem"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False), "Anne Lie": ("VARA", False)}


def test_board_role_first_lines_and_employee_elected():
    _, board = _people(("h", "Styret ved utgangen av 2022"),
                       ("p", "Styreleder Kari Nordmann"), ("p", "Ansattvalgt styremedlem Ola Hansen"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", True)}


def test_board_member_deputy_columns():
    _, board = _people(("h", "Styret"),
                       [["Medlemmer", "Personlige varamedlemmer"],
                        ["Kari Nordmann (leder)", "Siri Dahl"], ["Ola Hansen", "Per Lund"]])
    found = {m.name: m for m in board}
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False),
                             "Siri Dahl": ("VARA", False), "Per Lund": ("VARA", False)}
    assert found["Siri Dahl"].deputy_for == "Kari Nordmann" and found["Per Lund"].deputy_for == "Ola Hansen"


def test_board_signature_block_several_per_line():
    _, board = _people(("p", "Asker, 27.04.2023"),
                       ("p", "Kari Nordmann\t\tOla Hansen\t\tTone Berg\nstyreleder\t\tnestleder\t\tstyremedlem"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Tone Berg": ("MEDL", False)}
    assert all("signature" in m.reasons for m in board)


def test_board_photo_captions_from_ocr():
    _, board = _people(("h", "Styret"), ("img", "Kari Nordmann\nStyreleder"), ("img", "Ola Hansen, styremedlem"),
                       ocr=0.85)
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}
    assert all("caption" in m.reasons for m in board)


def test_board_ocr_garbled_role_words_and_debris():
    _, board = _people(("h", "Styret pr. 31.12.22:"),
                       ("p", "Styreleder: «Per S. Thoresen: Ansattvalg: Erlend Wiik »"),
                       ("p", "Nesfleder: Vera Selnes Observatør: Malin Sollie Nilsen"),
                       ("p", "Styremedl.: | . Petter Trebler Sekretær: i Å Daglig leder"), ocr=0.8)
    assert _roles(board) == {"Per S. Thoresen": ("LEDE", False), "Erlend Wiik": ("MEDL", True),
                             "Vera Selnes": ("NEST", False), "Malin Sollie Nilsen": ("OBS", False),
                             "Petter Trebler": ("MEDL", False)}
    vera = next(m for m in board if m.name == "Vera Selnes")
    assert any(r.startswith("role_fuzzy") for r in vera.reasons)


def test_board_other_organisations_chair_is_not_ours():
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Kari Nordmann"),
                       ("p", "Vi har full støtte hos ASVLs styreleder Victor Norman og NFUs forbundsleder Tom Tvedt."))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False)}


def test_board_op_ed_in_media_section_links_to_our_chair():
    ceo, board = _people(("p", "Daglig leder Britt Erlandsen Villa"), ("h", "Styret"),
                         ("p", "Styreleder: Per S. Thoresen"), ("h", "Vekst Produkt i media"),
                         ("p", "DRAMMENS TIDENDE Tirsdag 15. november 2022 MENINGER 3"),
                         ("p", "ARBEIDSLIV Per Thorsen (styrelleder) Britt E. Vilka (daglig leder) Vekst Produkt AS"),
                         ("p", "Leserinnlegg av Jon Moe (styreleder)"))
    assert _roles(board) == {"Per S. Thoresen": ("LEDE", False)}
    assert board[0].aliases == ["Per Thorsen"]
    assert ceo.value == "Britt Erlandsen Villa" and ceo.confidence >= REVIEW_THRESHOLD


def test_board_daglig_leder_as_value_is_not_a_person():
    ceo, board = _people(("h", "Styret"), [["Styreleder:", "Kari Nordmann"], ["Sekretær:", "Daglig leder"]])
    assert ceo is None and _roles(board) == {"Kari Nordmann": ("LEDE", False)}


def test_board_ceo_not_a_member_unless_listed_with_board_role():
    ceo, board = _people(("p", "Dagleg leiar Kari Nordmann"), ("h", "Styret"), ("p", "Styreleiar: Ola Hansen"))
    assert ceo.value == "Kari Nordmann"
    assert _roles(board) == {"Ola Hansen": ("LEDE", False)}


def test_board_two_chairs_lowers_the_weaker():
    _, board = _people(("h", "Styret"), [["Styreleder:", "Kari Nordmann"]],
                       ("h", "Samarbeid"), ("p", "Møtet ble ledet av styreleder Jon Moe som takket alle frammøtte."))
    found = {m.name: m for m in board}
    assert found["Kari Nordmann"].confidence >= REVIEW_THRESHOLD
    assert found["Jon Moe"].confidence < REVIEW_THRESHOLD and "several_chairs" in found["Jon Moe"].reasons


def test_board_place_word_after_role_is_not_a_name():
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Asker Produkt"))
    assert all(m.confidence < REVIEW_THRESHOLD for m in board)


def test_board_article_without_report_title_is_low():
    ceo, board = _people(("p", "Daglig leder Kari Nordmann forteller om arbeidet."), title=False)
    assert ceo is None or ceo.confidence < REVIEW_THRESHOLD
    assert board == []


def test_board_headings():
    assert is_board_heading("Styret pr. 31.12.22:") and is_board_heading("Styrets sammensetning")
    assert is_board_heading("Styret ved utgangen av 2022") and not is_board_heading("Arbeidsmarkedet")
    assert is_media_heading("Asker Produkt i media") and not is_media_heading("Styret")


def test_board_headings_over_another_company():
    ours = frozenset({"grønnli", "vekst"})
    assert read_heading("Datterselskapet", ours)[0] == "foreign"
    assert read_heading("Dotterselskap og tilknytte selskap", ours)[0] == "foreign"
    assert read_heading("Grønnli Drift AS", ours)[0] == "foreign"
    assert read_heading("Grønnli Vekst AS", ours)[0] != "foreign"  # our own name heads a section of ours
    assert read_heading("Grønnli Vekst AS", frozenset())[0] != "foreign"  # our name unknown: no guess
    assert own_org("Grønnli Vekst AS", ours) and not own_org("Grønnli Drift AS", ours)
    assert not own_org("datterselskapet", ours)
    council = frozenset({"regionrådet", "for", "nordbygda"})  # "rådets" is the council's own genitive
    assert own_org("rådets", council) and not own_org("fagforeningens", council)


def test_board_signature_as_separate_blocks_run_together():
    _, board = _people(("h", "Årsberetning"), ("p", "Styret takker alle ansatte for innsatsen i 2022."),
                       ("p", "Asker, 27. april 2023"), ("p", "Kari Nordmann Ola Hansen Per S. Lund"),
                       ("p", "styreleder nestleder styremedlem"), ("p", "Tone Berg"), ("p", "daglig leder"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Per S. Lund": ("MEDL", False)}
    assert all("signature" in m.reasons and m.confidence >= REVIEW_THRESHOLD for m in board)


def test_board_signature_table_names_over_roles():
    ceo, board = _people(("p", "Oslo, 13.03.2015"),
                         [["Kari Nordmann", "Ola Hansen", "Tone Berg"], ["Styreleder", "Styremedlem", "Daglig leder"]])
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}
    assert ceo.value == "Tone Berg"


def test_board_name_role_columns_and_lists():
    _, board = _people(("h", "Styrets medlemmer"), [["Navn", "Rolle", "Valgt av"],
                                                    ["Kari Nordmann", "Styreleder", "Generalforsamlingen"],
                                                    ["Ola Hansen", "Styremedlem", "Ansatte"]],
                       ("p", "Varamedlemmer: Siri Dahl, Per Lund og Anne Moe"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", True),
                             "Siri Dahl": ("VARA", False), "Per Lund": ("VARA", False), "Anne Moe": ("VARA", False)}


def test_board_media_zone_spans_its_sub_headings():
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("h", "Vekst Produkt i media"),
                       ("p", "Faksimile: Drammens Tidende 3. mai 2022"), ("h2", "Vi er litt annerledes"), ("p", "Innlegg av Jon Moe (styreleder) i Foreningen"),
                       ("h", "Økonomi"), ("p", "Styreleder Kari Nordmann takker."))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False)}


def test_board_media_heading_without_a_newspaper_is_still_ours():
    _, board = _people(("h", "Drift, nyheter og media i 2023"), ("h2", "Styret"),
                       ("p", "Styreleder: Kari Nordmann"), ("p", "Styremedlem: Ola Hansen"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("MEDL", False)}
    assert all("media_section" not in m.reasons for m in board)


def test_board_role_of_another_organisation_after_i():
    ceo, board = _people(("h", "Styret"), ("p", "Styreleder: Kari Nordmann"),
                         ("h", "Samarbeid"), ("p", "Vi møtte styreleder i ASVL Victor Norman og daglig leder i "
                                                  "Jobbhuset Ola Hansen."),
                         ("p", "Siri Dahl, styreleder i Jobbhuset, holdt innlegg."),
                         ("p", "Daglig leder Tone Berg"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False)}
    assert ceo.value == "Tone Berg"


def test_board_single_prose_chair_stays_below_threshold():
    _, board = _people(("h", "Samarbeid"), ("p", "På møtet sa styreleder Jon Moe at samarbeidet hadde vært godt."))
    assert [m.name for m in board] == ["Jon Moe"] and board[0].confidence < REVIEW_THRESHOLD


def test_board_composition_sentence_and_role_heading():
    _, board = _people(("h", "Styrets årsberetning"),
                       ("p", "Styret har bestått av Kari Nordmann (leder), Ola Hansen (nestleder), Per Lund, "
                             "Anne Moe og Siri Dahl (ansattvalgt)."),
                       ("h2", "Varamedlemmer"), ("p", "Tone Berg\nJon Moe"))
    assert _roles(board) == {"Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False),
                             "Per Lund": ("MEDL", False), "Anne Moe": ("MEDL", False), "Siri Dahl": ("MEDL", True),
                             "Tone Berg": ("VARA", False), "Jon Moe": ("VARA", False)}


def test_board_personal_deputy_in_a_line():
    _, board = _people(("h", "Styret"), ("p", "Styreleder: Kari Nordmann"),
                       ("p", "Per Lund, personlig varamedlem for Kari Nordmann"))
    found = {m.name: m for m in board}
    assert found["Per Lund"].role.value == "VARA" and found["Per Lund"].deputy_for == "Kari Nordmann"
    assert found["Kari Nordmann"].role.value == "LEDE"


def test_board_lines_made_again_from_their_plan_are_the_same():
    """A unit's lines are built once; each reader after the first gets them made again from
    their ``LinePlan``: the same tokens, words, role spans and columns, in lines of its own."""
    from extractor.fields.board_mentions import LinePlan, doc_to_lines

    analysis = Analysis(_doc(("h", "Styret"), ("p", "Kari Nordmann (s.) styreleder\tOla Hansen, nestleder\n"
                                                   "2. Tone Berg  styremedlem, valgt av de ansatte")))
    unit, doc = analysis.units[1], analysis.docs[1]
    built = doc_to_lines(unit, doc)
    again = LinePlan.of(built).lines(unit, doc)
    assert len(built) == len(again) == 2
    for old, new in zip(built, again):
        assert [t.i for t in new.tokens] == [t.i for t in old.tokens] and new.tokens[0].doc is doc
        assert (new.words, new.roles, new.columns, new.text) == (old.words, old.roles, old.columns, old.text)
        assert new.words is not old.words and new.roles is not old.roles
    assert built[0].columns != [0] and "" in built[0].words  # a tab's column; the blanked signature mark
    assert [s.role.code for s in again[1].roles] == ["MEDL"] and again[1].roles[0].role.employee


def test_board_context_keeps_lines_or_plans(monkeypatch):
    """A short document keeps its units' lines for every reader; a long one, their plans."""
    from extractor.fields import board_context

    specs = (("h", "Styret"), ("p", "Styreleder: Kari Nordmann"), ("p", "Nestleder: Ola Hansen"))
    kept = board_context.BoardContext(Analysis(_doc(*specs)))
    assert kept.lines(1) is kept.lines(1) and not kept._plans
    monkeypatch.setattr(board_context, "LINE_CACHE_TOKENS", 5)  # fewer than the document's tokens
    ctx = board_context.BoardContext(Analysis(_doc(*specs)))
    first, second = ctx.lines(2), ctx.lines(2)
    assert first is not second and first[0] is not second[0]
    assert [ln.text for ln in first] == [ln.text for ln in second] == ["Nestleder: Ola Hansen"]
    assert not ctx._lines and set(ctx._plans) == {2}


def test_board_lines_past_the_cache_budget_read_the_same(monkeypatch):
    """A long document keeps its lines' plans: the board read is the same."""
    from extractor.fields import board_context

    specs = (("h", "Styrets sammensetning"), ("p", "Kari Nordmann, styreleder\nOla Hansen, nestleder"),
             [["Styremedlem", "Tone Berg"], ["Varamedlem", "Anne Lie"]],
             ("p", "Asker, 27.04.2023"), ("p", "Kari Nordmann\nstyreleder"))
    whole = _people(*specs)
    monkeypatch.setattr(board_context, "LINE_CACHE_TOKENS", 1)
    bounded = _people(*specs)
    assert _roles(bounded[1]) == _roles(whole[1]) == {
        "Kari Nordmann": ("LEDE", False), "Ola Hansen": ("NEST", False), "Tone Berg": ("MEDL", False),
        "Anne Lie": ("VARA", False)}
    assert [m.confidence for m in bounded[1]] == [m.confidence for m in whole[1]]


def test_board_role_label_naming_who_appointed():
    """"Styremedlem, oppnevnt av kommunen" over a name is that name's role label (a stack of role
    and name paragraphs), not other text that ends the stack."""
    _, board = _people(("h2", "Styret"), ("p", "Styreleder"), ("p", "Tone Vikan"), ("p", "Styremedlem, oppnevnt av kommunen"),
                       ("p", "Sissel Fiskvik"), ("p", "Varamedlem"), ("p", "Oddvar Randen"))
    assert _roles(board) == {"Tone Vikan": ("LEDE", False), "Sissel Fiskvik": ("MEDL", False),
                             "Oddvar Randen": ("VARA", False)}
