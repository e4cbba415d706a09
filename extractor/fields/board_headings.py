"""What a heading says about the board sections under it, and whose organisation a word names.

``read_heading`` reads a heading with the same role spans as the text: BODY BOARD makes a board
section (or another organisation's board: "Styret i Vekst Eiendom AS"), BODY OTHER another
organ's, BODY STAFF the staff's, BODY ORGANISATION a general one; ``foreword_role`` the writer a
foreword heading names by role only ("Styreleiar har ordet"). ``own_org`` and ``own_council``
tell the organisation's own name and council from another's.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from extractor.fields.board_mentions import Line, doc_to_lines
from extractor.fields.board_owners import org_after
from extractor.nlp import vocab
from extractor.nlp.role_spans import Role

# OCR-garbled board headings ("Styrct pr. 31.12.22") still count: fuzzy against these.
BOARD_HEADINGS = ("styret", "styrets sammensetning", "styrets medlemmer", "styret og ledelse", "styre",
                  "styresammensetning", "styret pr", "styret ved utgangen", "styret består av", "styremedlemmer",
                  "styret i", "styrets beretning", "styrets årsberetning", "styret har bestått av", "tillitsvalgte")
HEADING_SCORE = 85


def org_words(org_name: str | None) -> frozenset[str]:
    """The words of an organisation's name without its legal form ("Vekst Produkt AS")."""
    forms = {form.casefold() for form in vocab.legal_forms()}
    words = (org_name or "").replace(",", " ").split()
    return frozenset(w.casefold() for w in words if w.casefold() not in forms)


def own_org(word: str | None, org: frozenset[str]) -> bool:
    """'Produkts' or 'Produkt' for Vekst Produkt AS, and 'Vekst Produkt AS' itself; "styret" and the
    like are no organisation; "datterselskapet Fjordvik" (see ``board_names.org_after``) is never ours."""
    if not word:
        return True
    if " " in word:  # "Nordby Vekst AS" is ours, "Nordby Drift AS" and "datterselskapet Nordby" are not
        words = org_words(word)
        return word[0].isupper() and bool(words) and all(own_org(w, org) for w in words)
    key = word.casefold().rstrip("'’")
    stem = key.removesuffix("s")
    return key in org or stem in org or stem in SELF_NOUNS or _head_noun(stem, org)


def _head_noun(word: str, org: frozenset[str]) -> bool:
    """The definite form of the noun ending a word of the name: "rådet" in the report of
    Regionrådet for Nordbygda, "senteret" in Nordby Arbeidssenter's, "laget" in Nordby Idrettslag's."""
    bases = {word} | {word[:-len(e)] for e in vocab.DEFINITE_ENDINGS if word.endswith(e)}
    return any(len(base) >= 3 and w.endswith(base) for base in bases - {word} for w in org) \
        or any(w.endswith(word) and len(word) >= 5 for w in org)


# The nouns a report calls its own organisation by, also in the genitive ("Foretakets styre"; a
# group's report: "Styret i morselskapet"); not "forbundet", which in a club's report is the federation it belongs to
SELF_NOUNS = frozenset({"styret", "selskapet", "bedriften", "bedrifta", "foretaket", "føretaket", "stiftelsen", "stiftinga",
                        "foreningen", "foreninga", "laget", "klubben", "virksomheten", "verksemda",
                        "organisasjonen", "sameiet", "borettslaget", "morselskapet"})


_COUNCIL_ENDINGS = ("ets", "et", "a", "en", "s", "")  # "Fellesrådets", "fellesrådet", nn "soknerådet"
OWN_BOARD = Role("BODY", "BOARD")
OWN_HEAD = Role("ROLE", "DAGL")


def own_council(line: Line, org: frozenset[str]) -> Line:
    """The organisation's own governing council read as its board: "Fellesrådet" in the report of
    Nordby kirkelige fellesråd, "Menighetsrådet" in a menighetsråd's (another organ otherwise); its
    own group no other organ ("Styret i gruppa" in a ski group's report); a
    kommune's own administrative head ("kommunedirektør", "rådmann") as its daglig leder, the
    role the Enhetsregisteret gives that office (in an IKS's report it is an owner's officer)."""
    kommune = "kommune" in org
    spans = [replace(s, role=OWN_BOARD) if s.role.kind == "BODY" and s.role.code == "OTHER" and s.end == s.start + 1
             and _names_own_council(line.words[s.start], org)
             else replace(s, role=OWN_HEAD) if kommune and s.role.code == "MUNICIPAL_HEAD"
             else s for s in line.roles
             if not (s.role.kind == "BODY" and s.role.code == "GROUP" and _own_group(line.words[s.start:s.end], org))]
    return line if spans == line.roles else replace(line, roles=spans)


def _own_group(words: list[str], org: frozenset[str]) -> bool:
    """'Skigruppa' or 'gruppa' in the report of Fjellstad IL Skigruppa: the group whose report it
    is, so "Styret i gruppa" is its board, not another organ's."""
    word = " ".join(w for w in words if w).casefold()
    return bool(word) and (word in org or any(len(w) > len(word) and w.endswith(word) for w in org))


def _names_own_council(word: str, org: frozenset[str]) -> bool:
    word = word.casefold()
    if any(len(stem) >= 6 and stem in org for stem in {word.removesuffix(e) for e in _COUNCIL_ENDINGS}):
        return True
    # the kind word alone, definite: "Rådet" in the report of Nordfjellrådet or Nordby idrettsråd
    return word in _COUNCIL_WORDS and _head_noun(word.removesuffix("s"), org)


