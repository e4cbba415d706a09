"""Pairing the roles and names of one line (see ``board_mentions.Line``): "Styreleder: Kari
Nordmann", "Kari Nordmann, styreleder", "Kari Nordmann (styreleder)", "Styreleder .......
Kari Nordmann", "Daglig leder er Kari Nordmann", "Varamedlemmer: Ola Hansen, Kari Dahl og Per
Lund", "Per Hansen, tidligere daglig leder, er nå styreleder", roles and names run together
("Kari Nordmann Ola Hansen styreleder nestleder"), "Styret: ..." and "Valgkomité: ..." lists,
and a role someone left ("styreleder fram til juni", "gikk ut av styret").
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.fields.board_mentions import SENTENCE_END, Line, Mention
from extractor.fields.board_statements import (LATTER, LEFT_AS, LINK_WORDS, NEW_WORDS, ORG_NOUNS, OTHER_COMPANY_NOUNS, TITLES,
                                              again_name, apposition_name, historical, is_former, leaves_board,
                                              led_by_name, leaving_name, link_after, link_before, opens_until,
                                              other_body_noun, pronoun_subject, successor_name)
from extractor.fields.people import NameMatch, first_name_evidence, leading_name, split_names, trailing_name
from extractor.nlp.role_spans import BOARD_CODES, CHAIRS, Role, RoleSpan
from extractor.parse import MONTHS

ROLE_LINE_SHARE = 0.6  # a role and name filling most of a line are a listing, else running text
# "Årsmøtet valgte dette styret: Leder ...", "Vala på årsmøtet gav dette resultatet: Leiar ...": the
# meeting elected the names that follow, they are no officers of the meeting.
_ELECTED = frozenset({"valgte", "valde", "valte", "gjenvalgte", "attvalde", "resultat", "resultatet"})
LED_BY = Role("ROLE", "LEDE")  # "Styret har vært ledet av Kari Nordmann"
JUNK_SKIP = 3  # OCR debris ("|", "»", a stray letter) skipped between a role word and its name
_OWNER_LINKS = frozenset({"i", "av", "for", "hos", "ved", "til"})
LABEL_REST_WORDS = 4  # lower-case words between a role label and its colon
REMARK_TOKENS = 5  # words in a parenthesised remark after a listed name
_ORDINAL = re.compile(r"\d{1,2}[.)]")
TERM_CLAUSE_WORDS = 6  # "gjenvalgt for en ny periode på to år"
_CLAUSE_AUX = frozenset({"ble", "blei", "vart", "er", "var", "har"})
_TERM_WORDS = frozenset({"valgt", "gjenvalgt", "vald", "valt", "attvald", "attvalt", "gjenvald", "for", "på", "ett", "eitt",
                         "en", "ein", "ny", "to", "tre", "fire", "1", "2", "3", "4", "år", "periode", "perioden", "nytt",
                         "ytterligere", "ytterlegare"})
_TERM_REMARK = _TERM_WORDS | {"ikke", "ikkje", "på", "valg", "val", "til", "gjenvalg", "attval", "nyvalg", "nyval"}
_YEAR = re.compile(r"\d{4}")
_YEARS = re.compile(r"\d{1,4}(?:[–-]\d{2,4})?")  # "2023", "2023–2024", "2" in a term remark
# The report's own organisation by a bare noun (not "kommunen", "forbundet": an owner, a federation).
_OWN_NOUNS = frozenset({"bedriften", "bedrifta", "selskapet", "stiftelsen", "stiftinga", "foretaket", "føretaket",
                        "virksomheten", "verksemda", "foreningen", "foreninga", "laget", "klubben"})
_FROM_WORDS = frozenset({"fra", "frå", "fom", "f.o.m.", "f.o.m", "sidan", "siden"})
# "Styret fram til årsmøtet 2024: Leder ...", "etter årsmøtet: ...": a meeting named as a time scopes nothing.
_TIME_LINKS = _FROM_WORDS | {"til", "etter", "før", "ved"}
_DATE_WORD = re.compile(rf"\d{{1,2}}\.?|\d{{4}}|og|med|{'|'.join(MONTHS)}")
_PLACE_LINKS = frozenset({"hos", "hjå", "ved", "fra", "frå"})  # before a role word that names where, not who


# --- pairing a role span with a name on one line ----------------------------------------------

def _owner_noun(line: Line, i: int, limit: int) -> bool:
    """"i stiftelsen", "i perioden" after a role: words, not debris (a named company after "i" stays
    unread: "Styreleder i Nordby Holding AS er ..." is another board's)."""
    nxt = line.words[i + 1] if i + 1 < limit else ""
    return line.words[i] in _OWNER_LINKS and nxt[:1].islower()


def _skip_junk(line: Line, i: int, limit: int) -> int:
    """Past punctuation (":", dot leaders, "|") and up to JUNK_SKIP stray letters after a role."""
    stray, start = 0, i
    while i < limit:
        word = line.words[i]
        if word in SENTENCE_END and i == start:
            break  # "... nestleder. Tone Berg ...": a name after the role's full stop starts the next sentence
        if not word:
            i += 1
        elif len(word) == 1 and not word.isupper() and stray < JUNK_SKIP and not _owner_noun(line, i, limit):
            i, stray = i + 1, stray + 1
        else:
            break
    return i


def _skip_titles(words: list[str], i: int, limit: int) -> int:
    """Past an occupation before a name: "advokat Kari Nordmann", "dr. Ola Hansen"."""
    while i < limit and words[i].casefold().rstrip(".") in TITLES:
        i += 1
        while i < limit and not words[i]:
            i += 1
    return i


def _past_date(line: Line, i: int, limit: int) -> int:
    """Past "fra 1. mars 2023", "frå mars" to the link after it ("Daglig leder fra 1. mars er Liv
    Dahl"); ``i`` when the words after "fra" are no date or no link follows them."""
    if i >= limit or line.words[i].casefold() not in _FROM_WORDS:
        return i
    k = i + 1
    while k < limit and k <= i + 5 and _DATE_WORD.fullmatch(line.words[k].casefold()):
        k += 1
    return k if k > i + 1 and link_after(line.words, k, limit) != k else i


def _past_complement(line: Line, i: int, limit: int) -> int:
    """Past "for Nordby arbeidssenter" to the link after it ("Virksomhetsleder for Nordby
    arbeidssenter er Marte Sand"); ``i`` when no link follows within a few words."""
    i = _past_date(line, i, limit)
    if i >= limit or line.words[i].casefold() not in _OWNER_LINKS:
        return i
    if i + 2 < limit and line.words[i + 1].casefold() in _OWN_NOUNS and line.tokens[i + 2].text == ",":
        return i + 3  # "Daglig leder i stiftelsen, Kari Moen, ...": our own, then the name in apposition
    for k in range(i + 1, min(limit, i + 6)):
        if link_after(line.words, k, limit) != k:
            return k
    return i


def _label_at(line: Line, start: int, limit: int) -> int:
    """``limit``, or the index of a word before it that a colon follows: "Generalsekretær: Kari
    Dahl Rådgiver: Ola Moe" (lines a Word line break ran together) ends the name at "Rådgiver"
    (when what is left is still a name: OCR debris may put a colon after one)."""
    return next((k for k in range(start + 1, limit - 1) if line.words[k] and line.tokens[k + 1].text == ":"), limit)


def _forward(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    after = _past_complement(line, _past_label_rest(line, _skip_junk(line, span.end, limit), limit), limit)
    start = _past_ordinal(line, link_after(line.words, after, limit), limit)
    if start != after and span.start and line.words[span.start - 1].casefold() in _PLACE_LINKS:
        return None  # "Kontaktperson hos forretningsføreren er Kari Dahl": the role names a place
    start = _skip_titles(line.words, start, limit)
    return leading_name(line.words[:_label_at(line, start, limit)], start, stop) \
        or leading_name(line.words[:limit], start, stop)


_AFFILIATION_ENDS = frozenset({"kommune", "fylkeskommune", "herad", "fylke"})
AFFILIATION_WORDS = 4


def _past_affiliation(line: Line, floor: int, end: int) -> int:
    """Before ", Nordby kommune" between a name and its parenthesised seat ("Kari Solli, Nordby
    kommune (observatør)": the owner the person comes from); ``end`` otherwise. A company there
    ("Per Lund, Fjordby Vekst AS (styremedlem)") may be where the role is held, so is not passed."""
    words = line.words
    if end - 1 <= floor or words[end - 1] not in _AFFILIATION_ENDS:
        return end
    k = end - 1
    while k > floor and words[k - 1][:1].isupper() and end - k < AFFILIATION_WORDS:
        k -= 1
    if k - 1 > floor and not words[k - 1] and line.tokens[k - 1].text == "," and words[k][:1].isupper():
        return k - 1
    return end


def _backward(line: Line, span: RoleSpan, floor: int, stop: frozenset[str]) -> NameMatch | None:
    end = span.start
    while end > floor and not line.words[end - 1]:
        end -= 1  # the comma, dash or dot leader between "Kari Nordmann" and "styreleder"
    if span.start and line.tokens[span.start - 1].text == "(" and span.role.code in ("OBS", "MEDL", "VARA"):
        end = _past_affiliation(line, floor, end)
    linked = link_before(line.words, end, floor)
    end = _elected_to(line, floor, _past_term_clause(line, floor, linked) if linked != end else linked)
    found = trailing_name(line.words[floor:end], end - floor, stop)
    if found is None:
        return None
    return NameMatch(found.name, found.start + floor, found.end + floor, found.first_name)


def _past_term(line: Line, i: int, limit: int) -> int:
    """Past a term remark after a listed name, to the end of the line or the next role: "Leder: Ola
    Lie, gjenvalgt for 2 år", nn "(ikkje på val)", "ny, valgt til 2025" are part of the listing;
    ``i`` when other words follow."""
    k, words = i, 0
    while k < limit and (not line.words[k] or line.words[k].casefold() in _TERM_REMARK or _YEAR.fullmatch(line.words[k])):
        words += bool(line.words[k])
        k += 1
    return k if words and (k == limit or k == len(line.words)) else i


def is_term_remark(words: list[str]) -> bool:
    """Words of an election remark only: "attval 2023–2024", "ikkje på val", "ny"."""
    words = [w for w in words if w]
    return bool(words) and all(w.casefold() in _TERM_REMARK or _YEARS.fullmatch(w) for w in words)


def past_home_place(line: Line, i: int) -> int:
    """Past ", <Place>" and a term remark ending the line after a listed name (nn "Ola Lien,
    Austbygd, attval": where the member lives); ``i`` when other words follow. A place is one
    capitalised word that is no known first name (", Kari Dahl" starts the next name)."""
    k = i
    while k < len(line.words) and not line.words[k]:
        k += 1
    word = line.words[k] if k < len(line.words) else ""
    if k == i or not word[:1].isupper() or first_name_evidence(word) == "known":
        return i
    end = _past_term(line, k + 1, len(line.words))
    return end if end == len(line.words) or k + 1 == len(line.words) else i


def _past_term_clause(line: Line, floor: int, end: int) -> int:
    """Before "ble gjenvalgt for to år og" ending at ``end``: "Per Lie ble gjenvalgt for to år og
    fortsetter som sekretær" (the name, an election and its term, then the link); ``end`` otherwise."""
    if end - 1 <= floor or line.words[end - 1].casefold() != "og":
        return end
    for k in range(end - 2, max(floor, end - 2 - TERM_CLAUSE_WORDS) - 1, -1):
        word = line.words[k].casefold()
        if word in _CLAUSE_AUX:
            return k if k + 1 < end - 1 else end
        if word not in _TERM_WORDS:
            return end
    return end


def _elected_to(line: Line, floor: int, end: int) -> int:
    """Before "til (ny)" after a name an election verb precedes: "Representantskapet valgte i mai
    Per Lund til ny styreleder" (the role the meeting elected the name to); ``end`` otherwise."""
    k = end
    while k > floor and line.words[k - 1].casefold() in ("ny", "nye", "nytt"):
        k -= 1
    if k > floor and line.words[k - 1].casefold() == "til" and \
            any(w.casefold() in _ELECTED for w in line.words[floor:k - 1]):
        return k - 1
    return end


def _deputy_target(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> NameMatch | None:
    """'Kari Nordmann' in "varamedlem for Kari Nordmann"."""
    if span.role.code != "VARA" or span.end + 1 >= limit or line.words[span.end].casefold() not in ("for", "til"):
        return None
    found = leading_name(line.words[:limit], span.end + 1, stop)
    return found if found and found.first_name != "unknown" else None


def _genitive_before(line: Line, span: RoleSpan) -> str | None:
    """'ASVLs' in "ASVLs styreleder Victor Norman" (not "Bedriftens", "Stiftelsens": our own)."""
    if span.start == 0:
        return None
    word = line.words[span.start - 1]
    own = word.casefold().removesuffix("s") in _OWN_NOUNS  # "Bedriftens disponent": ours
    if len(word) >= 3 and word[0].isupper() and (word.endswith("s") or word.endswith("'s")) \
            and not word.casefold().startswith("styre") and not own:
        return word
    return None


def org_after(line: Line, end: int) -> str | None:
    """'ASVL' in "styreleder i ASVL", 'Jobbhuset' in "daglig leder i Jobbhuset", 'Fjordvik' in
    "styret i datterselskapet Fjordvik AS": a capitalised word after i/av/for/hos (and a noun
    such as "datterselskapet") that does not start a person's name. After a noun that always
    means another company the noun is kept ("datterselskapet Fjordvik"): never our own name."""
    while end < len(line.words) and line.tokens[end].text in (")", "»", "\""):
        end += 1  # "(daglig leder) i Nabobyen Vekst AS"
    if end + 1 >= len(line.words) or line.words[end].casefold() not in _OWNER_LINKS:
        return None
    noun = line.words[end + 1].casefold()
    if noun in ORG_NOUNS and end + 2 < len(line.words):
        end += 1
    word = line.words[end + 1]
    if other_body_noun(word):
        return word  # "styret for bransjeforeininga sitt regionlag"
    if not word or not word[0].isupper():
        return None
    person = leading_name(line.words, end + 1)
    if person is not None and person.first_name != "unknown":
        return None
    return f"{noun} {word}" if noun in OTHER_COMPANY_NOUNS else word


def plural_role(line: Line, span: RoleSpan) -> bool:
    """"Styremedlemmer", "Varamedlemer", "Varafolk": a plural role heads a list of names."""
    word = line.words[span.end - 1].casefold()
    return span.role.code in ("MEDL", "VARA", "OBS") and word.endswith(("er", "ar", "ene", "ane", "enn", "folk"))


def _listed_after(line: Line, found: NameMatch, limit: int, stop: frozenset[str], run_on: bool = False
                  ) -> list[NameMatch]:
    """More names after the first, for one role: "Varamedlemmer: Ola Hansen, Kari Dahl og Per Lund";
    ``run_on``: also names with nothing between ("Varamedlemmer: Ola Hansen Kari Dahl", a list
    under a plural label that a layout ran into one line)."""
    more: list[NameMatch] = []
    last = found
    while last.end < limit:
        nxt = remark_end(line, footnote_end(line, last.end), limit)
        if nxt >= limit:
            break
        if line.words[nxt].casefold() in ("og", "&") or line.tokens[nxt].text in (",", "/"):
            nxt += 1
        elif not (run_on and line.words[nxt]):
            break
        if nxt < limit and line.words[nxt].casefold() in ("og", "&"):
            nxt += 1  # "Ola Hansen, og Kari Dahl"
        nxt = _past_ordinal(line, nxt, limit)
        name = leading_name(line.words[:limit], _skip_titles(line.words, nxt, limit), stop)
        if name is None or name.first_name == "unknown":
            break
        if name.end < limit and all(not w or w.casefold() in LINK_WORDS for w in line.words[name.end:limit]):
            break  # "..., og Ola Hansen er nestleder": that name goes with the next role
        after = footnote_end(line, name.end)
        while after < limit and not line.words[after]:
            after += 1
        if after == limit < len(line.words) and not _qualifier_at(line, limit) and not _heads_list(line, limit):
            break  # "..., Ola Hansen, styremedlem": that name belongs to the next role
        more.append(name)
        last = name
    return more


def _listed_before(line: Line, found: NameMatch, floor: int, span: RoleSpan, stop: frozenset[str]) -> list[NameMatch]:
    """More names before the first, for a role stated after them: "Randi Bakke og Terje Dahl er
    styremedlemmer", "Geir Rønning og Turid Hagen er vara", "A og B var ikkje på val"."""
    between = [w.casefold() for w in line.words[found.end:span.start] if w]
    # a role phrase that opens with its verb ("... var ikkje på val", "... fortsetter i styret")
    predicate = span.end - span.start > 1 and line.words[span.start].casefold() in LINK_WORDS
    # nn "Gunnar Indre og Rune Slette, styremedlemer": names joined by "og" before a plural role
    joined = not between and plural_role(line, span) and found.start - 1 > floor \
        and line.words[found.start - 1].casefold() in ("og", "&")
    if not (between or predicate or joined) or not all(w in LINK_WORDS for w in between):
        return []
    more: list[NameMatch] = []
    first = found
    while first.start - 1 > floor:
        end = first.start - 1
        if not (line.tokens[end].text == "," or line.words[end].casefold() in ("og", "&")):
            break
        name = trailing_name(line.words[floor:end], end - floor, stop)
        if name is None or name.first_name == "unknown":
            break
        first = NameMatch(name.name, name.start + floor, name.end + floor, name.first_name)
        more.insert(0, first)
    return more


def footnote_end(line: Line, i: int) -> int:
    """Past a footnote marker "(2)" at ``i`` ("Ketil Ravn (2), Lene Bratli"), or ``i``."""
    toks = line.tokens
    if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 1].text.isdigit() and len(toks[i + 1].text) == 1 \
            and toks[i + 2].text.startswith(")"):
        return i + 3
    return i


def remark_end(line: Line, i: int, limit: int) -> int:
    """Past a short remark in parentheses with no role in it at ``i`` ("Reidun Aas (for Lars
    Grøtting), Terje Bolme ...", "Kjetil Orre (Sp), ..."), or ``i``."""
    toks = line.tokens
    if i >= limit or toks[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(limit, i + REMARK_TOKENS + 2)) if toks[k].text.startswith(")")), None)
    if close is None or any(i < s.start < close for s in line.roles):
        return i
    return close + 1


