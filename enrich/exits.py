"""Exit codes: one policy behind every command, so that a nightly job's cron or CI reads them the same way.

0  done (error items are data, not failures)
1  a user error, a failed shard, a stall, a concurrent run or a systemic model failure, on one line
3  a run (or reprocess) whose error items exceed its error budget
4  a blocking audit failed
5  a question's accuracy fell below the baseline
"""

from __future__ import annotations

OK, FAILED, OVER_BUDGET, AUDIT_FAILED, REGRESSED = 0, 1, 3, 4, 5


def of_run(summary) -> tuple[int, str | None]:
    """A run's or a reprocess's code and, when it is not 0, the line that says why."""
    if summary.over_budget:
        share = summary.new_failures / summary.judged
        parts = [f"{summary.errors - summary.repeated_errors} new error items"]
        if summary.unreachable:
            parts.append(f"{summary.unreachable} images not fetched, their results kept")
        if summary.repeated_errors:
            parts.append(f"not counting {summary.repeated_errors} that failed the same way before")
        return (
            OVER_BUDGET,
            f"error budget exceeded: {share:.1%} of the items judged failed ({', '.join(parts)}), "
            f"budget {summary.error_budget:.1%}",
        )
    return OK, None


def of_audit(blocking: list[str], regressions: list[str]) -> tuple[int, str | None]:
    if blocking:
        return AUDIT_FAILED, f"blocking audit(s) failed: {', '.join(blocking)}"
    if regressions:
        return REGRESSED, "accuracy regression against the baseline"
    return OK, None