_COUNCIL_WORDS = frozenset({"rådet", "rådets"})


@lru_cache(maxsize=2048)
def read_heading(heading: str | None, org: frozenset[str] = frozenset(), name_words: frozenset[str] = frozenset()
                 ) -> tuple[str | None, Role | None]:
    """(kind, role) of a heading: kind board, other, staff, organisation, meeting ("Årsmøtet"),
    foreign (another organisation's board: "Styret i Vekst Eiendom AS") or None; role when the
    heading is a role ("Varamedlemmer")."""
    from extractor.fields.board_line_labels import english_board_label
    from extractor.fields.board_line_roles import column_role

    if not heading or len(heading.split()) > 9:
        return None, None
    line = heading_line(heading)
    if line is None:
        return None, None
    line = own_council(line, name_words)
    # "Årsmøtet 20. februar": a meeting's section is no other organ's (it elects the board), but
    # its secretary may be the meeting's ("Per Lund vart vald til skrivar"): kind "meeting"
    meetings = vocab.scope_words()["meetings"]
    bodies = [s for s in line.roles if s.role.kind == "BODY" and line.words[s.start].casefold() not in meetings]
    if not bodies and any(s.role.kind == "BODY" for s in line.roles):
        return "meeting", None
    codes = {s.role.code for s in bodies}
    if "BOARD" in codes:
        board = next(s for s in bodies if s.role.code == "BOARD")
        owner = org_after(line, board.end) or _genitive(line, board.start)
        return ("foreign" if not own_org(owner, org) else "board"), None
    for code, kind in (("OTHER", "other"), ("GROUP", "other"), ("STAFF", "staff"), ("ORGANISATION", "organisation")):
        if code in codes:
            return kind, None
    if _other_company(line.words, org):
        return "foreign", None
    return ("board" if _fuzzy_board(heading) or english_board_label(heading) else None), column_role(line)


@lru_cache(maxsize=2048)
def foreword_role(heading: str | None) -> Role | None:
    """The role a foreword heading names its writer by, when it names no one: "Daglig leder har
    ordet", "Adm. direktørs kommentar", "Synspunkt frå adm.dir.", "Styreleiar har ordet"."""
    from extractor.fields.people import leading_name

    if not heading or len(heading.split()) > 8 or _election_heading(heading):
        return None
    line = heading_line(heading)
    if line is None or any(leading_name(line.words, k) for k in range(len(line.words))):
        return None
    return next((s.role for s in line.roles if s.role.code in ("DAGL", "LEDE") and not s.role.generic
                 and s.role.kind in ("ROLE", "HEAD")), None)


def _election_heading(heading: str) -> bool:
    """"Valg av styreformann", "Val av leiar": an election's heading names the office elected, not
    a foreword's writer (the last name under it is any list's last member)."""
    text = heading.casefold().strip(" :")
    return any(text.startswith(h + " ") for h in vocab.scope_words()["proposal_headings"])


HEADING_LINES = 256  # a document asks about its headings together: recent ones suffice


@lru_cache(maxsize=HEADING_LINES)
def heading_line(heading: str) -> Line | None:
    """The first line of a heading's own Doc (read only), made once for ``read_heading`` and
    ``foreword_role``: each ran the language pipeline on every heading of a document again."""
    from extractor.nlp import get_pipeline

    lines = doc_to_lines(None, get_pipeline()(heading[:200]))
    return lines[0] if lines else None


# Headings over another company's section: its board and daglig leder there are not ours.
OTHER_COMPANY_HEADINGS = ("datterselskap", "dotterselskap", "søsterselskap", "systerselskap", "tilknyttede selskap",
                          "tilknytte selskap", "tilknytta selskap")
COMPANY_NAME_WORDS = 6  # a heading of at most this many words, the last a legal form, is a company's name


def _other_company(words: list[str], org: frozenset[str]) -> bool:
    """A heading over another company: "Datterselskapet", "Dotterselskap", "Tilknyttede selskaper",
    or another company's name alone ("Nordby Drift AS"; our own name heads a section of ours)."""
    text = " ".join(w.casefold() for w in words if w)
    if text.startswith(OTHER_COMPANY_HEADINGS):
        return True
    named = [w for w in words if w]
    return bool(org) and 2 <= len(named) <= COMPANY_NAME_WORDS and named[-1] in vocab.legal_forms() \
        and all(w[0].isupper() for w in named) and not own_org(" ".join(named), org)  # our name unknown: no guess


def _genitive(line: Line, start: int) -> str | None:
    """'Eiendoms' in "Vekst Eiendoms styre"."""
    if start == 0:
        return None
    word = line.words[start - 1]
    return word if len(word) > 3 and word[0].isupper() and word.endswith("s") else None


def _fuzzy_board(heading: str) -> bool:
    """'Styret pr. 31.12.22:' and OCR-garbled forms of the board headings."""
    words = [w for w in "".join(c if c.isalpha() else " " for c in heading.casefold()).split()]
    if not words or len(words) > 7:
        return False
    text = " ".join(words)
    return any(fuzz.partial_ratio(h, text) >= HEADING_SCORE and text.startswith(h[:3]) for h in BOARD_HEADINGS)
