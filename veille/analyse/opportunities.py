"""Opportunities and agenda (pure): calls for projects, calls for applications, tenders,
grants and events an item announces, with their deadline or date.

A call is recognised by its own words (« appel à projets », « AMI », « AAP », « appel à
candidatures », « appel d'offres », « call for proposals », « open call », "request for
proposals"…) when the item announces it — in its title, with a closing date, as « cet
appel », « le présent AAP », « a lancé un appel à projets », « l'appel à projets que l'État
lance », « this call », or with an invitation (« qui peut candidater ? », « déposer leur
dossier de candidature », « entreprises éligibles », "who can apply") — and not when it
mentions one in passing (« les lauréats de l'appel à projets »). A notice's own heading
(« avis de marché », « dossier de consultation des entreprises », "Guidelines for
Applicants", "the City is seeking proposals") is a call wherever it stands. An event is
recognised by its kind (« webinaire », « salon », « congrès », "European Cyber Week"…)
*and* a date: in the title with a date anywhere, or in the text with a date right after
it. Dates are read in French and English forms
(« jusqu'au 15 janvier », « avant le 31/03 », « date limite : 12 février 2027 »,
« 21.03.2027 », « se clôture le 4 mai », « du 3 au 5 février », « les 6, 7 et 8 décembre »,
« mardi prochain », « by 15 January », « on March 31, 2027 », "September 30: Submission
deadline", "Due Date 03/14/2027"); a closing cue (« clôture », « date limite », « deadline »)
wins over a plain « jusqu'au », which may be about questions; a date without a year takes
the year the item gives it elsewhere (« du 24 février au 3 mars 2024 », an event's « édition
2024 »), else it is the next one after the item's publication, a weekday the nearest one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from veille.analyse.textnorm import fold as lower_plain

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "september": 9, "sep": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
}  # fmt: skip
_DAYNAME = "|".join(WEEKDAYS)


@dataclass(frozen=True, slots=True)
class CallWords:
    pattern: str  # on folded text
    acronym: str | None  # on the text as written: « ami » is a friend, only « AMI » says it
    label: str
    own: bool  # a call's own name: announced by the title or by « cet / a lancé … »
    invited_only: bool = False  # too common a word: a call only with an invitation
    launched: bool = False  # not its own name, but « a lancé le concours » announces it
    notice: bool = False  # a notice's own heading (« avis de marché »): a call wherever it is
    hints: tuple[str, ...] | None = None  # one is in any folded text the pattern matches


_PROJECTS = r"appels? a (?:projets?|innovations?)\b|\bcall for projects?\b|\bopen calls?\b"
_GRANTS = (
    r"\bsubventions?\b|\baides? regionales?\b|\bgrant (?:programme|program|scheme|funding|"
    r"call|applications?)\b|\bfunding call\b"
)
CALLS = (
    CallWords(
        r"appels? a manifestation d'interet",
        r"\bAMI\b",
        "Appel à manifestation d'intérêt",
        True,
        hints=("manifestation d'interet",),
    ),
    CallWords(
        _PROJECTS,
        r"\bAAP\b",
        "Appel à projets",
        True,
        hints=("appel", "call for project", "open call"),
    ),
    CallWords(
        r"appels? a candidatures?|\bcall for applications?\b",
        None,
        "Appel à candidatures",
        True,
        hints=("appel", "call for application"),
    ),
    # « calls worth €210 million under the Digital Europe Programme for proposals »
    CallWords(
        r"\bcalls? (?:[^\s.]+ ){0,12}?for (?:proposals?|papers?)\b|\bappels? a communications?\b|"
        r"\bappels? a contributions?\b|\bcalls? for (?:speakers|presentations|abstracts|"
        r"submissions)\b|\bappels? a (?:intervenants|orateurs|conferenciers)\b",
        None,
        "Appel à propositions",
        True,
        hints=("call", "appel"),
    ),
    CallWords(
        r"appels? d'offres?|\bcalls? for (?:tenders?|bids)\b|\btenders?\b|\bmarches? publics?\b|"
        r"appel public a la concurrence",
        None,
        "Appel d'offres",
        False,
        hints=("appel", "tender", "marche", "for bids"),
    ),
    # a request for proposals: "RFP 9899", "a new request for proposals (RFP)"
    CallWords(
        r"\brequests? for (?:proposals?|quotations?|qualifications?)\b|\brfps?\b",
        None,
        "Appel d'offres",
        True,
        hints=("request", "rfp"),
    ),
    # "The City of Tucson is seeking proposals": a buyer's own notice
    CallWords(
        r"\b(?:is|are) (?:now )?(?:seeking|requesting|inviting|soliciting) (?:proposals|bids|"
        r"offers|tenders)\b",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=("seeking", "requesting", "inviting", "soliciting"),
    ),
    # a call for applications' own closing, with its date: « 17 février : Clôture du dépôt
    # des dossiers de candidature », « date limite de candidature »
    CallWords(
        r"\bclotur\w* (?:du |des )?(?:depot des )?(?:dossiers de )?candidatures?\b|"
        r"\bdate limite (?:de |des )?(?:depot des )?(?:dossiers de )?candidatures?\b",
        None,
        "Appel à candidatures",
        False,
        hints=("candidature",),
    ),
    # a tender notice's or an applicants' guide's own words
    CallWords(
        r"\bavis de marche\b|\bavis d'appel public a la concurrence\b|"
        r"\bdossier de consultation des entreprises\b|\bdate limite de (?:remise|reception) des "
        r"(?:offres|plis)\b",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=("avis de marche", "avis d'appel", "dossier de consultation", "date limite de"),
    ),
    # an EU funding call's topic identifier, as the portals head a call:
    # "DIGITAL-2021-CLOUD-AI-01-PREP-AI", "HORIZON-CL4-2024-DIGITALEMERGING-01" (not a
    # programme's years, "Erasmus-2021-2027")
    CallWords(
        r"\b(?:horizon|digital|cef|erc|eic|life|edf|erasmus|cerv|eu4h|smp)(?:-[a-z][a-z0-9]*){0,4}"
        r"-20\d\d-[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b",
        None,
        "Appel à projets",
        True,
        notice=True,
        hints=(
            "horizon-",
            "digital-",
            "cef-",
            "erc-",
            "eic-",
            "life-",
            "edf-",
            "erasmus-",
            "cerv-",
            "eu4h-",
            "smp-",
        ),
    ),
    CallWords(
        r"\bguidelines? for applicants\b",
        None,
        "Appel à candidatures",
        True,
        notice=True,
        hints=("guideline",),
    ),
    CallWords(
        r"\bconcours\b|\bprix\b.{0,40}\bcandidat|\btrophees?\b.{0,60}\bcandidatur|"
        r"\bcandidatur\w*.{0,60}\btrophees?\b",
        None,
        "Concours",
        False,
        launched=True,
        hints=("concours", "prix", "trophee"),
    ),
    # a challenge, a competition or a prize: common words, a call only with an invitation
    CallWords(
        r"\b(?:challenges?|competitions?|contests?|prizes?)\b",
        None,
        "Concours",
        False,
        True,
        hints=("challenge", "competition", "contest", "prize"),
    ),
    CallWords(
        _GRANTS, None, "Aide et subvention", False, hints=("subvention", "aide", "grant", "funding")
    ),
    # a region's « chèque cyber », « chèque investissement », « chèque numérique »
    CallWords(
        r"\bcheques?[ -](?:[\w'-]+ ){0,2}?(?:cyber\w*|numeriques?|diagnostic|investissement|"
        r"innovation|transformation|export|conseil|digital)\b",
        None,
        "Aide et subvention",
        False,
        hints=("cheque",),
    ),
    # « grants », « funding »: also verbs and news words; a grant page invites to apply
    CallWords(
        r"\bgrants?\b|\bfunding\b|\bfinancements?\b",
        None,
        "Aide et subvention",
        False,
        True,
        hints=("grant", "funding", "financement"),
    ),
    # a fellowship or a scholarship that invites applications (« bourse »: also the stock market)
    CallWords(
        r"\bfellowships?\b|\bscholarships?\b|\bbourses? (?:de recherche|d'etudes|doctorales?|"
        r"de these)\b",
        None,
        "Appel à candidatures",
        False,
        True,
        hints=("fellowship", "scholarship", "bourse"),
    ),
    # an accelerator or an incubator that invites applications
    CallWords(
        r"\baccelerat\w*|\bincubat\w*",
        None,
        "Appel à candidatures",
        False,
        True,
        hints=("accelerat", "incubat"),
    ),
    # « les candidatures sont ouvertes jusqu'au 30 juin », "applications are now open": an
    # invitation that names the call (last: a call's own words name it first)
    CallWords(
        r"\bcandidatures? (?:sont |est )?(?:desormais |maintenant |encore )?ouvertes?\b|"
        r"\bapplications? (?:are |is )(?:now |currently )?open\b",
        None,
        "Appel à candidatures",
        False,
        hints=("s ouvert", "t ouvert", "e ouvert", "are open", "is open", "now open", "y open"),
    ),
)
# « cet appel », « le présent AAP », « a lancé cinq appels à projets », « this open call »
_ANNOUNCED = re.compile(
    r"(?:\b(?:cet|cette|present|presente|this|our|notre|nouvel|nouvelle|new)|\blanc[ea]\w*|"
    r"\blaunch\w*|\bouvr\w*|\bopens?|\bopened|\breleas\w*|\bissu(?:es|ed|ing)\b)"
    r"(?:\W+[\w'-]+){0,5}\W*$"
)
# announced after the call's words: « l'appel à projet que le plan France 2030 lance », « vient
# d'être lancé », « est ouvert », "is now open" (not « avait été lancé »)
_ANNOUNCED_AFTER = re.compile(
    r"\W*(?:\([^)]{0,20}\)\W*)?(?:(?:que|qui) (?:[\w'-]+ ){0,4}lance\b|"
    r"vient d'etre lancee?s?\b|(?:est|sont) (?:desormais |maintenant )?ouverte?s?\b|"
    r"(?:actuellement|desormais|maintenant) ouverte?s?\b|(?:is|are) (?:now |currently )?open\b)"
)
# an invitation to answer: the item is the call, whatever its words
_INVITED = re.compile(
    r"\bqui peut (?:candidater|postuler|concourir|participer|repondre)|\bpeuvent "
    r"(?:candidater|postuler|concourir)|\binvitee?s? a (?:deposer|postuler|candidater|repondre|"
    r"soumettre)|\bcandidatures? (?:sont |est )?(?:desormais |maintenant )?ouvertes?\b|"
    r"\bwho (?:can|should) apply\b|\bhow to apply\b|\binvited to (?:submit|apply)\b|"
    r"\bapplications? (?:for [\w' -]{1,40} )?(?:are |is )?(?:now )?open\b|\bopen(?:s|ed)? "
    r"applications\b|"
    r"\b(?:submission|application) deadline\b|\b(?:who is )?eligible to apply\b|"
    r"\bsolicit(?:s|ing)? (?:applications|proposals)\b|\bwe (?:welcome|invite|accept) "
    r"(?:applications|entries|proposals|submissions)\b|"
    r"\bapplication (?:period|process)\b|\bsubmission of an application\b|\bapply (?:now|online)\b|"
    r"\bdeposer (?:[\w']+ )?dossiers? de candidature|\bdossiers? de candidature (?:sont |est )?a "
    r"deposer|\bdeposer (?:sa|leur|une|votre) demande (?:de subvention|d'aide|de financement)\b|"
    r"\bentreprises (?:eligibles|cibles)\b|\bbeneficiaires eligibles\b|"
    r"\ba qui s'adresse (?:le|ce) dispositif\b|\bqui peut en beneficier\b|\bsont eligibles,? les "
    r"(?:tpe|pme|entreprises|start-?ups?)\b|\bpeut se voir allouer\b|"
    r"\bles entreprises candidates\b|\bles beneficiaires de l'aide sont\b|"
    r"\beligible applicants (?:are|include)\b"
)


@dataclass(frozen=True, slots=True)
class EventWords:
    pattern: str  # on folded text
    label: str
    title_only: bool = False  # too common in the text (a film festival): in the title only
    hints: tuple[str, ...] | None = None  # one is in any folded text the pattern matches


EVENTS = (
    EventWords(
        r"\bwebinaires?\b|\bwebinars?\b|\bwebconference\b", "Webinaire", hints=("webin", "webconf")
    ),
    EventWords(r"\bsalons?\b|\btrade (?:show|fair)\b", "Salon", hints=("salon", "trade ")),
    # « la Foire de Lyon », « foire-exposition » (not a site's « foire aux questions »)
    EventWords(r"\bfoires?\b(?! aux questions)", "Salon", hints=("foire",)),
    EventWords(r"\bateliers?\b|\bworkshops?\b", "Atelier", hints=("atelier", "workshop")),
    EventWords(r"\bseminaires?\b|\bseminars?\b", "Séminaire", hints=("semina",)),
    EventWords(
        r"\bconferences?\b(?! de presse)(?<!press conference)|\bcolloques?\b|\bsymposiums?\b",
        "Conférence",
        hints=("conference", "colloque", "symposium"),
    ),
    EventWords(r"\bforums?\b|\bsommet\b|\bsummit\b", "Forum", hints=("forum", "sommet", "summit")),
    # « le congrès “Cyber…” », « congrès national »: not « le Congrès » that votes
    EventWords(
        r"\bcongres (?:de|du|des|national|international|annuel|europeen|mondial)\b|"
        r"\bcongres\s*[\"“«]",
        "Congrès",
        hints=("congres",),
    ),
    EventWords(r"\bhackathons?\b", "Hackathon", hints=("hackathon",)),
    # « convention d'affaires », « la convention annuelle », "annual convention": a meeting
    # (not « signer une convention », an agreement)
    EventWords(
        r"\bconventions? (?:d'affaires|annuelles?|nationales?|regionales?)\b|"
        r"\bannual conventions?\b",
        "Rencontre",
        hints=("convention",),
    ),
    EventWords(
        r"\brencontres?\b|\bmatinales?\b|\bpetit-dejeuner\b|\bjournees?\b|\bmeetups?\b",
        "Rencontre",
        hints=("rencontre", "matinale", "petit-dejeuner", "journee", "meetup"),
    ),
    # « European Cyber Week », "AI Week": a week named by its subject, not "last week"
    EventWords(
        r"\b(?:cyber|ai|ia|tech|digital|numerique|innovation|startups?|blockchain|crypto|"
        r"data|industrie|industry)[ -]?weeks?\b",
        "Semaine thématique",
        hints=("week",),
    ),
    # "Security Days", "Swiss Cyber Security Days", "AI Days": days named by their subject
    EventWords(
        r"\b(?:cyber|security|securite|ai|ia|tech|digital|numerique|innovation|blockchain|"
        r"crypto|data)[ -]?days\b",
        "Rencontre",
        hints=("days",),
    ),
    # "Next Session July 10th", « prochaine session le 12 mars »: a meeting's next date
    EventWords(
        r"\bnext sessions?\b|\bprochaines? sessions?\b",
        "Rencontre",
        hints=("next session", "prochaine session", "prochaines session"),
    ),
    EventWords(r"\bfestivals?\b", "Festival", title_only=True, hints=("festival",)),
)
# what a person may say an item announces (the item page's « Corriger l'agenda »)
AGENDA_LABELS: dict[str, str] = {
    **{w.label: "call" for w in CALLS},
    **{e.label: "event" for e in EVENTS},
    "Événement": "event",  # any other event, or one a source declares
}
# what an item of a source declared to announce calls or events is, by default
DECLARED_LABELS = {"call": "Appel à projets", "event": "Événement"}


def reading(label: str, day: date | None) -> Opportunity | None:
    """A person's reading of an item for the agenda: a call or an event with its date, or
    nothing (``label`` empty)."""
    if not label:
        return None
    kind = AGENDA_LABELS[label]
    return Opportunity(
        kind, label, day if kind == "call" else None, day if kind == "event" else None, "lu"
    )


# a date right after: « jusqu'au 15 mai », « au-delà du 31 décembre », « by 1 March »
_CUE = re.compile(
    r"(?:jusqu'(?:au|a)|avant (?:le )?|au plus tard (?:le )?|d'ici (?:le |au )|au-dela du |by |"
    r"until |before |closes? (?:on )?|closing (?:on )?|due (?:on |by )?)\s*"
)
# a date laid out before its closing label: « September 30: Submission deadline », « 17 février
# (23h59) Clôture du dépôt »
_CLOSING_AFTER = re.compile(
    r"\s*(?:\([^)]{0,12}\)\s*(?:[:–-]\s*)?|[:–-]\s*(?:[\w']+ ){0,2}?|(?=\s*(?:applications?|"
    r"proposals?|submissions?) (?:are |is )?due\b))"
    r"(?:deadline|date limite|clotur\w*|closing date|(?:applications?|proposals?|submissions?) "
    r"(?:are |is )?due|(?:window|period) closes)\b"
)
# a date laid out before its label: « 15 May 2026 / Opening / 15 July 2026 / Deadline »
_OPENING_AFTER = re.compile(r"\W*(?:opening|ouverture|lancement|start|debut)\b")
# … or after it: « Opening 22.05.2025 Deadline 23.09.2025 »
_LABELS_FIRST = re.compile(r"\w*\W*(?:opening|ouverture|lancement|start|debut)\b")
_OPENING_BEFORE = re.compile(r"\b(?:opening|ouverture|lancement|start|debut)\W*(?:date\W*)?$")
# a past event: « s'est tenu les 23 et 24 juin », « le 16 septembre dernier »
_PAST_BEFORE = re.compile(
    r"(?:s'est tenue?s?|se sont tenue?s|a eu lieu|ont eu lieu|s'est deroulee?s?|took place|"
    r"was held|were held|has been held|have been held|a reuni|ont reuni|a (?:recemment )?ete "
    r"lancee?|avai(?:en)?t jusqu'(?:au|a)|had until|(?<!sera )(?<!seront )(?<!etre )\btenue?s?|"
    r"originally (?:scheduled|planned)(?: to (?:occur|take place|be held))?|"
    r"initialement (?:prevue?s?|programmee?s?))\W+(?:[\w'-]+\W+){0,2}$"
)
_PAST_AFTER = re.compile(
    r"\W*(?:dernier|derniere)\b|\W*(?:[\w'-]+\W+){0,6}?(?:s'est tenue?s?|se sont tenue?s|"
    r"a eu lieu|ont eu lieu|s'est deroulee?s?|took place|was held|were held|a ete le theatre|"
    r"(?:a|ont) ete organisee?s?|"
    r"(?:a|ont) (?:accueilli|rassemble|reuni))\b"
)
# an hour right after a date: « , 11h30 », « à 20h », "| 8:30 a.m.", "@ 1pm", "at 10:00"
_TIME_AFTER = re.compile(
    r"\s*(?:[,|@–-]\s*)?(?:(?:a|at|des|de|from|a partir de)\s+)?"
    r"(?:\d{1,2}(?:h(?:\d{2})?\b|:\d{2}\b)|\d{1,2}(?:(?::\d{2})?\s?(?:to|-|–)\s?\d{1,2}(?::\d{2})?)?"
    r"\s?(?:a\.?m\b|p\.?m\b))"
)
_AN_HOUR = re.compile(r"\d(?:h(?:\d{2})?\b|:\d{2}\b|\s?[ap]\.?m\b)")
# an announcement of when: « aura lieu les 6, 7 et 8 décembre », « will take place … from »
_TAKES_PLACE = re.compile(
    r"\baura lieu\b|\bauront lieu\b|\bse tiendra\b|\bse deroulera\b|\bwill take place\b|"
    r"\bwill be held\b"
)
# who organises an event on a day, the day right after: « la CMA organise les 14 et 15
# octobre », "Fusion will host on July 24" (not « organise depuis 2015 »)
_ORGANISES = re.compile(
    r"\b(?:organise|organisera|organisent|organiseront|accueille|accueillera|hosts|will host|"
    r"is hosting|will be hosting|organizes|will organize)\b"
)
ORGANISED_NEAR = 12  # characters between the verb and its day: « organise, le mardi 3 mars »
# an invitation to come: the item announces an event, whatever it calls it
_ATTEND = re.compile(
    r"\b(?:are|is) invited to (?:attend|join)\b|\bjoin us (?:on|for|at)\b|\bsont invitee?s? a "
    r"(?:participer|assister)\b|\bvous invitent? a (?:participer|assister)\b"
)
# a day to keep: « Save the date : le 12 mars », « À vos agendas ! », « notez la date »
_SAVE_THE_DATE = re.compile(
    r"\bsave the date\b|\ba vos agendas\b|\bnotez (?:bien )?(?:la date|dans vos agendas)\b|"
    r"\breservez (?:la|votre) date\b|\bmark your calendars?\b"
)
_SAVE_HINTS = ("save the date", "agendas", "notez", "reservez", "mark your calendar")
# an application window: its end is the closing date (« candidatures ouvertes du 10
# septembre au 10 novembre 2020 », « à déposer à partir du 13 mai au 31 juillet »)
_WINDOW = re.compile(
    rf"\b(?:du \d{{1,2}}(?:er)?(?: (?:de )?(?:{_MONTH})\b\.?(?: \d{{4}})?)? au |"
    rf"from (?:(?:{_MONTH})\b\.? \d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})\b)"
    rf"\.?,?(?: \d{{4}})? (?:to|until|through) )"
)
# a closing date within a few words: « clôture de l'appel à projets, … : le 29 novembre »
_CLOSING = re.compile(
    r"date limite|\bclotur\w*|\bdeadline|attendue?s? (?:pour|avant) le|clos(?:ing|ed) date|"
    r"\bcalendrier des releves\b|\bdates? de releve\b|\bcut-offs?\b|\bse termin\w*|"
    r"\bclosure of\b|\bperiod ends\b|\b(?:rfp|proposals?|bids?|responses?|offers?|"
    r"applications?|submissions?) (?:are |is )?due\b|\bdue date\b"
)
# a title that asks or teaches is about calls in general: « Appels à projets : de quoi
# parle-t-on ? », « How to run open calls »
_GENERAL_TITLE = re.compile(r"\?|\bhow to\b|\bcomment\b|\bguide\b|\bconseils\b")
# a title about a call's results: « lauréate », « les 85 projets sélectionnés », "winners"
_RESULTS_TITLE = re.compile(
    r"\blaureat|\bwinners?\b|\bselectionnes\b|\bprime(?:e|s|es)?\b|\brecompens|\bresultats?\b"
)
CLOSING_NEAR = 100  # characters between a closing cue and its date
_DAY_MONTH = (
    rf"(?:le |the )?\b(\d{{1,2}})(?:er|st|nd|rd|th|\.)? (?:de |of )?({_MONTH})\b\.?"
    rf"(?: (\d{{4}})\b)?"
)
# "January 15, 2027", "November 1st and 2nd, 2023", "Oct. 26-27", "April 21st to April 23rd":
# the first day, with the year that follows the list
_MONTH_DAY = (
    rf"\b({_MONTH})\b\.? (\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:(?:,? and|,| to| ?[-–]) ?(?:(?:{_MONTH})\b\.? )?\d{{1,2}}(?:st|nd|rd|th)?\b)*"
    rf",?(?: (\d{{4}})\b)?"
)
_NUMERIC = r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"
_DATE = re.compile(rf"{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}")
# « du 3 au 5 février », "1-2 November", "1 and 2 November 2023", "from 15 to 17 November":
# the first day (groups: first day, last day, month, year)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\b\.? (\d{{4}})\b")  # « novembre 2023 »
# « du 24 février au 3 mars 2024 », "24 February to 3 March 2024": the first day's year is the
# last day's (the year before when the span crosses new year: « du 28 décembre au 3 janvier »)
_ACROSS_MONTHS = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? (?:de |of )?({_MONTH})\b\.?"
    rf"(?: au | to | until | through | ?[-–] ?)(?:le |the )?\d{{1,2}}(?:er|st|nd|rd|th)? "
    rf"(?:de |of )?({_MONTH})\b\.?,? (\d{{4}})\b"
)
# an event's edition named by its year: « l'édition 2024 », « pour l'édition de 2023 », "the 2024
# edition" (not a past one: « après le succès de l'édition 2023 », _PAST_EDITION)
_EDITION_YEAR = re.compile(r"\bedition (?:de |du |d')?(20\d\d)\b|\b(20\d\d) edition\b")
_PAST_EDITION = re.compile(r"(?:succes de l'|apres l'|precedente |derniere |last |previous )$")
_RANGE = re.compile(
    rf"\b(?:du |from |the )?(\d{{1,2}})(?:er|st|nd|rd|th)?(?: au | to | and | et | ?[-–] ?)"
    rf"(?:le |the )?(\d{{1,2}})(?:er|st|nd|rd|th)? (?:de |of )?({_MONTH})\b\.?(?: (\d{{4}})\b)?"
)
# a day named by its weekday, from the publication: « ce lundi », « mardi prochain », "next
# Thursday", "beginning Tuesday"
_WEEKDAY = re.compile(
    rf"\b(?:(ce|this|next|beginning|starting|a partir de|des|prevue? pour|demarrant|debutant|"
    rf"commencant) ({_DAYNAME})\b|"
    rf"({_DAYNAME}) (prochain)\b)"
)
# « les 6, 7 et 8 décembre », « des 13, 14 et 15 avril », « jeudi 28 et vendredi 29 juin »: the
# first day
_LIST = re.compile(
    rf"\b(?:(?:les|aux|des) (?:(?:{_DAYNAME}) )?|(?:{_DAYNAME}) )(\d{{1,2}})(?:er)?"
    rf"(?:, (?:(?:{_DAYNAME}) )?\d{{1,2}})* et (?:(?:{_DAYNAME}) )?\d{{1,2}} "
    rf"(?:de )?({_MONTH})\b\.?(?: (\d{{4}})\b)?"
)


@dataclass(frozen=True, slots=True)
class Opportunity:
    kind: str  # "call" or "event"
    label: str  # « Appel à projets », « Webinaire »…
    deadline: date | None  # a call's closing date
    when: date | None  # an event's (first) day
    phrase: str  # the words that said it

    @property
    def day(self) -> date | None:
        """The date that matters: a call's deadline, an event's day."""
        return self.deadline if self.kind == "call" else self.when

    def to_json(self) -> dict[str, str | None]:
        return {
            "kind": self.kind,
            "label": self.label,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "when": self.when.isoformat() if self.when else None,
            "phrase": self.phrase,
        }

    @classmethod
    def from_json(cls, data: dict[str, str | None]) -> Opportunity:
        deadline, when = data.get("deadline"), data.get("when")
        return cls(
            str(data["kind"]),
            str(data["label"]),
            date.fromisoformat(deadline) if deadline else None,
            date.fromisoformat(when) if when else None,
            str(data.get("phrase") or ""),
        )


def fold(text: str) -> str:
    """Lower case, accents off, one kind of apostrophe, single spaces."""
    return " ".join(lower_plain(text.replace("’", "'")).split())


def _year(day: int, month: int, year: str | None, published: date) -> date | None:
    """The date; without a year, the first such day from the publication on."""
    try:
        if year:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return date(full, month, day)
        candidate = date(published.year, month, day)
        if candidate < published:
            candidate = date(published.year + 1, month, day)
        return candidate
    except ValueError:
        return None


def read_date(match: re.Match[str], published: date) -> date | None:
    g = match.groups()
    if g[0]:  # 15 janvier (2027)
        return _year(int(g[0]), MONTHS[g[1]], g[2], published)
    if g[3]:  # January 15, 2027
        return _year(int(g[4]), MONTHS[g[3]], g[5], published)
    if g[6]:  # 15/01(/2027): day first, as in French and in British English
        if not g[8] and len(g[6]) == len(g[7]) == 1:
            return None  # « 3/4 des PME », a programme's « (1/3) »: a fraction, not a day
        day, month = int(g[6]), int(g[7])
        if month > 12 >= day:  # 03/14/2024: month first, as in American English
            day, month = month, day
        return _year(day, month, g[8], published) if 1 <= month <= 12 else None
    if g[9]:  # 15.01.2027: with its year only (« 1.5 million » is no date)
        month = int(g[10])
        return _year(int(g[9]), month, g[11], published) if 1 <= month <= 12 else None
    return None


def _dates(text: str) -> list[re.Match[str]]:
    """Every date, range and list of days in ``text``, in order."""
    found = [*_RANGE.finditer(text), *_LIST.finditer(text), *_DATE.finditer(text)]
    return sorted(found, key=lambda m: m.start())


_NEXT_WORD = re.compile(r"\s*\S*")


def _near(text: str, start: int, size: int) -> str:
    """``size`` characters of ``text`` from ``start``, to the end of the word they cut (a
    year cut in two is no day: « juin 20|25 ») and the next one."""
    end = start + size
    while end < len(text) and not text[end].isspace():
        end += 1
    # a date the window cuts is read whole: « jeudi 5 mai| 2022 »
    around = max(start, end - 30)
    for cut in _dates(text[around : end + 30]):
        if around + cut.start() < end < around + cut.end():
            end = around + cut.end()
    # and the word after, which may say the date is past: « les 27 et 28 novembre dernier »
    following = _NEXT_WORD.match(text, end)
    return text[start : following.end() if following else end]


def _in_year(
    day: date | None, match: re.Match[str], stated: dict[tuple[int, int], int]
) -> date | None:
    """A day written without its year takes the year the text gives it elsewhere (« jusqu'au
    12 avril … ouvert jusqu'au vendredi 12 avril 2024 »), its month elsewhere (« en avril
    2024 »), or, for an event, the year of the edition it names (``(0, 0)``)."""
    if day is None or _has_year(match):
        return day
    year = stated.get((day.day, day.month), stated.get((0, day.month), stated.get((0, 0))))
    return day.replace(year=year) if year is not None else day


def _in_text_year(
    day: date | None, match: re.Match[str], text: str, published: date
) -> date | None:
    """``_in_year`` with the years ``text`` states, read only for a day without its year."""
    if day is None or _has_year(match):
        return day
    return _in_year(day, match, _stated_in(text, published))


def closing_in(text: str, published: date) -> date | None:
    """The date a closing cue gives (« clôture », « date limite », « deadline »: the first
    date a few words after it), else the end of an application window (« du 10 septembre
    au 10 novembre »), or the date a closing label follows (« September 30: Submission
    deadline »): what a long page says of its closing date, wherever it says it."""
    for labelled in _DATE.finditer(text):
        if _CLOSING_AFTER.match(text, labelled.end()) and (found := read_date(labelled, published)):
            return _in_text_year(found, labelled, text, published)
    for cue in _CLOSING.finditer(text):
        window = _near(text, cue.end(), CLOSING_NEAR)
        labels_first = bool(_LABELS_FIRST.match(window))  # « Opening 22.05 Deadline 23.09 »
        for near in _DATE.finditer(window):
            if (
                _OPENING_BEFORE.search(window[max(0, near.start() - 20) : near.start()])
                if labels_first
                else _OPENING_AFTER.match(window, near.end())
            ):
                continue  # the opening date of a table « date / label » or « label / date »
            if found := read_date(near, published):
                return _in_text_year(found, near, text, published)
    for window_start in _WINDOW.finditer(text):
        end = _DATE.match(text, window_start.end())
        if end and _past_span(text, window_start.start(), end.end()):
            continue  # « du 23 au 28 novembre s'est tenu le hackathon »: no window to apply in
        if end and (found := read_date(end, published)):
            return _in_text_year(found, end, text, published)
    return None


def deadline_in(text: str, published: date) -> date | None:
    """The closing date: a closing cue's or an application window's (``closing_in``), else
    the date right after « jusqu'au », « avant le », « by »…"""
    if found := closing_in(text, published):
        return found
    for cue in _CUE.finditer(text):
        right_after = _DATE.match(text, cue.end())
        if right_after and _past(text, right_after):
            continue  # « les équipes avaient jusqu'au 18 novembre »: a report
        if right_after and (found := read_date(right_after, published)):
            return _in_text_year(found, right_after, text, published)
    return None


