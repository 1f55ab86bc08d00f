"""Word lists the extractor needs when the names library is not available: given names in the
spellings found in Belarusian/Russian/English reports (with diminutives), month names, number
words and the officials who must never become prisoners.

Given names are grouped: every spelling of a group is the same name, so "Sasha" can be linked to
"Aliaksandr Kashpul" and "Masha" to "Marfa Rabkova".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

# group -> (full forms, diminutives). Latin and Cyrillic spellings together.
GIVEN_NAME_GROUPS: dict[str, tuple[str, str]] = {
    "aleksandr": (
        "Aliaksandr Alyaksandr Aleksandr Alexander Alexandr Aleksander Oleksandr Aliaksandra "
        "Alexandra Aleksandra Alyaksandra Александр Аляксандр Александра Аляксандра",
        "Sasha Sashka Shura Саша Шура Сашка",
    ),
    "ales": ("Ales Aleś Алесь Алесь", "Ales"),
    "andrei": ("Andrei Andrey Andrej Andrew Andrii Андрей Андрэй Андрій", "Andryusha Андрюша"),
    "aliaksei": (
        "Aliaksei Aleksei Alexei Alexey Aleksey Alyaksei Алексей Аляксей",
        "Lyosha Лёша Лёха",
    ),
    "siarhei": ("Siarhei Sergei Sergey Serhei Serhii Сергей Сяргей", "Seryozha Сярожа Серёжа"),
    "mikalai": ("Mikalai Nikolai Nikolay Mikola Mykola Николай Мікалай Мікола", "Kolya Коля"),
    "uladzimir": (
        "Uladzimir Vladimir Uladzimer Volodymyr Владимир Уладзімір",
        "Volodya Vova Валодзя Володя Вова",
    ),
    "ihar": ("Ihar Igor Ihor Игорь Ігар", "Igoryok"),
    "dzmitry": ("Dzmitry Dmitry Dmitri Dmitriy Dzmitryi Дмитрий Дзмітрый", "Dima Дима Дзіма"),
    "pavel": ("Pavel Paval Pavlo Paul Павел Павал", "Pasha Паша"),
    "maksim": ("Maksim Maxim Maksym Максим Максім", "Max Макс"),
    "viktar": ("Viktar Viktor Victor Виктор Віктар", "Vitya Витя Віця"),
    "yauhen": (
        "Yauhen Evgeny Yevgeny Yevgeniy Evgeniy Yauheni Евгений Яўген Яуген",
        "Zhenya Женя Жэня",
    ),
    "vital": ("Vital Vitali Vitaly Vitaliy Vitalii Виталий Віталь", "Vitalik Виталик"),
    "kiryl": ("Kiryl Kirill Kiril Кирилл Кірыл", "Kirya"),
    "artsiom": ("Artsiom Artem Artyom Artiom Артём Артем Арцём", "Tyoma Тёма"),
    "stsiapan": ("Stsiapan Stepan Siarhiej Степан Сцяпан", "Styopa Стёпа"),
    "valiantsin": ("Valiantsin Valentin Valiancin Валентин Валянцін", "Valik"),
    "aleh": ("Aleh Oleg Oleh Олег Алег", "Olezhka"),
    "ivan": ("Ivan Іван Иван", "Vanya Ваня"),
    "mikhail": ("Mikhail Mikhal Mikhas Mikhail Михаил Міхаіл Міхал Міхась", "Misha Миша Міша"),
    "yury": ("Yury Yuri Yuriy Юрий Юры", "Yura Юра"),
    "raman": ("Raman Roman Роман Раман", "Roma Рома"),
    "anatol": ("Anatol Anatoly Anatoliy Анатолий Анатоль", "Tolya Толя"),
    "vasil": ("Vasil Vasily Vasiliy Василий Васіль", "Vasya Вася"),
    "leanid": ("Leanid Leonid Леонид Леанід", "Lyonya"),
    "ilya": ("Ilya Illia Ilia Илья Ілья", "Ilyusha"),
    "dzianis": ("Dzianis Denis Денис Дзяніс", "Denya"),
    "anton": ("Anton Антон", "Antosha"),
    "eduard": ("Eduard Edward Эдуард Эдуард", "Edik"),
    "ryhor": ("Ryhor Grigory Grigoriy Григорий Рыгор", "Grisha Гриша"),
    "mikita": ("Mikita Nikita Никита Мікіта", "Nikitka"),
    "ruslan": ("Ruslan Руслан", "Rusik"),
    "yaraslau": ("Yaraslau Yaroslav Ярослав Яраслаў", "Slava"),
    "uladzislau": ("Uladzislau Vladislav Владислав Уладзіслаў", "Vlad Влад Уладзя Владя"),
    "stanislau": ("Stanislau Stanislav Stanisław Станислав Станіслаў", "Stas Стас"),
    "mikhalina": ("Mikhalina Михалина", "Mikhalinka"),
    # women
    "maryia": ("Maryia Maria Mariya Marya Mariia Мария Марыя", "Masha Маша Marusia"),
    "marfa": ("Marfa Марфа", "Masha Маша Marfusha"),
    "anastasia": (
        "Anastasia Anastasiya Nastassia Nastassja Anastasiia Анастасия Анастасія Настасся",
        "Nasta Nastya Nastia Настя Наста",
    ),
    "hanna": ("Hanna Anna Ganna Ганна Анна", "Anya Аня Hanka"),
    "palina": ("Palina Polina Полина Паліна", "Polya Поля"),
    "volha": ("Volha Olga Olha Ольга Вольга", "Olya Оля Volia"),
    "tatsiana": ("Tatsiana Tatiana Tatyana Tatsyana Татьяна Таццяна", "Tanya Таня"),
    "natallia": ("Natallia Natalia Natalya Nataliya Наталья Наталля Наталия", "Natasha Наташа"),
    "iryna": ("Iryna Irina Ирина Ірына", "Ira Ира"),
    "alena": ("Alena Elena Yelena Helena Alyona Елена Алена Алёна Алена", "Lena Лена"),
    "katsiaryna": (
        "Katsiaryna Ekaterina Yekaterina Katerina Kateryna Екатерина Кацярына",
        "Katya Катя Каця",
    ),
    "liudmila": ("Liudmila Lyudmila Ludmila Людмила Людміла", "Lyuda Люда"),
    "valiantsina": ("Valiantsina Valentina Валентина Валянціна", "Valya Валя"),
    "yuliya": ("Yuliya Yulia Julia Iuliia Юлия Юлія", "Yulya Юля"),
    "alina": ("Alina Алина Аліна", "Alinka"),
    "maryna": ("Maryna Marina Марина Марына", "Marinka"),
    "darya": ("Darya Daria Дарья Дар'я Дарʼя", "Dasha Даша"),
    "sviatlana": ("Sviatlana Svetlana Светлана Святлана", "Sveta Света"),
    "viktoryia": ("Viktoryia Victoria Viktoria Viktoriya Виктория Вікторыя", "Vika Вика"),
    "kseniya": ("Kseniya Ksenia Ксения Ксенія", "Ksyusha"),
    "nina": ("Nina Нина Ніна", "Ninochka"),
    "halina": ("Halina Galina Галина Галіна", "Galya Галя"),
    "larysa": ("Larysa Larisa Лариса Ларыса", "Lara"),
    "nadzeya": ("Nadzeya Nadezhda Надежда Надзея", "Nadya Надя"),
    "veranika": ("Veranika Veronika Вероника Вераніка", "Nika"),
    "yana": ("Yana", "Yanka"),  # not the Cyrillic "Яна": it is also the Belarusian "she"
    # a few common English first names (authors, photographers, officials abroad)
    "craig": ("Craig", ""),
    "john": ("John", ""),
    "james": ("James", ""),
    "david": ("David", ""),
    "michael": ("Michael", ""),
    "peter": ("Peter", ""),
    "thomas": ("Thomas", ""),
    "robert": ("Robert", ""),
    "mary": ("Mary", ""),
    "sarah": ("Sarah", ""),
    "emma": ("Emma", ""),
    "laura": ("Laura", ""),
}

FEMALE_GROUPS = frozenset(
    [
        "marfa",
        "maryia",
        "anastasia",
        "hanna",
        "palina",
        "volha",
        "tatsiana",
        "natallia",
        "iryna",
        "alena",
        "katsiaryna",
        "liudmila",
        "valiantsina",
        "yuliya",
        "alina",
        "maryna",
        "darya",
        "sviatlana",
        "viktoryia",
        "kseniya",
        "nina",
        "halina",
        "larysa",
        "nadzeya",
        "veranika",
        "yana",
        "mary",
        "sarah",
        "emma",
        "laura",
        "mikhalina",
    ]
)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Case-fold, ё→е, apostrophes removed: the key used for all name comparisons."""
    return text.casefold().replace("ё", "е").replace("’", "").replace("'", "").replace("ʼ", "")


