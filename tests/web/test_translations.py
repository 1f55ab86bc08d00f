"""The compiled .mo files (committed: CI machines may lack gettext) match the .po sources, and
the Belarusian and Russian interfaces are fully translated."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "nezabudka" / "locale"


def _entries(po: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) of the singular entries, continuation lines joined."""
    out, key, parts = [], None, {"msgid": "", "msgstr": ""}
    for line in [*po.splitlines(), ""]:
        m = re.match(r'^(msgid|msgstr|msgid_plural|msgstr\[\d\]) "(.*)"$', line)
        if m:
            key = m.group(1)
            if key == "msgid" and parts.get("msgid_done"):
                parts = {"msgid": "", "msgstr": ""}
            parts[key] = m.group(2)
            if key == "msgstr":
                parts["msgid_done"] = True
        elif line.startswith('"') and key:
            parts[key] = parts.get(key, "") + line[1:-1]
        elif not line.strip() and parts.get("msgid_done"):
            if "msgid_plural" not in parts and parts["msgid"]:
                out.append((_unescape(parts["msgid"]), _unescape(parts["msgstr"])))
            parts, key = {"msgid": "", "msgstr": ""}, None
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
