"""People mentioned in a report: full names, surname-only and given-name/diminutive mentions,
all linked to one person ("Sasha" → Aliaksandr Kashpul, "Masha" → Marfa Rabkova).

Names are found through the domain, not a statistical model: a capitalised word that is a known
given name followed by a capitalised surname. For Russian, natasha's NER (which ships its model)
adds the names the lists do not know. Names are reduced to the nominative with
``nezabudka.names.to_nominative`` when that library is present, else with pymorphy3/rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.families import (
    merge_bracketed_spellings,
    merge_patronymic_address,
    merge_same_names,
    merge_spelling_variants,
    share_family_surnames,
)
from nezabudka.extraction.lexicon import norm
from nezabudka.extraction.nominative import (
    POSSESSIVE,
    gender_cue,
    is_given_name,
    name_groups,
    singular_surname,
    to_nominative,
)
from nezabudka.extraction.quoted_names import in_quoted_name
from nezabudka.extraction.unknown_names import (
    NOT_SURNAME,
    looks_like_surname,
    ner_candidates,
    unknown_given_pairs,
)

_WORD = scan.compile(r"[^\W\d_][\w’'ʼ-]*")
_CYR = scan.compile(r"[а-яёіўА-ЯЁІЎ]")
_TITLES = scan.compile(
    r"(?:\b(?:judge|justice|prosecutor|lawyer|attorney|advocate|investigator|dictator|president|"
    r"minister|rapporteur|spokesperson|spokesman|судья|судьи|судье|"
    r"прокурор\w*|\w*обвинител\w*|абвінаваўц\w*|адвокат\w*|защитни\w+|следовател\w+|суддзя|суддзі|пракурор\w*|адвакат\w*|"
    r"следч\w+|президент\w*|прэзідэнт\w*|министр\w*|міністр\w*|"
    # ranks and heads of places of detention: "Major Dzianis S.", "the colony head Ryhor P."
    r"major|colonel|lieutenant|captain|майор\w*|полковник\w*|подполковник\w*|капитан\w*|"
    r"лейтенант\w*|маёр\w*|палкоўнік\w*|падпалкоўнік\w*|капітан\w*|лейтэнант\w*|warden|"
    r"(?:colony|prison|camp) (?:head|chief|governor)|"
    # "калегія суддзяў пад старшынствам Андрэя К.", "под председательством судьи", "presided by"
    r"старшынствам|председательством|presided (?:over )?by|"
    # "начальник медчасти тюрьмы Андрей Б.", "начальнік калоніі"
    r"(?:начальник|начальнік)\w*(?:\s+(?:(?-i:[а-яёіў])\w*|СИЗО|СІЗА|ИК|ИВС|ЦИП|ЦІП)){0,3})"
    # not across a sentence end or quotation mark ("…абразе прэзідэнта.\n\n«Ганна…"), nor
    # a colon ("Адвокат: Роман Л. почти не выходит из ШИЗО" names who speaks, not his title)
    r"[^\w.!?«»\"“”„:]*){1}$|"
    # "Адвакатка Руцкага Вольга Зянько": the lawyer of a client named just before
    r"\b(?:lawyer|attorney|адвокат\w*|адвакат\w*|защитни\w+|абаронц\w+)\s+(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+\s+$|"
    # "The lawyer we hired, Pavel K.", "адвокат, которого наняла семья, Олег Р."
    # (lower-case words only: "According to lawyer Natallia B., Savitski went…" is no title)
    r"\b(?:lawyer|attorney|advocate|адвокат\w*|адвакат\w*|защитни\w+)(?:\s+(?-i:[a-zа-яёіў])[^\s.,;:]*){1,4},"
    r"\s*$",
    re.I,
)
_SOURCE_THEN_SUBJECT = scan.compile(
    r"\b(?:по словам|со слов|па словах|паводле(?: слоў)?|са слоў)\s+(?:[^\W\d_]+\s+)?"
    r"[^\W\d_]+\s*,\s*$",
    re.I,
)
# "По словам адвоката, Денис по-прежнему…": the title is the source's, the name after the
# comma the subject's
_TITLE_AS_SOURCE = scan.compile(
    r"\b(?:по словам|со слов|according to|паводле(?: слоў)?|са слоў)\s+(?:(?:the|his|her|их|его|её|"
    r"ее|яго|яе|іх)\s+)?[^\W\d_]+\s*,\s*$",
    re.I,
)
# "Муж Светланы, Виктор Рудак, был задержан", "Malash's wife, Viktoryia Malash, was…": the
# name the kinship word belongs to is no subject; the apposition after it is
_KIN_ANY_CASE = (
    r"(?:жен(?:а|ы|е|у|ой)|муж(?:а|у|ем)?|супруг\w*|сын(?:а|у|ом)?|доч(?:ь|ери|ерью)|"
    r"мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом)|брат(?:а|у|ом)?|сестр\w*|друг(?:а|у|ом)?|подруг\w*|"
    r"колег\w*|жонк\w*|сяб(?:ар|ра|ру|рам)|сяброўк\w*|бацьк\w*|маці|дачк\w*|сястр\w*|калег\w*|"
    r"мам(?:а|ы|е|у|ой)|пап(?:а|ы|е|у|ой))"
)
_KIN_AND_FRIENDS = lexicon.kin_words(
    "friend", "relative", "partner", "fiancée?", "друг", "подруга", "сябар", "сяброўка"
)
_RELATIVES = scan.compile(
    # "Маці Арсеня, Раіса Бялевіч": the kinship word, whose it is, a comma, the name; in
    # the dative or instrumental of a close relative ("Его матери, Людмиле Л.", "с матерью,
    # Тамарой М."; not "калегу", whose other cases stay subjects)
    rf"\b(?:{_KIN_AND_FRIENDS}|матер(?:и|ью)|отц(?:у|ом)|жен(?:е|ой)|муж(?:у|ем)|дочер(?:и|ью)|"
    r"жонцы|бацьку|дачцэ|мам(?:е|ой)|папе)\W*(?:[^\W\d_]+,?\s+)?$",
    re.I,
)
# "Браты Павел і Мікалай Грэсь", "the brothers Ihar and Pavel Z.": the pair are the siblings
# or the couple of each other, not someone's relatives ("his brothers …" stay relatives)
_PAIR_KIN_BEFORE = scan.compile(
    r"(?:^|(?P<w>[^\W\d_]+)\s+|[^\w\s]\s*)(?:браты|братоў|братам|братья|братьев|братьям|"
    r"brothers|сёстры|сестры|сестёр|сёстрам|сестрам|sisters|супруги|супругов|супругам|сужэнцы|"
    r"сужэнцаў|сужэнцам|spouses|the couple)\s+$",
    re.I,
)
_POSSESSIVE = scan.compile(
    r"(?:his|her|their|my|our|его|её|ее|их|яго|яе|іх|мой|мои|мае|маі|наши|нашы|свои|свае)$", re.I
)


def _kin_of_each_other(before: str) -> bool:
    m = _PAIR_KIN_BEFORE.search(before)
    return m is not None and not (m.group("w") and _POSSESSIVE.match(m.group("w")))


_SPEAKER_AFTER = scan.compile(
    r"^\s*,?\s*(?:\([^)]*\)\s*)?(?:,[^,.]{0,120},\s*)?(?:says|said|told|recalls|argues|adds|added|notes|"
    r"explains|believes|writes|wrote|сообщил\w*|рассказал\w*|рассказывает|сказал\w*|говорит|отмечает|"
    r"пишет|паведаміў\w*|паведаміла|расказаў\w*|расказал\w*|расказвае|сказаў\w*|сказала|кажа|піша)\b|^\s*:",
    re.I,
)
# what follows a name's colon when the text goes on about the person, not quotes them
_TOLD_OF_AFTER_COLON = scan.compile(
    r"\s*(?:\d{1,2}\s+[^\W\d_]{3,}|(?:[^\W\d_]+\s+){0,4}?"
    r"(?:его|её|ее|ей|ему|яго|яе|ёй|яму|он|она|ён|яна|he|she|his|him)\b|"
    # "вынесли приговор Ирине Т.: по ст. 130 УК ей назначили": an article opens her verdict
    r"(?:по|па)\s+(?:ч\.\s*\d+\s+)?(?:ст|арт)\.)",
    re.I,
)
_LIST_JOIN_BEFORE = scan.compile(r"(?:\b(?:and|и|і)|,)\s*$", re.I)
_SPEAKER_BEFORE = scan.compile(
    r"(?:according to|по словам|со слов|па словах|як кажа|паводле|по данным|согласно|"
    r"як паведаміла|як паведаміў|как сообщила|как сообщил)\s+(?:[\w'’]+,?\s+){0,2}$|"
    # after a quotation: "…," said Maksim Z. / «…», — сказала праваабаронца Ірына К.
    r"[»\"”]\s*,?\s*[—–-]?\s*(?:said|says|told|added|adds|notes?|noted|comments?|commented|"
    r"explains?|explained|сказал\w*|заявил\w*|отметил\w*|отмечает|подч[её]ркива\w+|"
    r"комментиру\w+|объясня\w+|добавил\w*|говорит|напомнил\w*|нагада\w+|reminded|recalled|"
    r"сказаў|сказала|заявіў|заявіла|адзначыў|"
    r"адзначыла|адзначае|падкрэсліва\w+|каментуе|тлумачыць|дадаў|дадала|кажа)\s+"
    r"(?:[\w'’-]+,?\s+){0,2}$|"
    # "Пра гэта паведаміла ягоная калега Святлана Ю.", "said his colleague Pavel K."
    r"\b(?:said|says|told|reported|паведамі(?:ў|ла|лі)|сказа(?:ў|ла)|сообщил[аи]?|сказал[аи]?|"
    r"рассказал[аи]?|расказа(?:ў|ла))\s+(?:his|her|their|его|её|ее|ягоны|ягоная|яго|яе|іх)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$",
    re.I,
)
# "My husband Siarhei K. is a political prisoner": in a testimony, the narrator's kin is the
# prisoner the testimony is about, not a relative
# (not parents: in an interview with a prisoner, "my mother, Halina L." is a relative)
_PARENTS = {"mother", "father", "мать", "отец", "маці", "бацька"}
_MY_KIN = scan.compile(
    r"\b(?:my|our|мой|моя|мая|мае|наш|наша|мои)\s+(?:[^\W\d_]+\s+)?(?:"
    + "|".join(w for w in lexicon.KIN_WORDS if w not in _PARENTS)
    + r"|friend|друг|подруга|сябар|сяброўка)\W*$|"
    # the same in the oblique cases: "Майго мужа, Алеся К., затрымалі", "Моего сына, Артёма Ж."
    r"\b(?:моего|моей|мою|моему|нашего|нашей|нашу|майго|маёй|маю|майму|нашага|нашай)\s+"
    r"(?:[^\W\d_]+\s+)?(?:мужа|мужу|сына|сыну|брата|брату|жену|жены|жене|дочь|дочери|сестру|"
    r"сестры|жонку|жонкі|жонцы|дачку|дачкі|дачцэ|сястру|сястры)\W*$",
    re.I,
)
# "Interview by Maksim L.", "Гутарыла Вольга Д.": the author, never a subject
_BYLINE_BEFORE = scan.compile(
    r"(?:interview(?:ed)? by|text by|written by|reported by|photos? by|беседовал\w*|гутарыл\w*|"
    r"гутарыў|размаўлял\w*|размаўляў|записал\w*|запісал\w*|запісаў|(?:текст|тэкст|автор|аўтар)\s*:)"
    r"\s*$",
    re.I,
)
# "My name is Katsiaryna R.", "Меня зовут…": the narrator of a testimony, not its subject
_NARRATOR_BEFORE = scan.compile(r"(?:my name is|меня зовут|мяне завуць)\s+$", re.I)
# "he told journalist Maryna V.", "рассказал журналистке «Зеркала» Марине В.": the person
# spoken to is not the subject of what follows
_ADDRESSEE_BEFORE = scan.compile(
    r"\b(?:told|рассказал\w*|сказал\w*|расказаў|расказала|расказалі|сказаў|сказала)\s+"
    r"(?:[^\s.;:]+\s+){0,3}$",
    re.I,
)
# "She was detained the same day as Kastus but let out…", "Как и Иван Н., она…": a name
# compared with is not the subject of the clause
_COMPARED_BEFORE = scan.compile(
    r"\b(?:the same (?:day|time|week|evening|night) as|at the same time as|как и|як і)\s+$", re.I
)
# "Маці палітвязня Уладзіслава Я.": a declined name after "the prisoner's" is the prisoner
# ("Жонка палітвязня Святлана К." — in the nominative — is the wife)
_KIN_OF_PRISONER = scan.compile(
    r"(?:палітвязн|политзаключ|вязн|заключ[её]нн|осужд[её]нн|асуджан)\w*\s+$", re.I
)
# "Alena S., the prisoner's sister": a relative named before the kinship word
_KIN_EN = r"(?:wife|husband|mother|father|son|daughter|brother|sister|fiancée?|partner)"
_KIN_CYR = (
    r"(?:жена|жены|жене|мужа?|мужу|мать|матери|отца?|отцу|сына?|сыну|дочь|дочери|брата?|брату|"
    r"сестра|сестры|сестре|жонка|жонкі|жонцы|маці|бацька|бацькі|бацьку|дачка|дачкі|дачцэ|сястра|"
    r"сястры)"
)
_RELATIVE_AFTER = scan.compile(
    rf"^\s*,\s*(?:(?:his|her|their|the prisoner's|whose)\s+(?:\w+\s+)?{_KIN_EN}\b|{_KIN_EN}\s+of\b|"
    rf"(?:чей|чья|чый|чыя|у котор\w+|у як\w+)\s+(?:\w+\s+)?{_KIN_CYR}\b|"
    rf"(?:его|её|ее|яго|яе)\s+{_KIN_CYR}\b|"
    rf"{_KIN_CYR}\s+(?:палітвязн|политзаключ|осужд|задержан|асуджан|затрыман|(?-i:[А-ЯЁІЎ])))",
    re.I,
)
# "суддзя Кастрычніцкага раёна Віцебска Ганна М.": a judge named after the court
_TITLE_WITH_COURT = scan.compile(
    r"\b(?:judge|судья|суддзя)\s+(?:[^\s.;:]+\s+){0,3}?(?:суда|суду|раёна|района|district|court|"
    r"обласного|абласнога|гарадскога|городского)\s+(?:[^\s.;:]+\s+){0,2}$",
    re.I,
)
_PATRONYMIC = scan.compile(
    r"(?:вич|вна|ична|інічна|аўна|еўна|ovich|evich|avich|ovna|evna|aŭna)$", re.I
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    person: int
    kind: str  # full | surname | given | official
    speaker: bool = False
    titled: bool = False
    relative: bool = False
    cited: bool = False  # "according to X": a source, never the subject of the sentence


_MALE_NAMES_IN_A = frozenset(
    [
        "мікола",
        "микола",
        "никита",
        "мікіта",
        "ілья",
        "илья",
        "ілля",
        "кірыла",
        "кузьма",
        "фома",
        "лука",
        "сава",
        "савва",
        "данила",
        "саша",
        "міша",
        "миша",
        "паша",
        "сярожа",
        "дима",
        "mikola",
        "mikita",
        "nikita",
        "ilya",
        "illia",
        "kiryla",
        "kuzma",
        "luka",
        "sava",
        "savva",
        "danila",
        "sasha",
        "misha",
        "pasha",
        "dima",
    ]
)


@dataclass(slots=True)
class Person:
    name: str
    given: str | None  # given name as written (nominative)
    surname: str | None  # nominative
    groups: frozenset[str] = frozenset()
    official: bool = False
    mentions: list[Mention] = field(default_factory=list)

    @property
    def titled(self) -> bool:
        return self.official or any(m.titled for m in self.mentions)

    @property
    def relative(self) -> bool:
        return any(m.relative for m in self.mentions)

    @property
    def gender(self) -> str | None:
        """ "f" or "m" from the nominative given name, or None when there is none. Women's names
        end in -а/-я ("Валентина" here is no genitive: the name is already nominative)."""
        g = norm(self.given or "")
        if not g:
            return None
        if g.endswith(("а", "я", "a")) and g not in _MALE_NAMES_IN_A:
            return "f"
        return "m"


# surnames a woman's name leaves as they are: consonant endings, -ко/-енко/-о, -их/-ых
_UNDECLINED_SURNAME = scan.compile(r"(?:[бвгджзйклмнпрстфхцчшщў]|к?о|[иы]х)$")
_CONJ_WORDS = frozenset({"and", "и", "і", "й"})
_LIST_ENTRY_NAME = scan.compile(r",\s*\d{1,3}\s+(?:гадоў|гады|год|лет|года)\b|,\s*[а-яёіў]")


def _nominative_given(token: str) -> bool:
    entry = lexicon.given_name(token)
    return entry is not None and entry[1] == token


# --- detection ----------------------------------------------------------------------------


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


def _prefix_match(token: str, surname: str) -> bool:
    a, b = norm(POSSESSIVE.sub("", token)), norm(surname)
    if a == b:
        return True
    if not _CYR.search(a) or not _CYR.search(b):
        return False
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= max(4, len(b) - 2) and abs(len(a) - len(b)) <= 3


def _declined_after_prisoner(before: str, mention: str) -> bool:
    if not _KIN_OF_PRISONER.search(before):
        return False
    first = (mention.split() or [""])[0]
    entry = lexicon.given_name(first)
    return entry is not None and norm(entry[1]) != norm(first)


# "Адвокат Ивана Петрова": a lawyer in the nominative before a declined name is the client's
_LAWYER_NOMINATIVE = scan.compile(r"\b(?:адвокат|защитник|адвакат|абаронца)\s+$", re.I)


# "у Николая Ивановича обнаружили опухоль": a given name and patronymic, no surname
_PATRONYMIC_OF = scan.compile(
    r"^(?P<stem>[А-ЯЁІЎ][а-яёіў]+?)(?:ович|евич|овіч|евіч|авіч|овн|евн|аўн|еўн)(?:а|у|ем|ам|е|ы|ой|ай|ою)?$"
)


def _given_and_patronymic(given: str, word: str, following: str, people: list[Person]) -> bool:
    """Whether "given word" is a given name and patronymic with no surname after it. A woman's
    patronymic ("Вольга Іванаўна") is never a surname; a man's ("Николая Ивановича") reads
    like one (Барысевіч, Петрович), so it counts only for someone already named in full."""
    m = _PATRONYMIC_OF.match(word)
    if m is None or _cap(following):
        return False
    stem = m.group("stem")
    if not any(lexicon.given_name(stem + end) for end in ("", "й", "ь")):
        return False
    if re.search(r"(?:овн|евн|аўн|еўн)", word[len(stem) :]):
        return True
    return any(p.groups & name_groups(given) for p in people)


def _client_of_title(text: str, m: Mention, nxt: Mention | None) -> bool:
    """Whether a titled mention is the client, not the lawyer: "Адвокату Оксаны Елене Жук"
    (another name follows at once: the title is hers) or "Адвокат Ивана Петрова сообщил"."""
    if nxt is not None and nxt.kind == "full" and text[m.end : nxt.start] in (" ", "\u00a0"):
        return True
    first = m.text.split()[0]
    entry = lexicon.given_name(first) if _CYR.search(first) else None
    return bool(
        entry
        and norm(entry[1]) != norm(first)
        and _LAWYER_NOMINATIVE.search(text[max(0, m.start - 20) : m.start])
    )


_NAME_IN_APPOSITION = scan.compile(r"\s*,\s*[A-ZА-ЯЁІЎ][^\W\d_]+\s+[A-ZА-ЯЁІЎ]")
_KIN_BEFORE_POSSESSOR = scan.compile(rf"\b{_KIN_ANY_CASE}\s+$", re.I)
_POSSESSOR_KIN_GAP = scan.compile(rf"^(?:['’]s)?\s+{_KIN_EN},\s*$", re.I)


def _possessor_of_apposition(text: str, m: Mention, nxt: Mention | None) -> bool:
    """Whether ``m`` only names whose relative ``nxt`` (named in full right after) is. Not when
    the relative speaks: "Dubovik's wife, Liudmila D., says her husband was beaten"."""
    if nxt is None or nxt.kind != "full" or nxt.person == m.person or nxt.speaker:
        return False
    gap = text[m.end : nxt.start]
    if _POSSESSOR_KIN_GAP.match(gap):
        return True
    # "сябар Рыгора, палітвязень Кірыл Жаўняровіч": a status word may open the apposition
    return bool(
        re.fullmatch(
            # ("жонку Пашкевіча Святлану Пашкевіч": Cyrillic appositions may go without a comma;
            # "маму Алеси — Тамару Вербицкую": or after a dash)
            r"\s*[,—–]\s*(?:(?:political prisoner|палітвяз\w+|политзаключ[её]нн\w+)\s+)?|"
            r"\s",  # (the next mention, named in full, starts right after)
            gap,
            re.I,
        )
        and _KIN_BEFORE_POSSESSOR.search(text[max(0, m.start - 20) : m.start])
    )


# "мой сын", and in the other cases "Майго сына Арцёма забралі", "моей дочери Ане"
_MY_KIN_GIVEN = scan.compile(
    r"\b(?:my|our|мо[йяеёю]\w*|ма[яйюёі]\w*|наш\w*)\s+(?:(?P<m>son|husband|brother|"
    r"сын(?:а|у|ом)?|муж(?:а|у|ем)?|брат(?:а|у|ом)?)|(?P<f>daughter|wife|sister|доч(?:ь|ери|ерью|ку|ки)|"
    r"жен(?:а|у|ы|е|ой)|сестр(?:а|у|ы|е|ой)|дач(?:ка|ку|кі|цэ|кай)|жонк(?:а|у|і|ай)|жонцы|"
    r"сястр(?:а|у|ы|ой)|сястры))\s*,?\s*$",
    re.I,
)
# a man's and a woman's forms of one family's surname (ru, be)
_SURNAME_GENDER = [
    ("ская", "ский", "скі"), ("цкая", "цкий", "цкі"), ("ова", "ов", "оў"), ("ева", "ев", "еў"),
    ("ёва", "ёв", "ёў"), ("ава", "ав", "аў"), ("ина", "ин", "ін"), ("іна", "ин", "ін"),
    ("ына", "ын", "ын"),
]  # fmt: skip


def _family_surname(narrator: Person, female: bool, be: bool) -> str:
    """The narrator's surname in the form for a relative of the given gender."""
    s = narrator.surname or ""
    if (narrator.gender == "f") == female:
        return s
    for fem, masc_ru, masc_be in _SURNAME_GENDER:
        if female and s.endswith((masc_be if be else masc_ru, masc_ru)):
            stem = s[: -len(masc_be if be and s.endswith(masc_be) else masc_ru)]
            return stem + fem
        if not female and s.endswith(fem):
            return s[: -len(fem)] + (masc_be if be else masc_ru)
    return s


