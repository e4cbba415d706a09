"""Footnote marks: "(2)", "2)", "¹", "¹)", "*", "**)". A note line under a list or table opens on
one and the name it explains ends on the same ("Ketil Ravn (2)", "Randi Dahl ¹)", "Ole Moe*"), or
the role label over it does ("STYREMEDLEM¹", "Styremedlem (2):"): ``MARK`` as a regex,
``WORD_MARK`` for a word that carries one, ``bracketed_mark`` where the tokenizer has split "(2)"
into three tokens, ``marker_key`` to pair a note's mark with a name's however each is set.
"""
from __future__ import annotations

import re

SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # ¹ ... ⁹
SUPERSCRIPT = f"[{SUPERSCRIPT_DIGITS}]"
STARS = r"\*{1,3}"
BRACKETED = r"\(\d\)"
MARK = rf"{BRACKETED}|\d\)|{SUPERSCRIPT}\)?|{STARS}\)?"
# A word carrying a mark: glued to it ("STYREMEDLEM¹", "Styremedlem*", "leder²)", and a raised digit a
# text layer prints plain: "STYREMEDLEM1"), a bracketed digit after a space ("Styremedlem (2)"), or a
# raised digit set apart, ending a label's line ("STYREMEDLEM 1" over the name); a bare "2)" after a
# space numbers a list instead, and so does "Styremedlem 1:".
WORD_MARK = (rf"(?P<word>[^\W\d_]+)(?:(?P<glued>{SUPERSCRIPT}\)?|{STARS}\)?|\d\)?(?!\d))|\s*(?P<bracket>{BRACKETED})"
             r"|[ \t](?P<raised>\d)(?=[ \t]*\n))")
NOTE_MARK = re.compile(rf"^\s*(?P<mark>{MARK})\s*(?P<rest>\S.*)$")
# A note opening on a raised digit printed plain ("1 Valgt av og blant de ansatte"): read only to pair
# with a word carrying the same mark, as a plain digit also numbers lines.
PLAIN_NOTE_MARK = re.compile(r"^\s*(?P<mark>\d)\s+(?P<rest>[^\W\d_].*)$")
_BRACKETED = re.compile(BRACKETED)
_SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "123456789")


def marker_key(mark: str) -> str:
    """One key for a footnote mark however it is set: "(2)", "2)", "²" and "²)" are "2"; "**)" is "**"."""
    return mark.translate(_SUPERSCRIPTS).strip("()")


def bracketed_mark(tokens, i: int) -> str | None:
    """The digit of a "(2)" mark the tokenizer split into "(", "2", ")" at token ``i`` (the
    closing token may carry punctuation after it: "),"), or None."""
    if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text.startswith(")") \
            and _BRACKETED.fullmatch(f"({tokens[i + 1].text})"):
        return tokens[i + 1].text
    return None
