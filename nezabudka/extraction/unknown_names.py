"""Names the given-name lists do not hold: natasha's NER for Russian, run only on sentences
with a capitalised word pair nothing else explained, and, for Belarusian and English, a pair
"Given Surname" whose second word has a surname's ending and whose context says it is a person.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.lexicon import norm
from nezabudka.extraction.nominative import POSSESSIVE, morph_analyzer
from nezabudka.extraction.scripts import CYRILLIC as _CYR

# capitalised words that are never a surname after a given name ("Belarus", "Court")
NOT_SURNAME = {
    norm(w)
    for w in [
        "Belarus",
        "Belarusian",
        "Russia",
        "Russian",
        "Ukraine",
        "Ukrainian",
        "Minsk",
        "Court",
        "Regional",
        "City",
        "District",
        "Viasna",
        "KGB",
        "Lithuania",
        "Poland",
        "Warsaw",
        "Moscow",
        "Vilnius",
        "Foundation",
        "Centre",
        "Center",
        "University",
        "State",
        "Municipal",
        "Prison",
        "Colony",
        "The",
        "I",  # "about Uladzimir I know nothing"
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "Is",
        "Was",
        "Has",
        "Had",
        "Says",
        "Said",
        "Told",
        *(m.title() for m in lexicon.MONTH_NAMES_EN),
        *(w for w in lexicon.WEEKDAYS if w.isascii()),
        "Беларусь",
        "Беларусі",
        "Минск",
        "Минске",
        "Мінск",
        "Мінску",
        "Вясна",
        "Весна",
        "Суд",
        "Брест",
        "Бресте",
        "Гомель",
        "Гомеле",
        "Литву",
        "Літву",
        "Польшу",
    ]
}


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


@cache
def _natasha() -> Any:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _ner_spans(text: str) -> list[tuple[int, int]]:
    from natasha import Doc

    seg, ner = _natasha()
    doc = Doc(text)
    doc.segment(seg)
    doc.tag_ner(ner)
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]


# overlapping, so that "Пенсионерку Зою Мартинович" also offers "Зою Мартинович"
_CAP_PAIR = scan.compile(r"(?=([А-ЯЁІЎ][а-яёіў]+[ \u00a0][А-ЯЁІЎ][а-яёіў]+))")


def _could_be_name(word: str) -> bool:
    return any(
        ("Name" in p.tag or "Surn" in p.tag) and p.score > 0.05
        for p in morph_analyzer().parse(word)
    )


def _unexplained(sent: str, m: re.Match[str], offset: int, taken: list[tuple[int, int]]) -> bool:
    s, e = offset + m.start(1), offset + m.end(1)
    if any(a < e and s < b for a, b in taken):
        return False
    if sent[max(0, m.start(1) - 1) : m.start(1)] in ("«", '"', "“"):
        return False  # «Гродно Азот»: the name of an organisation
    first = m.group(1).split()[0]
    return not (m.start(1) == 0 and not _could_be_name(first))


def ner_candidates(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """natasha's NER, run only on the sentences with a capitalised word pair that the name
    lists did not explain (most reports: none, so the model costs nothing). ``taken``: the
    spans of the names already found."""
    from nezabudka.extraction.segment import sentences

    spans: list[tuple[int, int]] = []
    for sent in sentences(text):
        if not any(
            _unexplained(sent.text, m, sent.start, taken) for m in _CAP_PAIR.finditer(sent.text)
        ):
            continue
        spans += [(sent.start + a, sent.start + b) for a, b in _ner_spans(sent.text)]
    return spans


# Surnames by their endings, for given names the lists do not hold ("nurse Taisia Luhavaya")
_SURNAME_SHAPE = scan.compile(
    r"(?:vich|wicz|ich|ski|sky|skaya|skaja|ska|tski|tsky|enka|enko|onak|enak|iuk|yuk|uk|chuk|"
    r"chyk|chik|ik|yk|ak|ets|ova|ava|eva|ina|yna|aya|aja|ov|ou|au|eu|ev|in|yn|ko|ka|"
    r"віч|вич|іч|ич|скі|ская|скую|цкі|цкая|енка|енку|онак|ук|юк|ык|ік|ак|ец|ава|аву|ева|еву|ёва|"
    r"іна|іну|ына|ыну|оў|аў|эў|еў|ін|ын|ка|ку|ко|уля|юля|уня|юня)$",
    re.I,
)
# sentence-initial words that are no given name ("Паводле Юркевіч…", "After Kavalenka…")
_NOT_GIVEN = {
    norm(w)
    for w in [
        "Паводле",
        "Паводла",
        "Згодна",
        "Пасля",
        "Учора",
        "Сёння",
        "Таксама",
        "Яшчэ",
        "Цяпер",
        "Потым",
        "Акрамя",
        "Сярод",
        "Согласно",
        "После",
        "Вчера",
        "Сегодня",
        "Также",
        "Кроме",
        "Среди",
        "Затем",
        "Потом",
        "По",
        "Для",
        "Про",
        "After",
        "Before",
        "Since",
        "Until",
        "During",
        "Among",
        "Despite",
        "Unlike",
        "Like",
        "For",
        "From",
        "With",
        "Without",
        "Lawyer",
        "Judge",
        "Prosecutor",
        "Political",
        "Prisoner",
        "Activist",
        "Journalist",
        "Former",
        "Human",
        "Rights",
    ]
}
# "▪️ Палітвязень Тамаш Дзядуля": a status word, capitalised at the start of an item
_STATUS_BEFORE = scan.compile(
    r"(?:political prisoner|палітвяз\w+|политзаключ\w+|палітвязніц\w+)\s+$", re.I
)
_LOWER_WORD_BEFORE = scan.compile(r"(?:^|[\s(])[a-zа-яёіў][\w-]*,?\s+$")
_AGE_AFTER = scan.compile(r"^,\s*(?:\d{2}\b|an?\s+\d{2}-year-old|\d{2}-гадов|\d{2}-летн)", re.I)


def looks_like_surname(word: str) -> bool:
    """A capitalised word with a surname's ending that is no given name or common word."""
    return (
        _cap(word)
        and len(word) >= 4
        # a declined one too: "Кізевіча", "Кізевічу"
        and any(_SURNAME_SHAPE.search(word[: len(word) - k]) for k in (0, 1, 2))
        and norm(word) not in NOT_SURNAME
        and not lexicon.given_name(word)
    )


