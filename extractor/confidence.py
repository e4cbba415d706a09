"""Confidence from named evidence.

Every extracted value collects ``reasons``: short codes such as ``table_cell``,
``exact_gazetteer``, ``fuzzy_gazetteer:91`` or ``ocr_conf:0.72``. A field family keeps its own
table of weights (log-odds); the confidence is

    confidence = sigmoid(logit(prior) + sum(weight[reason] for reason in reasons) + ocr_term)

where ``ocr_term = OCR_WEIGHT * (ocr_conf - 0.9)`` when the evidence was OCR'd (low OCR
confidence pulls the value down; clean OCR barely moves it). Unknown reason codes weigh 0 so a
reason can be recorded for the reviewer without changing the number.

``REVIEW_THRESHOLD`` is the line below which a person must look. It is set so that flagged
items catch nearly all errors while a reviewer sees few items: measured on the gold corpus
with ``bench/calibration.py`` (error capture and review load per threshold); see
docs/confidence.md.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

REVIEW_THRESHOLD = 0.7
OCR_WEIGHT = 6.0


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def reason_key(reason: str) -> str:
    """'fuzzy_gazetteer:91' → 'fuzzy_gazetteer'."""
    return reason.split(":", 1)[0]


def combine(prior: float, reasons: Iterable[str], weights: Mapping[str, float],
            ocr_conf: float | None = None) -> float:
    score = logit(prior) + sum(weights.get(reason_key(r), 0.0) for r in reasons)
    if ocr_conf is not None:
        score += OCR_WEIGHT * (ocr_conf - 0.9)
    return round(sigmoid(score), 3)


def ocr_reason(ocr_conf: float | None) -> list[str]:
    return [] if ocr_conf is None else [f"ocr_conf:{ocr_conf:.2f}"]