def _past(text: str, match: re.Match[str]) -> bool:
    """« s'est tenu les 23 et 24 juin », « le 16 septembre dernier »: a report, not an
    announcement."""
    return _past_span(text, match.start(), match.end())


def _past_span(text: str, start: int, end: int) -> bool:
    """``_past`` for the words from ``start`` to ``end``."""
    before = text[max(0, start - 40) : start]
    return bool(_PAST_BEFORE.search(before) or _PAST_AFTER.match(text, end))


def edition_year(text: str) -> int | None:
    """The year of the edition an item names, when it names one year only (« Med'Agri : une
    édition 2024 », « pour l'édition de 2023 »)."""
    if "edition" not in text:
        return None  # most items
    years = {
        int(m.group(1) or m.group(2))
        for m in _EDITION_YEAR.finditer(text)
        if not _PAST_EDITION.search(text, max(0, m.start() - 16), m.start())
    }
    return years.pop() if len(years) == 1 else None


def first_date(text: str, published: date, edition: int | None = None) -> date | None:
    """The first date of the text after the publication that is not in the past tense
    (« du 3 au 5 février », « les 3, 4 et 5 février »: the 3rd): an event announced is
    still to come; a day on or before the publication is a report's (« le salon a ouvert
    ses portes le 11 juin »). A day without its year takes the year of the ``edition`` the
    item names, if any (a page still online two years on: « l'édition 2024 … du 15 au 17
    octobre »)."""
    found = _dates(text)
    stated = _stated(text, published, found)
    if edition is not None:
        stated[(0, 0)] = edition
    past_until = -1  # the end of a past span: the dates inside it are past too
    for match in found:
        if match.start() < past_until or _past(text, match):
            past_until = max(past_until, match.end())
            continue
        day = _in_year(_read_any(match, published), match, stated)
        if day is not None and day > published:
            return day
        past_until = max(past_until, match.end())  # « du 11 au 15 juin »: the 15th too
    for match in _WEEKDAY.finditer(text):
        if not _past(text, match) and (day := weekday_from(match, published)) > published:
            return day
    return None


