"""Where the reporting organisation's name is read: evidence from across the document.

Readers (a name map, like the table strategies) each yield the names one kind of evidence
gives:

- ``legal_form``: "<Capitalised words> AS" anywhere (the form from ``legal_forms.jsonl``);
- ``title``: a name-like line on the cover ("KONGSVINGER IL HÅNDBALL"), report words removed;
- ``running_header``: a name-like running header or footer;
- ``is_a``: "<Name> er en pasientforening", "<Name> er eit idrettslag";
- ``orgnr_line``: the name before its "Org.nr." on one line, or the line above it;
- ``bylaws``: "Foreningens navn er <Name>", nn "Lagets namn er <Name>";
- ``renamed``: "omdannet til aksjeselskap under navnet <Name> AS" (a name with its legal form);
- ``addressed``: an auditor's "Til årsmøtet i <Name>", "revidert årsregnskapet for <Name>";
- ``presents``: "<Name> legger med dette fram sin beretning for 2005";
- ``about_heading``: "Om <Name>", "Generelle opplysninger om <Name>", "Noter 2024 - <Name>";
- ``kind_named``: names holding an organisation kind ("<Place> IL Håndball", "Stiftinga
  <Place> arbeidssenter", see ``org_kinds.jsonl``).
The vote over them is in ``org_vote``; where a name begins and ends around its cue is
``org_words``', whether a line is only a name ``org_lines``'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.document import Provenance
from extractor.fields.context import Analysis
from extractor.fields.org_lines import (ADDRESS_TAIL, NAME_NOUNS, ORGNR_LABEL, kind_compound, line_like_name,
                                        member_entry_units, municipal_list_units, name_beside_kind, tail_noun)
from extractor.fields.org_words import MAX_WORDS, is_name_token, iter_legal_form_names, name_after, name_before
from extractor.fields.text import iter_sentences
from extractor.nlp import vocab

LETTERHEAD_UNITS = 15  # an auditor's report that starts this near a page's top brings its letterhead
_IS_A = re.compile(r"\s+(?:er|var|ble|blei|vart)\s+(?:registrert\s+som\s+|organisert\s+som\s+)?(?:(?:en|ei|et|ein|eit)\s+)?"
                   r"(?P<words>(?:[\wæøå-]+[\s,]+){0,3}[\wæøå-]+)", re.IGNORECASE)
_LINKING_PREPOSITIONS = frozenset({"til", "av", "i", "på", "for", "fra", "frå", "med", "om", "ved", "over", "under",
                                   "mot", "hos"})  # "er overført til fond": no kind of organisation the subject is
# A clause begins before the kind noun: "Ballbingen er planen at Stryn kommune skal flytte": the subject is
# no organisation of that kind.
_CLAUSE_WORDS = frozenset({"at", "som", "om", "der", "når", "fordi", "dersom", "hvis", "viss", "så", "mens"})
_BYLAWS = re.compile(r"\b[\wæøå]+(?:ens|ets|as|s)\s+(?:fore?taks)?na(?:vn|mn)\s+er\s*:?\s+[«\"“]?", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:til\s+(?:generalforsamlingen|årsmøtet|representantskapet|landsmøtet|styret|medlemmene|"
                        r"eierne|eigarane|selskapsmøtet|foretaksmøtet)(?:\s+og\s+\w+)?\s+(?:i|for|til)|"
                        # the meeting the papers are for: "sameiermøte i <Name>", "styremøtet i <Name>"
                        r"(?:generalforsamling|sameiermøte|styremøte|representantskapsmøte)(?:n|en|t)?\s+i|"
                        r"revidert\s+(?:års)?(?:regnskapet|rekneskapen|rekneskapet)\s+(?:for|til)|"
                        r"(?:revisors?\s+beretning|revisjonsberetning|revisjonsmelding)(?:\s+(?:for\s+)?\d{4})?\s+(?:for|til))\s+",
                        re.IGNORECASE)
_ABOUT = re.compile(r"^\s*(?:om|kort\s+om|dette\s+er|fakta\s+om|(?:generelle\s+)?opplysninger\s+om|"
                    r"noter(?:\s+til\s+regnskapet)?(?:\s+\d{4})?\s*[-–:]|velkommen\s+til)\s+", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"\b(?:side|sida|s\.|page)\s*\d+(?:\s*(?:av|of|/)\s*\d+)?\b|^\s*\d+\s*$", re.IGNORECASE)
_EXTRA_ORG_NOUNS = ("foretak", "føretak", "tiltaksarrangør", "aksjeselskap", "verksemd", "virksomhet")
# "et interkommunalt samarbeid", the kommunelov's form of a friluftsråd or regionråd without an IKS
_COOPERATING = re.compile(r"(?i)interkommunal[te]?$")
# "X er et heleid datterselskap av Y": X's relation to its owner, said alike in X's own report and
# in its owner's (which binds X's årsberetning after its own); no kind that makes X the reporter
_RELATION_NOUNS = ("datterselskap", "dotterselskap", "søsterselskap", "systerselskap")
COVER_LINE = 80  # characters: a longer cover line is a sentence
_LINE_PARTS = re.compile(r"\s{2,}|\t|\n|\s*[|·•–—]\s*|\s-\s")
_SPACES_COMMAS = re.compile(r"[\s,]+")


@dataclass(slots=True)
class Evidence:
    name: str
    reader: str
    prov: Provenance
    text: str
    other_party: bool = False


# --- readers ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _other_party_rules() -> dict[str, re.Pattern]:
    return {row["what"]: re.compile(row["regex"], re.IGNORECASE) for row in vocab.read_rows("other_parties.jsonl")}


def auditor_unit_ids(analysis: Analysis) -> set[int]:
    """Units of the auditor's report: under a heading that names it; on a page that names it,
    from the first such unit on, and from the page's top (the letterhead) when the page is not
    the document's first and the report starts near its top."""
    marker = _other_party_rules()["auditor_marker"]
    units = analysis.units
    first_page = units[0].prov.page if units else None
    pages: dict[int, list[int]] = {}  # page -> its units' indices, in order (one pass, not one per page)
    out: set[int] = set()
    for i, u in enumerate(units):
        pages.setdefault(u.prov.page, []).append(i)
        if any(marker.search(h) for h in u.headings):
            out.add(id(u))
    for page, on_page in pages.items():
        if page is None:
            continue
        start = on_page[0]
        hits = [i for i in on_page if marker.search(units[i].text) and not _lists_parts(units[i].text)
                and not _names_auditor(units[i].text, marker)]
        if not hits:
            continue
        begin = start if page != first_page and hits[0] - start <= LETTERHEAD_UNITS else hits[0]
        out.update(id(units[i]) for i in on_page if i >= begin)
    return out


