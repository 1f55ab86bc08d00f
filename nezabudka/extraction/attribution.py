"""Who a fact is about: the document the pipeline reads (people, mentions, sentences, clauses,
dates) and the rules that attribute a claim at a position to one or more people."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import claims as C
from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.dates import DateMention
from nezabudka.extraction.interview import ADDRESSEE, Interview, first_person
from nezabudka.extraction.kin_focus import kin_in_a_fact
from nezabudka.extraction.people import Mention, Person, _prefix_match
from nezabudka.extraction.reported import reported_by
from nezabudka.extraction.segment import Span, keyword_matches

# a lowercase word that does not end like a verb ("sentenced", "задержали", "атрымаў"):
# "driver", "фатограф", "журналістка"
_OCCUPATION = (
    r"(?-i:[a-zа-яёіў])[^\W\d_]{2,}(?<!ed)(?<!ing)(?<![лў])(?<!л[аиоі])(?<!ся)(?<!цца)"
    r"(?<!\bthe)(?<!\bwas)(?<!\bwere)"
)
# "Siarhei D., 29, and his partner Yuliya L.", "Тамару Савчук и её мужа Олега Савчука"
_CONJ = scan.compile(
    r"\s*(?:,\s*\d{1,3}\s*)?(?:,|,?\s*(?:and|и|і|&))\s*"
    # "and his son", "і яго 24-гадоваму сыну", "и нашего друга": a kinship word, perhaps after
    # an age;
    # "і 45-гадовага Дзяніса": an age alone
    r"(?:(?:his|her|their|our|my|его|её|ее|их|яго|яе|іх|наш\w*|мо(?:его|ю|ей|им|ему)|"
    r"ма(?:йго|ю|ёй|ім|яму))\s+(?:\d{1,3}-[^\W\d_]+\s+)?[^\W\d_]+"
    rf"(?:,\s*{_OCCUPATION})?\s+|"
    r"\d{1,3}-[^\W\d_]+\s+|"
    # "палітвязніца Ларыса Шапавал і палітвязні Яўген Цярэшка": a status word before the name
    r"(?:political prisoners?|политзаключ[её]нн\w+|палітвязн\w+)\s+)?"
    # "Nurse Aksana B., 41, and driver Ihar Ya.": an occupation, a lowercase noun (not a verb)
    rf"|\s*(?:,\s*\d{{1,3}}\s*)?,?\s*(?:and|и|і)\s+{_OCCUPATION}\s+",
    re.I,
)
# "18 политзаключённых вышли на свободу. Среди них Руслан Б.": the group's fact is his
# a sentence about "the man"/"the woman" just named: "Мужчына паўгода правёў у турме № 1"
_GENDERED_SUBJECT = scan.compile(
    r"\W*(?:(?P<m>Мужчин[аеуы]|Мужчын[аеуы]|The man)|(?P<f>Женщин[аеуы]|Жанчын[аеуы]|The woman))\b"
)
_ANNOUNCED = scan.compile(r"\s*[—–:]\s*(?:\d{1,3}-[^\W\d_]+\s+)?")
_INSIDE_RELATIVE_CLAUSE = scan.compile(
    r",\s*(?:who|whom|which|который|которая|которые|которого|которой|які|якая|якія|якога|якой)\b"
    r"[^,.;:!?]*,",
    re.I,
)
# "According to Valery K., who shared a barrack with him and was released in April, Yarosh
# was refused insulin", "Алеся Р., якую вызвалілі ў траўні": the fact inside a relative clause
# that opens right after a name (and an apposition) is that person's, when the clause says
# what was done to them (a passive or an object pronoun), not what they did
_OWN_RELATIVE_CLAUSE = scan.compile(
    r",\s*(?:(?:a|an|the|[^\W\d_]+)\s+(?:[^\W\d_-]+\s+){0,4}?)?"
    r"(?:(?P<subj>who|который|которая|которые|які|якая|якія)|которого|которую|которых|якога|якую|якіх|"
    r"которому|которой|которым|якому|якой|якім)\b"
    r"[^,.;:!?]*$",
    re.I,
)
_SINGULAR_RELATIVE = scan.compile(
    r"\b(?:которо(?:го|му|й)|котор(?:ый|ая|ую)|які|якая|якую|яко(?:га|му|й))\b", re.I
)
_PASSIVE = scan.compile(r"\b(?:was|were|had been|has been|был|была|были|быў|былі)\b", re.I)


def _own_relative_clause(doc: Doc, name_end: int, pos: int) -> re.Match[str] | None:
    """The relative clause opened right after a name that tells the fact at ``pos`` as done to
    that person, or None."""
    rc = _OWN_RELATIVE_CLAUSE.match(doc.text, name_end, pos)
    if rc is None:
        return None
    # the trigger may start with the clause's verb ("was released")
    if rc.group("subj") and not _PASSIVE.search(doc.text, rc.start("subj"), pos + 12):
        return None
    return rc


_CLOSING_DASH = scan.compile(r"\s*[—–]\s*(?:[^\W\d_]+\s+){0,3}", re.I)
_MYSELF_TOO = scan.compile(
    r"\b(?:меня (?:саму|самого)|мяне (?:саму|самога)|(?:и|і|а) (?:меня|мяне)\s+(?:саму\s+|самога\s+|"
    r"самого\s+)?(?:тоже|таксама|также)?|я (?:сама|сам)|I myself|me too|myself)\b",
    re.I,
)
# "На границе меня сняли с поезда", "судья оштрафовал меня", "5 февраля меня уволили": the
# teller herself as the object of what was done
_ME_AS_OBJECT = scan.compile(
    r"\b(?:меня|мяне)\s+(?:\w+\s+)?(?:сняли|задержали|затрымалі|уволили|звольнілі|"
    r"оштрафовали|аштрафавалі|забрали|забралі|арестовали|арыштавалі|отпустили|адпусцілі|"
    r"выслали|продержали|трымалі)\b|\b(?:оштрафовал[аи]?|аштрафаваў|аштрафавала|аштрафавалі|"
    r"задержали|затрымалі|уволили|звольнілі|fined|detained|fired|arrested)\s+(?:меня|мяне|me)\b|"
    r"\bI was\s+(?:\w+\s+)?(?:detained|fined|fired|dismissed|arrested)\b",
    re.I,
)
# "…, а через месяц уволили из школы": a later step after "а" and a time span too
_AND_VERB = scan.compile(
    r"\s*(?:и|і|а)\s+(?:(?:через|праз|спустя)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s+)?"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+(?:ли|лі)\b",
    re.I,
)
_GAPPED_ITEM = scan.compile(
    r"\s*[—–]\s*(?:по|па|to)?\s*(?:(?:ч\.|part)\s*\d+\s*)?(?:ст\.|арт\.|Art\.|Article)\s*[\d-]+\s*"
    r"(?:УК|КК)?\s*(?:на|да|to)?\s*|\s*[—–]\s*(?:по|па)\s+",
    re.I,
)
_DESCRIBED_CONJ = scan.compile(
    r",\s*(?:отбывавш|осужд[её]нн|адбываўш|асуджан|who |serving )[^,;:—–.]{0,80}"
    r"(?:\([^)]{0,40}\))?,\s*(?:и|і|and)\s+(?:\d{1,3}-[^\W\d_]+\s+)?",
    re.I,
)
_MANY = 5  # a counted group this large is not the person the report is about
_DESCRIPTION = scan.compile(
    r",\s*(?:accused|charged|suspected|convicted|found guilty|who|whom)\b[^,]*$", re.I
)
_NAME_DASH = scan.compile(r"\s*[—–]\s*(?:(?:у|ў|в|во|на|in|at|to|into)\s+)?", re.I)
_COUNTED_GROUP = scan.compile(
    # a number before the noun, not a verb ("Признаны политзаключёнными …: A, B")
    r"\b(?:\d+|(?!призна|прызна|recogni)[^\W\d_]+)\s+(?:more\s+|other\s+|further\s+)?"
    r"(?:people|persons|political prisoners|"
    r"prisoners|convicts|человека?|политзаключ\w+|осужд[её]нн\w+|заключ[её]нн\w+|чалавек|палітвязн\w+|"
    r"асуджан\w+|зняволен\w+)\b",
    re.I,
)
_AMONG_WORDS = r"among them|среди них|сярод іх|в том числе|у тым ліку"
_AMONG_THEM = scan.compile(
    rf"^\W*(?:{_AMONG_WORDS}|among those|they include|в их числе|у іх ліку)\b", re.I
)
_AMONG_IN_CLAUSE = scan.compile(rf",\s*(?:{_AMONG_WORDS})\b", re.I)
# "Разам з Зінаідай … вызвалілі і Вераніку": the companion is not the clause's subject
TOGETHER_WITH_WORDS = r"together with|along with|вместе с|вместе со|разам з|разам са"
_TOGETHER_WITH = scan.compile(rf"\b(?:{TOGETHER_WITH_WORDS})\s+(?:[^\W\d_]+\s+)?$", re.I)
# "Barysevich was arrested together with his former pupil Aleh K. … he was held in …": the
# companion is not whom "he" goes on to mean
# ("вместе с двумя знакомыми — Артуром В. и Людмилой Ш.": the companions may follow a dash)
COMPANION_BEFORE = scan.compile(
    rf"\b(?:{TOGETHER_WITH_WORDS})\s+(?:[^\W\d_]+,?\s+){{0,3}}(?:[—–:]\s*)?$", re.I
)
# an unnamed kinship word as the subject: "сын сидел", "my husband was moved" (not "сын Иван")
_KIN_SUBJECT = scan.compile(
    r"(?:^|[—–:,]\s*|\b(?:my|мой|мая|наш)\s+|\b(?:Сначала|Потом|Then|First|Спачатку|Потым)\s+)"
    r"(?:son|husband|daughter|сын|муж|дочь|дочка|сынок|дачка)\b(?!\s*,?\s*(?-i:[A-ZА-ЯЁІЎ]))",
    re.I,
)
_SUBJECT_PRONOUN = scan.compile(r"\W*(?:he|she|он|она|ён|яна)\b", re.I)
_PRONOUN_BEFORE_VERB = scan.compile(r"\b(?:he|she|он|она|ён|яна)\s+(?:\w+\s+)?$", re.I)
_PLURAL_PRONOUN = scan.compile(r"\b(?:they|them|они|их|им|яны|іх|ім)\b", re.I)


@dataclass(slots=True)
class Doc:
    text: str
    lang: str
    people: list[Person]
    mentions: list[Mention]
    sents: list[Span]
    clause_map: list[list[Span]]
    dates: list[DateMention]
    resolved: dict[int, PartialDate] = field(default_factory=dict)  # date mention start -> date
    starts: list[int] = field(default_factory=list)
    titled: list[bool] = field(default_factory=list)
    interview: Interview | None = None
    narrator: int | None = None  # a testimony's narrator who tells of her own imprisonment
    teller: int | None = None  # whoever names herself ("Меня зовут …"), a relative included
    visited_at: set[int] | None = None  # where a name may follow "a visit with my daughter"

    def sentence_of(self, pos: int) -> int:
        if not self.starts:
            self.starts = [s.start for s in self.sents]
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def clause_of(self, pos: int) -> Span:
        for c in self.clause_map[self.sentence_of(pos)]:
            if c.start <= pos < c.end:
                return c
        return self.sents[self.sentence_of(pos)]

    def resolved_dates(self, start: int, end: int) -> list[DateMention]:
        """The date mentions between ``start`` and ``end`` that resolved to a date."""
        return [d for d in self.dates if start <= d.start < end and d.start in self.resolved]

    def trigger_matches(self, kind: str) -> list[re.Match[str]]:
        return list(keyword_matches(C.trigger(kind, self.lang), self.text, C.KEYWORDS[kind]))


# --- attribution -------------------------------------------------------------------------------


def eligible(doc: Doc, m: Mention) -> bool:
    return not doc.titled[m.person]


def focus(doc: Doc, pos: int) -> int | None:
    cands = [
        m
        for m in doc.mentions
        if m.start < pos
        and eligible(doc, m)
        and not m.speaker
        and (not m.relative or _kin_as_subject(doc, m) or kin_in_a_fact(doc, m, pos))
        and not m.cited
        and not _companion(doc, m)
    ]
    if cands:
        # "Павлу назначили 3 года. Сначала сын сидел в СИЗО, а потом его этапировали": the
        # teller's unnamed son since the last name is whom "его" means
        if (
            _KIN_SUBJECT.search(doc.text, cands[-1].end, pos)
            and (kin := kin_of_teller(doc)) is not None
        ):
            return kin
        return cands[-1].person
    if doc.narrator is not None:
        return doc.narrator  # a former prisoner's testimony is about her until she names another
    for m in doc.mentions:
        if eligible(doc, m) and not m.relative:
            return m.person
    return None


# "His younger brother, Siarhei K., has not been spared either. He was detained …": a relative
# named as the sentence's subject, with a verb of his own after the name, is whom "he" means next
# "Напомним, их сын Артём Л. уже два года в заключении", "Тем временем его отец Николай К.
# остаётся за решёткой", "Напомним: старший брат Кирилла Глеб Ш. находится в колонии"
_RECAP = r"(?:напомним|нагадаем|напомню|тем временем|тым часам|meanwhile)"
_ELDER = r"(?:старш\w+|младш\w+|старэйш\w+|малодш\w+|younger|elder|older)"
_KIN_OPENING = scan.compile(
    # an answer's label ("A: Dzianis's brother Paval S. was detained") may open the sentence
    rf"(?:^|[.!?]\s+|\n)\W*(?:(?:A|О|Ответ|Адказ):\s*)?(?:{_RECAP}\W+)?"
    rf"(?:(?:his|her|their|его|её|ее|их|яго|яе|іх|(?-i:[A-Z])[\w-]+['’]s)\s+"
    rf"(?:[^\W\d_]+\s+)?{lexicon.kin_words()}|(?:{_ELDER}\s+)?{lexicon.kin_words()}\s+"
    rf"(?-i:[A-ZА-ЯЁІЎ])[^\W\d_]+)\s*,?\s*$",
    re.I,
)
# "…, has not been spared", "…, у 2021 годзе быў асуджаны": a verb of his own after the name
_OWN_VERB = scan.compile(
    r",\s*(?:[^\W\d_]+\s+|\d+\s+){0,3}?(?:has|had|was|is|were|тоже|также|таксама|"
    r"(?:не\s+)?(?:был|была|быў|была))\b|"
    # "Его младший брат Кирилл Г. уже третий год за решёткой": no commas, a state of his own
    r"\s+(?:уже|ужо|already|also|тоже|также|таксама|has been|is|(?:с|з|since)\s+\d{4}\s+\w+)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?"
    r"(?:за решёткой|за кратамі|behind bars|in (?:prison|custody)|в колонии|[уў] калоніі|в заключении|"
    r"[уў] зняволенні)|"
    r"\s+(?:остаётся|застаецца|remains)\s+(?:за решёткой|за кратамі|behind bars|in (?:prison|custody))|"
    # "Dzianis's brother Paval S. was detained in September": told as arrested himself
    r"\s+(?:was|has been|был|быў)\s+(?:\w+\s+)?(?:detained|arrested|sentenced|convicted|"
    r"задержан|арестован|осужд[её]н|затрыманы|арыштаваны|асуджаны)\b",
    re.I,
)


def _kin_as_subject(doc: Doc, m: Mention) -> bool:
    return bool(
        _KIN_OPENING.search(doc.text, max(0, m.start - 40), m.start)
        and _OWN_VERB.match(doc.text, m.end)
    )


def _companion(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is named only as the one with whom the sentence's subject, named before,
    was arrested ("Barysevich was arrested together with his former pupil Aleh K.")."""
    if _visited(doc, m):
        return True  # "deprived of a long visit with my daughter Kseniya R.": the visitor
    w = COMPANION_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
    if w is None:
        return False
    s = doc.sents[doc.sentence_of(m.start)]
    return any(s.start <= o.start < w.start() and o.person != m.person for o in doc.mentions)


