"""What is said happened: trigger patterns for each claim kind (en/ru/be) and the cues around
them (denials, groups, verdicts). Sentence lengths, regimes and release types are in
:mod:`.terms`; attribution to people and dates is done by :mod:`.pipeline`.
"""

from __future__ import annotations

import re

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.scripts import is_cyrillic_lang, restrict
from nezabudka.extraction.trigger_keywords import KEYWORDS as KEYWORDS  # re-exported: C.KEYWORDS

CLAIM_KINDS = (
    "detained", "charged", "sentenced", "held_at", "transferred", "released", "exile",
    "recognized", "hunger_strike", "punishment_cell", "medical_neglect", "visits_denied",
    "funeral_denied", "dismissed", "fined", "death_in_custody",
)  # fmt: skip

_I = re.I
# what ties leaving the country to a release ("…left Belarus soon after his release", "После
# освобождения он сразу уехал из страны"); each script apart, for restrict() to split by
_AFTER_RELEASE_EN = (
    r"(?:(?:right |soon |shortly |immediately )?after (?:his|her|their|the) release)"
)
_AFTER_RELEASE_CY = (
    r"(?:(?:сразу )?после (?:своего )?освобождения|(?:адразу )?пасля (?:свайго )?вызвалення)"
)

TRIGGERS: dict[str, re.Pattern[str]] = {
    "detained": scan.compile(
        # "в феврале провёл сутки в РУВД", "spent a night at the police station"
        r"\bпров[её]л[аи]?\s+(?:\w+\s+)?(?:сутки|ночь|часа|часов)\s+в\s+(?:РУВД|РОВД|ИВС|милиции|"
        r"отделении)|\bправ(?:ёў|яла|ялі)\s+(?:\w+\s+)?(?:суткі|ноч|гадзін\w*)\s+[уў]\s+(?:РУУС|РАУС|"
        r"ІЧУ|міліцыі|пастарунку)|\bspent\s+(?:a|the|one)\s+night\s+(?:at|in)\s+(?:the\s+)?"
        r"(?:police station|police|detention)|"
        # session 11, probed wordings: "taken to the police station", "picked up by officers",
        # "took him away", "схвачен", "взяли прямо на работе", "поместили в ИВС", "забралі яго"
        r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:taken|brought|hauled off|dragged)\s+(?:straight\s+)?to\s+(?:the\s+|a\s+)?"
        r"(?:\w+\s+){0,2}?police\b|\b(?:was|were)\s+picked up\b|\b(?:police|officers|agents|men)\s+(?:\w+\s+)?"
        r"picked (?:up\b|(?:him|her|them) up\b)|\btook (?:him|her|them) away\b|\b(?:was|were) taken away\b|"
        # "took my husband, Pavel M., away", "drove me to the district department"
        r"\btook\s+(?:my|his|her|our)\s+(?:husband|wife|son|daughter|brother|sister|father|mother|"
        r"partner|friend|colleague),?\s+(?:(?-i:[A-Z])[\w'’.-]+,?\s+){0,3}away\b|"
        r"\b(?:drove|took|brought)\s+(?:me|him|her|them|us)\s+to\s+the\s+(?:district\s+|police\s+)?"
        r"(?:department|station)\b|"
        # "were taken the same day", "took Pavel R., 45, off a coach returning from Poland"
        r"\b(?:was|were)\s+taken\s+(?=(?:the same|that|on|the next|the following|in the (?:night|"
        r"morning|evening)|at dawn)\b)|\b(?:took|taken)\s+(?:[\w'’.-]+,?\s+){0,4}?off\s+(?:a|the)\s+"
        r"(?:\w+\s+)?(?:coach|bus|train|plane|flight|minibus)\b|"
        # "меня сняли с поезда", "яго знялі з аўтобуса"
        r"\bсняли\s+(?:\w+\s+){0,2}?с\s+(?:поезда|автобуса|рейса|самол[её]та|маршрутки)\b|"
        r"\bзнялі\s+(?:\w+\s+){0,2}?з\s+(?:цягніка|аўтобуса|рэйса|самалёта|маршруткі)\b|"
        r"\bсхвачен\w*|\bсхватил[иа]?\b|\bвзяли\s+(?:прямо\s+)?(?:на работе|дома|на улице|у подъезда|в квартире|"
        r"на рабочем месте)|\b(?:помести\w+|водвори\w+|змясці\w+)\s+(?:\w+\s+)?(?:в|у|ў)\s+(?:ИВС|ЦИП|ІЧУ|ЦІП|"
        r"изолятор временного|ізалятар часовага)|\bзабрал[иі]\s+(?:яго|яе|іх|его|её|ее|их)"
        r"(?=\s*(?:[.,;—]|$|\s+(?:в|у|ў|прямо|проста|з|из|с|на|пря)\b))|"
        r"\b(?:доставили|даставілі|увезли|отвезли|завезлі|адвезлі|павезлі)\s+(?:\w+\s+){0,2}?(?:в|у|ў)\s+\w+\s+"
        r"(?:РУВД|РОВД|РУУС|РАУС|отдел\w*|аддзел\w*)\b|"
        r"\b(?:was|were|been|being|got|is|are|had been|has been)\s+(?:\w+\s+){0,2}?(?:detained|arrested|"
        r"apprehended|taken into custody|seized)\b|\b(?:detained|arrested)\s+(?:him|her)\b|"
        r"(?<=, )(?:detained|arrested)\s+(?:on|in)\b|\b(?:detained|arrested)\s+(?:on|in)\s+(?=\d|[A-Z][a-z]+ \d)|\b(?:detention|arrest)\s+(?:on|in)\s+(?=\d|[A-Z])|"
        # "since her arrest last October", "пасля затрымання ў сакавіку 2022 года", "с момента
        # задержания 3 марта": the arrest named by its noun with its date
        r"\b(?:detention|arrest)\s+last\s+(?=(?:January|February|March|April|May|June|July|"
        r"August|September|October|November|December)\b)|"
        r"\b(?:после|с момента|со дня|пасля|з моманту|з дня)\s+(?:(?:его|её|ее|их|яго|яе|іх)\s+)?"
        r"(?:задержания|затрымання|ареста)\s+(?=(?:[вуў]\s+)?(?:\d|январ|феврал|март|апрел|ма[йяе]|"
        r"июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрвен|"
        r"ліпен|жнів|жніў|верас|кастрычнік|лістапад|снеж))|(?<!die )(?<!died )(?<!dying )\b(?:behind bars|in custody|in detention|"
        # not "the seventh political prisoner to die behind bars since 2020": a count of deaths
        r"held) since\b|"
        # "security officers detained Siarhei D.", "Savenka, detained last August, has been held…"
        # but not "the families of detained protesters. Prosecutor X …": an adjective
        r"\b(?:detained|arrested)\s+(?!(?:protesters|people|persons|activists|demonstrators|"
        r"journalists|relatives|women|men|students|workers|colleagues|friends)\b)"
        r"(?=(?:[a-z0-9][\w-]*\s+){0,3}[A-Z][a-z])|(?<=, )(?:detained|arrested)\b|"
        # "забрали прямо из офиса", "Разам з ёй забралі і мужа", "увезли в РУВД": taken away
        r"\b(?:его|её|ее|их|яго|яе|іх)\s+забрал[иі]\b|\bзабрал[иі]\s+(?:[іи]\s+)?(?:\w+\s+){0,2}?"
        r"(?:(?-i:[А-ЯЁІЎ])|мужа|жену|сына|дочь|брата|сестру|жонку|дачку|сястру|сяброўку|сябра)|"
        r"\bзабрал[иі]\s+(?=\d|прямо\b|проста\b)|"
        r"\b(?:увезли|отвезли|доставили|завезлі|адвезлі|павезлі)\s+(?:\w+\s+){0,2}?(?:в|у|ў)\s+"
        r"(?:РУВД|РОВД|РУУС|РАУС|милици\w+|міліцы\w+|отдел\w*|аддзел\w*|ГУБОПиК|ГУБАЗіК)\b|"
        # the place first: "у аддзел міліцыі завезлі і яго жонку", "в РУВД доставили обоих"
        r"(?<![\w-])(?:в|у|ў)\s+(?:\w+\s+)?(?:РУВД|РОВД|РУУС|РАУС|отдел\w* милиции|аддзел\w* міліцыі|"
        r"ГУБОПиК|ГУБАЗіК)\s+(?:\w+\s+)?(?:увезли|отвезли|доставили|завезлі|адвезлі|павезлі|даставілі)\b|"
        # "Екатерина Жаворонок, задержанная 28.11.2023", "Наталлю Грыб, затрыманую ў жніўні"
        r"(?<=, )(?:задержанн(?:ый|ая|ую|ого|ой|ых|ым)|затрыман(?:ую|ага|ай|ых|ым))\b|"
        r"\b(?:задержани[яеи]|затрыманн[яеі]|арест[ае]|арышт[ау])\s+(?=\d)|\bзадержа(?:н|на|ны|ли|л|ла)\b|\bзадерживали\b|\bзатрымлівалі\b|\bарестова(?:н|на|ны|ли)\b|\b(?:взят\w*|заключ\w+) под стражу|"
        # "Её взяли под стражу прямо в зале суда", "взяли его под стражу"
        r"\bвзял[иа]?\s+(?:(?:его|её|ее|их)\s+)?под\s+стражу|"
        r"\bзатрыма(?:ны|ная|на|лі|ла|ў|ныя)\b|\bарыштава(?:ны|ная|на|лі|ла|ныя)\b|"
        r"(?:за решёткой|за решеткой|под стражей|за кратамі|пад вартай) (?:с|з)\b|"
        # "Сярод затрыманых — Зміцер Х. і Алеся Р.", "Among those detained were …"
        r"\b(?:сярод|среди)\s+(?:затрыман|задержанн)\w+|\bamong (?:the |those )?(?:detained|arrested)\b|"
        r"\b(?:was|were)\s+taken\s+(?:away\s+)?from\s+(?:our|his|her|their|the)\s+(?:\w+\s+)?(?:flat|home|"
        r"apartment|house|office|workplace)|"
        # "They came for me on 2 June 2022", "Riot police grabbed me", "took me to Akrestsina",
        # "за мной пришли", "прыйшлі і па мяне": the arrest told as the officers' coming
        r"\bcame for (?:me|us)\b|\bcame for (?:him|her|them)(?=\s+(?:\w+\s+){0,3}?on\s+\d)|\b(?:grabbed|seized) (?:me|him|her|us|them)\b|"
        r"\btook (?:me|us) (?:away\b|to\s|straight\b)|"
        # "led him away in handcuffs", "officers took Ivan L. away", "увели в наручниках",
        # "схапілі сілавікі", "быў узяты пад варту", "stopped at the border and taken to the KGB"
        r"\bled (?:\w+ )?away\b|\btook (?:him|her|them|(?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)?) away\b|"
        r"\bувели\s+(?:\w+\s+)?в наручниках|\bсхапілі\b|\b[уў]зят\w* пад варту|\b[уў]зялі пад варту|"
        r"\b(?:was|were) stopped at the border and (?:taken|driven|brought)\b|"
        # "has been remanded in custody after being stopped at the border crossing on March 5th"
        r"\bremanded in custody\b|\bafter being stopped at (?:the )?(?:[\w-]+\s+){0,4}?"
        r"(?:border|crossing|checkpoint)\b|"
        r"\bпришли\s+(?:и\s+)?за\s+(?:мной|ним|ней|нами|ними)\b|\bза\s+(?:мной|ним|ней|нами|ними)\s+пришли\b|"
        r"\bпрыйшлі\s+(?:і\s+)?па\s+(?:мяне|яго|яе|нас|іх)\b|\bпа\s+(?:мяне|яго|яе|нас|іх)\s+прыйшлі\b|"
        # "сілавікі прыйшлі і па ягоную жонку Алену Л.", "пришли и за его женой Ольгой"
        r"\bпрыйшлі\s+і\s+па\s+(?=(?:\w+\s+){0,2}(?-i:[А-ЯЁІЎ]))|\bпришли\s+и\s+за\s+(?=(?:\w+\s+){0,2}(?-i:[А-ЯЁІЎ]))|"
        # "6 ноября к Ольге С. пришли домой с обыском", "сілавікі прыйшлі дадому да Тамары Ж.",
        # "Officers picked Yauhen up", "was taken off a bus at the border"
        r"\bпришли\s+(?:\w+\s+){0,2}?домой\b|\bприйшлі\s+дадому\b|\bпрыйшлі\s+(?:\w+\s+)?дадому\b|"
        r"\bpicked\s+(?:(?-i:[A-Z])\w+\s+){1,2}up\b|\btaken off (?:a|the) (?:bus|train|plane|minibus)\b|"
        # an administrative arrest served: "адбыў 15 сутак арышту", "адсядзеў дзесяць сутак на
        # Акрэсціна", "отсидел 10 суток", "served fifteen days"
        # and told by a participle, the arrest named ("Ольгу К., отбывшую в июне 10 суток
        # административного ареста", "врачей, отсидевших по 15 суток ареста"; not a cell stay,
        # "отсидел там по 10 суток")
        r"\b(?:отбывш|отсидевш|адбыўш|адсядзеўш)\w*\s+(?:(?:в|у|ў)\s+\w+\s+)?(?:\w+\s+)?(?:по\s+|па\s+)?"
        r"(?:\d+|десять|пятнадцать|тринадцать|дзесяць|пятнаццаць|трынаццаць)\s+(?:суток|сутак)\s+"
        r"(?:административного\s+|адміністрацыйнага\s+)?(?:ареста|арышту)\b|"
        r"\b(?:адбыў|адбыла|адсядзеў|адсядзела|отбыл|отбыла|отсидел|отсидела)\s+(?:\w+\s+)?"
        r"(?:\d+|дзесяць|пятнаццаць|трынаццаць|дзевяць|дзесять|десять|пятнадцать|тринадцать)\s+"
        r"(?:сутак|суток)\b|\bserved\s+(?:\d+|ten|fifteen|thirteen|seven|five)\s+days\b",
        _I,
    ),
    "charge_verb": scan.compile(
        r"\bcharged\b|\bindicted\b|\baccused\b|\bprosecuted\b|предъяви\w+ обвинени\w+|\bобвиня\w+|"
        r"\bобвинён\w*|\bобвинен(?:а|ы)?\b|абвінавачван\w+|абвінавац\w+|прад['’]яві\w+|"
        # a charge added later: "an additional charge … was brought", "обвинение дополнили
        # статьёй", "Ляўковічу дадалі яшчэ адно абвінавачанне"
        r"\bcharges?\b[^.;]{0,60}?\b(?:brought|added|filed|pressed)\b|"
        r"\b(?:brought|added|filed|pressed)\b[^.;]{0,20}?\bcharges?\b|"
        r"обвинени\w+ дополни\w+|дополни\w+ (?:\w+ )?обвинени\w+|"
        r"дада\w+ (?:\w+ ){0,2}абвінавачанн\w+|абвінавачанн\w+ (?:\w+ ){0,3}?дада\w+|"
        # "Пашкевичу добавили обвинение", "обвинение по второй статье добавили 10 ноября",
        # "возбудили ещё одно дело", "завялі новую справу", "the KGB added high treason"
        r"добави\w+ (?:\w+ ){0,2}обвинени\w+|обвинени\w+ (?:\w+ ){0,3}?добави\w+|"
        # "обвинение по ст. 361-1 ей предъявили 10 апреля", "было предъявлено обвинение"
        r"предъявл\w+ (?:\w+ )?обвинени\w+|обвинени\w+ (?:[\w.-]+ ){0,5}?(?:было )?предъяв\w+|"
        # "следователь предъявил Роману обвинение", "предъявил Артёму новое обвинение"
        r"предъяви\w* (?:\w+ ){1,2}обвинени\w+|"
        r"возбуди\w+ (?:\w+ ){0,2}?(?:ещё одно |новое |второе )?(?:уголовное )?дело\b|"
        r"(?:завялі|завёў|[уў]збудзілі|[уў]збудзіў) (?:\w+ ){0,2}?(?:яшчэ адну |новую |другую )?"
        r"(?:крымінальную )?справу\b|\badded (?:the )?(?:charges? of )?(?:high )?treason\b|"
        # an article added to the case: "в марте Жуковскому добавили создание …", "абвінавачанне
        # дапоўнілі яшчэ адным артыкулам", "In July they added Art. 361-1" (not a term added
        # by a court: "суд добавил ему ещё год" is a verdict)
        r"(?<!суд )\b(?:добави(?:ли|л|ла)|дадалі|дадаў|дапоўнілі|дополнили)\b"
        r"(?!\s+(?:\w+\s+){0,5}?(?:год|года|лет|месяц\w*|гады|гадоў|тэрмін|срок)\b)(?!\s*[.,:;])|"
        r"(?<!court )\badded\b(?!\s+(?:\w+\s+){0,5}?(?:years?|months?)\b)(?!\s+(?:to|that)\b)"
        r"(?!\s*[.,:;])",
        _I,
    ),
    "released": scan.compile(
        # session 11: "let out of custody", "regained his freedom", "and freed",
        # "completed his sentence", "покинул колонию", "оказался на свободе", "выпустили",
        # "вернулся домой после трёх лет заключения", "апынуўся на волі"
        r"\blet out of (?:custody|detention|prison|jail)\b|\bregained (?:his|her|their) freedom\b|"
        r"(?<=, )freed\b|\band freed\b|"
        r"\b(?:completed|served out)\s+(?:his|her|their)\s+(?:full\s+|entire\s+|whole\s+)?(?:sentence|term)\b|"
        r"\bпокинул[аи]?\s+(?:\w+\s+)?(?:колони\w+|СИЗО|тюрьм\w+|ИК|изолятор\w*|исправительн\w+)|"
        r"\bпакін(?:ула|улі|уў)\s+(?:\w+\s+)?(?:калоні\w+|СІЗА|турм\w+|ПК|ІК|ізалятар\w*|папраўч\w+)|"
        r"\bоказал(?:ся|ась|ись)\s+на (?:свободе|воле)|\bапын(?:уўся|улася|уліся)\s+на (?:волі|свабодзе)|"
        r"(?<!не )\b(?:выпустили|выпусцілі)\b(?!\s+(?:книг|альбом|фильм|заяв|кнігу|фільм))|"
        r"\bвернул(?:ся|ась|ись)\s+домой\s+после\s+(?:\w+\s+){0,3}?(?:заключени\w+|колони\w+|срок\w*|тюрьм\w+)|"
        r"\bвярнул?(?:ся|ася|іся|ўся)\s+дадому\s+пасля\s+(?:\w+\s+){0,3}?(?:зняволенн\w+|калоні\w+|тэрмін\w*|турм\w+)|"
        r"\b(?:was|were|been|is|got|being|has been|had been)\s+(?:\w+\s+){0,2}?(?:released|freed|set free)\b|"
        r"\b(?:released|freed)\s+(?:on|in|from|after|early)\b|\bwalked out of (?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|colony|penal|jail)|\b(?:was|were|been)\s+(?:\w+\s+)?pardoned\b|\bпомилован(?:а|ы|ный|ная|ные|о|ного|ному|ную|ной|ных|ным)?\b|\bпомиловал[аи]?\b|\bпамілава(?:ны|на|ная|ныя|ў|лі|ла|нага|наму|ную|най|ных|ным)\b|"
        # "вышел 2 марта из ЦИП на Окрестина": the day may come between
        r"\bвыш(?:ел|ла|ли)\s+(?:на свободу\s+)?(?:[0-3]?\d\s+[^\W\d_]+\s+)?из\s+(?:\w+\s+){0,2}?"
        r"(?:колони\w+|ИК|СИЗО|тюрьм\w+|изолятор\w*|учреждени\w+|ЦИП|ИВС)|"
        r"\bвыйш(?:аў|ла|лі)\s+(?:на волю\s+)?(?:[0-3]?\d\s+[^\W\d_]+\s+)?з\s+(?:\w+\s+){0,2}?"
        r"(?:калоні\w+|ІК|СІЗА|турм\w+|ізалятар\w*|[уў]станов\w+|ЦІП|ІЧУ)|"
        # "was among 23 people pardoned by Alexander Lukashenko"
        r"\bamong\s+(?:the\s+)?(?:\d+\s+|\w+\s+)?(?:people|prisoners|political prisoners)\s+"
        r"(?:who were\s+)?(?:pardoned|released|freed)\b|"
        # "из женской колонии №4 в Гомеле вышла", "з калоніі выйшаў"
        # (with "по окончании срока" / "цалкам адбыўшы тэрмін" before the verb)
        r"\bиз\s+(?:\w+\s+)?(?:колони\w+|ИК|СИЗО|тюрьм\w+)(?:\s*(?:№|-)\s*\d+)?(?:\s+в\s+\w+)?"
        r"(?:\s+по окончании (?:\w+ )?срока|,?\s+полностью отбыв (?:\w+ )?срок,?)?\s+выш(?:ел|ла|ли)\b|"
        r"\bз\s+(?:\w+\s+)?(?:калоні\w+|ІК|СІЗА|турм\w+)(?:\s*(?:№|-)\s*\d+)?(?:\s+[уў]\s+\w+)?"
        r"(?:\s+па (?:заканчэнні|сканчэнні) (?:\w+ )?тэрміну|,?\s+цалкам адбыўшы (?:\w+ )?тэрмін,?)?"
        r"\s+выйш(?:аў|ла|лі)\b|(?<=then )released\b|(?<=and )released\b|(?<=later )released\b|\bwalked free\b|\b(?:came|come) out of prison\b|"
        r"\bосвобожд[её]н(?:а|ы|о)?\b|\bосвободил\w*|\bвыш(?:ел|ла|ли|едш\w+) на (?:свободу|волю)|"
        r"\bна (?:свободу|волю) (?:(?:он|она|они) )?выш(?:ел|ла|ли)\b|\bотпустил[аи]?\b(?! (?:\w+ )?на похорон)|\bбыл[аи]? отпущен\w*|"
        r"\bна (?:волю|свабоду) выйш(?:аў|ла|лі)\b|\bадпусцілі\b(?! (?:\w+ )?на (?:пахаванн|пахавальн))|\b(?:was|were) let go\b|"
        r"\bвызвален(?:ы|а|ая|ае|ыя)\b|\bвызвалі(?:лі|ў|ла)\b|\bвызвалі(?:лася|ўся|ліся)\b|\bвыйш(?:аў|ла|лі) на (?:волю|свабоду)|"
        # the place named between: "из ИК-3 «Витьба» вышел", "из исправительной колонии № 15
        # под Могилёвом (Вейно) вышел", "з Гомельскай жаночай калоніі выйшла"
        r"\bиз\s+(?:[\w«»\"№()-]+\s+){0,7}?выш(?:ел|ла|ли)\b|\bз\s+(?:[\w«»\"№()-]+\s+){0,7}?"
        r"выйш(?:аў|ла|лі)\b|\bleft (?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|colony|penal|jail)\b|"
        r"\bwalked out of (?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:detention|SIZO|pre-trial)\b|"
        # "В тот же день окончился срок Виктории Балуш", "скончыўся тэрмін пакарання"
        r"\b(?:окончил|закончил|истёк|истек)\w*\s+срок\b|\bскончы(?:ўся|лася)\s+тэрмін\b|"
        # "Вышла она 27 сентября", "Я выйшла 27 кастрычніка", "He came out on 27 May", "I walked
        # out on 27 September", "I was let out on 30 October": left custody on a day
        r"\bвыш(?:ел|ла)\s+(?:(?:он|она)\s+)?(?=[0-3]?\d\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|"
        r"август|сентябр|октябр|ноябр|декабр))|\bвыйш(?:аў|ла)\s+(?:(?:ён|яна)\s+)?(?=[0-3]?\d\s+"
        r"(?:студзен|лют|сакавік|красавік|трав|чэрвен|ліп|жніў|верас|кастрычнік|лістапад|снеж))|"
        r"\b(?:walked|came) out on (?=\d|(?:the )?\d|[A-Z][a-z]+ \d)|\b(?:was|were) let out on\b",
        _I,
    ),
    "exile": scan.compile(
        r"\bвыдворил\w*|\bforcibly (?:removed|sent|taken)\b|"
        r"\bexile\b|\bexiled\b|forced (?:(?:me|him|her|them|us) )?(?:to (?:leave|flee)|out of)|\bdeported\b|\bexpelled\b|"
        r"\bfle(?:eing|d) (?:Belarus|the country)|\bвыслан\w*|\bвыдворен\w*|\bдепортирова\w+|"
        r"\bвывезли\s+(?:[\w№]+\s+){0,6}?(?:за (?:границу|пределы)|на границу|к (?:\w+ )?границе|из страны|из Беларуси|в (?:Литву|Польшу|Латвию|Украину))|вынужден\w* (?:был\w* )?(?:покинуть|уехать|выехать|эмигрировать)|\bв эмиграци\w+|\bвыгнанн\w+|"
        r"вымушан\w* (?:быў |была |былі )?(?:з['’]ехаць|выехаць|пакінуць)|\bвыдварылі\b|\bвывезлі\s+(?:[\w№]+\s+){0,6}?(?:за мяжу|на (?:\w+ )?мяжу|да (?:\w+ )?мяжы|з краіны|з Беларусі|[уў] (?:Літву|Польшчу|Латвію|Украіну))|\bвыслалі\b|\bдэпартава\w+|"
        # "вывезен через границу в Литву", "пад канвоем вывезены праз мяжу"
        r"\bвывезен\w*\s+(?:\w+\s+){0,3}?(?:(?:в|за|у|ў)\s+(?:Литв|Польш|Латв|Літв|Польшч|Латві|"
        r"Украін|Украин)\w*|через границу|праз мяжу|за мяжу|за границу|на (?:\w+ )?границу|"
        r"на (?:\w+ )?мяжу)|"
        r"\b(?:taken|driven|removed|expelled|escorted)\s+(?:\w+\s+){0,4}?(?:to|across|over)\s+(?:the\s+)?"
        r"(?:Lithuania|Poland|Latvia|Ukraine|Lithuanian|Polish|Latvian|Ukrainian|border)\b|"
        # "drove me straight to the Lithuanian border", "crossed into Lithuania"
        r"\b(?:drove|took)\s+(?:me|him|her|them|us)\s+(?:\w+\s+){0,3}?to\s+the\s+(?:\w+\s+)?border\b|"
        # "I had to leave Belarus", "пришлось покинуть
        # Беларусь", "давялося пакінуць краіну"
        r"\bhad to (?:leave|flee) (?:Belarus|the country)\b|"
        r"\bпришлось (?:покинуть|уехать из) (?:Беларусь|Беларуси|страну|страны)\b|"
        r"\bдавялося (?:пакінуць|з['’]ехаць з) (?:Беларусь|Беларусі|краіну|краіны)\b|"
        r"\b(?:crossed|fled)\s+(?:in)?to\s+(?:Lithuania|Poland|Latvia|Ukraine)\b|"
        # leaving the country right after a release; an emigrant who "left Belarus in 2021" and
        # lives in Warsaw was not exiled
        rf"\bleft (?:Belarus|the country)\b(?=[^.]{{0,40}}?\b{_AFTER_RELEASE_EN})|"
        rf"\b{_AFTER_RELEASE_EN}[^.]{{0,60}}?\bleft (?:Belarus|the country)\b|"
        rf"\b(?:покинул\w* (?:Беларусь|страну|родину)|уехал\w* (?:из Беларуси|из страны|за границу)|"
        rf"пакіну(?:ў|ла|лі) (?:Беларусь|краіну|радзіму)|з['’]ех(?:аў|ала|алі) (?:з Беларусі|з краіны|"
        rf"за мяжу))(?=[^.]{{0,40}}?{_AFTER_RELEASE_CY})|"
        rf"{_AFTER_RELEASE_CY}[^.]{{0,60}}?(?:покинул\w* (?:Беларусь|страну)|уехал\w* (?:из Беларуси|"
        r"из страны|за границу)|пакіну(?:ў|ла|лі) (?:Беларусь|краіну)|з['’]ех(?:аў|ала|алі) (?:з Беларусі|"
        r"з краіны|за мяжу))",
        _I,
    ),
    "recognized": scan.compile(
        # "named a political prisoner", "designated a political prisoner"
        r"\b(?:named|designated)\s+(?:as\s+)?(?:a\s+)?political\s+prisoners?\b|"
        # "added to the list of political prisoners", "внесён в список политзаключённых"
        r"\b(?:added|included)\s+(?:\w+\s+){0,3}?(?:to|in|on)\s+(?:the\s+)?(?:\w+\s+)?list\s+of\s+political\s+"
        r"prisoners|(?:внес\w*|включ\w*)\s+(?:\w+\s+){0,3}?в\s+(?:\w+\s+)?спис\w*\s+(?:политзаключ|"
        r"политическ)\w*|(?:унес\w*|уключ\w*)\s+(?:\w+\s+){0,3}?[уў]\s+(?:\w+\s+)?спіс\w*\s+(?:палітвязн|палітычн)\w*|"
        # "recognized Alina D., a 58-year-old pensioner from Babruisk, as a political prisoner"
        # (a parenthesis between the names: "recognized Uladzimir Zh. (see above) and Ales V. as")
        # never from a heading word across its line's end ("Признание\nВ августе … признали 17
        # человек, среди них — A и B" is the sentence's own verb); a name with an apostrophe
        # between ("прызналі Дар'ю палітвязнем")
        r"(?:recogni[sz]|declar)\w*[^\S\n]+(?:(?:No\.\s*)?[\w'’-]+,?\s+|\([^)]{1,30}\),?\s+){0,12}?(?:as\s+)?(?:a\s+)?"
        r"political prisoners?|"
        r"призна\w*[^\S\n]+(?:(?:№\s*)?[\w'’-]+,?\s+|\([^)]{1,30}\),?\s+){0,8}?(?:политзаключ\w+|политическ\w+\s+"
        r"заключ[её]нн\w+)|"
        r"прызна\w*[^\S\n]+(?:(?:№\s*)?[\w'’-]+,?\s+|\([^)]{1,30}\),?\s+){0,8}?(?:палітвязн\w+|палітычн\w+\s+"
        r"(?:вязн|зняволен)\w+)|"
        # "Also recognised was Pavel H., a retired railwayman"
        r"\balso\s+recogni[sz]ed\s+(?:was|were)\b|"
        # "Палітвязніцай яе прызналі…", "Политзаключённым его признали…"
        r"\b(?:политзаключ\w+|палітвязн\w+)\s+(?:\w+\s+){0,2}?(?:призна|прызна)\w*|"
        # "статус палітвязня атрымаў Раман Б.", "получила статус политзаключённой", "was granted
        # political prisoner status"
        r"\bстатус\w*\s+(?:политзаключ|палітвязн|палітычн\w+\s+вязн)\w*\s+(?:\w+\s+)?(?:получил|атрыма|присвоен|"
        r"надан|прысвоен)\w*|\b(?:получил|атрыма|присвоил|прысвоіл)\w*\s+(?:\w+\s+)?статус\w*\s+"
        r"(?:политзаключ|палітвязн)\w*|\b(?:granted|given|received|got)\s+(?:the\s+)?(?:status of\s+(?:a\s+)?"
        r"political prisoner|political[- ]prisoner status)",
        _I,
    ),
    "hunger_strike": scan.compile(
        r"\bstopped eating\b(?=\s*(?:[.,;:)]|$|(?:in protest|to protest|on|for|and|as|since)\b))|\bперестал\w* (?:есть|принимать пищу)\b|\bпераста(?:ў|ла|лі) есці\b|"
        r"hunger[- ]strike|голодовк\w*|галадоўк\w*|\bголодал\w*|\bгаладаў\w*|"
        r"\brefus\w+ (?:all )?(?:food|to eat)\b|\bотказ\w* от (?:пищи|еды|приёма пищи)|"
        r"\bадмаў\w* ад (?:ежы|харчавання)|\bадмові\w* ад (?:ежы|харчавання)",
        _I,
    ),
    "punishment_cell": scan.compile(
        r"\b(?:punishment|penalty|isolation)\s+(?:isolation\s+)?(?:cell|ward|unit)s?\b|"
        r"камерн\w+ режим\w*|камерн\w+ рэжым\w*|"
        r"punishment cells?|punitive isolation|penalty isolat\w+|solitary confinement|\bShIZO\b|\bSHIZO\b|"
        r"\bШИЗО\b|\bШІЗА\b|\bШЫЗА\b|штрафно\w+ изолятор\w*|штрафны\w* ізалятар\w*|\bкарц[еэа]р\w*|\bPKT\b|\bПКТ\b|"
        r"cell-type (?:premises|room|cell)s?|помещени\w+ камерного типа|памяшканн\w+ камернага тыпу",
        _I,
    ),
    "medical_neglect": scan.compile(
        # session 11: "refused a doctor", "ignores his requests to see a doctor", "не предоставляют
        # медицинскую помощь", "игнорирует жалобы на здоровье"
        r"\b(?:refused|denied|not allowed)\s+(?:\w+\s+){0,2}?(?:a\s+)?doctor\b|\b(?:ignore[sd]?|reject(?:s|ed)?)\s+"
        r"(?:[\w'’]+\s+){0,3}?requests?\s+(?:\w+\s+){0,3}?(?:doctor|medical|treatment)|"
        r"\bне (?:предоставля\w+|предостави\w+)\s+(?:\w+\s+)?медицинск\w+ помощ\w+|"
        r"\bне (?:прадастаўля\w+|прадаста\w+)\s+(?:\w+\s+)?(?:медыцынск|медычн)\w+ дапамо[гз]\w+|"
        r"игнориру\w+\s+(?:\w+\s+){0,3}?жалоб\w+\s+(?:\w+\s+){0,3}?на (?:здоровье|боли|самочувствие)|"
        r"ігнару\w+\s+(?:\w+\s+){0,3}?скарг\w+\s+(?:\w+\s+){0,3}?на (?:здароўе|боль|самаадчуванне)|"
        # "all they gave me was painkillers", "refuses to give him anything but painkillers"
        r"\b(?:all|only|nothing but|anything but)\s+(?:\w+\s+){0,3}?painkillers|"
        r"(?:только|толькі)\s+(?:\w+\s+)?(?:обезболивающ|абязбольваль)\w*|"
        r"\b(?:no|not|without|denied|refused|lack of|deprived of)\s+(?:\w+\s+){0,3}?medical (?:care|"
        r"treatment|help|assistance|attention)|medical (?:care|treatment|help|assistance)\s+(?:was|were|"
        r"has been|had been|is)\s+(?:\w+\s+)?(?:denied|refused|withheld)|\bnot (?:given|provided|receiving|"
        r"received)\s+(?:\w+\s+){0,2}?(?:medical|treatment)|(?:отказ\w*|не оказыва\w+|не получа\w+|не получил\w*|"
        r"не оказал\w*|без|лиши\w*)\s+(?:\w+\s+){0,2}?(?:в\s+)?медицинск\w+ помощ\w+|"
        r"(?:не\s+(?:атрымлів\w+|атрыма\w+|аказва\w+|аказа\w+)|без|адмаўля\w+(?:\s+[уў])?|адмові\w*\s+[уў])"
        r"\s+(?:\w+\s+){0,2}?(?:медыцынск|медычн)\w+ дапамо[гз]\w+|\bне леч(?:ат|или|аць|ылі)\b|"
        r"медицинск\w+ помощ\w+ не (?:получ|оказ)\w+|(?:медыцынск|медычн)\w+ дапамо[гз]\w+ не (?:атрым|аказ)\w+|"
        r"medical (?:care|treatment|help) (?:was|has been) not (?:given|provided)|"
        r"\b(?:refused|denied|not allowed)\s+(?:\w+\s+){0,6}?(?:treated|treatment|hospital\w*)\b|"
        r"отказ\w*\s+(?:\w+\s+)?в (?:лечении|госпитализации)|адмов\w*\s+(?:\w+\s+)?[уў] (?:лячэнні|шпіталізацыі)|"
        r"\b(?:will not|won't|would not|wouldn't|do not|does not|did not|don't|doesn't|didn't|refuse[sd]? to|not)\s+"
        r"(?:give|pass|hand over|allow)\s+(?:\w+\s+){0,3}?(?:medicines?|medication|drugs|pills|insulin|inhalers?|painkillers)\b|"
        r"\b(?:medicines?|medication)\s+(?:\w+\s+){0,4}?(?:withheld|not (?:given|passed|allowed)|confiscated)\b|"
        r"\bне (?:да\w*|переда\w*|пропуска\w*|выда\w*)\s+(?:\w+\s+){0,2}?(?:лекарств\w*|медикамент\w*|инсулин\w*)|"
        r"\bлекарств\w+\s+(?:\w+\s+){0,3}?не (?:передают|пропускают|дают|выдают)|"
        r"\bне (?:да\w*|перада\w*|прапуска\w*|выда\w*)\s+(?:\w+\s+){0,2}?(?:лекаў|лекі|медыкамент\w*|інсулін\w*)|"
        r"\bлек(?:і|аў)\s+(?:\w+\s+){0,3}?не (?:перадаюць|прапускаюць|даюць)",
        _I,
    ),
    "visits_denied": scan.compile(
        # session 11: "stripped of his right to a long visit", "heard nothing from him",
        # "нет писем", "не могут связаться", "няма лістоў"
        r"\blost\s+(?:the|his|her|their)\s+right\s+to\s+(?:a\s+)?(?:\w+\s+)?(?:visits?|parcels?|calls?|"
        r"letters|correspondence)\b|"
        r"\b(?:stripped|deprived) of\s+(?:his|her|their)\s+right\s+to\s+(?:a\s+)?(?:\w+\s+)?(?:visits?|parcels?|"
        r"letters?|calls?|correspondence)|\b(?:heard|had) nothing from (?:him|her|them)\b|"
        r"\bno (?:word|news) from (?:him|her|them)\b|\bнет (?:ни )?(?:писем|вестей|связи)\b|"
        r"\bне мо(?:гут|жем|гли) (?:с ним |с ней |с ними )?связаться|\bняма (?:ні )?(?:лістоў|вестак|сувязі)\b|"
        r"\bне мо(?:гуць|жам|глі) (?:з ім |з ёй |з імі )?звязацца|"
        r"\b(?:denied|deprived of|banned from|barred from|refused|without)\s+(?:\w+\s+){0,3}?"
        r"(?:visits?|parcels?|letters?|(?:phone )?calls?|correspondence)\b|"
        r"\b(?:visits?|parcels?|letters?|calls?|correspondence)\s+(?:\w+\s+){0,2}?(?:were|are|was|is|"
        r"have been|has been)\s+(?:\w+\s+)?(?:banned|denied|stopped|blocked|withheld|cut off|cancell?ed)\b|"
        r"\b(?:has|have|had) not (?:passed on|delivered|handed over) (?:a single|any)\b|"
        r"\breceived no (?:letters|parcels|visits)|\bincommunicado\b|"
        r"\b(?:letters|parcels)\s+(?:\w+\s+){0,5}?(?:came back|were returned|have been returned|returned unopened)\b|"
        r"ни одного (?:письма|звонка|свидания|ответа на письм\w+)|ніводнага (?:ліста|званка|спаткання)|"
        r"(?:свидани\w+|передач\w+|посылк\w+)\s+(?:\w+\s+){0,3}?(?:отменил\w*|запретил\w*|вернул\w*)|"
        r"(?:спатканн\w+|перадач\w+|пасылк\w+)\s+(?:\w+\s+){0,3}?(?:адмяні\w*|забарані\w*|вярну\w*)|"
        r"(?:тэлефанаваць|званіць|пісаць|ліставацца)\s+(?:\S+\s+){0,3}?не (?:дазвал\w+|дазволі\w*|даюць|давалі)|"
        r"(?:звонить|писать|переписываться)\s+(?:\S+\s+){0,3}?не (?:разреша\w+|разрешил\w*|дают|давали|позволя\w+)|"
        r"\b(?:not|never) (?:received|got|had) (?:a single|any|one) (?:letter|visit|call|parcel)|"
        r"\b(?:requests? for (?:a )?(?:long |short )?(?:visits?|calls?)|visits?)\s+(?:\w+\s+){0,3}?"
        r"(?:have|has|were|was|are|is) (?:been )?(?:refused|rejected|denied)\b|"
        r"\b(?:letters|parcels)\s+(?:\w+\s+){0,3}?(?:do not|don't|never|not) (?:reach|arrive|get through)|"
        r"(?:письма|передачи|посылки|свидани\w+)\s+(?:\w+\s+){0,3}?не (?:доходят|принимают|пропускают|дают|разрешают|передают)|"
        r"(?:лісты|перадачы|пасылкі|спатканн\w+)\s+(?:\w+\s+){0,3}?не (?:даходзяць|прымаюць|прапускаюць|даюць|дазваляюць|перадаюць)|"
        r"\bне (?:перадаюць|прымаюць|перадавалі)\s+(?:\w+\s+){0,2}?(?:пасылк\w*|лісты|перадач\w*)|"
        r"\bне (?:передают|передавали|принимают)\s+(?:\w+\s+){0,2}?(?:посылк\w*|письма|передач\w*)|"
        r"\b(?:does|did) not (?:receive|get) (?:any )?(?:letters|parcels|visits)|"
        r"\bне (?:получа\w+|получил\w*|дава\w+|дали) (?:\w+ )?(?:писем|письма|передач|посылок|свидани\w+)|"
        r"\bне (?:даюць|давалі|далі|атрымлів\w+) (?:\w+ ){0,2}?(?:спатканн\w+|лістоў|перадач)|"
        r"\bне атрымлів\w+ (?:лістоў|лісты|перадач|пасылак)|"
        r"\b(?:letters|parcels|calls)\s+(?:\w+\s+){0,3}?(?:stopped|ceased)\b|"
        r"\bnot (?:been )?(?:allowed|permitted) to (?:visit|see|call|write to)\b|"
        r"(?:письма|передачи|посылки)\s+(?:\w+\s+){0,2}?перестали|"
        r"(?:лісты|перадачы|пасылкі)\s+(?:\w+\s+){0,2}?перасталі|"
        r"не (?:разрешают|разрешили|дают) (?:свидани\w+|навещать|звонить)|"
        r"не (?:дазваляюць|дазволілі) (?:спатканн\w+|наведваць|тэлефанаваць)|"
        r"(?:запреща\w+|запрет\w*|лиша\w+|лиши\w+|лишен\w*|не переда\w+|не пуска\w+|без права)\s+(?:\w+\s+){0,3}?"
        r"(?:свидани\w+|переписк\w+|писем|письма|звонк\w+|передач\w+|посылок)|инкоммуникадо|"
        r"(?:пазбав\w+|забаран\w+|не перада\w+|без права)\s+(?:\w+\s+){0,2}?(?:спатканн\w+|ліст\w+|"
        r"перапіск\w+|званк\w+|перадач\w+|пасылак)|інкамунікада",
        _I,
    ),
    "funeral_denied": scan.compile(
        r"не (?:отпустил\w*|разрешил\w*|позволил\w*|дал\w*|пустил\w*) (?:\w+ )?(?:проститься|попрощаться)|"
        r"не (?:адпусцілі|дазволілі|пусцілі) (?:\w+ )?(?:развітацца|праводзіць)|\b(?:could not|couldn't|was not able to|"
        r"was unable to)\s+bury\b|"
        r"(?:not (?:allowed|permitted|let)|denied|refused|barred)\b[^.]{0,40}?funeral|"
        r"funeral[^.]{0,40}?(?:denied|refused|not allowed)|(?:не отпустил\w*|не разрешил\w*|"
        r"не позволил\w*|отказал\w*)[^.]{0,40}?похорон\w*|похорон\w*[^.]{0,30}?(?:не отпустил\w*|"
        r"не разрешил\w*|отказал\w*)|(?:не адпусцілі|не дазволілі|адмовілі)[^.]{0,40}?пахаванн\w*|"
        r"пахаванн\w*[^.]{0,30}?(?:не адпусцілі|не дазволілі|адмовілі)|"
        r"\b(?:refused|declined|would not|did not|not)\s+(?:to\s+)?(?:release|hand over|return|give)\s+(?:the|his|her)\s+body|"
        r"(?:отказал\w*|не)\s+(?:\w+\s+)?(?:выда\w+|отда\w+|передать|передали|вернуть|вернули)\s+(?:\w+\s+)?тел\w*|"
        r"(?:адмові\w*|не)\s+(?:\w+\s+)?(?:выда\w+|адда\w+|перада\w+|вярну\w+)\s+(?:\w+\s+)?цел\w*",
        _I,
    ),
    "dismissed": scan.compile(
        r"\bвыгнал[иа]?\s+(?:\w+\s+)?(?:с работы|из университета|из вуза|со службы|из школы)|"
        r"\bвыгналі\s+(?:\w+\s+)?(?:з працы|з універсітэта|са службы|са школы)|"
        r"\bрасторг\w*\s+(?:\w+\s+){0,2}(?:контракт|трудов\w+ договор)|\bскасава\w*\s+(?:\w+\s+){0,2}кантракт|"
        # "с ней не продлили контракт", "з ім не падоўжылі кантракт"
        r"\bне продлил\w*\s+(?:\w+\s+)?(?:контракт|трудов\w+ договор)|\bне падоўжы\w*\s+(?:\w+\s+)?кантракт|"
        r"\b(?:contract|employment)\s+(?:was|were)\s+not\s+(?:renewed|extended)|"
        r"\b(?:contract|employment)\s+(?:\w+\s+)?(?:was|had been|has been)\s+terminated|"
        r"\bterminated (?:his|her) (?:contract|employment)\b|"
        r"\b(?:was|were|been|got|had been)\s+(?:\w+\s+){0,2}?(?:dismissed|fired|sacked)\b|"
        r"\blost (?:his|her) (?:job|post|position)\b|\b(?:pushed|forced|driven) out of (?:his|her|the) "
        r"(?:\w+\s+)?(?:job|school|university|post|position|work|theatre|hospital|plant|factory)\b|"
        r"\bforced to (?:resign|quit)\b|\b(?:fired|sacked|dismissed|laid off) (?:him|her|me)\b|"
        # "was detained on 28 February and dismissed from his school"
        r"(?<=\band )(?:was |then )?(?:dismissed|fired|sacked) from\b|"
        # "Two days later the school dismissed Hrynkevich"
        r"\b(?:fired|sacked|dismissed)\s+(?=(?-i:[A-Z])[a-z])(?!(?:Judge|Court|Appeal)\b)|"
        r"\b(?:was|were|had been|has been) laid off\b|"
        r"\bexpelled (?:him|her)? ?from (?:the )?(?:university|college|institute)\b|"
        r"\bуволен\w*|\bуволил\w*|\bзвольнен\w*|\bзвольні(?:лі|ў|ла)\b|\bотчисл\w+|\bадлічы\w+|"
        # the order or the news of it: "подписал приказ о её увольнении", "загад пра звальненне
        # Уладзіслава падпісаў дырэктар", "сообщила коллективу о его увольнении"
        r"\b(?:приказ\w*|загад\w*)\s+(?:об?|пра)\s+(?:(?:его|её|ее|яго|яе)\s+)?(?:увольнени\w+|"
        r"звальненн\w+)|\b(?:сообщил\w*|паведамі\w+)\s+(?:\w+\s+){0,2}?(?:об?|пра)\s+"
        r"(?:(?:его|её|ее|яго|яе)\s+)?(?:увольнени\w+|звальненн\w+)",
        _I,
    ),
    "fined": scan.compile(
        r"\b(?:взыска\w+|спагна\w+)\b(?=[^.]{0,60}баз\w+ (?:величин|велічын))|"
        r"\bfined\b|\ba fine\b|\bfine of\b|оштрафова\w+|\bштраф(?:ом|ам|а|у)?\b|аштрафава\w+|"
        # the imperfective: "в декабре её задерживали и штрафовали", "Ганну ўжо штрафавалі"
        r"(?<!не )\bштраф(?:овал[аи]?|авал[аі]?|аваў)\b|"
        # "a court ordered him to pay 40 base units"
        r"\bordered\s+(?:\w+\s+){0,3}?to pay\b(?=[^.]{0,30}\bbase (?:units?|amounts?))",
        _I,
    ),
    "death_in_custody": scan.compile(
        r"\b(?:в|у|ў)\s+(?:\w+\s+)?(?:колони\w+|СИЗО|тюрьм\w+|ИК-\d+|калоні\w+|СІЗА|турм\w+|ПК-\d+)\s+"
        r"(?:\w+\s+)?(?:умер|скончал|погиб|памёр|памерла|загінуў|загінула)\w*|"
        r"(?:памёр|памерла|загінуў|загінула)\s+(?:\w+\s+){0,2}?[уўв]\s+(?:ПК|ІК|ізалятар)\w*|"
        r"\b(?:died|passed away|was found dead|death)\s+(?:\w+\s+){0,3}?(?:in|at)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:custody|prison|colony|jail|detention|SIZO|cell)|"
        r"\b(?:died|passed away)\s+(?:\w+\s+){0,2}?in\s+(?:Penal|Prison|Colony|SIZO|pre-trial)|"
        r"(?:умер\w*|скончал\w*|погиб\w*)\s+(?:\w+\s+){0,2}?в\s+(?:\w+\s+)?(?:колони\w+|СИЗО|тюрьм\w+|"
        r"заключени\w+|изолятор\w+|ИК)|(?:памёр|памерла|загінуў|загінула)\s+(?:\w+\s+){0,2}?[уўв]\s+"
        r"(?:\w+\s+)?(?:калоні\w+|СІЗА|турм\w+|зняволенн\w+)",
        _I,
    ),
    "transfer_verb": scan.compile(
        r"\brelocated\b|\bотправ(?:или|лен\w*)\s+(?:в|на|из)\b|\bадправ(?:ілі|лен\w*)\s+(?:у|ў|на|з)\b|"
        r"\bsent from\b|"
        r"\btransferred\b|\bmoved\b|\btransported\b|\bsent to\b|\btaken to\b|\bbrought to\b|"
        r"\btaken (?:by|under) (?:convoy|prison van|bus) to\b|\bsent by convoy to\b|\bescorted to\b|"
        # "taken under convoy from the Zhodzina prison to …", "taken by prison convoy to",
        # "taken by prisoner transport to the women's colony"
        r"\b(?:taken|sent|brought|transported)\s+(?:by|under)\s+(?:a\s+)?(?:prison(?:er)?\s+)?"
        r"(?:convoy|transport)\b|"
        r"\bsent on to\b|"
        r"\bэтап\s+(?:в|на|у|ў)\b|"
        r"этапирова\w+|\bперевед[её]н\w*|\bдоставлен\w*|\bдоставили\b|\bдаставіл\w*|"
        r"\bдастаўлен\w*|\btaken from\b|"
        r"\bперевели\b|этапава\w+|перавял\w+|перавед\w+|\bпераведзен\w*|"
        r"\b(?:перевезл|перавезл|перевез[её]н|перавезен)\w*|"
        # "вывезлі з Жодзінскай турмы ў калонію": moved (a deportation names a border instead)
        r"\b(?:вывезл[иі]|увезл[иі]|отвезли|адвезлі|павезлі|повезли)\b",
        _I,
    ),
}

