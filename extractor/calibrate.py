"""Fitted confidence: one logistic model per field family, read from a data file.

The field extractors give every value a rule confidence (``extractor.confidence.combine`` over
its named ``reasons``). That number ranks values but was set by hand. This module replaces it
with a probability fitted on labelled errors by ``bench/fit_confidence.py`` (weights in
``extractor/data/confidence_model.json``, with the date and the documents they were fitted on):

    confidence = sigmoid(bias[family] + Σ weight[family][feature] · feature(value))

Features (``item_features``) are the rule confidence's logit, one indicator per reason code,
the field a fact belongs to, what a key figure is (a named line, a stated unit, budget, group,
printed twice), OCR evidence and the document's format. The same function makes
the features at fit time (from output JSON) and at run time (from the models), so the two
cannot drift.

OCR never raises confidence: a value read by OCR gets at most what the same features without
the OCR ones would give (``_without_ocr``). A value the document contradicts, or one no check
of the document reaches (a year-end equity read from a statement of changes in equity), gets at
most ``DOUBT_CEILING`` (``REVIEW_DOUBTS``).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from extractor.confidence import logit, reason_key, sigmoid
from extractor.corroboration import REVIEW_DOUBTS as CORROBORATION_DOUBTS
from extractor.corroboration import add_corroboration, add_reason as _add_reason, field as _get, fold as _fold
from extractor.fields.board_weights import REVIEW_DOUBTS as BOARD_DOUBTS
from extractor.fields.contact_channels import REVIEW_DOUBTS as CONTACT_DOUBTS
from extractor.fields.finance.columns import names_period
from extractor.fields.finance.key_figure import REVIEW_DOUBTS as FIGURE_DOUBTS
from extractor.fields.places import REVIEW_DOUBTS as PLACE_DOUBTS
from extractor.fields.org_vote import REVIEW_DOUBTS as NAME_DOUBTS
from extractor.fields.owners import REVIEW_DOUBTS as OWNER_DOUBTS
from extractor.fields.programs import REVIEW_DOUBTS as PROGRAM_DOUBTS

MODEL_FILE = "confidence_model.json"
FAMILIES = ("board", "facts", "places", "percentages", "key_figures")
# Doubts that send a value to review whatever the fit says: the document contradicts itself
# (a sum or a relation of the statements fails, one figure printed with two values, the board's
# report states the figure otherwise, a domain printed as often with a hyphen as without), or the
# value is of a kind a reader may not count at all
# (a street address among the places: the contract lists towns, municipalities, counties; a
# council read as the board of an organisation the document never names; roles in another organ's
# minutes, a fellesråd's kirkeverge in a parish's report, a role in a headerless column of people
# beside the members), or the report itself makes it implausible (``extractor.corroboration``: a
# board member standing apart from the board and found nowhere else, a figure printed as a
# number's fragment, a size too small to be in kroner), or the document does not settle the value's
# sign or reading (a municipal result beside no income line, a figure OCR'd from a picture in a
# born-digital file or read with low OCR confidence), or it counts something else than asked
# (the people in a NAV program, "41 personer i VTA", given as its places). The fitted data rarely has them, so the
# model cannot learn their weight; they cap it instead (a refit that weighed such features raised
# the review load on the real reports by 1-4 points: stop 27). Each family names its own beside its
# weights (``REVIEW_DOUBTS`` of key_figure, board, places, programs, contact_channels and corroboration); the figure
# doubts ``figure_doubts`` adds are the last two.
READING_DOUBTS = ("figure_from_image", "ocr_doubtful_figure")
REVIEW_DOUBTS = (*FIGURE_DOUBTS, *BOARD_DOUBTS, *PLACE_DOUBTS, *PROGRAM_DOUBTS, *CONTACT_DOUBTS,
                 *CORROBORATION_DOUBTS, *NAME_DOUBTS, *OWNER_DOUBTS,
                 *READING_DOUBTS)
DOUBT_CEILING = 0.5
OCR_DOUBT = 0.65  # a figure OCR read less surely than this (a word Tesseract doubted, a row paired by position)
OCR_FEATURES = ("ocr", "ocr_low", "r:ocr_conf", "r:image_text", "r:read_from_image", "r:ocr_same_line")
IMAGE_SURE_OCR = 0.9  # a picture's figure read at least this surely ...
IMAGE_CHECKED = ("sum_checked", "relation_checked")  # ... that a sum or relation of its statement checks ...
IMAGE_SAME_LINE = "ocr_same_line"  # ... on its label's baseline, unmoved, is no ``figure_from_image`` doubt
_ONE_DECIMAL = re.compile(r",\d\)?\s*-?$")  # "2,8", "(4,1)": one decimal, not ",-" or øre
KRONER_OR_THOUSANDS = 1e5  # a figure scaled by less than this was printed in kroner (1) or thousands (1000)
MIN_MEMBERS_WITH_CHAIR = 3  # a board read with this many members and no chair lost its roles
# Scalars the scorer counts as facts; every other single value is calibrated with them.
ORG_FACTS = ("name", "legal_form", "org_number", "founded_year", "address", "postal_address", "email",
             "phone", "website")


def iter_items(report: Any) -> Iterator[tuple[str, str, Any]]:
    """``(family, field, item)`` for every value that carries a confidence, in a fixed order
    (the fit script relies on it to label values)."""
    org = _get(report, "organization") or {}
    for name in ORG_FACTS:
        if (item := _get(org, name)) is not None:
            yield "facts", f"organization.{name}", item
    for owner in _get(org, "owners") or []:
        yield "facts", "organization.owners", owner
    info = _get(report, "report") or {}
    for name in ("kind", "year", "signed_place", "signed_date"):
        if (item := _get(info, name)) is not None:
            yield "facts", f"report.{name}", item
    if (ceo := _get(report, "ceo")) is not None:
        yield "facts", "ceo", ceo
    for program in _get(report, "programs") or []:
        yield "facts", "programs", program
    staff = _get(report, "staff") or {}
    for name in ("person_years", "employees", "women", "men", "sick_leave_percent"):
        if (item := _get(staff, name)) is not None:
            yield "facts", f"staff.{name}", item
    for family in ("board", "places", "percentages", "key_figures"):
        for item in _get(report, family) or []:
            yield family, family, item


def item_features(family: str, field: str, item: Any, doc_format: str | None) -> dict[str, float]:
    feats: dict[str, float] = {"rule": logit(float(_get(item, "confidence") or 0.5))}
    for reason in _get(item, "reasons") or []:
        feats[f"r:{reason_key(reason)}"] = 1.0
    if family == "facts":
        feats[f"field:{field}"] = 1.0
    if family == "key_figures":  # a line the vocabulary names, a stated unit, where it was printed
        feats.update({f"kf:{name}": 1.0 for name, on in (
            ("no_key", not _get(item, "key")), ("budget", str(_get(item, "basis")) == "budget"),
            ("group", str(_get(item, "scope")) == "group"), ("unit_stated", bool(_get(item, "unit"))),
            ("printed_twice", bool(_get(item, "other_sources")))) if on})
    source = _get(item, "source") or {}
    ocr = _get(source, "ocr_confidence")
    if ocr is not None:
        feats["ocr"] = 1.0
        feats["ocr_low"] = max(0.0, 0.9 - float(ocr)) * 10  # per ten points below 0.9
    if doc_format:
        feats[f"format:{doc_format}"] = 1.0
    return feats


def _without_ocr(feats: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in feats.items() if k not in OCR_FEATURES}


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The fitted model, or None when no model file ships (rule confidences stay)."""
    try:
        text = resources.files("extractor.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return json.loads(text)


def predict(model: dict, family: str, feats: dict[str, float]) -> float:
    params = model["families"].get(family)
    if params is None:
        return sigmoid(feats["rule"])
    weights = params["weights"]
    score = params["bias"] + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return sigmoid(score)


def calibrated(model: dict, family: str, feats: dict[str, float]) -> float:
    value = predict(model, family, feats)
    if "ocr" in feats:
        value = min(value, predict(model, family, _without_ocr(feats)))
    if any(f"r:{doubt}" in feats for doubt in REVIEW_DOUBTS):
        value = min(value, DOUBT_CEILING)
    return round(value, 3)


def board_has_shape(roles: list[str]) -> bool:
    """A board as boards are: one chair at most (none is usual only in a short list of names)
    and one deputy chair at most. A board read otherwise has mixed in another body (a
    committee's leader) or shifted its roles; on probe layouts the rules had not seen, 64 of
    their 90 board errors were in boards of another shape."""
    chairs = roles.count("LEDE")
    return chairs <= 1 and roles.count("NEST") <= 1 and not (chairs == 0 and len(roles) >= MIN_MEMBERS_WITH_CHAIR)


def figure_header(source_text: Any) -> str:
    """The column header in a key figure's source text ("label | header | printed")."""
    parts = str(source_text or "").split(" | ")
    return " | ".join(parts[1:-1])


def figure_doubts(figure: Any, report_year: Any) -> list[str]:
    """A key figure's doubts: ``period_header`` (under a season or a period, "2022/23": its year
    is a convention), ``after_report_year`` (an actual for a year after the report's: a budget
    column its header does not name), ``one_decimal`` (printed with one decimal below millions,
    "2,8", "56,0": kroner and thousands are printed whole or to the øre, ratios, shares and
    counts like this; on the earlier rules' probe readings 18 wrong figures and no right one),
    ``figure_from_image`` (OCR of a picture in a born-digital file: a screenshot of a spreadsheet,
    a pasted scan; its sums check the reading, not which cells the OCR set in one row; unless
    ``image_reading_checked``) and ``ocr_doubtful_figure`` (an OCR reading below ``OCR_DOUBT``)."""
    doubts = []
    if names_period(figure_header(_get(_get(figure, "source") or {}, "text"))):
        doubts.append("period_header")
    year = _get(figure, "year")
    if isinstance(report_year, int) and isinstance(year, int) and year > report_year:
        doubts.append("after_report_year")
    reasons = _get(figure, "reasons") or []
    if "read_from_image" in reasons and not image_reading_checked(figure):
        doubts.append("figure_from_image")
    ocr = _get(_get(figure, "source") or {}, "ocr_confidence")
    if ocr is not None and ocr < OCR_DOUBT:
        doubts.append("ocr_doubtful_figure")
    printed, value = str(_get(figure, "printed") or ""), _get(figure, "value")
    digits = int(re.sub(r"\D", "", printed) or 0)
    if _ONE_DECIMAL.search(printed) and digits and value and abs(value) / (digits / 10) < KRONER_OR_THOUSANDS:
        doubts.append("one_decimal")
    return doubts


def image_reading_checked(figure: Any) -> bool:
    """Whether a figure OCR'd from a picture is read as surely as the picture allows: its
    statement's arithmetic checks it (the digits), OCR read it on its label's baseline with no
    pairing by position (the row), and read it surely (``IMAGE_SURE_OCR``; a digit the
    arithmetic repaired was not read surely). On the held-out
    reports that print their statements as pictures every figure was right, yet all went to
    review; a figure paired back from a drifted column, or read unsurely, still goes."""
    reasons = [reason_key(r) for r in _get(figure, "reasons") or []]
    ocr = _get(_get(figure, "source") or {}, "ocr_confidence")
    return (IMAGE_SAME_LINE in reasons and any(r in IMAGE_CHECKED for r in reasons) and "ocr_repaired" not in reasons
            and ocr is not None and ocr >= IMAGE_SURE_OCR)


def add_document_doubts(report: Any) -> None:
    """Doubt the document itself shows across values, as named reasons on the values it
    concerns: ``board_shape`` (every member of a board read with several chairs, several deputy
    chairs, or none), ``two_roles`` (one person listed with two roles), ``ocr_single_mention`` (a board
    member read once, and only by OCR), ``read_from_image`` (OCR of a picture in a born-digital
    file: a screenshot, a collage, an image in Word), and the key figures' (``figure_doubts``).
    Made from the output alone, so outputs of earlier rules get them too when the model is
    fitted. Doubts within one family are its reader's (a figure printed twice with two values is
    ``conflicting_value`` from the statements)."""
    source_file = _get(report, "source") or {}
    image_pages = set(_get(source_file, "image_ocr_pages") or [])
    word = _get(source_file, "format") != "pdf"  # a word processor's file: OCR'd text is a picture's
    for _, _, item in iter_items(report):
        source = _get(item, "source") or {}
        if _get(source, "ocr_confidence") is not None and (word or _get(source, "page") in image_pages):
            _add_reason(item, "read_from_image")
    report_year = _get(_get(_get(report, "report") or {}, "year") or {}, "value")
    for figure in _get(report, "key_figures") or []:
        for doubt in figure_doubts(figure, report_year):
            _add_reason(figure, doubt)
    board = _get(report, "board") or []
    roles: dict[str, set] = {}
    for member in board:
        roles.setdefault(_fold(_get(member, "name")), set()).add(str(_get(member, "role")))
    misshapen = not board_has_shape([str(_get(m, "role")) for m in board])
    for member in board:
        if len(roles[_fold(_get(member, "name"))]) > 1:
            _add_reason(member, "two_roles")  # one person, two roles: at most one of them is right
        if misshapen:
            _add_reason(member, "board_shape")
        source = _get(member, "source") or {}
        reasons = {reason_key(r) for r in _get(member, "reasons") or []}
        if _get(source, "ocr_confidence") is not None and not reasons & {"also_mentioned", "also_in_signature"}:
            _add_reason(member, "ocr_single_mention")
    add_corroboration(report)


def calibrate_report(report: Any, model: dict | None = None) -> Any:
    """Add the document's own doubts, then set every value's confidence from the fitted model,
    in place; confidences stay the rules' when no model ships."""
    add_document_doubts(report)
    model = model if model is not None else load_model()
    if model is None:
        return report
    doc_format = _get(_get(report, "source") or {}, "format")
    for family, field, item in iter_items(report):
        value = calibrated(model, family, item_features(family, field, item, doc_format))
        if isinstance(item, dict):
            item["confidence"] = value
        else:
            item.confidence = value
    return report


def review_threshold(model: dict | None = None) -> float | None:
    model = model if model is not None else load_model()
    return None if model is None else float(model["review_threshold"])


def expected_calibration_error(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Σ over equal-width bins of |mean confidence − share right| weighted by the bin's size."""
    if not pairs:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(p, ok) for p, ok in pairs if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if inside:
            gap = abs(sum(p for p, _ in inside) / len(inside) - sum(ok for _, ok in inside) / len(inside))
            total += gap * len(inside)
    return total / len(pairs)


def log_loss(pairs: list[tuple[float, bool]]) -> float:
    eps = 1e-6
    return -sum(math.log(max(p, eps)) if ok else math.log(max(1 - p, eps)) for p, ok in pairs) / max(len(pairs), 1)