def _cyrillic_case_forms(name: str) -> list[str]:
    """Oblique-case forms of a Cyrillic given name (Russian and Belarusian endings)."""
    n = name
    if n.endswith(("а", "я")):
        stem, soft = n[:-1], n.endswith("я")
        ends = (
            ("ю", "і", "и", "е", "ей", "яй", "ёй")
            if soft
            else ("у", "ы", "і", "и", "е", "ой", "ай", "ою")
        )
        # Belarusian dative/locative soften the stem: Лізавета → Лізавеце, Вольга → Вользе
        # (the table of names.morph.BE_DATIVE_SOFTENING, not imported: importing the names
        # package would add 0.12 s to the pipeline's start-up)
        mutated = {"т": "ц", "д": "дз", "г": "з", "к": "ц", "х": "с"}.get(stem[-1:])
        extra = [stem[:-1] + mutated + "е"] if mutated and not soft else []
        if stem.endswith("к") and not soft:
            extra += [stem[:-1] + "цы", stem[:-1] + "цэ"]  # Вераніка → Вераніцы
        return [stem + e for e in ends] + extra
    if n.endswith(("й", "ь")):
        stem = n[:-1]
        return [stem + e for e in ("я", "ю", "ем", "ём", "і", "и", "е")]
    if n.endswith("ў"):
        stem = n[:-1] + "в"
        return [stem + e for e in ("а", "у", "ам", "е")]
    stems = (n, *FLEETING_VOWEL.get(n, ()))
    return [stem + e for stem in stems for e in ("а", "у", "ом", "ам", "е", "ым", "ем")]


