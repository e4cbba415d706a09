"""Who owns the reporting organisation, and how much: owner claims read from prose and tables.

Prose claims, bokmål and nynorsk:
- a share after an owner, in a sentence about ownership: "Røyken kommune eier 60 % av aksjene og
  Hurum kommune eier 40 %", with the verb left out after the first ("Sogndal kommune eig 50 % av
  aksjane, Leikanger kommune 30 % og Luster kommune 20 %"), "eies av A (80 %) og B (20 %)",
  "aksjonærer: A (50 %), B (50 %)", "eies av A med 70 % og B med 30 %";
- a whole owner: "eies i sin helhet av X", "er heleid av X", "100 % eid av X", "heilt eigd av X",
  "X eier samtlige aksjer";
- "eies av X" with no share: 100 % assumed, with low confidence; "eies av X og Y", "eies av
  kommunene A, B og C", "Eierkommuner: A - B - C", "med følgende aksjeeiere: A, B og C",
  "Følgende er aksjonærer i <our name>: A, B museum v/C kommune, D", "Aksjonærer: Følgende
  institusjoner er aksjonærer i <our name>: A, B", "Følgende kommuner eier selskapet: A og B": each
  named owner, no share ("Følgende" is none);
- not an owner: the company after "er (største) eier i", "er medeigar i" (one the organisation
  owns);
- a news piece's wording: "har X AS som hovedaksjonær" (its share from a next sentence "De har en
  aksjepost på 55 prosent"), "Y eier de siste ti prosentene", "Resten eies av Z" (no share),
  "Vikna og Nærøy kommuner eier bedriften" (each municipality, no share).
Tables: a column headed like "Eier" beside one headed like "Eierandel"/"%".

Shares of the chosen owners that add up to 100 raise them all; a sum off 100 lowers them (``owner_merge``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from extractor import gazetteers
from extractor.document import Provenance
from extractor.fields.context import Analysis, media_unit_ids
from extractor.fields.owner_names import CAP, owner_before, runs_on, says_municipal, shared_owners, total_label
from extractor.fields.text import iter_sentences
from extractor.nlp.vocab import alternation, read_json
from extractor.parse import parse_percent

PRIOR = 0.5
WEIGHTS = {
    "owns_all": 1.6,  # "eier samtlige aksjer", "heleid av", "eies i sin helhet av"
    "stated_share": 1.2,  # "A (60 %)", "A eier 60 %"
    "share_list": 1.2,  # "Arendal kommune 41 %" a line each, under "Deltakerkommunenes eierandeler" (owner_lines)
    "owner_table": 1.4,
    "single_owner_implied": -0.2,  # "eies av X" with no share: 100 % assumed
    "owners_listed": 0.6,  # "eies av X og Y": owners named, their shares not
    "owner_lines_listed": 1.6,  # a municipality a line under a heading "Eiere" (owner_lines): no share given
    "shares_sum_100": 0.8,
    "shares_sum_off": -1.8,  # a share misread or an owner missed
    "other_company": -2.0,  # "eier 30 % av aksjene i Datter AS": the organisation as owner
    "media_section": -1.6,  # inside a quoted article
    "list_runs_on": -2.5,  # "Eiere: A kommune arbeidsevne i ...": one owner of a list mixed with other lines
}
REVIEW_DOUBTS = ("list_runs_on",)  # (calibrate)
_CAP = CAP
_OWNER = rf"(?:{_CAP}\s+){{1,3}}(?:(?:fylkes)?kommunes?|herad)|(?:{_CAP}\s+){{0,3}}{_CAP}"
_WORDS = {k: alternation(v, any_space=True) for k, v in read_json("owner_words.json").items() if not k.startswith("_")}
# A sentence about owning: only there is "<Name> 30 %" read as an owner's share.
_OWNERSHIP = re.compile(r"\b(?:eie[rsn]?|eiet|eiere|eig|eige|eigd|eigde|eigast|eiges|eid|eigar\w*|eier\w*|aksjon[æe]r\w*|"
                        r"aksjeeier\w*|aksjane|aksjene|heleid|hel(?:e|ei)igd|heileigd|andelseier\w*|"
                        r"owned|owners?|shareholders?)\b", re.IGNORECASE)  # English: "is owned by A (62 %) and B"
_NUMBER_WORDS = ("ti|tjue|tjuge|tretti|førti|fyrti|femti|seksti|sytti|søtti|åtti|nitti|fem|femten|hundre")
_SHARE = re.compile(rf"(?<![\d,.])(?P<pct>\d{{1,3}}(?:[,.]\d+)?|\b(?:{_NUMBER_WORDS}))\s*"
                    r"(?:%|prosent(?:ene|ane|en)?\b|pst\b\.?)", re.IGNORECASE)
# "ei vekstbedrift i Gloppen kommune, som eig 100 % av aksjane": the owner as a relative clause's
# antecedent, read only where the share is of our own shares (never "... av aksjene i Datter AS").
_RELATIVE_LINK = re.compile(rf",?\s+som\s+(?:{_WORDS['owning_verbs']})\s+(?:(?:{_WORDS['about']})\s+)?$", re.IGNORECASE)
_OF_OUR_SHARES = re.compile(rf"^\s+av\s+(?:{_WORDS['our_shares']})\b(?!\s+i\s)", re.IGNORECASE)
# A news piece's "X har Y AS som hovedaksjonær", and the share a next sentence gives it ("De har en
# aksjepost på 55 prosent").
_OWNER_START = re.compile(_OWNER)
_MAIN_OWNER = re.compile(rf"\bhar\s+(?:nå\s+|no\s+)?(?P<owner>{_OWNER})\s+som\s+(?:ny\s+)?"
                         r"(?:hovedaksjonær|hovudaksjonær|største\s+aksjonær|største\s+eier|største\s+eigar|hovedeier|hovudeigar)")
_HOLDING = re.compile(r"^\s*(?:De|Dei|Den|Selskapet|Han|Hun|Ho)\s+(?:har|eier|eig|sit\s+med|sitter\s+med)\s+"
                      r"(?:en|ei|ein|eit)?\s*(?:aksjepost|eierandel|eigardel|andel|eierpost)\s+på\s+"
                      r"(?P<pct>\d{1,3}(?:[,.]\d+)?)\s*(?:%|prosent|pst)", re.IGNORECASE)
# "Vikna og Nærøy kommuner eier bedriften": municipalities named before one plural "kommuner".
_PLURAL_MUNICIPAL = re.compile(rf"(?P<list>(?:{_CAP}(?:\s*,\s*|\s+og\s+))+{_CAP})\s+(?:{_WORDS['municipalities_plural']})\s+"
                               rf"(?:{_WORDS['owning_verbs']})\b")
_REST_FIRST = re.compile(r"^\s*(?:Resten|Resterande|Resterende|Dei\s+andre|De\s+øvrige)\b")
_OWNS_ALL = re.compile(rf"(?P<owner>{_OWNER})\s+eig?er\s+(?P<q>\w+)\s+(?:av\s+)?(?:aksj|andel|del)", re.UNICODE)
_WHOLE = (r"i\s+sin\s+helhet|i\s+si\s+heilskap|i\s+sin\s+heilskap|fullt\s+ut|fullt|helt|heilt|100\s*%|"
          r"100\s+prosent|(?:ett\s+|eitt\s+)?hundre\s+prosent")
# the participle capitalised too: a fact box's line "Eigd 100 % av Kinn kommune", "Heleid av Nordby kommune"
_WHOLLY = re.compile(
    rf"(?:\b(?i:heleid|heileigd|heleigd|helteid)\w*|\b(?i:eies|eigast|eiges|eid|eigd)\s+(?:{_WHOLE})|"
    rf"\b(?:{_WHOLE})\s+(?:eid|eigd|eies|eigast))\s+(?:datterselskap\s+)?av\s+(?:eigaren\s+|eieren\s+)?"
    rf"(?P<owner>{_OWNER})")
# "Porsgrunn kommune sitt heleide selskap Nordvik Utvikling AS", "Nordvik kommunes heleide selskap ...":
# the owner before a possessive, the organisation it wholly owns after it.
_POSSESSIVE_WHOLLY = re.compile(
    rf"(?P<owner>{_OWNER})(?:\s+(?:sitt|sin|si|sine))?\s+(?:heleide|heleid|heleigde|heleigd|heileigde|heileigd|helteide)\s+"
    rf"(?:selskap|aksjeselskap|foretak|føretak|datterselskap|dotterselskap)(?:et)?\s+(?P<owned>{_CAP})")
_OWNED_BY = re.compile(r"\b(?:eies|eigast|eigd|er\s+eid|er\s+eigd|(?:er|var)\s+eiet|eiere\s+er|eigarar\s+er|eies\s+i\s+dag|"
                       r"(?:foretak|selskap|aksjeselskap)\s+eid|"  # "er et kommunalt foretak eid av Hamar kommune"
                       r"(?:is|are)\s+owned\s+by)\s+"
                       r"(?:(?:fortsatt|fremdeles|framleis|nå|no)\s+)?"  # "eies fortsatt av de samme kommunene"
                       r"(?:av\s+)?(?P<rest>[^.]{3,200})")
# "Eierkommuner: A - B - C", "med følgende aksjeeiere: A, B og C", nn "Eigarkommunar er A, B og C".
_OWNER_LIST = re.compile(r"\b(?:(?:eier|eigar)(?=\s*:)|eierkommuner|eierkommunene|eigarkommunar|eigarkommunane|eiere|eierne|eigarar|eigarane|"
                         r"aksjeeiere|aksjeeierne|aksjonærer|aksjonærene|aksjonærar|aksjonærane|aksjeeigarar|"
                         r"aksjeeigarane|deltakerkommuner|deltakarkommunar|deltakere|deltakarar)"
                         r"(?:\s+(?:er|var|i\s+selskapet)|\s+i\s+[A-ZÆØÅ][^.:\n]{1,60}(?=:))?\s*:?\s+(?!(?:og|and)\b)(?P<rest>[^.]{3,400})",  # "Eiere og representantskap": a title
                         re.IGNORECASE)
# "Følgende kommuner eier selskapet: A og B", "Følgende institusjoner er aksjonærer i X AS: A, B": the
# list after the colon; "Følgende" is no owner.
_FOLLOWING = re.compile(r"\b(?:følgende|følgjande)\b[^.:]{0,80}?\b(?:eier|eig|eiger|eies|eigast|eiere|eigarar|"
                        r"aksjonær\w*|aksjeeier\w*|aksjeeigar\w*)\b[^.:]{0,60}:\s*(?P<rest>[^.]{3,400})", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\bog\b|\band\b|\bsamt\b|&|\s[-–]\s)\s*")
# "kommunene A, B og C", "de samme sju kommunene; A, B, C", nn "dei fire kommunane: A, B"
# also a compound naming the region's municipalities before the list: "eies av grenlandskommunene, A, B og C"
_MUNICIPALITIES = re.compile(r"^(?:(?:de|dei)\s+(?:samme\s+|same\s+)?(?:[\wæøå]+\s+)?)?"
                             rf"[\wæøå]*(?:{_WORDS['municipalities_definite']})\s*[:;,]?\s+", re.IGNORECASE)
# "eierne A, B og C kommuner": a list closed by one plural "kommuner", each item a municipality
_PLURAL_TAIL = re.compile(rf"^\s*(?P<list>(?:{_CAP}(?:\s*,\s*|\s+og\s+))+{_CAP})\s+(?:{_WORDS['municipalities_plural']})\b")
_MUNICIPAL_NOUN = re.compile(rf"\b(?:{_WORDS['municipalities_plural']}|{_WORDS['municipalities_definite']})\b")
# "A og B er kommet med i tillegg til de opprinnelige eierne ...": owners who joined the others
_JOINED = re.compile(rf"(?P<list>(?:{_CAP}(?:\s*,\s*|\s+og\s+))*{_CAP})\s+(?:er|har|var)\s+(?:{_WORDS['joined_verbs']})"
                     rf"\s+med\s+(?:som\s+(?:nye?\s+)?(?:{_WORDS['owner_nouns']})\s+)?i\s+tillegg\s+til\s+(?:de|dei)\s+"
                     rf"(?:[\wæøå]+\s+)?(?:{_WORDS['owners_definite']})\b")
# "X fylkeskommune er (aktiv) medeier i bedriften med 20 prosent": a stake in us, before its share
_STAKE_IN_US = re.compile(rf"(?P<owner>{_OWNER})\s+er\s+(?:(?:en|ein|ei)\s+)?(?:[\wæøå]+\s+)?"
                          rf"(?:{_WORDS['stake_nouns']})\s+i\s+(?:{_WORDS['our_body']})\s+med\s+$")
# "eigd av kommunane A (40 %), B ..."
_MUNICIPAL_LIST = re.compile(rf"\b(?:{_WORDS['municipalities_definite']})\s+", re.IGNORECASE)
# "A (45 %), B (35 %) og C (20 %) kommuner": names with their shares closed by one plural, each a municipality
_BRACKETED = r"\(\s*\d{1,3}(?:[,.]\d+)?\s*(?:%|prosent)\s*\)"
_SHARES_THEN_PLURAL = re.compile(rf"(?:{_CAP}\s*{_BRACKETED}(?:\s*,\s*|\s+og\s+))+{_CAP}\s*{_BRACKETED}\s+"
                                 rf"(?:{_WORDS['municipalities_plural']})\b")
# "er (største) eier i Datter AS med 62 %", nn "er medeigar i X": a company the organisation owns.
_OWNS_IN = re.compile(r"\b(?:eier|eigar|medeier|medeigar|deleier|deleigar|aksjonær|hovedaksjonær|hovudaksjonær)\s+i\s+$",
                      re.IGNORECASE)
# "... av aksjene i Datter AS": the share is of another company.
_OF_COMPANY = re.compile(rf"\b(?:aksjene|aksjane|andelene|andelane|selskapet)\s+i\s+(?P<company>(?:{_CAP}\s*){{1,4}})")
_ALL_WORDS = ("samtlige", "alle", "hele")
# Words that start a sentence or label a list before an owner's name ("Etter", "Aksjonærer").
_LEADING = frozenset({
    "vi", "det", "i", "som", "nå", "og", "men", "en", "et", "den", "de", "for", "hos", "med", "til", "om", "fra",
    "av", "på", "når", "at", "da", "der", "her", "hvor", "etter", "per", "pr", "ved", "aksjonærer", "aksjonærene",
    "eiere", "eierne", "eigarar", "eigarane", "dei", "dette", "denne", "resten", "resterande", "resterende",
    "følgende", "følgjande",
    # a flattened owner table's header before its first row: "Aksjonær Eierandel Steigen kommune 21,9 % ..."
    "aksjonær", "aksjonærar", "aksjeeier", "aksjeeigar", "eier", "eigar", "eierandel", "eierandeler", "eigardel",
    "eigardelar", "andel", "navn", "namn",
})
# A whole "name" that is the owned company or a word, never an owner ("Selskapet eier 30 % av ...").
_NOT_OWNER = _LEADING | frozenset({
    "selskapet", "bedriften", "bedrifta", "foretaket", "stiftelsen", "aksjene", "aksjane", "aksjonær", "eier",
    "eigar", "eierandel", "eigardel", "andel", "sum", "totalt", "total", "kommunen", "kommunene", "kommunane",
    "selskapets", "bedriftens", "eierskap", "eigarskap", "aksjekapital", "aksjekapitalen", "samla", "samlet",
    # a fact box's "Eigd 100 % av Kinn kommune": the participle before the share ("Eid" is also a place)
    "eigd", "eies", "eigast", "eiges",
})
# "... og resten eies av Bærum kommune": the share left over by the others in the sentence.
_REST = re.compile(rf"\b(?:resten|resterande|resterende|de\s+øvrige|dei\s+andre)\b[^.]{{0,40}}?"
                   rf"\b(?:eies|eigast|eigd|eid|eiges|eig|eier)\s+(?:av\s+)?(?P<owner>{_OWNER})")
_SHARE_HEAD = re.compile(r"%|andel|prosent|del\b|share\b|per ?cent|ownership|stake")  # English: "Ownership share", "Per cent"
_OWNER_HEAD = re.compile(r"eier|aksjonær|eigar|andelseier|owner|shareholder")
_OWNERS_SHARE = re.compile(r"eier|eigar|owner")  # "Eierandel", "Eigardel": a share column that says it is the owners'
# A column of people beside the owners' ("Eiers representant", "Representant", "Medlem"): a representantskap
# table; its names are persons, and it says the municipalities beside them are the owners.
_PERSON_HEAD = re.compile(r"representant|medlem|vara|kontaktperson|navn|namn")
_MEMBER_HEAD = re.compile(r"(?:eier|eigar)?(?:kommune|deltak[ae]r)\w*|municipalit\w*")  # "Kommune", "Deltakerkommune"


@dataclass(slots=True)
class OwnerClaim:
    name: str
    share: float | None
    reasons: list[str]
    prov: Provenance
    text: str


# A class of shares or stakes, never an owner: "A-aksjer (60 % av aksjene)", "B-aksjane", "Andelene".
_SHARE_CLASS = re.compile(r"(?i)(?:^|-)(?:aksje|aksjer|aksjene|aksjar|aksjane|andeler|andelene|andelar|andelane)$")
# An owning word as one item of a breakdown with its figure: "Tilsette 15% Eigarar 33% Stat og kommune 49%"
# (where value created goes), not a statement of who owns how much.
# The owning word opens the item, capitalised ("Andre private eiere 20,1 %" is a row of an owner table).
_OWNERS_AS_ITEM = re.compile(r"(?<![\wæøåÆØÅ])(?:Eiere|Eierne|Eigarar|Eigarane|Aksjonærer|Aksjonærene|Aksjonærar|Aksjonærane)"
                             r"\s*:?\s*\d{1,3}(?:[,.]\d+)?\s*(?:%|prosent\b)")


def clean_owner(name: str, org_words: list[str]) -> str | None:
    """Drop leading sentence words ("Etter", "Selskapet"); None if nothing, or only the
    reporting organisation's own words, or a class of shares ("A-aksjer"), is left."""
    words = name.replace("(", " ").split()
    while words and words[0].casefold().strip(",.:") in _LEADING:
        words.pop(0)
    name = " ".join(words).strip(" ,.:")
    if not name or all(w in org_words for w in words) or name.casefold() in _NOT_OWNER \
            or any(_SHARE_CLASS.search(w.strip(",.:")) for w in words):
        return None
    return name


