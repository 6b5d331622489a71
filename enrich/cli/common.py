"""What every command shares: the click group, option helpers, and turning library errors into one line."""

from __future__ import annotations

import functools

import click

from enrich import EnrichError, __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def user_errors(command):
    """Library errors become one clear line and exit code 1, not a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except EnrichError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def _pairs(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        name, sep, location = value.partition("=")
        if not sep or not name or not location:
            raise click.BadParameter(f"expected NAME=LOCATION, got {value!r}")
        pairs.append((name, location))
    return tuple(pairs)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="enrich")
def main():
    """Caption and questionnaire answers for product images, with BLIP-2 on Ray, into Parquet and DuckDB."""


def query_limits(command):
    """--memory-limit and --timeout for commands that run SQL over an output; the command gets `limits`."""

    @click.option("--memory-limit", help="DuckDB memory limit per query (default 1GB); larger work spills to disk.")
    @click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per query (default 300).")
    @functools.wraps(command)
    def wrapper(*args, memory_limit=None, timeout=None, **kwargs):
        from enrich.sql import Limits

        given = {"memory": memory_limit, "seconds": timeout}
        return command(*args, limits=Limits(**{k: v for k, v in given.items() if v is not None}), **kwargs)

    return wrapper
