"""Owner claims to the output's owners: one owner per name, the best-supported claim, and the
shares checked against 100 (``owners`` and ``owner_lines`` read the claims)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.owners import PRIOR, WEIGHTS, OwnerClaim
from schemas import fields as f

_RANK = {"owner_table": 3, "owns_all": 2, "stated_share": 2, "share_list": 2, "owners_listed": 1, "owner_lines_listed": 1,
         "single_owner_implied": 0}


_SAME_OWNER_ENDINGS = ("kommune", "herad")  # "Nordvik kommune" is "Nordvik"; a fylkeskommune is another owner


def owner_key(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _SAME_OWNER_ENDINGS else words)


def owners_to_out(claims: list[OwnerClaim]) -> list[f.Owner]:
    """One owner per name (the best-supported claim); shares that add up to 100 raise them all.
    Claims about another company or inside a quoted article are dropped when others remain."""
    best: dict[str, OwnerClaim] = {}
    named: dict[str, list[OwnerClaim]] = defaultdict(list)
    for c in claims:
        key = owner_key(c.name)
        named[key].append(c)
        if key not in best or _RANK.get(c.reasons[0], 0) > _RANK.get(best[key].reasons[0], 0):
            best[key] = c
    # one owner written two ways ("Nordvik kommune" in a sentence, "Nordvik" in the share table):
    # the best-supported claim, under its fullest name and with a share where any claim states one
    chosen = [replace(c, name=max((o.name for o in named[key]), key=len),
                      share=c.share if c.share is not None else next((o.share for o in named[key] if o.share is not None), None))
              for key, c in best.items()]
    for doubtful in ("other_company", "media_section"):
        if any(doubtful not in c.reasons for c in chosen):
            chosen = [c for c in chosen if doubtful not in c.reasons]
    total = sum(c.share or 0 for c in chosen)
    check = "shares_sum_100" if abs(total - 100) < 0.5 else "shares_sum_off"
    if all(c.share is None for c in chosen):
        check = "no_shares"  # owners named without shares: nothing to add up
    out = []
    for c in chosen:
        reasons = [*c.reasons, check, *ocr_reason(c.prov.ocr_confidence)]
        out.append(f.Owner(name=c.name, share_percent=c.share, reasons=reasons,
                           confidence=combine(PRIOR, reasons, WEIGHTS, c.prov.ocr_confidence),
                           source=prov_to_ref(c.prov, c.text)))
    return out
