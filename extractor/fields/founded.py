"""When the organisation was founded: "ble stiftet i 1987", nn "vart skipa i 1952", "Stiftet:
1987", a history list's "Grunnlagt <Name> i september" under its year, "43. driftsår", the
founding as a noun ("siden etableringen høsten 2005"), "ble skilt ut fra kommunen i 1994".

The founding words are data (``patterns/founding.jsonl``), matched with a little tolerance
for misprints ("Grunnlangt"). A sentence where the organisation founds something else ("I 2025
opprettet <Name> en telefontjeneste") or changes form or name is not its founding, but for the
founding verb's own clause; another body's founding (a subsidiary, an owned group) is a doubt.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from extractor.caches import WORD_CACHE
from extractor.fields.contacts import postcode_spans
from extractor.fields.founded_cover import ends_cover, tagline_year
from extractor.fields.founded_since import work_since
from extractor.fields.context import Analysis
from extractor.fields.org_common import Hit, hit_to_field, is_facts_key, score
from extractor.fields.text import iter_sentences
from extractor.nlp import vocab

_YEAR = re.compile(r"(?<!\d)((?:18|19|20)\d\d)(?!\d)")
_AUX = re.compile(r"\b(?:ble|blei|vart|vert|er|var|har\s+vore|har\s+vært|blitt|vorte|was|has\s+been)\s*$",
                  re.IGNORECASE)  # "was founded in 2009" in an English report
# The organisation speaking of itself by a generic noun ("laget", "foreningen"), and besides by a kind
# noun or a pronoun ("museet", "vi").
_SELF_NOUNS = (r"selskapet|bedriften|bedrifta|foretaket|føretaket|stiftelsen|stiftinga|foreningen|foreininga|laget|"
               r"klubben|organisasjonen")
_SELF_NOUN = re.compile(rf"(?:{_SELF_NOUNS})", re.IGNORECASE)
# Legal forms of companies (not cooperatives, whose "laget" is most often themselves): their text calls a
# foundation or an association by its kind noun only when it is another body.
COMPANY_FORMS = frozenset({"AS", "ASA", "IKS", "KF", "FKF", "SF", "HF", "RHF", "ANS", "DA", "NUF", "KS"})
# Kind nouns a company's text calls another body by: "Stiftelsen ble oppretta i 1996" in the report of an
# AS the foundation owns is the owner's founding, not the company's.
_OTHER_KIND_NOUNS = re.compile(r"(?:stiftelsen|stiftinga|foreningen|foreininga|laget|klubben)", re.IGNORECASE)
_ORG_WORDS = re.compile(rf"\b(?:{_SELF_NOUNS}|idrettslaget|museet|senteret|sentret|sentralen|vi|me)\b", re.IGNORECASE)
# ("opprettet i 2009 ved sammenslåing av to foretak" is a founding: the merger made this one)
_NOT_FOUNDING = re.compile(r"\b(?:endret|endra|skiftet|skifta|omdannet|omdanna|fusjon\w*|"
                           r"(?<!ved )(?<!gjennom )(?:sammenslå|samanslå)\w*|navn|namn|selskapsform)\b", re.IGNORECASE)
_AFTER_VERB = re.compile(r"^\s*(?:$|[.,;:)]|i\b|in\b|den\b|på\b|av\b|som\b|etter\b|ved\b|med\b|fra\b|frå\b|"
                         r"(?:18|19|20)\d\d|\d{1,2}\.|"
                         r"for\s+\d{1,3}\s+år\s+(?:siden|sidan))", re.IGNORECASE)  # "stiftet for 25 år siden"
# Another body as the subject: "The Kavli Group was established in 1893" in its owner's report,
# "Datterselskapet Fjord Bygg AS ble stiftet i 2015" (a legal form in the subject is checked too).
_OTHER_BODY = re.compile(r"\b(?:group|holding|company|datterselskap\w*|dotterselskap\w*|morselskap\w*)\b",
                         re.IGNORECASE)
# The founding of the body the organisation continues: "er en videreføring av X, som ble stiftet i 1921".
_PREDECESSOR = re.compile(r"\b(?:videreføring|vidareføring|fortsettelse|fortsettelsen|framhald|etterfølger|arvtaker|"
                          r"arvtakar)\s+av\b|\bslått\s+sammen\s+med\b|\bslått\s+saman\s+med\b", re.IGNORECASE)
# A law cited by its date: "lov om interkommunale selskaper, L29.01.1999", "lov av 13. juni 1997".
_LAW_DATE = re.compile(r"\b(?:lov(?:en|a)?\b[^.;]{0,80}?|L)\s*(?:av\s+)?\d{1,2}\.\s*(?:\d{1,2}\.?|[a-zæøå]+)\s*"
                       r"(?:18|19|20)\d\d", re.IGNORECASE)
# "Møtet startet med en gjennomgang av 2022-regnskapet": something else began with something, not a
# founding (active "startet/starta med", no auxiliary, a subject that is not the organisation).
_BEGAN_WITH = re.compile(r"^\s*med\b", re.IGNORECASE)
_YEARS_SINCE = re.compile(r"\b(\d{1,3})\s+år\s+(?:siden|sidan)\b", re.IGNORECASE)
_JUBILEE = re.compile(r"\b(?:fylte|fyller|feiret|feira|markerte)\s+(\d{1,3})\s+år\b|\b(\d{1,3})-årsjubile(?:um|et)\b",
                      re.IGNORECASE)
_OPERATING_YEAR = re.compile(r"\b(\d{1,3})\.\s*drifts[åa]r\b", re.IGNORECASE)
# A verb and its particle written apart: "ble skilt ut fra kommunen i 1994" is "utskilt".
_PHRASAL = re.compile(r"\bskil(?:t|d|de)\s+ut\b", re.IGNORECASE)
# The founding as a noun: "har siden etableringen høsten 2006 arbeidet for ...", "etter oppstarten i 1991".
_NOUN_FOUNDING = re.compile(r"\b(?:siden|sidan|etter|frå|fra)\s+(?:etableringen|etableringa|stiftelsen|stiftinga|"
                            r"skipinga|oppstarten|oppstarta|opprettelsen|opprettinga)\s+(?:i\s+)?"
                            r"(?:(?:[a-zæøå]+|\d{1,2}\.\s*[a-zæøå]+)\s+)?((?:18|19|20)\d\d)\b", re.IGNORECASE)
# In operation since a year: "har vært i drift siden 2011", nn "har eksistert sidan 1994". The start
# of the work, most often the founding: a doubt unless a founding verb says more.
_OPERATING_SINCE = re.compile(r"\b(?:i\s+drift|drevet|drive|dreve|eksistert|verka|virket|vore\s+aktiv|"
                              r"vært\s+aktiv)\s+(?:siden|sidan|sia)\s+((?:18|19|20)\d\d)\b", re.IGNORECASE)
# A housing cooperative's buildings put up in a year: its founding, most often (a borettslag is
# founded to build), in doubt and only where no founding is stated.
_BUILT = re.compile(r"\b(?:oppført|oppførte|bygd|bygget|bygde|ferdigstilt|innflyttet|innflytta)\s+(?:i\s+)?"
                    r"((?:18|19|20)\d\d)\b", re.IGNORECASE)
_HOUSING = ("borettslag", "sameie", "sameiet", "boligsameie", "eierseksjonssameie")
_YEAR_ONLY = re.compile(r"^\s*((?:18|19|20)\d\d)\s*:?\s*$")
# The organisation as the object of an active founding verb, its year after it: "Han var med og
# skipa laget i 1978" (an obituary of a founder), "var med på å stifte foreningen i mai 1952".
_OBJECT_YEAR = re.compile(r"^\s*((?:\S+\s+){0,3}?\S+)\s+(?:i|in)\s+(?:[a-zæøå]+\s+)?((?:18|19|20)\d\d)\b")
_CLAUSE_BREAK = re.compile(r"[,;]| og | hvor | der | som ")
_CHANGE_BREAK = re.compile(r"[,;]| og | men | and | but ")  # between the founding and a change told with it
_WORD = re.compile(r"[\wæøåÆØÅ]+")


@lru_cache(maxsize=1)
def _renamed() -> re.Pattern:
    """The words before a former name ("<Name> (tidligere Lysverket AS)"), from ``renamed-phrases.json``."""
    data = json.loads(resources.files("extractor.data").joinpath("renamed-phrases.json").read_text(encoding="utf-8"))
    return re.compile(rf"(?i:\b(?:{vocab.alternation(data['phrases'], any_space=True)}))\s*:?\s+(?=[A-ZÆØÅ])")


def former_names(analysis: Analysis) -> list[list[str]]:
    """The words of each former name of the organisation the document states ("Fjordtun Vekst AS
    (tidligere Fjordtun Produkter AS)", "skiftet navn fra Forsand Industri AS"): a founding
    told under it is the organisation's own."""
    from extractor.fields.org_words import name_after

    out = []
    for u in analysis.units:
        for m in _renamed().finditer(u.text):
            if (name := name_after(u.text[m.end():])) and len(name.split()) > 1:
                out.append([w for w in name.split() if w not in vocab.legal_forms()])
    return out


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = vocab.read_rows("founding.jsonl")
    return tuple(r["verb"] for r in rows if "verb" in r), tuple(r["label"] for r in rows if "label" in r)


@lru_cache(maxsize=1)
def _facts_only() -> frozenset[str]:
    """Labels a founding year follows only in a facts box ("Oppretta | 1. januar 2020"), not a sentence's opening."""
    return frozenset(r["label"] for r in vocab.read_rows("founding.jsonl") if r.get("facts_only"))


@lru_cache(maxsize=1)
def _object_only_verbs() -> frozenset[str]:
    """Verbs that tell a founding only with the organisation as their object (the infinitive in
    "var med på å stifte laget i 1978": "å stifte i 2024" alone may be a plan)."""
    return frozenset(r["verb"] for r in vocab.read_rows("founding.jsonl") if r.get("object_only"))


@lru_cache(maxsize=1)
def _org_subject_verbs() -> frozenset[str]:
    """Verbs that tell a founding only with the organisation as their subject ("åpnet")."""
    return frozenset(r["verb"] for r in vocab.read_rows("founding.jsonl") if r.get("org_subject"))


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A labelled founding year ("Stiftet: 1987", "Etablert den 3. mai 1987")."""
    return re.compile(rf"^\s*(?:{'|'.join(_words()[1])})\s*[:.]?\s*(?:i\s+|den\s+)?(?:\d{{1,2}}\.\s*\w+\s+)?((?:18|19|20)\d\d)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _near_misses() -> frozenset[str]:
    """Words a misprint tolerance would take for a founding verb: "på grunnlag av" is no "grunnlagt"."""
    return frozenset(r["not"] for r in vocab.read_rows("founding.jsonl") if "not" in r)


@lru_cache(maxsize=WORD_CACHE)
def _is_verb(word: str) -> bool:
    w = word.casefold().strip(".,:;")
    return len(w) >= 5 and w not in _near_misses() and any(
        w == v or (len(w) >= 8 and fuzz.ratio(w, v) >= 88) for v in _words()[0])


def _names_org(text: str, org_words: list[str]) -> bool:
    """The organisation's name (its words in order, genitive allowed) is in ``text``."""
    core = r"\s+".join(re.escape(w) for w in org_words)
    return bool(core) and bool(re.search(rf"(?<!\w){core}(?:s|'s|’s)?(?!\w)", text, re.IGNORECASE))


def _subject(before: str) -> str:
    """The last few words before the verb: the clause's subject, not the sentence's first words."""
    parts = [p for p in _CLAUSE_BREAK.split(before) if p.strip(" :.")]
    return " ".join(parts[-1].split()[-7:]) if parts else ""


def _about_org(text: str, org_words: list[str], former: list[list[str]] = ()) -> bool:
    """The organisation is named in ``text``, by its name, a former one or a word of its kind
    ("selskapet", "vi")."""
    return _names_org(text, org_words) or bool(_ORG_WORDS.search(text)) or any(_names_org(text, f) for f in former)


def _subject_reason(subject: str, org_words: list[str], former: list[list[str]] = (), company: bool = False) -> str:
    """``subject_is_org`` (also under a former name), ``other_subject`` (another organisation's
    name; in a company's report, a foundation or an association by its kind noun) or ``no_subject``."""
    words = subject.split()
    if company and words and _OTHER_KIND_NOUNS.fullmatch(head := words[-1].strip(",.")) and not _own_kind(head, org_words) \
            and not any(_names_org(subject, name) for name in [org_words, *former]):
        return "other_subject"
    if _about_org(subject, org_words, former) or subject and _definite_kind(subject.split()[-1]):
        return "subject_is_org"
    named = any(w[:1].isupper() for w in subject.split()[1:]) or any(w in vocab.legal_forms() for w in subject.split())
    if named and (_OTHER_BODY.search(subject) or any(w in vocab.legal_forms() for w in subject.split())):
        return "other_subject"
    return "no_subject"


_RELATIVE = re.compile(r",?\s*som\s*$", re.IGNORECASE)
MIN_NAME_WORDS = 2  # a body's name before "som": "Stiftelsen Valdres Arbeidsfellesskap", "Fjordtun Vekst AS"


def _other_antecedent(before: str, org_words: list[str], former: list[list[str]] = ()) -> bool:
    """The founding verb opens a relative clause ("..., som ble opprettet i 1996") whose antecedent
    is another body's name: "<Org> er eid av Stiftelsen Tind Arbeid, som ble opprettet i 1996" tells
    the owner's founding, not the organisation's."""
    if (rel := _RELATIVE.search(before)) is None:
        return False
    words = before[:rel.start()].split()
    name: list[str] = []
    while words and (words[-1][:1].isupper() or words[-1] in vocab.legal_forms()):
        name.insert(0, words.pop())
    if len(name) < MIN_NAME_WORDS or not words:  # the sentence's own subject: "<Org>, som ble stiftet i 1983"
        return False
    return not any(_names_org(" ".join(name), n) for n in [org_words, *former])


def _own_kind(head: str, org_words: list[str]) -> bool:
    """The definite kind noun ``head`` is the noun the organisation's name ends in ("Laget" in
    "Vestre Slidre Maskinlag SA"'s report, "foreninga" in "Nordvik Bondeforening SA")."""
    w = head.casefold()
    stem = w[:-2] if w.endswith(("en", "et")) else w[:-1] if w.endswith("a") else w
    return bool(org_words) and len(stem) >= 3 and org_words[-1].casefold().endswith(stem)


_PREPOSITIONS = frozenset({"i", "på", "ved", "til", "for", "av", "hos", "med", "fra", "frå", "om", "under", "in", "at", "of"})


def _definite_kind(word: str) -> bool:
    """A kind of organisation in the definite form: the organisation speaking of itself
    ("Barnehagen", "Senteret", "Stiftinga", "Andelslaget")."""
    w = word.casefold()
    stem = w[:-2] if w.endswith(("en", "et")) else w[:-1] if w.endswith("a") else None
    return stem is not None and (vocab.is_org_kind_word(w) or vocab.is_org_kind_word(stem))


def _ends_with_org(subject: str, org_words: list[str], former: list[list[str]]) -> bool:
    """The organisation is the subject's head: its name or word ends the subject (a legal form
    may follow), after no preposition ("utstillingen i Vekst Produkt" has another head)."""
    words = [w.strip(",.") for w in subject.split()]
    while words and words[-1] in vocab.legal_forms():
        words.pop()
    for name in [org_words, *former, []]:
        size = len(name) or 1
        tail = words[-size:]
        if len(tail) < size or not (_names_org(" ".join(tail), name) if name else _ORG_WORDS.fullmatch(tail[0])
                                    or _definite_kind(tail[0])):
            continue
        before = words[-size - 1] if len(words) > size else ""
        return before.casefold() not in _PREPOSITIONS
    return False


def _org_object_year(after: str, org_words: list[str], former: list[list[str]]) -> int | None:
    """The year after the organisation as a founding verb's object, or None: its name, a generic
    noun it calls itself by ("skipa laget i 1978", "stifte foreningen"), the definite of the noun
    its name ends in ("stifte sogelaget" in "Nordvik sogelag"'s report) or the kind word its name
    opens with ("stiftelsen" in "Stiftelsen X"). A founder founds other bodies too, so
    "idrettslaget" in a sogelag's report is not its own."""
    m = _OBJECT_YEAR.match(after)
    if m is None:
        return None
    words = m.group(1).split()
    head = words[-1].casefold().strip(",.")
    stem = head[:-2] if head.endswith(("et", "en")) else head[:-1] if head.endswith("a") else None
    own_kind = len(words) == 1 and bool(org_words) and (
        bool(_SELF_NOUN.fullmatch(head))
        or stem is not None and len(stem) >= 3 and org_words[-1].casefold().endswith(stem)
        or head == org_words[0].casefold() and vocab.is_org_kind_word(head))
    named = any(_names_org(m.group(1), name) for name in [org_words, *former])
    return int(m.group(2)) if own_kind or named else None


def _clause(sent: str, start: int, end: int) -> str:
    """The clause around ``sent[start:end]``: from the last clause break before it to the next."""
    breaks = [(b.start(), b.end()) for b in _CHANGE_BREAK.finditer(sent)]
    left = max((e for s, e in breaks if e <= start), default=0)
    right = min((s for s, e in breaks if s >= end), default=len(sent))
    return sent[left:right]


def sentence_hits(sent: str, org_words: list[str], report_year: int | None, heading_year: int | None,
                  former: list[list[str]] = (), company: bool = False):
    """Founding years one sentence states, with their reasons. A sentence that also tells of a
    change of form or name ("omdannet til AS i 2001, men ble etablert som stiftelse i 1987",
    "ble stiftet i 1991 og skiftet navn i 2012") is read in the founding verb's clause alone."""
    sent = _PHRASAL.sub("utskilt", sent)
    if (m := _NOUN_FOUNDING.search(sent)) and not _NOT_FOUNDING.search(sent):
        yield int(m.group(1)), [_subject_reason(_subject(sent[:m.start()]), org_words, former), "in_year"]
        return
    changed = bool(_NOT_FOUNDING.search(sent))
    laws = [m.span() for m in _LAW_DATE.finditer(sent)]  # "oppretta etter lov om ... L29.01.1999": the law's year
    laws += postcode_spans(sent)  # "... og holder til i Storvegen 214, 1870 Ørje": a postcode
    years = [int(m.group(1)) for m in _YEAR.finditer(sent) if (report_year is None or int(m.group(1)) <= report_year)
             and not any(a <= m.start() < b for a, b in laws)]
    label = None if changed else _label().match(sent)
    if label and not (sent.split()[0].casefold().strip(":.") in _facts_only() and sent[label.end():].strip(" .")):
        yield int(label.group(1)), ["labelled_year"]
        return
    if not years and heading_year is None and not (report_year and _YEARS_SINCE.search(sent)):
        return  # no year for a founding verb to give (most sentences): its words go unread
    for m in _WORD.finditer(sent):
        if not _is_verb(m.group(0)):
            continue
        before, after = sent[:m.start()], sent[m.end():]
        if changed:
            clause = _clause(sent, m.start(), m.end())
            if _NOT_FOUNDING.search(clause):
                return
            years = [y for y in years if re.search(rf"\b{y}\b", clause)]
        if (m.group(0).casefold().startswith("start") and _BEGAN_WITH.match(after) and not _AUX.search(before)
                and not (_names_org(_subject(before), org_words) or _ORG_WORDS.search(_subject(before)))):
            continue  # "Møtet starta med ...": not "Bedriften startet med fem ansatte i 1987"
        object_only = m.group(0).casefold() in _object_only_verbs()
        # "ble stiftet i 1987", "Bedriften etablert 1987", "Stiftet i 1987"
        if not object_only and _AFTER_VERB.match(after):
            aux = _AUX.search(before)
            subject = _subject(before[:aux.start()] if aux else before)
            other = _other_antecedent(before[:aux.start()] if aux else before, org_words, former)
            reasons = ["other_subject"] if other else [_subject_reason(subject, org_words, former, company)]
            if m.group(0).casefold() in _org_subject_verbs():
                if not _ends_with_org(subject, org_words, former):
                    continue  # "Utstillingen i museet ble åpnet i 2019": something of the organisation's opened
                reasons.append("opened")
        elif not object_only and _names_org(after[:60], org_words) and not before.strip(" -•–"):
            reasons = ["object_is_org"]  # "Grunnlagt <Name> i september": a history list's line
        elif (year := _org_object_year(after, org_words, former)) is not None \
                and (report_year is None or year <= report_year):
            yield year, ["object_is_org", "in_year"]  # "Han var med og skipa laget i 1978"
            return
        else:
            continue  # "<Name> opprettet en telefontjeneste": something else was founded
        if (since := _YEARS_SINCE.search(sent)) and (years or report_year):
            yield (years[0] if years else report_year) - int(since.group(1)), reasons + ["years_since"]
        elif years:
            year = min(years)
            in_year = re.search(rf"\bi\s*(?:[a-zæøå]+\s+)?{year}\b", sent)  # "i 1996", "i juni 1996"
            yield year, reasons + (["in_year"] if in_year else []) + (["predecessor"] if _PREDECESSOR.search(before) else [])
        elif heading_year is not None:
            yield heading_year, reasons + ["year_heading"]
        return
    if not changed and (m := _OPERATING_SINCE.search(sent)) and int(m.group(1)) in years:
        about = _about_org(sent[:m.start()], org_words, former)
        yield int(m.group(1)), ["subject_is_org" if about else "no_subject", "operating_since"]
    elif not changed and (since := work_since(sent)) and since[0] in years \
            and _about_org(_subject(sent[:since[1]]), org_words, former):
        yield since[0], ["subject_is_org", "operating_since"]  # "<Org> har skapt arbeidsplasser ... siden 1986"
    elif any(w.casefold().endswith(_HOUSING) for w in org_words) and (m := _BUILT.search(sent)) \
            and int(m.group(1)) in years:
        yield int(m.group(1)), ["built"]  # "36 leiligheter i tre blokker, oppført i 1978"


def _cell_labels(unit) -> Iterator[tuple[int, str]]:
    """A labelled year in a table: a line of a cell ("Stiftet 1931" in a facts box beside the
    text) or a facts table's label cell and the cell after it ("Stiftet | 1931")."""
    row = unit.table.rows[unit.row]
    cell = row[unit.col]
    texts = list(cell.lines or cell.text.splitlines())
    if unit.col + 1 < len(row) and not any(ch.isdigit() for ch in cell.text):
        texts.append(f"{cell.text} {row[unit.col + 1].text}")
    for text in texts:
        if m := _label().match(text):
            yield int(m.group(1)), text


def extract_founded(analysis: Analysis, org_words: list[str], company: bool = False):
    """The founding year; ``company``: the organisation has a company's legal form (``COMPANY_FORMS``),
    so a foundation or an association its text names by kind noun is another body."""
    hits: list[Hit] = []
    cover = True  # the short lines before the first paragraph of running text
    heading_year = None
    former = former_names(analysis)
    if len(org_words) > 1 and vocab.is_org_kind_word(org_words[0]):
        former.append(org_words[1:])  # "Stiftelsen Hovdetunet" is "Hovdetunet" in its own text
    key = None  # a line that may be a key over the year under it ("STIFTET" / "1989" in a facts sidebar)
    for u in analysis.units:
        year = None if u.in_table else tagline_year(u.text, analysis.report_year)
        cover = cover and not u.in_table and (year is not None or not ends_cover(u.text))
        if cover and year is not None:
            hits.append(Hit(year, ["cover_tagline"], u.prov, u.text))
        if u.in_table:
            hits += [Hit(year, ["labelled_year", "table_cell"], u.prov, text) for year, text in _cell_labels(u)
                     if analysis.report_year is None or year <= analysis.report_year]
            continue
        if m := _YEAR_ONLY.match(u.text):
            if key is not None and (label := _label().match(f"{key.text} {u.text}")):
                hits.append(Hit(int(label.group(1)), ["labelled_year"], u.prov, f"{key.text} {u.text}"))
            heading_year = int(m.group(1))
            key = None
            continue
        key = u if is_facts_key(u.text) else None
        if u.is_heading:
            heading_year = None  # a year heads the list items under it, up to the next heading
        for sent in iter_sentences(u.text):
            for year, reasons in sentence_hits(sent, org_words, analysis.report_year, heading_year, former, company):
                hits.append(Hit(year, reasons + (["media_section"] if u.quoted else []), u.prov, sent))
            counted = [] if analysis.report_year_sure else ["report_year_doubtful"]  # a year counted from a doubtful one
            if analysis.report_year and (m := _OPERATING_YEAR.search(sent)):
                hits.append(Hit(analysis.report_year - int(m.group(1)) + 1, ["operating_year", *counted], u.prov, sent))
            about_org = _names_org(sent, org_words) or bool(_ORG_WORDS.search(sent))
            if analysis.report_year and (m := _JUBILEE.search(sent)) and about_org:
                hits.append(Hit(analysis.report_year - int(m.group(1) or m.group(2)), ["jubilee", *counted], u.prov, sent))
    if not hits:
        return None
    stated = [h for h in hits if not {"operating_since", "built", "cover_tagline"} & set(h.reasons)]
    hits = stated or hits  # the start of the work, the buildings or a tagline count only where no founding is stated
    best = max(hits, key=score)
    strong = [h for h in hits if score(h) >= 0.5 and h.value != best.value]
    return hit_to_field(best, ["conflicting_years"] if strong else [])
