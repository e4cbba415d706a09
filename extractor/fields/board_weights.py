"""How much each piece of board evidence says: the reasons' weights in log-odds over ``PRIOR``
(``confidence.combine``), each reader's rank when a person's mentions disagree, and the doubts that
keep a value from being raised or send it to review. The board's readers and checks are in
``board``; this is their data."""
from __future__ import annotations

PRIOR = 0.5
# How much a layout says about the role it pairs; "prose" is what the line reader calls a role
# word inside running text.
RANK = {"table": 6, "deputies": 6, "signature": 5, "stack": 5, "line": 4, "foreword": 4, "bio": 4, "caption": 3, "esign": 2,
        "name_list": 1, "composition": 1, "prose": 1}
WEIGHTS = {
    "table": 1.6,  # role and name in neighbouring cells: the layout boards are listed in
    "deputies": 1.6,  # members beside their personal deputies
    "line": 1.0,  # a short "Styreleder: Name" line
    "bio": 1.0,  # a bio's tenure sentence ("Nestleder, styremedlem siden 2015.") under the name it opens with
    "stack": 1.0,  # a name over its role, or a role over its name
    "signature": 1.2,  # names with titles under a place and date: the board signing
    "caption": 0.3,  # OCR'd caption under a photo: right layout, noisy reading
    "esign": 0.2,  # a signer on an e-signature page: role unknown
    "foreword": 0.8,  # the name signed under "Daglig leder har ordet"
    "prose": -0.6,  # a role word in running text often belongs to someone else's board
    "name_list": -1.4,  # a bare name under "Styret": a member, role unknown
    "role_label": 2.0,  # ... under a role label ("Varamedlemmer:"): that role
    "composition": 0.2,  # named in "Styret har bestått av ...": a member, role from its own words
    "copula": 0.6,  # "Daglig leder er X", "X har vært styreleder": a statement of the role
    "board_section": 0.8,  # under a heading like "Styret", "Tillitsvalgte", or "Styret:"
    "organisation_section": 0.3,  # under "Organisasjon og ledelse"
    "media_section": -2.2,  # in a reprinted newspaper piece
    "proposal": -1.2,  # an election proposal: a candidate, not yet the board
    "adopted_proposal": -1.2,  # a proposal the minutes say was adopted, no sitting board beside it: which year's?
    "attendance": -1.5,  # present at a meeting whose minutes do not say they are the board's
    "fellesrad_title": -1.6,  # a kirkeverge in a parish's report: the fellesråd's daglig leder
    "beside_members": -1.5,  # a role in a headerless column of people beside the members: a deputy's?
    "grid_unclear": -1.5,  # a signature grid starting and ending on titles (or names): over or under its names?
    "role_exact": 0.6,
    "role_fuzzy": -0.4,  # OCR-garbled or unusual role word
    "generic_role": -0.3,  # "leder", "medlem": a board role from where it stands
    "function_title": -0.2,  # "kasserer", "økonomiansvarlig": a member of a club board
    "head_title": -0.8,  # "avdelingsleder": the daglig leder only when nobody else is named
    "head_without_board": -1.5,  # ... and no board: a municipal unit's rektor or enhetsleder, whom no board employs
    "first_name_gazetteer": 0.8,
    "initial_first": 0.2,
    "first_name_fuzzy": -0.4,
    "first_name_unknown": -1.6,  # may be a place or company ("Asker Produkt")
    "also_mentioned": 0.4,  # the same person elsewhere with a compatible role
    "also_in_signature": 0.6,
    "one_chair": 0.3,  # domain check: a board has exactly one LEDE
    "several_chairs": -1.4,
    "conflicting_roles": -0.8,  # mentions disagree on the role
    "in_two_lists": -0.8,  # listed both as a member and as a deputy, nothing saying which seat is held
    "prose_once": -0.5,  # the only evidence is one role word in running text
    "similar_names": -3.0,  # two near-identical names in one listing: one may be a misreading of the other
    "no_board_heading": -0.4,  # the document never heads a board section
    "function_no_board": -2.0,  # ... and only a club function names the member ("Bursdagsansvarlig: X"): maybe a volunteer
    "signature_only": -0.6,  # a name under a signature rule, no title: a member by default
    "run_into_text": -2.5,  # a name the layout ran into the text above its role (a side box's line)
    "council_guessed": -1.5,  # a council read as the board of an organisation the document never names
    "model_person": 0.4,  # the trained NER (--model) reads the name as a person
    "model_not_person": -1.2,  # ... as a place or an organisation
    "not_a_report": -1.8,  # no annual-report title: probably an article
    "several_ceos": -1.0,  # two people named daglig leder with similar support
}
# Doubts that send a board value to review whatever the fit says (``calibrate.REVIEW_DOUBTS``).
REVIEW_DOUBTS = ("council_guessed", "attendance", "fellesrad_title", "beside_members", "grid_unclear",
                 "head_without_board", "in_two_lists", "adopted_proposal")
# Reasons that say the evidence is thin, the review doubts among them: the one-chair check does not raise such an entry.
DOUBTS = frozenset({"prose", "prose_once", "similar_names", "conflicting_roles", "signature_only", "proposal",
                    "media_section", "model_not_person", "run_into_text", *REVIEW_DOUBTS})
