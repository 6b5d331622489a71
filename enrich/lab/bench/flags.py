"""How the benches report an audit they score as if a model had answered: so many answers flagged of so many."""

from __future__ import annotations


def flagged_of(flagged: int, of: int) -> dict:
    """{"flagged", "of", "share"}: the share rounded to 0.1%, None of nothing."""
    return {"flagged": int(flagged), "of": int(of), "share": round(flagged / of, 3) if of else None}


def flagged_line(label: str, count: dict) -> str:
    """One line of a bench's summary: the label, so many of so many, the share."""
    share = "" if count["share"] is None else f"{count['share']:.0%}"
    return f"  {label:<52} {count['flagged']:>4} of {count['of']:<4} {share}"
