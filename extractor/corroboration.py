"""Plausibility and corroboration doubts: what the report itself says against a value, beyond
the reasons its reader gave it (``calibrate.add_document_doubts`` adds them; each is a review
ceiling, ``calibrate.REVIEW_DOUBTS``).

A layout the rules have not seen misleads a reader without leaving a mark in its reasons: the
wrong value looks like a right one. These look at the value from outside its reader:

- ``apart_from_board``: a board member (not a deputy or an observer) read where less than half of the board
  stands, in another table, paragraph or page, and found nowhere else (no ``also_mentioned``,
  ``also_in_signature``). Such a person is most often another body's: a subsidiary's board, a
  sports group's, the representantskap's officers in a sentence, an e-signature table's
  half-names. On the probe layouts the rules had not seen: 9 wrong of 14 values (the right ones:
  a chair on a labelled line over the members' table); on the eighth blind set's first run, 2
  of its 6 wrong values at or above review.
- ``printed_fragment``: a key figure printed with a leading zero ("000", "0 500"): no amount is
  written so, it is the tail of a number split across a line or a cell;
- ``small_size``: a size (revenue, costs, a balance total: ``stable`` in key-figure-keys.json)
  under 20 000 kroner and not printed to the øre: a table in thousands the reader took for
  kroner. On the probe layouts the rules had not seen: 28 wrong of 30 values; it fires on no
  value of the real and held-out reports (a floor of 100 000 did, on right values of small
  organisations).

Made from the output alone (values, their reasons and sources), so outputs of earlier rules get
them too.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

REVIEW_DOUBTS = ("apart_from_board", "printed_fragment", "small_size")  # each a review ceiling (see above)
MIN_BOARD = 3  # a place's share of the board means something from three members
CORROBORATED = ("also_mentioned", "also_in_signature")  # the board reader found the person in a second place
SIZE_FLOOR = 20_000  # kroner: no revenue, costs or balance total of an organisation that reports is smaller
_FRAGMENT = re.compile(r"^[-−–(]?\s*0[\d ]")
KEY_TABLE = "key-figure-keys.json"  # extractor.timeline.keys.DATA_FILE
_ORE = re.compile(r",\d\d\)?$")  # "18 400,00": printed to the øre, so in kroner whatever its size


def field(obj: Any, name: str) -> Any:
    """An output's field, from its JSON (a dict) or its model."""
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def fold(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def add_reason(item: Any, reason: str) -> None:
    reasons = field(item, "reasons")
    if reasons is not None and reason not in reasons:
        reasons.append(reason)


def _place(member: Any) -> tuple:
    """Page and table of a member's source (a Word file has no pages: its table path counts;
    every paragraph is one place)."""
    source = field(member, "source") or {}
    table = re.match(r"body/tbl\[\d+\]", str(field(source, "path") or ""))
    return field(source, "page"), table.group(0) if table else None


# Deputies and observers are often listed apart from the members ("Varamedlemmer:" under the
# table, "Følgende har møtt som observatører:" in a paragraph of its own): no doubt for that.
APART_ROLES = frozenset({"VARA", "OBS"})


def _apart(member: Any, places: Counter, size: int) -> bool:
    """The member stands where less than half of the board stands; a page next to the board's
    own page is the board's (a table across a page break)."""
    page, table = place = _place(member)
    main_page, _ = places.most_common(1)[0][0]
    if isinstance(page, int) and isinstance(main_page, int) and table is None and abs(page - main_page) <= 1:
        return False
    return places[place] * 2 < size


def board_doubts(board: list) -> None:
    if len(board) < MIN_BOARD:
        return
    places = Counter(_place(m) for m in board)
    for member in board:
        reasons = {str(r).split(":", 1)[0] for r in field(member, "reasons") or []}
        if (str(field(member, "role")) not in APART_ROLES and not reasons & set(CORROBORATED)
                and _apart(member, places, len(board))):
            add_reason(member, "apart_from_board")


@lru_cache(maxsize=1)
def size_keys() -> frozenset[str]:
    """The key figures that are sizes (``stable`` in the timeline's key table, never near zero),
    read from its data file: importing ``extractor.timeline`` costs a report about 0.1 s."""
    data = json.loads(resources.files("extractor.data").joinpath(KEY_TABLE).read_text(encoding="utf-8"))
    return frozenset(entry["key"] for entry in data["keys"] if entry.get("stable"))


def figure_doubts(figures: list) -> None:
    sizes = size_keys()
    for figure in figures:
        printed, value = fold(field(figure, "printed")), field(figure, "value")
        if _FRAGMENT.match(printed):
            add_reason(figure, "printed_fragment")
        if (field(figure, "key") in sizes and isinstance(value, (int, float)) and 0 < abs(value) < SIZE_FLOOR
                and not _ORE.search(printed)):
            add_reason(figure, "small_size")


def add_corroboration(report: Any) -> None:
    board_doubts(list(field(report, "board") or []))
    figure_doubts(list(field(report, "key_figures") or []))