_BY_SCRIPT: dict[tuple[str, bool], re.Pattern[str]] = {}


def trigger(kind: str, lang: str) -> re.Pattern[str]:
    """The trigger pattern of a kind restricted to the alternatives in the text's script."""
    cyr = is_cyrillic_lang(lang)
    pat = _BY_SCRIPT.get((kind, cyr))
    if pat is None:
        pat = _BY_SCRIPT[(kind, cyr)] = restrict(TRIGGERS[kind].pattern, TRIGGERS[kind].flags, cyr)
    return pat


# Co-occurrence in one clause: a topic word and a denial (for a death: a place of custody).
# The trigger patterns above list phrasings; these catch the many ways of saying the same
# that they do not ("his requests to see a cardiologist were simply ignored", "лісты да яго
# таксама не даходзяць", "died on Saturday, 1 February, in Penal Colony No. 9").
_DENIAL = scan.compile(
    r"\b(?:refus\w*|den(?:ied|y|ies)|not|no\b(?!\.?\s*\d)|never|ignored|untreated|without|cancell?ed|banned|ban|"
    r"stopped|withh[eo]ld\w*|deprived|forbidden|barred|came back|come back|returned|"
    r"не|ни|ні|ніводн\w*|отказ\w*|адмаў\w*|адмов\w*|запре\w*|забарон\w*|забарані\w*|лиш[еиа]\w*|"
    r"пазбав\w*|перестал\w*|перасталі|перебо\w*|игнор\w*|ігнар\w*|без|turned down|"
    # "Писем от сына нет с июня", "свидание отменили в последний момент"
    r"rejected|нет|няма|отмен\w*|адмян\w*|адмен\w*)\b|n['’]t\b",
    _I,
)
# medicine given late is care denied ("інсулін выдаюць са спазненнем", "only on the fifth
# day"); letters that arrive late are not letters denied
_DENIAL_OR_LATE = scan.compile(
    rf"{_DENIAL.pattern}|\b(?:са спазненнем|с опозданием|с задержкой|only on the|только на|"
    r"толькі на|forget\w*|forgot\w*|забыва\w*|забыв\w*|irregularly|нерегулярно|нерэгулярна)\b",
    _I,
)
_KIN_SUBJECT = scan.compile(
    rf"\b{lexicon.kin_words('mum', 'dad', 'мама', 'папа', 'тата')}\b",
    _I,
)
COOCCURRENCE: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = {
    # kind: (topic, condition, veto); COOCCURRENCE_KEYWORDS below hold the topics' stems
    "medical_neglect": (
        scan.compile(
            r"\b(?:doctors?|medics?|medical (?:unit|care|help|aid|attention)|hospital\w*|treat\w*|"
            r"examinations?\b|examined by\b|cardiologist|specialist|surgeon|surgery|operation on|insulin|medicines?|"
            r"medication|painkillers|inhalers?|ambulance|dentist|стоматолог\w*|стаматалаг\w*|дантыст\w*|"
            r"врач\w*|доктор\w*|медик\w*|медчаст\w*|"
            r"санчаст\w*|медпомощ\w*|больниц\w*|лечени\w*|лечить|лечат|обследовани\w*|операци\w* на|"
            r"инсулин\w*|лекарств\w*|скорую|ўрач\w*|урач\w*|доктар\w*|медык\w*|бальніц\w*|"
            r"лячэнн\w*|лячыць|абследаванн\w*|аперацы\w* на|інсулін\w*|лекі|лекаў|медыкамент\w*|"
            r"медикамент\w*|інгалятар\w*|ингалятор\w*|хуткую|лекар\w*)\b",
            _I,
        ),
        _DENIAL_OR_LATE,
        scan.compile(r"\b(?:died|умер\w*|памёр|памерла)\b", _I),
    ),
    "visits_denied": (
        scan.compile(
            r"\b(?:letters?|visits?|visitors|(?:phone )?calls?(?! for)|parcels?|packages|"
            r"correspondence|свидани\w*|письм\w*|писем|звонк\w*|звонить|позвонить|передач\w*|"
            r"посылк\w*|посылок|переписк\w*|спатканн\w*|ліст(?:ы|оў|а|амі|ах|ом|у)?|званк\w*|"
            r"званіць|пазваніць|тэлефанаваць|патэлефанаваць|перадач\w*|пасылк\w*|пасылак|"
            r"перапіск\w*|корреспонденци\w*|карэспандэнцы\w*)\b",
            _I,
        ),
        _DENIAL,
        scan.compile(
            # "от звонка до звонка" (a whole term); "refusing to sign a letter" (a petition)
            r"от звонка до звонка|ад званка да званка|\bsign\w*|подпис\w*|падпіс\w*|open letter|"
            r"\b(?:doctor|cardiologist|specialist|врач\w*|"
            r"ўрач\w*|урач\w*|hospital|больниц\w*|бальніц\w*)\b",
            _I,
        ),
    ),
    "death_in_custody": (
        scan.compile(
            r"\b(?:died|passed away|was found dead|умер|умерла|скончал(?:ся|ась)|погиб(?:ла)?|памёр|"
            r"памерла|загінуў|загінула)\b",
            _I,
        ),
        scan.compile(
            r"colony|prison|jail|custody|SIZO|cell\b|medical unit|detention|колони|СИЗО|тюрьм|"
            r"изолятор|ИК-|медчаст|санчаст|калоні|СІЗА|турм|ізалятар|политзаключ|палітвяз",
            _I,
        ),
        _KIN_SUBJECT,
    ),
    "funeral_denied": (
        scan.compile(
            r"\b(?:funeral|bury|buried|burial|body|похорон\w*|хоронить|похоронить|тело|тела|"
            r"пахаванн\w*|пахаваць|пахаваны|развітанн\w*|прощани\w*|цела)\b",
            _I,
        ),
        _DENIAL,
        None,
    ),
}

