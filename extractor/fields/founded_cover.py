"""A report cover's tagline as the year the work began ("Arbeid og opplæring sidan 1991"), and where
the cover's short lines end; ``founded`` counts such a year only where no founding is stated."""
from __future__ import annotations

import re

from extractor import gazetteers

# A cover's tagline: "Arbeid og opplæring sidan 1991", "Tilrettelagt arbeid siden 1979": a few words and
# the year the work began, no verb of a change ("Omsetningen har økt siden 2016" is a sentence).
# The name may stand before it and a dash: "Lidvang Vekst AS – arbeid og mestring i Ryfylke siden 1984".
_TAGLINE = re.compile(r"^(?:[–—-]\s*|(?P<name>[^\W\d][^–—.!?:;\d]{1,60}?)\s[–—]\s+)?"
                      r"([^\W\d][^.!?:;\d]{2,60}?\s+)?(?:siden|sidan|sia|since)\s+((?:18|19|20)\d\d)\s*\.?$",
                      re.IGNORECASE)
_TAGLINE_VERBS = re.compile(r"\b(?:har|hadde|er|var|ble|blei|vart|økt|auka|gått|steget|stige|falt|redusert|vokst)\b",
                            re.IGNORECASE)
COVER_SENTENCE_WORDS = 9  # a line of this many words, or any ending in a stop, ends the cover ...
TAGLINE_WORDS = 12  # ... but a tagline of up to this many ("Arbeid og opplæring på Søre Sunnmøre sidan 1991")


def tagline_year(text: str, report_year: int | None) -> int | None:
    """The year of a cover's tagline ("Arbeid og opplæring sidan 1991"), or None."""
    m = _TAGLINE.match(text.strip())
    name = (m["name"] or "").split() if m is not None else []
    if m is None or _TAGLINE_VERBS.search(f"{m['name'] or ''} {m.group(2) or ''}") \
            or len(text.split()) - len(name) > TAGLINE_WORDS or name and gazetteers.is_first_name(name[0]):
        return None  # a sentence, a paragraph, a person's time in office ("Kari Dahl – leiar sidan 2015")
    year = int(m.group(3))
    return year if report_year is None or year < report_year else None


def ends_cover(text: str) -> bool:
    """A sentence of running text: the cover's short lines are behind."""
    return len(text.split()) >= COVER_SENTENCE_WORDS or text.rstrip().endswith((".", "!", "?"))
