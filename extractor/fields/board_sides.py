"""The board's time before or after a meeting or a date, as a label or a sentence opens on it
("Styret fram til årsmøtet 14. mars:", "Styret etter årsmøtet:", "Nytt styre fra 14. mars: A,
B og C"). The line readers ask it while reading; ``board_meeting`` keeps one side. Words in
``board_scope.json`` (meeting_sides, meeting_side_lead, meeting_side_after_board, meetings,
new_board_words).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.nlp.role_spans import Role
from extractor.nlp.vocab import alternation, scope_words
from extractor.parse import MONTH_NAMES, MONTHS

_DATE = re.compile(r"\d{1,2}\.?|\d{1,2}\.\d{1,2}\.?(\d{2}|\d{4})?|\d{4}")


def meeting_side(words: list[str]) -> str | None:
    """'before' or 'after' when ``words`` (a label's or a sentence's) open on the board's time
    before or after a meeting or a date; None otherwise."""
    scope = scope_words()
    folded = [w.casefold() for w in words if w and w not in SENTENCE_END]
    text = " ".join(folded)
    if any(text == w or text.startswith(w + " ") for w in scope["new_board_words"]):
        return "after"
    k = 0
    while k < len(folded) and folded[k] in scope["meeting_side_lead"]:
        k += 1
    rest = folded[k:]
    for side, openings in scope["meeting_sides"].items():
        for opening in openings:
            if k == 0 and opening in scope["meeting_side_after_board"]:
                continue  # "Fra årsmøtet i fjor kom et forslag": the board is not named first
            n = len(opening.split())
            if rest[:n] == opening.split() and len(rest) > n and (
                    rest[n] in scope["meetings"] or rest[n] in MONTH_NAMES or _DATE.fullmatch(rest[n])):
                # "Styret frå årsmøtet 2021 til årsmøtet 2022": a closed term, the board before the change
                closed = side == "after" and any(w in scope["period_to"] and j + 1 < len(rest) and (
                    rest[j + 1] in scope["meetings"] or _DATE.fullmatch(rest[j + 1])) for j, w in enumerate(rest[n + 1:], n + 1))
                return "before" if closed else side
    return None


def meeting_label(line: Line) -> Role | None:
    """The board's role for a label line naming its time before or after the meeting ("Styret
    fram til årsmøtet 14. mars 2023:", "Styret etter årsmøtet:", "Nytt styre:"); None otherwise."""
    if not line.tokens or not line.tokens[-1].text.endswith(":"):
        return None
    board = line.roles[0] if line.roles else None  # a meeting after it is an organ too: "årsmøtet"
    if board is None or board.role.kind != "BODY" or board.role.code != "BOARD" or board.start > 2 \
            or any(s.role.kind != "BODY" for s in line.roles):
        return None
    return board.role if meeting_side(line.words) is not None else None


def meeting_colon(line: Line, lo: int, hi: int) -> bool:
    """Whether the sentence over tokens ``lo:hi`` opens on the board's time before or after the
    meeting and a colon before its names ("Nytt styre fra 14. mars 2023: A (leder), B og C")."""
    colon = next((k for k in range(lo, hi) if line.tokens[k].text == ":"), None)
    return colon is not None and meeting_side(line.words[lo:colon]) is not None


@lru_cache(maxsize=1)
def _period() -> re.Pattern:
    words = scope_words()
    date = rf"\d{{1,2}}\.\s*(?:{'|'.join(MONTHS)})\.?(?:\s+\d{{4}})?|\d{{1,2}}\.\d{{1,2}}\.?(?:\d{{4}}|\d{{2}})?"
    opening, joining = alternation(words["period_from"]), alternation(words["period_to"])
    # the meeting that opened or closed the period may be named before its date
    meeting = (rf"(?:(?:(?:{'|'.join(words['meeting_qualifiers'])})\s+)?"
               rf"(?:{'|'.join(re.escape(w) for w in words['meetings'])})\s+)?")
    return re.compile(rf"(?:{opening})\s+{meeting}({date})(?:\s*(?:{joining})\s*{meeting}({date}))?\s*:?",
                      re.IGNORECASE)


def period_side(text: str) -> str | None:
    """'before' for a line that is only a period ending before the year's end ("Fra 1. januar
    til 23. mai"), 'after' for one from a date on ("Fra 23. mai"); None otherwise (the whole
    year, "Fra 1. januar til 31. desember", says no change)."""
    found = _period().fullmatch(" ".join(text.split()))
    if found is None:
        return None
    end = found.group(2)
    if end is None:
        return "after"
    year_end = re.fullmatch(r"31\.\s*(?:desember|des|12)\.?\s*(?:\d{4}|\d{2})?", end.casefold())
    return None if year_end else "before"