# names that lose a vowel when declined: Павел → Паўла / Павла, Зміцер → Змітра, Пётр → Пятра
FLEETING_VOWEL = {
    "Павел": ("Павл", "Паўл"),
    "Зміцер": ("Змітр",),
    "Пётр": ("Петр", "Пятр"),
    "Петр": ("Петр", "Пятр"),
    "Лев": ("Льв",),
}


def _is_cyrillic(word: str) -> bool:
    return re.search(r"[а-яёіў]", word, re.I) is not None


@cache
def _all_groups() -> dict[str, tuple[str, str, bool]]:
    """The groups above plus every given name of the names library they miss (Ягор, Рыгор…):
    group -> (full forms, diminutives, female)."""
    out = {g: (full, dim, g in FEMALE_GROUPS) for g, (full, dim) in GIVEN_NAME_GROUPS.items()}
    group_of = {norm(w): g for g, (full, _dim, _f) in out.items() for w in full.split()}
    from nezabudka.names.given import all_classes

    for c in all_classes():
        forms = sorted({f for f in c.forms if " " not in f and "'" not in f})
        g = group_of.get(norm(c.be)) or group_of.get(norm(c.ru))
        if g is not None:  # a name we list: add the library's other spellings (Зміцер)
            full, dim, female = out[g]
            extra = [f for f in forms if norm(f) not in group_of and _is_cyrillic(f)]
            out[g] = (" ".join([full, *extra]), dim, female)
            continue
        full = " ".join(dict.fromkeys([c.ru, c.be, *forms]))
        out[f"lib{c.cid}"] = (full, "", c.gender == "f")
    return out