def _names_auditor(text: str, marker: re.Pattern) -> bool:
    """Every auditor's word follows "ved" ("Revisor er Nord Revisjon AS ved registrert revisor
    NN"): the board's text names who audits; the report itself has not begun."""
    by = _other_party_rules()["auditor_named_by"]
    return all(by.search(text[:m.start()]) for m in marker.finditer(text))


# The report's parts named in a cover's or contents' line: "Styrets årsberetning - Regnskapstall og
# noter - Revisors beretning" says the auditor's report is inside, not that it starts here.
_PART = re.compile(r"\b(?:årsberetning|årsmelding|resultatregnskap|regnskap\w*|balanse|noter|kontantstrøm\w*|innhold)\b",
                   re.IGNORECASE)
CONTENTS_LINE = 160


def _lists_parts(text: str) -> bool:
    return len(text) <= CONTENTS_LINE and len(_PART.findall(text)) >= 2


def _other_context(before: str, name: str, after: str = "") -> bool:
    """Another party's name: after a role ("revisor", "eies av"), in a list of owners after "eies av",
    with a share or a stake right after it ("Nordvik Eiendom AS 15,0 %": a row of owners or holdings;
    "Nordvik Eiendom AS har en eierandel på 20 %"), or holding an auditor's word."""
    rules = _other_party_rules()
    return bool(rules["role_before"].search(before[-60:]) or rules["owner_list_before"].search(before[-160:])
                or rules["owner_after"].match(after) or rules["name_word"].search(name))