def _has_year(match: re.Match[str]) -> bool:
    if match.re is _RANGE:
        return bool(match.group(4))
    if match.re is _LIST:
        return bool(match.group(3))
    g = match.groups()
    return bool(g[2] or g[5] or g[8] or g[9])


def _read_any(match: re.Match[str], published: date) -> date | None:
    """The (first) day of a date, a range (« du 3 au 5 février ») or a list (« les 3 et 4 »)."""
    if match.re is _DATE:
        return read_date(match, published)
    month = match.group(3) if match.re is _RANGE else match.group(2)
    year = match.group(4) if match.re is _RANGE else match.group(3)
    return _year(int(match.group(1)), MONTHS[month], year, published)


def _stated_years(found: list[re.Match[str]], published: date) -> dict[tuple[int, int], int]:
    """The year the text gives a day when it names it in full somewhere: « mercredi 5
    novembre … Quand : mercredi 5 novembre 2025 »."""
    years: dict[tuple[int, int], int] = {}
    for match in found:
        if _has_year(match) and (day := _read_any(match, published)) is not None:
            years.setdefault((day.day, day.month), day.year)
    return years


def _stated(
    text: str, published: date, found: list[re.Match[str]] | None = None
) -> dict[tuple[int, int], int]:
    """The years the text gives its days (day, month) and its months (0, month)."""
    stated = {(0, month): year for month, year in _month_years(text).items()}
    for span in _ACROSS_MONTHS.finditer(text):
        first, last = MONTHS[span.group(2)], MONTHS[span.group(3)]
        year = int(span.group(4)) - (1 if first > last else 0)
        stated.setdefault((int(span.group(1)), first), year)
    stated.update(_stated_years(_dates(text) if found is None else found, published))
    return stated


