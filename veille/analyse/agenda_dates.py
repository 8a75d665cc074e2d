"""Dates as the agenda reads them (pure), in French and English forms (« 15 janvier »,
« 31/03 », « 12 février 2027 », « 21.03.2027 », « du 3 au 5 février », « les 6, 7 et 8
décembre », « mardi prochain », "on March 31, 2027", "03/14/2027", "2027-01-15"), and the
day an event is on: a date without a year takes the year the text gives it elsewhere (« du
24 février au 3 mars 2024 », an event's « édition 2024 »), else it is the next one after the
publication, a weekday the nearest one; a date in the past tense (« s'est tenu le », "was
held on") is a report's. A call's closing date is read by ``agenda_deadlines``. Every
function reads folded text (``opportunities.fold``)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import date, timedelta
from functools import lru_cache

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
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
}  # fmt: skip
DAY_NAMES = "|".join(WEEKDAYS)
# a day with its month, its weekday first when given (« jeudi 11 avril », « 1er mai »): the
# plain words, no groups, that other modules' patterns build on
DAY_WITH_MONTH = rf"(?:(?:{DAY_NAMES}) )?\d{{1,2}}(?:er)? (?:{MONTH_NAMES})"
# a past event: « s'est tenu les 23 et 24 juin », « le 16 septembre dernier »; the verbs a report
# uses before or after the day
_PAST_VERBS = (
    # (and a typo's « évènement départemental qui eu lieu samedi 4 février »)
    # (and the plural's « se sont déroulées du 11 au 13 octobre », as « se sont tenues »)
    r"s'est tenue?s?|se sont tenue?s|(?:a|ont|qui) eu lieu|s'est deroulee?s?|se sont deroulee?s|"
    r"took place|"
    # (and « L'incubateur … a reçu, mardi 11 février, le gratin de la French Tech »)
    # (and a gallery's « Samedi 12 juin nous avons accueilli Estèla Alliaud »; a college's
    # « Mercredi 12 avril, tous les élèves de 4° ont vécu un forum des métiers »)
    # (and « le gouvernement a désigné le 29 février 2024 les 64 lauréats »: a jury's day)
    r"was held|were held|(?:a|ont|avons) (?:reuni|accueilli|rassemble|recu|vecu|designe)|"
    # "On October 16, 2020, the first-ever … Conference was hosted virtually"
    r"(?:was|were) hosted|"
    # « des experts … se sont rassemblés », « Cet évènement démarrait la 3e édition … du 19 au 22
    # novembre » (the imperfect of a report; and « Le 28 mars, Sceneo à Longuenesse accueillait
    # le salon du travail »; and the first person: « Le dimanche 12 juin, nous nous sommes
    # retrouvés pour une journée festive »)
    r"(?:se sont|nous nous sommes) (?:rassemblee?s|reunie?s|retrouvee?s)|demarrait|se tenait|"
    r"avait lieu|se deroulait|"
    r"accueillai(?:en)?t|"
    # (and a firework told after: « le feu d'artifice a été tiré une semaine plus tard »)
    r"(?:a|ont) ete tiree?s?|"
    # (and a feast told after: « Près de 2 000 personnes ont fréquenté, ce dimanche 4 juin, la
    # Fête de la pêche », « la fête de la pêche battait son plein ce dimanche 5 juin », « la
    # Fédération départementale organisait ce dimanche 5 juin la fête de la pêche »)
    r"(?:a|ont) frequente|battai(?:en)?t (?:son|leur) plein|organisai(?:en)?t|"
    # « Les propriétaires d'objets avaient rendez-vous pour les réparer … samedi 17 juin »
    r"avai(?:en)?t rendez-vous|"
    # how the day went: « L'affluence du public a été particulièrement satisfaisante dimanche 6
    # mars », « le public a été nombreux », « les visiteurs ont été au rendez-vous »
    r"(?:a|ont) ete (?:\w+ )?(?:satisfaisante?s?|nombreu(?:x|se|ses)|au rendez-vous)|"
    # (and in the imperfect: « Égletonnais et estivants de passage étaient nombreux dans le parc …
    # le 24 juillet pour assister à la projection »)
    r"etai(?:en)?t (?:\w+ )?nombreu(?:x|se|ses)|"
    # (and who came: « Samedi 6 janvier, la population est venue nombreuse pour assister à la
    # traditionnelle cérémonie des vœux », « répondait à l'invitation du Maire »)
    r"(?:est|sont) venue?s? (?:nombreu(?:x|se|ses)|en nombre)|repondai(?:en)?t a l'invitation|"
    # (and who came for what, and how they were welcomed: « la cinquantaine d'enfants venus
    # chercher les œufs … ce lundi 10 avril », « Les élèves ont été accueillis le vendredi 2 avril
    # par 2 magnifiques lapins »)
    r"venue?s? (?:chercher|assister|applaudir)|(?:a|ont) ete accueillie?s?|"
    # (and how the day went: « Samedi 28 août, le bourg était en effervescence pour renouer avec
    # la fête », « La fête du village a ravi la population »)
    r"etai(?:en)?t en effervescence|(?:a|ont) ravi|"
    # (and who they drew: « La soirée couscous le 21 mai, le tournoi de foot le 2 juillet … sont
    # autant d'événements festifs qui ont attiré beaucoup de monde »)
    r"(?:a|ont) attire (?:beaucoup de monde|du monde|la foule|les foules|un (?:large |nombreux )?"
    r"public)|"
    # (and what was seen there, in the first or second person: « Toutes les victoires que vous
    # avez vues durant ce week-end »)
    r"(?:avez|avons) vue?s?|"
    # (and who held it, in the first person: "We had our first New Year's Day Levee since the
    # pandemic started")
    r"(?:we|they) had (?:our|their)|"
    # (and its figures: « on a déjà eu plus de 90 inscriptions ce week-end »)
    r"(?:a|ont|avons) (?:deja |aussi )?eu (?:plus de|pres de|\d)|"
    # « Les Hackathons se sont poursuivis à Marrakech du 17 au 19 septembre »
    r"se sont poursuivie?s|s'est poursuivie?|"
    # (and a first edition that came to be on its day: « C'est ainsi que la soirée du vendredi 12
    # mai a vu le jour et est devenue la fête des voisins »; not its host's « qui a vu le jour en
    # 2015 », a clause of its own)
    r"(?<!qui )(?:a|ont) vu le jour|"
    # « Innov-Agri a fermé ses portes le 9 septembre », "the show closed its doors on"
    r"(?:a|ont) ferme (?:ses|leurs) portes|closed (?:its|their) doors|"
    # (and a report's open day: « l'université de Metz a ouvert ses portes … ce samedi 30 janvier »;
    # and an edition opened: « Les Portes du Cuir ont ouvert leur cinquième rencontre annuelle à
    # Nontron du 29 septembre au 1er octobre », not « a ouvert sa billetterie »)
    r"(?:a|ont) ouvert (?:(?:ses|leurs) portes|(?:sa|son|leur) (?:\w+ )?(?:edition|rencontre))|"
    # (and a show back, told as past: « le Salon international du machinisme agricole (Sima) a
    # fait son retour pour son centenaire, au Parc des expositions …, du 6 au 10 novembre »)
    r"(?:a|ont) fait (?:son|leur) (?:grand )?retour|"
    # (and « les portes de la 54e édition du Salon … se sont rouvertes du 19 au 25 juin 2023 »)
    r"se sont (?:re|r)?ouvertes|s'est (?:re|r)?ouverte?|"
    # « le salon du Made in France s'est achevé ce dimanche 12 novembre »
    r"s'est (?:achevee?|terminee?)|se sont (?:achevee?s|terminee?s)|"
    # how the day went: « Le salon …, organisé du 28 au 31 mai …, s'est distingué par »; its
    # winners named: « Le mercredi 7 février, les lauréats des … Awards ont été annoncés »
    r"s'est distinguee?|se sont distinguee?s|"
    # what was talked over there: « Réunis à Toulouse … du 28 au 30 septembre, les professionnels
    # et les élus ont beaucoup parlé finances »
    r"(?:a|ont) (?:beaucoup |longuement )?(?:parle|debattu|discute)\b|"
    r"laureats? [^.!?]{0,60}?(?:a|ont) ete (?:annonce|devoile|proclame|designe|recompense)e?s?|"
    # « Le 8 février a été célébré dans le monde entier le Safer Internet Day »
    r"(?:a|ont) ete celebree?s?|(?:was|were) celebrated|"
    # « Les 24 et 25 octobre 2024, le campus de La Réunion a vibré au rythme du premier hackathon »
    r"(?:a|ont) vibre au rythme|"
    # "On October 18, 2023, the curtains fell on the second edition of the ECOWAS Hackathon",
    # "On July 28, the 2025 World Artificial Intelligence Conference (WAIC) concluded in Shanghai"
    r"curtains? (?:fell|came down|closed)|(?:has |have )?concluded|"
    # "More than 200 people attended a daylong symposium … on June 10", "September 17 the
    # Computer Science Department welcomed … Bruce Schneier" (not "will be attended by")
    r"(?<!be )(?<!been )(?<!being )attended|(?<!be )(?<!been )(?<!being )welcomed|"
    # a sponsor's report: "On Friday November 14th, we were a sponsor of Coin-orado"
    r"we (?:were|sponsored)|"
    # days no longer the event's: « Le sommet …, qui devait se dérouler du 9 au 12 mars, est ainsi
    # annulé », « Black Hat Asia prévue du 31 mars au 3 avril, est quant à elle reportée à « plus
    # tard dans l'année » »
    r"(?:est|sont|a ete|ont ete) (?:ainsi |donc |finalement |quant a (?:elle|lui) )?annulee?s?|"
    r"reportee?s? (?:a une date ulterieure|a « ?plus tard|sine die)|"
    # (and among others called off: « Le salon Preventica, prévu du 29 septembre au 1er octobre à
    # Eurexpo-Lyon, fait partie des nombreux événements annulés »)
    r"fait partie des (?:[\w-]+ ){0,2}?(?:evenements|salons|manifestations) (?:annule|reporte)e?s|"
    # who took part: « l'Agence du Numérique a participé au premier hackathon le 15 novembre »,
    # « les élèves ont bénéficié mardi 23 novembre d'une intervention », "took part in"
    r"(?:a|ont) (?:participe|pris part|assiste|beneficie)|participated in|took part in|"
    # what a consultation gathered: « une phase de consultation a permis de collecter 476
    # contributions entre le 25 janvier et le 15 mars »
    r"(?:a|ont) permis de (?:collecter|recueillir|rassembler|reunir)|"
    # what was said there: « a indiqué le président … en ouverture de la journée du 23 octobre »
    r"(?:a|ont) (?:indique|declare|souligne|explique|affirme|partage)|"
    # « Il en était justement question lors des Rencontres Filière Bois du 15 avril »
    r"(?:etait|a ete) (?:\w+ )?question lors|"
    # a speaker's own past: "I organized the first two control system cyber security panels at
    # ISA Expo 2001 in Houston on 9/10", "we held the first conference in 2002"
    r"(?:i|we|they) (?:organi[sz]ed|held|ran)|"
    # "On 19 May 2021, DIGITAL SME held a workshop titled …" (not "will be held")
    r"(?<!be )(?<!been )(?<!being )held (?:a|an|the|its|their)|"
    # "On 28–29 May, the Gaia-X Tech-X & Hackathon #9 brought together developers", "… partners
    # gathered for an internal hackathon", "the key actors behind Gaia-X gathered in Berlin"
    r"(?<!be )(?<!been )brought together|(?<!be )(?<!been )(?<!have )gathered (?:for|in|at)\b|"
    # « Mercredi 31 janvier, ils ont donc organisé une demi-journée » (told after the day)
    r"(?:a|ont) (?:donc|ainsi|alors) (?:co-?)?organise|"
    # what was shown there: « Cette résolution … présentée lors du Congrès des 10 ans de la loi
    # ESS des 12 et 13 juin » (not « sera présentée lors du salon »)
    r"(?<!sera )(?<!seront )(?<!etre )(?:presente|valide|adopte|approuve|devoile|remis)e?s? lors"
)
# a day given up, told after it: "The National Defense Hackathon 2022, scheduled in Ukraine for
# October 20 and 21, has been postponed", « … a été reporté », « … a été annulé » (not before a
# day: "has been postponed to 12 March" gives the new one)
_GIVEN_UP_AFTER = (
    r"(?:has|have) been (?:postponed|cancell?ed)|(?:was|were) (?:postponed|cancell?ed)|"
    r"(?:a|ont) ete (?:reportee?s?|annulee?s?)"
)
# rarer report verbs, looked for before a day only where their words stand (``_RARE_PAST_HINTS``)
# and in a day's whole sentence (``reported_in_sentence``)
_RARE_REPORT_VERBS = (
    # « Les SCSD ont clôturé leur troisième édition », « le salon a clôturé ses portes »
    r"(?:a|ont) cloture|"
    # « La deuxième édition a démarré hier 12 novembre », "the hackathon started on May 3"
    r"(?:a|ont) (?:demarre|debute|commence)|(?:started|began) on|"
    # « le sommet dont les rideaux sont retombés jeudi 24 mars » (the curtain fell)
    r"rideaux (?:sont|se sont) (?:re)?tombes|"
    # « l'AUF a organisé le samedi 18 mars 2023 un hackathon » (not « organise », to come), « ont
    # conjointement organisé la Conférence … les 24 et 25 octobre »
    r"(?:a|ont|avai(?:en)?t) (?:(?:conjointement|egalement|aussi|deja|recemment) )?"
    r"(?:co-?)?organise|"
    # a day observed every year, not one occurrence: "Data Protection Day, which is marked on 28
    # January", « célébrée chaque année le 28 janvier » (before the day only: "4 October - 26
    # October. Each year, the institute organizes" is no such day; nor « Comme chaque année, le
    # Conseil départemental est partenaire du Duoday qui a lieu le 19 novembre »: this year's)
    r"(?:is|are) (?:celebrated|observed|marked)|(?:each|every) year|(?<!comme )chaque annee|"
    r"(?<!comme )tous les ans"
)
# (and "the Bucharest Digital Innovation Forum (DISB), held between 16 and 18 April this year")
_PAST_BEFORE = re.compile(
    rf"(?:{_PAST_VERBS}|has been held|have been held|"
    r"(?<!be )(?<!is )(?<!are )(?<!being )\bheld (?:on|from|between)|\bhosted (?:the |a |an |its )|"
    r"a (?:recemment )?ete "
    # (and « Au MOOC, officiellement lancé le 18 mai » : the adverb before, a participle)
    r"lancee?|\bofficiellement lancee?s?|avai(?:en)?t jusqu'(?:au|a)|had until|"
    # the day a programme was unveiled: « Le programme du festival a été dévoilé ce mardi soir 19
    # mars » (not « a été présenté pour le 12 mars », the day it was set for)
    r"(?:a|ont) ete (?:devoilee?s?|presentee?s?|revelee?s?)(?! pour\b)|"
    # « Déjà déployé entre le 27 octobre et le 31 décembre 2020, ce guichet » (not « déjà
    # ouvert jusqu'au », still open)
    r"\bdeja (?:deployee?s?|organisee?s?|mise?s? en place)|"
    r"(?<!sera )(?<!seront )(?<!etre )(?<!la )\btenue?s?|"
    r"(?:originally|initially) (?:scheduled|planned)(?: to (?:occur|take place|be held))?|"
    r"initialement (?:prevue?s?|programmee?s?)|(?:prevue?s?|programmee?s?) initialement|"
    # a day given up: « le CES devait durer jusqu'au 8 janvier » (it ends on the 7th)
    r"devai(?:en)?t (?:durer|se tenir|avoir lieu|se derouler)|"
    r"(?:was|were) (?:originally |initially )?(?:supposed|meant|planned|scheduled) to (?:run|"
    # (and "the Digital Bridge 2024, which was scheduled for September 5-7 this year", cancelled)
    r"last|take place|be held|occur)|(?:was|were) (?:originally |initially )?scheduled for|"
    # "The World AI Conference (WAIC) 2025 … launched in Shanghai on July 26" (not "will be
    # launched on"), "… reported Agence France-Presse on July 27"
    r"(?<!be )(?<!been )\b(?:launched|reported)|"
    # a report's heading: « Journées Hydrogène : bilan sur l'édition du 5 au 7 juillet »
    r"\bbilan (?:de|sur|du))"
    r"\W+(?:[\w'-]+[^\w.!?]+){0,5}$"  # in its sentence: not « … ses portes le 9 septembre. Les 7 »
)
# rarer past words before a day, looked for only where their words stand (``_RARE_PAST_HINTS``):
# a diary of what one went to ("Blockchain meetups I have attended: 10 Nov | Amsterdam"); a
# replay (« le replay d'un webinaire … initialement diffusé le 14 octobre », not « sera diffusé
# le »), and the day it is « disponible en ligne depuis »
_RARE_PAST_HINTS = (
    "attended", "visited", "diffuse", "depuis", "since",
    "article", "publie", "published", "mis a jour", "mise a jour", "updated", "post on",
    "posted on",
    "cloture", "demarre", "debute", "commence", "started", "began", "rideaux", "organise",
    "celebrated", "observed", "marked", "year", "chaque", "tous les ans",
)  # fmt: skip
_PAST_BEFORE_RARE = re.compile(
    rf"(?:(?:\b(?:{_RARE_REPORT_VERBS})|"
    r"\b(?:i|we) (?:have |had )?(?:attended|visited)\b|"
    r"\bdiffuse(?<!sera diffuse)(?<!seront diffuse)(?<!etre diffuse)e?s?(?: en direct)?"
    r"(?: (?:le|on))?\b|"
    r"\b(?:disponible|available|en ligne|online) (?:depuis|since)\b)"
    r"\W+(?:[\w'-]+[^\w.!?]+){0,5}|"
    # a page's own date, right before it: « (voir notre article du 12 mars 2025) », « publié
    # le », "Updated on" (no event's day)
    # (and a document host's "Post on 15-Aug-2021", "Posted on")
    # (and a day observed every year, « chaque » right before it: « Une journée nationale des
    # aides à domicile aura lieu chaque 7 août »)
    r"(?:\barticles? (?:du|of)|\bpubliee?s?(?: le)?|\bpublished(?: on)?|\bmise? a jour(?: le)?|"
    r"\bupdated(?: on)?|\bpost(?:ed)? on|\bchaque)\W*)$"
)
_PAST_AFTER = re.compile(
    # (a report's heading on its day: "4/13 Recap:", "Debrief"; not « (retour sur scène) »)
    r"\W*(?:recap|debrief|wrap-?up)\b|"
    # (its words and the spaces between them taken whole, possessively: a rule of 70 dashes or
    # "a-b-c-d" is not split every way between words and spaces)
    r"\W*dernier(?:e|s|es)?\b|\W*(?:[\w'-]++\W++){0,8}?"
    rf"(?:{_PAST_VERBS}|{_GIVEN_UP_AFTER}|a ete le theatre|(?:a|ont) ete organisee?s?|"
    # « La deuxième édition, le 9 avril, du salon … a été à la hauteur des attentes »
    # (and « La bourse d'échange de micro-minéraux du 6 mars a obtenu un réel succès »)
    r"(?:a|ont) ete a la hauteur|(?:a|ont) (?:connu|obtenu|remporte) un (?:(?:franc|vif|grand|beau|"
    r"reel) )?succes|"
    # « Samedi 24 avril a été la journée dédiée à Devoxx4kids », « Le vendredi 4 avril était
    # dédié aux scolaires »
    r"(?:a|ont) ete (?:la|une) (?:journee|soiree|matinee)|"
    r"(?:etait|etaient) (?:dedie|consacre|reserve)e?s?)\b"
)
_THERE_WAS = re.compile(r"\bil y a eu\b[^.!?]*$")
# an event's last day, not its first: « il prendra fin le 7 janvier », "will end on May 3"; a
# day something lasts until ("sessions available until November 30", « ouvert jusqu'au 3 mai »);
# a price's days ("Early Bird … (valid until midnight, Friday 2 August 2024)", "valid from
# Saturday 3 August"); a day something must be in by (« dont le contenu devra être remis avant le
# 19 décembre »)
_ENDS_BEFORE = re.compile(
    r"(?:prendr(?:a|ont) fin|(?:a|ont) pris fin|se terminer(?:a|ont)|s'achever(?:a|ont)|will "
    r"(?:end|close)|(?:ends|closes) on|\buntil|\bjusqu'(?:au|a)|\bvalid (?:until|till|from|"
    # (and "The three-day conference, running through July 28")
    r"through)(?: midnight)?|\b(?:running|runs|run) through|\bavant)\W+(?:(?:le|on|the)\W+)?"
    rf"(?:(?:{DAY_NAMES})\W+)?$"
)
# an hour right after a date: « , 11h30 », « à 20h », "| 8:30 a.m.", "@ 1pm", "at 10:00", a
# programme's « mercredi 4 juin : 08h30-18h45 », a list's "• Tue 13 Apr 2021 • 6:00PM"
_TIME_AFTER = re.compile(
    # (and « le 14 septembre vers 11h », about its hour; « le 26 septembre prochain à 21h »)
    r"(?:\s+prochaine?s?\b)?\s*(?:[,|@–:•·-]\s*)?"
    r"(?:(?:a|at|des|de|from|a partir de|vers|around)\s+)?"
    # "6:00PM", "6-7pm", "10:30 to 11:30 a.m."; « à 18 heures », « de 17 à 21 heures »
    r"(?:\d{1,2}(?:h(?:\d{2})?\b|:\d{2}\b)|\d{1,2}(?::\d{2})?(?:\s?(?:to|-|–)\s?\d{1,2}(?::\d{2})?)?"
    r"\s?(?:a\.?m\b|p\.?m\b)|(?:[01]?\d|2[0-3])(?:\s?(?:a|-|–)\s?(?:[01]?\d|2[0-3]))?\sheures?\b)"
)
# an hour right before a date: « à 18h30 ce lundi 13 novembre », "at 6pm on Tuesday, 3 March"
_TIME_BEFORE = re.compile(
    rf"(?:\d{{1,2}}h\d{{0,2}}|\d{{1,2}}(?::\d{{2}})?\s?[ap]\.?m\.?)\W+(?:(?:ce|le|this|on)\s+)?"
    rf"(?:(?:{DAY_NAMES})\W+)?(?:the\s+)?$"
)
# a deadline's label right before a day (« Date limite d'inscription : », "Deadline of Early
# Bird Registration:"): the day a registration or a payment is due, no appointment
_A_DEADLINE = re.compile(r"\b(?:deadline|date limite)\b[^.!?\n]{0,40}:\s*$")
_AN_HOUR = re.compile(r"\d(?:h(?:\d{2})?\b|:\d{2}\b|\s?[ap]\.?m\b|\sheures?\b)")
# « 4 Dec 2017Expired » (a page's cells run together); "Deadline: 1-Jul-23", "15-Apr-2024" (a
# two-digit year only after a dash); « le vendredi, 12 février, 2021 » (Canada's comma: a year
# of this century or the last only)
_DAY_MONTH = (
    # (and a day glued to a French month's full name: « la soirée du 27mai », « le 7juin »)
    rf"(?:le |the )?\b(\d{{1,2}})(?: ?er|st|nd|rd|th|\.)?(?: (?:de |of )?|-(?=[a-z]{{3}}-\d\d)|"
    r"(?=(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre)\b))"
    # (not a span's next day: "16 January-19 March 2026" is no 16 January 2019)
    rf"({MONTH_NAMES})\b\.?(?:(?: |, (?=(?:19|20)\d\d))(\d{{4}})(?!\d)|"
    rf"-(\d\d(?:\d\d)?)(?!\d)(?! (?:{MONTH_NAMES})\b))?"
)
# "January 15, 2027", "November 1st and 2nd, 2023", "Oct. 26-27", "April 21st to April 23rd",
# "March 30th & March 31st, 2022":
# the first day, with the year that follows the list
# (a dot after an abbreviated name only, four letters at most: "Nov. 3", « sept. 12 »; not a
# sentence's end: "the start of November. 3-6 months is a more typical window")
_NAME_DOT = r"(?:(?<![a-z]{5})\.)?"
_MONTH_DAY = (
    rf"\b({MONTH_NAMES})\b{_NAME_DOT} (\d{{1,2}})(?:st|nd|rd|th)?\b"
    # (and a weekday before the last day: "Wednesday, May 8 through Saturday, May 11, 2024")
    rf"(?:(?:,? and|,| to| through| ?[-–]| &) ?(?:(?:{DAY_NAMES}),? )?"
    rf"(?:(?:{MONTH_NAMES})\b{_NAME_DOT} )?\d{{1,2}}(?:st|nd|rd|th)?\b)*"
    rf",?(?: (\d{{4}})(?!\d))?"
)
# « 15/01/2027 », « 15.01.2027 », "19-05-2021at1030hrs" (a year glued to the hour), « 26 09
# 2024 » (two digits each, a year after them); not a month and its year (« inscriptions :
# 06/2017 »), nor the lines of a bus or a tram (« bus 71/ 72, tram 7/25 »)
_NUMERIC = (
    # (looked behind only where a day and a slash stand, each width's words at once; and a page's
    # number among its pages, « Page 8/15 », no date, but a full date after « page » is one)
    r"\b(?=\d\d?/)(?<!bus )(?<!tram |line )(?<!ligne |lines |route |metro )(?<!lignes )"
    r"(?:(?<!page )(?<!pages )|(?=\d\d?/\d\d?/\d))"
    # (not a scale's fraction: « allant du 1/87 à l'échelle Z (1/22e) »)
    r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?!\d)(?!e\b|eme\b)|"
    # (and a funder's spaced dots: « Date limite : 14 . 10 . 2025 à 12:00 »)
    r"\b(\d{1,2})(?:[.-]| \. (?=\d\d? \. (?:19|20)\d\d(?!\d))|"
    r"(?<=\d\d) (?=\d\d (?:19|20)\d\d(?!\d)))"
    r"(\d{1,2})(?:[.-]| \. |(?<= \d\d) )((?:19|20)\d\d)(?!\d)|"
    # 2025-11-14 (ISO, and with its hour: « Début : 2024-05-02T13:00:00+02:00 »), a listing's
    # "Deadline: 2025/11/12, 4 p.m." (year first)
    r"\b((?:19|20)\d\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?:\b|(?=[tT]\d\d:))"
)
DATE = re.compile(rf"{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}")
# « du 3 au 5 février », "1-2 November", "1 and 2 November 2023", "from 15 to 17 November":
# the first day (groups: first day, last day, month, year)
_MONTH_YEAR = re.compile(rf"\b({MONTH_NAMES})\b\.? (\d{{4}})\b")  # « novembre 2023 »
# « du 24 février au 3 mars 2024 », "24 February to 3 March 2024": the first day's year is the
# last day's (the year before when the span crosses new year: « du 28 décembre au 3 janvier »)
_ACROSS_MONTHS = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? (?:de |of )?({MONTH_NAMES})\b\.?"
    # (and a fair's guide: « 24 février > 4 mars 2018 », its title « 24 FÉVRIER 4 MARS 2018 »)
    rf"(?: au | to | until | through | ?[-–>] ?| )(?:le |the )?\d{{1,2}}(?:er|st|nd|rd|th)? "
    rf"(?:de |of )?({MONTH_NAMES})\b\.?,? (?:of )?(\d{{4}})\b"  # "… 9th of July of 2021"
)
# a list of days across months whose last one gives the year: « le 11 janvier, le 3 mai et le 8
# novembre 2019 » (each of its days in that year, or the year before when its month comes after
# the last one's: « le 15 décembre et le 15 mars 2020 »)
_ACROSS_LIST = re.compile(
    rf"\b(?:(?:le )?\d{{1,2}}(?:er)? (?:{MONTH_NAMES})\b,? (?:et )?)+(?:le )?\d{{1,2}}(?:er)? "
    rf"({MONTH_NAMES})\b,? (\d{{4}})\b"
)
_LISTED_DAY = re.compile(rf"\b(\d{{1,2}})(?:er)? ({MONTH_NAMES})\b")
# the year a sentence gives before a date without its own: "In 2018, during the week of May
# 11 – 17, …", « En 2019, le 12 mars, … » (and a name's year right before it: « le rendez-vous
# annuel de la filière, Allizé Day 2017, le 12 octobre »)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|en) ((?:19|20)\d\d)\b[^.!?]{0,60}$|\b((?:19|20)\d\d), (?:le |on )?$"
)
# an event's edition named by its year: « l'édition 2024 », « pour l'édition de 2023 », "the 2024
# edition" (not a past one: « après le succès de l'édition 2023 », _PAST_EDITION)
# the words before a year that the event's name gives (« Web Summit 2022 will be in Lisbon »),
# and the hints that such a year may stand in a text
# (and "Cybersecurity Week 2024 will bring together")
_NAMED_YEAR_WORDS = ("conference", "summit", "forum", "expo", "congres", "salon", "week")
_NAMED_YEAR_HINTS = tuple(f"{word} 20" for word in _NAMED_YEAR_WORDS)
# the kinds of event a name's year may stand beside (« Act In Space 2026, le hackathon »), and
# the year with its kind (its own hint: one scan, a year first)
_APPOSED_KINDS = (
    "hackathon", "salon", "festival", "forum", "congres", "sommet", "concours", "conference",
    "summit", "challenge", "convention", "rencontre",
)  # fmt: skip
_APPOSED_YEAR = re.compile(rf" (20\d\d), (?:le|la|l'|the) (?:{'|'.join(_APPOSED_KINDS)})\b")
# any name's year before its announcement: "The International Conference on Cyber Conflict,
# CyCon 2024, will take place in Tallinn" (looked for where an announcement stands; the year
# first, so that the regex engine jumps from one " 20" to the next; a name's word before it,
# ``_NOT_A_NAME`` tells a preposition's: "first announced in 2025, will take place")
# (and "picoCTF 2021 starts on March 16th")
# (and the plural: « Les traditionnelles Foulées de la Rentrée 2023 auront lieu ce dimanche 1er
# octobre »)
# (and « Le Congrès National des Sapeurs-Pompiers 2024 se déroulera du 25 au 28 septembre »)
_ANNOUNCED_HINTS = (
    "will take place", "will be held", "aura lieu", "auront lieu", "se tiendra", "starts on",
    "begins on", "se deroulera",
)  # fmt: skip
_ANNOUNCED_YEAR = re.compile(
    r" (20\d\d),? (?=will take place\b|will be held\b|aur(?:a|ont) lieu\b|se tiendra\b|"
    r"starts on\b|begins on\b|se deroulera\b)"
)
_NOT_A_NAME = re.compile(
    r"(?:\b(?:in|en|by|of|de|du|since|for|pour|until|till|to|au|from|and|et)|[^a-z])$"
)
_EDITION_YEAR = re.compile(
    r"\bedition \(?(?:de |du |d')?(20\d\d)\b|\b(20\d\d) edition\b|"  # « La 8ème édition (2024) »
    # (and "CTU ICT Week 2025, which kicks off on September 29")
    rf"\b(?:{'|'.join(_NAMED_YEAR_WORDS)}) (20\d\d),? (?=will |aura |se tiendra|which (?:will )?"
    r"(?:kicks? off|starts?|begins?|opens?|runs|takes place|is held)\b)|"
    r"\bfetes? de la science (20\d\d)\b|"  # « se profile la Fête de la Science 2023. Du 6 au 16 »
    # "In 2024, the 21st edition takes place on February 6", « En 2024, la 21e édition »
    r"\b(?:in|en) (20\d\d),? (?:the|la) \d{1,3} ?(?:e|eme|st|nd|rd|th) edition\b|"
    # an event back in its year: « Annulées en 2025 …, les Foulées de Villeurbanne reviennent en
    # 2026 pour une nouvelle édition. La course se tiendra le 5 avril prochain »
    r"\brevien(?:t|nent|dra|dront) en (20\d\d),? pour (?:une|sa|leur) (?:nouvelle |"
    r"\d{1,3} ?e(?:me)? )?edition\b|"
    # a title that opens on the edition's year: "2021 Salon International de l'Agriculture"
    rf"^(20\d\d) (?:{'|'.join(_NAMED_YEAR_WORDS)})\b|"
    # a name's year set beside the kind of event it is: « lancés pour Act In Space 2026, le
    # hackathon international qui débarque à Montpellier les 30 et 31 janvier »
    rf"{_APPOSED_YEAR.pattern}"
)
# (and a comparison with it: « 350 exposants, 26 % de plus que sur l'édition 2017 »)
_PAST_EDITION = re.compile(
    r"(?:succes de l'|apres l'|precedente |derniere |last |previous |que sur l'|que lors de l'|"
    r"par rapport a l')$"
)
# a past edition by what it did: « L'édition 2019 a marqué un record », "the 2023 edition drew"
_PAST_EDITION_AFTER = re.compile(
    r"\W*(?:(?:a|avait|ont|avaient) (?:marque|reuni|rassemble|accueilli|attire|compte|connu)|"
    # (and « Si l'édition 2020 s'est déroulée en ligne », « a eu lieu »)
    r"s'est (?:deroulee|tenue)|se sont (?:deroulees|tenues)|(?:a|ont) eu lieu|"
    r"(?:drew|gathered|attracted|welcomed|saw|was|were|had)\b)"
)
# (« du mardi 6 au jeudi 8 septembre »: the weekdays too; a flyer's « 13>15 mai 2014 »)
_RANGE = re.compile(
    rf"\b(?:(?:du |from )(?:(?:{DAY_NAMES}) )?|the )?(\d{{1,2}})(?:er|st|nd|rd|th)?"
    # (and a fair's « du 6-7-8 décembre 2018 »: its first day, the days between skipped)
    r"(?:[-–]\d{1,2}(?=[-–]\d))*"
    # (and "from 21 through 23 January 2020")
    # (and « ce samedi 21 et ce dimanche 22 septembre », "Saturday the 20th and Sunday the 21th
    # of September")
    # (and « de vendredi 13 à dimanche 15 juin »: « à » before a weekday only)
    rf"(?: au | to | and | et | & | through | ?[-–>] ?| a (?=(?:{DAY_NAMES}) ))(?:le |the |ce )?"
    rf"(?:(?:{DAY_NAMES}) )?"
    rf"(?:the )?(\d{{1,2}})(?:er|st|nd|rd|th)? (?:de |of )?({MONTH_NAMES})\b\.?"
    rf"(?: (\d{{4}})\b)?"
)
# the day after the publication, as a news item says it: "will kick off tomorrow", "officially
# opening tomorrow", « ouvrira ses portes demain » (or « ouvre demain midi ses portes »), « le
# forum … qui se tient demain à Lille »
# (not « l'entreprise de demain »: the future)
_TOMORROW = re.compile(
    r"\b(?:kicks? off|begins?|starts?|opens?|opening|will (?:kick off|begin|start|open|take "
    r"place|be held)|takes place|is held) tomorrow\b|\b(?:debute(?:ra)?|commence(?:ra)?|"
    r"ouvre(?:ra)? ses portes|aura lieu|a lieu|se tien(?:t|dra)|se deroule(?:ra)?|"
    # (and the plural: « Saverdun. Les festivités débutent demain »)
    r"debut(?:ent|eront)|commenc(?:ent|eront)|ont lieu|auront lieu|se tiennent|"
    r"se deroul(?:ent|eront)) demain\b|"
    r"\bouvre(?:ra)? demain (?:(?:matin|midi|soir) )?ses portes\b"
)
# a day named by its weekday, from the publication: « ce lundi », « mardi prochain », "next
# Thursday", "beginning Tuesday", "the symposium that begins Thursday" (not « le salon, qui a
# débuté mardi et s'achève aujourd'hui »: a show under way)
_WEEKDAY = re.compile(
    rf"\b(?:(ce|this|next|beginning|starting|a partir de|des|prevue? pour|demarrant|debutant|"
    rf"commencant|begins|starts|kicks off|opens|(?<!\ba )(?<!\bont )(?:debute|commence)) "
    # (not a date's weekday: « A partir de ce vendredi 20 septembre » is the 20th, read as a date)
    # (and the weekend, its Saturday: « il y en aura plus de 120, ce week-end »; not « ce
    # week-end des 11 et 12 novembre », a weekend named by its days, read as a date)
    rf"({DAY_NAMES}|week-?end)\b(?!,? (?:the |le |des |du |les )?\d)|"
    rf"({DAY_NAMES}) (prochain)\b)"
)
# a verb of the future right before « ce samedi », "this Saturday": the day is ahead, however
# far in the week ("The Lakeside Triathlon will be held this Saturday", published on Tuesday);
# and the next such day, for a bare weekday after it (``next_weekday``)
FUTURE_BEFORE = re.compile(
    r"\b(?:will (?:be held|take place|kick off|start|begin|(?:officially )?open)|"
    r"(?:is|are) (?:set|scheduled) for|"
    r"aur(?:a|ont) lieu|se tiendr(?:a|ont)|se derouler(?:a|ont)) $"
)
# a day of the month alone, after a verb that says when: "The first one is on the 13th, in just
# two days", « la rencontre aura lieu le 13, à la CCI » (the next such day; not « le 13 mai », a
# date, nor "the 13th floor")
_DAY_ONLY = re.compile(
    r"\b(?:(?:is|are|will be|takes place|starts|begins|kicks off) on the (\d{1,2})(?:st|nd|rd|th)|"
    r"(?:aura lieu|se tiendra|a lieu|se tient|commencera|debutera) le (\d{1,2})(?:er)?)"
    r"(?=\s*(?:[,.;!?)]|$| (?:at|a|in|dans|from|des|pour)\b))"  # not "on the 13th floor"
)
_DAY_ONLY_HINTS = (
    "is on the ",
    "are on the ",
    "be on the ",
    "place on the ",
    "starts on the ",
    "begins on the ",
    "off on the ",
    "aura lieu le",
    "se tiendra le",
    "a lieu le",
    "se tient le",
    "ra le ",
)
# « les 6, 7 et 8 décembre », « des 13, 14 et 15 avril », « jeudi 28 et vendredi 29 juin »: the
# first day (and a show's « Cournon - 7, 8 & 9 octobre 2009 », a list by its commas alone, with
# or without a space after them: « 1,2 et 3 Avril 2011 »)
DAY_LIST = re.compile(
    rf"\b(?:(?:les|aux|des) (?:(?:{DAY_NAMES}) )?|(?:{DAY_NAMES}) |(?=\d{{1,2}}, ?\d))"
    rf"(\d{{1,2}})(?:er)?"
    rf"(?:, ?(?:(?:{DAY_NAMES}) )?\d{{1,2}})* (?:et|&) (?:ce |le )?(?:(?:{DAY_NAMES}) )?\d{{1,2}} "
    rf"(?:de )?({MONTH_NAMES})\b\.?(?: (\d{{4}})\b)?"
)


# a day without its year this many days before the publication is the one just past (a report
# of 27 November: "from Nov 21 to 24" is the 21st of its year, not of the next)
JUST_PAST = timedelta(days=14)


def _year(day: int, month: int, year: str | None, published: date) -> date | None:
    """The date; without a year, the first such day from the publication on, or one just
    past (``JUST_PAST``)."""
    try:
        if year:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return date(full, month, day)
        candidate = date(published.year, month, day)
        if candidate < published - JUST_PAST:
            candidate = date(published.year + 1, month, day)
        return candidate
    except ValueError:
        return None


def read_date(match: re.Match[str], published: date) -> date | None:
    g = match.groups()
    if g[0]:  # 15 janvier (2027), 1-Jul-23
        return _year(int(g[0]), MONTHS[g[1]], g[2] or g[3], published)
    if g[4]:  # January 15, 2027
        return _year(int(g[5]), MONTHS[g[4]], g[6], published)
    if g[7]:  # 15/01(/2027): day first, as in French and in British English
        if not g[9] and len(g[7]) == len(g[8]) == 1:
            return None  # « 3/4 des PME », a programme's « (1/3) »: a fraction, not a day
        day, month = _day_and_month(int(g[7]), int(g[8]), match)
        return _year(day, month, g[9], published) if 1 <= month <= 12 else None
    if g[10]:  # 15.01.2027: with its year only (« 1.5 million » is no date)
        day, month = _day_and_month(int(g[10]), int(g[11]), match)
        return _year(day, month, g[12], published) if 1 <= month <= 12 else None
    if g[13]:  # 2025-11-14
        return _year(int(g[15]), int(g[14]), g[13], published)
    return None


def _day_and_month(first: int, second: int, match: re.Match[str]) -> tuple[int, int]:
    """The day and the month of a day written in numbers (« 15/01 », « 15.01.2027 »): day first,
    as in French and in British English; month first where it cannot be otherwise (03/14/2024,
    an American listing's "Deadline: 06.22.2025") or where the page writes its days so."""
    if second > 12 >= first or (first != second <= 12 and _month_first(match)):
        return second, first
    return first, second


# an American time zone after a day: "Deadline: 08/03/2017 5:00 pm Pacific Time" (3 August)
_US_TIME_AFTER = re.compile(
    r"[^.!?\n]{0,24}?(?:\b(?:pacific|central|eastern|mountain) (?:standard |daylight )?time\b|"
    r"\b(?:pst|pdt|cst|cdt|edt|mst|mdt)\b)"
)
# (and dotted with their year: "Deadline: 02.14.2026")
_SLASHED = re.compile(
    r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?!\d)|\b(\d{1,2})\.(\d{1,2})\.(?:19|20)\d\d(?!\d)"
)


