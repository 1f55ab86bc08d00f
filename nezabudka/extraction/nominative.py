"""Names reduced to the nominative: through ``nezabudka.names`` when present, else by rule
(Belarusian) or with pymorphy3 (Russian); a family's plural surname made singular."""

from __future__ import annotations

import contextlib
import re
from functools import cache
from typing import Any

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.lexicon import norm

_CYR = scan.compile(r"[а-яёіўА-ЯЁІЎ]")
POSSESSIVE = scan.compile(r"(?:['’]s|['’])$")  # "Rusak's": the name without it
# Belarusian "Яна" is both a name and "she": a pronoun is never a given name
_PRONOUN_NAMES = {norm(w) for w in ("яна", "ён", "яны", "она", "он")}  # norm folds ё
# words that a given name's fuzzy key reaches ("Сёння", today, reads like "Саня")
_NOT_NAMES = {norm(w) for w in ("сёння", "сення")}

# --- names library adapter (optional) -------------------------------------------------------


@cache
def _names() -> Any:
    try:
        from nezabudka import names
    except Exception:  # the library is optional: degrade to the built-in lists
        return None
    return names


def is_given_name(token: str, lang: str) -> bool:
    t = POSSESSIVE.sub("", token)
    if len(t) <= 2 and not _CYR.search(t):
        return False  # "On 11 June", "In May": a Latin word this short is no given name
    if lang == "be" and norm(t) in _PRONOUN_NAMES:
        return False
    if (norm(t) in _PRONOUN_NAMES and not t[:1].isupper()) or norm(t) in _NOT_NAMES:
        return False
    if lexicon.given_name(t):
        return True
    lib = _names()
    if lib is not None and hasattr(lib, "is_given_name") and norm(t) not in _PRONOUN_NAMES:
        try:
            return bool(lib.is_given_name(t))
        except Exception:
            return False
    return False


def name_groups(token: str) -> frozenset[str]:
    groups = set(lexicon.name_groups(token))
    lib = _names()
    if lib is not None and hasattr(lib, "given_name_equivalents"):
        with contextlib.suppress(Exception):
            groups |= {"~" + lib.fold(x) for x in lib.given_name_equivalents(token)}
    if not groups:
        groups.add("~" + norm(token))
    return frozenset(groups)


@cache
def morph_analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _fleeting_vowel(surname: str, be: bool) -> str:
    # Кавалёнка → Кавалёнак: the nominative of -нк/-льк surnames has a vowel before к
    if re.search(r"[бвгджзклмнпрстфхцчшў]к$", surname) and not surname.endswith(("ск", "цк")):
        return surname[:-1] + ("а" if be else "о") + "к"
    return surname


def _rule_nominative(given: str, surname: str, be: bool) -> str:
    g = lexicon.given_name(given)
    if g is None or norm(g[1]) == norm(given):
        return surname
    female = lexicon.group_is_female(g[0])
    s = surname
    if female:
        for a, b in (
            ("скую", "ская"),
            ("цкую", "цкая"),
            ("ую", "ая"),
            ("ову", "ова"),
            ("еву", "ева"),
            ("аву", "ава"),
            ("ину", "ина"),
            ("іну", "іна"),
            ("ыну", "ына"),
            ("ой", "а"),
            ("ай", "а"),
            ("у", "а"),
        ):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    for a, b in (
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("скага", "скі"),
        ("цкага", "цкі"),
        ("ова", "ов" if not be else "оў"),
        ("ева", "ев" if not be else "еў"),
        ("ава", "аў"),
        ("ина", "ин"),
        ("іна", "ін"),
        ("ына", "ын"),
        ("ого", "ый"),
        ("ага", "ы"),
        ("я", "ь"),
        ("а", ""),
    ):
        if s.endswith(a):
            out = s[: -len(a)] + b
            return _fleeting_vowel(out, be) if a == "а" else out
    return s


# "Денис и Оксана Кирилловы", "братоў Ігара і Васіля Мартыненкаў": a family's shared surname in
# the plural, (plural ending, masculine, feminine) nominative singular endings
_PLURAL_SURNAME = (
    *(
        (stem + ending, stem, stem + "а")
        for stem in ("ов", "ев", "ёв", "ин", "ын")
        for ending in ("ы", "ых", "ым", "ыми")
    ),
    ("ские", "ский", "ская"), ("ских", "ский", "ская"), ("ским", "ский", "ская"),
    ("цкие", "цкий", "цкая"), ("цких", "цкий", "цкая"), ("цким", "цкий", "цкая"),
    ("авы", "аў", "ава"), ("авых", "аў", "ава"), ("авым", "аў", "ава"), ("авымі", "аў", "ава"),
    ("евы", "еў", "ева"), ("евых", "еў", "ева"), ("евым", "еў", "ева"),
    ("іны", "ін", "іна"), ("іных", "ін", "іна"), ("ыны", "ын", "ына"), ("ыных", "ын", "ына"),
    ("скія", "скі", "ская"), ("скіх", "скі", "ская"), ("скім", "скі", "ская"),
    ("цкія", "цкі", "цкая"), ("цкіх", "цкі", "цкая"), ("цкім", "цкі", "цкая"),
    ("ічы", "іч", "іч"), ("ічаў", "іч", "іч"), ("ічам", "іч", "іч"), ("ичи", "ич", "ич"),
    ("ичей", "ич", "ич"), ("енкі", "енка", "енка"), ("енкаў", "енка", "енка"),
)  # fmt: skip
_PLURAL_SURNAME_LONGEST_FIRST = sorted(_PLURAL_SURNAME, key=lambda x: -len(x[0]))


