"""Criminal-code articles as reports describe them in words (Belarus), in en/ru/be.

Added to the reference labels in ``nezabudka.reference.articles("by")``: each row is a regular
expression (case-insensitive, word-bounded) and the article number it means.
"""

from __future__ import annotations

PHRASES_BY: list[tuple[str, str]] = [
    # 356 high treason
    (r"high treason|treason against the state|state treason|\btreason\b", "356"),
    (r"измен\w* Родине", "356"),
    (r"измен\w* государству|госизмен\w*|государственн\w+ измен\w+", "356"),
    (r"здрад\w* дзяржаве", "356"),
    # "акрамя здрады інкрымінавалі …": the bare noun (not the verb "здрадзіў")
    (r"здрад(?:а|ы|у|зе|ай)", "356"),
    # 361-1 extremist formation
    (
        r"(?:creat\w*|participat\w*|membership|involvement|taking part)\b[^.;]{0,40}?\bextremist "
        r"(?:formation|entity|group)|(?<!financing an )(?<!financing of an )extremist formation|"
        # "convicted of participating in the formation" after the formation was named
        r"participat\w* in the (?:same )?formation",
        "361-1",
    ),
    (
        r"(?:создани\w*|участи\w*|руководств\w*)\s+(?:в\s+)?экстремистск\w+ формировани\w*|"
        r"(?<!финансирование )(?<!финансирования )(?<!финансировании )"
        r"экстремистск\w+ формировани\w*|"
        # "вменяли участие в формировании": the formation named before
        r"участи\w+ в (?:том же |этом же )?формировани\w*",
        "361-1",
    ),
    (
        r"(?:стварэнн\w*|удзел\w*|кіраўніцтв\w*)\s+(?:[уўв]\s+)?экстрэмісцк\w+ фарміраванн\w*|"
        r"экстрэмісцк\w+ (?:фарміраванн|фармаванн)\w*|(?:стварэнн\w*|удзел\w*)\s+(?:[уўв]\s+)?"
        r"экстрэмісцк\w+ фармаванн\w*|[уў]дзел\w* [уў] (?:тым жа |гэтым жа )?фарміраванн\w*",
        "361-1",
    ),
    # 295 firearms
    (
        r"illegal (?:actions|acts)\s+(?:in relation to|with respect to|involving|against|with)\s+"
        r"(?:fire)?arms|unlawful acts against firearms|arms trafficking|illegal (?:possession of|"
        r"handling of) (?:fire)?arms|illegal possession of (?:ammunition|explosives)",
        "295",
    ),
    (
        r"незаконн\w+ (?:действи\w+ в отношении|оборот\w*|хранени\w*) (?:огнестрельного )?оруж\w+",
        "295",
    ),
    (r"незаконн\w+ дзеянн\w+ у адносінах да (?:агнястрэльнай )?збро\w+", "295"),
    # 293 mass riots
    (r"(?:mass )?riots|rioting", "293"),
    (r"массов\w+ беспорядк\w*", "293"),
    (r"масав\w+ беспарадк\w*", "293"),
    # 342 group actions grossly violating public order
    (
        r"gross(?:ly)? violat\w+ (?:of )?public order|actions (?:that )?grossly violat\w+ public order",
        "342",
    ),
    (
        r"грубо нарушающ\w+ общественный порядок|грубо нарушающ\w+ общественного порядка|"
        # "дала 3,5 года за «грубое нарушение общественного порядка»"
        r"груб\w+ нарушени\w+ общественного порядка",
        "342",
    ),
    (r"груба парушаю\w+ грамадскі парадак|груб\w+ парушэнн\w+ грамадскага парадку", "342"),
    # 368 insulting the president, 367 slander, 369 insulting an official
    (
        r"insult\w*\s+(?:the\s+)?(?:president|head of state|(?:Aliaksandr\s+|Alyaksandr\s+|"
        r"Alexander\s+|Aleksandr\s+)?Lukashenk[ao])",
        "368",
    ),
    (r"оскорблени\w+ президента|оскорблени\w+ (?:Александра )?Лукашенко", "368"),
    (r"абраз\w+ прэзідэнта|абраз\w+ (?:Аляксандра )?Лукашэнкі", "368"),
    (
        r"(?:slander\w*|defam\w*)\s+(?:against\s+|of\s+)?(?:the\s+)?(?:president|head of state|"
        r"(?:Aliaksandr\s+|Alyaksandr\s+|Alexander\s+|Aleksandr\s+)?Lukashenk[ao])",
        "367",
    ),
    (r"клевет\w+ (?:в отношении|на) (?:президента|(?:Александра )?Лукашенко)", "367"),
    # "у абразе прэзідэнта і паклёпе на яго": slander of the president just named
    (
        r"паклёп\w* (?:[уў] адносінах да|[уў] дачыненні да|на) (?:прэзідэнта|(?:Аляксандра )?Лукашэнк\w+)|"
        r"(?<=прэзідэнта і )паклёп\w* на яго",
        "367",
    ),
    (
        r"insult\w*\s+(?:an?\s+|the\s+)?(?:government official|representative of (?:the\s+)?"
        r"authorit\w+|police officer|official)|"
        # "for insulting Alyaksandr Lukashenka and a police officer": the insult named once
        r"insult\w*\s+(?:\w+\s+){1,3}?and\s+(?:an?\s+|the\s+)?(?:government official|"
        r"representative of (?:the\s+)?authorit\w+|police officer|official)",
        "369",
    ),
    (
        r"оскорблени\w+ (?:представител\w+ власти|должностн\w+ лиц\w*|сотрудник\w+ милиции|"
        r"милиционер\w*)|"
        # "за оскорбление Лукашенко и представителя власти": the insult named once for both
        r"(?<=[^\W\d_]{2} и )представител\w+ власти",
        "369",
    ),
    (
        r"абраз\w+ (?:прадстаўнік\w+ ўлады|службов\w+ асоб\w*|супрацоўнік\w+ міліцыі|міліцыянт\w*)|"
        r"(?<=[^\W\d_]{2} і )прадстаўнік\w+ ўлады",
        "369",
    ),
    # 389 threatening a judge
    (r"threat\w*\s+(?:against\s+|to\s+)?(?:an?\s+|the\s+)?judge", "389"),
    (r"угроз\w+ (?:в адрес )?судь\w+|пагроз\w+ (?:у адрас )?судд?з\w+", "389"),
    # 391 insulting a judge
    (r"insult\w*\s+(?:an?\s+|the\s+)?judge", "391"),
    (r"оскорблени\w+ судь\w+|абраз\w+ судд?з\w+", "391"),
    # 361 calls harming national security
    (
        r"call(?:s|ing)? (?:for|to) (?:actions? )?(?:aimed at )?(?:causing )?harm\w*\s+(?:to\s+)?"
        r"(?:the\s+)?national security|call(?:s|ing)? (?:for|to) actions? (?:(?:aimed at |intended to )?"
        r"harm\w* (?:to )?|against )(?:the )?(?:Belarus'?s? )?national security",
        "361",
    ),
    (r"призыв\w* к действиям,? направленным на причинение вреда национальной безопасности", "361"),
    (
        r"заклік\w* да дзеянняў,? накіраваных на (?:прычыненне |нанясенне |прычыненне )?шкод\w* "
        r"нацыянальнай бяспецы",
        "361",
    ),
    # 361-2 financing, 361-4 facilitating extremist activity
    (
        r"financ\w+\s+(?:of\s+)?(?:an?\s+)?extremis[mt]\w*(?:\s+(?:activit\w+|formation|"
        r"organi[sz]ation|group))?",
        "361-2",
    ),
    (r"финансировани\w+ экстремист\w+(?: деятельности| формировани\w+)?", "361-2"),
    (r"фінансаванн\w+ экстрэмісц\w+(?: дзейнасці| фарміраванн\w+)?", "361-2"),
    (r"(?:facilitat|promot|assist|abett)\w*\s+(?:in\s+|of\s+)?extremist activit\w+", "361-4"),
    (r"содействи\w+ экстремистской деятельности", "361-4"),
    (r"садзейнічанн\w+ экстрэмісцкай дзейнасці", "361-4"),
    # 130 incitement to hatred
    (r"incit\w+ (?:to\s+)?(?:\w+\s+)?(?:hatred|enmity|discord)", "130"),
    # 203-1 personal data ("doxing" officers)
    (
        r"illegal (?:actions|acts) (?:regarding|with|with respect to|concerning|involving) personal data",
        "203-1",
    ),
    (
        r"незаконн\w+ действи\w+ (?:в отношении|с) (?:информации о частной жизни и )?персональн\w+ данн\w+",
        "203-1",
    ),
    (
        r"незаконн\w+ дзеянн\w+ (?:у адносінах да|з) (?:інфармацыі аб прыватным жыцці і )?персанальн\w+ дадзен\w+",
        "203-1",
    ),
    # 339 hooliganism, 341 desecration of structures
    # not "petty hooliganism", "за мелкое хулиганство": an offence of the administrative code
    (r"(?<!petty )\bhooliganism\b", "339"),
    (r"(?<!мелкое )(?<!мелкого )(?<!мелкому )(?<!мелким )(?<!мелком )хулиганств\w*", "339"),
    (r"(?<!дробнае )(?<!дробнага )(?<!дробным )(?<!дробнаму )хуліганств\w*", "339"),
    (r"desecration of (?:buildings|structures)", "341"),
    (r"осквернени\w+ (?:зданий|сооружений|сооружения)", "341"),
    (r"апаганьванн\w+ (?:будынкаў|збудаванняў)|зняважанн\w+ збудаванн\w+", "341"),
    (r"разжигани\w+ (?:\w+\s+){0,3}?(?:вражды|розни|ненависти)", "130"),
    (r"распальванн\w+ (?:\w+\s+){0,3}?(?:варожасці|варожасц\w+|нянавісці)", "130"),
    # others
    (r"conspiracy to seize (?:state )?power", "357"),
    (r"заговор\w* с целью захвата", "357"),
    (r"змов\w* з мэтай захоп\w*", "357"),
    # 218 destruction of property
    (r"(?:intentional|deliberate|wil(?:l)?ful) (?:destruction|damage) (?:of|to) property", "218"),
    (r"умышленн\w+ (?:уничтожени\w+|повреждени\w+) (?:чужого )?имуществ\w*", "218"),
    (r"наўмысн\w+ (?:знішчэнн\w+|пашкоджанн\w+) (?:чужой )?маёмасц\w*", "218"),
    (
        r"(?:malicious|wil(?:l)?ful) disobedience|disobedience to (?:the\s+)?(?:prison |colony )?"
        r"administration",
        "411",
    ),
    (r"злостн\w+ неповиновени\w+", "411"),
    (r"злосн\w+ непадпарадкаванн\w+", "411"),
    (
        r"desecration of (?:state )?symbols|mockery of state symbols|"
        r"desecrat\w+ (?:the )?state (?:symbols|flag)",
        "370",
    ),
    (r"надругательств\w+ над государственными символами", "370"),
    (
        r"(?:знявагу|знявазе|зняважанн\w+|знявага\w*|здзек\w*) (?:з )?дзяржаўн\w+ сімвал\w*|"
        r"наруг\w* над дзяржаўн\w+ сімвал\w*",
        "370",
    ),
    (r"tax evasion|evasion of taxes", "243"),
    (r"discredit\w*\s+(?:of\s+)?(?:the\s+)?(?:Republic of\s+)?Belarus", "369-1"),
    (r"дискредитаци\w+ (?:Республики )?Беларус\w*", "369-1"),
    (r"дыскрэдытацы\w+ (?:Рэспублікі )?Беларус\w*", "369-1"),
    (r"creat\w+ (?:of\s+)?(?:a\s+)?criminal organi[sz]ation", "285"),
    (
        r"violence (?:or (?:the )?threat of violence )?against (?:a\s+|an\s+)?(?:police officer|"
        r"policem[ae]n|law[- ]enforcement officer|riot police officer)",
        "364",
    ),
    (
        r"насили\w+ (?:или угроз\w+ применения насилия )?(?:в отношении|против|по отношению к) "
        r"(?:сотрудник\w+ (?:милиции|ОМОНа|органов внутренних дел)|милиционер\w*|омоновц\w*)",
        "364",
    ),
    (
        r"(?:гвалт\w*|пагроз\w+ гвалтам) (?:ці пагроз\w+ прымянення гвалту )?(?:[уў] адносінах да|"
        r"[уў] дачыненні да|супраць) "
        r"(?:супрацоўнік\w+ (?:міліцыі|АМАПа|органаў унутраных спраў)|міліцыянт\w*|амапаўц\w*)",
        "364",
    ),
]