def _month_first(match: re.Match[str]) -> bool:
    """Whether a day written with slashes, its two numbers both 12 or less, puts its month
    first: an American time zone after it, or a page that writes its other days month first
    ("11/16/18", and none day first)."""
    return bool(_US_TIME_AFTER.match(match.string, match.end())) or _writes_month_first(
        match.string
    )


@lru_cache(maxsize=64)
def _writes_month_first(text: str) -> bool:
    """Whether ``text`` writes some days month first (« 11/16/18 ») and none day first."""
    orders = {
        a > 12
        for a, b in (
            (int(first or dotted_first), int(second or dotted_second))
            for first, second, dotted_first, dotted_second in _SLASHED.findall(text)
        )
        if max(a, b) <= 31 and (a > 12) != (b > 12)
    }
    return orders == {False}


# an iCalendar event's own start, as a calendar file gives it: "DTSTART:20221207T170000",
# "DTSTART;TZID=Europe/Paris:20270604T083000" (folded: lower case)
_DTSTART = re.compile(r"\bdtstart(?:;[^:\s]{1,60})?:((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")


def calendar_day(text: str, published: date) -> date | None:
    """The day an iCalendar event in ``text`` starts on, when it is after the publication."""
    if "dtstart" not in text or (found := _DTSTART.search(text)) is None:
        return None
    try:
        day = date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    return day if day > published else None


