"""The compiled .mo files (committed: CI machines may lack gettext) match the .po sources, and
the Belarusian and Russian interfaces are fully translated."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "nezabudka" / "locale"


def _entries(po: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) of the singular entries (one block per blank-line-separated entry),
    continuation lines joined."""
    out = []
    for block in re.split(r"\n\s*\n", po):
        fields: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            m = re.match(r'^(msgid|msgstr|msgid_plural|msgstr\[\d\]) "(.*)"$', line)
            if m:
                key = m.group(1)
                fields[key] = m.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        if fields.get("msgid") and "msgid_plural" not in fields:
            out.append((_unescape(fields["msgid"]), _unescape(fields.get("msgstr", ""))))
    return out


def _unescape(text: str) -> str:
    return (
        text.encode("latin-1", "backslashreplace").decode("unicode_escape")
        if "\\" in text
        else text
    )


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_mo_matches_po_and_everything_is_translated(lang):
    po = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po
    with (LOCALE / lang / "LC_MESSAGES" / "django.mo").open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    entries = _entries(po)
    assert len(entries) > 100
    untranslated = [mid for mid, mstr in entries if not mstr]
    assert not untranslated, f"translate these in {lang}: {untranslated}"
    stale = [mid for mid, mstr in entries if mo.gettext(mid) != mstr]
    assert not stale, f"recompile {lang} (msgfmt): {stale[:5]}"


PACKAGE = LOCALE.parent
# Interface text: templates' {% translate "…" %} and Python's _("…") outside the
# framework-free libraries (which makemessages skips, see docs/web.md).
_TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")
_PYTHON_STRING = re.compile(r"""\b_\(\s*(["'])((?:(?!\1).)+)\1\s*\)""")
_SKIPPED = ("demo", "extraction", "names", "locale")


def _interface_strings() -> dict[str, str]:
    found = {}
    for path in PACKAGE.rglob("*"):
        if path.relative_to(PACKAGE).parts[0] in _SKIPPED or not path.is_file():
            continue
        pattern = {".html": _TEMPLATE_STRING, ".py": _PYTHON_STRING}.get(path.suffix)
        if pattern is None:
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            found[m.group(2)] = str(path.relative_to(PACKAGE))
    return found


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_every_interface_string_was_extracted(lang):
    """A string wrapped for translation but missing from the .po shows in English: run
    makemessages (docs/web.md) and translate it."""
    po = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    known = {mid for mid, _ in _entries(po)}
    strings = _interface_strings()
    assert len(strings) > 100
    missing = {s: where for s, where in strings.items() if _unescape(s) not in known}
    assert not missing, f"not in {lang}/django.po: {missing}"
