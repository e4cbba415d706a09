"""Field extraction: one ``Analysis`` of the document, then one extractor per field family.

Order matters only where a later family uses an earlier fact: the report year (places valid
in that year, plausible key-figure years) and the organisation's name (its place word is not
a place mention).
"""
from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.confidence import REVIEW_THRESHOLD
from extractor.document import Document
from extractor.fields.context import Analysis
from extractor.settings import DEFAULT_SETTINGS, Settings
from schemas import fields as f


@dataclass
class Fields:
    organization: f.Organization = field(default_factory=f.Organization)
    report: f.ReportInfo = field(default_factory=f.ReportInfo)
    ceo: f.Extracted[str] | None = None
    board: list[f.BoardMember] = field(default_factory=list)
    places: list[f.Place] = field(default_factory=list)
    percentages: list[f.Percentage] = field(default_factory=list)
    programs: list[f.Program] = field(default_factory=list)
    key_figures: list[f.KeyFigure] = field(default_factory=list)
    staff: f.Staff = field(default_factory=f.Staff)


FAMILIES = ("report", "organisation", "board", "places", "percentages", "programs", "finance", "staff")


@lru_cache(maxsize=4)
def prepare(model: str | None = None) -> None:
    """Load, once per process, what the field families read: the language pipeline with its
    tables (``get_pipeline``), the field modules and every vocabulary they keep as data, with
    their patterns compiled. ``extract_fields`` calls it (free after the first time), so a
    one-off ``extract`` pays it in its document; a benchmark calls it at start-up and a batch
    worker through its warm-up document, so no document of theirs pays it."""
    from extractor import gazetteers
    from extractor.calibrate import load_model
    from extractor.fields import (board_context, board_labels, board_lines, board_meeting, board_mentions, board_scope,
                                  board_sides, context, founded, org_name, org_owned, org_words, owner_names, people)
    from extractor.ingest import pdf_garble
    from extractor.tables import single_rows, tabbed, text_columns
    from extractor.fields.finance import prose_words
    from extractor.fields.finance.units import _cell_unit_pattern, _cell_unit_scales, compile_units
    from extractor.fields.finance.vocabulary import compile_word_lists, vocabulary
    from extractor.nlp import get_pipeline, place_evidence, role_spans, roles, vocab

    get_pipeline(model)
    for load in (vocabulary, board_scope.scope_words, board_labels._agenda, founded._label, people._first_name_choices,
                 org_name._other_party_rules, org_words.title_words, _cell_unit_pattern, _cell_unit_scales,
                 prose_words.vocab, role_spans._non_voting, roles.role_words, roles.inflected_role_words, roles._not_roles,
                 roles._role_stems, roles.title_words, roles._title_endings,
                 context._newspapers, context._footer_board, gazetteers.first_names, load_model, board_meeting._term_from,
                 vocab.legal_forms, vocab.prefix_legal_forms, vocab.legal_form_names, vocab.org_kind_abbreviations,
                 vocab._org_kind_set, vocab.spelt_out_kinds, vocab.report_kind_forms, vocab.report_kind_anywhere, compile_units, compile_word_lists,
                 role_spans._long_starters, roles._other_forms, roles._other_endings, roles._employee_forms, roles._employee_anywhere, roles._fuzzy_forms,
                 roles._forms_by_first_word, roles._activities, place_evidence.ambiguous_place_words,
                 vocab._association_words, vocab.header_words, board_meeting.side_patterns, board_meeting._event_date, board_sides._period,
                 board_context._acting_board_pattern, founded._renamed, founded._near_misses, founded._org_subject_verbs,
                 vocab.title_only_kinds, vocab._organ_word, vocab.venue_endings, vocab.premises_endings, vocab.placing_verbs,
                 vocab._placed_subject_endings, vocab._placing_noun_endings, board_lines._employee_choice_phrases,
                 owner_names._words, owner_names._totals, board_mentions._election_of,
                 org_owned._words, founded._facts_only, gazetteers._district_towns,
                 # the reader's: every PDF page's text layer is checked, every page's tables named
                 pdf_garble.text_layer_rules, tabbed._header_words, text_columns._note_headers, single_rows._titles):
        load()
    for family in FAMILIES:
        importlib.import_module(f"extractor.fields.{family}")
    settle_collector()


GC_YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python's default: 700)


def settle_collector() -> None:
    """What start-up loaded (spaCy's vocabulary, gazetteers, patterns: ~100 000 objects) lives
    as long as the process: moved out of the cyclic collector's reach, a full collection walks
    a document's objects only (130-240 ms → 10-20 ms). A document allocates thousands of
    short-lived objects, nearly all freed by reference counting: a young collection every 700
    allocations was ~3 ms of every small report's work."""
    gc.freeze()
    gc.set_threshold(max(gc.get_threshold()[0], GC_YOUNG_THRESHOLD), *gc.get_threshold()[1:])


def extract_fields(doc: Document, model: str | None = None, settings: Settings = DEFAULT_SETTINGS) -> Fields:
    prepare(model)
    from extractor.fields.board import extract_people
    from extractor.fields.finance import extract_key_figures
    from extractor.fields.organisation import extract_organisation
    from extractor.fields.percentages import extract_percentages
    from extractor.fields.places import extract_places
    from extractor.fields.programs import extract_programs
    from extractor.fields.report import extract_report
    from extractor.fields.staff import extract_staff

    analysis = Analysis(doc, model=model, max_chars=settings.nlp_max_chars)
    out = Fields()
    out.report = extract_report(analysis)
    analysis.report_year = out.report.year.value if out.report.year else None
    analysis.report_year_sure = bool(out.report.year) and out.report.year.confidence >= REVIEW_THRESHOLD
    out.organization = extract_organisation(analysis)
    analysis.org_name = out.organization.name.value if out.organization.name else None
    out.ceo, out.board = extract_people(analysis)
    out.places = extract_places(analysis)
    out.percentages = extract_percentages(analysis)
    out.programs = extract_programs(analysis)
    out.key_figures = extract_key_figures(analysis)
    out.staff = extract_staff(analysis)
    return out