def states_a_span(text: str) -> bool:
    """Whether ``text`` gives a span of days (« du 10 au 12 juillet 2018 », "1-2 November",
    « du 24 février au 3 mars 2024 »)."""
    return bool(_RANGE.search(text) or _ACROSS_MONTHS.search(text))


def states_a_day(text: str) -> bool:
    """Whether ``text`` gives any day (a date, a range, a list of days or a weekday)."""
    return bool(_dates(text) or _WEEKDAY.search(text))


def _dates(text: str) -> list[re.Match[str]]:
    """Every date, range and list of days in ``text``, in order."""
    found = [*_RANGE.finditer(text), *DAY_LIST.finditer(text), *DATE.finditer(text)]
    return sorted(found, key=lambda m: m.start())


_NEXT_WORD = re.compile(r"\s*\S*")
# what follows a schedule line's day up to its event's word: "September 3, 10:00 CEST:
# Kick-off webinar", « 12 mars, 14h30 : webinaire de lancement » (its hour and zone, a colon,
# two words at most)
_LINE_DAY_END = re.compile(
    r"(?:,? ?\d{1,2})?(?::\d{2}|h\d{0,2})?(?: ?[ap]\.?m\.?)?(?: [a-z]{3,4})?\s?:\s(?:[\w'-]+ ){0,2}"
)
LINE_DAY_NEAR = 60  # characters between a schedule line's day and its event's word


