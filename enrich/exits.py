"""Exit codes: one policy behind every command, so that a nightly job's cron or CI reads them the same way.

0  done (error items are data, not failures)
1  a user error, a failed shard, a stall, a concurrent run or a systemic model failure, on one line
2  a command line click cannot read (an unknown or missing option, a path an option checks): click's own code
3  a run (or reprocess) whose error items exceed its error budget
4  a blocking audit failed
5  a question's accuracy fell below the baseline
"""

from __future__ import annotations

OK, FAILED, OVER_BUDGET, AUDIT_FAILED, REGRESSED = 0, 1, 3, 4, 5


def of_run(summary) -> tuple[int, str | None]:
    """A run's or a reprocess's code and, when it is not 0, the line that says why."""
    budget = f"budget {summary.error_budget:.1%}"
    if summary.error_share > summary.error_budget:
        again = summary.repeated_errors
        again = f" (not counting {again} that failed the same way before)" if again else ""
        if summary.judged_items not in (None, summary.processed):
            again += f"; {summary.judged_items} items over every attempt of this resumed run"
        return (
            OVER_BUDGET,
            f"error budget exceeded: {summary.error_share:.1%} of processed items failed{again}, {budget}",
        )
    if summary.unreachable_share > summary.error_budget:
        share, read = summary.unreachable_share, summary.read_items
        line = f"{share:.1%} of the {read} images read could not be fetched (their results are kept), {budget}"
        return OVER_BUDGET, f"error budget exceeded: {line}"
    return OK, None


def of_audit(blocking: list[str], regressions: list[str]) -> tuple[int, str | None]:
    if blocking:
        return AUDIT_FAILED, f"blocking audit(s) failed: {', '.join(blocking)}"
    if regressions:
        return REGRESSED, "accuracy regression against the baseline"
    return OK, None
