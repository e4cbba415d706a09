"""Kinds from the fiftieth held-out set (designer-made reports; docs/phrasings.md §100): a loss of
income printed in brackets, a key-figure spread over a page's columns, three narrow columns, a
column of pieces beside a letter, a savings bank named after its region. Invented text."""
from __future__ import annotations

from extractor.document import Block, BlockKind, Document, Format, Provenance, SourceInfo
from extractor.fields.context import Analysis
from extractor.fields.places import extract_places
from extractor.ingest.column_shapes import is_column_of_pieces
from extractor.ingest.layout import items_to_rows, rows_to_regions
from extractor.ingest.primitives import PageContent, Word
from extractor.tables import find_tables
from tests.fielddocs import heading, table
from tests.test_fields_finance import by_key


def _words(text: str, x0: float, top: float, size: float = 9.0) -> list[Word]:
    out, x = [], x0
    for token in text.split():
        width = len(token) * size * 0.5
        out.append(Word(token, x, top, x + width, top + size, size=size))
        x += width + size * 0.3
    return out


def _column(x0: float, top: float, lines: list[str], size: float = 9.0, pitch: float = 12.0) -> list[Word]:
    return [w for i, text in enumerate(lines) for w in _words(text, x0, top + i * pitch, size)]


def test_h35i_income_negative_from_a_loss_stays_negative_with_its_result():
    got = by_key(heading("Aktivitetsregnskap"), table([
        ["Beløp i NOK", "2023", "2022"], ["Avkastning på fondet", "9 400 000", "(2 750 000)"],
        ["Sum inntekter", "9 400 000", "(2 750 000)"], ["Sum kostnader", "6 100 000", "5 900 000"],
        ["Driftsresultat", "3 300 000", "(8 650 000)"]]))
    income, result = got[("driftsinntekter", 2022, "company")], got[("driftsresultat", 2022, "company")]
    assert (income.value, result.value) == (-2750000, -8650000)
    assert "sign_convention" not in income.reasons + result.reasons


def test_h35i_municipal_convention_still_turns_income_and_result():
    got = by_key(heading("Driftsregnskap"), table([
        ["", "Regnskap 2023"], ["Sum driftsinntekter", "-2 500 000"], ["Sum driftsutgifter", "2 400 000"],
        ["Brutto driftsresultat", "-100 000"]]))
    assert got[("driftsinntekter", 2023, "company")].value == 2500000
    assert got[("driftsresultat", 2023, "company")].value == 100000


THIRD = ["en smal spalte med tekst", "som renner nedover siden", "med korte linjer slik", "en designer setter dem",
         "i tre spalter ved siden", "av hverandre på siden"]


def test_h35i_three_narrow_columns_are_three_regions():
    words = [*_column(45, 100, THIRD), *_column(215, 101, [t.upper() for t in THIRD]),
             *_column(385, 99, [t.title() for t in THIRD])]
    regions = rows_to_regions(items_to_rows(words), 9.0)
    starts = sorted(round(min(w.x0 for row in region for w in row)) for region in regions)
    assert starts == [45, 215, 385]


def test_h35i_letter_beside_a_column_of_short_pieces_is_two_regions():
    letter = ["Året ga oss flere oppdrag enn noen gang og vi", "takker alle som har bidratt gjennom året til",
              "at deltakerne fikk prøve seg i ekte arbeid hos", "kundene våre i hele regionen og i byen vår",
              "Vi ser frem til et nytt år med mange nye", "oppdrag og gode samarbeidspartnere rundt oss"]
    pieces = ["Ingrid Vassbotn", "daglig leder", "Om selskapet", "Stiftet 1994", "Eiere: Hof kommune",
              "Hovedkontor: Hof"]
    words = [*_column(45, 100, letter), *_column(320, 101, pieces)]
    regions = rows_to_regions(items_to_rows(words), 9.0)
    assert len(regions) == 2 and all(w.x0 < 300 for row in regions[0] for w in row)