def line_day(text: str, start: int, published: date, edition: int | None = None) -> date | None:
    """The day a schedule's line gives before its colon, right before what stands at
    ``start`` (« 12 mars : webinaire … »), when it is to come."""
    floor = max(0, start - LINE_DAY_NEAR)
    if ":" not in text[floor:start]:
        return None
    days = list(DATE.finditer(text, floor, start))
    if not days or not _LINE_DAY_END.fullmatch(text, days[-1].end(), start):
        return None
    # the line's span or list whole: « Du 7 au 10 avril : le CPEDI*** » is on the 7th; its
    # year the one the page gives the day elsewhere (« Du samedi 23 au dimanche 24 août 2025 »
    # above « Samedi 23 août : Concours de labour »)
    spans = [*_RANGE.finditer(text, floor, start), *DAY_LIST.finditer(text, floor, start)]
    begin = min((m.start() for m in spans if m.end() == days[-1].end()), default=days[-1].start())
    return first_date(
        text[begin:start], published, edition, known=lambda: days_with_years(text, published)
    )


def text_after(text: str, start: int, size: int) -> str:
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
    if day is None or has_year(match):
        return day
    year = stated.get((day.day, day.month), stated.get((0, day.month), stated.get((0, 0))))
    return day.replace(year=year) if year is not None else day