def _past_label_rest(line: Line, i: int, limit: int) -> int:
    """Past the rest of a label up to its colon: "Varamedlemmer i nummerert rekkefølge: ...",
    "Styremedlemmer valgt for to år: ..." (lower-case words only, a few of them)."""
    for k in range(i, min(limit, i + LABEL_REST_WORDS + 1)):
        if line.tokens[k].text == ":":
            return k + 1 if k > i else i
        if not line.words[k] or not (line.words[k].islower() or line.words[k].isdigit()):
            return i
    return i


def _past_ordinal(line: Line, i: int, limit: int) -> int:
    """Past the number of a numbered list item ("1. Øystein Rød, 2. Kari Vangen")."""
    return i + 1 if i < limit and _ORDINAL.fullmatch(line.tokens[i].text) else i


def _heads_list(line: Line, start: int) -> bool:
    """Whether the role span at ``start`` heads the names after it ("Varamedlemmer:")."""
    return any(s.start == start and _explicit(line, s)[0] for s in line.roles)


def _qualifier_at(line: Line, start: int) -> bool:
    """Whether the role span at ``start`` is an employee qualifier ("Randi Haugen (ansatte)")."""
    return any(s.start == start and s.role.kind == "EMPLOYEE_ELECTED" for s in line.roles)