# Lower-case stems every topic match contains: the topic patterns only scan sentences with one.
COOCCURRENCE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "medical_neglect": (
        "doctor", "medic", "hospital", "treat", "examin", "cardiolog", "specialist", "surg",
        "operation", "insulin", "painkill", "inhaler", "ambulance", "врач", "доктор", "медик",
        "медчаст", "санчаст", "медпомощ", "больниц", "лечени", "лечить", "лечат", "обследован",
        "операци", "инсулин", "лекарств", "скорую", "ўрач", "урач", "доктар", "медык", "бальніц",
        "лячэнн", "лячыць", "абследаванн", "аперацы", "інсулін", "лекі", "лекаў", "медыкамент",
        "медикамент", "інгалятар", "ингалятор", "хуткую", "лекар", "dentist", "стоматолог",
        "стаматалаг",
        "дантыст",
    ),
    "visits_denied": (
        "letter", "visit", "call", "parcel", "package", "correspondence", "свидани", "письм",
        "писем", "звонк", "звонить", "позвонить", "передач", "посылк", "посылок", "переписк",
        "спатканн", "ліст", "званк", "званіць", "пазваніць", "тэлефанаваць", "перадач", "пасылк",
        "пасылак", "перапіск", "корреспонденц", "карэспандэнц",
    ),
    "death_in_custody": (
        "died", "passed away", "found dead", "умер", "скончал", "погиб", "памёр", "памерла",
        "загінуў", "загінула",
    ),
    "funeral_denied": (
        "funeral", "bury", "buried", "burial", "body", "похорон", "хоронить", "тело", "тела",
        "пахаванн", "пахаваць", "пахаваны", "развітанн", "прощани", "цела",
    ),
}  # fmt: skip

