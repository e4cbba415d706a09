"""Statements read on real wording (docs/phrasings.md §102): a footnote's mark after a figure
("913 365(1") and a year column's note ("Omarbeidet1)") that a PDF set apart between the header
line and the figures (invented figures)."""
import pytest

from extractor.calibrate import review_threshold
from extractor.fields.finance.statement_context import is_column_note
from extractor.fields.finance.statement_lines import read_figure
from tests.fielddocs import heading, para, table
from tests.test_fields_finance import by_key


@pytest.mark.parametrize("text, value", [
    ("913 365(1", 913365), ("913 365 (1)", 913365), ("913 365 1)", 913365), ("106 117*", 106117),
    ("106 117 *)", 106117), ("2 410¹", 2410), ("(4 120) 2)", -4120), ("-8 310(2", -8310), ("1 234 5)", 1234),
])
def test_finance_a_figure_read_without_its_footnote_mark(text, value):
    assert read_figure(text, False, False).value == value


@pytest.mark.parametrize("text", ["12 5)", "1255)", "45 1)", "2 934,5*", "*)"])
def test_finance_no_figure_made_of_a_mark_without_a_figure_before_it(text):
    """A mark needs a group of three digits (or a bracket) before it: "12 5)" is no figure."""
    assert read_figure(text, False, False) is None


# 2024: 61 840 + 4 310 = 66 150; 21 470 + 30 910 + 9 260 = 61 640; 4 510; 1 120 - 2 380 = -1 260; 3 250; - 710 = 2 540
# 2023: 59 020 + 3 980 = 63 000; 20 880 + 29 640 + 8 930 = 59 450; 3 550; 2 940 - 2 210 = 730; 4 280; - 940 = 3 340
BODY = [["Salgsinntekter", "3", "61 840", "59 020"],
        ["Andre driftsinntekter", "", "4 310", "3 980"],
        ["Sum driftsinntekter", "", "66 150", "63 000"],
        ["Varekostnad", "", "21 470", "20 880"],
        ["Lønnskostnad", "4", "30 910", "29 640(1"],
        ["Annen driftskostnad", "", "9 260", "8 930"],
        ["Sum driftskostnader", "", "61 640", "59 450"],
        ["Driftsresultat", "", "4 510", "3 550"],
        ["Finansinntekter", "5", "1 120", "2 940(2"],
        ["Finanskostnader", "5", "2 380", "2 210"],
        ["Netto finansposter", "", "-1 260", "730"],
        ["Resultat før skattekostnad", "", "3 250", "4 280"],
        ["Skattekostnad", "", "710", "940"],
        ["Årsresultat", "", "2 540", "3 340"]]


def test_finance_footnoted_figures_are_read_and_their_sums_check():
    got = by_key(heading("Resultatregnskap"), table([["Tall i 1.000 NOK", "Note", "2024", "2023"], *BODY]),
                 report_year=2024)
    assert got[("lonnskostnader", 2023, "company")].value == 29640e3
    assert got[("finansinntekter", 2023, "company")].value == 2940e3
    for key in ("driftskostnader", "finansresultat"):  # the parts, read, add up to their sums
        assert got[(key, 2023, "company")].confidence >= review_threshold(), key


@pytest.mark.parametrize("text", ["Omarbeidet1)", "Omarbeidet 1)", "(omarbeidet)", "Restated*", "Omarbeidde tal",
                                  "Pro forma", "Ikke revidert"])
def test_finance_a_year_columns_note_set_apart(text):
    assert is_column_note(text)


@pytest.mark.parametrize("text", ["Regnskap", "2023", "1)", "Note 5", "Omarbeidet som følge av ny standard",
                                  "Resultatregnskap"])
def test_finance_no_column_note(text):
    assert not is_column_note(text)


def test_finance_a_header_line_set_apart_above_a_column_note():
    """A PDF reads the bold header line as a heading and "Omarbeidet1)" under last year's column as
    a paragraph, the figures (a notes column among them) as a table: the header line still names
    the columns' years and the unit."""
    got = by_key(heading("Resultatregnskap"), heading("Tall i 1.000 NOK Note 2024 2023", 2),
                 para("Omarbeidet1)"), table(BODY), para("1) Omarbeidet etter ny regnskapsstandard."),
                 report_year=2024)
    assert got[("driftsinntekter", 2024, "company")].value == 66150e3
    assert got[("arsresultat", 2023, "company")].value == 3340e3
    assert got[("driftsresultat", 2024, "company")].confidence >= review_threshold()
    assert not any(year is None or value.value in (3, 4, 5) for (key, year, _), value in got.items())


def test_finance_a_paragraph_between_is_no_column_note():
    """A sentence between the header line and the figures is the text's own: the header above it
    names no columns of the table, as before."""
    got = by_key(heading("Resultatregnskap"), heading("Tall i 1.000 NOK Note 2024 2023", 2),
                 para("Omarbeidet som følge av ny standard."), table(BODY), report_year=2024)
    assert ("driftsinntekter", 2023, "company") not in got