def narrator_mention(text: str, mentions: list[Mention]) -> Mention | None:
    """The full name a testimony's narrator gives ("Мяне завуць Вераніка Сцяпура"), if any."""
    return next(
        (
            m
            for m in mentions
            if m.kind == "full" and _NARRATOR_BEFORE.search(text[max(0, m.start - 20) : m.start])
        ),
        None,
    )


def _same_gender(a: str, b: str) -> bool:
    """False only when both given names are known and one is a man's, the other a woman's."""
    ea, eb = lexicon.given_name(a), lexicon.given_name(b)
    if ea is None or eb is None:
        return True
    return lexicon.group_is_female(ea[0]) == lexicon.group_is_female(eb[0])


def find_people(text: str, lang: str, use_ner: bool = True) -> tuple[list[Person], list[Mention]]:
    tokens = list(_WORD.finditer(text))
    people: list[Person] = []
    mentions: list[Mention] = []
    used: set[int] = set()
    officials = lexicon.official_forms()

    def add_person(
        name: str, given: str | None, surname: str | None, official: bool = False
    ) -> int:
        key = norm(name)
        for i, p in enumerate(people):
            if norm(p.name) == key:
                return i
            if (
                surname
                and p.surname
                and norm(p.surname) == norm(surname)
                and given
                and p.given
                and name_groups(given) & p.groups
                and _same_gender(given, p.given)  # "Тёма" and "Тома" share a diminutive
            ):
                return i
        people.append(
            Person(name, given, surname, name_groups(given) if given else frozenset(), official)
        )
        return len(people) - 1

    def flags(start: int, end: int) -> dict[str, bool]:
        before = text[max(0, start - 40) : start]
        after = text[end : end + 160]
        source_before = _SPEAKER_BEFORE.search(before)  # "according to X": X speaks, cited
        # "По словам знакомых, Лихачёву не передали…": the name after the comma is the
        # subject, unless it is the source's name in the genitive ("…, Ольги Шпак,")
        if (
            source_before
            and _SOURCE_THEN_SUBJECT.search(before)
            and not re.search(r"[аяыиі]$", text[start:end].split()[0])
        ):
            source_before = None
        narrator = _NARRATOR_BEFORE.search(before)
        said = _SPEAKER_AFTER.search(after)
        if said and said.group(0).strip() == ":" and _LIST_JOIN_BEFORE.search(before):
            said = None  # "Среди них — Инна Р. и Дмитрий Ю.: его вывезли…" ends a list
        if said and said.group(0).strip() == ":" and _TOLD_OF_AFTER_COLON.match(after, said.end()):
            said = None  # "проходит Артур Б.: 10 февраля суд приговорил его …" tells of him
        return {
            "speaker": bool(said or source_before or narrator),
            "titled": bool(
                (_TITLES.search(before) and not _TITLE_AS_SOURCE.search(before))
                or _TITLE_WITH_COURT.search(text[max(0, start - 80) : start])
                or _BYLINE_BEFORE.search(before)
            ),
            "relative": bool(
                (
                    _RELATIVES.search(before)
                    and not _declined_after_prisoner(before, text[start:end])
                    and not _MY_KIN.search(before)
                    and not _kin_of_each_other(before)
                    # "Маці Арсеня, Раіса Бялевіч": Арсень is whose mother; she is the relative
                    and not (
                        _KIN_BEFORE_POSSESSOR.search(before) and _NAME_IN_APPOSITION.match(after)
                    )
                )
                or _RELATIVE_AFTER.search(after)
                or narrator
            ),
            "cited": bool(
                source_before or _ADDRESSEE_BEFORE.search(before) or _COMPARED_BEFORE.search(before)
            ),
        }

    token_starts = [t.start() for t in tokens]
    raw_surnames: dict[int, set[str]] = {}  # person -> surnames as written in full mentions
    attested: set[int] = set()  # people named at least once in the nominative

    def add_full(
        start: int,
        end: int,
        name: str,
        given: str,
        surname: str,
        official: bool = False,
        raw_surname: str | None = None,
    ) -> None:
        """A full-name mention at [start, end): its person, and its tokens marked used."""
        idx = add_person(name, given, surname, official)
        words = text[start:end].split()
        raw = raw_surname or words[-1]
        raw_surnames.setdefault(idx, set()).add(raw)
        # the nominative as written: the whole name, or a woman's surname that never declines
        if norm(raw) == norm(surname) and (
            norm(words[0]) == norm(given)
            or (people[idx].gender == "f" and _UNDECLINED_SURNAME.search(raw))
        ):
            attested.add(idx)
        mentions.append(Mention(start, end, text[start:end], idx, "full", **flags(start, end)))
        used.update(range(bisect_left(token_starts, start), bisect_left(token_starts, end)))

    # Pass 1: given name + surname (+ patronymic)
    i = 0
    while i < len(tokens) - 1:
        t, nxt = tokens[i], tokens[i + 1]
        tok = t.group(0)
        gap = text[t.end() : nxt.start()]
        if (
            _cap(tok)
            and (
                is_given_name(tok, lang)
                # "Яна Кізевіча": "Яна" is "she" in Belarusian, but not before a surname
                or (norm(tok) in ("яна", "ян") and looks_like_surname(nxt.group(0)))
            )
            and gap in (" ", "\u00a0")
            and _cap(nxt.group(0))
            and norm(POSSESSIVE.sub("", nxt.group(0))) not in NOT_SURNAME
            and not lexicon.given_name(POSSESSIVE.sub("", nxt.group(0)))
            and not _given_and_patronymic(
                tok, nxt.group(0), tokens[i + 2].group(0) if i + 2 < len(tokens) else "", people
            )
        ):
            last = nxt
            if (
                i + 2 < len(tokens)
                and _PATRONYMIC.search(nxt.group(0))
                and _cap(tokens[i + 2].group(0))
                and text[nxt.end() : tokens[i + 2].start()] == " "
                and _CYR.search(nxt.group(0))
            ):
                last = tokens[i + 2]
            surname_raw = POSSESSIVE.sub("", last.group(0))
            official = norm(surname_raw) in officials
            if official:
                key = officials[norm(surname_raw)]
                name = lexicon.OFFICIALS[key][lang if lang in ("en", "ru", "be") else "en"]
                given_n, surname_n = name.split()[0], name.split()[-1]
                if not _CYR.search(tok):  # in Latin, the report's own spelling of the name
                    given_n, surname_n = tok, surname_raw
                    name = f"{given_n} {surname_n}"
            elif plural := singular_surname(surname_raw, tok):
                given_n, surname_n = plural
                name = f"{given_n} {surname_n}"
            elif (
                _CYR.search(tok)
                and _LIST_ENTRY_NAME.match(text, last.end())
                and not text[text.rfind("\n", 0, t.start()) + 1 : t.start()].strip()
                and _nominative_given(tok)
            ):
                # "Алеся Кірыенка, 27 гадоў, фатографка з Брэста.": a list entry opens with the
                # name as written, in the nominative (not the genitive of "Алесь Кірыенак")
                given_n, surname_n = tok, surname_raw
                name = f"{given_n} {surname_n}"
            elif _CYR.search(tok):
                cue = gender_cue(text[last.end() : last.end() + 300])
                given_n, surname_n = to_nominative(tok, surname_raw, lang, cue)
                name = f"{given_n} {surname_n}"
            else:
                given_n, surname_n = tok, surname_raw
                name = f"{given_n} {surname_n}"
            end = last.end() - (len(last.group(0)) - len(surname_raw))
            add_full(t.start(), end, name, given_n, surname_n, official)
            # "Darya and Alena Kuzmich", "Денис и Оксана Кирилловы": the first shares the surname
            first = tokens[i - 2] if i >= 2 else None
            if (
                first is not None
                and not official
                and last is nxt
                and tokens[i - 1].group(0).lower() in _CONJ_WORDS
                and text[first.end() : t.start()] == f" {tokens[i - 1].group(0)} "
                and i - 2 not in used
                and _cap(first.group(0))
                and is_given_name(first.group(0), lang)
            ):
                if plural:
                    shared = singular_surname(surname_raw, first.group(0))
                elif not _CYR.search(first.group(0)):
                    shared = (first.group(0), surname_raw)
                elif (
                    (entry := lexicon.given_name(tok))
                    and lexicon.group_is_female(entry[0])
                    and (_UNDECLINED_SURNAME.search(surname_raw))
                ):
                    # "к Евгению и Ирине Мацкевич": her surname does not decline, so it is
                    # the family's nominative
                    first_entry = lexicon.given_name(first.group(0))
                    shared = (first_entry[1], surname_raw) if first_entry else None
                elif (
                    (entry := lexicon.given_name(tok))
                    and (first_entry := lexicon.given_name(first.group(0)))
                    and lexicon.group_is_female(entry[0]) == lexicon.group_is_female(first_entry[0])
                    and norm(entry[1]) == norm(tok)
                    and norm(first_entry[1]) == norm(first.group(0))
                ):
                    # "Браты Павел і Мікалай Грэсь": brothers or sisters named in the nominative
                    # share it (declined, a shared surname is plural: "Паўлу і Андрэю Лукшам")
                    shared = (first_entry[1], surname_raw)
                else:
                    shared = None
                if shared:
                    add_full(
                        first.start(),
                        first.end(),
                        " ".join(shared),
                        *shared,
                        raw_surname=surname_raw,
                    )
            i = tokens.index(last) + 1
            continue
        i += 1

    # natasha NER for Russian (names outside the lists)
    if lang == "ru" and use_ner:
        for s, e in ner_candidates(text, [(m.start, m.end) for m in mentions]):
            if any(m.start < e and s < m.end for m in mentions):
                continue
            words = text[s:e].split()
            following = _WORD.search(text, e)
            if (
                len(words) == 2
                and is_given_name(words[1], lang)
                and not is_given_name(words[0], lang)
            ):
                words.reverse()  # "ИК-2, Кучинскому Евгению": an address puts the surname first
            if (
                len(words) == 2
                and all(_cap(w) for w in words)
                and not _given_and_patronymic(
                    words[0], words[1], following.group(0) if following else "", people
                )
            ):
                given_n, surname_n = to_nominative(words[0], words[1], lang)
                add_full(s, e, f"{given_n} {surname_n}", given_n, surname_n)

    # given names the lists do not hold, in Latin script and Belarusian
    for k, k2 in unknown_given_pairs(text, tokens, used, lang):
        a, b = tokens[k], tokens[k2]
        surname_raw = POSSESSIVE.sub("", b.group(0))
        given_n, surname_n = (
            to_nominative(a.group(0), surname_raw, lang)
            if _CYR.search(a.group(0))
            else (a.group(0), surname_raw)
        )
        add_full(
            a.start(), b.start() + len(surname_raw), f"{given_n} {surname_n}", given_n, surname_n
        )

    # "Меня зовут Людмила Гречко … Мой сын Павел — политзаключённый": the narrator's son, named
    # by his given name alone, bears the family's surname
    narrator = narrator_mention(text, mentions)
    if narrator is not None and people[narrator.person].surname:
        for k, t in enumerate(tokens):
            kin_m = _MY_KIN_GIVEN.search(text, max(0, t.start() - 30), t.start())
            after_tok = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                k in used
                or kin_m is None
                or not (_cap(t.group(0)) and is_given_name(t.group(0), lang))
                or (
                    after_tok is not None
                    and _cap(after_tok.group(0))
                    and text[t.end() : after_tok.start()] == " "
                )
            ):
                continue
            entry = lexicon.given_name(t.group(0))
            given_n = (
                entry[1]
                if entry and bool(_CYR.search(entry[1])) == bool(_CYR.search(t.group(0)))
                else t.group(0)
            )
            female = kin_m.group("f") is not None
            surname_n = _family_surname(people[narrator.person], female, lang == "be")
            add_full(t.start(), t.end(), f"{given_n} {surname_n}", given_n, surname_n)

    if lang in ("ru", "be"):
        share_family_surnames(people, raw_surnames, attested, be=lang == "be")
        merge_same_names(people, mentions)
    merge_spelling_variants(people, mentions)
    merge_bracketed_spellings(text, people, mentions)
    merge_patronymic_address(people, mentions)

    # counts for choosing among people who share a given name
    def weight(idx: int) -> int:
        return sum(1 for m in mentions if m.person == idx)

    # Pass 2: officials, surnames, given names and diminutives alone
    exact: dict[str, list[int]] = {}
    cyrillic: list[tuple[int, str]] = []
    for i, p in enumerate(people):
        if p.surname:
            exact.setdefault(norm(p.surname), []).append(i)
            if _CYR.search(p.surname):
                cyrillic.append((i, p.surname))
    for k, t in enumerate(tokens):
        if k in used or not _cap(t.group(0)):
            continue
        tok = POSSESSIVE.sub("", t.group(0))
        end = t.start() + len(tok)
        if norm(tok) in officials:
            key = officials[norm(tok)]
            name = lexicon.OFFICIALS[key][lang if lang in ("en", "ru", "be") else "en"]
            idx = add_person(name, name.split()[0], name.split()[-1], True)
            people[idx].official = True
            mentions.append(Mention(t.start(), end, tok, idx, "official", **flags(t.start(), end)))
            continue
        t_norm = norm(tok)
        cands = list(exact.get(t_norm, ()))
        if _CYR.search(tok):
            head = t_norm[:3]
            declined = [
                i
                for i, sn in cyrillic
                if i not in cands and norm(sn)[:3] == head and _prefix_match(tok, sn)
            ]
            cue = gender_cue(text[end : end + 300]) if cands and declined else None
            if cue is not None:
                # "Гордеева, которому дополнительно вменили…": his genitive, not her name
                cands = [i for i in cands + declined if people[i].gender == cue] or cands
            elif not cands and not in_quoted_name(text, t.start()):
                cands = declined
        kind = "surname"
        if not cands and is_given_name(tok, lang):
            groups = name_groups(tok)
            cands = [i for i, p in enumerate(people) if p.groups & groups and not p.official]
            kind = "given"
        if cands:
            # a relative's namesake loses ("his sister, Tatsiana Kavalchuk" vs "Kavalchuk was
            # sentenced"); then the person named in full most often
            idx = max(
                cands,
                key=lambda i: (
                    not any(m.relative for m in mentions if m.person == i and m.kind == "full"),
                    weight(i),
                    -i,
                ),
            )
            mentions.append(Mention(t.start(), end, tok, idx, kind, **flags(t.start(), end)))
    mentions.sort(key=lambda m: m.start)
    for k, m in enumerate(mentions):
        nxt_m = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.titled and _client_of_title(text, m, nxt_m):
            m.titled = False
        if _possessor_of_apposition(text, m, nxt_m):
            m.cited = True
    for m in mentions:
        people[m.person].mentions.append(m)
    return people, mentions
