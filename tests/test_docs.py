"""The docs must name every CLI command, every setting and every extraction module (a new one
without docs fails)."""

from __future__ import annotations

from pathlib import Path

import typer.main

from nezabudka.cli import app
from nezabudka.config import SETTINGS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _commands(group, prefix="nezabudka"):
    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, command in click_group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


def test_every_cli_command_is_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    commands = list(_commands(app))
    assert len(commands) >= 8
    missing = [c for c in commands if f"`{c}" not in text]
    assert not missing, f"document these in docs/cli.md: {missing}"


def test_every_setting_is_documented():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"document these in docs/settings.md: {missing}"


def test_readme_test_command_is_what_ci_runs():
    root = DOCS.parent
    assert "make test" in (root / "README.md").read_text()
    assert "make test" in (root / ".ci" / "run").read_text()


def test_every_extraction_module_is_in_the_module_map():
    text = (DOCS / "extraction.md").read_text(encoding="utf-8")
    package = DOCS.parent / "nezabudka" / "extraction"
    modules = sorted(f.name for f in package.glob("*.py") if f.name != "__init__.py")
    assert len(modules) >= 30
    missing = [m for m in modules if f"`{m}`" not in text]
    assert not missing, f"add these to the module map in docs/extraction.md: {missing}"