@cache
def given_name_table() -> dict[str, tuple[str, str, bool]]:
    """norm(form) -> (group, nominative spelling, is_diminutive)."""
    table: dict[str, tuple[str, str, bool]] = {}
    for group, (full, dim, _female) in _all_groups().items():
        for is_dim, words in ((False, full), (True, dim)):
            for w in words.split():
                table.setdefault(norm(w), (group, w, is_dim))
                if re.search(r"[а-яёіў]", w, re.I):
                    for form in _cyrillic_case_forms(w):
                        table.setdefault(norm(form), (group, w, is_dim))
    return table


def given_name(token: str) -> tuple[str, str, bool] | None:
    """(group, nominative, is_diminutive) when the token is a known given name in any case."""
    return given_name_table().get(norm(token))


@cache
def _diminutive_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group, (_full, dim, _female) in _all_groups().items():
        for w in dim.split():
            # a diminutive in any case: "Уладзю затрымалі" is Уладзя's accusative
            forms = _cyrillic_case_forms(w) if _is_cyrillic(w) else ()
            for form in (w, *forms):
                table.setdefault(norm(form), set()).add(group)
    return {k: frozenset(v) for k, v in table.items()}


def name_groups(token: str) -> frozenset[str]:
    """Every given-name group the token can belong to ("Masha" → maryia and marfa)."""
    groups = set(_diminutive_table().get(norm(token), ()))
    hit = given_name(token)
    if hit:
        groups.add(hit[0])
    return frozenset(groups)


def group_is_female(group: str) -> bool:
    return group in FEMALE_GROUPS or _all_groups().get(group, ("", "", False))[2]


# Officials and public figures who are never the subject of a prisoner record in these reports.
OFFICIALS: dict[str, dict[str, str]] = {
    "lukashenka": {
        "forms": "Lukashenka Lukashenko Лукашенко Лукашэнка Лукашэнкі Лукашэнку Лукашэнкам",
        "en": "Alyaksandr Lukashenka",
        "ru": "Александр Лукашенко",
        "be": "Аляксандр Лукашэнка",
    },
    "putin": {
        "forms": "Putin Путин Путина Путину Пуцін Пуціна",
        "en": "Vladimir Putin",
        "ru": "Владимир Путин",
        "be": "Уладзімір Пуцін",
    },
}


@cache
def official_forms() -> dict[str, str]:
    return {norm(f): key for key, v in OFFICIALS.items() for f in v["forms"].split()}


MONTHS: dict[str, int] = {}
_MONTH_WORDS = [  # each line opens with the English name
    "january jan январь января январе студзень студзеня студзені",
    "february feb февраль февраля феврале люты лютага лютым",
    "march mar март марта марте сакавік сакавіка сакавіку",
    "april apr апрель апреля апреле красавік красавіка красавіку",
    "may май мая мае маі травень траўня траўні травеня",
    "june jun июнь июня июне чэрвень чэрвеня чэрвені",
    "july jul июль июля июле ліпень ліпеня ліпені",
    "august aug август августа августе жнівень жніўня жніўні",
    "september sept sep сентябрь сентября сентябре верасень верасня верасні",
    "october oct октябрь октября октябре кастрычнік кастрычніка кастрычніку",
    "november nov ноябрь ноября ноябре лістапад лістапада лістападзе",
        "december dec декабрь декабря декабре снежань снежня снежні",
]  # fmt: skip
for _i, _words in enumerate(_MONTH_WORDS, start=1):
    for _w in _words.split():
        MONTHS[_w] = _i
MONTH_NAMES_EN = tuple(words.split()[0] for words in _MONTH_WORDS)

# Day of the week (Monday = 0) by word, in the forms reports use ("во вторник", "у пятніцу").
WEEKDAYS: dict[str, int] = {}
for _i, _words in enumerate(
    [
        "monday понедельник панядзелак",
        "tuesday вторник аўторак",
        "wednesday среду среда сераду серада",
        "thursday четверг чацвер",
        "friday пятницу пятница пятніцу пятніца",
        "saturday субботу суббота суботу субота",
        "sunday воскресенье нядзелю нядзеля",
    ]
):
    for _w in _words.split():
        WEEKDAYS[_w] = _i