NEGATION_BEFORE = scan.compile(
    r"(?:\bnot|n['’]t|\bnever|going to|would|could|might|\b(?-i:may)\b|\bwill|likely to|risk of|fear\w* (?:of )?|"
    r"\bне\b|\bні\b|\bбы\b)\s*(?:\w+\s+)?$|"
    # "Neither man has yet been recognised", "has yet to be recognised"
    r"\b(?:neither|nor)\s+(?:\w+\s+){0,3}?(?:has|have|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?$|"
    r"\b(?:has|have|had)\s+yet\s+(?:to\s+)?(?:be(?:en)?\s+)?$",
    _I,
)
GENERIC_SUBJECT = scan.compile(
    r"\b(?:people|prisoners|inmates|members|others|activists|volunteers|staff|many|they|them|their|"
    r"люди|заключ[её]нные|осужд[её]нные|многие|они|их|людзі|вязні|зняволеныя|яны|іх)\b",
    _I,
)
PRONOUN = scan.compile(
    r"\b(?:he|she|him|her|his|hers|он|она|его|её|ее|ему|ей|ним|ней|него|неё|нее|ён|яна|яго|яе|"
    r"яму|ёй|ім|ёю|сам|сама)\b",
    _I,
)
GROUP = scan.compile(
    r"\b(?:both|all (?P<n>two|three|four|five|six|seven)|обоих|обеих|обоим|обеим|оба|обе|"
    # "каждому назначен штраф", "each of them was fined"
    r"каждому из них|каждому|кожнаму з іх|кожнаму|each of them|"
    r"все (?P<n2>трое|четверо|пятеро|шестеро)|"
    r"(?:всех|всем|у всех) (?P<n6>двоих|троих|четверых|пятерых|двоим|троим|четверым|пятерым|шестерым)|"
    r"абодва|абедзве|абодвух|абодвум|абедзвюм|(?:усе|ўсе) (?P<n3>трое|чацвёра|пяцёра|шасцёра|тры|дзве)|"
    r"(?:усіх|ўсіх|усім|ўсім) (?P<n7>дваіх|трох|траіх|чатырох|чацвярых|пяцярых|пецярых|шасцярых)|"
    # "the three men were held", "супругов задержали", "трое мужчин"
    r"the (?P<n4>two|three|four|five|six|seven)(?= (?:men|women|defendants|accused|activists|workers|"
    r"friends|colleagues|brothers|sisters|prisoners|of them|were|have|had|are)\b)|"
    # "three residents of Rechytsa accused of …", "трыма жыхарамі Гомеля, якіх абвінавачвалі"
    # "three Lida residents", "four employees of the plant"
    r"(?P<n8>two|three|four|five|six)\s+(?:young\s+|local\s+|(?-i:[A-Z])\w+\s+)?(?:residents|people|"
    r"administrators|defendants|activists|students|employees|workers|volunteers|journalists)|"
    r"(?P<n9>трыма|трым|трох|двум|двух|дваім|трём|трёх|трех|троим|двоим|чатырма|чатыром|чатырох|"
    r"четырём|четырем|четырёх|четырех|четверым|пяці|пяти)\s+"
    r"(?:\w+\s+)?(?:жыхар|жител|адміністратар|администратор|фігурант|фигурант|актывіст|активист|"
    r"студэнт|студент|абвінавачан|обвиняем|работнік|работник|рабочы|рабочих|супрацоўнік|сотрудник|"
    r"валанцёр|волонт[её]р|чалавек(?!\w)|человек(?!\w))\w*|"
    r"супруг(?:ов|и|ам|ами)|сужэнц(?:аў|ы|ам)|(?P<n5>трое|четверо|пятеро|чацвёра)(?= (?:мужчин|женщин|"
    r"активист|обвиняем|фигурант|задержанн|осужд|из них|мужчын|жанчын|актывіст|абвінавачан|фігурант|"
    r"затрыман|з іх))"
    r")\b",
    _I,
)
# released "in the courtroom": on the day of the verdict
COURTROOM = scan.compile(
    r"\bin(?: the)? court(?:room)?\b|\b(?:в|у|ў|из|з) зал(?:е|ы|а) (?:суда|судебных заседаний)",
    _I,
)
# a court hearing or trial is reported ("the trial ended", "завершился процесс", "судовае пасяджэнне")
TRIAL = scan.compile(
    r"(?<!pre-)(?<!pre )\b(?:trial|hearing|court)\b|\bпроцесс?\w*|\bсуд(?:е|а|у|ом|зе|ебн\w+)?\b|заседани\w+|"
    r"\bпрацэс\w*|пасяджэнн\w+",
    _I,
)
# "the verdict", "the court sentenced", "вынес приговор", "асудзіў": a verdict is reported
VERDICT = scan.compile(
    r"\b(?:verdict|judgment)|\bsentenced\b|\bconvicted\b|\bfound (?:\w+ )?guilty\b|приговор|"
    r"осудил\w*|прысуд|асудзі\w*|прызна\w* (?:\w+ )?вінават\w*|призна\w* (?:\w+ )?виновн\w*|"
    # the short participle as predicate: "Шумский и Ракович осуждены 26 февраля"
    r"\b(?:осужден[аы]?|осуждён|асуджан[аы]|асуджаныя)\b"
    r"(?!\s+(?:не менее|более|около|свыше|не менш|больш|каля|звыш)\b)"  # not a count
    r"(?!\s+\d+\s+(?:человек|чалавек))|"
    # a trial that ended: "завяршыўся працэс над трыма", "the trial of … ended"
    r"\b(?:заверш|закончи|завяршы|скончы)\w*\s+(?:\w+\s+){0,3}?(?:процесс?|працэс)\b|"
    r"\b(?:процесс?|працэс|trial)\b\s+(?:\w+\s+){0,4}?(?:заверш|закончи|завяршы|скончы|ended\b|"
    r"concluded\b)",
    _I,
)
SENTENCED_TO_FINE = scan.compile(
    r"sentenced to (?:pay )?(?:a |an )?(?:\w+ )?fine|(?:приговорил\w*|приговор[её]н\w*|осужд\w+|осудил\w*)\s+"
    r"(?:\w+\s+){0,3}?к\s+(?:\w+\s+)?штраф\w*|(?:асудзі\w*|асуджан\w*)\s+(?:\w+\s+){0,3}?да\s+"
    r"(?:\w+\s+)?штраф\w*|"
    # "пакараны штрафам … паводле арт. 361-4 КК", "наказан штрафом": a fine as the punishment
    r"(?:пакаран\w*|наказан\w*)\s+(?:\w+\s+)?штраф\w*",
    _I,
)
PRISONER_CUE = scan.compile(
    r"political prisoners?|still in prison|behind bars|remains? in (?:prison|custody)|"
    r"политзаключ\w+|за решёткой|за решеткой|палітвяз\w+|за кратамі",
    _I,
)
