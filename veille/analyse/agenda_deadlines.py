"""A call's closing date as a page states it (pure): after a closing cue (« clôture », « date
limite », "deadline", "applications close"), before its label ("September 30: Submission
deadline"), at the end of an application window (« candidatures du 10 septembre au 10
novembre »), else right after « jusqu'au », « avant le », "by" — not an event's days, a
report's past deadline, a funded project's own calendar or a closing date for questions.
The dates themselves are read by ``agenda_dates``. Every function reads folded text
(``opportunities.fold``)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise

from veille.analyse.agenda_calls import APPLICATIONS_DUE
from veille.analyse.agenda_dates import (
    DATE,
    DAY_NAMES,
    JUST_PAST,
    MONTH_NAMES,
    MONTHS,
    SENTENCE_BREAK,
    has_year,
    in_order,
    in_text_year,
    is_past,
    is_past_span,
    read_date,
    reported_in_sentence,
    text_after,
)

# a date right after: « jusqu'au 15 mai », « au-delà du 31 décembre », « by 1 March », "until 4
# p.m. ET on June 18", « jusqu'au mercredi 15 juin »
_CUE = re.compile(
    # "submitted by the end of 7th July 2019"
    # (and a specification's « jusqu'au : / 26 avril 2019 à 17h00 », its date below a colon)
    # (and « déposés au plus tard, le 12 février 2021 »)
    # (and an AMI's cover: « Date de lancement 31 janvier 2019 Dépôts des dossiers 3 mai 2019 »,
    # the date right after its label)
    # (and a first session's: « déposées au plus tard pour la première session le 26 juin 2015 »)
    r"(?:jusqu'(?:au|a)(?: ?:)?|avant (?:le )?|d'ici (?:le |au )|"
    r"au plus tard,? (?:pour la (?:premiere|1ere|prochaine) session,? )?(?:le )?|"
    r"depots? des (?:dossiers|candidatures) ?:? |"
    r"au-dela du |"
    # (and a list's "Submission of the form by: 6 October 2023")
    r"by:? (?:the end of (?:the day(?: on)? )?)?|"
    # (and "from today till to 12.00 p.m. on 13th May 2023")
    # (and "Applications are open until next 31st July 2023")
    # (and "received by not later than 23:59pm CET on Monday 27th of February, 2023", "Prize
    # closing: 31 October 2023")
    r"until (?:the |next )?|till (?:the |to )?|through |before |no[t]? later than (?:the )?|"
    r"closes?:? (?:on )?|closing:? (?:on )?|"
    r"due (?:on |by )?)\s*"
    # "until 4 p.m. ET on", "no later than 11:00 A.M., local time prevailing, on July 26"
    # (and "submit your form by midnight on 12 November")
    # (and "no later than 5:00pm EDT (New York time) on Monday 14 April 2008", "Applications
    # close at 11:59pm on Sunday 10th of December")
    r"(?:(?:at )?(?:\d{1,2}(?:[:h.]\d\d)? ?(?:[ap]\.?m\.?)?|midnight|noon)"
    r"(?:,? (?:[a-z]{2,3}|local time(?: prevailing)?|"
    r"(?:eastern|pacific|central|mountain) (?:standard |daylight )?time))?"
    # (and a day told with its article: "send your application file before midnight on the
    # 28/08")
    r"(?: \([^)]{1,20}\))?,? on (?:the )?|"
    # ("The idea submission form shall be open until the midnight of 25th Oct 2021")
    r"(?:the )?midnight of )?"
    rf"(?:(?:{DAY_NAMES}),? )?"
)
# a date laid out before its closing label: « September 30: Submission deadline », « 17 février
# (23h59) Clôture du dépôt »
# "by the February 1 deadline" (on its line, no date after it: not « June 12 / Deadline /
# November 12 »)
_CLOSING_AFTER = re.compile(
    # (its hour between them: "09 October 2023| 12:00 CEST (at noon) – Deadline for submission")
    r"(?:\s*[|,]?\s*\d{1,2}[:h.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?(?=\s*[(:–|-]))?"
    r"(?:\s*(?:\([^)]{0,12}\)\s*(?:[:–-]\s*)?|[:–|-]\s*(?:[\w']+ ){0,2}?|"
    r"(?=\s*(?:applications?|proposals?|submissions?) (?:are |is )?due\b)|"
    r"(?=\s*round \w+ closes\b))|"  # "February 21, 2020 Round 1 Closes"
    # (and a table's "07 Jun 2023 / Last deadline for submitting an application")
    rf" (?:the )?(?:(?:last|final) )?(?=deadline\b(?![\s:]*(?:\d|(?:{MONTH_NAMES})\b)))|"
    # « 30 juin 2019 date ultime pour être candidat »
    r" (?=date (?:limite|ultime) pour\b))"
    r"(?:deadline|date limite|date ultime|clotur\w*|closing date|"
    r"(?:applications?|proposals?|submissions?) (?:are |is )?due|"
    r"(?:window|period|round \w+) closes|"
    # a timeline's row: "28 February - Call for proposals closes", "Tuesday, May 28 | Student
    # Competition – Closes |" (and "14 February 2020 : Registration closes.")
    r"(?:call for [\w-]+|applications|registrations?|submissions|entries|nominations|"
    r"competition|contest)"
    r"\s*[–-]?\s*closes?)\b"
    # a label with its own date after a dash or a colon is « label - date »: "- Opening Date -
    # November 17, 2021 - Deadline - February 22, 2022" (the 17th is no closing date; but
    # "October 31, 2019: Applications deadline November 13, 2019: Finalists announced")
    # (its weekday first: "Invited talk proposals due: Tuesday, February 1, 2022 - Poster
    # proposals due: Friday, July 8, 2022" is no date before its label)
    rf"(?!\s*[:–-]\s*(?:(?:{DAY_NAMES}),? )?(?:\d|(?:{MONTH_NAMES})\b))"
)
# a row's label right before its date: "Registration deadline 2 May 2019", "Open Date:
# 23/12/2018" (its date is the label's, not one a next row's label follows)
_LABEL_BEFORE = re.compile(r"\b(?:deadline|date)\s*:?\s*$")
# a date followed by « au plus tard »: « un dossier … pour le 24 juin 2022 au plus tard »
# or « (16 octobre 2019, à 0h01 dernier délai) », « avec le 7 février 2020 comme dernier délai de
# soumission »; « le 2 septembre 2016 à minuit (heure de Paris) au plus tard »
_AT_THE_LATEST = re.compile(
    r",?\s+(?:a (?:\d{1,2}h\d{0,2}|minuit|midi)(?: \(heure de [\w -]{1,20}\))?,?\s+)?"
    r"(?:au plus tard|(?:comme )?dernier delai|comme date limite)\b"
)
# a row's label before the day a call's results are told, not its closing: « Annonce des
# lauréats | 30/10/2024 au plus tard »
_RESULTS_LABEL_BEFORE = re.compile(
    r"\b(?:(?:annonce|publication|proclamation|designation) des )?(?:laureats|resultats)"
    r"\s*[|:–-]?\s*$"
)
# the candidates told of the selection in a window, not the entries' window: « Les candidats
# seront informés de leurs sélection entre le 22 et le 29 mars 2022 »
_NOTIFIED_BEFORE = re.compile(
    r"\b(?:informee?s?|notifiee?s?|avertie?s?|prevenue?s?) (?:de|du|des) (?:leurs? |la |des )?"
    r"(?:selections?|resultats?|decisions?|choix)\b[^.!?]{0,20}$"
)
# a stand cleared by its day, not a call's closing: « Les emplacements devront être débarrassés
# de tous produits … le 15 Décembre à 22h00 au plus tard », "booths must be removed by"
_CLEARED_BEFORE = re.compile(
    r"\b(?:debarrass|demont|evacu|remov|dismantl|vacat)\w*\b[^.!?]{0,100}$"
)
# a call's opening, labelled: « 15 May 2026 / Opening / 15 July 2026 / Deadline » (the label
# after its date) or « Opening 22.05.2025 Deadline 23.09.2025 » (the labels first)
_OPENING = r"(?:opening|ouverture|lancement|start|debut)"
# (and a timeline's "10/1/2025 – Student registration opens")
_OPENING_AFTER = re.compile(rf"\W*(?:{_OPENING}\b|(?:[\w-]+ ){{0,3}}opens\b)")
_LABELS_FIRST = re.compile(rf"\w*\W*{_OPENING}\b")
_OPENING_BEFORE = re.compile(rf"\b{_OPENING}\W*(?:date\W*)?$")
# an opening labelled right before its date, a colon or an arrow between: "Submissions Open: 15
# July, 2024 / Early Deadline: 10 September, 2024", "Opens >> 01 October 2020 / Closes >> 28
# February 2021" (whatever the layout of the dates around it)
_OPENS_LABELLED = re.compile(rf"\b(?:{_OPENING}|opens?)(?: date)?\s*(?::|>>)\s*$")
# an event's days, not an application window: « se tiendra du 24 au 26 mai », "will be held at
# the Convention Center Festival Hall, Bled, Slovenia, from June 27 to June 30" (in its sentence)
_EVENT_BEFORE = re.compile(
    r"(?:se tiendr(?:a|ont)|se tient|aur(?:a|ont) lieu|a lieu|se deroulera|se derouleront|"
    r"will take place|takes place|will be held|is held|will host|"
    # (and the plural: « Ils accueilleront la semaine du 13 au 20 septembre prochain, des
    # tourneurs venus de toute l'Europe »)
    r"abriter(?:a|ont)|accueiller(?:a|ont)|"
    # a labelled event's own days: « un événement doit se dérouler entre le 14 et le 20 mars »
    r"se derouler|se deroulant|avoir lieu|take place|taking place|"
    # « La fête de la Science est de retour du 1er au 11 octobre »
    r"est de retour|revient|is back|returns)\W"
    r"[^.!?]{0,80}$"
)
# the call itself runs from a day to another: « L'appel à projet « projets sportifs territoriaux »
# (PST) lancé par l'Agence Nationale du Sport va se dérouler du 23 mars 2022 au 29 avril 2022 »
# (its application window, not an event's days)
# (not an event's relative clause: « Appel à candidature Marché de Noël 2021 … l'organisation du
# Marché de Noël à Lunel qui se déroulera du 18 décembre 2021 au 02 janvier 2022 »)
_CALL_RUNS_BEFORE = re.compile(
    r"\b(?:appels? a (?:projets?|candidatures?)|campagnes?)\b[^.!?]{0,100}?"
    r"(?<!\bqui )\bse deroul(?:er|era|eront)\s+$"
)
# an event's days right after its name: « trois équipes seront retenues pour un datathon à
# Bruxelles du 13 au 15 octobre » (in its clause; and a town's « La ville accueille sa fête de la
# mer du 9 au 11 août »; a comma after its name: « en ouverture de la scène Korner du festival, du
# 10 au 13 juillet 2024 »)
_EVENT_NAMED_BEFORE = re.compile(
    r"\b(?:hackathon|datathon|salon|conference|colloque|congres|forum|sommet|summit|seminaire|"
    r"seminar|webinaire|webinar|atelier|workshop|festival|fete|foire|"
    # (and the Games: « place aux Jeux Paralympiques du 28 août au 8 septembre »)
    r"jeux olympique|jeux paralympique)s?\b,?[^.!?,;:()]{0,40}"
    r",?\s?$|"
    # an edition's days: « les appels à candidatures de sa 33ème édition, programmée du 26 au 30
    # avril », « À l'occasion de la prochaine édition de Maison&Objet du 8 au 12 septembre,
    # l'organisation lance un nouveau tremplin »
    # (and its year between: « Lors de l'édition 2026, organisée du 22 février au 2 mars 2026 »)
    r"\bedition(?: \d{4})?,? (?:programmee|prevue|organisee)\s+$|"
    r"\b(?:prochaine|nouvelle) edition (?:de|du|des) [^.!?,;:()]{0,30}$|"
    # (and an edition by its rank, its name and a comma: « La 9e édition de Design Parade, du 26
    # au 29 juin 2025, met à l'honneur la jeune création »; not a call's or a contest's own
    # edition: « la 3e édition de l'appel à projets, du 1er au 30 avril »)
    r"\b\d{1,3} ?(?:e|eme|ieme) edition (?:de |du |des |d')(?!(?:l')?(?:appels?|concours|prix|"
    r"trophees?|challenges?|bourses?|candidatures?)\b)[^.!?,;:()]{1,40}, $|"
    # an event's whole run: « exposés … pendant toute la durée de Design Parade, du 27 juin au 1er
    # novembre 2025 »
    r"\bpendant (?:toute )?la duree (?:de |du |des |d')[^.!?,;:()]{1,40},?\s?$|"
    # what happens during a named event: « une remise de prix lors de la SME Assembly du 13 au
    # 15 janvier 2024 » (not « lors de la période de dépôt »)
    r"\blors (?:de la|du|de l'|des) (?!(?:periode|phase|session|campagne|fenetre)s?\b)"
    # (and its clause closed by a comma: « lors de la Fête du Pain, du 13 au 15 mai 2018 »)
    r"[^.!?,;:()]{0,40},?\s?$"
)
# an event's days laid out before it, in a call's stages: « Du 15 au 16 septembre : la finale du
# concours se déroulera à Lyon » (no window to apply in), or its host after them
_EVENT_AFTER = re.compile(
    r"\W{0,4}(?:(?:la|le|les|the) |l')?(?:finale?|ceremonie|remise des prix|soiree|salon|"
    r"hackathon|conference|forum|festival|awards? ceremony)\b|"
    # a place that hosts the contest on those days: « Du 6 au 8 novembre, le CFA de Dijon
    # accueille la trentième édition du concours » (in its clause; and « Du 22 au 25 novembre
    # prochain, le parc des expositions de Bordeaux accueillera la deuxième édition du salon »,
    # « Du 17 au 19 mars le parc des expositions … accueillera », no comma)
    r"(?: prochains?)?,?\s[^.!?;:,]{0,60}?\b(?:accueille|accueillent|accueillera|accueilleront|"
    r"abrite|abritera)"
    r"\b"
)
# works shown on those days, in the span's clause: « Du 22 au 25 septembre prochain, les Biennales
# mondiales de la reliure, présenteront 250 magnifiques ouvrages » (an exhibition's days; not
# « les candidats présenteront leur dossier »: ``_shown_after``)
_SHOWN_AFTER = re.compile(
    r"(?: prochains?)?,?\s[^.!?;:]{0,80}?\b(?:presenter(?:a|ont)|exposer(?:a|ont))\b"
)
# the entrants or their files as the subject or object of that verb: word starts, wider than
# ``_ENTRIES_BEFORE`` (the entries' words before a span), as « les candidats présenteront » and
# « présenteront leur projet » name the entrants and their projects, not the entries
_ENTRANTS = re.compile(r"\b(?:candidat|inscri|dossier|depos|projet)")
# a funded project's own calendar, not the call's: "projects must start by 1 October 2020",
# « les travaux devront être achevés avant le 31 décembre »
_PROJECT_TIMING = re.compile(
    # (and « Les projets d'ingénierie attendus via cet AMI devront : … être réalisés au plus tard
    # le 31 décembre 2020 »)
    r"\b(?:start|begin|end|finish|be completed|completed|be spent|spent|demarre\w*|commence\w*|"
    r"achevee?s?|terminee?s?|etre realisee?s?)\s+$|"
    # what the applicants plan to have working by then: « aux collectivités qui projettent la
    # mise en œuvre du tri à la source de leurs biodéchets avant le 1er janvier 2024 » (not « Pour
    # la mise en œuvre de cet appel, les dossiers sont à déposer avant le », past a comma)
    r"\bmise en (?:oeuvre|œuvre|place)\b[^.;:,!?]{0,50}$|"
    # "projects … can start no earlier than 1 January 2022, and no later than 30 April 2022"
    r"\b(?:start|begin)\w* no earlier than [^.;]{1,30}?,? and\s+$"
)
PROJECT_TIMING_NEAR = 60  # characters before a cue where a project's own calendar is told
# a cancellation's or a refund's terms, not a call's closing: « En cas d'annulation de votre fait
# avant le 30 janvier 2024, nous effectuerons un remboursement de 50 % », "refunded for
# cancellation on or before Sept. 20"
_REFUND_BEFORE = re.compile(r"\b(?:annulation|rembours\w*|cancel\w*|refund\w*)\b[^.!?;]{0,50}$")
# a contract's term extended, not a call's closing: « Le Contrat de Ville de Grand Poitiers a été
# prolongé jusqu'au 31 décembre 2023 » (the call's own extension stays one: « l'appel à projets
# est prolongé jusqu'au 15 mars »)
_TERM_EXTENDED_BEFORE = re.compile(
    r"\b(?:contrats?|conventions?|plans?|schemas?|mandats?)\b(?: [\w'-]+){0,6}? "
    r"(?:a ete|ont ete|est|sont) (?:prolongee?s?|prorogee?s?)\s+$"
)
# a call's talks before its files, not its closing: « contacter l'ADEME pour un échange
# « pré-dépôt » avant le 15 mai 2018 » (the files « avant le 15 juin 2018 » further down)
_PRE_DEPOSIT_BEFORE = re.compile(r"\bpre-?depots?\b[^.!?;]{0,20}$")
# a call's first step, not its closing: « Une phase de pré-candidature est ouverte jusqu'au 26
# juin. La candidature complète doit être déposée avant le 5 novembre 2020 » (its date stands
# only where the page gives no other)
# (and the interest shown or the draft sent before the files: « peuvent manifester leur intérêt
# … jusqu'au 1er juin 2015, pour remettre un dossier de candidature au plus tard le 15 juillet »,
# « présenter un « pré-projet » avant le 8 avril. Les projets complets … au plus tard le 2 juin »;
# and the interest after the date: « ont jusqu'au 1er juin pour manifester leur intérêt et
# doivent déposer leur candidature avant le 15 juillet »)
# (the letters, declarations or notes of intent a call asks first, named before a cue here and
# after one in ``_FIRST_STEP_AFTER``)
_INTENT = r"(?:lettres?|declarations?|notes?) d'intention"
_PRE_APPLICATION_BEFORE = re.compile(
    r"(?:\bpre-?(?:candidatures?|inscriptions?|projets?|propositions?)|\bmanifester (?:leur |son |"
    rf"votre )?interet|\b{_INTENT})\b[^.!?;]{{0,20}}$"
)
_FIRST_STEP_FOLLOWS = re.compile(
    r"\W{0,3}(?:pour|afin de) (?:manifester|declarer|signaler) (?:leur|son|votre) interet\b"
)
# the public's vote, not the entries: its closing cue's subject right before it (« Le vote sera
# clos le 14 décembre à 20 heures », "Voting closes on"), or its days a few words after it, in a
# contest's stages (no window to apply in, no closing date: « leur profil est soumis au vote du
# grand public jusqu'au 28 août »)
_VOTE_BEFORE = re.compile(r"\b(?:le vote|les votes|voting|the vote|public vote)\s+$")
_VOTES_BEFORE = re.compile(r"\b(?:votes?|voting)\b[^.!?;]{0,30}$")
# the contestants' days, no window to apply in: « il doit se mesurer du 27 février au 1er mars à
# 19 autres candidats », « les apprentis s'affronteront du 3 au 4 avril » (and told past: « il
# s'est mesuré du 27 février au 1er mars »; opportunities' contest-day reading takes the same
# verbs, to come only, to read the contest's own day)
_COMPETE_BEFORE = re.compile(
    r"\b(?:se mesurer(?:ont)?|s'affronter(?:ont)?|concourir|concourront|s'est (?:mesuree?|"
    r"affrontee?)|se sont (?:mesure|affronte)e?s|ont concouru)\s+$"
)
# the entries' words, what a window to apply in is about (« les candidatures sont ouvertes du … »,
# « le dépôt des dossiers est prévu du … »): no event's days where they stand
ENTRY_WORDS = r"candidatures?|inscriptions?|depots?|dossiers?"
# an event's days told as planned or announced, the event the subject of its sentence: « La 19e
# édition du Salon du Brasseur et le Marché … sont annoncés du 8 au 10 avril », « le Salon du
# Brasseur, organisé par le Musée …, qui est prévu dans la cité portoise du 8 au 10 avril » (no
# window to apply in; not the entries' « le dépôt des dossiers pour le salon est prévu du … »)
_EVENT_PLANNED_BEFORE = re.compile(
    r"\b(?:salon|festival|fete|foire|forum|congres|colloque|conference)s?\b"
    rf"(?:(?!\b(?:{ENTRY_WORDS}|appels?)\b)[^.!?]){{0,160}}?"
    r"\b(?:est|sont|sera|seront) (?:prevue?s?|annoncee?s?)\b[^.!?,;]{0,40}$"
)
EVENT_PLANNED_NEAR = 240  # characters before a span where an event's planned days may be told
# a ban's period, no window to apply in: « La récolte et la commercialisation des huîtres … avaient
# été interdites temporairement par la préfecture de l'Hérault entre le 30 décembre et le 19
# janvier »
_BANNED_BEFORE = re.compile(r"\b(?:interdite?s?|suspendue?s?)\b[^.!?;]{0,50}$")
# a page's availability above an aid's terms, no window to apply in when a cue gives the closing
# date (« Disponible du 19/11/2025 au 28/02/2027 » above « … doivent être envoyées à FranceAgriMer
# au plus tard le 30 novembre 2025 »)
_AVAILABLE_BEFORE = re.compile(r"\bdisponibles? $")
# what a cue's date closes, told before it, when it is not the call: "projects must start by 1
# October" (the project's own calendar), « En cas d'annulation de votre fait avant le 30 janvier »
# (a refund's terms), « Le Contrat de Ville … a été prolongé jusqu'au 31 décembre 2023 » (a
# contract's term), « un échange « pré-dépôt » avant le » (the call's talks), « soumis au vote du
# grand public jusqu'au » (the public's vote), each within ``PROJECT_TIMING_NEAR`` characters
# before the cue
_NOT_THE_CALLS_BEFORE = (
    _PROJECT_TIMING,
    _REFUND_BEFORE,
    _TERM_EXTENDED_BEFORE,
    _PRE_DEPOSIT_BEFORE,
    _VOTES_BEFORE,
)
# an application window: its end is the closing date (« candidatures ouvertes du 10
# septembre au 10 novembre 2020 », « à déposer à partir du 13 mai au 31 juillet », a
# department's list of calls: « Du 09/12/2020 au 12/02/2021 »; its days with their weekdays:
# « Du lundi 12 octobre au dimanche 20 décembre 2020 »)
_WINDOW = re.compile(
    rf"\b(?:du (?:(?:{DAY_NAMES}) )?\d{{1,2}}(?:er)?"
    rf"(?: (?:de )?(?:{MONTH_NAMES})\b\.?(?: \d{{4}})?|/\d{{1,2}}(?:/\d{{4}})?)? au "
    rf"(?:(?:{DAY_NAMES}) )?|"
    # a call's window in its title, its first day with its year: « appel à projet « cheval
    # Territorial » 1er janvier 2024 au 15 mai 2024 »
    rf"\d{{1,2}}(?:er)? (?:{MONTH_NAMES}) \d{{4}} au |"
    rf"entre le \d{{1,2}}(?:er)?(?: (?:de )?(?:{MONTH_NAMES})\b\.?(?: \d{{4}})?)? et le |"
    rf"from (?:(?:{MONTH_NAMES})\b\.? \d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_NAMES})\b)"
    # (and "from Oct. 13, 2023, to Nov. 15, 2023", a comma after its year)
    # (and a dash between: "open from August 1 – September 30, 2020")
    rf"\.?,?(?: \d{{4}},?)? (?:to|until|through|[-–]) |"
    # "APPLICATIONS: From 30/10/2023 to 31/01/2024"
    r"from \d{1,2}[/.]\d{1,2}[/.]\d{4} (?:to|until|through) )"
)
# a call's window in dotted dates, the Nordic way: "Call 2.6.-30.9.2025" (its first day without
# a year, so no date of its own: the window's end is the closing date); looked for where a dot
# stands before a dash
_DOTTED_WINDOW = re.compile(
    r"\b(?:call|calls|applications?|application period)\s+\d{1,2}\.\d{1,2}\.\s?[-–]\s?"
)
# what runs from a day to another is a programme's course, no window to apply in ("a training
# program running from October 28 to November 23")
_RUNS_BEFORE = re.compile(r"\b(?:running|runs|will run|ran)\s+$")
# (and a span told by its length, right before it: « Durant 5 jours, du 4 février au 8 février,
# neuf compétiteurs … se sont retrouvés », a contest's own days)
_LASTS_BEFORE = re.compile(
    r"\b(?:durant|pendant) (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze) "
    r"(?:jours|semaines)\W*$"
)
# what the days of a span told by its length may be for: the entries' (« les candidatures sont
# ouvertes pendant deux semaines, du 1er au 15 mars »), a window to apply in after all
_ENTRIES_BEFORE = re.compile(rf"\b(?:{ENTRY_WORDS})\b")
# (and a place's doors, told open from a day to another, the place the verb's subject: « une
# boutique éphémère de Noël qui sera ouverte du 27 novembre au 23 décembre », « La boutique …
# sera ouverte du … », not « les inscriptions à la boutique sont ouvertes du … »: ``_venue_open``)
_VENUE_OPEN_BEFORE = re.compile(
    r"\b(?:boutiques?|expositions?|magasins?|marches?|salons?|musees?|galeries?|villages?)"
    r"(?: (?!candidatures?\b|inscriptions?\b)[\w'-]+){0,4}? (qui )?(?:est|sont|sera|seront) "
    r"ouverte?s? $"
)
# a funded project's own period: "The beneficiaries will be given time to implement project
# tasks from 15 February to 15 December 2025", « pour réaliser les projets du 1er mars au … »
_IMPLEMENTED_BEFORE = re.compile(
    r"\b(?:implement\w*|carry out|carried out|realiser|mettre en oeuvre|mis en oeuvre)\b"
    r"[^.!?]*$|"
    # (and with its ligature, which the folding keeps, right before the span: « Le Programme
    # Sectoriel Apicole est mis en œuvre du 1er janvier au 31 décembre de chaque année »)
    r"\b(?:mettre|mise?) en œuvre\s+$|"
    # the projects' own days: « avant le 10 décembre pour des projets débutant entre le 1er mai
    # et le 31 juillet », « projets se déroulant entre le 1er mai et le 30 septembre »
    r"\b(?:debutant|commencant|demarrant|se deroulant)\s+$|"
    # a jury's or a committee's meeting, not the entries': « Les dossiers sont reçus jusqu'au 31
    # mars. Le comité de sélection (se) réunira entre le 1er et le 7 mai »
    r"\breuni(?:ra|ront)\s+$"
)
# a cue's next round, right before its date: « … et au 15 décembre 2023 pour le Prix »
_AND_THEN = re.compile(r"\b(?:et (?:au|le|jusqu'au)|and (?:by |on )?|puis (?:le |au )?|then) $")
# a closing date within a few words: « clôture de l'appel à projets, … : le 29 novembre »
_CLOSING = re.compile(
    # (and « Les dates limites de dépôt des dossiers de candidature sont fixées aux : - 1ère
    # session : Vendredi 7 octobre 2016 »; a portal's cells run together: "Open Date:
    # 27/05/2025Deadline for Submission: 15/07/2025")
    # (not a table's heading: "Dates and deadlines / Competition opens 11 February 2019")
    # (each cue starts at a word, so that the pattern is tried at word starts only; a cue glued
    # to a date before it is the last alternative)
    # (not a closing past: « Clôturées depuis le 20 février dernier, ces contributions »)
    # (with what is to be filed, so that its date may stand as far after: « La date limite de
    # dépôt des candidatures auprès de la préfecture de région pour cette nouvelle édition est
    # fixée au 15 janvier 2010 »)
    # (and a call's rounds: « Les dates de dépôt des candidatures sont fixées au : 15 septembre
    # 2017 1er janvier 2018 »)
    r"\b(?:dates? (?:(?:limites?|ultimes?|butoirs?)"
    r"(?: (?:de |d')(?:depot|remise|reception|envoi)s? "
    r"(?:des|du|de la|de) (?:candidatures?|dossiers?|projets?|propositions?|offres?)\b)?|"
    r"(?<=s )de depots? des (?:candidatures|dossiers)\b|"
    # (and « La date du dépôt des dossiers de candidature est fixée au 15 octobre prochain »)
    r"du depot des (?:dossiers|candidatures)(?: de candidature)? (?:est )?fixee (?:au|a)\b)|"
    r"clotur\w*+(?! depuis\b)|(?<!dates and )deadline|"
    r"attendue?s? (?:pour|avant) le|"
    # « Chaque dossier PAC doit parvenir à la DDT (M) … au plus tard le 15 mai 2014 » (before a
    # window further down: « à savoir du 10 mai au 18 juin inclus »)
    r"(?:doi(?:t|vent)|devra|devront) parvenir\b|"
    r"clos(?:ing|ed) date|"
    r"closing details|"  # "RFB Closing DetailsDate: 10 August 2021"
    r"date closing\b|"  # a funding listing's "Date closing: June 30, 2026"
    # a listing's "Opens: 29th Jun 2021 Closes: 7th Sep 2021"; "the competition opened on 28
    # January and closes at 1.00pm on 4 March"
    r"closes\s?:|closes (?:at \S{1,12}(?: \S{1,6})? )?on\b|"
    r"calendrier des releves\b|dates? de releves?\b|cut-offs?\b|se termin\w*|"
    # « cet appel de projets a pris fin le 15 octobre », « les inscriptions … prendront fin le 6
    # janvier prochain »
    r"(?:a pris|ont pris|prend|prennent|prendra|prendront) fin\b|"
    # « La date de candidature est fixée au 31 décembre 2024 » (an aid portal's sheet)
    r"dates? de candidatures? (?:est |sont )?fixees? (?:au|a)\b|"
    # an extended closing: « les inscriptions ont été exceptionnellement prolongées jusqu'au 30
    # novembre » (before a window further down: « déchaîner les foules du 4 au 9 mai »; not « le
    # Contrat de Ville a été prolongé jusqu'au 31 décembre », a contract's term)
    r"(?:inscriptions|candidatures|depots?|delais?)\b[^.!?]{0,30}?\b(?:prolong|proroge)ee?s? "
    r"jusqu'(?:au|a)\b|"
    r"closure of\b|period ends\b|abstracts? due\b|"
    r"abstract registration\b|"  # a call for papers' first step: "Abstract registration May 27"
    # "(Close of registration acceptance prolongs to 8 May 2012)"
    r"close of (?:the )?(?:registrations?|applications?|submissions?|the call)\b|"
    r"(?:competition|call|applications?|submissions?|registration) closes\b|"
    # a schedule's "Phase One closes | 4 p.m. EDT Friday, October 31, 2025"
    r"(?:phase|round|stage) \w+ closes\b|"
    r"(?:rfp|proposals?|bids?|responses?|offers?|applications?|submissions?|entries) "
    r"(?:are |is )?due\b|"
    rf"{APPLICATIONS_DUE}|"  # "… applications in this Smart City Challenge is due Feb. 4"
    r"due dates?\b|"  # "Due Dates: August 8, 2026 (Full application)"
    r"submission dates?\s*:|"  # a call for papers' "Important Dates / Submission Date: …"
    # its dates table's "Paper submission October 10, 2025" (its date right after it)
    rf"(?:paper|abstract|manuscript)s? submissions?\s*[:–-]?\s*(?=(?:(?:{DAY_NAMES}),? )?"
    rf"(?:\d|(?:{MONTH_NAMES})\b))|"
    # (and « Le premier rendu des dossiers est pour le 30 avril 2009 et le deuxième le 30
    # octobre »; not a « compte rendu des projets », a report)
    r"(?:remise|(?<!compte )(?<!compte-)rendu) des (?:dossiers|candidatures|offres|propositions|"
    r"projets|notes d[' ]intention)\b|"
    # a call's rounds: « Trois phases de dépôts de candidatures sont annoncées : le 21 septembre »
    r"phases? de depots?\b)|"
    r"(?<=\d)(?:dates? (?:limites?|ultimes?|butoirs?)|deadline|clos(?:ing|ed) date)"
)
# rarer closing cues, looked for only where their words stand (``_RARE_HINTS``): « prochaine
# échéance de l'AMI fixée au 30 juin 2021 », "Last date to apply is February 15", "Registration
# for the scholarship: ends June 15", "Closing of the registration period: May 5", a
# challenge's "Start date: … End date: 23rd May 2021"
_RARE_HINTS = (
    "echeance", "last d", "registration", "closing of", "end date", "fermera", "s'acheve",
    "will close", "shall close", "now close", "will be closed", "idea submission",
    "application end", "applications end", "end submission", "accepted after", "sera clos",
    "seront clos", "se clo", "releve, fixee", "releve fixee", "releve est fixee",
    "releve sera fixee", "fin du depot", "fin des depots", "se conclu", "limite depot",
    "en place par",
)  # fmt: skip
_CLOSING_RARE = re.compile(
    r"\bfermera\b|"  # « L'appel de propositions fermera le vendredi, 12 février, 2021 »
    # « Les inscriptions ont débuté le 16 septembre et se concluront le 10 novembre »
    r"\b(?:inscriptions|candidatures)\b[^.!?]{0,60}?\bse conclu(?:t|ent|ra|ront)\b|"
    # a telegraphic closing date: « 6 candidats seront sélectionnés sur dossier (limite dépôt le
    # 20 septembre) »
    r"\blimite depots?\b|"
    # an aid set up until its day: « une aide exceptionnelle a été mise en place par l'Etat
    # jusqu'au 31 décembre 2024 »
    r"\baides? [^.!?]{0,40}?\bmise?s? en place par [^.!?]{1,30}? (?=jusqu'(?:au|a)\b)|"
    # a department's call: « La fin du dépôt de candidature est fixée au 15 juin à 18h » (the verb
    # right after, not « après la fin du dépôt des dossiers, le jury … »)
    r"\bfin (?:du|des) depots? (?:de |des )?(?:candidatures?|dossiers?)(?: de candidature)? "
    r"(?:est |sont )?fixee?s? (?:au|a)\b|"
    # a round's day set: « Doté de 20 millions d'euros pour sa première relève, fixée au 2
    # septembre prochain »
    r"\breleve,? (?:est |sera )?fixee (?:au|a)\b|"
    # a call's rounds listed: « l'Ademe a programmé trois échéances : le 11 janvier, le 3 mai »
    # (and an aid portal's heading above its date: « Échéance / 28 février 2021 »)
    r"\becheances?\s*(?::|(?=\d{1,2}(?:er)? ))|"
    # a competition's first step, the ideas it calls for: "Idea Submission Sunday, November 15"
    r"\bidea submission\b|"
    r"\bs'acheve(?:ra|nt)?\b|"  # « L'appel à projet 2019 s'achève le 30 juin »
    r"\b(?:sera|seront) clos(?:e|es)?\b|"  # « Le concours sera clos le 31 août 2017 »
    # « Le concours démarre le 15 septembre et se clôt le 30 novembre 2017 »
    r"\bse clo(?:t|sent|ra|ront)\b|"
    # "The 'Call for Expression of Interest' will close at 4pm … on", "Nominations will now close"
    r"\b(?:will|shall) (?:now )?close\b|"
    # a FAQ's "The application will be closed on 18th May"
    r"\b(?:applications?|call|registrations?|submissions?) will be closed\b|"
    r"\b(?:prochaine|derniere) echeance\b|\becheance (?:de |du |des )?(?:l'appel|l'ami|l'aap|"
    r"depot|candidatures?|dossiers?)\b|"
    r"\blast (?:date|day) (?:to apply|for (?:applications?|submissions?))\b|"
    # (and "Registrations end on November 28", an olympiad's)
    r"\bregistrations?(?: for [\w' -]{1,40})?:? (?:ends?|will end)\b|"
    r"\bclosing of the (?:registration|application|submission) period\b|"
    r"\bend date\s*:|\bthe end date of\b|"  # "until the end date of January 7, 2025"
    # a job board's copy of a call: "Application ends: October 10, 2024"; a funding portal's
    # "Start submission calls: 04/03/2025 | End submission calls: 29/04/2025"
    r"\bapplications? ends?\b|\bend submission(?: calls?)?\s*:|"
    # "No submissions will be accepted after 3 PM PST on April 5th"
    r"\bno (?:submissions|applications|entries|proposals) (?:will be )?accepted after\b"
)
CLOSING_NEAR = 100  # characters between a closing cue and its date
WINDOW_END_MORE = 40  # characters past a cue's reach where a window its date opens may end
# a date moved: "the deadline … has been changed from 4 October to 19 October 2023", « reportée
# du 4 au 19 octobre » (the first date is no longer the closing date)
_CHANGED_FROM = re.compile(
    r"\b(?:changed|moved|postponed|extended|pushed back|delayed|shifted|reportee?s?|decalee?s?|"
    r"prolongee?s?|repoussee?s?)\s+(?:from|du)\s+$"
)
# a closing date moved to a new one: « la clôture du dépôt … a été postposée au vendredi 22
# février 2013 », "the deadline has been extended to March 15" (the new date wins over a
# list's old one); looked for where one of ``_MOVED_HINTS`` stands, a closing cue before it
_MOVED_HINTS = (
    "postpos", "reportee", "reporte au", "reportes au", "repouss", "prolong", "extended to",
    "extended until", "postponed", "pushed back",
)  # fmt: skip
_MOVED_TO = re.compile(
    r"\b(?:postposee?s?|reportee?s?|repoussee?s?|prolongee?s?|extended|postponed|pushed back)"
    # ("DEADLINE for first submission got extended to LATEST February 18th")
    rf"\s+(?:au|to|until|jusqu'au)\s+(?:(?:the )?latest )?(?:(?:{DAY_NAMES}),? )?(?:le |the )?$"
)
MOVED_NEAR = 100  # characters between the closing cue and the word that moves its date
# the words of a submission before its window's dates (an open call's too: "Open call: Join the
# Challenger … • 10. February 2022 - 3. April 2022")
_SUBMISSION = re.compile(r"\b(?:submissions?|applications?|proposals?|open calls?)\b")
# a date a page marks as gone by: "applications are due by midday (12pm), 3 April 2008 - Closed."
_CLOSED_AFTER = re.compile(r"\s*[-–(]?\s*(?:closed|clos|cloture|fermee?)\b")
# a page's own revision stamp, not a closing date: "… due dates (revised 8/26/2025)", « mis à
# jour le 3 mars » (not a deadline that was changed: "Deadline (revised): May 5", « date limite
# modifiée : 30 avril »)
_REVISED_BEFORE = re.compile(
    r"(?:\((?:revised|updated|mise? a jour)(?: on| le)?|\bmise? a jour le)\s*$"
)
# a funded project's own last day told after the cue: « ne pourra commencer qu'à compter de la
# date de clôture du présent appel à projet plus un jour et s'achever au plus tard au 30 juin
# 2028 » (not the call's closing)
_PROJECT_ENDS_BEFORE = re.compile(r"\b(?:s'achever|se terminer|prendre fin)\b[^.;:]{0,24}$")
# a step before the proposal: "Letter of Intent Due Date(s) … July 05, 2019"
_PRELIMINARY = re.compile(
    r"(?:letters? of intent|pre-?proposals?|intents? to (?:submit|apply))\W*$"
)
# a call's final closing among its rounds: « une première clôture le 25 janvier 2016, une
# deuxième clôture le 19 septembre 2016 et la clôture finale se fera le 20 mars 2017 » (its date a
# few words on, not the first of a table's row of dates: « Clôture finale 25 février 2016 6 juin
# 2016 … »)
_FIRST_ROUND_HINTS = ("pour la premiere", "pour la 1re", "pour la 1ere")
_FINAL_HINTS = (
    "cloture finale", "cloture definitive", "derniere cloture", " releves", *_FIRST_ROUND_HINTS,
)  # fmt: skip
_FINAL_CLOSING = re.compile(
    r"\b(?:cloture (?:finale|definitive)|derniere cloture)\b[^.!?;\d]{0,30}?"
    r"(?=\d|(?:1er|premier) )|"
    # a call's rounds counted, their dates in a row: « L'AAP prévoit deux relèves : le 29 mars et
    # le 15 mai » (the last one closes it: ``_NEXT_ROUND`` joins them)
    # (not rounds gone by: « avec deux relèves effectués les 15 mars et 27 septembre 2022 »)
    r"(?P<rounds>\b(?:deux|trois|quatre|[234]) releves(?: (?:sont |seront )?(?:prevues|"
    r"programmees|organisees))?\s*:\s*(?:(?:le|les) )?(?=\d|(?:1er|premier) ))"
)
# the next date of a row of rounds: « le 29 mars et le 15 mai », « 15 mars, 15 juin et 15 octobre »
_NEXT_ROUND = re.compile(r"\s*(?:,|\bet\b|\bpuis\b)\s*(?:(?:le|au) )?")
# each round named after its date: « 1er juin 2022 pour la première vague, 2 décembre 2022 pour
# la deuxième vague » (the last named closes the call)
_ROUND_NAMES = r"(?:vague|releve|session|phase|campagne)"
_FIRST_ROUND_AFTER = re.compile(rf"\s*pour la (?:premiere|1re|1ere) {_ROUND_NAMES}\b")
_LATER_ROUND_AFTER = re.compile(
    rf"\s*pour la (?:deuxieme|seconde|troisieme|quatrieme|derniere|2e|3e|4e) {_ROUND_NAMES}\b"
)
# a call's first step named between a closing cue and its date, read after the other cues: « Date
# limite de dépôt de la déclaration d'intention de projets (DIP) Jeudi 6 avril 2017 Date limite de
# dépôt du dossier définitif de projet (DDP) Jeudi 13 juillet 2017 » (the full application's
# closing; the first step's date only where the page gives no other)
_FIRST_STEP_HINTS = ("intention", "proposition")
_FIRST_STEP_AFTER = re.compile(rf"[^.!?;\d]{{0,40}}?\b(?:{_INTENT}|pre-? ?propositions?)\b")
# a label that pairs the opening with the closing: "Opening and closing dates / April 23, 2025 –
# June 15, 2025 (3PM)", « Dates d'ouverture et de clôture » (its first date is the opening)
_PAIRED_WITH_OPENING = re.compile(r"\b(?:opening|ouverture) (?:and|et)(?: de)? $")
# a date labelled as a price's or a fee's, no call's closing: "25th July 2012: Deadline for early
# registration" above "10th September 2012: Deadline for abstract submission"
_FEES_LABEL = re.compile(
    r"\s*(?:for |of )?(?:the )?(?:(?:early|late)(?:[- ]bird)? (?:registrations?|payments?)|"
    r"early[- ]bird|payments?|fees?)\b"
)
# an applicant's founding, a condition to apply: "They have been established before 01.01.2022",
# « les entreprises créées avant le 1er janvier 2020 »
_FOUNDED = (
    r"established|founded|incorporated|registered|created|set up|creee?s?|immatriculee?s?|"
    r"constituee?s?"
)
_FOUNDED_BEFORE = re.compile(rf"\b(?:{_FOUNDED})\s+$")
# who may apply, by what they have done by a day (« Seuls sont éligibles … les ostréiculteurs ayant
# déposé, avant le 31 décembre 2013, une déclaration de perte »): no closing date
_HAVING_DONE_BEFORE = re.compile(r"\bayant (?:deja )?\w+,?\s+$")
# who may apply, by when they set up, before a window's days: « producteurs installés entre le 1er
# janvier 2013 et le 31 décembre 2018 », « il faut avoir démarré son activité entre le 1er janvier
# 2012 et le 31 décembre 2017 », "companies founded between" (no window to apply in)
# (and the works a contest looks at, by when they were completed: « un aménagement de moins de 5
# ans, c'est à dire achevé entre le 1er janvier 2017 et le 31 décembre 2020 », « dont la
# réception doit avoir été effectuée entre le 1er janvier 2019 et le 31 décembre 2022 »; and the
# invoices an aid asks for: « une facture d'achat datée entre le 1er janvier 2018 et le 31 octobre
# 2018 »)
_SET_UP_BEFORE = re.compile(
    rf"\b(?:{_FOUNDED}|installee?s?|demarre|fondee?s?|nee?s?|born|acheve(?:e?s?)?|"
    r"receptionnee?s?|livree?s?|avoir ete effectuee?s?|datee?s?)\b[^.!?;]{0,50}$"
)
# a closing date superseded: « au-delà de la date limite initiale du 16 avril, jusqu'au 28
# avril », "the original deadline of 2 May" (the date it was)
_SUPERSEDED_BEFORE = re.compile(r"\b(?:initial|original|former|previous|old)\s+$")
# (and « La date de clôture des inscriptions au concours était initialement fixée au 17 janvier »)
_SUPERSEDED_AFTER = re.compile(
    r"\s+(?:initiale|initialement|d'origine|originale)\b|"
    r"[^.!?]{0,50}?\b(?:etait|avait ete) (?:initialement|d'abord|primitivement) "
    r"(?:fixee?|prevue?)\b"
)
# a show's run, told by its opening or its days in its sentence: « La 4e Biennale … ouvrira ses
# portes à Chaumont le 22 mai prochain, et ce jusqu'au 24 octobre », « l'exposition est visible
# jusqu'au » (not the call's own « se déroulera jusqu'au »)
_SHOW_RUNS_BEFORE = re.compile(
    r"\b(?:ouvr(?:e|ent|ira|iront) (?:ses|leurs) portes|se tien(?:t|nent|dra|dront)|"
    r"(?:est|sont|sera|seront) visibles?|rester(?:a|ont) ouverte?s?)\b[^.!?]{0,80}$"
)
SHOW_RUN_NEAR = 120  # characters before a « jusqu'au » where a show's run may be told
# a show's run, told to its visitors: « Jusqu'au 1er mars, les visiteurs pourront découvrir les
# produits » (no call's closing date)
_VISITORS_AFTER = re.compile(
    r"[^.!?;]{0,30}?\b(?:les visiteurs|le (?:grand )?public|visitors|the public)\b"
)
# not the call's own closing: "Closing Date for questions", an intermediate deadline; the
# funder's « date limite de paiement de la programmation 2014-2022 fixée au 31/12/2025 »,
# « date limite de fin d'exécution des travaux »
_QUESTIONS = re.compile(
    r"\W*(?:date\W+)?(?:for|of|des|pour les) (?:questions|queries|clarifications?|enquiries|"
    # (and a call's own launch by its relays: « Date limite de lancement de l'appel à projets au
    # niveau territorial : 28 février 2019 Date limite de dépôt des candidatures : 19 avril »)
    r"demandes de renseignements)\b|\W*(?:de |d')(?:paiement|fin d'execution|execution|"
    r"lancement)\b|"
    # a call's talks before its files: « Date limite des échanges pré-dépôt : 29/05/2020 »
    # above « Date de clôture : 29/06/2020 »
    r"\W*(?:des|pour les) echanges (?:de )?pre-?depot\b|"
    # « ouvert du 16 juillet au 1er octobre 2024, avec une date limite intermédiaire au 2
    # septembre » (a first version's: the window's end closes the call)
    r"\W*intermediaires?\b"
)


def closing_in(text: str, published: date) -> date | None:
    """The date a closing cue gives (« clôture », « date limite », « deadline »: the first
    date a few words after it), else the end of an application window (« du 10 septembre
    au 10 novembre »), or the date a closing label follows (« September 30: Submission
    deadline »): what a long page says of its closing date, wherever it says it."""
    dates = list(DATE.finditer(text))  # read once: also for the dates side by side below
    if any(map(text.__contains__, _MOVED_HINTS)) and (moved := _moved_to(text, dates, published)):
        return moved
    if any(map(text.__contains__, _FINAL_HINTS)) and (final := _final_closing(text, published)):
        return final
    for labelled in dates:
        closes = _CLOSING_AFTER.match(text, labelled.end()) or _AT_THE_LATEST.match(
            text, labelled.end()
        )
        if closes and _FEES_LABEL.match(text, closes.end()):
            continue  # "Deadline for early registration": a price's, not the call's
        if closes and _LABEL_BEFORE.search(text, max(0, labelled.start() - 12), labelled.start()):
            continue  # "Registration deadline 2 May 2019 / Deadline for submission …": a row
        if closes and _RESULTS_LABEL_BEFORE.search(
            text, max(0, labelled.start() - 40), labelled.start()
        ):
            continue  # « Annonce des lauréats | 30/10/2024 au plus tard »: the results' day
        if closes and _CLEARED_BEFORE.search(
            text, max(0, labelled.start() - 110), labelled.start()
        ):
            continue  # « … devront être débarrassés … le 15 Décembre à 22h00 au plus tard »
        if closes and (found := read_date(labelled, published)):
            return in_text_year(found, labelled, text, published)
    rare = _rare_cues(text) if any(map(text.__contains__, _RARE_HINTS)) else None
    cues: Iterator[re.Match[str]] = in_order(_CLOSING.finditer(text), rare)  # both, in order
    if any(map(text.__contains__, _FIRST_STEP_HINTS)):
        cues = _first_steps_last(text, cues)
    for cue in cues:
        if _QUESTIONS.match(text, cue.end()) or _PRELIMINARY.search(
            text, max(0, cue.start() - 30), cue.start()
        ):
            continue  # "Closing Date for questions", "Letter of Intent Due Date": not the bids'
        if _SUPERSEDED_AFTER.match(text, cue.end()) or _SUPERSEDED_BEFORE.search(
            text, max(0, cue.start() - 10), cue.start()
        ):
            continue  # « la date limite initiale du 16 avril »: the date it was
        if _VOTE_BEFORE.search(text, max(0, cue.start() - 16), cue.start()):
            continue  # « Le vote sera clos le 14 décembre »: the public's vote, not entries
        window = text_after(text, cue.end(), CLOSING_NEAR)
        # (a window a date opens may end past the cue's reach: « Dates limites / L'inscription …
        # doit être effectuée entre le 1er décembre 2021 et le 18 mars 2022 »)
        reach = text[cue.end() : cue.end() + len(window) + WINDOW_END_MORE]
        labels_first = bool(_LABELS_FIRST.match(window))  # « Opening 22.05 Deadline 23.09 »
        opening_first = bool(
            _PAIRED_WITH_OPENING.search(text, max(0, cue.start() - 20), cue.start())
        )
        gone_by: date | None = None  # a date before the item's: another round's, maybe
        for near in DATE.finditer(window):
            if opening_first:
                opening_first = False
                continue  # "Opening and closing dates / April 23 – June 15": the 23rd opens it
            if (
                _OPENING_BEFORE.search(window[max(0, near.start() - 20) : near.start()])
                if labels_first
                # (its label read in the text, past the window's end: the window starts where
                # the cue ends)
                else _OPENING_AFTER.match(text, cue.end() + near.end())
            ):
                continue  # the opening date of a table « date / label » or « label / date »
            if _OPENS_LABELLED.search(window, max(0, near.start() - 24), near.start()):
                continue  # "Submissions Open: 15 July, 2024", under a "deadline" heading
            if _CHANGED_FROM.search(window, max(0, near.start() - 40), near.start()):
                continue  # "changed from 4 October to 19 October": the date it was
            if _REVISED_BEFORE.search(window, max(0, near.start() - 16), near.start()):
                continue  # "(revised 8/26/2025)": when the page was revised
            if _PROJECT_ENDS_BEFORE.search(window, max(0, near.start() - 40), near.start()):
                continue  # « … et s'achever au plus tard au 30 juin 2028 »: the project's end
            if _CLOSED_AFTER.match(window, near.end()):
                continue  # "… due by midday, 3 April 2008 - Closed.": a round gone by
            if _struck_out(window, near, published):
                continue  # "Submission deadline: July 22 August 1, 2021": the date it was
            # a window after the cue: "Timetable and deadlines / Open call / 01.11.2024 –
            # 31.12.2024" (its end is the closing date, read in ``reach``)
            near = _window_end(reach, near, published) or near
            if gone_by is not None and not _AND_THEN.search(window, 0, near.start()):
                break  # not the cue's next round: what the cue gave first is its date
            # the same date read on the whole page, which tells how it writes its days ("Deadline:
            # 08.01.2026" on a listing of "02.14.2026": month first) and the weekday before it
            if (
                on_page := DATE.match(text, cue.end() + near.start())
            ) is not None and on_page.end() == cue.end() + near.end():
                near = on_page
            if (found := read_date(near, published)) and (
                day := in_text_year(found, near, text, published)
            ):
                if day >= published:
                    return day
                if gone_by is not None:
                    return gone_by  # its next round gone by too: what the cue gave first
                # « au 15 juin 2023 pour le Grand Prix … et au 15 décembre 2023 pour le Prix »,
                # read on 7 December: the cue's next round, still to come, if it gives one
                gone_by = day
        if gone_by is not None:
            return gone_by
    for window_start in _WINDOW.finditer(text):
        end = DATE.match(text, window_start.end())
        if _RUNS_BEFORE.search(
            text, max(0, window_start.start() - 12), window_start.start()
        ) and not _SUBMISSION.search(text, max(0, window_start.start() - 40), window_start.start()):
            # "a training program running from October 28 to November 23": no window (but "the
            # application period for the grant runs from Oct. 13 to Nov. 15" is one)
            continue
        if _LASTS_BEFORE.search(
            text, max(0, window_start.start() - 24), window_start.start()
        ) and not _ENTRIES_BEFORE.search(
            text, max(0, window_start.start() - 60), window_start.start()
        ):
            continue  # « Durant 5 jours, du 4 février au 8 février, neuf compétiteurs … »
        if _BANNED_BEFORE.search(text, max(0, window_start.start() - 60), window_start.start()):
            continue  # « … interdites temporairement … entre le 30 décembre et le 19 janvier »
        if _COMPETE_BEFORE.search(text, max(0, window_start.start() - 24), window_start.start()):
            continue  # « il doit se mesurer du 27 février au 1er mars »: the contest's own days
        if _EVENT_PLANNED_BEFORE.search(
            text, max(0, window_start.start() - EVENT_PLANNED_NEAR), window_start.start()
        ):
            continue  # « Le Salon du Brasseur … sont annoncés du 8 au 10 avril »: its days
        if _venue_open(text, window_start.start()):
            continue  # « la boutique éphémère … qui sera ouverte du 27 novembre au 23 décembre »
        if _IMPLEMENTED_BEFORE.search(
            text, max(0, window_start.start() - 40), window_start.start()
        ):
            continue  # "time to implement project tasks from 15 February to 15 December"
        if _VOTES_BEFORE.search(text, max(0, window_start.start() - 40), window_start.start()):
            continue  # « l'ouverture des votes par le public du 15 au 30 avril »: not the entries'
        if _AVAILABLE_BEFORE.search(
            text, max(0, window_start.start() - 12), window_start.start()
        ) and any(DATE.match(text, cue.end()) for cue in _CUE.finditer(text)):
            continue  # « Disponible du 19/11/2025 au 28/02/2027 »: the page's, a cue the call's
        if _SET_UP_BEFORE.search(text, max(0, window_start.start() - 60), window_start.start()):
            continue  # « installés entre le 1er janvier 2013 et le 31 décembre 2018 »: who may
        if _NOTIFIED_BEFORE.search(text, max(0, window_start.start() - 50), window_start.start()):
            continue  # « Les candidats seront informés de leur sélection entre le 22 et le 29 »
        if end and (
            is_past_span(text, window_start.start(), end.end())
            or reported_in_sentence(text, window_start.start())
        ):
            continue  # « du 23 au 28 novembre s'est tenu le hackathon »: no window to apply in
        if (
            _EVENT_BEFORE.search(text, max(0, window_start.start() - 120), window_start.start())
            and not _CALL_RUNS_BEFORE.search(
                text, max(0, window_start.start() - 160), window_start.start()
            )
        ) or _EVENT_NAMED_BEFORE.search(
            text, max(0, window_start.start() - 60), window_start.start()
        ):
            continue  # « le salon se tiendra du 24 au 26 mai », « un datathon du 13 au 15 »
        if end and _EVENT_AFTER.match(text, end.end()):
            continue  # « Du 15 au 16 septembre : la finale du concours »: an event's days
        if end and _shown_after(text, end.end()):
            continue  # « Du 22 au 25 septembre prochain, les Biennales … présenteront … »
        if end and (found := read_date(end, published)):
            return in_text_year(found, end, text, published)
    if ".-" in text or ".–" in text or ". -" in text:
        for window_start in _DOTTED_WINDOW.finditer(text):
            end = DATE.match(text, window_start.end())
            if end and (found := read_date(end, published)):
                return found
    return _dates_side_by_side(text, dates, published)


def _struck_out(window: str, near: re.Match[str], published: date) -> bool:
    """A day right before a dated one, nothing between them: the date a page struck out and
    replaced ("Submission deadline: July 22 August 1, 2021"; with its year, by a later day:
    "Submission Deadline: March 10, 2023 March 20, 2023"), not three dates or more in a row."""
    following = _date_next_to(window, near)
    if following is None or not has_year(following):
        return False
    if _date_next_to(window, following) is not None:
        return False  # a list of rounds: « fixées au : 15 septembre 2017 1er janvier 2018 … »
    if not has_year(near):
        return True
    if _SPAN_AFTER.match(window, following.end()):
        return False  # a timeline's next row: "26 September 2021 27 September 2021 - 29 October"
    first, then = read_date(near, published), read_date(following, published)
    return first is not None and then is not None and first < then


def _date_next_to(window: str, date_match: re.Match[str]) -> re.Match[str] | None:
    """The date right after ``date_match``, one space between them, else None."""
    if window[date_match.end() : date_match.end() + 1] != " ":
        return None
    return DATE.match(window, date_match.end() + 1)


_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d")
_DASH = re.compile(r"\s*[-–]\s*")
_FROM_BEFORE = re.compile(r"\b(?:from|du)\s+$")
# (and « doivent être effectués entre le 1er décembre 2021 et le 18 mars 2022 » under « Dates
# limites »)
_ENTRE_BEFORE = re.compile(r"\bentre\s+(?:le\s+)?$")
_ET = re.compile(r"\s+et\s+")
# (its first day's hour between them: "open from 8 June (10:00 GMT+1) until 28 August 2022")
_TO = re.compile(r",?(?:\s*\([^)]{0,24}\))?\s+(?:to|until|till|through|au)\s+")


def _window_end(window: str, near: re.Match[str], published: date) -> re.Match[str] | None:
    """The end of a window a date opens, a dash and a later date with its year right after it
    ("01.11.2024 – 31.12.2024"), or "from" before it and "to" after it ("Submission deadline /
    From 26 August to 26 September 2025")."""
    between = _DASH.match(window, near.end())
    if between is None and _FROM_BEFORE.search(window, max(0, near.start() - 6), near.start()):
        between = _TO.match(window, near.end())
    if between is None and _ENTRE_BEFORE.search(window, max(0, near.start() - 10), near.start()):
        between = _ET.match(window, near.end())
    following = DATE.match(window, between.end()) if between else None
    if following is None or not has_year(following):
        return None
    first, then = read_date(near, published), read_date(following, published)
    if first is not None and then is not None and not has_year(near):
        # "from 26 August to 26 September 2025" (or the year before: "from 8 December until
        # 28 February 2027")
        moved = _day_in_year(first, then.year)
        first = moved if moved is None or moved < then else _day_in_year(first, then.year - 1)
    return following if first is not None and then is not None and first < then else None


def _moved_to(text: str, dates: list[re.Match[str]], published: date) -> date | None:
    """The date a closing date was moved to (« la clôture … a été postposée au vendredi 22
    février 2013 »), a closing cue standing a few words before the verb, in its sentence."""
    for found in dates:
        moved = _MOVED_TO.search(text, max(0, found.start() - 40), found.start())
        if moved is None:
            continue
        cues = list(_CLOSING.finditer(text, max(0, moved.start() - MOVED_NEAR), moved.start()))
        if not cues or SENTENCE_BREAK.search(text, cues[-1].end(), moved.start()):
            continue  # « Clôture : 4 janvier. Le salon a été reporté au 20 mars »: not the call's
        if day := read_date(found, published):
            return in_text_year(day, found, text, published)
    return None


def _final_closing(text: str, published: date) -> date | None:
    """The date a call's final closing gives among its rounds (``_FINAL_CLOSING``), not one
    that opens a row of dates; or the last of its rounds counted in a row, or named after their
    dates (``_FIRST_ROUND_AFTER``, then ``_LATER_ROUND_AFTER``)."""
    for final in _FINAL_CLOSING.finditer(text):
        found = DATE.match(text, final.end())
        if found is not None and final.group("rounds"):
            found, _ = _last_round(text, found, found.end())  # the rounds' last date
        elif found is None or _date_next_to(text, found) is not None:
            continue
        if day := read_date(found, published):
            return in_text_year(day, found, text, published)
    named_rounds = any(map(text.__contains__, _FIRST_ROUND_HINTS))
    for found in DATE.finditer(text) if named_rounds else ():
        if not (named := _FIRST_ROUND_AFTER.match(text, found.end())):
            continue
        # the rounds named after their dates
        found, end = _last_round(text, found, named.end(), _LATER_ROUND_AFTER)
        if end != named.end() and (day := read_date(found, published)):
            return in_text_year(day, found, text, published)
    return None


def _last_round(
    text: str, found: re.Match[str], end: int, named: re.Pattern[str] | None = None
) -> tuple[re.Match[str], int]:
    """The last date of a row of a call's rounds from ``found`` (whose row goes on at ``end``),
    each next one joined by a comma or « et » (``_NEXT_ROUND``) and, with ``named``, that pattern
    right after it; with where the row ends."""
    while (joined := _NEXT_ROUND.match(text, end)) and (later := DATE.match(text, joined.end())):
        if named is None:
            found, end = later, later.end()
        elif next_named := named.match(text, later.end()):
            found, end = later, next_named.end()
        else:
            break
    return found, end


def _first_steps_last(text: str, cues: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """``cues`` in their order, those a call's first step follows (``_FIRST_STEP_AFTER``) last
    (lazily: the page is scanned no further than the cue its closing date is read at)."""
    steps = []
    for cue in cues:
        if _FIRST_STEP_AFTER.match(text, cue.end()):
            steps.append(cue)
        else:
            yield cue
    yield from steps


def _rare_cues(text: str) -> Iterator[re.Match[str]]:
    """``_CLOSING_RARE``'s cues, not a funded project's "Project end date:"."""
    for cue in _CLOSING_RARE.finditer(text):
        if not (cue.group(0).startswith("end") and text.endswith("project ", 0, cue.start())):
            yield cue


def _dates_side_by_side(text: str, dates: list[re.Match[str]], published: date) -> date | None:
    """A call page's two dates with their years side by side, the first before the second:
    its opening and its closing ("01 May 2025 18 June 2025", their labels left out), or a
    submission window's ("Submission Window Date(s): October 27, 2014 - November 10,
    2014", not a project's period)."""
    for first, second in pairwise(dates):
        between = text[first.end() : second.start()].strip()
        dashed = between in ("-", "–")
        # "submit your application between 16 January 2026 and 19 March 2026"
        paired = between == "and" and _BETWEEN_BEFORE.search(
            text, max(0, first.start() - 12), first.start()
        )
        if between and not (
            (dashed or paired)
            and _SUBMISSION.search(text, max(0, first.start() - 80), first.start())
        ):
            continue
        if not has_year(second) or not (has_year(first) or dashed):
            continue  # (its first day without a year: "Online submission: 16 January-19 March")
        if _REFERENCE_PERIOD.search(text, max(0, first.start() - 30), first.start()):
            continue  # "During the period 01.01.2021-31.12.2021 they provided employment"
        opening, closing = read_date(first, published), read_date(second, published)
        if opening and closing and not has_year(first):
            opening = _day_in_year(opening, closing.year)
        if opening and closing and opening < closing:
            return closing
    return None


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
# a period an applicant's figures are counted over, no window to apply in
_REFERENCE_PERIOD = re.compile(r"\b(?:during|over|in) the (?:reference )?period\s+(?:from\s+)?$")


def _day_in_year(day: date, year: int) -> date | None:
    """The same day and month in another year (none for a 29 February it lacks)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


# a month's end as the closing date: « les candidatures sont ouvertes jusqu'à la fin du mois de
# mars », « jusqu'à fin mars 2027 », "until the end of March" (its last day)
_MONTH_END = re.compile(
    rf"\b(?:jusqu'(?:a|au) (?:la )?fin (?:du mois )?(?:de |d')?|(?:until|by) the end of )"
    rf"({MONTH_NAMES})\b(?: ((?:19|20)\d\d)\b)?"
)

_HAD_UNTIL = re.compile(r"\b(?:avai(?:en)?t|had)\s*$")  # a report: the time one had


def _month_end(match: re.Match[str], published: date) -> date:
    """The last day of the month ``_MONTH_END`` names: of its year, else the next such day
    from the publication on (or one just past)."""
    month = MONTHS[match[1]]
    year = int(match[2]) if match[2] else published.year
    last = _last_day(year, month)
    if not match[2] and last < published - JUST_PAST:
        last = _last_day(year + 1, month)
    return last


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shown_after(text: str, end: int) -> bool:
    """Whether works are shown on the days of the span ending at ``end``, in its clause
    (``_SHOWN_AFTER``), not the entrants' files (« les candidats présenteront leur dossier »)."""
    shown = _SHOWN_AFTER.match(text, end)
    return shown is not None and not _ENTRANTS.search(text, end, shown.end())


def _venue_open(text: str, start: int) -> bool:
    """Whether the span at ``start`` follows a place told open (``_VENUE_OPEN_BEFORE``): its
    subject the place, by a relative « qui » or by no entries' word right before it (« les
    inscriptions à la boutique sont ouvertes du … » is a window to apply in)."""
    venue = _VENUE_OPEN_BEFORE.search(text, max(0, start - 80), start)
    if venue is None:
        return False
    return bool(venue.group(1)) or not _ENTRIES_BEFORE.search(
        text, max(0, venue.start() - 30), venue.start()
    )


def deadline_in(text: str, published: date) -> date | None:
    """The closing date: a closing cue's or an application window's (``closing_in``), else
    the date right after « jusqu'au », « avant le », « by »…, else a month's end (« jusqu'à
    la fin du mois de mars »)."""
    if found := closing_in(text, published):
        return found
    first_step: date | None = None  # a pre-application's closing, if the page gives no other
    for cue in _CUE.finditer(text):
        right_after = DATE.match(text, cue.end())
        if right_after is None:
            continue
        if is_past(text, right_after):
            continue  # « les équipes avaient jusqu'au 18 novembre »: a report
        before = max(0, cue.start() - PROJECT_TIMING_NEAR)
        if any(told.search(text, before, cue.start()) for told in _NOT_THE_CALLS_BEFORE):
            continue  # a project's own calendar, a refund's terms, a contract's term
        if _PRE_APPLICATION_BEFORE.search(text, before, cue.start()) or _FIRST_STEP_FOLLOWS.match(
            text, right_after.end()
        ):
            if first_step is None and (found := read_date(right_after, published)):
                first_step = in_text_year(found, right_after, text, published)
            continue  # « pré-candidature … jusqu'au 26 juin »: the full application's, further
        if _FOUNDED_BEFORE.search(
            text, max(0, cue.start() - 30), cue.start()
        ) or _HAVING_DONE_BEFORE.search(text, max(0, cue.start() - 30), cue.start()):
            continue  # "They have been established before 01.01.2022": who may apply
        if _VISITORS_AFTER.match(text, right_after.end()):
            continue  # « Jusqu'au 1er mars, les visiteurs pourront découvrir »: a show's run
        if _SHOW_RUNS_BEFORE.search(text, max(0, cue.start() - SHOW_RUN_NEAR), cue.start()):
            continue  # « La Biennale … ouvrira ses portes … le 22 mai, et ce jusqu'au 24 octobre »
        if found := read_date(right_after, published):
            return in_text_year(found, right_after, text, published)
    if first_step is not None:
        return first_step
    if "fin" in text or "end of" in text:
        for month_end in _MONTH_END.finditer(text):
            before = max(0, month_end.start() - 30)
            if _HAD_UNTIL.search(text, before, month_end.start()) or _PROJECT_TIMING.search(
                text, before, month_end.start()
            ):
                continue  # « avaient jusqu'à fin mars », "projects must end by the end of March"
            return _month_end(month_end, published)
    return None