def read_title(analysis: Analysis):
    from extractor.fields.report import EARLY_UNITS, title_units

    first_page = analysis.units[0].prov.page if analysis.units else None
    cover = [u for u in analysis.units[:EARLY_UNITS] if u.prov.page == first_page]
    seen = municipal_list_units(analysis.units) | member_entry_units(cover)  # a member's "– Lunner kommune" is hers
    for u in [*title_units(analysis), *cover]:
        if id(u) in seen or u.in_table:
            continue
        seen.add(id(u))
        # a long line on the cover is a sentence, but for a name set before a dash ("<Name> – tilsluttet ...")
        lines = u.text.split("\n") if len(u.text) < COVER_LINE else _LINE_PARTS.split(u.text, maxsplit=1)[:1]
        for line in lines:
            # a title in two languages ("Sámi namma – Norsk navn"): each part on its own
            whole = line_like_name(line) or name_beside_kind(line)
            for name in [whole] if whole else map(line_like_name, _LINE_PARTS.split(line)):
                if name and len(name) > 3:
                    yield Evidence(name, "title", u.prov, u.text)


def read_running_header(analysis: Analysis):
    seen = set()
    for b in analysis.document.furniture:
        for part in _LINE_PARTS.split(_PAGE_NUMBER.sub(" ", b.text)):
            if (name := line_like_name(part)) and len(name) > 3 and name.casefold() not in seen:
                seen.add(name.casefold())
                yield Evidence(name, "running_header", b.prov, b.text)


def all_name_texts(analysis: Analysis):
    for u in analysis.units:
        yield u, u.text
    for b in analysis.document.furniture:
        yield None, b.text


def _in_organisations_column(unit) -> bool:
    """A table cell under a header naming a kind of organisation ("Klubb", "Regionlag", "Selskap"):
    one of the organisations a report lists (member clubs, branches, subsidiaries), not itself."""
    if unit is None or unit.table is None or not unit.row or unit.col is None:
        return False
    header = unit.table.rows[0][unit.col].text.strip().rstrip(":").split() if unit.col < len(unit.table.rows[0]) else []
    return len(header) == 1 and vocab.is_org_kind_word(header[0], 3)


def read_legal_form(analysis: Analysis):
    previous = ""
    for u, text in all_name_texts(analysis):
        listed = _in_organisations_column(u)
        for name, at in iter_legal_form_names(text):
            before = text[:max(at, 0)]
            if not before.strip() and previous.rstrip().endswith(":"):
                before = previous + " "  # a label on the line above: "Forretningsfører:" / "Nordby Forvaltning AS"
            last = name.split()[-1]
            end = text.find(last, max(at, 0))
            after = text[end + len(last):] if end >= 0 else ""
            yield Evidence(name, "legal_form", u.prov if u else Provenance(), text,
                           other_party=listed or _other_context(before, name, after))
        previous = text


def _is_org_noun(noun: str) -> bool:
    n = noun.casefold()
    return vocab.is_org_kind_word(n, 3) or n in vocab.legal_form_names() or n.endswith(_EXTRA_ORG_NOUNS)


