"""Human review of low-confidence values: a queue across output files (``queue``), decisions
stored beside each value (``decisions``), a terminal and a browser front end (``terminal``,
``web``), and export of reviewed outputs as gold files for the scorer (``gold``).

The names below load their module on first use: ``extractor review``'s command table is
mounted by every command of the CLI, which must not pay for the review models."""
from __future__ import annotations

from importlib import import_module

_HOMES = {"ReviewError": "decisions", "apply_decision": "decisions", "record_decision": "decisions",
          "Item": "queue", "build_queue": "queue", "iter_output_files": "queue"}
__all__ = sorted(_HOMES)


def __getattr__(name: str):  # noqa: ANN202 - the attribute asked for
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