# brothers, sisters or a couple named by their surname alone: "Братья Санько", "Браты
# Грэсі", "the Zhuk brothers"
_SIBLINGS = scan.compile(
    r"\b(?:братья|браты|сёстры|сестры|супруги|сужэнцы|brothers|sisters)\s+"
    r"(?P<sur>(?-i:[A-ZА-ЯЁІЎ])[\w'’-]+)|\bthe\s+(?P<sur2>(?-i:[A-Z])[\w'’-]+)\s+(?:brothers|sisters)\b",
    re.I,
)
# the relative a visit or a call was to be with: "a long visit with my daughter Kseniya R.",
# "свидание с матерью Ольгой Ж.", "спатканне з жонкай Ірынай"
_VISIT_WITH = scan.compile(
    rf"\b(?:visits?|meeting|call|свидани\w*|звон\w*|спатканн\w*|сустрэч\w*|званк\w*)\s+"
    rf"(?:with|с|со|з|са)\s+(?:(?:my|his|her|their|моей|моим|своей|своим|маёй|маім|сваёй|сваім)\s+)?"
    rf"{lexicon.kin_words()}\s*,?\s*",
    re.I,
)


# the relative who sends the letters or is to be called: "не передают письма от жены, Ольги
# Ш.", "не аддаюць лісты ад жонкі Марыны Д.", "letters from his wife, Iryna", "не давалі
# тэлефанаваць маці, Тамары М."
_SENDER = scan.compile(
    r"\b(?:(?:letters?|parcels?|письм\w*|посылк\w*|передач\w*|ліст\w*|пісьм\w*|перадач\w*)\s+"
    r"(?:from|от|ад)|(?:call(?:ing)?|звонить|позвонить|тэлефанаваць|патэлефанаваць|званіць)(?:\s+(?:to))?)"
    r"\s+(?:(?:his|her|their|своей|своего|сваёй|свайго)\s+)?(?:wife|husband|mother|father|sister|"
    r"brother|son|daughter|жены|мужа|матери|отца|сестры|брата|сына|дочери|жонкі|мужа|маці|бацькі|"
    r"сястры|брата|сына|дачкі)\s*,?\s*",
    re.I,
)