def _names_a_kind(words: str) -> bool:
    """ "en pasientforening", "eit lokalt idrettslag": a kind of organisation the subject is; not
    one it is put into or belongs to ("er sett av til disposisjonsfond", "er medlem av forbundet"),
    nor its relation to another ("et heleid datterselskap")."""
    split = _SPACES_COMMAS.split(words)
    kind = next((i for i, w in enumerate(split) if _is_org_noun(w)
                 or w.casefold() == "samarbeid" and i and _COOPERATING.match(split[i - 1])), None)
    if kind is not None and split[kind].casefold().endswith(_RELATION_NOUNS):
        return False
    if kind is not None and kind + 1 < len(split) and split[kind + 1].casefold() in ("sitt", "si", "sin", "sine"):
        return False  # nn "er selskapet sitt øvste organ", a genitive written out: the kind noun owns what the subject is
    if kind is not None and all(w[:1].isupper() for w in split[:kind + 1]):
        return False  # "Forretningsfører er Nordby Boligforvaltning AS": who it is, by name; no kind
    return kind is not None and not any(w.casefold() in _LINKING_PREPOSITIONS or w.casefold() in _CLAUSE_WORDS
                                        for w in split[:kind])


# The short form in brackets between a name and its verb: "Studentsamskipnaden Nordvik (SiNO) er en ...",
# of two words too ("Interkommunalt arkiv Nordvik IKS (IKA Nordvik) er ...").
_SHORT_FORM_AFTER = re.compile(r"\s*\(((?=[^()]*[A-ZÆØÅ])[\wæøåÆØÅ.&-]{2,12}(?:\s[\wæøåÆØÅ.&-]{2,14})?)\)\s*$")


def _spelt_out_before(subject: str, short: str) -> str | None:
    """The words ending ``subject`` that ``short`` abbreviates, the longest run: the name a short
    form in brackets defines, lower-case nouns and an opening adjective in it too ("Interkommunalt
    arkiv Nordvik IKS" for "IKA Nordvik"), where the capitalised words alone are a part of it."""
    from extractor.fields.org_vote import abbreviates, split_form  # the vote reads this module's evidence

    words = subject.split()
    for k in range(max(0, len(words) - MAX_WORDS), len(words) - 1):
        run = " ".join(words[k:])
        if is_name_token(words[k]) and split_form(run)[1] and abbreviates(short, split_form(run)[0]):
            return run
    return None


def read_is_a(analysis: Analysis):
    for u in analysis.text_units():
        for sent in iter_sentences(u.text):
            for m in _IS_A.finditer(sent):
                first = sent[:m.start()].split()[:1]
                if first and first[0].casefold() in _LINKING_PREPOSITIONS:
                    continue  # "På Oppsal i Oslo ble et nytt senter ...": a fronted place, the subject comes later
                short = _SHORT_FORM_AFTER.search(sent[:m.start()])
                subject = _SHORT_FORM_AFTER.sub("", sent[:m.start()])  # "Nordvik Museum (NM) er ..."
                if _names_a_kind(m.group("words")) and (name := short and _spelt_out_before(subject, short.group(1))
                                                       or name_before(subject)) \
                        and not (" " not in name and (vocab.is_org_kind_word(name) or vocab.is_organ_word(name))):
                    if subject.rstrip().endswith(name):  # not "Bedriften er ...", "Representantskapet er ..."
                        yield Evidence(name, "is_a", u.prov, sent)


def read_orgnr_line(analysis: Analysis):
    above = None  # the line before: in the unit (a text box keeps its lines), or ending a short unit before
    for u in analysis.units:
        for line in u.text.split("\n"):
            m = ORGNR_LABEL.search(line)
            if m and re.search(r"\d{3}\s?\d{3}\s?\d{3}", line[m.end():]):
                before = ADDRESS_TAIL.sub("", line[:m.start()].rstrip(" ,(–-:·•|")).rstrip(" ,(–-:·•|")
                name = name_before(before) if before else None
                if name is None and not before.strip() and above is not None:
                    name = line_like_name(above, lower_tail=True)  # over its org.nr., as over contact details
                if name:
                    yield Evidence(name, "orgnr_line", u.prov, line)
            above = line if len(line) < 80 else None
        above = above if len(u.text) < 80 else None