@lru_cache(maxsize=8)
def _stated_in(text: str, published: date) -> dict[tuple[int, int], int]:
    """``_stated`` once per text (a page read for a call's closing date, then down the
    page)."""
    return _stated(text, published)


def _month_years(text: str) -> dict[int, int]:
    """The year the text gives a month, when it gives it one only: « en novembre 2023 »."""
    seen: dict[int, set[int]] = {}
    for m in _MONTH_YEAR.finditer(text):
        seen.setdefault(MONTHS[m.group(1)], set()).add(int(m.group(2)))
    return {month: years.pop() for month, years in seen.items() if len(years) == 1}


def weekday_from(match: re.Match[str], published: date) -> date:
    """The day « ce lundi » or "next Thursday" names: « prochain », "next", "beginning",
    "starting" look forward (today counts, except for « prochain » and "next"); « ce »
    and "this" name the nearest such day, three days back at most (a report of « ce
    lundi » published on Wednesday)."""
    word, name = (match.group(1), match.group(2)) if match.group(2) else ("next", match.group(3))
    ahead = (WEEKDAYS[name] - published.weekday()) % 7
    if word == "next" and ahead == 0:
        ahead = 7
    elif word in ("ce", "this") and ahead > 3:
        ahead -= 7
    return published + timedelta(days=ahead)


