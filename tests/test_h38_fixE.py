"""Pure functions of the kinds h38-fixE mended (docs/phrasings.md §121): names wrapped in a narrow
frame, a label centred beside its wrapped cell, a cover's tagline year, another body's founding."""
import pytest

from extractor.fields.founded import sentence_hits
from extractor.fields.founded_cover import tagline_year
from extractor.ingest.blocks import label_value_wraps, name_goes_on
from extractor.ingest.primitives import Word
from extractor.tables.base import TableTolerances
from extractor.tables.chunks import TextLine
from extractor.tables.stacked_figures import lift_centred_labels
from extractor.tables.text_runs import wraps_value


@pytest.mark.parametrize(("upper", "lower"), [
    ("Tilsette sin representant: Margit", "Lundervold"),  # a lone first name, its surname wrapped
    ("Varamedlemer: Oddvar Haugland og", "Sigrun Fetveit"),  # the names after "og"
    ("Styremedlem: Per", "Aas-Hansen"),
])
def test_label_value_wraps_a_names_rest(upper, lower):
    assert label_value_wraps(upper, lower)


@pytest.mark.parametrize(("upper", "lower"), [
    ("Leiar: Margit Lundervold", "Nestleiar: Torstein Vik"),  # the next entry
    ("Leiar: Margit", "Torstein Vik"),  # a first name opens the line: another name, not a surname
    ("Telefon: 22 33 44 55 og", "Faks"),  # figures
    ("Leiar: Margit Lundervold", "Lundervold"),  # a whole name above
])
def test_label_value_wraps_not_other_lines(upper, lower):
    assert not label_value_wraps(upper, lower)


def test_name_goes_on_after_og_and_a_first_name():
    assert name_goes_on("Rune Aasgard og Liv", "Tjelle")
    assert not name_goes_on("Rune Aasgard og Liv", "Kari Tjelle")  # a name of its own
    assert not name_goes_on("Rune Aasgard", "Tjelle")  # no first name alone at the end


def _line(*chunks: tuple[str, float, float], top: float = 0.0) -> TextLine:
    words = [[Word(w, x0 + 30 * k, top, x0 + 30 * k + 25, top + 10) for k, w in enumerate(text.split())]
             for text, x0, _ in chunks]
    return TextLine([w for c in words for w in c], words)


TOL = TableTolerances()


def test_wraps_value_under_a_colon_label():
    row = _line(("Tilsette sin representant:", 75, 0), ("Margit", 200, 0))
    assert wraps_value(row, _line(("Lundervold", 75, 0), top=13), TOL)
    assert not wraps_value(row, _line(("Lundervold", 75, 0), top=30), TOL)  # a row gap: the next entry
    assert not wraps_value(row, _line(("Styremedlemmer: Ole Nyhus og Gunn Sætre", 75, 0), top=13), TOL)  # the next entry
    figures = _line(("Sum:", 75, 0), ("1 200", 200, 0))
    assert not wraps_value(figures, _line(("Andre", 75, 0), top=13), TOL)


def test_lift_centred_labels_joins_the_label_to_its_cells_first_line():
    above = _line(("Styremedlem", 71, 0), ("Astrid Helgesen", 298, 0), top=213)
    first = _line(("Torunn Skjelbred, Per", 298, 0), top=237)
    label = _line(("Varamedlemmer", 71, 0), top=243)
    second = _line(("Haugerud og Mari Aaberge", 298, 0), top=250)
    out = lift_centred_labels([above, first, label, second])
    assert len(out) == 3 and [w.text for w in out[1].chunks[0]] == ["Varamedlemmer"]


def test_lift_centred_labels_leaves_a_column_of_prose():
    left = [_line(("ord i teksten", 71, 0), top=t) for t in (240, 252.5)]
    right = [_line(("en annen spalte", 298, 0), top=t) for t in (234, 246, 258)]
    lines = sorted(left + right, key=lambda ln: ln.top)
    assert len(lift_centred_labels(lines)) == 5


@pytest.mark.parametrize(("text", "year"), [
    ("Arbeid og opplæring sidan 1987", 1987), ("Tilrettelagt arbeid siden 1979", 1979), ("– siden 1968", 1968),
    ("Omsetningen har økt siden 2016", None), ("Sykefravær siden 2023", None),  # a change; not before the report
])
def test_tagline_year(text, year):
    assert tagline_year(text, 2023) == year


def test_a_foundations_founding_in_a_companys_report_is_another_bodys():
    sent = "Stiftelsen ble opprettet i 1996 for å sikre arbeidsplasser."
    ((year, reasons),) = sentence_hits(sent, ["Solbakken", "Industri"], 2023, None, company=True)
    assert year == 1996 and "other_subject" in reasons
    ((_, own),) = sentence_hits(sent, ["Solbakken"], 2023, None)  # a foundation's own report
    assert "subject_is_org" in own


def test_a_cooperatives_own_kind_noun_is_its_own():
    sent = "Laget ble stiftet i 1961 og leier ut redskap til medlemmene."
    ((_, reasons),) = sentence_hits(sent, ["Nordvik", "Maskinlag"], 2023, None, company=True)
    assert "subject_is_org" in reasons
