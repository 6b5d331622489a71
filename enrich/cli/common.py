"""What every command shares: the click group, option helpers, and turning library errors into one line."""

from __future__ import annotations

import functools
import logging

import click

from enrich import EnrichError, __version__
from enrich.config import MAX_SECONDS, QueryLimits

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def user_errors(command):
    """Library errors become one clear line and exit code 1, not a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except EnrichError as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:  # a full disk in deltalake (compact, vacuum) came out as its Rust error's traceback
            if "No space left on device" not in str(exc):
                raise
            raise click.ClickException(
                "the disk is full (no space left on device): free space, then run the same command again; "
                "every table stays readable (each change is one Delta commit, made whole or not at all)"
            ) from None

    return wrapper


def named_adapters(help_text: str):
    """--named-adapter NAME=LOCATION (repeatable), as `adapters`: for every command that loads a model."""
    return click.option(
        "--named-adapter",
        "adapters",
        multiple=True,
        metavar="NAME=LOCATION",
        callback=lambda c, p, v: _pairs(v),
        help=help_text,
    )


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
    """Caption and questionnaire answers for product images, with BLIP-2 on Ray, into Delta tables for DuckDB.

    \b
    Example:
      enrich run --catalog sample_catalog/catalog.csv --out enrich-out
      enrich status enrich-out
      enrich sql enrich-out "select question_id, answer_en, count(*) from answers group by all order by 3 desc"
      enrich audit enrich-out --html report.html
      enrich run --help
    """
    show_log()


class _StderrLines(logging.Handler):
    """The `enrich` logger's records as lines on stderr, through click (so a CliRunner sees them too)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


def show_log() -> None:
    """Progress and notes of the library (runs, the store, the lab) on stderr, once per process."""
    logger = logging.getLogger("enrich")
    if not any(isinstance(h, _StderrLines) for h in logger.handlers):
        logger.addHandler(_StderrLines())
    logger.setLevel(logging.INFO)


def _nan(option: str):
    raise click.BadParameter("nan is not a number", param_hint=f"'{option}'")


def query_limits(command):
    """--memory-limit and --timeout for commands that run SQL over an output; the command gets `limits`."""

    @click.option(
        "--memory-limit",
        default=QueryLimits.memory,
        show_default=True,
        help="DuckDB memory limit per query; larger sorts and joins spill to disk.",
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True, max=MAX_SECONDS),  # inf overflowed the timer
        callback=lambda _, __, seconds: seconds if seconds == seconds else _nan("--timeout"),  # NaN passes the range
        default=QueryLimits.seconds,
        show_default=True,
        help="Seconds per query.",
    )
    @functools.wraps(command)
    def wrapper(*args, memory_limit, timeout, **kwargs):
        return command(*args, limits=QueryLimits(memory_limit, timeout), **kwargs)

    return wrapper


def exit_with(outcome: tuple[int, str | None]) -> None:
    """Say why on stderr and exit with the code of enrich/exits.py; return quietly on 0."""
    code, reason = outcome
    if reason:
        click.echo(reason, err=True)
    if code:
        raise SystemExit(code)
