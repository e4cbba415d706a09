"""The vote over the organisation-name evidence of ``org_name``.

A candidate's score is the sum of the weights of the kinds of evidence it has, plus
0.8 * log2(1 + mentions), plus the domain weight, less 3 when it is seen only as another
party. Each candidate also counts its mentions (genitive "PCOS Norges" included) and whether an
e-mail or web domain agrees with it. A short form is merged into the long one it abbreviates
("KIL Håndball" into "Kongsvinger IL Håndball"). A name seen as another party (on the
auditor's pages, after "revisor", "hovedsponsor", "eies av", or holding "Revisjon") is never
preferred over the organisation's own; the chosen name carries doubt reasons where its
evidence is weak (no legal form and only headings, one mention, a close second).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractor.fields.context import Analysis
from extractor.fields.org_lines import MIN_COMPOUND_STEM, NAME_NOUNS
from extractor.fields.org_owned import owned_by
from extractor.fields.org_name import READERS, Evidence, all_name_texts, auditor_unit_ids
from extractor.fields.org_words import CONNECTORS
from extractor.nlp import vocab

WEIGHTS = {
    "legal_form": 0.4,
    "title": 1.2,  # the name is on the cover
    "running_header": 1.2,  # ... or in the header or footer of the pages
    "is_a": 1.2,  # "<Name> er en forening"
    "orgnr_line": 1.2,  # "<Name>  Org.nr. 999 888 777"
    "contact_line": 1.2,  # "<Name> · Skolevegen 8, 1400 Ski · post@..."
    "bylaws": 1.5,  # "Foreningens navn er <Name>"
    "addressed": 1.2,  # "Til årsmøtet i <Name>"
    "signed": 1.2,  # "Styret i <Name>" over the signatures
    "presents": 1.2,  # "<Name> legger med dette fram sin årsmelding"
    "renamed": 1.2,  # "omdannet til aksjeselskap under navnet <Name> AS"
    "about_heading": 0.6,  # "Om <Name>"
    "kind_named": 0.6,  # the name holds an organisation kind ("IL", "Stiftinga")
    "frequent": 1.0,  # named at least FREQUENT times
    "kind_self": 1.0,  # the text calls itself by the noun that opens the name ("Stiftelsen eier ...")
    "domain_agrees": 0.8,  # post@pcosnorge.no for "PCOS Norge"
    "no_legal_form": -0.5,
    "headings_only": -1.0,  # only cover, header or heading lines name it
    "single_mention": -1.2,
    "close_second": -1.0,  # another candidate has nearly as much evidence
    "other_party": -2.5,  # also named as auditor, sponsor, owner ...
    "not_a_report": -2.2,  # an article: the company it is about is not a reporting organisation
    "owned": -2.5,  # a company the text says the titled organisation owns ("Stiftelsen eier 100 % av aksjene i X")
}
REVIEW_DOUBTS = ("owned",)  # ... and still the best candidate: which body reports is unsettled (calibrate)
FREQUENT = 3
MAX_COUNTED = 40  # candidates whose mentions are counted (a long book names hundreds of companies)
# Evidence that the document itself calls this its organisation; without any, a name without a
# legal form rests on cover, header and heading lines alone.
OWN_EVIDENCE = ("legal_form", "is_a", "orgnr_line", "contact_line", "bylaws", "addressed", "presents", "renamed",
                "signed")
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)([\w-]+)\.[a-z]{2,}", re.IGNORECASE)


@dataclass
class Candidate:
    name: str  # the best spelling
    readers: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    mentions: int = 0
    domain_agrees: bool = False
    own: int = 0  # evidence not seen as another party
    other: int = 0

    @property
    def score(self) -> float:
        base = sum(WEIGHTS[r] for r in self.readers)
        return base + 0.8 * math.log2(1 + self.mentions) + (WEIGHTS["domain_agrees"] if self.domain_agrees else 0) \
            - (3.0 if self.other and not self.own else 0.0)



# --- the vote --------------------------------------------------------------------------------

def split_form(name: str) -> tuple[str, str | None]:
    """("Asker Produkt", "AS") for "Asker Produkt AS" (and for "AS Asker Produkt")."""
    words, forms = name.split(), vocab.legal_forms()
    if len(words) > 1 and words[-1] in forms:
        return " ".join(words[:-1]), forms[words[-1]]
    if len(words) > 1 and words[0] in vocab.prefix_legal_forms():
        return " ".join(words[1:]), forms[words[0]]
    return name, None


def _acronym(words: list[str]) -> str:
    """ "Kongsvinger IL" -> "kil": a short upper-case word stays whole, others give their first letter."""
    return "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words).casefold()


MAX_ACRONYM_EXTRA = 2  # letters an acronym takes beyond the words' initials ("NBBO": Nedre Buskerud BOligbyggelag)


def _spells_out(acronym: str, words: list[str], extra: int = MAX_ACRONYM_EXTRA) -> bool:
    """Each word gives its initial and perhaps a few letters after it, in order: "svbo" for
    "Søndre Vika Boligbyggelag" (S, V, BO)."""
    if not words:
        return not acronym
    word, rest = words[0].casefold(), words[1:]
    if not acronym or acronym[0] != word[0]:
        return False
    if _spells_out(acronym[1:], rest, extra):
        return True
    # more letters of the same word, each later in it than the one before
    at, used = 0, 0
    for k, ch in enumerate(acronym[1:], 1):
        at = word.find(ch, at + 1)
        used += 1
        if at < 0 or used > extra:
            return False
        if _spells_out(acronym[k + 1:], rest, extra - used):
            return True
    return False


def abbreviates(short: str, long: str) -> bool:
    """ "KIL Håndball" abbreviates "Kongsvinger IL Håndball"; "SIM" abbreviates "Sunnhordland
    Interkommunale Miljøverk": an upper-case first word that spells the long name's first words
    (also with a letter or two more of a word: "NBBO", Nedre Buskerud Boligbyggelag)."""
    s, lw = short.split(), long.split()
    if not s or len(s) >= len(lw):
        return False
    if len(s) > 1 and s[-1].isupper() and len(s[-1]) >= 2 and not s[0].isupper():
        return _acronym_last(s, lw)
    if not s[0].isupper() or len(s[0]) < 2:
        return False
    rest = len(s) - 1
    head, tail = lw[:len(lw) - rest], lw[len(lw) - rest:]
    if fuzz.ratio(" ".join(s[1:]).casefold(), " ".join(tail).casefold()) < 85 or len(head) <= 1:
        return False
    return _acronym_of(s[0], head)


def _acronym_last(s: list[str], lw: list[str]) -> bool:
    """ "Stjørdal JFF" abbreviates "Stjørdal Jeger- og Fiskerforening": the same first words, then an
    upper-case word that spells the long name's last words (a running header's short form)."""
    head, tail = lw[:len(s) - 1], lw[len(s) - 1:]
    if fuzz.ratio(" ".join(s[:-1]).casefold(), " ".join(head).casefold()) < 85 or len(tail) <= 1:
        return False
    return _acronym_of(s[-1], tail)


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """An upper-case word is the words' acronym: their initials, or (three letters or more) their
    initials with a letter or two more of a word."""
    return _acronym(words) == acronym.casefold() or (
        len(acronym) >= 3 and acronym.isalpha()
        and _spells_out(acronym.casefold(), [w for w in words if w not in CONNECTORS]))


def short_kind_form(short: str, long: str) -> bool:
    """ "Lyngmyr IL" is "Lyngmyr Idrettslag" with its kind abbreviated: the same words but one,
    a designator in the short name and that kind written out in the long one."""
    s, lw = short.split(), long.split()
    if len(s) != len(lw):
        return False
    diff = [(a, b) for a, b in zip(s, lw) if a.casefold() != b.casefold()]
    return len(diff) == 1 and vocab.spells_out_kind(*diff[0])


def noun_dropped(short: str, long: str) -> bool:
    """ "Skarvheim museum" is "Stiftelsen Skarvheim museum" without the noun that opens the formal name."""
    s, lw = short.casefold().split(), long.casefold().split()
    return len(lw) == len(s) + 1 and lw[1:] == s and lw[0].startswith(NAME_NOUNS) and vocab.is_org_kind_word(lw[0])


_PLACE_LINKS = frozenset({"i", "på", "for"})


def place_dropped(short: str, long: str) -> bool:
    """ "Kulturskolen" is "Kulturskolen i Gran" without its place: the body's kind noun alone, as a
    unit inside a kommune calls itself in its own report."""
    s, lw = short.split(), long.split()
    return len(s) == 1 and 3 <= len(lw) <= 5 and lw[0] == s[0] and lw[1] in _PLACE_LINKS \
        and all(w[:1].isupper() for w in lw[2:]) and vocab.is_org_kind_word(s[0], MIN_COMPOUND_STEM)


def kind_definite(short: str, long: str) -> bool:
    """ "Legevakta" is "Nordvik legevakt" by the noun that ends the name, definite and alone: how a
    body whose name is a place and a common noun ("Sørvik hamn", "Nordvik kulturhus") speaks of itself."""
    s, lw = short.split(), long.split()
    if len(s) != 1 or not 2 <= len(lw) <= 4 or not lw[0][:1].isupper() or len(lw[-1]) < 4:
        return False
    word, base = s[0].casefold(), lw[-1].casefold()
    return any(word == base + e or base.endswith("e") and word == base + e[-1:] for e in vocab.DEFINITE_ENDINGS)


def kind_alone(short: str, long: str) -> bool:
    """``short`` names the body ``long`` by its kind noun alone: "Kulturskolen", "Legevakta"."""
    return place_dropped(short, long) or kind_definite(short, long)


def _mentions(core: str, text: str) -> tuple[int, dict[str, int]]:
    """How often ``core`` is named in ``text`` (also in the genitive), and how it is spelt."""
    # not inside an e-mail or web address ("post@nbbo.no", "www.nbbo.no"): no spelling of the name
    rx = re.compile(rf"(?<![\wæøåÆØÅ@./]){re.escape(core)}(?:s|'s|’s)?(?![\wæøåÆØÅ@]|\.\w)", re.IGNORECASE)
    spellings: dict[str, int] = defaultdict(int)
    count = 0
    for m in rx.finditer(text):
        count += 1
        spellings[text[m.start():m.start() + len(core)]] += 1
    return count, spellings


SELF_NOUN_USES = 2


def _calls_itself(name: str, text: str) -> bool:
    """The report names itself by the organisation noun that opens ``name``, alone ("Stiftelsen
    eier bygningene", "stiftelsen har ingen ansatte"), at least ``SELF_NOUN_USES`` times: a
    company it rents to or owns shares in is named in full instead."""
    noun = name.split()[0]
    if not noun.casefold().startswith(NAME_NOUNS) or not vocab.is_org_kind_word(noun):
        return False
    alone = re.compile(rf"(?<![\wæøåÆØÅ]){re.escape(noun)}(?![\wæøåÆØÅ])(?!\s+(?-i:[A-ZÆØÅ]))", re.IGNORECASE)
    return len(alone.findall(text)) >= SELF_NOUN_USES


def _domains(texts: list[str]) -> set[str]:
    found = set()
    for text in texts:
        for m in _DOMAIN.finditer(text):
            found.add(m.group(1).casefold())
    return found


# Domains are spelt without æ, ø, å: "mjosstrand-friluft.no" for "Mjøsstrand friluftsråd".
_ASCII_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def domain_agrees(domain: str, name: str) -> bool:
    """post@pcosnorge.no, www.kilhandball.no, askerprodukt.no for the names they spell; svbo.no
    for "Søndre Vika Boligbyggelag"; ikanordvik.no for "Interkommunalt arkiv Nordvik" (the first
    words' letters, then the last words whole), senteret-nv.no for "Senteret i Nedre Vik" (the
    first words whole, then the last words' letters)."""
    core = re.sub(r"[^a-zæøå0-9]", "", domain.casefold())
    plain = [w for w in split_form(name)[0].casefold().split() if w not in CONNECTORS]
    if len(core) < 3 or not plain:
        return False
    return _spells_domain(core, plain) or _spells_domain(core.translate(_ASCII_LETTERS),
                                                         [w.translate(_ASCII_LETTERS) for w in plain])


def _spells_domain(core: str, words: list[str]) -> bool:
    joined = "".join(words)
    initials = "".join(w[0] for w in words if w)
    return core in joined or fuzz.ratio(core, joined) >= 85 or (len(words) > 1 and core.startswith(initials)
                                                                 and fuzz.partial_ratio(core, joined) >= 80) \
        or (len(words) > 1 and _spells_out(core, words)) \
        or any(len(core) - len(tail) >= 2 and core.endswith(tail) and _spells_out(core[:-len(tail)], words[:k])
               for k in range(1, len(words)) if (tail := "".join(words[k:]))) \
        or any(len(core) - len(head) >= 2 and core.startswith(head) and _spells_out(core[len(head):], words[k:])
               for k in range(1, len(words)) if (head := "".join(words[:k])))


def _same_org(key: str, other: str, cand: Candidate, into: Candidate) -> bool:
    """``key`` is ``other`` in the genitive, misspelt by a letter or two, or abbreviated."""
    if key.endswith("s") and key[:-1] == other:
        return True
    forms = {split_form(cand.name)[1], split_form(into.name)[1]} - {None}
    if len(key) >= 8 and len(cand.evidence) <= len(into.evidence) and fuzz.ratio(key, other) >= 90 and len(forms) < 2:
        return True  # not "Nordvik Kraftlag A/L" and "Nordvik Kraft AS": the body before and after a change of form
    (short, short_form), (long, long_form) = split_form(cand.name), split_form(into.name)
    return abbreviates(short, long) or abbreviates(long, short) or short_kind_form(short, long) \
        or short_kind_form(long, short) or kind_alone(short, long) or kind_alone(long, short) \
        or (noun_dropped(short, long) and not short_form) or (noun_dropped(long, short) and not long_form)


def iter_evidence(analysis: Analysis):
    block = auditor_unit_ids(analysis)
    auditor = {id(u.prov) for u in analysis.units if id(u) in block}
    for reader in READERS.values():
        for ev in reader(analysis):
            if ev.reader != "addressed" and id(ev.prov) in auditor:
                ev.other_party = True
            yield ev


def vote(analysis: Analysis) -> list[Candidate]:
    """Candidates with their evidence and mentions, best first."""
    texts = [t for _, t in all_name_texts(analysis)]
    by_key: dict[str, Candidate] = {}
    for ev in iter_evidence(analysis):
        core = split_form(ev.name)[0]
        key = core.casefold()
        cand = by_key.setdefault(key, Candidate(ev.name))
        cand.evidence.append(ev)
    # Genitive, misspelt and abbreviated forms join the full name; the weaker joins the stronger.
    weakest_first = sorted(by_key, key=lambda k: (len(by_key[k].evidence), len(k)))
    for key in weakest_first:
        cand = by_key[key]
        target = next((k for k in reversed(weakest_first) if k in by_key and k != key
                       and _same_org(key, k, cand, by_key[k])), None)
        if target:
            by_key[target].evidence += cand.evidence
            del by_key[key]
    domains = _domains(texts)
    joined = "\n".join(texts)
    # Mentions are counted for the best-supported candidates; the rest keep their evidence count.
    counted = set(sorted(by_key, key=lambda k: -len(by_key[k].evidence))[:MAX_COUNTED])
    cores = {}
    for key, cand in by_key.items():
        names = [e.name for e in cand.evidence]
        # The full form wins over one with its kind abbreviated ("Lyngmyr Idrettslag", not "Lyngmyr IL").
        # ... and a spelt-out name over its acronym ("Nedre Buskerud Boligbyggelag", not "NBBO"), a formal name over
        # the name without its opening noun ("Stiftelsen Skarvheim museum", not "Skarvheim museum").
        bare = {n: split_form(n)[0] for n in names}  # "IKA Nordvik IKS": the form aside
        named = sorted(names, key=lambda n: any(short_kind_form(n, other) or noun_dropped(n, other)
                                                or kind_alone(bare[n], bare[other])
                                                or abbreviates(bare[n], bare[other])
                                                for other in names))
        with_form = [n for n in named if split_form(n)[1]]
        core = split_form((with_form or named)[0])[0]
        if key in counted:
            cand.mentions, spellings = _mentions(core, joined)
            # the unit named by its kind noun alone ("Kulturskolen har ...") is named as often
            alone = {bare[n] for n in names if kind_alone(bare[n], core)}
            cand.mentions = max([cand.mentions, *(_mentions(a, joined)[0] for a in alone)])
        else:
            cand.mentions, spellings = len(cand.evidence), {split_form(e.name)[0]: 1 for e in cand.evidence}
        cores[core.casefold()] = cand
        mixed = {s: n for s, n in spellings.items() if not s.isupper()} or spellings
        spelt = max(mixed, key=mixed.get) if mixed else core
        form = split_form(with_form[0])[1] if with_form else None
        prefixed = bool(with_form) and with_form[0].split()[0] in vocab.prefix_legal_forms()
        printed = with_form[0].split()[0 if prefixed else -1] if with_form else None  # "A/S" stays "A/S"
        cand.name = (f"{printed} {spelt}" if prefixed else f"{spelt} {printed}") if form else spelt
        cand.own = sum(not e.other_party for e in cand.evidence)
        cand.other = sum(e.other_party for e in cand.evidence)
        cand.readers = {e.reader for e in cand.evidence if not e.other_party} or {e.reader for e in cand.evidence}
        if form is None:
            cand.readers.discard("legal_form")
        if _calls_itself(cand.name, joined):
            cand.readers.add("kind_self")
        cand.domain_agrees = any(domain_agrees(d, cand.name) for d in domains)
    _mark_owned(list(by_key.values()), joined)
    for core, cand in cores.items():  # "Kongsvinger IL" inside "Kongsvinger IL Håndball" is not a mention of it
        inside = [c for k, c in cores.items() if k != core and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", k)]
        cand.mentions = max(0, cand.mentions - sum(c.mentions for c in inside))
    return sorted(by_key.values(), key=lambda c: c.score, reverse=True)


TITLED = ("title", "running_header", "kind_self")  # evidence the report names itself so


def _mark_owned(cands: list[Candidate], text: str) -> None:
    """A company the text says another candidate owns, that candidate named on the title or by the kind
    noun opening its name ("Stiftelsen Nordby" owning "Nordby Arbeid AS"), gets the ``owned`` reader."""
    owners = [c for c in cands if c.readers & set(TITLED)]
    for cand in cands:
        core, form = split_form(cand.name)
        if form is None:
            continue
        for owner in owners:
            noun = owner.name.split()[0]
            kind = noun.casefold().startswith(NAME_NOUNS) and vocab.is_org_kind_word(noun)
            if owner is not cand and owned_by(core, noun if kind else "", text):
                cand.readers.add("owned")
                break


def name_reasons(best: Candidate, rest: list[Candidate], is_report: bool) -> list[str]:
    reasons = sorted(best.readers)
    reasons.append(f"frequent:{best.mentions}" if best.mentions >= FREQUENT else
                   "single_mention" if best.mentions < 2 else f"mentions:{best.mentions}")
    if best.domain_agrees:
        reasons.append("domain_agrees")
    if split_form(best.name)[1] is None:
        reasons.append("no_legal_form")
        if not best.readers & set(OWN_EVIDENCE):
            reasons.append("headings_only")
    if rest and best.score > 0 and rest[0].score >= 0.7 * best.score:
        reasons.append("close_second")
    if best.other > best.own:
        reasons.append("other_party")
    if not is_report:
        reasons.append("not_a_report")
    return reasons


def best_evidence(best: Candidate) -> Evidence:
    order = ["bylaws", "renamed", "is_a", "presents", "orgnr_line", "contact_line", "title", "running_header", "legal_form", "addressed",
             "signed", "about_heading"]
    own = [e for e in best.evidence if not e.other_party] or best.evidence
    return min(own, key=lambda e: order.index(e.reader) if e.reader in order else len(order))