def _of_other_company(sent: str, org_words: list[str]) -> bool:
    m = _OF_COMPANY.search(sent)
    return bool(m) and not any(w in org_words for w in m.group("company").split())


def iter_sentence_claims(sent: str, prov: Provenance, in_media: bool, org_words: list[str]):
    """Every owner claim one sentence makes."""
    extra = (["media_section"] if in_media else []) + (["other_company"] if _of_other_company(sent, org_words) else [])
    found, stated = False, 0.0
    for m in _OWNS_ALL.finditer(sent):
        if max(fuzz.ratio(m.group("q").casefold(), w) for w in _ALL_WORDS) >= 75:
            if owner := clean_owner(m.group("owner"), org_words):
                found = True
                yield OwnerClaim(owner, 100.0, ["owns_all", *extra], prov, sent)
    for m in _WHOLLY.finditer(sent):
        if owner := clean_owner(m.group("owner"), org_words):
            found = True
            yield OwnerClaim(owner, 100.0, ["owns_all", *extra], prov, sent)
    for m in _POSSESSIVE_WHOLLY.finditer(sent):
        ours = bool(org_words) and m.group("owned").casefold() == org_words[0].casefold()
        if ours and (owner := clean_owner(re.sub(r"(?<=kommune)s$", "", m.group("owner")), org_words)):
            found = True
            yield OwnerClaim(owner, 100.0, ["owns_all", *extra], prov, sent)
    if _OWNERSHIP.search(sent) and not _OWNERS_AS_ITEM.search(sent):
        listed = _MUNICIPAL_LIST.search(sent)
        closed = _SHARES_THEN_PLURAL.search(sent)
        for m in _SHARE.finditer(sent):
            name = owner_before(sent[:m.start()])
            if not name and (stake := _STAKE_IN_US.search(sent[:m.start()])):
                name = stake.group("owner")
            if not name and (rel := _RELATIVE_LINK.search(sent, 0, m.start())) and _OF_OUR_SHARES.match(sent[m.end():]):
                name = owner_before(sent[:rel.start()])
            if name and _OWNS_IN.search(sent[:sent.rfind(name, 0, m.start())]):
                continue  # the organisation's own holding in another company, not an owner of ours
            after_list = name and listed and sent.rfind(name, 0, m.start()) >= listed.end()
            before_plural = name and closed and closed.start() <= sent.rfind(name, 0, m.start()) < closed.end()
            if (after_list or before_plural) and not says_municipal(name):
                name += " kommune"  # "kommunane Nordvik (40 %), Sørvik (35 %)"
            pct = parse_percent(m.group("pct") + " %")
            # "A og B kommune eig 20 % kvar": each of them
            for each in shared_owners(sent[:m.start()], sent[m.end():]) or [name]:
                if each and pct is not None and 0 < pct <= 100 and (owner := clean_owner(each, org_words)):
                    found = True
                    stated += pct
                    yield OwnerClaim(owner, pct, ["stated_share", *extra], prov, sent)
        rest = _REST.search(sent)
        if rest and 0 < stated < 100 and (owner := clean_owner(rest.group("owner"), org_words)):
            yield OwnerClaim(owner, round(100 - stated, 2), ["stated_share", *extra], prov, sent)
    if found:
        return
    if m := _PLURAL_MUNICIPAL.search(sent):
        owners = [o for n in _LIST_SPLIT.split(m.group("list")) if (o := clean_owner(f"{n.strip()} kommune", org_words))]
        for owner in owners:
            yield OwnerClaim(owner, None, ["owners_listed", *extra], prov, sent)
        if owners:
            return
    if m := _JOINED.search(sent):
        municipal = bool(_MUNICIPAL_NOUN.search(sent[m.end():]))
        for n in _LIST_SPLIT.split(m.group("list")):
            if owner := clean_owner(f"{n.strip()} kommune" if municipal else n.strip(), org_words):
                yield OwnerClaim(owner, None, ["owners_listed", *extra], prov, sent)
    if m := _MAIN_OWNER.search(sent):
        if owner := clean_owner(m.group("owner"), org_words):
            yield OwnerClaim(owner, None, ["owners_listed", *extra], prov, sent)
            return
    for m in [*_FOLLOWING.finditer(sent), *_OWNED_BY.finditer(sent), *_OWNER_LIST.finditer(sent)]:
        label = m.group(0)[:m.start("rest") - m.start()]
        municipal = "kommun" in label.casefold() or _MUNICIPALITIES.match(m.group("rest").strip())
        if tail := _PLURAL_TAIL.match(m.group("rest")):
            owners = [o for n in _LIST_SPLIT.split(tail.group("list")) if (o := clean_owner(f"{n.strip()} kommune", org_words))]
        else:
            owners = (None if municipal else listed_items(m.group("rest"), org_words)) or \
                list_owners(m.group("rest"), org_words, "kommun" in label.casefold())
        if len(owners) == 1 and _REST_FIRST.match(sent):
            yield OwnerClaim(owners[0], None, ["owners_listed", *extra], prov, sent)  # "Resten eies av X"
        elif len(owners) == 1:
            ran_on = ["list_runs_on"] if runs_on(label, m.group("rest"), owners[0]) else []
            yield OwnerClaim(owners[0], 100.0, ["single_owner_implied", *ran_on, *extra], prov, sent)
        for owner in owners if len(owners) > 1 else ():
            yield OwnerClaim(owner, None, ["owners_listed", *extra], prov, sent)
        if owners:
            return


