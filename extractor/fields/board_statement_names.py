"""Names a board statement gives, read over a ``board_mentions.Line`` around a role mention.

The word-level reading of links and former roles is ``board_statements``'; this reads, with the
Line's words and tokens, the name a mention stands for when it is not written right beside the
role: the name before an apposition ("Per Hansen, tidligere daglig leder, er nå styreleder"), a
pronoun's or an elided clause's subject, a second role for the name just read, the name that took
over, replaced or left, the chair a board was "ledet av"; and whether the words after a mention
are a leaving of the board or the years of a past holder.
"""
from __future__ import annotations

from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.board_statements import LEAVING, REPLACING, SUCCESSOR_WORDS, leaving_before, link_before
from extractor.fields.people import NameMatch, leading_name, trailing_name
from extractor.nlp.role_spans import RoleSpan
from extractor.nlp.roles import is_title
from extractor.nlp.vocab import word_set

PRONOUNS = word_set("statement_words", "pronouns")
# "X gikk ut som styremedlem, men ble valgt inn som varamedlem": the subject left out after these.
ELIDED_SUBJECT = word_set("statement_words", "elided_subject")


def apposition_name(line: Line, span: RoleSpan, prev: RoleSpan | None, consumed_to: int,
                    stop: frozenset[str]) -> NameMatch | None:
    """'Per Hansen' in "Per Hansen, tidligere daglig leder, er nå styreleder": the name before
    an apposition that holds the previous role, then a link to this one."""
    if prev is None:
        return None
    link = link_before(line.words, span.start, prev.end)
    if link == span.start or any(line.words[prev.end:link]):
        return None
    comma = prev.start
    while comma > consumed_to and line.tokens[comma - 1].text != ",":
        comma -= 1
        if prev.start - comma > 3:
            return None
    if comma <= consumed_to:
        return None
    found = trailing_name(line.words[consumed_to:comma - 1], comma - 1 - consumed_to, stop)
    return None if found is None else NameMatch(found.name, found.start + consumed_to, found.end + consumed_to,
                                                found.first_name)


def again_name(line: Line, span: RoleSpan, last: NameMatch | None) -> NameMatch | None:
    """The name just read, for a second role linked to it ("Nestleder Anne Sand ble valgt til
    ny leder": board.py keeps the new one) or in parentheses after it ("Sekretær: Guro Fossli
    (daglig leder)")."""
    if last is None or last.end >= span.start:
        return None
    if not any(line.words[last.end:span.start]) and line.tokens[span.start - 1].text.endswith("("):
        return last
    link = link_before(line.words, span.start, last.end)
    return last if link < span.start and not any(line.words[last.end:link]) else None


def coordinated_name(line: Line, span: RoleSpan, prev: RoleSpan | None, last: NameMatch | None) -> NameMatch | None:
    """'Trond Vang' in "Trond Vang var vara i fjor, og går inn som fast medlem i år": the subject of
    a clause joined by "og" to the one that named it with the role before, no name between."""
    if last is None or prev is None or last.end > prev.start:
        return None
    link = link_before(line.words, span.start, prev.end)
    between = [w for w in line.words[prev.end:link] if w]
    if link == span.start or not between or between[-1].casefold() != "og" \
            or any(w in SENTENCE_END or w[:1].isupper() for w in between):
        return None
    return last


_ELIDED_LINK_ENDS = frozenset({"til", "som"})


def elided_link_name(line: Line, span: RoleSpan, prev: RoleSpan | None, last: NameMatch | None,
                     stop: frozenset[str]) -> NameMatch | None:
    """'Jarle Danielsen' in "Gunder Johansen ble valgt til leder og Jarle Danielsen til kasserer":
    a second subject after "og" whose link is left out but for its last word, the one the first
    clause's link ends on ("valgt til", "vald som")."""
    words = line.words
    if prev is None or last is None or last.end > prev.start or not span.start or not prev.start:
        return None
    end = words[span.start - 1].casefold()
    if end not in _ELIDED_LINK_ENDS or words[prev.start - 1].casefold() != end \
            or link_before(words, prev.start, last.end) == prev.start:
        return None
    if prev.end >= len(words) or words[prev.end].casefold() != "og":
        return None
    found = leading_name(words, prev.end + 1, stop)
    return found if found is not None and found.end == span.start - 1 else None


def successor_name(line: Line, end: int, stop: frozenset[str]) -> NameMatch | None:
    """The name that took over a role held until a date: "Daglig leder har vært Kari Dahl fram
    til august, deretter Ola Lie" -> Ola Lie (within the sentence, after ``end``)."""
    words = [w.casefold() for w in line.words]
    for k in range(end, len(words)):
        if words[k] in SENTENCE_END:
            return None
        n = next((len(p) for p in SUCCESSOR_WORDS if tuple(words[k:k + len(p)]) == p), 0)
        if n:
            found = leading_name(line.words, k + n, stop)
            return found if found and found.first_name != "unknown" else None
    return None


