"""The fitted confidence model: features, the OCR ceiling, document doubts, and the shipped file."""
from __future__ import annotations

import pytest

from extractor.calibrate import (
    DOUBT_CEILING, add_document_doubts, calibrate_report, calibrated, expected_calibration_error, item_features,
    iter_items, load_model,
)


def _member(name, role="MEDL", conf=0.8, reasons=("table_cell",), ocr=None):
    return {"name": name, "role": role, "confidence": conf, "reasons": list(reasons),
            "source": {"page": 1, "ocr_confidence": ocr}}


MODEL = {"review_threshold": 0.7, "families": {
    "board": {"bias": 0.5, "weights": {"rule": 1.0, "r:table_cell": 0.8, "ocr": 1.5, "ocr_low": -0.2}},
}}


def test_calibrate_ocr_never_raises_confidence_above_born_digital():
    born = item_features("board", "board", _member("Kari Nordmann"), "pdf")
    scanned = item_features("board", "board", _member("Kari Nordmann", ocr=0.97), "pdf")
    # The (deliberately bad) weight +1.5 on "ocr" would raise the value; the ceiling stops it.
    assert calibrated(MODEL, "board", scanned) <= calibrated(MODEL, "board", born)


def test_calibrate_a_failed_check_sends_the_value_to_review():
    model = {"families": {"key_figures": {"bias": 4.0, "weights": {"rule": 1.0}}}}
    checked = {"label": "Driftsresultat", "confidence": 0.95, "reasons": ["relation_checked:driftsresultat"]}
    failed = {"label": "Driftsresultat", "confidence": 0.95, "reasons": ["relation_failed:driftsresultat"]}
    assert calibrated(model, "key_figures", item_features("key_figures", "key_figures", checked, "pdf")) > 0.9
    assert calibrated(model, "key_figures", item_features("key_figures", "key_figures", failed, "pdf")) <= 0.5


def test_calibrate_a_street_address_among_the_places_goes_to_review():
    model = {"families": {"places": {"bias": 4.0, "weights": {"rule": 1.0}}}}
    town = {"name": "Bærum", "confidence": 0.95, "reasons": ["exact_gazetteer", "mentions_4plus"]}
    street = {"name": "Solveien 14", "confidence": 0.95, "reasons": ["adresse", "mentions_4plus"]}
    assert calibrated(model, "places", item_features("places", "places", town, "pdf")) > 0.9
    assert calibrated(model, "places", item_features("places", "places", street, "pdf")) <= 0.5


def test_calibrate_low_ocr_confidence_lowers_the_value():
    clean = item_features("board", "board", _member("Kari Nordmann", ocr=0.9), "pdf")
    garbled = item_features("board", "board", _member("Kari Nordmann", ocr=0.5), "pdf")
    model = {"families": {"board": {"bias": 0.5, "weights": {"rule": 1.0, "ocr": -0.1, "ocr_low": -0.2}}}}
    assert calibrated(model, "board", garbled) < calibrated(model, "board", clean)


def test_calibrate_features_name_reasons_field_and_format():
    item = {"value": "Vekst AS", "confidence": 0.9, "reasons": ["fuzzy_gazetteer:91", "repeated"], "source": None}
    feats = item_features("facts", "organization.name", item, "docx")
    assert {"rule", "r:fuzzy_gazetteer", "r:repeated", "field:organization.name", "format:docx"} <= set(feats)


def test_calibrate_features_of_a_key_figure():
    item = {"label": "Sum inntekter", "key": None, "year": 2023, "value": 1.0, "basis": "budget", "scope": "company",
            "unit": "i 1000 kr", "other_sources": [], "confidence": 0.9, "reasons": ["unit_unstated"]}
    feats = item_features("key_figures", "key_figures", item, "pdf")
    assert {"kf:no_key", "kf:budget", "kf:unit_stated", "r:unit_unstated"} <= set(feats)
    assert not {"kf:group", "kf:printed_twice"} & set(feats)


def test_calibrate_iter_items_covers_every_family_in_a_fixed_order():
    report = {"organization": {"name": {"value": "X", "confidence": 0.9, "reasons": []}, "owners": []},
              "report": {"year": {"value": 2023, "confidence": 0.9, "reasons": []}},
              "ceo": None, "programs": [], "staff": {},
              "board": [_member("A B")], "places": [{"name": "Asker", "confidence": 0.9, "reasons": []}],
              "percentages": [], "key_figures": []}
    assert [(f, field) for f, field, _ in iter_items(report)] == [
        ("facts", "organization.name"), ("facts", "report.year"), ("board", "board"), ("places", "places")]


