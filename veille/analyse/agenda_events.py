"""The words of an event (pure data): what names one (« webinaire », « salon », "summit"…),
what announces its day (« aura lieu », « organise les », "save the date"), what tells how
to attend or that it is over, and the labels a person may give an item of the agenda (a
call's, from ``agenda_calls``, or an event's). Patterns are on folded text
(``opportunities.fold``); ``hints`` name words one of which any match holds, so that an
item without any of them is not scanned."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.analyse.agenda_calls import CALLS, COUNTED, SCHOOLS
from veille.analyse.agenda_dates import DAY_NAMES, DAY_WITH_MONTH, MONTH_NAMES


@dataclass(frozen=True, slots=True)
class EventWords:
    pattern: str  # on folded text
    label: str
    title_only: bool = False  # too common in the text (a film festival): in the title only
    hints: tuple[str, ...] | None = None  # one is in any folded text the pattern matches


# an edition's rank in words: « la dixième édition », « la nouvelle édition »
_RANKS = (
    r"(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|"
    r"dixieme|onzieme|douzieme|treizieme|quatorzieme|quinzieme|seizieme|vingtieme|trentieme|"
    r"nouvelle|prochaine)"
)

# a show's contests, entered on the day: a horse show, a show jumping or driving contest, an
# international event's code with its stars (« CSI 3* », « CAI*** »; not a « CDI », a job
# contract), a ploughing match (« concours cantonal de labour »), a county show (« comice
# agricole »), a lumberjack sport's contest: shared by the events' words and the calls' (such a
# « concours » is no contest one applies to)
SHOW_CONTEST_WORDS = EventWords(
    r"\bhorse shows?\b|\bconcours (?:(?:international|national|regional) )?(?:hippiques?|"
    r"d'attelage|de saut d'obstacles|de dressage|complet)\b|"
    r"\bc(?:s|d|a|e|ped)i ?(?:\d ?)?\*|"
    r"\bconcours (?:(?:cantonal|departemental|regional|national) )?(?:annuel )?de labours?\b|"
    r"\bfinales? (?:cantonale|departementale|regionale|nationale) de labours?\b|"
    r"\bcomices? agricoles?\b|"
    # (and a lumberjack sport's contest: « un concours national de bûcheronnage sportif demain,
    # samedi 28 septembre », « la seconde manche … du Championnat de France de Bûcheronnage »)
    r"\b(?:concours|championnats?|manches?|finales?|coupes?) (?:[\w'-]+ ){0,4}?de "
    r"(?:bucheronnage|coupe de bois sportive|decoupe sportive)\b|\btimbersports?\b|"
    r"\bbucheronnage sportif\b|"
    # (and a boules contest, played on its day by the teams that come: « Le SAM Pétanque organise
    # un concours officiel FFPJP en doublettes le : Samedi 27 mai 2023 », « la finale de la coupe
    # départementale de pétanque … ce week-end des 8 et 9 septembre »)
    r"\b(?:concours|championnats?|finales?|coupes?|grands? prix|nationals?|tournois?) "
    r"(?:[\w'-]+ ){0,3}?(?:de petanque|de boules|de jeu provencal|en doublettes?|"
    r"en triplettes?|en tete-a-tete)\b|"
    # (and an anglers' contest, fished on its day: « Samedi 13 avril, l'APPMA La Blaise de Wassy
    # organise son traditionnel concours de pêche à la truite … Les inscriptions seront reçues
    # jusqu'au vendredi 12 avril », « aura lieu le grand concours annuel de la Pêche saint-rémy
    # montaise, samedi 11 octobre »; a carp enduro: « un nouvel enduro de pêche à la carpe »)
    r"\b(?:concours|championnats?|grands? prix) (?:[\w'-]+ ){0,3}?de (?:la )?peche\b|"
    r"\benduros? (?:de (?:la )?)?(?:peche (?:a|de) la )?carpes?\b|"
    # (and a card contest, played on its day by the pairs that come: « Dimanche 12 janvier
    # après-midi, la société musicale … organise un concours de belote … Les inscriptions … seront
    # reçues à partir de 14 h 45 »)
    r"\b(?:concours|tournois?|championnats?|finales?) (?:[\w'-]+ ){0,3}?(?:de (?:la )?belote|"
    r"de tarot|de coinche|de manille)\b|"
    # (and a golf tournament, the charity's or the club's, played on its day by the teams that
    # register: "The 25th Annual Morongo Charity Golf Tournament … set to take place on Monday,
    # Oct. 18 … The registration deadline is Sept. 4", « La première sélection se tiendra ce
    # dimanche 9 juin au golf de la Grande Romanie », a club's « coupe du Président »; not the
    # sport's news, « le protocole sanitaire au golf »)
    r"\bgolf (?:tournaments?|tourneys?|outings?|classics?|scrambles?|challenges?|fundraisers?)\b|"
    r"\b(?:tournois?|competitions?|trophees?|coupes?|selections?) (?:[\w'-]+ ){0,3}?de golf\b|"
    r"\b(?:four|4|two|2)[- ](?:person|man|player) scrambles?\b|\bshotgun start\b|"
    # (and an anglers' derby or tournament, fished on its day by those who register: "The annual
    # Racquette Valley Fish and Game Club's ice fishing derby is set for Feb. 18", "the Big Nasty
    # Bass Tournament on Sept. 30", "The 3rd Annual Faith Bass Team Tournament", a kids' fishing
    # rodeo, an ice fishing contest; the English kin of « concours de pêche »)
    r"\b(?:fish(?:ing)?|bass|walleye|trout|catfish|crappie|pike|muskie|salmon) "
    r"(?:(?:team|fishing|open) )?(?:derby|derbies|tournaments?|tourneys?|rodeos?|contests?|"
    r"classics?)\b|"
    # (and a rodeo, the town's, the fair's or the school's, its contestants entered before its
    # day: "The Glenn County Sheriff's Posse Junior Rodeo is scheduled for 8:30 a.m. Saturday, Oct.
    # 6 … Entries must be postmarked by Sept. 21", "Hell on Hooves Rough Stock rodeo will kick up
    # some dust once again on Thursday", a stampede, a bull riding challenge; not the saying, "not
    # my first rodeo", a Beverly Hills street nor « les rodéos urbains », a police matter)
    r"\b(?<!first )(?<!isuzu )rodeos?\b(?! drive\b| (?:urbains?|sauvages?|motorises?|de (?:motos?|"
    r"quads?|voitures?))\b)|"
    r"\b(?:calgary|greeley|ponoka|(?:fair|days|rodeo) (?:and|&)) stampede\b|"
    r"\bstampede (?:rodeo|parade|grounds|park)s?\b|"
    r"\bbull riding (?:challenges?|events?|competitions?|finals?|tours?|classics?|series)\b|"
    r"\b(?:professional )?bull riders (?:of america|inc)\b|\bpbr (?:challenger|velocity|tour)\b|"
    # (and a fair's motor contest, its drivers entered on the day: "the NSW Demolition Derby
    # Championship … this Saturday night", "6:00pm Thursday, July 28, 2022 … Garden Tractor /
    # Tractor / Truck Pull", "On Aug. 3, the inaugural Mud Bog fundraiser will be held"; not a
    # truck that "pulls" into a station)
    r"\b(?:demolition|demo|figure[ -]8|figure[ -]eight|lawn ?mower|compact car|powder ?puff) "
    r"derb(?:y|ies)\b|\btractor (?:and truck )?pulls?\b|\btruck (?:and tractor )?pull\b|"
    r"\bmud ?bog(?:s|ging)?\b",
    "Compétition",
    hints=(
        "horse show", "concours", "i*", "i *", "i 1*", "i 2*", "i 3*", "i 4*", "i 5*",
        "de labour", "comice", "bucheronnage", "coupe de bois sportive", "decoupe sportive",
        "timbersport", "petanque", "de boules", "jeu provencal", "doublette", "triplette",
        "tete-a-tete", "peche", "enduro", "belote", "tarot", "coinche", "manille", "golf ",
        "de golf", "scramble", "shotgun start", "fish ", "fishing ", "bass ", "walleye ",
        "trout ", "crappie ", "pike ", "muskie ", "salmon ", "rodeo", "stampede", "bull riding",
        "bull riders", "pbr ", " derb", "tractor pull", "truck pull", "mud bog", "mudbog",
    ),
)  # fmt: skip


# a town's festival's hints, a careers night's, a farmers' festival's
_FETE_HINTS = (
    "fete du", "fete de", "fete des", "fetes d", "nuit de l'orientation", "nuit des",
    "nuit europeenne", "nuits des etoiles",
    "fete agricole", "fetes agricoles",
)  # fmt: skip
# a funfair's hints ("fair" with its year or its return: "Hull Fair 2023 is set to return", not
# the word alone, "fair use", "an affair")
_FUNFAIR_HINTS = (
    "forain", "ducasse", "kermesse", "patronale", "vogue", "funfair", "fun fair", "carnival",
    "fair &", "fair and rodeo", "fair 19", "fair 20", "fair is set", "fair will return",
    "fair returns",
)  # fmt: skip
# a charity sale's hints
_SALE_HINTS = (
    "book sale", "bake sale", "rummage sale", "yard sale", "garage sale", "plant sale",
    "jumble sale", "elephant sale", "vente de livres", "ventes de livres", "vente de charite",
    "ventes de charite", "vente de gateaux", "ventes de gateaux", "vente de plantes",
    "ventes de plantes", "livre d'occasion", "livres d'occasion", "vide-biblio", "vide biblio",
)  # fmt: skip
# a community meal's hints
_MEAL_HINTS = (
    "repas", "banquet", "lunch", "dinner", "reception", "breakfast", "pancake",
    "fish fr", "spaghetti", "barbecue", "bbq", "roast", "potluck", "pot-luck", "chili ", "supper",
)  # fmt: skip
# an outing's hints: its words, « marche » only with its kind (the folded « marché » is common)
_OUTING_HINTS = (
    "rando", "gourmande",
    *(f"marche{s} {kind}" for s in ("", "s") for kind in ("populaire", "nocturne")),
)  # fmt: skip
# a public meeting's hints
_MEETING_HINTS = (
    "reunion publique", "reunions publiques", "reunion d'habitants", "reunions d'habitants",
    "de quartier", "town hall", "town-hall", "townhall", "community meeting", "public meeting",
    "neighborhood meeting", "neighbourhood meeting", "listening session", "work session",
)  # fmt: skip
# a car show's hints: each of its vehicles before "show", the cruise nights' and the French
# words' endings
_CAR_SHOW_HINTS = (
    *(
        f"{what}{plural} show"
        for what in ("car", "auto", "truck", "motorcycle", "bike", "rod", "tractor")
        for plural in ("", "s")
    ),
    "cruise night", "cruise-in", "cruise in", "shine", "cars and coffee", "cars & coffee",
    "ancien", "de collection", "d'epoque", "auto-retro",
)  # fmt: skip
# a job fair's hints: each of its words before "fair" or "expo" (the bare words stand in most
# English texts: "affair", "fairly", "export")
_FAIR_HINTS = tuple(
    f"{who} {what}"
    for who in ("job", "jobs", "career", "careers", "hiring", "employment", "recruitment")
    for what in ("fair", "expo")
)

# a farmers market's first word, its apostrophe anywhere or nowhere: "farmers", "farmers'",
# "farmer's", « farmers’ »
_FARMERS = r"farmers?['’]?s?['’]?"

# what stands before a class's reunion: "class reunion", "alumni reunion", "50 Plus Reunion",
# "40th reunion", "40-year reunion", "2023 reunion", "the class of 1972's reunion" (looked back at
# from the word, each a lookbehind of its own width)
_REUNION_AFTER = "|".join(
    [
        f"(?<=\\b{word} reunion)"
        for word in (
            "class", "classes", "school", "alumni", "all-class", "multi-class", "plus", "annual",
            "joint", "golden", "silver", "anniversary", "homecoming",
        )
    ]
    + [
        r"(?<=\d(?:st|nd|rd|th) reunion)", r"(?<=\d-year reunion)", r"(?<=\d\d reunion)",
        r"(?<=\d\d's reunion)",
    ]
)  # fmt: skip

# a powwow, the tribe's, the college's or the society's, its dancers and drums come on its days
# ("The Red Star Intertribal Gourd Dance Society will host a Pow Wow from 12:30 to 10 p.m.
# Saturday, Oct. 19", "The 30th annual Trail of Tears Native American Pow Wow gets underway
# Saturday", a wacipi; not a film's "Powwow Highway", nor the season, the trail, a guide): its
# dance and drum contests are entered on the day, as a show's (``SHOW_CONTEST_WORDS``)
POWWOW_WORDS = EventWords(
    r"\bpow[- ]?wows?\b(?! (?:highway|season|trail|guide|etiquette|circuit|dates)\b)|\bwacipi\b",
    "Fête",
    hints=("powwow", "pow wow", "pow-wow", "wacipi"),
)

# a running race, run on its day whatever its registrations' closing (« Des centaines de coureurs
# sont attendus le 12 mai pour la 45e édition de la Foulée suresnoise », « la corrida pédestre de
# Lourdes se déroule samedi 10 décembre », "The eighth annual Florissa Family 5K will be Saturday,
# June 15, 2024", "will be holding a 5K fun run starting at 9 a.m. Saturday, May 12", a triathlon;
# not a sum,
# "a $5k prize", nor a screen's "5K resolution"): shared by the events' words and the calls', as
# ``SHOW_CONTEST_WORDS`` (a race's « challenge » is no contest one applies to)
RACE_WORDS = EventWords(
    r"\bfoulees?\b|\bcorridas? (?:pedestres?|de noel|de la saint-sylvestre)\b|"
    r"\bcourses? (?:a pied|pedestres?|nature|sur route|des lutins)\b|\brondes? de noel\b|"
    r"\bsemi-marathons?\b|\b(?<![$€£])(?:5|8|10|15)k\b(?! (?:followers|views|subscribers|"
    r"resolution|monitors?|tvs?|displays?|prizes?|grants?|awards?))|\bfun runs?\b|"
    r"\b(?:road|charity) races?\b|\bwalk/run\b|"
    # (and the multisport races: « La 15e édition du triathlon, revisitée cette année en
    # duathlon », "The 19th annual Presque Isle Triathlon will take place Saturday", the aquathlon,
    # the aquabike, the swimrun)
    # (not a word on the sport, « le triathlon mondial à l'arrêt »: a race named by its edition
    # or its kind, or told to take place)
    r"\b(?:annual|kids'?|youth|junior|children'?s'?|sprint|this year's|traditionnel|"
    r"organise son|organisera son|organisent leur) (?:[\w'&-]+ ){0,4}?(?:tri|du|aqu)athlons?\b|"
    r"\b(?:tri|du|aqu)athlons? (?:will (?:take place|be held|start|begin|kick off)|"
    r"is set (?:for|to)|set for|aura lieu|se deroulera|se tiendra)\b|\baquabikes?\b|"
    r"\bswim ?runs?\b|"
    # (and a village's soapbox race, its crews entered before or on the day: « accueillera pour la
    # première fois une descente de caisses à savon le dimanche 11 juin », « la course de caisses
    # à savon … samedi 23 septembre 2023 », "the first Classic Chevrolet Soapbox Derby Race on June
    # 30"; not the soap's crates, « des caisses de savon »)
    r"\b(?:courses?|descentes?|grand prix|rallyes?|derby) (?:de |des )?(?:caisses?|boites?) a "
    r"savons?\b|\bcaisses? a savons? (?:folkloriques? )?(?:sont de retour|reviennent|"
    r"(?:se )?(?:deroule|tiendr|aur)\w*)\b|\bsoap ?box derby\b(?! (?:car|cars|kits?)\b)",
    "Course",
    hints=(
        "foulee", "corrida", "course a pied", "courses a pied", "pedestre", "course nature",
        "courses nature", "sur route", "des lutins", "de noel", "marathon", "5k", "8k", "10k",
        "15k", "fun run", "road race", "charity race", "walk/run", "triathlon", "duathlon",
        "aquathlon", "aquabike", "swimrun", "swim run", "a savon", "soapbox", "soap box",
    ),
)  # fmt: skip
# the subjects a campus's or a city's « fest » names (« TechFest », "Hack Fest")
_FEST_WORDS = ("tech", "hack", "code", "pitch", "startup", "cyber", "data", "ai", "science")

EVENTS = (
    EventWords(
        r"\bwebinaires?\b|\bwebinars?\b|\bwebconference\b", "Webinaire", hints=("webin", "webconf")
    ),
    # (not a hairdresser's or a beautician's shop: « les instituts de beauté … et autres salons
    # d'esthétique peuvent enfin rouvrir ce mercredi 19 mai »)
    EventWords(
        r"\bsalons?\b(?! (?:de coiffure|d'esthetique|de beaute|de the|de massages?|de tatouage|"
        r"d'onglerie|de bronzage|de toilettage)\b)|\btrade (?:show|fair)\b|\bexpos?\b",
        "Salon",
        hints=("salon", "trade ", "expo"),
    ),
    # a job fair: "Career Fair (September) or Job Fair (February)", « le village des
    # recruteurs », « un job dating » (its exhibitors the employers)
    EventWords(
        r"\b(?:jobs?|careers?|hiring|employment|recruitment) (?:fairs?|expos?)\b|"
        r"\bjob ?datings?\b|\bvillages? des recruteurs\b",
        "Salon",
        hints=(*_FAIR_HINTS, "job dating", "jobdating", "des recruteurs"),
    ),
    # a health campaign's stands: « Deux villages d'information … seront montés à Alès les 13 et
    # 14 octobre » (not a village by its name: « le village de Saint-Vigor »)
    EventWords(
        r"\bvillages? (?:d'information|de (?:la )?prevention|sante|associatifs?|"
        r"des associations)\b",
        "Salon",
        hints=("village",),
    ),
    # « la Foire de Lyon », « foire-exposition » (not a site's « foire aux questions », nor a
    # square's name: « place du Champ-de-Foire »)
    EventWords(
        r"(?<!champ-de-)(?<!champ de )\bfoires?\b(?! aux questions)", "Salon", hints=("foire",)
    ),
    # and its English kin, the county's or the state's fair, its livestock and its midway: "The
    # county fair will run August 3 through 10", "2019 State Fair dates: Aug. 22 through Labor
    # Day", "The 140th Fayette County Fair will officially open on Monday", the fair told to open
    # ("The fair will open with a horse show on Wednesday evening"; not the state's "fair market
    # value", nor a fair price)
    EventWords(
        r"\b(?:county|state|district|agricultural|4-h|junior|youth|community|township|parish|"
        r"grange) fairs?\b(?! market)|"
        r"\b(?:the|this year's|annual) fair (?:will (?:open|run|begin|kick off)|opens|runs|begins|"
        r"kicks off)\b",
        "Salon",
        hints=(" fair",),
    ),
    EventWords(r"\bateliers?\b|\bworkshops?\b", "Atelier", hints=("atelier", "workshop")),
    # a repair workshop one brings one's things to: « Le prochain Repair'Café … se tiendra samedi
    # 15 novembre de 14 h à 18 h », « Répare café »
    EventWords(r"\brepai?re?[' -]?cafes?\b", "Atelier", hints=("repair", "repare")),
    EventWords(r"\bseminaires?\b|\bseminars?\b", "Séminaire", hints=("semina",)),
    EventWords(
        # (not a venue or a call: "conference centres", "conference call")
        r"\bconferences?\b(?! de presse| (?:centres?|centers?|rooms?|halls?|calls?)\b)"
        r"(?<!press conference)|\bcolloques?\b|\bsymposiums?\b|"
        # a talk's own page, its speaker as a field: « Mercredi, 25 mai 2016, 19 h … Conférencier :
        # L. Paul Bédard »
        r"\bconferenci(?:er|ere)s?\s?:",
        "Conférence",
        hints=("conference", "colloque", "symposium", "conferenci"),
    ),
    # an exhibition: "Information security exhibition to be held in HCM City in August" (after
    # the conference: "the Iran Smart City Exhibition and Conference" is a conference)
    EventWords(
        r"(?<!reed )(?<!informa )(?<!clarion )\bexhibitions?\b", "Salon", hints=("exhibition",)
    ),
    # a country's or a region's pavilion at a fair abroad: « 150 start-up exposeront sous le
    # pavillon français du 9 au 12 janvier » (not a house: « un pavillon de plain-pied »), and a
    # fair's venue
    EventWords(
        r"\bpavillons? (?:francais|france|regionaux|regional|collectifs?|nationaux|national)\b|"
        # a fair's venue: « Macfrut 2010 … qui se tiendra au parc des expositions de Cesena »
        r"\bparcs? des expositions\b",
        "Salon",
        hints=("pavillon", "parc des expositions", "parcs des expositions"),
    ),
    # not a website's forum: "reach out to us via the Discussion Forums", « forum d'entraide »
    EventWords(
        # (the word first, so that the regex engine jumps from one « f » to the next)
        r"\bforum(?<!discussion forum)(?<!community forum)(?<!support forum)(?<!help forum)"
        r"(?<!user forum)(?<!economic forum)s?\b"
        r"(?! (?:de discussion|d'entraide|d'aide)\b)|\bsommet\b|\bsummit\b",
        "Forum",
        hints=("forum", "sommet", "summit"),
    ),
    # « le congrès “Cyber…” », « congrès national »: not « le Congrès » that votes
    # (in English: "22nd Vienna Congress 2025", "World Congress", "Congress on …"; not "the
    # 118th Congress" that votes)
    # (and a congress named before its year: « le Congrès Bâtiment Durable 2016 qui débutera le
    # 14 septembre »; not « le Congrès américain en 2016 »)
    EventWords(
        r"\bcongres (?:de|du|des|national|international|annuel|europeen|mondial)\b|"
        r"\bcongres (?:(?!(?:americain|en|a|au|qui|le|la|les)\b)[a-z-]+ ){0,2}20\d\d\b|"
        r"\bcongres\s*[\"“«]|\bcongress (?:20\d\d|on)\b|\b(?:world|international|annual) "
        r"congress\b|"
        # a congress by its rank: « ce 78e congrès qui prendra place du 27 au 29 septembre » (not
        # the American « 118e Congrès »)
        r"\b\d{1,3} ?(?:e|eme|ieme) congres\b(?! (?:americain|des etats-unis)\b)",
        "Congrès",
        hints=("congres",),
    ),
    # (and its other names: "A techathon, also called a hackathon or codefest")
    EventWords(
        r"\b(?:hack|dat|tech)athons?\b|\bcodefests?\b",
        "Hackathon",
        hints=("hackathon", "datathon", "techathon", "codefest"),
    ),
    # a security competition: « Ce CTF se déroule du 25 novembre au 31 mars », "Capture The Flag",
    # "Telia Cyber Battle of Nordic-Baltics 2024 … final on November 1", "Estonia's top
    # cybersecurity competition", "a hacking contest"
    EventWords(
        r"\bctfs?\b|\bcapture the flag\b|\bcyber ?battles?\b|\b(?:hacking|cyber ?security|cyber "
        r"defen[cs]e) (?:competition|contest)s?\b",
        "Compétition",
        hints=("ctf", "capture the flag", "battle", "competition", "contest"),
    ),
    # the three-minute thesis contest, a public evening: « Le 3 juin prochain, aura lieu à Nancy
    # la finale nationale « Ma thèse en 180 secondes » »
    EventWords(
        r"\bma these en 180 secondes\b|\bmt180\b",
        "Compétition",
        hints=("180 secondes", "mt180"),
    ),
    # a trade's championship and its finals: « La finale nationale [du championnat de France de
    # soudure] se déroulera à Poitiers les 23 et 24 mai », « la compétition Les Meilleurs Soudeurs
    # de France … phases finales, qui auront lieu à Vierzon du 20 au 22 juin »
    EventWords(
        r"\bchampionnats? de france (?:de la |du |des |de |d')(?:soudure|soudage|brasage|"
        r"chaudronnerie|metiers?|apprentis?)\b|"
        # (and the building trades' regional or national ones: the « Championnat romand des
        # installateurs-électriciens », « Ce championnat aura lieu du 13 au 18 mars 2023 »)
        r"\bchampionnats? (?:de france |regionale? |nationale? |romand |suisse |europeen |"
        r"d'europe |du monde )?des (?:jeunes )?(?:installateurs-electriciens|electriciens|"
        r"plombiers|chauffagistes|menuisiers|charpentiers|couvreurs)\b|"
        r"\bmeilleurs (?:soudeurs|apprentis|ouvriers) de france\b|"
        # (and the florists' contests: « au concours du Meilleur Apprenti de France », not a
        # florist's title; « la Coupe Île-de-France des Artisans Fleuristes »)
        r"\bconcours (?:du |de )?(?:la )?meilleure? apprentie? de france\b|"
        r"\bcoupes? (?:de france |d'europe |du monde |regionale |ile-de-france )?des (?:artisans )?"
        r"fleuristes\b",
        "Compétition",
        hints=(
            "championnat de france",
            "championnats de france",
            "championnat romand",
            "championnat suisse",
            "championnat regional",
            "championnat national",
            "championnat europeen",
            "championnat d'europe",
            "championnat du monde",
            "championnat des",
            "championnats des",
            "meilleurs soudeurs",
            "meilleurs apprentis",
            "meilleurs ouvriers",
            "apprenti de france",
            "apprentie de france",
            "fleuristes",
        ),
    ),
    # a tournament or a race one enters, as its own page says it: « 40e Open International du
    # samedi 2 au vendredi 8 mars 2024 », « le 13e Open d'échecs », « Tournoi « Primavera » »,
    # « TRAIL DU ST JOSEPH / DIMANCHE 27 MAI 2018 » (in French: the English "tournament" is
    # most often sports news, "Clijsters hope on Aussie Open"); a charity run or walk: « Les
    # Foulées de la Rentrée 2023 auront lieu ce dimanche 1er octobre », « une randonnée de 8 km,
    # le samedi 18 octobre », « les marches et courses roses » (not « la marche à suivre »)
    EventWords(
        r"\btournois?\b|\bopen (?:international|d'echecs)\b|\btrail (?:du|de|des|d')|"
        r"\bsemi-marathons?\b|\bfoulees\b|"
        r"\b(?:courses?|marches?|randonnees?)(?: et (?:courses?|marches?|randonnees?))? "
        r"(?:roses?|solidaires?|caritatives?|au profit d|de \d{1,3} ?km\b)",
        "Compétition",
        hints=(
            "tournoi",
            "open international",
            "open d'echecs",
            "trail d",
            "semi-m",
            "foulees",
            "rose",
            "solidaire",
            "caritative",
            "au profit d",
            "km",
        ),
    ),
    # a horse show or an equestrian competition: « le Normandie Horse Show … du 21 au 23 juin
    # 2024 », « Concours International d'Attelage *** », « Du 7 au 10 avril : le CPEDI*** de
    # Deauville » (an international event's code with its stars); a ploughing match, a county
    # show (« Le comice agricole du Pays d'Evran, qui se tiendra au Quiou, samedi 2 septembre »)
    SHOW_CONTEST_WORDS,
    # a horse auction: « la vente de yearlings du mois d'août », « Vente aux enchères de chevaux »
    # (and in English: "the historic August Yearling Sale", "bloodstock sales")
    EventWords(
        r"\bventes? (?:de yearlings|aux encheres de (?:chevaux|pur-sang|yearlings))\b|"
        r"\b(?:yearling|bloodstock) sales?\b",
        "Vente aux enchères",
        hints=("yearlings", "aux encheres de", "yearling sale", "bloodstock sale"),
    ),
    # a flea market: « VIDE GRENIER 18 MAI 2025 », « BROCANTE DE PRINTEMPS Lundi 28 Mai »; a
    # farmers' market: « MARCHÉ DES PRODUCTEURS ET DES ARTISANS LOCAUX / Date - Mardi 4 Mai
    # 2021 » (not the energy market's « marché des producteurs d'électricité »)
    EventWords(
        r"\bvide[- ]greniers?\b|\bbrocantes?\b|\bmarches? (?:de |des )producteurs (?:de pays|"
        r"locaux|fermiers|et (?:des )?artisans)\b|\bmarches? (?:fermiers?|paysans?)\b|"
        # a producers' market that « se tiendra le samedi 11 avril »; the shopkeepers' « grande
        # braderie d'été » (not a price's « bradé »)
        r"\bmarches? (?:de |des )producteurs (?=(?:se tiendra|aura lieu|se deroulera)\b)|"
        r"\bbraderies?\b|"
        # a market of one produce or kind of goods: « Le marché de la truffe … retrouve ses
        # quartiers à Thionville ce samedi 11 octobre », « marché aux fleurs », « marché de
        # Noël » (not a trade's « marché de l'emploi »)
        r"\bmarches? (?:aux (?:truffes|puces|fleurs|plantes|livres|santons|vins|huitres)|"
        r"de (?:la truffe|noel))\b",
        "Événement",
        hints=(
            "vide-grenier",
            "vide grenier",
            "brocante",
            "des producteurs",
            "de producteurs",
            "marche fermier",
            "marches fermier",
            "marche paysan",
            "marches paysan",
            "braderie",
            "marche aux ",
            "marches aux ",
            "marche de la truffe",
            "marches de la truffe",
            "marche de noel",
            "marches de noel",
        ),
    ),
    EventWords(SCHOOLS, "École d'été", hints=("school", "ecole", "universite")),
    # a course that starts on its day: « Le Mooc en lui-même commence le 5 novembre », "The free
    # AI Boot Camp … will be held over four half-days on Saturdays beginning Oct. 23"
    EventWords(
        r"\bmoocs?\b|\bboot ?camps?\b", "Formation", hints=("mooc", "bootcamp", "boot camp")
    ),
    # « une soirée spéciale transdisciplinaire le 18 septembre », « soirée de lancement » (not
    # « dans la soirée du 3 mars », a time of day); a festival's opening night (« Vendredi 25
    # octobre, … à 20h30, soirée d'ouverture »)
    EventWords(
        r"\bsoirees? (?:speciale|de lancement|d'information|thematique|debat|conference|networking|"
        r"festive|d'echanges?|de rencontres?|de gala|d'ouverture|de cloture|inaugurale)s?\b",
        "Rencontre",
        hints=("soiree",),
    ),
    # an exhibition's opening, one is invited to: « Vernissage de l'exposition le samedi 26
    # octobre à 11 heures »
    EventWords(r"\bvernissages?\b", "Exposition", hints=("vernissage",)),
    # a concert: one in the title (« Concert de Noël demain en l'église Notre-Dame »; not a news
    # report's "rem concerts blighted by illness", its "gig rescheduled for 15 june"), or in the
    # text with its weekday and day in its sentence (« offre un concert de choix, dimanche 11
    # décembre à 16h30 »)
    EventWords(r"\bconcert\b", "Concert", title_only=True, hints=("concert",)),
    EventWords(
        rf"\bconcerts?\b"
        rf"(?=[^.!?]{{0,80}}?\b(?:{DAY_NAMES}),? \d{{1,2}}(?:er)? (?:{MONTH_NAMES})\b)",
        "Concert",
        hints=("concert",),
    ),
    # an awards ceremony: « la cérémonie de remise des prix se tiendra le 8 décembre à
    # Saint-Denis », « Cette 2ème édition (remise des prix le 10 novembre 2020) », « la 2ème
    # cérémonie des Trophées des Services à la personne »
    EventWords(
        r"\bceremonies? (?:officielles? )?(?:de (?:la )?remise (?:des|de|du) (?:prix|trophees?|"
        r"recompenses?)|des (?:trophees|prix|recompenses))\b|\bremises? (?:des|de|du) "
        r"(?:prix|trophees?)\b",
        "Remise de prix",
        hints=("ceremonie", "remise d"),
    ),
    # a graduation, the school's, the college's or the university's, its graduates come on its day
    # ("Commencement will take place at the stadium on Friday, June 5, 2026", "The Graduation
    # Ceremony for the Class of 2023 is scheduled to occur on Saturday, May 20, 2023", "the May 9
    # Commencement Ceremony", « la cérémonie de remise des diplômes »; not a graduation rate, nor
    # the works' commencement, nor « le commencement des travaux », a beginning)
    EventWords(
        r"\bcommencement (?:ceremon(?:y|ies)|exercises?|weekend|convocation)\b|"
        r"\bcommencement (?:19|20)\d\d\b|"
        r"\b(?:university[- ]?wide|campus[- ]?wide|college|spring|fall|winter|summer|may|december|"
        r"undergraduate|graduate|annual|(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)) commencement\b|"
        # (told bare, its graduates named after it: not a works' "commencement is set for May 4")
        r"\bcommencement (?:will (?:be held|take place|begin)|is (?:set|scheduled) for)\b"
        r"(?=[\s\S]{0,300}?\bgraduat)|"
        r"\bgraduation (?:ceremon(?:y|ies)|exercises?)\b|"
        r"\bgraduation (?:will (?:be held|take place|begin)|is (?:set|scheduled) for)\b|"
        r"\bclass of (?:19|20)\d\d(?:'s)? graduation\b|\bconvocation ceremon(?:y|ies)\b",
        "Remise des diplômes",
        hints=("commencement", "graduation", "convocation ceremon"),
    ),
    # (and in French, « la cérémonie de remise des diplômes »: its words first, so that the
    # search runs on their letters, « diplôme » alone being common)
    EventWords(r"remises? (?:des|de|du) diplomes?\b", "Remise des diplômes", hints=("remise",)),
    # a trade mission abroad, on its days: « Le dimanche 16 mai, la mission commerciale
    # s'ébranlera vers le Cameroun », « une mission de prospection au Vietnam du 18 au 24 juin »
    # (not a company's « mission », its purpose, nor a « mission économique », an embassy's office)
    EventWords(
        r"\bmissions? (?:commerciales?|de prospection|d'affaires|collectives? (?:a l'export|"
        r"a l'international|de prospection))\b",
        "Mission d'affaires",
        # (its own words: « mission » alone is in « commission », « émission », « transmission »)
        hints=(
            "mission commerciale",
            "missions commerciales",
            "de prospection",
            "mission d'affaires",
            "missions d'affaires",
            "mission collective",
            "missions collectives",
        ),
    ),
    # « convention d'affaires », « la convention annuelle », "annual convention": a meeting
    # (not « signer une convention », an agreement)
    EventWords(
        r"\bconventions? (?:d'affaires|annuelles?|nationales?|regionales?)\b|"
        # "The 11th European Blockchain Convention (EBC11) will gather global leaders"
        r"\b(?:annual|blockchain|crypto|tech|ai|cyber|cybersecurity|security|digital) "
        r"conventions?\b",
        "Rencontre",
        hints=("convention",),
    ),
    # « la 13 ème édition des Culturales se tient les 6 et 7 juin », "the 5th edition … will take
    # place": an edition that takes place (not « la 5e édition du guide », a book's); its rank in
    # words too (« la dixième édition du festival MaMa se déroulera du 16 au 18 octobre », « la
    # nouvelle édition a lieu du 11 au 13 octobre »)
    EventWords(
        # (and an edition by its year: « lors de l'édition 2019, qui se tiendra les 27 et 28
        # avril »)
        rf"\b(?:(?:\d{{1,3}} ?(?:e|eme|th|st|nd|rd)|{_RANKS}) edition|edition 20\d\d)\b"
        # (its verb past an apposition: « la deuxième édition du “Solar Event”, une manifestation
        # “unique en Europe” consacrée à l'énergie solaire, qui se déroulera du 26 au 28 juin »)
        r"(?=[^.!?]{0,120}?\b(?:"
        r"se tien(?:t|dra|nent|dront)|a lieu|aura lieu|auront lieu|se deroulera|takes place|will "
        # « la 21e édition du Safer Internet Day débute ce mardi 6 février »
        r"take place|will be held|is held|debute(?:ra)?|commence(?:ra)?|s'ouvr(?:e|ira)|begins|"
        r"starts|opens)\b|"
        # (or its days in apposition after its name: « La 9e édition de Design Parade, du 26 au 29
        # juin 2025, met à l'honneur la jeune création »)
        r" (?:de |du |des |d')[^.!?,;:()]{1,40}, (?:du|les?) \d)",
        "Rencontre",
        hints=("edition",),
    ),
    # the edition after its verb, its days before: « Du 9 au 15 juin 2024 aura lieu la 48ème
    # édition du Festival »
    EventWords(
        rf"\b(?:aura|auront|a) lieu (?:la|le) (?:\d{{1,3}} ?(?:e|eme|ieme)|{_RANKS}) edition\b",
        "Rencontre",
        hints=("lieu la", "lieu le"),
    ),
    # the edition a place will host: « Le 24 mars prochain, le palais des Beaux-arts accueillera la
    # 22e édition du concours jeunes créateurs »
    EventWords(
        rf"\b(?:accueillera|accueilleront|abritera|accueille) (?:la|sa|une) "
        rf"(?:\d{{1,3}} ?(?:e|eme|ieme)|{_RANKS}) edition\b",
        "Rencontre",
        hints=("accueill", "abritera"),
    ),
    # « alternant tables rondes », "a roundtable on AI", "a panel discussion": a panel one attends
    EventWords(
        r"\btables? rondes?\b|\bround ?tables?\b|\bpanel discussions?\b",
        "Rencontre",
        hints=("table ronde", "tables ronde", "round table", "roundtable", "panel discussion"),
    ),
    # "Dubai's AI Retreat", "the annual gathering": a meeting (not "intelligence gathering",
    # nor a market's retreat)
    EventWords(
        r"\b(?:ai|leadership|executive|annual|strategy|tech|innovation|cyber|blockchain) "
        r"retreats?\b|\b(?:annual|next|inaugural|yearly|global|international|regional) "
        r"gatherings?\b",
        "Rencontre",
        hints=("retreat", "gathering"),
    ),
    # a trade's world show by its noun: « Le « mondial de la machine agricole » démarrera ce 12
    # novembre », « le Mondial de l'automobile »
    EventWords(
        r"\b(?:le|du|au) (?:« )?mondial (?:de la|de l'|du|des)\b", "Salon", hints=("mondial d",)
    ),
    # "Digital Karnali Conclave", "Digital Nepal Conclave 2023": a gathering
    EventWords(r"\bconclaves?\b", "Rencontre", hints=("conclave",)),
    # a trade's meeting by its kind: « le rendez-vous international de la filière
    # agroalimentaire réunira » (not « prendre rendez-vous », an appointment)
    EventWords(
        r"\ble rendez-vous (?:international|national|europeen|mondial|regional|annuel|"
        r"incontournable|professionnel)\b|"
        # (and a club's next one, set on its day, as a report's last line gives it: « Concernant
        # l'APE, le prochain événement est calé le 12 mai avec une balade animée », « Le prochain
        # rendez-vous est fixé au samedi 12 mai »)
        r"\ble prochain (?:evenement|rendez-vous)(?= (?:est|sera) (?:cale|fixe|prevu|programme)"
        r" (?:le|au|pour le)\b)",
        "Rencontre",
        hints=("le rendez-vous", "le prochain "),
    ),
    # « les Assises nationales de l'intelligence artificielle », « les Assises de la
    # cybersécurité » (not a « cour d'assises du Calvados », a court)
    EventWords(
        r"(?<!cour d')\bassises (?:nationales|regionales|europeennes|internationales|de la|de l'|"
        r"du|des)\b",
        "Rencontre",
        hints=("assises",),
    ),
    # (not a press meeting: « lors d'une rencontre avec la presse, le 30 septembre », a press
    # conference, no event to attend; nor a time of day, « Samedi 20 janvier en fin de journée »,
    # « à longueur de journée »)
    EventWords(
        r"\brencontres?\b(?! (?:avec la|de|avec les) (?:presse|journalistes)\b)|\bmatinales?\b|"
        r"\bpetit-dejeuner\b|\b(?<!fin de )(?<!debut de )(?<!milieu de )(?<!cours de )"
        r"(?<!longueur de )journees?\b|\bmeetups?\b",
        "Rencontre",
        hints=("rencontre", "matinale", "petit-dejeuner", "journee", "meetup"),
    ),
    # « European Cyber Week », "AI Week", « la Semaine de l'Industrie »: a week named by its
    # subject, not "last week" nor « la semaine dernière »
    EventWords(
        # ("Cybersecurity Week 2024", the Caribbean's "CTU ICT Week 2025"; not SecurityWeek, a
        # news site)
        r"\b(?:cyber|cybersecurity|ai|ia|ict|tech|digital|numerique|innovation|startups?|"
        r"blockchain|crypto|"
        # (« la semaine belgo-européenne de l'IA »: a word between)
        # (and the trades' weeks: « la Fashion Week », « la Paris Design Week », and the month of
        # the fashion shows, « le Fashion Month »)
        r"data|industrie|industry|fashion|design)[ -]?weeks?\b|\bfashion month\b|"
        # (and "National Small Business Week", not Bloomberg's "Businessweek")
        r"\b(?:small business|entrepreneurship) weeks?\b|"
        # (and the national transfer week: « une “Semaine” de la transmission-reprise, du 14 au
        # 27 novembre », its quote glued)
        r"\bsemaines?[”\"»]? (?:[\w-]+ )?(?:de l'|du |de la |des )(?:industrie|transmission|"
        r"numerique|cybersecurite|innovation|ia|intelligence artificielle|data|donnees|sciences?|"
        # (and « la Semaine Nationale de l'Artisanat se tiendra du 16 au 23 mars 2019 », « la
        # Semaine nationale de l'apprentissage dans l'artisanat est organisée … du 27 janvier »)
        r"code|startups?|entrepreneuriat|emploi|metiers|artisanat|apprentissage|alternance|"
        # (and the care trades' weeks: « la Semaine Nationale de la Petite Enfance donne
        # rendez-vous du 18 au 24 mars prochains », « Semaine des aidant.es »)
        r"petite enfance|aidant(?:s|\.?es)?)\b|"
        # the European weeks: « la Semaine européenne du sport, organisée du 7 au 13 septembre »,
        # « la Semaine européenne de la vaccination » (not a weekly's « la semaine du sport »)
        # (and « la Semaine européenne pour l'emploi des personnes handicapées »)
        r"\bsemaines? europeennes? (?:du sport|de la vaccination|de la mobilite|du developpement "
        r"durable|de la reduction des dechets|(?:pour|de) l'emploi des personnes handicapees)\b|"
        # (and a trade's international week, a show by its name: « La semaine internationale du
        # transport et de la logistique (SITL, du 23 au 26 mars 2010 …) »)
        r"\bsemaines? internationales? (?:du|de la|de l'|des) ",
        "Semaine thématique",
        hints=(
            "week",
            "fashion month",
            "semaine internationale",
            "semaines internationales",
            "semaine d",
            "semaines d",
            "europeenne de",
            "europeenne du",
            "europeenne pour",
            "de l'artisanat",
            "de l'apprentissage",
            "de l'alternance",
            "de la transmission",
            "petite enfance",
            "des aidant",
        ),
    ),
    # the social economy's month, its launch or its days: « Le top départ de la 14e édition du
    # Mois de l'ESS sera donné dès lundi 1er novembre » (a programme of days, not an awareness
    # month's frame)
    EventWords(
        r"\bmois de l'(?:ess|economie sociale et solidaire)\b",
        "Mois thématique",
        hints=("mois de l'e",),
    ),
    # an awareness week: "The theme of the awareness week, which will take place from 24
    # February", « la semaine de sensibilisation » (not an awareness month, its events' frame)
    # (and the mental health information weeks: « les Semaines d'information sur la santé
    # mentale (SISM) se tiennent du 6 au 19 octobre 2025 »)
    EventWords(
        r"\bawareness weeks?\b|\bsemaines? de (?:la )?sensibilisation\b|"
        r"\bsemaines? d'information sur\b",
        "Semaine thématique",
        hints=("awareness", "sensibilisation", "d'information sur"),
    ),
    # the Safer Internet Day (« la journée mondiale de l'Internet sans crainte »): the field's
    # day of awareness, its workshops and webinars through February; the Data Protection Day of
    # 28 January (« Journée européenne de la protection des données », "Data Privacy Day")
    EventWords(
        r"\bsafer internet days?\b|\bjournee (?:mondiale|internationale|europeenne) (?:de "
        r"l'internet sans crainte|pour un internet plus sur)\b|\bdata (?:protection|privacy) "
        r"days?\b|\bjournees? (?:europeenne )?(?:de|pour) (?:la )?protection des donnees\b",
        "Journée thématique",
        hints=(
            "safer internet day",
            "internet sans crainte",
            "internet plus sur",
            "protection day",
            "privacy day",
            "de la protection des donnees",
            "pour la protection des donnees",
        ),
    ),
    # the day employers take on a disabled person as a pair for a day: « L'édition du DuoDay
    # 2020 aura lieu le 19 novembre »
    EventWords(r"\bduo ?days?\b", "Journée thématique", hints=("duoday", "duo day")),
    # any other observance day its title names: "September 1 is International Women in Cyber
    # Day" (in the title only: a text names such days in passing)
    EventWords(
        r"\b(?:international|world|global) (?:[\w'-]+ ){1,4}?day\b",
        "Journée thématique",
        title_only=True,
        hints=("international ", "world ", "global "),
    ),
    # "Security Days", "Swiss Cyber Security Days", "AI Days": days named by their subject; a
    # day of one ("AI Governance Day" on 29 May, before the AI for Good Summit)
    EventWords(
        r"\b(?:cyber|security|securite|ai|ia|tech|digital|numerique|innovation|blockchain|"
        r"crypto|data)[ -]?days\b|\b(?:ai|cyber|cybersecurity|blockchain) (?:governance|security|"
        r"safety) day\b",
        "Rencontre",
        hints=("days", "governance day", "security day", "safety day"),
    ),
    # "a live educational session on June 17", « réunion d'information le 3 mars »: a
    # session one attends (not a parliament's or an exam's); a chamber's « information
    # collective est prévue à Saumur, mardi 7 février à 18 heures »
    EventWords(
        r"\b(?:information|info|informational|educational|training|live|virtual|online|q&a) "
        r"sessions?\b|\b(?:seances?|sessions?|reunions?) d'information\b|"
        r"\binformations? collectives?\b",
        "Rencontre",
        hints=("session", "d'information", "information collective", "informations collectives"),
    ),
    # a parliament's "oral evidence session", a public hearing (« audience publique »): a
    # session one may attend
    EventWords(
        r"\b(?:oral )?evidence sessions?\b|\bpublic hearings?\b|\baudiences? publiques?\b",
        "Rencontre",
        hints=("evidence session", "public hearing", "audience publique", "audiences publique"),
    ),
    # "Horizon Europe Info Days", "a national information day"
    EventWords(
        r"\b(?:info|information) days?\b", "Rencontre", hints=("info day", "information day")
    ),
    # "Next Session July 10th", « prochaine session le 12 mars »: a meeting's next date
    EventWords(
        r"\bnext sessions?\b|\bprochaines? sessions?\b",
        "Rencontre",
        hints=("next session", "prochaine session", "prochaines session"),
    ),
    # « L'événement CYBER-DÉCISION, organisé le 12 février », « l'événement débutera le », "The
    # event is kicking off on June 8th": an event said with its day (not « un événement
    # majeur », nor « l'événement a réuni », nor "the event was held")
    EventWords(
        r"\b(?:l'|cet )evenement\b(?=[^.!?]{0,60}?\b(?:organisee?|prevue?|programmee?) "
        r"(?:le|les|du)\b| (?:debute(?:ra)?|commence(?:ra)?)\b|"
        # « L'événement se tient cette année du 16 juillet au 20 août »
        r" se (?:tient|tiendra|deroule(?:ra)?)(?: cette annee| en \d{4})? (?:le|les|du)\b)|"
        r"\ban event coming up\b|"  # "an event coming up in Toronto on November 13th"
        r"\b(?:the|this|our) event\b(?= (?:is |will )?(?:kicking off|kicks off|kick off|starts?|"
        # "By the time the event takes place November 12-14" (not "the event took place")
        r"begins?|runs|takes place|take place|is held|be held)\b)",
        "Événement",
        hints=(
            "l'evenement",
            "cet evenement",
            "event is",
            "event will",
            "event kick",
            "event start",
            "event begin",
            "event run",
            "event take",
            "event coming",
        ),
    ),
    # an event said by its form: "Internal event / 8 February 2024, 09:00", "a free online event
    # on 3 March" (not "public events", "a major event")
    EventWords(
        r"\b(?:online|virtual|hybrid|in-person|internal|free|networking) event\b",
        "Événement",
        hints=(
            "online event",
            "virtual event",
            "hybrid event",
            "in-person event",
            "internal event",
            "free event",
            "networking event",
        ),
    ),
    # a lecture or a talk one attends: "The Minerva Lecture Series", "the next lecture will take
    # place … on 25 April", "public lectures", "BBC Reith Lectures" (English forms only: the
    # French « lecture » is reading, « lecture publique » a library's)
    EventWords(
        r"\blectures? series\b|\b(?:public|guest|keynote|memorial|annual|evening|free|inaugural|"
        r"distinguished|reith) lectures?\b|\b(?:the|this|next|first|our) lecture (?:will|is|"
        r"starts|begins|takes)\b|\blecture starts\b|\b(?:public|evening|lunchtime|guest|free) "
        r"talks?\b",
        "Conférence",
        hints=(
            "lecture",
            "public talk",
            "evening talk",
            "lunchtime talk",
            "guest talk",
            "free talk",
        ),
    ),
    # "Who's to blame when Artificial Intelligence goes wrong? A debate" (in the title only:
    # the text's "debate" is most often about a policy)
    EventWords(
        r"\b(?:a|public|live|open|panel) debate\b", "Rencontre", title_only=True, hints=("debate",)
    ),
    EventWords(r"\bfestivals?\b", "Festival", title_only=True, hints=("festival",)),
    # (and in the text, a festival announced by its verb: « Le festival international des
    # cerfs-volants revient à Dieppe du 13 au 21 septembre 2025 », "the festival will take
    # place"; not « le festival de Cannes », a festival named alone)
    EventWords(
        r"\bfestivals?\b(?=[^.!?]{0,80}?\b(?:revient|reviendra|se tien(?:t|dra)|a lieu|aura lieu|"
        r"se deroule(?:ra)?|takes place|will take place|will be held|is held|returns)\b)|"
        # (and its organiser's verb before it: « cette formidable école de cirque organisera un
        # grand festival dédié aux arts circassiens, du 28 septembre au 3 novembre »; not once
        # held, « a organisé un festival »)
        r"(?<!\ba )(?<!\bont )(?<!avait )(?<!avaient )(?<!\bete )\borganis(?:e|era|ent|eront) "
        r"(?:un|une|le|la|son|sa|leur|ses|leurs) (?:[\w'-]+ ){0,3}?festivals?\b",
        "Festival",
        hints=("festival",),
    ),
    # an air show: « à l'occasion du meeting aérien Des étoiles et des ailes … les 24 et 25
    # septembre », « un spectacle aérien sur la base aérienne 701, les 20 et 21 mai » (not a
    # business « meeting », an English word in French texts)
    EventWords(
        r"\bmeetings? (?:aeriens?|de l'air|aeronautiques?)\b|\b(?:spectacles?|shows?) aeriens?\b",
        "Fête",
        hints=("meeting", "aerien"),
    ),
    # a campus's or a city's tech fest: "TechFest is an annual event … held at 12 p.m. Friday,
    # April 14"
    EventWords(
        rf"\b(?:{'|'.join(_FEST_WORDS)}) ?fests?\b",
        "Festival",
        hints=("fest ", "fests", "fest.", "fest,"),  # not a festival's
    ),
    # a science festival's days (« Fête de la science », « Village des sciences »); a campus's or
    # a lab's open days; an exhibition announced (« la nouvelle exposition du Quai des Savoirs,
    # « IA double Je », ouvrira ses portes », not « l'exposition aux risques »)
    EventWords(
        r"\bfetes? de la science\b|\bvillages? des sciences\b",
        "Festival",
        hints=("fete de la science", "fetes de la science", "village"),
    ),
    # (and « 43 Centres de formation des apprentis ouvrent leurs portes samedi 14 mars »)
    EventWords(
        # (and « 42 fermes ouvrent gratuitement leurs portes au grand public »)
        r"\bportes ouvertes\b|\bopen days?\b|\bopen house\b|"
        r"\bouvr(?:ent|iront)(?: \w+ment)? leurs portes\b",
        "Portes ouvertes",
        hints=("portes ouvertes", "open day", "open house", "leurs portes"),
    ),
    # a town's or a trade's festival: « Fête du cidre, 12 et 13 novembre », « la Fête de la
    # Pomme, du Cidre et du Fromage, le dimanche 27 octobre » (not a holiday: « la fête des
    # pères », « les fêtes de fin d'année »); a careers night (« la Nuit de l'Orientation »)
    EventWords(
        r"\bfetes? (?:du|de la|des|de l') ?(?!(?:meres|peres|grands-(?:meres|peres)|travail|"
        r"fin d'annee|noel|paques|saint-valentin|nouvel an|rois|morts|toussaint|victoire|"
        r"armistice|republique|science)\b)[\w-]|\bnuits? (?:de l'orientation|des musees)\b|"
        # (and the astronomers' « Nuits des étoiles »: « une seconde soirée d'observation dans le
        # cadre des nuits des étoiles. Elle se déroulera … le samedi 22 août »)
        r"\bnuits? des etoiles\b|"
        # (and « la Nuit européenne des chercheur.e.s », « la Nuit des chercheurs »)
        r"\bnuits? (?:europeenne )?des chercheur|"
        # (and the young farmers' « plus grande fête agricole de plein air d'Europe »)
        r"\bfetes? agricoles?\b",
        "Fête",
        hints=_FETE_HINTS,
    ),
    # a carnival: « CARNAVAL & CHARS … Le 28 mars 2026 », « Le vendredi 28 mars, les enfants …
    # défileront … où Monsieur Carnaval sera brûlé » (and an address's « carnaval2017 »)
    EventWords(r"\bcarnavals?(?:\b|(?=\d))", "Fête", hints=("carnaval",)),
    # a firework and the evening it ends, the national day's or a feast's (« le feu d'artifice de
    # Limoges sera tiré le jeudi 13 juillet », « à 22h30, sera tiré le grand feu d'artifice au
    # stade », « retraite aux flambeaux », « bal populaire »)
    EventWords(
        r"\bfeux? d'artifices?\b|\bspectacles? pyrotechniques?\b|\bretraites? aux flambeaux\b|"
        r"\bbals? populaires?\b|"
        # (and a town's festivities, not the year's end: « Saverdun. Les festivités débutent
        # demain »; not « les festivités de fin d'année »)
        r"\bfestivites\b(?! (?:de (?:fin d'annee|noel|paques)|du nouvel an))",
        "Fête",
        hints=("artifice", "pyrotechni", "flambeaux", "populaire", "festivites"),
    ),
    # a dance, the elders' or the village's (« Le prochain thé dansant est d'ores et déjà
    # annoncé. Il se déroulera le dimanche 16 mars », « le repas dansant le 25 mars 2023 », « les
    # seniors … sont invités à danser » at their « goûter des seniors »)
    EventWords(
        r"\bthes? dansants?\b|\brepas dansants?\b|\bapres-midi dansante?s?\b|"
        r"\bsoirees? dansantes?\b|\bbals? (?:musette|disco|folk|trad|gratuit)s?\b|"
        r"\bgouters? (?:dansants?|des (?:aines|seniors|anciens))\b",
        "Bal",
        hints=("dansant", "bal ", "bals ", "gouter"),
    ),
    # the Téléthon's days, the nation's weekend and a village's own (« Le traditionnel repas
    # truffade du Téléthon … aura lieu le samedi 9 décembre », « Le Téléthon a lieu cette année
    # les 7 et 8 décembre »)
    EventWords(r"\btelethon\b", "Fête", hints=("telethon",)),
    # a New Year's greetings ceremony, the town's, the council's or the chamber's (« la cérémonie
    # des vœux », « les vœux du maire à la population »), and its Canadian kin, the New Year's
    # levee ("the Mayor's Levee on Saturday, January 7, 2017", "The 2020 New Year's Levee will be
    # held … Sunday, Jan. 5"; not a river's levee, an embankment; nor a ceremony given up, « pas
    # de cérémonie des vœux cette année »)
    EventWords(
        r"\b(?<!pas de )ceremonies? (?:des|de) v(?:oe|œ)ux\b|"
        r"\bv(?:oe|œ)ux (?:du maire|de la municipalite|du conseil municipal|a la population|"
        r"aux habitants|aux forces vives|au monde economique|aux acteurs economiques|"
        r"aux entreprises|consulaires)\b|"
        r"\b(?:new year's|mayor's|civic|legion) (?:(?:day|civic) )?levees?\b",
        "Vœux",
        hints=("vœux", "voeux", "levee"),
    ),
    # a commemoration at the war memorial, the nation's days (« la cérémonie du jeudi 11 novembre
    # 2021, en commémoration du 103ème anniversaire de l'armistice », « Commémoration de
    # l'Armistice du 8 mai 1945 … Ces manifestations se dérouleront le mercredi 8 mai 2019 »), and
    # its English kin ("Racine's Memorial Day Parade steps off at 10 a.m. Monday, May 29",
    # "Remembrance Day ceremonies", "the Anzac Day dawn service")
    EventWords(
        r"\bcommemorations?\b|\bceremonies? (?:commemoratives?|patriotiques?|du souvenir|"
        r"(?:du|de l'armistice du) (?:8 mai|11 novembre|14 juillet|19 mars|18 juin)|"
        r"de l'armistice)\b|\bdepots? de gerbes?\b|"
        r"\b(?:memorial day|remembrance day|veterans day|armistice day|anzac day) (?:parades?|"
        r"ceremon(?:y|ies)|services?|march(?:es)?|observances?)\b|\bdawn services?\b",
        "Commémoration",
        hints=(
            "commemoration",
            "ceremonie",
            "gerbe",
            "day parade",
            "day ceremon",
            "day service",
            "day march",
            "day observance",
            "dawn service",
        ),
    ),
    # an Easter egg hunt, the town's, the parents' or the club's (« Le rendez-vous est fixé au lundi
    # 17 avril, au Parc des Dryades pour cette chasse aux œufs XXL », "The annual Easter Egg Hunt
    # sponsored by the Delta Lions Club will be held on Easter Sunday, April 1, 2018")
    EventWords(
        r"\bchasses? (?:aux (?:oe|œ)ufs|a l'(?:oe|œ)uf)\b|\begg hunts?\b|\beggstravaganza\b",
        "Fête",
        hints=("chasse", "egg hunt", "eggstravaganza"),
    ),
    # Halloween's parties, parades and trails (« A l'occasion de la fête d'Halloween, vendredi 31
    # octobre, les enfants feront le tour du village », « le défilé d'Halloween … dimanche 31
    # octobre à partir de 17h », "Trunk or Treat will be held on Monday, October 31st", "will host
    # its 22nd annual Trunk or Treat on Sunday, Oct. 12")
    EventWords(
        r"\btrunk[- ]or[- ]treats?\b|\btrick[- ]or[- ]treat(?:ing)?\b|"
        r"\bhalloween (?:party|parties|parade|festival|bash|carnival|celebration|dance|trail|"
        r"walk)s?\b|\b(?:fete|defile|soiree|bal|parade|boum|gouter|nuit) d'halloween\b|"
        r"\bsoiree halloween\b|\bchasse aux bonbons\b|\bbeggar'?s'? night\b",
        "Fête",
        hints=("treat", "halloween", "bonbons", "beggar"),
    ),
    # a midsummer feast: the Saint-Jean bonfire and its evening (« Ce samedi, le Comité des fêtes
    # organise sa fameuse soirée champêtre avec feu de Saint-Jean »), the Nordic midsommar ("Nordic
    # Midsummer Fest - June 23rd, 2024", "Scandinavian Midsommar 2025 … Jun 22, 2025")
    EventWords(
        r"\b(?:feux?|fetes?) de (?:la )?(?:saint|st)[- ]jean\b|\bsoirees? champetres?\b|"
        r"\bmidsommar(?:fest|dag)?\b|\bmidsummer (?:fest|festival|celebration|eve|party|"
        r"bonfire)s?\b",
        "Fête",
        hints=("jean", "champetre", "midsommar", "midsummer"),
    ),
    RACE_WORDS,
    # an association's outing, walked or ridden on its day by those who come (« leur randonnée VTT
    # et pédestre des gorges de l'Aveyron, ce dimanche 11 juin », « La 6e Rando Gourmande … se
    # déroulera cette année le dimanche 28 juin », « les «Promenades gourmandes» prévues de caves
    # en caves le 8 octobre », a « marche populaire », a « grande semaine de randonnée »; not a
    # hiker's « randonnée » alone, nor « la marche à suivre »)
    EventWords(
        r"\b(?:randonnees?|randos?)(?: (?:vtt|pedestres?|cyclo(?:touristes?)?|equestres?|"
        r"gourmandes?|nocturnes?|semi-nocturnes?|familiales?))+(?: et (?:vtt|pedestres?))?\b|"
        r"\bmarches? (?:gourmandes?|populaires?|nocturnes?)\b|"
        r"\b(?:balades?|promenades?) gourmandes?\b|"
        r"\b(?:journees? du randonneur|fetes? de la rando(?:nnee)?|"
        r"semaines? de (?:la )?randonnee)\b",
        "Randonnée",
        hints=_OUTING_HINTS,
    ),
    # St. Patrick's Day's parades, festivals and evenings ("The parade will kick off on Saturday,
    # March 13", "the 2024 celebration will be held on March 16", « Soirée Saint-Patrick ce samedi
    # 16 mars », « On célèbre la Saint-Patrick ce vendredi 17 mars »; not the saint's day named)
    EventWords(
        r"\b(?:st\.?|saint)[- ]patrick'?s?'? (?:day )?(?:parade|festival|celebration|party|fest)s?"
        r"\b|\bst\.? paddy'?s'? (?:day )?(?:parade|festival|fest|party)s?\b|"
        r"\b(?:soirees?|fetes?|bals?|repas) (?:de la |de )?(?:saint|st)[- ]patrick\b|"
        r"\b(?:feter|celebrer|celebre|celebrent) la (?:saint|st)[- ]patrick\b",
        "Fête",
        hints=("patrick", "paddy"),
    ),
    # the elders' banquets and the season's community meals (« le repas des aînés », "The El
    # Dorado Springs Senior Center will hold a Deck the Halls Christmas luncheon … Friday, Dec.
    # 13", "Northshire Seniors will be holding a holiday dinner at noon on Dec. 12", "The lunch
    # will be held … on December 25")
    EventWords(
        r"\brepas (?:des (?:aines|anciens|seniors)|de fin d'annee des aines)\b|"
        r"\bbanquets? des (?:aines|anciens)\b|\b(?:christmas|holiday|thanksgiving|senior|"
        r"seniors'?|christmas day|community christmas) (?:luncheon|lunch|dinner|reception)s?\b|"
        # (and the clubs', the churches' and the fire companies' fundraising meals: "the 39th
        # annual pancake breakfast at Tracy fire Station 91 on Oct. 6", "The annual Spaghetti
        # Supper will be from 5:30 p.m.- 9 p.m. on Nov. 15", "The Walworth Fire Department's
        # Chicken Barbecue starts at 11 a.m., Saturday, June 30", a fish fry, a potluck, a chili
        # cook-off; not "fish dinners" on Fridays in general, nor a chicken's barbecue sauce)
        r"\b(?:pancake|flapjack|waffle|community|firem[ae]n'?s'?|firefighters'?) breakfasts?\b|"
        r"\bpancake (?:feeds?|suppers?|days?)\b|\bfish (?:fry|fries|frys)\b|"
        r"\bspaghetti (?:dinners?|suppers?|days?|feeds?)\b|"
        r"\b(?:chicken|pork|rib|ox) (?:barbecues?|bbqs?|roasts?)\b(?! sauces?)|"
        r"\b(?:barbecue|bbq) chicken (?:dinners?|plates?|fundraisers?)\b|"
        r"\bpot-?lucks?(?: (?:dinners?|suppers?|lunch(?:eon)?s?|meals?))?\b|"
        r"\bchili (?:cook-?offs?|suppers?|feeds?)\b|"
        r"\b(?:community|church|harvest|turkey|ham and bean|oyster|soup) suppers?\b",
        "Repas",
        hints=_MEAL_HINTS,
    ),
    # a funfair, the town's, the parish's or the county's (« la fête foraine fait son retour … à
    # partir de ce samedi 23 octobre », « la vogue annuelle commencera vendredi 28 août », "the
    # annual Holy Trinity Parish Carnival makes a triumphant return from Wednesday August 4", "The
    # carnival will be in operation July 26th-29th", "Hull Fair 2023 is set to return from
    # Friday, October 6"; not a cruise line's name, nor « la vogue du télétravail », a fashion,
    # nor a fair given up: « il n'y aura pas de fête foraine de printemps cette année »)
    EventWords(
        r"\b(?<!pas de )fetes? foraines?\b|\battractions foraines\b|\bducasses?\b|\bkermesses?\b|"
        r"\bfetes? patronales?\b|\bvogues? (?:annuelles?|des marrons|de (?:la )?(?:saint|st)-)|"
        r"\btraditionnelles? vogues?\b|"
        r"\bfun ?fairs?\b|\b(?:parish|church|school|firem[ae]n'?s'?|community|spring|summer|fall|"
        r"travell?ing) carnivals?\b|\bcarnival (?:will (?:be (?:open|held|in operation)|open|"
        r"run|return)|opens|runs|returns|is coming)\b|\bfair (?:&|and) rodeo\b|"
        r"\bfair (?:(?:19|20)\d\d )?(?:is set to return|will return|"
        r"returns to (?:the city|town))\b",
        "Fête",
        hints=_FUNFAIR_HINTS,
    ),
    # a public meeting, the town's or the elected member's (« Elle aura lieu lundi 15 avril 2019 à
    # 19h » below « la commune propose une réunion publique », « les réunions de quartier », "U.S.
    # Rep. Andy Harris … will hold a town hall meeting … on Friday, March 31", "city officials are
    # looking at holding a community meeting Wednesday, Oct. 19", "a special Joint Work Session …
    # on Thursday, April 29th"; not the building, "will be at town hall, 6 Park Row")
    EventWords(
        r"\breunions? (?:publiques?|de quartiers?|d'habitants)\b|\b(?:conseils?|rencontres?) de "
        r"quartiers?\b|\btown[- ]?hall (?:meetings?|forums?|sessions?)\b|"
        r"\b(?:host|hold|hosts|holds|hosting|holding) (?:a |an |the |their |his |her )?"
        r"(?:[\w-]+ ){0,2}?town[- ]?halls?\b|\b(?:community|public|neighbou?rhood) meetings?\b|"
        r"\blistening sessions?\b|\b(?:joint |special )?work sessions?\b",
        "Réunion publique",
        hints=_MEETING_HINTS,
    ),
    # a charity sale, the library's friends', the church's, the garden club's (« Le Marché du
    # livre d'occasion se déroulera … du jeudi 23 au samedi 25 mai 2024 », "St. John's … will
    # host its annual rummage and bake sale on May 14 and 15", "the Annual Book Sale fundraiser,
    # which will be held on Saturday", "the annual Community Yard Sale, set for Saturday, May
    # 18"; not the trade's "book sales rose 5%")
    EventWords(
        r"\b(?:book|bake|rummage|yard|garage|plant|jumble|white elephant) sale\b|"
        r"\b(?:bake|rummage|yard|plant) sales\b|"
        r"\bventes? (?:de livres|de charite|de gateaux|de plantes)\b|"
        r"\bmarches? (?:du|aux) livres? d'occasion\b|\bvide[- ]bibliotheques?\b",
        "Vente",
        hints=_SALE_HINTS,
    ),
    # a car show, the club's or the charity's, its cars judged on its day by those who come
    # (« Dimanche 24 septembre, les voitures anciennes seront de sortie … le 12e rendez-vous des
    # véhicules anciens », "Dixie Car Club will hold its 41st annual Car Show Oct. 5", "to host
    # its fifth annual Car/Motorcycle show at noon Sunday, Sept. 8", a cruise night, a show and
    # shine, a cars and coffee; not a dealer's "show car")
    EventWords(
        r"\b(?:car|cars|auto|truck|motorcycle|hot rod|street rod|tractor)"
        r"(?: ?(?:and|&|/) ?(?:truck|motorcycle|bike|tractor)s?)? shows?\b|"
        r"\bcruise[- ](?:nights?|ins?)\b|\bshow (?:and|&|'n'?|n) shine\b|"
        r"\bcars (?:and|&) coffee\b|"
        r"\b(?:rassemblements?|expositions?|rendez-vous|festivals?|concentrations?|journees?) "
        r"(?:de |des |du )(?:belles )?(?:voitures?|vehicules?|autos?|motos?|automobiles?)"
        r"(?: et (?:de )?(?:voitures?|motos?))? (?:anciens?|anciennes?|de collection|d'epoque)\b|"
        r"\bauto-retro\b",
        "Exposition",
        hints=_CAR_SHOW_HINTS,
    ),
    # a makers' market, the church's, the school's or the guild's (a holiday craft fair, "St.
    # Luke's to hold annual bazaar … On Saturday, Nov. 19", "Craft Fair and Harvest Bazaar is set
    # to run from 9 a.m. to 4 p.m. Saturday (Nov. 16)", « le marché artisanal »; not a fashion
    # magazine's "Bazaar")
    EventWords(
        r"\b(?:arts? (?:and|&) )?crafts? (?:fairs?|shows?|festivals?|bazaars?|sales?|markets?)\b|"
        r"\b(?:church|holiday|christmas|harvest|fall|autumn|spring|annual|craft|bake|white "
        r"elephant|rummage|hospital|school) bazaars?\b|\b(?:holiday|christmas) fairs?\b|"
        r"\bmarches? (?:artisanaux|artisanal|d'artisans?|de createurs)\b",
        "Vente",
        hints=("craft", "bazaar", "holiday fair", "christmas fair", "artisan", "createurs"),
    ),
    # and a quilters' guild's show (« the quilt show … May 10-11 »)
    EventWords(r"\bquilt (?:shows?|exhibits?|exhibitions?)\b", "Exposition", hints=("quilt ",)),
    # a powwow (``POWWOW_WORDS``)
    POWWOW_WORDS,
    # a farmers market's opening day, its season's first market ("Opening day for the 2012
    # Downtown Farmers Market will be May 5", "The Marblehead Farmers Market will kick off the
    # season Saturday, June 1", "Saturday, May 12 marks the first day of the 2018 Farm Market
    # season"; not the weekly market told bare, "open every Saturday through Oct. 27", nor one
    # told after, "The Farmers Market is officially open")
    EventWords(
        rf"\b{_FARMERS} markets?\b(?=[^.!?]{{0,60}}?\b(?:will (?:open|kick off|return|begin|"
        r"reopen)|opens? (?:for|its|the|on|saturday|friday|sunday|this)|to (?:open|reopen)|"
        r"kicks? off (?:the|its)|returns (?:for|this|on|saturday|friday)|(?:begins|starts) "
        r"(?:its|the) (?:new )?season)\b)|"
        rf"\bopening day (?:for|of) (?:the )?(?:(?:19|20)\d\d )?(?:[\w'’-]+ ){{0,3}}?"
        rf"{_FARMERS} markets?\b|"
        rf"\bfirst day of the (?:(?:19|20)\d\d )?(?:farm|{_FARMERS}) market season\b",
        "Événement",
        hints=("farmer", "farm market"),
    ),
    # a class's reunion, the high school's, the college's or the alumni's, on its day ("will hold
    # their annual reunion May 4", "Saugus High School's inaugural graduating class will hold its
    # 40-year reunion on June 16", "The 2023 50 Plus Reunion will be held on September 9, 2023";
    # not « La Réunion », the island, nor a family's or a band's reunion)
    # (its word first, the words before it looked back at, so that the search runs on its
    # letters: « réunion » is common in French)
    EventWords(
        rf"reunion(?:(?:{_REUNION_AFTER})s?\b|"
        r" (?:dinner|picnic|weekend|committee)\b(?=[\s\S]{0,200}?\bclass))",
        "Rencontre",
        hints=("reunion",),
    ),
    # a food trucks' gathering, the town's or the association's, on its days ("a Food Truck Rally on
    # Sunday, June 17", "The food truck rallies will be held every Thursday starting April 6", « le
    # plus grand rassemblement de food trucks de France du 5 au 8 mai »; not a town's call for a
    # food truck's pitch, read as a call, nor one truck's opening, nor a food truck park, a venue)
    EventWords(
        r"\bfood[- ]?trucks? (?:rall(?:y|ies)|festivals?|fests?|rodeos?|round-?ups?|fridays?|"
        r"thursdays?|nights?|roundups?|(?:and|&) (?:craft )?(?:beer|music) festivals?)\b|"
        r"\b(?:rassemblements?|festivals?|villages?|soirees?) (?:de |des )?food[- ]?trucks?\b|"
        r"\bfood[- ]?trucks? festival\b",
        "Festival",
        hints=("food truck", "food-truck", "foodtruck"),
    ),
    # an open-air screening, the town's, the park's or the association's, on its night (« une
    # séance de cinéma en plein air », « Ciné sous les étoiles », "The City … will host 'Family Fun
    # Movie Night in the Park' … on Saturday, September 23", "The city's free Movies on the Lawn
    # series begins Saturday"; not a cinema's programme indoors, nor a film's release)
    EventWords(
        r"\b(?:cine(?:ma)?s?|seances?|projections?|soirees? cine(?:ma)?) (?:de cinema )?"
        r"(?:en |de )?plein[- ]air\b|\bcine(?:ma)? (?:sous les etoiles|a la belle etoile)\b|"
        r"\bmovies? (?:in|at|on|by) the (?:park|lawn|beach|green|square|plaza|river|lake)\b|"
        r"\b(?:outdoor|family|free|community|family fun) movie (?:nights?|screenings?)\b|"
        r"\bmovie nights? (?:in|at) the park\b|\boutdoor (?:screenings?|movies?|films?)\b|"
        r"\blawn chair film\b",
        "Projection",
        hints=(
            "plein air",
            "plein-air",
            "sous les etoiles",
            "belle etoile",
            "movies in",
            "movie in",
            "movies on",
            "movies at",
            "movies by",
            "movie night",
            "outdoor movie",
            "outdoor screen",
            "outdoor film",
            "lawn chair film",
        ),
    ),
    # a neighbourhood's block party, the city's, the association's or the church's, and the
    # nation's night of them ("will host its second Block Party in Bayliss Park on Sept. 4",
    # "National Night Out Neighborhood Parties will be held Sunday, October 5, 2025", « la fête de
    # quartier … samedi 14 septembre »; not the permit one asks for before, nor its form)
    EventWords(
        r"\b(?:block|street) part(?:y|ies)\b(?! (?:permits?|applications?|forms?|trailers?)\b)|"
        r"\bnational night out\b|\bnight to unite\b|"
        r"\b(?:fetes?|repas) de (?:quartiers?|rue)\b",
        "Fête",
        hints=(
            "block part",
            "street part",
            "night out",
            "night to unite",
            "de quartier",
            "de rue",
        ),
    ),
    # a Breton pardon, a chapel's feast day (« Le grand pardon de Notre-Dame de Penhors … se
    # tiendra ce week-end des 4 et 5 septembre », « Le 8 juillet prochain aura lieu le pardon de
    # Notre-Dame de la Roche »; not one's forgiveness, « demander pardon », nor Yom Kippur's
    # « Grand Pardon »)
    EventWords(
        r"\bpardons? (?:annuel |traditionnel )?(?:de|du|des) (?:la |l')?(?:notre-dame|saint|sainte|"
        r"st|ste|chapelle)\b",
        "Fête",
        hints=("pardon",),
    ),
    # a village hall's loto, organised for a school or a club (« Le dimanche 8 février 2026,
    # l'association des parents d'élèves … organise un grand loto solidaire à la salle Jean
    # Moulin »; not the national lottery's draws, « le tirage du Loto », « le Loto du patrimoine »)
    EventWords(
        r"\blotos? (?:(?:annuel|traditionnel|solidaire|associatif|gourmand|geant)s?\b|"
        r"(?:de l'|des |du |de la )(?:ecoles?|club|association|amicale|comite|paroisse|foyer|"
        r"apel?|aines)\b)|"
        r"\b(?:organise(?:ra|nt|ront)?|propose(?:ra|nt|ront)?) (?:un|une|son|sa|leur|le) "
        r"(?:[\w'-]+ ){0,2}?lotos?\b(?! du patrimoine)",
        "Loto",
        hints=("loto",),
    ),
    # an association's second-hand sale, held on its days: « la bourse aux vêtements du
    # printemps, qui se déroulera les 7, 8 et 9 avril prochains », « sa 2e bourse aux skis, rando
    # et montagne » (not the stock exchange, « la Bourse de Paris »)
    EventWords(
        r"\bbourses? (?:aux|a la|au|de) (?:jouets|vetements|skis?|livres|velos|puericulture|"
        r"petite enfance|materiel|plantes|graines|disques|cartes)\b|"
        # (and the collectors': « la 48e édition de la bourse dédiée aux minéraux et aux fossiles
        # se tiendra les 20 et 21 juillet », « la 36e bourse : exposition Internationale de
        # Fossiles », « la bourse d'échange de micro-minéraux »; not a scholarship, « bourse
        # d'études »)
        r"\bbourses? (?:aux|d'echanges? de|de|des) (?:micro-?)?(?:mineraux|fossiles)\b|"
        r"\b\d{1,3} ?(?:e|eme|°) bourses?\b(?! d'etudes)",
        "Bourse",
        hints=("bourse",),
    ),
    # a blood drive, where the donors come on its day: « La prochaine collecte de sang aura lieu
    # jeudi 1er septembre », « Le prochain rendez-vous pour le don de sang est fixé au mercredi
    # 10 décembre », « Venez donner votre sang lundi 21 juin de 15h à 19h » (the item names the
    # blood)
    EventWords(
        r"\bcollectes? (?:de|du) sang\b|\b(?:rendez-vous|journees?) (?:pour le|du) dons? (?:de|du) "
        r"sang\b|\bdonner (?:votre|son|leur) sang\b|"
        # (and its next one, on a page of blood: « la prochaine collecte à Vienne a lieu le mardi
        # 2 mai »; not the waste's, « la prochaine collecte des encombrants »)
        r"\bprochaine collecte\b(?! (?:des?|du) (?!sang\b))",
        "Collecte de sang",
        hints=(" sang",),
    ),
    # an event by what it is to its public: « Festi'jeux est le grand rendez-vous annuel de la
    # Maison des découvertes » (not an appointment: « prendre rendez-vous »)
    EventWords(r"\brendez-vous (?:annuel|incontournable)s?\b", "Rencontre", hints=("rendez-vous",)),
    # a numbered edition with its days right after: « 19e édition : les 15 & 16 juin 2024 », its
    # weekday too (« 29e édition mardi 14 juillet du meeting aérien »), after a comma (« de retour
    # pour sa 15e édition, le samedi 29 juin ») (not « la 5e édition du salon », whose word is
    # read for itself)
    EventWords(
        rf"\b\d{{1,3}} ?(?:e|eme|ieme) edition\b"
        rf"(?= ?[:,]? (?:les? |du |des )?(?:(?:{DAY_NAMES}) )?\d)",
        "Événement",
        hints=("e edition",),
    ),
    # (and a biennial show: « la Biennale internationale des métiers d'art et de la création »,
    # « la biennale du design »; not the adjective: « une évaluation biennale des programmes »)
    EventWords(
        r"\bexpositions? (?:(?:[\w',-]+ ){0,5}?(?:[«\"“]|ouvr\w* ses portes\b)|(?:temporaire|"
        r"permanente|interactive|immersive|photo|itinerante)s?\b)|"
        # (and a world expo: « l'Exposition universelle 2020 … Du 1er octobre 2021 au 31 mars
        # 2022, 25 millions de personnes sont attendues »)
        r"\bexpositions? universelles?\b|"
        # (and its rank, its name between quotes: « La 9e « Biennale Bois » débute vendredi »)
        r"\b(?:la|une|cette|sa|leur|de la|a la)(?: \d{1,3} ?(?:e|eme|ieme))? (?:[«\"“] ?)?"
        r"biennale\b|\bbiennales? internationales?\b",
        "Exposition",
        hints=("exposition", "biennale"),
    ),
    # a festival named by its days, one word: « les Equidays "fêtent le cheval" du 23 au 28
    # octobre », « les journées nationales APIdays », « Equi'days » (not "holidays", "nowadays",
    # "birthdays", the weekdays nor a vulnerability's "zero-days"); last, so that an item's other
    # words name its kind first (« les journées nationales » a meeting)
    EventWords(
        r"\b(?!(?:holi|nowa|week|birth|work|pay|school|zero|yester|every|some|dooms|hey|half|"
        r"mid|mon|tues|wednes|thurs|fri|satur|sun|to)['-]?days\b)[a-z]{3,}['-]?days\b",
        "Événement",
        hints=("days",),
    ),
)
# what a person may say an item announces (the item page's « Corriger l'agenda »)
AGENDA_LABELS: dict[str, str] = {
    **{w.label: "call" for w in CALLS},
    **{e.label: "event" for e in EVENTS},
    "Événement": "event",  # any other event, or one a source declares
}
# what an item of a source declared to announce calls or events is, by default
DECLARED_LABELS = {"call": "Appel à projets", "event": "Événement"}
# the next edition of an event the item names, its days right after: « Les organisateurs
# prévoient déjà une édition 2023 (du 28 au 30 novembre) », « la prochaine édition aura lieu les
# 3 et 4 juin », "the next edition will be held on"
NEXT_EDITION = re.compile(
    r"\bprochaine edition\b|\bprevoi\w* (?:deja )?(?:une|la|leur) (?:prochaine |nouvelle )?"
    r"edition\b|\bnext edition\b"
)
# rarer forms, looked for only where their words stand (``NEXT_EDITION_HINTS``): a new edition's
# days in parentheses (« un point presse pour présenter la nouvelle édition (du 10 au 12
# septembre, au Hall 1 de Paris Expo) »); a show's seasonal edition (« pour l'édition printanière
# de Coiffure Beauté Méditerranée, les 20 et 21 mars »)
_SEASONS = ("printaniere", "automnale", "estivale", "hivernale")
NEXT_EDITION_HINTS = ("nouvelle edition (", *(f"edition {season}" for season in _SEASONS))
NEXT_EDITION_RARE = re.compile(
    rf"\bnouvelle edition \((?=(?:du|les?) \d)|\bedition (?:{'|'.join(_SEASONS)})\b"
)
# an announcement of when: « aura lieu les 6, 7 et 8 décembre », « will take place … from »
TAKES_PLACE = re.compile(
    # (and the plural: « Les Terres de Jim … se dérouleront en Haute-Loire, les 6, 7 et 8
    # septembre »)
    r"\baura lieu\b|\bauront lieu\b|\bse tiendr(?:a|ont)\b|\bse derouler(?:a|ont)\b|"
    r"\bwill take place\b|"
    r"\bwill be held\b|\b(?:is|are) to be held\b|\b(?:is|are) scheduled (?:for|to take place)\b|"
    r"\bkicks? off\b"
)
# rarer announcements of when, looked for only where their words stand (``TAKES_PLACE_HINTS``):
# "which is being held from October 13", "kicking off on Monday 12 December", « annonçait la
# tenue de l'événement du 23 au 25 novembre » (« la tenue »: the noun), « c'est à Marrakech que
# sera organisée la première édition … entre le 31 mai et le 2 juin », « le conclave devant se
# tenir à Oran du 3 au 5 avril », « doit avoir lieu le »
# an event's word right before its start: "the first event starting May 20th" (the pattern
# and its hints from the same words)
_STARTING_NOUNS = (
    "event", "conference", "summit", "forum", "edition", "hackathon", "festival", "expo",
)  # fmt: skip
_STARTING_VERBS = ("starting", "beginning", "starts", "begins")
_STARTING_HINTS = tuple(
    f"{noun}{plural} {verb}"
    for noun in _STARTING_NOUNS
    for plural in ("", "s")
    for verb in _STARTING_VERBS
)
TAKES_PLACE_HINTS = (
    "being held", "kicking off", "la tenue d", "organisee", "organised", "organized", "se tenir",
    "se derouler", "avoir lieu", "debutera", "commencera", "sera donne", "se reuniront", "revien",
    "t prevu", "se tien", "appret", "attendus du", "attendues du", "attendu du", "attendue du",
    "attendus (", "attendues (", "se deroule", "demarrera", "rendez-vous est",
    "ouvrira ses portes", "ouvriront leurs portes", "ouvrira (", "ouvriront (", "seront present",
    "seront tous present", "ses quartiers", "leurs quartiers", "seront sur place",
    "tiendra son", "tiendra sa ", "tiendra ses", "tiendra leur", "tiendront leur", "s'install",
    "escale", "la capitale", "set for", "will open", "will officially open",
    *_STARTING_HINTS,
)  # fmt: skip
# a span of days a little further in its sentence (« … du 26 au 29 septembre »): what the rarer
# verbs below that stand for a show's stay (« s'installera », « se déroule », « prendra ses
# quartiers ») need after them
_SPAN_AHEAD = r"(?=[^.!?]{0,40}?\bdu \d{1,2}(?:er)? au \d)"
TAKES_PLACE_RARE = re.compile(
    r"\b(?:is|are) being held\b|\bkicking off\b|"
    r"\bla tenue d(?:e l'|u |e la |e cet |e ce |es )|"
    r"\b(?:sera|seront) organisee?s?\b|\bwill be organi[sz]ed\b|"
    # (and the near future: « La 9e édition des Terres de Jim va se dérouler à Cambrai … les 8, 9
    # et 10 septembre »)
    r"\b(?:doit|doivent|devant|devra|devront|va|vont) (?:se tenir|se derouler|avoir lieu)\b|"
    # an event planned for its day: « un atelier de la transmission est prévu dans les locaux de
    # la Chambre de métiers à Lorient le 7juin »
    r"\b(?:est|sont) prevue?s?\b|"
    # a body that holds its meeting: « Le GNTC tiendra son assemblée générale annuelle, le 19
    # octobre » (« se tiendra » is the common form)
    r"\btiendr(?:a|ont) (?:son|sa|ses|leur|leurs) (?:[\w'-]+ ){0,3}?(?:assemblees? generales?|"
    r"congres|colloques?|conferences?|seminaires?|salons?|forums?|rencontres?|journees?)"
    r"(?: annuelles?| nationales?| regionales?)?,?|"
    # « le France Cybersecurity Challenge, qui débutera le vendredi 24 avril » (and « Le
    # « mondial de la machine agricole » démarrera ce 12 novembre »)
    r"\b(?:debutera|commencera|demarrera)\b|"
    # a report's next edition: « Le rendez-vous est déjà fixé, du 7 au 9 décembre 2021 »
    # (and « Rendez-vous est pris pour 2012, du 18 au 21 septembre »)
    r"\b(?:le |leur |notre )?(?:prochain )?rendez-vous est (?:deja |d'ores et deja )?"
    r"(?:fixe|pris)\b|"
    # the present, its days right after: « Sial 2006 se tient du 22 au 26 octobre au Parc des
    # Expositions »; the place about to host it: « Le Parc des Expositions de Villepinte
    # s'apprête à accueillir du 15 au 19 octobre la 53e édition du Sial Paris »
    r"\b(?:se tien(?:t|nent)|s'appret(?:e|ent) a accueillir) (?=(?:du|les?) \d)|"
    # a show that settles in a venue for its span: « Silmo Paris s'installera du 26 au 29
    # septembre 2025 au Parc des expositions » (a span only)
    rf"\bs'install(?:e|ent|era|eront)\b{_SPAN_AHEAD}|"
    # (and « se déroule », its place between: « le Fira, qui se déroule en mode hybride à Toulouse
    # du 7 au 9 décembre, devrait permettre »; a span only)
    rf"\bse deroul(?:e|ent)\b{_SPAN_AHEAD}|"
    # its crowd expected over its span: « 4 000 marques attendues (contre 3 000 pour son année
    # record de 2019) du 19 au 23 janvier à Eurexpo » (a span only: not « attendus le 15 mars »)
    r"\battendue?s? (?:\([^()]{0,60}\) )?(?=du \d{1,2}(?:er)? au \d)|"
    # « 600 experts … qui se réuniront à l'Université de Sherbrooke, du 27 au 30 mai »
    r"\bse reuniront\b|"
    # an event back for its new edition: « Le Grand Pavois revient cette année pour sa 53e
    # édition, du 23 au 28 septembre », « revient du 16 au 22 septembre » (not « revient sur » a
    # story, « revient à » someone, nor « revient du Japon »)
    r"\brevien(?:t|nent|dra|dront)\b(?! (?:sur|a|au|aux|de|des|en)\b| d'| du (?!\d))|"
    # a touring show's next stop: « Le rendez-vous … fera escale à Cannes les 9 et 10 octobre »
    r"\bfer(?:a|ont) escale\b|"
    # a place that will be a craft's capital on its day: « Vallabrègue sera la capitale de la
    # vannerie le week-end du 8 août » (the event named elsewhere in the item; not « a été la
    # capitale »)
    r"\b(?:sera|seront|deviendra|deviendront) (?:[\w'-]+ ){0,4}?la capitale\b|"
    # « Le coup d'envoi sera donné le 16 juillet », « Le top départ sera donné le 5 mars »
    r"\b(?:coup d'envoi|top depart) (?:sera|seront) donnee?s?\b|"
    # a show that will open its doors on its days: « Euromaritime ouvrira ses portes trois jours
    # durant, les 4, 5 et 6 février »
    # (and « Les Artisanales ouvriront (gratuitement) leurs portes au public du 9 au 12 octobre »)
    r"\bouvrira (?:\([^()]{1,20}\) )?ses portes\b|\bouvriront (?:\([^()]{1,20}\) )?leurs portes\b|"
    # a show that settles in for its days: « La 19e édition des Artisanales de Chartres prendra
    # ses quartiers du 12 au 15 octobre à Chartrexpo » (a span only)
    rf"\bprendr(?:a|ont) (?:ses|leurs) quartiers\b{_SPAN_AHEAD}|"
    # its exhibitors there on its days: « 340 exposants … seront présents au Carrousel du Louvre du
    # 3 au 6 novembre », « Autant de corps de métiers qui seront sur place du 8 au 11 novembre »
    # (a span only)
    r"\bseront (?:tous )?(?:presente?s|sur place)\b(?=[^.!?]{0,50}?\bdu \d{1,2}(?:er)? au \d)|"
    # "heading to Toronto for three years, with the first event starting May 20th"
    rf"\b(?:{'|'.join(_STARTING_NOUNS)})s? (?:{'|'.join(_STARTING_VERBS)})\b(?: on\b)?|"
    # an event set for a bare weekday: "The Pike County Cattlemen's Association Rodeo is set for
    # Friday and Saturday nights" (a date after it is read by the event's word)
    rf"\b(?:is|are) set for(?= (?:this )?(?:{DAY_NAMES})\b)|"
    # and one that will open on one: "The 140th Fayette County Fair will officially open on
    # Monday" (its date, when given, read by the event's word)
    rf"\bwill (?:officially )?open(?= on (?:{DAY_NAMES})\b)"
)
# a span of days, then the place that will host the event: « Du 14 au 16 avril, Marrakech
# accueillera plus de 1 500 exposants » (the event named elsewhere in the item); looked for
# only where one of its verbs (``HOSTS_VERBS``) stands
# (and its exhibitors: « Du 9 au 12 novembre, 36 entreprises normandes exposent leur savoir-faire
# lors de la nouvelle édition du salon Made In France »)
HOSTS_VERBS = (
    "accueillera", "reunira", "rassemblera", "se tiendra", "aura lieu", "exposent", "exposeront",
    # (and the host in the present, a news lead's: « Du 8 au 16 septembre, Dieppe accueille le
    # festival international du cerf-volant »)
    "accueille",
    # « Du 2 au 16 mai retrouvez la fête de l'Europe … », « Du 12 au 16 mars, rendez-vous au
    # gymnase Lemarchand pour une nouvelle édition »
    "retrouvez", "rendez-vous",
    # (and the near future: « les 31 mars et 1er avril, le Parc Expo de Reims va accueillir sa
    # première édition du salon », « … le salon de l'automobile à la sauce lyonnaise va ouvrir ses
    # portes »)
    "va accueillir", "va ouvrir ses portes", "vont ouvrir leurs portes",
    # (and its public invited: « Du 17 au 19 octobre à l'hôtel le Retaj, les professionnels … sont
    # invités à prendre part à ce congrès »)
    "invites a prendre part", "invitees a prendre part",
)  # fmt: skip
# (and « prochain » after the span, its place between commas: « Du 15 au 19 octobre prochain, à
# Villepinte, le rendez-vous international de la filière agroalimentaire réunira »)
# (and the venue named in full before its verb: « Du 17 au 19 novembre le parc des expositions de
# Bordeaux accueillera le Salon de l'hôtellerie »; two days: « les 31 mars et 1er avril, le Parc
# Expo de Reims va accueillir »; up to eight words: « Du 26 au 30 septembre 2019 à Eurexpo Lyon, le
# salon de l'automobile à la sauce lyonnaise va ouvrir ses portes »)
SPAN_THEN_HOSTS = re.compile(
    r"\b(?:du \d{1,2}(?:er)? au|les \d{1,2}(?:er)?"
    rf"(?: (?:{MONTH_NAMES}))? et) \d{{1,2}}(?:er)? (?:{MONTH_NAMES})\b(?: \d{{4}})?"
    r"(?: prochains?)?,?(?: (?:a|au|en) [^,.!?]{1,40},)? "
    rf"(?:[\w'-]+ ){{0,8}}?(?:{'|'.join(HOSTS_VERBS)})\b"
)
# who organises an event on a day, the day right after: « la CMA organise les 14 et 15
# octobre », "Fusion will host on July 24" (not « organise depuis 2015 », nor « l'agence a
# organisé le 18 mars », a report)
# (the verb first, so that the regex engine jumps from one first letter to the next;
# ``REPORTED_BEFORE`` tells the report's auxiliary)
# (and its passive: « La Semaine … est organisée par le réseau des Chambres de Métiers … du 27
# janvier », its day after the organiser's name, ``NAMED_THEN_DAY``)
# (and its infinitive, its day right after: « a choisi Provins pour y installer un fournil et
# organiser les 6, 7 et 8 mai de nombreuses animations »)
ORGANISES = re.compile(
    r"\b(?:organise|organisera|organisent|organiseront|organiser|accueille|accueillera|hosts|"
    r"will host|will hold|(?:is|are) (?:hosting|holding)|will be (?:hosting|holding)|organizes|"
    r"will organize|(?:est|sera) organisee?)\b"
)
# and its exhibitors, read as the verb above: « Ces derniers vont exposer du 13 au 17 juin à
# Villepinte » (looked for only where « expos » stands)
EXHIBIT = re.compile(r"\b(?:vont exposer|exposent|exposeront)\b")
# before the verb, a report's auxiliary (« a organisé », « ont organisé », « a été organisé par »)
# or a dash (« ont co-organisé, le 28 janvier »): no event to come
REPORTED_BEFORE = re.compile(r"(?:\b(?:a|ont|avait|avaient|ete) |-)$")
ORGANISED_NEAR = 12  # characters between the verb and its day: « organise, le mardi 3 mars »
# what it organises named first, then its day: "TRENDS will host its second annual Dialogue on
# Artificial Intelligence on 13th November" (the day right after the name's last "on", « le »:
# not the name's own words; French determiners too, « organise sa … le »; and its organiser
# named after a passive: « est organisée par le réseau des Chambres de Métiers et de l'Artisanat du
# 27 janvier au 3 février »; and a comma before its day: « organise le 13u Open Internaziunale di
# Quenza, le dimanche 7 juillet 2024 »)
NAMED_THEN_DAY = re.compile(
    rf"\s+(?:par )?(?:its|their|the|an?|sa|son|ses|une?|la|le|les) (?:[\w'&-]+,? ){{1,8}}?"
    rf"(?:on|from|le|les|du) (?=(?:the )?\d{{1,2}}(?:st|nd|rd|th|er)? (?:{MONTH_NAMES})\b|"
    rf"(?:{MONTH_NAMES}) \d|(?:{DAY_NAMES})\b)"
)
# an invitation to come: the item announces an event, whatever it calls it
ATTEND = re.compile(
    r"\b(?:are|is) invited to (?:attend|join)\b|\bjoin us (?:on|for|at)\b|\bfree[- ]to[- ]attend\b|"
    # "You can book a maximum of two tickets per event", "Book your place"
    r"\bbook (?:your |a |up to |a maximum of \w+ )?(?:free )?(?:tickets?|seats?|places?)\b|"
    r"\bsont invitee?s? a "
    r"(?:participer|assister)\b|\bvous invitent? a (?:participer|assister)\b|"
    # "The event takes place on Wednesday 4 August", « l'événement aura lieu le »
    r"\bevent (?:takes place|will take place|will be held|is held)\b|"
    r"\b(?:l'|cet )evenement (?:aura lieu|se tiendra|se deroulera)\b"
)
# a day to keep: « Save the date : le 12 mars », « À vos agendas ! », « notez la date »,
# "Event date: October 25", an event page's "When? January 28, 2022" (« Quand ? »)
SAVE_THE_DATE = re.compile(
    # (and an event page's header: "Register Now / October 22-24, 2024 Metro Toronto Convention
    # Centre")
    r"\bsave the dates?\b|\bregister now\b|\ba vos agendas\b|"
    r"\bnotez (?:bien )?(?:la date|dans vos agendas)\b|"
    r"\breservez (?:la|votre) date\b|\bmark your calendars?\b|"
    r"\bevent dates?\s*:|\bdates? (?:de l'evenement|of the event)\s*:|\b(?:when|quand) ?\?|"
    # « Rendez-vous le 15 octobre pour la remise des prix », « vous donne rendez-vous le 3 mai »
    # (not « s'étaient donné rendez-vous le »: a sentence's first words, or an invitation)
    # (and « donnons-nous rendez-vous le 14 novembre pour connaître les heureux élus »)
    # (and the public's own: « citoyens du monde entier se donnent massivement rendez-vous le 8
    # juin pour célébrer la Journée mondiale de l'océan »)
    # (and after a condition's comma: « Si ça vous intéresse, rendez-vous ce 21 juillet sur le
    # parking »)
    r"(?:^|[.!?:,]\s+|\bprochain |\bvous donnen?t? |\bdonnons(?:-nous)? |\bse donnent "
    r"(?:[\w-]+ )?)rendez-vous (?:le|les|du|ce) (?=\d)|"
    # (and « Rendez-vous est donné du 3 au 8 avril 2023, partout en France »)
    r"\brendez-vous (?:est|sera) donne (?:le|les|du) (?=\d)"
)
SAVE_HINTS = (
    "save the date", "register now", "agendas", "notez", "reservez", "mark your calendar",
    "event date",
    "of the event", "de l'evenement", "when?", "when ?", "quand?", "quand ?", "rendez-vous",
)  # fmt: skip
# a meeting's place and days: « Le rendez vous est d'ores et déjà fixé à l'hippodrome de Caen les
# samedi 28 et dimanche 29 juin »; an edition's lead: « Place à la 14e édition du Rétro Festival,
# samedi 2 et dimanche 3 septembre » (looked for only where its words stand, ``FIXED_HINTS``:
# « place à la » is common)
FIXED_OR_LEAD = re.compile(
    r"\ble rendez[- ]vous est (?:d'ores et deja |desormais |deja )?fixe (?=(?:a|au|aux|sur|dans|en|"
    r"le|les|du) )|"
    rf"\bplace a la (?:\d+(?:e|eme|ieme)|{_RANKS}) edition\b"
)
FIXED_HINTS = ("vous est", "place a la")
# an event's page that lists its day, then its place: "• Date: 26 February 2021 • Location:
# online event", « Date : 12 mars Lieu : CCI » (looked for where a place's label stands; not on
# a page that reports: "Event at a Glance • Date: … • Venue: …" below "the event brought
# together")
# (and a regional pavilion's flyer: "- DATE du 5 au 7 février 2020 - LIEU Berlin, Allemagne")
DATE_THEN_PLACE = re.compile(
    r"\bdate(?:\s*:|(?= du \d| le \d))(?=[^:]{1,40}?(?:\W(?:location|venue|lieu|place)\s*:|"
    r"\s[-•]\s*(?:location|venue|lieu|place)\b))"
)
PLACE_HINTS = (
    "location:", "venue:", "lieu:", "lieu :", "place:", "- lieu", "- location", "- venue",
)  # fmt: skip
# a hackathon's "Dates / September 8th - September 10th": the label, then a month's day (a
# pattern of its own, looked for where "dates " stands: « candidates », "updates" hold it too)
# (and a hackathon listing's "Date Range Feb 20, 2026 - Mar 5, 2026")
# (and a tournament's invitation in French: « Dates: les 11, 12, 18 et 19 février 2023 »)
DATES_LABEL = re.compile(
    r"\bdates ?: ?(?=(?:les?|du) \d)|"
    rf"\b(?:dates|date range) :? ?(?=(?:{MONTH_NAMES})\.? \d)"
    # (not a call's: "Important dates / February 1, 2022 / Opens for applications")
    rf"(?!(?:{MONTH_NAMES})\.? \d{{1,2}},? (?:\d{{4}} )?(?:opens? for applications|application "
    r"deadline)\b)"
)
# a news page's practical line under an event's story: « Pratique. Vendredi 8 et samedi 9 novembre,
# de 10h à 20h sur la place Saint-Sauveur » (looked for where « pratique » stands)
# (and its box's « Infos pratiques / Date : 12 mai au 13 mai »)
PRACTICAL_LABEL = re.compile(
    # (and « Pratique. Le samedi 1er et dimanche 2 juillet, à l'Hippodrome »; not « C'est pratique.
    # Le samedi 1er juillet, la boutique sera fermée »)
    rf"\b(?<!est )(?:pratique ?[.:] |infos? pratiques\s+dates? ?: ?)"
    rf"(?=(?:le )?(?:(?:{DAY_NAMES}) )?(?:le |les |du )?\d{{1,2}}(?:er)? )"
)
# an agenda's record, its fields: « Du : 2 février 2026 Au : 2 février 2026 » (the event's own
# days, above what its text says of other days); an agenda's export: « Début :
# 2024-05-02T13:00:00+02:00 – 2024-05-02T21:00:00+02:00 »
AGENDA_FIELDS = re.compile(
    rf"\bdu ?: (?=\d{{1,2}}(?:er)? (?:{MONTH_NAMES}) \d{{4}} au ?:)|"
    r"\bdebut ?: (?=(?:19|20)\d\d-\d\d-\d\dt\d\d:)|"
    # (and « Date et horaire de début et de fin : 2026-02-20 – »)
    r"\bde debut et de fin\b[^:]{0,60}: (?=(?:19|20)\d\d-\d\d-\d\d\b)|"
    # (and a tourism agenda's record, its opening days under their heading: « LES OUVERTURES
    # Ouvert du 09/07/2025 au 19/09/2025 », not a shop's hours « Ouvert du lundi au samedi »)
    r"\bles ouvertures\s+ouvert du (?=\d\d?/\d\d?/(?:19|20)\d\d au \d)|"
    # (and the same record in English: "Opening times From 14 December 2024 until 2 February
    # 2025 - Open everyday", not a shop's "Opening times Monday to Saturday")
    rf"\bopening times\s+from (?=\d{{1,2}} (?:{MONTH_NAMES}) (?:19|20)\d\d until \d)|"
    # (and a record laid out as a table, its date row above its hours or its meeting point:
    # « Date | jeudi 11 avril 2024 | COMPLET | Heures | de 10h à 15h | Rendez-vous | 10h, Gare »)
    rf"\bdate \| (?={DAY_WITH_MONTH} \d{{4}} \|"
    r"(?: [^|]{1,20} \|)? (?:heures?|horaires?|lieu|rendez-vous) \|)"
)
# one stands in any folded text ``AGENDA_FIELDS`` matches (most items hold none: not scanned)
AGENDA_FIELDS_HINTS = (
    "du :", "du:", "debut :", "debut:", "debut et de fin", "les ouvertures", "date |",
    "opening times",
)  # fmt: skip
# a programme that opens on a day with its hour: « Programme 21 Avril 2022 17h00 : … » (matched
# where « programme » stands)
PROGRAMME_DAY = re.compile(
    # (and a festival's « Le programme / 20h30 / JEUDI 26 SEPTEMBRE / 20h30 », an hour first)
    r"programme\s*:?\s+(?:\d{1,2}h\d{0,2}\s+)?"
    r"(?=(?:[a-z]+ )?\d{1,2}(?:er)? [a-z]+\.?(?: \d{4})?\s+\d{1,2}h)"
)
# how to attend, as an event's own page gives it: « Lieu : », « Entrée libre », « Inscription
# obligatoire », "Venue:", "Register now"
PRACTICAL = re.compile(
    r"\blieu\s*:|\bhoraires?\s*:|\bheures?\s*:|\bentree (?:libre|gratuite)\b|\binscriptions? "
    r"(?:obligatoires?|gratuites?|requises?|ouvertes)\b|\bvenue\s*:|\blocation\s*:|"
    r"\btime\s*:|\bregister (?:now|here|today)\b|\bregistration (?:is )?(?:required|free|now "
    r"open|open)\b|\brsvp\b|"
    # (a hackathon's agenda: "Doors Open & Check-In", "check in at the registration desk")
    r"\bcheck[- ]in\b|\bdoors open\b"
)
# a report's words: the event is over (« s'est tenu », "took place")
REPORTED = re.compile(
    r"\bs'est (?:tenue?|deroulee?)\b|\bse sont (?:tenue?s|deroulee?s)\b|\ba eu lieu\b|"
    r"\bont eu lieu\b|\btook place\b|\bwas held\b|\bwere held\b|\bretour sur\b|"
    r"\bhighlights\b|\bthank you (?:to all|for attending)\b|\bmerci (?:a tous|aux participants)|"
    r"\bbrought together\b|\ba reuni\b"
)
# a title that teaches what an event is: "What is a hackathon? Guide to Web3 hackathons",
# « Qu'est-ce qu'un salon ? » (its events are no event the item announces)
GENERAL_EVENT_TITLE = re.compile(
    r"\bwhat (?:is|are)\b|\bguide to\b|\bhow to\b|\bqu'est-ce qu|"
    # a list of events counted in its title: "7 AI conferences you should attend"
    rf"{COUNTED}(?:festivals|events|conferences|summits|hackathons|webinars|fairs|shows|"
    r"salons|evenements)\b"
)
# a title that says the item reports on an event: "The AI Summit London 2023 Recap",
# "Event debrief", « Retour sur le salon », « en images »
REPORT_TITLE = re.compile(
    # (« Chiffres, trophées et lauréats : ce qu'il faut retenir de la Mêlée Numérique 2025 »)
    r"\brecap\b|\bdebrief\b|\btakeaways?\b|\bhighlights\b|\blessons learned\b|"
    r"\bce qu'il faut retenir\b|\bsuccess stor(?:y|ies)\b|"
    r"\bretour sur\b|\ben images\b|\bin pictures\b|\bcompte[- ]rendu\b|"
    # the balance of an edition: « Quel bilan pour les Equidays édition 2019 ? », « Bilan de la
    # 12e édition du salon » (not « bilan carbone », « bilan de compétences »)
    r"\bquel(?:le)? bilan\b|\bbilan (?:de la |de l'|du |des )(?:\d{1,3} ?e(?:me)? )?(?:edition|"
    r"salon|fete|festival|forum|congres|rencontres|journees|semaine|foire)\b|"
    # "NASSCOM-DSCI Annual Information Security Summit 2015 - Notes", "Notes from the Summit"
    r"\bnotes from\b|[-–:]\s*notes$|"
    # an event called off, said at its title's start: « Annulation de la cérémonie des voeux du 6
    # janvier », "Cancelled: …" (not « Report du salon au 12 mars », its new day)
    r"^(?:annulation|annulee?s?|cancell?ed|cancell?ation)\b|"
    # (and at its end: « Au Mans, la fête foraine de printemps à nouveau annulée », "Spring
    # funfair cancelled"; not « La fête foraine, annulée l'an dernier, revient »)
    r"\b(?:annulee?s?|cancell?ed|called off)(?: (?:en|in|for|pour) (?:19|20)\d\d)?\W*$|"
    # (and a verb that says so in it: « Le traditionnel triathlon de Mandelieu est annulé 3 mois
    # avant l'épreuve », "Junior Triathlon cancelled for 2017"; not "The fair that was cancelled
    # last year returns")
    r"\b(?:est|sont|a ete|ont ete|is|are|has been|have been) (?:definitivement |officiellement )?"
    r"(?:annulee?s?|cancell?ed|called off)\b|"
    # a title that ends by calling it a success: « Vente de livres et de CD à la bibliothèque
    # départementale de Pau : un succès », « … : un franc succès » (not « succès garanti », a
    # promise)
    r"[:,–-] (?:un |une )?(?:vrai |franc |beau |grand |immense |reel )?succes\W*$|"
    # "Looking back at a successful Gaia-X Tech-X & Hackathon 2026", "Follow-up report GXFS
    # Connect 2022", "… a chronicle of our final event"
    r"\blooking back (?:at|on)\b|\bfollow-up report\b|\ba chronicle of\b|"
    # news from an event under way or over: "Tokyo Unveils AI Strategy at Sushi Tech 2025
    # Conference" (not "will unveil", "to showcase … at CES")
    r"\b(?:unveils|unveiled|announces|announced|launches|launched|showcases|showcased|signs|"
    r"signed|wins|won)\b.{0,80}?\bat (?:the )?(?:[\w'.&-]+ ){0,5}?(?:conference|summit|expo|"
    r"forum|fair|show|week|festival|congress)\b"
)
# a lead that says so, as written at a sentence's or a heading's start: « Retour sur le
# Symposium International de Test … », « Retour en images »; a diary of events one went to
# ("In the past few weeks I have visited five blockchain themed meetups")
REPORT_LEAD = re.compile(
    r"\bRetour (?:sur (?:le|la|les|l['’])|en images)|"
    # « Vendredi 13 janvier, avait lieu la 9e édition de la Nuit de l'orientation »
    r"\bavai(?:en)?t lieu (?:la|le|les|l['’])|"
    # (and its public, invited before: « Monsieur le Maire avait convié ses administrés à une
    # réunion publique le 29 août »)
    r"\bavai(?:en)?t (?:convié|invité)\b|"
    # a meeting told over in the lead: « La seconde réunion publique concernant la révision du PLU
    # s'est déroulée ce mardi 10 avril 2018 » (not a meeting before the one announced: « Après la
    # réunion publique qui s'est tenue le 3 mars, une seconde aura lieu le 10 avril »)
    r"\b(?i:réunions?|rencontres?|assemblées?|meetings?|town halls?) [^.!?]{0,80}?(?<!qui )"
    r"(?<!dont )(?:s['’]est (?:déroulée|tenue)|se sont (?:déroulées|tenues)|a eu lieu|"
    r"ont eu lieu|was held|took place)\b|"
    r"\b(?:I|We) (?:have|had) (?:attended|visited)\b|"
    # "NIST held its sixth workshop on the Cybersecurity Framework on October 29-30"
    r"\bheld (?:its|their) (?:[\w-]+ ){0,3}?(?:workshop|conference|summit|meeting|forum|"
    r"hackathon|webinar|symposium|event)s?\b|"
    # a platform's event page once it is over: "This campaign is over.", a photo contest's FAQ
    # below "This contest has finished."
    r"\bThis (?:campaign|event|hackathon|challenge|competition|contest) (?:is|has) (?:now )?"
    r"(?:over|ended|finished)\b|"
    # "In partnership with Microsoft, an online hackathon was organised and hosted by Stratiteq"
    r"\b(?i:an?|the) (?:[\w-]+ ){0,3}?(?:hackathon|conference|summit|workshop|webinar|symposium|"
    r"forum|seminar) (?:was|were) (?:organi[sz]ed|held|hosted)\b|"
    # "The recent Data Week 2025 workshop “Navigating Challenges …”, in Athens"
    r"\b(?i:the) recent (?:[\w-]+ ){0,4}?(?:hackathon|conference|summit|workshop|webinar|"
    r"symposium|forum|seminar)s?\b|"
    # an edition's balance drawn: « Roland Haas … dresse le bilan de la vingtième Fête des
    # tourneurs » (not « dressera le bilan », nor a year's « bilan de l'année »)
    r"\bdress(?:e|ent) (?:le|un) bilan (?:de la |du |de l['’]|des )(?:[\w-]+ )?"
    r"(?i:édition|fête|salon|festival|forum|congrès|rencontres|journées|semaine|foire)\b"
)
LEAD_REPORT_CHARS = 500  # characters of an item (after its title) where such a lead stands
# a show or forum under way as the item is written, in its lead: « il s'apprête à prendre la parole
# au deuxième jour de la 5e édition de ce rendez-vous incontournable qui bat son plein » (apart from
# ``REPORT_LEAD``: looked for only where « bat son plein » stands)
UNDER_WAY_LEAD = re.compile(
    r"\b(?:rendez-vous|salon|forum|festival|édition|congrès|sommet|événement|foire)\b[^.!?]{0,60}? "
    r"qui bat son plein\b"
)
NEAR = 80  # characters between an event's word in the text and its date