def replacer_name(line: Line, lo: int, floor: int, stop: frozenset[str]) -> NameMatch | None:
    """'Aud Lie' in "Aud Lie erstatter Unni Dahl som varamedlem" (the mention of Unni Dahl at
    ``lo``): the name just before a replacing verb holds the role the name after it gave up."""
    k = lo
    while k > floor and not line.words[k - 1]:
        k -= 1
    if k - 1 <= floor or line.words[k - 1].casefold() not in REPLACING:
        return None
    found = trailing_name(line.words[floor:k - 1], k - 1 - floor, stop)
    if found is None or found.first_name == "unknown":
        return None
    return NameMatch(found.name, found.start + floor, found.end + floor, found.first_name)


def pronoun_subject(line: Line, span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    """The name a pronoun before the role stands for: "Kari Nordmann var styreleder fram til
    august, da hun ble ansatt som daglig leder" -> Kari Nordmann (the sentence's first name)."""
    link = link_before(line.words, span.start, floor)
    if link == span.start or link <= floor or line.words[link - 1].casefold() not in PRONOUNS | ELIDED_SUBJECT:
        return None
    start = max((k + 1 for k in range(link) if line.words[k] in SENTENCE_END), default=0)
    for k in range(start, link):
        found = leading_name(line.words[:link], k, stop)
        if found is not None and found.first_name != "unknown":
            return found
    return None


def leaving_name(line: Line, span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    """'Kari Nordmann' in "Kari Nordmann gikk ut av styret i mai", and with the verb first (a
    clause after a time or place: "I juni gikk Kari Nordmann ut av styret")."""
    at = leaving_before(line.words, span.start)
    inverted = at is None
    if inverted:
        at = _inverted_leaving(line.words, span.start)
    if at is None or at <= floor:
        return None
    found = trailing_name(line.words[floor:at], at - floor, stop)
    if found is None or inverted and not (found.start > 0 and line.words[floor + found.start - 1].casefold()
                                          in _LEAVING_VERBS):
        return None
    return NameMatch(found.name, found.start + floor, found.end + floor, found.first_name)


_LEAVING_VERBS = frozenset(phrase[0] for phrase in LEAVING if len(phrase) > 1)


def _inverted_leaving(clean: list[str], body_start: int) -> int | None:
    """Index of the particle ("ut av") ending just before the board word, after a name the
    leaving verb comes before ("gikk | Kari Nordmann | ut av | styret"), or None."""
    words = [c.casefold() for c in clean[:body_start]]
    for phrase in LEAVING:
        tail = phrase[1:]
        if tail and tuple(words[-len(tail):]) == tail:
            return body_start - len(tail)
    return None


_LED = word_set("statement_words", "led")
_LED_AUX = word_set("statement_words", "led_aux")


_OWN = frozenset({"eget", "eige", "egne", "eigne", "sitt", "sine"})  # "en forening med eget styre": another body's


def led_by_name(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    """'Kari Nordmann' in "Styret har i 2023 vært ledet av Kari Nordmann" (the chair); none for
    another body's own board ("en egen forening med eget styre ledet av X")."""
    if span.start and line.words[span.start - 1].casefold() in _OWN:
        return None
    k = span.end
    while k < limit and k - span.end < 6 and (not line.words[k] and line.words[k] not in SENTENCE_END
                                              or line.words[k].casefold() in _LED_AUX or line.words[k].isdigit()):
        k += 1
    if k + 1 >= limit or line.words[k].casefold() not in _LED or line.words[k + 1].casefold() != "av":
        return None
    k += 2
    while k < limit and line.words[k] and is_title(line.words[k]):
        k += 1
    found = leading_name(line.words[:limit], k, stop)
    return found if found is not None and found.first_name != "unknown" else None


def leaves_board(line: Line, spans: list[RoleSpan], hi: int) -> bool:
    """Whether the leaving words after a mention are about the board itself ("Leder Per Lie
    gikk ut av styret"), not only the role ("styreleder fram til juni")."""
    for span in spans:
        if span.start < hi or any(w in SENTENCE_END for w in line.words[hi:span.start]):
            continue
        return span.role.code == "BOARD" and leaving_before(line.words, span.start) is not None
    return False


def historical(line: Line, end: int) -> bool:
    """A name followed by the years it served ("Lars Bakke (1951-1960)"): a list of the past."""
    nxt = [t.text for t in line.tokens[end:end + 3]]
    return len(nxt) >= 2 and nxt[0] == "(" and nxt[1][:4].isdigit() and len(nxt[1]) >= 4
