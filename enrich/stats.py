"""Process resource figures reported by runs and benchmarks."""

from __future__ import annotations


def peak_rss_mb() -> float:
    """This process's peak resident memory."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
