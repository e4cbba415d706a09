"""E-mail and web addresses where a line breaks them.

A word processor, a PDF writer or a browser breaks a long address after one of its own hyphens
and does not hyphenate one, so a hyphen at a line's end inside an address is the address's own:
"post@nordvik-" / "bygg.no" is post@nordvik-bygg.no, not post@nordvikbygg.no. ``broken_address``
tells such a break from a word split at a line's end; the mending of lines (``blocks``,
``fields.text``) keeps the hyphen there.
"""
from __future__ import annotations

import re

TLD = r"(?:no|com|org|net|nu)"  # the endings a bare web address is recognised by ("nordvik-il.no")
# The word before the break is inside an address: it holds the "@" or opens with "www." / "http(s)://".
_HEAD = re.compile(r"@|^\W*(?:https?://|www\.)", re.IGNORECASE)
# The word after the break ends one: a domain's rest ("bygg.no", "il.no/kontakt"), or a local part's rest and its "@".
_TAIL = re.compile(rf"^(?:[\w-]+(?:\.[\w-]+)*\.{TLD}(?![\w-])|[\w.+-]+@[\w-]+\.)", re.IGNORECASE)
MIN_HEAD_LETTERS = 2  # "e-" / "post@x.no" is the word "e-post" over an address, not an address's hyphen


def broken_address(before: str, after: str) -> bool:
    """Whether a line break between ``before`` (the last word of a line, ending in a hyphen) and
    ``after`` (the first word of the next) falls inside an e-mail or web address."""
    head = before.rstrip("-\u2010")
    if sum(ch.isalnum() for ch in head.split("@")[-1].split(".")[-1]) < MIN_HEAD_LETTERS:
        return False
    return bool(_HEAD.search(head) or _TAIL.match(after))