NEAR = 80  # characters between an event's word in the text and its date


def _call_words(
    words: CallWords, title: str, head: str, raw: str, whole: str
) -> tuple[str, bool, bool]:
    """The call's words as written in the item (empty when absent), whether the title
    (``head`` folded) says them, and whether the text announces the call (« cet appel »,
    « a lancé … »)."""
    matches = (
        list(re.finditer(words.pattern, whole))
        if words.hints is None or any(map(whole.__contains__, words.hints))
        else []
    )
    hits = [(whole[max(0, m.start() - 60) : m.start()], m.group(0)) for m in matches]
    announced_after = any(_ANNOUNCED_AFTER.match(whole, m.end()) for m in matches)
    if words.acronym and words.acronym[2:-2] in raw:  # « AMI », « AAP » as written
        hits += [
            (fold(raw[max(0, m.start() - 80) : m.start()]), m.group(0))
            for m in re.finditer(words.acronym, raw)
        ]
    if not hits:
        return "", False, False
    in_title = bool(re.search(words.pattern, head)) or bool(
        words.acronym and re.search(words.acronym, title)
    )
    announced = announced_after or any(_ANNOUNCED.search(before) for before, _ in hits)
    return hits[0][1], in_title, announced


LEAD_CHARS = 3_000  # characters of a page's text read for what it announces
BODY_CHARS = 30_000  # characters of a page's text read for a closing date


