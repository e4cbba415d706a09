"""Human review of low-confidence values: a queue across output files (``queue``), decisions
stored beside each value (``decisions``), a terminal and a browser front end (``terminal``,
``web``), and export of reviewed outputs as gold files for the scorer (``gold``)."""
from __future__ import annotations

from extractor.review.decisions import ReviewError, apply_decision, record_decision
from extractor.review.queue import Item, build_queue, iter_output_files

__all__ = ["Item", "ReviewError", "apply_decision", "build_queue", "iter_output_files", "record_decision"]
