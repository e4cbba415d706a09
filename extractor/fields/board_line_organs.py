"""Whose a role on a line is: the organ it is a role in ("leder i valgkomiteen", "Valgkomiteens
leder", an organ opening the line), and the organisation owning it (a genitive before it, an
organisation or employer after it, the sentence's subject).
"""
from __future__ import annotations

from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.board_names import ELECTED, FROM_WORDS
from extractor.fields.board_owners import (OWNER_LINKS, employer_after, genitive_before, opening_org, org_after,
                                          relative_org, represented_by, subject_org)
from extractor.nlp.role_spans import CHAIRS, RoleSpan
from extractor.nlp.vocab import scope_words

# "Styret fram til årsmøtet 2024: Leder ...", "etter årsmøtet: ...": a meeting named as a time scopes nothing.
_TIME_LINKS = FROM_WORDS | {"til", "etter", "før", "ved"}
_PASSIVE_BY = frozenset({"av", "blant"})  # "valgt av", "valt blant": chosen by others, not choosing


def body_of(line: Line, spans: list[RoleSpan], n: int) -> RoleSpan | None:
    """The organ role ``n`` is a role in: named right after it ("leder i valgkomiteen") or
    before it in its sentence ("Valgkomiteens leder ...", "Valgkomité: Kari Dahl (leder)"); a
    meeting is never the organ of a chair the board's title names ("Årsmøtet ... ble ledet av
    styreleder X": the board's chair led it), nor an organ said to elect to a seat the board's
    title names ("På møte i bedriftsforsamlingen ble X valgt som styreleder")."""
    body = _organ_of(line, spans, n)
    titled = not spans[n].role.generic \
        and any(w.casefold().startswith("styre") for w in line.words[spans[n].start:spans[n].end])
    if body is not None and titled and spans[n].role.code in CHAIRS \
            and " ".join(line.words[body.start:body.end]).casefold() in scope_words()["meetings"]:
        return None
    if body is not None and titled and body.role.code == "OTHER" and body.end <= spans[n].start \
            and {w.casefold() for w in line.words[body.end:spans[n].start]} & _ADOPTED:
        return None  # "I bedriftsforsamlingen ble X valgt som styreleder": the organ elected our board's
    return body


_ADOPTED = frozenset(scope_words()["adopted_words"])


def _organ_of(line: Line, spans: list[RoleSpan], n: int) -> RoleSpan | None:
    nxt = spans[n + 1] if n + 1 < len(spans) else None
    if nxt is not None and nxt.role.kind == "BODY" and nxt.start == spans[n].end + 1 \
            and line.words[spans[n].end].casefold() in OWNER_LINKS:
        return nxt
    for prev in reversed(spans[:n]):
        if any(w in SENTENCE_END for w in (t.text for t in line.tokens[prev.end:spans[n].start])):
            break
        if prev.role.kind == "BODY":
            words = [w.casefold() for w in line.words[prev.end:spans[n].start]]
            # "Valgkomiteen valde X som leiar" elects the board's; "Representantskapet, valt av
            # eigarane, med X som leiar" has its own
            elects = any(w in ELECTED and (k + 1 == len(words) or words[k + 1] not in _PASSIVE_BY)
                         for k, w in enumerate(words))
            as_time = prev.start > 0 and line.words[prev.start - 1].casefold() in _TIME_LINKS
            return None if (elects or as_time) and prev.role.code == "OTHER" else prev
    first = spans[0]
    # "Valgkomiteen har bestått av ... . Leder er ...": an organ opening the line scopes all of it;
    # a meeting that elected ("Årsmøtet valgte X som leder. Y fortsetter i styret.") scopes nothing,
    # nor one that has no such officers ("Årsmøtet ble holdt 20. februar. Leder X fortsetter ...").
    if first.role.kind == "BODY" and first.role.code in ("OTHER", "STAFF") and not any(line.words[:first.start]) \
            and not {w.casefold() for w in line.words[first.end:first.end + 3]} & ELECTED \
            and not (line.words[first.start].casefold() in scope_words()["meetings"]
                     and any(w in SENTENCE_END for w in line.words[first.end:spans[n].start])):
        return first
    return None


def name_owner(line: Line, spans: list[RoleSpan], n: int, consumed_to: int, names=()) -> str | None:
    span = spans[n]
    body = body_of(line, spans, n)
    # "Kari Voss Styreleder": the surname before the role is the name read, not a genitive ("ASVLs")
    named = any(name.start < span.start <= name.end for name in names)
    speaks_for = span.role.code == "OBS" and span.end < len(line.words) \
        and line.words[span.end].casefold() in scope_words()["observer_origin_links"]  # "observatør for brukerrådet"
    owner = (genitive_before(line, span) if span.start > consumed_to and not named else None) \
        or (None if speaks_for else org_after(line, span.end)) or employer_after(line, span)
    if owner is None and body is not None:
        owner = org_after(line, body.end) or (genitive_before(line, body) if body.start >= consumed_to else None)
    return owner or subject_org(line, span) or opening_org(line, span) or relative_org(line, span) \
        or represented_by(line, span)


PARENT_LINKS = frozenset({"i", "fra", "frå", "hos"})


def parent_after_name(line: Line, end: int) -> str | None:
    """ "generalsekretær X i forbundet", "X hilste fra forbundet": the national body named right
    after a title's holder (one verb between at most), whose officer that makes the holder; a
    branch's report names its federation's by title (``parent_bodies``); "havnesjef X i kommunen":
    the kommune's officer (``municipal_bodies``)."""
    words = [w.casefold() for w in line.words[end:end + 3]]
    parents = scope_words()["parent_bodies"] + scope_words()["municipal_bodies"]  # "havnesjef X i kommunen"
    for k in (0, 1):
        if k + 1 < len(words) and words[k] in PARENT_LINKS and words[k + 1] in parents \
                and not any(t.text in SENTENCE_END for t in line.tokens[end:end + k + 1]):
            return line.words[end + k + 1]
    return None