def _body_of(line: Line, spans: list[RoleSpan], n: int) -> RoleSpan | None:
    """The organ role ``n`` is a role in: named right after it ("leder i valgkomiteen") or
    before it in its sentence ("Valgkomiteens leder ...", "Valgkomité: Kari Dahl (leder)")."""
    nxt = spans[n + 1] if n + 1 < len(spans) else None
    if nxt is not None and nxt.role.kind == "BODY" and nxt.start == spans[n].end + 1 \
            and line.words[spans[n].end].casefold() in _OWNER_LINKS:
        return nxt
    for prev in reversed(spans[:n]):
        if any(w in SENTENCE_END for w in (t.text for t in line.tokens[prev.end:spans[n].start])):
            break
        if prev.role.kind == "BODY":
            between = {w.casefold() for w in line.words[prev.end:spans[n].start]}
            as_time = prev.start > 0 and line.words[prev.start - 1].casefold() in _TIME_LINKS
            return None if (between & _ELECTED or as_time) and prev.role.code == "OTHER" else prev
    first = spans[0]
    # "Valgkomiteen har bestått av ... . Leder er ...": an organ opening the line scopes all of it;
    # a meeting that elected ("Årsmøtet valgte X som leder. Y fortsetter i styret.") scopes nothing.
    if first.role.kind == "BODY" and first.role.code in ("OTHER", "STAFF") and not any(line.words[:first.start]) \
            and not {w.casefold() for w in line.words[first.end:first.end + 3]} & _ELECTED:
        return first
    return None