def item_text(title: str, text: str, body: str = "") -> str:
    """What an item says, as written: its title, its summary and its page's lead (what the
    rules read it for, and what the agenda's model learns from)."""
    return f"{title}. {text} {body[:LEAD_CHARS]}"


def detect(
    title: str, text: str, published: date, body: str = "", announces: str | None = None
) -> Opportunity | None:
    """What an item announces (``recognise``); for an item of a source declared to announce
    calls or events (``announces``: "call" or "event", sources.yaml), that kind whatever
    the words, with its date when the item gives one (``declared``)."""
    found = recognise(title, text, published, body)
    if announces is None or (found is not None and found.kind == announces):
        return found
    return declared(announces, title, text, published, body)


def declared(
    announces: str, title: str, text: str, published: date, body: str = ""
) -> Opportunity | None:
    """An item of a source that announces only calls or only events (a partner's « appels
    à projets » page, an events feed): a call with its closing date, or an event with its
    first day to come, each when the item states it. A title giving a call's winners is
    no call."""
    whole = fold(item_text(title, text, body))
    label = DECLARED_LABELS[announces]
    if announces == "call":
        if _RESULTS_TITLE.search(fold(title)):
            return None
        return Opportunity("call", label, _call_deadline(whole, body, published), None, "source")
    when = first_date(whole, published, edition_year(whole))
    return Opportunity("event", label, None, when, "source")


