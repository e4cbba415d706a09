"""An owner's name before its share ("..., Leikanger kommune 30 %"), and the owners that share one
stated share: "Gaular og Førde kommune eig 20 % kvar", "A og B eier hver 15 %", "Stor-Elvdal og
Rendalen kommuner (15 % hver)", "kommunane A, B og C med 10 prosent kvar": each owner named before
the share holds it, not only the nearest. The words are ``patterns/owner_words.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import gazetteers
from extractor.municipalities import municipality_names
from extractor.nlp.vocab import alternation, read_json

MAX_OWNER_WORDS = 4
CAP = r"[A-ZÆØÅ][\wæøåÆØÅ&'’.-]*"
_SEPARATOR = re.compile(r"(?:\s*,|\s+og|\s+samt|\s*&)\s*$")
_MUNICIPAL_WORDS = ("kommune", "herad")


def says_municipal(name: str) -> bool:
    """Whether an owner's name ends on the word "kommune" or "herad" ("Kvam herad"), not only on
    its letters ("Krødsherad", "Kvinnherad": a name that still wants "kommune")."""
    return bool(name) and name.split()[-1].casefold() in _MUNICIPAL_WORDS


def owner_before(text: str) -> str | None:
    """The owner's name that ``text`` ends with, once the word linking it to a share is cut
    ("..., Leikanger kommune" -> "Leikanger kommune"; "Røyken kommune eier" -> "Røyken kommune")."""
    found = _last_owner(_words()["link"].sub("", text))
    return found[0] if found else None


def _last_owner(text: str) -> tuple[str, int] | None:
    """(the owner's name ``text`` ends with, where it starts in ``text``)."""
    tokens = list(re.finditer(r"\S+", text))
    words: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k].group()
        if token[-1] in ",;:.)»”" or len(words) == MAX_OWNER_WORDS:
            break
        if re.fullmatch(CAP, token) or (not words and token in ("kommune", "fylkeskommune", "herad")) or (
                token == "og" and words and k and f"{tokens[k - 1].group()} og {words[0]}" in gazetteers.county_names()):
            words.insert(0, token)  # "Vestfold og Telemark fylkeskommune": a county's name holds its "og"
        else:
            break
    return (" ".join(words), tokens[len(tokens) - len(words)].start()) if words and words[0][0].isupper() else None


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern]:
    data = read_json("owner_words.json")
    alternatives = {key: alternation(data[key], any_space=True)
                    for key in ("distributive", "municipalities_plural", "municipalities_definite")}
    links = alternation([*data["share_links"], *data["about"]], any_space=True)
    # Between an owner and its share: a link word, "(", ":", a dash, any number of them, cut before the name is read.
    return {"link": re.compile(rf"(?:\s+(?:{links})|\s*[(:–-])*\s*$", re.IGNORECASE),
            "after": re.compile(rf"^\s*\)?\s*(?:{alternatives['distributive']})\b", re.IGNORECASE),
            "before": re.compile(rf"\s+(?:{alternatives['distributive']})\s*$", re.IGNORECASE),
            "plural": re.compile(rf"\s+(?:{alternatives['municipalities_plural']})\s*$"),
            "list": re.compile(rf"\b(?:{alternatives['municipalities_definite']})\s*[:,]?\s*$", re.IGNORECASE)}


def shared_owners(before: str, after: str) -> list[str]:
    """Every owner a share is stated for when a distributive word stands next to it (``before`` and
    ``after``: the sentence's text on each side of the share), in order: the names joined by commas
    and "og" before it; each "<X> kommune" after a list word ("kommunane A, B og C"), and a bare name
    the gazetteer knows as a municipality where the last one is ("A og B kommune", the plural "A og
    B kommuner" read as its singular); [] unless two names at least share it."""
    words = _words()
    if (cut := words["before"].search(before)) is not None:
        before = before[:cut.start()]  # "A og B eier hver 15 %"
    elif not words["after"].match(after):
        return []
    text = words["plural"].sub(" kommune", words["link"].sub("", before))
    names: list[str] = []
    while (found := _last_owner(text)) is not None:
        names.insert(0, found[0])
        text = text[:found[1]]
        if (separator := _SEPARATOR.search(text)) is None:
            break
        text = text[:separator.start()]
    if len(names) < 2:
        return []
    if words["list"].search(text):  # "kommunane A, B og C": each a municipality, as a list says
        return [n if says_municipal(n) else f"{n} kommune" for n in names]
    if names[-1].endswith(" kommune"):  # "A og B kommune": a bare name the gazetteer knows as one
        return [f"{n} kommune" if n in municipality_names() else n for n in names]
    return names


def total_label(text: str) -> bool:
    """Whether an owner table's name cell labels its total row ("I alt", "Samla", "Sum:")."""
    return text.strip().rstrip(":").strip().casefold() in _totals()


@lru_cache(maxsize=1)
def _totals() -> frozenset[str]:
    return frozenset(read_json("owner_words.json")["total_rows"])


# Words that may follow a single owner in a plural list's place ("Eiere: Nordby kommune (100 %)",
# "... kommune, som ...", "... kommune og ..."): anything else is a doubt.
_AFTER_OWNER = re.compile(r"^\s*(?:$|[(,;:–-]|og\b|som\b|med\b|ved\b|v/|sidan\b|siden\b|\d)")


def runs_on(label: str, rest: str, owner: str) -> bool:
    """A plural owners' label ("Eiere:") whose one owner runs on into other words ("Eiere: Vågå
    kommune arbeidsevne i hele regionen"): a floated panel's list read line by line with the
    body beside it; the other owners and the shares are lost, so the 100 % implied is a doubt."""
    at = rest.find(owner)
    return bool(_PLURAL_LABEL.search(label)) and at >= 0 and not _AFTER_OWNER.match(rest[at + len(owner):])


_PLURAL_LABEL = re.compile(r"\b(?:eiere|eierne|eigarar|eigarane|eierkommun\w*|eigarkommun\w*|aksjonær(?:er|ar|ene|ane)|"
                           r"aksjeeiere|aksjeeigarar|deltakerkommun\w*|deltakarkommun\w*)\b", re.IGNORECASE)
