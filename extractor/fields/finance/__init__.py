"""Key figures from financial statements, checked by the statements' own arithmetic.

Every table around which the text names a statement, or which holds statement lines, is read
as one (``statements``): its columns classified (``columns``: actual, budget, change, note,
account; year; company or group), its unit found (``units``), its lines keyed to the
vocabulary (``vocabulary``: "Sum driftsinntekter" → ``driftsinntekter``). Each line's figure in
an actual column is a candidate; budget and change columns give none (a budget is never an
actual, and the evaluation counts a budget figure under a statement label as a wrong one).

The same figure printed twice (a summary and the full statement, the bokmål and the nynorsk
page, a note, the actual column of a budget comparison) is one key figure: the printing from
the highest-ranked statement (then a sum line, then the most precise, then the longest
statement) is kept, the others are its ``other_sources`` when they agree (to their rounding)
and lower its confidence when they do not. Sums and relations (``arithmetic``) then raise or
lower each figure's confidence; an OCR repair stands only where the arithmetic agrees.

The report's statements are read in ``report_statements``, their candidates merged and checked
in ``candidates``, each kept one made a key figure in ``key_figure``; the board's prose then
confirms or doubts them (``prose_check``) and adds the figures only it states (``prose_only``).
"""
from __future__ import annotations

from extractor.fields.context import Analysis
from extractor.fields.finance.candidates import add_relation_reasons, iter_candidates, merge
from extractor.fields.finance.key_figure import PRIOR, WEIGHTS, to_key_figure
from extractor.fields.finance.prose_check import add_prose_reasons
from extractor.fields.finance.prose_only import prose_key_figures
from extractor.fields.finance.report_statements import UNIT_SHARING, read_statements
from extractor.fields.finance.unit_reach import settle_unit_doubt
from schemas.fields import KeyFigure


def extract_key_figures(analysis: Analysis) -> list[KeyFigure]:
    candidates = [cand for order, statement in enumerate(read_statements(analysis))
                  for cand in iter_candidates(statement, order, analysis.report_year)]
    merged = merge(candidates)
    add_relation_reasons([kept for kept, _ in merged])
    settle_unit_doubt(merged, UNIT_SHARING)
    made = [(figure, 2 * kept.tolerance, (id(kept.statement), kept.column.index)) for kept, others in merged
            if (figure := to_key_figure(kept, others)) is not None]  # with its printed rounding and column
    add_prose_reasons(analysis, made, PRIOR, WEIGHTS)
    figures = [figure for figure, _, _ in made]
    return figures + prose_key_figures(analysis, figures, PRIOR, WEIGHTS)


__all__ = ["extract_key_figures", "read_statements"]