# A letterhead or footer band: "<Name> · Skolevegen 8, 1400 Ski · telefon 64 87 20 30 · post@...".
# "<Name> · Skolevegen 8, 1400 Ski · post@...", also with full stops: "<Name>. Kirkegata 12, 3016 Drammen. Telefon: ..."
_BAND_SPLIT = re.compile(r"\s+[·•|]\s+|\.\s+(?=[A-ZÆØÅ])")
_CONTACT_PART = re.compile(r"@|\bwww\.|https?://|\b\d{4}\s+[A-ZÆØÅ]|\b(?:tlf|telefon|tel|mob|mobil|e-?post)\b|"
                           r"\b(?:\d{2}\s?){3}\d{2}\b|\b(?:stiftet|stifta|skipa|etablert)\b", re.IGNORECASE)
BAND_CONTACTS = 2  # the other parts of the band hold at least this many contact details


def read_contact_line(analysis: Analysis):
    """The name that opens a band of contact details (an org.nr. line is ``read_orgnr_line``'s),
    or a block whose first line is the name and whose other lines are contact details."""
    for u in analysis.units:
        lines = [ln.strip() for ln in u.text.split("\n") if ln.strip()]
        if len(lines) > BAND_CONTACTS and all(_CONTACT_PART.search(ln) for ln in lines[1:]) \
                and not ORGNR_LABEL.search(lines[0]) and (name := line_like_name(lines[0], lower_tail=True)):
            yield Evidence(name, "contact_line", u.prov, u.text[:200])
        for line in u.text.split("\n"):
            parts = _BAND_SPLIT.split(line.strip())
            if len(parts) <= BAND_CONTACTS or ORGNR_LABEL.search(line) \
                    or sum(bool(_CONTACT_PART.search(p)) for p in parts[1:]) < BAND_CONTACTS:
                continue
            if name := line_like_name(parts[0], lower_tail=True):
                yield Evidence(name, "contact_line", u.prov, line)


def _read_after(analysis: Analysis, pattern: re.Pattern, reader: str, headings_only: bool = False):
    for u in analysis.units:
        if headings_only and not u.is_heading:
            continue
        for m in pattern.finditer(u.text):
            if name := name_after(u.text[m.end():]):
                yield Evidence(name, reader, u.prov, u.text[:200])


# "<Name> legger med dette fram sin beretning for virksomheten i 2005": the body presenting the report.
_PRESENTS = re.compile(r"\s+(?:legger|legg)\s+(?:(?:med\s+dette|herved|her)\s+)?fram\s+(?:sin|si|sitt|sine)\s+"
                       r"(?:[åa]rs)?(?:beretning|melding|rapport)\w*", re.IGNORECASE)


# "<Name> avholder sitt årsmøte i klubbhuset", nn "<Namn> held årsmøte": the body whose meeting it is.
_HOLDS_MEETING = re.compile(r"\s+(?:avholder|avholdt|holder|held|heldt|innkaller\s+til)\s+(?:sitt\s+(?:ordinære\s+)?|"
                            r"ordinært\s+)?(?:årsmøte|generalforsamling|sameiermøte)\b", re.IGNORECASE)


def read_presents(analysis: Analysis):
    for u in analysis.text_units():
        for sent in iter_sentences(u.text):
            if (m := _PRESENTS.search(sent) or _HOLDS_MEETING.search(sent)) and (name := name_before(sent[:m.start()])) \
                    and sent[:m.start()].strip() == name and not vocab.is_organ_word(name):  # the name is the whole subject
                yield Evidence(name, "presents", u.prov, sent)


def read_bylaws(analysis: Analysis):
    return _read_after(analysis, _BYLAWS, "bylaws")


# "ble omdannet til aksjeselskap under navnet Nordvik Kraft AS", nn "under namnet": the name the body took.
_RENAMED = re.compile(r"\bunder\s+(?:det\s+nye\s+|nytt\s+)?na(?:vn|mn)(?:et)?\s+[«\"“]?", re.IGNORECASE)


def read_renamed(analysis: Analysis):
    """Only a name with its legal form: "gikk under navnet Sommerfest" names an event, not the body."""
    for ev in _read_after(analysis, _RENAMED, "renamed"):
        if ev.name.split()[-1] in vocab.legal_forms():
            yield ev


