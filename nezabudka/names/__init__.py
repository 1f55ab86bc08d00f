"""Framework-free name library: find a person by any spelling, in any script.

Public API (other modules code against these names):

* :func:`detect_script`, :func:`detect_cyrillic_language`
* :func:`transliterate` with the system ids in :data:`SYSTEMS`
* :func:`variants` — expected spellings of a full name
* :func:`split_name` → :class:`ParsedName`
* :func:`to_nominative` — declined → nominative
* :func:`is_given_name`, :func:`given_name_equivalents`
* :func:`compare` — 0..1, ≥ 0.9 confident
* :class:`NameIndex` → :class:`NameMatch`
"""

from nezabudka.names.compare import CONFIDENT, compare
from nezabudka.names.fold import fold
from nezabudka.names.given import given_name_equivalents, is_given_name
from nezabudka.names.index import NameIndex, NameMatch
from nezabudka.names.morph import to_nominative
from nezabudka.names.parse import ParsedName, split_name
from nezabudka.names.translit import (
    SYSTEMS,
    detect_cyrillic_language,
    detect_script,
    transliterate,
)
from nezabudka.names.variants import variants

__all__ = [
    "CONFIDENT",
    "SYSTEMS",
    "NameIndex",
    "NameMatch",
    "ParsedName",
    "compare",
    "detect_cyrillic_language",
    "detect_script",
    "fold",
    "given_name_equivalents",
    "is_given_name",
    "split_name",
    "to_nominative",
    "transliterate",
    "variants",
]