def _name_owner(line: Line, spans: list[RoleSpan], n: int, consumed_to: int, names=()) -> str | None:
    span = spans[n]
    body = _body_of(line, spans, n)
    # "Kari Voss Styreleder": the surname before the role is the name read, not a genitive ("ASVLs")
    named = any(name.start < span.start <= name.end for name in names)
    owner = (_genitive_before(line, span) if span.start > consumed_to and not named else None) or org_after(line, span.end)
    if owner is None and body is not None:
        owner = org_after(line, body.end) or (_genitive_before(line, body) if body.start >= consumed_to else None)
    return owner


def _join_groups(line: Line) -> list[RoleSpan]:
    """The line's role spans, a group leader's two spans made one club function: "leder
    skigruppa", "Leiar i fotballgruppa:" is a member of the main board, never its chair."""
    out: list[RoleSpan] = []
    for span in line.roles:
        prev = out[-1] if out else None
        between = [w.casefold() for w in line.words[prev.end:span.start] if w] if prev else None
        if prev and span.role.code == "GROUP" and prev.role.code in ("LEDE", "NEST") and between in ([], ["i"], ["for"]):
            out[-1] = RoleSpan(prev.start, span.end, Role("FUNCTION", "MEDL"))
        elif prev and between in ([], ["og"], ["&"]) and _one_office(line, prev, span):
            # "Nestleder/sekretær:", "kom inn som styremedlem og nestleiar": one person, the chair's office
            chair = prev if prev.role.code in CHAIRS else span
            out[-1] = RoleSpan(prev.start, span.end, chair.role)
        elif prev and prev.role.code in BOARD_CODES and between[:1] == ["for"] \
                and _names_employees(line, prev, span):  # "Varamedlem for dei tilsette:"
            out[-1] = RoleSpan(prev.start, span.end, replace(prev.role, employee=True))
        else:
            out.append(span)
    return out