def in_text_year(day: date | None, match: re.Match[str], text: str, published: date) -> date | None:
    """``_in_year`` with the years ``text`` states, read only for a day without its year; not
    a year its weekday denies (« jusqu'au lundi 2 juin » beside « le 6 juin 1944 »: 2 June
    1944 was a Friday)."""
    if day is None or has_year(match):
        return day
    # « jusqu'au 1er juin 2015, pour remettre … au plus tard le 15 juillet suivant »
    if text.startswith(" suivant", match.end()) and (after := _after_dated(day, text, match)):
        return after
    stated = _in_year(day, match, _stated_in(text, published))
    said = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 14), match.start())
    if stated is None or said is None or stated.weekday() == WEEKDAYS[said.group(1)]:
        return stated
    # its weekday denies the year: the year the text states that it fits (« jusqu'au vendredi
    # 9 avril » on a page of the « Fête de la science 2021 »: 9 April 2021 was a Friday)
    if (fits := _weekday_in_years(day, WEEKDAYS[said.group(1)], text)) is not None:
        return fits
    return day if stated.year != day.year else stated


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _after_dated(day: date, text: str, match: re.Match[str]) -> date | None:
    """``day`` (« le 15 juillet suivant ») on the first of its kind after the last date with
    its year a few words before it (« jusqu'au 1er juin 2015 »), if there is one."""
    earlier = None
    for before in DATE.finditer(text, max(0, match.start() - 160), match.start()):
        if has_year(before) and (read := read_date(before, day)) is not None:
            earlier = read
    if earlier is None:
        return None
    with suppress(ValueError):  # the 29th of February of a common year
        moved = day.replace(year=earlier.year)
        return moved if moved > earlier else day.replace(year=earlier.year + 1)
    return None