def _visited(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is the relative a visit or a call was to be with (a _VISIT_WITH phrase
    ends right before it). The phrases are found once per text, as the set of places a name
    after one may start: asked for every mention, a search around each cost a millisecond a
    report."""
    if doc.visited_at is None:
        doc.visited_at = {
            x.end() + k
            for pattern in (_VISIT_WITH, _SENDER)
            for x in pattern.finditer(doc.text)
            for k in range(3)
        }
    return m.start in doc.visited_at


# "яе падабаронны трымае галадоўку", "his client": the pronoun is the lawyer's, the fact the
# client's, who is the focus. (A kinship word after the pronoun, "her husband", is left to the
# gender rule below: treated like a client it lost more reports than it gained.)
_PRONOUN_OF_CLIENT = scan.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:падабаронн\w*|подзащитн\w*|client)\b", re.I
)


# "Паводле яе слоў", "по её словам", "according to him": the source, not the subject
_SOURCE_PRONOUN = scan.compile(r"(?:паводле|по|со|according to|in)\s+$", re.I)


def pronoun_focus(doc: Doc, pos: int, clause: Span) -> int | None:
    """Whom "she"/"он"/"яго" in the clause refers to: the focus, unless the pronoun's gender
    says it is the last person of that gender named before ("Malash's wife, Viktoryia M., was
    convicted … She had spent eleven months in the SIZO")."""
    f = focus(doc, pos)
    m = next(
        (
            p
            for p in C.PRONOUN.finditer(clause.text)
            if not _SOURCE_PRONOUN.search(clause.text, 0, p.start())
        ),
        None,
    )
    if m is None:
        return f
    if _PRONOUN_OF_CLIENT.match(clause.text, m.end()):
        # the client: the last person named before who is nobody's relative
        return next(
            (
                c.person
                for c in reversed(doc.mentions)
                if c.start < pos
                and eligible(doc, c)
                and not (c.speaker or c.cited)
                and not doc.people[c.person].relative
            ),
            f,
        )
    word = m.group(0).lower()
    gender = (
        "f"
        if word in lexicon.FEMININE_PRONOUNS
        else "m"
        if word in lexicon.MASCULINE_PRONOUNS
        else None
    )
    if gender is None or (f is not None and doc.people[f].gender in (gender, None)):
        return f
    for c in reversed(doc.mentions):
        if (
            c.start < pos
            and eligible(doc, c)
            and not c.speaker
            and not c.cited
            and doc.people[c.person].gender == gender
        ):
            return c.person
    return f


def _group(doc: Doc, pos: int, n: int, gender: str | None = None) -> list[int]:
    """The ``n`` people "all three"/"both" refers to: the last named before it, else (a
    report that opens with "All three were convicted", then names them) the next named; of
    ``gender`` when the group says so ("the three men")."""

    def joined(m: Mention) -> bool:
        # a relative counts when joined to the person named before: "Пятру Шылу і яго сыну
        # Максіму Шылу. Абодвух…"
        i = doc.mentions.index(m)
        prev = doc.mentions[i - 1] if i else None
        return prev is not None and bool(_CONJ.fullmatch(doc.text[prev.end : m.start]))

    def first_n(mentions: list[Mention], kin: bool = False) -> list[int]:
        seen: list[int] = []
        for m in mentions:
            if len(seen) == n:
                break
            usable = eligible(doc, m) and not m.speaker and m.person not in seen
            usable = usable and (gender is None or doc.people[m.person].gender in (None, gender))
            if usable and (not m.relative or kin or joined(m)):
                seen.append(m.person)
        return seen

    earlier = [m for m in reversed(doc.mentions) if m.start < pos]
    before = first_n(earlier)
    if len(before) < n:
        # "Его жена Светлана Ш. получила 3 года … Все пятеро были задержаны": a relative who
        # is a defendant herself completes the count the group names
        with_kin = first_n(earlier, kin=True)
        if len(with_kin) == n:
            return with_kin
        later = [m for m in doc.mentions if m.start > pos]
        for kin in (False, True):
            after = first_n(later, kin=kin)
            if len(after) == n:
                return after
    return before


def _teller_kin(doc: Doc, pos: int, clause: Span) -> int | None:
    """ "Сначала сын сидел в СИЗО": in a relative's account, "сын"/"my husband" unnamed is the
    teller's kin, the person of the teller's surname named most often, not the last named."""
    if _KIN_SUBJECT.search(clause.text, 0, pos - clause.start) is None:
        return None
    return kin_of_teller(doc)


def kin_of_teller(doc: Doc) -> int | None:
    # who only ever speaks (a headline's "мама политзаключённого Артёма Л." speaks of him)
    tellers = {m.person for m in doc.mentions if m.speaker} - {
        m.person for m in doc.mentions if not m.speaker
    }
    if doc.narrator is not None:
        tellers.add(doc.narrator)
    stems = {(doc.people[t].surname or "")[:4].lower() for t in tellers} - {""}
    counts: dict[int, int] = {}
    for m in doc.mentions:
        p = doc.people[m.person]
        if m.person not in tellers and eligible(doc, m) and (p.surname or "")[:4].lower() in stems:
            counts[m.person] = counts.get(m.person, 0) + 1
    return max(counts, key=lambda p: counts[p]) if counts else None


def _conjoined(doc: Doc, outward: list[Mention], described: bool = False) -> list[Mention]:
    """The mentions joined to the first by "and"/commas, reading ``outward`` (ordered from the
    claim away from it, in either direction) until something else stands between two; with
    ``described``, the first may carry a description between commas ("вышли на свободу Георгий
    Т., отбывавший срок в ИК-5 (Ивацевичи), и Инна Л.")."""
    group = [outward[0]]
    for m in outward[1:]:
        a, b = (group[-1], m) if m.start > group[-1].start else (m, group[-1])
        between = doc.text[a.end : b.start]
        if not _CONJ.fullmatch(between) and not (described and _DESCRIBED_CONJ.fullmatch(between)):
            break
        group.append(m)
    return group


# "па справе чатырох жыхароў Салігорска, затрыманых 9 чэрвеня", "three employees who had been
# arrested on 14 March": the counted group the participle or relative clause describes
_DESCRIBES_GROUP = scan.compile(
    r"^\W*(?:затрыман|задержан|арыштаван|арестован|асуджан|осужд[её]н|detained|arrested|convicted|"
    r"who (?:had |have )?been (?:detained|arrested)|which (?:had |have )?been)",
    re.I,
)
_GROUP_THEN_NOUNS = scan.compile(r"(?:\s+[^\W\d_]+){0,2},?\s*$")


def _group_before_participle(doc: Doc, clause: Span, sent: Span) -> re.Match[str] | None:
    if not _DESCRIBES_GROUP.match(clause.text):
        return None
    for g in C.GROUP.finditer(doc.text, sent.start, clause.start):
        if _GROUP_THEN_NOUNS.fullmatch(doc.text, g.end(), clause.start):
            return g
    return None


_GROUP_OF_MEN = scan.compile(r"\s+(?:men|мужчин\w*|мужчын\w*)\b", re.I)
_GROUP_OF_WOMEN = scan.compile(r"\s+(?:women|женщин\w*|жанчын\w*)\b", re.I)


def _group_gender(text: str, end: int) -> str | None:
    if _GROUP_OF_MEN.match(text, end):
        return "m"
    return "f" if _GROUP_OF_WOMEN.match(text, end) else None


def _group_count(counted: re.Match[str]) -> int | None:
    """How many people a ``_COUNTED_GROUP`` match counts ("46 человек", "трох палітвязняў")."""
    return lexicon.count_value(counted.group(0).split()[0])


def _group_size(g: re.Match[str]) -> int:
    word = next((w for w in g.groups() if w), "two")  # "both", "супругов": two
    return lexicon.count_value(word) or 2


def _answers_you(doc: Doc, iv: Interview, pos: int, sent: Span) -> bool:
    """ "— What were you charged with? — Financing extremist activity, Article 361-2.": an
    answer's sentence with no subject of its own, right after a question put to the
    interviewee, is about the interviewee."""
    asked = [q for q in iv.questions if q[1] <= pos]
    if not asked or not ADDRESSEE.search(doc.text, *asked[-1]):
        return False
    answer = next((a for a in iv.answers if a[0] <= pos < a[1]), None)
    first_sentence = answer is not None and doc.sentence_of(answer[0]) == doc.sentence_of(pos)
    named = any(sent.start <= m.start < sent.end for m in doc.mentions)
    return first_sentence and not named and not C.PRONOUN.search(sent.text)


# "В тот же день, когда задержали Олесю, в Минске задержали её брата Романа": the name in a
# clause of time that closes before the fact is the other event's, not its subject
_WHEN_CLAUSE = scan.compile(
    r"(?:^|,\s*)(?:когда|калі|when|после того как|пасля таго як)\b[^,.;:!?]*,", re.I
)


def _outside_when_clause(doc: Doc, before: list[Mention], clause: Span, pos: int) -> list[Mention]:
    named_after = any(pos < m.start < clause.end and eligible(doc, m) for m in doc.mentions)
    if not before or not named_after:
        return before
    for w in _WHEN_CLAUSE.finditer(doc.text, clause.start, pos):
        before = [m for m in before if not w.start() <= m.start < w.end()]
    return before


def attribute(doc: Doc, pos: int, span_end: int | None = None) -> list[int]:
    sent = doc.sents[doc.sentence_of(pos)]
    clause = doc.clause_of(pos)
    # "Літвінчук — у гродзенскай турме № 1, Цыбульская — у СІЗА КДБ": the name before the dash
    earlier = [m for m in doc.mentions if sent.start <= m.start < pos and eligible(doc, m)]
    if earlier and _NAME_DASH.fullmatch(doc.text[earlier[-1].end : pos]):
        return [earlier[-1].person]
    # "…на 5 лет, Дарью М. — по ст. 361-4 на 3 года", "Ольга С. и её брат Артур С. — по 2,5
    # года": a verdict's gapped item is the name (or the joined names) before its dash
    if earlier and _GAPPED_ITEM.fullmatch(doc.text[earlier[-1].end : pos]):
        group = _conjoined(doc, earlier[::-1])
        return list(dict.fromkeys(m.person for m in reversed(group)))
    # "Three residents of Hrodna — Alesia P., Dzianis Kh. and Raman Sh. — have been recognized":
    # the people between dashes before the verb
    if earlier and _CLOSING_DASH.fullmatch(doc.text[earlier[-1].end : pos]):
        group = _conjoined(doc, earlier[::-1])
        if re.search(r"[—–]\s*$", doc.text[sent.start : group[-1].start]):
            return list(dict.fromkeys(m.person for m in reversed(group)))
    if earlier and _own_relative_clause(doc, earlier[-1].end, pos):
        # "А і Б, якому прад'явілі абвінавачанне": a singular pronoun is the last one's
        singular = _SINGULAR_RELATIVE.search(doc.text, earlier[-1].end, pos)
        group = [earlier[-1]] if singular else _conjoined(doc, earlier[::-1])
        return list(dict.fromkeys(m.person for m in reversed(group)))
    # "Ruslan Ts., who served time with Palchyk and was released last year": the relative
    # clause opened after an earlier name, with another name inside it, is that name's
    for i in range(len(earlier) - 2, -1, -1):
        rc = _own_relative_clause(doc, earlier[i].end, pos)
        if rc and rc.group("subj"):
            return [earlier[i].person]
    # "Братья Санько были задержаны 2 октября": every person of that surname the report names
    siblings = _SIBLINGS.search(doc.text, clause.start, pos)
    if siblings is not None and not any(
        clause.start <= m.start < pos and not siblings.start() <= m.start < siblings.end()
        for m in doc.mentions
    ):
        family = [
            i
            for i, p in enumerate(doc.people)
            if p.surname
            and not doc.titled[i]
            and _prefix_match(siblings.group("sur") or siblings.group("sur2"), p.surname)
        ]
        if len(family) >= 2:
            return family
    in_clause = [
        m
        for m in doc.mentions
        if clause.start <= m.start < clause.end
        and eligible(doc, m)
        and not m.cited
        and not _visited(doc, m)
    ]
    # an interview's answer in the first person: the interviewee's fact (not when the trigger
    # names someone: "took my husband, Pavel M., away")
    iv = doc.interview
    inside = span_end if span_end is not None and span_end > pos else pos
    if (
        iv is not None
        and iv.answers_at(pos)
        and not any(m.start <= inside for m in in_clause)
        and (first_person(clause.text) or _answers_you(doc, iv, pos, sent))
        and not C.PRONOUN.search(clause.text)  # "just before I left, she was put in…"
    ):
        return [iv.interviewee]
    # "Меня саму в марте вызвали в милицию и оштрафовали": in a relative's testimony, what the
    # teller says was done to her too
    if (
        doc.teller is not None
        and doc.narrator is None
        and iv is None
        and not any(m.start <= pos for m in in_clause)
        and (
            _MYSELF_TOO.search(clause.text)
            or _ME_AS_OBJECT.search(clause.text)
            # "Меня саму задержали у суда, где я стояла с фотографией сына, и оштрафовали"
            or (
                _AND_VERB.match(clause.text)
                and _MYSELF_TOO.search(doc.text, sent.start, clause.start)
                and not any(sent.start <= m.start < pos for m in doc.mentions)
            )
        )
    ):
        return [doc.teller]
    # "Мяне завуць Вераніка С. … Мяне затрымалі ў сакавіку": the narrator's own facts
    if (
        doc.narrator is not None
        and iv is None
        and not any(m.start <= pos for m in in_clause)
        and first_person(clause.text)
        and not C.PRONOUN.search(clause.text)
    ):
        return [doc.narrator]
    if not [m for m in in_clause if m.start < pos and not doc.people[m.person].official] and (
        counted := _COUNTED_GROUP.search(clause.text)
    ):
        # "…помиловал 16 человек; в их числе — Павел Ярошук", "признали политзаключёнными 14
        # человек, среди них — Наталья П. и Глеб С." or, next sentence, "Среди них X"
        i = doc.sentence_of(pos)
        among_here = _AMONG_IN_CLAUSE.search(doc.text, pos, sent.end)
        if among_here and "," in doc.text[pos : among_here.start()]:
            among_here = None  # "задержаны 140 человек, … признаны ещё 23, среди них": the later
        start = among_here.start() if among_here else clause.end
        rest = Span(start, sent.end, doc.text[start : sent.end])
        nxt = doc.sents[i + 1] if i + 1 < len(doc.sents) else None
        for part in (rest, nxt):
            if part is None or not _AMONG_THEM.search(part.text.lstrip(" ;:,—–-")):
                continue
            among = [
                m.person
                for m in doc.mentions
                if part.start <= m.start < part.end
                and eligible(doc, m)
                and not m.relative
                # "among them Tsitou's colleague Yana D.": whose colleague is not among them
                and not doc.text.startswith(("'s", "’s"), m.end)
            ]
            if among:
                return list(dict.fromkeys(among))
        # "За месяц правозащитники признали политзаключёнными 46 человек": a count of many,
        # named nowhere near, is nobody the report names
        if (
            _MANY <= (_group_count(counted) or 0) < 1000  # not "2023 асуджаны": a year
            # "released along with thirteen other prisoners": the subject is someone else
            and not re.search(r"\bother\b", counted.group(0), re.I)
            and not _TOGETHER_WITH.search(clause.text[: counted.start()])
            and not any(sent.start <= m.start < sent.end for m in doc.mentions)
        ):
            return []
    # "His mother, Halina K., says letters stopped": the speaker is not the subject
    before = [
        m
        for m in in_clause
        if m.start <= pos
        and not (m.speaker and m.relative)
        and not _TOGETHER_WITH.search(doc.text[max(0, m.start - 25) : m.start])
    ]
    before = _outside_when_clause(doc, before, clause, pos)
    if before:
        # "my colleague Alena M., who defended Kanstantsin, was detained": a name inside a
        # relative clause that closes before the fact is not its subject
        inner = _INSIDE_RELATIVE_CLAUSE.search(doc.text, before[0].end, pos)
        if inner and len(before) > 1:
            outside = [m for m in before if not inner.start() <= m.start < inner.end()]
            before = outside or before
        # "Yauhen M., accused of passing Shauchuk's messages …, received 3 years": an owner's
        # name inside the subject's description is not the subject
        owners = [
            m
            for m in before[1:]
            if doc.text.startswith(("'s", "’s"), m.end)
            and _DESCRIPTION.search(doc.text, before[0].end, m.start)
        ]
        if owners:
            before = [m for m in before if m not in owners]
        # "Darya and Alena Kuzmich were detained": conjoined subjects share the claim, across
        # a clause break too ("Nurse Aksana B., 41, and driver Ihar Ya., 35, were detained")
        ahead = [m for m in earlier if m.start < clause.start and not m.cited]
        group = _conjoined(doc, (ahead + before)[::-1])
        return list(dict.fromkeys(m.person for m in reversed(group)))
    g = C.GROUP.search(doc.text, clause.start, clause.end) or _group_before_participle(
        doc, clause, sent
    )
    if g and (grp := _group(doc, pos, _group_size(g), _group_gender(doc.text, g.end()))):
        return grp
    if (kin := _teller_kin(doc, pos, clause)) is not None:
        return [kin]
    # "…he went on hunger strike, his sister Iryna M. said": who tells it is not the subject
    after = [
        m
        for m in in_clause
        if m.start > pos and not (m.speaker and m.relative) and not reported_by(doc.text, m)
    ]
    # "detained Paddubny's friend Maksim L.": the friend, not whose friend he is
    after = [
        m
        for k, m in enumerate(after)
        if not (k + 1 < len(after) and doc.text.startswith(("'s ", "’s "), m.end))
    ]
    # "He was sentenced to five years, Kazlouski to three": the clause's subject is "he"
    # "В тот же день он объявил голодовку, сообщает его сестра Ирина М.": "он" is the subject
    pronoun_subject = _SUBJECT_PRONOUN.match(doc.text, clause.start, pos) or (
        _PRONOUN_BEFORE_VERB.search(doc.text, clause.start, pos)
    )
    if after and not pronoun_subject:
        # "задержаны Денис и Оксана Кирилловы": conjoined subjects after the verb share it too,
        # across a clause break ("detained Siarhei D., 29, and his partner Yuliya L.")
        after += [
            m
            for m in doc.mentions
            if clause.end <= m.start < sent.end and eligible(doc, m) and not m.cited
        ]
        return list(dict.fromkeys(m.person for m in _conjoined(doc, after, described=True)))
    # "затрымалі … двух рабочых — 38-гадовага Уладзіслава К. і 45-гадовага Дзяніса С.": the
    # people the clause announces are named after a dash or colon
    listed = [
        m
        for m in doc.mentions
        if clause.end <= m.start < sent.end and eligible(doc, m) and not m.cited
    ]
    if listed and _ANNOUNCED.fullmatch(doc.text[clause.end : listed[0].start]):
        announced = list(dict.fromkeys(m.person for m in _conjoined(doc, listed)))
        # "задержаны 140 человек, … среди них — A": a count the names do not make up; "двух
        # палітвязняў — А і Б" is made up by them
        counted = _COUNTED_GROUP.search(clause.text)
        if counted is None or _group_count(counted) == len(announced):
            return announced
    # "They are accused of …" after a sentence naming two or more people: all of them
    # (or earlier in the same sentence: "A and B were pardoned — but they were driven …")
    i = doc.sentence_of(pos)
    # "Іх абвінавачвалі ў дзеяннях, якія груба парушаюць …": the fact sits in a relative
    # clause, the plural subject opens the sentence
    opening = _PLURAL_PRONOUN.match(sent.text.lstrip()) and not any(
        sent.start <= m.start < pos for m in doc.mentions
    )
    if (opening or _PLURAL_PRONOUN.search(clause.text)) and not C.PRONOUN.search(clause.text):
        spans = [(sent.start, clause.start)] + ([(doc.sents[i - 1].start, sent.start)] if i else [])
        for a, b in spans:
            named = dict.fromkeys(
                m.person
                for m in doc.mentions
                if a <= m.start < b and eligible(doc, m) and not m.relative and not m.speaker
            )
            if len(named) >= 2:
                return list(named)
            # "Усіх трох затрымалі ў лютым; паўгода яны знаходзіліся ў турме": the same group
            g = C.GROUP.search(doc.text, a, b)
            if g:
                return _group(doc, g.start(), _group_size(g))
    g = _GENDERED_SUBJECT.match(sent.text)
    if g and not any(sent.start <= m.start < pos for m in doc.mentions):
        # "Мужчына паўгода правёў у турме": the last man named before, as "he" would be
        gender = "f" if g.group("f") else "m"
        for c in reversed(doc.mentions):
            named_before = c.start < sent.start and eligible(doc, c)
            if (
                named_before
                and not (c.speaker or c.cited)
                and doc.people[c.person].gender == gender
            ):
                return [c.person]
    if C.PRONOUN.search(clause.text):
        f = pronoun_focus(doc, pos, clause)
        return [f] if f is not None else []
    if C.GENERIC_SUBJECT.search(clause.text):
        return []
    in_sent = [
        m
        for m in doc.mentions
        if sent.start <= m.start < sent.end and eligible(doc, m) and not m.cited
    ]
    before_s = [m for m in in_sent if m.start < pos and not (m.speaker and m.relative)]
    if before_s:
        return [before_s[-1].person]
    if in_sent:
        return (
            []
            if any(not m.titled for m in in_sent if m.start > pos)
            else [f for f in [focus(doc, pos)] if f is not None]
        )
    f = focus(doc, pos)
    return [f] if f is not None else []