def _one_office(line: Line, first: RoleSpan, second: RoleSpan) -> bool:
    """Two singular role words for one person: a chair or deputy chair and a member's office
    (styremedlem, sekretær, kasserer), in either order; never a plural list label ("Styreleder og
    styremedlemmer: ...") or two chairs of a header row."""
    codes = {first.role.code, second.role.code}
    return len(codes & set(CHAIRS)) == 1 and "MEDL" in codes and not first.role.employee and not second.role.employee \
        and not plural_role(line, first) and not plural_role(line, second)


def _chair_heading_list(line: Line, spans: list[RoleSpan], n: int, names: list[NameMatch]) -> Role | None:
    """The chair's role for the first name of "Styreleder og styremedlemmer: A, B og C" (a singular
    chair and a plural member label joined by "og" over one list); None otherwise."""
    if not n or len(names) < 2 or names[0].start < spans[n].end:
        return None
    prev, span = spans[n - 1], spans[n]
    between = [w.casefold() for w in line.words[prev.end:span.start] if w]
    if between == ["og"] and prev.role.code in CHAIRS and plural_role(line, span) and not plural_role(line, prev):
        return prev.role
    return None


def _names_employees(line: Line, role: RoleSpan, span: RoleSpan) -> bool:
    """Whether the words after "for" up to the end of ``span`` name the employees as a
    constituency ("Varamedlem for dei tilsette", "for de ansatte")."""
    from extractor.fields.board_scope import scope_words

    text = " ".join(w.casefold() for w in line.words[role.end + 1:span.end] if w)
    return span.role.kind == "BODY" and text in scope_words()["elected_by_employees"]