# Cheap pre-check: the description patterns of an article are only tried when one of these
# (lower-case) substrings occurs in the text.
KEYWORDS_BY: dict[str, tuple[str, ...]] = {
    "356": ("treason", "измен", "здрад"),
    "389": ("threat", "угроз", "пагроз"),
    "361-1": ("extremist", "экстремист", "экстрэміс", "formation", "формирован", "фарміраван"),
    "361-2": ("extremis", "экстремист", "экстрэміс"),
    "361-4": ("extremist", "экстремист", "экстрэміс"),
    "295": ("arms", "ammunition", "explosive", "оруж", "збро"),
    "293": ("riot", "беспоряд", "беспарад"),
    "342": ("public order", "общественн", "грамадск"),
    "368": ("insult", "оскорб", "абраз"),
    "369": ("insult", "оскорб", "абраз", "представител", "прадстаўнік"),
    "391": ("insult", "оскорб", "абраз"),
    "367": ("slander", "defam", "клевет", "паклёп"),
    "361": ("national security", "национальной безопасности", "нацыянальнай бяспецы"),
    "130": ("incit", "hatred", "enmity", "discord", "разжиган", "распальван"),
    "357": ("conspiracy", "заговор", "змов"),
    "218": ("property", "имуществ", "маёмасц"),
    "411": ("disobedience", "неповинов", "непадпарадкав"),
    "370": ("symbols", "символ", "сімвал"),
    "203-1": ("personal data", "персональн", "персанальн"),
    "339": ("hooligan", "хулиган", "хуліган"),
    "341": ("desecration", "осквернен", "апаганьван", "зняважанн"),
    "243": ("tax",),
    "369-1": ("discredit", "дискредит", "дыскрэдыт"),
    "285": ("criminal organi",),
    "364": ("police", "law enforcement", "law-enforcement", "насили", "гвалт"),
}
