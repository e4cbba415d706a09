"""spaCy pipeline for Norwegian report text: ``get_pipeline()(text)`` gives a ``Doc`` whose span
groups are the contract for the field extractors.

Build: ``build_pipeline(model=None)`` (cached per model) or ``get_pipeline()`` (process-wide).
It is ``spacy.blank("nb")`` with our tokenizer and components; ``model="nb_core_news_sm"`` loads
that trained pipeline instead and adds its entities as extra evidence (never required; a
missing model raises ``MissingDependency`` with the install command).

Tokenizer (``extractor.nb_tokenizer.v1``)
    No-break, narrow no-break, thin and figure spaces are read as plain spaces (``doc.text``
    has " " there; offsets are unchanged). "2022." and "31.12.2022." end in a separate ".";
    the ordinal "13." stays whole. "863,-" splits into "863" ",-". "64%" is "64" "%".
    ``merge_number_groups`` then merges thousands groups: "16 917 863" is ONE token (text with
    spaces), wherever 1-3 digits are followed by space-separated groups of exactly 3 digits.

Span groups (``doc.spans[key]``); ``span.label_`` as listed, ``span.id_`` and ``span._.value``:

``places``            confident place mentions. Labels KOMMUNE, FYLKE, REGION, LAND, POSTSTED.
                      ``id_`` / ``_.value``: the name as normally written ("Askers", "ASKER" ->
                      "Asker"); resolve with ``extractor.gazetteers.place(id_, year)``.
                      Nested: the longest match wins ("Nordre Follo", not "Follo"), except that
                      municipalities inside a district "Asker og Bærum" are kept as well.
``places_ambiguous``  place names without supporting context: common words ("Moss", "Sola",
                      "Man"; see patterns/ambiguous_places.jsonl), a surname after a first name
                      ("Per Lund"), post towns not preceded by "i/på/fra/til/ved..." or a postal
                      code. Context = preceding "i", "på", "fra", "til", "ved", "kommunene", ...
                      or following "kommune", "fylke", "herad", "by", a preceding 4-digit postal
                      code, a date after it opening a line ("Moss, 14. februar 2024"), a district
                      after "i" ("Bø i Telemark"), a "Sted:" label, or an area compound
                      ("Oslo-området", a span on the whole token whose id is the place).
``places_in_org``     place names inside an organisation name (the ORG span is in ``orgs``).
``orgs``              label ORG: a capitalised place directly followed by capitalised non-place
                      words (and a legal form: "Asker Produkt AS", "Asker Næringsforening"), or
                      preceded mid-sentence by a capitalised non-place word ("Specsavers Norge").
                      "Bærum Kommune" / "Viken fylkeskommune" stay places.
``quantities``        non-overlapping (longest first), ``_.value`` parsed with ``extractor.parse``:
                      PERCENT ("64%", "3,3 %", "80 prosent") -> float 64.0;
                      MONEY ("16 917 863,-", "kr 2,5 mill.", "NOK 1 234", "1 million kroner") -> float NOK;
                      DATE ("31.12.22", "27.04.2021", "13. mars 2015") -> datetime.date;
                      MONTH_YEAR ("mars 2015") -> (year, month);
                      PLACES_COUNT ("41 VTA-plasser", "12 faste plasser", "tolv plasser") -> int.
``programs``          PROGRAM ("VTA", "41 VTA-plasser"'s "VTA-plasser", "arbeidsførebuande trening") and
                      PROGRAM_HISTORIC ("APS", "ASVO"); ``id_`` / ``_.value`` the program code
                      (VTA, AFT, VTO, LÆREKANDIDAT) that the name stands for (patterns/programs.jsonl).
``staff``             ARSVERK ("33,16 årsverk", "Antall årsverk: 38,5") -> float; EMPLOYEES ("45 ansatte",
                      "Tal tilsette 19") -> int; PERSONS_ARSVERK ("41 personer fordelt på 33,16
                      årsverk") -> (41, 33.16); ARSVERK_TERM, EMPLOYEES_TERM (the words alone, for
                      label | value tables); SICK_LEAVE ("sykefraværet", "sjukefråvær") (patterns/staff.jsonl).
``roles``             every role phrase, found by the ``role_spans`` component from roles.jsonl
                      through ``extractor.nlp.roles`` (listed forms, inflections, typos):
                      ROLE (``id_`` LEDE, NEST, MEDL, VARA, OBS or DAGL; an employee qualifier
                      next to it joins the span: "ansattvalgt styremedlem"), EMPLOYEE_ELECTED
                      alone ("Ansattvalg:"), FUNCTION (a club officer, id MEDL: "kasserer",
                      "økonomiansvarlig"), HEAD (a unit head, id DAGL: "avdelingsleder"),
                      NOT_BOARD (id OTHER: "revisor", "æresmedlem"), BODY (an organ: BOARD
                      "styret", "hovedstyret"; OTHER "valgkomiteen"; STAFF "ansatte"; GROUP
                      "skigruppa"; ORGANISATION "organisasjon og ledelse"). ``span._.role`` is
                      a ``role_spans.Role`` (kind, code, score, employee, generic).
``model_ents``        only with a trained model: its entities (PER, LOC, ORG, GPE_LOC, ...); the
                      board reads them as evidence on names (``model_person``, ``model_not_person``).
``place_candidates``  raw gazetteer matches before ``place_context`` (internal).

Rules live as data in ``extractor/nlp/patterns/``: places.jsonl and role_lemmas.json (generated
by ``scripts/make_patterns.py`` from the gazetteers and simplemma's dictionaries), roles.jsonl,
quantities.jsonl, programs.jsonl, staff.jsonl and ambiguous_places.jsonl (hand-written). Vocabularies that
field code reads as tables (legal_forms, org_kinds, report_kinds, founding, other_parties, title_words) are
loaded by ``extractor.nlp.vocab``. The rulers are ``guarded_span_ruler``
(``extractor.nlp.ruler``): spaCy's span_ruler, its token Matcher skipped on a Doc that holds no
token a pattern requires, and patterns of literal tokens only (the place names) matched through
a lookup table (``extractor.nlp.literals``) instead of spaCy's matchers, for less memory. Start-up also loads the role and gazetteer tables.
"""
__all__ = ["build_pipeline", "get_pipeline", "iter_docs"]


def __getattr__(name: str):
    # spaCy loads on first use of the pipeline, not when a vocabulary table (``vocab``) is read.
    if name in __all__:
        from extractor.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