NUMBER_WORDS: dict[str, int] = {}
for _i, _words in enumerate(
    [
        "one a an single один одного одному одним одна одну адзін аднаго адной адну адна",
        "two both два двух двум двумя две два двух двум двума дзве абодва двое",
        "three три трех трём трем тремя тры трох тром трыма трое",
        "four четыре четырех четырём четырем четырьмя чатыры чатырох чатырма",
        "five пять пяти пятью пяць пяці пяццю",
        "six шесть шести шестью шэсць шасці шасцю",
        "seven семь семи семью сем сямі сямю",
        "eight восемь восьми восемью восьмью восем васьмі васьмю",
        "nine девять девяти дзевяць дзевяці",
        "ten десять десяти десятью дзесяць дзесяці дзесяццю",
        "eleven одиннадцать одиннадцати адзінаццаць адзінаццаці",
        "twelve двенадцать двенадцати дванаццаць дванаццаці",
        "thirteen тринадцать тринадцати трынаццаць трынаццаці",
        "fourteen четырнадцать четырнадцати чатырнаццаць",
        "fifteen пятнадцать пятнадцати пятнаццаць пятнаццаці",
        "sixteen шестнадцать шаснаццаць",
        "seventeen семнадцать сямнаццаць",
        "eighteen восемнадцать васямнаццаць",
        "nineteen девятнадцать дзевятнаццаць",
        "twenty двадцать дваццаць",
    ],
    start=1,
):
    for _w in _words.split():
        NUMBER_WORDS.setdefault(_w, _i)
NUMBER_WORDS.update({"twenty-five": 25, "двадцать пять": 25, "дваццаць пяць": 25})

# Collective numerals and oblique forms that count people ("трое", "пяцёра", "чатырма",
# "четверым"), which NUMBER_WORDS does not hold; keyed without "ё", as number_value reads them
COLLECTIVE_NUMBERS: dict[str, int] = {}
for _i, _words in enumerate(
    [
        "двое двоих двоим дваіх дваім",
        "трое троих троим траіх трыма трым",
        "четверо четверых четверым чацвёра чацвярых чатырма чатыром",
        "пятеро пятерых пятерым пяцёра пяцярых пецярых",
        "шестеро шестерых шестерым шасцёра шасцярых",
    ],
    start=2,
):
    for _w in _words.split():
        COLLECTIVE_NUMBERS[_w.replace("ё", "е")] = _i

NUMBER_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))


def number_value(text: str) -> int | None:
    t = text.strip().lower().replace("ё", "е")
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t)


def count_value(text: str) -> int | None:
    """How many people a count word counts: a number ("three", "пяці") or a collective numeral
    ("трое", "пяцёра", "чатырма")."""
    return number_value(text) or COLLECTIVE_NUMBERS.get(text.strip().lower().replace("ё", "е"))


# Gendered pronouns: who "she"/"яго" can refer to, and what gender a name's context gives it
FEMININE_PRONOUNS = frozenset(
    [
        "she",
        "her",
        "hers",
        "она",
        "её",
        "ее",
        "ей",
        "ней",
        "неё",
        "нее",
        "яна",
        "яе",
        "ёй",
        "ёю",
        "сама",
    ]
)
MASCULINE_PRONOUNS = frozenset(
    ["he", "him", "his", "он", "его", "ему", "ним", "него", "ён", "яго", "яму", "сам"]
)

# Kinship words in the nominative singular: the one list the kinship cues are built from
# ("his wife", "его жена", "my husband", "Alena S., the prisoner's sister")
KIN_WORDS = (
    "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
    "жена", "муж", "мать", "отец", "сын", "дочь", "брат", "сестра",
    "жонка", "маці", "бацька", "дачка", "сястра",
)  # fmt: skip


def kin_words(*extra: str) -> str:
    """A regex alternation of the kinship words and ``extra`` ones (words or small patterns)."""
    return "(?:" + "|".join((*KIN_WORDS, *extra)) + ")"