def test_calibrate_document_doubts_board_member_read_once_by_ocr():
    report = {"key_figures": [], "board": [_member("Kari Nordmann", ocr=0.8),
                                           _member("Ola Hansen", ocr=0.8, reasons=("table_cell", "also_mentioned")),
                                           _member("Tone Berg")]}
    add_document_doubts(report)
    assert ["ocr_single_mention" in m["reasons"] for m in report["board"]] == [True, False, False]


def test_calibrate_document_doubts_one_person_two_roles():
    report = {"key_figures": [], "board": [_member("Kari Nordmann", "LEDE"), _member("Ola Hansen"),
                                           _member("kari  nordmann", "MEDL")]}
    add_document_doubts(report)
    assert ["two_roles" in m["reasons"] for m in report["board"]] == [True, False, True]


@pytest.mark.parametrize("roles, doubted", [
    (("LEDE", "NEST", "MEDL", "MEDL", "VARA"), False),
    (("MEDL", "MEDL"), False),  # two names without roles: a chair is not missed
    (("LEDE", "MEDL", "LEDE", "MEDL"), True),  # a committee's leader read as a second chair
    (("MEDL", "MEDL", "MEDL", "VARA"), True),  # the chair's role lost
    (("LEDE", "NEST", "NEST", "MEDL"), True),
])
def test_calibrate_document_doubts_a_board_of_another_shape_doubts_every_member(roles, doubted):
    report = {"key_figures": [], "board": [_member(f"Person {i}", role) for i, role in enumerate(roles)]}
    add_document_doubts(report)
    assert ["board_shape" in m["reasons"] for m in report["board"]] == [doubted] * len(roles)


def test_calibrate_document_doubts_value_read_from_an_image_not_from_a_scan():
    report = {"source": {"format": "pdf", "image_ocr_pages": [2], "ocr_pages": [3]}, "key_figures": [],
              "board": [_member("Kari Nordmann", ocr=0.9), _member("Ola Hansen", ocr=0.9), _member("Tone Berg")]}
    report["board"][0]["source"]["page"], report["board"][1]["source"]["page"] = 2, 3
    add_document_doubts(report)
    assert ["read_from_image" in m["reasons"] for m in report["board"]] == [True, False, False]


def test_calibrate_report_sets_every_confidence_from_the_model():
    report = {"source": {"format": "pdf"}, "board": [_member("Kari Nordmann", conf=0.3)], "key_figures": []}
    calibrate_report(report, MODEL)
    expected = calibrated(MODEL, "board", item_features("board", "board", _member("Kari Nordmann", conf=0.3), "pdf"))
    assert report["board"][0]["confidence"] == expected != 0.3


def test_calibrate_expected_calibration_error():
    assert expected_calibration_error([(0.9, True)] * 9 + [(0.9, False)]) == pytest.approx(0.0)
    assert expected_calibration_error([(0.9, False)] * 10) == pytest.approx(0.9)


def test_calibrate_shipped_model_is_complete():
    model = load_model()
    assert model is not None, "extractor/data/confidence_model.json ships with the package"
    assert 0 < model["review_threshold"] < 1 and model["fitted_on"]["documents"] > 0
    for family in ("board", "facts", "places", "percentages", "key_figures"):
        assert "rule" in model["families"][family]["weights"], family


@pytest.mark.parametrize("text, doubted", [
    ("Sum driftsinntekter | 2022/23 | 1 250 000", True),
    ("Sum inntekter | Rekneskap 2022/2023 | 412 600", True),
    ("Salgsinntekter | 01.08.2022-31.07.2023 | 1 250 000", True),
    ("Sum driftsinntekter | 2023 | 1 250 000", False),
    ("Sum driftsinntekter | Regnskap 31.12.2023 | 1 250 000", False),
    ("Sum driftsinntekter | 2023 | 2022 | 1 250 000", False),  # two header rows, each one year
    ("1 250 000", False),  # a source without a header
])
def test_calibrate_document_doubts_a_figure_under_a_season_or_period(text, doubted):
    report = {"board": [], "key_figures": [{"reasons": [], "source": {"text": text}}]}
    add_document_doubts(report)
    assert ("period_header" in report["key_figures"][0]["reasons"]) is doubted


@pytest.mark.parametrize("printed, value, doubted", [
    ("2,8", 2800.0, True),  # a ratio scaled as thousands
    ("(4,1)", -4100.0, True),
    ("56,0", 56.0, True),  # a share in a table of kroner
    ("12,3", 12_300_000.0, False),  # millions are printed with one decimal
    ("1 234,50", 1234.5, False),  # kroner and øre
    ("16 917 863,-", 16_917_863.0, False),
    ("412 600", 412_600.0, False),
])
def test_calibrate_document_doubts_a_figure_printed_like_a_ratio(printed, value, doubted):
    report = {"board": [], "key_figures": [{"reasons": [], "printed": printed, "value": value, "source": {}}]}
    add_document_doubts(report)
    assert ("one_decimal" in report["key_figures"][0]["reasons"]) is doubted