def unknown_given_pairs(
    text: str, tokens: list[re.Match[str]], used: set[int], lang: str
) -> list[tuple[int, int]]:
    """Token pairs "Given Surname" whose given name the lists do not hold: the second word has
    a surname's ending, neither word is a town or a common capitalised word, and the context
    says it is a person (a lower-case word such as "nurse" before it, an age after it, or the
    surname used again on its own)."""
    if lang == "ru":
        return []  # natasha's NER finds these in Russian
    from nezabudka.extraction.facilities import town_of

    words = [POSSESSIVE.sub("", t.group(0)) for t in tokens]
    counts = Counter(norm(w) for w in words)
    lower = {w for w in words if w.islower()}
    out = []
    for k in range(len(tokens) - 1):
        if k in used or k + 1 in used:
            continue
        a, b = tokens[k], tokens[k + 1]
        first, second = a.group(0), POSSESSIVE.sub("", b.group(0))
        if (
            text[a.end() : b.start()] not in (" ", "\u00a0")
            or not (_cap(first) and _cap(second))
            or bool(_CYR.search(first)) != bool(_CYR.search(second))
            or len(first) < 3
            or len(second) < 4
            or not _SURNAME_SHAPE.search(second)
            or {norm(first), norm(second)} & NOT_SURNAME
            or first.isupper()
            or second.isupper()
            or town_of(first, "by")
            or town_of(second, "by")
            or norm(first) in lexicon.official_forms()
            or norm(first) in _NOT_GIVEN
            or lexicon.given_name(second)
            or first.lower() in lower  # a common word the text also writes in lower case
        ):
            continue
        before = text[max(0, a.start() - 30) : a.start()]
        if (
            _LOWER_WORD_BEFORE.search(before)
            or _STATUS_BEFORE.search(before)
            or _AGE_AFTER.search(text[b.end() : b.end() + 20])
            or counts[norm(second)] > 1  # the surname used again
        ):
            out.append((k, k + 1))
    return out