def _weekday_in_years(day: date, weekday: int, text: str) -> date | None:
    """``day`` in the year ``text`` states, nearest ``day``'s own, that puts it on ``weekday``."""
    fitting = []
    for year in {int(y) for y in _YEAR.findall(text)}:
        with suppress(ValueError):  # the 29th of February of a common year
            if (moved := day.replace(year=year)).weekday() == weekday:
                fitting.append(moved)
    return min(fitting, key=lambda d: abs(d.year - day.year), default=None)


def is_past(text: str, match: re.Match[str]) -> bool:
    """« s'est tenu les 23 et 24 juin », « le 16 septembre dernier »: a report, not an
    announcement."""
    return is_past_span(text, match.start(), match.end())


_PAST_VERB = re.compile(rf"\b(?:{_PAST_VERBS}|{_RARE_REPORT_VERBS})\b")
# where a sentence ends and the next begins (shared by the agenda's readers)
SENTENCE_BREAK = re.compile(r"[.!?]\s")
# what says, in a sentence, that something is still to come: a verb in the future, « prochain »
_TO_COME = re.compile(r"\b\w+(?:ra|ront)\b|\bwill\b|\bprochaine?s?\b|\brevient\b")


# rarer words of a report in a day's sentence, before or after the day, looked for only where
# their words stand (``_RARE_SENTENCE_HINTS``): « Mardi 24 novembre …, la société L4M a organisé
# la sixième édition de son salon » (the French past after the day; not "Each year, the institute
# organizes"), « mardi 3 juin 2025, ce job dating … a regroupé des organismes », « il n'y avait pas
# que du chocolat au salon …, le jeudi 7 novembre 2024 » (the imperfect of a report)
_RARE_SENTENCE_HINTS = ("organise", "regroupe", "y avait")
_PAST_SENTENCE_RARE = re.compile(
    r"\b(?:(?:a|ont) (?:co-?)?organise (?:la|le|les|l'|une|un|des|son|sa|ses|leurs?)|"
    r"(?:a|ont) regroupe|il (?:n')?y avait)\b"
)


def _rare_past(text: str, start: int, end: int) -> bool:
    """Whether ``_PAST_SENTENCE_RARE`` stands in the text from ``start`` to ``end``."""
    part = text[start:end]
    return any(map(part.__contains__, _RARE_SENTENCE_HINTS)) and bool(
        _PAST_SENTENCE_RARE.search(part)
    )