def _call_deadline(whole: str, body: str, published: date) -> date | None:
    """A call's closing date: in the item and the page's lead, else from a closing cue
    further down the page."""
    if (deadline := deadline_in(whole, published)) is None and len(body) > LEAD_CHARS:
        deadline = closing_in(fold(body[LEAD_CHARS:BODY_CHARS]), published)
    return deadline


def recognise(title: str, text: str, published: date, body: str = "") -> Opportunity | None:
    """The call or event an item announces, if it announces one. ``text`` is the item's
    summary; ``body`` its page's text when the collector fetched it: what the item
    announces is read in the summary and the page's first 3,000 characters, a call's
    closing date also further down the page (a closing cue's or an application window's
    only: a « jusqu'au » far down a long page is about something else).

    A call: its words with a closing date; or a call's own name (« appel à projets »,
    « AMI ») in the title (not one that asks or teaches) or announced by the text (« cet
    appel », « a lancé »); or any call words with an invitation to answer (« qui peut
    candidater ? », « qui peut en bénéficier ? »); never when the title gives its results
    (« les lauréats », "winners"). An event: its word in the title and a date in the item,
    its word in the text with a date right after it, « aura lieu » or « organise » and a
    date with an event's word somewhere in the item, or a day with its hour in an item that
    names an event or invites to attend; or the date after « save the date », « à vos
    agendas ». The date is after the publication."""
    raw = item_text(title, "" if _repeats(text, body) else text, body)
    whole = fold(raw)
    head = fold(title)
    invited = _invited(whole)
    general_title = bool(_GENERAL_TITLE.search(head))
    deadline: date | None = None
    deadline_read = False  # read once, for the first call words that need it
    results = bool(_RESULTS_TITLE.search(head))  # its winners: the call is over
    for words in CALLS if not results else ():
        if words.invited_only and not invited:
            continue  # too common a word without an invitation: not even looked for
        found, in_title, announced = _call_words(words, title, head, raw, whole)
        if not found:
            continue
        if not deadline_read:
            deadline, deadline_read = _call_deadline(whole, body, published), True
        said = (
            words.notice
            or (words.own and in_title and not general_title)
            or ((words.own or words.launched) and announced)
        )
        if deadline is None and not (invited or said):
            continue  # a call mentioned in passing, or a tender without a closing date
        return Opportunity("call", words.label, deadline, None, found.lower())
    kinds = []  # the events the item names, for « aura lieu » below
    named = [e for e in EVENTS if e.hints is None or any(map(whole.__contains__, e.hints))]
    titled = [e for e in named if re.search(e.pattern, head)]
    # the day an event the title names is on: the item's first day to come
    edition = edition_year(whole) if named else None
    title_day = first_date(whole, published, edition) if titled else None
    # the event the title names first (« Blockhack hackathon »: not its workshops' day)
    for event in titled + [e for e in named if e not in titled]:
        when = None
        label = event.label
        if event in titled:
            kinds.append(label)
            when = title_day
        elif not event.title_only:
            mentions = list(re.finditer(event.pattern, whole))
            kinds += [label] if mentions else []
            for found_event in mentions:
                after = _near(whole, found_event.end(), NEAR)
                if (when := first_date(after, published, edition)) is not None:
                    break
        if when is not None:
            return Opportunity("event", label, None, when, label.lower())
    for takes_place in _TAKES_PLACE.finditer(whole) if kinds else ():
        when = first_date(_near(whole, takes_place.end(), NEAR), published, edition)
        if when is not None:  # « the conference … will take place … from March 30 »
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    for organises in _ORGANISES.finditer(whole) if kinds else ():
        when = first_date(_near(whole, organises.end(), ORGANISED_NEAR), published, edition)
        if when is not None:  # « la CMA organise les 14 et 15 octobre 2025 … une rencontre »
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    saves = any(map(whole.__contains__, _SAVE_HINTS)) and bool(_SAVE_THE_DATE.search(whole))
    for saved in _SAVE_THE_DATE.finditer(whole) if saves else ():  # "Save the Date for …"
        if (when := first_date(_near(whole, saved.end(), NEAR), published, edition)) is not None:
            label = kinds[0] if kinds else DECLARED_LABELS["event"]
            return Opportunity("event", label, None, when, label.lower())
    if saves or _ATTEND.search(whole):  # an event named, whatever
        kinds.append(DECLARED_LABELS["event"])  # its word: "are invited to attend"
    if kinds and (when := timed_day(whole, published)) is not None:
        return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    return None