def read_addressed(analysis: Analysis):
    return _read_after(analysis, _ADDRESSED, "addressed")


_SIGNED = re.compile(r"^\s*(?:styret|representantskapet|stiftelsesstyret)\s+(?:i|for)\s+", re.IGNORECASE)


def read_signed(analysis: Analysis):
    """A line that is "Styret i <Name>" and nothing more (nn "Styret i Stiftinga Hovdetun"): the board
    signing for its own body; not a heading, which may head a section on a subsidiary's board."""
    for u in analysis.units:
        if not u.is_heading and (m := _SIGNED.match(u.text)) and (name := name_after(u.text[m.end():])) \
                and u.text[m.end():].strip().rstrip(",.:") == name:
            yield Evidence(name, "signed", u.prov, u.text[:200])


def read_about_heading(analysis: Analysis):
    return _read_after(analysis, _ABOUT, "about_heading", headings_only=True)


def _whole_heading(unit, text: str, start: int, name: str) -> str:
    """A heading that is the name and one or two lower-case nouns after it is the whole name
    ("Stiftelsen Ramsvik handelssted", "Stiftinga Holmen gard", "Stiftelsen Li sag og kvern");
    elsewhere the name as read."""
    rest = text[start:].strip()
    tail = rest[len(name):].split() if rest.startswith(name) else []
    nouns = [w for k, w in enumerate(tail) if not (k == 1 and len(tail) == 3 and w == "og")]  # "sag og mølle"
    if unit is None or not unit.is_heading or start or not 0 < len(nouns) <= 2 \
            or not all(tail_noun(w) for w in nouns) \
            or any(form.regex.search(w) for w in tail for form in vocab.report_kind_forms()):
        return name  # "Stiftelsen Ramsvik årsmelding" names the report after it
    return f"{name} {' '.join(tail)}"


def read_kind_named(analysis: Analysis):
    """Names holding a club designator ("<Place> IL Håndball") or led by an organisation
    noun ("Stiftinga <Place> arbeidssenter", "Foreningen for <X>", "Sameiet <Place> Park")."""
    abbr = vocab.org_kind_abbreviations()
    for u, text in all_name_texts(analysis):
        listed = _in_organisations_column(u)
        for m in re.finditer(r"\S+", text):
            tok = m.group(0).strip(",.;:()")
            if tok in abbr:
                head = name_before(text[:m.start()])
                if head and text[:m.start()].rstrip().endswith(head) and (name := name_after(text[m.start():])):
                    yield Evidence(f"{head} {name}", "kind_named", u.prov if u else Provenance(), text[:200],
                                   other_party=listed)
            elif tok[:1].isupper() and vocab.is_org_kind_word(tok) and tok.casefold().startswith(NAME_NOUNS):
                if (name := name_after(text[m.start():])) and len(name.split()) > 1:
                    name = _whole_heading(u, text, m.start(), name)
                    yield Evidence(name, "kind_named", u.prov if u else Provenance(), text[:200],  # "i samarbeid med Stiftelsen X"
                                   other_party=listed or _other_context(text[:m.start()], name))
            elif tok[:1].isupper() and (tok.casefold() in vocab.spelt_out_kinds() or kind_compound(tok)):
                # "Lyngmyr Idrettslag", the written-out "Lyngmyr IL"; "Bjørgan Sanitetsforening", "Vang Historielag"
                head = name_before(text[:m.start()])
                if head and text[:m.start()].rstrip().endswith(head):
                    yield Evidence(f"{head} {tok}", "kind_named", u.prov if u else Provenance(), text[:200],
                                   other_party=listed)


READERS = {
    "legal_form": read_legal_form, "title": read_title, "running_header": read_running_header, "is_a": read_is_a,
    "orgnr_line": read_orgnr_line, "contact_line": read_contact_line, "bylaws": read_bylaws, "addressed": read_addressed,
    "about_heading": read_about_heading, "kind_named": read_kind_named, "presents": read_presents,
    "renamed": read_renamed, "signed": read_signed,
}