def _role_of_body(line: Line, spans: list[RoleSpan], n: int) -> Role | None:
    """The role before the board in "Vara til styret: A og B", "Varamedlemmer i styret:": the names
    the board lists hold it (deputies, not members)."""
    prev = spans[n - 1] if n else None
    if prev is None or prev.role.kind != "ROLE" or prev.role.code not in BOARD_CODES \
            or spans[n].role.code != "BOARD":
        return None
    between = [w.casefold() for w in line.words[prev.end:spans[n].start] if w]
    return prev.role if between in (["i"], ["til"], ["for"], ["av"]) else None


def _explicit(line: Line, span: RoleSpan) -> tuple[bool, bool]:
    """(role then name: "Styreleder:", name then role: "(styreleder)")."""
    after = line.tokens[span.end].text if span.end < len(line.tokens) else ""
    before = line.tokens[span.start - 1].text if span.start else ""
    return ":" in after and not after[0].isalnum(), before.endswith("(")


def _pair(line: Line, span: RoleSpan, floor: int, limit: int, stop: frozenset[str],
          prev: RoleSpan | None = None, consumed_to: int = 0):
    """(name, deputy target) for one role span, or (None, None)."""
    explicit_forward, explicit_back = _explicit(line, span)
    before = line.tokens[span.start - 1].text if span.start else ""
    # "Kari Nordmann, styreleder" binds back; "..., nestleder Ola Hansen" in a list forward.
    soft_back = before.endswith(",") or before in {"-", "–", "—"} or set(before) == {"."}
    forward_first = explicit_forward or (not explicit_back and not soft_back
                                         and all(not w for w in line.words[floor:span.start]))
    order = (_forward, _backward) if forward_first else (_backward, _forward)
    deputy = _deputy_target(line, span, limit, stop)
    if deputy:  # "Per Lund, varamedlem for Kari Nordmann": the name after is not the deputy
        order = (_backward,)
    for step in order:
        found = step(line, span, limit, stop) if step is _forward else step(line, span, floor, stop)
        if found or explicit_forward or explicit_back:
            return found, deputy
    return apposition_name(line, span, prev, consumed_to, stop) or pronoun_subject(line, span, floor, stop), deputy


