"""OCR'd figures that lost their thousands space are grouped like the rest of their column."""
from extractor.document import Cell, Provenance, Table
from extractor.tables.ocr_figures import regroup_figures


def table(rows, ocr=True, header_rows=0):
    prov = Provenance(page=1, ocr_confidence=0.9 if ocr else None)
    return Table([[Cell(t, prov) for t in r] for r in rows], Provenance(page=1), "ruled", 0.9, header_rows=header_rows)


def test_space_less_figure_in_a_grouped_column_is_grouped():
    got = regroup_figures(table([["", "2019", "2018"], ["Salg", "6413", "5 902"], ["Tilskudd", "2 075", "1980"],
                                 ["Sum", "(12450,50)", "10 882"], ["Renter", "1 025", "-1307"]])).text_rows()
    assert got == [["", "2019", "2018"], ["Salg", "6 413", "5 902"], ["Tilskudd", "2 075", "1 980"],
                   ["Sum", "(12 450,50)", "10 882"], ["Renter", "1 025", "-1 307"]]


def test_columns_without_grouping_and_text_layer_cells_are_left_alone():
    rows = [["Konto", "Beløp"], ["Salg", "6413"], ["Leie", "2075"], ["Sum", "8488"]]
    assert regroup_figures(table(rows)).text_rows() == rows
    printed = [["Salg", "6413", "5 902"], ["Leie", "2 075", "1 980"], ["Sum", "8 488", "7 882"]]
    assert regroup_figures(table(printed, ocr=False)).text_rows()[0] == ["Salg", "6413", "5 902"]


def test_specks_and_spaced_thousands_dots_of_typed_amounts_are_cleaned():
    """A stencil's specks read as bullets, spaces around typed thousands dots: one amount each."""
    rows = [["Sum eiendeler", "Kr. 569. • 980", "Kr. • 526. • 480"], ["Varelager", "Kr. 96 .400", "KrF • 300"],
            ["Kasse", "Kr. 2.828.380", "569.980 526.480"]]
    assert regroup_figures(table(rows)).text_rows() == [
        ["Sum eiendeler", "Kr. 569.980", "Kr. 526.480"], ["Varelager", "Kr. 96.400", "KrF • 300"],
        ["Kasse", "Kr. 2.828.380", "569.980 526.480"]]
    assert regroup_figures(table(rows, ocr=False)).text_rows() == rows


def test_a_row_of_years_below_other_rows_keeps_its_years():
    """A typescript's board list above its accounts, one table: the accounts' header row is years."""
    rows = [["Formann", "Aslak Rudi", ""], ["Driftsregnskap", "1980", "1979"], ["Kontingent", "2 100,00", "1 400,00"],
            ["Tilskudd", "9 450,00", "8500,00"], ["Sum", "11 550,00", "9 900,00"]]
    got = regroup_figures(table(rows, header_rows=1)).text_rows()
    assert got[1] == ["Driftsregnskap", "1980", "1979"] and got[3] == ["Tilskudd", "9 450,00", "8 500,00"]


def test_a_typed_comma_read_as_a_point_is_a_comma_in_a_column_of_comma_decimals():
    rows = [["Avskrivninger", "3 500,00"], ["Sum utgifter", "113 765,00"], ["Overskudd", "14 360.00"]]
    assert regroup_figures(table(rows)).text_rows()[2] == ["Overskudd", "14 360,00"]
    whole = [["Salg", "3 500"], ["Leie", "113 765"], ["Renter", "14 360.50"]]  # no comma decimals: left alone
    assert regroup_figures(table(whole)).text_rows() == whole


def test_typed_whole_kroner_marks_read_apart_or_without_dash_are_made_whole():
    """A typewriter's ",-" that OCR read as ", -", or whose dash it lost, in a column of ",-" figures."""
    rows = [["Salg", "2 318 400,-", "2 106 950, -"], ["Tilskudd", "640 000, -", "612 500,-"],
            ["Sum", "2 958 400,", "2 719 450,-"]]
    assert regroup_figures(table(rows)).text_rows() == [
        ["Salg", "2 318 400,-", "2 106 950,-"], ["Tilskudd", "640 000,-", "612 500,-"],
        ["Sum", "2 958 400,-", "2 719 450,-"]]
    bare = [["Salg", "2 318 400,", "2 106 950"], ["Sum", "2 958 400,", "2 719 450"]]  # no ",-" in the column
    assert regroup_figures(table(bare)).text_rows() == bare
    assert regroup_figures(table(rows, ocr=False)).text_rows() == rows
