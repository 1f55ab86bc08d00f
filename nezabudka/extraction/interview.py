"""Interviews in question-and-answer form: which lines are answers, and who gives them.

"— Роман, как вас освободили? — 12 мая… Мне дали три с половиной года…": the first-person
facts in the answers belong to the interviewee, not to the last person named."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nezabudka.extraction import scan
from nezabudka.extraction.people import Mention, Person, narrator_mention

# a line opened by a dash or a "Q:"/"A:" label
_TURN = scan.compile(
    r"^[ \t]*(?:[—–-]|(?:Q|A|В|О|Пытанне|Адказ|Вопрос|Ответ)\s*[:.])[ \t]*", re.M | re.I
)
_ASKED = scan.compile(r"[ \t]*(?:Q\s*[:.]|В\s*:|(?:Вопрос|Пытанне)\s*[:.])", re.I)
_FIRST_PERSON = scan.compile(
    r"\b(?:я|меня|мне|мной|мною|мяне|I|me|my|мой|моя|мою|мае|мая|маю|маім)\b", re.I
)


# "Interview by Maryia N.", "Беседовала Алина М.": the interviewer
_BYLINE = scan.compile(
    r"(?:\bby|interview(?:ed)? by|беседовал\w*|гутарыл\w*|гутарыў|размаўлял\w*|размаўляў|"
    r"записал\w*|запісал\w*|запісаў|текст|тэкст|автор|аўтар)\s*:?\s*$",
    re.I,
)


@dataclass(slots=True)
class Interview:
    answers: list[tuple[int, int]]  # (start, end) of every answer
    interviewee: int  # index into the people list
    questions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each

    def answers_at(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.answers)

    def question_at(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.questions if a <= pos < b), None)

    def answer_after(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.answers if a >= pos), None)


def first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


def find_interview(text: str, people: list[Person], mentions: list[Mention]) -> Interview | None:
    """The answers and the interviewee of a question-and-answer text, or None when the text
    has fewer than two questions or no one it could be put to."""
    turns = [m.start() for m in _TURN.finditer(text)]
    if len(turns) < 3:
        return None
    lines = []
    for start in turns:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        # a question ends in "?"; a "Q:" label makes one of a statement ("Q: You went on hunger
        # strike.")
        asked = "?" in text[start:end].rstrip()[-3:] or bool(_ASKED.match(text, start))
        lines.append((start, end, asked))
    questions = [(a, b) for a, b, q in lines if q]
    if len(questions) < 2:
        return None
    answers = []
    for i, (a, _b, q) in enumerate(lines):
        if q:
            continue
        nxt = next((s for s, _e, qq in lines[i + 1 :] if qq), len(text))
        answers.append((a, nxt))
    if not answers:
        return None

    def usable(m: Mention) -> bool:
        p = people[m.person]
        byline = _BYLINE.search(text[max(0, m.start - 30) : m.start])
        return not (p.titled or p.relative or m.speaker or m.cited or byline)

    # the person addressed in a question ("— Роман, как…"), else the one named before them
    addressed = [
        m.person
        for m in mentions
        if usable(m)
        and any(a <= m.start < b for a, b in questions)
        and text[m.end : m.end + 2].startswith(",")
    ]
    if addressed:
        return Interview(answers, addressed[0], questions)
    intro = [m.person for m in mentions if m.start < questions[0][0] and usable(m)]
    return Interview(answers, intro[0], questions) if intro else None


# "— Как вас задержали?", "— When were you released?": a question about the interviewee
ADDRESSEE = scan.compile(r"\b(?:you|your|вы|вас|вам|вами|ваш\w*|вашы?\w*|табе|цябе|ты)\b", re.I)


# "— When did it all start? — On 19 October 2021, at six in the morning.": in an interview with a
# former prisoner the story opens with the arrest, dated by the answer's first sentence
STORY_START = scan.compile(
    r"\b(?:when|how) did (?:it all|it|all this|everything) (?:start|begin)\b|"
    r"\bwhen did you first (?:end up|find yourself|land) behind bars\b|"
    r"\bкак (?:всё|все|это) (?:началось|начиналось)|\bкогда (?:всё|все|это) началось|"
    r"\b(?:як|калі) (?:усё|ўсё|гэта) (?:пачалося|пачыналася)",
    re.I,
)


# "My name is Viaranika S." and then "I was detained", "Мяне затрымалі", "Суд даў мне пяць гадоў":
# a former prisoner's own testimony (a relative's tells of someone else's imprisonment)
_OWN_IMPRISONMENT = scan.compile(
    r"\b(?:I was (?:\w+ )?(?:detained|arrested|sentenced|convicted|jailed)|"
    r"(?:меня|мяне) (?:\w+ )?(?:задержали|арестовали|осудили|затрымалі|арыштавалі|асудзілі)|"
    # "Затрымалі мяне ў верасні", "асудзіла мяне", "мяне этапавалі", "я выйшаў на волю"
    r"(?:задержали|арестовали|осудил[аи]?|затрымалі|арыштавалі|асудзіл[аі]?|этапировали|"
    r"этапавалі) (?:\w+ )?(?:меня|мяне)\b|(?:меня|мяне) (?:\w+ )?(?:этапировали|этапавалі)\b|"
    r"\b(?:я|I) (?:\w+ )?(?:вышел|вышла|выйшаў|выйшла) на (?:свободу|волю|свабоду)|"
    r"\bI (?:was released|walked free|walked out of)\b|"
    r"(?:дал|дали|даў|далі|gave) (?:мне|me)\b|"
    # "прыйшлі і па мяне: я атрымала 10 сутак арышту", "they came for me"
    r"(?:я|I) (?:\w+ )?(?:атрымала|атрымаў|получила|получил|got|received) \d+ (?:сутак|суток|days)\b|"
    r"came for me\b|прыйшлі (?:і )?па мяне\b|пришли (?:и )?за мной\b|"
    r"(?:я|I) (?:\w+ )?(?:провела|провёл|правяла|правёў|spent) (?:\w+ ){0,4}?"
    r"(?:за решёткой|за кратамі|behind bars|в колонии|у калоніі|in (?:a |the )?colony))",
    re.I,
)


# "Рассказывает Тамара С., мать политзаключённого" on a line of its own before a first-person
# account: the teller is introduced, not self-named
_TELLS_LINE = scan.compile(
    r"(?:^|\n)[ \t]*(?:Рассказывает|Расказвае|Вспоминает|Успамінае|Told by|As told by)[ \t]+$",
    re.I,
)


# "Марына Г. — пра свайго брата, палітвязня Уладзіслава Г.:" heading a relative's first-person
# account: she tells, he is told of
_TELLS_OF_KIN = scan.compile(
    r"[ \t]*[—–-][ \t]*(?:пра|про|о|об|about)[ \t]+(?:свайго|сваю|сваіх|сваім|сваёй|своего|свою|"
    r"своих|своём|своем|своей|her|his|their)\b",
    re.I,
)


def find_teller(text: str, mentions: list[Mention]) -> int | None:
    """The person who names herself ("Мяне завуць Вераніка Сцяпура"), a relative included."""
    m = narrator_mention(text, mentions)
    if m is None:
        m = next(
            (
                x
                for x in mentions
                if x.kind == "full"
                and x.start < 600
                and (
                    _TELLS_LINE.search(text, max(0, x.start - 40), x.start)
                    or _TELLS_OF_KIN.match(text, x.end)
                )
                and _FIRST_PERSON.search(text, x.end)
            ),
            None,
        )
    return m.person if m is not None else None


def find_narrator(text: str, teller: int | None) -> int | None:
    """The teller (``find_teller``) of a testimony that tells of her own detention or sentence,
    else None."""
    return teller if teller is not None and _OWN_IMPRISONMENT.search(text) else None