def reported_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence holding ``start`` reports, before it, what was (« Antsiranana a
    accueilli pour la première fois l'édition du concours, du 27 au 29 août », « ont eu lieu
    du 23 au 25 mai à Antananarivo et du 28 au 30 mai »)."""
    floor = max(0, start - 300)
    begin = max((m.end() for m in SENTENCE_BREAK.finditer(text, floor, start)), default=floor)
    return bool(_PAST_VERB.search(text, begin, start)) or _rare_past(text, begin, start)


# a report's verb after the day in its sentence: "On July 19-22, Tel Aviv University … hosted the
# 11th annual Cyber Week" (not "will be hosted", "is hosted by"), "… took place" (not the rarer
# report words: "4 October 2023 - 26 October 2023 Each year, the institute organizes" is a day)
_HOSTED = re.compile(r"(?<!be )(?<!is )(?<!are )\bhosted (?:the|a|an|its|their)\b")
_PAST_VERB_AFTER = re.compile(rf"\b(?:{_PAST_VERBS}|{_GIVEN_UP_AFTER})\b")


# a year's edition given up, whatever days its sentence gave it: « Le salon …, initialement prévu en
# mars dernier et reporté du 4 au 7 octobre, ne se déroulera pas cette année »
_GIVEN_UP_YEAR = re.compile(r"\bne se (?:deroulera|tiendra) pas cette annee\b")


def told_as_past(text: str, start: int) -> bool:
    """Whether what stands at ``start`` is told by its sentence as past, nothing in it to come
    (« Ont eu lieu du 23 au 25 mai … et du 28 au 30 mai … les sessions du Hackathon WSA », "On
    July 19-22, Tel Aviv University … hosted the 11th annual Cyber Week")."""
    end = SENTENCE_BREAK.search(text, start)
    stop = end.start() if end else len(text)
    near = min(stop, start + 300)  # the rest of its sentence, 300 characters at most
    if "pas cette annee" in text[start:near] and _GIVEN_UP_YEAR.search(text, start, near):
        return True  # (whatever its sentence says is to come: the days it was to be on)
    if not (
        reported_in_sentence(text, start)
        or _PAST_VERB_AFTER.search(text, start, near)
        or _rare_past(text, start, near)
        or _HOSTED.search(text, start, near)
    ):
        return False
    return not _TO_COME.search(text, max(0, start - 300), stop)


def ends_there(text: str, start: int) -> bool:
    """Whether the day at ``start`` is a last day (« jusqu'au lundi 12 mars », "until May 3",
    « prendra fin le »): a window's end, not an event's first day."""
    return bool(_ENDS_BEFORE.search(text, max(0, start - 30), start))


# a news agency's dateline: "Amman, Dec. 17 (Petra) – …", "ABU DHABI, 6th November, 2025 (WAM)
# -- …", "ISLAMABAD, Jan 09 (APP):": the day of the dispatch, no event's (its place and a comma
# before it, its agency in parentheses and a dash after it)
_DATELINE_PLACE = re.compile(r"\b[a-z][\w'’.-]{1,20}(?: [a-z][\w'’.-]{1,20}){0,2}, $")
_DATELINE_AGENCY = re.compile(r",?\s*\([a-z][\w .&/-]{1,25}\)\s*(?:-{1,2}|–|—|:)")


# a photograph's caption ends on its day: "… tour to Web Summit venue … on October 31, 2022.
# Picture: …", « … le 3 mars. Photo : … » (the day it was taken)
_CAPTION_AFTER = re.compile(r"[.)]?\s*\(?(?:picture|photo(?:graph)?|image|credit)s?\s*:")


# a day told to come right after it: « du 20 au 22 juin prochain » (whatever past verb the next
# sentence holds: « … prochain. Ce sont en tout 11 étapes qui ont eu lieu en région »)
_COMING_AFTER = re.compile(r" prochaine?s?\b")


# a show put off, the days it was planned for given up: « a annoncé le report du salon Auto Moto
# Rétro prévu les 13 et 14 septembre » (not « le report du salon au 12 mars », its new day), read
# before the day (``is_past_span``) or after the show's word (``put_off``)
_PUT_OFF = r"\b(?:le report|l'annulation) (?:du|de la|de l'|des) "
_PLANNED = r"\bprevue?s?"
_PUT_OFF_BEFORE = re.compile(rf"{_PUT_OFF}$")
_PLANNED_AFTER = re.compile(rf"[^.!?]{{0,50}}?{_PLANNED} (?:les?|du|pour le)\b")
_PUT_OFF_DAY = re.compile(rf"{_PUT_OFF}[^.!?]{{1,50}}?{_PLANNED}(?: les?| du| pour le)?\W*$")


def put_off(text: str, start: int) -> bool:
    """Whether what stands at ``start`` is told put off or called off before the days it was
    planned for (« le report du salon … prévu les 13 et 14 septembre »)."""
    return bool(
        _PUT_OFF_BEFORE.search(text, max(0, start - 20), start)
        and _PLANNED_AFTER.match(text, start)
    )


# a day named as the weekday gone by, right before it: "Last Saturday, November 4th, the Key
# Clubs volunteered", "this past Sunday, May 5"
_LAST_WEEKDAY_BEFORE = re.compile(rf"\b(?:last|this past|past) (?:{DAY_NAMES}),? $")


def is_past_span(text: str, start: int, end: int) -> bool:
    """``is_past`` for the words from ``start`` to ``end``."""
    before = text[max(0, start - 40) : start]
    if _PAST_BEFORE.search(before):
        return True
    if ("last " in before or "past " in before) and _LAST_WEEKDAY_BEFORE.search(before):
        return True
    if "prevu" in before and _PUT_OFF_DAY.search(text, max(0, start - 100), start):
        return True
    if _PAST_AFTER.match(text, end):
        return not _COMING_AFTER.match(text, end)  # (looked for only then: most days are not)
    if _CAPTION_AFTER.match(text, end):
        return True  # "… on October 31, 2022. Picture: …": the day a photograph was taken
    if _DATELINE_AGENCY.match(text, end) and _DATELINE_PLACE.search(before):
        return True  # "Amman, Dec. 17 (Petra) –": a dispatch's day
    if any(map(before.__contains__, _RARE_PAST_HINTS)) and _PAST_BEFORE_RARE.search(before):
        return True
    # « Il y a eu en amont les Cafés de la Donnée (26 avril et 22 mai) », in its sentence
    return "y a eu " in (wider := text[max(0, start - 80) : start]) and bool(
        _THERE_WAS.search(wider)
    )


def edition_year(text: str) -> int | None:
    """The year of the edition an item names, when it names one year only (« Med'Agri : une
    édition 2024 », « pour l'édition de 2023 »)."""
    named = (
        "edition" in text
        or "de la science" in text
        or any(map(text.__contains__, _NAMED_YEAR_HINTS))
        or text.startswith("20")
        or bool(_APPOSED_YEAR.search(text))
    )
    announced = any(map(text.__contains__, _ANNOUNCED_HINTS))
    if not (named or announced):
        return None  # most items
    found = list(_EDITION_YEAR.finditer(text)) if named else []
    if announced:
        found += [
            m
            for m in _ANNOUNCED_YEAR.finditer(text)
            if not _NOT_A_NAME.search(text, max(0, m.start() - 6), m.start())
        ]
    years = {
        int(next(year for year in m.groups() if year))
        for m in found
        if not _PAST_EDITION.search(text, max(0, m.start() - 16), m.start())
        and not _PAST_EDITION_AFTER.match(text, m.end())
    }
    return years.pop() if len(years) == 1 else None


def days_with_years(text: str, published: date) -> dict[tuple[int, int], int]:
    """The days (day, month) the text gives with their year somewhere: what a day named
    without its year in a part of the text takes (« The event will be held from March 18th
    to March 25th 2023, with an information session on March 18th »)."""
    return {key: year for key, year in _stated_in(text, published).items() if key[0]}


# a page's revision stamp right before a day: "28/04/2023 - Last update 19/03/2024", « Mis à
# jour le 3 mars »: when the page changed, no event's day
# (and a news page's « 8 novembre 2024 à 10h36 - Modifié : 12 novembre 2024 à 12h00 »)
_UPDATED_BEFORE = re.compile(
    r"\b(?:last (?:update|updated|modified)|updated on|(?:derniere )?mise? a jour(?: le)?|"
    r"modifiee? (?:le )?)\s*:?\s*$|"
    # (and a newspaper's own earlier issue: « (voir notre édition de mercredi 25) », « lire nos
    # éditions du 3 mars »: the day it printed, no event's)
    r"\b(?:voir|lire|cf\.?|dans) (?:notre|nos) editions? (?:de |du |d')$"
)


def _stamped(text: str, start: int) -> bool:
    """Whether a page's revision stamp, or a newspaper's own earlier issue, stands right before
    ``start`` (its regex tried only where one of its words stands in the few characters
    before)."""
    before = text[max(0, start - 24) : start]
    return any(map(before.__contains__, ("update", "modifie", "a jour", "edition"))) and bool(
        _UPDATED_BEFORE.search(text, max(0, start - 24), start)
    )


# a reference day, not an event's: "18 years of age or under as of September 1" (an age's, a
# status's, a price's day), and the day a yearly rule counts from: « cette manifestation se
# déroule depuis le samedi le plus proche du 11 novembre », "the Saturday closest to July 4"
def _reference_day(text: str, start: int) -> bool:
    """Whether "as of", or a rule's « le plus proche du » / "closest to", stands right before
    the day at ``start``."""
    return text[max(0, start - 20) : start].endswith(
        ("as of ", "as of the ", "plus proche du ", "plus proche de ", "closest to ", "nearest to ")
    )


def first_date(
    text: str,
    published: date,
    edition: int | None = None,
    sentences: bool = False,
    known: Callable[[], dict[tuple[int, int], int]] | None = None,
) -> date | None:
    """The first date of the text after the publication that is not in the past tense
    (« du 3 au 5 février », « les 3, 4 et 5 février »: the 3rd): an event announced is
    still to come; a day on or before the publication is a report's (« le salon a ouvert
    ses portes le 11 juin »). A day without its year takes the year of the ``edition`` the
    item names, if any (a page still online two years on: « l'édition 2024 … du 15 au 17
    octobre »). With ``sentences``, a day its sentence tells as past (``told_as_past``) is
    past too (what a title names is read in the whole item). ``known``: the years the whole
    item gives its days (``days_with_years``), when ``text`` is a part of it, read only for a
    day that ``text`` gives no year."""
    found = _dates(text)
    stated = _stated(text, published, found, edition)
    # with ``sentences``, the days a sentence tells as past are past wherever they stand (its
    # own date's first day among them): a page's heading « Jeudi 19 et vendredi 20 juin 2025 »
    # above « a organisé, les 19 et 20 juin 2025, la conférence »
    told = days_told_as_past(text, found) if sentences and found else set()
    past_until = -1  # the end of a past span: the dates inside it are past too
    for match in found:
        if (
            match.start() < past_until
            or is_past(text, match)
            or ends_there(text, match.start())
            or (told and day_month(match) in told)
        ):
            past_until = max(past_until, match.end())
            continue
        if _stamped(text, match.start()) or _reference_day(text, match.start()):
            continue
        read = _read_any(match, published)
        yearless = not has_year(match)
        if (
            known is not None
            and read is not None
            and yearless
            and (read.day, read.month) not in stated
            and (year := known().get((read.day, read.month))) is not None
        ):
            stated[(read.day, read.month)] = year  # the year the item gives the day elsewhere
        day = _in_year(read, match, stated)
        if (
            day is not None
            and read is not None
            and day <= published < read
            and yearless
            and (read.day, read.month) not in stated  # (not a day the text gives in full)
            and _COMING_AFTER.match(text, match.end())  # (the text is folded: single spaces)
        ):
            day = read  # « du 3 au 5 décembre prochains » below a past edition's year: to come
        if day is not None and yearless and (day.day, day.month) not in stated:
            day = _sentence_year(day, text, match.start())
            if not stated:  # its year read from the publication alone: its weekday may tell
                day = _weekday_year(day, text, match.start())
        if day is not None and day > published:
            return day
        past_until = max(past_until, match.end())  # « du 11 au 15 juin »: the 15th too
    # a weekday or a day without its month inside a date read above is that date's, never a
    # day of its own: « du mercredi 23 au dimanche 27 octobre 2019 », past, is no Wednesday the
    # 23rd of a month to come
    dated = [(match.start(), match.end()) for match in found]
    for match in _WEEKDAY.finditer(text):
        if _within(match, dated):
            continue
        # (a verb of the future looked for only before « ce », "this": the words it changes)
        ahead = match.group(1) in ("ce", "this") and bool(
            FUTURE_BEFORE.search(text, max(0, match.start() - 24), match.start())
        )
        if not is_past(text, match) and (day := weekday_from(match, published, ahead)) > published:
            return day
    if any(map(text.__contains__, _HOLIDAY_HINTS)):
        for match in _HOLIDAY.finditer(text):
            if not is_past(text, match) and not (sentences and told_as_past(text, match.start())):
                return _next_holiday(match, published)
    if ("tomorrow" in text or "demain" in text) and _TOMORROW.search(text):
        return published + timedelta(days=1)
    for match in _DAY_ONLY.finditer(text) if any(map(text.__contains__, _DAY_ONLY_HINTS)) else ():
        if _within(match, dated):
            continue
        if not is_past(text, match) and (day := _next_day_of_month(match, published)) is not None:
            return day
    for match in _WEEKDAY_DAY.finditer(text):
        if _stamped(text, match.start()) or _within(match, dated):
            continue
        if not is_past(text, match) and (
            day := _month_before(match, text, published) or _weekday_and_day(match, published)
        ):
            return day
    return None


# a day named by its holiday, when the text gives no date: "Remembrance Day", "Armistice Day",
# "Veterans Day" (11 November), "Anzac Day" (25 April), "New Year's Day", « le jour de l'An »
# (1 January), "Memorial Day" (the last Monday of May): « Racine's Memorial Day Parade », "The
# city's annual Memorial Day Parade will be Monday at 10 a.m."
_HOLIDAY = re.compile(
    r"\b(?:(remembrance|armistice|veterans'?|anzac|new year's) day|(memorial) day|jour de l'an)\b"
)
_HOLIDAY_HINTS = (
    "remembrance day", "armistice day", "veterans day", "veterans' day", "anzac day",
    "new year's day", "memorial day", "jour de l'an",
)  # fmt: skip
_HOLIDAY_DAYS = {
    "remembrance": (11, 11), "armistice": (11, 11), "veterans": (11, 11), "veterans'": (11, 11),
    "anzac": (4, 25), "new year's": (1, 1), None: (1, 1),
}  # fmt: skip


def _holiday_in(match: re.Match[str], year: int) -> date:
    """The day ``_HOLIDAY``'s match names in a year."""
    if match.group(2):  # Memorial Day: the last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    month, day = _HOLIDAY_DAYS[match.group(1)]
    return date(year, month, day)


def _next_holiday(match: re.Match[str], published: date) -> date:
    """The first day after the publication that ``_HOLIDAY``'s match names."""
    day = _holiday_in(match, published.year)
    return day if day > published else _holiday_in(match, published.year + 1)


def _within(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether ``match`` stands inside one of ``spans`` (start and end offsets)."""
    return any(start <= match.start() and match.end() <= end for start, end in spans)


def _days_of_month(number: int, published: date, months: int) -> Iterator[date]:
    """The days numbered ``number`` after the publication, month after month, over ``months``
    months from the publication's (a day a month does not have is skipped)."""
    year, month = published.year, published.month
    for _ in range(months):
        with suppress(ValueError):
            if (day := date(year, month, number)) > published:
                yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _next_day_of_month(match: re.Match[str], published: date) -> date | None:
    """The first day after the publication that is the ``_DAY_ONLY`` match's day of the month
    (within the next two months: a day the month does not have is skipped)."""
    return next(_days_of_month(int(match.group(1) or match.group(2)), published, 3), None)


# a weekday and a day of the month, no month named: « le forum Tech for good, jeudi 19 à l'ancien
# MiN » (not « jeudi 19 h », « lundi 3 personnes », « samedi 12 et dimanche 13 octobre », a date,
# nor « ce lundi 13 » at the end of a window that cut its month off)
_WEEKDAY_DAY = re.compile(
    rf"\b({DAY_NAMES}),? (\d{{1,2}})(?:er)?\b"
    rf"(?!\s*(?:$|(?:de |of )?(?:{MONTH_NAMES})\b|[h:./-]\s?\d|\d|%|h\b|heures?\b|ans?\b|"
    rf"euros?\b|personnes\b|et (?:{DAY_NAMES}) \d))"
    # (nor the first of weekdays listed up to their month: « vendredi 21, samedi 22 et dimanche
    # 23 avril 2017 », read with its month)
    rf"(?!(?:,\s*(?:{DAY_NAMES}) \d{{1,2}}(?:er)?)+(?:,?\s*et (?:{DAY_NAMES}) \d{{1,2}}(?:er)?)?"
    rf"\s+(?:{MONTH_NAMES})\b)"
)


# the month (and year) a weekday and a day of the month follow: « Le salon ouvrira ses portes en
# septembre 2024, du mardi 24 au vendredi 27 »
_MONTH_BEFORE = re.compile(rf"\ben ({MONTH_NAMES})(?: (\d{{4}}))?,? (?:du |le )?$")


def _month_before(match: re.Match[str], text: str, published: date) -> date | None:
    """The ``_WEEKDAY_DAY`` match's day in the month (and year) named right before it, if one
    is (``_MONTH_BEFORE``), that day is on its weekday and after the publication."""
    said = _MONTH_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if said is None:
        return None
    day = _year(int(match.group(2)), MONTHS[said.group(1)], said.group(2), published)
    if day is None or day <= published or day.weekday() != WEEKDAYS[match.group(1)]:
        return None
    return day


def _weekday_and_day(match: re.Match[str], published: date) -> date | None:
    """The first day after the publication, within a year, that is the ``_WEEKDAY_DAY``
    match's day of the month on its weekday (« jeudi 19 » read on 11 September 2019: the
    19th, a Thursday)."""
    weekday = WEEKDAYS[match.group(1)]
    days = _days_of_month(int(match.group(2)), published, 13)
    return next((day for day in days if day.weekday() == weekday), None)


# a weekday right before a day (« mardi 20 février », "on Tuesday (Feb. 20)")
_WEEKDAY_BEFORE = re.compile(rf"\b({DAY_NAMES})\W{{1,3}}(?:the |le )?$")


def _weekday_year(day: date, text: str, start: int) -> date:
    """``day`` in the year before when its weekday says so: "said at the Swiss Cyber Security
    Days on Tuesday (Feb. 20)" in a page of 21 February 2024 is the 20th just past (a Tuesday
    in 2024), not the 20th of 2025 (a Thursday)."""
    said = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    if said is None or day.weekday() == WEEKDAYS[said.group(1)]:
        return day
    with suppress(ValueError):
        if (before := day.replace(year=day.year - 1)).weekday() == WEEKDAYS[said.group(1)]:
            return before
    return day


def _sentence_year(day: date, text: str, start: int) -> date:
    """``day`` in the year its sentence gives before it (« In 2018, during the week of May
    11 »), if it gives one."""
    if (said := _YEAR_BEFORE.search(text, max(0, start - 80), start)) is None:
        return day
    try:
        return day.replace(year=int(said.group(1) or said.group(2)))
    except ValueError:  # the 29th of February of a common year
        return day


def days_told_as_past(text: str, found: list[re.Match[str]] | None = None) -> set[tuple[int, int]]:
    """The days and months of the dates their sentence tells as past, every day of a range
    or a list (« les 19 et 20 juin 2025 »: the 19th and the 20th); ``found``: the text's dates,
    when already read."""
    told = set()
    for match in _dates(text) if found is None else found:
        if told_as_past(text, match.start()) and (first := day_month(match)):
            told |= {(int(d), first[1]) for d in _DAY_NUMBER.findall(match.group(0))}
    return told


_DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\b")


def day_month(match: re.Match[str]) -> tuple[int, int] | None:
    """The (first) day and month a date, a range or a list names, whatever its year."""
    day = _read_any(match, date(2000, 1, 1))
    return (day.day, day.month) if day is not None else None


def has_year(match: re.Match[str]) -> bool:
    if match.re is _RANGE:
        return bool(match.group(4))
    if match.re is DAY_LIST:
        return bool(match.group(3))
    g = match.groups()
    return bool(g[2] or g[3] or g[6] or g[9] or g[10] or g[13])


def _read_any(match: re.Match[str], published: date) -> date | None:
    """The (first) day of a date, a range (« du 3 au 5 février ») or a list (« les 3 et 4 »)."""
    if match.re is DATE:
        return read_date(match, published)
    month = match.group(3) if match.re is _RANGE else match.group(2)
    year = match.group(4) if match.re is _RANGE else match.group(3)
    if match.re is _RANGE and int(match.group(1)) > int(match.group(2)):
        # « du 29 au 4 juin »: a first day past the last starts in the month before the last's
        if (last := _year(int(match.group(2)), MONTHS[month], year, published)) is None:
            return None
        try:
            return (last.replace(day=1) - timedelta(days=1)).replace(day=int(match.group(1)))
        except ValueError:
            return None
    return _year(int(match.group(1)), MONTHS[month], year, published)


def _stated_years(found: list[re.Match[str]], published: date) -> dict[tuple[int, int], int]:
    """The year the text gives a day when it names it in full somewhere: « mercredi 5
    novembre … Quand : mercredi 5 novembre 2025 »."""
    years: dict[tuple[int, int], int] = {}
    for match in found:
        if has_year(match) and (day := _read_any(match, published)) is not None:
            years.setdefault((day.day, day.month), day.year)
    return years


def _stated(
    text: str,
    published: date,
    found: list[re.Match[str]] | None = None,
    edition: int | None = None,
) -> dict[tuple[int, int], int]:
    """The years the text gives its days (day, month) and its months (0, month), and the year
    of the ``edition`` it names, when given, for any other day (0, 0)."""
    stated = {(0, month): year for month, year in _month_years(text).items()}
    for span in _ACROSS_MONTHS.finditer(text):
        first, last = MONTHS[span.group(2)], MONTHS[span.group(3)]
        year = int(span.group(4)) - (1 if first > last else 0)
        stated.setdefault((int(span.group(1)), first), year)
    for listed in _ACROSS_LIST.finditer(text):
        last, year = MONTHS[listed.group(1)], int(listed.group(2))
        for day in _LISTED_DAY.finditer(listed.group(0)):
            month = MONTHS[day.group(2)]
            stated.setdefault((int(day.group(1)), month), year - (1 if month > last else 0))
    stated.update(_stated_years(_dates(text) if found is None else found, published))
    if edition is not None:
        stated[(0, 0)] = edition
    return stated


@lru_cache(maxsize=8)
def _stated_in(text: str, published: date) -> dict[tuple[int, int], int]:
    """``_stated`` once per text (a page read for a call's closing date, then down the
    page)."""
    return _stated(text, published)


def _month_years(text: str) -> dict[int, int]:
    """The year the text gives a month, when it gives it one only: « en novembre 2023 » (not
    what something has done since: "Since June 2023, the venue has been working with", which
    gives no year to "on 24 and 25 June" of the NATO Summit 2025)."""
    seen: dict[int, set[int]] = {}
    for m in _MONTH_YEAR.finditer(text):
        if text.endswith(("since ", "depuis "), max(0, m.start() - 7), m.start()):
            continue
        seen.setdefault(MONTHS[m.group(1)], set()).add(int(m.group(2)))
    return {month: years.pop() for month, years in seen.items() if len(years) == 1}


def weekday_from(match: re.Match[str], published: date, ahead_only: bool = False) -> date:
    """The day « ce lundi » or "next Thursday" names: « prochain », "next", "beginning",
    "starting" look forward (today counts, except for « prochain » and "next"); « ce »
    and "this" name the nearest such day, three days back at most (a report of « ce
    lundi » published on Wednesday), unless ``ahead_only`` (a verb of the future before
    it: "will be held this Saturday")."""
    word, name = (match.group(1), match.group(2)) if match.group(2) else ("next", match.group(3))
    name = "samedi" if name.startswith("week") else name  # (« ce week-end »: its Saturday)
    if word == "next":
        return next_weekday(name, published)
    ahead = (WEEKDAYS[name] - published.weekday()) % 7
    if word in ("ce", "this") and ahead > 3 and not ahead_only:
        ahead -= 7
    return published + timedelta(days=ahead)


def next_weekday(name: str, published: date) -> date:
    """The first day after the publication that is the weekday ``name`` (« lundi », "Saturday")
    names: a bare weekday after a verb of the future ("will take place Saturday")."""
    return published + timedelta(days=(WEEKDAYS[name] - published.weekday() - 1) % 7 + 1)


def in_order(
    common: Iterator[re.Match[str]], rare: Iterator[re.Match[str]] | None
) -> Iterator[re.Match[str]]:
    """A pattern's matches with a rarer pattern's (``None`` where its words do not stand),
    in the order they stand (shared by the agenda's readers)."""
    return common if rare is None else heapq.merge(common, rare, key=lambda m: m.start())


def timed_day(text: str, published: date, edition: int | None = None) -> date | None:
    """The first day to come that the text gives with its hour (« 08 May 2025 | 8:30 a.m. »,
    « le mercredi 15 mai, à 20h »): an appointment, wherever the event's word is. A page's
    own stamp (« publié le 3 mars à 14h05 ») is not after its publication. A day without its
    year takes the year of the ``edition`` the item names, as in ``first_date``."""
    if not _AN_HOUR.search(text):
        return None  # most items: no hour at all
    found = _dates(text)
    stated = _stated(text, published, found, edition)
    for match in found:
        timed = _TIME_AFTER.match(text, match.end()) or _TIME_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        )
        if (
            not timed
            or is_past(text, match)
            or _A_DEADLINE.search(text, max(0, match.start() - 50), match.start())
            or _stamped(text, match.start())  # « Modifié : 12 novembre 2024 à 12h00 »
        ):
            continue  # "Deadline of Early Bird Registration: 31 July, 2024, 23:59": no meeting
        day = _in_year(_read_any(match, published), match, stated)
        if day is not None and day > published:
            return day
    return None