def list_owners(rest: str, org_words: list[str], municipal: bool = False) -> list[str]:
    """The owners a list names: "Asker kommune og Bærum kommune", "kommunene Asker, Bærum og
    Hurum" (each "<name> kommune"), "A - B - C"; it ends at the first piece that is no name."""
    municipal = municipal or bool(_MUNICIPALITIES.match(rest))
    out = []
    for piece in _LIST_SPLIT.split(_MUNICIPALITIES.sub("", rest.strip())):
        first = _OWNER_START.match(piece.strip())
        name = first.group(0) if first else ""
        if municipal and name and not says_municipal(name):
            name += " kommune"  # "kommunene Asker, Bærum og Hurum"
        if not (owner := clean_owner(name, org_words)):
            break
        out.append(owner)
        if first.end() < len(piece.strip()):
            break  # "A med 70 prosent": the list ends after A
    return out


def listed_items(rest: str, org_words: list[str]) -> list[str]:
    """The owners a comma list names, each item whole: "aksjonærer i X AS: Innlandet
    fylkeskommune, Stiftelsen Vestre Bygdetun og Tømmerfløting, Elverum kommune", "eies av A,
    Skogtun museum v/Ringsaker kommune og B". "og" joins items only in the last one; inside an
    earlier item it is part of a name. Empty unless every item reads as a name (a capital first,
    at most seven words, no figures): a sentence going on after the list is left to
    ``list_owners``."""
    pieces = [p.strip() for p in rest.strip().split(",")]
    if len(pieces) < 2:
        return []
    *head, last = pieces
    items = [*head, *re.split(r"\s+og\s+", last)]
    out = []
    for item in items:
        if not re.fullmatch(r"[A-ZÆØÅ][^\d;:()]{1,80}", item) or len(item.split()) > 7:
            return []
        if owner := clean_owner(item, org_words):
            out.append(owner)
    return out


