"""Whether a line is only a name: a cover's title, a running header, the line over an org.nr. or
opening a band of contact details (``line_like_name``), once report words, years, addresses and
places are removed; and what such a line is not (a person, a byline, a section's title, a list of
municipalities).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import gazetteers
from extractor.caches import WORD_CACHE
from extractor.fields.org_words import (CONNECTORS, FINITE_VERBS, MAX_WORDS, START_STOP, lower_phrase_start,
                                        common_noun_after_name, is_name_token, title_words, trim)
from extractor.nlp import roles, vocab
from extractor.parse import YEAR

# "Org.nr.", "Org nr:", "Organisasjonsnummer", "Foretaksnr", nn "Føretaksnummer", "MVA-nr"; English
# "Organisation number", "Company reg. no.".
ORGNR_LABEL = re.compile(r"(?:\borg(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer|no)\b\.?|\bf[oø]retaks?\s*-?\s*(?:nr|nummer)\b\.?|"
                         r"\borgani[sz]ation\s+(?:number|no)\b\.?|\bcompany\s+(?:reg(?:istration)?\.?\s+)?(?:number|no)\b\.?|"
                         r"\borgnr\b\.?|\bMVA-?nr\.?)", re.IGNORECASE)
# The postal address a cover line puts between the name and "Org.nr": "... idrettsråd Pb. 41, 3050 Mjøndalen".
ADDRESS_TAIL = re.compile(r"(?:[\s,]*(?:pb\.?|postboks|boks)\s*\d+)?[\s,]*\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ-]*\s*$",
                           re.IGNORECASE)
_YEAR_OR_BAR = re.compile(rf"\b{YEAR}\b|[|•·–—]|\s-\s")
_EDGE_FOR_I = re.compile(r"^\s*(?:for|i)\s+|\s+(?:for|i)\s*$", re.IGNORECASE)  # "ÅRSMELDING FOR <NAME>"
# The tail of a name for a town and the land around it: "Krisesenteret for Molde og omegn".
_SURROUNDINGS = frozenset({"omegn", "omland"})
_SURNAME_LIKE = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.")  # not "Aasen-tunet"
# A lower-case adjective before the kind word: "Nordby kirkelige fellesråd", "Nordby kommunale boligstiftelse".
_KIND_ADJECTIVE = re.compile(r"^[a-zæøå]{3,}(?:lige|lege|ale|iske)$")  # "interkommunale", "samiske"
_CONTENTS = re.compile(r"\b(?:innholdsfortegnelse|innhaldsliste|innhold|innhald)\s*$", re.IGNORECASE)


@lru_cache(maxsize=WORD_CACHE)  # a cover line is asked by the title, header and contact readers alike
def line_like_name(line: str, lower_tail: bool = False) -> str | None:
    """A cover or header line that is only a name, once report words and years are removed.
    ``lower_tail``: the line opens a band of contact details, so a lower-case noun may end the
    name ("Stiftinga Solhaug omsorgsbustader · Vegen 1 · post@..."); on a cover it is a title's
    ("Viktige hendelser")."""
    if title_words()["floor_heading"].search(line):
        return None  # "LEDEREN HAR ORDET" over the leader's letter
    # A meeting document's words first: "Referat frå årsmøtet i <NAME>" loses its "årsmøtet" below.
    line = title_words()["meeting_document"].sub(" ", line, count=1)  # "MØTEBOK STYREMØTE I <NAME>"
    line = title_words()["national_meeting"].sub(" ", line, count=1)  # "Vedtaksprotokoll Landsmøte <NAME>"
    line = title_words()["publication"].sub(" ", line, count=1)  # "Medlemsblad for <Name>"
    line = title_words()["case_number"].sub("", line)  # "<Name> Sak 5" atop a meeting paper
    # "<Name> Annual Report 2004": read before the report word and the year go
    english = title_words()["english_report"].search(_YEAR_OR_BAR.sub(" ", line).rstrip()) is not None
    for form in vocab.report_kind_forms():
        line = form.regex.sub(" ", line)
    line = title_words()["yearbook"].sub(" ", line)  # "<NAME> Årbok 1997"
    line = title_words()["founded_tail"].sub(" ", line)  # "<Namn>, stifta 1946"
    line = _YEAR_OR_BAR.sub(" ", line)
    line = _ORGNR_TAIL.sub("", line)  # "ASKER IDRETTSRÅD PB. 166, 1372 ASKER ORG.NR"
    line = _CONTENTS.sub(" ", line)  # a cover line run into the contents' heading
    line = title_words()["document_of"].sub(" ", line, count=1)  # "SELSKAPSKONTROLL <NAME> IKS", "Eierskapsmelding <Navn>"
    line = title_words()["meeting_document_tail"].sub("", line)  # "<NAME> MØTEINNKALLING <NAME>" in a PDF
    line, found = title_words()["english_report"].subn(" ", line, count=1)  # "<Name> Annual Report", "The ... Report"
    english = english or bool(found)
    line = ADDRESS_TAIL.sub("", line)
    line = _place_tail(line)  # "Sarepta Frimenighet, Orkanger": where it is, after its name
    line = _EDGE_FOR_I.sub(" ", line).strip(" ,.:")
    words = line.split()
    if len(words) == 1 and (genitive := _kind_genitive(words[0])):
        return genitive  # "Kulturvernforeningens årsmelding 2022"
    if len(words) == 2 and words[1].islower() and _common_genitive(words[0]):
        return None  # "Kretsens organisasjon", "Klubbens økonomi": a section about the organisation
    if len(words) == 1 and english and is_name_token(words[0]) and not gazetteers.place(words[0]):
        return words[0]  # "GRID-Arendal Annual Report": an English title names its organisation
    if len(words) == 1 and not (words[0].isupper() and 2 <= len(words[0]) <= 6):
        return None  # one word on a cover is a section title ("Økonomi") far more often than a name
    if roles.is_role_phrase(line) or _person_like(words) or (
            len(words) > 2 and roles.is_role_phrase(words[0]) and _person_like(words[1:])):
        return None  # "ADM. DIREKTØR" over the manager's letter; a board member's name on its own line
    if _people_or_byline(line) or all(title_words()["section_word"].match(w.casefold()) or w.casefold() in CONNECTORS
                                      for w in words):
        return None  # "Kari Nes og Per Dal" under a letter, "FØRT I PENN AV OLA NES"; "VISJON OG RESULTATER"
    if any(roles.word_kind(w) == ("BODY", "BOARD") for w in words):
        return None  # "1. STYRET" (OCR'd "Tv STYRET"): a section heading about the board
    if not 1 <= len(words) <= MAX_WORDS:
        return None
    tail, nouns = _formal_tail(words), _nouns_before_form(words)
    if not all(
            is_name_token(w) or w in vocab.legal_forms() or w.casefold() in CONNECTORS or vocab.is_org_kind_word(w, 3)
            or (w.casefold() in _SURROUNDINGS and k and words[k - 1].casefold() == "og")
            or (_KIND_ADJECTIVE.match(w) and k + 1 < len(words) and vocab.is_org_kind_word(words[k + 1], 3))
            or _kin_genitive(words, k)
            or (lower_tail and k == len(words) - 1 and k and common_noun_after_name(w, words[k - 1]))
            or (k == len(words) - 1 and k and w in vocab.title_only_kinds() and is_name_token(words[k - 1]))
            or k >= tail or k in nouns
            for k, w in enumerate(words)):
        return None
    name = trim(words)
    return name if name and name == " ".join(line.split()) else None


def _nouns_before_form(words: list[str]) -> range:
    """The lower-case nouns between a place or name and the legal form that ends the line ("Nordvik
    legevakt IKS", "Sørvik brann og redning IKS", "Austvik kommunerevisjon IKS"): an inter-municipal
    body named by what it does, read as ``org_words`` reads such a name in running text; the printed
    form makes the line a name. Empty when there are none."""
    if len(words) < 3 or words[-1] not in vocab.legal_forms():
        return range(0)
    k = lower_phrase_start(words[:-1], len(words) - 2)
    if k is None or not all(is_name_token(w) for w in words[:k + 1]) \
            or any(roles.is_role_phrase(w) for w in words[k + 1:-1]):
        return range(0)  # "Kari Dal dagleg leiar AS": a signer's title
    return range(k + 1, len(words) - 1)


def _formal_tail(words: list[str]) -> int:
    """Where the lower-case nouns begin that end a formal name opened by its organisation noun
    ("Stiftelsen Li sag og kvern", "Stiftinga Holmen gard"): one or two nouns, "og" between them;
    ``len(words)`` when there are none."""
    first = next((k for k, w in enumerate(words) if w.islower()), len(words))
    tail = words[first:]
    nouns = [w for k, w in enumerate(tail) if not (k == 1 and len(tail) == 3 and w == "og")]
    formal = (first >= 2 and words[0].casefold().startswith(NAME_NOUNS) and vocab.is_org_kind_word(words[0])
              and all(is_name_token(w) for w in words[1:first]))
    if not formal or not 0 < len(nouns) <= 2 or not all(
            tail_noun(w) and w not in START_STOP and w not in FINITE_VERBS for w in nouns):
        return len(words)
    return first


def _place_tail(line: str) -> str:
    """The line without a comma and one place name ending it."""
    head, comma, tail = line.rpartition(",")
    return head if comma and head.strip() and " " not in tail.strip() and gazetteers.place(tail.strip()) else line


def _kin_genitive(words: list[str], k: int) -> bool:
    """A lower-case genitive between "og" and the kind word ending a founder's name: "Konsul Ola
    Lid og hustrus legat", "Konsul Per Dal og frues minnefond" (the founder and his wife's)."""
    word = words[k]
    return 0 < k == len(words) - 2 and words[k - 1].casefold() == "og" and word.isalpha() \
        and word.islower() and word.endswith("s") and vocab.is_org_kind_word(words[k + 1], 3)


_ORGNR_TAIL = re.compile(ORGNR_LABEL.pattern + r"[\s:.]*[\d\s]*$", re.IGNORECASE)


def _kind_genitive(word: str) -> str | None:
    """ "Kulturvernforeningens" -> "Kulturvernforeningen": one word on a cover that is the genitive
    of a name ending in a kind of organisation in the definite form."""
    base = word[:-1]
    if word[:1].isupper() and word.endswith("s") and len(base) > 6 and vocab.is_org_kind_word(base, 3) \
            and not vocab.is_org_kind_word(base) and base.casefold().endswith(("en", "et", "a")):  # not "Idrettslagets"
        return base
    return None


# Kinds of association that end a compound name word ("Sanitetsforening", "Historielag",
# "Seilklubb"); not "havn", "verk", "hus": they end place names ("Nordhavn").
_COMPOUND_KINDS = ("forening", "foreining", "lag", "klubb")
MIN_COMPOUND_STEM = 4


def kind_compound(word: str) -> bool:
    """A compound ending in a kind of association after a stem of four letters or more, in the
    indefinite form: the last word of a name after its place ("Bjørgan Sanitetsforening")."""
    w = word.casefold()
    return any(w.endswith(k) and len(w) - len(k) >= MIN_COMPOUND_STEM for k in _COMPOUND_KINDS)


def _common_genitive(word: str) -> bool:
    """ "Kretsens", "Lagets", "Stiftelsens": a kind of organisation as a common noun, definite and
    genitive (the organisation speaking of itself), no name."""
    base = word[:-1]
    return word[:1].isupper() and word.endswith("s") and base.casefold().endswith(("en", "et", "a")) \
        and vocab.is_org_kind_word(base)


_BYLINE = re.compile(r"\b(?:av|ved|v/)\s+(?P<who>[^,]+)$", re.IGNORECASE)


def _people_or_byline(line: str) -> bool:
    """People named together ("Kari Nes og Per Dal") or a byline's ("Skrevet av Ola Nes"), also
    in capitals, are no organisation's name."""
    text = line.title() if line.isupper() else line
    parts = [p.split() for p in re.split(r"\s+(?:og|&)\s+", text.strip())]
    if len(parts) > 1 and any(_person_like(p) for p in parts) and all(_name_shaped(p) for p in parts):
        return True  # "Vilrid Femoen og Øyvind Thorsen": one known first name is enough beside a name's shape
    return bool(m := _BYLINE.search(text)) and _person_like(m.group("who").split())


def _name_shaped(words: list[str]) -> bool:
    """Two or three capitalised words shaped like a person's name, none a kind of organisation."""
    return 2 <= len(words) <= 3 and all(_SURNAME_LIKE.fullmatch(w) and not vocab.is_org_kind_word(w, 3)
                                        and w not in vocab.legal_forms() for w in words)


def _person_like(words: list[str]) -> bool:
    """ "Ola Lied", "Kari M. Vik": a first name and one or two more capitalised words, none of
    them a kind of organisation."""
    return (2 <= len(words) <= 3 and gazetteers.is_first_name(words[0]) and words[0][1:].islower()
            and all(_SURNAME_LIKE.fullmatch(w) for w in words[1:])
            and not any(vocab.is_org_kind_word(w, 3) or w in vocab.legal_forms() for w in words[1:]))


_DASH = re.compile(r"\s+[–—-]\s+")
_ENTRY_PARTS = re.compile(r"\n|\s*[|·•–—]\s*|\s-\s|\s{2,}|\t")  # a line's parts, as the title reader splits it
_ENTRY_WORDS = re.compile(r"[\s,()]+")


def member_entry(text: str) -> bool:
    """A board member's entry: a line of the text, or a part of one at a dash, that is a person's
    name with a role phrase ("Kari Dahl, styreleder", "Nestleiar Per Lie", "Kari Dahl (styreleder)"),
    or a name and a role each on a line of their own (a tile: "Kari Dahl" / "Styreleder"). The place
    or body beside it ("– Lunner kommune") is the member's affiliation, never the organisation's name."""
    seen = set()
    for part in _ENTRY_PARTS.split(text):
        words = [w for w in _ENTRY_WORDS.split(part) if w]
        if _person_like(words):
            seen.add("person")
        for size in (1, 2):
            for k in range(len(words) - size + 1):
                rest = words[:k] + words[k + size:]
                if roles.is_role_phrase(" ".join(words[k:k + size])) and (not rest or _person_like(rest)):
                    seen.add("role" if not rest else "entry")
    return "entry" in seen or {"person", "role"} <= seen


def name_beside_kind(line: str) -> str | None:
    """ "Nordfjellrådet – interkommunalt politisk råd": one compound word ending in a kind of
    organisation, and after a dash only lower-case words ending in one, which say what kind it is.
    Alone, one word on a cover is a section's title; beside its kind it is the name."""
    parts = _DASH.split(line.strip())
    if len(parts) != 2:
        return None
    name, kind = parts[0].split(), parts[1].split()
    if len(name) != 1 or not is_name_token(name[0]) or not vocab.is_org_kind_word(name[0], MIN_COMPOUND_STEM) \
            or vocab.is_org_kind_word(name[0]):
        return None  # "Rådet – ...": the kind alone names no one
    if not kind or not all(w.islower() for w in kind) or not vocab.is_org_kind_word(kind[-1], MIN_COMPOUND_STEM):
        return None
    return name[0]


# A line that is only a municipality or county: "Andebu kommune", "Buskerud fylkeskommune", "Ulvik herad".
MUNICIPAL_LINE = re.compile(r"^\s*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ.'’-]*(?:\s+[A-ZÆØÅa-zæøå][\wæøåÆØÅ.'’-]*){0,3}?\s+"
                            r"(?:fylkeskommune|kommune|herad))\s*[,;.]?\s*$")


def municipal_list_units(units) -> set[int]:
    """Ids of the units that hold a list of municipalities or counties, a line each, two lines or more
    (in one unit, or a unit a line as a PDF gives them): owners or members listed, no title."""
    def municipal(u) -> bool:
        lines = [line for line in u.text.split("\n") if line.strip()]
        return bool(lines) and all(MUNICIPAL_LINE.match(line) for line in lines)
    flags = [municipal(u) for u in units]
    return {id(u) for i, u in enumerate(units) if flags[i] and (u.text.strip().count("\n") >= 1
            or i and flags[i - 1] or i + 1 < len(units) and flags[i + 1])}


ENTRY_UNITS = 3  # a member's tile as a PDF gives it: name, role and affiliation a unit each
_DASHES = "–—-"


def member_entry_units(units) -> set[int]:
    """Ids of the units that are a board member's entry (``member_entry``), or that open on a dash
    and end one with the units right before them in their section ("Kari Dahl" / "Styreleder" /
    "– Lunner kommune", a tile a PDF gives a unit a line)."""
    out = set()
    for i, u in enumerate(units):
        window = [w for w in units[max(0, i - ENTRY_UNITS + 1):i] if w.section == u.section] \
            if u.text.lstrip()[:1] in _DASHES else []
        if member_entry("\n".join([*(w.text for w in window), u.text])):
            out.add(id(u))
    return out


def tail_noun(word: str) -> bool:
    """A lower-case noun that may end a formal name, in any Norwegian or Sámi letters ("duodjeguovddáš")."""
    return len(word) >= 3 and word.isalpha() and word.islower()


# Organisation nouns that open a formal name ("Stiftelsen X", "Foreningen for X", "Sameiet X")
NAME_NOUNS = ("stift", "foren", "sameie")
