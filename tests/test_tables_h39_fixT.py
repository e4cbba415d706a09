"""Statements and text columns of stop 39 (docs/phrasings.md §124): notes set in two columns under a
statement end its text run; bold headings inside three narrow text columns do not make them a table.
Names and figures are invented."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest import column_tables as ct
from extractor.ingest.column_tables import keep_widest
from extractor.ingest.primitives import PageContent, Word
from extractor.tables import find_tables
from extractor.tables.base import DEFAULT_TOLERANCES

from test_tables_support import word, words_in_line

SIZE = 9.0


def _right(text: str, x1: float, top: float) -> list[Word]:
    """A figure set flush right at ``x1``."""
    words, at = [], x1
    for token in reversed(text.split()):
        w = word(token, at - 0.6 * SIZE * len(token), top, SIZE)
        words.insert(0, w)
        at = w.x0 - 0.3 * SIZE
    return words


STATEMENT = (("Driftsinntekter", "", "6 418", "5 902"),
             ("Sum driftsinntekter", "", "15 658", "14 717"),
             ("Lønnskostnader", "3", "8 905", "8 337"),
             ("Endring i beholdning av varer under tilvirkning", "", "-212", "140"),
             ("Sum driftskostnader", "", "14 731", "13 933"),
             ("Driftsresultat", "", "927", "784"),
             ("Årsresultat", "", "884", "721"))


def _statement(top: float) -> list[Word]:
    words = words_in_line("Note", 300, top, SIZE) + _right("2023", 420, top) + _right("2022", 500, top)
    for k, (label, note, this, last) in enumerate(STATEMENT, start=1):
        y = top + 16 * k
        words += words_in_line(label, 40, y, SIZE) + (_right(note, 315, y) if note else [])
        words += _right(this, 420, y) + _right(last, 500, y)
    return words


def _notes(top: float, first: str) -> list[Word]:
    """Two columns of notes under the statement: a note's bold title level with the other column's
    first line (``first``), then lines of running text on both sides."""
    left = [w for w in words_in_line("Note 1 Regnskapsprinsipper", 40, top, 10.5)]
    left = [Word(w.text, w.x0, w.top, w.x1, w.bottom, size=w.size, bold=True) for w in left]
    words = left + words_in_line(first, 300, top, SIZE)
    for k, (a, b) in enumerate((("Regnskapet følger loven og god", "Daglig leder fikk lønn på kr"),
                                ("regnskapsskikk for små foretak.", "884 500 og styret honorar."))):
        words += words_in_line(a, 40, top + 14 * (k + 1), SIZE) + words_in_line(b, 300, top + 14 * (k + 1), SIZE)
    return words


def _texts(table) -> list[str]:
    return [c.text for row in table.rows for c in row]


@pytest.mark.parametrize("first", ["inntektsført i den perioden de gjelder.", "er ført i året tilskuddet gjelder for"])
def test_text_runs_h39_notes_in_two_columns_under_a_statement_end_its_run(first):
    """The first note's title level with the other column's running text, a row's distance under the
    last row: the run ended there, or the notes' gutter became a column boundary of the statement
    and its figures ran together in one cell."""
    top = 100 + 16 * len(STATEMENT) + 22
    tables = find_tables(PageContent(1, 595, 842, _statement(100) + _notes(top, first), []), ("text",))
    (table,) = [t for t in tables if any("Årsresultat" in c for c in _texts(t))]
    assert [c.text for c in table.rows[-1]] == ["Årsresultat", "", "884", "721"]
    assert not any("Regnskapsprinsipper" in c or "gjelder" in c for c in _texts(table))
    # a long label of lowercase words beside its figures is a row, not running text
    assert ["Endring i beholdning av varer under tilvirkning", "", "-212", "140"] in [[c.text for c in r] for r in table.rows]


def test_text_runs_h39_a_share_beside_a_long_label_stays_a_row():
    """Key figures as label | value rows, one of them a share beside a label of lowercase words
    ("Overgang til jobb eller skole | 44 %"): a row of the table, not running text under it."""
    rows = (("Driftsinntekter", "114,8 mill. kr"), ("Ansatte", "171"), ("Deltakere i tiltak", "536"),
            ("Overgang til jobb eller skole", "44 %"), ("Sykefravær", "7,2 %"))
    words = [w for k, (label, value) in enumerate(rows)
             for w in words_in_line(label, 40, 100 + 16 * k, SIZE) + _right(value, 500, 100 + 16 * k)]
    (table,) = find_tables(PageContent(1, 595, 842, words, []), ("text",))
    assert [[c.text for c in r] for r in table.rows[-2:]] == [list(rows[-2]), list(rows[-1])]


def test_text_runs_h39_short_words_under_a_statement_stay_its_rows():
    """Capitalised labels of few words beside figure-less cells under a statement (a signature's
    names) are no running text: only a chunk of many lowercase words ends the run."""
    top = 100 + 16 * len(STATEMENT) + 16
    words = _statement(100) + words_in_line("Styrets leder", 40, top, SIZE) + words_in_line("Kari Holm", 420, top, SIZE)
    (table,) = find_tables(PageContent(1, 595, 842, words, []), ("text",))
    assert "Kari Holm" in _texts(table)


GROUPS = (("Hovedkorpset", "Hovedkorpset har øvd", "hver onsdag og spilte på", "sju konserter i løpet av", "året.",
           "Aspirantene", "Aspirantene var tolv barn", "fra tre skoler, og de"),
          ("hadde sin første konsert i", "mai.", "Seniorgruppa", "Seniorgruppa møttes", "annenhver mandag og",
           "spilte for beboerne på", "sykehjemmet to ganger."),
          ("Dugnader", "Korpset har solgt lodd og", "stått i kiosken på", "idrettsplassen, og tjente",
           "om lag 64 000 kroner."))
HEADS = {"Hovedkorpset", "Aspirantene", "Seniorgruppa", "Dugnader", "Aktiviteter", "Økonomi"}


def _column_line(text: str, x: float, top: float) -> list[Word]:
    bold = text in HEADS
    return [Word(w.text, w.x0, w.top, w.x1, w.bottom, size=w.size, bold=bold) for w in words_in_line(text, x, top, SIZE)]


@pytest.mark.parametrize("bold_heads", [True, False])
def test_column_tables_h39_bold_heads_in_three_narrow_columns_are_no_table(bold_heads):
    """A Word section in three columns, a bold one-word heading over each group's few lines and the
    section's own heading over the first column: the heading lines held the first column's median
    under three words a line, the columns read as a table of three short columns and their text as
    its cells. Set in bold, the headings are no text of the column's measure; set in the body's
    weight, one-word lines still read as a table's cells (the rule asks for the bold)."""
    words = _column_line("Aktiviteter", 40, 80)
    for x, lines in zip((40, 215, 390), GROUPS):
        for k, text in enumerate(lines):
            words += _column_line(text, x, 100 + 13 * k)
    words += _column_line("Økonomi", 40, 100 + 13 * 8 + 8)
    if not bold_heads:
        words = [Word(w.text, w.x0, w.top, w.x1, w.bottom, size=w.size) for w in words]
    tables = ct.column_tables(PageContent(1, 595, 842, words), DEFAULT_TOLERANCES)
    across = [t for t in tables if len(t.rows[0]) > 1 and any("Korpset" in c for c in _texts(t))]
    assert bool(across) is not bold_heads


def test_column_tables_h39_unbolded_keeps_rows_with_a_plain_word():
    plain, heading = [word("Sum", 40, 100), word("12", 90, 100, bold=True)], [word("Styret", 40, 120, bold=True)]
    assert ct._unbolded([plain, heading]) == [plain]


def _boxed(bbox: tuple[float, float, float, float]) -> Table:
    return Table(rows=[[Cell("x", Provenance(page=1, bbox=bbox))]], prov=Provenance(page=1, bbox=bbox),
                 strategy="text", confidence=0.9)


def test_column_tables_keep_widest_drops_a_sides_half_of_a_table_grown_across_the_gutter():
    half, whole, apart = _boxed((50, 400, 240, 490)), _boxed((50, 400, 510, 490)), _boxed((50, 600, 240, 700))
    tables: list[Table] = []
    for table in (half, apart, whole, _boxed((50.5, 400, 240, 490))):
        keep_widest(tables, table)
    assert tables == [apart, whole]
