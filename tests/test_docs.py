"""The documentation keeps up with the code: every command, option and job key is in docs/reference.md
(in the manner of sqlite-utils' documentation tests), and the README stays a front door."""

import dataclasses
import re
from pathlib import Path

import click
import pytest

from enrich.cli import main
from enrich.config import FetchPolicy, RunConfig

ROOT = Path(__file__).parents[1]
REFERENCE = (ROOT / "docs" / "reference.md").read_text()


def commands(group: click.Group, prefix: str = "enrich") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        found += commands(command, path) if isinstance(command, click.Group) else [(path, command)]
    return found


def section(title: str) -> str:
    """The text under the reference's `## title` heading, up to the next heading of that level."""
    match = re.search(rf"^## `{re.escape(title)}`\n(.*?)(?=^## |\Z)", REFERENCE, re.S | re.M)
    assert match, f"docs/reference.md has no section ## `{title}`"
    return match[1]


@pytest.mark.parametrize("path,command", commands(main), ids=lambda c: c if isinstance(c, str) else "")
def test_every_command_and_each_of_its_options_is_documented(path, command):
    text = section(path)
    for param in command.params:
        if isinstance(param, click.Option):
            names = [o for o in param.opts + param.secondary_opts if o.startswith("--")]
            assert any(f"`{name}" in text for name in names), f"{path}: {names} is not in docs/reference.md"
            row = next(line for line in text.splitlines() if any(f"`{name}" in line for name in names))
            assert param.required == ("| required |" in row), f"{path}: {names} is required exactly when marked so"
        elif isinstance(param, click.Argument):
            assert param.human_readable_name in text, f"{path}: argument {param.human_readable_name} undocumented"
    assert "Example" in (command.help or ""), f"{path}: its --help carries no example"
    undescribed = [param.opts for param in command.params if isinstance(param, click.Option) and not param.help]
    assert not undescribed, f"{path}: options without help text in -h: {undescribed}"


def test_enrich_help_itself_carries_an_example():
    assert "Example" in (main.help or "")


@pytest.mark.parametrize("key", [f.name for f in dataclasses.fields(RunConfig)])
def test_every_job_key_is_documented(key):
    assert f"`{key}`" in section("job keys"), f"job key {key} is not in docs/reference.md"


@pytest.mark.parametrize("key", [f.name for f in dataclasses.fields(FetchPolicy)])
def test_every_fetch_key_is_documented(key):
    assert f"`{key}`" in section("job keys"), f"[fetch] key {key} is not in docs/reference.md"


def test_the_readme_is_a_front_door():
    readme = (ROOT / "README.md").read_text()
    assert len(readme.encode()) <= 12 * 1024
    for command in (
        "pip install -e . && enrich run --catalog sample_catalog/catalog.csv",
        "pip install -e '.[test]' && pytest",
    ):
        assert command in readme
    for link in re.findall(r"\]\((docs/[^)#]+)", readme):
        assert (ROOT / link).exists(), f"README links to {link}, which does not exist"


def test_links_between_documents_resolve():
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for link in re.findall(r"\]\(([^)#:]+\.md)", page.read_text()):
            assert (page.parent / link).exists(), f"{page.name} links to {link}, which does not exist"


def test_every_audit_has_its_row_and_section_in_audits_md():
    """docs/audits.md lists every query of queries/ once, with its header's severity and threshold, and links its
    section."""
    from enrich.audit import load_audits

    text = (ROOT / "docs" / "audits.md").read_text()
    rows = {m[0]: m for m in re.findall(r"^\| \[`(\w+)`\]\(#(\w+)\) \| .* \| (\w+) \| ([\d.]+)% \|$", text, re.M)}
    headings = set(re.findall(r"^#+ `(\w+)`$", text, re.M))
    audits = load_audits(ROOT / "queries")
    assert sorted(rows) == sorted(a.name for a in audits)
    for audit in audits:
        _, anchor, severity, threshold = rows[audit.name]
        assert (anchor, severity) == (audit.name, audit.severity), audit.name
        assert abs(float(threshold) / 100 - audit.threshold) < 1e-9, audit.name
        assert audit.name in headings, f"docs/audits.md has no section for {audit.name}"
