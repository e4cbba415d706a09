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
The vote over them is in ``org_vote``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.document import Provenance
from extractor.fields.context import Analysis
from extractor.fields.text import iter_sentences
from extractor import gazetteers
from extractor.nlp import roles, vocab
from extractor.parse import YEAR

MAX_WORDS = 7
LETTERHEAD_UNITS = 15  # an auditor's report that starts this near a page's top brings its letterhead
_NAME_TOKEN = re.compile(r"[A-ZÆØÅ0-9][\wæøåÆØÅ&'’.-]*$")
CONNECTORS = frozenset({"i", "og", "for", "til", "på", "av", "&"})
_START_STOP = frozenset({
    "vi", "det", "i", "som", "nå", "og", "men", "en", "et", "den", "de", "for", "hos", "med", "til", "om", "fra", "av",
    "på", "når", "at", "både", "da", "der", "her", "foto", "kilde", "dette", "denne", "også", "hele", "heile", "vår",
    "våre", "vårt", "vi", "eg", "me", "dei", "han", "hun", "ho", "så", "etter", "under", "ved", "per", "pr", "se",
    "sjå", "årsrapport", "årsmelding", "årsberetning", "årsmøtepapirer", "årsmøtepapir", "årsmøtedokumenter",
    "årsmøtedokument", "årsmøte", "årsmøtet", "styret", "styrets", "styreleder", "leder", "side", "sak", "innkalling",
    "kommunalt", "interkommunalt", "statlig", "statleg", "offentlig", "offentleg", "heleid", "heleigd",  # "Kommunalt AS i ..."
    "selskapskontroll", "selskapskontrollen", "forvaltningsrevisjon", "forvaltningsrevisjonen", "eierskapskontroll",
    "revisjonsrapport",
})
# "Org.nr.", "Org nr:", "Organisasjonsnummer", "Foretaksnr", nn "Føretaksnummer", "MVA-nr"; English
# "Organisation number", "Company reg. no.".
ORGNR_LABEL = re.compile(r"(?:\borg(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer|no)\b\.?|\bf[oø]retaks?\s*-?\s*(?:nr|nummer)\b\.?|"
                         r"\borgani[sz]ation\s+(?:number|no)\b\.?|\bcompany\s+(?:reg(?:istration)?\.?\s+)?(?:number|no)\b\.?|"
                         r"\borgnr\b\.?|\bMVA-?nr\.?)", re.IGNORECASE)
_IS_A = re.compile(r"\s+(?:er|var|ble|blei|vart)\s+(?:registrert\s+som\s+|organisert\s+som\s+)?(?:(?:en|ei|et|ein|eit)\s+)?"
                   r"(?P<words>(?:[\wæøå-]+[\s,]+){0,3}[\wæøå-]+)", re.IGNORECASE)
# The postal address a cover line puts between the name and "Org.nr": "... idrettsråd Pb. 41, 3050 Mjøndalen".
_LINKING_PREPOSITIONS = frozenset({"til", "av", "i", "på", "for", "fra", "frå", "med", "om", "ved", "over", "under",
                                   "mot", "hos"})  # "er overført til fond": no kind of organisation the subject is