def _floor(line: Line, spans: list[RoleSpan], n: int, consumed_to: int) -> int:
    """Where the words that may belong to span ``n`` start: after the span before it, or before
    that when the span before is the board inside a link ("Per Lund sit i styret som
    tilsetterepresentant")."""
    prev = spans[n - 1] if n else None
    if prev is not None and prev.role.kind == "BODY" and prev.role.code == "BOARD":
        lower = max(consumed_to, spans[n - 2].end if n >= 2 else 0)
        if link_before(line.words, spans[n].start, lower) <= prev.start:
            return lower
    return max(consumed_to, prev.end if prev else 0)


def line_to_mentions(line: Line, reader: str, stop: frozenset[str] = frozenset(), listing=None) -> list[Mention]:
    """Every role-and-name pairing of a line; ``reader`` "line" becomes "prose" when the roles
    and names cover less than ROLE_LINE_SHARE of the line (a role word in running text)."""
    out, paired = _by_position(line, reader, listing)
    covered: set[int] = set(range(len(line.tokens))) if paired else set()
    consumed_to = 0  # names may not overlap
    spans = _join_groups(line) if not paired else line.roles
    last: NameMatch | None = None
    for n, span in enumerate(spans):
        if n in paired:
            consumed_to = max(consumed_to, span.end)
            continue
        limit = spans[n + 1].start if n + 1 < len(spans) else len(line.tokens)
        floor = _floor(line, spans, n, consumed_to)
        if span.role.kind == "BODY":
            if span.role.code == "BOARD" and (gone := leaving_name(line, span, floor, stop)):
                out.append(_left(line, None, gone, reader, listing))
                continue
            if span.role.code == "BOARD" and (chair := led_by_name(line, span, limit, stop)):
                out.append(Mention(chair.name, LED_BY, reader, line.unit, line.text, chair.first_name, listing,
                                   body="BOARD", stated=True))
                covered.update(range(span.start, chair.end))
                last = chair
                continue
            names = _body_list(line, span, limit, stop)
            role = _role_of_body(line, spans, n)
        elif _latter(line, span, out, last):
            continue
        else:
            found, deputy = _pair(line, span, floor, limit, stop, spans[n - 1] if n else None, consumed_to)
            found = found or again_name(line, span, last)
            if not found:
                continue
            names = [found]
            if found.start >= span.end and not deputy:
                run_on = plural_role(line, span) and _explicit(line, span)[0]
                names += _listed_after(line, found, limit, stop, run_on)
            elif found.end <= span.start:
                names = _listed_before(line, found, floor, span, stop) + names
            role = span.role
        if not names:
            continue
        lo, hi = min(names[0].start, span.start), max(names[-1].end, span.end)
        owner = _name_owner(line, spans, n, consumed_to, names) if role else org_after(line, span.end)
        if role is not None:  # names after "Styret:" stay free for the roles that follow them
            consumed_to = max(consumed_to, names[-1].end, span.end if names[0].start < span.start else 0)
        between = [w.casefold() for w in (line.words[span.end:names[0].start] if names[0].start >= span.end
                                           else line.words[names[-1].end:span.start]) if w]
        if role and opens_until(line.words, lo):
            covered.update(range(lo, hi))  # "Fram til årsmøtet besto styret av ...": the board before a change
            continue
        if role and (is_former(line.words, lo, hi) or tuple(between) in LEFT_AS):
            gone = None if leaves_board(line, spans, hi) else role
            out += [_left(line, gone, name, reader, listing) for name in names]
            if gone is not None and (after := successor_name(line, hi, stop)) is not None:
                out.append(Mention(after.name, role, reader, line.unit, line.text, after.first_name, listing,
                                   stated=True))  # "..., deretter Ola Lie": the next holder
                consumed_to = max(consumed_to, after.end)
            continue  # a former chair or daglig leder is not on the board now
        stated = bool(between) and all(w in LINK_WORDS or w.rstrip(".") in TITLES for w in between)
        covered.update(range(lo, _past_term(line, hi, limit)))
        body = _body_of(line, spans, n) if role and span.role.kind != "BODY" else span
        new = bool(set(between) & NEW_WORDS) and names[-1].end <= span.start
        if role is not None and role.code in BOARD_CODES and not role.employee \
                and employees_chose(line, names[0].start):
            role = replace(role, employee=True)
        head = _chair_heading_list(line, spans, n, names)
        for k, name in enumerate(names):
            out.append(Mention(name.name, head if head and not k else role, reader, line.unit, line.text, name.first_name, listing,
                               deputy_for=deputy.name if role and deputy else None, owner_org=owner,
                               body=body.role.code if body else None, stated=stated, new=new))
        last = names[-1]
    if reader == "line":
        kind = "line" if len({i for i in covered if line.words[i]}) >= ROLE_LINE_SHARE * line.word_count() else "prose"
        for m in out:
            m.reader = kind
    return out


