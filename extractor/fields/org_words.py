"""Reading an organisation's name from the words around a cue: ``name_after`` the cue ("Foreningens
navn er <Name>"), ``name_before`` it ("<Name> er en pasientforening", "<Name> AS"), and
``iter_legal_form_names`` for every "<Name> AS" in a text. The readers in ``org_name`` give the cues;
these decide where the name begins and ends.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.nlp import roles, vocab
from extractor.parse import UPPER_LETTERS

MAX_WORDS = 7
_NAME_TOKEN = re.compile(rf"[{UPPER_LETTERS}0-9][\w&'’.-]*$")  # Sámi capitals too: "Čáhcegáddi giellaguovddáš"
CONNECTORS = frozenset({"i", "og", "for", "til", "på", "av", "&"})
START_STOP = frozenset({
    "vi", "det", "i", "som", "nå", "og", "men", "en", "et", "den", "de", "for", "hos", "med", "til", "om", "fra", "av",
    "på", "når", "at", "både", "da", "der", "her", "foto", "kilde", "dette", "denne", "også", "hele", "heile", "vår",
    "våre", "vårt", "vi", "eg", "me", "dei", "han", "hun", "ho", "så", "etter", "under", "ved", "per", "pr", "se",
    "sjå", "årsrapport", "årsmelding", "årsberetning", "årsmøtepapirer", "årsmøtepapir", "årsmøtedokumenter",
    "årsmøtedokument", "årsmøte", "årsmøtet", "styret", "styrets", "styreleder", "leder", "side", "sak", "innkalling",
    "kommunalt", "interkommunalt", "statlig", "statleg", "offentlig", "offentleg", "heleid", "heleigd",  # "Kommunalt AS i ..."
    "selskapskontroll", "selskapskontrollen", "forvaltningsrevisjon", "forvaltningsrevisjonen", "eierskapskontroll",
    "revisjonsrapport",
})
_STREET_ENDINGS = vocab.street_endings()[0]


@lru_cache(maxsize=1)
def title_words() -> dict[str, re.Pattern]:
    """Words a cover line may hold around the name that are not part of it (``title_words.jsonl``)."""
    return {row["what"]: re.compile(row["regex"], re.IGNORECASE) for row in vocab.read_rows("title_words.jsonl")}


def is_name_token(tok: str) -> bool:
    # not a dotted leader's run ("Styreleder.......Halvor": a board list laid out with tab leaders)
    return bool(_NAME_TOKEN.match(tok)) and any(ch.isalpha() for ch in tok) and ".." not in tok


# A kind of organisation in the definite form before the name: "Vekstbedriften Øksnes Vekst AS".
# Not "Stiftelsen"/"Foreningen", which begin names.
_GENERIC_LEAD = frozenset({"bedriften", "bedrifta", "vekstbedriften", "vekstbedrifta", "attføringsbedriften",
                           "arbeidsinkluderingsbedriften", "arbeidsmarkedsbedriften", "konsernet", "firmaet",
                           "aksjeselskapet"})


def trim(words: list[str]) -> str | None:
    for what in ("publication", "document_of"):  # "Medlemsblad for <Name>", "Vedtekter for <Name> AS"
        if words and (lead := title_words()[what].match(" ".join(words))):
            words = " ".join(words)[lead.end():].split()
    while len(words) > 1 and words[0].casefold() in _GENERIC_LEAD and is_name_token(words[1]):
        words.pop(0)
    while words and (words[0].casefold().strip(",.:") in START_STOP
                     or not is_name_token(words[0]) and words[0] not in vocab.prefix_legal_forms()  # "A/L Vinger"
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
        if is_name_token(bare) or bare in vocab.legal_forms():
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
    return trim(words)


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
        if is_name_token(tok) or (words and tok.casefold() in CONNECTORS) or (not words and (
                vocab.is_org_kind_word(tok, 3) or common_noun_after_name(tok, toks[i - 1] if i else ""))):
            words.insert(0, tok)
        elif formed and len(words) <= 1 and (start := lower_phrase_start(toks, i)) is not None:
            words[:0] = toks[start:i + 1]
            i = start
        else:
            break
        if len(words) >= MAX_WORDS:
            break
        i -= 1
    return trim(words)


LOWER_PHRASE = 4  # lower-case words between a name's first word and its legal form ("brann og redning")
# Common finite verbs: "I Noreg går KS aktivt inn for ...": a clause before a form, not a name's nouns.
FINITE_VERBS = frozenset({"går", "gjer", "gjør", "har", "hadde", "blir", "vert", "kan", "skal", "vil", "må", "får",
                           "fekk", "fikk", "gir", "gjev", "tar", "tok", "ser", "står", "eier", "eig", "driv", "driver"})


def lower_phrase_start(toks: list[str], end: int) -> int | None:
    """Where the name begins whose lower-case words end at ``toks[end]``, right before its legal
    form: "Dalsfjord brann og redning IKS", "Tynset bygg og eiendom KF" (a capitalised first word,
    then nouns joined by "og"); None when no capitalised word opens them within ``LOWER_PHRASE``."""
    k = end
    while k >= 0 and end - k < LOWER_PHRASE and toks[k].isalpha() and toks[k].islower() and (
            toks[k] in ("og", "&") or len(toks[k]) > 2 and toks[k] not in START_STOP and toks[k] not in CONNECTORS
            and toks[k] not in FINITE_VERBS):
        k -= 1
    if k == end or k < 0 or toks[k + 1] == "og" or toks[end] == "og":
        return None
    return k if is_name_token(toks[k]) and toks[k].casefold() not in START_STOP else None


def common_noun_after_name(tok: str, before: str) -> bool:
    """ "Nordtun museum AS", "Hedmark fylkesmuseum AS": a lower-case noun may end a name before
    its legal form when a capitalised name word stands right before it."""
    return (tok.isalpha() and tok.islower() and len(tok) > 3 and tok not in START_STOP and tok not in CONNECTORS
            and is_name_token(before) and before.casefold() not in START_STOP)


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