# A clause begins before the kind noun: "Ballbingen er planen at Stryn kommune skal flytte": the subject is
# no organisation of that kind.
_CLAUSE_WORDS = frozenset({"at", "som", "om", "der", "når", "fordi", "dersom", "hvis", "viss", "så", "mens"})
_ADDRESS_TAIL = re.compile(r"(?:[\s,]*(?:pb\.?|postboks|boks)\s*\d+)?[\s,]*\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ-]*\s*$",
                           re.IGNORECASE)
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
_YEAR_OR_BAR = re.compile(rf"\b{YEAR}\b|[|•·–—]|\s-\s")
_EDGE_FOR_I = re.compile(r"^\s*(?:for|i)\s+|\s+(?:for|i)\s*$", re.IGNORECASE)  # "ÅRSMELDING FOR <NAME>"
# The tail of a name for a town and the land around it: "Krisesenteret for Molde og omegn".
_SURROUNDINGS = frozenset({"omegn", "omland"})
_SURNAME_LIKE = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.")  # not "Aasen-tunet"
COVER_LINE = 80  # characters: a longer cover line is a sentence
_LINE_PARTS = re.compile(r"\s{2,}|\t|\n|\s*[|·•–—]\s*|\s-\s")
_SPACES_COMMAS = re.compile(r"[\s,]+")
# A lower-case adjective before the kind word: "Nordby kirkelige fellesråd", "Nordby kommunale boligstiftelse".
_KIND_ADJECTIVE = re.compile(r"^[a-zæøå]{3,}(?:lige|lege|ale|iske)$")  # "interkommunale", "samiske"
_STREET_ENDINGS = vocab.street_endings()[0]
_CONTENTS = re.compile(r"\b(?:innholdsfortegnelse|innhaldsliste|innhold|innhald)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_words() -> dict[str, re.Pattern]:
    """Words a cover line may hold around the name that are not part of it (``title_words.jsonl``)."""
    return {row["what"]: re.compile(row["regex"], re.IGNORECASE) for row in vocab.read_rows("title_words.jsonl")}


@dataclass(slots=True)
class Evidence:
    name: str
    reader: str
    prov: Provenance
    text: str
    other_party: bool = False


# --- reading a name from the words around a cue ---------------------------------------------

def _is_name_token(tok: str) -> bool:
    # not a dotted leader's run ("Styreleder.......Halvor": a board list laid out with tab leaders)
    return bool(_NAME_TOKEN.match(tok)) and any(ch.isalpha() for ch in tok) and ".." not in tok


# A kind of organisation in the definite form before the name: "Vekstbedriften Øksnes Vekst AS".
# Not "Stiftelsen"/"Foreningen", which begin names.
_GENERIC_LEAD = frozenset({"bedriften", "bedrifta", "vekstbedriften", "vekstbedrifta", "attføringsbedriften",
                           "arbeidsinkluderingsbedriften", "arbeidsmarkedsbedriften", "konsernet", "firmaet",
                           "aksjeselskapet"})


def _trim(words: list[str]) -> str | None:
    for what in ("publication", "document_of"):  # "Medlemsblad for <Name>", "Vedtekter for <Name> AS"
        if words and (lead := _title_words()[what].match(" ".join(words))):
            words = " ".join(words)[lead.end():].split()
    while len(words) > 1 and words[0].casefold() in _GENERIC_LEAD and _is_name_token(words[1]):
        words.pop(0)
    while words and (words[0].casefold().strip(",.:") in _START_STOP
                     or not _is_name_token(words[0]) and words[0] not in vocab.prefix_legal_forms()  # "A/L Vinger"
                     or len(words) > 1 and roles.is_role_phrase(words[0])):  # "CEO Nordhavn AS"
        words.pop(0)
    # "Selskapskontroll av Nordvik Utvikling AS og Nordvik Bygg AS": two companies, the first named first
    cut = next((i for i, w in enumerate(words[:-1]) if w in vocab.legal_forms() and words[i + 1] in ("og", "&")), None)
    if cut is not None:
        words = words[:cut + 1]
    while words and (words[-1].casefold() in CONNECTORS or words[-1] in "-–"):
        words.pop()
    name = " ".join(words).strip(" ,.;:»”\"'")
    return name if name and any(ch.isupper() for ch in name) else None


def name_after(text: str) -> str | None:
    """The name that ``text`` starts with: capitalised words, a form or kind word, connectors
    between them ("Foreningen til Bægnavassdragets Regulering", "Stiftinga Voss arbeidssenter")."""
    words: list[str] = []
    numbered = False  # the last word was a street's number
    for tok in text.split()[:MAX_WORDS + 2]:
        if words and tok.startswith("("):
            break  # "Norsk Fjellforbund (NFF)": the short form is not part of the name
        bare = tok.strip("«»\"“”()")
        end = bare[-1:] in ",.;:!?)" and not vocab.legal_forms().get(bare)
        bare = bare.rstrip(",.;:!?)") if end else bare
        if words and any(form.regex.fullmatch(bare) for form in vocab.report_kind_forms()):
            break  # "Sameiet Lia Terrasse Årsberetning for 2021": the report's kind after the name
        if numbered:  # "Parkveien 64 Borettslag": a co-operative's kind after the street it is named by
            if vocab.is_org_kind_word(bare, 3) or bare in vocab.legal_forms():
                words.append(bare)
            break
        if _is_name_token(bare) or bare in vocab.legal_forms():
            words.append(bare)
        elif words and bare.isdigit() and len(bare) <= 4 and words[-1].casefold().endswith(_STREET_ENDINGS):
            words.append(bare)  # "Sameiet Parkveien 92": a housing co-operative named by its address
            numbered = True
        elif words and bare.casefold() in CONNECTORS:
            words.append(bare)
        elif words and vocab.is_org_kind_word(bare, 3):
            words.append(bare)
            break
        else:
            break
        if end or bare in vocab.legal_forms() or len(words) >= MAX_WORDS:
            break
    return _trim(words)


def name_before(text: str, formed: bool = False) -> str | None:
    """The name that ``text`` ends with (read backwards over the same words as ``name_after``).
    ``formed``: a legal form follows the text; a name that ends in one (there or in ``text``) may
    hold lower-case nouns between its first word and the form ("Tynset bygg og eiendom KF")."""
    words: list[str] = []
    toks = text.split()[-(MAX_WORDS + 2):]
    formed = formed or bool(toks) and toks[-1] in vocab.legal_forms()
    i = len(toks) - 1
    while i >= 0:
        tok = toks[i]
        if tok[-1] in ",.;:!?)»”" or (words and tok in vocab.legal_forms()):
            break
        if _is_name_token(tok) or (words and tok.casefold() in CONNECTORS) or (not words and (
                vocab.is_org_kind_word(tok, 3) or _common_noun_after_name(tok, toks[i - 1] if i else ""))):
            words.insert(0, tok)
        elif formed and len(words) <= 1 and (start := _lower_phrase_start(toks, i)) is not None:
            words[:0] = toks[start:i + 1]
            i = start
        else:
            break
        if len(words) >= MAX_WORDS:
            break
        i -= 1
    return _trim(words)


LOWER_PHRASE = 4  # lower-case words between a name's first word and its legal form ("brann og redning")
# Common finite verbs: "I Noreg går KS aktivt inn for ...": a clause before a form, not a name's nouns.
_FINITE_VERBS = frozenset({"går", "gjer", "gjør", "har", "hadde", "blir", "vert", "kan", "skal", "vil", "må", "får",
                           "fekk", "fikk", "gir", "gjev", "tar", "tok", "ser", "står", "eier", "eig", "driv", "driver"})


def _lower_phrase_start(toks: list[str], end: int) -> int | None:
    """Where the name begins whose lower-case words end at ``toks[end]``, right before its legal
    form: "Dalsfjord brann og redning IKS", "Tynset bygg og eiendom KF" (a capitalised first word,
    then nouns joined by "og"); None when no capitalised word opens them within ``LOWER_PHRASE``."""
    k = end
    while k >= 0 and end - k < LOWER_PHRASE and toks[k].isalpha() and toks[k].islower() and (
            toks[k] in ("og", "&") or len(toks[k]) > 2 and toks[k] not in _START_STOP and toks[k] not in CONNECTORS
            and toks[k] not in _FINITE_VERBS):
        k -= 1
    if k == end or k < 0 or toks[k + 1] == "og" or toks[end] == "og":
        return None
    return k if _is_name_token(toks[k]) and toks[k].casefold() not in _START_STOP else None


def _common_noun_after_name(tok: str, before: str) -> bool:
    """ "Nordtun museum AS", "Hedmark fylkesmuseum AS": a lower-case noun may end a name before
    its legal form when a capitalised name word stands right before it."""
    return (tok.isalpha() and tok.islower() and len(tok) > 3 and tok not in _START_STOP and tok not in CONNECTORS
            and _is_name_token(before) and before.casefold() not in _START_STOP)


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
        hits = [i for i in on_page if marker.search(units[i].text) and not _lists_parts(units[i].text)]
        if not hits:
            continue
        begin = start if page != first_page and hits[0] - start <= LETTERHEAD_UNITS else hits[0]
        out.update(id(units[i]) for i in on_page if i >= begin)
    return out


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


def iter_legal_form_names(text: str):
    """(name, start) for '<Capitalised words> AS' in running text, and 'AS <Name>' before it."""
    forms, prefix = vocab.legal_forms(), vocab.prefix_legal_forms()
    for m in re.finditer(r"\S+", text):
        tok = m.group(0)
        form = tok.rstrip(",.;:)!?»”")
        if form not in forms:
            continue
        before = text[:m.start()]
        if (name := name_before(before, formed=True)) and not any(w.isdigit() for w in name.split()):
            last = name.split()[-1]
            if last not in forms:
                yield f"{name} {form}", m.start() - len(before) + len(before.rstrip()) - len(name)
                continue
        if form in prefix and form == tok and (name := name_after(text[m.end():])) and name.split()[-1] not in forms:
            yield f"{form} {name}", m.start()


def _line_like_name(line: str, lower_tail: bool = False) -> str | None:
    """A cover or header line that is only a name, once report words and years are removed.
    ``lower_tail``: the line opens a band of contact details, so a lower-case noun may end the
    name ("Stiftinga Solhaug omsorgsbustader · Vegen 1 · post@..."); on a cover it is a title's
    ("Viktige hendelser")."""
    # A meeting document's words first: "Referat frå årsmøtet i <NAME>" loses its "årsmøtet" below.
    line = _title_words()["meeting_document"].sub(" ", line, count=1)  # "MØTEBOK STYREMØTE I <NAME>"
    line = _title_words()["national_meeting"].sub(" ", line, count=1)  # "Vedtaksprotokoll Landsmøte <NAME>"
    line = _title_words()["publication"].sub(" ", line, count=1)  # "Medlemsblad for <Name>"
    line = _title_words()["case_number"].sub("", line)  # "<Name> Sak 5" atop a meeting paper
    for form in vocab.report_kind_forms():
        line = form.regex.sub(" ", line)
    line = _title_words()["yearbook"].sub(" ", line)  # "<NAME> Årbok 1997"
    line = _title_words()["founded_tail"].sub(" ", line)  # "<Namn>, stifta 1946"
    line = _YEAR_OR_BAR.sub(" ", line)
    line = _ORGNR_TAIL.sub("", line)  # "ASKER IDRETTSRÅD PB. 166, 1372 ASKER ORG.NR"
    line = _CONTENTS.sub(" ", line)  # a cover line run into the contents' heading
    line = _title_words()["document_of"].sub(" ", line, count=1)  # "SELSKAPSKONTROLL <NAME> IKS", "Eierskapsmelding <Navn>"
    line = _title_words()["meeting_document_tail"].sub("", line)  # "<NAME> MØTEINNKALLING <NAME>" in a PDF
    line, english = _title_words()["english_report"].subn(" ", line, count=1)  # "<Name> Annual Report", "The ... Report"
    line = _ADDRESS_TAIL.sub("", line)
    line = _place_tail(line)  # "Sarepta Frimenighet, Orkanger": where it is, after its name
    line = _EDGE_FOR_I.sub(" ", line).strip(" ,.:")
    words = line.split()
    if len(words) == 1 and (genitive := _kind_genitive(words[0])):
        return genitive  # "Kulturvernforeningens årsmelding 2022"
    if len(words) == 2 and words[1].islower() and _common_genitive(words[0]):
        return None  # "Kretsens organisasjon", "Klubbens økonomi": a section about the organisation
    if len(words) == 1 and english and _is_name_token(words[0]) and not gazetteers.place(words[0]):
        return words[0]  # "GRID-Arendal Annual Report": an English title names its organisation
    if len(words) == 1 and not (words[0].isupper() and 2 <= len(words[0]) <= 6):
        return None  # one word on a cover is a section title ("Økonomi") far more often than a name
    if roles.is_role_phrase(line) or _person_like(words) or (
            len(words) > 2 and roles.is_role_phrase(words[0]) and _person_like(words[1:])):
        return None  # "ADM. DIREKTØR" over the manager's letter; a board member's name on its own line
    if _people_or_byline(line) or all(_title_words()["section_word"].match(w.casefold()) or w.casefold() in CONNECTORS
                                      for w in words):
        return None  # "Kari Nes og Per Dal" under a letter, "FØRT I PENN AV OLA NES"; "VISJON OG RESULTATER"
    if any(roles.word_kind(w) == ("BODY", "BOARD") for w in words):
        return None  # "1. STYRET" (OCR'd "Tv STYRET"): a section heading about the board
    if not 1 <= len(words) <= MAX_WORDS or not all(
            _is_name_token(w) or w in vocab.legal_forms() or w.casefold() in CONNECTORS or vocab.is_org_kind_word(w, 3)
            or (w.casefold() in _SURROUNDINGS and k and words[k - 1].casefold() == "og")
            or (_KIND_ADJECTIVE.match(w) and k + 1 < len(words) and vocab.is_org_kind_word(words[k + 1], 3))
            or (lower_tail and k == len(words) - 1 and k and _common_noun_after_name(w, words[k - 1]))
            or (k == len(words) - 1 and k and w in vocab.title_only_kinds() and _is_name_token(words[k - 1]))
            or k >= _formal_tail(words)
            for k, w in enumerate(words)):
        return None
    name = _trim(words)
    return name if name and name == " ".join(line.split()) else None


def _formal_tail(words: list[str]) -> int:
    """Where the lower-case nouns begin that end a formal name opened by its organisation noun
    ("Stiftelsen Li sag og kvern", "Stiftinga Holmen gard"): one or two nouns, "og" between them;
    ``len(words)`` when there are none."""
    first = next((k for k, w in enumerate(words) if w.islower()), len(words))
    tail = words[first:]
    nouns = [w for k, w in enumerate(tail) if not (k == 1 and len(tail) == 3 and w == "og")]
    formal = (first >= 2 and words[0].casefold().startswith(NAME_NOUNS) and vocab.is_org_kind_word(words[0])
              and all(_is_name_token(w) for w in words[1:first]))
    if not formal or not 0 < len(nouns) <= 2 or not all(
            _tail_noun(w) and w not in _START_STOP and w not in _FINITE_VERBS for w in nouns):
        return len(words)
    return first


def _place_tail(line: str) -> str:
    """The line without a comma and one place name ending it."""
    head, comma, tail = line.rpartition(",")
    return head if comma and head.strip() and " " not in tail.strip() and gazetteers.place(tail.strip()) else line


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


def _kind_compound(word: str) -> bool:
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


def _name_beside_kind(line: str) -> str | None:
    """ "Nordfjellrådet – interkommunalt politisk råd": one compound word ending in a kind of
    organisation, and after a dash only lower-case words ending in one, which say what kind it is.
    Alone, one word on a cover is a section's title; beside its kind it is the name."""
    parts = _DASH.split(line.strip())
    if len(parts) != 2:
        return None
    name, kind = parts[0].split(), parts[1].split()
    if len(name) != 1 or not _is_name_token(name[0]) or not vocab.is_org_kind_word(name[0], MIN_COMPOUND_STEM) \
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


def read_title(analysis: Analysis):
    from extractor.fields.report import EARLY_UNITS, title_units

    first_page = analysis.units[0].prov.page if analysis.units else None
    cover = [u for u in analysis.units[:EARLY_UNITS] if u.prov.page == first_page]
    seen = municipal_list_units(analysis.units)
    for u in [*title_units(analysis), *cover]:
        if id(u) in seen or u.in_table:
            continue
        seen.add(id(u))
        # a long line on the cover is a sentence, but for a name set before a dash ("<Name> – tilsluttet ...")
        lines = u.text.split("\n") if len(u.text) < COVER_LINE else _LINE_PARTS.split(u.text, maxsplit=1)[:1]
        for line in lines:
            # a title in two languages ("Sámi namma – Norsk navn"): each part on its own
            whole = _line_like_name(line) or _name_beside_kind(line)
            for name in [whole] if whole else map(_line_like_name, _LINE_PARTS.split(line)):
                if name and len(name) > 3:
                    yield Evidence(name, "title", u.prov, u.text)


def read_running_header(analysis: Analysis):
    seen = set()
    for b in analysis.document.furniture:
        for part in _LINE_PARTS.split(_PAGE_NUMBER.sub(" ", b.text)):
            if (name := _line_like_name(part)) and len(name) > 3 and name.casefold() not in seen:
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
    one it is put into or belongs to ("er sett av til disposisjonsfond", "er medlem av forbundet")."""
    split = _SPACES_COMMAS.split(words)
    kind = next((i for i, w in enumerate(split) if _is_org_noun(w)
                 or w.casefold() == "samarbeid" and i and _COOPERATING.match(split[i - 1])), None)
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
        if _is_name_token(words[k]) and split_form(run)[1] and abbreviates(short, split_form(run)[0]):
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
                        and not (" " not in name and vocab.is_org_kind_word(name)):  # "Bedriften er ..."
                    if subject.rstrip().endswith(name):
                        yield Evidence(name, "is_a", u.prov, sent)


def read_orgnr_line(analysis: Analysis):
    above = None  # the line before: in the unit (a text box keeps its lines), or ending a short unit before
    for u in analysis.units:
        for line in u.text.split("\n"):
            m = ORGNR_LABEL.search(line)
            if m and re.search(r"\d{3}\s?\d{3}\s?\d{3}", line[m.end():]):
                before = _ADDRESS_TAIL.sub("", line[:m.start()].rstrip(" ,(–-:·•|")).rstrip(" ,(–-:·•|")
                name = name_before(before) if before else None
                if name is None and not before.strip() and above is not None:
                    name = _line_like_name(above, lower_tail=True)  # over its org.nr., as over contact details
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
                and not ORGNR_LABEL.search(lines[0]) and (name := _line_like_name(lines[0], lower_tail=True)):
            yield Evidence(name, "contact_line", u.prov, u.text[:200])
        for line in u.text.split("\n"):
            parts = _BAND_SPLIT.split(line.strip())
            if len(parts) <= BAND_CONTACTS or ORGNR_LABEL.search(line) \
                    or sum(bool(_CONTACT_PART.search(p)) for p in parts[1:]) < BAND_CONTACTS:
                continue
            if name := _line_like_name(parts[0], lower_tail=True):
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
                    and sent[:m.start()].strip() == name:  # the name is the whole subject
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


def read_about_heading(analysis: Analysis):
    return _read_after(analysis, _ABOUT, "about_heading", headings_only=True)


def _tail_noun(word: str) -> bool:
    """A lower-case noun that may end a formal name, in any Norwegian or Sámi letters ("duodjeguovddáš")."""
    return len(word) >= 3 and word.isalpha() and word.islower()


def _whole_heading(unit, text: str, start: int, name: str) -> str:
    """A heading that is the name and one or two lower-case nouns after it is the whole name
    ("Stiftelsen Ramsvik handelssted", "Stiftinga Holmen gard", "Stiftelsen Li sag og kvern");
    elsewhere the name as read."""
    rest = text[start:].strip()
    tail = rest[len(name):].split() if rest.startswith(name) else []
    nouns = [w for k, w in enumerate(tail) if not (k == 1 and len(tail) == 3 and w == "og")]  # "sag og mølle"
    if unit is None or not unit.is_heading or start or not 0 < len(nouns) <= 2 \
            or not all(_tail_noun(w) for w in nouns) \
            or any(form.regex.search(w) for w in tail for form in vocab.report_kind_forms()):
        return name  # "Stiftelsen Ramsvik årsmelding" names the report after it
    return f"{name} {' '.join(tail)}"


# Organisation nouns that open a formal name ("Stiftelsen X", "Foreningen for X", "Sameiet X")
NAME_NOUNS = ("stift", "foren", "sameie")


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
            elif tok[:1].isupper() and (tok.casefold() in vocab.spelt_out_kinds() or _kind_compound(tok)):
                # "Lyngmyr Idrettslag", the written-out "Lyngmyr IL"; "Bjørgan Sanitetsforening", "Vang Historielag"
                head = name_before(text[:m.start()])
                if head and text[:m.start()].rstrip().endswith(head):
                    yield Evidence(f"{head} {tok}", "kind_named", u.prov if u else Provenance(), text[:200],
                                   other_party=listed)


READERS = {
    "legal_form": read_legal_form, "title": read_title, "running_header": read_running_header, "is_a": read_is_a,
    "orgnr_line": read_orgnr_line, "contact_line": read_contact_line, "bylaws": read_bylaws, "addressed": read_addressed,
    "about_heading": read_about_heading, "kind_named": read_kind_named, "presents": read_presents,
    "renamed": read_renamed,
}
