"""The size of the caches keyed on a word or a short text (a token's role, its clean form, a
place record, a cell read as a name): each is asked about every token of a document."""
from __future__ import annotations

# Distinct keys each keeps. A report of 10-30 pages has fewer distinct words than this, so it
# misses nothing; the 352-page book has ~12 000, and eight caches of that size held ~5 MB at the
# worker's peak (bench/bench_memory.py) for a hit rate a recent window mostly keeps; the eleven on a
# cell's or line's text added in stop 36 (parse_number, fold_label, cell_name ...) ~0.4 MB more.
WORD_CACHE = 4096