def singular_surname(surname: str, given: str) -> tuple[str, str] | None:
    """(nominative given name, nominative singular surname) when ``surname`` is a Cyrillic
    family surname in the plural ("Кирилловых" with "Оксану" → Оксана Кириллова), else None."""
    entry = lexicon.given_name(given)
    if entry is None or not _CYR.search(surname):
        return None
    female = lexicon.group_is_female(entry[0])
    for pl, m, f in _PLURAL_SURNAME_LONGEST_FIRST:
        if surname.endswith(pl) and len(surname) > len(pl) + 2:
            return entry[1], surname[: -len(pl)] + (f if female else m)
    return None


# What follows a name and tells its gender: "Уладзіславу Бураку, які адбывае…", "…Алеся
# Мурашка. Яна адбывала…", "…Валянціна Кудзерка. Паводле яе слоў…"
_RELATIVE_PRONOUN_AFTER = scan.compile(
    r"^,\s*(які|якога|якому|якім|якая|якой|якую|котор(?:ый|ого|ому|ым|ом|ая|ой|ую))\b", re.I
)
_FEMININE_RELATIVE = ("якая", "якой", "якую", "которая", "которой", "которую")
_PRONOUN_OPENING_NEXT = scan.compile(
    r"^[^.!?]*[.!?»\"]+\s+(?:\w+\s+){0,2}?"
    r"(яна|яе|ёй|ён|яго|яму|она|её|ее|ей|он|его|ему)\b",
    re.I,
)


def gender_cue(after: str) -> str | None:
    """ "f"/"m" when the words right after a name refer back to it with a gendered pronoun:
    a relative pronoun after the comma, or a pronoun among the next sentence's first words.
    ``after``: the text following the name; callers pass about 300 characters of it."""
    m = _RELATIVE_PRONOUN_AFTER.search(after) or _PRONOUN_OPENING_NEXT.search(after)
    if m is None:
        return None
    word = m.group(1).lower()
    return "f" if word in lexicon.FEMININE_PRONOUNS or word in _FEMININE_RELATIVE else "m"


def to_nominative(
    given: str, surname: str, lang: str, gender: str | None = None
) -> tuple[str, str]:
    """Nominative given name and surname of a (possibly declined) Cyrillic name; ``gender``
    ("m"/"f", from the context) settles forms both genders share."""
    g_entry = lexicon.given_name(given)
    lib = _names()
    be = lang == "be"
    if lib is not None and hasattr(lib, "to_nominative"):
        try:
            out = lib.to_nominative(f"{given} {surname}", gender, lang).split()
            # a name with a fleeting vowel the library declines wrongly ("Паўла" → "Павал")
            # or not at all ("Змітра"): the lists' nominative, and the rules for the surname
            fleeting = g_entry[1] if g_entry and g_entry[1] in lexicon.FLEETING_VOWEL else None
            stuck = fleeting is not None and out[:1] == [given] and norm(fleeting) != norm(given)
            if len(out) == 2 and (out[0] != given or g_entry is not None or be) and not stuck:
                ng, ns = out
                ng = fleeting or ng
                if norm(ns) != norm(surname):
                    # genitive, dative, instrumental: "Кавалёнка/Кавалёнку/Кавалёнкам"
                    ns = _fleeting_vowel(ns, be) if surname.endswith(("а", "у", "ам", "ом")) else ns
                return ng, ns
        except Exception:
            pass
    if g_entry is None and not be:
        return _morph_nominative(given, surname)
    ng = g_entry[1] if g_entry and _CYR.search(g_entry[1]) else given
    ns = _rule_nominative(given, surname, be)
    if not be and ns == surname and g_entry and norm(g_entry[1]) != norm(given):
        female = lexicon.group_is_female(g_entry[0])
        for p in morph_analyzer().parse(surname):
            if "Surn" in p.tag:
                form = p.inflect({"nomn", "femn" if female else "masc"})
                if form:
                    ns = form.word.capitalize()
                    break
    return ng, ns


def _morph_nominative(given: str, surname: str) -> tuple[str, str]:
    """Russian names the lists do not know ("Ибрагима Алиева"): pymorphy3's Name/Surn parses."""
    morph = morph_analyzer()
    g = next((p for p in morph.parse(given) if "Name" in p.tag), None)
    if g is None or g.tag.case == "nomn":
        return given, surname
    gender = g.tag.gender or "masc"
    g_nom = g.inflect({"nomn"})
    s_nom = None
    for p in morph.parse(surname):
        if "Surn" in p.tag and p.tag.case == g.tag.case:
            s_nom = p.inflect({"nomn", gender})
            if s_nom:
                break
    return (
        g_nom.word.capitalize() if g_nom else given,
        s_nom.word.capitalize() if s_nom else surname,
    )
