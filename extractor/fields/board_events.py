"""Board changes told as events on one line (see ``board_mentions.Line``): names paired in order
with the roles after "henholdsvis", the new holder of a label's role whose holder left ("Nestleder:
X takket for seg. Y går inn."), an office handed on ("Han gir vervet videre til Y"). ``board_lines``
adds what these find to a line's mentions; who left is cancelled in ``board.py``.
"""
from __future__ import annotations

from extractor.fields.board_mentions import SENTENCE_END, Line, Mention
from extractor.fields.board_names import explicit
from extractor.fields.board_statements import link_before
from extractor.fields.people import NameMatch, leading_name, trailing_name
from extractor.nlp.role_spans import RoleSpan
from extractor.nlp.vocab import phrases, word_set

TAKES_OVER = phrases("event_words", "takes_over")


def label_taker(line: Line, spans: list[RoleSpan], out: list[Mention], stop: frozenset[str]) -> NameMatch | None:
    """'Mari Lund' in "Nestleder: Anne Vik takket for seg. Mari Lund går inn.": under a role label
    whose holder left, a later sentence of one name and "går inn" takes the label's role."""
    if not spans or spans[0].role.kind != "ROLE" or not explicit(line, spans[0])[0] or len(spans) > 1 \
            or not any(m.left and m.code == spans[0].role.code for m in out):
        return None
    for k in range(spans[0].end, len(line.words) - 2):
        if line.words[k] not in SENTENCE_END:
            continue
        name = leading_name(line.words, k + 1, stop)
        if name is None or name.first_name == "unknown":
            continue
        rest = tuple(w.casefold() for w in line.words[name.end:name.end + 2])
        if any(rest[:len(t)] == t for t in TAKES_OVER):
            return name
    return None


HANDS_OVER = word_set("event_words", "hands_over")


def handed_to(line: Line, out: list[Mention], stop: frozenset[str]) -> tuple[Mention, NameMatch] | None:
    """(the holder's mention, the new holder) in "Arvid Holt har vært styreleder siden 2017. Han gir
    vervet videre til Lene Dahl": the office of the sentence before, handed on; None otherwise."""
    words = [w.casefold() for w in line.words]
    for k, w in enumerate(words):
        if w not in HANDS_OVER or not words[k + 1:k + 2] or not words[k + 1].endswith("vervet"):
            continue
        # the office's holder: the last statement of a role in the sentence before the verb
        start = max((i for i in range(k) if line.words[i] in SENTENCE_END), default=-1)
        before = " ".join(line.words[:start + 1])
        giver = next((m for m in reversed(out) if m.role is not None and m.stated and not m.left
                      and m.name.split()[0] in before), None)
        j = k + 2 + (words[k + 2:k + 3] == ["videre"])
        if giver is not None and words[j:j + 1] == ["til"] and (name := leading_name(line.words, j + 1, stop)) \
                and name.first_name != "unknown" and name.name != giver.name:
            return giver, name
    return None


RESPECTIVELY = word_set("event_words", "respectively")


def respectively(line: Line, spans: list[RoleSpan], n: int, floor: int, stop: frozenset[str]
                 ) -> list[tuple[NameMatch, RoleSpan]] | None:
    """Names paired in order with the roles after "henholdsvis" ("Hilde Rønning og Geir Aas ble
    valgt inn som henholdsvis leder og nestleder"); None unless as many names as roles stand there."""
    k = spans[n].start
    while k > floor and not line.words[k - 1]:
        k -= 1
    if k <= floor or line.words[k - 1].casefold().rstrip(".") not in RESPECTIVELY:
        return None
    roles = [spans[n]]
    for span in spans[n + 1:]:
        between = [w.casefold() for w in line.words[roles[-1].end:span.start] if w]
        if between not in ([], ["og"], ["and"]) or span.role.kind != "ROLE":
            break
        roles.append(span)
    end = link_before(line.words, k - 1, floor)
    last = trailing_name(line.words[floor:end], end - floor, stop) if end != k - 1 else None
    if last is None:
        return None
    names = [NameMatch(last.name, last.start + floor, last.end + floor, last.first_name)]
    while names[0].start - 1 > floor and (line.tokens[names[0].start - 1].text == ","
                                          or line.words[names[0].start - 1].casefold() in ("og", "&")):
        end = names[0].start - 1
        name = trailing_name(line.words[floor:end], end - floor, stop)
        if name is None or name.first_name == "unknown":
            break
        names.insert(0, NameMatch(name.name, name.start + floor, name.end + floor, name.first_name))
    names = names[-len(roles):]  # "Det gamle styret ved A og B ble takket av, og C og D ble valgt ..."
    return list(zip(names, roles)) if len(names) == len(roles) > 1 else None
