"""Whose a role word is: the organisation it names ("styreleder i ASVL", "ASVLs styreleder",
"Grønnli Drift AS har eget styre med ...", "I Fjellbygd kulturvernråd er ..."), so that
``board_scope`` can tell our board's roles from another organisation's. ``board_lines`` reads
the owner of each role it pairs with a name (split out of ``board_names``, which finds the names).
"""
from __future__ import annotations

from extractor.fields.board_mentions import SENTENCE_END, Line
from extractor.fields.board_statements import LINK_WORDS, ORG_NOUNS, OTHER_COMPANY_NOUNS, other_body_noun
from extractor.fields.people import leading_name
from extractor.nlp import vocab
from extractor.nlp.role_spans import RoleSpan

OWNER_LINKS = frozenset({"i", "av", "for", "hos", "ved", "til"})
# The report's own organisation by a bare noun (not "kommunen", "forbundet": an owner, a federation).
OWN_NOUNS = frozenset({"bedriften", "bedrifta", "selskapet", "stiftelsen", "stiftinga", "foretaket", "føretaket",
                        "virksomheten", "verksemda", "foreningen", "foreninga", "laget", "klubben"})


def genitive_before(line: Line, span: RoleSpan) -> str | None:
    """'ASVLs' in "ASVLs styreleder Victor Norman" (not "Bedriftens", "Stiftelsens": our own)."""
    if span.start == 0 or any(s.end == span.start for s in line.roles):
        return None  # "Board of Directors Chair": the word before is a role phrase's, no owner's
    word = line.words[span.start - 1]
    own = word.casefold().removesuffix("s") in OWN_NOUNS  # "Bedriftens disponent": ours
    if word.casefold().removesuffix("s") in OTHER_COMPANY_NOUNS:
        return word  # "datterselskapets styre": another company's, whatever its case
    if len(word) >= 3 and word[0].isupper() and (word.endswith("s") or word.endswith("'s")) \
            and not word.casefold().startswith("styre") and not own:
        return word
    if word.islower() and word.endswith("s") and span.start >= 2 and line.words[span.start - 2] in LINK_WORDS:
        return word  # "X er fagforeningens leiar": whose the scope decides ("rådets" in a regionråd's report is ours)
    return None


def org_after(line: Line, end: int) -> str | None:
    """'ASVL' in "styreleder i ASVL", 'Jobbhuset AS' in "daglig leder i Jobbhuset AS", 'Fjordvik AS'
    in "styret i datterselskapet Fjordvik AS": the capitalised words after i/av/for/hos (and a
    noun such as "datterselskapet") that do not start a person's name. After a noun that always
    means another company the noun is kept ("datterselskapet Fjordvik AS", or the noun alone where
    no name follows it): never our own name."""
    while end < len(line.words) and line.tokens[end].text in (")", "»", "\""):
        end += 1  # "(daglig leder) i Nabobyen Vekst AS"
    if end + 1 >= len(line.words) or line.words[end].casefold() not in OWNER_LINKS:
        return None
    noun = line.words[end + 1].casefold()
    other = noun in OTHER_COMPANY_NOUNS  # another company, named after the noun or not
    if noun in ORG_NOUNS and end + 2 < len(line.words):
        end += 1
    word = line.words[end + 1]
    if other_body_noun(word) or any(s.start == end + 1 and s.role.code == "GROUP" for s in line.roles):
        return word  # "styret for bransjeforeininga sitt regionlag", "styret i gruppa"
    if not word or not word[0].isupper():
        return noun if other else None  # "dagleg leiar i dotterselskapet er ..."
    person = leading_name(line.words, end + 1)
    if person is not None and person.first_name != "unknown":
        return noun if other else None  # "styreleiar i dotterselskapet, Kari Vik"
    name = " ".join(_name_run(line, end + 1))  # "Nordby Vekst AS": its every word, to tell it from "Nordby Drift AS"
    return f"{noun} {name}" if other else name


def employer_after(line: Line, span: RoleSpan) -> str | None:
    """'Metodistkirken Norge' in "Kari Dahl, daglig leder, Metodistkirken Norge (leder av
    valgkomiteen)": after a daglig leder's title, a comma and an organisation's name that ends the
    line or its part: where the person works, so the title is that organisation's (ours only if
    the name is ours). A name of two capitalised words or more, or an acronym ("DELK"); one word
    may be the home place ("Kari Dahl, daglig leder, Lundset"), a person's name no employer."""
    end = span.end
    if span.role.code != "DAGL" or end + 1 >= len(line.words) or line.tokens[end].text != ",":
        return None
    run = _name_run(line, end + 1)
    after = end + 1 + len(run)
    if not run or (after < len(line.words) and line.tokens[after].text not in ("(", ";", ",", *SENTENCE_END)):
        return None
    if any(s.start < after and s.end > end + 1 for s in line.roles):
        return None  # "daglig leder, Styreleder ...": another role, no employer
    person = leading_name(line.words, end + 1)
    if person is not None and person.first_name != "unknown":
        return None
    acronym = len(run) == 1 and len(run[0]) >= 2 and run[0].isupper()
    return " ".join(run) if len(run) >= 2 or acronym else None