@pytest.mark.parametrize("source, doubts", [
    ({"format": "pdf", "image_ocr_pages": [1]}, {"figure_from_image"}),  # a picture in a born-digital page
    ({"format": "pdf", "ocr_pages": [1]}, set()),  # a scanned page: its OCR is the document's only text
    ({"format": "docx"}, {"figure_from_image"}),  # OCR'd text in a Word file is a picture's
])
def test_calibrate_document_doubts_a_figure_read_from_a_picture(source, doubts):
    report = {"source": source, "board": [],
              "key_figures": [{"reasons": [], "printed": "412 600", "value": 412600.0,
                               "source": {"page": 1, "ocr_confidence": 0.95}}]}
    add_document_doubts(report)
    assert {"figure_from_image", "ocr_doubtful_figure"} & set(report["key_figures"][0]["reasons"]) == doubts


@pytest.mark.parametrize("ocr, doubted", [(0.6, True), (0.64, True), (0.65, False), (0.93, False), (None, False)])
def test_calibrate_document_doubts_a_figure_read_with_low_ocr_confidence(ocr, doubted):
    report = {"source": {"format": "pdf", "ocr_pages": [1]}, "board": [],
              "key_figures": [{"reasons": [], "printed": "412 600", "value": 412600.0,
                               "source": {"page": 1, "ocr_confidence": ocr}}]}
    add_document_doubts(report)
    assert ("ocr_doubtful_figure" in report["key_figures"][0]["reasons"]) is doubted


def test_calibrate_figure_doubts_cap_the_fitted_confidence():
    for doubt in ("figure_from_image", "ocr_doubtful_figure", "sign_unsettled"):
        feats = item_features("key_figures", "key_figures",
                              {"confidence": 0.99, "reasons": ["statement", "sum_checked", doubt], "value": 1.0}, "pdf")
        assert calibrated(MODEL, "key_figures", feats) <= DOUBT_CEILING, doubt


@pytest.mark.parametrize("reasons, ocr, doubted", [
    (["sum_checked", "ocr_same_line"], 0.95, False),  # checked, on its label's line, read surely
    (["relation_checked:arsresultat", "ocr_same_line"], 0.9, False),
    (["ocr_same_line"], 0.95, True),  # no check of its digits
    (["sum_checked"], 0.95, True),  # paired with its label by position (a drifted column, a stretched row)
    (["sum_checked", "ocr_same_line"], 0.88, True),  # read unsurely
    (["sum_checked", "ocr_same_line", "ocr_repaired"], 0.95, True),  # a digit the arithmetic put right
])
def test_calibrate_a_pictures_figure_checked_on_its_line_and_read_surely_is_no_image_doubt(reasons, ocr, doubted):
    report = {"source": {"format": "pdf", "image_ocr_pages": [1]}, "board": [],
              "key_figures": [{"reasons": list(reasons), "printed": "412 600", "value": 412600.0,
                               "source": {"page": 1, "ocr_confidence": ocr}}]}
    add_document_doubts(report)
    assert ("figure_from_image" in report["key_figures"][0]["reasons"]) is doubted


@pytest.mark.parametrize(("family", "module"), [
    ("key_figures", "extractor.fields.finance.key_figure"), ("board", "extractor.fields.board_weights"),
    ("places", "extractor.fields.places"), ("facts", "extractor.fields.programs"), ("board", "extractor.corroboration"),
])
def test_calibrate_each_familys_review_doubts_cap_its_values(family, module):
    """A family's ``REVIEW_DOUBTS`` (named beside its weights) cap the fitted confidence, read by calibrate
    from the family, not listed there again."""
    import importlib

    doubts = importlib.import_module(module).REVIEW_DOUBTS
    assert doubts
    model = {"families": {family: {"bias": 4.0, "weights": {"rule": 1.0}}}}
    for doubt in doubts:
        feats = item_features(family, family, {"confidence": 0.99, "reasons": ["table_cell", doubt]}, "pdf")
        assert calibrated(model, family, feats) <= DOUBT_CEILING, doubt


def test_calibrate_board_review_doubts_are_thin_evidence_for_the_one_chair_check():
    from extractor.fields.board_weights import DOUBTS, REVIEW_DOUBTS

    assert set(REVIEW_DOUBTS) <= DOUBTS