def _repeats(summary: str, body: str) -> bool:
    """Whether the summary is only the page's first lines (the collector's summary of a page
    it fetched: its first 400 characters): read once, in the page, where a sentence goes
    on past the summary's cut (« Le 9 novembre, une conférence … | a été organisée »)."""
    head = fold(summary.rstrip().removesuffix("…"))
    return bool(head and body) and fold(body[: 2 * len(summary) + 100]).startswith(head)


def _invited(text: str) -> bool:
    """An invitation to answer in ``text`` (« qui peut candidater ? »), not a denial of one
    ("cities are not eligible to apply")."""
    return any(text[max(0, m.start() - 4) : m.start()] != "not " for m in _INVITED.finditer(text))


def timed_day(text: str, published: date) -> date | None:
    """The first day to come that the text gives with its hour (« 08 May 2025 | 8:30 a.m. »,
    « le mercredi 15 mai, à 20h »): an appointment, wherever the event's word is. A page's
    own stamp (« publié le 3 mars à 14h05 ») is not after its publication."""
    if not _AN_HOUR.search(text):
        return None  # most items: no hour at all
    found = _dates(text)
    stated = _stated(text, published, found)
    for match in found:
        if not _TIME_AFTER.match(text, match.end()) or _past(text, match):
            continue
        day = _in_year(_read_any(match, published), match, stated)
        if day is not None and day > published:
            return day
    return None