ORG_NAME_WORDS = 5  # the most words an organisation's name after "i" is read to
OWN_BOARD_WORDS = 3  # "har eget styre", "har sitt eige styre": the words from "har" to "styre"


def subject_org(line: Line, span: RoleSpan) -> str | None:
    """'Grønnli Drift AS' in "Grønnli Drift AS har eget styre med Ola Dahl som styreleder": a
    company with a legal form (or a noun that always names another body: "Datterselskapet"), the
    subject of the sentence the role is in, that has a board of its own ("har ... styre"); its
    board's roles are its own (ours only if the name is ours)."""
    start = span.start
    while start > 0 and line.tokens[start - 1].text not in SENTENCE_END:
        start -= 1
    words = line.words[start:span.start]
    has = next((k for k, w in enumerate(words) if w.casefold() == "har"), None)
    if not has or not any(w.casefold().startswith("styre") for w in words[has + 1:has + 1 + OWN_BOARD_WORDS]):
        return None
    subject = words[:has]
    if len(subject) == 1 and (subject[0].casefold() in OTHER_COMPANY_NOUNS or other_body_noun(subject[0].casefold())):
        return subject[0]  # "Datterselskapet har eget styre med ...": another company's, unnamed
    if subject[-1] not in vocab.legal_forms() or not all(w and w[0].isupper() for w in subject):
        return None
    return " ".join(subject)




def represented_by(line: Line, span: RoleSpan) -> str | None:
    """'venelaget' in "takkar venelaget ved leiar Kari Dal": a body named by its definite noun and
    then "ved" (represented by) its role: that body's role, ours only if the noun names us."""
    k = span.start - 2
    if k < 0 or line.words[k + 1].casefold() != "ved":
        return None
    word = line.words[k]
    return word if word.islower() and word.endswith(vocab.DEFINITE_ENDINGS) and len(word) > 4 \
        and not any(s.start <= k < s.end for s in line.roles) else None


# The endings of a council's or committee's name ("Fjellbygd kulturvernråd", "Vestdal eldreutval")
_COUNCIL_NOUN_ENDINGS = ("råd", "rådet", "utvalg", "utvalget", "utval", "utvalet", "nemnd", "nemnda", "komité",
                         "komite", "komiteen")
_OPENING_LINKS = frozenset({"i", "for"})


def opening_org(line: Line, span: RoleSpan) -> str | None:
    """'Fjellbygd kulturvernråd' in "I Fjellbygd kulturvernråd er Per Lie medlem med Kari Dahl som
    varamedlem": a council named after "i" opening the sentence the role is in; its members are
    its own (ours only if the name is ours)."""
    start = span.start
    while start > 0 and line.tokens[start - 1].text not in SENTENCE_END:
        start -= 1
    words = line.words[start:span.start]
    if len(words) < 3 or words[0].casefold() not in _OPENING_LINKS or not words[1][:1].isupper():
        return None
    run = []
    for w in words[1:1 + ORG_NAME_WORDS]:
        if not w or w.casefold() in LINK_WORDS and w not in vocab.legal_forms():  # "AS", not "as"
            break
        run.append(w)
    # "I Fjellbygd kulturvernråd er ...", "I Vassbotn Kraft AS er X styreleder": a council, a company
    return " ".join(run) if run and (run[-1].casefold().endswith(_COUNCIL_NOUN_ENDINGS)
                                     or run[-1] in vocab.legal_forms()) else None


_RELATIVE = frozenset({"der", "hvor", "kor", "derav"})  # ", der X er styreleder": the clause tells of the body before it


def relative_org(line: Line, span: RoleSpan) -> str | None:
    """'datterselskapet Fjordvik AS' in "X er også daglig leder i datterselskapet Fjordvik AS, der
    Kari Dahl er styreleder": a relative clause (``_RELATIVE`` after a comma) on another body named
    right before the comma holds its roles; the role's owner is that body (ours only if the name is)."""
    k = span.start
    while k > 0 and line.tokens[k - 1].text not in SENTENCE_END and line.words[k - 1].casefold() not in _RELATIVE:
        k -= 1
    if k < 3 or line.words[k - 1].casefold() not in _RELATIVE or line.tokens[k - 2].text != ",":
        return None
    comma = k - 2
    for link in range(comma - 1, max(comma - 2 - ORG_NAME_WORDS, -1), -1):
        if line.tokens[link].text in SENTENCE_END:
            return None
        if line.words[link].casefold() in OWNER_LINKS and (owner := org_after(line, link)) is not None \
                and len(owner.split()) >= comma - link - 1:
            return owner
    return None


def _name_run(line: Line, start: int) -> list[str]:
    """The capitalised words from ``start`` (an organisation's name and its legal form)."""
    run = []
    for word in line.words[start:start + ORG_NAME_WORDS]:
        if not word or not word[0].isupper():
            break
        run.append(word)
    return run