def employees_chose(line: Line, start: int) -> bool:
    """Whether the sentence before token ``start`` has the employees as the subject of an
    election: "Dei tilsette har valt (X som styremedlem og) ...", "De ansatte valgte ..."."""
    from extractor.fields.board_scope import scope_words

    words = scope_words()
    before = [w.casefold() for w in line.words[:start]]
    if any(w in SENTENCE_END for w in before):
        before = before[len(before) - [w in SENTENCE_END for w in before][::-1].index(True):]
    text = " " + " ".join(w for w in before if w) + " "
    return any(f" {who} {verb} " in text for who in words["elected_by_employees"] for verb in words["employees_chose"])


def _latter(line: Line, span: RoleSpan, out: list[Mention], last: NameMatch | None) -> bool:
    """An employee qualifier that marks the last name read: "..., Per Lund og Anne Berg,
    sistnevnte valgt av de ansatte", "Styremedlem: Liv Lie (ansattvalgt)". True when it did."""
    before = [w.casefold() for w in line.words[:span.start] if w]
    if not out or span.role.kind != "EMPLOYEE_ELECTED" or not before:
        return False
    right_after = (last is not None and last.end <= span.start and not any(line.words[last.end:span.start])
                   and not _explicit(line, span)[0])  # "Ansattes representant: Ola Hansen" heads its own name
    if before[-1] not in LATTER and not right_after:
        return False
    marked = out[-1]
    marked.role = replace(marked.role, employee=True) if marked.role else span.role
    return True


def _by_position(line: Line, reader: str, listing) -> tuple[list[Mention], set[int]]:
    """Roles run together beside as many names run together, paired by position: a signature
    line flattened to "Kari Nordmann Ola Hansen styreleder nestleder", a caption row of roles
    over a row of names. (mentions, indexes of the role spans used)."""
    spans = line.roles
    runs: list[list[int]] = []
    for n, span in enumerate(spans):
        joined = runs and runs[-1] and all(not w or w.casefold() == "og"
                                           for w in line.words[spans[runs[-1][-1]].end:span.start])
        if span.role.kind in ("BODY", "EMPLOYEE_ELECTED"):
            runs.append([])
        elif joined and runs[-1]:
            runs[-1].append(n)
        else:
            runs.append([n])
    out: list[Mention] = []
    used: set[int] = set()
    for run in (r for r in runs if len(r) >= 2):
        first, last = spans[run[0]], spans[run[-1]]
        # Only names no other role can claim: from the line's start or the last run paired by
        # position ("A B C styreleder nestleder styremedlem D E styremedlem daglig leder"), or
        # up to the line's end.
        before = [s for s in spans[:run[0]] if s.role.kind != "BODY"]
        sides = [(before[-1].end if before else 0, first.start)] if not before or spans.index(before[-1]) in used else []
        if not any(s.start >= last.end for s in spans):
            sides.append((last.end, len(line.tokens)))
        for lo, hi in sides:
            names = split_names(" ".join(w for w in line.words[lo:hi] if w), len(run))
            if names:
                for name, n in zip(names, run):
                    out.append(Mention(name.name, spans[n].role, reader, line.unit, line.text, name.first_name, listing))
                used.update(run)
                break
    return out, used


def _left(line: Line, role: Role | None, name: NameMatch, reader: str, listing) -> Mention:
    """A role held before: kept as evidence that the person left it (see board.py)."""
    return Mention(name.name, role, reader, line.unit, line.text, name.first_name, listing, left=True)


def _body_list(line: Line, span: RoleSpan, limit: int, stop: frozenset[str]) -> list[NameMatch]:
    """Names after "Styret:" or "Valgkomité:" on one line."""
    if not _explicit(line, span)[0]:
        return []
    first = leading_name(line.words[:limit], _skip_junk(line, span.end, limit), stop)
    if first is None or first.first_name == "unknown":
        return []
    return [n for n in (first, *_listed_after(line, first, limit, stop)) if not historical(line, n.end)]