def test_h35i_unruled_table_of_words_beside_its_role_column_stays_one_region():
    """"Verv | Namn | Merknad" set with tabs (heldout49, after the merge): the roles are no column of
    pieces beside running text, the names and remarks across a wide gap are a table's cells."""
    roles = ["Styreleiar", "Nestleiar", "Styremedlem", "Styremedlem", "Styremedlem", "Varamedlem"]
    names = ["Kari Lunde", "Per Arne Dyrdal", "Åse Nygard Moe", "Leif Brekke", "Tor Rysstad", "Anne Heggen"]
    notes = ["ny som leiar, vald for 2 år", "attvald for 2 år", "ikkje på val", "ny, vald for 2 år",
             "vald av dei tilsette", "vald for 1 år"]
    words = [*_column(45, 100, roles), *_column(200, 100, names), *_column(350, 100, notes)]
    assert len(rows_to_regions(items_to_rows(words), 9.0)) == 1


def test_h35i_role_name_table_beside_a_summary_is_no_column_of_pieces():
    """A "Role | Name" table in a page's right half beside a summary (g8-nn-english-role-name-table-web):
    its names start at one edge after a column gap, a table's second column, not pieces."""
    summary = ["The foundation runs the fjord museum and its", "boat hall by the quay. It had many visitors",
               "in the year, and three exhibitions opened.", "The board met five times during the year."]
    table = [("Chair", "Torunn Lidal"), ("Deputy Chair", "Anders Neset"), ("Member", "Oddny Li"),
             ("Observer", "Siv Dale")]
    words = [*_column(45, 100, summary)]
    for n, (role, name) in enumerate(table):
        words += _words(role, 330, 100 + 12 * n, 9.0) + _words(name, 400, 100 + 12 * n, 9.0)
    rows = items_to_rows(words)
    assert not is_column_of_pieces(rows, 300.0, 420.0, 9.0)


def test_h35i_key_figure_spread_table_ends_at_its_labels():
    words = [*_words("12,8", 45, 100, 28.0), *_words("MNOK", 104, 110, 9.0), *_words("64", 215, 100, 28.0),
             *_words("9,1 %", 385, 100, 28.0),
             *_words("Omsetning", 45, 136), *_words("Deltakere", 215, 136), *_words("Sykefravær", 385, 136),
             *_words("Ordet har vi", 45, 160, 12.0), *_words("Tiltakene", 215, 160, 12.0),
             *_words("Styrets arbeid", 385, 160, 12.0),
             *_words("Året ga oss mye", 45, 180), *_words("Selskapet har 30", 215, 180),
             *_words("Styret har hatt sju", 385, 180)]
    spread = find_tables(PageContent(1, 595, 842, words))[0]  # the lines under it are no rows of it
    assert spread.text_rows() == [["12,8 MNOK", "64", "9,1 %"], ["Omsetning", "Deltakere", "Sykefravær"]]


def _places(*texts: str) -> set[str]:
    blocks = [Block(BlockKind.PARAGRAPH, t, Provenance(page=1)) for t in texts]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    analysis.report_year = 2023
    return {p.name for p in extract_places(analysis)}


def test_h35i_savings_bank_region_is_the_banks_name():
    found = _places("Selskapet har lån i Sparebanken Hedmark og driftskreditt i SpareBank 1 Nord-Norge.",
                    "Kontoret ligger i Elverum.")
    assert "Elverum" in found and not found & {"Hedmark", "Nord-Norge"}


def test_h35i_county_office_still_names_the_county():
    assert "Vestfold" in _places("Vi har et godt samarbeid med NAV Vestfold om tiltakene.")


def test_h35i_list_of_sites_each_ending_in_its_place():
    blocks = [Block(BlockKind.LIST_ITEM, t, Provenance(page=1)) for t in
              ("Snekkerverksted og lager, Brumunddal", "Kantine og catering, Moelv", "Butikk og gjenbruk, Rudshøgda")]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    analysis.report_year = 2023
    assert {"Moelv", "Rudshøgda"} <= {p.name for p in extract_places(analysis)}


def test_h35i_one_list_item_ending_in_a_post_town_alone_is_no_place():
    blocks = [Block(BlockKind.LIST_ITEM, t, Provenance(page=1)) for t in ("Kaffe og kaker, Moelv", "Lunsj i kantina")]
    analysis = Analysis(Document(SourceInfo("x.pdf", "0" * 64, Format.PDF), blocks))
    analysis.report_year = 2023
    assert "Moelv" not in {p.name for p in extract_places(analysis)}