def _owner_columns(head: list[str]) -> tuple[int, int] | None:
    """(name column, share column) of an owner table's header row."""
    share = [i for i, h in enumerate(head) if _SHARE_HEAD.search(h)]
    people = [i for i, h in enumerate(head) if _PERSON_HEAD.search(h) and i not in share]
    names = [i for i, h in enumerate(head) if _OWNER_HEAD.search(h) and i not in share and i not in people]
    if not names and (people or any(_OWNERS_SHARE.search(head[i]) for i in share)):
        # "Kommune | Eigardel", "Deltaker | Eierandel": the share column says whose the names are;
        # "Kommune | Representant | Andel": the representatives' column does
        names = [i for i, h in enumerate(head) if _MEMBER_HEAD.fullmatch(h.strip()) and i not in share]
    return (names[0], share[0]) if names and share else None


def iter_table_claims(analysis: Analysis, org_words: list[str]):
    for table in analysis.document.tables():
        rows = table.text_rows()
        # The header is the first row, or the second under a title row ("Eierforhold").
        for h in range(min(2, len(rows) - 1)):
            cols = _owner_columns([c.casefold() for c in rows[h]])
            if cols:
                break
        else:
            continue
        name_col, pct_col = cols
        for row in rows[h + 1:]:
            if max(name_col, pct_col) >= len(row):
                continue
            pct = parse_percent(row[pct_col] if "%" in row[pct_col] else row[pct_col] + " %")
            name = None if total_label(row[name_col]) else clean_owner(row[name_col], org_words)
            # a figure over 100 is no share (a facts box's "Innbyggere | 29 600" under a row naming shares)
            if name and pct is not None and pct <= 100 and not re.match(r"(?i)sum|totalt?", name):
                yield OwnerClaim(name, pct, ["owner_table"], table.prov, " | ".join(row))


def full_person_name(name: str, text: str) -> str:
    """An owner named by a surname alone ("Rognstad eier 60 prosent") under the one full name the
    paragraph gives it before ("Gründerne Ola Rognstad og ..."): a first name from the gazetteer,
    perhaps a middle name or initial, then the surname. The name unchanged when no or two persons
    fit, or when it is more than one word or a municipality's."""
    if len(name.split()) != 1 or name.endswith(("kommune", "herad")):
        return name
    full = {f"{m.group('first')} {m.group('middle') or ''}{name}"
            for m in re.finditer(rf"(?<![\wæøåÆØÅ])(?P<first>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s+"
                                 rf"(?P<middle>(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøå]+)\s+)?{re.escape(name)}(?![\wæøåÆØÅ])", text)
            if gazetteers.is_first_name(m.group("first"))}
    return full.pop() if len(full) == 1 else name


def iter_owner_claims(analysis: Analysis, org_words: list[str]):
    media = media_unit_ids(analysis)
    for u in analysis.units:
        if u.in_table:
            continue
        sents = list(iter_sentences(u.text))
        for i, sent in enumerate(sents):
            claims = list(iter_sentence_claims(sent, u.prov, id(u) in media, org_words))
            held = _HOLDING.match(sents[i + 1]) if i + 1 < len(sents) and _MAIN_OWNER.search(sent) else None
            for c in claims:
                if (full := full_person_name(c.name, u.text)) != c.name:
                    c = replace(c, name=full)
                if held and c.share is None and c.reasons[0] == "owners_listed":
                    c = replace(c, share=parse_percent(held.group("pct") + " %"), reasons=["stated_share", *c.reasons[1:]],
                                text=f"{sent} {sents[i + 1]}")
                yield c
    yield from iter_table_claims(analysis, org_words)
