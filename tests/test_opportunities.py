"""Calls for projects and events with their dates (pure), and the agenda they make: the
bulletin's section, the agenda page and its iCalendar feed, over a real database."""

from __future__ import annotations

import signal
from dataclasses import replace
from datetime import date, datetime, timedelta

import httpx
import pytest
from icalendar import Calendar

from veille.analyse.agenda_dates import first_date, timed_day
from veille.analyse.agenda_deadlines import deadline_in
from veille.analyse.agenda_events import TAKES_PLACE_RARE
from veille.analyse.opportunities import Opportunity, call_words_named, declared, detect, fold
from veille.curation.records import InboxFilter
from veille.testing.stores import stores
from veille.text_fr import date_fr
from veille.types import Item, SourceState

from .bulletin_data import make_item

PUBLISHED = date(2026, 11, 12)


@pytest.mark.parametrize(
    ("title", "text", "label", "day"),
    [
        (
            "Appel à projets régional pour l'IA dans l'industrie",
            "Les PME peuvent déposer un dossier jusqu'au 31 janvier.",
            "Appel à projets",
            date(2027, 1, 31),
        ),
        (
            "AMI France 2030",
            "Candidatures avant le 15/03.",
            "Appel à manifestation d'intérêt",
            date(2027, 3, 15),
        ),
        (
            "Webinaire : sécuriser sa messagerie",
            "Le 5 décembre à 11 h.",
            "Webinaire",
            date(2026, 12, 5),
        ),
        (
            "Salon des entrepreneurs",
            "Du 3 au 5 février 2027 au parc des expositions.",
            "Salon",
            date(2027, 2, 3),
        ),
        (
            "Call for proposals: Digital Europe",
            "Deadline: March 31, 2027.",
            "Appel à propositions",
            date(2027, 3, 31),
        ),
        (
            "Grant programme for SMEs",
            "Applications open until 15 January 2027.",
            "Aide et subvention",
            date(2027, 1, 15),
        ),
        (
            "Prix de l'innovation",
            "Candidatures au plus tard le 2 février.",
            "Concours",
            date(2027, 2, 2),
        ),
        ("La Région lance un appel à projets", "Rien sur la date.", "Appel à projets", None),
        # announced by the text, not the title
        (
            "Numérique : soutien aux PME",
            "Cet appel à projets vise les TPE.",
            "Appel à projets",
            None,
        ),
        ("Soutien aux PME", "L'État a lancé un appel à projets sur l'IA.", "Appel à projets", None),
        ("Soutien à la R&D", "Le présent AAP cofinance la R&D.", "Appel à projets", None),
        ("Funding for SMEs", "This open call funds AI pilots.", "Appel à projets", None),
        # an invitation to answer makes any call words a call
        ("Concours de l'innovation", "Qui peut postuler ? Toute PME.", "Concours", None),
        # a closing cue wins over a « jusqu'au » about questions
        (
            "Appel à projets Sécurité numérique",
            "Questions jusqu'au 31 janvier 2027. Clôture de l'appel à projets, la date de "
            "réception faisant foi : le 26 février 2027.",
            "Appel à projets",
            date(2027, 2, 26),
        ),
        ("Appel à projets IA", "L'appel se clôture le 4 mai.", "Appel à projets", date(2027, 5, 4)),
        (
            "Call for projects: edge AI",
            "The submission deadline is the 15 June 2027.",
            "Appel à projets",
            date(2027, 6, 15),
        ),
        (
            "AAP Challenges IA",
            "Les réponses au présent AAP sont attendues pour le 22 juillet 2027.",
            "Appel à projets",
            date(2027, 7, 22),
        ),
        # « les 6, 7 et 8 décembre »: the first day; a later mention of the event word
        (
            "Cybersécurité",
            "Le congrès national des RSSI aura lieu les 6, 7 et 8 décembre.",
            "Congrès",
            date(2026, 12, 6),
        ),
        (
            "Les entreprises et le numérique",
            "Les salons ont la cote auprès des dirigeants de PME, qui y trouvent des "
            "fournisseurs et des clients. Le prochain salon des PME se tiendra les 22 et 23 "
            "octobre 2027.",
            "Salon",
            date(2027, 10, 22),
        ),
        # « grants » with an invitation to apply; a date laid out before its label
        (
            "Grants for AI solutions",
            "Who can apply: SMEs. Deadline 15 July 2027.",
            "Aide et subvention",
            date(2027, 7, 15),
        ),
        (
            "Open Call #2",
            "Deadlines 15 May 2027 Opening 15 July 2027 Submission deadline",
            "Appel à projets",
            date(2027, 7, 15),
        ),
        # an application window: its end is the closing date
        (
            "Concours start-up du végétal",
            "Les candidatures sont ouvertes du 10 septembre au 10 novembre 2027.",
            "Concours",
            date(2027, 11, 10),
        ),
        (
            "Coopération entre acteurs régionaux",
            "Appel à projets 2027. Dossiers à déposer à partir du 13 mai au 31 juillet 2027.",
            "Appel à projets",
            date(2027, 7, 31),
        ),
        # « launched calls worth … for proposals »; « the application deadline is »
        (
            "EU funding for cybersecurity",
            "The Commission launched calls worth €210 million under the programme for "
            "proposals. The application deadline is 21 January 2027.",
            "Appel à propositions",
            date(2027, 1, 21),
        ),
        # a day named by its weekday, from the publication (Thursday 12 November)
        (
            "Webinaire : sauvegarder ses données",
            "Rendez-vous mardi prochain à 11 h.",
            "Webinaire",
            date(2026, 11, 17),
        ),
        (
            "Atelier cybersécurité à la CCI",
            "Ce samedi, de 9 h à 12 h.",
            "Atelier",
            date(2026, 11, 14),
        ),
        ("AI Forum", "The forum opens next Monday in Caen.", "Forum", date(2026, 11, 16)),
        # a week named by its subject; a festival named by the title
        (
            "European Cyber Week 2026",
            "À Rennes du 16 au 18 novembre.",
            "Semaine thématique",
            date(2026, 11, 16),
        ),
        ("Festival du numérique de Caen", "Les 3 et 4 avril 2027.", "Festival", date(2027, 4, 3)),
        # days named by their subject
        (
            "Le Havre accueille les Cyber Security Days",
            "Les 15 et 16 mars, au Carré des Docks.",
            "Rencontre",
            date(2027, 3, 15),
        ),
        # a tender notice's own words; an applicants' guide
        (
            "",
            "Avis de marché. Le dossier de consultation des entreprises est disponible en ligne.",
            "Appel d'offres",
            None,
        ),
        ("Guidelines for Applicants", "Open call for SMEs.", "Appel à candidatures", None),
        # an invitation to send an application file; a contest named by its trophies
        (
            "",
            "Les entreprises ont jusqu'au 20 mai pour déposer leur dossier de candidature aux "
            "Trophées de l'innovation.",
            "Concours",
            date(2027, 5, 20),
        ),
        # a scheme addressed to its applicants
        (
            "Impulsion Conseil",
            "Entreprises cibles : PME et TPE. Subvention de 50 % des coûts éligibles.",
            "Aide et subvention",
            None,
        ),
        # announced after the call's words
        (
            "France 2030",
            "C'est l'appel à projets que le plan France 2030 lance pour l'IA.",
            "Appel à projets",
            None,
        ),
        # a date laid out before its closing label; a dotted date with its year
        (
            "The schedule ahead",
            "Our incubation programme: applications open. September 30: Submission deadline. "
            "October 14: Notification.",
            "Appel à candidatures",
            date(2027, 9, 30),
        ),
        (
            "Appel à projets Cyber",
            "Date limite : 21.03.2027 17:00.",
            "Appel à projets",
            date(2027, 3, 21),
        ),
        # « à partir de mardi »
        (
            "Forum de la cybersécurité",
            "Les experts se retrouvent à partir de mardi à Lille.",
            "Forum",
            date(2026, 11, 17),
        ),
        # a call for papers; Bpifrance's « calendrier des relèves »
        (
            "Appel à communications pour la conférence C&ESAR",
            "La date limite de soumission des résumés est le mercredi 27 avril 2027.",
            "Appel à propositions",
            date(2027, 4, 27),
        ),
        (
            "Appels à innovation",
            "Qui peut candidater ? Les PME. Les dossiers sont à déposer selon le calendrier des "
            "relèves suivant : 5 novembre 2027 à 12h00 ; 10 mars 2028.",
            "Appel à projets",
            date(2027, 11, 5),
        ),
        # the year the text gives the same day elsewhere; "the 15th of May"; weekdays in a list
        (
            "Conférence sur l'IA à Nice",
            "Une conférence se tiendra le mercredi 5 novembre. Quand : mercredi 5 novembre 2031.",
            "Conférence",
            date(2031, 11, 5),
        ),
        (
            "ECSO workshop",
            "The 15th of May, in Rome.",
            "Atelier",
            date(2027, 5, 15),
        ),
        (
            "Summer festival à Rouen",
            "Rendez-vous jeudi 28 et vendredi 29 juin 2027 au 106.",
            "Festival",
            date(2027, 6, 28),
        ),
        # a region's « chèque » with whom it is for
        (
            "Chèque investissement Cyber",
            "L'aide peut s'élever jusqu'à 10.000€. Qui peut en bénéficier ? Sont éligibles les "
            "PME franciliennes.",
            "Aide et subvention",
            None,
        ),
        # a contest announced by its launch
        ("Règlement", "Le ministère a décidé de lancer le concours i-PhD.", "Concours", None),
        # « will take place » announces when, even far from the event's word
        (
            "CyberCon triples its events",
            "The conference series grows next year. Three events will take place in "
            "Anaheim from March 30 to April 1.",
            "Conférence",
            date(2027, 3, 30),
        ),
        # English lists and ranges of days, with the year after the list
        (
            "Summit on safe AI",
            "The summit, scheduled for March 1st and 2nd, 2027, gathers governments.",
            "Forum",
            date(2027, 3, 1),
        ),
        (
            "AI summit announced",
            "The summit will be held on 1-2 March 2027.",
            "Forum",
            date(2027, 3, 1),
        ),
        (
            "Conference on AI",
            "The conference takes place Mar. 16-17 in Caen.",
            "Conférence",
            date(2027, 3, 16),
        ),
        # a month's year stated once: « en mars 2028 … les 1er et 2 mars »
        (
            "Le salon de la cybersécurité",
            "Le salon revient en mars 2028. Rendez-vous les 1er et 2 mars au parc des expositions.",
            "Salon",
            date(2028, 3, 1),
        ),
        # a year is a whole number: « juin 2027 » is no 20 June, « 20027 » no 2002
        (
            "Le salon de l'IA",
            "Le salon annonce sa date : il aura lieu du 9 au 11 juin 2027 à Rouen.",
            "Salon",
            date(2027, 6, 9),
        ),
        # « aux 7, 8 et 9 septembre »
        (
            "Le forum reporté",
            "Nous avons décidé de décaler le forum aux 7, 8 et 9 septembre 2027.",
            "Forum",
            date(2027, 9, 7),
        ),
        # a day without its year takes the year the text gives it elsewhere
        (
            "Appel à candidatures du programme",
            "Candidatures jusqu'au 12 avril. L'appel est ouvert jusqu'au vendredi 12 avril 2028.",
            "Appel à candidatures",
            date(2028, 4, 12),
        ),
        # « se terminant le », and a table « Opening / date / Deadline / date »
        (
            "Appel à projets i-Démo",
            "Se terminant le 15 juillet 2027, l'appel à projets finance les projets de R&D.",
            "Appel à projets",
            date(2027, 7, 15),
        ),
        (
            "Open call for AI in science",
            "Call key data. Deadlines Opening 22.05.2027 Deadline 23.09.2027 17:00.",
            "Appel à projets",
            date(2027, 9, 23),
        ),
        # « démarrant lundi »: the Monday after the publication (a Thursday)
        (
            "Le salon de la blockchain",
            "Paris accueille le salon de la blockchain, démarrant lundi matin à Bercy.",
            "Salon",
            date(2026, 11, 16),
        ),
        # the event the title names, not its workshops' day further down
        (
            "Blockhack hackathon official rules",
            "Opening ceremony: Thursday, March 4th. Conference & workshops: Friday, March 5th.",
            "Hackathon",
            date(2027, 3, 4),
        ),
        # "7. January 2027" after "cut-offs"
        (
            "Open call for start-ups",
            "Submit your proposal. The cut-offs for full proposals: | 7. January 2027 | 4. March "
            "2027 |",
            "Appel à projets",
            date(2027, 1, 7),
        ),
        # a date the 80 characters after the event's word cut before its year is read whole
        (
            "Nos intervenants",
            "Conférence : l'intelligence artificielle aide-t-elle les artisans et commerçants ? "
            "Jeudi 4 mai 2028, amphithéâtre 3.",
            "Conférence",
            date(2028, 5, 4),
        ),
        # a seminar; its day given with its hour, before the event's word
        (
            "The AI Act for SMEs",
            "08 May 2027 | 8:30 a.m. – 3:45 p.m. | Caen. Join us for a one-day seminar on what "
            "the regulation asks of small firms.",
            "Séminaire",
            date(2027, 5, 8),
        ),
        (
            "Cybersécurité et collectivités",
            "Le mercredi 13 janvier, à 18h30, à la mairie de Lisieux : un atelier ouvert à tous.",
            "Atelier",
            date(2027, 1, 13),
        ),
        # a symposium, a « colloque »; "Closed date of the call"
        (
            "Industrial security symposium",
            "The symposium opens on June 16, 2027 with a keynote on OT networks.",
            "Conférence",
            date(2027, 6, 16),
        ),
        (
            "Colloque régional sur l'IA",
            "Le colloque se tiendra le 4 février 2027 à l'université de Caen.",
            "Conférence",
            date(2027, 2, 4),
        ),
        (
            "Call for incubation",
            "Apply with your team. Closed date of the call for applications : 25 January 2027.",
            "Appel à candidatures",
            date(2027, 1, 25),
        ),
        # a fellowship that invites applications, with its deadline
        (
            "AI policy fellowship",
            "Applications for the summer fellowship are now open. The deadline for applications "
            "is Sunday, March 7th, 2027.",
            "Appel à candidatures",
            date(2027, 3, 7),
        ),
        (
            "Cyber scholarship for SMEs' staff",
            "Who should apply? Early-career analysts. The deadline for applicants is 10 January "
            "2027.",
            "Appel à candidatures",
            date(2027, 1, 10),
        ),
        # "closing on"
        (
            "Open call for cybersecurity seminars",
            "These terms apply to the second open call, closing on 8 July 2027.",
            "Appel à projets",
            date(2027, 7, 8),
        ),
        # a request for proposals: named in its title, released, or a buyer's own notice
        (
            "Town issues RFP for AI permitting tools",
            "Vendors must submit their proposals online by March 12.",
            "Appel d'offres",
            date(2027, 3, 12),
        ),
        (
            "Pavement survey software",
            "REQUEST FOR PROPOSAL 12. PROPOSALS DUE: 3:00 PM, January 20, 2027. Send questions "
            "no later than January 5, 2027.",
            "Appel d'offres",
            date(2027, 1, 20),
        ),
        (
            "AI vendor pool",
            "The county has released a request for proposals from vendors of AI tools.",
            "Appel d'offres",
            None,
        ),
        (
            "Chatbots for the city",
            "The City of Caen is seeking proposals from qualified vendors for one platform.",
            "Appel d'offres",
            None,
        ),
        # a call for applications' own closing, its date before it with its hour
        (
            "Prix de l'entrepreneuriat numérique : dates clés",
            "21 novembre : ouverture. 17 février (23h59) Clôture du dépôt des dossiers de "
            "candidature. 16 mars : jury.",
            "Appel à candidatures",
            date(2027, 2, 17),
        ),
        (
            "Grand défi cyber",
            "L'appel à projets actuellement ouvert finance la moitié des travaux des start-up.",
            "Appel à projets",
            None,
        ),
        # a span across two months takes its last day's year (the year before across new year)
        (
            "Salon de l'agriculture",
            "Du 24 février au 3 mars 2029 se tiendra la 65e édition du salon.",
            "Salon",
            date(2029, 2, 24),
        ),
        (
            "Hackathon d'hiver",
            "Le hackathon se tiendra du 28 décembre au 3 janvier 2028 en ligne.",
            "Hackathon",
            date(2027, 12, 28),
        ),
        # an event's day takes the year of the edition the item names; a past edition is not it
        (
            "Med'Agri : une édition 2028 sur l'eau",
            "Le salon professionnel se déroulera du 15 au 17 octobre à Avignon.",
            "Salon",
            date(2028, 10, 15),
        ),
        (
            "Le salon revient",
            "Après le succès de l'édition 2025, le salon revient du 15 au 17 octobre.",
            "Salon",
            date(2027, 10, 15),
        ),
        # "Due Date 03/14/2027" (month first: no 14th month), "solicit applications"
        (
            "Funding Opportunities",
            "Available 01/15/2027 Due Date 03/14/2027. The purpose of this announcement is to "
            "solicit applications for workforce projects.",
            "Aide et subvention",
            date(2027, 3, 14),
        ),
        # a date before its label: "JULY 11, 2027 APPLICATIONS DUE", "April 30: … window closes"
        (
            "State cybersecurity grant program",
            "June 9 - July 11 Application period. JULY 11, 2027 APPLICATIONS DUE TO EMD. July 12 "
            "- Aug. 29 Projects scored.",
            "Aide et subvention",
            date(2027, 7, 11),
        ),
        (
            "Local government cybersecurity grant program",
            "Important dates: April 30: The application window closes for existing partners. "
            "May 31: Round 2.",
            "Aide et subvention",
            date(2027, 4, 30),
        ),
        # a challenge that welcomes applications
        (
            "AI to Accelerate Inclusion Challenge",
            "Challenge Rules. We welcome applications from non-profits and firms alike.",
            "Concours",
            None,
        ),
        # invited to attend, on a day with its hours: an event, whatever it is called
        (
            "Small businesses invited to learn about cybersecurity",
            "Small businesses are invited to attend the Cyber Business Academy. On Tuesday, Oct. "
            "3, 2027, from 7 to 9 p.m., owners can come to the police headquarters.",
            "Événement",
            date(2027, 10, 3),
        ),
        # a region's aid: « déposer sa demande de subvention », « au-delà du 31 décembre »
        (
            "Impulsion Transition numérique",
            "Cette aide régionale soutient les artisans. L'entreprise doit déposer sa demande de "
            "subvention avant le démarrage du projet. Aucune aide ne pourra être attribuée "
            "au-delà du 31 décembre 2027.",
            "Aide et subvention",
            date(2027, 12, 31),
        ),
        # « le week-end des 13, 14 et 15 avril »: its first day
        (
            "Hackathon santé",
            "Le 2e hackathon santé de Normandie se tiendra le week-end des 13, 14 et 15 avril.",
            "Hackathon",
            date(2027, 4, 13),
        ),
        # who organises it on that day, the event's word after
        (
            "Créateurs Augmentés",
            "La Chambre de Métiers organise les 14 et 15 octobre 2027 à Lyon « Créateurs "
            "Augmentés », une rencontre nationale sur l'IA.",
            "Rencontre",
            date(2027, 10, 14),
        ),
        # a day to keep, whatever the event is called: "Save the Date for the Town Hall"
        (
            "October is Cybersecurity Awareness Month",
            "Save the Date for the Virtual Town Hall. Noon, Monday, October 30, 2027.",
            "Événement",
            date(2027, 10, 30),
        ),
        (
            "Osez l'IA",
            "À vos agendas ! Le 18 mars 2027, les entreprises pourront venir à l'IUT.",
            "Événement",
            date(2027, 3, 18),
        ),
        # an annual or a business convention is a meeting
        (
            "Pour la CPME, 2030 c'est demain",
            "La prochaine convention annuelle aura lieu au Zénith, le jeudi 3 juin 2027.",
            "Rencontre",
            date(2027, 6, 3),
        ),
        # a call for speakers, with its proposals' deadline (not the conference's day)
        (
            "Become a Speaker",
            "Machine Learning Week Europe 2027 Call for Speakers. June 14-18, 2027, Virtual. "
            "Speaker proposal deadline: March 31, 2027.",
            "Appel à propositions",
            date(2027, 3, 31),
        ),
        # an aid's page says who may apply: « les entreprises candidates », "eligible applicants"
        (
            "Impulsion Développement",
            "Les entreprises candidates sont éligibles aux conditions suivantes. L'aide régionale "
            "sera apportée sous forme de prêt à taux zéro.",
            "Aide et subvention",
            None,
        ),
        (
            "Cybersecurity for Small Business Pilot Program",
            "Grant Details. Eligible applicants are state agencies designated by the governor.",
            "Aide et subvention",
            None,
        ),
        # « les candidatures sont ouvertes jusqu'au … »: the invitation names the call
        (
            "Un nouveau dispositif financera la cybersécurité des petites communes",
            "L'ANSSI lance un nouveau dispositif. Les candidatures sont ouvertes jusqu'au 30 juin "
            "2027.",
            "Appel à candidatures",
            date(2027, 6, 30),
        ),
        # "Next Session July 10th": a meeting's next date
        (
            "Manufacturing Month",
            "Join our Community of Practice - Next Session July 10th, 2027! Learn how AI applies.",
            "Rencontre",
            date(2027, 7, 10),
        ),
        # a day and its month without a year, one of them in two digits: « le 15/3 »
        ("Atelier cybersécurité", "Un atelier le 15/3 à Caen.", "Atelier", date(2027, 3, 15)),
        # a fair is a salon (« la Foire de Lyon »); a call for bids is a tender
        (
            "La Foire de Lyon joue la carte des objets connectés",
            "La Foire de Lyon proposera du 20 au 30 mars 2027 une animation.",
            "Salon",
            date(2027, 3, 20),
        ),
        (
            "Moscow to transfer public services to blockchain",
            "The administration launched a call for bids, closing on 8 July 2027.",
            "Appel d'offres",
            date(2027, 7, 8),
        ),
        # an EU call's topic identifier heads the call
        (
            "Preparatory actions for the AI-on-demand platform",
            "Identifier Code DIGITAL-2027-CLOUD-AI-01-PREP-AI. Summary: the objective of this "
            "support action.",
            "Appel à projets",
            None,
        ),
        # a US federal grant's notice of funding, its own call whatever else it says
        (
            "DHS announces $280M for cybersecurity",
            "DHS is unveiling this Notice of Funding Opportunity (NOFO) for local governments.",
            "Aide et subvention",
            None,
        ),
        (
            "Fiscal Year 2027 Tribal Cybersecurity Grant Program",
            "This funding opportunity provides financial support to Tribal governments.",
            "Aide et subvention",
            None,
        ),
        # an EU programme's cut-off dates; an invitation to apply; a track that welcomes papers
        (
            "EIC Accelerator 2027 cut-off dates",
            "The executive body set two deadlines for full proposals on 12 March 2027 and 1 "
            "October 2027 for the accelerator programme.",
            "Appel à candidatures",
            date(2027, 3, 12),
        ),
        (
            "EIC Accelerator",
            "To be an eligible applicant to the EIC Accelerator, you must apply as an SME.",
            "Appel à candidatures",
            None,
        ),
        (
            "Track information: blockchain technology",
            "The track welcomes papers addressing smart contracts and tokenization.",
            "Appel à propositions",
            None,
        ),
        # a session one attends, with its day; an event's date given as a label
        (
            "E Tech Group targets AI readiness gaps",
            "E Tech Group is hosting a live educational session on June 17, 2027 for food "
            "manufacturers.",
            "Rencontre",
            date(2027, 6, 17),
        ),
        (
            "Economic Development Week",
            "Agritourism: mini training series. Event date: October 25 | RSVP date: October 20.",
            "Événement",
            date(2027, 10, 25),
        ),
        (
            "Chambre d'agriculture",
            "Une réunion d'information le 3 mars 2027 à Saint-Lô sur les outils numériques.",
            "Rencontre",
            date(2027, 3, 3),
        ),
        # a funding competition that organisations can apply for, closing on a labelled day;
        # a funded project's own calendar is no closing date
        (
            "Cyber Local 2027",
            "UK registered organisations can apply for a share of up to £1.8 million. Competition "
            "opens: Monday 17 May 2027. Competition closes: Wednesday 30 June 2027 11:00am.",
            "Concours",
            date(2027, 6, 30),
        ),
        (
            "Demonstrators for the Internet of Things",
            "UK businesses can apply for a share of up to £4 million in this funding competition. "
            "Projects must start by 1 October 2027 and end by 30 September 2029.",
            "Concours",
            None,
        ),
        # « is to be held on »; an hour right before the day (« à 18h30 ce lundi 13 novembre »)
        (
            "Quantum",
            "The World Quantum Conference brings together researchers, engineers, educators and "
            "entrepreneurs from sixty countries; it is to be held on 14 April 2027.",
            "Conférence",
            date(2027, 4, 14),
        ),
        (
            "Les artisans face au piratage",
            "La Chambre des métiers organise à 18h30 ce lundi 13 novembre 2027 à Poitiers, une "
            "conférence sur la sécurité économique.",
            "Conférence",
            date(2027, 11, 13),
        ),
        # a congress that welcomes the submission of papers; a contest's registration
        # deadline; an expo and its days; "will kick off tomorrow" (from the publication)
        (
            "Submission",
            "Blockchain welcomes the submission of application papers on the topics listed in "
            "the call for papers.",
            "Appel à propositions",
            None,
        ),
        (
            "High School Network Security Contest",
            "The registration deadline for the national cyber defense competition is near.",
            "Concours",
            None,
        ),
        (
            "Smart city events",
            "Smart City Expo USA, New York City, 3-4 October 2027: a two-day expo.",
            "Salon",
            date(2027, 10, 3),
        ),
        (
            "Tehran to host the Iran Smart City Exhibition and Conference",
            "The sixth exhibition and conference will kick off tomorrow in Tehran.",
            "Conférence",
            PUBLISHED + timedelta(days=1),
        ),
        # an event's own page that tells how to attend but not its day
        (
            "Séminaire blockchain",
            "Éléments de compréhension de la technologie. 10h-12h. Campus Tréfilerie. Entrée "
            "libre.",
            "Séminaire",
            None,
        ),
        (
            "Colloque « Tendances récentes en blockchain »",
            "Inscription obligatoire payante. Heure : 8h à 16h30. Lieu : Hilton Québec.",
            "Conférence",
            None,
        ),
        # batch 30: an ISO date after its label; « 1 er février »; "open through"; "the
        # February 1 deadline"; « entre le … et le … »; "Abstracts due:"; « appel à thèses », "a
        # call for thesis projects"; a title "CFP: …"; a thesis prize further from its
        # candidates
        (
            "Call for papers",
            "Paper submission deadline: 2027-01-15. Notification: 2027-03-01.",
            "Appel à propositions",
            date(2027, 1, 15),
        ),
        (
            "Prix de thèse 2027",
            "Les candidatures sont à envoyer avant le 1 er février 2027.",
            "Concours",
            date(2027, 2, 1),
        ),
        (
            "Scholarship for women in security",
            "Applications are open through March 3, 2027.",
            "Appel à candidatures",
            date(2027, 3, 3),
        ),
        (
            "Scholarship for women in security",
            "Apply now for the scholarship: mind the February 1 deadline.",
            "Appel à candidatures",
            date(2027, 2, 1),
        ),
        (
            "Appel à thèses en IA",
            "Les candidatures sont ouvertes entre le 5 janvier et le 26 février 2027.",
            "Appel à projets",
            date(2027, 2, 26),
        ),
        (
            "Call for abstracts",
            "Opening of the call: January 5, 2027. Abstracts due: March 10, 2027.",
            "Appel à propositions",
            date(2027, 3, 10),
        ),
        (
            "PSL launches a call for thesis projects",
            "Doctoral schools may submit their proposals until January 31.",
            "Appel à projets",
            date(2027, 1, 31),
        ),
        (
            "CFP: Ethics of Artificial Intelligence",
            "Submission deadline: 15 January 2027.",
            "Appel à propositions",
            date(2027, 1, 15),
        ),
        (
            "Prix de thèse",
            "Le prix de thèse de l'association sera remis pour la première fois en 2027. Les "
            "candidatures sont ouvertes jusqu'au 1er février 2027.",
            "Concours",
            date(2027, 2, 1),
        ),
        # batch 31: an EU topic identifier with a number after its year, its deadline laid out
        # after its opening date; a funding call's page that speaks of itself
        (
            "Networks of contact points",
            "Identifier\nHORIZON-CL3-2027-01-SSRI-01\nOpening Date\nJune 12, 2027\nDeadline\n"
            "November 12, 2027\nBudget",
            "Appel à projets",
            date(2027, 11, 12),
        ),
        (
            "Consolidation of the hubs",
            "The objective of this call is the consolidation of the network of digital innovation "
            "hubs.",
            "Appel à projets",
            None,
        ),
        (
            "Operational cybersecurity",
            "This is a single-stage Innovation Action call under the Horizon Europe Work "
            "Programme.",
            "Appel à projets",
            None,
        ),
        (
            "Réseau des pôles numériques",
            "Cet appel vise à renforcer les pôles d'innovation numérique de la région.",
            "Appel à projets",
            None,
        ),
        # batch 32: a summer school's application (an invitation needed), an agency's request
        # for information and its deadline after an hour, an « école d'été » announced
        (
            "Summer school on AI",
            "Application deadline March 11. Selection and announcement April 1.",
            "Appel à candidatures",
            date(2027, 3, 11),
        ),
        (
            "Summer School in Responsible AI",
            "The application period is now open and will close on January 6, 2027.",
            "Appel à candidatures",
            date(2027, 1, 6),
        ),
        (
            "Registration",
            "The summer school will be held in Tucson. Deadline for application is April 30, 2027.",
            "Appel à candidatures",
            date(2027, 4, 30),
        ),
        (
            "USCIS seeks information on cybersecurity personnel",
            "The agency has issued a request for information. Contractors have until 4 p.m. ET "
            "on June 18 to respond.",
            "Appel d'offres",
            date(2027, 6, 18),
        ),
        (
            "École d'été en intelligence artificielle",
            "Du 2 au 6 juillet 2027, le centre accueillera son école d'été.",
            "École d'été",
            date(2027, 7, 2),
        ),
        # batch 33: "no later than the 4th of October"; a call for expert reports; a contest's
        # conditions of participation (« conditions de participation »); « son concours …, lancé
        # le »; a salon's days after « se tiendra » are its days, not a window to apply in; "is
        # held on" announces
        (
            "Call for expression of interest for the Advisory Group",
            "This call invites nationals of the Member States. Complete applications must be sent "
            "no later than the 4th of October 2027.",
            "Appel à manifestation d'intérêt",
            date(2027, 10, 4),
        ),
        (
            "Call for Expert Reports",
            "Experts are invited to propose analytical reports on one of four pillars.",
            "Appel à propositions",
            None,
        ),
        (
            "Student Challenge 2027",
            "Conditions for participation: the Challenge is open to all students.",
            "Concours",
            None,
        ),
        (
            "Challenge Étudiants 2027",
            "Article 2 Conditions de participation. Chaque participant doit s'inscrire jusqu'au 14 "
            "mars 2027 à 23h59.",
            "Concours",
            date(2027, 3, 14),
        ),
        (
            "Un concours pour l'IA",
            "L'initiative AI for Tomorrow organise son concours Innovation Challenge, lancé le 21 "
            "mai dernier.",
            "Concours",
            None,
        ),
        (
            "Le Luxembourg aura son pavillon au salon VivaTech",
            "Le salon VivaTech se tiendra du 24 au 26 mai 2027 à Paris. Une centaine de concours "
            "de pitchs ont été mis en place.",
            "Salon",
            date(2027, 5, 24),
        ),
        ("Forum cyber", "The forum is held on 3 March 2027 in Caen.", "Forum", date(2027, 3, 3)),
        # batch 34: "Who can participate?"; startups that "can apply" a few words after them and
        # "February 8 the deadline"; "no later than 12h00 on 27 September"; a tender's "Bid
        # Number :" heading
        (
            "Challenge FAQ",
            "Who can participate? Anyone can register for the challenge. Before 30 Sep 2027 create "
            "an account.",
            "Concours",
            date(2027, 9, 30),
        ),
        (
            "New York City calls on startups",
            "Startups from all over the world can apply for the challenge, with February 8 the "
            "deadline to submit a concept.",
            "Concours",
            date(2027, 2, 8),
        ),
        (
            "Ugu District Municipality",
            "Request for quotation: ICT penetration test. Documents must be deposited by no later "
            "than 12h00 on 27 September 2027.",
            "Appel d'offres",
            date(2027, 9, 27),
        ),
        (
            "Vulnerability management services",
            "Bid Number : PIC004/2027 Closing Date : 3 JULY 2027 Closing Time : 11:00 am",
            "Appel d'offres",
            date(2027, 7, 3),
        ),
        # batch 35: an award that invites nominations ("Start Your Nomination", "Nomination
        # Deadline:")
        (
            "Cybersecurity Excellence Awards",
            "Click Start Your Nomination from the main menu and choose your award category.",
            "Concours",
            None,
        ),
        (
            "Cyber Awards Framework",
            "Nomination Deadline: Thursday, August 1, 2027, 5 p.m. EDT. The awards will recognize "
            "individuals.",
            "Concours",
            date(2027, 8, 1),
        ),
        # batch 37: a day given up and an end day are not the event's first day; a backup
        # talk to submit by a date; a funding portal's call page by its heading
        (
            "Le CES 2028 est maintenu, mais raccourci",
            "La durée du salon a été raccourcie. Initialement le CES devait durer jusqu'au 8 "
            "janvier mais finalement il prendra fin le 7 janvier. L'événement en personne aura "
            "lieu à Las Vegas du 5 au 7 janvier 2028.",
            "Salon",
            date(2028, 1, 5),
        ),
        (
            "S4x28 backup talks",
            "We keep backup talks ready. Submit your backup talk proposal here. You need to "
            "submit your backup presentation by January 31st for our review.",
            "Appel à propositions",
            date(2027, 1, 31),
        ),
        (
            "AI regulatory sandboxes: EU-level coordination and support",
            "Programme Name Digital Europe Programme. Detailed Call Description: the action is "
            "expected to contribute to these objectives.",
            "Appel à projets",
            None,
        ),
        # batch 38: a funder invites to apply for financing by a deadline; a funder's news
        # that it seeks projects; a free-to-attend event with its day and hours
        (
            "Open Application for Project Financing",
            "Send in your ideas. Deadline December 1, 2027. Organizations of any type as well "
            "as individuals can apply for financial support.",
            "Aide et subvention",
            date(2027, 12, 1),
        ),
        (
            "NLnet Foundation seeks projects to fund",
            "It encourages proposals.",
            "Aide et subvention",
            None,
        ),
        (
            "Firms offered help to improve cyber security",
            "The Federation of Small Businesses hosts a free-to-attend event in Shrewsbury. It "
            "is taking place at University Centre Shrewsbury on October 28 from 1pm to 4pm.",
            "Événement",
            date(2027, 10, 28),
        ),
        # batch 39: a planned procurement notice; sealed tenders invited by a date glued to
        # its hour; a request for bids closing after its questions; a year glued to the next
        # cell; an event named with its year; a plan given up
        (
            "Security Operations- Out of Hours Service",
            "UK3: Planned procurement notice - Procurement Act 2023. L&Q intends to procure a "
            "SOC service.",
            "Appel d'offres",
            None,
        ),
        (
            "Establishing of Hybrid Security Operation Center",
            "Dear Sirs, We are pleased to invite your sealed tenders for the services mentioned "
            "above. Send your tenders latest by 19-05-2027at1030hrs.",
            "Appel d'offres",
            date(2027, 5, 19),
        ),
        (
            "Bid Specification Template",
            "RFB Ref. No: RFB 0000000875. Publication Date 16 November 2026. Closing Date for "
            "questions / queries 30 November 2026 RFB Closing DetailsDate: 10 December 2026Time: "
            "11:00",
            "Appel d'offres",
            date(2026, 12, 10),
        ),
        (
            "ICT Managed Security Service tender",
            "Notice Dates. Submission Deadline 4 Dec 2027Expired",
            "Appel d'offres",
            date(2027, 12, 4),
        ),
        (
            "The bitcoin conference will hold its next edition in the US",
            "The bitcoin conference 2028 will take place between July 25 and 27 of next year in "
            "Nashville.",
            "Conférence",
            date(2028, 7, 25),
        ),
        (
            "Miami summit moves",
            "The summit was scheduled to take place on 3 March 2027; it will be held on 5 June "
            "2027 in Miami.",
            "Forum",
            date(2027, 6, 5),
        ),
        # batch 40: an abstract submission page; a grant's application window
        (
            "Abstract Submission Guidelines",
            "We invite submissions on AI in healthcare. Key Dates - Submission deadline: April 3, "
            "2027",
            "Appel à propositions",
            date(2027, 4, 3),
        ),
        (
            "Public Health Conference 2027",
            "We invite abstract submissions for oral and poster presentations. Abstract "
            "submissions close on 19th June 2027 at 11.59pm AEDT.",
            "Appel à propositions",
            date(2027, 6, 19),
        ),
        (
            "FAQs",
            "When will the Application Portal be available? Only during the application window. "
            "There is a total of $8 million available in grants for small businesses.",
            "Aide et subvention",
            None,
        ),
        # batch 41: « label - date » lists: the deadline's date, not the opening's before it
        (
            "Data Spaces Support Centre",
            "Identifier - DIGITAL-2027-CLOUD-AI-01-SUPPCENTRE - Opening Date - November 17, 2026 "
            "- Deadline - February 22, 2027 - Budget - €20,000,000",
            "Appel à projets",
            date(2027, 2, 22),
        ),
        # batch 42: invitations to submit an idea, to apply to a competition, an application
        # opened for organizations; a round's closing date before its label; "the event
        # takes place on"
        (
            "Google Impact Challenge 2027 now live",
            "Innovators can submit their idea online until July 13.",
            "Concours",
            date(2027, 7, 13),
        ),
        (
            "Frequently Asked Questions",
            "What do I need to apply for the competition? Simply an idea. Start Date February 1, "
            "2027 February 21, 2027 Round 1 Closes",
            "Concours",
            date(2027, 2, 21),
        ),
        (
            "AI for social solutions",
            "Google.org opened the application for worldwide organizations: grant funding of $25M.",
            "Aide et subvention",
            None,
        ),
        (
            "Codebreaking and escape rooms at the museum",
            "A late-night night of games about cybersecurity. The event takes place on Wednesday "
            "4 August 2027 – 7pm until 10pm.",
            "Événement",
            date(2027, 8, 4),
        ),
        # batch 43: Québec's « appel de projets », « appel de candidatures », « appel de
        # propositions »; a call that « a pris fin le »; « que nous lançons »
        (
            "Appel de projets d'innovation des consortiums en intelligence artificielle",
            "Appel terminé. Veuillez noter que cet appel de projets a pris fin le 15 octobre 2027.",
            "Appel à projets",
            date(2027, 10, 15),
        ),
        (
            "Québec injecte 25 M$ en IA",
            "« L'appel de projets que nous lançons aujourd'hui va accélérer l'intégration de "
            "l'IA », a dit le ministre.",
            "Appel à projets",
            None,
        ),
        (
            "Appel de candidatures : incubateur IA",
            "La cohorte 2028 ouvre.",
            "Appel à candidatures",
            None,
        ),
        ("Appel de propositions en cybersécurité", "Pour les PME.", "Appel à propositions", None),
        # batch 44: a joint call for R&D projects launched; a funding call launched; an aid's
        # « entreprises visées »; a call page's two dates side by side; « abritera du … au »
        # is a hackathon's days
        (
            "Data, AI and Quantum",
            "The Ministry is launching a new joint call for research and development (R&D) "
            "projects.",
            "Appel à projets",
            None,
        ),
        (
            "Programme summary",
            "The Ministry and the FNR have launched a joint funding call supporting consortia.",
            "Aide et subvention",
            None,
        ),
        (
            "Programme Fit 4 AI",
            "Une subvention en capital du ministère. Entreprises visées : les PME dont le siège "
            "est au Luxembourg.",
            "Aide et subvention",
            None,
        ),
        (
            "Joint Call AI-HPC 2027",
            "The Ministry launches a funding opportunity for consortia. 01 May 2027 18 June 2027 "
            "The development of innovations is a priority.",
            "Aide et subvention",
            date(2027, 6, 18),
        ),
        (
            "Codesign et l'AGETIC lancent le hackathon « Code-moi dans 10 jours »",
            "Le centre de formation de Bamako abritera du 16 au 25 août prochain le camp de "
            "hackathon. Un concours pour cinquante candidatures de programmeurs.",
            "Hackathon",
            date(2027, 8, 16),
        ),
        # batch 45: a call for mentors launched
        (
            "NATO DIANA announces first cohort of innovators, launches call for mentors",
            "The 44 companies were chosen from over 1,300 applicants.",
            "Appel à propositions",
            None,
        ),
        # batch 46: a US agency's program solicitation, its full proposal deadline after a
        # letter of intent's due date, its submission window
        (
            "Solicitation: NSF Secure and Trustworthy CyberSpace (SaTC)",
            "PROGRAM SOLICITATION NSF 27-572. Letter of Intent Due Date(s) (required) (due by 5 "
            "p.m. submitter's local time): July 05, 2027 Full Proposal Deadline(s) (due by 5 "
            "p.m. submitter's local time): September 30, 2027",
            "Appel à projets",
            date(2027, 9, 30),
        ),
        (
            "NSF 27-503: Secure and Trustworthy Cyberspace (SaTC)",
            "Program Solicitation NSF 27-503. Submission Window Date(s) (due by 5 p.m. "
            "proposer's local time): January 04, 2027 - January 11, 2027 Small Projects",
            "Appel à projets",
            date(2027, 1, 11),
        ),
        # … but a funded project's period is no window to apply in
        (
            "Appel à projets numérique",
            "Le projet se déroule sur la période suivante : 1 January 2027 - 31 December 2028.",
            "Appel à projets",
            None,
        ),
        # batch 48: a smart contract audit contest with its end, or announced as new
        (
            "Announcing our $50,000 Smart Contract Audit Contest",
            "A 1-week smart contract audit contest starting today. The contest runs through "
            "November 24th, with $50,000 in prizes!",
            "Concours",
            date(2026, 11, 24),
        ),
        (
            "New Audit Competition With a Staking Pool! Rewards Up To $20K",
            "We invite all white hat hackers to join the hunt.",
            "Concours",
            None,
        ),
        # … a weekday before the closing date, a date written « 26 09 2027 »
        (
            "Appel à projets Interreg NWE",
            "Le premier appel à projets est ouvert jusqu'au mercredi 15 décembre à 12h00 CET.",
            "Appel à projets",
            date(2026, 12, 15),
        ),
        (
            "AAP Interreg - Appel 5 - date limite pré-candidature 26 09 2027 à 13h00",
            "This call for proposals is aimed at thematic projects.",
            "Appel à projets",
            date(2027, 9, 26),
        ),
        # batch 49: info days; an event page's "When?"; a programme that opens on a day with
        # its hour; « les 25 & 26 mai »
        (
            "Dates of the Horizon Europe programme Info Days",
            "The Info Days will take place from 28th of June to 9th of July of 2028.",
            "Rencontre",
            date(2028, 6, 28),
        ),
        (
            "Open Café Online: Horizon Europe Cluster 4",
            "Where? Online When? January 28, 2027 Join the research council's open café.",
            "Événement",
            date(2027, 1, 28),
        ),
        (
            "L'intelligence artificielle : quelle intelligence juridique ?",
            "Ce cycle doit permettre d'apprécier la structure des droits. Programme 21 Avril "
            "2027 17h00 : L'intelligence artificielle et la fonction de juger",
            "Événement",
            date(2027, 4, 21),
        ),
        (
            "Colloque l'IA dans le procès administratif",
            "Faculté de droit de Montpellier les 25 & 26 mai 2027.",
            "Conférence",
            date(2027, 5, 25),
        ),
        # batch 50: a request for proposals announced; a programme that accepts applications;
        # a call for designs
        (
            "$20 million in NSF grants for safety research",
            "After a year of negotiation, the NSF has announced a $20 million request for "
            "proposals for empirical AI safety research.",
            "Appel d'offres",
            None,
        ),
        (
            "AI for Science & Safety Nodes",
            "The program accepts applications from individuals, teams, and organizations. Grants "
            "typically range from $10,000 to $100,000.",
            "Aide et subvention",
            None,
        ),
        (
            "Future of Life Institute Call for Designs for Global Institutions Governing AI",
            "A competition that funds creative proposals.",
            "Appel à propositions",
            None,
        ),
        # batch 51: the conference's days in the sentence that says it will be held are no
        # window to apply in
        (
            "Call for Papers",
            "The conference will be held at the Convention Center Festival Hall, Bled, "
            "Slovenia, from June 27 to June 30, 2027. Submissions must arrive by February 1, "
            "2027.",
            "Appel à propositions",
            date(2027, 2, 1),
        ),
        # batch 55: an aid scheme's own page, explained
        (
            "Impulsion Développement",
            "Présentation du dispositif. Le dispositif a pour but de soutenir les "
            "investissements des entreprises normandes. Entreprises éligibles : les PME.",
            "Aide et subvention",
            None,
        ),
        (
            "L'essentiel : Impulsion Développement",
            "Le dispositif propose un prêt à taux zéro. Une partie de l'aide peut être versée "
            "sous forme de subvention. Quelles sont les opérations éligibles à ce dispositif "
            "de financement régional ?",
            "Aide et subvention",
            None,
        ),
        # batch 56: the day registration runs until is not the event's
        (
            "Webinaire IA générative",
            "Inscriptions ouvertes jusqu'au 3 décembre. Le webinaire aura lieu le 10 décembre à "
            "11h.",
            "Webinaire",
            date(2026, 12, 10),
        ),
        # batch 58: « appel à financement »; the deposit of an aid request; « remise des
        # dossiers le … »; a date « au plus tard »
        (
            "Publication de l'arrêté lançant l'appel à financement",
            "Il lance le troisième appel à financement du programme CaRE.",
            "Appel à projets",
            None,
        ),
        (
            "Instructions pour une demande",
            "Ce texte précise les modalités de dépôt d'une demande de subvention pour des "
            "actions innovantes.",
            "Aide et subvention",
            None,
        ),
        (
            "Opération Campus : cahier des charges",
            "Les dates clés du premier appel à projets. Remise des notes d'intention le 30 avril "
            "2027 à 17h.",
            "Appel à projets",
            date(2027, 4, 30),
        ),
        (
            "Fonds de soutien à l'apprentissage",
            "Bénéficiez de l'aide régionale. Les CFA devront retourner un dossier pour le 24 juin "
            "2027 au plus tard.",
            "Aide et subvention",
            date(2027, 6, 24),
        ),
        # batch 60: a call for papers' title glued to its next word, « appel à soumissions »,
        # "communication proposals are expected"; « ont jusqu'au … pour soumettre »; a
        # datathon's days are no window to apply in; « il y a eu » tells past days
        (
            "Appel à communicationsCybersécurité, Innovation et Gouvernance",
            "Colloque organisé par trois universités.",
            "Appel à propositions",
            None,
        ),
        (
            "Appel à soumissions - complet",
            "Thème. Il y a une tendance à traiter l'information aux bords des systèmes.",
            "Appel à propositions",
            None,
        ),
        (
            "Data protection facing cyber threats",
            "The conference proposes to address data protection. As a consequence, three types "
            "of communication proposals are expected.",
            "Appel à propositions",
            None,
        ),
        (
            "Quatre challenges pour le 4e EU Datathon",
            "Les candidats ont jusqu'au 3 mai pour soumettre leur projet. Trois équipes seront "
            "retenues pour un datathon à Bruxelles du 13 au 15 octobre.",
            "Concours",
            date(2027, 5, 3),
        ),
        (
            "Concours photo de la Région",
            "Les candidatures sont ouvertes du 1er au 30 juin 2027.",
            "Concours",
            date(2027, 6, 30),
        ),
        (
            "Le EU Datathon revient",
            "Rendez-vous à Bruxelles le 13 octobre.",
            "Hackathon",
            date(2027, 10, 13),
        ),
        (
            "La Dataweek recherche des porteurs de projets",
            "Il y a eu en amont les Cafés de la Donnée (26 avril et 22 mai), et il y aura la "
            "Dataweek qui se déroulera du 24 au 28 juin à Marseille.",
            "Semaine thématique",
            date(2027, 6, 24),
        ),
        # batch 61: "by the end of 7th July"; "free to apply" and "Registration …: ends";
        # "Last date to apply is"; "Closing of the registration period:"
        (
            "How to Apply",
            "Applications to the summer school should be submitted by the end of 7th July 2027 "
            "and admission decision notification will be communicated no later than 14th July "
            "2027.",
            "Appel à candidatures",
            date(2027, 7, 7),
        ),
        (
            "Scholarship Program for College Students",
            "Students are free to apply in teams. Registration for the scholarship: ends June 15, "
            "2027 at 6:00 p.m. EDT. Work on the implementation until Oct 15, 2027.",
            "Appel à candidatures",
            date(2027, 6, 15),
        ),
        (
            "How it works?",
            "Last date to apply is February 15, 2027. Qualified students join the challenge round. "
            "The project ideas will be published by March 31, 2027.",
            "Concours",
            date(2027, 2, 15),
        ),
        (
            "Call for applications: student school",
            "Closing of the registration period: May 5, 2027. Announcement of the students "
            "selected: May 15, 2027.",
            "Appel à candidatures",
            date(2027, 5, 5),
        ),
        # batch 62: a closing date changed "from 4 October to 19 October"; a call for panels;
        # "Deadline for submission of talk proposals"
        (
            "EIC Accelerator: two more weeks",
            "The deadline of the cut-off of this call for proposals has been changed from 4 "
            "October to 19 October 2027.",
            "Appel à propositions",
            date(2027, 10, 19),
        ),
        (
            "Rules on Panel Submission",
            "This call for panels is aimed at ecosystem participants and welcomes proposals.",
            "Appel à propositions",
            None,
        ),
        (
            "For Speakers",
            "Stages of preparation for the conference. 26 January 2027 – Deadline for submission "
            "of talk proposals. 23 April 2027 – Deadline for draft presentation submission.",
            "Appel à propositions",
            date(2027, 1, 26),
        ),
        # batch 63: a challenge's own rules with its "End date:"; "We invite participation"
        (
            "Challenge Rules",
            "Reach out to us via the Discussion Forums. Start date: 3rd May 2027, 14:30 UTC. End "
            "date: 23rd May 2027, 14:30 UTC. Entry to the competition is free for all.",
            "Concours",
            date(2027, 5, 23),
        ),
        (
            "Contest rules",
            "The contest is open to everyone. We invite participation from individuals and teams.",
            "Concours",
            None,
        ),
        # batch 64: a span with its weekdays
        (
            "Innov-Agri à Outarville",
            "Le plus grand salon aux champs aura lieu du mardi 6 au jeudi 8 septembre.",
            "Salon",
            date(2027, 9, 6),
        ),
        # batch 65: a funder's support offer, "1. Submit application"; an application form
        (
            "Innovation projects with an implementation partner",
            "This support offer is aimed at SMEs and start-ups. 1. Submit application. Project "
            "partners must meet certain requirements.",
            "Aide et subvention",
            None,
        ),
        (
            "Bilateral projects",
            "The agency runs calls for projects with its partner agencies. 1. Submit application.",
            "Appel à projets",
            None,
        ),
        (
            "Switzerland",
            "Funding Conditions: mandatory submission of an “IraSME Application Form” by e-mail.",
            "Aide et subvention",
            None,
        ),
        # batch 66: a day with its weekday in the sentence that names the event
        (
            "Pourquoi j'entreprends",
            "Campus / Samedi 8 octobre débarque à l'université la première édition de "
            "l'hackasens, ou hackathon du sens.",
            "Hackathon",
            date(2027, 10, 8),
        ),
        # batch 67: « les candidatures se sont ouvertes … et se termineront le »
        (
            "L'entreprise IA de l'année",
            "Les candidatures se sont ouvertes le 25 septembre et se termineront le 15 décembre "
            "2026. Neuf catégories structurent la compétition. La cérémonie se tiendra le 24 "
            "janvier 2027 à Paris.",
            "Concours",
            date(2026, 12, 15),
        ),
        # batch 69: « dernier délai »; « prochaine échéance de l'AMI fixée au »; "Applications
        # close on"; "is seeking applications"
        (
            "Tiers-lieux : un AMI pour créer 300 Fabriques de territoire",
            "Les Fabriques numériques doivent postuler bien plus tôt (16 octobre 2027, à 0h01 "
            "dernier délai, contre plusieurs vagues pour les autres).",
            "Appel à manifestation d'intérêt",
            date(2027, 10, 16),
        ),
        (
            "Fabriques de territoires : prochaine échéance de l'AMI fixée au 30 juin 2027",
            "L'agence rappelle la prochaine échéance de cet AMI ouvert jusqu'au 30 septembre 2027.",
            "Appel à manifestation d'intérêt",
            date(2027, 6, 30),
        ),
        (
            "BASE Fellowship begins recruiting AI safety researchers",
            "The program runs from April to July. Applications close on January 9, 2027.",
            "Appel à candidatures",
            date(2027, 1, 9),
        ),
        (
            "2026-2027 AI Accountability Fellowships Program",
            "The Fellowships program is seeking applications to support journalists.",
            "Appel à candidatures",
            None,
        ),
        # … and a funds listing's "Deadline: 1-Jul-27" (a two-digit year after a dash only)
        (
            "2027 AI Accountability Fellowships Program",
            "Deadline: 1-Jul-27. The Fellowships program is seeking applications.",
            "Appel à candidatures",
            date(2027, 7, 1),
        ),
        (
            "Appel à projets : ateliers numériques",
            "Dépôt des dossiers jusqu'au 15 mai 20 personnes maximum par atelier.",
            "Appel à projets",
            date(2027, 5, 15),
        ),
        # batch 70: a funds listing's "15-Apr-2028"; "an open competition for organizations
        # interested in submitting applications"; a "Request for Statements of Interest"
        (
            "DRL: responses to digital security threats",
            "Deadline: 15-Apr-2028. The Bureau announces an open competition for organizations "
            "interested in submitting applications for projects.",
            "Concours",
            date(2028, 4, 15),
        ),
        (
            "Internet Freedom Annual Program Statement",
            "The Bureau announces a Request for Statements of Interest (RSOI) from organizations.",
            "Appel à projets",
            None,
        ),
        (
            "SAFETAG funding pool",
            "Internews is seeking to fund individuals or teams. The average grant is $25,000.",
            "Aide et subvention",
            None,
        ),
        # batch 71: "March 30th & March 31st, 2028"; "compete for prizes"
        (
            "Cyber For Energy",
            "The conference will take place at the Palais du Pharo on March 30th & March 31st, "
            "2028.",
            "Conférence",
            date(2028, 3, 30),
        ),
        (
            "Startups & SMEs Awards: Terms & Conditions",
            "The organizers invite startups and SMEs to come up with their solution and compete "
            "for prizes in one of three categories.",
            "Concours",
            None,
        ),
        # batch 73: "issued a call to … to participate in the challenge"
        (
            "DARPA launches AI Cyber Challenge at Black Hat",
            "DARPA issued a call to top computer scientists, AI experts, software developers, and "
            "beyond to participate in the AI Cyber Challenge.",
            "Concours",
            None,
        ),
        # batch 74: « les 29 et 30 avril prochains » (its first day); an exhibition that
        # opens; a lab's open days
        (
            "Un week-end pour explorer les mondes de l'EPFL",
            "Les 29 et 30 avril prochains, l'EPFL invite le public sur son campus pour deux "
            "journées de découverte.",
            "Rencontre",
            date(2027, 4, 29),
        ),
        (
            "L'intelligence artificielle... et vous !",
            "La nouvelle exposition du Quai des Savoirs, « IA double Je », ouvrira ses portes ce "
            "vendredi 2 février.",
            "Exposition",
            date(2027, 2, 2),
        ),
        (
            "Our lab",
            "The lab's open days are on March 7, 2027.",
            "Portes ouvertes",
            date(2027, 3, 7),
        ),
        # batch 76: « une soirée spéciale … le 18 septembre »
        (
            "L'Espace Mendès-France abolit les frontières",
            "L'équipe convie les curieux à une soirée spéciale transdisciplinaire le 18 septembre.",
            "Rencontre",
            date(2027, 9, 18),
        ),
        # batch 78: a US agency's solicitation by its number, due on its date; a pre-application
        # to a prize
        (
            "SBIR pre-solicitation",
            "Small Business Innovation Research (SBIR) Program Pre-Solicitation #: "
            "HSHQDC-27-R-00035 Due Date: May 21, 2027 at 2:00 pm ET",
            "Appel à projets",
            date(2027, 5, 21),
        ),
        (
            "Prix de la croissance verte numérique",
            "Il reste jusqu'au 30 septembre 2027 pour déposer sa pré-candidature au prix de la "
            "croissance verte numérique.",
            "Concours",
            date(2027, 9, 30),
        ),
        # batch 79: a call for tenders in the title, a tender's documents headed « OPEN CALL
        # FOR TENDERS », a call for expressions of interest; a programme's day with its hours
        # after a colon
        (
            "Call for tenders: EU seeks cyber security expertise",
            "The EU cyber security authority is looking for private service providers.",
            "Appel d'offres",
            None,
        ),
        (
            "Operational consultancy services in the field of cryptology",
            "OPEN CALL FOR TENDERS Concluding with: Multiple Framework contracts. Part 1 "
            "Introduction to the Agency Part 2 Terms of Reference Part 3 Tender Specifications",
            "Appel d'offres",
            None,
        ),
        (
            "Call for Expressions of Interest",
            "Similar documents: the agency's position on the NIS Directive.",
            "Appel à manifestation d'intérêt",
            None,
        ),
        (
            "Informations pratiques",
            "Pour accéder à la conférence, imprimez votre badge.\nBagagerie\nLes horaires prévus "
            "pour l'ouverture de la bagagerie sont:\n- mercredi 3 février : 08h30-18h45\n- "
            "vendredi 5 février : 09h00-17h45",
            "Conférence",
            date(2027, 2, 3),
        ),
        # batch 80: a funder's due dates; an open call that calls its applicants; an edition
        # that takes place; an event the text names, its days in the title
        (
            "Scaling AI safety in a multi-agent world",
            "Funder: Schmidt Sciences. Due Dates: August 8, 2027 (Full application, 11:59pm "
            "AoE). This funding opportunity supports foundational research.",
            "Aide et subvention",
            date(2027, 8, 8),
        ),
        (
            "Apply",
            "Open call #4. Calling all developers, innovators, researchers, SMEs and "
            "entrepreneurs! €1.989.000 to support up to 17 projects!",
            "Appel à projets",
            None,
        ),
        (
            "Les agriculteurs préparent l'agriculture du futur",
            "La 13 ème édition des Culturales se tient les 6 et 7 juin prochains à "
            "L'Isle-Jourdain dans le Gers.",
            "Rencontre",
            date(2027, 6, 6),
        ),
        (
            "Les Controverses européennes – « Agriculture et alimentation » Du 10 au 12 juillet "
            "2027, à Bergerac.",
            "Trois jours de débat et de réflexions collectives, alternant tables rondes et "
            "dialogues.",
            "Rencontre",
            date(2027, 7, 10),
        ),
        # batch 81: an event held tomorrow; a calendar file's event; a panel discussion
        (
            "Forum sur la cybercriminalité",
            "Le troisième forum international sur la cybercriminalité, qui se tient demain à "
            "Lille, s'annonce déjà comme un succès.",
            "Forum",
            date(2026, 11, 13),
        ),
        (
            "events",
            "BEGIN:VCALENDAR VERSION:2.0 BEGIN:VEVENT DTSTART:20270604T170000 "
            "DTEND:20270604T183000 SUMMARY:AI Governance in Europe - how to make it work?",
            "Événement",
            date(2027, 6, 4),
        ),
        (
            "The EU AI Act",
            "A panel discussion on the state of the AI Act, on March 3, 2027.",
            "Rencontre",
            date(2027, 3, 3),
        ),
        # batch 82: a day of the month alone, said to come
        (
            "Ethereum's London Conference Meetup Oversubscribed",
            "Ethereum's London meetups are back. The first one is on the 13th, in just two days.",
            "Conférence",
            date(2026, 11, 13),
        ),
        (
            "Rencontre des entrepreneurs",
            "La rencontre des entrepreneurs aura lieu le 20, à la CCI de Caen.",
            "Rencontre",
            date(2026, 11, 20),
        ),
        # … but a webinar to be broadcast on its day is to come
        (
            "Webinaire IA et RGPD",
            "Le webinaire sera diffusé le 14 décembre à 11h.",
            "Webinaire",
            date(2026, 12, 14),
        ),
        # batch 85: a security competition (a CTF) and its days
        (
            "Réglement - édition 2027",
            "Ce CTF se déroule du 25 novembre 2026 au 31 mars 2027. Les promos sont réparties en "
            "17 équipes.",
            "Compétition",
            date(2026, 11, 25),
        ),
        # batch 86: a week named by its subject; a past edition's year is not this one's
        (
            "Mobilisation autour de la Semaine de l'Industrie",
            "L'édition 2027 de la Semaine de l'Industrie se déroulera du 18 au 24 mars.",
            "Semaine thématique",
            date(2027, 3, 18),
        ),
        (
            "La Semaine de l'Industrie",
            "Pendant une semaine, du 16 au 22 mars, les entreprises sont invitées à proposer des "
            "événements. L'édition 2026 a marqué un record avec 4763 événements labellisés.",
            "Semaine thématique",
            date(2027, 3, 16),
        ),
        # batch 87: a page's own heading names the call, as a title would
        (
            "Les Maisons du Quantique",
            "Appel à projets Maisons du Quantique\nAfin de favoriser l'adoption du calcul "
            "quantique, l'initiative propose le lancement d'un réseau régional.",
            "Appel à projets",
            None,
        ),
        # batch 88: a grant programme open to any applicant
        (
            "Ethereum Research Foundation Grant Program",
            "The grant program is open to any individual or group. Applicants only need to send "
            "relevant information to the designated email address.",
            "Aide et subvention",
            None,
        ),
        # batch 89: an event that begins on a weekday (the publication is a Thursday)
        (
            "Former NSA chief headlines Colorado cyber symposium",
            "The speakers at the National Cyber Symposium that begins Monday at The Broadmoor "
            "hotel in Colorado Springs.",
            "Conférence",
            date(2026, 11, 16),
        ),
        # batch 91: a grant programme announced
        (
            "State and Local Cybersecurity Grant Program",
            "The Department of Homeland Security announced a first-of-its-kind cybersecurity "
            "grant program specifically for state and local governments.",
            "Aide et subvention",
            None,
        ),
        # batch 92: a conference's submissions with its invitation (the date that replaced the
        # first, side by side); a pitch contest one is eligible to apply to
        (
            "Soumissions",
            "Dates importantes - Soumission des articles : 13 mars 2027 27 mars 2027. Les auteurs "
            "sont invités à soumettre des propositions d'articles de 6-8 pages.",
            "Appel à propositions",
            date(2027, 3, 27),
        ),
        (
            "Web3 criteria",
            "Any project is eligible to participate in the Web 3 Pitchfest. Not only startups "
            "are eligible to apply, but also DAO projects.",
            "Concours",
            None,
        ),
        # batch 95: a call's « dates de relevés », the first to come
        (
            "Appel à projets « Pionniers de l'intelligence artificielle »",
            "Phase 1 : trois dates de relevés fixées au 5 janvier 2027, 10 mars 2027 et 9 juin "
            "2027.",
            "Appel à projets",
            date(2027, 1, 5),
        ),
        # batch 95: an event said with the day it is organised on
        (
            "Le risque cyber est un risque de gestion",
            "L'événement CYBER-DÉCISION, organisé le 12 février, est né de ce constat.",
            "Événement",
            date(2027, 2, 12),
        ),
        # batch 96: a grant programme's page, its name in the title
        (
            "parsiq/Open-Grants-Program",
            "The Web3 Foundation Open Grants Program focuses on technology grants up to USD 30k "
            "for initial grants. The committee evaluates grant applications.",
            "Aide et subvention",
            None,
        ),
        # batch 110: an event said to take place; a contest's entries accepted through a day; a
        # competition open for registration
        (
            "Annual Cybersecurity Games Expands Opportunities",
            "By the time the event takes place November 20-22 at NYU, nearly 20,000 students "
            "will have participated.",
            "Événement",
            date(2026, 11, 20),
        ),
        (
            "Security Awareness PSA Contest",
            "The PSA Contest invites students to create videos. Entries will be accepted through "
            "12 PM ET on Friday, October 8, 2027.",
            "Concours",
            date(2027, 10, 8),
        ),
        (
            "High School Cybersecurity Competition Opens for Registration",
            "CyberPatriot is open to teams of students in high schools.",
            "Concours",
            None,
        ),
        # batch 108: a call for experiments; an application window that closes
        (
            "La Banque centrale française lance un appel à des expérimentations de monnaie "
            "numérique",
            "Le 27 mars, la Banque de France a publié une demande de propositions.",
            "Appel à projets",
            None,
        ),
        (
            "La Fondation Cardano dévoile un Venture Hub",
            "La fenêtre de candidature pour le projet pilote s'ouvre aujourd'hui et se termine le "
            "31 janvier 2027.",
            "Appel à candidatures",
            date(2027, 1, 31),
        ),
        # batch 107: a day named by its subject
        (
            "AI governance: finding the way forward",
            "The global community is gearing up for “AI Governance Day” on 29 May, the day "
            "preceding the AI for Good Global Summit in Geneva.",
            "Rencontre",
            date(2027, 5, 29),
        ),
        # batch 106: a list of labels and their dates, weekdays first (the first deadline,
        # not the date before the next label)
        (
            "Call for Papers",
            "Summer Deadline - Refereed paper submissions due: Tuesday, June 8, 2027, 11:59 pm "
            "AoE - Invited talk and panel proposals due: Tuesday, February 1, 2028 - Poster "
            "proposals due: Friday, July 7, 2028, 11:59 pm AoE",
            "Appel à propositions",
            date(2027, 6, 8),
        ),
        # batch 105: a funding window opened
        (
            "Financer sa migration vers le cloud de confiance",
            "Lancé par la direction interministérielle du numérique (Dinum) au printemps 2023, le "
            "guichet de financement « Adoption du cloud de confiance » permet aux administrations "
            "de cofinancer leurs projets. Le guichet est ouvert aux opérateurs de l'État.",
            "Aide et subvention",
            None,
        ),
        # batch 104: a blockchain convention
        (
            "Industry leaders unite in Barcelona",
            "The 11th European Blockchain Convention (EBC11) will gather global leaders in "
            "Barcelona on October 16-17 to challenge perceptions of European decline.",
            "Rencontre",
            date(2027, 10, 16),
        ),
        # batch 102: the year an event's name gives it
        (
            "FAQs",
            "When does Web Summit 2028 take place? Web Summit 2028 will be in Lisbon from "
            "November 1 - 4.",
            "Forum",
            date(2028, 11, 1),
        ),
        # batch 99: a call for talks; a hackathon's dates under their label
        (
            "COSCUP 2023",
            "We are looking for talks in several open-source related areas, please submit your "
            "proposal before May 22th, 2027 (UTC-12).",
            "Appel à propositions",
            date(2027, 5, 22),
        ),
        (
            "Rules",
            "Dates\n\nSeptember 8th - September 10th\n\nEligibility\n\nOnly hackers who have "
            "submitted an application to the Interchain Hackathon will be judged.",
            "Hackathon",
            date(2027, 9, 8),
        ),
        # batch 98: a competition's deadline for entries; registration open "till the 21 of
        # January"
        (
            "NCSC CyberFirst Girls contest kicks off",
            "The NCSC has called on girls aged 12 to 13 to sign up for its annual CyberFirst "
            "Girls competition, with the deadline for entries fast approaching on Monday 25 "
            "January 2027.",
            "Concours",
            date(2027, 1, 25),
        ),
        (
            "CyberFirst Girls competition",
            "The NCSC opened registration on its competition. Registration is open till the 21 "
            "of January 2027.",
            "Concours",
            date(2027, 1, 21),
        ),
        # batch 97: an event said with its day; a grants round launched
        (
            "ReFi Summer is here",
            "The event is kicking off on June 8th and running through June 23rd at 23:59pm UTC.",
            "Événement",
            date(2027, 6, 8),
        ),
        (
            "Gitcoin grants",
            "Gitcoin is launching its next Gitcoin Grants round, GR15, on September 7, 2027. "
            "This guide gives tips for first-time applicants.",
            "Aide et subvention",
            None,
        ),
        # batch 96: an edition that begins on its day; the year its sentence gives it; the
        # Safer Internet Day
        (
            "Sensibiliser les plus jeunes",
            "La 22e édition du Safer Internet Day débute ce mardi 9 février, et se prolongera "
            "en mars.",
            "Rencontre",
            date(2027, 2, 9),
        ),
        (
            "Raising awareness of digital uses",
            "In 2028, the 23rd edition takes place on February 8 and continues in March.",
            "Rencontre",
            date(2028, 2, 8),
        ),
        (
            "Safer Internet Days 2027 : les écrans et toi",
            "Le SID 2027 débutera le mardi 9 février 2027 jusqu'à fin mars. Le webinaire se "
            "tiendra le mercredi 10 février 2027 à 13h30.",
            "Journée thématique",
            date(2027, 2, 9),
        ),
        # batch 112: « appel à propositions »; a closing date moved (« postposée au »: not the
        # first date in the list below it); a joint call two funders launch
        (
            "Programme GREENTIC - Appel à propositions",
            "L'appel vise à cofinancer des projets de recherche. Clôture : 28 janvier 2027.",
            "Appel à propositions",
            date(2027, 1, 28),
        ),
        (
            "Appel à projets Cyber",
            "Modification : la clôture du dépôt des dossiers a été postposée au vendredi 22 "
            "janvier 2027.\n\nDates importantes :\nLundi 4 janvier 2027 : Clôture du dépôt des "
            "dossiers",
            "Appel à projets",
            date(2027, 1, 22),
        ),
        (
            "Appel à projets Cyber",
            "Clôture : 4 janvier 2027. Le salon de l'entreprise a été reporté au 20 mars 2027.",
            "Appel à projets",
            date(2027, 1, 4),
        ),
        # batch 113: a call that « fermera le » a day, its year after a comma (Canada's)
        (
            "Programme de coopération en matière de cybersécurité",
            "Appel de demandes\nL'appel de propositions fermera le vendredi, 12 février, 2028"
            "\nPrésentation",
            "Appel à propositions",
            date(2028, 2, 12),
        ),
        # batch 115: a lecture series with its days; the next lecture "will take place … on";
        # a debate the title names; a page that sells tickets for a day at its hour
        (
            "Library Speaker Series",
            "Ethical Issues in Artificial Intelligence: 2027 Annual Library Lecture Series\n\n"
            "4 October 2027 - 26 October 2027\nEach year, the Institute organizes a series.",
            "Conférence",
            date(2027, 10, 4),
        ),
        (
            "University hosts free public lectures",
            "The next lecture will take place in-person at the University on the topic of "
            "'Social Machines: A New Form of Intelligence' on 25 April from 6-7pm.",
            "Conférence",
            date(2027, 4, 25),
        ),
        (
            "Who's to blame when Artificial Intelligence goes wrong? A debate",
            "Book Now\n\nThis question will be debated at the Life Science Centre on Thursday 9 "
            "February at 8pm.",
            "Rencontre",
            date(2027, 2, 9),
        ),
        (
            "AI Science Café Series: Ethics of Artificial Intelligence",
            "Ticket quantity\n\nYou can book a maximum of two tickets per event.\n\n  • Tue 13 "
            "Apr 2027\n  • 6:00PM",
            "Événement",
            date(2027, 4, 13),
        ),
        # batch 118: a prize launched with its deadline; its entrants who « peuvent déposer
        # leurs dossiers » or « pourront candidater »; an aid scheme's « chèque d'innovation »
        (
            "Entrepreneuriat social",
            "Orange lance le Prix de l'entrepreneur social en Afrique. Les candidats ont jusqu'au "
            "15 janvier prochain pour déposer leur dossier.",
            "Concours",
            date(2027, 1, 15),
        ),
        (
            "Entrepreneuriat",
            "Ceux qui sont intéressés par le prix Orange de l'entrepreneur social en Afrique "
            "peuvent déposer leurs dossiers dès maintenant. Les candidatures sont reçues "
            "jusqu'au 06 juin 2027.",
            "Concours",
            date(2027, 6, 6),
        ),
        (
            "Compétition : le Prix Orange de l'entrepreneur est lancé",
            "Jusqu'au 18 mai 2027, les entrepreneurs des 17 pays où Orange est présent pourront "
            "candidater.",
            "Concours",
            date(2027, 5, 18),
        ),
        (
            "Chèque d'innovation",
            "Vous avez la possibilité de solliciter un chèque d'innovation d'une valeur maximale "
            "de 15 000 francs.\nCette offre s'adresse aux PME et aux start-up.",
            "Aide et subvention",
            None,
        ),
        # batch 119: a call that « s'achève le »; a notice to project holders who are asked to
        # « déposer leurs candidatures »
        (
            "Fondation jeunesse numérique : l'appel à projet 2027 s'achève le 30 juin",
            "Les candidatures sont encore attendues dans ce délai.",
            "Appel à projets",
            date(2027, 6, 30),
        ),
        (
            "Entrepreneuriat digital",
            "La délégation a lancé un avis aux porteurs de projets numériques des communes de "
            "Bargny et Sandiara.",
            "Appel à candidatures",
            None,
        ),
        (
            "Programme pour l'entrepreneuriat numérique",
            "Les porteurs de projets sont appelés à déposer leurs candidatures pour bénéficier "
            "d'une subvention.",
            "Aide et subvention",
            None,
        ),
        # batch 120: « la tenue de l'événement du 23 au 25 novembre » (the noun, not « tenu »)
        (
            "Central Africa Digital Fair : avec la bénédiction du président",
            "Les choses se présentent bien pour la première édition du Salon du numérique de "
            "l'Afrique centrale. Son promoteur annonçait déjà la tenue de l'événement du 23 au "
            "25 novembre 2027 à Yaoundé.",
            "Salon",
            date(2027, 11, 23),
        ),
        # batch 121: « Du 14 au 16 avril, Marrakech accueillera … » (the fair named further on);
        # « que sera organisée la première édition … entre le 31 mai et le 2 juin »
        (
            "Le Maroc s'ancre sur la carte mondiale de la tech",
            "À quelques jours du coup d'envoi de la 3e édition, les attentes sont grandes. Du 14 "
            "au 16 avril, Marrakech accueillera plus de 1 500 exposants. Le salon est un "
            "carrefour de l'innovation.",
            "Salon",
            date(2027, 4, 14),
        ),
        (
            "Gitex Africa voit le jour",
            "C'est à Marrakech que sera organisée la première édition de ce nouvel événement "
            "entre le 31 mai et le 2 juin 2027. Le salon high-tech réunira 800 start-up.",
            "Salon",
            date(2027, 5, 31),
        ),
        # batch 122: a symposium "which is being held from October 13 to 14"
        (
            "West Africa engages in a common strategy",
            "A sub-regional symposium on cybersecurity and digital sovereignty opened in Dakar. "
            "Under the theme 'Cybersecurity in West Africa: issues, challenges and solutions', "
            "this meeting, which is being held from January 13 to 14, 2027, at the Confucius "
            "Institute, is organized by the CREDA.",
            "Conférence",
            date(2027, 1, 13),
        ),
        # batch 123: a month to come and a future verb, no day (« En avril 2027, … convergeront
        # … pour la conférence »); the title's days take the year the text gives them
        (
            "Conférence Bitcoin Afrique : une révolution en Afrique francophone",
            "En avril 2027, des passionnés du monde entier convergeront à Douala pour la "
            "conférence Bitcoin Afrique, un événement dédié à l'adoption du bitcoin.",
            "Conférence",
            None,
        ),
        (
            "Le Rwanda, laboratoire numérique de l'Afrique (17-19 novembre)",
            "Du 17 au 19 novembre 2028, Kigali accueille l'Africa Blockchain Festival, forum "
            "panafricain de réflexion.",
            "Forum",
            date(2028, 11, 17),
        ),
        # batch 124: « l'appel … pour le programme … est maintenant ouvert »; a fellowship
        # programme the text « a annoncé », or whose page asks « qui peut être éligible ? »
        (
            "Programme de bourses pour l'avenir des données",
            "L'appel à candidatures pour le programme de bourses d'études sur l'avenir des "
            "données en Afrique de la CSEA est maintenant ouvert !",
            "Appel à candidatures",
            None,
        ),
        (
            "Bourse numérique et innovation",
            "L'Union africaine a récemment annoncé la deuxième édition du programme de bourse "
            "dans le domaine du numérique.",
            "Appel à candidatures",
            None,
        ),
        (
            "Bourse numérique",
            "L'UA vise à recruter 16 profils pour son programme de bourse.\nQui peut être "
            "éligible à la bourse de l'Union africaine ?",
            "Appel à candidatures",
            None,
        ),
        # batch 125: « le conclave devant se tenir à Oran du 3 au 5 avril »
        (
            "Cybersécurité",
            "Cette rencontre réunira 300 participants. La cybercriminalité est le sujet principal "
            "du conclave devant se tenir à Oran du 3 au 5 avril de l'année en cours.",
            "Rencontre",
            date(2027, 4, 3),
        ),
        # batch 126: « a démarré hier 12 novembre » is past: the day still to come is read
        (
            "Le hackathon met en lice sept équipes",
            "La deuxième édition du hackathon a démarré hier 12 novembre à l'Institut français. "
            "Les restitutions se dérouleront le 16 novembre.",
            "Hackathon",
            date(2026, 11, 16),
        ),
        (
            "Salon de l'industrie",
            "Le salon, qui a réuni 300 exposants l'an dernier, revient du 5 au 7 mai 2027 à Caen.",
            "Salon",
            date(2027, 5, 5),
        ),
        # batch 127: an edition's year in parentheses; a symposium « s'apprête à accueillir »
        (
            "Congo : le salon de la Tech et de l'innovation du 23 au 26 avril à Brazzaville",
            "La 8ème édition (2028) de ce rendez-vous va mettre l'accent sur les métiers du "
            "numérique.",
            "Salon",
            date(2028, 4, 23),
        ),
        (
            "Kinshasa s'apprête à accueillir son premier Symposium sur l'intelligence artificielle",
            "La RDC s'apprête à franchir un tournant avec l'organisation prochaine, à Kinshasa, "
            "du tout premier Symposium national consacré à l'IA.",
            "Conférence",
            None,
        ),
        # batch 129: a year to come with a verb in the future, in the title, no day
        (
            "Montréal accueillera en 2027 une importante conférence sur l'intelligence "
            "artificielle",
            "Publié le 11/10/2026 à 06:50. Tourisme Montréal a annoncé une entente au sujet de "
            "la tenue d'une conférence annuelle consacrée à l'IA.",
            "Conférence",
            None,
        ),
        # batch 130: « la semaine belgo-européenne de l'IA du 14 au 18 mars » (a word between),
        # its days in the title before a symposium's day in the text
        (
            "Semaine belgo-européenne de l'IA du 14 au 18 mars",
            "Du 14 au 18 mars, il sera question d'intelligence artificielle. Un symposium "
            "européen est organisé le jeudi 17 mars pour les jeunes chercheurs.",
            "Semaine thématique",
            date(2027, 3, 14),
        ),
        # batch 131: a call that "will close at 4pm Irish time on Wednesday 20th January";
        # innovation vouchers and "Am I eligible?"
        (
            "European Digital Innovation Hubs",
            "Enterprise Ireland has announced a call for expressions of interest. The competitive "
            "'Call for Expression of Interest' will close at 4pm Irish time on Wednesday 20th "
            "January 2027.",
            "Appel à manifestation d'intérêt",
            date(2027, 1, 20),
        ),
        (
            "Innovation Vouchers",
            "Innovation Vouchers worth €5,000 are available to assist a company.\n\nAm I "
            "eligible?\n\nThe initiative is open to all small limited companies.",
            "Aide et subvention",
            None,
        ),
        # batch 132: an awareness week "which will take place from 24 February"; a lectures
        # series "kicking off on Monday 12 December"
        (
            "Businesses urged to host events for CyberScotland Week",
            "The theme of the awareness week, which will take place from 24 February to 2 March "
            "2027, is 'Can't hack it?'.",
            "Semaine thématique",
            date(2027, 2, 24),
        ),
        (
            "Inspiring teens to become cyber defenders",
            "Pupils are being inspired through a week of events kicking off on Monday 12 "
            "December.\n\nCyber security is a growing concern across the economy, with business "
            "activity such as payments, shopping and trading increasingly conducted online.\n\n"
            "The annual Cyber Security Christmas Lectures series aims to address this need.",
            "Conférence",
            date(2026, 12, 12),
        ),
        # batch 134: a fund's questions "Who are eligible for the SG Cyber Talent Fund?"
        (
            "SG Cyber Talent Development Fund",
            "Frequently Asked Questions\n\n2. Who are eligible for the SG Cyber Talent Fund?\n\n"
            "3. Can I apply for other funding support for the same project?",
            "Aide et subvention",
            None,
        ),
        # batch 136: a grant whose "applications will close on April 30"
        (
            "Innovators to vie for a $1 million online safety grant",
            "Innovators from four African countries will apply for a grant award from the Africa "
            "Online Safety Fund. The applications will close on April 30, with the shortlisted "
            "candidates announced by May 31.",
            "Concours",
            date(2027, 4, 30),
        ),
        # batch 137: the Data Protection Day of 28 January
        (
            "Data Protection Day - Data Privacy Day 2027",
            "Thursday 28 January 2027 marks Data Protection Day, a.k.a Data Privacy Day.",
            "Journée thématique",
            date(2027, 1, 28),
        ),
        # batch 138: a name's year before its announcement ("CyCon 2028, will take place"); a
        # call's window in dotted dates; a cyber battle named with its day
        (
            "Registration for CyCon",
            "The International Conference on Cyber Conflict, CyCon 2028, will take place in "
            "Tallinn, Estonia from 28 to 31 May.",
            "Conférence",
            date(2028, 5, 28),
        ),
        (  # not a year after a preposition
            "The AI summit",
            "The summit, first announced in 2025, will take place in Oslo on 28 May.",
            "Forum",
            date(2027, 5, 28),
        ),
        (
            "Innovation Cluster Funding Call – AI technologies",
            "Call 2.6.-30.9.2027\n\nBusiness Finland opens a call for applications for funding "
            "to support the activities of an innovation cluster.",
            "Appel à candidatures",
            date(2027, 9, 30),
        ),
        (
            "Telia Cyber Battle of Nordic-Baltic 2027",
            "CTF Tech is proud to host Telia Cyber Battle of Nordic-Baltics & CyberSpike 2027 "
            "final on November 1, 2027, at the University of Tartu Sports Hall.",
            "Compétition",
            date(2027, 11, 1),
        ),
        # batch 139: an open call's window, its dates side by side; a call for participation
        # whose close of registration is given
        (
            "Open call: Join the Challenger acceleration program",
            "Open call: Join the Challenger acceleration program\n\n  • 10. February 2027 - 3. "
            "April 2027\n\nThe City announces an open call for the acceleration program.",
            "Appel à projets",
            date(2027, 4, 3),
        ),
        (
            "Third Call for Participation in the CzechAccelerator",
            "(Close of registration acceptance prolongs to 8 May 2027) The project supports "
            "innovative firms abroad.",
            "Appel à propositions",
            date(2027, 5, 8),
        ),
        # batch 140: a call for applicant companies; an invitation: "will accept applications",
        # "Application Guidelines"
        (
            "J-Startup Program to be Deployed to Regional Areas",
            "METI has opened a call for applicant companies to become supporters of these "
            "regional initiatives.",
            "Appel à propositions",
            None,
        ),
        (
            "Startup support partners",
            "The agency will accept applications to select entities who will run a challenge "
            "for startups.",
            "Concours",
            None,
        ),
        (
            "TOKYO STARTUP GATEWAY",
            "[ Application Guidelines ]\n\nTOKYO STARTUP GATEWAY is a start-up contest to produce "
            "young entrepreneurs.",
            "Concours",
            None,
        ),
        # batch 141: a pupils' olympiad launched, its registrations' end; a competition launched
        # (its training program's course is no window to apply in); "participants can register"
        (
            "Olympiad",
            "Saudi Arabia has launched a National Olympiad for Programming and Artificial "
            "Intelligence for pupils. Registrations end on November 28.",
            "Concours",
            date(2026, 11, 28),
        ),
        (
            "Smartest U",
            "SDAIA has launched the “Smartest U” competition, aimed at university students. The "
            "competition includes a training program running from October 28 to November 23.",
            "Concours",
            None,
        ),
        (
            "National Olympiad",
            "The initiative introduces the National Olympiad for Programming for all pupils. "
            "Prospective participants can register via the official website.",
            "Concours",
            None,
        ),
        # batch 142: a day whose weekday is the year's stays in it (Friday 13 November 2026)
        (
            "Swiss Cyber Security Days",
            "The Swiss Cyber Security Days open on Friday (Nov. 13) in Bern.",
            "Rencontre",
            date(2026, 11, 13),
        ),
        # batch 142: a FAQ's "The application will be closed on 18th May"
        (
            "FAQ - K-Startup Grand Challenge",
            "How to apply the program? You can only apply through our official website.\n\n"
            "When does the application close?\n\nThe application will be closed on 18th May.",
            "Concours",
            date(2027, 5, 18),
        ),
        # batch 143: a contest's invitations ("Startups interested in participating in this
        # contest", "There is no fee for entry"); a call for abstracts ("Authors are asked to
        # submit a one page abstract")
        (
            "Mexican startups: two contests to raise funds",
            "Jalisco launched Startup Building, a contest for tech enterprises. Startups "
            "interested in participating in this contest must be from agro-tech. Check out the "
            "full call for applications here.",
            "Appel à candidatures",
            None,
        ),
        (
            "Rules",
            "There is no fee for entry and any individual residing in Latin America can "
            "participate in the 100K LATAM competition.",
            "Concours",
            None,
        ),
        (
            "Instructions",
            "Authors are asked to submit a one page abstract indicating the title and the names "
            "of the authors.",
            "Appel à propositions",
            None,
        ),
        # batch 144: a grant page's invitations ("apply for the grants", "The closing date for
        # applications is", "the opening of applications", "ELIGIBLE BENEFICIARIES")
        (
            "Decision on applications for digital industry grants expected in July",
            "I urge more practitioners to apply for the grants available. The closing date for "
            "applications is December 1.",
            "Aide et subvention",
            date(2026, 12, 1),
        ),
        (
            "MDEC opens application for digital grants",
            "MDEC has announced the opening of applications for three key grants.",
            "Aide et subvention",
            None,
        ),
        (
            "4th IR CATALYST GRANT (4ICG)",
            "The grant will be used solely for co-creation.\n\nELIGIBLE BENEFICIARIES\n\nFor "
            "Local Company",
            "Aide et subvention",
            None,
        ),
        # batch 145: a congress in English ("22nd Vienna Congress 2027"); "Apply for funding"
        (
            "Agenda",
            "22nd Vienna Congress 2027\nEurope of Tomorrow: Setting Directions\n27. January 2027\n"
            "Palais Niederösterreich, Vienna",
            "Congrès",
            date(2027, 1, 27),
        ),
        (
            "Apply for funding for projects of small and medium-sized enterprises",
            "The Federal Ministry funds projects for the research and use of artificial "
            "intelligence methods that SMEs want to carry out with partners.",
            "Aide et subvention",
            None,
        ),
        # batch 146: an application round; a date the page marks as closed is a round gone by
        (
            "Timeline",
            "There are two due dates for 2027:\n- For the first application round, applications "
            "are due by midday (12pm), 3 April 2027 - Closed.\n- For the second application "
            "round, applications are due by midday (12pm), 4 September 2027.",
            "Appel à candidatures",
            date(2027, 9, 4),
        ),
        # batch 147: an event page's header "Register Now" above its days; "an event coming up"
        (
            "SecTor 2027 - Registration Terms & Conditions",
            "Register Now\nOctober 22-24, 2027 Metro Toronto Convention Centre\n\nRegistration "
            "Terms & Conditions",
            "Événement",
            date(2027, 10, 22),
        ),
        (
            "City of Stratford to take part in cyber security event in Toronto",
            "Starting a dialogue that will support municipalities.\n\nThat's one of the goals of "
            "an event coming up in Toronto on November 23rd.",
            "Événement",
            date(2026, 11, 23),
        ),
        # batch 150: a retreat, an annual gathering; a week "opening tomorrow"; what one hosts
        # named before its day; a competition's invitations and its ideas' submission date
        (
            "Dubai to Host AI Experts at Inaugural AI Retreat",
            "The AI Retreat is set to host experts on December 11 at the Museum of the Future.",
            "Rencontre",
            date(2026, 12, 11),
        ),
        (
            "Dubai to host a yearly AI event",
            "The first edition ended in April. The next gathering is scheduled for April 29, 2027.",
            "Rencontre",
            date(2027, 4, 29),
        ),
        (
            "AI is the cornerstone of the city's future",
            "Speaking on the occasion of the inaugural Dubai AI Week, officially opening "
            "tomorrow, the Crown Prince said the city is ready.",
            "Semaine thématique",
            date(2026, 11, 13),
        ),
        (
            "Tech diplomacy",
            "TRENDS Research will host its second annual Dialogue on Artificial Intelligence on "
            "13th December, in partnership with the Cybersecurity Council. The conference will "
            "take place at the Grand Conference Hall.",
            "Conférence",
            date(2026, 12, 13),
        ),
        (
            "Artificial Intelligence National Competition",
            "Participants are required to submit either a concept or a demo.\n\nIdea Submission "
            "Sunday, November 15, 2026\nProject Submission Monday, March 1, 2027",
            "Concours",
            date(2026, 11, 15),
        ),
        (
            "Registration begins for the AI innovation competition",
            "The committee has set the period from today till to 12.00 p.m. on 13th December "
            "2026, to register. Students wishing to participate in the competition can register "
            "via the following website.",
            "Concours",
            date(2026, 12, 13),
        ),
        # batch 151: a conference announced by its verb to come before it, without its day
        (
            "Une conférence internationale sur la diplomatie scientifique",
            "À la Maison de l'Europe à Sofia se tiendra une conférence internationale sur la "
            "diplomatie scientifique.",
            "Conférence",
            None,
        ),
        # batch 152: a techathon launched; anyone who can participate in a competition
        (
            "Pakistan launches AI ‘techathon’ to empower young innovators",
            "ISLAMABAD: Pakistan on Monday launched an artificial intelligence (AI) ‘techathon’ "
            "that aims to empower young innovators.",
            "Hackathon",
            None,
        ),
        (
            "Innovation grant for start-ups launched globally",
            '"Any innovators from anywhere in the world can participate in the competition," the '
            "minister added.",
            "Concours",
            None,
        ),
        # batch 153: a competition's registration period open until its day
        (
            "Digital creativity",
            "The first edition of the competition runs from August 1 to mid-October 2027, with "
            "the registration period open until August 12.",
            "Concours",
            date(2027, 8, 12),
        ),
        # batch 154: a price's days are no event's; applications opening today
        (
            "Registration",
            "Early Bird Full Conference Registration\n  • NZ$295.00 +GST (valid until midnight, "
            "Friday 2 July 2027)\n\nFull Conference Registration\n  • NZ$395.00 +GST (valid from "
            "Saturday 3 July 2027)\n\nConference means the Tertiary ICT Conference 2027 to be held "
            "on Tuesday 7 to Thursday 9 September 2027 at the University.",
            "Conférence",
            date(2027, 9, 7),
        ),
        (
            "$60m to grow the cyber workforce",
            "The Government is building career pathways, with applications for more than $60 "
            "million in grant funding opening today.",
            "Aide et subvention",
            None,
        ),
        # batch 155: a challenge announced by its minister
        (
            "Minister announces innovation challenge",
            'The Union Minister has announced an "innovation challenge" for Indian start-ups to '
            "develop a video conferencing solution.",
            "Concours",
            None,
        ),
        # batch 156: a second call for a fund; a competitive fund launched; a week's year in its
        # name; what has run "since June 2023" gives no year to June; an "internal event"
        (
            "Opportunities abound from new tech fund",
            "The Department has launched a second call for the Disruptive Technologies Innovation "
            "Fund.",
            "Appel à projets",
            None,
        ),
        (
            "New fund launched",
            "The Minister launched a major multi-annual competitive fund today. The closing date "
            "for applications is 11 September 2027.",
            "Aide et subvention",
            date(2027, 9, 11),
        ),
        (
            "Cybersecurity Week in The Hague kicks off",
            "From September 30 to October 4, Cybersecurity Week 2028 will bring together experts.",
            "Semaine thématique",
            date(2028, 9, 30),
        ),
        (
            "Conference Matters 144",
            "The NATO Summit 2028 will be held at the World Forum on 24 and 25 June. Since June "
            "2027, the venue has been working with a security platform.",
            "Conférence",
            date(2028, 6, 24),
        ),
        (
            "AI regional ecosystems",
            "Internal event\n8 February 2027, 09:00 - 17:00\nAmsterdam - Science Park",
            "Événement",
            date(2027, 2, 8),
        ),
        # batch 157: an exhibition the title names, planned to take place
        (
            "Information security exhibition to be held in HCM City in August",
            "The event is planned to take place at the GEM Centre in District 1.",
            "Salon",
            None,
        ),
        # batch 160: an ICT Week; its name's year before "which kicks off on"
        (
            "Jamaicans encouraged to register",
            "Jamaicans are being encouraged to register for CTU ICT Week 2028, which kicks off "
            "on September 29 at the Jamaica Pegasus Hotel.",
            "Semaine thématique",
            date(2028, 9, 29),
        ),
        # batch 161: a contest « a été lancé »
        (
            "Lancement du Fonds francophone de l'innovation numérique",
            "À ce propos, un concours a été lancé pour les jeunes de cinq pays membres pour "
            "proposer des inventions dans le domaine du numérique.",
            "Concours",
            None,
        ),
        # batch 162: a contest's "applications submission" window; a label pairing the opening
        # with the closing
        (
            "President Tech Award",
            "The State annually hosts a contest for the best startup.\n● applications submission "
            "- from May 1 to July 1, 2027;\n● Preliminary selection - from 1 to 25 July;",
            "Concours",
            date(2027, 7, 1),
        ),
        (
            "Innovation grants for MSMEs",
            "Opening and closing dates\nApril 23, 2027 – June 15, 2027 (3PM)\nTotal value of the "
            "call\n€1,200,000\nWho can apply?\n– Micro, small, and medium enterprises",
            "Aide et subvention",
            date(2027, 6, 15),
        ),
        # batch 163: a contest's launch; a summit "from 21 through 23 January"
        (
            "Competition is on for young Ukrainian and Polish leaders",
            "The portal publishes a telegram on Hackathon Bridge – Poland to Ukraine competition "
            "launch, organised by two foundations.",
            "Concours",
            None,
        ),
        (
            "UNESCO and MIT foster AI partnerships",
            "The first AI Latin America SumMIT will take place in Boston from 21 through 23 "
            "January 2027, with the support of UNESCO.",
            "Forum",
            date(2027, 1, 21),
        ),
        # batch 164: "the 2nd call for this programme is now open"; "Applicants can only apply"
        (
            "Calls for Funding",
            "Following the launch of the 1st call of the Digital Technologies Programme, this "
            "year the 2nd call for this programme is now open!",
            "Appel à projets",
            None,
        ),
        (
            "The 2027 Renewable Energy System Scheme",
            "The Government has launched the scheme. Applicants can only apply for one option. "
            "Such systems shall not be eligible for the grant.",
            "Aide et subvention",
            None,
        ),
        # batch 165: a conclave
        (
            "Digital Karnali Conclave to pave the way for technological advancement",
            "The province is set to host the Digital Karnali Conclave. Scheduled over two days "
            "from March 1-2, 2027, the conference will feature four keynote addresses.",
            "Rencontre",
            date(2027, 3, 1),
        ),
        # (review) an event postponed to a new day is on that day
        (
            "AI conference postponed",
            "The AI conference has been postponed to 12 March 2027 in Caen.",
            "Conférence",
            date(2027, 3, 12),
        ),
        (
            "Salon reporté",
            "Le salon de la cybersécurité a été reporté au 12 mars 2027 à Caen.",
            "Salon",
            date(2027, 3, 12),
        ),
        # batch 168: a conference "which will be held this weekend", the title naming it (its
        # Saturday after the publication, since batch 1381)
        (
            "World AI Conference to happen in Beijing",
            "The World Artificial Intelligence Conference, which will be held this weekend in "
            "Beijing, will look to propel China's ambitions.",
            "Conférence",
            date(2026, 11, 14),
        ),
        (
            "The Ministry to support Challenge 22",
            "To be eligible to participate in Challenge 22, applicants must be at least 18 years "
            "of age.",
            "Concours",
            None,
        ),
        (
            "Calcul haute performance",
            "Le ministère et le FNR lancent un deuxième appel conjoint pour des projets liés "
            "au calcul haute performance.",
            "Aide et subvention",
            None,
        ),
        # batch 178: a heading's day that no report tells of is still to come
        (
            "Conférence internationale",
            "Jeudi 17 juin 2027\n\nLa Faculté d'ingénierie a organisé, les 19 et 20 juin 2026, "
            "sur le campus, la première édition de la conférence.",
            "Conférence",
            date(2027, 6, 17),
        ),
        # batch 176: a recap announced for a day is no report
        (
            "AI Meetup",
            "Join us on December 13 for a recap of the year in AI.",
            "Rencontre",
            date(2026, 12, 13),
        ),
        # batch 174: a lecture its department "welcomed" is past, the series' next one to come
        (
            "Distinguished Lecture Series: Bruce Schneier",
            "November 3 the Computer Science Department welcomed security expert Bruce Schneier "
            "as part of the Distinguished Lecture Series. The next event in the series will be "
            "March 24th, 2027 featuring Mary Shaw.",
            "Conférence",
            date(2027, 3, 24),
        ),
        # batch 173: a call for papers' "Submission Date:" extended; its "DEADLINE for first
        # submission" extended "to LATEST"; "Submissions are now opened" and authors "invited to
        # electronically submit"; "Instructions for Abstract Submission"
        (
            "Paper Submission",
            "Important Dates\n  1. Submission Date: 18.05.2027 EXTENDED to 23.05.2027!\n  2. "
            "Acceptance Date: 01.06.2027",
            "Appel à propositions",
            date(2027, 5, 23),
        ),
        (
            "For Authors",
            "DEADLINE for first submission got extended to LATEST February 18th. Each paper will "
            "be reviewed by several members of the International Program Committee.",
            "Appel à propositions",
            date(2027, 2, 18),
        ),
        (
            "Submission",
            "Submission will be done using the EasyChair web application. Submissions are now "
            "opened. Authors are invited to electronically submit original research "
            "contributions.",
            "Appel à propositions",
            None,
        ),
        (
            "Authors",
            "Submission of long and short papers: the abstracts can be sent via the conference "
            "system. Instructions for Abstract Submission: write a description of your work.",
            "Appel à propositions",
            None,
        ),
        # batch 171: an event's page that lists its day, then its place
        (
            "Cyberspace politics in the European Union",
            "• Date: 26 February 2027\n  • Location: online event\n  • Description: This "
            "conference is part of the outreach work of the project.",
            "Conférence",
            date(2027, 2, 26),
        ),
        # batch 170: a deadline "extended to" its day; a call that received applications last
        # year, open again
        (
            "Call for proposals",
            "The deadline for applications was extended to 12 March 2027.",
            "Appel à propositions",
            date(2027, 3, 12),
        ),
        (
            "Call for proposals 2027",
            "Applications are invited until 12 March 2027. Last year the call received a total "
            "of 130 applications.",
            "Appel à propositions",
            date(2027, 3, 12),
        ),
        # … an event on a day its sentence says is to come
        (
            "Visites d'essais en mode visio",
            "Le 4 décembre prochain, la coopérative et la chambre d'agriculture vont proposer "
            "aux agriculteurs une visite virtuelle sous forme de webinaire.",
            "Webinaire",
            date(2026, 12, 4),
        ),
        # batch 188: "invites … to take part in the competition" invites to enter it, whoever it
        # invites
        (
            "News",
            "The Faculty of Law invites interdisciplinary student teams to take part in the "
            "competition, where you will solve real problems and may receive a cash prize.",
            "Concours",
            None,
        ),
        # batch 190: a competition's "We are looking for business ideas that have the potential
        # to …" invites entries
        (
            "Overview",
            "The UPDATE EARTH Competition is one of the largest business competitions in Japan. "
            "We are looking for business ideas that have the potential to change the planet.",
            "Concours",
            None,
        ),
        # batch 208: a contest's "Entries open in November" invites entries
        (
            "AlphaPilot Innovation Challenge",
            "The challenge invites drone enthusiasts to design an AI framework. Entries open in "
            "November.",
            "Concours",
            None,
        ),
        # batch 209: whom the grants are open to invites to apply; a funding portal's "End
        # submission calls:" is the closing date
        (
            "Chips pilot lines",
            "The grants are open to entities, typically research and technology organisations.",
            "Aide et subvention",
            None,
        ),
        (
            "Chips Joint Undertaking",
            "Identifier Code: HORIZON-JU-CHIPS-2027-IA-HPA | Start submission calls: 04/03/2027 "
            "| End submission calls: 29/04/2027",
            "Appel à projets",
            date(2027, 4, 29),
        ),
        # batch 211: « le 7 février comme dernier délai de soumission » is the closing date
        (
            "Innov'i",
            "Un appel à candidatures vient d'être lancé avec le 7 février 2027 comme dernier "
            "délai de soumission des projets.",
            "Appel à candidatures",
            date(2027, 2, 7),
        ),
        # batch 215: a job board's "Application ends:" is the closing date; the amount applied
        # for "in the application form" invites to apply; "Fellowships are open to … journalists"
        (
            "JournalismAI Innovation Challenge",
            "Apply Now. Application ends: October 10, 2027. The challenge funds projects of news "
            "publishers.",
            "Concours",
            date(2027, 10, 10),
        ),
        (
            "JournalismAI Innovation Challenge",
            "The challenge funds projects of news publishers. Organisations will express which "
            "amount they are applying for in the application form.",
            "Concours",
            None,
        ),
        (
            "News for Digital Journalists",
            "Fellowships are open to print, broadcast, and online journalists. National Health "
            "Journalism Fellowships: Deadline, May 12.",
            "Appel à candidatures",
            date(2027, 5, 12),
        ),
        # batch 216: a film board's aid fund, « Pour solliciter une aide »
        (
            "Fonds d'aide à la création immersive",
            "Le fonds d'aide à la création immersive soutient des œuvres audiovisuelles. Pour "
            "solliciter une aide, vous devez avoir suivi la formation.",
            "Aide et subvention",
            None,
        ),
        # batch 218: a contest that invites its entrants, whatever words stand between, or tells
        # how to participate; its participants who must submit; a team to register
        (
            "Deepfake Detection Contest",
            "The network invites the creators of deepfake detection systems to participate in the "
            "Deepfake Detection Contest.",
            "Concours",
            None,
        ),
        (
            "Deepfake Detection Contest",
            "The contest tests detection software. How to participate: download the dataset.",
            "Concours",
            None,
        ),
        (
            "Deepfake Detection Challenge",
            "Challenge participants must submit their code into a black box environment.",
            "Concours",
            None,
        ),
        (
            "Deepfake challenge 2027",
            "For participating in the challenge, the first step is to register your team.",
            "Concours",
            None,
        ),
        # batch 219: a challenge's title « — Now Open », its launch announced
        (
            "AI Immune System: Detection Challenge — Now Open",
            "Can AI detect dangerous intent?",
            "Concours",
            None,
        ),
        (
            "AI Immune System",
            "We are pleased to announce the launch of the AI Immune System: Detection Challenge.",
            "Concours",
            None,
        ),
        # batch 220: a competition announced without its auxiliary, open for registration, whom it
        # lets participate, its entries due; applications being accepted; what applicants must be
        (
            "FTC launches public challenge",
            "The FTC on Wednesday announced a prize competition that challenges the public to "
            "create a tool.",
            "Concours",
            None,
        ),
        (
            "IoT challenge",
            "The contest is open for registration. The deadline is 12 p.m. EDT on May 22, 2027.",
            "Concours",
            date(2027, 5, 22),
        ),
        (
            "IoT Home Inspector Challenge",
            "The challenge carries a prize of $25,000. Both individuals and teams can participate.",
            "Concours",
            None,
        ),
        (
            "IoT contest",
            "The FTC is sponsoring a contest. Entries are due by May 22, 2027.",
            "Concours",
            date(2027, 5, 22),
        ),
        (
            "Scholarships",
            "Applications are now being accepted for a state scholarship fund for students.",
            "Appel à candidatures",
            None,
        ),
        (
            "Cybersecurity scholarship",
            "Applicants must be U.S. citizens or permanent residents; scholarships for "
            "cybersecurity majors.",
            "Appel à candidatures",
            None,
        ),
        # batch 221: a program opened for applicants, until « the end date of »
        (
            "GitHub Secure Open Source Fund",
            "Today GitHub officially opened the program for applicants, with funding for 125 "
            "projects. The program will be reviewed until the end date of January 7, 2028.",
            "Aide et subvention",
            date(2028, 1, 7),
        ),
        # batches 225–228: a headline's "Launches … Challenge", nominations "to be submitted",
        # applications that "will open on", students who "must register", a hackathon's
        # eligibility with what its team "can comprise"
        (
            "MeitY Launches Blockchain India Challenge to Enhance Public Sector Efficiency",
            "",
            "Concours",
            None,
        ),
        (
            "Grant Deadlines",
            "The award is open to all educators. Nominations for the award are to be submitted to "
            "the office between February 1 and April 30, 2027.",
            "Concours",
            None,
        ),
        (
            "Insurtech Program 2027: Terms and Conditions",
            "Applications for the Program will open on Monday 5 March 2027. Who can apply to "
            "participate in Insurtech 2027?",
            "Appel à candidatures",
            None,
        ),
        (
            "Competition Regulations",
            "Students must register through the official Neurora AI platform in order to "
            "participate in the olympiad.",
            "Concours",
            None,
        ),
        (
            "NIA Hackathon 2027",
            "This hackathon is being organised for insurers. The following are the eligibility "
            "criteria for the event: the team can comprise an individual professional or a "
            "registered company.",
            "Hackathon",
            None,
        ),
        # batches 229–232: a sponsor's competition, "Enter our … contest", « est officiellement
        # ouvert »
        (
            "2027 challenge guidelines",
            "The FAA is sponsoring the FAA Challenge: Smart Airport Student Competition to "
            "recognize students with innovative thinking.",
            "Concours",
            None,
        ),
        (
            "NFTs for Good",
            "Enter our 'NFTs for Good in LatAm' contest to win £750 in cash for one winning "
            "character design.",
            "Concours",
            None,
        ),
        (
            "Afrique / Numérique : la 2ème édition du concours Digital Africa",
            "L'appel à candidatures du concours d'innovations numériques, Digital Africa, en "
            "faveur du développement durable en Afrique est officiellement ouvert depuis quelques "
            "jours.",
            "Appel à candidatures",
            None,
        ),
        # batch 233: a hackathon listing's "Date Range" gives its first day
        (
            "ACUHIT",
            "Prize Pool $7.0K Location Online Date Range Feb 20, 2027 - Mar 5, 2027 About the "
            "Hackathon: build AI-powered models from clinical notes.",
            "Hackathon",
            date(2027, 2, 20),
        ),
        # batches 244–246: a trade show's call to exhibitors, a trade mission's to companies; a
        # span across months written with « > »; a month and its year are no day
        (
            "Participation Guide",
            "Submit Exhibitor Application Form. Application Deadline May 31. Exhibitor Acceptance "
            "Mail sent.",
            "Appel à candidatures",
            date(2027, 5, 31),
        ),
        (
            "Export assistance",
            "Invest NI Trade Mission Application. Trade Mission to Colombia & Chile. Please send "
            "completed application by closing date of 15th December 2026.",
            "Appel à candidatures",
            date(2026, 12, 15),
        ),
        (
            "Announcement of Approved Trade Mission",
            "Guidelines for Joining the Mission. To be part of the upcoming mission, applicants "
            "are required to submit a comprehensive mission application.",
            "Appel à candidatures",
            None,
        ),
        (
            "Salon International de l'Agriculture",
            "Guide de participation : 24 février > 4 mars 2028, Paris Expo.",
            "Salon",
            date(2028, 2, 24),
        ),
        (
            "2028 Salon International de l'Agriculture",
            "Guide de participation : 27 février > 7 mars. Dates clés.",
            "Salon",
            date(2028, 2, 27),
        ),
        # batches 250–255: a pitch competition's contestants who must register; a course that
        # starts on its day (a MOOC, a boot camp)
        (
            "Rules",
            "The following rules have been established for the pitch competition. Online "
            "registration – contestants must register online. Registration closes October 4, 2027 "
            "at 5:00pm.",
            "Concours",
            date(2027, 10, 4),
        ),
        (
            "Normandie Université : vous avez dit Mooc ?",
            "Participer au Mooc est très simple. Le Mooc en lui-même commence le 5 janvier.",
            "Formation",
            date(2027, 1, 5),
        ),
        (
            "Mark Cuban Foundation selects Atlantic City as site of free AI Boot Camp",
            "The camp will be held over four half-days on Saturdays beginning Oct. 23 at the "
            "company's headquarters.",
            "Formation",
            date(2027, 10, 23),
        ),
        # batches 256–260: an observance day its title names
        (
            "September 1 is International Women in Cyber Day",
            "September 1 marks a significant occasion in the global calendar.",
            "Journée thématique",
            date(2027, 9, 1),
        ),
        # batches 261–264: a parliament's call for evidence, its evidence session; a campus's
        # tech fest
        (
            "Call for evidence on Artificial Intelligence - House of Lords",
            "The Select Committee has published its call for evidence and invites submissions. "
            "Written submissions must be received by 6 September 2027.",
            "Appel à propositions",
            date(2027, 9, 6),
        ),
        (
            "Select Committee on Adopting Artificial Intelligence",
            "The committee has called for written submissions by 10 May 2027.",
            "Appel à propositions",
            date(2027, 5, 10),
        ),
        (
            "Formal meeting (oral evidence session): Artificial Intelligence Committee",
            "Wednesday 14 April 2027. Start times: 9.15am (private) 9.30am (public).",
            "Rencontre",
            date(2027, 4, 14),
        ),
        (
            "TechFest to showcase students' technology achievements",
            "The three-part event held at 12 p.m. Friday, April 14, will open with a guest "
            "speaker session.",
            "Festival",
            date(2027, 4, 14),
        ),
        # batches 265–268: a prize's call for nominations; a prize launched, told in the past
        (
            "Prince William seeks nominees for Earthshot Prize",
            "Britain's Prince William has appealed for innovators around the world to submit "
            "nominations for his Earthshot Prize, a competition aimed at tackling climate change.",
            "Concours",
            None,
        ),
        (
            "Climate prize",
            "JNF Canada and Start-Up Nation Central launched the Climate Solutions Prize on March "
            "1st, with more than $2 million in incentives.",
            "Concours",
            None,
        ),
        # batches 269–272: a funder's solicitation announced, its letter of intent
        (
            "Funding Opportunity: NSF Announces New Solicitation to Support AI Research Institutes",
            "The National Science Foundation has announced a solicitation to support new AI "
            "Institutes.",
            "Appel à projets",
            None,
        ),
        (
            "Letter of Intent (LOI)",
            "All applicants must file a Letter of Intent (LOI) per the instructions below before "
            "submitting a full proposal.",
            "Appel à projets",
            None,
        ),
        # batches 273–274: a workshop's "when submitting your paper"; a call « lancé dans la
        # foulée »; a rolling call's « candidatures analysées au fil de l'eau »
        (
            "Workshop W12-SECURITY: Workshop on Cybersecurity for AI",
            "Please use the following code when submitting your paper to this Workshop: "
            "W12-SECURITY.",
            "Appel à propositions",
            None,
        ),
        (
            "Planification écologique : un fonds pour les projets IT",
            "Ce fonds est destiné à soutenir plusieurs projets IT et un appel à candidature a été "
            "lancé dans la foulée de l'annonce.",
            "Appel à candidatures",
            None,
        ),
        (
            "Transition numérique des TPE",
            "La Région accorde une subvention aux TPE pour leurs projets numériques. Les "
            "candidatures seront analysées au fil de l'eau.",
            "Aide et subvention",
            None,
        ),
        # batches 275–277: a day the item gives with its year elsewhere
        (
            "Rules",
            "Dates: the event will be held from March 18th to March 25th 2028, with a brief "
            "information session on March 18th (10 am MST).",
            "Rencontre",
            date(2028, 3, 18),
        ),
        # batches 278–280: a day that opens a sentence told in the future, in an item that names
        # a conference
        (
            "",
            "L'OIF est partenaire du colloque organisé par l'ACFCI, avec le concours de l'Agence "
            "universitaire, pour rapprocher les milieux économiques. Le 24 janvier, des praticiens "
            "des cinq continents interagiront et présenteront leurs approches.",
            "Conférence",
            date(2027, 1, 24),
        ),
        (
            "Salon de l'agriculture",
            "Ouverture de la plateforme pour inscriptions : 06/2027. Le salon se tiendra en 2028.",
            "Salon",
            None,
        ),
        # batches 293–300: a prize addressed to start-ups with its closing date; a call launched
        # on its day; « Rendez-vous le … »; a closing date before « date ultime »; a cue's next
        # round still to come
        (
            "Les technologies au service de la transition écologique",
            "Ce prix s'adresse aux startup créées depuis moins de 8 ans. La date limite d'envoi "
            "des candidatures est fixée au 17 février 2027.",
            "Concours",
            date(2027, 2, 17),
        ),
        (
            "France 2030 veut booster la construction bois",
            "Un appel à projets lancé le vendredi 3 février par le ministre concerne les produits "
            "constructifs bois.",
            "Appel à projets",
            None,
        ),
        (
            "Concours ITA'Innov : les nommés",
            "Rendez-vous le 15 janvier 2027 pour la remise des prix lors du colloque au Muséum.",
            "Conférence",
            date(2027, 1, 15),
        ),
        (
            "30 juin 2027 date ultime pour être candidat aux Trophées",
            "Le concours se déroule du 15 avril 2027 au 31 juillet 2028.",
            "Concours",
            date(2027, 6, 30),
        ),
        # batches 301–303: a call's own specification
        (
            "Val-d-Oise-Innovation-Industrielle_Cahier-des-charges",
            "Le Conseil général aux côtés des entreprises. Cahier des charges 2014 de l'appel à "
            "projets du Conseil général pour l'innovation industrielle. Contexte et enjeux.",
            "Appel à projets",
            None,
        ),
        # batches 306–307: a speaker's own past told before the next conference's day
        (
            "Control System-SCADA security conferences – they sure are popular",
            "I organized the first two control system cyber security panels at ISA Expo 2001 in "
            "Houston on 9/10. Given the scheduling morass, the next Control Systems Cyber Security "
            "Conference is the week of October 19th in the Washington DC area.",
            "Conférence",
            date(2027, 10, 19),
        ),
        # batch 317: a request for proposals by its number, its closing hour in local time
        (
            "27-04, INTERNET SECURITY AUDIT SERVICES",
            "REQUEST FOR PROPOSAL No. 27-04 INTERNET SECURITY AUDIT SERVICES IN INGHAM COUNTY. "
            "Submittals will be received no later than 11:00 A.M., local time prevailing, on July "
            "26, 2027 in the Purchasing Department.",
            "Appel d'offres",
            date(2027, 7, 26),
        ),
        (
            "1",
            "Request for Proposal Number M15-RFP-003 for Vulnerability Assessment and Discovery "
            "Tool by the Washington State Consolidated Technology Services. Released July 8, 2027.",
            "Appel d'offres",
            None,
        ),
        (
            "Trophées de l'agroécologie : derniers jours pour candidater",
            "Participez au concours doté de 21 000 €. La date limite des dépôts de candidature est "
            "fixée au 15 juin 2026 pour le Grand Prix et au 15 décembre 2026 pour le Prix de "
            "l'enseignement agricole.",
            "Concours",
            date(2026, 12, 15),
        ),
        # batches 344–345: a call's first winners named, the call open for another round; its
        # rounds listed after « échéances : »
        (
            "Mobilité hydrogène : 11 projets sélectionnés dans toutes les régions",
            "Dans ce premier relevé, 11 projets ont été sélectionnés. Cet appel à projets reste "
            "ouvert jusqu'au 18 octobre 2027 et bénéficiera d'un second relevé.",
            "Appel à projets",
            date(2027, 10, 18),
        ),
        (
            "L'Ademe lance un appel à projets pour la mobilité hydrogène",
            "Trois échéances pour déposer un dossier : l'Ademe a programmé trois échéances : le 11 "
            "janvier 2027, le 3 mai 2027 et le 8 novembre 2027.",
            "Appel à projets",
            date(2027, 1, 11),
        ),
        # (a list of days across months whose last gives the year: each day in that year)
        (
            "L'Ademe lance un appel à projets pour la mobilité hydrogène",
            "L'Ademe a programmé trois échéances : le 11 janvier, le 3 mai et le 8 novembre 2028.",
            "Appel à projets",
            date(2028, 1, 11),
        ),
        # batches 339–340: a day by its weekday and its day of the month, no month named (the
        # first such day to come: Monday the 14th is in December)
        (
            "Quand le numérique répond aux défis de l'avenir",
            "La Nantes Digital Week compte 106 événements. Elle accueillera ainsi le premier forum "
            "Tech for good, lundi 14 à l'ancien MiN.",
            "Forum",
            date(2026, 12, 14),
        ),
        # batch 341: a jury that will select the winners: the call is open
        (
            "Sécuriser les territoires",
            "Cet appel à projets est ouvert jusqu'au 30 juin 2027. Un jury assurera la sélection "
            "des lauréats.",
            "Appel à projets",
            date(2027, 6, 30),
        ),
        # batch 336: a regional aid scheme's conditions
        (
            "Impulsion Innovation",
            "Les conditions requises pour les entreprises soutenues sont les suivantes : être "
            "implanté en Normandie. La nature de l'intervention pourra prendre la forme d'une "
            "avance remboursable, d'un prêt à taux zéro ou d'une subvention.",
            "Aide et subvention",
            None,
        ),
        # batches 334–335: a closing date below « jusqu'au : »
        (
            "APPEL A PROJETS TERRITOIRES D'INNOVATION CAHIER DES CHARGES",
            "IMPORTANT\n\nDÉPÔT DES DOSSIERS\n\nLes dossiers de candidature doivent être déposés "
            "sous forme électronique\n\nà compter du 23 novembre 2026\n\net jusqu'au :\n\n26 avril "
            "2027 à 17h00",
            "Appel à projets",
            date(2027, 4, 26),
        ),
        # batches 328–329: a report that gives its event's next edition and its days
        (
            "WNE : petit bilan",
            "Ces trois jours de salon ont été un vrai succès : 17 000 participants. Les "
            "organisateurs prévoient déjà une édition 2027 (du 28 au 30 novembre).",
            "Salon",
            date(2027, 11, 28),
        ),
        # batches 326–327: a call's rounds to submit in (« phases de dépôts »); a window the
        # aid was « déjà déployé » in is no closing date
        (
            "La France se relance dans la robotique",
            "Les ministres ont annoncé deux appels à projets. Trois phases de dépôts de "
            "candidatures sont annoncées : le 21 septembre 2027 ainsi que le 25 janvier et le 25 "
            "juin 2028.",
            "Appel à projets",
            date(2027, 9, 21),
        ),
        (
            "PME-ETI : le guichet Industrie du futur rouvert",
            "Le ministère annonce la réouverture du guichet qui permet aux PME d'accélérer leur "
            "transformation. Déjà déployé entre le 27 octobre et le 31 décembre 2026, ce guichet "
            "d'aide à la robotisation avait reçu 7 800 demandes.",
            "Aide et subvention",
            None,
        ),
        (
            "Cybersécurité des PME",
            "Cet appel à projets, déjà ouvert aux PME, est ouvert jusqu'au 30 juin 2027.",
            "Appel à projets",
            date(2027, 6, 30),
        ),
        # batches 321–324: a bug bounty programme that invites to take part; a challenge that
        # starts on its day
        (
            "Bug Bounty",
            "Détectez, signalez, soyez récompensé. Participez à notre programme Bug Bounty. Si "
            "vous découvrez une vulnérabilité, nous vous invitons à nous en informer.",
            "Appel à participation",
            None,
        ),
        (
            "France Cybersecurity Challenge – Un défi qui rassemble tous les talents !",
            "Encore quelques jours avant le lancement du CTF France Cybersecurity Challenge. Avant "
            "de lancer le challenge, qui débutera le vendredi 20 novembre, nous laissons la parole "
            "aux intervenants.",
            "Compétition",
            date(2026, 11, 20),
        ),
        # batches 319–320: a date struck out before the new one; a call for papers' dates
        # table; the deadline to apply; a scholarship's selection criteria
        (
            "Privacy Preserving Machine Learning",
            "Call For Papers & Important Dates\n\nSubmission deadline: July 22 August 1, 2027, "
            "23:59 (Anywhere on Earth)\nNotification of acceptance: September 16, 2027",
            "Appel à propositions",
            date(2027, 8, 1),
        ),
        (
            "Workshop on Privacy-Preserving Machine Learning",
            "Call for Papers\n\nWe invite submissions to the workshop.\n\nImportant Dates Date "
            "(AoE)\nPaper submission October 10, 2027\nAccept/Reject notification October 31, "
            "2027\nWorkshop December 6–7, 2027",
            "Appel à propositions",
            date(2027, 10, 10),
        ),
        (
            "Summer Scholars",
            "When applying, identify your preference for on campus, virtual, or either. The "
            "deadline to apply for Summer Scholars 2027 is May 1, 2027.",
            "Appel à candidatures",
            date(2027, 5, 1),
        ),
        (
            "Solidarity Scholarship for Higher Studies in Artificial Intelligence",
            "This scholarship offers a one-year financial supplement to students to begin "
            "graduate studies in artificial intelligence. Priority will be given to students who "
            "face a particular situation.",
            "Appel à candidatures",
            None,
        ),
        # batches 348–350: a show's next meetings after a report of its last; a month's end as
        # the closing date; a show opening « demain midi »
        (
            "Une journée pour convaincre",
            "La deuxième édition, le 9 avril, du salon « Entreprises et Territoires » a été à la "
            "hauteur des attentes des organisateurs. Les prochains rendez-vous sont fixés au 15 "
            "octobre pour le territoire de Calais.",
            "Rencontre",
            date(2027, 10, 15),
        ),
        (
            "Un appel à candidatures pour les entreprises",
            "Les candidatures sont ouvertes jusqu'à la fin du mois de mars.",
            "Appel à candidatures",
            date(2027, 3, 31),
        ),
        (
            "Call for proposals",
            "Applications are open until the end of March 2028.",
            "Appel à propositions",
            date(2028, 3, 31),
        ),
        (
            "Euronaval : début du 25e",
            "La 25e édition du salon Euronaval ouvre demain midi ses portes avec une sécurité "
            "annoncée comme renforcée.",
            "Salon",
            date(2026, 11, 13),
        ),
        # batches 352–354: national « Assises »; a department's list of calls, each with its
        # window in numbers; « au plus tard, le »; the Region's own page of an aid scheme
        (
            "Prisme #19",
            "Ce numéro paraît à l'occasion des Assises nationales de l'intelligence artificielle, "
            "organisées par le groupe Ouest-France le 9 octobre 2027.",
            "Rencontre",
            date(2027, 10, 9),
        ),
        (
            "Appels à projets",
            "Le Département lance tout le long de l'année des appels à projets.\n\n  • Appel à "
            "projets Arts visuels\n  • Du 19/05/2027 au 16/07/2027\n",
            "Appel à projets",
            date(2027, 7, 16),
        ),
        (
            "Appel à projets Culture et Santé",
            "Les dossiers de réponse à cet appel à projets doivent être déposés au plus tard, le "
            "12 février 2027.",
            "Appel à projets",
            date(2027, 2, 12),
        ),
        (
            "Impulsion Développement",
            "Ce dispositif a pour but de favoriser les programmes d'investissements des "
            "entreprises normandes.\n\nCaractéristiques de l'aide :\n\nLes entreprises "
            "candidates sont éligibles aux conditions suivantes :",
            "Aide et subvention",
            None,
        ),
        # batch 355: a regional pavilion's flyer, its day labelled before its place; a span of
        # days written « 13>15 »
        (
            "fruit logistica 2027 - cci hauts-de-france",
            "1er salon mondial des fruits et légumes. Exposez sur votre stand régional. LA CIBLE "
            "Commerce de détail et traiteur Import et distribution Production et export "
            "Acheteurs et fournisseurs de fruits et légumes frais POURQUOI EXPOSER ? Rencontrer "
            "les acteurs majeurs du secteur NOTRE OFFRE Une préparation et un accompagnement "
            "personnalisés - DATE du 5 au 7 février 2027 - LIEU Berlin, Allemagne - TARIF 680,00 "
            "euros HT",
            "Salon",
            date(2027, 2, 5),
        ),
        (
            "Sialchina2027",
            "SALON\n\nSIAL CHINA\n13>15 mai 2027\nShanghai, Chine\n\nLe rendez-vous "
            "asiatique de l'industrie agroalimentaire",
            "Salon",
            date(2027, 5, 13),
        ),
        # batch 359: a weekday that denies the year a historical date gives its month
        (
            "Concours de Création d'Entreprise Eco-citoyenne",
            "Vous avez jusqu'au lundi 2 juin pour déposer votre dossier. Cérémonie en hommage aux "
            "soldats tombés lors du débarquement du 6 juin 1944.",
            "Concours",
            date(2027, 6, 2),
        ),
        # batch 352: a festival's programme, its first hour before its first day
        (
            "Le programme",
            "Le programme\n\n20h30\n\nJEUDI 26 SEPTEMBRE\n\n20h30\n\nL'avenir de Marguerite, "
            "brillante élève en mathématiques, semble tout tracé.",
            "Événement",
            date(2027, 9, 26),
        ),
        # batch 365: an instructions for authors' page and its submission deadlines; a call for
        # workshops
        (
            "Instructions for authors",
            "The proposal and then the full submission must be submitted by one of the authors "
            "while respecting the submission deadlines:\n\n  • September 05th, 2027 for the "
            "proposal\n  • October 01st, 2027 for the full text",
            "Appel à propositions",
            date(2027, 9, 5),
        ),
        (
            "Call for Workshops",
            "CALL FOR WORKSHOPS The conference will be held in June. CALENDAR Submission deadline "
            ": January 12, 2027. Authors should send their submission as a file attached to an "
            "e-mail.",
            "Appel à propositions",
            date(2027, 1, 12),
        ),
        # batch 370: a challenge's invitation by the time those who answer have
        (
            "Smart Port Challenge : Marseille-Fos imagine le port du futur",
            "Le Grand port maritime lance la 3e édition du Smart Port Challenge, constitué de 9 "
            "défis. Les porteurs de projets ont jusqu'au 27 juin pour se lancer.",
            "Concours",
            date(2027, 6, 27),
        ),
        (
            "Le Smartport challenge en grand",
            "De grandes entreprises lancent neuf défis aux start-up. Les start-ups intéressées "
            "répondront dans une candidature à envoyer jusqu'au 28 août prochain.",
            "Concours",
            date(2027, 8, 28),
        ),
        # batches 377–378: an AMI's cover (« Dépôts des dossiers 3 mai 2019 »); « dates limites »
        # in the plural, per session; the Region's « appel à initiatives »; a call's window in
        # its title, its first day with its year
        (
            "Appel à manifestation d'intérêt pour une économie circulaire en Normandie",
            "Date de lancement 31 janvier 2027 Dépôts des dossiers 3 mai 2027 Dépôt des dossiers "
            "sur https://neci.normandie.fr/",
            "Appel à manifestation d'intérêt",
            date(2027, 5, 3),
        ),
        (
            "Appel à projets économie circulaire - Edition 2027",
            "Trois sessions sont proposées pour cet appel à projets. Les dates limites de dépôt "
            "des dossiers de candidature sont fixées aux :\n- 1ère session : Vendredi 7 mai "
            "2027\n- 2ème session : Vendredi 16 juillet 2027",
            "Appel à projets",
            date(2027, 5, 7),
        ),
        (
            "Appel à Initiatives NECI, pour une économie circulaire en Normandie",
            "La Région Normandie, au côté des services de l'Etat et de l'ADEME, lance un appel à "
            "initiatives destiné à soutenir l'investissement dans notre région.",
            "Appel à projets",
            None,
        ),
        (
            "Cheval territorial",
            "Cadre d'intervention de l'appel à projet « cheval Territorial en Hauts-de-France » "
            "1er janvier 2027 au 15 mai 2027",
            "Appel à projets",
            date(2027, 5, 15),
        ),
        # batches 382–383: a call « lancé par » a funder with an invitation to apply; a call
        # with « Pour en bénéficier » and « pourront solliciter »; an AMI its sentence's subject
        # in the present (« lancé par la Région … a pour objectif »)
        (
            "",
            "Financer des actions innovantes sur la pêche : c'est l'objet d'un appel lancé par le "
            "Groupe d'action locale pêche et aquaculture. Tout type de structure peut se porter "
            "candidate.",
            "Appel à projets",
            None,
        ),
        (
            "",
            "2,3 M€ vont être investis par l'État via un appel à projet. Pour en bénéficier, les "
            "capitales French Tech (qui pourront solliciter jusqu'à 150 000 € d'aide) devront "
            "déployer le programme.",
            "Appel à projets",
            None,
        ),
        (
            "Normandie et Hauts-de-France soutiennent le lin européen",
            "Les régions ont exprimé leur soutien aux acteurs du lin textile. « L'appel à "
            "manifestation d'intérêt lancé par la Région Normandie et les Hauts-de-France a pour "
            "objectif de favoriser la recherche », a déclaré le président.",
            "Appel à manifestation d'intérêt",
            None,
        ),
        # batches 387–390: a call's window with its weekdays; a call's cover line below its
        # ministry's name; an event's days right before « aura lieu »
        (
            "APPEL A PROJETS MOBILITÉS SOLIDAIRES",
            "Candidatez sur cet appel à projets et bénéficiez d'un soutien financier Du lundi 12 "
            "octobre au dimanche 20 décembre 2027",
            "Appel à projets",
            date(2027, 12, 20),
        ),
        (
            "Appel2027 ServicesNumeriquesCulturelsInnovants MCC .pdf",
            "Paris, le 11 juin 2027\n\nMinistère de la Culture\nAppel à projets 2027\nServices "
            "numériques culturels innovants\n\nSOMMAIRE\n1. CONTEXTE",
            "Appel à projets",
            None,
        ),
        (
            "Industrie verte et connectée",
            "Publié le 18 février 2027\nLes 21 et 22 février 2027, aura lieu la première édition "
            "du challenge « Industrie verte ». Conçu comme un hackathon, ce challenge réunit des "
            "étudiants.",
            "Hackathon",
            date(2027, 2, 21),
        ),
        # batches 392–394: a call titled with its Region's portal (« Guide des aides »: no guide
        # that teaches); a show's days, then its exhibitors (« exposent »)
        (
            "Objectifs et modalités - Appel à projets « Recherches et plateformes 2027 » - Guide "
            "des aides de Nouvelle-Aquitaine",
            "Modalités de soumission, de sélection et de financement.",
            "Appel à projets",
            None,
        ),
        (
            "",
            "Du 9 au 12 décembre, 36 entreprises normandes exposent leur savoir-faire lors de la "
            "nouvelle édition du salon Made In France à Paris.",
            "Salon",
            date(2026, 12, 9),
        ),
        # batches 397–405: a conference's proposals of communications with their deadline before
        # its label; a call's deadline after a registration's (« Deadline for early
        # registration »: not the call's); « ont jusqu'au … pour » after a consultation's window
        # reported (« a permis de collecter … entre le 25 janvier et le 15 mars »)
        (
            "Conseils pour votre participation",
            "La proposition de communication doit préciser son axe thématique.\nCalendrier des "
            "propositions de communication\n· 31 mars 2027 : date limite d'envoi des propositions "
            "de contribution\n· 12-14 octobre 2027 : tenue du colloque",
            "Appel à propositions",
            date(2027, 3, 31),
        ),
        (
            "Key dates",
            "25th January 2027:\n\nDeadline for early registration\n\n10th February 2027:\n\n"
            "Deadline for abstract submission (for oral presentations)",
            "Appel à propositions",
            date(2027, 2, 10),
        ),
        (
            "Plan de relance : J-10 avant la fin de la concertation",
            "Les collectivités ont jusqu'au 30 novembre pour soutenir 67 propositions. Cette "
            "méthode « rompt avec la logique d'appels à projets ». Une phase de consultation a "
            "permis de collecter 476 contributions entre le 25 janvier et le 15 mars.",
            "Appel à projets",
            date(2026, 11, 30),
        ),
        # batches 407–410: a weekend's two days, each with « ce » and its weekday (« ce samedi 21
        # et ce dimanche 22 novembre »); a labelled event's window (« se dérouler entre le 14 et
        # le 20 mars ») is no call's, the labelling's « jusqu'au lundi 7 mars » is
        (
            "Journées du patrimoine : 5 entreprises à découvrir ce week-end",
            "Des usines ouvrent leurs portes. À l'occasion des Journées du patrimoine ce samedi 21 "
            "et ce dimanche 22 novembre, des ateliers ouvrent gratuitement leurs portes au public.",
            "Rencontre",
            date(2026, 11, 21),
        ),
        (
            "Ouverture des labellisations et lancement du concours d'affiches",
            "Les organisateurs sont invités à labelliser leurs événements jusqu'au lundi 7 "
            "décembre 2026. Afin d'être labellisé, un événement doit se dérouler entre le 14 "
            "décembre et le 20 décembre 2026. Un concours d'affiche est organisé pour les élèves.",
            "Concours",
            date(2026, 12, 7),
        ),
        # batches 412–415: a deadline's hour between its date and its label (« 09 October 2027|
        # 12:00 CEST (at noon) – Deadline for submission »), not the byline's day; a show
        # postponed to its new days (« postponed to the week of 13 to 17 July », « Il se tiendra
        # finalement du 24 au 27 novembre »)
        (
            "Swiss SME Accelerator: Innosuisse Calls For Projects Submissions",
            "by November 20, 2026\nDates and deadline:\n28 August 2027 – Opening of the Innolink "
            "platform for the submission of the short application. Submissions by e-mail will not "
            "be considered\n09 October 2027| 12:00 CEST (at noon) – Deadline for submission of "
            "the short application",
            "Appel à projets",
            date(2027, 10, 9),
        ),
        (
            "Hannover Messe postponed",
            "The international show in Hanover that was supposed to take place from 20 to 24 "
            "April, is officially postponed to the week of 13 to 17 July. The world's most "
            "important industrial trade fair will give impetus to the economy.",
            "Salon",
            date(2027, 7, 13),
        ),
        # batches 431–433: « l'événement se tient cette année du 16 juillet au 20 août »; « Le
        # coup d'envoi sera donné le 16 juillet », a launch conference told after (« ont partagé »)
        (
            "Big Tour 2027 : la tournée estivale",
            "Le Big Tour, rendez-vous grand public et gratuit, repart en tournée. L'événement se "
            "tient cette année du 16 décembre au 20 janvier.",
            "Événement",
            date(2026, 12, 16),
        ),
        (
            "Le Big Tour dans les starting blocks",
            "Le coup d'envoi sera donné le 16 décembre, première date de la tournée qui sillonnera "
            "les régions. Lors de la conférence de lancement retransmise en direct le 18 "
            "novembre, 80 intervenants ont partagé leurs ambitions.",
            "Conférence",
            date(2026, 12, 16),
        ),
        # batches 445–449: a submission window "between 16 January 2027 and 19 March 2027",
        # "16 January-19 March 2027" (no 16 January of 2019), "open until next 31st July"
        (
            "Eurostars call for projects – March 2027",
            "What Eurostars is\nYou can submit your R&D and innovation project application "
            "between 16 January 2027 and 19 March 2027 at 14:00 CET using our project platform.",
            "Appel à projets",
            date(2027, 3, 19),
        ),
        (
            "Eurostars call for projects – March 2027",
            "Application Process:\n- Online submission via the Eurostars platform: 16 January-19 "
            "March 2027.\n- Applicants must meet both international and national criteria.",
            "Appel à projets",
            date(2027, 3, 19),
        ),
        (
            "NGI Sargasso: Open calls for transatlantic cooperation",
            "The project has opened two parallel calls for proposals. Applications are open until "
            "next 31st July 2027, 17:00 CEST / 10:00 CDT",
            "Appel à projets",
            date(2027, 7, 31),
        ),
        # batches 450–454: a dated deadline struck out by a later one ("Submission Deadline:
        # March 10, 2027 March 20, 2027"); "Challenges & solutions" on an event's page is no
        # contest
        (
            "Important dates",
            "Important dates (AoE, anywhere on earth):\n● Submission Deadline: March 10, 2027 "
            "March 20, 2027.\n● Notification of Accepted Talks: April 14, 2027\n● Deadline to "
            "apply for funding support: May 31\nTo help us select "
            "a good program, we invite the community to make suggestions for talks. The "
            "application process allows uploading an optional extended abstract.",
            "Aide et subvention",
            date(2027, 3, 20),
        ),
        (
            "EU Open Data Days 2027",
            "Save the Date and Register for EU Open Data Days 2027!\nRegistration is now open! "
            "Please visit the respective tab to register.\nWhat to expect\n- Challenges & "
            "solutions: Learn to navigate the challenges of open data.\nSave the Date: 19-20 "
            "March 2027",
            "Rencontre",
            date(2027, 3, 19),
        ),
        # batches 455–459: "Applications for the K-Startup Grand Challenge, as it's been named, are
        # being accepted through June 14" invite to apply
        (
            "South Korea looks to entice foreign startups with new program",
            "South Korea has launched a program for startups. Applications for the K-Startup "
            "Grand Challenge, as it's been named, are being accepted through June 14.",
            "Concours",
            date(2027, 6, 14),
        ),
        # batches 460–464: "The first round of applications in this Smart City Challenge is due
        # Feb. 4" is the call's closing, not the forum on Dec. 15 told after it
        (
            "Your city could be the first to embrace the future of transportation",
            "A new contest will offer $50 million to the city with the most compelling vision.\n"
            "The first round of applications in this Smart City Challenge is due Feb. 4.\nThere "
            "will also be a forum Dec. 15 in Washington, D.C.",
            "Concours",
            date(2027, 2, 4),
        ),
        # batches 465–469: a portal's cells run together ("Open Date: 27/05/2027Deadline for
        # Submission: 15/07/2027Time zone") still give the deadline
        (
            "Call for proposals: Moonshot AI Applied Research Consortium",
            "Open Date:\n27/05/2027Deadline for Submission:\n15/07/2027Time zone:\nIsrael\n"
            "Summary:\nThe Innovation Authority invites proposals for a research consortium.",
            "Appel à propositions",
            date(2027, 7, 15),
        ),
        # batches 470–472: a funder "is seeking applications" (a listing's lead, its deadline
        # above: "Deadline: 02-Oct-2027"); "Ottawa is inviting applications from non-profit groups"
        (
            "Digital Europe Programme: Digital Competence Centers",
            "Deadline: 02-Oct-2027\nThe European Commission (EC) is seeking applications for the "
            "Digital Europe Programme (DIGITAL) under the component Competence Centers.",
            "Appel à candidatures",
            date(2027, 10, 2),
        ),
        (
            "Ottawa invests $80 million to support cybersecurity R&D",
            "To form the network, Ottawa is inviting applications from non-profit groups built on "
            "partnerships between academic institutions and businesses. The application deadline "
            "is July 25, 2027, at 11:59 p.m.",
            "Appel à candidatures",
            date(2027, 7, 25),
        ),
        # batches 473–474: a timeline's rows (« 26 September 2027 / Submission deadline / 26
        # September 2027 / 27 September 2027 - 29 October 2027 / Judging ») strike nothing out
        (
            "Challenge Writing Contest",
            "This Challenge Writing Contest has a cash prize of $5,000 for each winning challenge."
            "\nTimeline\n1 August 2027\nOpen to submissions\n1 August 2027\n26 September 2027\n"
            "Submission deadline\n26 September 2027\n27 September 2027 - 29 October 2027\nJudging "
            "and evaluation",
            "Concours",
            date(2027, 9, 26),
        ),
        # batches 477–482: a grant page's "Who is eligible?"; "call for funding applications";
        # a table's date above "Last deadline"; a project's start window is not the call's; a
        # window after "deadlines" ends on the closing date
        (
            "Partner AI programme — Industry",
            "- Closing date : April 15, 2027\nFunding available\n- Maximum amount : 1,500,000 $"
            "\nWho is eligible?\n- SMEs and startups",
            "Aide et subvention",
            date(2027, 4, 15),
        ),
        (
            "Minister opens the innovation fund to businesses",
            "It is the second such call for funding applications to the fund. The deadline for the "
            "applications on this second call is December 17th.",
            "Appel à candidatures",
            date(2026, 12, 17),
        ),
        (
            "Innovation Project for the Industrial Sector 2027",
            "Important dates\n\n07 Jun 2027\n\nLast deadline for submitting an application "
            "(midnight)\n\n01 Jan 2028\n\nEarliest permitted project start\n\nOur call for "
            "proposals is aimed at companies.",
            "Appel à propositions",
            date(2027, 6, 7),
        ),
        (
            "Call for proposals: innovation projects",
            "Funded projects can start no earlier than 1 January 2028, and no later than 30 "
            "April 2028. We will assess all applications submitted on or before 20 February 2027.",
            "Appel à propositions",
            date(2027, 2, 20),
        ),
        (
            "Cybersecurity funding programme",
            "The ministry has launched a call for projects for SMEs.\nTimetable and deadlines\n"
            "Open call\n01.12.2026 – 31.01.2027\n2 months\nAssessment period",
            "Appel à projets",
            date(2027, 1, 31),
        ),
        # batches 484–487: a window after a closing cue, "from … to …"; a project's period is no
        # application window; a window of numeric dates; a call for papers' abstract registration
        (
            "INNOGLOBAL 2027",
            "Call type: one-stage call for proposals.\nSubmission deadline\n\nFrom 26 August to 26 "
            "September 2027, at 12:00 o'clock, peninsular time.\nCall Status\nOpening on 26 "
            "August 2027.",
            "Appel à propositions",
            date(2027, 9, 26),
        ),
        (
            "Call announcement: AI centres of excellence",
            "The agencies announce the call for proposals. The proposal submission deadline is "
            "from 20 September to 20 December 2027, 4 p.m.",
            "Appel à propositions",
            date(2027, 12, 20),
        ),
        (
            "Call for applications for the cross-border forum is open",
            "The call for proposals is open until 29 November 2026. The beneficiaries will be "
            "given time to implement project tasks from 15 February to 15 December 2027.",
            "Appel à candidatures",
            date(2026, 11, 29),
        ),
        (
            "Four calls for tenders for SME internationalisation",
            "The programme has launched four calls for tenders.\nAPPLICATIONS: From 30/10/2026 "
            "to 31/01/2027 (6.00 pm).",
            "Appel d'offres",
            date(2027, 1, 31),
        ),
        (
            "Conference on Usable Privacy: call for papers",
            "CALL FOR PAPERS\nIMPORTANT DATES\nAbstract registration (mandatory) May 27, 2027\n"
            "Paper submission June 1, 2027\nNotification July 7, 2027",
            "Appel à propositions",
            date(2027, 5, 27),
        ),
        # batch 486: a state aid scheme's page, its subsidy and who may benefit; an applicant's
        # founding date and a period its figures are counted over are no closing dates
        (
            "Digital tools for SMEs: second round",
            "The aim of the action is to raise the digital maturity of small firms.\nTERMS OF "
            "PARTICIPATION\nBeneficiaries must meet the following conditions:\n- They must not "
            "have taken part in the first round.\nThe subsidy is 630 euros per firm.",
            "Aide et subvention",
            None,
        ),
        (
            "Action 2: Advanced digital transformation of SMEs",
            "Minimum/maximum subsidised budget: 50,000 to 650,000 euros.\nBeneficiaries: "
            "existing micro, small and medium-sized enterprises which, inter alia, must have "
            "completed one accounting period.",
            "Aide et subvention",
            None,
        ),
        (
            "",
            "Applications for the new subsidised programme have started: digital tools for small "
            "firms. The programme is aimed at firms that meet all the following conditions:\n- "
            "They have been established before 01.01.2026.\n- During the period "
            "01.01.2025-31.12.2025 they employed at least one person.",
            "Aide et subvention",
            None,
        ),
        # batches 489–492: a table of « label date » rows under "Dates and deadlines" (the
        # heading is no cue, a row's date is not the next row's label's); an application period
        # that "runs from Oct. 13, 2023, to Nov. 15, 2023"
        (
            "Competition guidance: enhancing industrial productivity",
            "1. Dates and deadlines\nCompetition opens 11 February 2027\nOnline briefing event 20 "
            "February 2027\nEoI submission deadline 15 April 2027\nRegistration deadline 2 May "
            "2027\nDeadline for submission of the full application 9 May 2027 5pm UK time\n"
            "Decision to applicants 31 July 2027",
            "Concours",
            date(2027, 4, 15),
        ),
        (
            "AI research grants",
            "The ministry opened a call for proposals for AI research grants. The application "
            "period for the grant runs from Dec. 13, 2026, to Jan. 15, 2027, with submissions "
            "made online.",
            "Appel à propositions",
            date(2027, 1, 15),
        ),
        # batches 494–497: a list's "… by: 6 March" and "Prize closing: 31 March" (a colon after
        # the cue), "received by not later than … on Friday 26th of February"
        (
            "Deep Tech Talent Training Prize",
            "The initiative is launching its first prize; applications are now open.\nKey Dates "
            "and Deadlines\n• Prize publication: 10 December 2026 at 12:00 CET\n• Submission of "
            "the pledger form and quality check by: 6 March 2027 at 17:00 CET\n• Prize closing: "
            "31 March 2027 at 17:00 CET",
            "Concours",
            date(2027, 3, 6),
        ),
        (
            "Research Excellence Programme 2027 call",
            "The Council is currently receiving project proposals under this call for proposals. "
            "Project proposals should be received by not later than 23:59pm CET on Friday 26th "
            "of February, 2027.",
            "Appel à propositions",
            date(2027, 2, 26),
        ),
        # batches 499–502: "Open Date: 23/12/2026 Deadline for Submission: 31/01/2027" (a row's
        # date, no date the next row's label follows); a schedule's "Phase One closes | …"; a
        # hackathon's "Competition Rules" are the hackathon's, on its hacking period's first day
        (
            "Israel-Indiana Collaborative R&D Call for Proposals",
            "Open Date:\n23/12/2026\nDeadline for Submission:\n31/01/2027\nTime zone:\nIsrael\n"
            "This call for proposals promotes joint industrial R&D projects.",
            "Appel à propositions",
            date(2027, 1, 31),
        ),
        (
            "Innovation award: schedule",
            "Teams register for the competition and submit their abstracts.\nMILESTONE | Date |\n"
            "Phase One open enrollment period begins | Wednesday, September 2, 2026 |\nPhase One "
            "closes | 4 p.m. EDT Friday, October 30, 2026 |\nPhase Two – final project submission "
            "due | 4 p.m. EDT Tuesday, March 30, 2027 |",
            "Appel à propositions",
            date(2026, 10, 30),
        ),
        (
            "PantherHacks 2027 rules",
            "The Hackathon Spirit\nThe goal of any hackathon is to learn, build and share.\n"
            "Competition Rules\n- Teams are limited to a maximum of four people.\n- All project "
            "work must be done within the 48-hour hacking period (5pm on April 2, 2027 to 5pm on "
            "April 4, 2027).\n- Teams can be disqualified for breaking the rules.",
            "Hackathon",
            date(2027, 4, 2),
        ),
        # batches 504–507: a window after a closing cue, its first day's hour between its days,
        # across the new year ("open from 8 December (10:00 GMT+1) until 28 February 2027")
        (
            "Urban mobility innovators open call: FAQ",
            "1. What is the deadline?\nThe call is open from 8 December (10:00 GMT+1) until 28 "
            "February 2027 (23:59 GMT+1).\n2. What solutions do you seek?",
            "Appel à projets",
            date(2027, 2, 28),
        ),
        # batch 510: a headline's "… accepting applications" invites
        (
            'JETRO\'s "Subsidy for Foreign Direct Investment Stimulation Project" accepting '
            "applications",
            "This subsidy program covers the cost of demonstration projects by foreign companies "
            "in Japan.",
            "Aide et subvention",
            None,
        ),
    ],
)
def test_calls_and_events_are_read_with_their_date(title, text, label, day):
    found = detect(title, text, PUBLISHED)
    assert found is not None and (found.label, found.day) == (label, day)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lettre à un ami anglais", ""),  # « ami », not an AMI
        ("Les salons professionnels attirent moins", "La fréquentation baisse."),
        ("Judge grants ACLU's request", "The order lasts until 15 January."),
        ("La Pologne prévoit un nouvel appel d'offres", "Pour des hélicoptères."),  # no date
        ("Grève : les négociations reprennent", "Une conférence de presse le 5 mars."),
        ("Un bilan de l'année", "Un appel à projets avait été lancé en 2024."),
        ("Innovation", "Les lauréats de l'appel à projets ont reçu leur prix."),  # results
        ("Le Congrès vote le budget", "Le vote a eu lieu le 3 mars."),  # not « congrès »: US
        ("Salon du numérique", "Le salon s'est tenu les 23 et 24 juin à Gosier."),  # a report
        ("Conférence IA à la CCI", "Le 16 septembre dernier, 300 dirigeants sont venus."),
        ("Cinéma : une Palme d'or surprise", "Le festival ouvrira le 12 mai."),  # title only
        ("Bourse : la semaine", "Last week the tech stocks fell; next Monday, results."),
        ("Salon de l'auto", "Le salon s'est tenu ce lundi à Paris."),  # a report
        (
            "Blockchain",
            "A hackathon was recently launched: le hackathon a récemment été lancé le 29 juin.",
        ),
        ("Paris Blockchain Week review", "The week, which has been held since April 8, ended."),
        (
            "Trophées de l'économie",
            "Hervé Morin lançait la cérémonie des Trophées. Parmi les "
            "150 candidats, 5 ont été primés.",
        ),  # a report: candidates, not applications
        ("Key takeaways", "4 min readApr 15, 2024. We attended the summit."),  # « readApr »
        ("Levée de fonds", "La start-up a levé 1.5 million d'euros le mois dernier."),
        ("", "Un appel à projets avait été lancé en 2024 ; il est clos."),
        # on or before the publication (12 November): a report, not an announcement
        ("Le salon du numérique a ouvert ses portes", "Le 12 novembre (du 12 au 15 novembre)."),
        ("Cybersecurity summit", "Bellevue, April 16, 2026. Over twenty speakers discussed AI."),
        ("Salon de la data", "Une édition 2025 marquée par la fréquentation."),  # not « 25 mar »
        ("Retour sur la matinale cyber", "Le mardi 29 avril s'est tenue la 3e édition."),
        ("Forum à Lisieux", "Ce mercredi 4 juin, un forum sur la cybersécurité s'est tenu."),
        ("French Tech Tunis lauréate du Community Fund", "Cet appel à projets vise les PME."),
        # a moved date is no day; a meal « tenu le 11 mai » is over
        ("Storm postpones the national cyber summit", "It was originally scheduled for May 4."),
        ("Repas du Coin", "À la rencontre tenue le 11 mai, trente convives ont parlé bitcoin."),
        ("Atelier IA", "Le 20 septembre 2027, la médiathèque a été le théâtre d'un atelier."),
        ("Cyber grants", "Cities are not eligible to apply directly for grant funds."),
        # a fraction is no day: « les 3/4 des dirigeants », a programme's « (1/3) »
        ("Atelier cybersécurité", "Un atelier : les 3/4 des dirigeants viendront."),
        ("Matinale", "Une matinale (1/3) sur le cyber."),
        # a site's « foire aux questions » is no fair; « a été organisée » is a report
        ("Cyber PME", "Foire aux questions : le dispositif ouvre le 3 mars 2027."),
        ("Conférence IA", "Le 9 novembre 2027, une conférence a été organisée à Damigny."),
        # a union that calls for talks calls for no speakers
        ("Strike at the port", "The union calls for talks with management on 3 March 2027."),
        # an agreement is no convention to attend; a programme's years are no call's identifier
        ("La Région signe une convention", "La convention sera signée le 3 juin 2027 à Caen."),
        ("Erasmus+", "The Erasmus-2021-2027 programme funded 300 exchanges last year."),
        # a fellowship without an invitation; « la Bourse », the stock market
        ("A fellowship at the lab", "She spent a year there as a research fellow in 2024."),
        ("La Bourse de Paris recule", "Les bourses de recherche n'y changent rien, dit-il."),
        # a page's own stamp, with its hour, is not after its publication (12 November)
        ("Un séminaire sur l'IA", "Publié le 12 novembre 2026 à 14h05. Retour sur la journée."),
        # a year its sentence gives a date without one: "In 2018, during the week of May 11"
        (
            "Berlin Blockchain Week 2019",
            "In 2018, during the week of May 11 – 17, the first ever blockchain week was "
            "introduced alongside Consensus.",
        ),
        # a parliament's session; a funding opportunity merely mentioned, with no invitation
        ("Le Sénat en session", "La session d'automne s'ouvre le 3 mars 2027 au Palais."),
        ("Startups", "Founders see AI as a funding opportunity for the years to come."),
        ("Cyber grants", "A notice of funding opportunity is expected in the spring."),
        # « demain » as the future; a past expo
        ("L'entreprise de demain", "Un atelier sur les métiers de demain et l'IA."),
        ("Expo 2027", "The world expo closed on 3 March 2026 after six months."),
        # a report: its title says so (a recap, a debrief); a date moved away (« prévu
        # initialement »); a past tense a few words before the day
        ("The AI Summit London 2027 Recap", "The summit will be held on 14 June 2027."),
        ("Event debrief: London Tech Week", "9 June 2027 saw the start of the week's conference."),
        (
            "Forum InCyber",
            "Le forum de San Antonio, prévu initialement du 17 au 18 juin 2027, est suspendu.",
        ),
        (
            "A workshop for the quantum curious",
            "Our workshop took place at the HEK on Sunday, 26th May 2027 and was given by two "
            "researchers.",
        ),
        # an event's page with how to attend, but a report, or a past event's (its only day
        # before the publication), or no event in the title
        ("Séminaire blockchain", "Le séminaire s'est tenu au campus. Lieu : Tréfilerie."),
        ("Séminaire blockchain", "Le 3 mars 2026. Lieu : Tréfilerie. Entrée libre."),
        ("La blockchain expliquée", "Un séminaire sur les registres. Lieu : Tréfilerie."),
        # a window or a time to answer that is over
        (
            "Un hackathon web3 virtuel",
            "Du 23 au 28 novembre s'est tenu le concours ; les équipes avaient jusqu'au 18 "
            "décembre pour s'inscrire.",
        ),
        # "CFP" in a how-to, not a call's title; "calls for more projects" as a verb
        (
            "Curating great speakers",
            "Event description - Code of conduct - CFP Description - Duration of talk.",
        ),
        ("How to get a talk accepted", "Once you find an event, next is the CFP process."),
        ("AI in Europe", "The minister calls for more AI projects in industry by 3 March 2027."),
        ("Industry news", "Unions call for new projects to be funded."),
        # a price, not a prize, a sentence before candidates
        (
            "Économie",
            "L'indice des prix à la consommation progresse moins vite que les mois précédents. "
            "Les candidats à l'élection en débattent.",
        ),
        # a phone call; a programme's name with its years
        ("Customer service", "Please note that this call is being recorded for training purposes."),
        ("Research news", "The Horizon-2020-funded project ended in March with a final report."),
        # « a accueilli » before the days: a report; a request for information that is no
        # call; a summer school without an invitation or a day
        ("Colloque IA 2027", "L'université a accueilli du 7 au 11 juillet 2027 un colloque."),
        ("Police", "The journalist's request for information was refused by the ministry."),
        ("Summer school", "Our summer school taught students the basics of AI."),
        # "held on" after a conference's name; "took place" eight words after the day
        (
            "SMIC 2027",
            "The maritime conference, held on September 3rd and 4th 2027 at the Ritz-Carlton, "
            "served as a platform.",
        ),
        (
            "Results presented at the IAME conference",
            "On December 9th 2027, another consortium meeting of the research project took place "
            "online.",
        ),
        # a bid's number in a story, not a tender's heading
        ("Board meeting", "The bid number three was rejected by the board on 3 March 2027."),
        # awards won, not awards open; a conference "held from" its days
        ("Company news", "The company won three awards for its firewall last year."),
        (
            "ICS Conference to Bolster OT Defenses",
            "Experts attending the ICS Cybersecurity Conference held from October 27 to 30, 2027 "
            "in Atlanta shared tips.",
        ),
        # batch 37: a day given up or an end day alone is no day to come; a talk proposal
        # mentioned in a speaker's story, with no date to submit by
        (
            "Le salon raccourci",
            "Le salon devait durer jusqu'au 8 janvier 2028; il prendra fin le 7 janvier 2028.",
        ),
        (
            "How I got accepted",
            "I learnt to submit your talk proposal early: reviewers read the first ones best.",
        ),
        # batch 38: financing without an invitation to apply; a fund that seeks no projects;
        # "free to attend" without a day
        ("Bank results", "Financing to companies rose; financial support ends on 3 March 2027."),
        ("Ministry", "The ministry no longer seeks to fund new projects this year."),
        ("Cyber Protect", "Our sessions are free to attend for any community group in Dorset."),
        # batch 39: a tender's award notice; a closing date for questions only; a phone
        # number is no date
        (
            "ICT Managed Security Service",
            "Notice Type: OJEU - F3 - Contract Award Notice. Submission Deadline 4 Dec 2027.",
        ),
        ("Tender for SOC services", "Closing date for questions 30 November 2027."),
        ("Tenders", "Call our office on 06-12-2345 about tenders."),
        (
            "Iraq to invite phone licence bids",
            "Iraq is to invite bids for a fourth licence by 3 May 2027.",
        ),
        # batch 40: an abstract submitted, a window on the screen
        ("A researcher's diary", "I submitted an abstract; the abstract submission was declined."),
        ("Grant Thornton's app", "Click the button in the application window to open the file."),
        # batch 45: a call for participants that a report mentions
        ("Survey results", "Last year's call for participants drew 300 replies."),
        # batch 44: a hackathon that « a pris fin le vendredi 20 octobre »; leaders' joint call
        # for peace; a report's two dates side by side without a call
        (
            "Les gagnants du hackathon de la CEDEAO",
            "La deuxième édition du hackathon, qui s'est tenue à Lomé, a pris fin le vendredi 20 "
            "octobre 2027.",
        ),
        ("Leaders' statement", "The leaders issued a joint call for a ceasefire on 3 March 2027."),
        ("Annual report", "Period covered: 01 May 2027 18 June 2027. Revenue rose."),
        # batch 43: a call for funds is no call for projects; a programme's end in passing
        ("Levée de fonds", "Le fonds a lancé un appel de fonds auprès de ses associés."),
        ("Un bilan", "Le programme de soutien a pris fin le 3 mars 2027 après deux ans."),
        # batch 42: an app's file opened for editing; an event that took place
        ("Grant access", "Open the application for editing, then grant the permission."),
        ("Security TWENTY", "The event took place on 6 July 2027 at Old Trafford."),
        # batch 48: a glossary's audit competition; a call that received its applications; a
        # coming day in a sentence that names no event; a phone number is no date
        (
            "Security Audit Competition",
            "A security audit competition functions as a crowdsourced mechanism.",
        ),
        (
            "Troisième appel à projets : nous avons reçu 127 candidatures !",
            "La première étape s'est clôturée le 21 septembre avec 127 candidatures.",
        ),
        (
            "Agriculture connectée",
            "Le 4 décembre prochain, les résultats seront publiés. Un webinaire a eu lieu.",
        ),
        ("Salon de l'habitat", "Renseignements au 02 31 26 09 20 24 ou sur le site."),
        # batch 49: a programme's day without its hour; a question with no day after it
        ("Réforme des retraites", "Programme : 21 avril 2027, publication du décret."),
        ("Pourquoi maintenant ?", "Quand ? En 2027, quand la loi s'appliquera."),
        # batch 58: a funding call's window closed; a crowdfunding appeal
        (
            "84 % des établissements éligibles ont candidaté",
            "L'agence dresse un bilan à la fermeture du guichet de candidatures à l'appel à "
            "financement du programme.",
        ),
        (
            "Le guichet se clôture",
            "Le guichet du premier appel à financement a fermé le 30 juin 2027. Lancé en mars, "
            "cet appel à financement a réuni 1 182 candidats.",
        ),
        ("Une PME locale", "L'entreprise lance un appel à financement participatif."),
        # batch 56: recordings available until a day
        ("Quantum Week tutorials", "Recorded live sessions will be available until November 30."),
        # batch 55: an aid scheme in a budget's news, no invitation
        ("Budget de la Région", "Le dispositif de soutien aux entreprises a coûté 3 M€ en 2026."),
        # batch 76: a time of day is no evening event
        (
            "Attaque contre l'hôpital",
            "Dans la soirée du 3 décembre, les pirates ont chiffré les serveurs.",
        ),
        # batch 74: exposure to risks is no exhibition
        (
            "Cybersécurité des PME",
            "L'exposition aux risques des PME augmente, selon l'étude publiée le 2 février 2027.",
        ),
        # batch 70: a guide's title; calls open every year in general
        ("The best tips for a successful call for project", "An interview with an agency."),
        (
            "Les fondations et leurs dossiers",
            "Il est impossible de savoir combien d'appels à projets sont ouverts chaque année.",
        ),
        # batch 66: a day with its weekday in a sentence that reports the event
        (
            "Les étudiants à l'honneur",
            "Samedi 8 décembre, le hackathon du campus s'est tenu devant 200 personnes.",
        ),
        # batch 65: an application with no call
        ("Olympic bid", "The city will submit an application to host the 2030 Games."),
        # batch 63: a website's discussion forum is no event
        (
            "Mise à jour du site",
            "Posez vos questions sur le forum de discussion dès le 3 mai 2027.",
        ),
        ("Site update", "Ask your questions on the discussion forums from May 3, 2027."),
        # batch 92: a conference's submissions told in a report
        (
            "PFIA 2024",
            "La soumission des articles a attiré 300 propositions, un record pour la plateforme.",
        ),
        # batch 91: a grant programme over, or grants awarded
        (
            "Bilan régional",
            "Le programme de subventions a été lancé en 2019 et s'est achevé l'an dernier.",
        ),
        ("Budget", "The ministry awarded grant funding to three companies last year."),
        # batch 88: open to all, without a call's words
        ("Salon de l'IA", "Le salon est ouvert à toutes les entreprises de la région."),
        # batch 87: a heading that teaches, or a first line too long to be a heading
        (
            "Le guide",
            "Appel à projets : de quoi parle-t-on ?\nLes collectivités publient des appels.",
        ),
        (
            "Le quantique en France",
            "La stratégie nationale a déjà permis de financer, grâce à un appel à projets du "
            "programme France 2030 clos l'an dernier, de nombreux laboratoires et start-ups.\n"
            "Le bilan sera présenté au printemps.",
        ),
        # batch 86: a weekday's day that ends a window is no event's day
        (
            "Focus sur l'industrie connectée",
            "La labellisation des événements de la Semaine de l'Industrie se fait en ligne, "
            "jusqu'au lundi 15 mars.",
        ),
        # batch 85: a CTF reported
        ("Nos étudiants champions", "Le CTF de l'école a eu lieu le 3 décembre 2026 à Rennes."),
        # batch 83: a webinar's replay, first broadcast on its day
        (
            "La CNIL publie son guide RGPD pour les systèmes d'IA",
            "La CNIL a rendu public le replay d'un webinaire. Initialement diffusé le 14 "
            "décembre 2026 et disponible en ligne depuis le 9 janvier, cette session de 50 "
            "minutes fournit un cadre pratique.",
        ),
        # batch 82: a diary of meetups one went to; a floor, not a day
        (
            "The Truth about Blockchain Meetups",
            "In the past few weeks I have visited five blockchain themed meetups. Blockchain "
            "meetups I have attended: 10 Nov | Amsterdam | Bitcoin! 30 Nov | Haarlem | Ochtend",
        ),
        ("Our meetup", "The meetup is on the 13th floor of the tower."),
        # batch 81: a calendar file's past event
        (
            "events",
            "BEGIN:VEVENT DTSTART:20250604T170000 SUMMARY:Old meeting END:VEVENT",
        ),
        # batch 80: a book's edition; days in a title without an event; a call to developers
        # without a call's words
        ("Publications", "La 5e édition du guide de la cybersécurité paraîtra le 6 juin 2027."),
        ("Soldes du 10 au 12 juillet 2027", "Les magasins baissent leurs prix cette semaine."),
        ("New API", "Calling all developers and start-ups! Our new API is live."),
        # batch 79: a lead that reports on the event; a call for tenders told in passing
        (
            "Rennes, pour concilier sciences, gastronomie et patrimoine",
            "Publié le 22 juillet 2026 Retour sur le Symposium International de Test, parrainé "
            "par l'IEEE. Proposer une rencontre estivale en Bretagne – du 3 au 5 juillet – "
            "c'était un pari osé.",
        ),
        ("Budget news", "The call for tenders for the new bridge was cancelled last year."),
        # batch 78: a policy on solicitations in general; a release schedule, not a call released
        (
            "SBIR Policy Directive",
            "At least annually, each agency must issue a program solicitation that sets forth a "
            "substantial number of topics. SBIR Program solicitations must be prepared in a "
            "simple format.",
        ),
        (
            "Solicitations",
            "A visual calendar representation of the typical release schedule on upcoming "
            "funding opportunities.",
        ),
        # batch 62: "this" before another noun announces no call; a call for speakers closed
        (
            "Speaker guidelines",
            "A critical part of this process is a formal Call for Speakers and Sessions. We "
            "receive 2,000 submissions each year.",
        ),
        ("The Call for Speakers is now closed", "We opened the call at the end of May."),
        # batch 60: proposals expected, no call; a day « il y a eu » tells
        ("Budget européen", "New proposals are expected from the Commission next year."),
        ("Le salon de l'agriculture", "Il y a eu 300 visiteurs au salon le 4 décembre."),
        # batch 53: a guide that teaches what an event is, dated by its byline
        (
            "What is a hackathon? Guide to Web3 hackathons in 2027",
            "April 17, 2027 Written by: the Foundation. Hackathons are major events in Web3.",
        ),
        # batch 50: a call that says it is closed; the winners announced
        (
            "Request for proposals: improving capability evaluations",
            "Update, 4/14/27: We are no longer accepting applications for this RFP.",
        ),
        ("Appel à projets IA et santé", "Cet appel est désormais clos."),
        # batch 96: a grant programme a text mentions, or a title that teaches
        ("Annual report", "The foundation's grants program funded 40 projects in 2026."),
        ("How to write a grant program budget", "Start with the costs of your staff."),
        # batch 110: an event that took place
        ("Recap", "The event took place on November 20 at NYU."),
        # batch 108: a title that gives the call's retained applicants; an application window
        # on a screen
        (
            "Appel à candidature euro digital : des banques retenues et des start-up déçues",
            "La Banque de France, qui a lancé en mars un appel à candidature, a retenu huit "
            "candidats.",
        ),
        ("Resize", "Drag the application window to the left of the screen."),
        # batch 105: a call's results, the procedure it was
        (
            "L'IA pour une expérience améliorée du système de santé",
            "Chaque projet retenu dans le cadre de cet appel à projets fera l'objet d'un soutien. "
            "La procédure était ouverte à tous : organismes de recherche, start-up…",
        ),
        # batch 104: a convention signed, not a meeting
        ("Accord", "The parties signed a convention on 16 October 2027 in Geneva."),
        # batch 102: a lead that reports the event held
        (
            "NIST Holds Sixth Workshop On Cybersecurity Framework",
            "NIST held its sixth workshop on the Cybersecurity Framework on October 29-30, this "
            "time in Tampa.",
        ),
        # batch 101: an article's date after an event's name; a page's date
        (
            "Les cafés IA essaiment",
            "Lors du dernier Forum des interconnectés, à Rennes (voir notre article du 12 mars "
            "2027), le CNNum proposait un café IA.",
        ),
        ("Conférence sur l'IA", "Conférence sur l'IA : compte rendu publié le 3 mars 2027."),
        # batch 99: a page's updates and the dates a report gives
        ("Release notes", "Updates: September 8th - the app gained a dark mode."),
        ("Recap", "We are looking for talks? No: the dates of the talks were March 3 and 4."),
        # batch 97: an event said in the past; a funding round raised
        ("Recap", "The event was held on June 8th in Denver and drew 2,000 people."),
        ("Start-up news", "The start-up is launching its next funding round in March 2027."),
        # batch 122: days « derniers » (plural); a summit whose curtain fell on its day
        (
            "Cyberdiplomatie : un atelier clé de la CEDEAO à Lomé",
            "Les 14 et 15 janvier 2027 derniers ont marqué un jalon pour la région.",
        ),
        (
            "Togo : sommet de la cybersécurité, des chiffres clés",
            "Le premier sommet de la Cybersécurité dont les rideaux sont retombés jeudi 24 mars "
            "2027 a été une réussite.",
        ),
        # batch 148: a title « ce qu'il faut retenir de … » reports what it names
        (
            "Trophées et lauréats : ce qu'il faut retenir de la Mêlée Numérique",
            "Le mardi 23 novembre, la journée consacrée à la cybersécurité a choisi de mettre en "
            "lumière deux projets.",
        ),
        # batch 145: the Congress that votes is no congress one attends
        ("Lawmakers", "The 118th Congress will vote on the bill on 12 March 2027."),
        # batch 144: a day without its year a few days before the publication is the one just
        # past (5 November 2026 in a page of 12 November 2026), not next year's
        (
            "Malaysian contingent performs excellently at ACS hacking competition",
            "Four teams recorded a proud performance at the ASEAN Cyber Shield Hacking "
            "Competition from Nov 5 to 8 here.",
        ),
        # batch 142: a day its weekday puts just before the publication (Tuesday 10 November
        # 2026, not Wednesday 10 November 2027)
        (
            "Taiwan digital minister stresses global cybersecurity collaboration",
            "Minister Tang said at the Swiss Cyber Security Days on Tuesday (Nov. 10).",
        ),
        # batch 141: a day its sentence tells as past after it ("… hosted the 11th annual")
        (
            "Tel Aviv University's 11th annual Cyber Week",
            "On July 19-22, Tel Aviv University in cooperation with the National Cyber "
            "Directorate hosted the 11th annual Cyber Week.",
        ),
        # batch 140: a registration's deadline with its hour is no meeting
        (
            "Registration - GLOBAL2027",
            "Registration\n\nDeadline of Early Bird Registration:\n31 July, 2027, 23:59 (JST)\n\n"
            "Registration fees include the session participation, the conference kit and the "
            "banquet.",
        ),
        # batch 139: an open call now closed; a conference « conjointement organisé »
        (
            "MME Open call 1 is now closed",
            "On July 17, 2027, the call for proposals of the accelerator program was closed. A "
            "total of 145 start-ups responded to the Open call.",
        ),
        (
            "La rencontre de la Chine et de la Hongrie : sommet à l'université",
            "L'Université et l'Institut ont conjointement organisé la Conférence de l'IA et le "
            "Sommet sur l'IA les 24 et 25 octobre sur le campus.",
        ),
        # batch 137: a day observed every year, told as such
        (
            "Data Protection Day",
            "The aim of Data Protection Day, which is marked on 28 January each year, is to give "
            "citizens an opportunity to understand their rights.",
        ),
        # batch 137: a day a foundation « ont co-organisé »
        (
            "Les défis de la protection des données à l'honneur",
            "La Fondation et l'Université ont co-organisé, le 28 janvier 2027, la 8ème édition du "
            "Data Privacy Day.",
        ),
        # batch 134: an attendee's notes on a summit
        (
            "NASSCOM-DSCI Annual Information Security Summit 2027 - Notes",
            "NASSCOM-DSCI organised the 10th Annual Information Security Summit in Delhi during "
            "December 16-17.",
        ),
        # batch 129: an edition that « ont clôturé »; a year gone by
        (
            "Objectifs tenus",
            "Les Swiss Cyber Security Days ont clôturé leur troisième édition ce jour. La "
            "principale rencontre consacrée à la cybersécurité en Suisse a réuni en ligne "
            "mercredi 10 et jeudi 11 mars les décideurs du domaine.",
        ),
        ("La conférence en 2025", "La conférence a accueilli en 2025 mille participants."),
        # batch 126: a contest's days reported in their sentence are no window to apply in
        (
            "",
            "Antsiranana a accueilli pour la première fois l'édition du concours Hackathon "
            "Redshalk, du 27 au 29 août. Ce rendez-vous avait pour thème le tourisme.",
        ),
        (
            "Impliquer les jeunes dans le développement durable",
            "Ont eu lieu du 23 au 25 mai à Antananarivo et du 28 au 30 mai à Fianarantsoa les "
            "sessions du Hackathon WSA. Le Hackathon WSA est un concours d'applications.",
        ),
        (
            "Impliquer les jeunes",
            "Dans le cadre du World Summit Awards, ont eu lieu du 23 au 25 mai à Antananarivo et "
            "du 28 au 30 mai à Fianarantsoa les sessions du hackathon.",
        ),
        # batch 125: a day given up (« devait se tenir le »)
        ("Report", "La rencontre devait se tenir le 12 mars 2027 à Oran ; elle est annulée."),
        # batch 124: winners announced; the stock exchange's « Bourse »
        (
            "Bourses de recherche",
            "Le CRDI a annoncé les lauréats de son programme de bourses de recherche.",
        ),
        ("Marchés", "La Bourse de Paris a annoncé une séance de cotation réduite."),
        # batch 123: a month gone by, or one without a verb to come
        (
            "Conférence Bitcoin Afrique",
            "En avril 2027, la conférence a réuni 400 participants à Douala.",
        ),
        # batch 150: the World Economic Forum is an organisation; intelligence gathering
        (
            "Annual Meetings on cybersecurity",
            "The meetings, organised by the Government in partnership with the World Economic "
            "Forum (WEF) on 14-16 December in Dubai, opened with a discussion.",
        ),
        ("Threat report", "Intelligence gathering by the group intensified on 12 December 2026."),
        # batch 151: a forum "held between" its days; a conference that « aura une incidence »
        (
            "Digital forum",
            "The Bucharest Digital Innovation Forum (DISB), held between 16 and 18 December this "
            "year at the Parliament, gathered 150 hubs.",
        ),
        (
            "Une conférence internationale sur la diplomatie scientifique",
            "La conférence aura une incidence sur la diplomatie scientifique.",
        ),
        # batch 152: a techathon told of, not launched; who can participate in a meeting
        ("The techathon in review", "The techathon gathered 300 students in Islamabad."),
        (
            "Open meeting",
            "Any students from the region can participate in the debate on AI.",
        ),
        # batch 155: a challenge's winners announced
        (
            "Video conferencing",
            "The ministry has announced the winners of the innovation challenge for start-ups.",
        ),
        # batch 156: a call for calm; a venture fund; a major event
        ("Protests", "The mayor made a new call for calm on 12 December 2026 in the city."),
        ("Funding news", "The firm launched a technology fund on 12 December 2026."),
        ("Olympics", "A major event on 12 December 2026 will close the roads."),
        # batch 157: an exhibition held alongside a summit that opened
        (
            "Vietnam faces shortage of cybersecurity professionals",
            "More than 800 leaders gathered at the summit that opened on Friday. An exhibition "
            "held alongside the summit brought together 50 enterprises.",
        ),
        # batch 158: a call's chosen companies (« sélectionnées ») report its results
        (
            "VivaTech : huit entreprises calédoniennes sélectionnées",
            "Le gouvernement a lancé, du 22 janvier au 12 février 2027, un appel à candidatures "
            "pour intégrer la délégation.",
        ),
        # batch 159: a name's "OPEN" announces no call; a campus that « a vibré au rythme » of
        # a hackathon on its days
        (
            "Une plateforme numérique dédiée à l'entrepreneuriat féminin",
            "Sa présidente et son partenaire d'OPEN-It ont participé à un appel à propositions "
            "qui englobe un certain nombre d'étapes.",
        ),
        (
            "Hackathon à La Réunion : des étudiants unis contre les cyclones",
            "Les 24 et 25 novembre 2026, le campus de La Réunion a vibré au rythme du premier "
            "hackathon orchestré par la Préfecture.",
        ),
        # batch 161: "the curtains fell" on a hackathon on its day; a contest that « avait été
        # lancé »
        (
            "ECOWAS Hackathon",
            "On December 18, 2026, the curtains fell on the second edition of the ECOWAS "
            "Hackathon.",
        ),
        (
            "Bilan du fonds",
            "Un concours avait été lancé pour les jeunes de cinq pays membres l'an dernier.",
        ),
        # batch 162: a forum "which was scheduled for" its days, cancelled
        (
            "Digital Bridge canceled due to floods",
            "The ministry decided to cancel the International IT Forum, which was scheduled for "
            "December 5-7 this year in Astana.",
        ),
        # batch 163: a hackathon "scheduled … for" its days that "has been postponed"
        (
            "Hackathon postponed",
            "The National Defense Hackathon 2026, scheduled in Ukraine for December 20 and 21, "
            "has been postponed due to the attacks.",
        ),
        # batch 164: a dispatch's dateline is no event's day
        (
            "Jordan hosts international conference on cybersecurity",
            "Amman, Dec. 17 (Petra) – The Engineers Association inaugurated the Jordan "
            "International Cybersecurity Conference on Tuesday.",
        ),
        # batch 165: the site's day above the repeated headline is no event's
        (
            "‘Digital Nepal Conclave 2026’ kicks off",
            "Menu\nWed, Dec 15, 2027\n\n‘Digital Nepal Conclave 2026’ kicks off\n\nKATHMANDU: ICT "
            "Foundation Nepal has organised the conclave in Kathmandu.",
        ),
        # batch 178: a page's heading gives the days its text says a faculty « a organisé »
        (
            "Conférence internationale",
            "Jeudi 19 et vendredi 20 juin 2027\n\nLa Faculté d'ingénierie a organisé, les 19 et "
            "20 juin 2027, sur le campus, la conférence internationale « Engineering the Future "
            "with AI ».",
        ),
        # batch 176: a report's heading on its day ("12/13 Recap:")
        (
            "Meetup Playbook",
            "Meetups are one time get togethers of the community. Any member can organize a "
            "meetup. 12/13 Recap: the team will wait for the demand to rise.",
        ),
        # batch 174: a symposium people "attended" on its day; a lecture a department "welcomed"
        (
            "Annual Cyber Symposium Brings Large Crowd, Interesting Discussion",
            "More than 200 people attended a daylong symposium at the University of Maryland on "
            "December 10 to explore the latest trends in cybersecurity.",
        ),
        (
            "Distinguished Lecture Series: Bruce Schneier",
            "December 17 the Computer Science Department welcomed security expert Bruce Schneier "
            "as part of the Distinguished Lecture Series.",
        ),
        # batch 171: a photograph's caption ends on its day; a page that lists an event's day and
        # place below its report
        (
            "Web Summit: searching for green badges",
            "The Prime Minister tours the Web Summit venue with its founder on December 31, 2026. "
            "Picture: Horacio Villalobos",
        ),
        (
            "AI leadership in Mauritius",
            "The event brought together CEOs and investors.\n\nEvent at a Glance\n  • Date: 18 "
            "February 2027\n  • Venue: Kalis Investment, Port Louis",
        ),
        # batch 170: a call whose deadline "was" its day; a call that "received a total of" its
        # applications
        (
            "Call for Proposals 2027 under the Innovation Boost Grant",
            "The Council launched a Call for Proposals on Wednesday, 3rd February 2027. The "
            "deadline for the submission of applications was Friday, 12th March 2027 by 15hrs.",
        ),
        (
            "Call for Proposals for short-term priority projects",
            "A Call for Proposals, the Innovation Boost Grant, was launched in March 2026. As a "
            "result of this Call for Proposals, the Council received a total of 130 applications.",
        ),
        # batch 168: a conference that "launched … on", "running through", "concluded", a day a
        # news agency "reported" on
        (
            "World AI Conference opens in Shanghai",
            "The World Artificial Intelligence Conference (WAIC) 2026 launched in Shanghai on "
            "December 26, marking its largest edition. The three-day conference, running through "
            "December 28, has attracted participants from 30 countries.",
        ),
        (
            "Conference closes",
            "On December 28, the 2026 World Artificial Intelligence Conference concluded in "
            "Shanghai.",
        ),
        (
            "Robots",
            "Dozens of robots were unveiled at the conference, reported Agence France-Presse on "
            "December 27.",
        ),
        # batch 120: a fair « tenu le » its day is over (« la tenue de » only announces)
        ("Bilan", "Le salon du numérique tenu le 12 mars 2027 à Caen."),
        # batch 118: a price is no prize
        ("Hausse des prix", "Le prix des licences augmente le 1er mars 2027 pour les PME."),
        # batch 115: the French « lecture » is reading; a debate over a policy
        (
            "Lecture : le dernier rapport sur la menace",
            "Notre lecture du rapport publié le 12 mars 2027 sur la menace cyber.",
        ),
        ("The debate over AI regulation", "Lawmakers will vote on 12 March 2027."),
        # batch 112: a hackathon a partner « a organisé » on its day
        (
            "Hackathon régional sur l'intelligence artificielle",
            "L'agence a organisé le samedi 18 mars 2027 un hackathon régional sur l'IA.",
        ),
        # batch 96: a guide's edition that begins with a chapter; a Safer Internet Day gone by
        ("Le guide", "La 5e édition du guide commence par un constat sur la sécurité."),
        ("Bilan", "Le Safer Internet Day a été célébré le 8 février dernier dans 150 pays."),
        (
            "Safer Internet Day",
            "Le 8 février a été célébré dans le monde entier le Safer Internet Day.",
        ),
        # batch 95: « événement » alone, or with a day it did not say it is organised on
        ("Un événement majeur", "Un événement majeur le 12 février : la fusion est signée."),
        ("Bilan", "L'événement a réuni 300 personnes le 12 février à Caen."),
        # batch 94: a call for expression of interest's respondents counted in the title
        (
            "Overwhelming response: 76 respondents express interest in AI gigafactories",
            "The purpose of this call for expression of interest was to gather early insights.",
        ),
        ("Innovation news", "The ministry announced the winners of the call for proposals."),
        # batch 41: a host's guide: "open" in the sentence before does not announce a call
        (
            "How to Host a Conference",
            "All calls must be open to all to submit. Calls for papers or training must be "
            "announced on the conference page.",
        ),
        # batches 188 and 190: the same competitions told without an invitation
        ("News", "Student teams took part in the competition and solved real problems."),
        ("Overview", "The competition, one of the largest in Japan, rewarded ten business ideas."),
        # batches 208, 209 and 215: entries that opened, a sandbox open to firms, an application
        # form written in
        ("Challenge", "The challenge, whose entries opened debates, was held last year."),
        ("Regulatory sandbox", "The sandbox is open to authorized and unauthorized firms."),
        ("Visa guide", "Grants of visas depend on what you write in the application form."),
        # batch 212: a listing's "- Status - Closed", a call's evaluation results
        (
            "AI Factory Antennas",
            "Call for proposals - Status - Closed - Opening Date - May 22, 2027 - Deadline - "
            "August 21, 2027",
        ),
        (
            "AI Factory Antennas",
            "Evaluation Results. Number of proposals submitted: 14. Number of proposals retained "
            "for funding: 13. Type of grant: Call for proposals. Deadline dates: 09 July 2027.",
        ),
        # batch 222: a call's final resolution, a challenge's laureates; and the boundaries of
        # batches 219–220's rules: winners announced, applications accepted last year, a wing
        # « now open »
        (
            "Ports 4.0",
            "The proposals accepted in this call for proposals are now available. With the "
            "publication of the final resolution of the IV call, we know the initiatives selected.",
        ),
        (
            "Les défis lancés par le port de Marseille",
            "Le second Smartport Challenge a livré, mardi 16 juin, ses lauréats. Un défi résolu "
            "n'a pas été primé en raison du règlement du concours.",
        ),
        ("Competition", "The FTC on Wednesday announced the winners of the competition."),
        ("Scholarship", "Applications were accepted last year for the scholarship."),
        ("Museum — Now Open", "The new wing welcomes visitors."),
        # batches 226–227: a title that names the start-ups picked; grant programs counted as a
        # kind, not one launched
        (
            "Minas Gerais picks 40 startups for acceleration program",
            "The 40 startups that have taken part in one of the biggest tech entrepreneurship "
            "contests in Brazil have been announced. Within 22 days from the launch of the "
            "application process, 1367 startups applied.",
        ),
        (
            "AI in Schools Grant",
            "An AI in Schools Grant refers to any funding initiative. Governments have launched a "
            "growing number of grant programs for schools.",
        ),
        # batch 229: a sponsor of no competition
        ("Sponsors", "The bank is sponsoring the local football team this season."),
        # batch 233: a hackathon page that says it is over, a hackathon told in the passive past
        (
            "Hospital Of The Future",
            "497 Registered. This campaign is over. The hackathon will start at May 14, 2027 12:00 "
            "AM EST and end at May 24, 2027.",
        ),
        (
            "Innovative AI solutions for healthcare",
            "In partnership with Microsoft, an online hackathon was organised and hosted by "
            "Stratiteq, from April 21st to May 12th, 2027.",
        ),
        # batch 235: a title that tells a past year's "success story"
        (
            "The Legal Tech Hackathon and its past year's success story",
            "At the finale of the hackathon on May 13th, 2027, we heard the pitches of this year's "
            "5 teams.",
        ),
        # batch 277: an edition told in the imperfect
        (
            "Les journées C&ESAR / European Cyber Week",
            "Cet évènement démarrait la 3e édition de la European Cyber Week, organisée par le "
            "Pôle d'excellence cyber, du 19 au 22 novembre dans le nouveau centre de congrès.",
        ),
        # batches 269–272: an archived solicitation; a letter of intent to buy a company
        (
            "NSF 20-503: National AI Research Institutes",
            "Archived funding opportunity. This document has been archived. The latest version is "
            "NSF 23-610. Program Solicitation NSF 20-503. Full Proposal Deadline(s): January 28, "
            "2027.",
        ),
        ("Acme signs deal", "Acme signed a letter of intent to acquire Beta Corp for $20 million."),
        # batches 265–268: procurement's "open market consultation", a summit's day told as past
        (
            "What is it?",
            "Pre-commercial procurement (PCP) is a means to stimulate the market. The phases of "
            "PCP include, open market consultation, call for tender, solution design.",
        ),
        (
            "Sommet de l'IA : le D-Day pour Station F",
            "L'incubateur de Xavier Niel a reçu, mardi 11 mai, le gratin de la French Tech à "
            "l'occasion du business day, en marge du Sommet.",
        ),
        # batch 262: a conference told as hosted
        (
            "NJ Cybersecurity Virtual Conference: Connect, Collaborate, Careers",
            "On October 16, 2027, the first-ever New Jersey Cybersecurity Conference was hosted "
            "virtually by Seton Hall University.",
        ),
        # batches 256–260: a competition's listing that tells its dates as past; an observance
        # day a text names in passing
        (
            "Don't Get Kicked!",
            "Completed • $10,000 • 570 teams. Fri 30 Sep 2025 – Thu 5 Jan 2026 (2 years ago). "
            "Competition Rules. You may submit a maximum of 3 entries per day. End Date: "
            "1/5/2026.",
        ),
        ("Password news", "On World Password Day, the bank reminded its clients of the rules."),
        # batches 250–255: an advice column on any application process; a MOOC launched
        (
            "How to get the best startups to enter your pitch competition",
            "Have a lean, well-documented application process and stick to it. Every additional "
            "step in an application process adds time for busy founders.",
        ),
        ("SecNumacadémie", "Au MOOC, officiellement lancé le 18 mai, est associé un forum."),
        # batch 245: a business fair's audience, not a call's
        (
            "Le Salon de l'entreprise",
            "Pour qui ? Ouvert à tous les porteurs de projets, les dirigeants. Pour quoi faire ? "
            "Trouver les financements, établir son business plan.",
        ),
        # batches 293–300: procurement codes and guides that define or describe requests for
        # information; applications suspended; a method applied; events told as past by who took
        # part, what was said there or « ont donc organisé »; a call launched and closed
        (
            "19-61-115",
            "(a) As used in this section, “request for information” means a procedure for "
            "formally requesting information from prospective bidders.",
        ),
        (
            "Section 12: Request for Information (RFI)",
            "The purpose of a request for information is to obtain information from potential "
            "bidders before issuing an invitation for bid or request for proposal.",
        ),
        (
            "RFIs provide useful info for would-be contractors",
            "Public officials are increasingly issuing Requests for Information (RFIs) to solicit "
            "input before a bid document is drafted.",
        ),
        (
            "Ethereum Foundation Pauses Open Grants",
            "The Ethereum Foundation is temporarily suspending the open application process for "
            "its Ecosystem Support Program, as the foundation reported challenges in managing the "
            "volume of applications.",
        ),
        (
            "Zero Trust Architecture",
            "Cloud-first brings flexibility, but also a complex set of security challenges. We "
            "will show you how to apply them simply and cost-effectively.",
        ),
        (
            "Les drones au service de l'agriculture",
            "« C'est un marché d'avenir », a indiqué le président de la Chambre d'agriculture en "
            "ouverture de la journée du 23 novembre « Services aériens ».",
        ),
        ("W.A.V.E.", "L'Agence du Numérique a participé au premier hackathon le 15 novembre 2026."),
        (
            "W.A.V.E.",
            "« Il en était justement question lors des Rencontres Filière Bois du 15 novembre "
            "2026 », commente le conseiller.",
        ),
        (
            "Les collégiens s'immergent",
            "Dans le cadre de la semaine de l'industrie, les élèves de 3e ont bénéficié mardi 23 "
            "novembre d'une intervention.",
        ),
        (
            "L'agriculture, ils trouvent ça drone",
            "Mercredi 31 janvier, ils ont donc organisé une demi-journée de présentation d'un "
            "drone agricole.",
        ),
        (
            "Concours ITA'Innov",
            "Les instituts ont répondu à l'appel à candidatures lancé le 30 octobre 2025 et clos "
            "le 31 janvier 2026.",
        ),
        # batches 344–345: a call's winners named, the call told open in the past
        (
            "Appel à projets hydrogène : 11 projets sélectionnés",
            "Cet appel à projets était ouvert jusqu'au 18 octobre 2027.",
        ),
        # batch 341: a call whose winners a jury has selected
        (
            "Sécuriser les territoires",
            "Le CHU a répondu à l'AMI « Sécuriser les territoires ». Un jury interministériel a "
            "assuré la sélection des lauréats de l'AMI en s'appuyant sur 4 critères. La seconde "
            "étape de cet AMI consistera en un appel à projets.",
        ),
        # batches 339–340: a day by its weekday told as past; a document host's posting date
        (
            "Salon de l'IA",
            "Le salon a eu lieu jeudi 5, et a réuni 300 visiteurs.",
        ),
        (
            "L'EUROPE - Le magazine de la ville du Havre",
            "Une Saison graphique • L'exposition dans les piscines « Des abysses et vous »\n\nPost "
            "on 15-Aug-2027\n\nLE MAGAZINE DE LA VILLE DU HAVRE",
        ),
        # batch 336: companies supported, told after the fact, no scheme to apply to
        (
            "Bilan de l'agence régionale",
            "En 2025, 40 entreprises ont été soutenues par une subvention régionale.",
        ),
        # batches 328–329: a next edition whose day is gone by
        (
            "Salon de l'IA",
            "Trois jours de salon. Lors de la prochaine édition, le 5 novembre 2026, les "
            "exposants seront plus nombreux.",
        ),
        # batches 321–324: bug bounty programmes spoken of, none to take part in; a course that
        # starts on its day
        (
            "Des hackers ont gagné un million de dollars",
            "Plusieurs entreprises ont lancé leur programme de bug bounty. L'armée française a "
            "aussi annoncé le lancement de son programme de bug bounty au début de l'année.",
        ),
        (
            "Une formation à la cybersécurité",
            "La formation débutera le 20 novembre 2026 à la CCI.",
        ),
        # batches 319–320: a deadline to apply told as past; a priority given to students that
        # no call gives
        (
            "Summer Scholars",
            "The deadline to apply was May 1, 2027, and 40 students were admitted.",
        ),
        (
            "Campus parking",
            "Priority will be given to students with disabilities when the new car park opens.",
        ),
        # batch 317: a document host's list of other documents; an acronym spelled out before it
        (
            "BOARD OF COMMISSIONERS PORT OF NEW ORLEANS",
            "BOARD OF COMMISSIONERS PORT OF NEW ORLEANS\n\nSimilar documents\nREQUEST FOR "
            "PROPOSALS\n\nCOWLEY COUNTY, KANSAS REQUEST FOR PROPOSAL. SALARY STUDY SUBMITTAL "
            "DEADLINE June 1, 2027",
        ),
        (
            "Advanced Metering Infrastructure (AMI) pilot for Grand Island",
            "The city installs smart water meters this spring.",
        ),
        # batches 304–305: a contest's history
        (
            "Le concours d'innovation i-Lab : un tremplin pour les entrepreneurs de la deep tech",
            "Pour l'édition 2020, le jury a distingué 73 lauréats parmi les 424 candidatures. "
            "Depuis son lancement en 1999, le concours d'innovation i-Lab a créé une véritable "
            "dynamique dans l'écosystème.",
        ),
        (
            "Le concours d'innovation i-Lab",
            "Les lauréats reçoivent une subvention d'un montant maximal de 600 000 euros. Cette "
            "subvention peut représenter jusqu'à 60 % du programme d'innovation de l'entreprise.",
        ),
        # batches 348–350: a council's acts; a show under way since Tuesday
        (
            "Recueil des actes administratifs",
            "Aménagement d'un atelier communautaire – Approbation du dossier de consultation des "
            "entreprises ...... 9",
        ),
        (
            "Navexpo monte en puissance",
            "Pour sa troisième édition, le salon professionnel Navexpo International, qui a débuté "
            "mardi et s'achève aujourd'hui, confirme sa montée en puissance.",
        ),
        # batches 352–354: a report's heading; a court (a guard of the new « Assises »)
        (
            "9e édition des Journées Hydrogène : bilan sur l'édition du 5 au 7 juillet",
            "Avec plus de 800 inscrits, ces trois journées ont relevé leur objectif. Appel à "
            "projets structurant de la région Bretagne pour décarboner les flottes de pêche.",
        ),
        ("Procès", "Il comparaîtra devant la cour d'assises du Calvados le 9 octobre 2027."),
        # batch 365: a submission deadline for something else than papers (a guard)
        ("Impôts : ce qui change", "The submission deadline for tax returns is April 15, 2027."),
        # batch 370: the time a challenge's entrants had (a guard of the invitation by « ont
        # jusqu'au … pour »)
        ("Le Smartport challenge", "Les start-ups avaient jusqu'au 28 août 2027 pour candidater."),
        # batches 382–384: a call « lancé par » the Region in a winner's history, without an
        # invitation (a guard); a resolution shown at a congress, told after it
        (
            "Un fonds pour la pêche",
            "L'agglomération a engagé le dispositif après avoir été lauréate d'un appel à projets "
            "lancé par la Région Normandie. Une enveloppe est disponible.",
        ),
        (
            "Archives pour la catégorie A la Une",
            "Cette résolution, approuvée à l'unanimité et présentée lors du Congrès des 10 ans de "
            "la loi ESS des 12 et 13 juin, est proposée à l'adoption.",
        ),
        # batch 388: a day that opens a sentence far from its « aura lieu » (a guard)
        ("Économie", "Le 12 mars, le ministre a dit qu'un salon aura lieu à Caen."),
        # batch 394: a call won, its winner named
        (
            "La Normandie, région pilote pour l'appel à projet sur le tourisme de savoir-faire",
            "La Normandie fait partie des cinq régions pilotes de l'appel à projet sur le tourisme "
            "de savoir-faire lancé par la DGE et remporté par l'association Entreprise et "
            "Découverte.",
        ),
        # batches 397–405: a show's days for its visitors (« Jusqu'au 1er mars, les visiteurs
        # pourront ») are no call's deadline; a day told as past after its weekday (« Samedi 24
        # avril a été la journée dédiée à Devoxx4kids, un événement »)
        (
            "Salon de l'agriculture : un stand pour la Normandie",
            "Jusqu'au 1er mars, les visiteurs pourront découvrir les produits normands. Le jeune "
            "agriculteur, sélectionné pour le concours de la race normande, présente sa vache.",
        ),
        (
            "Au pays de Devoxx France",
            "Les participants ont pu profiter de conférences. Samedi 24 avril a été la journée "
            "dédiée à Devoxx4kids, un événement visant à faire découvrir le code aux enfants.",
        ),
        # batches 407–410: a competition « no longer open »; a day told as past by « était
        # dédié » (« Le vendredi 4 décembre était dédié aux scolaires »)
        (
            "Competition brief: open funding competition",
            "This competition is no longer open. Dates and deadlines: Competition opens 6 June "
            "2027. Application deadline noon 7 September 2027.",
        ),
        (
            "Plus de 500 visiteurs pour nos portes ouvertes !",
            "Le vendredi 4 décembre était dédié aux scolaires, offrant aux jeunes une immersion "
            "dans l'industrie lors des journées portes ouvertes.",
        ),
        # batches 417–420: a program « currently closed »; a call whose applications were
        # counted (« 1 419 dossiers complets de candidature avaient été déposés »); days told as
        # past by « se sont poursuivis »
        (
            "Ontario Small Business Support Grant 2027",
            "• This program is currently closed. Amount: $20,000. Deadline: March 31, 2027. "
            "Applicants must be an Ontario small business.",
        ),
        (  # a venue, no event: "conference centres and convention centres"
            "Ontario Small Business Support Grant 2027",
            "Businesses required to close under the shutdown effective 12:01 a.m. on December 26 "
            "are eligible: conference centres and convention centres; meeting or event space.",
        ),
        (
            "Souk At-Tanmia : une 2ème édition encore plus ambitieuse",
            "À la clôture de l'appel à projets, le 30 décembre 2026, 1 419 dossiers complets de "
            "candidature avaient été déposés.",
        ),
        (
            "Le Maroc lance son programme d'appui aux startups industrielles",
            "Le programme a démarré par un hackathon. Les Hackathons se sont poursuivis à "
            "Marrakech du 17 au 19 décembre puis à Fès.",
        ),
        # batches 427–430: a workshop told as held after its day ("On 19 May 2021, DIGITAL SME
        # held a workshop"), as "hosted the" was
        (
            "European AI Act – How will this regulation affect SMEs?",
            "Members discussed the Act. On 19 December 2026, DIGITAL SME held a workshop titled "
            "“European AI Act – How will this regulation affect SMEs?” for members of the Focus "
            "Group AI.",
        ),
        # batches 450–454: reports of events by their verbs ("brought together", "gathered for",
        # "gathered in"), their titles ("Looking back at", "Follow-up report", "a chronicle of")
        # or their lead ("The recent … workshop"); projects funded "under the HORIZON-… topic"
        (
            "Gaia-X Tech-X & Hackathon #9 in Athens",
            "On 28–29 December, the Gaia-X Tech-X & Hackathon #9 brought together developers, "
            "engineers and innovators from across Europe in Athens, Greece.",
        ),
        (
            "Internal hackathon paves the way to new business models",
            "On 22nd and 23rd December 2026, 18 project partners of the firms Software AG, "
            "Gebrüder Heller Maschinenfabrik GmbH and IGH Infotec AG gathered for an internal "
            "hackathon organised by the TU Wien.",
        ),
        (
            "Conference brought Gaia-X to life",
            "On 7 and 8 December 2026, around 500 people joined the livestream as the key actors "
            "behind Gaia-X gathered in Berlin for GXFS Connect 2026.",
        ),
        (
            "Looking back at a successful Gaia-X Tech-X & Hackathon 2027 in Athens",
            "The hackathon on 28 December focused on trusted data sharing.",
        ),
        (
            "Follow-up report GXFS Connect 2027: Conference brought Gaia-X to life",
            "Around 500 people joined the conference on 7 December.",
        ),
        (
            "Three years of Green Deal Data Spaces: a chronicle of our final event",
            "All sessions were recorded.\nDay 1 – Tuesday, December 22: Demonstrations and "
            "Workshops",
        ),
        (
            "When Data Meets Dialogue at DataWeek workshops in Athens",
            "The recent Data Week 2026 workshop in Athens, organised by projects under the "
            "HORIZON-CL4-2023-DATA-01-02 topic, gathered five projects on data sharing.",
        ),
        # batches 477–482: a call closed by its banner, a portal's past rounds, the applications
        # a call received, its recipients announced
        (
            "Grand Solutions: Digitisation and technology",
            "Closed for applications\nThis call for proposals invests in innovation projects.\n"
            "Important dates\nFebruary 1, 2027\nOpens for applications\nApril 5, 2027\n"
            "Application deadline",
        ),
        (
            "EU Funding",
            "European calls for projects\nThe second call for projects was open from October 12, "
            "2026 to March 21, 2027.",
        ),
        (
            "Forte demande des PME",
            "Dans le cadre de l'appel à projets lancé en juin, 270 demandes ont été reçues au "
            "total avant la date limite de soumission du 10 décembre 2026.",
        ),
        (
            "Regional fund: first round",
            "The agency has announced the funding recipients in the first round of its new "
            "regional enterprise development fund. Twenty-one successful applicants secured "
            "funding in the first competitive call. The second call will open for applications "
            "in March 2027.",
        ),
        # batch 484: a funder's results
        (
            "A strong start to the year",
            "The agency has released the results of several key calls for proposals: 139 "
            "million euros to 35 projects.",
        ),
        # a subsidy in the news, its beneficiaries named: no scheme to apply to
        (
            "Fuel prices",
            "The government extended the fuel subsidy for farmers. Beneficiaries: farmers and "
            "fishermen.",
        ),
        # batch 501: a guide to calls, its title teaching, no closing date
        (
            "How to participate in a federal challenge",
            "Challenges and prize competitions are a great way to help solve problems. Who can "
            "participate? The rules differ for each challenge.",
        ),
        # batch 504: a funding page's "(call closed)" and "All funding calls have now closed"
        (
            "Digital twin testbeds",
            "FUNDING\nNational Digital Twin Testbeds (call closed)\nApplication forms should be "
            "received by 14 February 2027 at 12 noon.\nUpdate: All funding calls have now closed.",
        ),
        # a subsidy no longer, or not yet, accepting applications
        (
            "Innovation vouchers",
            "The agency is no longer accepting applications for the subsidy programme.",
        ),
        (
            "Innovation vouchers",
            "We are not accepting applications for the subsidy programme at this time.",
        ),
    ],
)
def test_mentions_in_passing_are_not_opportunities(title, text):
    assert detect(title, text, PUBLISHED) is None


def test_a_show_postponed_is_on_its_new_days():
    """« Il se tiendra finalement du 24 au 27 novembre » (batch 415): the new days of a show
    postponed from March, not those of another show the page names after it, read on a page
    whose publication date is not known."""
    text = (
        "L'association Rochexpo vient d'annoncer une nouvelle date pour la tenue du salon "
        "international du décolletage (SIMODEC) initialement prévu du 10 au 13 mars. Il se "
        "tiendra finalement du 24 au 27 novembre. L'événement, qui a rassemblé 300 exposants "
        "l'an dernier, est l'un des plus importants du secteur. Le salon Naturella prévu du 20 "
        "au 22 novembre a été annulé, comme la Foire qui devait se tenir du 30 avril au 10 mai. "
        "Les exposants sont attendus au salon Mieux Vivre Expo du 29 octobre au 22 novembre."
    )
    title = "Coronavirus : le salon international du décolletage reporté fin novembre"
    found = detect(title, text[:400], date(2020, 1, 1), body=text)  # a fetched page
    assert found is not None and (found.label, found.day) == ("Salon", date(2020, 11, 24))


FILLER = "Le programme accompagne les entreprises de la région dans leurs projets. " * 60


def test_a_show_that_closed_its_doors_is_over():
    """« a fermé ses portes le 9 septembre » tells a past day (batch 64): the day after it, the
    next edition's, is the event's, read on a page whose publication date is not known."""
    found = detect(
        "Le salon Innov-Agri a attiré 61 000 visiteurs",
        "Innov-Agri a fermé ses portes le 9 septembre. Les 7 et 8 septembre 2027, ce sera au "
        "tour d'Innov-Agri Sud-Ouest.",
        date(2026, 1, 1),
    )
    assert found is not None and found.day == date(2027, 9, 7)


def test_a_report_said_only_further_down_does_not_hide_the_event():
    # « Retour sur » as a lead says a report; written lower down a page, or not at a
    # sentence's start, it does not
    text = "Le salon aura lieu le 4 juin 2027 à Caen. " + "Les exposants présentent leurs "
    text += "solutions aux entreprises de la région. " * 12 + "Retour sur l'édition 2026 en vidéo."
    found = detect("Salon de la cybersécurité", text, PUBLISHED)
    assert found is not None and found.day == date(2027, 6, 4)
    found = detect("Salon", "Le salon aura lieu le 4 juin 2027 (retour sur scène).", PUBLISHED)
    assert found is not None and found.day == date(2027, 6, 4)


def test_a_science_festival_of_a_year_is_that_year():
    """« la Fête de la Science 2027. Du 6 au 16 octobre » (batch 74): the festival's days are in
    the year its name gives, on a page whose publication date is not known."""
    found = detect(
        "Fête de la Science à Blois",
        "Se profile la Fête de la Science 2027. Du 6 au 16 octobre, le Loir-et-Cher sera le "
        "théâtre de nombreuses animations.",
        date(2026, 1, 1),
    )
    assert found is not None and (found.label, found.day) == ("Festival", date(2027, 10, 6))


def test_a_page_is_read_beyond_its_summary():
    """The page's text (``body``): what it announces in its first 3,000 characters, a
    call's closing date further down, from a closing cue only."""

    def read(body: str) -> Opportunity | None:
        title = "Appel à projets Cybersécurité des PME"
        return detect(title, "La Région soutient les PME.", PUBLISHED, body=body)

    far = read(f"{FILLER} Date limite de dépôt des dossiers : 15 mars 2027.")
    assert far is not None and far.deadline == date(2027, 3, 15)
    assert len(FILLER) > 3_000  # the closing date is past the page's lead
    summary_only = detect("Appel à projets Cybersécurité des PME", "La Région soutient.", PUBLISHED)
    assert summary_only is not None and summary_only.deadline is None
    unrelated = read(f"{FILLER} L'exposition reste ouverte jusqu'au 20 mars 2027.")
    assert unrelated is not None and unrelated.deadline is None
    # a document host's list of other documents is no part of the item, down the page too,
    # wherever the list starts
    for body in (
        f"{FILLER}\nSimilar documents\nSALARY STUDY. Date limite de dépôt : 15 mars 2027.",
        f"Similar documents\n{FILLER} Date limite de dépôt : 15 mars 2027.",
    ):
        listed = read(body)
        assert listed is not None and listed.deadline is None
    in_lead = detect(
        "Soutien aux PME",
        "Un dispositif régional.",
        PUBLISHED,
        body="Cet appel à projets finance des diagnostics de cybersécurité. " + FILLER,
    )
    assert in_lead is not None and in_lead.label == "Appel à projets"
    assert detect("Soutien aux PME", "Un dispositif régional.", PUBLISHED) is None


def test_a_summary_cut_from_the_page_is_read_in_the_page():
    """The collector's summary of a fetched page is its first 400 characters, cut at a word:
    read in the page, a sentence goes on past the cut (« … a été organisée »: a report)."""
    page = (
        "Dans l'Orne, la ville se veut un lieu de réflexion sur l'IA. Le 9 novembre 2027, une "
        "conférence ouverte au grand public a été organisée à Damigny, réunissant experts et "
        "curieux."
    )
    summary = page[: page.index(" a été organisée")] + "…"
    assert detect("Conférence IA à Damigny", summary, PUBLISHED, body=page) is None
    # the summary alone says nothing more: the cut is where the collector stopped
    assert detect("Conférence IA à Damigny", summary, PUBLISHED) is not None
    # a summary of its own (a feed's description) is read with the page, as before
    own = detect("Conférence IA à Damigny", "Une conférence le 9 novembre 2027.", PUBLISHED, page)
    assert own is not None and own.day == date(2027, 11, 9)
    # and so for an item of a source declared to announce events: the report has no day
    declared = detect("Conférence IA à Damigny", summary, PUBLISHED, page, announces="event")
    assert declared is not None and declared.when is None


def test_a_source_that_announces_calls_or_events_says_what_its_items_are():
    """A partner's « appels à projets » page or an events feed (sources.yaml « announces »):
    each item is of that kind even when its words say nothing the rules know, with its
    date when it gives one; the rules' own reading of that kind is kept."""
    words = ("Soutien régional au numérique", "Les PME de la région peuvent être aidées.")
    assert detect(*words, PUBLISHED) is None
    call = detect(*words, PUBLISHED, announces="call")
    assert call == Opportunity("call", "Appel à projets", None, None, "source")
    dated = detect(
        "Soutien régional au numérique",
        "Les PME peuvent être aidées.",
        PUBLISHED,
        body=f"{FILLER} Date limite de dépôt : 15 mars 2027.",
        announces="call",
    )
    assert dated is not None and dated.deadline == date(2027, 3, 15)
    over = detect(
        "Les lauréats du soutien régional", "Dix PME aidées.", PUBLISHED, announces="call"
    )
    assert over is None  # its winners: the call is over
    talk = ("L'IA au service des artisans", "À la CCI de Caen, le 10 décembre à 8 h 30.")
    assert detect(*talk, PUBLISHED) is None
    event = detect(*talk, PUBLISHED, announces="event")
    assert event == Opportunity("event", "Événement", None, date(2026, 12, 10), "source")
    report = detect(
        "L'IA au service des artisans", "Il s'est tenu le 5 novembre.", PUBLISHED, announces="event"
    )
    assert report is not None and report.when is None  # a past day is no date to come
    webinar = detect("Webinaire IA", "Le 5 janvier.", PUBLISHED, announces="event")
    assert webinar is not None and webinar.label == "Webinaire"  # the rules' reading
    rules_call = detect(
        "Appel à projets IA", "Jusqu'au 1er mars 2027.", PUBLISHED, announces="event"
    )
    assert rules_call is not None and rules_call.kind == "event"  # the source says what it is
    # a calendar file's item: the day its event starts, not another day its text gives
    calendar = declared(
        "event",
        "Agenda",
        "Réunion du 10 décembre reportée. BEGIN:VEVENT DTSTART;TZID=Europe/Paris:20270604T083000",
        PUBLISHED,
    )
    assert calendar is not None and calendar.when == date(2027, 6, 4)


def test_a_call_whose_page_says_it_is_over_is_no_call():
    """Batch 172: a call's results counted ("a total of 49 proposals were submitted"), a
    portal's "Status: Closed", or « Closed » right below the page's repeated title: the call is
    over, even for a source declared to announce calls; a total that is no result, and a
    title followed by other words, leave the call as it is."""
    results = (
        "Over €1 million funding in 10 innovative proposals",
        "In the targeted Calls for Proposals, a total of 49 proposals were submitted. Ten "
        "proposals secured the funding.",
    )
    assert declared("call", *results, PUBLISHED) is None
    budget = ("Call for proposals", "A total of 49 proposals will be funded until 4 March 2027.")
    assert declared("call", *budget, PUBLISHED) is not None
    assert detect(*budget, PUBLISHED) is not None
    status = ("Call for proposals: AI in health", "Status: Closed. Deadline: 4 March 2027.")
    assert detect(*status, PUBLISHED) is None
    title = "EUROSTARS Cyprus Call for Proposals"
    badge = f"{title}\n\nClosed\n\nThe deadline for the submission of proposals is "
    portal = (title, f"{badge}4 March 2027, 14h00 (CEST).")
    assert detect(*portal, PUBLISHED) is None
    opened = (title, portal[1].replace("Closed", "Open"))
    found = detect(*opened, PUBLISHED)
    assert found is not None and found.deadline == date(2027, 3, 4)


def test_a_calls_closed_banner_says_it_is_over():
    """Batch 364: a ministry's page of calls under its banner « Vous ne pouvez plus participer
    à cet appel » is no call; the same page without the banner is one."""
    text = (
        "Attention ! Vous ne pouvez plus participer à cet appel.\n\nLe SPF Economie a lancé le "
        "27 juillet 2022 cinq appels à projets pour améliorer la cyber-résilience des PME."
    )
    assert detect("Appels à projets cyber-résilience des PME", text, PUBLISHED) is None
    opened = text.split("\n\n", 1)[1]
    assert detect("Appels à projets cyber-résilience des PME", opened, PUBLISHED) is not None


def test_calls_in_the_plural_after_a_bare_verb_tell_how_calls_go():
    """Batch 177: a page that explains a funding mechanism ("These consortia launch their own
    calls for proposals", "They open the calls for proposals") announces no call, and names
    only words news use too for what the model reads; a funder that "launches" or "has
    opened" its calls announces them."""
    explains = (
        "Cascade funding",
        "These consortia launch their own (mostly open) calls for proposals with their "
        "projects. They open the calls for proposals to attract potential beneficiaries.",
    )
    assert detect(*explains, PUBLISHED) is None
    assert call_words_named(*explains) == "common"
    for text in (
        "The Council launches two calls for proposals for start-ups.",
        "The Council has opened its calls for proposals for start-ups.",
    ):
        found = detect("Funding news", text, PUBLISHED)
        assert found is not None and found.kind == "call"
    assert call_words_named("Funding", "The call for proposals is open.") == "own"


def test_an_event_read_for_its_kind_is_not_on_a_day_told_as_past():
    """Batch 180: an event read for its kind (a source declared to announce events, or what
    the model reads) is not on a day its sentence tells as past ("The finals took place …
    from 25 August"); a day to come in the same item still is."""
    report = "The finals took place at the Main Auditorium from 25 August to 4 September."
    found = declared("event", "Codefest concludes successfully", report, PUBLISHED)
    assert found is not None and found.when is None
    coming = declared(
        "event", "Codefest", f"{report} The next edition opens on 12 March 2027.", PUBLISHED
    )
    assert coming is not None and coming.when == date(2027, 3, 12)


def test_a_hackathons_own_rules_announce_it_without_its_day():
    """A hackathon's own rules or terms ("Eligibility … Team size … Judging criteria"), no day
    on the page and no report, announce the hackathon (its day given elsewhere on its site);
    one such word is not enough, and a report of a hackathon with its rules is none."""
    rules = (
        "Eligibility\nOpen to participants worldwide. All participants must agree to the "
        "hackathon's rules.\n• Team size: 1–4 members.\nJudging Criteria and Winner Selection"
    )
    found = detect("Rules", rules, PUBLISHED)
    assert found == Opportunity("event", "Hackathon", None, None, "hackathon")
    one_word = rules.replace("• Team size: 1–4 members.\nJudging Criteria and Winner Selection", "")
    assert detect("Rules", one_word, PUBLISHED) is None
    report = f"The hackathon took place last weekend at the university. {rules}"
    assert detect("Rules", report, PUBLISHED) is None


def test_a_call_published_today_is_announced():
    # batch 468: "… published a call for proposals today" announces the call (not "published
    # the results of the call for proposals")
    text = (
        "The Foundation for Discharged Soldiers and the Innovation Authority published a call for "
        "proposals today, to develop entrepreneurship programmes for high-tech."
    )
    found = detect("A program for reserve and discharged soldiers", text, PUBLISHED)
    assert found is not None and (found.kind, found.label) == ("call", "Appel à propositions")
    results = text.replace("published a call", "published the results of the call")
    assert detect("A program for reserve and discharged soldiers", results, PUBLISHED) is None


def test_a_challenge_notice_invites_to_propose_a_solution():
    # batch 458: a notice published under a call for proposals, without its closing date, that
    # says « proposez votre solution ici »
    text = (
        "Le présent avis du défi est publié en vertu de l’appel de propositions (004) du "
        "programme Solutions Innovatrices Canada (SIC).\nÉtapes à suivre :\nÉtape 1 : lisez ce "
        "défi\nÉtape 3 : proposez votre solution ici : https://ised-isde.canada.ca/site/"
    )
    found = detect("Technologies de pointe pour une diligence raisonnable", text, PUBLISHED)
    assert found is not None and (found.kind, found.label) == ("call", "Appel à propositions")


def test_a_funders_eligibility_page_invites_to_apply():
    """A funder's FAQ ("Is my project eligible?") or eligibility page ("The main applicant must
    be one of the following") invites to apply for the grant it names."""
    for text in (
        "Is my project eligible? The fund looks for tech-based projects; the grant covers 80 %.",
        "The main applicant must be one of the following: a company registered for a year. "
        "Awards of a grant are made to the project leader.",
    ):
        found = detect("Funding scheme", text, PUBLISHED)
        assert found is not None and found.kind == "call"
    past = "The fund's grant covered 80 % of the costs."
    assert detect("Funding scheme", past, PUBLISHED) is None


def test_an_events_agenda_page_announces_it_without_its_day():
    """Batch 175: a page titled « Agenda » or "Schedule" that tells how to attend ("Doors Open
    & Check-In") and names an event announces it, its day given elsewhere on its site; the
    same page under another title, or without an event's word, announces nothing."""
    agenda = (
        "Day 1: Hacking Begins\n10:00 – 12:00\nDoors Open & Check-In\nArrive, check in, and "
        "soak in the hackathon atmosphere.\n12:00 – 12:30\nOpening Ceremony & Start Code"
    )
    found = detect("Agenda", agenda, PUBLISHED)
    assert found == Opportunity("event", "Hackathon", None, None, "hackathon")
    assert detect("Schedule", agenda, PUBLISHED) is not None
    assert detect("Our team", agenda, PUBLISHED) is None
    assert detect("Agenda", agenda.replace("hackathon", "office"), PUBLISHED) is None


def test_a_funding_listing_gives_its_status_and_closing_date():
    """Batch 188: a funding portal's listing ("Date closing: June 30, 2027 … Status: Open") is
    a call closing on that day; the same listing closed, or a status without a grant, is none."""
    listing = (
        "Excellence Scholarship and Mobility Grant Award Call\n- Date closing: June 30, 2027\n"
        "- Amount: -\n- Total budget: 21,000 €\n- Status: Open\n- Funding type:"
    )
    found = detect("Grant Award Call", listing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 6, 30))
    assert detect("Grant Award Call", listing.replace("Open", "Closed"), PUBLISHED) is None
    assert detect("Ticket 4521", "Priority: low. Status: Open. Assignee: none.", PUBLISHED) is None


def test_a_schedules_line_gives_its_events_day_before_it():
    """Batch 188: in a schedule ("September 3, 10:00 CEST: Kick-off webinar • September 8-28:
    Remote development phase"), an event's day is its line's, before the colon, not the next
    line's; a day past on that line is none of it."""
    dates = (
        "Dates • December 3, 10:00 CEST: Kick-off webinar and team formation • December 8-28: "
        "Remote hackathon development phase"
    )
    found = detect("Rules", dates, PUBLISHED)
    assert found is not None and found.day == date(2026, 12, 3)
    french = "Calendrier : 18 novembre, 14h : webinaire de lancement ; 2 décembre : jury."
    found = detect("Calendrier", french, PUBLISHED)
    assert found is not None and found.day == date(2026, 11, 18)


def test_a_conferences_instructions_for_authors_call_for_papers():
    """Batch 189: a conference's "Instructions for authors" ("Papers should be submitted via
    EasyChair"), its "Author guidelines" above "prepare your abstract submission", or "Authors
    notified of the acceptance of their abstract are asked to submit the full paper" call for
    papers; a paper told as submitted, with no such page, is none."""
    for title, text in (
        ("Instructions for authors", "Papers should be submitted via EasyChair system."),
        ("Author guidelines", "Using guidelines prepare your abstract submission."),
        (
            "Full papers",
            "To submit an abstract, log in. Authors notified of the acceptance of their abstract "
            "are asked to submit the full paper of their manuscript.",
        ),
    ):
        found = detect(title, text, PUBLISHED)
        assert found is not None and found.kind == "call", title
    told = "The team's paper was submitted to a journal and accepted after review."
    assert detect("Research news", told, PUBLISHED) is None


def test_news_from_an_event_under_way_is_no_announcement():
    """Batch 190: a title that tells what was unveiled at an event ("Tokyo Unveils AI Strategy
    at Sushi Tech 2025 Conference") reports from it, whatever day its text names next; what
    will be unveiled there is still to come."""
    text = "The governor opened the conference on Thursday. The new facility will open on May 8."
    title = "Tokyo Unveils AI Strategy at Sushi Tech 2025 Conference"
    assert detect(title, text, date(2027, 5, 1)) is None
    coming = "Tokyo Will Unveil Its AI Strategy at the Sushi Tech Conference"
    found = detect(coming, "The conference opens on May 8.", date(2027, 5, 1))
    assert found is not None and found.day == date(2027, 5, 8)


def test_a_funders_french_dates_and_applicants_invite_to_apply():
    """Batch 192: Ontario's « La date limite fixée pour présenter une demande est le 20 janvier
    2027 » under an aid's financing is a call closing that day; so is its « période de
    réception des demandes » or « Les demandeurs doivent être »; financing told without them is
    none."""
    text = (
        "L'Initiative offre du financement pour renforcer la cybersécurité. La date limite "
        "fixée pour présenter une demande est le 20 janvier 2027 à 23 h 59."
    )
    found = detect("Vue d'ensemble", text, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 1, 20))
    for words in (
        "La période de réception des demandes débutera le 16 septembre.",
        "Les demandeurs doivent être l'une des entités suivantes : une commission locale.",
    ):
        found = detect("Vue d'ensemble", f"L'Initiative offre du financement. {words}", PUBLISHED)
        assert found is not None and found.kind == "call", words
    told = "L'Initiative a offert du financement à douze commissions l'an dernier."
    assert detect("Vue d'ensemble", told, PUBLISHED) is None


def test_an_awards_round_told_open_is_a_call_with_its_closing_date():
    """Batch 198: "Round 3 of the … Award is now open" and "Applications have opened for the
    second round" invite to apply; a listing's "Opens: 29th Jun 2027 Closes: 7th Sep 2027" and
    "opened on 28 January and closes at 1.00pm on 4 March 2027" give the closing date; an award
    given, or a museum that closes on Mondays, is none."""
    for title, text in (
        ("Round 3 of the AI in Health and Care Award is now open", "Funding for AI products."),
        ("AI award", "Applications have opened for the second round of the AI Award."),
    ):
        found = detect(title, text, PUBLISHED)
        assert found is not None and found.kind == "call", title
    listing = "Award: view the funding competition. Opens: 29th Jun 2027 Closes: 7th Sep 2027"
    found = detect("AI in Health and Care Award", listing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 9, 7))
    window = (
        "The call for applications for the award is now open. The application process opened "
        "on 28 January 2027 and closes at 1.00pm on 4 March 2027."
    )
    found = detect("AI award", window, PUBLISHED)
    assert found is not None and found.deadline == date(2027, 3, 4)
    assert detect("AI award", "The award was given to 42 projects last round.", PUBLISHED) is None
    museum = "The museum closes on Mondays; the award hangs there."
    assert detect("Museum", museum, PUBLISHED) is None


def test_a_date_written_year_first_with_slashes_is_read_whole():
    """Batch 199: a listing's "Deadline: 2027/11/12, 4 p.m." is 12 November 2027 (year, month,
    day, as ISO with slashes), not « 11/12 » read as 11 December; « 12/11/2027 » stays day
    first."""
    listing = (
        "Open proposals for SME innovation. Funding: EUR1,500,000 Deadline: 2027/11/12, 4 p.m."
    )
    found = detect("Call for proposals", listing, PUBLISHED)
    assert found is not None and found.deadline == date(2027, 11, 12)
    day_first = "Call for proposals. Deadline: 12/11/2027."
    found = detect("Call for proposals", day_first, PUBLISHED)
    assert found is not None and found.deadline == date(2027, 11, 12)
    found = detect("Call for proposals", "Call for proposals. Deadline: 13/11/2027.", PUBLISHED)
    assert found is not None and found.deadline == date(2027, 11, 13)


def test_an_eth_hackathons_rules_announce_it_without_its_day():
    """Batch 201: an ETH hackathon's rules ("Hacker teams are made up of a maximum of 5
    people", "Pre-existing projects allowed", "the judging process") announce the hackathon
    without its day; one of those marks alone is not enough."""
    rules = (
        "Hacking Rules - Hacker teams are made up of a maximum of 5 people; - All projects "
        "developed during the hackathon must be open-source; Pre-existing projects allowed: "
        "only the new commits will be considered during the judging process."
    )
    found = detect("Hackathon Rules", rules, PUBLISHED)
    assert found == Opportunity("event", "Hackathon", None, None, "hackathon")
    one_mark = "Hacking Rules - All projects developed during the hackathon must be open-source."
    assert detect("Hackathon Rules", one_mark, PUBLISHED) is None


def test_an_invited_tracks_submit_your_paper_calls_for_papers():
    """Batch 202: a congress's invited track ("Open Invited Track … Submission Code: pqkr8 …
    Submit Your Paper") calls for papers; the same track described without it does not."""
    track = (
        "Open Invited Track – Emerging IT/OT-Security Concepts. Part of the IFAC World Congress "
        "2026. Submission Code: pqkr8. Submit Your Paper. About the Track: the digitalization of "
        "industrial systems."
    )
    found = detect("Open Invited Track", track, PUBLISHED)
    assert found is not None and found.kind == "call"
    described = "Emerging IT/OT-Security Concepts. The digitalization of industrial systems."
    assert detect("Emerging IT/OT-Security Concepts", described, PUBLISHED) is None


def test_an_events_first_day_after_starting_is_its_day():
    """Batch 205: "the fastest-growing tech conference … heading to Toronto for three years,
    with the first event starting May 20th" announces the conference on its first day; a
    programme "starting" with no event's word is none."""
    text = (
        "The fastest-growing tech conference in North America will for the first time be "
        "heading to Toronto for three years, with the first event starting May 20th."
    )
    found = detect("The Future Is Canada", text, date(2027, 4, 30))
    assert found is not None and (found.kind, found.day) == ("event", date(2027, 5, 20))
    course = "Our online course for managers, with the first module starting May 20th."
    assert detect("Training", course, date(2027, 4, 30)) is None


def test_a_months_end_told_as_the_time_one_had_is_no_deadline():
    # (a guard of the month's end read since batch 349: a report's « avaient jusqu'à »)
    found = detect(
        "Appel à projets",
        "Les candidats avaient jusqu'à la fin du mois de mars pour déposer leur dossier.",
        PUBLISHED,
    )
    assert found is not None and found.deadline is None


def test_a_date_without_a_year_is_the_next_one():
    found = detect("Webinaire IA", "Le 5 janvier.", date(2026, 12, 20))
    assert found is not None and found.day == date(2027, 1, 5)


def announcements(now: datetime, call: str, closing: date, webinar: date) -> list[Item]:
    """A call (``call``, closing on ``closing``) and a webinar (on ``webinar``) announced by
    source « a » in the last two days."""
    return [
        make_item(
            "a",
            "aap",
            call,
            now - timedelta(days=2),
            f"Dossiers jusqu'au {closing.day}/{closing.month}/{closing.year}.",
        ),
        make_item(
            "a",
            "webinaire",
            "Webinaire : sauvegardes",
            now - timedelta(days=1),
            f"Le {webinar.day}/{webinar.month}/{webinar.year}, en ligne.",
        ),
    ]


def test_the_agenda_lists_what_is_still_open_soonest_first(web_site):
    app, base = web_site
    now = app.now()
    soon = (now + timedelta(days=10)).date()
    later = (now + timedelta(days=40)).date()
    latest = (now + timedelta(days=60)).date()
    items = [
        *announcements(now, "Appel à projets cybersécurité des PME", later, soon),
        make_item(
            "a",
            "passe",
            "Appel à candidatures clos",
            now - timedelta(days=3),
            "Candidatures jusqu'au 1/1/2020.",
        ),
    ]
    page = make_item("a", "page", "Appel à projets Industrie du futur", now - timedelta(days=4))
    items.append(  # its closing date is only in the page's text, far down
        replace(
            page,
            content_text=f"{FILLER} Date limite : {latest.day}/{latest.month}/{latest.year}.",
        )
    )
    stores(app).store.record(SourceState("a", "https://a.example/f"), items, now)
    rows = app.agenda()
    assert [(r.label, r.day) for r in rows] == [
        ("Webinaire", soon),
        ("Appel à projets", later),
        ("Appel à projets", latest),
    ]
    calendar = Calendar.from_ical(httpx.get(f"{base}/agenda.ics").content)
    events = sorted((str(e["summary"]), e.decoded("dtstart")) for e in calendar.walk("VEVENT"))
    assert events == [
        ("Date limite : Appel à projets Industrie du futur", latest),
        ("Date limite : Appel à projets cybersécurité des PME", later),
        ("Webinaire : Webinaire : sauvegardes", soon),
    ]
    number = app.bulletin_new(now.date() - timedelta(days=7), now.date()).number
    agenda = app.bulletin(number).content.agenda
    assert [a.label for a in agenda] == ["Webinaire", "Appel à projets", "Appel à projets"]
    text = app._renderer().render(app.bulletin(number).content, {"cyber": "Cybersécurité"}).text
    assert "APPELS À PROJETS & AGENDA" in text and "jusqu'au" in text


def test_the_editor_takes_a_wrong_row_out_of_the_agenda_and_puts_it_back(web_site):
    """The detector can be wrong: the draft's agenda loses the row the editor takes out, the
    board lists it to put it back, and a frozen issue keeps what it had."""
    from veille.errors import BulletinError

    app, _ = web_site
    now = app.now()
    later = (now + timedelta(days=30)).date()
    items = announcements(now, "Appel à projets IA des PME", later, later)
    stores(app).store.record(SourceState("a", "https://a.example/f"), items, now)
    number = app.bulletin_new(now.date() - timedelta(days=7), now.date()).number
    rows = {a.title: a.item_id for a in app.bulletin(number).content.agenda}
    assert set(rows) == {"Appel à projets IA des PME", "Webinaire : sauvegardes"}
    call = rows["Appel à projets IA des PME"]

    app.bulletin_agenda_edit(number, call, hidden=True)
    view = app.bulletin(number)
    assert [a.title for a in view.content.agenda] == ["Webinaire : sauvegardes"]
    assert [a.item_id for a in app.agenda_hidden(view.record)] == [call]
    with pytest.raises(BulletinError, match="n'est pas dans l'agenda"):
        app.bulletin_agenda_edit(number, 999_999, hidden=True)

    app.bulletin_agenda_edit(number, call, hidden=False)
    assert len(app.bulletin(number).content.agenda) == 2
    with pytest.raises(BulletinError, match="n'a pas été retiré"):
        app.bulletin_agenda_edit(number, call, hidden=False)

    app.bulletin_agenda_edit(number, call, hidden=True)
    app.bulletin_ready(number)
    assert [a.title for a in app.bulletin(number).content.agenda] == ["Webinaire : sauvegardes"]
    with pytest.raises(BulletinError):
        app.bulletin_agenda_edit(number, call, hidden=False)  # frozen


def test_a_partner_corrects_what_an_item_announces(web_site):
    """A call the rules missed goes into the agenda with the date a partner gives; a row
    they got wrong leaves it; the item's history says who did it."""
    from veille.curation.history import describe
    from veille.curation.rules import Role
    from veille.errors import BulletinError

    app, _ = web_site
    now = app.now()
    items = [
        make_item("a", "missed", "Soutien aux PME", now - timedelta(days=2), "Un dispositif."),
        make_item(
            "a", "wrong", "Webinaire : bilan", now - timedelta(days=1), "Le 5/1/2099, en ligne."
        ),
    ]
    stores(app).store.record(SourceState("a", "https://a.example/f"), items, now)
    ids = {r.title: r.item_id for r in app.agenda()}
    assert set(ids) == {"Webinaire : bilan"}  # the rules missed the call
    rows = {r.title: r.id for r in app.items_search(InboxFilter())}
    missed, wrong = rows["Soutien aux PME"], rows["Webinaire : bilan"]
    camille_id = app.users_add(
        "agenda@cci.example", "Camille", Role.PARTNER, "cci", "mot-de-passe-1234"
    )
    camille = app.users_get(camille_id)
    assert camille is not None
    closing = (now + timedelta(days=20)).date()

    said = app.items_agenda_set(camille, missed, "Appel à projets", closing)
    assert said is not None and (said.kind, said.deadline) == ("call", closing)
    assert app.item_agenda(missed) == (said, True)
    assert app.items_agenda_set(camille, wrong, "", None) is None
    agenda = app.agenda()
    assert [(r.title, r.label, r.day) for r in agenda] == [
        ("Soutien aux PME", "Appel à projets", closing)
    ]
    history = [describe(e, {}, {"cci": "CCI"}) for e in app.item_page(camille, missed).view.events]
    assert f"Camille (CCI) a corrigé l'agenda : Appel à projets, {date_fr(closing)}" in history
    with pytest.raises(BulletinError, match="type inconnu"):
        app.items_agenda_set(camille, missed, "Pique-nique", closing)
    with pytest.raises(BulletinError, match="donnez la date"):
        app.items_agenda_set(camille, missed, "Webinaire", None)


def test_the_sources_declared_to_announce_fill_the_agenda(make_app):
    """Items of a source declared to announce calls or events (sources.yaml « announces »)
    go into the agenda whatever their words: the call with its closing date read down the
    page, the event on its day; an item of another source saying the same does not."""
    from .conftest import source_yaml

    app = make_app(
        source_yaml("a", "https://a.example/f"),
        source_yaml("aap", "https://aap.example/f", extra="    announces: call\n"),
        source_yaml("ev", "https://ev.example/", kind="page", extra="    announces: event\n"),
    )
    app.sources_sync()
    now = app.now()
    closing = (now + timedelta(days=45)).date()
    day = (now + timedelta(days=12)).date()
    scheme = make_item(
        "aap", "cheque", "Soutien régional au numérique des TPE", now - timedelta(days=1)
    )
    talk = f"À la CCI, le {date_fr(day)} à 8 h 30."
    store = stores(app).store
    store.record(
        SourceState("aap", "https://aap.example/f"),
        [replace(scheme, content_text=f"{FILLER} Date limite : {date_fr(closing)}.")],
        now,
    )
    store.record(
        SourceState("ev", "https://ev.example/"),
        [make_item("ev", "ia", "L'IA au service des artisans", now - timedelta(days=1), talk)],
        now,
    )
    store.record(
        SourceState("a", "https://a.example/f"),
        [make_item("a", "ia", "L'IA au service des bouchers", now - timedelta(days=1), talk)],
        now,
    )
    rows = app.agenda()
    assert [(r.title, r.kind, r.label, r.day) for r in rows] == [
        ("L'IA au service des artisans", "event", "Événement", day),
        ("Soutien régional au numérique des TPE", "call", "Appel à projets", closing),
    ]
    said, by_person = app.item_agenda(rows[0].item_id)
    assert said is not None and said.when == day and not by_person
    announces = {h.id: h.announces for h in app.sources_health()}  # shown on /sources
    assert announces == {"a": None, "aap": "call", "ev": "event"}


def test_a_mailing_list_rule_of_dashes_is_read_at_once():
    """A call for papers posted to a mailing list between rules of 70 dashes (batch 487): the
    words after a day were once matched by a pattern that split the dashes every way between
    words and spaces, and the rules never returned; the call is read with its deadline. (An
    alarm turns a return of that hang into a failure rather than a stalled suite: it guards
    termination, it measures no speed.)"""
    previous = signal.signal(signal.SIGALRM, _never_returned)
    signal.alarm(30)
    try:
        _read_between_rules()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _never_returned(*_: object) -> None:
    raise AssertionError("the rules never returned on a rule of dashes")


def _read_between_rules() -> None:
    rule = "-" * 70
    text = (
        f"{rule}\nCALL FOR PAPERS\n{rule}\nConference on Usable Privacy (UP 2027)\n\nLuxembourg "
        f"September 2–3, 2027\n{rule}\n\nIMPORTANT DATES\n{rule}\nPaper submission     June 1, "
        "2027\nNotification     July 7, 2027\n"
    )
    found = detect("UP 2027: final call for papers reminder", text[:1000], PUBLISHED)
    assert found is not None and (found.kind, found.day) == ("call", date(2027, 6, 1))
    # and a day followed by a hyphen-chained name: "a-b-c-…" is not split every way either
    chained = "-".join("abcdefghijklmnopqrstuvwxyz") + "-" + rule
    event = detect("", f"Workshop on 3 June 2027 {chained} in Caen.", PUBLISHED)
    assert event is not None and event.day == date(2027, 6, 3)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a closing cue is a word of its own, not the end of another word
        ("The invoice with the enclosed date of 14 March 2027 must be signed by the buyer.", None),
        ("Des résultats inattendus pour le 14 mars 2027 selon les analystes.", None),
        # (but still glued to a date before it, as a portal's cells run together)
        ("Open Date: 27/05/2025Deadline for Submission: 15/07/2025", date(2025, 7, 15)),
        ("Ouverture : 02/01/2025Date limite : 03/06/2025", date(2025, 6, 3)),
        ("Dates limites : 3 juin 2025", date(2025, 6, 3)),
        ("Dates and deadlines\nCompetition opens 11 February 2025", None),
    ],
)
def test_a_closing_cue_starts_at_a_word(text: str, deadline: date | None) -> None:
    assert deadline_in(fold(text), date(2025, 1, 10)) == deadline


def test_an_application_window_from_a_month_day_to_another_with_a_dash():
    """Batch 513: "The ninth application rounds are open from August 1 – September 30, 2027"
    closes on 30 September 2027, as "from August 1 to September 30, 2027" does; a training
    programme running over such days is no window to apply in."""
    rounds = "The ninth application rounds are open from August 1 – September 30, 2027."
    assert deadline_in(fold(rounds), PUBLISHED) == date(2027, 9, 30)
    hyphen = "Applications are open from August 1 - September 30, 2027."
    assert deadline_in(fold(hyphen), PUBLISHED) == date(2027, 9, 30)
    course = "A training program running from October 28 – November 23, 2027."
    assert deadline_in(fold(course), PUBLISHED) is None


def test_applications_told_closed_close_the_call():
    """Batch 516: a fellowship's page between two rounds, "Applications are now CLOSED for the
    2027 cohort", announces no call, though it still tells whom it invites; the same page
    without that line is a call."""
    page = (
        "The AI Fellowship is a global programme for journalists. {closed}We invite "
        "applications from candidates working in news organisations anywhere in the world."
    )
    closed = page.format(closed="Applications are now CLOSED for the 2027 cohort. ")
    assert detect("AI Fellowship", closed, PUBLISHED) is None
    found = detect("AI Fellowship", page.format(closed=""), PUBLISHED)
    assert found is not None and found.kind == "call"


def test_a_funding_listings_deadline_line_invites_to_apply():
    """Batch 516: a funding listing's first line, "Deadline: 26 January 2027", above a
    fellowship programme announced, makes it a call closing that day; the programme announced
    without it is none."""
    listing = (
        "Deadline: 26 January 2027\nThe School is pleased to announce the AI Fellowship "
        "Programme that brings together journalists and technologists."
    )
    found = detect("", listing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 1, 26))
    told = listing.split("\n", 1)[1]
    assert detect("", told, PUBLISHED) is None


def test_a_closing_date_at_midnight_is_read():
    """Batch 520: "submit your form by midnight on 12 November" closes on 12 November, as "by 12
    November" does, and "before midnight on 12 November" too."""
    for text in (
        "Answer the questions in the challenge submission form - submit your form by midnight "
        "on 12 November.",
        "Submit your application before midnight on 12 November.",
        "Applications must be received by noon on 12 November.",
    ):
        assert deadline_in(fold(text), PUBLISHED) == date(2026, 11, 12), text


def test_finalists_picked_close_a_french_competition():
    """Batch 522: « les deux acteurs ont sélectionné 12 jeunes pousses » tells a start-up
    competition's call is over: its final, « donnons-nous rendez-vous le 14 novembre », is the
    event to come, not a call."""
    text = (
        "La Cosmetic Valley a lancé un concours de start-up : le challenge Cosmé Tech. Au total, "
        "les deux acteurs ont sélectionné 12 jeunes pousses. Mi-novembre, les 12 équipes "
        "finalistes s'affronteront lors de la grande finale. Mais avant de se projeter, "
        "donnons-nous rendez-vous le 14 novembre pour connaître les heureux élus."
    )
    found = detect("", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 11, 14))
    launched = "La Cosmetic Valley a lancé un concours de start-up : le challenge Cosmé Tech."
    found = detect("", launched, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_save_the_dates_in_the_plural_gives_the_day():
    """Batch 521: "Save the Dates!! September 28th: Kick-Off Day" gives the day, as "Save the
    date" does."""
    text = "Save the Dates!! December 28th: Kick-Off Day. The game is revealed for the first time."
    found = detect("Robotics newsletter", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 12, 28))


def test_a_challenge_platforms_hackathon_terms_announce_the_hackathon():
    """Batch 526: a challenge platform's "Drone Defense Hackathon … CHALLENGE RULES … Terms and
    Conditions" and a company's "Hackathon Competition Official Rules … the conditions and
    rules for participation" are a hackathon's own rules: the event, not a call; the same
    challenge without its rules' headings stays a call."""
    platform = (
        "Join us for a 48-hour drone and AI hackathon in Paris. Terms and Conditions. "
        "(the “Challenge”) CHALLENGE RULES. This Challenge is sponsored by Artefact."
    )
    found = detect("Drone Defense Hackathon", platform, PUBLISHED)
    assert found is not None and found.kind == "event"
    official = (
        "2027 LightSpeed Hackathon Competition Official Rules. The purpose of these rules is to "
        "define the conditions and rules for participation in the competition organised by "
        'the Organiser (hereinafter "Hackathon").'
    )
    found = detect("RULES", official, PUBLISHED)
    assert found is not None and found.kind == "event"
    challenge = "Join the Drone Defense Challenge: apply now, the challenge is open to start-ups."
    found = detect("Drone Defense Challenge", challenge, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_submissions_not_accepted_after_a_day_close_on_it():
    """Batch 527: "No submissions will be accepted after 3 PM PST on April 5th" closes on 5
    April (not the competition's run "from March 8th to April 5th"), and "shall be open until
    the midnight of 25th Oct 2027" on 25 October."""
    ideathon = (
        "The competition will run from March 8th to April 5th. No submissions will be accepted "
        "after 3 PM PST on April 5th."
    )
    assert deadline_in(fold(ideathon), PUBLISHED) == date(2027, 4, 5)
    midnight = "The idea submission form shall be open until the midnight of 25th Oct 2027."
    assert deadline_in(fold(midnight), PUBLISHED) == date(2027, 10, 25)


def test_a_full_month_name_ending_a_sentence_gives_no_day():
    """Batch 530: "the conference is the start of December. 3-6 months is a more typical window"
    names no 3 December (a full month name ends its sentence there), while "Dec. 3" is that
    day."""
    blog = (
        "The CfP for the conference just went out, and the conference is the start of December. "
        "3-6 months is a more typical window."
    )
    assert detect("Conference speaker submissions", blog, PUBLISHED) is None
    found = detect("Cyber conference", "The conference opens on Dec. 3 in Caen.", PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 12, 3))


def test_an_open_call_denied_is_not_announced():
    """Batch 530: "some don't even have an open call for speakers" announces no call, nor does
    « la Région n'a pas encore lancé d'appel à projets »; "the conference has an open call for
    speakers" does."""
    for denied in (
        "Conferences may also invite speakers directly – some don't even have an open call for "
        "speakers.",
        "La Région n'a pas encore lancé d'appel à projets sur ce sujet.",
    ):
        assert detect("Speaking at conferences", denied, PUBLISHED) is None, denied
    found = detect(
        "Speaking at conferences", "The conference has an open call for speakers.", PUBLISHED
    )
    assert found is not None and found.kind == "call"


def test_an_institutions_grants_with_a_closing_date_are_a_call():
    """Batch 533: « Bourses de l'École française de Rome … Les dossiers doivent être transmis en
    ligne avant le 30 septembre » is a call closing on 30 September; « la Bourse de Paris » with
    a date is none."""
    grants = (
        "Elles sont octroyées à des candidats inscrits en doctorat. Les dossiers doivent être "
        "transmis en ligne avant le 30 septembre pour le premier semestre."
    )
    found = detect("Bourses de l'École française de Rome", grants, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 9, 30))
    market = "Les dossiers doivent être transmis avant le 30 septembre."
    assert detect("La Bourse de Paris recule", market, PUBLISHED) is None


def test_a_how_tos_title_makes_a_grants_explainer_no_call():
    """Batch 533: « Obtenir une bourse de recherche d'un organisme subventionnaire », which asks
    « Qui peut postuler à une telle bourse ? », explains grants and announces none; the same
    text under a programme's own title is a call."""
    text = (
        "Une bourse de recherche est une allocation versée à un étudiant chercheur. Qui peut "
        "postuler à une telle bourse ? Les étudiants en deuxième année de master."
    )
    title = "Obtenir une bourse de recherche d'un organisme subventionnaire"
    assert detect(title, text, PUBLISHED) is None
    found = detect("Bourse de recherche de la Fondation 2027", text, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_a_closing_hour_with_its_zone_spelled_out_or_after_at_is_read():
    """Batch 535: "no later than 5:00pm EDT (New York time) on Monday 14 April 2027" closes on 14
    April, as "Applications close at 11:59pm on Sunday 10th of December" and "Nominations will
    now close at 11:59pm on …" close on their day."""
    for text, day in (
        (
            "Nominations must be received through this site no later than 5:00pm EDT (New York "
            "time) on Monday 14 April 2027.",
            date(2027, 4, 14),
        ),
        ("Applications close at 11:59pm on Sunday 10th of December, 2026.", date(2026, 12, 10)),
        (
            "Nominations will now close at 11:59pm on Sunday 10th of December, 2026.",
            date(2026, 12, 10),
        ),
    ):
        assert deadline_in(fold(text), PUBLISHED) == day, text


def test_an_awards_nomination_package_with_its_deadline_is_a_call():
    """Batch 535: "Nominators, follow these steps to successfully complete a nomination package …
    Submit the application online by March 31, 2027" for an award is a call closing on 31
    March."""
    text = (
        "Nominators, follow these steps to successfully complete a nomination package: use the "
        "Award Guide, fill out the application online. Submit the application online by March "
        "31, 2027."
    )
    found = detect("Application timeline: Distinguished Educator Award", text, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 3, 31))


def test_a_closing_told_past_since_a_day_is_no_deadline():
    """Batch 539: « Clôturées depuis le 20 février dernier, ces contributions … alors qu'un appel
    d'offres a été lancé » gives the tender no closing date (nor announces it); « Clôture des
    candidatures le 20 février 2027 » does."""
    told = (
        "Clôturées depuis le 20 février dernier, ces contributions papier se montent à plus de "
        "10 500, alors qu'un appel d'offres a été lancé pour trouver un prestataire."
    )
    assert deadline_in(fold(told), PUBLISHED) is None
    assert detect("Le Grand débat ou le parcours des data", told, PUBLISHED) is None
    closing = "Clôture des candidatures le 20 février 2027."
    assert deadline_in(fold(closing), PUBLISHED) == date(2027, 2, 20)


def test_a_page_defining_a_kind_of_call_announces_none():
    """Batch 538: a wiki's "Request For Information" page, "A Request For Information (RFI) is a
    formal, non-binding inquiry used by governments …", defines the kind and announces no call;
    the same title above a request's own text is one."""
    definition = (
        "A Request For Information (RFI) is a formal, non-binding inquiry used by governments "
        "and large organizations to collect information from potential providers."
    )
    assert detect("Request For Information", definition, PUBLISHED) is None
    own = "The Region seeks information from providers of AI services for its schools."
    found = detect("Request For Information", own, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_an_awards_nominations_told_closing_are_a_call_with_that_day():
    """Batch 535: an award's FAQ, "When do nominations close? Nominations will now close at
    11:59pm on Sunday 10th of December, 2026", is a call closing on 10 December; nominations
    told closed in a past year's report are none."""
    found = detect(
        "When do nominations close?",
        "Nominations will now close at 11:59pm on Sunday 10th of December, 2026.",
        PUBLISHED,
    )
    assert found is not None and (found.kind, found.deadline) == ("call", date(2026, 12, 10))
    report = "The jury met after nominations closed; the winners were named at the gala."
    assert detect("Awards night", report, PUBLISHED) is None


def test_applications_not_accepted_this_year_close_a_grant():
    """Batch 543: a city's grant page ending "We will not be accepting applications through the
    rest of the year, we encourage you to check back in on the program in 2027" announces no
    call; "We are not accepting applications by email: apply on the portal" still does."""
    page = (
        "The Storefront Activation Grant offers reimbursable grant funds up to $50,000. The "
        "grantee will be reimbursed for eligible pre-approved grant related expenses. {tail}"
    )
    closed = page.format(
        tail="We will not be accepting applications through the rest of the year, we encourage "
        "you to check back in on the program in 2027."
    )
    assert detect("Commercial Revitalization Fund", closed, PUBLISHED) is None
    portal = page.format(
        tail="We are not accepting applications by email: submit your application on the portal."
    )
    found = detect("Commercial Revitalization Fund", portal, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_a_page_teaching_a_kind_of_call_announces_none_without_a_date():
    """Batch 549: an explainer, « Un appel à projets (AAP) est une procédure par laquelle une
    institution lance un concours … », announces no call, whatever its title; the same words
    with a closing date, or without the definition, still do."""
    explainer = (
        "Un appel à projets (AAP) est une procédure par laquelle une institution publique ou "
        "privée lance un concours afin de sélectionner les meilleures initiatives."
    )
    assert detect("", explainer, PUBLISHED) is None
    assert detect("AMI et appel à projets", explainer, PUBLISHED) is None
    dated = explainer + " Candidatures jusqu'au 15 mars 2027."
    found = detect("", dated, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 3, 15))
    own = "La Région lance un concours afin de sélectionner les meilleures initiatives."
    found = detect("", own, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_a_tender_notices_words_in_a_guides_steps_announce_no_tender():
    """Batch 551: « 5 étapes pour répondre à un appel d'offres public » and « Comment répondre à
    un appel d'offres public ? », which teach how to read an « avis d'appel public à la
    concurrence », announce no tender; the notice's words under its own title still do."""
    text = (
        "Lisez l'avis d'appel public à la concurrence (AAPC) : il indique l'objet du marché, "
        "la procédure et les lots."
    )
    for title in (
        "5 étapes pour répondre à un appel d'offres public pour les PME",
        "Comment répondre à un appel d'offres public ?",
    ):
        assert detect(title, text, PUBLISHED) is None, title
    found = detect("Travaux de voirie de la commune", text, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_an_aid_scheme_no_longer_available_is_no_call():
    """Batch 552: an aid portal's « Ce dispositif n'est plus mobilisable actuellement » above a
    scheme's page closes it; the scheme's page without that banner, which names « les
    bénéficiaires du dispositif », is a call."""
    scheme = (
        "Le Chèque numérique est un dispositif régional de soutien aux projets digitaux. Les "
        "bénéficiaires du dispositif sont les entreprises de moins de 20 salariés. L'aide prend "
        "la forme d'une subvention."
    )
    closed = "Ce dispositif n'est plus mobilisable actuellement. " + scheme
    assert detect("Chèque numérique", closed, PUBLISHED) is None
    found = detect("Chèque numérique", scheme, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_an_events_year_before_starts_on_dates_its_day():
    """Batch 549: "picoCTF 2021 starts on March 16th at 12 PM EST" is on 16 March 2021 even read
    long before (a page whose publication date is unknown)."""
    text = (
        "Carnegie Mellon University will start its 7th picoCTF, an online cybersecurity "
        "competition. picoCTF 2021 starts on March 16th at 12 PM EST and ends March 30th."
    )
    found = detect("", text, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 3, 16))


def test_a_templates_title_makes_a_requests_outline_no_call():
    """Batches 556 and 557: "Request for Proposal Template" and "RECOMMENDED OUTLINE FOR REQUEST
    FOR PROPOSAL (RFP)" are documents to fill in, not a request; the same text under a
    request's own title is one."""
    text = "Project background, scope of work, proposal submission instructions, evaluation."
    for title in ("Request for Proposal Template", "RECOMMENDED OUTLINE FOR REQUEST FOR PROPOSAL"):
        assert detect(title, text, PUBLISHED) is None, title
    found = detect("Request for Proposal: AI tutoring for the county's schools", text, PUBLISHED)
    assert found is not None and found.kind == "call"


def test_a_trams_line_numbers_are_no_day():
    """Batch 561: « Forum A … bus 71/ 72, tram 7/25 » under a talk's « Quand ? Jeudi 14 novembre
    2013 à 19h30 » gives the forum no 25 July: read after the talk, the page announces nothing
    to come; read before it, the talk is on 14 November."""
    text = (
        "Ce jeudi aura lieu une conférence sur la vie privée. Quand ? Jeudi 14 novembre 2013 à "
        "19h30. Où ? Campus de la Plaine – Forum A. Accès : métro Delta (ligne 5), bus 71/ 72, "
        "tram 7/25."
    )
    assert detect("", text, date(2014, 1, 1)) is None
    found = detect("", text, date(2013, 11, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2013, 11, 14))


def test_a_sponsors_report_of_a_past_hackathon_announces_none():
    """Batch 563: "On Friday November 14th, we were a sponsor of Coin-orado, a hackathon" tells
    the day as past; "On Friday November 14th, we will sponsor Coin-orado" announces it."""
    past = (
        "The Money20/20 Hackathon preceded the Money20/20 Conference in Las Vegas. On Friday "
        "November 14th, we were a sponsor of Coin-orado, a hackathon organized by a club."
    )
    assert detect("", past, date(2025, 11, 1)) is None
    coming = past.replace("we were a sponsor of", "we will sponsor")
    found = detect("", coming, date(2025, 11, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 11, 14))


def test_an_expo_hackathons_rules_announce_the_hackathon():
    """Batch 563: a hackathon's rules, "Groups can be up to 6 members maximum … any projects
    submitted after the deadline will not be judged … reserve the full right to disqualify …
    code of conduct", announce the hackathon (its day given elsewhere on its site)."""
    rules = (
        "All hackathon participants must also be registered for the expo. Groups can be up to 6 "
        "members maximum. Any projects submitted after the deadline will not be judged. The "
        "Organizers reserve the full right to disqualify any Participant who does not comply "
        "with these terms or code of conduct."
    )
    found = detect("", rules, PUBLISHED)
    assert found is not None and (found.kind, found.label) == ("event", "Hackathon")


def test_a_show_moved_to_new_days_is_on_its_new_first_day():
    """Batch 566: « est repoussée de la semaine du 7 février à la semaine du 6 juin », « a été
    reportée au mois d'octobre … L'événement aura désormais lieu du 4 au 7 octobre 2020 » and
    « Les dates du 30 juin … ont encore été modifiées … Ce sont finalement les 15, 16 et 17
    septembre 2020 qui ont été retenues » give each show its new first day."""
    for published, text, day in (
        (
            date(2021, 12, 20),
            "La conférence RSA annonce que l'édition de 2022 est repoussée de la semaine du 7 "
            "février à la semaine du 6 juin, au Moscone Center.",
            date(2022, 6, 6),
        ),
        (
            date(2020, 3, 6),
            "Le salon qui devait se dérouler du 29 mars au 1er avril à Brussels Expo a été "
            "reportée au mois d'octobre. L'événement aura désormais lieu du 4 au 7 octobre 2020.",
            date(2020, 10, 4),
        ),
        (
            date(2020, 3, 11),
            "Le salon qui devait se tenir à Cannes les 17, 18 et 19 mars 2020 a annoncé son "
            "report. Les dates du 30 juin, 1er et 2 juillet 2020 d'abord annoncées ont encore été "
            "modifiées. Ce sont finalement les 15, 16 et 17 septembre 2020 qui ont été retenues.",
            date(2020, 9, 15),
        ),
    ):
        found = detect("", text, published)
        assert found is not None and (found.kind, found.when) == ("event", day), text


def test_a_conference_put_off_to_later_in_the_year_has_no_day():
    """Batch 566: « Black Hat Asia prévue à Singapour du 31 mars au 3 avril est quant à elle
    reportée à « plus tard dans l'année » » gives no day (its old days are no longer its own);
    « reportée au 12 juin » gives the new one."""
    text = (
        "La conférence Black Hat Asia prévue à Singapour du 31 mars au 3 avril est quant à elle "
        "reportée à « plus tard dans l'année »."
    )
    assert detect("Les annulations se multiplient", text, date(2020, 2, 15)) is None
    moved = text.replace("reportée à « plus tard dans l'année »", "reportée au 12 juin")
    found = detect("Les annulations se multiplient", moved, date(2020, 2, 15))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 6, 12))


def test_an_opening_labelled_before_its_date_is_no_closing_date():
    """Batches 574 and 576: under a « deadlines » heading, "Opens >> 01 October 2020 / Closes
    >> 28 February 2021" and "Submissions Open: 15 July, 2024 / Early Deadline: 10 September,
    2024" close on their second date (the first one opens the call)."""
    for text, day in (
        (
            "Submission Deadlines Opens >> 01 October 2020 Closes >> 28 February 2021 Early "
            "Bird Registration >> 15 April 2021. Please prepare your abstract in text only.",
            date(2021, 2, 28),
        ),
        (
            "Call for submissions. Submissions & Deadline Structure Submissions Open: 15 July, "
            "2024 Early Deadline: 10 September, 2024 Regular Deadline: 09 December, 2024",
            date(2024, 9, 10),
        ),
    ):
        found = detect("Call for abstracts", text, date(2020, 1, 1))
        assert found is not None and (found.kind, found.deadline) == ("call", day), text


def test_a_title_that_counts_festivals_lists_them():
    """Batch 576: "Ten Film Festivals to Submit Your Short Films To" lists festivals open for
    submissions: no event and no call of its own (one festival's page with its day is)."""
    text = (
        "Reading Time: 12 minutes. Short films are an excellent starting point for any "
        "filmmaker. Below is a collection "
        "of ten film festivals from around the world that are open for all submissions. Most "
        "festivals use FilmFreeway. Singapore: the Singapore International Film Festival (SGIFF), "
        "its Southeast Asian Short Film Competition, drew 110,000 festival-goers."
    )
    assert detect("Ten Film Festivals to Submit Your Short Films To", text, PUBLISHED) is None
    one = "Frameworks Film Festival"
    found = detect(one, "The festival opens on 12 June 2030 at the city's cinema.", PUBLISHED)
    assert found is not None and found.kind == "event"


def test_a_weekday_before_a_date_is_no_weekday_from_the_publication():
    """Batch 582: « A partir de ce vendredi 20 septembre » under a fair's title is the 20th
    of September, never the Friday after the publication (3 January, read on 1 January 2020)."""
    text = (
        "A partir de ce vendredi 20 septembre, les visiteurs attendus vont pouvoir découvrir le "
        "nouveau visage de cet événement régional de la rentrée."
    )
    found = detect("La foire de Caen contre vents et marées", text, date(2019, 9, 2))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 9, 20))
    assert detect("La foire de Caen", text, date(2020, 1, 1)) is None
    weekday = "Le salon de l'automobile ouvre ce vendredi, au parc des expositions."
    found = detect("Le salon de l'automobile", weekday, date(2020, 1, 1))
    assert found is not None and found.when == date(2020, 1, 3)


def test_a_consultations_deadline_for_submissions_is_no_call():
    """Batch 594: a rapporteur "has launched a consultation inviting recommendations from
    businesses and the public on the proposed law … The deadline for submissions is 14 February
    2022": a consultation, no call for the agenda; the same deadline in a call for papers is one."""
    consultation = (
        "The draft AI Act is going through the legislative procedure. The rapporteur has launched "
        "a consultation inviting recommendations from businesses and the public on the proposed "
        "law. The deadline for submissions is 14 February 2022."
    )
    assert detect("Draft AI Act", consultation, date(2022, 1, 10)) is None
    papers = (
        "The workshop welcomes papers on the proposed law's technical questions. The deadline "
        "for submissions is 14 February 2022."
    )
    found = detect("Workshop on AI law", papers, date(2022, 1, 10))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2022, 2, 14))


def test_a_shows_page_for_exhibitors_is_a_call_and_its_refund_terms_no_deadline():
    """Batch 607: a salon's « Être exposant » page calls exhibitors; « En cas d'annulation de
    votre fait avant le 30 janvier 2027, nous effectuerons un remboursement » is its refund's
    term, no closing date."""
    text = (
        "Informations exposants. Une fois ce formulaire envoyé vous serez contacté par le "
        "responsable du salon. En cas d'annulation de votre fait avant le 30 janvier 2027, nous "
        "effectuerons un remboursement de 50 % du montant de l'inscription."
    )
    found = detect("Être exposant", text, PUBLISHED)
    assert found is not None and (found.kind, found.label) == ("call", "Appel à candidatures")
    assert found.deadline is None
    assert deadline_in(fold("Inscriptions avant le 30 janvier 2027."), PUBLISHED) == date(
        2027, 1, 30
    )


# the closing dates this session's shown pages taught, each with the case it must not break
CLOSING_DATES = [
    # batch 601: an American page's slashed day, month first after a US time zone or where the
    # page writes its other days month first ("11/16/27"); a French page's, day first
    ("Call for entries. Deadline: 08/03/2027 5:00 pm Pacific Time.", date(2027, 8, 3)),
    ("Deadline: 08/03/2027. The next round: Deadline: 11/16/27.", date(2027, 8, 3)),
    ("Date limite de dépôt : 08/03/2027. Jury le 12/04/2027.", date(2027, 3, 8)),
    # batch 604: who may apply by when they set up is no window to apply in; a window of
    # applications stays one
    (
        "Les trophées de l'installation sont ouverts. Pour être candidat, il faut avoir démarré "
        "son activité entre le 1er janvier 2022 et le 31 décembre 2026. Les candidatures sont à "
        "déposer sur le site jusqu'au 29 mars 2027.",
        date(2027, 3, 29),
    ),
    (
        "Les candidatures sont ouvertes entre le 1er janvier 2027 et le 31 mars 2027.",
        date(2027, 3, 31),
    ),
    # batch 604: an initial or original deadline gives way to the extended one; a plain one stays
    (
        "Les dossiers pourront être déposés au-delà de la date limite initiale du 16 avril 2027, "
        "jusqu'au 28 avril 2027 précisément.",
        date(2027, 4, 28),
    ),
    (
        "Past the original deadline of April 16, 2027, entries are accepted until April 28, 2027.",
        date(2027, 4, 28),
    ),
    ("La date limite du 16 avril 2027 est ferme.", date(2027, 4, 16)),
    # batch 602: a stand cleared « au plus tard » is the market's own evening; a dossier's is a
    # closing date
    (
        "Art. 4 – Les inscriptions doivent être adressées avant le 30 novembre 2027. Art. 6 – Les "
        "emplacements devront être débarrassés de tous produits et déchets le 15 décembre 2027 à "
        "22h00 au plus tard.",
        date(2027, 11, 30),
    ),
    ("Le dossier est à remettre le 15 décembre 2027 à 22h00 au plus tard.", date(2027, 12, 15)),
    # batch 608: « date butoir » is a closing cue, as « date limite » is
    (
        "Le programme d'appui aux primo-exportateurs a reçu 300 demandes, un nombre qui augmentera "
        "avant la date butoir des candidatures, le 31 juillet 2027 en l'occurrence.",
        date(2027, 7, 31),
    ),
    # batch 614: an event's days among a contest's stages are no window to apply in
    (
        "Les étapes du concours. Jusqu'au 14 juillet 2027 : les inscriptions des candidats. Fin "
        "juillet : délibération des jurys. Du 15 au 16 septembre 2027 : la finale du concours se "
        "déroulera à Lyon.",
        date(2027, 7, 14),
    ),
    ("Du 1er mars au 30 avril 2027 : dépôt des candidatures.", date(2027, 4, 30)),
    # batch 632: a timeline's row « date - … closes » closes the call; its « opens » row does not
    (
        "Key dates\n\n16 January 2027 - Call for proposals opens\n\n28 February 2027 - Call "
        "for proposals closes\n\n22 May 2027 - Call for proposals notifications",
        date(2027, 2, 28),
    ),
    # batch 634: and a table's row, its label after a bar and a dash
    (
        "Monday, May 13, 2027 | Student Competition – Opens |\nFriday, May 28, 2027 | Student "
        "Competition – Closes |\nSaturday, June 5, 2027 | Judging Ends |",
        date(2027, 5, 28),
    ),
    # batch 633: a festival's days « de retour du … au … » are no window to apply in
    (
        "La fête de la Science est de retour du 1er au 11 octobre 2027 pour sa 36e édition. "
        "Complétez le formulaire en ligne avant le 16 mai 2027.",
        date(2027, 5, 16),
    ),
    ("Les candidatures sont ouvertes du 1er au 11 octobre 2027.", date(2027, 10, 11)),
    # batch 633: a day its weekday denies in the year after the publication takes the year the
    # page states that it fits (7 April 2026 was a Tuesday, 7 April 2027 a Wednesday); a day its
    # weekday fits keeps its year
    (
        "Fête de la science 2026 : le dépôt des candidatures est ouvert jusqu'au mardi 7 avril.",
        date(2026, 4, 7),
    ),
    (
        "Organisée depuis 2021, la fête revient : candidatures jusqu'au vendredi 9 avril.",
        date(2027, 4, 9),
    ),
    # batch 643: a page's revision stamp after its cue and a registration's opening day are no
    # closing dates; the window's end is
    (
        "Science Fair – what must be entered and due dates (revised 8/26/2026)\n10/1/2026 – "
        "Student registration opens.\n10/1/2026 – 2/20/2027 (11:59 PM): Students complete the "
        "online registration.",
        date(2027, 2, 20),
    ),
    ("Date limite (mise à jour le 3 janvier 2027) : 30 avril 2027.", date(2027, 4, 30)),
    ("Deadline (revised): May 5, 2027.", date(2027, 5, 5)),
    # batch 642: an aid portal's « Échéance » above its day; a year's « échéance » is no day
    ("Échéance\n28 février 2027\nFavoriser l'accès de tous aux aliments frais", date(2027, 2, 28)),
    (
        "L'échéance 2027 approche pour les communes : dossiers jusqu'au 3 mars 2027.",
        date(2027, 3, 3),
    ),
    # batch 648: an American listing's dotted days, month first where it writes one so
    # ("02.14.2027") or where it cannot be otherwise ("06.22.2027"); a French page's, day first
    (
        "#callforartists Budget: $2,000\nDeadline:\n09.01.2027\nA mural for the library. "
        "Deadline:\n02.14.2027",
        date(2027, 9, 1),
    ),
    ("Submit your proposal. Deadline:\n06.22.2027", date(2027, 6, 22)),
    ("Appel à candidatures. Date limite : 09.01.2027.", date(2027, 1, 9)),
    # batch 658: « … et se clôt le 30 novembre », not the answer's « avant le 31 décembre »
    (
        "Le concours démarre le 15 septembre et se clôt le 30 novembre 2027. Chaque candidat "
        "reçoit une réponse avant le 31 décembre 2027.",
        date(2027, 11, 30),
    ),
    # batch 651: a contest's rules « Le concours sera clos le … »
    (
        "Concours de poésie. Le concours sera clos le 30 septembre 2027, le cachet de la poste "
        "faisant foi.",
        date(2027, 9, 30),
    ),
    # batch 669: an application window, not the funder's « date limite de paiement » of its
    # programme
    (
        "L'appel à candidatures est ouvert du 1er mars au 20 avril 2027. Compte tenu de la date "
        "limite de paiement de la programmation fixée au 31/12/2029, les travaux devront être "
        "finis.",
        date(2027, 4, 20),
    ),
    # batch 676: a closing date extended, not the one it « était initialement fixée » to
    (
        "Les inscriptions au concours sont prolongées jusqu'au 31 mars 2027. La date de clôture "
        "des inscriptions était initialement fixée au 17 janvier.",
        date(2027, 3, 31),
    ),
    # batch 678: a public vote's closing is no call's
    (
        "Les lauréats sont désignés. Le public peut voter pour son préféré : le vote sera clos "
        "le 14 décembre 2027 à 20 heures.",
        None,
    ),
    # batch 668: « doit parvenir … au plus tard le », before a period told further down
    (
        "Chaque dossier doit parvenir à la DDT du siège de l'exploitation au plus tard le 15 mai "
        "2027. La période d'entretien des parcelles en gel est fixée du 10 mai au 18 juin inclus.",
        date(2027, 5, 15),
    ),
    # batch 713: a contract's term extended is no call's closing; the call's own extension is
    (
        "Le Contrat de Ville de Grand Poitiers a été prolongé jusqu'au 31 décembre 2027. Les "
        "dossiers sont à déposer avant le 15 janvier 2027.",
        date(2027, 1, 15),
    ),
    ("L'appel à projets a été prolongé jusqu'au 31 mars 2027.", date(2027, 3, 31)),
    # batch 722: the projects' own days (« pour des projets débutant entre … et … ») are no
    # window to apply in
    (
        "Dossier à renvoyer avant le 10 décembre 2026 pour des projets débutant entre le 1er mai "
        "et le 31 juillet 2027.",
        date(2026, 12, 10),
    ),
    # batch 728: the funded project's last day told after a closing cue is no call's closing; an
    # intermediate deadline gives way to the window's end
    (
        "Le programme ne pourra commencer qu'à compter de la date de clôture du présent appel plus "
        "un jour et s'achever au plus tard au 30 juin 2029. Clôture de l'appel : 14/10/2027.",
        date(2027, 10, 14),
    ),
    ("Date de clôture de l'appel : 30 juin 2027.", date(2027, 6, 30)),
    (
        "L'appel est ouvert du 16 juillet au 1er octobre 2027, avec une date limite intermédiaire "
        "au 2 septembre 2027 pour une fiche synthétique.",
        date(2027, 10, 1),
    ),
    (
        "L'appel est ouvert du 16 juillet au 1er octobre 2027, avec une date limite au 2 "
        "septembre 2027 pour les dossiers.",
        date(2027, 9, 2),
    ),
    # batch 729: « au plus tard » after the day's midnight in Paris's time; batch 732: an ISO
    # date with its hour
    (
        "Le dossier complet est à déposer le 3 septembre 2027 à minuit (heure de Paris) au plus "
        "tard.",
        date(2027, 9, 3),
    ),
    ("Deadline: 2027-05-06T23:59:00+02:00.", date(2027, 5, 6)),
    # batch 761: the call itself « va se dérouler du … au … »: its window (not a show's days)
    (
        "L'appel à projet « projets sportifs territoriaux » lancé par l'Agence nationale du sport "
        "va se dérouler du 23 mars 2027 au 29 avril 2027.",
        date(2027, 4, 29),
    ),
    (
        "Le salon va se dérouler du 23 mars 2027 au 29 avril 2027. Date limite d'inscription des "
        "exposants : 15 mars 2027.",
        date(2027, 3, 15),
    ),
    # batch 779: a calendar's row of the results' day « au plus tard » is not the closing day
    (
        "Calendrier prévisionnel\nDate de lancement | 23/07/2027 | |\nDate limite de dépôt de "
        "dossiers | 15/09/2027 à minuit | |\nAnnonce des lauréats | 30/10/2027 au plus tard |",
        date(2027, 9, 15),
    ),
    ("Les dossiers sont à déposer le 30/10/2027 au plus tard.", date(2027, 10, 30)),
    # batch 791: the funded projects « devront … être réalisés au plus tard le 31 décembre »: their
    # own calendar, no closing day (the call's own « au plus tard le » stays one)
    (
        "Les projets d'ingénierie attendus via cet AMI devront : a) être ancrés dans un "
        "territoire, b) être réalisés au plus tard le 31 décembre 2028.",
        None,
    ),
    (
        "Les dossiers de candidature devront être déposés au plus tard le 31 décembre 2027.",
        date(2027, 12, 31),
    ),
    # batch 811: a call's talks before its files have a day of their own, no closing one
    (
        "Date d'ouverture : 18/12/2026\n\nDate limite des échanges pré-dépôt : 29/05/2027\n\n"
        "Date de clôture : 29/06/2027 – 16h",
        date(2027, 6, 29),
    ),
    # batch 821: « le premier rendu des dossiers est pour le … » (not a « compte rendu des
    # projets », a report)
    (
        "Le premier rendu des dossiers est pour le 30 avril 2027 et le deuxième le 30 octobre "
        "2027.",
        date(2027, 4, 30),
    ),
    ("Le compte rendu des projets présentés le 30 avril 2027 est en ligne.", None),
    # batch 820: a first session's day (« au plus tard pour la première session le … »)
    (
        "Les candidatures devront être déposées au plus tard pour la première session le 26 juin "
        "2027 et pour la seconde session le 11 décembre 2027.",
        date(2027, 6, 26),
    ),
    # batch 817: the same talks « avant le », the files' day further down
    (
        "Les territoires doivent contacter l'ADEME pour un échange « pré-dépôt » avant le 15 mai "
        "2027. Les dossiers doivent ensuite être déposés sur la plateforme avant le 15 juin 2027.",
        date(2027, 6, 15),
    ),
    # batch 814: « la date limite de dépôt des candidatures », its date a long way after
    (
        "La date limite de dépôt des candidatures auprès de la préfecture de région pour cette "
        "nouvelle édition est fixée au 15 janvier 2027.",
        date(2027, 1, 15),
    ),
    # batch 831: a pre-application's day is no closing, the full application's is (and where
    # a page gives no other, the pre-application's stands)
    (
        "Une phase de pré-candidature est ouverte jusqu'au 26 juin 2027. La candidature complète "
        "doit être déposée avant le 5 novembre 2027.",
        date(2027, 11, 5),
    ),
    ("Une phase de pré-candidature est ouverte jusqu'au 26 juin 2027.", date(2027, 6, 26)),
    # batch 841: what the applicants plan to have working by a day is no closing (the call's
    # « jusqu'au » further on is), past a comma it may be
    (
        "L'appel s'adresse aux collectivités qui projettent la mise en œuvre du tri à la source de "
        "leurs biodéchets avant le 1er janvier 2028, avec orientation possible vers la "
        "méthanisation. Les porteurs de projet peuvent déposer leur candidature jusqu'au 25 mars "
        "2027.",
        date(2027, 3, 25),
    ),
    (
        "Pour la mise en œuvre de cet appel, les dossiers sont à déposer avant le 15 mars 2027.",
        date(2027, 3, 15),
    ),
    # batch 855: the day by which the call's relays launch it is no closing, the applications'
    # below it is
    (
        "Appel à projets régional. Date limite de lancement de l'appel à projets au niveau "
        "territorial : 28 février 2027 Date limite de dépôt des candidatures : 19 avril 2027",
        date(2027, 4, 19),
    ),
    # batch 830: a list of rounds, its first day (not a struck-out day, not a window's end)
    (
        "Les dates de dépôt des candidatures sont fixées au : 15 septembre 2027 1er janvier 2028 "
        "1er mars 2028 1er juin 2028",
        date(2027, 9, 15),
    ),
    # batch 865: the days of an event the prizes are given during are no window to apply in
    (
        "La DGE recevra vos dossiers de candidature jusqu'au 21 juin 2027. Les nominés seront "
        "invités à une remise de prix lors de la SME Assembly du 13 au 15 janvier 2028 à Bilbao.",
        date(2027, 6, 21),
    ),
    (
        "La DGE recevra vos dossiers de candidature lors de la période du 1er au 21 juin 2027.",
        date(2027, 6, 21),
    ),
    # batch 880: a window's end under « Dates limites », past the cue's reach
    (
        "Dates limites\nLe dépôt des candidatures se fait en ligne et doit être effectué entre le "
        "2 novembre 2026 et le 12 février 2027.",
        date(2027, 2, 12),
    ),
    # batch 884: a festival's days after its name and a comma, the public's votes: no window
    (
        "Le groupe retenu jouera en ouverture du festival, du 8 au 11 juillet 2027. Dépôt des "
        "maquettes jusqu'au 2 avril 2027.",
        date(2027, 4, 2),
    ),
    (
        "Présélection sur dossier, puis ouverture des votes du public du 10 au 25 avril 2027. "
        "Candidatures jusqu'au 2 avril 2027.",
        date(2027, 4, 2),
    ),
    # batch 886: an extended closing before a festival's days further down
    (
        "Les inscriptions ont été exceptionnellement prolongées jusqu'au 30 novembre 2026, après "
        "il sera trop tard pour jouer devant les foules du 4 au 9 mai 2027 à Bourges.",
        date(2026, 11, 30),
    ),
    # batch 893: an aid portal's « date de candidature est fixée au »
    (
        "Subvention représentant 80 % des dépenses. La date de candidature est fixée au 31 "
        "décembre 2026.",
        date(2026, 12, 31),
    ),
    # batch 895: the public's vote is no closing date
    (
        "Le profil des finalistes est soumis au vote du grand public jusqu'au 28 août 2027. Les "
        "candidatures pour l'édition suivante sont reçues jusqu'au 15 mai 2027.",
        date(2027, 5, 15),
    ),
    # batches 913 and 914: an edition's days are no window to apply in
    (
        "Le salon ouvre les candidatures de sa 12e édition, programmée du 20 au 24 avril 2028. "
        "Les créateurs ont jusqu'au 3 décembre 2027 pour postuler.",
        date(2027, 12, 3),
    ),
    (
        "À l'occasion de la prochaine édition de Maison Déco du 9 au 13 septembre 2027, "
        "l'organisation lance un prix. Les candidatures sont ouvertes jusqu'au 30 avril 2027.",
        date(2027, 4, 30),
    ),
    # batch 930: a call's first step named between the cue and its date, its full application's
    # closing further on (the first step's date where the page gives no other)
    (
        "Calendrier de l'appel. Date limite d'envoi de la déclaration d'intention : 8 mars 2027. "
        "Date limite de dépôt du dossier complet : 14 juin 2027.",
        date(2027, 6, 14),
    ),
    (
        "Clôture du dépôt des pré-propositions le 2 février 2027 ; clôture des propositions "
        "détaillées le 20 mai 2027.",
        date(2027, 5, 20),
    ),
    ("Date limite d'envoi de la lettre d'intention : 2 avril 2027.", date(2027, 4, 2)),
    # batch 944: a call's final closing among its rounds
    (
        "L'appel se déroulera en trois temps, avec une première clôture le 12 janvier 2027, une "
        "deuxième clôture le 14 juin 2027 et la clôture finale se fera le 20 décembre 2027.",
        date(2027, 12, 20),
    ),
    # batch 945: the interest shown or a draft sent before the files (before its date or after
    # it), and a day « suivant » in the year of the date before it
    (
        "Les communes ont jusqu'au 1er juin 2027 pour manifester leur intérêt et doivent déposer "
        "leur candidature avant le 15 juillet 2027.",
        date(2027, 7, 15),
    ),
    (
        "Les territoires peuvent manifester leur intérêt aux ministères jusqu'au 1er juin 2027, "
        "pour remettre un dossier de candidature au plus tard le 15 juillet suivant.",
        date(2027, 7, 15),
    ),
    (
        "Les consortiums présentent un « pré-projet » avant le 8 avril 2027. Les projets complets "
        "sont attendus au plus tard le 2 juin 2027.",
        date(2027, 6, 2),
    ),
    # batch 971: registrations that « prendront fin » on a day
    (
        "Les inscriptions au concours ont ouvert le 4 novembre dernier et prendront fin le 6 "
        "janvier prochain.",
        date(2027, 1, 6),
    ),
    # batch 956: a call's rounds counted, their dates in a row: the last one closes it
    (
        "Opéré par la banque publique, l'AAP prévoit deux relèves : le 29 mars et le 15 mai.",
        date(2027, 5, 15),
    ),
    (
        "Le fonds soutient les équipementiers. Trois relèves sont prévues : 15 mars, 15 juin et "
        "15 octobre 2027.",
        date(2027, 10, 15),
    ),
    # batch 1006: each round named after its date (« 1er juin 2027 pour la première vague, 2
    # décembre 2027 pour la deuxième vague »): the last one closes the call
    (
        "Date de clôture\n\n1er juin 2027 pour la première vague, 2 décembre 2027 pour la "
        "deuxième vague",
        date(2027, 12, 2),
    ),
    # batch 985: a round's day set (« sa première relève, fixée au 2 septembre prochain »)
    (
        "Le gouvernement a lancé un appel à projets pour l'industrie du vélo. Doté de 20 millions "
        "d'euros pour sa première relève, fixée au 2 septembre prochain, il soutient la filière.",
        date(2027, 9, 2),
    ),
    # batch 1043: the entries « reçus jusqu'au 31 mars », not the days a selection committee
    # « réunira entre le 1er et le 7 mai »
    (
        "Le concours de la construction durable est lancé. Les dossiers sont reçus jusqu'au 31 "
        "mars 2027. Le comité de sélection se réunira entre le 1er et le 7 mai 2027.",
        date(2027, 3, 31),
    ),
    # batch 1061: a funder's spaced dots (« Date limite : 14 . 10 . 2027 à 12:00 »), not an
    # article's number (« l'article 14 . 10 du règlement »)
    (
        "Les aides se présentent sous forme de subventions.\nDate limite : 14 . 10 . 2027 à "
        "12:00\nBénéficiaires",
        date(2027, 10, 14),
    ),
    (
        "Voir l'article 14 . 10 du règlement : date limite de dépôt le 3 mars 2027.",
        date(2027, 3, 3),
    ),
    # batch 1090: a department's « La fin du dépôt de candidature est fixée au 15 juin » (not
    # the end of the filing told before a jury's day)
    (
        "Le département lance son appel à projets. La fin du dépôt de candidature est fixée au 15 "
        "juin 2027 à 18h.",
        date(2027, 6, 15),
    ),
    (
        "Le département lance son appel à projets, date limite le 1er mai 2027. Après la fin du "
        "dépôt des dossiers, le jury se réunira le 3 juin 2027.",
        date(2027, 5, 1),
    ),
    # batch 1173: a ministry's « La date du dépôt des dossiers de candidature est fixée au … »
    (
        "Le ministère lance un appel à projets pour les nouvelles destinations touristiques. La "
        "date du dépôt des dossiers de candidature est fixée au 15 octobre 2027.",
        date(2027, 10, 15),
    ),
    # batch 1174: registrations that « se concluront le … » (not a show that « se conclura »)
    (
        "Le trophée des jeunes serveurs est lancé. Les inscriptions ont débuté le 16 septembre "
        "2027 et se concluront le 10 novembre 2027.",
        date(2027, 11, 10),
    ),
    (
        "Le trophée des jeunes serveurs est lancé : inscriptions jusqu'au 1er octobre 2027. Le "
        "salon où il est remis se conclura le 10 novembre 2027.",
        date(2027, 10, 1),
    ),
    # batch 1171: a telegraphic « (limite dépôt le 20 septembre) », not the contest's day after
    (
        "Six chefs seront sélectionnés sur dossier (limite dépôt le 20 septembre 2027), puis "
        "cuisineront en direct sur le salon, lundi 18 octobre 2027.",
        date(2027, 9, 20),
    ),
    # batch 1181: an aid « mise en place par l'Etat jusqu'au … », not the Games' days before it
    # (« place aux Jeux Paralympiques du … au … »), while a game contest's window stays one
    (
        "Place aux Jeux Paralympiques du 28 août au 8 septembre 2027. Pour les taxis, une aide "
        "exceptionnelle a été mise en place par l'Etat jusqu'au 31 décembre 2027.",
        date(2027, 12, 31),
    ),
    (
        "Un jeu-concours pour les chauffeurs de taxi est ouvert du 28 août au 8 septembre 2027.",
        date(2027, 9, 8),
    ),
    # batch 1190: a market's days in its relative clause (« … du marché de Noël qui se déroulera du
    # … au … ») are not the call's window, while a call that « va se dérouler du … au … » runs then
    (
        "Appel à candidature marché de Noël 2027 dans le cadre de l'organisation du marché de "
        "Noël qui se déroulera du 18 décembre 2027 au 2 janvier 2028, la ville propose des "
        "chalets aux exposants : bulletin à retourner avant le lundi 8 novembre 2027.",
        date(2027, 11, 8),
    ),
    (
        "L'appel à candidatures des exposants du marché de Noël va se dérouler du 1er octobre 2027 "
        "au 8 novembre 2027.",
        date(2027, 11, 8),
    ),
    # batch 1221: the candidates told of the selection in a window are no entries' window (« Les
    # candidats seront informés de leur sélection entre le 22 et le 29 mars »)
    (
        "Les dossiers doivent être transmis au plus tard le 15 mars 2027. Les candidats seront "
        "informés de leur sélection entre le 22 et le 29 mars 2027.",
        date(2027, 3, 15),
    ),  # batch 1253: the works a contest looks at, by when they were completed (« un aménagement …
    # achevé entre le … et le … », « dont la réception doit avoir été effectuée entre … »), are no
    # window to apply in, while « L'inscription doit être effectuée entre … » stays one
    (
        "Les inscriptions sont ouvertes jusqu'au 16 mai 2027. Les collectivités peuvent proposer "
        "un aménagement de moins de 5 ans, c'est à dire achevé entre le 1er janvier 2022 et le "
        "31 décembre 2027.",
        date(2027, 5, 16),
    ),
    (
        "Les candidatures sont ouvertes jusqu'au 20 mai 2027. Les sites, dont la réception doit "
        "avoir été effectuée entre le 1er janvier 2024 et le 31 décembre 2027, seront visités.",
        date(2027, 5, 20),
    ),
    (
        "Dates limites : l'inscription doit être effectuée entre le 1er décembre 2026 et le 18 "
        "mars 2027.",
        date(2027, 3, 18),
    ),  # batch 1263: a show's run told by its opening in its sentence (« La Biennale … ouvrira ses
    # portes … le 22 mai prochain, et ce jusqu'au 24 octobre ») is no closing day, while the
    # entries' « jusqu'au » in the next sentence is one, and a call's own « jusqu'au » after a
    # show named in the sentence before stays one
    (
        "La 4e Biennale internationale du design graphique ouvrira ses portes à Chaumont le 22 "
        "mai prochain, et ce jusqu'au 24 octobre. Les designers graphiques ont encore jusqu'au "
        "30 janvier 2027 pour s'inscrire et envoyer leurs projets.",
        date(2027, 1, 30),
    ),
    (
        "L'exposition est visible au musée de l'affiche. Les candidatures sont ouvertes jusqu'au "
        "15 mars 2027.",
        date(2027, 3, 15),
    ),
]


@pytest.mark.parametrize(("text", "closing"), CLOSING_DATES)
def test_closing_dates_of_this_sessions_pages(text: str, closing: date):
    """Batches 601–1263: the day a call closes, read where a page writes it (« date butoir »,
    an American slashed or dotted day, « sera clos le », « doit parvenir … au plus tard le »,
    an extended deadline (not the one it « était initialement fixée » to), a timeline's
    « closes » row, an aid portal's « Échéance », a weekday's year) and not where it tells who
    may apply, an event's days, a stand's clearing, a refund's terms, a page's revision, a
    programme's payment deadline, a registration's opening, a contract's extended term or the
    funded projects' own days or a call's talks before its files, nor a pre-application's day
    before the full application's, nor the day applicants plan to have their work in place, nor
    the call's launch by its relays, nor the days of an event the prizes are given during, nor a
    festival's days after a comma, nor the public's votes; a window's end past the cue's reach
    (« entre le … et le … »); registrations « prolongées jusqu'au » (not a contract's term); an
    aid portal's « date de candidature est fixée au »; not the public's vote's, nor an
    edition's days (« sa 12e édition, programmée du … au … », « la prochaine édition de
    Maison Déco du … au … »); a call's first step named after its cue (« déclaration
    d'intention », « pré-propositions ») read after its full application's closing; the final
    closing among a call's rounds (« la clôture finale se fera le … »); the interest shown
    (« manifester leur intérêt ») or a « pré-projet » before the files; « le 15 juillet
    suivant » in the year of the date before it; the last of a call's rounds counted in a row
    (« deux relèves : le 29 mars et le 15 mai »); registrations that « prendront fin le … »; a
    round's day « fixée au … »; the last of the rounds named after their dates (« … pour la
    première vague, … pour la deuxième vague »); not the days a selection committee « réunira
    entre le … et le … »; a day written with spaced dots (« 14 . 10 . 2027 »); « La fin du
    dépôt de candidature est fixée au … »; « La date du dépôt des dossiers de candidature est
    fixée au … »; registrations that « se concluront le … » (not a show that « se conclura »); a
    telegraphic « (limite dépôt le …) »; an aid « mise en place par l'Etat jusqu'au … », not the
    Games' days (« Jeux Paralympiques du … au … »), while a game contest's window stays one; a
    market's days in its relative clause (« … qui se déroulera du … au … »), while a call that
    « va se dérouler du … au … » runs then; not the window the works a contest looks at were
    completed in (« achevé entre le … et le … », « dont la réception doit avoir été effectuée
    entre … »), while the entries' « doit être effectuée entre … » stays one; not a show's run
    told by its opening in its sentence (« … ouvrira ses portes … le 22 mai, et ce jusqu'au 24
    octobre »)."""
    assert deadline_in(fold(text), PUBLISHED) == closing


def test_the_games_days_are_no_window_to_apply_in():
    """Batch 1181: « place aux Jeux Paralympiques du 28 août au 8 septembre » gives the Games'
    days, an event's, not a window an aid closes at the end of (a game contest's window stays
    one, in ``CLOSING_DATES``)."""
    text = (
        "Pour les taxis qui veulent passer à l'électrique, il est encore temps de demander une "
        "subvention. Place aux Jeux Paralympiques du 28 août au 8 septembre 2027."
    )
    assert deadline_in(fold(text), PUBLISHED) is None


def test_works_shown_on_a_span_are_no_window_to_apply_in():
    """Batch 1311: « Du 22 au 25 septembre prochain, les Biennales mondiales de la reliure,
    présenteront 250 magnifiques ouvrages » gives no closing date to a contest's page; « Du 1er
    au 15 mars, les candidats présenteront leur dossier » still does."""
    shown = (
        "Du 22 au 25 septembre prochain, les Biennales mondiales de la reliure, présenteront 250 "
        "magnifiques ouvrages reliés pour le concours."
    )
    assert deadline_in(fold(shown), PUBLISHED) is None
    entrants = (
        "Du 1er au 15 mars 2027, les candidats présenteront leur dossier au concours de reliure."
    )
    assert deadline_in(fold(entrants), PUBLISHED) == date(2027, 3, 15)


def test_a_place_open_from_a_day_to_another_is_no_window_to_apply_in():
    """Batch 1309: « une boutique éphémère de Noël qui sera ouverte du 27 novembre au 23
    décembre … Les candidatures sont possibles jusqu'au 31 août » closes on 31 August (the
    shop's doors are no window to apply in); « les inscriptions à la boutique sont ouvertes du 1er
    au 15 mars » still are one."""
    shop = (
        "Le 52 lance un appel à candidatures pour sa prochaine boutique éphémère de Noël qui sera "
        "ouverte du 27 novembre au 23 décembre à Besançon. Les candidatures sont possibles "
        "jusqu'au 31 août 2027."
    )
    assert deadline_in(fold(shop), PUBLISHED) == date(2027, 8, 31)
    entries = "Les inscriptions à la boutique sont ouvertes du 1er au 15 mars 2027."
    assert deadline_in(fold(entries), PUBLISHED) == date(2027, 3, 15)


def test_an_aids_invoices_and_its_programmes_year_are_no_window_to_apply_in():
    """Batch 1327: « une facture d'achat datée entre le 1er janvier 2027 et le 31 octobre 2027 »
    (what an aid asks for) and « Le Programme … est mis en œuvre du 1er janvier au 31 décembre »
    (the programme's year, its ligature kept by the folding) are no windows: the requests
    close on their own day; « Les candidatures sont ouvertes entre le … et le … » still is one."""
    aid = (
        "Ils doivent avoir réalisé un traitement, justifié par une facture d'achat datée entre le "
        "1er janvier 2027 et le 31 octobre 2027. Les dossiers de demandes d'aides doivent être "
        "déposés, jusqu'au 7 novembre 2027."
    )
    assert deadline_in(fold(aid), PUBLISHED) == date(2027, 11, 7)
    entries = "Les candidatures sont ouvertes entre le 1er janvier 2027 et le 31 octobre 2027."
    assert deadline_in(fold(entries), PUBLISHED) == date(2027, 10, 31)
    programme = (
        "Le Programme Sectoriel Apicole est mis en œuvre du 1er janvier au 31 décembre de chaque "
        "année. Les demandes doivent être envoyées au plus tard le 30 novembre 2027."
    )
    assert deadline_in(fold(programme), PUBLISHED) == date(2027, 11, 30)


def test_a_pages_availability_gives_way_to_the_calls_closing_cue():
    """Batch 1327: « Disponible du 19/11/2026 au 28/02/2028 » above an aid's terms is the page's
    availability when a cue gives the call's closing day (« au plus tard le 30 novembre 2026 »);
    with no such cue, it is still the window read."""
    terms = (
        "MESURES COLLECTIVES 2027\nDisponible du 19/11/2026 au 28/02/2028\nLes demandes de "
        "financement doivent être envoyées à FranceAgriMer au plus tard le 30 novembre 2026."
    )
    assert deadline_in(fold(terms), PUBLISHED) == date(2026, 11, 30)
    alone = "MESURES COLLECTIVES 2027\nDisponible du 19/11/2026 au 28/02/2028\nDéposez un projet."
    assert deadline_in(fold(alone), PUBLISHED) == date(2028, 2, 28)


def test_a_contests_entries_open_and_its_entrants_time_invite_to_enter():
    """Batch 1336: "entrants have until 14 June 2027", "looking for young butchers to put
    themselves forward" and "Complete the application online below" invite to enter a
    competition (a call, with its closing day where it gives one); entrants who "had until noon"
    in a report and "countries are now open" invite no one."""
    cases = [
        (
            "The 2027 Young Butcher of the Year competition: entrants have until 14 June 2027 to "
            "get their entries in.",
            date(2027, 6, 14),
        ),
        (
            "The Shropshire Young Butcher of the Year competition will take place at the County "
            "Show. The organisers are looking for young butchers to put themselves forward.",
            None,
        ),
        (
            "The competition will be held at the WICC in January 2027. Complete the application "
            "online below.",
            None,
        ),
    ]
    for text, closing in cases:
        found = detect("Young butcher competition", text, PUBLISHED)
        assert found is not None and (found.kind, found.deadline) == ("call", closing), text
    report = (
        "The competition took place at the County Show, where the entrants had until noon to "
        "finish their displays."
    )
    assert detect("Young butcher competition report", report, PUBLISHED) is None
    travel = "Some countries are now open for tourists after the competition season."
    assert detect("Countries reopen", travel, PUBLISHED) is None


def test_an_aids_requests_told_due_invite_to_apply():
    """Batch 1327: « Les dossiers de demandes d'aides doivent être déposés, jusqu'au 7 novembre
    2027 » invites to apply, as « Les demandes … doivent être déposées » did: the aid scheme is
    a call with that closing day; an aid told without its requests is none."""
    scheme = (
        "Le dispositif exceptionnel d'appui à la filière apicole soutient le renouvellement du "
        "cheptel avec une aide forfaitaire de 80 euros par essaim acheté. Les dossiers de demandes "
        "d'aides doivent être déposés, jusqu'au 7 novembre 2027, sur le site de FranceAgriMer."
    )
    found = detect("Un dispositif d'aide exceptionnelle pour les apiculteurs", scheme, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 11, 7))
    told = (
        "Le dispositif exceptionnel d'appui à la filière apicole a soutenu le renouvellement du "
        "cheptel avec une aide forfaitaire de 80 euros par essaim acheté."
    )
    assert detect("Le bilan du dispositif d'aide exceptionnelle", told, PUBLISHED) is None


def test_a_ban_and_an_eligibility_condition_give_no_closing_day():
    """Batch 1344–1345: a ban's period (« avaient été interdites temporairement par la préfecture
    entre le 30 décembre et le 19 janvier ») is no window to apply in, and what applicants
    « ayant déposé, avant le 31 décembre 2027 » is who may apply: the requests close « au plus
    tard le 15 octobre 2028 »; a plain « avant le 15 octobre 2027 » still closes then."""
    ban = (
        "La commercialisation des huîtres avait été interdite temporairement par la préfecture "
        "entre le 30 décembre 2026 et le 19 janvier 2027. Inscriptions au concours jusqu'au 1er "
        "mars 2027."
    )
    assert deadline_in(fold(ban), PUBLISHED) == date(2027, 3, 1)
    eligible = (
        "Seuls sont éligibles les ostréiculteurs ayant déposé, avant le 31 décembre 2027, une "
        "déclaration de perte. Les dossiers de demandes d'aides doivent être déposés au plus tard "
        "le 15 octobre 2028."
    )
    assert deadline_in(fold(eligible), PUBLISHED) == date(2028, 10, 15)
    plain = "Les dossiers doivent être déposés avant le 15 octobre 2027."
    assert deadline_in(fold(plain), PUBLISHED) == date(2027, 10, 15)


def test_a_feast_whose_days_went_by_in_the_plural_is_over():
    """Batch 1344: « ces premières Fêtes de l'Ostra se sont déroulées du 11 au 13 octobre »
    reports them, as « se sont tenues » does; « se dérouleront du 11 au 13 octobre » announces
    them."""
    report = (
        "Ces premières Fêtes de l'Ostra se sont déroulées du 11 au 13 octobre à l'entrée du chenal "
        "de La Cayenne, à Marennes."
    )
    assert detect("Les premières Fêtes de l'Ostra", report, PUBLISHED) is None
    coming = (
        "Les Fêtes de l'Ostra se dérouleront du 11 au 13 octobre 2027 à l'entrée du chenal de La "
        "Cayenne, à Marennes."
    )
    found = detect("Les Fêtes de l'Ostra", coming, PUBLISHED)
    assert found is not None and found.when == date(2027, 10, 11)


def test_a_small_business_week_is_an_event_and_an_open_day_reported_is_none():
    """Batches 621 and 624: "National Small Business Week at the library … from May 1 - 4" is a
    week of events (not Bloomberg's "Businessweek"); « Samedi 30 janvier, journée portes ouvertes
    … l'université a ouvert ses portes au grand public, ce samedi 30 janvier » reports a day gone
    by, as « a fermé ses portes » does."""
    week = (
        "The public libraries will host the National Small Business Week program series from "
        "May 1 - 4, with a panel of local business owners on Thursday."
    )
    found = detect("Celebrate National Small Business Week at the libraries", week, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 1))
    magazine = "Businessweek ranks the region's companies, the magazine said on May 1, 2027."
    assert detect("Businessweek ranking", magazine, PUBLISHED) is None
    report = (
        "Samedi 30 janvier, journée portes ouvertes à l'université. C'est sous la neige que "
        "l'université a ouvert ses portes au grand public, ce samedi 30 janvier. Les visiteurs "
        "étaient au rendez-vous."
    )
    assert detect("Course d'orientation à l'université", report, date(2027, 1, 20)) is None


# what the pages of batches 562 to 606 taught the call's reading, each with the case it must not
# break: (title, text, publication, reading), the reading a call with its label (or any label:
# None), or nothing
_FORM = (
    "Before completing this application form, read the Become a Fellow page. There are two "
    "versions of the application. The application window for the 2023-2024 Fellowship year "
    "is {}."
)
_ADVICE = (
    "Welcome to this page on scholarship deadlines. {} Students will not be able to submit "
    "their applications after the deadline. Scholarship committees offer funding to "
    "students who submit your application early."
)
_RFP_DEFINED = (
    "A Request for Proposals (RFP) is a formal document issued by a business or organization "
    "to solicit proposals from qualified vendors or service providers. It outlines the "
    "requirements of a project."
)
_GUIDE_TEXT = (
    "Chartres métropole, coordonnateur du dispositif Contrat de ville, accompagne les porteurs "
    "de projets dans leurs démarches administratives."
)
CALL_READINGS = [
    # batch 562: « Une collectivité locale peut ainsi se porter candidate » invites (an adverb
    # between « peut » and « se porter candidate »); a report that names the call invites no one
    (
        "La région va expérimenter des services numériques",
        "Baptisé Paca Labs, l'appel à projet vise à stimuler des projets exploratoires. Une "
        "collectivité locale peut ainsi se porter candidate avec des entreprises.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "La région a expérimenté des services numériques",
        "Baptisé Paca Labs, l'appel à projet visait à stimuler des projets exploratoires.",
        PUBLISHED,
        None,
    ),
    # batch 564: « Le dispositif d'accompagnement … les entreprises candidates » is a call; the
    # scheme named without an invitation is none
    (
        "SecNumCloud : les aides financières activées",
        "Le dispositif d'accompagnement des petits éditeurs de la cybersécurité est sorti de "
        "terre. Il est attendu que les entreprises candidates présentent un plan.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "SecNumCloud : un bilan",
        "Le dispositif d'accompagnement des petits éditeurs de la cybersécurité a aidé 12 PME.",
        PUBLISHED,
        None,
    ),
    # batch 564: "A call for papers, often called a CfP, is a public announcement" defines the
    # kind (an aside between commas, "announcement"); a conference's own "Call for Papers" is one
    (
        "Developing an Effective Conference Call for Papers",
        "A call for papers, often called a CfP, is a public announcement. It tells researchers "
        "that your conference is accepting proposals. The organizers launch the call for papers "
        "months ahead.",
        PUBLISHED,
        None,
    ),
    (
        "Call for Papers: AI and security workshop",
        "The organizers launch the call for papers of the AI and security workshop.",
        PUBLISHED,
        ("call", None),
    ),
    # batches 578 and 579: "The application window … is closed." and "The application system is
    # now closed!" say the call is over; the same form with its window open is a call
    ("Apply", _FORM.format("closed"), PUBLISHED, None),
    ("Apply", _FORM.format("open until March 1, 2030"), PUBLISHED, ("call", None)),
    (
        "How to Apply",
        "How to Apply. The application system is now closed! Make sure that your reference "
        "letter arrives by 12 April 2018. Registration fees for the summer school cover tuition.",
        date(2018, 1, 10),
        None,
    ),
    # batches 576, 577 and 579: a festival's "Films must be submitted", "by submitting your film
    # you agree" and a fellowship's "are especially encouraged to apply" invite
    (
        "",
        "Submission Guidelines: Short films of all genres are welcome. Films must be "
        "submitted in digital format via our online platform. Entry Fees: a nominal entry fee "
        "for each film submission. Awards will be presented to outstanding entries.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "SUBMISSION REQUIREMENTS. The celebrity jury may choose to present additional awards. "
        "We only accept short films under 30 minutes. Please note that, by submitting your "
        "film you agree to our terms.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Emerging Leaders International Fellows Program",
        "The program provides leadership training through seminars. Emerging leaders at "
        "community foundations are especially encouraged to apply. Top-ranking applicants "
        "may be offered an award.",
        PUBLISHED,
        ("call", None),
    ),
    # batches 581 and 582: a lead that explains or advises ("In this article, we'll provide",
    # "Here are the reasons why", "read this article") announces no call; the same words on a
    # fund's own page, without the lead, are its call
    (
        "Scholarship deadlines",
        _ADVICE.format("In this article, we'll provide essential information about the deadlines."),
        PUBLISHED,
        None,
    ),
    (
        "Scholarship deadlines",
        _ADVICE.format("Here are the reasons why students must care about the deadline."),
        PUBLISHED,
        None,
    ),
    (
        "Scholarship deadlines",
        _ADVICE.format("To know more about the scholarships available, read this article."),
        PUBLISHED,
        None,
    ),
    ("Scholarship deadlines", _ADVICE.format(""), PUBLISHED, ("call", None)),
    # batch 583: a call's own guide for its applicants is the call, not a guide to calls
    (
        "Contrat de Ville. Guide pratique à l attention des porteurs. Appel à projets 2021",
        _GUIDE_TEXT,
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    ("Guide : bien préparer un appel à projets 2021", _GUIDE_TEXT, PUBLISHED, None),
    # batches 583 and 584: « Formulaire de participation au … concours » and « Conditions d'octroi
    # de l'aide » invite
    (
        "Patrimoine funéraire",
        "Formulaire de participation au 25ème concours pour la sauvegarde du patrimoine dans "
        "la catégorie « Patrimoine funéraire ». Nom de la commune. Nom du maire.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Nos Patrimoines",
        "Le dispositif vise à un accompagnement technique et financier des projets de "
        "restauration. Conditions d'octroi de l'aide : le projet ne doit pas avoir débuté "
        "avant le dépôt du dossier. Les dépenses ne sont pas éligibles à la subvention.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 587: a contest's rules (« Ce concours national s'adresse à … Les participants peuvent
    # s'inscrire ») and a trophies' criteria (« les entreprises peuvent concourir ») invite
    (
        "Règlement",
        "La société organise un concours national, les Trophées de la Communication. Ce "
        "concours national s'adresse à toute personne morale. Les participants peuvent "
        "s'inscrire en téléchargeant un bulletin d'inscription.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Critères d'éligibilité - Le jury",
        "Les entreprises primées ont leur siège dans le département. Pour les trophées "
        "« coup de cœur du jury », « innovation économique » et « meilleur espoir », les "
        "entreprises peuvent concourir dès leur première année d'existence.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 589: an invitation inside the sentence that defines a kind of call invites no one; a
    # page that defines it and then solicits proposals for its own project is a call
    ("RFP and RFQ in small business", _RFP_DEFINED, PUBLISHED, None),
    (
        "RFP and RFQ in small business",
        _RFP_DEFINED + " The city is soliciting proposals for its new library's network.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 593: « L'appel à candidatures est lancé », « … s'ouvre aujourd'hui » announce the
    # call (not « lancé en 2019 », its history)
    (
        "Avec Health20, la French Tech soutient les start-ups santé",
        "La santé est aujourd'hui sur le devant de la scène avec la création du programme. "
        "L'appel à candidatures est lancé. Pour être éligibles au programme, dont l'appel à "
        "candidatures s'ouvre aujourd'hui, les jeunes pousses doivent répondre à des critères.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "La French Tech et les start-ups santé",
        "La santé est sur le devant de la scène. L'appel à candidatures est lancé en 2019 par "
        "la mission, qui a accompagné vingt jeunes pousses.",
        PUBLISHED,
        None,
    ),
    # batches 601–603: a call to artists, exhibitors or a market's vendors; not a software
    # vendor's "vendor applications"
    (
        "Call for Artists: deadlines over the next weeks",
        "The city seeks an artist for a permanent installation in its park. "
        "Deadline: 09/14/2027 5:00 pm Pacific Time.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Marché de Noël 2027",
        "Pré-inscriptions exposants. Le tarif du stand est de 3 € le mètre. Les inscriptions "
        "doivent être adressées par courrier avant le 30 novembre 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "2028 Vendor Application Season Is Now Open",
        "The markets open their applications to growers and producers, closing November 30, 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Supply chain attack hits retailer",
        "Attackers exploited third-party vendor applications to reach the network; the patch "
        "is due by 30 November 2027.",
        PUBLISHED,
        None,
    ),
    # batch 606: "The competition is open to all. We invite … to submit ideas" invites entries;
    # a report that a competition was won invites no one
    (
        "Eligibility",
        "The competition is open to all. We invite architects, students, designers and anyone "
        "interested in the mission of the competition to submit ideas. Teams may have up to ten "
        "members.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Eligibility",
        "The competition was won by a team of students from the city's school of design.",
        PUBLISHED,
        None,
    ),
    # batch 633: « Appel à participation » is a call's own name, as « appel à candidatures » is
    (
        "Appel à participation - Fête de la Science 2027",
        "Vous êtes une collectivité ou une entreprise et souhaitez participer à l'édition 2027 : "
        "complétez le formulaire en ligne.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    # batch 632: a call for proposals said closed, its meeting named between; a contest's
    # submission site said closed; a window that will have closed leaves the call open
    (
        "Call for Proposals",
        "The Call for Proposals for the CMSS Annual Meeting is now closed. Timeline: July 10, "
        "2027: Proposals Due.",
        PUBLISHED,
        None,
    ),
    (
        "Contest Information",
        "The deadline to enter the Contest was at 11:59 p.m. EDT on October 28, 2026, and our "
        "submission site is now closed. Submit your photos next year.",
        PUBLISHED,
        None,
    ),
    (
        "Submission Instructions",
        "Call for papers: all paper submissions are due Friday, September 22, 2027. An email "
        "acceptance will be sent after the submission window has closed.",
        PUBLISHED,
        ("call", "Appel à propositions"),
    ),
    # batch 639: a conference's key dates call for its abstracts and presentations
    (
        "Important Dates",
        "Submission of abstract/full paper: 1 May – 15 June 2027\nThe congress: 7 - 9 October 2027",
        PUBLISHED,
        ("call", "Appel à propositions"),
    ),
    (
        "Key Dates",
        "PRESENTATION SUBMISSIONS\n\nSUBMISSIONS OPEN\n\nWednesday 1st November 2026\n\n"
        "SUBMISSION DEADLINE\n\nMonday 18th December 2026",
        PUBLISHED,
        ("call", "Appel à propositions"),
    ),
    # batch 632: an event's page that invites its speakers' proposals calls for them; proposals
    # named without an invitation call for none
    (
        "Modalités d'intervention aux Estivales",
        "Puis-je donner une conférence aux Estivales ? Toute personne peut adresser une ou "
        "plusieurs propositions d'interventions à l'équipe d'organisation.",
        PUBLISHED,
        ("call", "Appel à propositions"),
    ),
    (
        "Les Estivales en images",
        "Les propositions d'interventions retenues ont donné trois jours de débats.",
        PUBLISHED,
        None,
    ),
    # batch 641: a manual that defines a request for quotations calls for none; a request with
    # its due date calls for quotes
    (
        "Request for Quotations",
        "A Request for Quotations is a request that you send out to one or more potential "
        "vendors. You can specify line items and required delivery dates.",
        PUBLISHED,
        None,
    ),
    (
        "Request for Quotations",
        "The city issues this request for quotations for its fleet maintenance. Quotes are due "
        "by March 3, 2027.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 648: "RFQ for" a project names a call; RFQs in a buyer's guide call for nothing
    (
        "RFQ for Sculpture at the Community Center",
        "The arts council seeks an artist or a team for a sculpture in the center's lobby.",
        PUBLISHED,
        ("call", "Appel d'offres"),
    ),
    (
        "Procurement basics",
        "Buyers send RFQs to several suppliers, then compare the prices they quote.",
        PUBLISHED,
        None,
    ),
    # batch 649: a residency's application that has closed, a call for applications now over
    (
        "How to Apply",
        "We post our guidelines here when we have an open call to artists. Our 2027 Residency "
        "Application has closed. We will open the next one in the summer.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Our call for applications for 2027 residents is now over. Thank you to everyone who "
        "applied.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Our call for applications for 2027 residents is open until March 1, 2027.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 649: « Quelles sont les démarches pour participer au concours ? » invites
    (
        "Une nouvelle édition pour les trophées",
        "Le concours récompense trois démarches. Quelles sont les démarches pour participer au "
        "concours ? Les dates limites diffèrent d'un prix à l'autre.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    ("Un concours de robots au lycée", "Le concours a réuni douze équipes.", PUBLISHED, None),
    # batch 658: « ÊTES-VOUS ÉLIGIBLE ? », « comment en bénéficier ? » invite
    (
        "Bourses pour les jeunes",
        "Le concours aide chaque année vingt jeunes. ÊTES-VOUS ÉLIGIBLE ? Vous avez entre 18 et "
        "30 ans.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Jusqu'à 3000 € pour votre projet",
        "Vous avez un projet ? La bourse Initiative Jeunesse apporte des financements aux "
        "jeunes. Mais comment en bénéficier ? Voici les conditions.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 659: an edited volume's "Proposals are invited", "Calls for contributions"; a
    # publisher's article on what a call for chapters is calls for none
    (
        "Calls for contributions – Deadlines January to March 2027",
        "A volume on coastal towns. Proposals are invited for its chapters. Deadline for "
        "abstracts: 1 February 2027",
        PUBLISHED,
        ("call", "Appel à propositions"),
    ),
    (
        "The Process of Academic Publishing: Call for Chapters",
        "What Is a Call for Chapters? A call for chapters supports two objectives of a book: "
        "visibility and content recruitment.",
        PUBLISHED,
        None,
    ),
    # batch 652: a market's « Dossier de candidature à envoyer au plus tard le … » calls
    (
        "Marché de Noël 2027",
        "Conditions de candidature : être artisan. Dossier de candidature à envoyer au plus tard "
        "le 15 novembre 2027 par mail.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    # batch 668: a farmer's aid application under the common agricultural policy, with its
    # closing date; the policy named in the news is none
    (
        "Les agriculteurs ont jusqu'au 15 juin pour déposer leurs dossiers PAC",
        "Le ministère accorde des jours supplémentaires aux exploitants.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Télédéclaration des aides",
        "En 2027, vous devez déclarer vos surfaces sur le site TéléPAC entre le 1er avril et le "
        "15 mai inclus.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "La réforme de la PAC en débat",
        "Les syndicats agricoles discutent de la réforme de la PAC à Bruxelles.",
        PUBLISHED,
        None,
    ),
    # batch 669: a title that tells to apply for an aid scheme before its day
    (
        "Solliciter les aides à l'investissement avant le 6 avril",
        "Plusieurs changements s'appliquent au dispositif d'aide à l'investissement dans les "
        "exploitations agricoles.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    # batch 674: an aid's own application form; batch 676: a contest's booklet with the
    # « Règlement du 25e concours »
    (
        "Demande de subvention 2027 : investissements des coopératives",
        "Ce formulaire de demande d'aide, une fois complété, constitue le dossier unique pour "
        "l'ensemble des financeurs.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Concours des artisans d'excellence",
        "Sommaire : le mot du président, les groupes de métiers, le règlement du 25e concours, "
        "les commissaires régionaux.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 671: a contest's rules « AVIS AUX CANDIDATS », its entries « sont ouvertes »
    (
        "Concours général des produits 2028",
        "AVIS AUX CANDIDATS. Les concurrents peuvent se procurer les imprimés de demande "
        "d'inscription au concours auprès des chambres.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Les inscriptions au concours des produits fermiers sont ouvertes",
        "Les producteurs peuvent y inscrire leurs produits dans l'espoir d'une médaille.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 702: a call's specifications ask « À qui s'adresse l'appel à projets ? »
    (
        "Cahier des charges 2024",
        "Appel à projets Qualité de l'air. À qui s'adresse l'appel à projets ? Aux associations "
        "de la région.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Cahier des charges 2024",
        "L'appel à projets Qualité de l'air a soutenu douze associations de la région.",
        PUBLISHED,
        None,
    ),
    # batch 703: a listing's expired offer (« Cette offre n'est plus valable ») is over
    (
        "Résidence d'artistes",
        "Statut : Cette offre n'est plus valable. Le département lance son appel à projets pour "
        "sa résidence. Qui peut candidater ? Les artistes professionnels.",
        PUBLISHED,
        None,
    ),
    (
        "Résidence d'artistes",
        "Statut : Cette offre est valable. Le département lance son appel à projets pour sa "
        "résidence. Qui peut candidater ? Les artistes professionnels.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 706: « L'appel à candidature pour le festival … est clôturé » is over; « est clôturé
    # le 15 avril » is a closing day to come
    (
        "Festival de théâtre : candidatures",
        "L'appel à candidature pour le festival de théâtre 2027 est clôturé. Le comité a reçu "
        "39 candidatures ; qui peut candidater ? Les compagnies professionnelles.",
        PUBLISHED,
        None,
    ),
    (
        "Festival de théâtre : candidatures",
        "L'appel à candidature pour le festival de théâtre 2027 est clôturé le 15 avril 2027. "
        "Qui peut candidater ? Les compagnies professionnelles.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    # batch 713: a sub-prefecture's sheet on its call asks « Qui peut demander ? »
    (
        "",
        "Politique de la ville : fiche info sur les critères d'éligibilité de l'appel à projets. "
        "Qui peut demander ? En priorité, les associations déclarées.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Politique de la ville : bilan de l'appel à projets. Les associations déclarées ont "
        "porté la plupart des actions.",
        PUBLISHED,
        None,
    ),
    # batch 712: the State's aid portal's record (« Nom initial de l'aide ») with its « Échéance »
    (
        "Soutenir les actions des associations sportives",
        "Échéance 8 juillet 2027. Présentation générale. Nom initial de l'aide : Projets sportifs "
        "fédéraux. Description : le soutien aux clubs.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Soutenir les actions des associations sportives",
        "Échéance 8 juillet 2027. Présentation générale. Le soutien aux clubs.",
        PUBLISHED,
        None,
    ),
    # (a record without its « Échéance »: a call where it says who may apply)
    (
        "Soutenir les actions des associations sportives",
        "Présentation générale. Nom initial de l'aide : Projets sportifs fédéraux. Bénéficiaires "
        "de l'aide : Associations. Zone géographique : France.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Soutenir les actions des associations sportives",
        "Présentation générale. Nom initial de l'aide : Projets sportifs fédéraux. Zone "
        "géographique : France.",
        PUBLISHED,
        None,
    ),
    # batch 724: an aid portal's record: « Caractéristiques de l'aide », « Nature des actions
    # éligibles : »
    (
        "Normandie : favoriser le tourisme responsable",
        "Présentation. Caractéristiques de l'aide. Nature des actions éligibles : les projets de "
        "mise en tourisme du patrimoine normand.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Normandie : favoriser le tourisme responsable",
        "Présentation. Caractéristiques de l'aide. Les projets de mise en tourisme du patrimoine "
        "normand.",
        PUBLISHED,
        None,
    ),
    # batch 717: a funder's title marks its call closed (« clôturé depuis le 20/01/2024 »)
    (
        "Appel à projet - Fonds publics et territoires (clôturé depuis le 20/01/2027)",
        "La Caf porte de fortes ambitions. Qui peut candidater ? Les acteurs associatifs.",
        PUBLISHED,
        None,
    ),
    (
        "Appel à projet - Fonds publics et territoires",
        "La Caf porte de fortes ambitions. Qui peut candidater ? Les acteurs associatifs.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 728: a call « est lancé » with its name between (not one launched in a year gone by)
    (
        "Programme Leader Pays d'Auge",
        "Un appel à projets Leader est lancé à l'échelle du Pays d'Auge. Les dossiers peuvent être "
        "déposés en continu.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Programme Leader Pays d'Auge",
        "Un appel à projets Leader est lancé en 2019 à l'échelle du Pays d'Auge.",
        PUBLISHED,
        None,
    ),
    # batch 749: « Trois projets peuvent être déposés par établissement » invites (not « ont été
    # déposés », a call's tally)
    (
        "Pro'Jeunes – Donne vie à tes projets de lycée !",
        "Pro'Jeunes est une subvention de la Région. Trois projets peuvent être déposés par "
        "établissement.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Pro'Jeunes – Donne vie à tes projets de lycée !",
        "Pro'Jeunes est une subvention de la Région. Trois cents projets ont été déposés l'an "
        "dernier.",
        PUBLISHED,
        None,
    ),
    # batch 741: an aid guide's « L'appel à projet concerne les jeunes » invites (not a report
    # that a call concerned)
    (
        "Guide des aides",
        "Appel à projet : projet d'engagement des jeunes. Bénéficiaires. L'appel à projet "
        "concerne les jeunes de 12 à 30 ans.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Guide des aides",
        "Le bilan de l'appel à projet : il concernait surtout les jeunes de 12 à 30 ans.",
        PUBLISHED,
        None,
    ),
    # batch 729: « L'appel à projets s'adresse aux … » invites (not a report's « s'adresse »)
    (
        "Soutien aux associations de jeunesse",
        "L'appel à projets s'adresse aux seules associations agréées de jeunesse et d'éducation "
        "populaire.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Soutien aux associations de jeunesse",
        "Ce bilan s'adresse aux associations qui ont répondu à l'appel à projets.",
        PUBLISHED,
        None,
    ),
    # batch 756: « Les projets attendus peuvent agir … » invites (not the projects a town
    # expects)
    (
        "Promotion de la santé",
        "Les projets attendus peuvent agir au travers de différentes thématiques. Le document "
        "principal de l'appel à projets est téléchargeable ci-dessous.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Promotion de la santé",
        "Les projets attendus en 2027 sont nombreux, dit le maire, qui a répondu à un appel à "
        "projets.",
        PUBLISHED,
        None,
    ),
    # batch 759: an earlier round's applications counted do not close the new round a page
    # announces (a call's own tally, with no new round, does)
    (
        "Maisons sport-santé : un nouvel appel à projets",
        "Les 138 premières structures ont été labellisées alors que 288 dossiers avaient été "
        "reçus. Une nouvelle vague est attendue après la publication d'un nouvel appel à projets.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Maisons sport-santé : l'appel à projets",
        "À la clôture de l'appel à projets, 288 dossiers avaient été reçus.",
        PUBLISHED,
        None,
    ),
    (
        "Maisons sport-santé : un nouvel appel à projets",
        "Call for projects, Fri 30 Sep 2023 – Thu 5 Jan 2024 (2 years ago). Un nouvel appel à "
        "projets est attendu.",
        PUBLISHED,
        None,
    ),
    (
        "Maisons sport-santé : un nouvel appel à projets",
        "Au premier tour, 288 dossiers avaient été reçus. Le second : [Clôturé] depuis mai. Un "
        "nouvel appel à projets est attendu.",
        PUBLISHED,
        None,
    ),
    # batch 761: a grant campaign launched (« Lancement de la campagne "PST" ») is a call (not a
    # vaccination campaign); an aid scheme's « Les demandes sont à effectuer sur … » invites
    (
        "Les projets sportifs territoriaux",
        'Lancement de la campagne "PST" 2027. Les dossiers sont à déposer via le compte asso '
        "jusqu'au 4 juin 2027.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Santé publique",
        "Lancement de la campagne de vaccination 2027 jusqu'au 4 juin 2027.",
        PUBLISHED,
        None,
    ),
    (
        "Le Projet Sportif Territorial",
        "L'ANS propose une aide régionalisée. Ce dispositif a pour but d'accompagner les "
        "associations sportives. Les demandes sont à effectuer sur le compte asso.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Le Projet Sportif Territorial",
        "L'ANS propose une aide régionalisée. Ce dispositif a pour but d'accompagner les "
        "associations sportives. Les demandes ont été nombreuses.",
        PUBLISHED,
        None,
    ),
    # batch 766: « Elle organise donc un appel à candidatures » launches it (not « organise une
    # réunion sur l'appel à projets »)
    (
        "Soutien à la création de centres de santé",
        "L'ARS souhaite promouvoir les centres de santé. Elle organise donc un appel à "
        "candidatures pour favoriser leur émergence dans la région.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Soutien à la création de centres de santé",
        "L'ARS souhaite promouvoir les centres de santé. Elle organise une réunion sur l'appel à "
        "projets de l'an dernier.",
        PUBLISHED,
        None,
    ),
    # batch 771: a call's status in brackets before its title (« [Clôturé] ») says it is over
    (
        "[Clôturé] Appel à projets #moisenior 2027 : plan d'actions pour l'autonomie des seniors",
        "La conférence des financeurs lance un appel à projets pour des ateliers de prévention.",
        PUBLISHED,
        None,
    ),
    (
        "[Nouveau] Appel à projets #moisenior 2027 : plan d'actions pour l'autonomie des seniors",
        "La conférence des financeurs lance un appel à projets pour des ateliers de prévention.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 773: a page that asks what the procedure is (« En quoi consiste la procédure d'appel
    # à projet ? », « Qu'est-ce que l'appel à candidatures ? ») teaches, it announces no call
    (
        "La procédure d'appel à projets",
        "En quoi consiste la procédure d'appel à projet ? Les appels à projets sont lancés par "
        "les financeurs sur la base de diagnostics.",
        PUBLISHED,
        None,
    ),
    (
        "Création de places : 139 appels à projets en 2026",
        "En 2026, les agences ont lancé 139 appels à projets. Qu'est-ce que l'appel à "
        "candidatures ? Une version plus souple de la procédure.",
        PUBLISHED,
        None,
    ),
    (
        "Appel à projets : création de places",
        "L'agence lance un appel à projets pour la création de 55 places.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 783: the day a call was launched on, between the verb and the call (« a lancé le
    # vendredi 24 janvier 2027, l'appel à projets »); not a call's history since its launch
    (
        "Les quartiers fertiles",
        "L'Anru a lancé le vendredi 24 janvier 2027, l'appel à projets relatif à l'agriculture "
        "urbaine : « Les quartiers fertiles ».",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Les quartiers fertiles",
        "Depuis son lancement le vendredi 24 janvier 2020, l'appel à projets relatif à "
        "l'agriculture urbaine a soutenu 75 quartiers.",
        PUBLISHED,
        None,
    ),
    # batch 778: a page whose heading (its first short line) gives a call's results, and the
    # winners a government « a désigné le 29 février 2027 les 64 lauréats », tell a call over
    (
        "",
        "Résultats de l'Appel à Candidatures : « Soutien à la structuration des PAT »\n"
        "Cet appel à candidatures vise à soutenir des actions concrètes. La DRAAF a retenu 11 "
        "territoires avec les actions suivantes.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Appel à Candidatures : « Soutien à la structuration des PAT »\n"
        "Cet appel à candidatures vise à soutenir des actions concrètes. La DRAAF retiendra 11 "
        "territoires.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Projets alimentaires territoriaux : 22 nouvelles démarches soutenues",
        "A l'occasion du Salon de l'agriculture, le gouvernement a désigné le 29 février 2027 les "
        "64 lauréats de l'appel à projets 2026-2027 du Programme national pour l'alimentation. "
        "Financé par le ministère, cet appel à projets est également soutenu par l'Ademe.",
        PUBLISHED,
        None,
    ),
    (
        "Projets alimentaires territoriaux : 22 nouvelles démarches à soutenir",
        "A l'occasion du Salon de l'agriculture, le gouvernement a présenté le 29 février 2027 "
        "l'appel à projets 2027-2028 du Programme national pour l'alimentation. Financé par le "
        "ministère, cet appel à projets est également soutenu par l'Ademe.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 779: the applications counted so far where the call goes on (« permet de poursuivre
    # l'appel à projet jusqu'au ») close nothing; counted alone, they tell it closed
    (
        "Appels à projet en cours",
        "Jardins partagés. D'ores et déjà 5 projets ont été déposés, un solde d'enveloppe de "
        "15 000€ permet de poursuivre l'appel à projet jusqu'au 31 août 2027.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Appels à projet : jardins partagés",
        "Pour l'appel à projet jardins partagés, 5 projets ont été déposés.",
        PUBLISHED,
        None,
    ),
    # batch 793: a funder's call page that now gives its results (« Vous trouverez les résultats
    # de l'Appel à projets … »; not « les résultats de l'appel seront publiés »), a heading that
    # counts its winners (« Sept lauréats pour l'appel à projets … »)
    (
        "Appel à propositions du Plan National Dépérissement du Vignoble",
        "Du 11/04/2027 au 03/06/2027. Aide nationale. Vous trouverez les résultats de l'Appel à "
        "projets dans les contenus associés en bas de page. Demander cette aide.",
        PUBLISHED,
        None,
    ),
    (
        "Appel à propositions du Plan National Dépérissement du Vignoble",
        "Du 11/04/2027 au 03/06/2027. Aide nationale. Les résultats de l'Appel à projets seront "
        "publiés en juillet. Demander cette aide.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 820: the winners counted (« 51 collectivités lauréates de l'AMI ») tell the call's
    # results; where a new call is announced after them, it is still one
    (
        "86 500 copropriétés concernées par le programme",
        "Le programme Rénovons collectif, amorcé par un appel à manifestation d'intérêt (AMI) en "
        "octobre, continue de prendre forme. 51 collectivités lauréates de l'AMI, soit 86 500 "
        "copropriétés, sont impliquées dans les projets.\n\nLancé en octobre 2026, via un appel à "
        "manifestation d'intérêt, le programme Rénovons collectif continue de prendre forme.",
        PUBLISHED,
        None,
    ),
    (
        "Le programme s'étend",
        "En 2026, 51 collectivités lauréates de l'AMI ont été accompagnées. Un nouvel appel à "
        "manifestation d'intérêt est ouvert : les dossiers sont à déposer avant le 15 mars 2027.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 801: the applications and the selected counted together (« Sur les 177 présentés, 56
    # projets ont été sélectionnés ») tell the call's results, though the page calls it « ce nouvel
    # appel à projets » (the call itself, no new round); « un nouvel appel à projets » announced
    # after such a tally is still a new round
    (
        "17 hébergements touristiques au fonds tourisme durable",
        "Piloté par l'ADEME, ce nouvel appel à projets vise à soutenir le développement d'offres "
        "touristiques durables. Sur les 177 présentés, 56 projets ont été sélectionnés.",
        PUBLISHED,
        None,
    ),
    (
        "Fonds tourisme durable : les hébergements",
        "Piloté par l'ADEME, cet appel à projets vise à soutenir les hébergements touristiques. "
        "Sur les 90 déposés, 21 projets ont été retenus.",
        PUBLISHED,
        None,
    ),
    (
        "Fonds tourisme durable : une nouvelle vague",
        "Lors de la première vague, sur les 177 présentés, 56 projets ont été sélectionnés. Un "
        "nouvel appel à projets est lancé : les dossiers sont à déposer avant le 23 octobre 2027.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Sept lauréats pour l'appel à projets du plan national contre le dépérissement du vignoble"
        "\nLancé au début de l'année 2016, cet appel à projets a pour ambition de donner des clés "
        "aux viticulteurs. Sept nouveaux lauréats ont été annoncés, le 24 mai.",
        PUBLISHED,
        None,
    ),
    # batch 835: a call's own document titled in capitals, its title longer than a heading
    # written in small letters may be (not the same words as a long first line)
    (
        "",
        "APPEL À PROJETS POUR LA MISE EN PLACE DE PROGRAMMES D'INFORMATION, DE FORMATION ET "
        "D'INNOVATION EN FAVEUR DE LA MAÎTRISE DE LA DEMANDE ÉNERGÉTIQUE\nDocuments pareils\n"
        "Fiche informative sur les certificats d'économies d'énergie",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Appel à projets pour la mise en place de programmes d'information, de formation et "
        "d'innovation en faveur de la maîtrise de la demande énergétique\nDocuments pareils\n"
        "Fiche informative sur les certificats d'économies d'énergie",
        PUBLISHED,
        None,
    ),
    # batch 854: a call whose closing « a été clôturé le » is told in the past is over, whatever
    # its words between (« l'appel à candidatures de cette deuxième étape »); one that « est
    # clôturé le » a day to come is open
    (
        "Territoires zéro chômeur",
        "Trois ans et demi après la loi, l'appel à candidatures de cette deuxième étape a été "
        "clôturé le 30 juin 2024. 68 territoires sont habilités.",
        date(2024, 1, 15),
        None,
    ),
    (
        "Territoires zéro chômeur",
        "L'appel à candidatures de cette deuxième étape est clôturé le 30 juin 2027 : les "
        "territoires peuvent candidater en ligne.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    # batch 856: a call's cover line indented by its layout names it; a site's one-word section
    # names above a headline are passed over (the headline below them still may teach)
    (
        "",
        "Direction générale de la cohésion sociale\n                                APPEL A "
        "PROJETS 2027\n      PROMOTION D'ACTIONS EN FAVEUR DE L'EGALITE ECONOMIQUE\nCahier des "
        "charges",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Formation\n\nEmploi\n\nAides\n\nAppel à projets formation professionnelle et égalité "
        "hommes-femmes 2027\n\nPromouvoir l'égalité entre les femmes et les hommes dans la vie "
        "économique est un enjeu majeur.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Actualités\n\nAppel à projets : de quoi parle-t-on ?\nLes collectivités publient des "
        "appels.",
        PUBLISHED,
        None,
    ),
    # (a one-word first line with no headline below it stays the heading: « AMI »)
    ("", "AMI\nLes entreprises peuvent répondre.", PUBLISHED, ("call", None)),
    # batch 863: a call named by its programme and launched in its own words is a call; a
    # call to action launched, or a call's history, is none
    (
        "",
        "Export Clusters\nThe agency has launched the Export Clusters 2027 call to bring "
        "clusters together across borders.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    ("", "Export Clusters call launched!\nClusters may team up.", PUBLISHED, ("call", None)),
    (
        "",
        "Export Clusters\nThe ministry has launched a national call to action on exports.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Export Clusters\nThe first Export Clusters call was launched in 2016 and helped "
        "forty clusters.",
        PUBLISHED,
        None,
    ),
    # batch 863: a call listing's record, its call number above its deadline, is a call; the
    # number of a phone call is none
    (
        "",
        "Export Clusters - EXP-2027-01\nDeadline: 2 March 2027\nCall number: EXP-2027-01",
        PUBLISHED,
        ("call", None),
    ),
    ("", "Support line\nCall number: 0800 123 456 for help.", PUBLISHED, None),
    # batch 864: a funder encouraging states to apply for grants invites them; states that were
    # invited to apply, and won their grants, tell a round's history
    (
        "",
        "The agency is encouraging states and U.S. territories to apply for $20 million in "
        "grants for export promotion.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "All states were invited to apply for export promotion grants. Forty states won a "
        "grant award.",
        PUBLISHED,
        None,
    ),
    # batch 865: the applications a call gathered, told once it closed, say it is over; the
    # same call still open is one
    (
        "Le CES avec huit start-up",
        "Le conseil a recueilli une trentaine de candidatures dans le cadre de l'appel à "
        "candidatures lancé la semaine dernière. Résultats jusqu'au 15 novembre 2027.",
        PUBLISHED,
        None,
    ),
    (
        "Le CES avec huit start-up",
        "Le conseil a lancé un appel à candidatures pour huit start-up, ouvert jusqu'au 15 "
        "novembre 2027.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 871: an artists' fair's pre-registration, its exhibitors named after it, is a call
    # with its day; a training's pre-registration is none
    (
        "Règlement",
        "La demande de pré-inscription doit nous parvenir avant le 1er mai 2027. Un jury établira "
        "la liste définitive des exposants.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Formation",
        "La demande de pré-inscription à la formation doit nous parvenir avant le 1er mai 2027.",
        PUBLISHED,
        None,
    ),
    # batch 871: a prize's FAQ that tells how to apply invites; its closing named in a report does
    # not
    (
        "Foire aux questions",
        "Pour candidater au prix national, renvoyez le dossier à votre CMA avant la date de "
        "clôture des candidatures.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Foire aux questions",
        "Douze communes avaient renvoyé leur dossier avant la date de clôture des candidatures.",
        PUBLISHED,
        None,
    ),
    # batch 873: an aid scheme's page, its name as its heading or with « Ne sont pas
    # éligibles », is a call; the aid named in a report is none
    (
        "",
        "Aide à la reprise d'entreprise : subvention jusqu'à 1 000 €\nPour les TPE.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Subvention\n\nNe sont pas éligibles : les grandes surfaces. Une subvention de 4 000 à "
        "10 000 €.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "Bilan de l'année",
        "En 2026, quarante repreneurs ont touché l'aide à la reprise de la communauté de communes.",
        PUBLISHED,
        None,
    ),
    # batch 874: a prize's new edition launched, last year's applications counted, invites
    # through its site; the applications counted alone say the call is over
    (
        "",
        "La sixième édition des trophées « Madame artisanat » est lancée. L'an dernier, plus de "
        "460 candidatures ont été déposées. Le réseau organise le concours 2027. Les "
        "candidatures se font en ligne sur le site artisanat.fr.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Plus de 460 candidatures ont été déposées. Le réseau a organisé le concours 2027. Les "
        "candidatures se font en ligne sur le site artisanat.fr.",
        PUBLISHED,
        None,
    ),
    # batch 880: a festival's « appel à films », its works' registration, a fund's own name; batch
    # 884: a music contest (« le tremplin musical », not « un tremplin pour »), a residency's
    # grant, a call told open with nothing after
    (
        "Festival du film de la mer",
        "Appel à films : la 5e édition du festival aura lieu du 10 au 14 septembre 2027 à Fécamp. "
        "Les films sont reçus jusqu'au 30 juin 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "Article 2 : inscription et dépôt des œuvres. Les films doivent être déposés avant le 15 "
        "mars 2027 à minuit.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "L'essentiel : Fonds régional d'aide aux musiques actuelles\nQuel est l'objectif de ce "
        "fonds ? Soutenir les salles de concert.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Rock en Caux",
        "Le tremplin musical revient pour sa 6e édition. Les inscriptions se clôturent le 12 "
        "janvier 2027.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Jeunes réalisateurs",
        "Cette école est un tremplin pour de jeunes réalisateurs ; les inscriptions se clôturent "
        "le 12 janvier 2027.",
        PUBLISHED,
        None,
    ),
    (
        "Bourse de résidence d'écriture",
        "Deux mois à Rouen pour écrire : envoyez votre dossier avant le 20 avril 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Résidence de création",
        "La résidence accueille deux artistes à Rouen.\n→ L'appel à projets pour la saison 2027 "
        "est ouvert !",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 886: « Ce tremplin » is a music contest
    (
        "Les talents de demain",
        "Ce tremplin accompagne les jeunes artistes : vous avez jusqu'au 30 novembre 2026 pour "
        "vous y inscrire.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batches 890 and 893: « Pour prétendre aux fonds … » invites; a call's launch told as a time
    # (« après le lancement de l'appel ») and calls counted (« La moitié des appels … sont
    # lancés », « 8 appels … ») announce none; a year before the call words is no count
    (
        "",
        "Les principales étapes pour monter un dossier et le faire examiner par le comité de "
        "programmation du territoire, de l'idée au paiement.\nPour prétendre aux fonds européens "
        "Leader, vous devez vous rapprocher du GAL. La demande de subvention Leader doit être "
        "déposée auprès du PETR.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Quatre ans après le lancement de l'appel à manifestation d'intérêt « centres-bourgs », "
        "le programme Petites villes de demain est lancé.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Le plan stratégique national est toujours en cours de négociation avec la Commission "
        "européenne, et les régions finalisent leurs textes.\nLa moitié des appels à candidatures "
        "sont lancés\nAu 30 mai, 8 appels à candidatures ont été lancés en France.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "La Région lance 2 appels à projets pour les communes rurales, ouverts jusqu'au 15 mars "
        "2027.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "The 2027 call for proposals is now open to rural communities.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 895: a contest whose candidates were chosen, a call's winners under a programme's
    # name and a colon, the projects a call retained: results, no call
    (
        "",
        "Chaque année, les Jeunes agriculteurs organisent un concours récompensant un jeune "
        "exploitant. Dix candidats ont été sélectionnés par un jury ; leur profil est soumis au "
        "vote du grand public jusqu'au 28 août 2027.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "France Relance : les lauréats de l'appel à projets Slow tourisme\nL'appel à projets doté "
        "de 4,7 millions d'euros permettra d'accompagner 73 projets.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Mis à jour le 9 mars 2027\nDeux offres de restauration ont été retenues en Normandie par "
        "l'appel à projets national consacré au slow tourisme. Un fonds a été créé, au sein duquel "
        "a été lancé un appel à projets doté de 4,7 millions d'euros.",
        PUBLISHED,
        None,
    ),
    # batch 913: a category's heading, the calls' plural alone, names no call
    (
        "",
        "Appels à candidatures\nCéramiste et designer, elle a créé sa propre marque de vaisselle "
        "et l'a présentée lors d'une rencontre professionnelle à Lyon.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Appel à candidatures\nLa fondation ouvre sa résidence de design aux jeunes céramistes.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 916: the candidates' time to apply (not a report's « avaient jusqu'au »)
    (
        "",
        "La fondation récompense chaque année deux jeunes ingénieurs du textile. Les candidats ont "
        "jusqu'au vendredi 12 mars 2027 pour envoyer leur candidature.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "La fondation récompense chaque année deux jeunes ingénieurs du textile. Les candidats "
        "avaient jusqu'au vendredi 12 mars 2027 pour envoyer leur candidature.",
        PUBLISHED,
        None,
    ),
    # batches 920 and 924: a call's heading below a menu's bullets, up to 130 characters; a
    # contest launched « en décembre 2013 » (its history), a call that « s'est clôturé »
    (
        "",
        "• Santé\n  • Numérique\n  • Régionale\n\nAppel à projets Évaluation clinique et "
        "médico-économique des dispositifs médicaux connectés pour le suivi des patients\n\n"
        "Guichet\n\nBpifrance",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Lancé en décembre 2013, ce concours doit permettre d'accompagner des entreprises "
        "innovantes. La première phase a récompensé 110 projets.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Chercheurs et entrepreneurs, candidatez avant le 23 mai 2027 ! L'appel à projets s'est "
        "clôturé le 29 novembre 2027 par la remise des prix aux cinq lauréats.",
        PUBLISHED,
        None,
    ),
    # batch 936: a contest named first on the page's first line, its winners after a colon
    (
        "",
        "Concours Emballage 2026 : un palmarès remarqué\nLa nouvelle édition du concours de "
        "création d'emballages invitait cette année les étudiants en design à concilier "
        "protection et recyclage.",
        PUBLISHED,
        None,
    ),
    # batch 940: applications « ont été clôturées » (not « sont closes le … », a day to come); a
    # call named on the first line, its winners after a colon a few words on
    (
        "",
        "L'appel à projets Petits réacteurs a été lancé le 2 mars 2022 pour aider les jeunes "
        "entreprises. Les candidatures ont été clôturées le 28 juin 2023.",
        date(2020, 1, 1),
        None,
    ),
    (
        "",
        "Le concours d'innovation est ouvert aux PME. Les candidatures sont closes le 15 mars "
        "2027 à midi.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Appel à projets « petits réacteurs modulaires » : annonce des nouveaux lauréats\nLe "
        "ministère a annoncé trois projets retenus, qui se partageront 27 millions d'euros.",
        PUBLISHED,
        None,
    ),
    # batch 945: the results told
    (
        "",
        "Les résultats de cet appel à projets ont été dévoilés ce mardi par la ministre, qui a "
        "salué le dépôt de cinq candidatures. L'appel à projets avait été lancé en avril 2025.",
        PUBLISHED,
        None,
    ),
    # batch 944: winners announced with their count, no article before it
    (
        "",
        "Le ministère a annoncé 10 nouveaux lauréats suite à l'appel à projets sur les énergies "
        "marines. L'agence nationale avait lancé un appel à projets en juillet 2025.",
        PUBLISHED,
        None,
    ),
    (
        "Emballage 2026 : le palmarès",
        "La nouvelle édition du concours de création d'emballages invitait cette année les "
        "étudiants en design à concilier protection et recyclage.",
        PUBLISHED,
        None,
    ),
    # batch 950: an aid portal's call told closed for now, its old window still shown
    (
        "",
        "Véhicules de demain\nCet appel à projets est actuellement clôturé.\nLe plan a été "
        "présenté le 3 mars 2026. L'appel à projets est ouvert jusqu'au 20 décembre 2026.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Les candidatures sont actuellement closes. Le concours d'innovation récompense les "
        "ateliers de réparation automobile ; dépôt des dossiers jusqu'au 9 janvier 2027.",
        PUBLISHED,
        None,
    ),
    # batch 954: a contest's rules under its name, their first article next
    (
        "",
        "Concours Route Propre 2027 Règlement 1. Objet du concours L'association des "
        "transporteurs de la Manche récompense des livraisons sobres.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Challenge de la mobilité rurale Règlement Article 1 : l'organisateur. La communauté "
        "de communes récompense une initiative de covoiturage.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 974: a call's status line « Appel à projets clos » above its text; a call by its own
    # name, its purpose told at once (« vise à »), not a call's history (« qui visait à »)
    (
        "",
        "Laboratoires communs : appel à propositions 2027\nAppel à projets clos\nL'objet de ce "
        "programme est d'inciter les laboratoires à s'associer à une PME. L'appel à projets "
        "est ouvert au fil de l'eau jusqu'au 15 décembre 2027.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "L'appel à projets Tremplin Recherche vise à rapprocher les laboratoires et les PME de la "
        "région autour d'une feuille de route commune.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "L'appel à projets Tremplin, qui visait à rapprocher les laboratoires et les PME, a "
        "soutenu douze équipes depuis sa création.",
        PUBLISHED,
        None,
    ),
    # batch 960: winners counted where the call's schemes « restent ouverts et ont été
    # reconduits jusqu'au … »: still a call
    (
        "",
        "Le ministère a annoncé 12 projets lauréats de l'appel à projets « résilience ». Ces "
        "dispositifs restent ouverts et ont été reconduits jusqu'au 7 septembre 2027.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 983: a prize's page that says who « peuvent postuler à ce prix » invites (the prize
    # named after the verb); a prize's winners told invite no one
    (
        "",
        "Les artisans engagés dans une démarche de réemploi des matériaux peuvent postuler à ce "
        "prix, qui récompense trois entreprises chaque année.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les artisans engagés dans une démarche de réemploi des matériaux ont reçu ce prix, qui "
        "récompense trois entreprises chaque année.",
        PUBLISHED,
        None,
    ),
    # batch 990: a results title that gives new calls beside the winners (« premiers lauréats et
    # 2 nouveaux appels à projets ») announces them; a title with the winners alone does not
    (
        "France 2030 : premiers lauréats et 2 nouveaux appels à projets pour les protéines",
        "Les ministres annoncent les premiers lauréats et l'ouverture de la seconde vague.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Les ministres annoncent les premiers lauréats de la stratégie et 2 nouveaux appels à "
        "projets pour diversifier les sources de protéines.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "France 2030 : les premiers lauréats de l'appel à projets pour les protéines",
        "Les ministres annoncent les premiers lauréats de l'appel à projets.",
        PUBLISHED,
        None,
    ),
    # batch 993: a call to firms by who they are (« L'appel aux startups et aux PME … sera ouvert
    # jusqu'au … »); not an appeal for donations
    (
        "",
        "L'appel aux startups et aux PME du projet européen sera ouvert jusqu'au 16 février 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "L'association lance un appel aux dons jusqu'au 16 février 2027.",
        PUBLISHED,
        None,
    ),
    # batch 1010: a call « clôturée le 30 mars dernier » is over (not one open since that day)
    (
        "",
        "Un appel à projets a été lancé pour les commerces. La phase de candidature à cet appel à "
        "projets, clôturée le 30 mars dernier, a donné lieu au dépôt de 34 projets.",
        date(2027, 5, 15),
        None,
    ),
    (
        "",
        "Un appel à projets a été lancé pour les commerces. La phase de candidature à cet appel à "
        "projets, ouverte le 30 mars dernier, sera clôturée le 30 juin 2027.",
        date(2027, 5, 15),
        ("call", "Appel à projets"),
    ),
    # batches 1013 and 1015: an aid sheet's rate (« Subvention représentant 30 % des dépenses
    # éligibles ») and « À qui s'adresse cette aide ? » invite to apply; the state's « chèque
    # France Num » is an aid; a subsidy's share of a budget, a cheque paid, a guide are none
    (
        "",
        "Montant de l'aide. Subvention représentant 30 % des dépenses éligibles, dans la limite "
        "de 3 000 €, pour rénover la vitrine d'un commerce.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Selon son trésorier, la subvention représente 30 % du budget annuel de l'association "
        "des commerçants.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Le chèque numérique pour un commerce connecté est une aide de la Région. À qui "
        "s'adresse cette aide ? Aux commerçants de proximité de moins de 20 salariés.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le chèque numérique a été versé à 500 commerçants de la Région l'an dernier.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Chèque France Num : pour les factures de juin, la date limite de dépôt des demandes est "
        "fixée au 31 juillet 2027.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "France Num publie un guide du numérique pour les commerçants et les artisans.",
        PUBLISHED,
        None,
    ),
    # batch 1023: a bank's accelerator « ouvert dès maintenant aux candidatures » invites to apply
    # (not one that « n'est plus ouvert aux candidatures »)
    (
        "",
        "L'accélérateur de la banque, qui sera lancé en juin mais est ouvert dès maintenant aux "
        "candidatures, offrira à 10 startups 15 semaines d'accompagnement.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "L'accélérateur de la banque, lancé en juin, n'est plus ouvert aux candidatures : dix "
        "startups y suivent 15 semaines d'accompagnement.",
        PUBLISHED,
        None,
    ),
    # batch 1030: an aid scheme's page that says what it « permet de financer » invites to apply
    # (not a fund that « a permis de financer » projects, told once it is over)
    (
        "",
        "Présentation du dispositif. Le fonds pour le tourisme durable permet de financer les "
        "projets de transition écologique des restaurateurs et des hébergeurs.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Présentation du dispositif. Le fonds pour le tourisme durable a permis de financer les "
        "projets de transition écologique de 300 restaurateurs et hébergeurs.",
        PUBLISHED,
        None,
    ),
    # batch 1040: a call launched in the same sentence as an earlier call's winners (« …, et lancé
    # l'appel à projets « … » ») invites to apply (not the winners told alone)
    (
        "",
        "À Caen, la ministre a dévoilé ce lundi les 8 premiers lauréats de l'appel à projets "
        "« bâtiments en bois local », et lancé l'appel à projets « rénovation en chanvre ».",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "À Caen, la ministre a dévoilé ce lundi les 8 premiers lauréats de l'appel à projets "
        "« bâtiments en bois local », avant de visiter un chantier en chanvre.",
        PUBLISHED,
        None,
    ),
    # batch 1045: « la réception des candidatures a été clôturée » says the call is over (not « la
    # réception des candidatures sera clôturée le 30 septembre 2027 », its closing to come)
    (
        "",
        "La région a lancé un AMI « Construire en terre crue ». La réception des candidatures a "
        "été clôturée fin septembre, et une seconde session est déjà planifiée.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "La région lance un AMI « Construire en terre crue ». La réception des candidatures sera "
        "clôturée le 30 septembre 2027.",
        PUBLISHED,
        ("call", None),
    ),
    # batch 1046: a call's « nouvelle édition de l'appel à projet » announces it (not the call's
    # last edition reviewed)
    (
        "",
        "Cette nouvelle édition de l'appel à projet « Normandie BTP circulaire » poursuit "
        "l'engagement de la région pour le réemploi des matériaux.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Le bilan de la dernière édition de l'appel à projet « Normandie BTP circulaire » montre "
        "l'engagement de la région pour le réemploi des matériaux.",
        PUBLISHED,
        None,
    ),
    # batch 1046: a programme « ouvert aux entreprises » beside a call's words invites them (not
    # one to be presented to them)
    (
        "",
        "Un programme d'accompagnement est ouvert aux entreprises du bâtiment circulaire. L'appel "
        "à candidatures au projet « Accélérateur du réemploi » est une initiative commune.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "Un programme d'accompagnement sera présenté aux entreprises du bâtiment circulaire. "
        "L'appel à candidatures au projet « Accélérateur du réemploi » est une initiative commune.",
        PUBLISHED,
        None,
    ),
    # batch 1051: « Les inscriptions pour le concours « … », édition 2027, sont d'ores et déjà
    # ouvertes » invites (not registrations « d'ores et déjà closes »)
    (
        "",
        "Les inscriptions pour le concours « Un des meilleurs apprentis de Normandie », édition "
        "2027, sont d'ores et déjà ouvertes aux jeunes des CFA.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les inscriptions pour le concours « Un des meilleurs apprentis de Normandie », édition "
        "2027, sont d'ores et déjà closes pour les jeunes des CFA.",
        PUBLISHED,
        None,
    ),
    # batch 1056: a PDF's cover that lost its apostrophe (« Appel à manifestation d intérêt »)
    # names the call as « d'intérêt » does (not « manifestation d intérêt » told of a fair)
    (
        "",
        "Appel à manifestation d intérêt « Compétences et métiers d avenir »\n\nFrance 2030\n\n"
        "Appel à manifestation d intérêt permanent",
        PUBLISHED,
        ("call", "Appel à manifestation d'intérêt"),
    ),
    (
        "",
        "Le salon a suscité une vive manifestation d intérêt des visiteurs pour les métiers "
        "d avenir.",
        PUBLISHED,
        None,
    ),
    # batch 1063: applications counted roughly (« une douzaine de projets ont été déposés »)
    # close the call whose chosen projects a page presents (not « une douzaine de projets
    # pourront être soutenus », a call to answer)
    (
        "",
        "Les projets retenus viennent d'être présentés. C'est à la suite d'un appel à "
        "candidatures lancé au printemps qu'une douzaine de projets ont été déposés. Les binômes "
        "ont jusqu'au 31 décembre 2027 pour livrer leur projet.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Cet appel à candidatures est ouvert aux entreprises du maritime : une douzaine de "
        "projets pourront être soutenus. Les dossiers sont à déposer jusqu'au 31 décembre 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    # batch 1063: « l'annonce des 24 lauréats » gives a call's winners (not « l'annonce des
    # lauréats se fera en juin », a call still open)
    (
        "",
        "La démarche s'est concrétisée par l'annonce des 24 lauréats de l'appel à projets par le "
        "Premier ministre. Cet appel à projets a suscité une mobilisation exceptionnelle.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "L'annonce des lauréats de l'appel à projets se fera en juin. Cet appel à projets est "
        "ouvert jusqu'au 15 mars 2027.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 1063: a long first line that names a call by its own words, no sentence's end, is
    # the page's heading (not a first sentence that talks of calls)
    (
        "",
        "Appel à projets Innovation « Décarbonation de la filière : vers une utilisation durable "
        "de l'énergie pour les engins de pêche, les fermes aquacoles et les entreprises de "
        "transformation des produits de la mer »\n1. Objectifs\nL'objectif de l'appel à projets "
        "intitulé ainsi est de stimuler des initiatives novatrices.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Appel à projets : la filière de la pêche, des fermes aquacoles et des entreprises de "
        "transformation des produits de la mer a beaucoup parlé de ces dispositifs lors du "
        "dernier congrès régional.\n1. Objectifs\nL'objectif de l'appel à projets intitulé "
        "ainsi était de stimuler des initiatives.",
        PUBLISHED,
        None,
    ),
    # batch 1066: an aid's beneficiaries listed (« … pourront bénéficier de cette aide ») invite
    # to apply (not those who « ont pu bénéficier de cette aide »)
    (
        "",
        "Un budget de 1,8 million d'euros dotera le département pour aider les porteurs de projets "
        "maritimes. Ces financements européens seront dépensés sur cinq ans. Les entreprises, les "
        "associations ou encore les organismes de formation pourront bénéficier de cette aide.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Un budget de 1,8 million d'euros a doté le département pour aider les porteurs de projets "
        "maritimes. Ces financements européens ont été dépensés sur cinq ans. Les entreprises, les "
        "associations ou encore les organismes de formation ont pu bénéficier de cette aide.",
        PUBLISHED,
        None,
    ),
    # batch 1070: whoever a prize invites « auront jusqu'au … pour déposer leurs dossiers de
    # candidature » (not the chosen pairs that « ont jusqu'au … pour produire un projet »)
    (
        "",
        "Le prix récompense les jeunes des filières de formation aux métiers d'art, sous l'égide "
        "du ministère de la Culture. Les élèves auront jusqu'au 15 juin 2027 pour déposer leurs "
        "dossiers de candidature. Les jurys régionaux se tiendront à l'automne.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "Le programme accompagne les jeunes entreprises de l'économie maritime, sous l'égide de la "
        "chambre de commerce. Les binômes retenus ont jusqu'au 31 décembre 2027 pour produire un "
        "projet livrable.",
        PUBLISHED,
        None,
    ),
    # batch 1075: a contest « ouvert aux professionnels des métiers d'art » and a foundation
    # that « invite à concourir » its trade invite to apply (not a contest « suivi par le grand
    # public », nor one that invites the public « à découvrir »)
    (
        "",
        "Créé en 1999, le prix récompense savoir-faire et créativité dans le domaine des métiers "
        "d'art. Depuis sa création, ce concours ouvert aux professionnels des métiers d'art a "
        "consacré le talent de près de 95 personnalités.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Créé en 1999, le prix récompense savoir-faire et créativité dans le domaine des métiers "
        "d'art. Depuis sa création, ce concours suivi par le grand public a consacré le talent de "
        "près de 95 personnalités.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Objet\nLa Fondation invite à concourir les professionnels des métiers d'art dont les "
        "réalisations illustrent l'intelligence de la main. Le concours récompense une œuvre "
        "d'une qualité esthétique incontestable.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Objet\nLa Fondation invite le public à découvrir les professionnels des métiers d'art "
        "dont les réalisations illustrent l'intelligence de la main. Le concours a récompensé une "
        "œuvre d'une qualité esthétique incontestable.",
        PUBLISHED,
        None,
    ),
    # batch 1080: an aid scheme named in quotes says whom it serves (« le dispositif "…"
    # s'adresse aux PME »); the same words about a word in quotes that names no scheme do not
    (
        "",
        'Présentation\nLe dispositif "Cap Export Littoral" s\'adresse aux PME de la région '
        "qui préparent un premier salon à l'étranger ; la subvention couvre la moitié du stand.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        'Présentation\nLe dispositif "Cap Export Littoral" a permis aux PME de la région de '
        "préparer un premier salon à l'étranger ; la subvention couvrait la moitié du stand.",
        PUBLISHED,
        None,
    ),
    # batch 1083: an aid portal's « Le dispositif est terminé depuis le 15/12/2026 » (over), not
    # a scheme « terminé » in another sense
    (
        "",
        "Présentation du dispositif\nLe chèque export aide les PME à financer une prestation "
        "d'accompagnement.\nLe dispositif est terminé depuis le 15/12/2026\nEntreprises "
        "éligibles : les PME et ETI.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Présentation du dispositif\nLe chèque export aide les PME à financer une prestation "
        "d'accompagnement.\nEntreprises éligibles : les PME et ETI.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    # batch 1093: a prize's imperative heading (« Candidatez aux prix de l'ESS »), not its
    # candidates told
    (
        "",
        "Actualités\n\nCandidatez aux prix de l'ESS\n\navant le 15 septembre 2027\n\nCette année, "
        "tentez de remporter l'un des prix régionaux !",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Actualités\n\nTrois candidats aux prix de l'ESS reçus en mairie\n\nCette année, ils ont "
        "remporté l'un des prix régionaux.",
        PUBLISHED,
        None,
    ),
    # batch 1111: a prize after the application in its sentence (« vous pouvez déposer une
    # candidature dans l'une des catégories du prix »), not a price in the next sentence
    (
        "",
        "Jusqu'au 15 mars 2027, vous pouvez déposer une candidature dans l'une des huit "
        "catégories du prix régional de la construction en bois.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Vous pouvez déposer une candidature au conseil de quartier. Le prix de l'adhésion reste "
        "de 10 euros.",
        PUBLISHED,
        None,
    ),
    # batch 1111: a region that « propose un appel à projets », not a firm that proposes help to
    # answer calls
    (
        "",
        "La Région propose un appel à projets visant au déploiement de chaufferies bois avec "
        "réseaux de chaleur.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Le cabinet propose un accompagnement pour répondre aux appels à projets de la Région.",
        PUBLISHED,
        None,
    ),
    # batch 1116: an aid's terms told to its applicant (« le propriétaire peut bénéficier de
    # subventions », « Vous répondez aux critères d'éligibilité »), not what one « a pu »
    # receive nor criteria « revus »
    (
        "",
        "Si les critères d'éligibilité sont remplis, le propriétaire peut bénéficier de "
        "subventions sur les travaux forestiers.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "L'an dernier, le propriétaire a pu bénéficier de subventions sur les travaux forestiers.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Vous répondez aux critères d'éligibilité : l'association prend en charge une partie du "
        "coût des travaux. Le financement est simple.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Les critères d'éligibilité ont été revus : l'association a pris en charge une partie du "
        "coût des travaux. Le financement a été simple.",
        PUBLISHED,
        None,
    ),
    # batch 1120: a call's acronym announced after it (« L'AAP REMOVE vise à accorder des aides »,
    # not « visait »); « annoncent l'ouverture … de l'appel à projets », not « l'ouverture du
    # salon » before calls won
    (
        "",
        "L'AAP REMOVE vise à accorder des aides au report modal. Vos questions sur l'appel à "
        "projet vont au chat.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "L'AAP REMOVE visait à accorder des aides au report modal. Vos questions sur l'appel à "
        "projet allaient au chat.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Les ministres annoncent l'ouverture pour l'année 2027 de l'appel à projets « Écosystèmes "
        "des véhicules lourds électriques ».",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        "Depuis l'ouverture du salon, trois entreprises ont gagné un appel à projets régional.",
        PUBLISHED,
        None,
    ),
    # batch 1121: a call told in the pluperfect (« avait lancé un appel à projets … Treize projets
    # ont été récompensés »: history), not one « a lancé »
    (
        "",
        "En 2025, la métropole avait lancé un appel à projets pour la logistique urbaine. Treize "
        "projets ont été récompensés en juin.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "La métropole a lancé un appel à projets pour la logistique urbaine. Les projets sont "
        "attendus.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    # batch 1126: an aid's rate with its ceiling after it (« Subvention représentant 80 % maximum
    # des dépenses éligibles »), not a subsidy received
    (
        "",
        "Montant de l'aide : subvention représentant 80 % maximum des dépenses éligibles.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Montant de l'aide : la subvention reçue l'an dernier couvrait 80 % du projet.",
        PUBLISHED,
        None,
    ),
    # batch 1131: an aid scheme's own heading « Aides aux investissements » (the plural) or « Aide
    # à l'amélioration de … », not such aid told in a report's sentence
    (
        "",
        "Aides aux investissements\nLes dispositifs du plan de filière laitière accompagnent les "
        "élevages.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "La coopérative a touché des aides aux investissements en 2025, selon son rapport.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Aide à l'amélioration de la valorisation du lait\nLe programme vise à maintenir une "
        "activité laitière en montagne.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le rapport salue l'aide à l'amélioration des routes versée en 2025.",
        PUBLISHED,
        None,
    ),
    # batch 1133: an edition's days after « l'édition 2027, organisée du … au … » are the show's,
    # no window to apply in (its contest's winners told); candidatures « ouvertes du … au … » are
    (
        "",
        "Chaque année, le concours du salon récompense les meilleurs produits. Lors de l'édition "
        "2027, organisée du 22 février au 2 mars 2027 à Paris, plusieurs cidres ont décroché la "
        "médaille d'or.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Chaque année, le concours du salon récompense les meilleurs produits. Les candidatures "
        "sont ouvertes du 22 février au 2 mars 2027 pour les producteurs de cidre.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 1140: an aid's FAQ heading « Qui peut bénéficier de l'offre … ? » invites (not
    # a scheme that « a bénéficié à 300 ménages », told once it is over)
    (
        "",
        "Un nouveau dispositif « Coup de pouce » est applicable depuis avril. Ce dispositif a "
        "pour objectif d'aider les copropriétés à rénover leurs immeubles.\n\nQui peut "
        "bénéficier de l'offre « Coup de pouce » ?\n\nLes syndicats de copropriétaires et les "
        "bailleurs sociaux.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "Un nouveau dispositif « Coup de pouce » est applicable depuis avril. Ce dispositif a "
        "pour objectif d'aider les copropriétés à rénover leurs immeubles.\n\nIl a bénéficié à "
        "300 ménages de la région.",
        PUBLISHED,
        None,
    ),
    # batch 1144: an aid body that « accompagne financièrement et techniquement les
    # entreprises » under its scheme's « Présentation du dispositif » (not one that « a
    # accompagné financièrement » them, told once it is over)
    (
        "",
        "Présentation du dispositif\nLe dispositif « Booster Rénovation » vise à réduire la "
        "facture énergétique des entreprises.\nL'agence accompagne financièrement et "
        "techniquement les entreprises du secteur privé pour rénover leurs bureaux.",
        PUBLISHED,
        ("call", None),
    ),
    (
        "",
        "Présentation du dispositif\nLe dispositif « Booster Rénovation » visait à réduire la "
        "facture énergétique des entreprises.\nL'agence a accompagné financièrement et "
        "techniquement les entreprises du secteur privé pour rénover leurs bureaux.",
        PUBLISHED,
        None,
    ),
    # batch 1146: the days a place « accueille » a contest's edition are the contest's, no window
    # to apply in (not « Du 6 au 18 décembre, les apprentis peuvent s'inscrire au concours »);
    # since batch 1416, the contest held on those days, an event on its first (a span, then its
    # host in the present, as « accueillera »)
    (
        "",
        "Du 6 au 8 décembre, le CFA de Dijon accueille la trentième édition du concours du "
        "meilleur apprenti peintre.",
        PUBLISHED,
        ("event", None),
    ),
    (
        "",
        "Du 6 au 18 décembre, les apprentis peuvent s'inscrire au concours du meilleur apprenti "
        "peintre.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 1150: a contest launched in French, « en lançant le 1er Challenge d'idées » (not one
    # the organisers « avaient lancé », told once it is over)
    (
        "",
        "Les organisateurs du salon vont plus loin en lançant le 1er Challenge d'idées « Medtech "
        "Innovation » avec une fondation, pour aider les exposants à se diversifier.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les organisateurs du salon avaient lancé le 1er Challenge d'idées « Medtech Innovation » "
        "avec une fondation, pour aider les exposants à se diversifier.",
        PUBLISHED,
        None,
    ),
    # batch 1163: an aid sheet's rate as a range of « du coût HT de l'investissement », of « du
    # montant HT des dépenses éligibles », or a scheme that « offre une subvention de 20% du
    # montant des dépenses éligibles » (not a grant a baker « a reçu », told once it is paid)
    (
        "",
        "Présentation\n\nAider les commerçants et les artisans à moderniser leurs entreprises."
        "\n\nMontant de l'aide\n\nSubvention représentant 20 % à 40 % du coût HT de "
        "l'investissement.\n\nConditions d'obtention",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Présentation\n\nAccompagner les artisans dans leurs projets.\n\nMontant de l'aide\n\n"
        "Subvention représentant 20 % du montant HT des dépenses éligibles, plafonnée à 15 000 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Quel est l'objectif de l'action collective ? Accompagner les artisans et les commerçants "
        "dans la modernisation de leur outil de travail. Le dispositif offre une subvention de "
        "20% du montant des dépenses éligibles, plafonnée à 7 500 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le boulanger a reçu en 2025 une subvention de la Région pour moderniser son fournil : "
        "20 % du coût de ses travaux.",
        PUBLISHED,
        None,
    ),
    # batch 1160: a window « lors de la période d'inscription, du 13 au 15 mai » is one to apply
    # in (not an event's days)
    (
        "",
        "Le concours national de la meilleure baguette est ouvert aux boulangers : les "
        "candidatures sont ouvertes, lors de la période d'inscription, du 13 au 15 mai 2027.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 1171: an aid sheet's rate of the cost (« subvention au taux de 30 % du coût », «
    # subvention plafonnée à 50 % du coût »), not a subsidy a campsite received
    (
        "",
        "Aide aux hébergements touristiques\nMontant de l'aide : subvention au taux de 30 % du "
        "coût des travaux, dans la limite de 50 000 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Études préalables : subvention plafonnée à 50 % du coût de l'étude, dans la limite de "
        "6 000 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le camping a reçu une subvention en 2025, soit 30 % du coût de ses travaux de rénovation.",
        PUBLISHED,
        None,
    ),
    # batch 1174: the entries opened for a trophy (« Ouverture des inscriptions pour le Trophée
    # … », « Les inscriptions sont ouvertes pour la 3e édition du Prix … »), not a show's
    # registrations beside a trophy it gives
    (
        "",
        "Le Journal des sommeliers\n\nOUVERTURE DES INSCRIPTIONS POUR LE TROPHÉE DES SOMMELIERS "
        "2027\n\nLa finale se déroulera au printemps, devant le public d'un grand salon lyonnais.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les inscriptions sont ouvertes pour la 3e édition du Prix des jeunes sommeliers. Le "
        "jury réunit des chefs étoilés et des professeurs de lycées hôteliers.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les inscriptions sont ouvertes pour le salon des vins ; un trophée sera remis au "
        "meilleur stand, devant le public.",
        PUBLISHED,
        None,
    ),
    # batch 1175: an aid portal's sheet, its « Type d'aide : Subvention » field or its « taux
    # maximum de subvention : 15 % », a lodging aid's own name above its page (« Aide aux meublés
    # de tourisme et chambres d'hôtes »); not a subsidy received, a yearly rate told, nor the aid's
    # name in a story that it was ended
    (
        "",
        "Gîtes ruraux\n\nType de projet : Création / Tourisme\nType d'aide : Subvention\n\n"
        "Présentation\n\nRénovation de gîtes ruraux de qualité dans les petites communes.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le gîte a reçu une subvention du département l'an passé ; le type d'aide accordé n'a pas "
        "été précisé.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Meublés de tourisme\nNature de l'aide\n- seuil minimum de dépenses : 10 000 € HT\n- taux "
        "maximum de subvention : 15 % par meublé",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le taux de subvention moyen a atteint 15 % l'an dernier, selon le bilan du département.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Précédent\nAide aux meublés de tourisme et chambres d'hôtes\nFavoriser la création et la "
        "rénovation des meublés de tourisme dans le département.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le département a supprimé l'aide aux meublés de tourisme en 2024, faute de budget.",
        PUBLISHED,
        None,
    ),
    # batch 1181: an aid programme's own name extended (« Le programme d'aide à l'acquisition
    # … prolongé jusqu'au … »), an aid's requests that « peuvent être déposées avant le … », an
    # aid sheet's rate of a vehicle's price; not an aid told as ended, nor a subsidy received
    (
        "",
        "Le programme d'aide à l'acquisition de taxis électriques vient d'être prolongé jusqu'au "
        "31 mars 2027.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "L'aide à l'acquisition de taxis électriques a été supprimée l'an passé, faute de budget.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Notez que les demandes d'aide peuvent être déposées avant le 31 décembre 2027, dans la "
        "limite des 1 000 premiers dossiers complets.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Montant : subvention représentant 40 % du prix d'achat TTC du véhicule, plafonnée à "
        "17 500 euros.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le taxi a été acheté l'an passé avec une subvention : 40 % du prix d'achat.",
        PUBLISHED,
        None,
    ),
    # batch 1184: a trophy's own page, « Comment participer à ces trophées ? » (not under a title
    # that gives its winners)
    (
        "",
        "Depuis 2007, la fédération remet tous les deux ans ses trophées aux entreprises de "
        "propreté.\n\nComment participer à ces trophées ?\n\nL'inscription est gratuite pour les "
        "adhérents.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Trophées de la propreté : le palmarès",
        "Depuis 2007, la fédération remet tous les deux ans ses trophées aux entreprises de "
        "propreté.\n\nComment participer à ces trophées ?\n\nL'inscription est gratuite pour les "
        "adhérents.",
        PUBLISHED,
        None,
    ),
    # batch 1185: the entries opened, told with their auxiliary (« se sont ouvertes les
    # inscriptions aux 4e Trophées », « a ouvert les candidatures de son concours »), not entries
    # told closed
    (
        "",
        "Résonance : le 1er juin dernier se sont ouvertes les inscriptions aux 4e Trophées du "
        "funéraire. L'intérêt du secteur est-il toujours au rendez-vous ?",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "La fédération des cuisiniers a ouvert les candidatures de son concours des jeunes chefs, "
        "réservé aux moins de 25 ans.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Les inscriptions aux Trophées du funéraire se sont closes le 1er juin dernier ; le jury "
        "délibère.",
        PUBLISHED,
        None,
    ),
    # batch 1186: an aid's terms for whoever would have it, « Pour bénéficier de cette aide, les
    # entreprises … doivent s'inscrire … avant le … » (not the terms it had, told in the past)
    (
        "",
        "Pour bénéficier de cette aide, les entreprises de transport doivent s'inscrire en ligne "
        "sur la plateforme avant le 31 mai 2027.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Pour bénéficier de cette aide, il fallait être installé avant 2020, rappelle l'article.",
        PUBLISHED,
        None,
    ),
    # batch 1190: a town's notice of who « peuvent faire acte de candidature » (not a candidacy
    # told)
    (
        "",
        "Peuvent faire acte de candidature les commerçants et artisans de la commune : dossier à "
        "remettre au plus tard le dimanche 10 novembre 2027.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "Le commerçant a fait acte de candidature l'an passé, sans succès.",
        PUBLISHED,
        None,
    ),
    # batch 1191: a shop aid's own name above its sheet (« Aide à la rénovation de façades … »,
    # « Aide pour la rénovation des devantures ») and its rate of the works (« représentant 30% du
    # montant total HT des travaux », « représente : - 25% du montant des travaux »); not a
    # town's aid told as voted, nor a cost without a subsidy
    (
        "",
        "L'essentiel : Aide à la rénovation de façades commerciales\nQuel est l'objectif de "
        "l'aide ? Soutenir les commerces de proximité.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "L'essentiel : Aide pour la rénovation des devantures des commerces\nQuel est l'objectif "
        "de l'aide ? Améliorer l'aspect des devantures.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "La commune avait voté l'an dernier une aide à la rénovation de la salle des fêtes.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Montant : une subvention représentant 30% du montant total HT des travaux, plafonnée à "
        "4 500 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Montant. Cette subvention représente : - 25% du montant des travaux hors taxe pour les "
        "devantures commerciales.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Les travaux de la boutique ont coûté 30% du montant total HT prévu au budget.",
        PUBLISHED,
        None,
    ),
    # batch 1195: a fund's sheet on how to apply (« Les dossiers de demande de subvention doivent
    # être impérativement constitués : … »), not a request told as filed
    (
        "",
        "Le fonds soutient la restructuration des locaux commerciaux vacants. Les dossiers de "
        "demande de subvention doivent être impérativement constitués d'un plan d'actions.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "La commune a déposé l'an dernier son dossier de demande de subvention, qui a été accepté.",
        PUBLISHED,
        None,
    ),
    # batch 1200: a direct-sales aid's sheet (« Les demandeurs éligibles sont : »), a rate of
    # « du coût des investissements », a call named in quotes, its acronym after, « est lancé »
    (
        "",
        "Aide à l'équipement des fermes qui vendent en direct. Subvention. Les demandeurs "
        "éligibles sont : les exploitants agricoles du département.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "La subvention a été versée l'an dernier ; les demandeurs éligibles étaient peu nombreux.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Montant : une subvention représentant 20% maximum du coût des investissements matériels.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le prêt bancaire couvre 20% maximum du coût des investissements matériels.",
        PUBLISHED,
        None,
    ),
    (
        "",
        'L\'appel à projets régional 2027 "Manger local en Normandie" (MLN) est lancé.',
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "",
        'L\'appel à projets régional "Manger local en Normandie" (MLN) est lancé en 2019 et '
        "s'est achevé depuis.",
        PUBLISHED,
        None,
    ),
    # batch 1201: a market's stall to ask for before its day (« Vous pouvez demander un
    # emplacement … jusqu'au 15 mars »), not a weekly market's standing offer
    (
        "",
        "Vous pouvez demander un emplacement pour la fête des plantes jusqu'au 15 mars 2027 en "
        "remplissant le formulaire en ligne.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "",
        "Les associations peuvent demander un emplacement sur le marché du mardi deux fois par an.",
        PUBLISHED,
        None,
    ),
    # batch 1205: farm processing aids' sheets: « Le taux maximum de l'aide régionale est de
    # 15 % », « Taux d'aides publiques de base 30% », « Le dispositif d'aide à … s'adresse aux : »,
    # « Conditions de recevabilité » (not a rate or a term told of the past)
    (
        "",
        "Points de vente à la ferme : le taux maximum de l'aide régionale est de 15 %, majoré "
        "pour un jeune agriculteur.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "L'aide régionale a couvert l'an dernier 15 % de nos dépenses, selon le bilan.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Dispositif d'aide dédié à la vente directe. Taux d'aides publiques de base 30% ; "
        "plancher d'investissement : 5 000 € HT.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le dispositif d'aide à la transformation à la ferme s'adresse aux exploitants agricoles "
        "à titre principal.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Le dispositif d'aide à la transformation à la ferme s'adressait aux exploitants, mais il "
        "a pris fin en 2019.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Nature des opérations\nLe Département finance des aides aux investissements des "
        "fermes qui vendent en direct.\nConditions de recevabilité : les devis ne doivent pas "
        "avoir été signés avant l'accord.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Nature des opérations\nLe Département a financé des aides aux investissements des "
        "fermes en 2019, mais les conditions de recevabilité des dossiers étaient trop strictes.",
        PUBLISHED,
        None,
    ),
    # batch 1213: a contest's rules, « Concours ouvert aux étudiants en esthétique » (not one told
    # of the past)
    (
        "",
        "Sujet et épreuves\nConcours ouvert aux étudiants en esthétique lors du congrès de la "
        "beauté : soin du visage, pose de vernis et maquillage.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Le concours, qui était ouvert aux étudiants en esthétique, a couronné trois lauréates.",
        PUBLISHED,
        None,
    ),
    # batch 1221: an aid named with its qualifier (« Des aides individuelles à l'installation »)
    # and an invitation; a call's purpose before « a été lancé par »
    (
        "",
        "Vous vous installez dans un territoire sous-doté ?\nDes aides individuelles à "
        "l'installation soutiennent les médecins. Qui peut en bénéficier ? Les médecins libéraux.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "",
        "Les aides individuelles à l'installation versées en 2019 ont profité à douze médecins.",
        PUBLISHED,
        None,
    ),
    (
        "",
        "Maillage\nUn appel à manifestation d'intérêt visant à sélectionner six territoires "
        "volontaires a été lancé par plusieurs organisations professionnelles.",
        PUBLISHED,
        ("call", "Appel à manifestation d'intérêt"),
    ),
    # batch 1231: a contest's own page (« Le concours s'adresse aux apprenants »), not one told
    # in the past
    (
        "",
        "Le concours s'adresse aux apprenants en section carrosserie en dernière année de "
        "formation.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "",
        "Le concours s'adressait aux apprenants en section carrosserie en dernière année de "
        "formation.",
        PUBLISHED,
        None,
    ),
    # batch 1245: a call's own name below a site's link back to its section (« Retour
    # Partenaires »), not a report's « Retour sur … » above it
    (
        "Demande de labellisation Avip",
        "Retour Partenaires\n\nAppel à projet\n\nLa Caisse nationale des allocations "
        "familiales a signé une charte relative aux crèches à vocation d'insertion "
        "professionnelle.",
        PUBLISHED,
        ("call", "Appel à projets"),
    ),
    (
        "Demande de labellisation Avip",
        "Retour sur le forum\n\nAppel à projet\n\nLa Caisse nationale des allocations "
        "familiales a signé une charte relative aux crèches à vocation d'insertion "
        "professionnelle.",
        PUBLISHED,
        None,
    ),
    # batch 1276: an earlier edition's winners told where a new edition is launched (« Fort du
    # succès de la première édition … qui a récompensé 4 lauréats …, la DSR lance la deuxième
    # édition »), not where none is; whoever « peuvent envoyer leurs candidatures jusqu'au … »,
    # not their questions
    (
        "Prix innovation sécurité routière : deuxième édition",
        "Fort du succès de la première édition du Prix innovation sécurité routière qui a "
        "récompensé 4 lauréats en février dernier, la DSR lance la deuxième édition. Les "
        "candidats intéressés ont jusqu'au 15 septembre 2027 pour déposer leur dossier.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Prix innovation sécurité routière",
        "Fort du succès de la première édition du Prix innovation sécurité routière qui a "
        "récompensé 4 lauréats en février dernier, la DSR en dresse le bilan. Les candidats "
        "intéressés avaient jusqu'au 15 septembre 2026 pour déposer leur dossier.",
        PUBLISHED,
        None,
    ),
    (
        "Deuxième édition du Prix innovation sécurité routière",
        "Pour la seconde année consécutive, la Sécurité routière labellise des produits "
        "innovants. Tous les entrepreneurs peuvent envoyer leurs candidatures jusqu'au 15 "
        "septembre.",
        PUBLISHED,
        ("call", "Appel à candidatures"),
    ),
    (
        "Deuxième édition du Prix innovation sécurité routière",
        "Pour la seconde année consécutive, la Sécurité routière labellise des produits "
        "innovants. Tous les entrepreneurs peuvent envoyer leurs questions jusqu'au 15 "
        "septembre.",
        PUBLISHED,
        None,
    ),
    # batch 1280: awards launched, their closing in brackets (« les Awards de l'innovation sont
    # lancés (clôture 10 mai) »), not awards « ont été lancés en 2019 »
    (
        "Interclima : les professionnels face au plan pompes à chaleur",
        "Dans 5 mois, le salon fera le plein. Par ailleurs, les Awards de l'innovation sont "
        "lancés (clôture 10 mai).",
        PUBLISHED,
        ("call", "Concours"),
    ),
    (
        "Interclima : les professionnels face au plan pompes à chaleur",
        "Le salon a fait le plein. Les Awards de l'innovation ont été lancés en 2019 (clôture 10 "
        "mai 2019).",
        PUBLISHED,
        None,
    ),
    # batch 1281: a contest's own days told by their length (« Durant 5 jours, du 4 février au 8
    # février, neuf compétiteurs … se sont retrouvés ») are no window to apply in, the entries'
    # (« Les candidatures sont ouvertes pendant deux semaines, du … au … ») are one
    (
        "9 jeunes menuisiers tentent le concours MOF",
        "Neuf menuisiers ont tenté de décrocher le titre. Durant 5 jours, du 4 février au 8 "
        "février, neuf compétiteurs, certains très jeunes, (27 ans pour le plus jeune) se sont "
        "retrouvés dans les ateliers du CFA de Blois pour le concours.",
        PUBLISHED,
        None,
    ),
    (
        "Concours des jeunes menuisiers",
        "Le concours est ouvert aux apprentis. Les candidatures sont ouvertes pendant deux "
        "semaines, du 1er février au 15 février 2027.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 1286: the works a contest sets (« les ouvrages imposés par le concours ») launch
    # nothing, a contest that « s'ouvre » still does
    (
        "Deux plombiers en lice pour devenir meilleur apprenti de France",
        "Cette semaine, les trois membres du jury sont venus examiner les ouvrages imposés par "
        "le concours (dans les catégories plomberie et chauffage).",
        PUBLISHED,
        None,
    ),
    (
        "Concours des jeunes plombiers",
        "Le concours ouvre ses inscriptions aux apprentis plombiers jusqu'au 31 janvier 2027.",
        PUBLISHED,
        ("call", "Concours"),
    ),
    # batch 1294: an aid's rate with its scheme named between (« La subvention accordée dans le
    # cadre de ce dispositif représente 40 % des dépenses éligibles »), not a rate told as past
    (
        "Soutien régional à l'artisanat et au commerce",
        "La subvention accordée dans le cadre de ce dispositif représente 40 % des dépenses "
        "éligibles, avec un montant compris entre 2 000 et 12 000 €.",
        PUBLISHED,
        ("call", "Aide et subvention"),
    ),
    (
        "Soutien régional à l'artisanat et au commerce",
        "La subvention accordée dans le cadre de ce dispositif représentait 40 % des dépenses "
        "éligibles en 2019.",
        PUBLISHED,
        None,
    ),
    # batch 1300: a contest whose prizes « ont été décernés » is over (its subject far before the
    # verb); not one whose prizes « seront décernés »
    (
        "tunisie remise des prix du creatif 2027",
        "Les cinq prix de la 25ème édition du concours euro-méditerranéen « Créatif 2027 » en "
        "design modélisme dans le domaine de la chaussure, maroquinerie, habillement en cuir et "
        "des articles de la filière cuir, ont été décernés, jeudi, à Tunis. Ce concours est "
        "ouvert à tous les étudiants du domaine de design-modélisme.",
        PUBLISHED,
        None,
    ),
    (
        "Concours Créatif 2027",
        "Les prix du concours seront décernés le 12 juin 2027. Ce concours est ouvert à tous les "
        "étudiants du domaine de design-modélisme, qui peuvent candidater jusqu'au 15 mai 2027.",
        PUBLISHED,
        ("call", "Concours"),
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "reading"), CALL_READINGS)
def test_calls_read_on_these_batches_pages(
    title: str, text: str, published: date, reading: tuple[str, str | None] | None
):
    """Batches 562–1300: a call read where a page invites or announces it (with its label where
    the case names one), none where it defines, advises, reports or says the call is over, nor
    under a category's heading alone (« Appels à candidatures »); the candidates' time to apply
    (« Les candidats ont jusqu'au … pour envoyer leur candidature »); a heading below a menu's
    bullets; not a contest « Lancé en décembre 2013 » (its history) nor a call that « s'est
    clôturé », nor a contest whose winners its title or first line gives (« Concours … : un
    palmarès … », « Appel à projets « … » : annonce des nouveaux lauréats »), nor a call whose
    winners « a annoncé 10 nouveaux lauréats » gives or whose results « ont été dévoilés », nor
    one whose applications « ont été clôturées » or that « est actuellement clôturé » (but « sont
    closes le 15 mars 2027 » gives its closing); a contest's rules under its name, their first
    article next (« Concours … Règlement 1. »); winners counted where the schemes « restent
    ouverts et ont été reconduits jusqu'au … »; a status line « Appel à projets clos »; a call by
    its own name whose purpose is told at once (« L'appel à projets … vise à »); a prize's page
    that says who « peuvent postuler à ce prix »; new calls named beside the winners in a results
    title; a call « aux startups et aux PME »; not a call « clôturée le 30 mars dernier »; an aid
    sheet's rate (« Subvention représentant 30 % des dépenses éligibles ») or « À qui s'adresse
    cette aide ? »; the state's « chèque France Num »; an accelerator « ouvert dès maintenant aux
    candidatures »; an aid scheme's page that says what it « permet de financer »; a call « et
    lancé » beside an earlier call's winners; not a call whose « réception des candidatures a été
    clôturée »; a call's « nouvelle édition de l'appel à projet »; a programme « ouvert aux
    entreprises » beside a call's words; a contest's registrations « d'ores et déjà ouvertes »;
    « Appel à manifestation d intérêt », its apostrophe lost; not a call whose « douzaine de
    projets ont été déposés » nor one whose page tells « l'annonce des 24 lauréats »; a long
    first line that names the call first (« Appel à projets Innovation « … » »); an aid whose
    beneficiaries « pourront bénéficier de cette aide » (not « ont pu »); whoever « auront
    jusqu'au … pour déposer leurs dossiers de candidature »; a contest « ouvert aux
    professionnels » and a foundation that « invite à concourir »; an aid scheme named in
    quotes that « s'adresse aux PME » (not one that « a permis »); not a scheme « terminé depuis
    le 15/12/2026 »; a prize's imperative heading (« Candidatez aux prix de l'ESS »), not its
    candidates told; a prize after « déposer une candidature » in its sentence; a region that
    « propose un appel à projets »; an aid whose applicant « peut bénéficier de subventions » or
    « répondez aux critères d'éligibilité » (not « a pu bénéficier »); a call's acronym that
    « vise à » (not « visait »); « l'ouverture … de l'appel à projets »; not a call a
    metropolis « avait lancé »; an aid's rate « 80 % maximum des dépenses éligibles »; an aid
    scheme's heading « Aides aux investissements » or « Aide à l'amélioration de … »; not an
    edition's days « l'édition 2027, organisée du … au … » read as a window to apply in; an
    aid's FAQ « Qui peut bénéficier de l'offre … ? »; an aid body that « accompagne
    financièrement et techniquement les entreprises » (not « a accompagné »); not the days a
    place « accueille » a contest's edition read as a window to apply in; a contest launched
    « en lançant le 1er Challenge » (not « avaient lancé »); an aid sheet's rate as a range
    « du coût HT de l'investissement », « du montant HT des dépenses éligibles », or a scheme
    that « offre une subvention de 20% du montant des dépenses éligibles »; a sheet's
    « subvention au taux de 30 % du coût » or « plafonnée à 50 % du coût » (not a subsidy
    received); « Ouverture des inscriptions pour le Trophée … », « Les inscriptions sont ouvertes
    pour la 3e édition du Prix … » (not a show's registrations beside its trophy); an aid
    portal's « Type d'aide : Subvention » or « taux maximum de subvention : 15 % », a lodging
    aid's name above its page (« Aide aux meublés de tourisme … »), not a subsidy received, a
    yearly rate told or an aid said to be ended; an aid programme's name extended (« Le programme
    d'aide à l'acquisition … prolongé jusqu'au … »), an aid's requests that « peuvent être
    déposées avant le … », a rate of a vehicle's « prix d'achat » (not a subsidy received);
    « Comment participer à ces trophées ? » (not under a title that gives the winners); entries
    that « se sont ouvertes » or that a federation « a ouvert » (not entries « closes »); « Pour
    bénéficier de cette aide, les entreprises … doivent s'inscrire … avant le … » (not the terms
    it had); who « peuvent faire acte de candidature » (not a candidacy told); a shop aid's name
    above its sheet (« Aide à la rénovation de façades », « Aide pour la rénovation des
    devantures ») and its rate of the works (« du montant total HT des travaux », « représente :
    - 25% du montant des travaux »), not an aid told as voted nor a cost without a subsidy; a
    fund's « Les dossiers de demande de subvention doivent être … constitués » (not a request
    told as filed); a call's own name below a site's link back to its section (« Retour
    Partenaires »), not below a report's « Retour sur … »; an earlier edition's winners told
    where « la DSR lance la deuxième édition » (not where none is launched); whoever « peuvent
    envoyer leurs candidatures jusqu'au … » (not their questions); awards « sont lancés
    (clôture 10 mai) » (not « ont été lancés en 2019 »); not a contest's own days told by their
    length (« Durant 5 jours, du … au … »), but the entries' (« ouvertes pendant deux semaines,
    du … au … »); not the works a contest sets (« les ouvrages imposés par le concours »); an
    aid's rate with its scheme named between (« La subvention accordée dans le cadre de ce
    dispositif représente 40 % des dépenses éligibles »), not one told past; not a contest whose
    prizes « ont été décernés » (but one whose prizes « seront décernés »)."""
    found = detect(title, text, published)
    if reading is None:
        assert found is None, text
    else:
        kind, label = reading
        assert found is not None and found.kind == kind, text
        assert label is None or found.label == label, text


# a hairdressers' show's story, its coming edition or its report, before the line a case reads
HAIRDRESSERS_COMING = (
    "Le salon des coiffeurs attend 50 000 visiteurs en septembre, un retour à l'esprit initial de "
    "l'événement. Il y aura une trentaine de marques d'esthétique, a indiqué son organisateur "
)
# a chamber's bread feast, before the words a case reads
BREAD_FEAST = (
    "Comme chaque année, les boulangers font la fête du pain. La chambre de métiers a choisi "
    "Provins pour y installer un fournil et "
)
HAIRDRESSERS_REPORTED = (
    "Le salon des coiffeurs a perdu un tiers de ses visiteurs cette année à Nice. Les exposants "
    "étaient pourtant au rendez-vous, comme les talents sur la scène du palais, très applaudis. "
)

# the events this session's shown pages taught, each with the case it must not break
# a glass exhibition's page (batch 1312) below its heading, its days « prochain »
_GLASS_EXHIBITION = (
    "Moulins\n\nExposition internationale du verre\n\npar Cécile Vicini\n\nLa septième édition "
    "de l'exposition internationale du verre se tiendra du 24 novembre au 22 décembre prochain "
    "dans le centre-ville de Moulins. Les artisans pourront y présenter leurs créations."
)
# a glass festival's page (batch 1312), its days « prochains » before its host's verb
_GLASS_FESTIVAL = (
    "Du 23 au 25 septembre prochains, la cité des verriers accueillera son Festival International "
    "du Verre : le Biot Glass Festival. Expositions, marché d'art, soufflage de verre en plein "
    "air, animations grand public, projections de films, conférences, visites d'ateliers et "
    "démonstrations rythmeront cet événement de haut vol qui sera parrainé cette année par un "
    "grand verrier. Aux côtés du maître, l'exposition internationale du festival accueillera, à "
    "partir du 1er août prochain, deux autres invités d'honneur."
)
EVENT_READINGS = [
    # batch 631: a job fair is an event, its day with its hour at the top of its page
    (
        "Employer Policies",
        "Wednesday, September 29, 2027 10 am - 3:30 pm, Sportsplex, Waterloo. The following "
        "policies apply to employers who wish to register for the Career Fair (September).",
        ("event", date(2027, 9, 29)),
    ),
    (
        "La nouvelle éco : 2 300 offres d'emplois ce jeudi 18 novembre au village des recruteurs",
        "Près d'une centaine d'entreprises vous accueillent sous des barnums chauffés.",
        ("event", date(2026, 11, 18)),
    ),
    ("Job Fairs", "A job fair is an event where employers and candidates meet.", None),
    # batch 638: a day with its hour « vers 11h » is an appointment at the show it names
    (
        "Trophées Créer : 35 dirigeants finalistes",
        "Cette distinction sera remise le 14 septembre vers 11h à l'espace dit Place des "
        "entrepreneurs, au cœur du Salon à Lille Grand-Palais.",
        ("event", date(2027, 9, 14)),
    ),
    # batch 634: a contest's page that says it has finished announces nothing
    (
        "Photography Contest FAQ",
        "Finished\nThis contest has finished.\nRegister Now\nHow do I submit a photo? Visit our "
        "site between Sunday, May 16, at 12:00 am and Friday, June 11, at 11:59 pm.",
        None,
    ),
    # batch 653: a chess open or a tournament on its days, a page's « Last update » no day of
    # it; a French invitation's « Dates: les 13, 14 et 20 février 2027 »; the English
    # "tournament" of sports news is no event the item announces
    (
        "Open de printemps",
        "12e Open International du samedi 6 au lundi 8 mars 2027. Neuf rondes, cadence 90 "
        "minutes plus 30 secondes par coup.",
        ("event", date(2027, 3, 6)),
    ),
    (
        "Tournoi d'été 2027",
        "12/11/2026 - Last update 20/02/2027\nLe tournoi du samedi 3 au dimanche 4 juillet 2027 "
        "est ouvert à tous les licenciés.",
        ("event", date(2027, 7, 3)),
    ),
    (
        "",
        "INVITATION\nOrganisateur : Cercle d'échecs du port\nDates: les 13, 14 et 20 février "
        "2027\nSalle : gymnase. Les tournois se jouent en 7 rondes.",
        ("event", date(2027, 2, 13)),
    ),
    (
        "Salon des métiers 2027",
        "12/11/2026 - Last update 20/02/2027\nLe salon se tient du samedi 3 au dimanche 4 "
        "juillet 2027 au parc des expositions.",
        ("event", date(2027, 7, 3)),
    ),
    (
        "Salon des métiers 2027",
        "12/11/2026 - Last modified 20/02/2027\nLe salon se tient du samedi 3 au dimanche 4 "
        "juillet 2027 au parc des expositions.",
        ("event", date(2027, 7, 3)),
    ),
    (
        "Champion eyes the Open",
        "The former champion will play the Sydney tournament on January 10, her coach said.",
        None,
    ),
    # batch 656: a flea market on its day; batch 657: "Saturday the 20th and Sunday the 21th of
    # September" starts on the 20th
    (
        "VIDE GRENIER 18 MAI 2027 (COMPLET)",
        "Règlement du vide grenier. Article 1 : Cette journée est organisée par l'association.",
        ("event", date(2027, 5, 18)),
    ),
    (
        "European Heritage Days – Journées du Patrimoine",
        "This year the Journées du Patrimoine will take place on Saturday the 20th and Sunday "
        "the 21th of September.",
        ("event", date(2027, 9, 20)),
    ),
    # batch 664: a farmers' market on its day, or announced « dans quelques semaines » without
    # one; the energy market's producers are no market one visits
    (
        "MARCHÉ DES PRODUCTEURS ET DES ARTISANS LOCAUX",
        "Date\n- Mardi 4 Mai 2027\nUn marché de producteurs locaux se tiendra tous les premiers "
        "mardis du mois aux Halles.",
        ("event", date(2027, 5, 4)),
    ),
    (
        "Marchés des producteurs de pays : une vitrine des villages",
        "Les premiers « marchés des producteurs de pays » auront lieu dans quelques semaines dans "
        "le département.",
        ("event", None),
    ),
    (
        "Le marché des producteurs d'électricité bouge",
        "Le 4 mai 2027, la commission publiera son rapport sur le marché des producteurs "
        "d'électricité.",
        None,
    ),
    # batch 652: « Samedi 12 juin nous avons accueilli l'artiste » reports
    (
        "",
        "Samedi 12 juin nous avons accueilli l'artiste pour l'exposition « Lignes ». Un moment "
        "riche en émotion.",
        None,
    ),
    # batch 681: a horse show's « concours » is the event riders enter, on its first day (not a
    # contest read as a call closing on its last day); a schedule's line « Du 7 au 10 avril : »
    # is on the 7th
    (
        "Un week-end pour préparer le Normandie Horse Show",
        "Le Normandie Horse Show vous donne rendez-vous au Pôle Hippique de Saint-Lô, du 21 au 23 "
        "juin 2027, pour des journées de concours de saut d'obstacles.",
        ("event", date(2027, 6, 21)),
    ),
    (
        "Neuf internationaux en Normandie",
        "Neuf dates à noter aux calendriers !\n• Du 7 au 10 avril : le CPEDI*** de Deauville\n"
        "• Du 15 au 17 juillet : le CEI*** d'Argentan",
        ("event", date(2027, 4, 7)),
    ),
    # batch 683: a town's or a trade's « fête du … » on its day; not a holiday
    (
        "Sap-en-Auge : un coup de cidre",
        "L'écomusée organise sa fête du cidre. Fête du cidre, 12 et 13 décembre, 10 h à 18 h, "
        "entrée libre.",
        ("event", date(2026, 12, 12)),
    ),
    (
        "Arnaques en vue",
        "À l'approche de la fête des pères, le 20 juin 2027, des SMS frauduleux circulent.",
        None,
    ),
    # batch 687: « les CFA ouvrent leurs portes samedi 14 mars »; batch 686: « la Nuit de
    # l'Orientation » on its day, not a report's « avait lieu la 9e édition … ce vendredi soir »
    (
        "Apprentissage : les CFA ouvrent leurs portes le 14 mars",
        "43 centres de formation des apprentis ouvrent leurs portes samedi 14 mars 2027.",
        ("event", date(2027, 3, 14)),
    ),
    (
        "Une Nuit de l'orientation à Tours",
        "Les jeunes ont rendez-vous jeudi 28 janvier 2027 pour la Nuit de l'Orientation.",
        ("event", date(2027, 1, 28)),
    ),
    (
        "9e édition de la Nuit de l'orientation",
        "Vendredi 6 novembre, avait lieu la 9e édition de la Nuit de l'orientation. Il y avait du "
        "monde ce vendredi soir.",
        None,
    ),
    # batch 688: a county show and a ploughing match on their day (not a contest read as a call
    # closing on the show's last day); a schedule's line takes the year the page gives its days
    (
        "Comice agricole : vers un record",
        "Le comice agricole du Pays d'Evran, qui se tiendra au Quiou, samedi 2 janvier 2027, "
        "établira un record de participation aux concours de bovins.",
        ("event", date(2027, 1, 2)),
    ),
    (
        "Terre en fête",
        "Du samedi 21 au dimanche 22 août 2027.\nLes jeunes agriculteurs s'affrontent.\nSamedi 21 "
        "août :\nConcours de labour\n- 9h30 : finale départementale",
        ("event", date(2027, 8, 21)),
    ),
    # batch 693: the young farmers' « fête agricole » that « se dérouleront … les 6, 7 et 8
    # septembre » (the plural of « se déroulera »)
    (
        "Les Terres de Jim se préparent",
        "Les Terres de Jim, événement porté par Jeunes agriculteurs, se dérouleront en "
        "Haute-Loire, les 6, 7 et 8 janvier 2027. Cette grande fête agricole attire les foules.",
        ("event", date(2027, 1, 6)),
    ),
    # batch 682: a horse auction on its day
    (
        "Vente aux enchères de chevaux : vente de yearlings d'octobre",
        "Le catalogue de cette session réunit des poulains nés en France. Du lundi 18 octobre "
        "2027 au samedi 23 octobre 2027.",
        ("event", date(2027, 10, 18)),
    ),
    # batch 1352: and in English ("Yearling Sale" in the title, its days in the text)
    (
        "August Yearling Sale",
        "CAEN - The auction hall> August 14 to 17\n\nEach summer, the historic "
        "sale brings together the region's finest foals.",
        ("event", date(2027, 8, 14)),
    ),
    (
        "Bloodstock market",
        "The December bloodstock sale opens its doors on 5 December 2026 in Newmarket.",
        ("event", date(2026, 12, 5)),
    ),
    # (not "yearling" alone, a young horse: "The yearling will race on 5 December 2026")
    (
        "A champion's yearling",
        "The yearling bought in Deauville will go into training on 5 December 2026.",
        None,
    ),
    # batch 672: a list of days by its commas, its first day: « les 2, 3 et 4 octobre
    # prochains », « Cournon - 7, 8 & 9 octobre 2027 »
    (
        "Encore une belle édition en préparation",
        "L'élevage sera à l'honneur les 2, 3 et 4 décembre prochains à l'occasion du Sommet de "
        "l'élevage.",
        ("event", date(2026, 12, 2)),
    ),
    (
        "Sommet de l'élevage",
        "Cournon - 7, 8 & 9 octobre 2027. Rendez-vous au parc des expositions.",
        ("event", date(2027, 10, 7)),
    ),
    # batch 708: an agenda's record gives its days in fields (« Du : 2 février 2027 Au : … »),
    # above a window the text names for something else
    (
        "Journée mondiale des zones humides 2027",
        "Agenda. Journée mondiale des zones humides 2027. Du : 2 février 2027 Au : 2 février "
        "2027. Chaque année, la journée est célébrée le 2 février, jour anniversaire de la "
        "Convention. L'édition 2027 approche. Vous êtes tous invités du 30 janvier au 1er mars "
        "2027 à proposer des sorties, des ateliers et des conférences.",
        ("event", date(2027, 2, 2)),
    ),
    (
        "Journée mondiale des zones humides 2027",
        "Agenda. Journée mondiale des zones humides 2027. Chaque année, la journée est célébrée "
        "le 2 février, jour anniversaire de la Convention. L'édition 2027 approche. Vous êtes "
        "tous invités du 30 janvier au 1er mars 2027 à proposer des sorties, des ateliers et des "
        "conférences.",
        ("event", date(2027, 1, 30)),
    ),
    # batch 719: a span « de vendredi 11 à dimanche 13 juin » starts on its first day
    (
        "Les Journées européennes de l'archéologie",
        "Rendez-vous de la mi-juin, les Journées de l'archéologie font découvrir la discipline, "
        "de vendredi 11 à dimanche 13 juin.",
        ("event", date(2027, 6, 11)),
    ),
    # batch 716: a job fair told in the past after its day (« a organisé », « a regroupé », « il
    # n'y avait pas que … ») is a report; the same day to come is an event
    (
        "24H pour l'emploi",
        "Mardi 1er décembre dans le hall du cinéma, la société L4M a organisé la sixième "
        "édition de son salon pour l'emploi.",
        None,
    ),
    (
        "24H pour l'emploi",
        "Mardi 1er décembre dans le hall du cinéma, la société L4M organise la sixième édition "
        "de son salon pour l'emploi.",
        ("event", date(2026, 12, 1)),
    ),
    (
        "Place de l'emploi",
        "Sur la place de l'Europe, mardi 1er juin 2027, ce salon de l'emploi organisé par France "
        "Travail a regroupé dix-sept entreprises.",
        None,
    ),
    (
        "Qu'était-ce que ce salon ?",
        "Non, il n'y avait pas que du chocolat au salon Choco'n Co, à Yvetot, le jeudi 4 "
        "novembre 2027.",
        None,
    ),
    (
        "Qu'est-ce que ce salon ?",
        "Il n'y aura pas que du chocolat au salon Choco'n Co, à Yvetot, le jeudi 4 novembre 2027.",
        ("event", date(2027, 11, 4)),
    ),
    # batch 723: a health campaign's « villages d'information » are its stands (not a village by
    # its name)
    (
        "Mois sans tabac : c'est le moment d'arrêter",
        "Deux villages d'information seront montés à Alès les 13 et 14 décembre.",
        ("event", date(2026, 12, 13)),
    ),
    (
        "Mois sans tabac : c'est le moment d'arrêter",
        "Les habitants du village de Saint-Vigor seront sollicités les 13 et 14 décembre.",
        None,
    ),
    # batch 728: a heading's days that the text below tells as past (« a organisé les 16 & 17
    # octobre »): a report; the same days to come: the event
    (
        "Programme européen Leader",
        "Congrès national des groupes d'action locale. 16 & 17 octobre 2027 à Vire. Leader France "
        "a organisé les 16 & 17 octobre le congrès national à Vire.",
        None,
    ),
    (
        "Programme européen Leader",
        "Congrès national des groupes d'action locale. 16 & 17 octobre 2027 à Vire. Leader France "
        "organisera les 16 & 17 octobre le congrès national à Vire.",
        ("event", date(2027, 10, 16)),
    ),
    # batch 731: a fair moved to days « prochains » that the title gives with their year
    (
        "Report du salon de l'étudiant au 25 et 26 février 2028",
        "Le salon de l'étudiant de Caen est reporté au 25 et 26 février prochains.",
        ("event", date(2028, 2, 25)),
    ),
    # batch 734: « qui eu lieu » (a typo of « qui a eu lieu ») tells the day as past; batch 736:
    # so does « ont vécu un forum »; the same days to come stay the event's
    (
        "La nuit de l'orientation",
        "La CCI a présenté la nuit de l'orientation, évènement départemental qui eu lieu samedi 5 "
        "février 2027 à Serris.",
        None,
    ),
    (
        "La nuit de l'orientation",
        "La CCI présente la nuit de l'orientation, évènement départemental qui aura lieu samedi 5 "
        "février 2028 à Serris.",
        ("event", date(2028, 2, 5)),
    ),
    (
        "Job meeting",
        "Mercredi 12 avril 2028, tous les élèves de 4e ont vécu un forum des métiers où ils ont "
        "rencontré neuf professionnels.",
        None,
    ),
    (
        "Job meeting",
        "Mercredi 12 avril 2028, tous les élèves de 4e vivront un forum des métiers où ils "
        "rencontreront neuf professionnels.",
        ("event", date(2028, 4, 12)),
    ),
    # batch 739: a span then « retrouvez » the event: its first day (not a span of something
    # else beside an event that comes back every year)
    (
        "À Mayenne",
        "Du 2 au 16 mai 2027 retrouvez la fête de l'Europe dans la ville de Mayenne.",
        ("event", date(2027, 5, 2)),
    ),
    (
        "À Mayenne",
        "Du 2 au 16 mai 2027 la piscine ferme ; la fête de l'Europe revient chaque année dans la "
        "ville de Mayenne.",
        None,
    ),
    # batch 747: a numbered edition with its days right after (not a guide's edition); a span
    # then « rendez-vous » for « le grand rendez-vous annuel » (not an appointment to make);
    # an agenda's « Date et horaire de début et de fin : 2027-02-20 »
    (
        "Enfant dans la ville",
        "19e édition : les 15 & 16 juin 2027. Ouverture le samedi de 13h30 à 19h00.",
        ("event", date(2027, 6, 15)),
    ),
    ("Les parcs de Caen", "La 19e édition du guide des parcs, parue le 15 juin 2027.", None),
    (
        "Festi'jeux 2027",
        "Festi'jeux est le grand rendez-vous annuel de la Maison des découvertes. Du 12 au 16 "
        "mars 2027, rendez-vous au gymnase Lemarchand pour une nouvelle édition.",
        ("event", date(2027, 3, 12)),
    ),
    (
        "Gymnase Lemarchand",
        "Pensez à prendre rendez-vous. Du 12 au 16 mars 2027, rendez-vous au gymnase Lemarchand.",
        None,
    ),
    (
        "Festival des jeux",
        "Une fête du jeu a lieu le 9 janvier 2027. Date et horaire de début et de fin : "
        "2027-02-20 – Pour le Festival, différents espaces sont dédiés aux enfants.",
        ("event", date(2027, 2, 20)),
    ),
    # batch 751: a fair's « du 6-7-8 décembre » starts on the 6th; batch 753: « Rendez-vous est
    # donné du 3 au 8 avril » gives an event's days (not « rendez-vous est pris », a meeting)
    (
        "Salon Oriaction",
        "La 29e édition du salon Oriaction se tiendra cette année du 6-7-8 décembre 2027 au "
        "Parc des Expositions à Nancy.",
        ("event", date(2027, 12, 6)),
    ),
    (
        "Semaine olympique et paralympique",
        "La septième édition promet d'être massive. Rendez-vous est donné du 3 au 8 avril 2027, "
        "partout en France.",
        ("event", date(2027, 4, 3)),
    ),
    (
        "Semaine olympique et paralympique",
        "La septième édition promet d'être massive. Rendez-vous est pris avec le ministre pour "
        "en parler ; le bilan sera publié le 3 avril 2027.",
        None,
    ),
    # batch 732: an agenda's export gives the event's start as an ISO date with its hour
    (
        "Le Joli Mois de l'Europe à Caen, jeudi 6 mai 2027",
        "Des rencontres pour fêter la Journée de l'Europe le 9 mai. Dates et horaires de début "
        "et de fin : Début : 2027-05-06T13:00:00+02:00 – 2027-05-06T21:00:00+02:00.",
        ("event", date(2027, 5, 6)),
    ),
    # batch 758: the mental health information weeks are an event (not when they are over)
    (
        "Cap sur la santé mentale",
        "Pour l'édition 2027, les Semaines d'information sur la santé mentale se dérouleront du "
        "6 au 19 octobre.",
        ("event", date(2027, 10, 6)),
    ),
    (
        "Cap sur la santé mentale",
        "Les Semaines d'information sur la santé mentale ont eu lieu du 6 au 19 octobre 2026.",
        None,
    ),
    # batches 763–764: a charity run or walk is an event, on its day (its year the one its name
    # gives before « auront lieu »); « la marche à suivre » is none
    (
        "Running : J-6",
        "Les traditionnelles Foulées de la Rentrée 2027 auront lieu ce dimanche 3 octobre "
        "(course et marche de 5 km).",
        ("event", date(2027, 10, 3)),
    ),
    (
        "Octobre rose",
        "L'association organise une randonnée de 8 km, le samedi 16 octobre 2027 à partir de "
        "9 h 30, au profit de la Ligue contre le cancer.",
        ("event", date(2027, 10, 16)),
    ),
    (
        "Octobre rose",
        "La marche à suivre pour le dépistage est rappelée le samedi 16 octobre 2027.",
        None,
    ),
    # batch 769: experts who « se réuniront … du 27 au 30 mai » for a colloquium announce it (not
    # « se sont réunis », a report)
    (
        "",
        "Un important congrès en activité physique du 27 au 30 mai\n\nLa santé à l'école sera "
        "l'un des thèmes abordés lors du colloque.\n\nPourquoi la sédentarité progresse-t-elle "
        "encore ? Que faire contre les maladies liées au mode de vie ? Voilà ce qui occupe les "
        "quelque 600 spécialistes qui se réuniront à l'Université de Sherbrooke, du 27 au 30 mai, "
        "pour en débattre.",
        ("event", date(2027, 5, 27)),
    ),
    (
        "",
        "Un important congrès en activité physique du 27 au 30 mai\n\nLa santé à l'école a été "
        "l'un des thèmes abordés lors du colloque.\n\nPourquoi la sédentarité progresse-t-elle "
        "encore ? Que faire contre les maladies liées au mode de vie ? Voilà ce qui occupe les "
        "quelque 600 spécialistes qui se sont réunis à l'Université de Sherbrooke, du 27 au 30 "
        "mai, pour en débattre.",
        None,
    ),
    # batch 772: the European week of sport is an event (not a sports weekly's « la semaine du
    # sport »)
    (
        "Semaine européenne du sport",
        "Du 23 au 30 septembre 2027, la Commission européenne lance la 13e édition de la Semaine "
        "européenne du sport.",
        ("event", date(2027, 9, 23)),
    ),
    (
        "Le résumé",
        "Du 23 au 30 septembre 2027, retrouvez chaque soir le résumé de la semaine du sport.",
        None,
    ),
    # batch 784: « va se dérouler … les 8, 9 et 10 septembre » announces the show's days (not
    # « s'est déroulée », a report)
    (
        "Terres de Jim à Cambrai : tout savoir sur l'édition 2027",
        "Trois journées de promotion de l'agriculture. La 9e édition des Terres de Jim va se "
        "dérouler à Cambrai, dans le Nord, les 8, 9 et 10 septembre 2027 de 9 h à 19 h.",
        ("event", date(2027, 9, 8)),
    ),
    (
        "Terres de Jim à Cambrai : le bilan de l'édition 2026",
        "Trois journées de promotion de l'agriculture. La 9e édition des Terres de Jim s'est "
        "déroulée à Cambrai, dans le Nord, les 8, 9 et 10 septembre 2026 de 9 h à 19 h.",
        None,
    ),
    # batch 789: a sentence opening on a day with its weekday, told in the future, in an item
    # that names the festival (« Dimanche 1er novembre 2027, … seront à l'honneur »); « mercredi
    # prochain, le 20 mai » before the day an event is on (not a report's « mercredi dernier »)
    (
        "Destination la Haute Normandie",
        "Dimanche 7 novembre 2027, la pomme, le cidre et le fromage seront à l'honneur. L'édition "
        "2027 de la Fête de la pomme aura lieu à Conches-en-Ouche.",
        ("event", date(2027, 11, 7)),
    ),
    (
        "Destination la Haute Normandie",
        "Dimanche 8 novembre 2026, la pomme, le cidre et le fromage étaient à l'honneur. L'édition "
        "2026 de la Fête de la pomme a eu lieu à Conches-en-Ouche.",
        None,
    ),
    (
        "La coopération agricole à l'honneur",
        "Un cheminement au fil des départements qui nous mène mercredi prochain, le 19 mai, à la "
        "3ème Journée Installation-Transmission.",
        ("event", date(2027, 5, 19)),
    ),
    (
        "La coopération agricole à l'honneur",
        "Un cheminement au fil des départements qui nous a menés mercredi dernier, le 11 novembre, "
        "à la 3ème Journée Installation-Transmission.",
        None,
    ),
    # batch 794: a festival's days right after its name (« accueille sa fête de la mer du 9 au 11
    # août ») are no window to apply in, its « concours » no call; batch 796: a sentence opening
    # on a list of days, told in the future, gives the first (« Les 22, 23 et 24 septembre, … »)
    (
        "Saint-Valery-en-Caux : fête de la mer entre tradition et animations",
        "La ville accueille sa fête de la mer du 9 au 11 août 2027. Pendant ces trois jours, les "
        "visiteurs pourront profiter de concerts, de concours, de balades et d'un marché.",
        ("event", date(2027, 8, 9)),
    ),
    (
        "La gastronomie en fête ici et à Paris",
        "La fin de la semaine aura du goût.\n\nLes 22, 23 et 24 septembre 2027, La Fête de la "
        "gastronomie, manifestation nationale créée depuis 2011, se déclinera dans le Gers.",
        ("event", date(2027, 9, 22)),
    ),
    (
        "La gastronomie en fête ici et à Paris",
        "La fin de la semaine a eu du goût.\n\nLes 22, 23 et 24 septembre 2026, La Fête de la "
        "gastronomie, manifestation nationale créée depuis 2011, s'est déclinée dans le Gers.",
        None,
    ),
    # batch 813: a day opening its sentence, « aura lieu » right after it; the public's own
    # « se donnent rendez-vous le »
    (
        "Actualités de la médiathèque",
        "Le 8 juin 2027 aura lieu la journée mondiale de l'océan. Cette édition a pour but de "
        "sensibiliser le grand public à la protection des écosystèmes marins.",
        ("event", date(2027, 6, 8)),
    ),
    (
        "Nausicaa milite pour la vie dans les océans",
        "Pour la septième année consécutive, organisations éducatives, scientifiques et citoyens "
        "du monde entier se donnent massivement rendez-vous le 8 juin pour célébrer la Journée "
        "mondiale de l'océan.",
        ("event", date(2027, 6, 8)),
    ),
    # batch 816: an event back for its new edition, its days after (its word further down)
    (
        "La Rochelle attend ses visiteurs",
        "Le Grand Pavois revient cette année pour sa 53e édition, du 23 au 28 septembre à La "
        "Rochelle. Zoom sur ce qui vous attend durant les six jours du salon.",
        ("event", date(2027, 9, 23)),
    ),
    # batch 846: a repair workshop's session is an event on its day (and a report of one, its
    # owners « avaient rendez-vous » that day, none)
    (
        "Des objets à réparer ?",
        "Le prochain Repair'Café, dorénavant constitué en association, se tiendra samedi 15 mai "
        "de 14 h à 18 h, salle des Arts Créatifs. Entrée libre sans inscription.",
        ("event", date(2027, 5, 15)),
    ),
    (
        "Des réparations gratuites et solidaires",
        "Repair café : les propriétaires d'objets défectueux avaient rendez-vous pour les réparer "
        "gratuitement dans les jardins du café, à Meaux, samedi 17 juin. Les bénévoles ont pu "
        "accueillir les propriétaires d'objets à réparer.",
        None,
    ),
    # batch 853: the DuoDay and the disability employment week are events on their days, this
    # year's « comme chaque année » as well (a day « célébrée chaque année le » stays none)
    (
        "DuoDay : accompagner une relance inclusive",
        "L'édition du DuoDay aura lieu le 19 novembre, pendant la Semaine européenne pour "
        "l'emploi des personnes handicapées.",
        ("event", date(2026, 11, 19)),
    ),
    (
        "Le Département partenaire",
        "Comme chaque année, le Conseil départemental est partenaire du Duoday qui a lieu le 19 "
        "novembre, lors de la Semaine européenne de l'emploi des personnes handicapées.",
        ("event", date(2026, 11, 19)),
    ),
    (
        "Emploi et handicap",
        "La Semaine européenne pour l'emploi des personnes handicapées se tiendra du 16 au 22 "
        "novembre partout en France.",
        ("event", date(2026, 11, 16)),
    ),
    (
        "La protection des données",
        "La Journée européenne de la protection des données est célébrée chaque année le 28 "
        "janvier.",
        None,
    ),
    # batches 865 and 866: a country's pavilion at a fair abroad and a fair's venue name the
    # event; a house's pavilion is none
    (
        "La French Tech à Las Vegas",
        "Pour cette édition 2028, 150 start-up exposeront sous le pavillon français du 9 au 12 "
        "janvier.",
        ("event", date(2028, 1, 9)),
    ),
    (
        "Les fruits à l'honneur",
        "La vitrine de la filière se tiendra au parc des expositions de Cesena du 6 au 8 octobre "
        "2027.",
        ("event", date(2027, 10, 6)),
    ),
    (
        "Immobilier",
        "Ce pavillon de plain-pied sera livré du 9 au 12 janvier 2028.",
        None,
    ),
    # batch 871: the national crafts week is an event; a list of days without a space after
    # its commas starts on its first day
    (
        "C'est aussi la Semaine de l'Artisanat",
        "Cette année, la Semaine Nationale de l'Artisanat se tiendra du 16 au 23 mars 2027.",
        ("event", date(2027, 3, 16)),
    ),
    (
        "Journées des métiers d'art",
        "Journées des métiers d'Art\n\n1,2 et 3 Avril 2027\n\nPoussez la porte des ateliers.",
        ("event", date(2027, 4, 1)),
    ),
    # batch 874: how a fair's day went (« a été particulièrement satisfaisante ») is a report;
    # the same fair to come is an event
    (
        "Le jour des reines",
        "L'affluence du public a été particulièrement satisfaisante dimanche 6 mars 2027, à la "
        "salle des fêtes, pour le tout premier Salon de la femme.",
        None,
    ),
    (
        "Le jour des reines",
        "Le tout premier Salon de la femme se tiendra dimanche 6 mars 2027 à la salle des fêtes.",
        ("event", date(2027, 3, 6)),
    ),
    # batch 875: a workshop planned for its day, far after its word, the day glued to its month
    # (« le 7juin »); a budget planned for a day is no event
    (
        "La reprise suscite un plan d'action",
        "Un atelier de la transmission est prévu dans les locaux de la Chambre de métiers à "
        "Lorient le 7juin 2027.",
        ("event", date(2027, 6, 7)),
    ),
    ("Budget", "Le vote du budget est prévu le 7juin 2027.", None),
    # batch 875: the national transfer week, its name in quotes, is an event
    (
        "Transmission d'entreprises",
        "À cette campagne s'ajoutera un temps fort : une “Semaine” de la transmission-reprise, du "
        "14 au 27 novembre 2027.",
        ("event", date(2027, 11, 14)),
    ),
    # batch 883: the year of the edition to come, not of one told as past (« s'est déroulée »)
    (
        "",
        "Le salon 2028 se tiendra pendant le festival, qui aura lieu du 11 au 22 mai. L'édition "
        "2025 s'est déroulée sous la pluie.",
        ("event", date(2028, 5, 11)),
    ),
    # batches 885 and 886: an edition's rank in words, its verb before it with its days first, a
    # day told in a cleft sentence before its event
    (
        "",
        "Dans le quartier de Pigalle, la dixième édition du festival se déroulera du 16 au 18 "
        "octobre 2027.",
        ("event", date(2027, 10, 16)),
    ),
    (
        "",
        "Cette année, la nouvelle édition a lieu du 11 au 13 octobre 2027 à Paris.",
        ("event", date(2027, 10, 11)),
    ),
    (
        "",
        "Du 9 au 15 juin 2027 aura lieu la 51ème édition du festival d'animation d'Annecy.",
        ("event", date(2027, 6, 9)),
    ),
    (
        "",
        "C'est du 11 au 31 octobre 2027 que la 26e Fête du cinéma d'animation se déploiera partout "
        "en France.",
        ("event", date(2027, 10, 11)),
    ),
    # batch 896: farms that « ouvrent gratuitement leurs portes » on a day told before them, an
    # edition named by its year that takes place
    (
        "",
        "Samedi 23 octobre et dimanche 24 octobre 2027, 42 fermes de la Loire ouvrent gratuitement "
        "leurs portes au grand public.",
        ("event", date(2027, 10, 23)),
    ),
    (
        "",
        "L'initiative fêtera ses 20 ans lors de l'édition 2027, qui se tiendra les 24 et 25 avril.",
        ("event", date(2027, 4, 24)),
    ),
    # batches 900–905: an air show, a numbered edition with its weekday, a span that opens its
    # sentence told in the future
    (
        "",
        "Les avions de voltige survoleront la ville pendant le meeting aérien organisé sur "
        "l'aérodrome de Lessay les 12 et 13 juin.",
        ("event", date(2027, 6, 12)),
    ),
    (
        "",
        "31e édition samedi 3 juillet du grand spectacle aérien de la côte. Entrée gratuite.",
        ("event", date(2027, 7, 3)),
    ),
    (
        "",
        "Du 8 au 11 avril, le hall principal du centre des congrès de Deauville, face à la mer, "
        "accueillera la troisième édition du forum des drones. Ateliers et démonstrations.",
        ("event", date(2027, 4, 8)),
    ),
    # batch 906: a show's exhibitors « vont exposer » on its days; a name's year beside the kind
    # of event it is (« Rotor 2028, le salon … les 2 et 3 février »)
    (
        "",
        "Le salon des hélicoptères affiche complet. Motoristes, avionneurs, équipementiers et "
        "sous-traitants : quelque 400 industriels vont exposer du 9 au 12 mars au parc des "
        "expositions.",
        ("event", date(2027, 3, 9)),
    ),
    (
        "",
        "Les démonstrations en vol sont prévues pour Rotor 2028, le salon des voilures tournantes "
        "qui s'installe à Vernon les 2 et 3 février.",
        ("event", date(2028, 2, 2)),
    ),
    # batches 911 and 913: the edition a place will host; the fashion weeks and month
    (
        "",
        "Le 18 mars prochain, la halle aux toiles de Rouen accueillera la 9e édition du "
        "concours des créateurs normands. Les collections seront présentées au public.",
        ("event", date(2027, 3, 18)),
    ),
    (
        "",
        "Après New York et Londres, le Fashion Month s'achève à Paris dès ce lundi 1er mars et "
        "jusqu'au 9 mars 2027.",
        ("event", date(2027, 3, 1)),
    ),
    # batch 925: a span, then its place, then the verb that says it takes place
    (
        "",
        "Du 8 au 10 avril, au centre des congrès de Caen, doit se dérouler la sixième édition du "
        "forum des biotechnologies.",
        ("event", date(2027, 4, 8)),
    ),
    # batch 946: an edition's verb past a long apposition
    (
        "",
        "L'habitat sera au coeur de la deuxième édition du “Solar Days”, une manifestation “unique "
        "en Europe” consacrée à l'énergie solaire, qui se déroulera du 26 au 28 juin 2027 à Caen.",
        ("event", date(2027, 6, 26)),
    ),
    # batch 936: a name's year right before a day without its own (« Allizé Day 2017, le 12
    # octobre »): a day gone by, no event to come
    (
        "",
        "La présidente a présenté la feuille de route du pôle à l'occasion du rendez-vous annuel "
        "de la filière, Plasti Day 2025, le 12 octobre au centre de formation de Lyon.",
        None,
    ),
    # batch 931: a dateline's year glued to the lead's opening span (the page's own date above)
    (
        "",
        "Un autre article du site\n18 novembre 2026Du 7 au 10 juin 2027, le salon des "
        "composites fera son retour au parc des expositions de Lyon.",
        ("event", date(2027, 6, 7)),
    ),
    # batch 963: a talk's own page, its day with its hour and its speaker as a field
    (
        "",
        "Les puces de demain\nJeudi, 20 mai 2027, 18 h\nAmphithéâtre B, campus du Madrillet\n"
        "Conférencière : Jeanne Martin, professeure de génie électrique.",
        ("event", date(2027, 5, 20)),
    ),
    # batch 964: a weekday and a day of the month in the month (and year) named right before
    (
        "",
        "Le salon des microtechniques ouvrira ses portes en novembre 2027, du lundi 15 au "
        "jeudi 18, au parc des expositions de Besançon.",
        ("event", date(2027, 11, 15)),
    ),
    # batch 965: a trade's championship, its final announced in a report of its selections
    (
        "",
        "Vendredi 6 novembre, la sélection régionale du championnat de France de soudure s'est "
        "déroulée à Cherbourg. La finale nationale se déroulera à Poitiers les 20 et 21 mai "
        "prochain.",
        ("event", date(2027, 5, 20)),
    ),
    (
        "",
        "Les sélections de la compétition Les Meilleurs Soudeurs de France se sont achevées "
        "début mars. Les phases finales auront lieu à Vierzon du 14 au 16 juin prochain. Onze "
        "étapes ont eu lieu en région.",
        ("event", date(2027, 6, 14)),
    ),
    # batch 971: the three-minute thesis contest's final, a public evening (not one reported)
    (
        "",
        "Le 3 juin prochain, aura lieu à Nancy la finale nationale « Ma thèse en 180 secondes », "
        "le concours organisé pour les doctorants.",
        ("event", date(2027, 6, 3)),
    ),
    (
        "",
        "La finale régionale de Ma thèse en 180 secondes s'est tenue le jeudi 26 novembre 2026 au "
        "Havre.",
        None,
    ),
    # batch 975: the European researchers' night is an event
    (
        "",
        "La Nuit européenne des chercheur.e.s s'invite dans seize villes françaises, ce vendredi "
        "24 septembre 2027, sur le thème de l'imprévu.",
        ("event", date(2027, 9, 24)),
    ),
    # batch 960: a news page's revision stamp with its hour is no appointment
    (
        "",
        "Une école d'électronique ouvre à Caen\n12 novembre 2026 à 10h36 - Modifié : 24 novembre "
        "2026 à 12h00\nL'atelier de l'entreprise accueille douze alternants en formation.",
        None,
    ),
    # batch 980: an exhibitions organiser's name (« Reed Exhibitions ») is no show: its day
    # announced is not the show's, which « se tiendra du 13 au 15 septembre »
    (
        "",
        "L'organisateur, Reed Exhibitions, a annoncé le 9 février 2027 le report de la semaine de "
        "l'innovation du transport et de la logistique au mois de septembre. La crise sanitaire se "
        "poursuit. Elle se tiendra du 13 au 15 septembre 2027, porte de Versailles.",
        ("event", date(2027, 9, 13)),
    ),
    # batch 980: a day opening its sentence after « A partir du », « prochain » after it, then
    # the verb (« se tiendra la semaine … »)
    (
        "Transport : « 80 % de la profession sera représentée »",
        "A partir du 22 mars prochain se tiendra la semaine internationale du transport et de la "
        "logistique. Un rendez-vous immanquable, selon le directeur du salon.",
        ("event", date(2027, 3, 22)),
    ),
    # batch 983: a day told right before the event it falls in (« Verdict le 3 octobre lors du
    # forum »); not a day told as past (« a été remis le 3 octobre lors du forum »)
    (
        "Prix de la logistique durable 2027 : record de candidatures",
        "Le prix distinguera sept lauréats parmi 32 organisations. Verdict le 3 octobre 2027 lors "
        "du forum des chargeurs à Paris.",
        ("event", date(2027, 10, 3)),
    ),
    (
        "Prix de la logistique durable : les lauréats",
        "Le prix a été remis le 3 octobre 2026 lors du forum des chargeurs à Paris.",
        None,
    ),
    # batch 985: an edition moved by the verb itself (« obligé de décaler la 5ème édition de son
    # rendez-vous au mardi 4 novembre »), not the day first planned; a decision put off moves no
    # event
    (
        "",
        "Le forum des logisticiens devait initialement avoir lieu ce jeudi 2 octobre 2027. Les "
        "organisateurs ont été obligés de décaler la 5ème édition de leur rendez-vous au mardi 4 "
        "novembre 2027.",
        ("event", date(2027, 11, 4)),
    ),
    (
        "",
        "Le forum des logisticiens aura lieu le jeudi 2 octobre 2027. Le comité a décidé de "
        "reporter la décision au printemps.",
        ("event", date(2027, 10, 2)),
    ),
    # batch 994: a show « se tient du … au … » (the present, its days right after)
    (
        "",
        "Sial 2027 se tient du 22 au 26 octobre 2027 au Parc des Expositions de Villepinte. La "
        "filière des fruits et légumes y est le troisième centre d'intérêt du salon.",
        ("event", date(2027, 10, 22)),
    ),
    # batch 991: a trade's meeting by its kind (« le rendez-vous international de la filière »)
    # after a span, « prochain » and its place between commas; an appointment is no event
    (
        "",
        "Du 15 au 19 octobre prochain, à Villepinte, le rendez-vous international de la filière "
        "agroalimentaire réunira 7 000 exposants.",
        ("event", date(2027, 10, 15)),
    ),
    (
        "",
        "Pour prendre rendez-vous avec un conseiller de la chambre, appelez avant le 15 octobre.",
        None,
    ),
    # batch 996: a show's crowd expected over its span (« 4 000 marques attendues (contre 3 000
    # pour son année record de 2019) du 19 au 23 janvier »); results expected on a day are none
    (
        "",
        "Le Salon international de la restauration, de l'hôtellerie et de l'alimentation prend du "
        "poids avec 2 300 exposants, soit 4 000 marques attendues (contre 3 000 pour son année "
        "record de 2019) du 19 au 23 janvier 2027 à Eurexpo.",
        ("event", date(2027, 1, 19)),
    ),
    (
        "",
        "Le Salon international de la restauration, de l'hôtellerie et de l'alimentation a fermé "
        "ses portes hier soir à Eurexpo : les chiffres définitifs de fréquentation sont attendus "
        "le 15 mars 2027.",
        None,
    ),
    # batch 1000: a report's next edition (« Le rendez-vous est déjà fixé, du 7 au 9 décembre »)
    (
        "",
        "Pour sa 5e édition, le forum de la robotique agricole a été organisé en format virtuel, "
        "du 8 au 10 décembre derniers. Les organisateurs proposeront une formule hybride l'an "
        "prochain. Le rendez-vous est déjà fixé, du 7 au 9 décembre 2027.",
        ("event", date(2027, 12, 7)),
    ),
    # batch 1000: « qui se déroule … à Toulouse du 7 au 9 décembre » (the present, its place
    # between, a span after)
    (
        "",
        "La 6ème édition du Forum international de la robotique agricole (Fira), qui se déroule en "
        "mode hybride à Toulouse du 7 au 9 décembre 2027, devrait permettre aux constructeurs de "
        "se montrer.",
        ("event", date(2027, 12, 7)),
    ),
    # batch 1004: a world show by its noun (« Le « mondial de la machine agricole » démarrera ce
    # 12 novembre »)
    (
        "",
        "Le « mondial de la machine agricole » démarrera ce 12 novembre 2027. Pendant sept jours, "
        "les constructeurs montreront leurs derniers-nés à Hanovre.",
        ("event", date(2027, 11, 12)),
    ),
    # batch 1001: a show that « a fait son retour … du 6 au 10 novembre » is reported
    (
        "",
        "Après deux années d'absence, le Salon international du machinisme agricole (Sima) a fait "
        "son retour pour son centenaire, au Parc des expositions de Paris-Villepinte, du 6 au 10 "
        "novembre 2027.",
        None,
    ),
    # batch 1011: a show whose year is given up (« ne se déroulera pas cette année »), whatever
    # days it was moved to, and an edition that « devait se tenir » on days « prochains »
    (
        "",
        "Le salon de la franchise, initialement prévu en mars dernier et reporté du 4 au 7 "
        "octobre, ne se déroulera pas cette année, ont annoncé les organisateurs.",
        None,
    ),
    (
        "",
        "Le salon de la franchise, initialement prévu en mars, se déroulera du 4 au 7 octobre "
        "2027, ont annoncé les organisateurs.",
        ("event", date(2027, 10, 4)),
    ),
    (
        "",
        "Après deux reports, cette 39e édition du salon devait se tenir du 4 au 7 octobre "
        "prochains à la Porte de Versailles.",
        None,
    ),
    (
        "",
        "Après deux reports, cette 39e édition du salon se tiendra du 4 au 7 octobre prochains à "
        "la Porte de Versailles.",
        ("event", date(2027, 10, 4)),
    ),
    # batch 1024: a forum's day told while it « bat son plein » reports it; the same day to come
    # announces it
    (
        "",
        "Ce mercredi 27 janvier, le fondateur du forum de la fintech est sur scène, au deuxième "
        "jour de la 5e édition de ce rendez-vous qui bat son plein au cœur de Paris.",
        None,
    ),
    (
        "",
        "Ce mercredi 27 janvier, le fondateur du forum de la fintech sera sur scène, au deuxième "
        "jour de la 5e édition de ce rendez-vous au cœur de Paris.",
        ("event", date(2027, 1, 27)),
    ),
    # batch 1036: days given with their weekdays in a list are read from the first (« Mardi 28
    # et mercredi 29 mars 2028 »), as a single day with its weekday is
    (
        "",
        "Mardi 28 et mercredi 29 mars 2028, près de 900 professionnels du tourisme défileront au "
        "salon des voyagistes à Rouen.",
        ("event", date(2028, 3, 28)),
    ),
    (
        "",
        "Mercredi 29 mars 2028, près de 900 professionnels du tourisme défileront au salon des "
        "voyagistes à Rouen.",
        ("event", date(2028, 3, 29)),
    ),
    # batch 1044: a congress named before its year (« le Congrès Bâtiment Durable 2027 qui
    # débutera le 14 septembre ») is an event (not « le Congrès américain en 2027 », which votes)
    (
        "",
        "À quelques jours du Congrès Bâtiment Durable 2027 qui débutera le 14 septembre prochain "
        "à Rouen, son président parle du thème de cette année.",
        ("event", date(2027, 9, 14)),
    ),
    (
        "",
        "Le Congrès américain en 2027 débutera le 14 septembre prochain l'examen du budget.",
        None,
    ),
    # batch 1054: a show a place « accueillait » on a day is a report (not one it « accueillera »)
    (
        "",
        "Salon de l'emploi 2027 à Lisieux. Le 28 mars, le parc des expositions accueillait "
        "le salon de l'emploi : 150 exposants et 1 000 offres.",
        None,
    ),
    (
        "",
        "Salon de l'emploi 2027 à Lisieux. Le 28 mars, le parc des expositions accueillera "
        "le salon de l'emploi : 150 exposants et 1 000 offres.",
        ("event", date(2027, 3, 28)),
    ),
    # batch 1055: the apprenticeship week « est organisée par le réseau des Chambres de Métiers
    # … du 27 janvier au 3 février 2027 » (its organiser named between the passive and its days;
    # not one that « a été organisée par … », a report)
    (
        "",
        "La Semaine nationale de l'apprentissage dans l'artisanat est organisée par le réseau "
        "des Chambres de Métiers et de l'Artisanat du 27 janvier au 3 février 2027 en France.",
        ("event", date(2027, 1, 27)),
    ),
    (
        "",
        "Le forum des apprentis a été organisé par le réseau des Chambres de Métiers et de "
        "l'Artisanat du 27 janvier au 3 février 2027, avec 900 visiteurs.",
        None,
    ),
    # batch 1060: a show that « ouvrira ses portes … les 4, 5 et 6 février », its name far
    # above (not one that « a ouvert ses portes » on those days, a report)
    (
        "",
        "Le port accueille le salon Océanide, rendez-vous biennal des industries de la mer, pour "
        "sa première édition hors de Paris. Une première dans un contexte tendu pour les dockers "
        "du port. Carrefour de rencontres entre les professionnels des chantiers navals, "
        "Océanide ouvrira ses portes trois jours durant, les 4, 5 et 6 février dans la ville.",
        ("event", date(2027, 2, 4)),
    ),
    (
        "",
        "Le port accueille le salon Océanide, rendez-vous biennal des industries de la mer, pour "
        "sa première édition hors de Paris. Une première dans un contexte tendu pour les dockers "
        "du port. Carrefour de rencontres entre les professionnels des chantiers navals, "
        "Océanide a ouvert ses portes trois jours durant, les 4, 5 et 6 février dans la ville.",
        None,
    ),
    # batch 1064: a span « prochain » opening a sentence, whatever its verb, the show named
    # further down (not « dernier »)
    (
        "",
        "À voile ou à moteur… Du 15 au 20 octobre prochain, deux cents bateaux sont attendus dans "
        "le nouveau village fluvial. Le salon nautique quitte la porte de Versailles pour les "
        "bords de Seine.",
        ("event", date(2027, 10, 15)),
    ),
    (
        "",
        "À voile ou à moteur… Du 15 au 20 octobre dernier, deux cents bateaux étaient attendus "
        "dans le nouveau village fluvial. Le salon nautique a quitté la porte de Versailles pour "
        "les bords de Seine.",
        None,
    ),
    # batch 1071: the exhibitors that « seront présents … du … au … » give the show's days (not
    # those that « étaient présents »)
    (
        "",
        "Ce rendez-vous annuel réunit les professionnels de la restauration du patrimoine. "
        "Ébénistes, orfèvres, ferronniers : près de 340 exposants seront présents au Carrousel du "
        "Louvre du 23 au 26 novembre.",
        ("event", date(2026, 11, 23)),
    ),
    (
        "",
        "Ce rendez-vous annuel réunit les professionnels de la restauration du patrimoine. "
        "Ébénistes, orfèvres, ferronniers : près de 340 exposants étaient présents au Carrousel du "
        "Louvre du 23 au 26 novembre.",
        None,
    ),
    # batch 1074: « Biennale internationale » names a show (not the adjective: « évaluation
    # biennale des programmes »)
    (
        "",
        "DESIGN\n\nRévélations – Biennale internationale des métiers d'art et de la création\n\n"
        "23 Mai - 26 Mai 2027\n\nAvec 450 créateurs de 33 pays, la quatrième édition sera intense.",
        ("event", date(2027, 5, 23)),
    ),
    (
        "",
        "DESIGN\n\nRévélations – évaluation biennale des programmes et de la création\n\n"
        "23 Mai - 26 Mai 2027\n\nAvec 450 créateurs de 33 pays, la quatrième étude sera intense.",
        None,
    ),
    # batch 1081: a trade mission abroad on its day (« la mission commerciale partira le 16 mai »),
    # not a firm's « mission » nor a mission that « s'est achevée »
    (
        "",
        "Les inscriptions sont presque closes. Le dimanche 16 mai 2027, la mission commerciale "
        "partira vers Dakar et Abidjan avec une quarantaine de PME.",
        ("event", date(2027, 5, 16)),
    ),
    (
        "",
        "Le dimanche 16 mai 2027, notre mission reste la même : servir les PME de Dakar et "
        "d'Abidjan.",
        None,
    ),
    # batch 1085: a world expo on its days (« l'Exposition universelle … Du 1er octobre 2027 au
    # 31 mars 2028, des millions de visiteurs sont attendus »), not one told as history
    (
        "",
        "Hôte de l'Exposition universelle, la ville va vivre six mois au rythme du monde. Du 1er "
        "octobre 2027 au 31 mars 2028, des millions de visiteurs sont attendus sur le site.",
        ("event", date(2027, 10, 1)),
    ),
    (
        "",
        "L'Exposition universelle de 1889 a laissé la tour Eiffel ; la ville en garde un musée "
        "ouvert depuis 1990.",
        None,
    ),
    # batch 1091: the social economy's month launched on its day (« Le top départ du Mois de
    # l'ESS sera donné dès lundi 1er novembre »), not the month told once over
    (
        "",
        "Le top départ de la 15e édition du Mois de l'ESS sera donné dès lundi 1er novembre 2027 "
        "par la chambre régionale.",
        ("event", date(2027, 11, 1)),
    ),
    (
        "",
        "Le Mois de l'ESS s'est achevé le 30 novembre 2026 : plus de 2 000 rendez-vous ont été "
        "proposés.",
        None,
    ),
    # batch 1113: a show « organisé du … au … » whose sentence says it « s'est distinguée » (a
    # report), not one that « accueillera »; winners that « ont été annoncés » on a show's day
    # (not « seront annoncés »)
    (
        "",
        "L'édition 2027 du salon du bois, organisé du 28 au 31 mai 2027 au parc des expositions, "
        "s'est distinguée par une hausse des visiteurs.",
        None,
    ),
    (
        "",
        "L'édition 2027 du salon du bois, organisé du 28 au 31 mai 2027 au parc des expositions, "
        "accueillera 500 exposants.",
        ("event", date(2027, 5, 28)),
    ),
    (
        "",
        "Le mercredi 7 avril 2027, les lauréats des trophées du bois ont été annoncés lors de la "
        "deuxième journée du salon.",
        None,
    ),
    (
        "",
        "Le mercredi 7 avril 2027, les lauréats des trophées du bois seront annoncés lors de la "
        "deuxième journée du salon.",
        ("event", date(2027, 4, 7)),
    ),
    # batch 1116: a lumberjack sport's contest on its day (« un concours national de bûcheronnage
    # sportif demain, samedi … », a qualifying round of its championship), an event and no
    # contest to apply to, not one told won; a newspaper's own earlier issue (« voir notre
    # édition de mercredi 25 ») gives no day, the event's own « mercredi 25 » does
    (
        "",
        "Le club organise un concours national de bûcheronnage sportif demain, samedi 13 mars "
        "2027 à Ussel.",
        ("event", date(2027, 3, 13)),
    ),
    (
        "",
        "Le club a remporté le concours national de bûcheronnage sportif, samedi 7 novembre 2026 "
        "à Ussel.",
        None,
    ),
    (
        "",
        "Le samedi 24 juillet 2027 dès 11h, on assistera à la seconde manche de qualification du "
        "championnat de France de bûcheronnage.",
        ("event", date(2027, 7, 24)),
    ),
    (
        "",
        "La journée de l'élevage, rendez-vous des éleveurs (voir notre édition de mercredi 25), "
        "approche.",
        None,
    ),
    (
        "",
        "La journée de l'élevage aura lieu mercredi 25 : les éleveurs du canton sont attendus.",
        ("event", date(2026, 11, 25)),
    ),
    # batch 1123: a body that « tiendra son assemblée générale annuelle, le 19 mars » (beside its
    # colloquium), not one that « tient ses promesses »; a trade's international week by its name
    # with its span (« La semaine internationale du transport … (SITL, du 23 au 26 mars …) »),
    # not one told a success
    (
        "",
        "Le groupement tiendra son assemblée générale annuelle, le 19 mars 2027, à Paris. Trois "
        "sujets seront abordés lors du colloque.",
        ("event", date(2027, 3, 19)),
    ),
    (
        "",
        "Le groupement tient ses promesses : le 19 mars 2027, il présentera son bilan lors du "
        "colloque.",
        None,
    ),
    (
        "",
        "La semaine internationale du transport et de la logistique (SITL, du 23 au 26 mars 2027 "
        "à Villepinte) organise une série de conférences.",
        ("event", date(2027, 3, 23)),
    ),
    (
        "",
        "La semaine internationale du transport a été un succès, du 23 au 26 mars 2026 à "
        "Villepinte, avec ses conférences.",
        None,
    ),
    # batch 1124: a press meeting (« lors d'une rencontre avec la presse, le 30 mars ») is no
    # event to attend; a meeting with shippers is
    (
        "",
        "Le président du port s'en est félicité lors d'une rencontre avec la presse, le 30 mars "
        "2027 à Paris.",
        None,
    ),
    (
        "",
        "Le président du port s'en félicitera lors d'une rencontre avec les chargeurs, le 30 mars "
        "2027 à Paris.",
        ("event", date(2027, 3, 30)),
    ),
    # batch 1125: « Si ça vous intéresse, rendez-vous ce 21 janvier sur le parking » invites to a
    # day, not « un premier rendez-vous, le 21 janvier » told
    (
        "",
        "Les recruteurs attendent les candidats. Si ça vous intéresse, rendez-vous ce 21 janvier "
        "sur le parking de l'agence.",
        ("event", date(2027, 1, 21)),
    ),
    (
        "",
        "Les recruteurs attendaient les candidats. Après un premier rendez-vous, le 21 janvier, "
        "ils ont signé.",
        None,
    ),
    # batch 1126: a congress whose sentence says its guests « ont beaucoup parlé finances » (a
    # report), not one where they « parleront »
    (
        "",
        "Réunis à Toulouse pour les Rencontres nationales du transport public du 28 au 30 "
        "septembre 2027, les élus ont beaucoup parlé finances.",
        None,
    ),
    (
        "",
        "Réunis à Toulouse pour les Rencontres nationales du transport public du 28 au 30 "
        "septembre 2027, les élus parleront finances.",
        ("event", date(2027, 9, 28)),
    ),
    # batch 1136: a news page's practical line under an event's story (« Pratique. Vendredi 8 et
    # samedi 9 janvier, de 10h à 20h sur la place »), not « C'est pratique : 8 producteurs … »
    (
        "",
        "Les producteurs normands vous font déguster leurs produits sur la place.\n\nPratique. "
        "Vendredi 8 et samedi 9 janvier, de 10h à 20h sur la place Saint-Sauveur à Caen. Gratuit.",
        ("event", date(2027, 1, 8)),
    ),
    (
        "",
        "Les producteurs normands ont fait déguster leurs produits sur la place.\n\nC'est "
        "pratique : 8 producteurs sur 10 vendent désormais en ligne.",
        None,
    ),
    # batch 1141: a day told before « à l'occasion du congrès de … » (not « le 10 mars dernier »,
    # a congress held)
    (
        "",
        "Le secteur change vite. Le 10 mars, à l'occasion du congrès de la fédération à Rouen, "
        "nous partagerons nos propositions avec les partenaires de la filière.",
        ("event", date(2027, 3, 10)),
    ),
    (
        "",
        "Le secteur change vite. Le 10 mars dernier, à l'occasion du congrès de la fédération à "
        "Rouen, nous avons partagé nos propositions avec les partenaires de la filière.",
        None,
    ),
    # batch 1145: a chamber's « information collective est prévue à Saumur, mardi 9 février à
    # 18 heures » (not one that « a eu lieu »)
    (
        "",
        "Les artisans sont invités à se former.\n\nUne information collective est prévue à "
        "Saumur, mardi 9 février à 18 heures, à l'antenne de la chambre de métiers.",
        ("event", date(2027, 2, 9)),
    ),
    (
        "",
        "Les artisans ont été invités à se former.\n\nUne information collective a eu lieu à "
        "Saumur, mardi 9 février à 18 heures, à l'antenne de la chambre de métiers.",
        None,
    ),
    # batch 1155: a show that « s'installera du 24 au 27 septembre 2027 au Parc des expositions »
    # (not one that « s'est installé » there)
    (
        "",
        "Silmo Paris s'installera du 24 au 27 septembre 2027 au Parc des expositions de "
        "Villepinte. Il réunira, comme l'an dernier, environ 900 exposants de l'optique et de la "
        "lunetterie au salon.",
        ("event", date(2027, 9, 24)),
    ),
    (
        "",
        "Silmo Paris s'est installé du 24 au 27 septembre 2026 au Parc des expositions de "
        "Villepinte. Il a réuni, comme l'an dernier, environ 900 exposants de l'optique et de la "
        "lunetterie au salon.",
        None,
    ),
    # batch 1161: a new edition's days in parentheses (« présenter la nouvelle édition (du 10 au
    # 12 septembre, au Hall 1) »), a touring show that « fera escale à Cannes les 9 et 10
    # octobre », a show's « édition printanière, les 20 et 21 mars » (not one that « avait fait
    # escale », nor a spring edition that « s'est tenue »), its event named far above
    (
        "",
        HAIRDRESSERS_COMING
        + "lors d'un point presse organisé mardi pour présenter la nouvelle édition (du 10 au 12 "
        "septembre, au Hall 1 de Paris Expo).",
        ("event", date(2027, 9, 10)),
    ),
    (
        "",
        HAIRDRESSERS_COMING
        + "lors d'un point presse organisé mardi pour présenter le bilan de la nouvelle édition, "
        "close le 12 septembre.",
        None,
    ),
    (
        "",
        HAIRDRESSERS_REPORTED
        + "Prochaine étape ? Le rendez-vous des coiffeurs fera escale à Cannes les 9 et 10 "
        "octobre.",
        ("event", date(2027, 10, 9)),
    ),
    (
        "",
        HAIRDRESSERS_REPORTED
        + "Le rendez-vous des coiffeurs avait fait escale à Cannes les 9 et 10 octobre.",
        None,
    ),
    (
        "",
        HAIRDRESSERS_REPORTED
        + "En espérant un regain de motivation de la profession pour l'édition printanière, les 20 "
        "et 21 mars à Aix.",
        ("event", date(2027, 3, 20)),
    ),
    (
        "",
        HAIRDRESSERS_REPORTED
        + "L'édition printanière s'est tenue les 20 et 21 mars à Aix, avec 5 000 visiteurs.",
        None,
    ),
    # batch 1160: a contest's days « lors de la Fête du Pain, du 13 au 15 mai » (the event named
    # before them, a comma between) are the feast's, no window to apply in
    (
        "",
        "Le concours national de la meilleure baguette est annoncé ! Il se déroulera sous les yeux "
        "du public, à Paris, sur le parvis de la cathédrale, lors de la Fête du Pain, du 13 au 15 "
        "mai 2027.",
        ("event", date(2027, 5, 13)),
    ),
    # batch 1165: a chamber that chose a town « pour y installer un fournil et organiser les 6,
    # 7 et 8 mai de nombreuses animations » (the infinitive, its days right after; not the
    # closing day named below, nor animations that « ont eu lieu »)
    (
        "",
        BREAD_FEAST
        + "organiser les 6, 7 et 8 mai de nombreuses animations. Samedi 8 mai à 16 heures, la "
        "fête sera close.",
        ("event", date(2027, 5, 6)),
    ),
    (
        "",
        BREAD_FEAST + "organiser les 6, 7 et 8 mai de nombreuses animations, qui ont eu lieu place "
        "Saint-Ayoul.",
        None,
    ),
    # batch 1166: a crafts show that « prendra ses quartiers du 12 au 15 octobre », one that
    # « ouvriront (gratuitement) leurs portes au public du 9 au 12 octobre » (not one that « a
    # pris ses quartiers » nor « ont ouvert leurs portes »), its show's word further down
    (
        "",
        "La 19e édition des Artisanales prendra ses quartiers du 12 au 15 octobre 2027 à "
        "Chartrexpo. Aux manettes de cette manifestation, la chambre de métiers. Aujourd'hui, le "
        "salon accueille plus de 500 exposants.",
        ("event", date(2027, 10, 12)),
    ),
    (
        "",
        "La 19e édition des Artisanales a pris ses quartiers du 12 au 15 octobre 2026 à "
        "Chartrexpo. Aux manettes de cette manifestation, la chambre de métiers. Cette année, le "
        "salon a accueilli plus de 500 exposants.",
        None,
    ),
    (
        "",
        "Les Artisanales ouvriront (gratuitement) leurs portes au public du 9 au 12 octobre 2027 "
        "au parc des expositions. Une 22e édition qui mettra en avant l'apprentissage. L'an "
        "passé, 85 000 visiteurs avaient arpenté les allées d'un salon au rayonnement national.",
        ("event", date(2027, 10, 9)),
    ),
    (
        "",
        "Les Artisanales ont ouvert (gratuitement) leurs portes au public du 9 au 12 octobre 2026 "
        "au parc des expositions. Une 22e édition qui a mis en avant l'apprentissage. 85 000 "
        "visiteurs ont arpenté les allées d'un salon au rayonnement national.",
        None,
    ),
    # batch 1170: a span, then the venue named in full before « accueillera » (« Du 17 au 19 mars
    # le parc des expositions de Bordeaux accueillera le salon ») or « va accueillir » after two
    # days (« Les 31 mars et 1er avril, le parc … va accueillir »), not a venue that « a
    # accueilli »
    (
        "",
        "Du 17 au 19 mars 2027 le parc des expositions de Bordeaux accueillera les cafetiers et "
        "les restaurateurs de toute la région. Exposants, démonstrations de chefs et concours "
        "d'apprentis : le salon se veut celui de toute une filière.",
        ("event", date(2027, 3, 17)),
    ),
    (
        "",
        "Du 17 au 19 mars 2026 le parc des expositions de Bordeaux a accueilli les cafetiers et "
        "les restaurateurs de toute la région. Exposants, démonstrations de chefs et concours "
        "d'apprentis : le salon se voulait celui de toute une filière.",
        None,
    ),
    (
        "",
        "Les 31 mars et 1er avril 2027, le parc des expositions de Reims va accueillir les "
        "métiers de bouche de trois départements. Une centaine d'exposants sont attendus dans ce "
        "salon de proximité.",
        ("event", date(2027, 3, 31)),
    ),
    # batch 1170: days whose year is not the edition's a comparison names (« 26 % de plus que sur
    # l'édition 2025 »), read as days to come; a contest's words beside a show's span « prochain,
    # le parc … accueillera »: the show's days, no window to apply in
    (
        "",
        "Présidé par un chef étoilé, le salon biennal accueillera du 24 au 26 novembre 350 "
        "exposants, 26 % de plus que sur l'édition 2025.",
        ("event", date(2026, 11, 24)),
    ),
    (
        "",
        "Des concours de très haut niveau et des chefs étoilés. Du 22 au 25 novembre prochain, "
        "le parc des expositions de Bordeaux accueillera la deuxième édition de ce rendez-vous "
        "des métiers de bouche, un salon créé il y a deux ans.",
        ("event", date(2026, 11, 22)),
    ),
    # batch 1173: a report's next edition, « Rendez-vous est pris pour 2027, du 15 au 18
    # septembre »
    (
        "",
        "Le salon du tourisme a fermé ses portes sur une fréquentation en hausse et des exposants "
        "satisfaits de leurs rencontres. Rendez-vous est pris pour 2027, du 15 au 18 septembre.",
        ("event", date(2027, 9, 15)),
    ),
    # batch 1185: a show that « va ouvrir ses portes », its span before (not one that « a ouvert
    # ses portes »)
    (
        "",
        "Du 26 au 30 septembre 2027 à Eurexpo Lyon, le salon de l'automobile à la sauce lyonnaise "
        "va ouvrir ses portes. Tous les modèles présentés peuvent y être essayés.",
        ("event", date(2027, 9, 26)),
    ),
    (
        "",
        "Du 26 au 30 septembre 2026 à Eurexpo Lyon, le salon de l'automobile à la sauce lyonnaise "
        "a ouvert ses portes. Tous les modèles présentés pouvaient y être essayés.",
        None,
    ),
    # batches 1201–1204: a producers' market's days (not a square's « Champ-de-Foire »), one that
    # « se tiendra le samedi 10 avril », a shopkeepers' braderie, a news box's « Infos pratiques /
    # Date : »
    (
        "",
        "Prochains marchés de producteurs de pays : - Bourganeuf : mercredi 16 juin 2027, place "
        "du Champ-de-Foire. - Felletin : mardis 6 et 20 juillet.",
        ("event", date(2027, 6, 16)),
    ),
    (
        "",
        "Le parking du Champ-de-Foire sera fermé à partir du 3 mars 2027 pour des travaux.",
        None,
    ),
    (
        "",
        "Un marché des producteurs se tiendra le samedi 10 avril 2027 sur le parking de la mairie.",
        ("event", date(2027, 4, 10)),
    ),
    (
        "",
        "Le marché des producteurs de lait se porte mal depuis le 10 avril 2026.",
        None,
    ),
    (
        "",
        "L'union des commerçants organise sa grande braderie d'été, le dimanche 22 et le lundi "
        "23 août 2027, dans les rues du centre.",
        ("event", date(2027, 8, 22)),
    ),
    (
        "",
        "La grande braderie d'été s'est tenue le dimanche 23 août 2026, sous la pluie.",
        None,
    ),
    (
        "",
        "Cent fermes ouvrent leurs portes au public ce printemps. Les agriculteurs feront "
        "visiter leurs ateliers et goûter leurs produits ; toutes ces visites sont gratuites, "
        "c'est le moment d'en profiter.\n\nInfos pratiques\n\nDate : 15 mai au 16 mai 2027",
        ("event", date(2027, 5, 15)),
    ),
    # batches 1211 and 1214: a span, the venue, then the public « sont invités à prendre part à ce
    # congrès »; a beautician's or a hairdresser's shop is no show (« les salons d'esthétique
    # peuvent enfin rouvrir ce mercredi 19 mai »)
    (
        "",
        "La nouvelle édition du congrès national de la coiffure et de l'esthétique mettra "
        "l'accent sur les jeunes talents et sur les métiers du bien-être. Du 17 au 19 octobre 2027 "
        "à l'hôtel du Lac, les professionnels de la beauté sont invités à prendre part à ce "
        "congrès.",
        ("event", date(2027, 10, 17)),
    ),
    (
        "",
        "Les instituts de beauté, les bars à ongles et les autres salons d'esthétique pourront "
        "enfin rouvrir ce mercredi 19 mai 2027, annonce la préfecture.",
        None,
    ),
    (
        "",
        "Les coiffeurs de la région exposeront au salon de la coiffure, qui ouvrira ce dimanche "
        "16 mai 2027 au parc des expositions.",
        ("event", date(2027, 5, 16)),
    ),
    # batch 1220: a congress by its rank (« ce 78e congrès qui … du 27 au 29 septembre »), not the
    # American one
    (
        "",
        "Vous chapeautez l'organisation de ce 78e congrès qui prendra place du 27 au 29 septembre "
        "2027 à Montpellier. Comment s'annonce-t-il ?",
        ("event", date(2027, 9, 27)),
    ),
    (
        "",
        "Le 118e Congrès américain a siégé du 3 au 5 janvier 2027 pour élire son président.",
        None,
    ),
    # batch 1225: a day something must be handed in by (« remis avant le 19 décembre ») is no
    # event's first day
    (
        "",
        "Les 21, 22 et 23 octobre 2027, la Convention nationale des avocats fera son grand "
        "retour. Chaque commission est invitée à concevoir un atelier, dont le contenu devra "
        "être remis avant le 19 décembre 2026, pour intégration au programme.",
        ("event", date(2027, 10, 21)),
    ),
    # batch 1230: a show put off, the days it was planned for given up (« le report du salon …
    # prévu les 13 et 14 septembre »), not a show planned nor one moved to its new days
    (
        "",
        "Le parc des expositions de Rouen a annoncé le report du salon Auto Moto Rétro prévu les "
        "13 et 14 septembre 2027. Aucune nouvelle date n'a été annoncée.",
        None,
    ),
    (
        "",
        "Le salon Auto Moto Rétro est prévu les 13 et 14 septembre 2027 au parc des expositions "
        "de Rouen.",
        ("event", date(2027, 9, 13)),
    ),
    (
        "",
        "Le parc des expositions a annoncé le report du salon Auto Moto Rétro, qui se tiendra "
        "finalement les 20 et 21 novembre 2027.",
        ("event", date(2027, 11, 20)),
    ),
    # batch 1236: a meeting's place and days (« Le rendez vous est d'ores et déjà fixé à
    # l'hippodrome … les samedi 28 et dimanche 29 juin »), an edition's lead (« Place à la 14e
    # édition du Rétro Festival, samedi 2 et dimanche 3 septembre »), a box « Pratique. Le samedi
    # 1er et dimanche 2 juillet »; not a date merely fixed, an edition told over, nor « C'est
    # pratique. Le samedi … »
    (
        "",
        "Le rendez vous est d'ores et déjà fixé à l'hippodrome de Caen les samedi 28 et dimanche "
        "29 juin 2027. Près de 600 véhicules sont attendus.",
        ("event", date(2027, 6, 28)),
    ),
    (
        "",
        "Le rendez-vous est fixé : la réforme entrera en vigueur le 1er mars 2027.",
        None,
    ),
    (
        "",
        "Loisirs. Place à la 14e édition du Rétro Festival, samedi 2 et dimanche 3 septembre "
        "2027, à l'hippodrome de Caen.",
        ("event", date(2027, 9, 2)),
    ),
    (
        "",
        "Place à la 14e édition du Rétro Festival, qui s'est déroulée samedi 2 et dimanche 3 "
        "septembre 2026.",
        None,
    ),
    (
        "",
        "Des centaines d'autos exposées à l'hippodrome. Pratique. Le samedi 1er et dimanche 2 "
        "juillet 2027, à l'Hippodrome, chaque jour de 9h à 18h.",
        ("event", date(2027, 7, 1)),
    ),
    (
        "",
        "C'est pratique. Le samedi 1er juillet 2027, la boutique sera fermée.",
        None,
    ),
    # batches 1243–1244: the care trades' weeks (« la Semaine Nationale de la Petite Enfance
    # donne rendez-vous du 18 au 24 mars »), an awards ceremony on its day (« la cérémonie de
    # remise des prix se tiendra le 8 décembre »), a sentence opening on a day that goes straight
    # to the event's place (« Le 18 juin au Parc des Expositions »); not a ceremony told over,
    # a weekly's « semaine de la petite enfance » without a day, nor a day opening a sentence
    # that goes elsewhere
    (
        "",
        "Imaginée par l'association Agir pour la Petite Enfance, la Semaine Nationale de la Petite "
        "Enfance donne rendez-vous du 18 au 24 mars 2027 dans les lieux d'accueil.",
        ("event", date(2027, 3, 18)),
    ),
    (
        "",
        "Les Trophées des Services à la Personne 2026. Cette année, la cérémonie de remise des "
        "prix se tiendra le 8 décembre à Saint-Denis, réunissant des acteurs clés.",
        ("event", date(2026, 12, 8)),
    ),
    (
        "",
        "Les Trophées des Services à la Personne ont été remis : la cérémonie de remise des prix "
        "s'est tenue le 8 novembre 2026 à Saint-Denis.",
        None,
    ),
    (
        "",
        "Les assistantes maternelles parlent de leur semaine de la petite enfance, riche en "
        "ateliers.",
        None,
    ),
    (
        "",
        "Les trophées récompenseront 7 lauréats. Réponses ? Le 18 juin au Parc des Expositions.",
        ("event", date(2027, 6, 18)),
    ),
    (
        "",
        "Les trophées récompenseront 7 lauréats, selon le jury réuni le 18 juin au siège de la "
        "fédération.",
        None,
    ),  # batch 1246: a day observed every year (« aura lieu chaque 7 août »), not this year's
    (
        "",
        "« Une journée nationale des aides à domicile aura lieu chaque 7 août », a annoncé le "
        "ministre.",
        None,
    ),
    (
        "",
        "Une journée nationale des aides à domicile aura lieu le 7 août 2027, a annoncé le "
        "ministre.",
        ("event", date(2027, 8, 7)),
    ),
    # batch 1251: the florists' contests (« au concours du Meilleur Apprenti de France », « la
    # Coupe Île-de-France des Artisans Fleuristes »), not a florist's title
    (
        "Comment un jeune apprenti fleuriste se prépare au concours du Meilleur apprenti de France",
        "A Nice, un jeune apprenti fleuriste défendra sa place, le week-end du 24 juin 2027.",
        ("event", date(2027, 6, 24)),
    ),
    (
        "",
        "Le 15 et 16 septembre 2027 se tiendra la Coupe Île-de-France des Artisans Fleuristes, au "
        "marché de Rungis.",
        ("event", date(2027, 9, 15)),
    ),
    (
        "",
        "Ambre, Meilleure apprentie de France 2018, ouvre sa boutique le 15 juin 2027 à Paris.",
        None,
    ),
    # batch 1256: a day told « prochains » below a past edition's year is to come (« L'édition
    # 2025 de Paysalia … ont rendez-vous à Lyon du 3 au 5 décembre prochains »), not one without
    # « prochains », nor one the text gives in full in that past year
    (
        "Salon Paysalia s'ouvre de nouveaux horizons",
        "L'édition 2025 de Paysalia à Eurexpo Lyon. Les professionnels du paysage ont rendez-vous "
        "à Lyon du 3 au 5 décembre prochains.",
        ("event", date(2026, 12, 3)),
    ),
    (
        "Salon Paysalia s'ouvre de nouveaux horizons",
        "L'édition 2025 de Paysalia à Eurexpo Lyon. Les professionnels du paysage ont rendez-vous "
        "à Lyon du 3 au 5 décembre.",
        None,
    ),
    # (and weekdays listed up to their month are read with it: « vendredi 21, samedi 22 et
    # dimanche 23 avril 2025 », gone by, not « vendredi 21 » of another month)
    (
        "Fête des plantes de printemps",
        "Rendez-vous au château avec les pépiniéristes vendredi 21, samedi 22 et dimanche 23 avril "
        "2025 de 10h à 18h.",
        None,
    ),
    (
        "Fête des plantes de printemps",
        "Rendez-vous au château avec les pépiniéristes vendredi 21, samedi 22 et dimanche 23 avril "
        "2027 de 10h à 18h.",
        ("event", date(2027, 4, 21)),
    ),
    # batch 1271: a name's year before « se déroulera » is its edition's (« Le Congrès National
    # des Sapeurs-Pompiers 2028 se déroulera du 25 au 28 septembre »), not a year after « en »
    (
        "",
        "Le Congrès National des Sapeurs-Pompiers 2028 se déroulera du 25 au 28 septembre au parc "
        "des expositions de Mâcon.",
        ("event", date(2028, 9, 25)),
    ),
    (
        "",
        "Le congrès des sapeurs-pompiers, reporté en 2025, se déroulera du 25 au 28 septembre au "
        "parc des expositions.",
        ("event", date(2027, 9, 25)),
    ),
    # batch 1274: a show « prévu du … au … » that « fait partie des nombreux événements
    # annulés » has no day left, not one among the season's events
    (
        "Report du salon Préventica Lyon",
        "Le salon Preventica, prévu du 29 septembre au 1er octobre 2027 à Eurexpo-Lyon, fait "
        "partie des nombreux événements annulés face à la situation sanitaire.",
        None,
    ),
    (
        "Le salon Préventica à Lyon",
        "Le salon Preventica, prévu du 29 septembre au 1er octobre 2027 à Eurexpo-Lyon, fait "
        "partie des nombreux événements de la rentrée.",
        ("event", date(2027, 9, 29)),
    ),
    # batch 1281: the building trades' championships (« Championnat romand des
    # installateurs-électriciens … aura lieu du 13 au 18 mars »), not one told past, nor a
    # championship of sales
    (
        "Championnat romand des installateurs-électriciens",
        "Ce championnat aura lieu du 13 au 18 mars 2027 à Marin Centre.",
        ("event", date(2027, 3, 13)),
    ),
    (
        "",
        "Le championnat romand des installateurs-électriciens s'est tenu du 13 au 18 mars 2026 à "
        "Marin Centre.",
        None,
    ),
    (
        "",
        "Le championnat des ventes de pompes à chaleur aura lieu du 13 au 18 mars 2027.",
        None,
    ),
    # batch 1283: a day, a comma, then the host who holds the event (« Le 21 mars, le centre de
    # formation … propose une journée portes ouvertes »), even below a heading without a stop;
    # not one that « a proposé » it
    (
        "Un CFA qui bâtit un avenir professionnel",
        "Un CFA qui bâtit un avenir professionnel\n\nLe 21 mars 2027, le centre de formation "
        "d'apprentis aux métiers du bâtiment de Saint-Denis propose une journée portes ouvertes.",
        ("event", date(2027, 3, 21)),
    ),
    (
        "Un CFA qui bâtit un avenir professionnel",
        "Le 21 mars 2026, le centre de formation d'apprentis aux métiers du bâtiment de "
        "Saint-Denis a proposé une journée portes ouvertes.",
        None,
    ),
    # batch 1296: a span opening a sentence in the future after « Cette année encore, » (« du 19
    # au 22 octobre, tous les métiers … seront représentés »), not one told past
    (
        "",
        "Le Carrefour des métiers de bouche est bisannuel. Cette année encore, du 19 au 22 "
        "octobre 2027, tous les métiers de bouche seront représentés au salon.",
        ("event", date(2027, 10, 19)),
    ),
    (
        "",
        "Le Carrefour des métiers de bouche est bisannuel. Cette année encore, du 19 au 22 "
        "octobre 2025, tous les métiers de bouche ont été représentés au salon.",
        None,
    ),
    # batch 1300: a fair that « ont ouvert leur cinquième rencontre » on its days is reported; not
    # one that « ouvriront leur » edition, nor one that « a ouvert sa billetterie »
    (
        "Les Portes du Cuir, événement clef en Nouvelle Aquitaine",
        "Les Portes du Cuir ont ouvert leur cinquième rencontre annuelle à Nontron en Dordogne "
        "du 29 septembre au 1er octobre.",
        None,
    ),
    (
        "Les Portes du Cuir, événement clef en Nouvelle Aquitaine",
        "Les Portes du Cuir ouvriront leur cinquième rencontre annuelle à Nontron en Dordogne "
        "du 29 septembre au 1er octobre 2027.",
        ("event", date(2027, 9, 29)),
    ),
    (
        "Le salon du cuir",
        "Le salon du cuir a ouvert sa billetterie : il aura lieu du 29 septembre au 1er octobre "
        "2027 à Nontron.",
        ("event", date(2027, 9, 29)),
    ),
    # batch 1312: a show's days told « prochain » take the year the page gives them above its
    # headline (« Jeudi 24 novembre 2027 - Jeudi 22 décembre 2027 »), not without it
    (
        "Exposition internationale du verre",
        "Jeudi 24 novembre 2027 - Jeudi 22 décembre 2027\n" + _GLASS_EXHIBITION,
        ("event", date(2027, 11, 24)),
    ),
    ("Exposition internationale du verre", _GLASS_EXHIBITION, ("event", date(2026, 11, 24))),
    # batch 1312: a span, then the host that « accueillera » the festival, takes the year the page
    # gives the same days further down (« Quand ? du 23 au 25 septembre 2028 »), not without it
    (
        "big",
        _GLASS_FESTIVAL
        + "\nQuand ?  du 23 au 25 septembre 2028\nOu ? Sud de la France, Biot 06410",
        ("event", date(2028, 9, 23)),
    ),
    ("big", _GLASS_FESTIVAL, ("event", date(2027, 9, 23))),
    # batch 1311: works shown on the span's days (« Du 22 au 25 septembre prochain, les Biennales
    # …, présenteront 250 magnifiques ouvrages ») are an exhibition's days, no window to enter
    # the contest in (``test_works_shown_on_a_span_are_no_window_to_apply_in``)
    (
        "La Biennale se prépare",
        "Du 22 au 25 septembre prochain, les Biennales mondiales de la reliure, présenteront 250 "
        "magnifiques ouvrages reliés pour le concours par des artistes du monde entier.",
        ("event", date(2027, 9, 22)),
    ),
    # batch 1324: a contest organised on its day, with no closing date for its entries, is an
    # event on that day, its day after the verb or before its subject
    # (``test_a_contest_organised_on_its_day_is_an_event_unless_told_or_closing``)
    (
        "Rendez-vous pour la 4ème édition du Concours des Miels de France",
        "L'UNAF organise le mercredi 23 juin 2027, la 4ème édition du Concours des Miels de "
        "France.",
        ("event", date(2027, 6, 23)),
    ),
    (
        "2ème édition du Concours des Miels de France",
        "Le jeudi 17 janvier 2027, l'Union nationale de l'apiculture française (UNAF) organise la "
        "2ème édition du concours des Miels de France au Palais d'Iéna.",
        ("event", date(2027, 1, 17)),
    ),
    # batch 1332: the contestants' days, after their verb, are the contest's, no window to apply
    # in (``test_the_contestants_days_are_the_contests_not_a_window``)
    (
        "Un Tourangeau participe au concours du meilleur apprenti charcutier de France",
        "Sélectionné lors des épreuves régionales, il doit se mesurer du 27 février au 1er mars à "
        "19 autres candidats : à l'issue de ce week-end de concours national, il espère gagner.",
        ("event", date(2027, 2, 27)),
    ),
    # batch 1333: a contest's own page gives its next days in a field (« Date du prochain
    # concours : »), its entries' closing day not given
    (
        "Le Concours Annuel",
        "Date du prochain concours : 19 et 20 Octobre 2027\n\nLe concours est ouvert à tous les "
        "professionnels des métiers de bouche.",
        ("event", date(2027, 10, 19)),
    ),
    # batch 1340: the contest the subject of a verb of where and when it takes place
    # (``test_a_contest_taking_place_on_its_day_is_an_event_unless_it_closes``)
    (
        "Un concours pour sortir le cidre des sentiers battus",
        "Après Nantes, le concours régional des cidres posera ses valises à l'Orangerie de "
        "Lanniron, à Quimper (29), le 12 juin prochain.",
        ("event", date(2027, 6, 12)),
    ),
    (
        "Concours des miels",
        "Le concours des miels aura lieu le 5 octobre 2027 à Grandvillers.",
        ("event", date(2027, 10, 5)),
    ),
]


def test_a_contest_taking_place_on_its_day_is_an_event_unless_it_closes():
    """Batch 1340: « le concours … aura lieu le 5 octobre 2027 » gives the contest's day
    (``EVENT_READINGS``), but with its entries' closing day it is the call that closes then, and
    « aura lieu en 2028, à une date à fixer » gives no day."""
    closing = (
        "Le concours des miels aura lieu le 5 octobre 2027 à Grandvillers. Les inscriptions sont "
        "ouvertes jusqu'au 1er septembre 2027."
    )
    found = detect("Concours des miels", closing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 9, 1))
    later = "Le concours des miels aura lieu en 2028, à une date à fixer."
    assert detect("Concours des miels", later, PUBLISHED) is None


def test_the_contestants_days_are_the_contests_not_a_window():
    """Batch 1332: « il doit se mesurer du 27 février au 1er mars » gives the contest's days
    (``EVENT_READINGS``), and told past (« Il s'est mesuré du 27 février au 1er mars … et a
    remporté le titre ») neither an event nor a window to apply in; « Les apprentis
    s'affronteront du 3 au 4 avril 2027. Inscriptions jusqu'au 1er mars 2027 » closes on 1
    March; a contest's « Date limite du concours : » field is its closing day, no day it runs."""
    report = (
        "Il s'est mesuré du 27 février au 1er mars à 19 autres candidats lors du concours "
        "national, et a remporté le titre."
    )
    assert (
        detect("Un Tourangeau a participé au concours du meilleur apprenti", report, PUBLISHED)
        is None
    )
    entries = (
        "Les apprentis s'affronteront du 3 au 4 avril 2027. Inscriptions jusqu'au 1er mars 2027."
    )
    assert deadline_in(fold(entries), PUBLISHED) == date(2027, 3, 1)
    closing = (
        "Date limite du concours : 19 octobre 2027\n\nLe concours est ouvert à tous les "
        "professionnels des métiers de bouche."
    )
    found = detect("Le Concours Annuel", closing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 10, 19))


def test_a_closing_day_told_with_its_article_after_on():
    """Batch 1333: "send your application file before midnight on the 28/08" closes on 28
    August (the day's article after « on »), as "before midnight on 28 August 2027" does."""
    rules = "To enter the finals, send your application file before midnight on the 28/08 to us."
    assert deadline_in(fold(rules), PUBLISHED) == date(2027, 8, 28)
    plain = "Send your application before midnight on 28 August 2027."
    assert deadline_in(fold(plain), PUBLISHED) == date(2027, 8, 28)


def test_a_contest_organised_on_its_day_is_an_event_unless_told_or_closing():
    """Batch 1324: « organise le mercredi 23 juin 2027, la 4ème édition du Concours » gives the
    contest's day (``EVENT_READINGS``); « a organisé » and « organisait » tell it past (not a
    report's « a organisée » before the verb), and a contest whose entries close on a day is the
    call with that closing date."""
    report = (
        "L'UNAF a organisé le mercredi 23 juin 2027, la 4ème édition du Concours des Miels de "
        "France, avec 262 miels inscrits."
    )
    assert detect("Concours des miels", report, PUBLISHED) is None
    told = (
        "Le jeudi 17 janvier 2027, l'UNAF organisait la 2ème édition du concours des Miels de "
        "France au Palais d'Iéna."
    )
    assert detect("Concours", told, PUBLISHED) is None
    closing = (
        "Le syndicat organise le samedi 25 septembre 2027 son concours des bières amateurs. "
        "Chaque bière devra être déposée au plus tard le 4 septembre 2027."
    )
    found = detect("Concours des bières", closing, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 9, 4))
    # (the verb read is the one before the contest, not a report's « a organisée » between)
    between = (
        "Le jeudi 17 janvier 2027, après la fête qu'elle a organisée, l'UNAF organise la 2ème "
        "édition du concours des Miels."
    )
    found = detect("Concours", between, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 1, 17))


def test_a_past_span_with_weekdays_gives_no_weekday_of_its_own():
    """Batch 1352: « du mercredi 23 au dimanche 27 octobre 2026 », gone by, is past whole: its
    « mercredi 23 » is no Wednesday the 23rd of a month to come (a report of the feast read none),
    while a Wednesday the 23rd told alone still is, and the same span to come is read from its
    first day."""
    past = "du mercredi 23 au dimanche 27 octobre 2026"
    assert first_date(fold(past), PUBLISHED) is None
    assert first_date(fold("rendez-vous mercredi 23 a la salle"), PUBLISHED) == date(2026, 12, 23)
    coming = "du mercredi 23 au dimanche 27 juin 2027"
    assert first_date(fold(coming), PUBLISHED) == date(2027, 6, 23)
    report = (
        "Le retour de la grande fête de la pomme a été un succès : du mercredi 23 au dimanche 27 "
        "octobre 2026, environ 9 000 personnes ont profité des animations du village."
    )
    assert detect("Quel bilan pour la fête de la pomme ?", report, PUBLISHED) is None


def test_a_festival_named_by_its_days_is_an_event_and_its_balance_a_report():
    """Batch 1352: a festival named by its days in one word (« les Cidredays … du 23 au 28
    octobre », « Pomme'days » in the title) is an event on its first day; "holidays",
    "nowadays" and a vulnerability's "zero-days" name none; a title that draws an edition's
    balance (« Quel bilan pour … », « Bilan de la 12e édition du salon ») tells it over, not a
    « bilan carbone » that a webinar is about."""
    festival = detect(
        "Les Cidredays reviennent pour une nouvelle édition",
        "Les Cidredays « fêtent la pomme » du 23 au 28 octobre, dans six villes de l'Orne.",
        PUBLISHED,
    )
    assert festival is not None and (festival.kind, festival.when) == ("event", date(2027, 10, 23))
    titled = detect(
        "Les Pomme'days dans l'Orne",
        "Le département va célébrer la pomme du 11 au 28 octobre.",
        PUBLISHED,
    )
    assert titled is not None and (titled.kind, titled.when) == ("event", date(2027, 10, 11))
    for other in (
        "Nowadays, the school holidays run from 23 to 28 October 2027.",
        "Attackers exploited zero-days from 23 October 2027 onwards, the vendor said.",
    ):
        assert detect("", other, PUBLISHED) is None, other
    report = (
        "Le retour des Cidredays a été un succès : environ 18 000 personnes ont profité des "
        "animations. Pour la prochaine édition des Cidredays, rendez-vous en 2028."
    )
    assert detect("Quel bilan pour les Cidredays édition 2026 ?", report, PUBLISHED) is None
    salon = "Le salon des artisans aura lieu du 3 au 5 mars 2027 à Caen."
    assert detect("Bilan de la 12e édition du salon des artisans", salon, PUBLISHED) is None
    carbon = detect(
        "Bilan carbone : un webinaire pour les PME",
        "Un webinaire sur le bilan carbone aura lieu le 12 mars 2027.",
        PUBLISHED,
    )
    assert carbon is not None and (carbon.kind, carbon.when) == ("event", date(2027, 3, 12))


def test_an_editions_days_in_apposition_are_its_own_not_a_window():
    """Batch 1357: « La 9e édition de Design Week, du 26 au 29 juin 2027, met à l'honneur … à
    travers un concours » gives the edition's days (an event on the 26th), no window to enter
    the contest in, nor is an event's whole run (« pendant toute la durée de Design Week, du 27
    juin au 1er novembre 2027 »); a call's or a contest's own edition still opens its window
    (« la 3e édition de l'appel à projets, du 1er au 30 juin 2027 »)."""
    edition = (
        "La 9e édition de Design Week, du 26 au 29 juin 2027, met à l'honneur la jeune création "
        "à travers un concours et des expositions."
    )
    found = detect("Design Week 2027 : sept projets en lin", edition, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 6, 26))
    run = (
        "Les projets des finalistes du concours sont exposés à Toulon pendant toute la durée de "
        "Design Week, du 27 juin au 1er novembre 2027."
    )
    assert deadline_in(fold(run), PUBLISHED) is None
    for call in (
        "La 3e édition de l'appel à projets, du 1er au 30 juin 2027, soutient les PME.",
        "La 3e édition du concours Innov, du 1er au 30 juin 2027, est ouverte aux PME.",
    ):
        assert deadline_in(fold(call), PUBLISHED) == date(2027, 6, 30), call


def test_an_opening_night_and_a_vernissage_are_events():
    """Batch 1357: a festival's « soirée d'ouverture » and an exhibition's « vernissage » are
    events one attends, on their day; « dans la soirée du 3 mars » is a time of day."""
    opening = detect(
        "Programme",
        "La soirée d'ouverture aura lieu le 25 juin 2027 à la salle des fêtes.",
        PUBLISHED,
    )
    assert opening is not None and (opening.kind, opening.when) == ("event", date(2027, 6, 25))
    vernissage = detect(
        "Cartes et plans anciens",
        "Vernissage de l'exposition le samedi 26 juin 2027 à 11 heures.",
        PUBLISHED,
    )
    assert vernissage is not None
    assert (vernissage.kind, vernissage.when) == ("event", date(2027, 6, 26))
    closed = "Le magasin sera fermé dans la soirée du 3 mars 2027 pour inventaire."
    assert detect("Horaires", closed, PUBLISHED) is None


def test_the_day_a_programme_was_unveiled_is_past_not_the_events():
    """Batch 1360: « Le programme du festival a été dévoilé ce mardi soir 19 janvier » tells the
    day of the unveiling, past; the festival is on the day it « se tiendra » (the 6 April), while
    a day a show « a été présenté pour » and one a programme « sera dévoilé » stay to come."""
    text = (
        "Le programme du festival a été dévoilé ce mardi soir 19 janvier. Le festival de "
        "l'élevage se tiendra à Argentan les 6 et 7 avril prochains."
    )
    found = detect("Argentan : festival de l'élevage normand", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 4, 6))
    set_for = "Le salon a été présenté pour le 12 mars 2027."
    assert first_date(fold(set_for), PUBLISHED, sentences=True) == date(2027, 3, 12)
    coming = "Le programme sera dévoilé le 19 janvier 2027."
    assert first_date(fold(coming), PUBLISHED, sentences=True) == date(2027, 1, 19)


def test_a_salons_days_told_as_announced_or_planned_are_no_window():
    """Batch 1365: « La 19e édition du Salon du Brasseur et le Marché … sont annoncés du 8 au 10
    avril », « le Salon …, organisé par le Musée …, qui est prévu dans la cité portoise du 8 au
    10 avril » give the salon's days, no window to enter its traditional beer contest in: the
    salon is an event on the 8th. The entries' window stays one (« l'appel à candidatures est
    prévu du … »), and so does a call's « Il est prévu du … » in a sentence of its own."""
    text = (
        "Saint-Nicolas-de-Port accueille la 19e édition du Salon du Brasseur à partir du 8 avril. "
        "La 19e édition du Salon du Brasseur et le Marché « Bières & Saveurs » sont annoncés du "
        "8 au 10 avril 2027. Le Salon du Brasseur, organisé par le Musée de la Brasserie, qui est "
        "prévu dans la cité portoise du 8 au 10 avril, est ponctué de conférences et du "
        "traditionnel Concours de bières."
    )
    found = detect("La filière brassicole s'expose", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 4, 8))
    for planned in (
        "Le Salon du Brasseur et le Marché « Bières » sont annoncés du 8 au 10 avril 2027.",
        "Le salon, organisé par le Musée de la Brasserie avec le soutien de la ville, qui est "
        "prévu dans la cité du 8 au 10 avril 2027.",
    ):
        assert deadline_in(fold(planned), PUBLISHED) is None, planned
    for window in (
        "Pour exposer au salon de l'an prochain, l'appel à candidatures est prévu du 1er au 30 "
        "avril 2027.",
        "Le festival lance un appel à candidatures. Il est prévu du 1er au 30 avril 2027.",
    ):
        assert deadline_in(fold(window), PUBLISHED) == date(2027, 4, 30), window


def test_a_span_set_off_by_commas_before_the_verb_gives_the_shows_days():
    """Batch 1369: « Monaco sera pendant 3 jours, du 30 septembre au 2 octobre, la capitale du
    packaging avec Luxe Pack qui se tiendra au Grimaldi Forum »: the span set off by commas
    earlier in the sentence of « se tiendra », each day with its month, is the salon's; not a
    span in the sentence before, and the entries' window stays a call's."""
    text = (
        "Monaco sera pendant 3 jours, du 30 septembre au 2 octobre 2027, la capitale du "
        "packaging avec Luxe Pack qui se tiendra au Grimaldi Forum. Lancé en 1988, ce salon de "
        "l'emballage de luxe a accueilli l'an dernier 10 000 visiteurs."
    )
    found = detect("Luxe Pack : emballer vert", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 30))
    before = (
        "L'exposition a été présentée du 3 mars au 5 avril 2026. Le salon se tiendra au "
        "Grimaldi Forum."
    )
    assert detect("Luxe Pack", before, PUBLISHED) is None
    entries = (
        "Du 1er mars au 30 avril 2027, les inscriptions des exposants sont ouvertes pour le "
        "salon qui se tiendra à Caen."
    )
    found = detect("Luxe Pack", entries, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 4, 30))


def test_a_page_number_among_its_pages_is_no_date():
    """Batch 1373: a lace meeting's report, page « 8/15 » of its pages (« Page 8/15 »), was read
    as an event on 15 August (the number read month first); a full date after « page » is still
    one, and so is a day and month with a slash elsewhere."""
    report = (
        "Les rencontres internationales de la dentelle : Bailleul les 21 et 22 juillet 2001. "
        "Nous partons maintenant en visite avec les différents pays présents à cette "
        "exposition. Page précédente Page 8/15 Page suivante"
    )
    assert detect("Les rencontres internationales de la dentelle", report, PUBLISHED) is None
    assert first_date(fold("Page 8/15"), PUBLISHED) is None
    assert first_date(fold("Pages 8/15"), PUBLISHED) is None
    assert first_date(fold("Mise à jour de la page 12/03/2027"), PUBLISHED) == date(2027, 3, 12)
    assert first_date(fold("La rencontre aura lieu le 12/03"), PUBLISHED) == date(2027, 3, 12)


def test_a_tourism_agendas_opening_days_under_their_heading_give_the_events_day():
    """Batch 1372: a department's agenda record gives its event's days under « LES OUVERTURES »
    (« Ouvert du 09/07/2027 au 19/09/2027 »), the year its heading « 9 juillet - 19 septembre »
    leaves out: the lace museum's demonstrations are an event on 9 July 2027. A shop's hours
    under the same heading (« Ouvert du lundi au samedi ») give none."""
    record = (
        "9 juillet - 19 septembre LIEU DE LA MANIFESTATION 12 Rue du Capitaine Charles Aveline "
        "61000 ALENCON ORGANISATEUR Musée des Beaux Arts et de la Dentelle PRÉSENTATION Les "
        "dentellières vous font découvrir toutes les étapes de réalisation de la dentelle lors "
        "de démonstrations organisées au musée. INFORMATIONS PRATIQUES THÈME Artisanat "
        "LES OUVERTURES Ouvert du 09/07/2027 au 19/09/2027 LES TARIFS Tarif de base : 4€"
    )
    found = detect("demonstrations dentellieres", record, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 7, 9))
    shop = (
        "La boutique du musée propose des livres sur la dentelle. LES OUVERTURES Ouvert du "
        "lundi au samedi, de 10h à 18h."
    )
    assert detect("La boutique du musée", shop, PUBLISHED) is None


def test_a_place_that_will_be_the_capital_of_a_craft_on_its_day_announces_its_event():
    """Batch 1376: « Vallabrègue sera la capitale de la vannerie le week-end du 8 août. … la Fête
    de la Vannerie revient pour sa 26ème édition »: the town that will be a craft's capital on a
    day announces the feast the item names on that day. Not a capital told without a day, nor
    one the town was, nor a capital with no event named."""
    text = (
        "Vallabrègues sera la capitale de la vannerie le week-end du 8 août. Organisée par le "
        "Comité des fêtes avec l'aide de 80 bénévoles, la Fête de la Vannerie revient pour sa "
        "26ème édition."
    )
    found = detect("La vannerie à l'honneur", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 8, 8))
    for not_one in (
        "Vallabrègues sera la capitale de la vannerie pour longtemps. La Fête de la Vannerie "
        "a fêté sa 26ème édition.",
        "Vallabrègues a été la capitale de la vannerie le week-end du 8 août 2026. La Fête de la "
        "Vannerie a réuni 40 vanniers.",
        "Caen sera la capitale de la cybersécurité le 8 août 2027, selon le maire.",
    ):
        assert detect("La vannerie", not_one, PUBLISHED) is None, not_one


def test_a_calendar_row_whose_registration_closes_gives_the_closing_day():
    """Batch 1381: a contest's calendar, each row its date then what happens (« 14 February 2027 :
    Registration closes. 24 february 2027 : Distribution of the candidates's list »), closes on
    the row whose registration closes, not on the next row's day; a registration that closes
    « on » a day still gives that day, and a row that opens registration gives none."""
    calendar = (
        "Calendar\n\n14 February 2027 : Registration closes.\n\n24 february 2027 : "
        "Distribution of the candidates's list\n\n22, 23, 24 May 2027 : Competition"
    )
    assert deadline_in(fold(calendar), PUBLISHED) == date(2027, 2, 14)
    found = detect(
        "Damascus Worldcup",
        "The organizing board proposes to the blacksmiths to participate in an international "
        "competition on damask steel during the weekend of Coutellia.\n\nThe Competition\n\n"
        + calendar
        + "\n\nCandidate File\n\nCompetition\nrules",
        PUBLISHED,
    )
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 2, 14))
    assert deadline_in(fold("Registration closes on 3 March 2027."), PUBLISHED) == date(2027, 3, 3)
    opens = "1 February 2027 : Registration opens. Registration fees : 100 €."
    assert deadline_in(fold(opens), PUBLISHED) is None


def test_the_days_a_place_will_host_in_the_plural_are_no_window_to_apply_in():
    """Batch 1384: « Ils accueilleront la semaine du 13 au 20 septembre prochain, des tourneurs
    venus de toute l'Europe » gives a festival's week, as « accueillera » does: no window to
    apply in, so a festival whose public « est invité à participer » to its « concours de
    toupies » is an event, not a call closing on the 20th. The entries' window stays a call's."""
    week = "Ils accueilleront la semaine du 13 au 20 septembre 2027, des tourneurs venus d'Europe."
    assert deadline_in(fold(week), PUBLISHED) is None
    assert deadline_in(fold(week.replace("accueilleront", "abriteront")), PUBLISHED) is None
    text = (
        "Le festival des Tourneurs sur bois se déroulera à Plouhinec du mercredi 13 au mercredi "
        "20 septembre 2027. Le public curieux est invité à participer à l'événement et à ses "
        "nombreuses animations : défis et démonstrations de tourneurs, concours de toupies, "
        "exposition-vente, etc. Installés depuis 2019, les Ateliers Jean Moulin sont un lieu-"
        "ressource. " + week
    )
    found = detect("Plouhinec : le festival des Tourneurs sur bois", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 13))
    window = "Les candidatures seront reçues du 1er au 30 avril 2027 pour le concours de toupies."
    assert deadline_in(fold(window), PUBLISHED) == date(2027, 4, 30)


def test_a_lead_that_draws_an_editions_balance_tells_it_over():
    """Batch 1385: « Roland Haas … dresse le bilan de la vingtième Fête des tourneurs et
    d'artisanats d'art, organisée à Dolexpo du 7 au 9 novembre » is a feast's balance, no feast
    to come. Not a balance of a year with the next salon announced, nor one that will be drawn
    at the event (« dressera le bilan »)."""
    balance = (
        "Roland Haas, président de l'Association des tourneurs, dresse le bilan de la vingtième "
        "Fête des tourneurs et d'artisanats d'art, organisée à Dolexpo du 7 au 9 novembre 2027."
    )
    assert detect("L'invité de la rédaction. Roland Haas", balance, PUBLISHED) is None
    for still in (
        "Le président dresse le bilan de l'année 2026 et annonce la Fête des tourneurs, "
        "organisée à Dolexpo du 7 au 9 novembre 2027.",
        "Le président dressera le bilan de la vingtième Fête des tourneurs lors de son "
        "assemblée générale, organisée à Dolexpo du 7 au 9 novembre 2027.",
    ):
        found = detect("L'association des tourneurs", still, PUBLISHED)
        assert found is not None and (found.kind, found.when) == ("event", date(2027, 11, 7)), still


def test_a_biennale_named_with_its_rank_and_quotes_is_an_event():
    """Batch 1385: « La 9e « Biennale Bois » débute vendredi et se poursuit jusqu'à dimanche »,
    published on a Wednesday, is a biennial show on the Friday after (the biennale named with its
    rank and between quotes, as « la biennale » is); the adjective stays none (« une évaluation
    biennale »)."""
    wednesday = date(2027, 8, 18)
    text = (
        "La 9e édition de la « Biennale Bois », nommée maintenant « Métiers d'Art du Bois » se "
        "déroulera vendredi, samedi et dimanche à la salle des fêtes. L'entrée est libre."
    )
    title = "La Chaise-Dieu La 9e « Biennale Bois » débute vendredi et se poursuit jusqu'à dimanche"
    found = detect(title, text, wednesday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 8, 20))
    adjective = "Une évaluation biennale des programmes débute vendredi, selon le ministère."
    assert detect("Une évaluation biennale débute vendredi", adjective, wednesday) is None


def test_a_records_date_row_above_its_hours_gives_the_outings_day():
    """Batch 1388: an association's outing laid out as a table, « Date | jeudi 11 avril 2027 |
    COMPLET | Heures | de 10h à 15h | Rendez-vous | 10h, Gare AOMC de Monthey-Ville | », is an
    event on its date row's day (as « Du : … Au : » is); a document's date row above its author
    is none."""
    outing = (
        "Nous découvrirons les différentes étapes de création d'un vitrail à l'école de "
        "Monthey.\nDate | jeudi 11 avril 2027 | COMPLET |\nHeures | de 10h à 15h |\n"
        "Rendez-vous | 10h, Gare AOMC de Monthey-Ville |\nParticipant·e·s | 15 au maximum |"
    )
    found = detect("L'école suisse de vitrail à Monthey", outing, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 4, 11))
    document = (
        "Rapport sur la restauration des vitraux.\nDate | 12 mars 2027 |\nAuteur | Jean "
        "Desarzens |\nPages | 12 |"
    )
    assert detect("Rapport sur les vitraux", document, PUBLISHED) is None


def test_who_may_be_a_candidate_invites_to_a_contest():
    """Batch 1389: the best craftsmen's contest's rules for stained glass, « Référentiel du
    concours diplômant « Un des Meilleurs Ouvriers de France » … QUI PEUT ÊTRE CANDIDAT ? Pour
    être admis à se présenter … le candidat devra », invite to enter (as « qui peut candidater
    ? »), a call without its closing day; the contest's words without the question stay none."""
    rules = (
        "Référentiel du concours diplômant « Un des Meilleurs Ouvriers de France » 27e concours, "
        "classe vitraux d'art. POURQUOI SE PRÉSENTER AU CONCOURS MOF ? C'est avant tout la "
        "recherche d'une satisfaction personnelle. QUI PEUT ÊTRE CANDIDAT ? Pour être admis à se "
        "présenter à l'épreuve finale, le candidat devra être âgé de plus de 23 ans."
    )
    found = detect("Groupe IX Classe 5 Vitraux d'art : les conditions", rules, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", None)
    told = (
        "Le concours « Un des Meilleurs Ouvriers de France » distingue chaque année des "
        "vitraillistes; le candidat devra être âgé de plus de 23 ans."
    )
    assert detect("Les Meilleurs Ouvriers de France du vitrail", told, PUBLISHED) is None


def test_a_span_whose_first_day_is_past_its_last_starts_in_the_month_before():
    """Batch 1393: « Calligraphie. Alger. Du mercredi 29 au 4 juin. … la 5e édition du Festival
    international de la calligraphie » runs from 29 May to 4 June: a span whose first day, named
    without its month, is past its last day's starts in the month before (it was read as 29
    June); the turn of the year too, and a span in one month stays as it was."""
    assert first_date(fold("Du mercredi 29 au 4 juin 2027."), PUBLISHED) == date(2027, 5, 29)
    assert first_date(fold("Du mercredi 29 au 4 juin."), PUBLISHED) == date(2027, 5, 29)
    assert first_date(fold("du 30 au 2 janvier 2028"), PUBLISHED) == date(2027, 12, 30)
    assert first_date(fold("du 4 au 29 juin 2027"), PUBLISHED) == date(2027, 6, 4)
    text = "Le festival se tiendra du 29 au 4 juin 2027 au musée de la calligraphie."
    found = detect("Festival de la calligraphie", text, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 29))


def test_this_weekend_is_the_coming_saturday():
    """Batch 1381: « Jamais … le Salon de la Durolle aux couteaux n'avait connu un tel engouement.
    Des exposants, il y en aura plus de 120, ce week-end » names the weekend to come: the salon
    is an event on its Saturday, as « ce samedi » would be (and "this weekend" too); a weekend
    told as past stays none."""
    wednesday = date(2027, 3, 10)
    salon = (
        "Jamais, depuis sa création, le Salon de la Durolle aux couteaux n'avait connu un tel "
        "engouement. Des exposants, il y en aura plus de 120, ce week-end, au 2, avenue du stade."
    )
    found = detect("Ce salon coutelier affiche complet depuis deux mois", salon, wednesday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 13))
    fair = "The antiquarian book fair will be held this weekend at the Caen exhibition centre."
    found = detect("Book fair", fair, wednesday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 13))
    told = "Le salon a accueilli 5 000 visiteurs ce week-end, un record pour les couteliers."
    assert detect("Le salon des couteliers", told, wednesday) is None


def test_a_contest_its_lead_tells_as_held_is_over():
    """Batch 1401: « Le dimanche 5 mai a eu lieu le Concours Suisse d'Accordéon à Prilly. … Ce
    concours est ouvert à tous les musiciens accordéonistes de Suisse » tells a contest held, no
    call to answer (its « ouvert à tous » is who it was for). Not when the page goes on to a new
    edition still open, nor a contest that « aura lieu »."""
    held = (
        "Le dimanche 5 mai a eu lieu le Concours Suisse d'Accordéon à Prilly. Il a lieu tous les "
        "deux ans. Ce concours est ouvert à tous les musiciens accordéonistes de Suisse, enfants, "
        "adolescents ou adultes. Cette année, plus de 150 candidats ont été jugés."
    )
    assert detect("Concours Suisse d'Accordéon à Prilly", held, PUBLISHED) is None
    again = held + " Les inscriptions de la prochaine édition sont ouvertes jusqu'au 31 mars 2027."
    found = detect("Concours Suisse d'Accordéon à Prilly", again, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 3, 31))


def test_a_show_whose_doors_reopened_is_over():
    """Batches 901 and 915: doors that « se sont rouvertes » on the show's days, a show that
    « s'est achevé » on its last, report it (an item read before them in a page without its own
    date tells no show to come); « se tiendra » still announces one."""
    published = date(2025, 1, 1)
    report = (
        "Après deux ans d'attente, les portes du salon des équipementiers se sont rouvertes du "
        "3 au 6 mars 2025 à Caen."
    )
    assert detect("", report, published) is None
    ended = (
        "Ouvert le jeudi 6 mars, le salon des équipementiers s'est achevé ce dimanche 9 mars 2025 "
        "au parc des expositions."
    )
    assert detect("", ended, published) is None
    coming = "Le salon des équipementiers se tiendra du 3 au 6 mars 2025 à Caen."
    found = detect("", coming, published)
    assert found is not None and found.when == date(2025, 3, 3)


def test_an_event_back_is_when_it_takes_place_not_a_story_nor_a_return():
    """Batch 816: « revient du 16 au 22 septembre », « revient cette année » tell an event's
    edition; « revient sur » a story, « revient à » someone, « revient du Japon » do not."""
    for back in ("la fete revient du 16 au 22 septembre", "le salon revient cette annee"):
        assert TAKES_PLACE_RARE.search(back), back
    for other in (
        "le ministre revient sur ses propos",
        "la decision revient au prefet",
        "le skipper revient du japon",
        "il revient d'un tour du monde",
    ):
        assert TAKES_PLACE_RARE.search(other) is None, other


def test_a_day_with_its_hour_in_words_is_an_appointment():
    """Batch 744: « le mercredi 22 mars 2028 à 18 heures », « de 17 à 21 heures » give a day its
    hour (as « à 18h » does); « 24 heures » and « 48 heures » are durations, no hour."""
    assert timed_day(fold("le mercredi 22 mars 2028 a 18 heures, au lycee"), PUBLISHED) == date(
        2028, 3, 22
    )
    assert timed_day(fold("le vendredi 12 mars 2027, de 17 à 21 heures"), PUBLISHED) == date(
        2027, 3, 12
    )
    assert timed_day(fold("le 12 mars 2027, 24 heures de jeu"), PUBLISHED) is None
    assert timed_day(fold("le 12 mars 2027, 48 heures plus tard"), PUBLISHED) is None


@pytest.mark.parametrize(("title", "text", "reading"), EVENT_READINGS)
def test_events_read_on_this_sessions_pages(
    title: str, text: str, reading: tuple[str, date | None] | None
):
    """Batches 631–1352: a job fair, a chess open, a market, a show, a horse show or auction, a
    county show, a town's « fête », an open day, an agenda's record, a health campaign's
    information villages or weeks, a charity run, a repair café, the DuoDay or the disability
    employment week, a country's pavilion at a fair, a fair at its venue, the national crafts
    or transfer week, a workshop planned for its day read as an event on its (first) day (not
    on a page's « Last update »); a page that explains job fairs, a contest's page that says it
    has finished, a holiday, a day observed every year, a report (« a organisé », « a
    regroupé », « qui eu lieu », « ont vécu », « ont eu lieu », « avaient rendez-vous », « a été
    satisfaisante »), sports news or a budget's vote announces none; a show's year is its
    edition's to come, not one that « s'est déroulée »; an edition ranked in words (« la dixième
    édition », « la nouvelle édition ») or after its verb (« Du 9 au 15 juin aura lieu la 51ème
    édition »), a day told in a cleft sentence (« C'est du 11 au 31 octobre que la Fête … »);
    farms that « ouvrent gratuitement leurs portes », « l'édition 2027, qui se tiendra »; an air
    show (« meeting aérien », « spectacle aérien »), an edition's day after its weekday (« 31e
    édition samedi 3 juillet »), a span opening a sentence in the future (« Du 8 au 11 avril, …
    accueillera »), the days exhibitors « vont exposer », a name's year beside its kind
    (« Rotor 2028, le salon … les 2 et 3 février »), the edition a place « accueillera », the
    Fashion Month, a span then its place then « doit se dérouler », a span opening the lead
    right after a dateline's year (« 18 novembre 2026Du 7 au 10 juin 2027, le salon … fera »);
    a day in the year a name gives right before it (« Plasti Day 2025, le 12 octobre »: gone
    by); an edition whose verb stands past a long apposition (« la deuxième édition du … , une
    manifestation … consacrée à …, qui se déroulera du 26 au 28 juin »); a talk's page with its
    speaker as a field (« Conférencière : »); not a news page's « Modifié : … à 12h00 »; a
    weekday and a day in the month named right before (« en novembre 2027, du lundi 15 »); a
    trade's championship (« championnat de France de soudure », « Les Meilleurs Soudeurs de
    France ») and a day « prochain » whatever past verb the next sentence holds; the « Ma thèse
    en 180 secondes » finals; the « Nuit européenne des chercheur.e.s »; not an exhibitions
    organiser's name (« Reed Exhibitions »); a day after « A partir du » then « prochain » opening
    its sentence before the verb; a day right before « lors du forum »; an edition the organisers
    « décaler … au » a new day; a show that « se tient du … »; « le rendez-vous international de
    la filière » after a span « prochain »; marks « attendues … du … au … »; « le rendez-vous est
    déjà fixé, du … »; « qui se déroule … du … au … »; « le mondial de la machine agricole »
    that « démarrera ce … »; not a show that « a fait son retour … du … au … », nor one that
    « ne se déroulera pas cette année » or « devait se tenir » on days « prochains », nor a
    forum's day told while « ce rendez-vous … bat son plein »; days listed with their weekdays
    (« Mardi 28 et mercredi 29 mars ») from the first; a congress named before its year
    (« Congrès Bâtiment Durable 2027 »), not « le Congrès américain »; not a show a place
    « accueillait »; the apprenticeship week « est organisée par » its organiser « du … »; a show
    that « ouvrira ses portes » on its days (not one that « a ouvert ses portes »); a span
    « prochain » opening a sentence whatever its verb (not « dernier »); exhibitors that
    « seront présents » on a span; « Biennale internationale » (not the adjective); a trade
    mission abroad on its day (« la mission commerciale partira », not a firm's « mission »); a
    world expo's days (« l'Exposition universelle … Du 1er octobre … »), not its history; the
    social economy's month launched on its day (« Mois de l'ESS … dès lundi 1er novembre »); not
    a show « organisé du … au … » that « s'est distinguée », nor a show's day on which winners
    « ont été annoncés »; a lumberjack sport's contest on its day (not one « a remporté »); not
    the day of a newspaper's own earlier issue (« voir notre édition de mercredi 25 »); a body
    that « tiendra son assemblée générale annuelle, le … »; a trade's « semaine internationale
    du … » with its span; not « une rencontre avec la presse »; « …, rendez-vous ce 21
    janvier » after a condition's comma; not a congress where guests « ont beaucoup parlé »; a
    news page's « Pratique. Vendredi 8 et samedi 9 janvier, de 10h à 20h »; a day told before
    « à l'occasion du congrès de … » (not « le 10 mars dernier »); a chamber's « information
    collective est prévue à …, mardi 9 février à 18 heures »; a show that « s'installera du 24
    au 27 septembre 2027 au Parc des expositions »; a new edition's days in parentheses, a
    touring show that « fera escale à Cannes les 9 et 10 octobre », a show's « édition
    printanière, les 20 et 21 mars » (not one that « s'est tenue »); a contest's days « lors de
    la Fête du Pain, du 13 au 15 mai », the feast's; a chamber that will « organiser les 6, 7 et
    8 mai de nombreuses animations »; a show that « prendra ses quartiers du 12 au 15 octobre »
    or whose doors « ouvriront (gratuitement) … du 9 au 12 octobre »; a span, then the venue
    named in full before « accueillera » (not « a accueilli »), or two days before « va
    accueillir »; days whose year is not the one a comparison names (« de plus que sur l'édition
    2025 »); a show's span « prochain, le parc … accueillera » beside a contest's words (no
    window to apply in); a report's « Rendez-vous est pris pour 2027, du … »; a show that « va
    ouvrir ses portes », its span before (not one that « a ouvert ses portes »); the care trades'
    weeks (« la Semaine Nationale de la Petite Enfance donne rendez-vous du 18 au 24 mars »); an
    awards ceremony on its day (not one that « s'est tenue »); a sentence opening on a day that
    goes straight to the event's place (« Le 18 juin au Parc des Expositions »); not a day
    observed every year (« aura lieu chaque 7 août »); the florists' contests (« au concours du
    Meilleur Apprenti de France », « la Coupe Île-de-France des Artisans Fleuristes »), not a
    florist's title (« Meilleure apprentie de France 2018 »); a day told « prochains » below a
    past edition's year (« L'édition 2025 … du 3 au 5 décembre prochains »), not without
    « prochains »; weekdays listed up to their month read with it (« vendredi 21, samedi 22 et
    dimanche 23 avril 2025 », gone by), not « vendredi 21 » of another month; a name's year before
    « se déroulera » (« … Sapeurs-Pompiers 2028 se déroulera du 25 au 28 septembre »); not a
    show « prévu du … au … » that « fait partie des nombreux événements annulés »; the building
    trades' championships (« Championnat romand des installateurs-électriciens »), not one told
    past nor a championship of sales; a day, a comma, then the host who « propose une journée
    portes ouvertes », below a heading without a stop (not one that « a proposé »); a span
    opening a sentence in the future after « Cette année encore, » (not one told past); not a
    fair that « ont ouvert leur cinquième rencontre » on its days (but one that « ouvriront
    leur » edition, or that « a ouvert sa billetterie »); a show's days « prochain » in the year
    the page gives them above its headline, or further down after its host's verb (not without
    it); works « présenteront » on a span's days: an exhibition's days, not a contest's window;
    a contest organised on its day, with no closing date, an event on that day, as the
    contestants' days (« il doit se mesurer du … au … »), a contest's « Date du prochain
    concours : » field and a contest that « posera ses valises … le 12 juin prochain »; a
    horse auction told in English ("Yearling Sale", "bloodstock sale"), not a "yearling" alone."""
    found = detect(title, text, PUBLISHED)
    if reading is None:
        assert found is None, text
    else:
        assert found is not None and (found.kind, found.when) == reading, text


def test_a_planting_aid_is_an_aid_scheme():
    """Batch 1405: « Aide à la plantation de truffière en Grand Est » above its eligible
    expenses and « Qui peut bénéficier de l'aide ? » is an aid scheme's own page, as « aide à
    l'installation » is. Not a planting told as done, nor a plantation without an aid."""
    page = (
        "Aide à la plantation de truffière en Grand Est\n\nLa Région soutient le développement "
        "des plantations truffières.\n\nDépenses éligibles : achat de plants certifiés.\n\nQui "
        "peut bénéficier de l'aide ?\n\nLes exploitants agricoles et les communes."
    )
    found = detect("Aide à la plantation de truffière en Grand Est", page, PUBLISHED)
    assert found is not None and (found.kind, found.label) == ("call", "Aide et subvention")
    planted = "Il a mis en terre 150 chênes truffiers sur une parcelle en friche l'an dernier."
    assert detect("Une plantation de chênes truffiers", planted, PUBLISHED) is None
    report = "La plantation de haies a commencé dans la commune, avec les écoliers."
    assert detect("Plantation de haies à l'école", report, PUBLISHED) is None


def test_a_market_of_one_produce_is_an_event():
    """Batch 1404: « Le marché de la truffe … retrouve ses quartiers à Thionville ce samedi 11
    octobre » is a market held on its day, as a farmers' market is (« marché aux fleurs »,
    « marché de Noël » too). Not a trade's market with a day after it, nor a market told past."""
    thionville = (
        "Il revient place Claude-Arnoult. Le marché de la truffe, à acheter nature ou déclinée en "
        "produits transformés, retrouve ses quartiers à Thionville ce samedi 11 octobre."
    )
    saturday = date(2027, 10, 6)
    found = detect("", thionville, saturday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 10, 11))
    flowers = "Le marché aux fleurs se tiendra le dimanche 2 mai 2027 sur la place du village."
    found = detect("", flowers, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 2))
    trade = (
        "Le marché de l'emploi, à suivre de près en produits transformés, retrouve des couleurs "
        "à Thionville ce samedi 11 octobre."
    )
    assert detect("", trade, saturday) is None
    past = "Le marché aux fleurs s'est tenu le dimanche 2 mai 2027 sous le soleil."
    assert detect("", past, date(2027, 5, 5)) is None


def test_new_contests_over_the_years_are_history():
    """Batch 1409: « Depuis une dizaine d'années, de nouveaux concours sont proposés : en 1995,
    une compétition réservée aux moins de 20 ans » tells a championship's history, no contest
    launched. Not new contests « cette année », nor since a day (« Depuis le 1er mars »)."""
    history = (
        "Le concours de Gourin a évolué. Depuis une dizaine d’années, de nouveaux concours sont "
        "proposés : en 1995, une compétition réservée aux moins de 20 ans."
    )
    assert detect("Le championnat des sonneurs", history, PUBLISHED) is None
    for new in (
        history.replace("Depuis une dizaine d’années", "Cette année"),
        "Depuis le 1er mars, de nouveaux concours sont proposés aux moins de 20 ans.",
    ):
        found = detect("Le championnat des sonneurs", new, PUBLISHED)
        assert found is not None and found.kind == "call", new


def test_an_english_tourism_record_gives_its_opening_days():
    """Batch 1413: a tourism office's English record, « Opening times / From 14 December 2024
    until 2 February 2025 - Open everyday », gives its event's first day, as « LES OUVERTURES
    Ouvert du 09/07/2025 au 19/09/2025 » does. Not a shop's weekly hours, nor days gone by."""
    record = (
        "Christmas crèches are displayed in the churches to celebrate the Nativity.\nOpening "
        "times\nFrom 14 December 2027 until 2 February 2028 - Open everyday\nDates subject to "
        "change."
    )
    found = detect("Crèches in the churches in Avignon", record, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 12, 14))
    shop = record.replace(
        "From 14 December 2027 until 2 February 2028", "Monday to Saturday, 9am to 6pm"
    )
    assert detect("Crèches in the churches in Avignon", shop, PUBLISHED) is None
    assert detect("Crèches in the churches in Avignon", record, date(2028, 3, 1)) is None


def test_a_festival_announced_by_its_verb_in_the_text():
    """Batch 1416: « Le festival international des cerfs-volants revient à Dieppe du 13 au 21
    septembre 2025 » under a title that names no event (« Dieppe capitale mondiale du
    cerf-volant en septembre ») announces the festival on its first day, as « aura lieu »
    does. Not a festival named alone beside its days, nor one told past."""
    title = "Dieppe capitale mondiale du cerf-volant en septembre"
    for text in (
        "Le festival international des cerfs-volants revient à Dieppe du 13 au 21 septembre 2027.",
        "Le festival de Dieppe aura lieu du 13 au 21 septembre 2027.",
    ):
        found = detect(title, text, PUBLISHED)
        assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 13))
    for text in (
        "Le festival de Cannes, du 13 au 21 mai 2027, a couronné un film normand.",
        "Le festival a eu lieu du 13 au 21 septembre 2026, sous le soleil.",
    ):
        assert detect(title, text, PUBLISHED) is None, text


def test_a_span_then_its_host_in_the_present():
    """Batch 1416: « Du 8 au 16 septembre, Dieppe accueille le festival international du
    cerf-volant … Le 9 septembre, le centre-ville accueillera une grande parade » gives the
    festival's first day, not its parade's, as « Dieppe accueillera » does. Not a host told in
    the past, nor days gone by."""
    lead = (
        "Du 8 au 16 septembre 2027, Dieppe accueille le festival international du cerf-volant.\n\n"
        "Pendant ces 9 jours, les visiteurs pourront s'initier à la construction de cerfs-volants "
        "dans le cadre d'ateliers. Des activités spécifiques sont aussi mises en place pour les "
        "enfants et le public handicapé.\n\nLe 9 septembre, le centre-ville accueillera une "
        "grande parade avec les plus grands artistes créateurs de cerfs-volants."
    )
    title = "Dieppe, capitale mondiale du cerf-volant pour la vingtième fois"
    found = detect(title, lead, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 8))
    past = lead.replace(" 2027, Dieppe accueille", ", Dieppe a accueilli").replace(
        "accueillera une", "a accueilli une"
    )
    assert detect(title, past, date(2027, 9, 20)) is None


def test_a_contest_organised_in_the_past_is_no_launch():
    """Batch 1421: « Cette année, nous avons organisé un concours 'boite-en-boite' … le
    vainqueur était la maquette de Pierre » tells a contest held: the past participle after its
    auxiliary folds as the present (« organisé », « organise ») and read as a launch. Not a
    contest that « organise » now, with its closing day."""
    held = (
        "Notre dernier salon a eu lieu en juin. Cette année, nous avons organisé un concours "
        "de maquettes dans des boîtes à chaussures. Le public a voté, le vainqueur était Pierre."
    )
    assert detect("", held, PUBLISHED) is None
    assert (
        detect("", held.replace("nous avons organisé", "l'association a organisé"), PUBLISHED)
        is None
    )
    now = "L'association organise un concours de maquettes, ouvert à tous jusqu'au 30 juin 2027."
    found = detect("", now, PUBLISHED)
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 6, 30))


def test_a_weekend_named_by_its_days_is_read_as_its_dates():
    """Batch 1420: « C'est ce qu'a proposé ce week-end des 11 et 12 novembre le salon du train
    miniature » names a weekend by its days, gone by: not « ce week-end » alone, the coming
    Saturday. A weekend to come named so reads on its first day; « ce week-end » alone stays the
    coming Saturday."""
    thursday = date(2026, 11, 12)
    report = (
        "Des trains, partout, sur 3 700 mètres carrés. C'est ce qu'a proposé ce week-end des 7 "
        "et 8 novembre le salon du train miniature de Bourges, au pavillon d'Auron."
    )
    assert detect("Le salon du train miniature de Bourges", report, thursday) is None
    coming = "Le salon du train miniature ouvre ses portes ce week-end des 14 et 15 novembre."
    found = detect("", coming, thursday)
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 11, 14))
    alone = "Le salon du train miniature ouvre ses portes ce week-end au pavillon d'Auron."
    found = detect("", alone, thursday)
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 11, 14))


def test_a_scale_fraction_is_no_date():
    """Batch 1421: « des modèles de plusieurs tailles, allant du 1/87 à l'échelle Z (1/22e) »
    in a show's report gives a scale, not the 22nd of January (read month first). A day written
    month first and a full numeric date stay dates."""
    report = (
        "Le centre culturel a été transformé en vaste gare de triage miniature, samedi 12 et "
        "dimanche 13 mai. Petits et grands ont pu admirer des modèles de plusieurs tailles, "
        "allant du 1/87 à l'échelle Z (1/22e), présentés par les clubs."
    )
    assert detect("Salon des trains miniatures", report, date(2027, 5, 14)) is None
    found = detect("", "Le salon du modélisme aura lieu le 1/22 à Chelles.", PUBLISHED)
    assert found is not None and found.when == date(2027, 1, 22)
    found = detect("", "Le salon du modélisme aura lieu le 22/01/2027 à Chelles.", PUBLISHED)
    assert found is not None and found.when == date(2027, 1, 22)


def test_a_concert_with_its_day_is_an_event():
    """Batch 1433: a concert announced is an event on its day, named in the title (« Concert de
    Noël demain en l'église Notre-Dame » above « ce dimanche 8 décembre ») or in the text with
    its weekday and day (« offre un concert de choix, dimanche 11 décembre à 16h30 »). Not a
    news report's concerts in the title ("rem concerts blighted by illness" above a gig
    "rescheduled for 15 june"), nor a concert in a sentence without its weekday, nor one told
    past."""
    saturday = date(2027, 12, 4)
    titled = (
        "La chorale prépare activement son concert de Noël. Elle se produira ce dimanche 5 "
        "décembre, à 15 h 30, en l'église Notre-Dame."
    )
    found = detect("Concert de Noël demain en l'église Notre-Dame", titled, saturday)
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Concert",
        date(2027, 12, 5),
    )
    offered = "Le groupe vocal offre un concert de choix, dimanche 12 décembre à 16h30 à l'église."
    found = detect("", offered, saturday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 12, 12))
    news = (
        "us rock band rem have been forced to cancel concerts after bass player mike mills was "
        "taken to hospital. tuesday s gig has been rescheduled for 15 june."
    )
    assert detect("rem concerts blighted by illness", news, saturday) is None
    no_weekday = "Le groupe vocal offre un concert de choix le 12 décembre à l'église."
    assert detect("", no_weekday, saturday) is None
    past = "Le groupe vocal a offert un concert de choix, dimanche 28 novembre à l'église."
    assert detect("", past, saturday) is None


def test_an_organised_event_named_then_a_comma_then_its_day():
    """Batch 1436: « la Ligue Corse des Echecs organise le 13u Open Internaziunale di Quenza,
    le dimanche 7 juillet 2024 » names what it organises, a comma, then its day, as « organise
    sa … le » does without the comma. Not one organised before (« a organisé »), nor a name
    longer than the rule allows before its day."""
    rules = (
        "Article 1 : la « Ligue Corse des Echecs » organise le 13u Open Internaziunale di Quenza, "
        "le dimanche 7 juillet 2027.\nArticle 2 : Les règles du jeu sont celles de la F.I.D.E.\n"
        "Article 9 : Pas de bye possible dans ce tournoi."
    )
    found = detect("", rules, PUBLISHED)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 7, 7))
    past = rules.replace("organise le 13u", "a organisé le 13u")
    assert detect("", past, PUBLISHED) is None
    far = rules.replace(
        "Open Internaziunale di Quenza,",
        "Open, avec le soutien de la commune et des amis du club de Quenza,",
    )
    assert detect("", far, PUBLISHED) is None


def test_a_bare_weekday_takes_its_date_from_the_practical_line():
    """Batch 1436: « Le 36e grand prix rapide d'échecs aura lieu lundi, à la Maison du temps
    libre » names its day by its weekday alone; the paper's practical line below gives that
    weekday with its date (« Lundi 1er mai, à la maison du temps libre. Inscriptions … »). Not
    another weekday's date, nor that weekday's date told as past."""
    tuesday = date(2027, 4, 27)
    text = (
        "Le tournoi d'échecs attend ses participants. Le 36e grand prix rapide d'échecs aura lieu "
        "lundi, à la Maison du temps libre. « Plusieurs catégories sont prévues », explique le "
        "président du club, qui espère faire mieux que lors de la dernière édition.\nLundi 3 mai, "
        "à la maison du temps libre (salle polyvalente). Inscriptions jusqu'au 2 mai à 20 h."
    )
    found = detect("Le Grand prix d'échecs de la Sarthe aura lieu lundi", text, tuesday)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 3))
    other = text.replace("Lundi 3 mai", "Samedi 8 mai").replace("jusqu'au 2 mai", "sur place")
    assert detect("", other, tuesday) is None
    told = text.replace("Lundi 3 mai, à la", "Lundi 26 avril s'est tenu le tournoi de la").replace(
        " Inscriptions jusqu'au 2 mai à 20 h.", ""
    )
    assert detect("", told, tuesday) is None


def test_we_met_on_that_day_is_a_report():
    """Batch 1445: « Le dimanche 12 juin, nous nous sommes retrouvés pour une journée festive »
    tells a school's fête in the first person, gone by, as « se sont retrouvés » does. Not a
    day to come where « nous nous retrouverons »."""
    kermesse = (
        "Le dimanche 12 juin, nous nous sommes retrouvés pour une journée festive.\n\nLa journée "
        "a débuté avec une messe célébrée sur la cour de l'école. Puis un repas a été organisé."
    )
    may = date(2027, 5, 20)
    assert detect("Kermesse 2027", kermesse, may) is None
    coming = (
        kermesse.replace("nous nous sommes retrouvés", "nous nous retrouverons")
        .replace(
            "La journée a débuté avec une messe célébrée", "La journée débutera avec une messe"
        )
        .replace("Puis un repas a été organisé", "Puis un repas sera servi")
    )
    found = detect("Kermesse 2027", coming, may)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 6, 12))


def test_the_nights_of_the_stars_are_an_event():
    """Batch 1452: the astronomers' « Nuits des étoiles » name an event as « la Nuit des musées »
    does: « une seconde soirée d'observation dans le cadre des nuits des étoiles. Elle se
    déroulera au Plessis-Pâté le samedi 22 août ». Not one told as over."""
    coming = (
        "Le club organise une seconde soirée d'observation dans le cadre des nuits des étoiles. "
        "Elle se déroulera au Plessis-Pâté le samedi 21 août dans la cour de la médiathèque."
    )
    found = detect("", coming, date(2027, 8, 12))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 8, 21))
    over = (
        "La nuit des étoiles s'est très bien déroulée le samedi 7 août. Beaucoup ont été "
        "émerveillés de voir Saturne et Jupiter."
    )
    assert detect("", over, date(2027, 8, 12)) is None


def test_a_day_then_prochain_then_its_hour_is_an_appointment():
    """Batch 1452: « Nous vous donnons donc rendez-vous le 26 septembre prochain à 21h à notre
    observatoire », in a club's page that names its workshops, gives the day with its hour, as
    « le 26 septembre à 21h » does. Not the same day « dernier », told as past."""
    page = (
        "Nous vous accueillerons sur le stade avec de nombreux ateliers et instruments ainsi que "
        "dans notre observatoire.\nNous vous donnons donc rendez-vous le 24 septembre prochain à "
        "21h à notre observatoire de Luzernod (commune de la Valla-en-Gier)."
    )
    found = detect("Soirée Astro : A ciel ouvert", page, date(2027, 9, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 24))
    past = page.replace("le 24 septembre prochain", "le 4 septembre dernier")
    assert detect("Soirée Astro : A ciel ouvert", past, date(2027, 9, 10)) is None


def test_a_festival_its_organiser_announces_is_an_event():
    """Batch 1460: « cette formidable école de cirque organisera un grand festival dédié aux arts
    circassiens, du 28 septembre au 3 novembre » announces a festival by its organiser's verb,
    as « le festival … aura lieu » does after the word. Not one organised before (« a organisé
    un grand festival »), nor a festival named alone."""
    school = (
        "Le Théâtre Cirqule a 30 ans. Pour célébrer son anniversaire, cette formidable école de "
        "cirque organisera un grand festival dédié aux arts circassiens, du 28 septembre au 3 "
        "novembre. Pendant cinq semaines, une vingtaine de compagnies se produiront."
    )
    found = detect("Thônex : une école du cirque fête ses 30 ans", school, date(2027, 8, 30))
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Festival",
        date(2027, 9, 28),
    )
    held = school.replace("organisera un grand festival", "a organisé un grand festival")
    assert detect("Thônex : une école du cirque fête ses 30 ans", held, date(2027, 8, 30)) is None
    alone = school.replace("organisera un grand festival", "aime le grand festival")
    assert detect("Thônex : une école du cirque fête ses 30 ans", alone, date(2027, 8, 30)) is None


def test_a_carnival_is_an_event_on_its_day():
    """Batch 1464: a carnival is an event, as a town's feast is: its page titled « CARNAVAL &
    CHARS » gives its day (« Ouvertures et horaires - Le 28 mars 2026 »); a parade's sentence
    names it with its weekday and day (« Le vendredi 28 mars, les enfants … défileront … où
    Monsieur Carnaval sera brûlé »). Not a carnival told as over."""
    found = detect(
        "CARNAVAL & CHARS",
        "Le Comité des Fêtes organise un défilé de chars.\nOuvertures et horaires\n- Le 28 mars "
        "2027\nContact & localisation",
        PUBLISHED,
    )
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 28))
    parade = (
        "Le vendredi 26 mars, les enfants des écoles et de la crèche défileront sur l'avenue avec "
        "1 ou 2 chars jusqu'à la place Stanislas où Monsieur Carnaval sera brûlé."
    )
    found = detect("", parade, date(2027, 3, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 26))
    over = "Le carnaval a réuni une foule nombreuse le dimanche 7 mars dans les rues du village."
    assert detect("", over, date(2027, 3, 10)) is None


def test_a_boules_contest_is_played_on_its_day():
    """Batch 1468: a pétanque contest is played on its day by the teams that come, as a horse
    show's contests are: « Le SAM Pétanque organise un concours officiel FFPJP en doublettes le :
    Samedi 27 mai 2023 … Inscriptions … avant le mardi 23 mai » is an event on the 27th, not a
    call closing on the 23rd; « la finale de la coupe départementale de pétanque … ce week-end des
    8 et 9 septembre » too. A contest one applies to stays a call."""
    club = (
        "Le SAM Pétanque organise un concours officiel FFPJP en doublettes le :\nSamedi 29 mai "
        "2027.\nJet du but à 10h en poule\nInscriptions concours et/ou repas avant le mardi 25 "
        "mai auprès de Gaëtan."
    )
    found = detect("Concours de pétanque", club, date(2027, 5, 15))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 29))
    final = (
        "La finale de la coupe départementale de pétanque réunira les compétiteurs ce week-end "
        "des 11 et 12 septembre sur le site de la rue Jacquot."
    )
    found = detect("", final, date(2027, 9, 6))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 11))
    essay = (
        "Le concours d'écriture de la médiathèque est ouvert à tous : envoyez vos textes avant le "
        "mardi 25 mai."
    )
    found = detect("", essay, date(2027, 5, 15))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2027, 5, 25))


def test_a_numbered_edition_then_a_comma_then_its_day():
    """Batch 1469: « Pétanqu'Ovalie est de retour pour sa 15e édition, le samedi 29 juin. Les
    inscriptions sont ouvertes » gives its edition's day after a comma, as « 19e édition : les
    15 & 16 juin » does after a colon. Not an edition's rank followed by another sentence."""
    back = (
        "Pétanqu'Ovalie est de retour pour sa 15e édition, le samedi 26 juin. Les inscriptions "
        "sont ouvertes. Le concours de pétanque est ouvert au monde du rugby de tous âges."
    )
    found = detect("", back, date(2027, 5, 17))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 6, 26))
    other = (
        "Le club prépare sa 15e édition, avec de nouveaux partenaires. Le 26 juin, le bureau se "
        "réunira pour le bilan financier."
    )
    assert detect("", other, date(2027, 5, 17)) is None


def test_a_blood_drive_is_an_event_on_its_day():
    """Batches 1472 and 1473: a blood drive is an event on its day, where the donors come: « La
    prochaine collecte de sang aura lieu jeudi 1er septembre », « Venez donner votre sang lundi
    21 juin de 15h à 19h », « la prochaine collecte à Vienne a lieu le mardi 2 mai » on a page of
    blood. Not the waste's next collection, nor a drive told as over."""
    published = date(2027, 3, 1)
    found = detect(
        "Prochaine collecte de sang",
        "La prochaine collecte de sang aura lieu jeudi 1er avril, de 15 h à 18 h 30, à la salle "
        "des fêtes.",
        published,
    )
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 4, 1))
    assert found.label == "Collecte de sang"
    come = "Venez donner votre sang lundi 21 juin de 15h à 19h à la salle polyvalente."
    found = detect("Don de sang", come, published)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 6, 21))
    vienne = (
        "Il manque 30 000 poches de sang. Pour y répondre, la prochaine collecte à Vienne a lieu "
        "le mardi 2 mai à la salle des Fêtes, de 9 h à 13 h."
    )
    found = detect("", vienne, published)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 5, 2))
    waste = vienne.replace("la prochaine collecte à Vienne", "la prochaine collecte des déchets")
    assert detect("", waste, published) is None
    over = "La collecte de sang du mardi 2 mars a réuni 59 donneurs à la salle des fêtes."
    assert detect("", over, date(2027, 3, 10)) is None


def test_an_anglers_contest_is_fished_on_its_day():
    """Batch 1476: an anglers' contest is fished on its day by those who come, as a boules
    contest is played: « Samedi 13 avril, l'APPMA … organise son traditionnel concours de pêche
    à la truite … Les inscriptions seront reçues jusqu'au vendredi 12 avril » is an event on the
    13th, not a call closing on the 12th; a carp enduro too. Not a contest told as over."""
    wassy = (
        "Samedi 13 avril, l'APPMA La Blaise de Wassy organise son traditionnel concours de pêche "
        "à la truite ouvert aux enfants et aux adultes. Les inscriptions seront reçues jusqu'au "
        "vendredi 12 avril inclus."
    )
    found = detect("Concours de pêche", wassy, date(2024, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 4, 13))
    enduro = (
        "Le Club carpiste 42 remet le couvert et organise, du 31 juillet au 4 août, un nouvel "
        "enduro de pêche à la carpe."
    )
    found = detect("Un rendez-vous devenu incontournable", enduro, date(2027, 7, 28))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 7, 31))
    over = "Le concours de pêche s'est déroulé samedi 13 avril au canal de Pont-Varin."
    assert detect("Concours de pêche", over, date(2024, 4, 20)) is None


def test_a_feast_told_after_in_the_imperfect_is_no_event():
    """Batch 1477: a feast told after its day, in the imperfect or by who came (« Près de 2 000
    personnes ont fréquenté, ce dimanche 4 juin, la Fête de la pêche », « la Fédération
    départementale organisait ce dimanche 5 juin la fête de la pêche », « la fête … battait son
    plein ce dimanche 5 juin ») announces nothing; the same feast announced does."""
    published = date(2027, 5, 1)
    came = "Près de 2 000 personnes ont fréquenté, ce dimanche 6 juin, la Fête de la pêche."
    assert detect("La Fête de la pêche séduit", came, published) is None
    held = "La Fédération départementale organisait ce dimanche 6 juin la fête de la pêche."
    assert detect("", held, published) is None
    full = "Alors que la fête de la pêche battait son plein ce dimanche 6 juin, un orage a éclaté."
    assert detect("", full, published) is None
    coming = "La Fédération départementale organise ce dimanche 6 juin la fête de la pêche."
    found = detect("", coming, published)
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 6, 6))


def test_a_card_contest_is_played_on_its_day():
    """Batch 1480: a belote contest is played on its day by the pairs that come, as a boules
    contest is (« Dimanche 12 janvier après-midi, la société musicale … organise un concours de
    belote … Les inscriptions … seront reçues à partir de 14 h 45 » is an event on the 12th, not a
    call); batch 1481: its final announced in a qualifying round's report. Not one told after."""
    manziat = (
        "Dimanche 12 janvier après-midi, la société musicale la Jeanne d'Arc organise un concours "
        "de belote à la nouvelle salle des fêtes. Les inscriptions, au tarif de 14 € par "
        "doublette, seront reçues à partir de 14 h 45."
    )
    found = detect("La Jeanne d'Arc organise sa belote", manziat, date(2025, 1, 5))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 1, 12))
    final = (
        "Les éliminatoires du concours départemental de belote rassemblaient 25 équipes. Douze "
        "équipes ont été qualifiées pour la finale départementale qui se déroulera le mardi 21 "
        "octobre à Vic-Fezensac."
    )
    found = detect("Belote des aînés : 12 équipes en finale", final, date(2025, 9, 21))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 10, 21))
    over = "Le concours de belote s'est déroulé dimanche 12 janvier à la salle des fêtes."
    assert detect("", over, date(2025, 1, 20)) is None


def test_a_village_loto_is_an_event_not_the_national_lottery():
    """Batch 1480: a loto a school's or a club's association organises is an event on its day
    (« Le dimanche 8 février 2026, l'association des parents d'élèves … organise un grand loto
    solidaire à la salle Jean Moulin »); the national lottery's draw is not (« le tirage du Loto
    du samedi 14 février »), nor the heritage lottery."""
    school = (
        "Le dimanche 8 février 2026, l'association des parents d'élèves Ducau – Les Fontaines "
        "organise un grand loto solidaire à la salle Jean Moulin."
    )
    found = detect("Un grand loto pour soutenir les écoles", school, date(2026, 1, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 2, 8))
    assert found.label == "Loto"
    draw = "Le tirage du Loto du samedi 14 février 2026 offre un jackpot de 5 millions d'euros."
    assert detect("Loto : un jackpot", draw, date(2026, 2, 10)) is None
    heritage = "La Française des jeux propose le Loto du patrimoine, tiré le 14 juillet 2026."
    assert detect("", heritage, date(2026, 6, 10)) is None


def test_an_associations_second_hand_sale_is_an_event():
    """Batch 1484: an association's second-hand sale is an event on its days (« la bourse aux
    vêtements du printemps, qui se déroulera les 7, 8 et 9 avril prochains »); the stock exchange
    is not (« La Bourse de Paris a clôturé en hausse le 7 avril »)."""
    clothes = (
        "L'Association des Familles prépare la bourse aux vêtements du printemps, qui se déroulera "
        "les 7, 8 et 9 avril prochains."
    )
    found = detect("Une bourse aux vêtements", clothes, date(2027, 3, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 4, 7))
    assert found.label == "Bourse"
    exchange = "La Bourse de Paris a clôturé en hausse le 7 avril, portée par le luxe."
    assert detect("", exchange, date(2027, 4, 1)) is None


def test_a_weekend_told_with_its_figures_is_past():
    """Batch 1485: a weekend told with what it brought (« on a déjà eu plus de 90 inscriptions ce
    week-end ») is gone by, no day to come; the same sale announced for the weekend is."""
    told = (
        "Une bourse aux skis réussie. Cette bourse est aussi l'occasion de commencer les "
        "inscriptions : on a déjà eu plus de 90 inscriptions ce week-end."
    )
    assert detect("La bourse aux skis est vitale pour le club", told, date(2027, 11, 10)) is None
    coming = "La bourse aux skis du club se tiendra ce week-end au gymnase."
    found = detect("Bourse aux skis", coming, date(2027, 11, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 11, 13))


def test_a_bare_weekday_after_another_dated_weekday_is_in_its_week():
    """Batch 1485: a bare weekday after the announcing verb names the week of the weekday the
    item dates just before (« déposer leurs affaires le vendredi 19 novembre … La véritable
    bourse se tiendra le samedi » is Saturday the 20th); not after a day told as past."""
    obernai = (
        "Depuis plus de dix ans, la saison du Ski Club commence avec une bourse aux skis :\nC'est "
        "un événement qui fonctionne très bien pour les enfants, explique le président du club. "
        "Les vendeurs en herbe pourront déposer leurs affaires le vendredi 19 novembre à partir "
        "de 16h30. La véritable bourse se tiendra le samedi. En général, les gens viennent le "
        "matin."
    )
    found = detect("Tout schuss pour le ski club", obernai, date(2027, 11, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 11, 20))
    told = obernai.replace(
        "Les vendeurs en herbe pourront déposer leurs affaires le vendredi 19 novembre",
        "Le dépôt s'est tenu le vendredi 12 novembre",
    )
    assert detect("Tout schuss pour le ski club", told, date(2027, 11, 13)) is None


def test_a_firework_is_an_event_on_its_evening():
    """Batches 1488, 1489: a firework is an event on its evening, the national day's or a
    feast's (« le feu d'artifice de Limoges sera tiré le jeudi 13 juillet », « Pour la fête
    nationale du 14 juillet … à 22h30, sera tiré le grand feu d'artifice au stade »), and one put
    off, on its new day (« tout comme le feu d'artifice reporté au 29 août »)."""
    limoges = (
        "La ville célèbre la fête nationale avec des festivités. À partir de 22h30 : spectacle "
        "pyrotechnique, le traditionnel feu d'artifice sera tiré de l'esplanade le jeudi 13 "
        "juillet dès la tombée de la nuit."
    )
    found = detect("Le feu d'artifice sera tiré le jeudi 13 juillet", limoges, date(2028, 7, 11))
    assert found is not None and (found.kind, found.when) == ("event", date(2028, 7, 13))
    put_off = (
        "Le traditionnel bal fut supprimé, remplacé par un concert, tout comme le feu d'artifice "
        "reporté au 29 août."
    )
    found = detect("Une retraite aux flambeaux tout en musique", put_off, date(2027, 7, 16))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 8, 29))


def test_a_firework_told_as_fired_is_past():
    """Batch 1489: a firework told as fired (« En raison du mauvais temps du samedi 15 juillet, le
    feu d'artifice a été tiré une semaine plus tard ») announces nothing; one to be fired does."""
    told = (
        "En raison du mauvais temps du samedi 15 juillet, le feu d'artifice a été tiré une "
        "semaine plus tard."
    )
    assert detect("Le feu d'artifice de Châtenoy", told, date(2027, 7, 1)) is None
    coming = "Le feu d'artifice sera tiré le samedi 17 juillet au stade."
    found = detect("Le feu d'artifice de Châtenoy", coming, date(2027, 7, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 7, 17))


def test_a_towns_festivities_begin_tomorrow():
    """Batch 1488: a town's festivities are an event, from the day after the publication when
    they begin « demain » in the plural (« Saverdun. Les festivités débutent demain »); not the
    year's end's festivities."""
    found = detect(
        "Saverdun. Les festivités débutent demain",
        "Tout est prêt pour cet éternel retour d'un moment de communion festive au cœur de l'été.",
        date(2027, 8, 20),
    )
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 8, 21))
    year_end = "Les festivités de fin d'année débutent demain dans les magasins."
    assert detect("", year_end, date(2027, 12, 1)) is None


def test_a_dance_is_an_event_on_its_day():
    """Batches 1496, 1497: a dance, the elders' or the village's, is an event on its day (« Le
    prochain thé dansant est d'ores et déjà annoncé. Il se déroulera le dimanche 16 mars »; the
    seniors « invités à danser » at their « goûter des seniors », « Jeudi 3 Février »); not one
    told after."""
    next_one = (
        "Pour cette première édition, plus de 80 danseurs ont évolué dans la salle des fêtes. Le "
        "prochain thé dansant est d'ores et déjà annoncé. Il se déroulera le dimanche 16 mars."
    )
    found = detect("Le retour des thés dansants", next_one, date(2025, 2, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 3, 16))
    assert found.label == "Bal"
    tea = (
        "Jeudi 3 Février, à LANGO, De 15 h à 18 h, les seniors sont invités à danser valses, "
        "tangos, madisons et à se retrouver autour d'un goûter convivial."
    )
    found = detect("Goûter des seniors", tea, date(2022, 1, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 2, 3))
    over = "Le thé dansant du dimanche 16 mars a réuni plus de 80 danseurs."
    assert detect("", over, date(2025, 3, 20)) is None


def test_the_telethon_is_an_event_on_its_days():
    """Batch 1500: the Téléthon's days are events, a village's own and the nation's weekend
    (« Le traditionnel repas truffade du Téléthon … aura lieu le samedi 9 décembre »); not its
    count told after."""
    meal = (
        "Le traditionnel repas truffade du Téléthon préparé par le restaurant Le Chaudron aura "
        "lieu le samedi 9 décembre, à partir de 20 heures, à la salle des fêtes."
    )
    found = detect("Téléthon : repas truffade en approche", meal, date(2028, 11, 30))
    assert found is not None and (found.kind, found.when) == ("event", date(2028, 12, 9))
    count = "Le Téléthon 2028 s'achève sur un compteur de 81 065 239 euros."
    assert detect("Le Téléthon recueille 81 millions d'euros", count, date(2028, 12, 10)) is None


def test_a_weekend_seen_in_the_first_or_second_person_is_past():
    """Batch 1501: what « vous avez vues durant ce week-end » is gone by (« Toutes les victoires
    que vous avez vues durant ce week-end »), no weekend to come; « vous verrez ce week-end » is
    one."""
    seen = (
        "« Toutes les victoires que vous avez vues durant ce week-end, ce n'est pas un miracle, ce "
        "n'est pas de la magie. C'est le fruit de 35 ans de combat. » a déclaré la présidente."
    )
    assert detect("Téléthon 2021 : la 35e édition se clôture", seen, date(2021, 12, 1)) is None
    coming = "Le Téléthon se tiendra ce week-end : vous verrez des défis partout en France."
    found = detect("Téléthon", coming, date(2021, 12, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 12, 4))


def test_a_collectors_fair_is_an_event():
    """Batch 1504: a mineral and fossil fair is an event on its days (« a lieu le 19 et 20 août
    2017, la 36e bourse : exposition Internationale de Fossiles », « la bourse aux minéraux »);
    not a scholarship (« la 3e bourse d'études ») nor the stock exchange."""
    narbonne = (
        "Sur Narbonne, au Palais des Sports a lieu le 19 et 20 août 2017, la 36e bourse : "
        "exposition Internationale de Fossiles, minéraux et gemmes."
    )
    title = "36e Bourse : Exposition Internationale sur narbonne"
    found = detect(title, narbonne, date(2017, 8, 11))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 8, 19))
    assert found.label == "Bourse"
    fair = "La bourse aux minéraux du club se tiendra le dimanche 14 mars à la salle des fêtes."
    found = detect("", fair, date(2027, 3, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 14))
    grant = "La 3e bourse d'études de la fondation sera remise le 14 mars aux lauréats."
    assert detect("", grant, date(2027, 3, 1)) is None


def test_a_day_that_won_a_real_success_is_past():
    """Batch 1505: a day told as a success (« La bourse d'échange de micro-minéraux du 6 mars a
    obtenu un réel succès ») is a report's, as « a connu un franc succès » is."""
    told = (
        "La bourse d'échange de micro-minéraux du 6 mars a obtenu un réel succès avec la "
        "participation de clubs venus de toute la France."
    )
    assert detect("Bourse d'échanges de micro minéraux", told, date(2027, 1, 1)) is None
    coming = (
        "La bourse d'échange de micro-minéraux du 6 mars accueillera des clubs de toute la France."
    )
    found = detect("Bourse d'échanges de micro minéraux", coming, date(2027, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 6))


def test_a_breton_pardon_is_an_event_on_its_day():
    """Batches 1508, 1509: a Breton pardon, a chapel's feast day, is an event on its day (« Le
    grand pardon de Notre-Dame de Penhors … se tiendra ce week-end des 4 et 5 septembre », « Le 8
    juillet prochain aura lieu le pardon de Notre-Dame de la Roche »); not one's forgiveness,
    nor Yom Kippur's « Grand Pardon »."""
    penhors = (
        "Le grand pardon de Notre-Dame de Penhors à Pouldreuzic se tiendra ce week-end des 4 et 5 "
        "septembre."
    )
    found = detect("Le grand pardon de Penhors", penhors, date(2027, 8, 31))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 9, 4))
    roche = "Le 8 juillet prochain aura lieu le pardon de Notre-Dame de la Roche à Saint-Thois."
    found = detect("Pardon Notre-Dame de la Roche", roche, date(2027, 6, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 7, 8))
    sorry = "Le maire a demandé pardon aux habitants le 8 juillet, lors du conseil municipal."
    assert detect("", sorry, date(2027, 6, 20)) is None
    kippur = "Le Grand Pardon, Yom Kippour, sera célébré le 8 juillet par la communauté."
    assert detect("", kippur, date(2027, 6, 20)) is None


def test_a_new_years_greetings_ceremony_is_an_event_on_its_day():
    """Batches 1512, 1513: a town's or a chamber's New Year's greetings ceremony (« la cérémonie
    des vœux du maire à la population ») and its Canadian kin, the New Year's levee ("the Mayor's
    Levee on Saturday, January 7, 2017"), are events on their day; not a river's levee, nor a
    ceremony given up (« Pas de cérémonie des vœux cette année »)."""
    levee = (
        "Mayor Jane Doe and Town Council invite residents to celebrate the New Year at the "
        "Mayor's Levee on Saturday, January 7, 2017 at the Sportsplex."
    )
    found = detect("Mayor's Levee", levee, date(2016, 12, 17))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 1, 7))
    voeux = (
        "La cérémonie des vœux du maire à la population aura lieu le vendredi 10 janvier à 19h "
        "à la salle des fêtes."
    )
    found = detect("", voeux, date(2024, 12, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 1, 10))
    flood = "The levee broke on Saturday, January 7, 2017, after the storm, and the town flooded."
    assert detect("", flood, date(2016, 12, 17)) is None
    none = "Pas de cérémonie des vœux cette année : le maire les présentera en vidéo le 10 janvier."
    assert detect("", none, date(2024, 12, 20)) is None


def test_a_ceremony_told_by_who_came_is_past():
    """Batches 1512, 1513: a day told by who came (« la population est venue nombreuse pour
    assister à la traditionnelle cérémonie des vœux », « répondait à l'invitation du Maire ») is
    a report's, not a day to come; the same day announced is one."""
    came = (
        "Samedi 6 janvier, la population est venue nombreuse pour assister à la traditionnelle "
        "cérémonie des vœux du maire."
    )
    assert detect("", came, date(2024, 1, 2)) is None
    answered = (
        "Samedi 20 janvier, une foule d'habitants répondait à l'invitation du Maire pour la "
        "traditionnelle cérémonie des vœux."
    )
    assert detect("", answered, date(2024, 1, 2)) is None
    coming = (
        "Samedi 6 janvier, la population est invitée à la traditionnelle cérémonie des vœux du "
        "maire."
    )
    found = detect("", coming, date(2024, 1, 2))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 1, 6))


def test_an_event_called_off_in_its_title_announces_nothing():
    """Batch 1512: a title that starts by calling the event off (« Annulation de la cérémonie des
    voeux du 6 janvier », "Cancelled: …") announces no day; a title that puts it off to a new day
    still does."""
    text = (
        "La traditionnelle cérémonie des vœux devait se tenir le 6 janvier prochain. La décision "
        "a été prise d'annuler l'événement."
    )
    title = "Annulation de la cérémonie des voeux du 6 janvier"
    assert detect(title, text, date(2021, 12, 20)) is None
    english = "The Mayor's Levee on Saturday, January 7 will not go ahead this year."
    assert detect("Cancelled: the Mayor's Levee of January 7", english, date(2016, 12, 17)) is None
    moved = "La cérémonie des vœux du maire aura lieu le samedi 15 janvier à la salle des fêtes."
    found = detect("Report de la cérémonie des vœux au 15 janvier", moved, date(2022, 1, 2))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 1, 15))


def test_a_time_of_day_is_no_days_event():
    """Batch 1513: « en fin de journée », « à longueur de journée » tell a time of day, not a
    « journée », a day's event; a « journée portes ouvertes » still is one."""
    closing = "Les bureaux de la mairie fermeront en fin de journée le vendredi 12 mars."
    assert detect("", closing, date(2027, 3, 1)) is None
    open_day = "Une journée portes ouvertes aura lieu le vendredi 12 mars à la mairie."
    found = detect("", open_day, date(2027, 3, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 3, 12))


def test_a_commemoration_is_an_event_on_its_day():
    """Batches 1516, 1517: a commemoration at the war memorial (« la cérémonie du jeudi 11
    novembre 2021, en commémoration du 103ème anniversaire de l'armistice ») and its English kin
    ("Racine's Memorial Day Parade steps off at 10 a.m. Monday, May 29") are events on their day;
    not a page on what a commemoration marks, nor one told after."""
    armistice = (
        "La population est invitée à participer à la cérémonie du jeudi 11 novembre 2027, en "
        "commémoration du 109ème anniversaire de l'armistice."
    )
    found = detect("", armistice, date(2027, 10, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2027, 11, 11))
    parade = (
        "Racine's Memorial Day Parade steps off at 10 a.m. Monday, May 29, at Lindermann Avenue, "
        "and a ceremony follows at 11 a.m."
    )
    found = detect("", parade, date(2023, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 5, 29))
    history = (
        "La commémoration du 8 mai 1945 marque la fin de la Seconde Guerre mondiale en Europe ; "
        "cette journée est célébrée chaque année en France."
    )
    assert detect("", history, date(2027, 4, 1)) is None
    told = (
        "La cérémonie commémorative du 11 novembre s'est tenue en présence des anciens "
        "combattants et des enfants des écoles."
    )
    assert detect("", told, date(2027, 11, 12)) is None


def test_a_holiday_names_the_day_when_no_date_is_given():
    """Batch 1517: an event named by its holiday, no date given, is on the holiday's next day
    ("The city's annual Memorial Day Parade will be Monday at 10 a.m." is the last Monday of May;
    "the New Year's Day Levee" is on 1 January); one told after (« We had our first New Year's Day
    Levee since the pandemic started ») is no day to come."""
    parade = (
        "The city's annual Memorial Day Parade will be Monday at 10 a.m., from North Elm Street "
        "to Parker Memorial Park."
    )
    found = detect("Westfield Memorial Day Parade", parade, date(2018, 5, 25))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 5, 28))
    levee = (
        "Mayor Jane Doe invites all residents to the New Year's Day Levee at the museum, from "
        "noon to 2 p.m."
    )
    found = detect("New Year's Day Levee", levee, date(2022, 12, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 1, 1))
    told = "We had our first New Year's Day Levee since the pandemic started. Here are pictures."
    assert detect("New Year's Day Levee", told, date(2023, 1, 3)) is None


def test_an_easter_egg_hunt_is_an_event_on_its_day():
    """Batches 1520, 1521: an Easter egg hunt is an event on its day (« Le rendez-vous est fixé
    au lundi 17 avril … pour cette chasse aux œufs », "The annual Easter Egg Hunt … will be held
    on Easter Sunday, April 1, 2018"); not the hunting season's opening, nor eggs looked for."""
    chasse = (
        "Le rendez-vous est fixé au lundi 17 avril, au parc des Dryades, pour cette chasse aux "
        "œufs géante."
    )
    found = detect("", chasse, date(2017, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 4, 17))
    hunt = (
        "The annual Easter Egg Hunt sponsored by the Lions Club will be held on Easter Sunday, "
        "April 1, 2018, at the fairgrounds."
    )
    found = detect("", hunt, date(2018, 3, 26))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 4, 1))
    season = (
        "L'ouverture de la chasse au gibier aura lieu le dimanche 17 septembre dans le département."
    )
    assert detect("", season, date(2023, 9, 1)) is None
    snails = (
        "The town will hunt for eggs of the invasive snail on Saturday, April 8, a report says."
    )
    assert detect("", snails, date(2023, 4, 1)) is None


def test_a_day_told_by_who_came_for_what_or_was_welcomed_is_past():
    """Batches 1520, 1521: a day told by who came for what (« la cinquantaine d'enfants venus
    chercher les œufs … ce lundi 10 avril ») or by how they were welcomed (« Les élèves ont été
    accueillis le vendredi 2 avril … avant de participer à la chasse aux oeufs ») is a report's;
    the same day announced is one to come."""
    came = (
        "Les petites pluies n'ont pas découragé les enfants venus chercher les œufs de la chasse "
        "aux œufs ce lundi 10 avril."
    )
    assert detect("", came, date(2023, 3, 20)) is None
    welcomed = (
        "Les élèves ont été accueillis le vendredi 2 avril par deux lapins avant de participer à "
        "la chasse aux oeufs."
    )
    assert detect("", welcomed, date(2021, 3, 20)) is None
    coming = "Les enfants sont invités à la chasse aux œufs ce lundi 10 avril, au parc du logis."
    found = detect("", coming, date(2023, 4, 5))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 4, 10))


def test_the_next_event_set_on_its_day_is_an_event():
    """Batch 1520: a club's next event, set on its day as a report's last line gives it
    (« Concernant l'APE, le prochain événement est calé le 12 mai avec une balade animée », « Le
    prochain rendez-vous est fixé au dimanche 12 mai »), is an event on that day; not an
    appointment one makes (« prenez rendez-vous avant le 12 mai »)."""
    next_one = "Concernant l'APE, le prochain événement est calé le 12 mai avec une balade animée."
    found = detect("", next_one, date(2019, 4, 14))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 5, 12))
    fixed = "Le prochain rendez-vous est fixé au dimanche 12 mai à la salle des fêtes."
    found = detect("", fixed, date(2019, 4, 14))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 5, 12))
    appointment = "Pour vos papiers, prenez rendez-vous en mairie avant le 12 mai."
    assert detect("", appointment, date(2019, 4, 14)) is None


def test_a_halloween_party_or_trail_is_an_event_on_its_day():
    """Batches 1524, 1525: Halloween's parties, parades and trails are events on their day ("Trunk
    or Treat will be held on Monday, October 31st", « participer au défilé d'Halloween, dimanche
    31 octobre à partir de 17h »); not Halloween's sales, nor its trick-or-treaters told."""
    trunk = "Trunk or Treat will be held on Monday, October 31st from 6-8 PM in our parking lot."
    found = detect("", trunk, date(2022, 9, 21))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 10, 31))
    parade = (
        "Le comité des fêtes invite tous les enfants à venir participer au défilé d'Halloween, "
        "dimanche 31 octobre à partir de 17h."
    )
    found = detect("", parade, date(2021, 10, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 10, 31))
    sales = "Halloween costumes sales jumped on Monday, October 31st, the retailer said."
    assert detect("", sales, date(2022, 9, 21)) is None
    treaters = "Une foule de trick or treaters a envahi les rues le lundi 31 octobre, dit le maire."
    assert detect("", treaters, date(2022, 9, 21)) is None


def test_a_midsummer_feast_is_an_event_on_its_day():
    """Batches 1528, 1529: a midsummer feast is an event on its day, the Saint-Jean bonfire and
    its evening (« Ce samedi, le Comité des fêtes organise sa fameuse soirée champêtre avec feu de
    Saint-Jean ») and the Nordic midsommar ("Scandinavian Midsommar 2025 … Sun, Jun 22"); not the
    saint's day named in a ban, nor Shakespeare's play."""
    champetre = (
        "Ce samedi, le Comité des fêtes organise sa fameuse soirée champêtre avec feu de "
        "Saint-Jean, dès 20 heures, place du Champ-de-Foire."
    )
    found = detect("La soirée champêtre propose une scène ouverte", champetre, date(2016, 6, 16))
    assert found is not None and (found.kind, found.when) == ("event", date(2016, 6, 18))
    bonfire = "Le comité des fêtes organise le feu de la Saint-Jean le samedi 22 juin 2024 à 21h."
    found = detect("", bonfire, date(2024, 6, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 6, 22))
    midsommar = (
        "Scandinavian Midsommar 2025. Sun, Jun 22. Hosted by the Swedish American Historical "
        "Society, this family friendly event is free."
    )
    found = detect("Scandinavian Midsommar 2025", midsommar, date(2025, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 6, 22))
    ban = (
        "Le 24 juin, jour de la Saint-Jean, les pompiers rappellent qu'il est interdit "
        "d'allumer des feux dans les forêts."
    )
    assert detect("", ban, date(2023, 6, 1)) is None
    play = "A midsummer night's dream will be read in class on June 22 by the students."
    assert detect("", play, date(2023, 6, 1)) is None


def test_a_day_told_as_it_went_is_past():
    """Batch 1528: a day told as it went (« Samedi 28 août, le bourg était en effervescence pour
    renouer avec la fête », « La fête du village a ravi la population ») is a report's; the same
    day told to come is one to come."""
    went = "Samedi 28 août, le bourg était en effervescence pour renouer avec la fête du village."
    assert detect("", went, date(2021, 8, 20)) is None
    delighted = "La fête du village a ravi la population, samedi 28 août, place Julien Soulier."
    assert detect("", delighted, date(2021, 8, 20)) is None
    coming = "Samedi 28 août, le bourg sera en effervescence pour la fête du village."
    found = detect("", coming, date(2021, 8, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 8, 28))


def test_a_running_race_is_an_event_on_its_day():
    """Batches 1532, 1533: a running race is an event on its day (« Le dimanche 12 mai, pour la
    45e édition de la Foulée suresnoise », "The eighth annual Florissa Family 5K will be
    Saturday, June 15, 2024"); not a sum ("a $5k prize") nor a screen ("5K monitors")."""
    foulee = (
        "Des centaines de coureurs sont attendus le 12 mai pour la 45e édition de la Foulée "
        "suresnoise."
    )
    found = detect("La foulée, c'est la santé", foulee, date(2019, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 5, 12))
    five_k = (
        "The eighth annual Florissa Family 5K will be Saturday, June 15, 2024, at Sauk Valley "
        "Community College."
    )
    found = detect("", five_k, date(2024, 6, 6))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 6, 15))
    prize = "The winner will take home a $5k prize on Saturday, June 15, 2024, the jury said."
    assert detect("", prize, date(2024, 6, 6)) is None
    monitors = "The new 5K monitors will ship on Saturday, June 15, 2024, the maker said."
    assert detect("", monitors, date(2024, 6, 6)) is None


def test_a_races_challenge_is_no_contest_call():
    """Batch 1533: a running race's « challenge » is run on the day ("This chip timed race is
    part of the Lakeside Health 5K Challenge … The 5K begins at 8 a.m. Saturday, July 27"), the
    event, not a contest one applies to; a challenge that teams apply to is still a call."""
    race = (
        "LAKEVIEW — It's time for the Lakeside Health Summer Festival 5K run.\n\n"
        "Registration is available online at www.lakesidehealth5kchallenge.com. This chip timed "
        "race is part of the Lakeside Health 5K Challenge.\n\n"
        "The 5K begins at 8 a.m. Saturday, July 27, at Shore Park. Registration opens at 6:30 "
        "a.m. The deadline for pre-registration is July, 25 at a cost of $15, and $20 on the day "
        "of the race. All runners 14 and under will run for free with a completed entry form."
    )
    found = detect("Annual 5K run this Saturday in Lakeview", race, date(2024, 7, 21))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 7, 27))
    challenge = (
        "Registration is available online at www.smartcitychallenge.org. The Smart City "
        "Challenge is open to startups of the region.\n\n"
        "The deadline for applications is March 3, 2025. The winning team gets 10K; teams apply "
        "with a completed entry form."
    )
    found = detect("Smart City Challenge", challenge, date(2025, 1, 10))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2025, 3, 3))


def test_an_event_back_in_its_year_gives_its_days_that_year():
    """Batch 1532: an event told back in a year for a new edition (« Annulées en 2025 …, les
    Foulées … reviennent en 2026 pour une nouvelle édition. La course se tiendra le 5 avril
    prochain ») has its days in that year, whatever the page's date; without the year, the days
    are read from the page's date."""
    back = (
        "Annulées en 2025 en raison de travaux, les Foulées de la Plaine reviennent en 2026 pour "
        "une nouvelle édition. La course se tiendra le 5 avril prochain, au départ de la mairie."
    )
    found = detect("", back, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2026, 4, 5))
    no_year = (
        "Les Foulées de la Plaine reviennent pour une nouvelle édition. La course se tiendra le 5 "
        "avril prochain, au départ de la mairie."
    )
    found = detect("", no_year, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 4, 5))


def test_a_st_patricks_parade_or_evening_is_an_event_on_its_day():
    """Batches 1536, 1537: St. Patrick's Day's parades and evenings are events on their day ("The
    Pittsburgh St. Patrick Day Parade Committee said the 2024 celebration will be held on March
    16", « Soirée Saint-Patrick ce samedi 16 mars »); not the saint's day named, nor a parade
    told after."""
    parade = (
        "The Pittsburgh St. Patrick Day Parade Committee said the 2024 celebration will be held "
        "on March 16. The parade will run down Grant Street."
    )
    found = detect("", parade, date(2024, 2, 18))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 3, 16))
    soiree = "Soirée Saint-Patrick ce samedi 16 mars à Fos, autour d'un repas irlandais."
    found = detect("", soiree, date(2024, 3, 11))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 3, 16))
    saint = "Saint Patrick, patron de l'Irlande, est fêté le 17 mars ; il a évangélisé l'île."
    assert detect("", saint, date(2024, 3, 1)) is None
    told = (
        "The St. Patrick's Day parade marched down Park Avenue on Saturday, March 16, in the "
        "rain, and the crowds were thinner."
    )
    assert detect("", told, date(2024, 3, 17)) is None


def test_an_elders_banquet_or_a_seasons_meal_is_an_event_on_its_day():
    """Batches 1540, 1541: the elders' banquet and the season's community meals are events on
    their day (« Le repas des aînés aura lieu le dimanche 12 janvier 2025 », "will hold a Deck the
    Halls Christmas luncheon … Friday, Dec. 13"); not a survey of what a Christmas dinner costs."""
    luncheon = (
        "The Senior Center will hold a Deck the Halls Christmas luncheon from 11 a.m. to 12:30 "
        "p.m. Friday, Dec. 13, at the Senior Center."
    )
    found = detect("", luncheon, date(2019, 12, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 12, 13))
    repas = (
        "Le repas des aînés aura lieu le dimanche 12 janvier 2025 à la salle des fêtes ; "
        "inscriptions en mairie."
    )
    found = detect("", repas, date(2024, 12, 15))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 1, 12))
    cost = "The cost of a Christmas dinner rose by 5%, a survey published on December 12 said."
    assert detect("", cost, date(2024, 12, 1)) is None


def test_days_told_by_whom_they_drew_are_past():
    """Batch 1540: days told by whom they drew (« La soirée couscous le 21 mai, le tournoi de foot
    le 2 juillet … sont autant d'événements festifs qui ont attiré beaucoup de monde ») are a
    report's; the same days told to draw are to come."""
    drew = (
        "La soirée couscous le 21 mai, le tournoi de foot le 2 juillet et le vide-greniers le 28 "
        "août sont autant d'événements festifs qui ont attiré beaucoup de monde au repas des aînés."
    )
    assert detect("Le repas des aînés", drew, date(2020, 1, 1)) is None
    will_draw = (
        "La soirée couscous le 21 mai, le tournoi de foot le 2 juillet et le vide-greniers le 28 "
        "août sont autant d'événements festifs qui attireront beaucoup de monde."
    )
    found = detect("Le repas des aînés et les fêtes du village", will_draw, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 5, 21))


def test_a_funfair_is_an_event_on_its_opening_day():
    """Batches 1544, 1545: a funfair, the town's, the parish's or the county's, is an event on
    its first day (« la fête foraine s'installera … à partir du samedi 23 octobre », « la vogue
    annuelle commencera vendredi 28 août », "The Parish Carnival will run Wednesday, May 8",
    "The carnival will be in operation July 26th-29th", "The Riverside Fair 2023 is set to
    return from Friday, October 6"); not a cruise line's name, nor a fashion (« la vogue du
    télétravail »), nor a fair given up (« il n'y aura pas de fête foraine »)."""
    foraine = (
        "La fête foraine s'installera sur la place du marché à partir du samedi 23 octobre, avec "
        "une trentaine de manèges."
    )
    found = detect("", foraine, date(2021, 10, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 10, 23))
    vogue = "La traditionnelle vogue annuelle commencera vendredi 28 août sur la place du village."
    found = detect("", vogue, date(2020, 7, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 8, 28))
    parish = "The Parish Carnival will run Wednesday, May 8, with rides and games for all ages."
    found = detect("", parish, date(2024, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 5, 8))
    midway = "The carnival will be in operation July 26th-29th at the fairgrounds."
    found = detect("", midway, date(2023, 7, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 7, 26))
    named = "The Riverside Fair 2023 is set to return from Friday, October 6 until October 14."
    found = detect("", named, date(2023, 9, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 10, 6))
    cruise = "Carnival Cruise Line shares rose on Thursday, August 1, after the results."
    assert detect("", cruise, date(2024, 7, 1)) is None
    fashion = "La vogue du télétravail ne faiblit pas : une étude sera publiée le 12 mars."
    assert detect("", fashion, date(2024, 3, 1)) is None
    given_up = (
        "Le maire l'a confirmé : il n'y aura pas de fête foraine de printemps, a-t-il dit "
        "mardi 28 janvier 2020."
    )
    assert detect("", given_up, date(2020, 1, 1)) is None


def test_a_title_that_ends_by_calling_the_event_off_announces_no_day():
    """Batch 1545: a title that ends by calling the event off (« Au Mans, la fête foraine de
    printemps à nouveau annulée », "Spring funfair cancelled") announces no day, as one that
    starts so; a title that tells a cancellation past announces the day to come."""
    text = (
        "Le maire a confirmé ce mardi 28 janvier 2020 la décision, au grand regret des forains "
        "de la fête foraine."
    )
    title = "Au Mans, la fête foraine de printemps à nouveau annulée"
    assert detect(title, text, date(2020, 1, 1)) is None
    english = (
        "The council confirmed on Tuesday, January 28, 2020, that the funfair would not come to "
        "the park."
    )
    assert detect("Spring funfair cancelled", english, date(2020, 1, 1)) is None
    back = "La fête foraine s'installera sur la place à partir du samedi 12 mars."
    found = detect("La fête foraine, annulée l'an dernier, revient", back, date(2022, 3, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 3, 12))


def test_a_span_of_named_days_takes_its_last_days_year():
    """Batch 1544: "Wednesday, May 8 through Saturday, May 11, 2024" gives its first day the
    last day's year, a weekday before the last day or not ("May 8 through May 11, 2024"); a
    day in a sentence of its own keeps the year of the publication."""
    parish = (
        "The Parish Carnival will run Wednesday, May 8 through Saturday, May 11, 2024, with rides "
        "and games."
    )
    found = detect("", parish, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 5, 8))
    conference = "The conference runs May 8 through May 11, 2024 in Denver."
    found = detect("", conference, date(2020, 1, 1))
    assert found is not None and found.when == date(2024, 5, 8)
    apart = "The workshop will be held May 8. Registration closes Saturday, May 4."
    found = detect("", apart, date(2024, 4, 1))
    assert found is not None and found.when == date(2024, 5, 8)


def test_a_triathlon_named_as_a_race_to_come_is_an_event_on_its_day():
    """Batches 1548, 1549: a triathlon or a duathlon named by its edition or its kind, or told to
    take place, is a race on its day (« le club organise son traditionnel triathlon … Ce dimanche
    11 septembre », "The 19th annual Lakeside Triathlon will take place this Saturday"); not a
    word on the sport (« le triathlon mondial à l'arrêt … à partir du lundi 16 mars »)."""
    club = (
        "Comme chaque année, le club organise son traditionnel triathlon au mois de septembre. "
        "Ce dimanche 11 septembre, débutants et experts vont nager, pédaler et courir."
    )
    found = detect("", club, date(2022, 9, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 9, 11))
    annual = "The 19th annual Lakeside Triathlon will take place this Saturday at the beach."
    found = detect("", annual, date(2019, 8, 8))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 8, 10))
    sport = (
        "La fédération a suspendu ses activités : le triathlon mondial est à l'arrêt et les "
        "classements sont gelés à partir du lundi 16 mars 2020."
    )
    assert detect("", sport, date(2020, 3, 1)) is None


def test_a_title_that_says_the_event_is_called_off_announces_no_day():
    """Batches 1548, 1549: a title that says the event is called off (« Le traditionnel triathlon
    de Mandelieu est annulé 3 mois avant l'épreuve », "Junior Triathlon cancelled for 2017")
    announces no day; a title that tells a cancellation past ("The fair that was cancelled last
    year returns") announces the day to come."""
    mandelieu = (
        "Le rendez-vous incontournable du triathlon était prévu les 10 et 11 septembre, mais il "
        "n'y a pas assez de participants inscrits."
    )
    title = "Le traditionnel triathlon de Mandelieu est annulé 3 mois avant l'épreuve"
    assert detect(title, mandelieu, date(2022, 6, 1)) is None
    junior = (
        "We didn't see the registrations needed to run the junior triathlon this Saturday, "
        "June 3rd."
    )
    assert detect("Junior Triathlon cancelled for 2017", junior, date(2017, 5, 30)) is None
    back = "The annual fun fair will return on Saturday, June 3, with rides for all ages."
    found = detect("The fair that was cancelled last year returns", back, date(2017, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 6, 3))


def test_a_weekday_after_a_verb_of_the_future_is_ahead():
    """Batch 1548: a weekday after a verb of the future is the next such day, however far in
    the week ("will be held this Saturday" published on Tuesday is the Saturday to come, not the
    one gone by; « aura lieu ce samedi »; "will take place Saturday", a bare weekday); the same
    day told in the past tense is a report's."""
    held = "The Lakeside Triathlon will be held this Saturday at the lake."
    found = detect("", held, date(2017, 8, 22))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 8, 26))
    forum = "Le forum des métiers aura lieu ce samedi à la salle des fêtes."
    found = detect("", forum, date(2017, 8, 22))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 8, 26))
    bare = "The annual Lakeside Triathlon will take place Saturday at the beach."
    found = detect("", bare, date(2019, 8, 9))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 8, 10))
    was = "The conference was held this Saturday at the hall."
    assert detect("", was, date(2017, 8, 22)) is None
    took = "Le forum des métiers a eu lieu ce samedi à la salle des fêtes."
    assert detect("", took, date(2017, 8, 22)) is None


def test_a_public_meeting_is_an_event_on_its_day():
    """Batches 1552, 1553: a public meeting, the town's or the elected member's, is an event on
    its day (« Lundi 26 novembre à 20h, salle polyvalente » below « Réunion publique n°02 »,
    "will host a town hall meeting … on Aug. 22 at 7 p.m.", "holding a community meeting
    Wednesday, Oct. 19", "a special Joint Work Session … on Thursday, April 29th"); not the
    building ("will be at town hall, 6 Park Row, on Aug. 22")."""
    reunion = "Lundi 26 novembre à 20h, salle polyvalente, venez découvrir le diagnostic."
    found = detect("Révision du PLU – Réunion publique n°02", reunion, date(2018, 11, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 11, 26))
    town_hall = (
        "Congressman Smith will host a town hall meeting in Bensalem later this month. He will "
        "hold the event on Aug. 22 at 7 p.m."
    )
    found = detect("", town_hall, date(2017, 8, 11))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 8, 22))
    community = (
        "City officials are looking at holding a community meeting Wednesday, Oct. 19, on the "
        "library's master plan."
    )
    found = detect("", community, date(2016, 10, 9))
    assert found is not None and (found.kind, found.when) == ("event", date(2016, 10, 19))
    session = (
        "The draft plan will be released at a special Joint Work Session of the Commission and "
        "the Council on Thursday, April 29th at 6 pm."
    )
    found = detect("", session, date(2021, 4, 16))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 4, 29))
    building = "The clerk's office at town hall, 6 Park Row, will be closed on Aug. 22."
    assert detect("", building, date(2017, 8, 11)) is None


def test_a_meeting_told_over_in_the_lead_is_a_report():
    """Batches 1552, 1553: a lead that tells the meeting over (« La seconde réunion publique … s'est
    déroulée ce mardi 10 avril 2018 », « Monsieur le Maire avait convié ses administrés à une
    réunion publique le 29 août ») reports it, whatever day follows; a meeting told over before
    the one announced (« Après la réunion publique qui s'est tenue le 3 mars, une seconde aura
    lieu ») leaves the announcement."""
    over = (
        "La seconde réunion publique concernant la révision du PLU s'est déroulée ce mardi 10 "
        "avril 2018. Le projet sera arrêté par le conseil communautaire du 24 juin."
    )
    assert detect("Seconde réunion publique sur le PLU", over, date(2018, 4, 12)) is None
    convened = (
        "Monsieur le Maire avait convié ses administrés à une réunion publique le 29 août pour "
        "les informer de l'avancement du PLU."
    )
    assert detect("Urbanisme : réunion publique", convened, date(2020, 1, 1)) is None
    convenes = (
        "Monsieur le Maire convie ses administrés à une réunion publique le 29 août pour les "
        "informer de l'avancement du PLU."
    )
    found = detect("Urbanisme : réunion publique", convenes, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 8, 29))
    second = (
        "Après la réunion publique qui s'est tenue le 3 mars, une seconde réunion publique aura "
        "lieu le mardi 10 avril à la mairie."
    )
    found = detect("", second, date(2018, 3, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 4, 10))


def test_a_bare_weekday_ending_what_a_host_will_hold_is_the_next_such_day():
    """Batch 1552: what a host will hold, named first, then a bare weekday ending its clause
    ("will host a town hall meeting for area residents Saturday.", a title's "will hold town
    hall Saturday in Mansfield") is the next such day, the page giving no weekday its date; the
    same told in the past is a report's."""
    host = "U.S. Rep Jane Smith will host a town hall meeting for area residents Saturday."
    found = detect("", host, date(2022, 3, 24))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 3, 26))
    title = "Smith will hold town hall Saturday in Mansfield"
    found = detect(
        title, "The congressman will be at town hall from noon to 1 p.m.", date(2022, 3, 24)
    )
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 3, 26))
    held = "U.S. Rep Jane Smith held a town hall meeting for area residents Saturday."
    assert detect("", held, date(2022, 3, 28)) is None


def test_a_charity_sale_is_an_event_on_its_day():
    """Batches 1556, 1557: a charity sale, the library's friends', the church's or the garden
    club's, is an event on its day ("St. John's will host its annual rummage and bake sale on May
    14 and 15", "the Annual Book Sale fundraiser, which will be held on Saturday", « Le Marché du
    livre d'occasion se déroulera du jeudi 23 au samedi 25 mai 2024 »); not the trade's "book
    sales"."""
    rummage = "St. John's church will host its annual rummage and bake sale on May 14 and 15."
    found = detect("", rummage, date(2021, 4, 28))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 5, 14))
    book = (
        "The Friends of the Library are preparing for the Annual Book Sale fundraiser, which "
        "will be held on Saturday."
    )
    found = detect("", book, date(2023, 5, 31))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 6, 3))
    marche = (
        "Le Marché du livre d'occasion se déroulera à la Bibliothèque, du jeudi 23 au samedi 25 "
        "mai 2024, de 9 h à 19 h."
    )
    found = detect("", marche, date(2024, 5, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 5, 23))
    trade = "Publishers said book sales will be reported on May 14, after a strong quarter."
    assert detect("", trade, date(2021, 4, 28)) is None


def test_a_title_that_calls_the_event_a_success_reports_it():
    """Batch 1557: a title that ends by calling the event a success (« Vente de livres à la
    bibliothèque de Pau : un succès », « … : un franc succès ») reports it, whatever day its text
    names; a success promised (« succès garanti ») does not."""
    text = (
        "Les amateurs de livres se sont rués à la bibliothèque ce samedi. Une vente de livres "
        "était organisée toute la journée."
    )
    title = "Vente de livres à la bibliothèque de Pau : un succès"
    assert detect(title, text, date(2022, 6, 1)) is None
    assert detect("Vente de livres : un franc succès", text, date(2022, 6, 1)) is None
    coming = "Une vente de livres aura lieu samedi 4 juin à la bibliothèque."
    found = detect("Vente de livres : succès garanti", coming, date(2022, 6, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 6, 4))


def test_a_bare_weekday_ending_what_a_host_is_holding_is_the_next_such_day():
    """Batch 1557: the present that tells the near future ("The Friends of the Library are
    holding a book sale Saturday.") reads as "will hold": the next such day, the page giving no
    weekday its date; the past does not."""
    holding = "The Friends of the Pleasant Hill Library are holding a book sale Saturday."
    found = detect("", holding, date(2017, 2, 21))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 2, 25))
    held = "The Friends of the Pleasant Hill Library held a book sale Saturday."
    assert detect("", held, date(2017, 2, 27)) is None


def test_a_golf_tournament_is_an_event_on_its_day_not_a_contest_call():
    """Batches 1560, 1561: a golf tournament, the charity's or the club's, is played on its day
    by the teams that register ("The Morongo Charity Golf Tournament … set to take place on
    Monday, Oct. 18 … The registration deadline is Sept. 4" is an event on Oct. 18, no call
    closing on Sept. 4; « La première sélection du grand trophée de golf se tiendra ce dimanche 9
    juin »); not the sport's news (« le nouveau protocole sanitaire au golf … le 19 mai »)."""
    charity = (
        "Registration for golfers is underway for the 25th Annual Charity Golf Tournament, set to "
        "take place on Monday, Oct. 18 at the Golf Club. The registration deadline is Sept. 4."
    )
    found = detect("", charity, date(2021, 8, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 10, 18))
    trophee = (
        "La première sélection du grand trophée de golf se tiendra ce dimanche 9 juin au golf de "
        "la Grande Romanie."
    )
    found = detect("", trophee, date(2019, 6, 3))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 6, 9))
    scramble = (
        "The Lions Club is finalizing plans for its 34th annual golf tournament. The tournament is "
        "set for Saturday, Sept. 9, with a shotgun start at 8 a.m."
    )
    found = detect("", scramble, date(2023, 8, 31))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 9, 9))
    news = (
        "Le déconfinement, qui entre en vigueur le 19 mai, s'accompagne pour le golf d'un "
        "nouveau protocole sanitaire."
    )
    assert detect("", news, date(2021, 5, 18)) is None


def test_a_car_show_is_an_event_on_its_day():
    """Batches 1564, 1565: a car show, the club's or the charity's, its cars judged on the day by
    those who come, is an event on its day ("The Dixie Car Club will hold its 41st annual Car Show
    Oct. 5", "to host its fifth annual Car/Motorcycle show at noon Sunday, Sept. 8", « Dimanche
    24 septembre … le 12e rendez-vous des véhicules anciens », a cruise night); not a dealer's
    show car, nor a show called off."""
    club = "The Valley Car Club will hold its 20th annual Car Show Oct. 5 at the fairgrounds."
    found = detect("", club, date(2019, 9, 25))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 10, 5))
    police = (
        "The police department will host its fifth annual Car/Motorcycle show at noon Sunday, "
        "Sept. 8, at Memorial Park."
    )
    found = detect("", police, date(2019, 9, 4))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 9, 8))
    perche = (
        "Dimanche 24 septembre, le 12e rendez-vous des véhicules anciens réunira près de 70 "
        "voitures au Carré du Perche."
    )
    found = detect("", perche, date(2017, 9, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 9, 24))
    dealer = "The dealer unveiled its new show car, a coupe with 500 horsepower, on May 14."
    assert detect("", dealer, date(2019, 5, 20)) is None
    cancelled = (
        "The association has decided to cancel the 2020 edition of its car show. The event was "
        "scheduled for July 18."
    )
    assert detect("", cancelled, date(2020, 5, 5)) is None


def test_an_anglers_derby_is_an_event_on_its_day_not_a_contest_call():
    """Batches 1568, 1569: an anglers' derby or tournament, fished on its day by those who
    register, is an event on its day (the annual club's "ice fishing derby is set for Feb. 18",
    "the Big Nasty Bass Tournament on Sept. 30", a kids' fishing rodeo), not a contest call
    without a closing day ("Compete for prizes at our Fishing Derby! Registration opens
    on-site"); not a bass guitar's contest."""
    ice = "The Fish and Game Club's annual ice fishing derby is set for Feb. 18 from 6 a.m."
    found = detect("", ice, date(2019, 2, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 2, 18))
    bass = "Anglers will look for the big one in the city's Big Nasty Bass Tournament on Sept. 30."
    found = detect("", bass, date(2000, 8, 12))
    assert found is not None and (found.kind, found.when) == ("event", date(2000, 9, 30))
    pond = (
        "Saturday, Nov. 9\n8-10:30 a.m. at Recreation Park Pond\nEnjoy some fishing and compete "
        "for prizes at our Fishing Derby! Registration opens on-site at 7 a.m."
    )
    found = detect("Memorial Fishing Derby", pond, date(2024, 11, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 11, 9))
    guitar = "The bass guitar contest results were posted on May 4, with the winners' solos."
    assert detect("", guitar, date(2019, 4, 20)) is None


def test_a_day_after_as_of_is_a_reference_day_not_the_events():
    """Batch 1573: "as of" before a day makes it a reference day, an age's or a status's ("All
    contestants must be 18 years of age or under as of September 1"), not the day of the event the
    page names; the day an event is held on stays its day."""
    age = "Participants must be 18 years of age or under as of September 1 and enrolled in school."
    assert detect("Youth conference", age, date(2019, 5, 2)) is None
    held = "The youth conference will be held on September 1 at the school."
    found = detect("Youth conference", held, date(2019, 5, 2))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 9, 1))


def test_a_rodeo_is_an_event_on_its_day_not_a_contest_call():
    """Batches 1572, 1573: a rodeo, the town's, the fair's or the school's, or a stampede, is an
    event on its day, its contestants entered before it ("The Junior Rodeo is scheduled for 8:30
    a.m. Saturday, Oct. 6 … Entries must be postmarked by Sept. 21" is Oct. 6, no call closing on
    Sept. 21; the Calgary Stampede "scheduled July 4-13"); not the saying ("not my first rodeo"),
    Rodeo Drive, nor « les rodéos urbains »."""
    junior = (
        "The Sheriff's Posse Junior Rodeo is scheduled for 8:30 a.m. Saturday, Oct. 6 at the "
        "arena. Entries must be postmarked by Sept. 21."
    )
    found = detect("", junior, date(2018, 9, 12))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 10, 6))
    stampede = (
        "Chuckwagon races and other old-fashioned entertainment are on the program at the Calgary "
        "Stampede, scheduled July 4-13."
    )
    found = detect("", stampede, date(2008, 5, 27))
    assert found is not None and (found.kind, found.when) == ("event", date(2008, 7, 4))
    school = "Arcola will be hosting their High School Rodeo on Sept. 2 and 3."
    found = detect("", school, date(2019, 8, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 9, 2))
    saying = "This is not my first rodeo, the mayor said, before the budget vote on May 4."
    assert detect("", saying, date(2019, 5, 1)) is None
    street = "Shoppers crowded Rodeo Drive on May 4 for the opening of the boutique."
    assert detect("", street, date(2019, 5, 1)) is None
    urbains = "Les rodéos urbains inquiètent les habitants : le maire prendra un arrêté le 4 mai."
    assert detect("", urbains, date(2019, 5, 1)) is None


def test_a_move_in_a_sentence_that_calls_the_event_off_gives_no_day():
    """Batch 1573: new days in a sentence that calls the event off are given up with it ("announced
    the cancellation of the competitions, concerts and carnival, which were recently rescheduled
    for May 4 – 23, 2021"); a move alone gives the event its new day."""
    called_off = (
        "The Livestock Show and Rodeo announced the cancellation of its competitions, concerts "
        "and carnival, which were recently rescheduled for May 4 – 23, 2021."
    )
    assert detect("", called_off, date(2021, 2, 3)) is None
    moved = "The rodeo competitions, which were recently rescheduled for May 4 – 23, 2021, go on."
    found = detect("", moved, date(2021, 2, 3))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 5, 4))


def test_an_event_set_for_a_bare_weekday_is_the_next_such_day():
    """Batch 1572: an event "set for" a bare weekday ("The Cattlemen's Association Rodeo is set for
    Friday and Saturday nights", published on a Tuesday) is on the next such day, as one
    "scheduled for" it; one that was set for it is not announced."""
    rodeo = "The Cattlemen's Association Rodeo is set for Friday and Saturday nights at the park."
    found = detect("", rodeo, date(2022, 8, 23))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 8, 26))
    was = "The Cattlemen's Association Rodeo was set for Friday, before the storm."
    assert detect("", was, date(2022, 8, 29)) is None


def test_a_county_or_state_fair_is_an_event_on_its_opening_day():
    """Batches 1576, 1577: a county's or a state's fair is an event on its opening day ("The county
    fair will run August 3 through 10", "2019 State Fair dates: Aug. 22 through Labor Day, Sept.
    2"), as « la foire » is; not the state's "fair market value"."""
    county = "The county fair will run August 3 through 10 this year at the fairgrounds."
    found = detect("", county, date(2024, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2024, 8, 3))
    state = "2019 State Fair dates: Aug. 22 through Labor Day, Sept. 2"
    found = detect("", state, date(2019, 8, 17))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 8, 22))
    value = "The county will pay the state fair market value of the farm on May 4."
    assert detect("", value, date(2019, 5, 1)) is None


def test_an_event_that_will_open_on_a_bare_weekday_is_on_the_next_such_day():
    """Batch 1577: an event that "will (officially) open on" a bare weekday ("The 140th Fayette
    County Fair will officially open on Monday", published on a Friday) is on the next such day;
    one that opened on it is told after."""
    fair = "The 140th Fayette County Fair will officially open on Monday with plenty of shows."
    found = detect("", fair, date(2019, 7, 12))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 7, 15))
    opened = "The 140th Fayette County Fair officially opened on Monday with plenty of shows."
    assert detect("", opened, date(2019, 7, 17)) is None


def test_a_community_meal_is_an_event_on_its_day():
    """Batches 1580, 1581: a club's, a church's or a fire company's fundraising meal is an event
    on its day ("the 39th annual pancake breakfast at Tracy fire Station 91 on Oct. 6", "The
    annual Spaghetti Supper will be from 5:30 p.m.- 9 p.m. on Nov. 15", "The Walworth Fire
    Department's Chicken Barbecue starts at 11 a.m., Saturday, June 30"), labelled a meal as the
    elders' banquets are; not a barbecue sauce."""
    pancakes = (
        "The batter gets cooking with the 39th annual pancake breakfast at the station on Oct. 6."
    )
    found = detect("", pancakes, date(2012, 9, 29))
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Repas",
        date(2012, 10, 6),
    )
    supper = (
        "The annual Spaghetti Supper will be from 5:30 p.m.- 9 p.m. on Nov. 15 in the cafeteria."
    )
    found = detect("", supper, date(2018, 11, 6))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 11, 15))
    chicken = "The Fire Department's Chicken Barbecue starts at 11 a.m., Saturday, June 30."
    found = detect("", chicken, date(2012, 6, 26))
    assert found is not None and (found.kind, found.when) == ("event", date(2012, 6, 30))
    sauce = "The new chicken barbecue sauce goes on sale at the market on June 30."
    assert detect("", sauce, date(2012, 6, 26)) is None


def test_a_day_named_as_the_weekday_gone_by_is_past():
    """Batch 1580: a day right after "last Saturday," or "this past Sunday," is the weekday gone by
    ("Last Saturday, November 4th, the Key Clubs volunteered to help out with the Spaghetti
    Dinner"), a report's, even on a page without its own date; "next Saturday, November 4th" is
    to come."""
    report = (
        "Last Saturday, November 4th, the Key Clubs volunteered to help out with the Spaghetti "
        "Dinner at the Senior Center."
    )
    assert detect("Spaghetti Dinner", report, date(2017, 1, 1)) is None
    coming = (
        "Next Saturday, November 4th, the Key Clubs will help out with the Spaghetti Dinner at "
        "the Senior Center."
    )
    found = detect("Spaghetti Dinner", coming, date(2017, 10, 30))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 11, 4))


def test_an_associations_outing_is_an_event_on_its_day():
    """Batches 1584, 1585: an association's outing, walked or ridden on its day by those who come,
    is an event on its day (« leur randonnée VTT et pédestre des gorges de l'Aveyron, ce dimanche
    11 juin », « La 6e Rando Gourmande … se déroulera le dimanche 28 juin », « les Promenades
    gourmandes prévues … le 8 octobre »), labelled « Randonnée »; not a hiker's « randonnée »
    alone."""
    vtt = (
        "Les parents d'élèves vous attendent pour leur randonnée VTT et pédestre des gorges, ce "
        "dimanche 11 juin, à la salle des fêtes."
    )
    found = detect("", vtt, date(2017, 6, 8))
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Randonnée",
        date(2017, 6, 11),
    )
    gourmande = "La 6e Rando Gourmande se déroulera cette année le dimanche 28 juin à Meursault."
    found = detect("", gourmande, date(2015, 5, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2015, 6, 28))
    hiker = "Un randonneur a été secouru le 28 juin lors d'une randonnée dans le massif."
    assert detect("", hiker, date(2015, 5, 20)) is None


def test_a_fairs_motor_contest_is_an_event_on_its_day_not_a_contest_call():
    """Batches 1588, 1589: a demolition derby, a tractor or truck pull, a mud bog is an event on its
    day, its drivers entered on the day ("Entries are still being received for the Demolition
    Derby Championship … this Saturday night", "Garden Tractor / Tractor / Truck Pull … 6:00pm
    Thursday, July 28, 2022"), not a contest call; not a truck that pulls into a station."""
    derby = (
        "Entries are still being received for the Demolition Derby Championship at the speedway "
        "this Saturday night."
    )
    found = detect("", derby, date(2017, 10, 27))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 10, 28))
    pull = "Time & Date\n6:00pm Thursday, July 28, 2022, on the Track\nEnter grounds after 1:30pm"
    found = detect("Thursday: Garden Tractor / Tractor / Truck Pull", pull, date(2022, 6, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 7, 28))
    station = "The delivery truck pulls into the station on Saturday, Aug. 2, with the new desks."
    assert detect("", station, date(2019, 7, 17)) is None


def test_an_english_sentence_that_opens_on_its_day_in_the_future_is_the_events():
    """Batch 1589: an English sentence that opens on a day, its comma taken with the date ("On
    August 3, the inaugural conference will be held", "On Aug. 3, the inaugural Mud Bog
    fundraiser will be held"), is the event's day, as « Le 3 août, la conférence se tiendra »
    is; told in the past, it is a report's."""
    conference = "On August 3, the inaugural conference will be held in the hall."
    found = detect("", conference, date(2023, 7, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 8, 3))
    bog = "On Aug. 3, the inaugural Mud Bog fundraiser will be held to benefit the rink."
    found = detect("", bog, date(2023, 7, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 8, 3))
    held = "On Aug. 3, the club held its inaugural Mud Bog fundraiser to benefit the rink."
    assert detect("", held, date(2023, 8, 10)) is None


def test_an_english_weekday_given_with_its_date_is_no_bare_weekday():
    """Found in the session's review: "will be held Saturday, April 20" names a dated day, read for
    itself; on a page published after it, the day is gone, not the next Saturday (it was read as
    such, the weekday taken bare: the date after it was French-ordered only); before it, the day
    stands."""
    hunt = "The Easter egg hunt will be held Saturday, April 20 at the park."
    assert detect("", hunt, date(2019, 5, 1)) is None
    found = detect("", hunt, date(2019, 4, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 4, 20))
    bare = "The Easter egg hunt will be held Saturday at the park."
    found = detect("", bare, date(2019, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 5, 4))


def test_a_makers_market_is_an_event_on_its_day():
    """Batches 1592, 1593: a church's, a school's or a guild's makers' market (a holiday craft
    fair, a church bazaar, « le marché artisanal ») is an event on its day, labelled a sale ("St.
    Luke's to hold annual bazaar … On Saturday, Nov. 19"), and a quilt show an exhibition; not a
    fashion magazine's "Bazaar"."""
    bazaar = (
        "On Saturday, Nov. 19, St. Luke's Episcopal Church holds its annual bazaar with lunch "
        "and open house from 9 a.m. to 2 p.m."
    )
    found = detect("St. Luke's to hold annual bazaar", bazaar, date(2016, 11, 15))
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Vente",
        date(2016, 11, 19),
    )
    craft = "The annual craft fair is set for Saturday, Nov. 2 at the high school gym."
    found = detect("", craft, date(2019, 10, 29))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 11, 2))
    quilt = "The guild's quilt show will be held May 10-11 at the community center."
    found = detect("", quilt, date(2019, 4, 20))
    assert found is not None and (found.kind, found.label, found.when) == (
        "event",
        "Exposition",
        date(2019, 5, 10),
    )
    magazine = "The May 10 issue of Harper's Bazaar features the designer's new collection."
    assert detect("", magazine, date(2019, 4, 20)) is None


def test_a_powwow_is_an_event_on_its_days_not_a_contest_call():
    """Batches 1596, 1597: a powwow, the tribe's, the college's or the society's, is an event on
    its first day ("will host a Pow Wow from 12:30 to 10 p.m. Saturday, Oct. 19", "gets underway
    Saturday"), labelled a feast, and its dance and drum contests, entered on the day, are no
    call ("Registration for the dance competitions opens at 10 a.m."); not a film's "Powwow
    Highway" nor the season."""
    society = (
        "The Gourd Dance Society will host a Pow Wow from noon to 10 p.m. Saturday, Oct. 19 at "
        "the community center. It is free and open to the public."
    )
    found = detect("", society, date(2019, 10, 12))
    assert found is not None and (found.kind, found.label) == ("event", "Fête")
    assert found.when == date(2019, 10, 19)
    contests = (
        "The student powwow will take place on Saturday, April 13, at the college. Registration "
        "for the dance and drumming competitions opens at 10 a.m. Men and women will compete in "
        "traditional and fancy dance competitions."
    )
    found = detect("", contests, date(2019, 4, 10))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 4, 13))
    weekend = "The 30th annual Pow Wow gets underway Saturday at the park on Ninth Street."
    found = detect("Pow Wow is this weekend", weekend, date(2018, 9, 7))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 9, 8))
    film = "Powwow Highway, the road film, is shown again at the cinema club on May 4."
    assert detect("", film, date(2019, 5, 1)) is None
    season = (
        "Powwow season starts on May 4 this year, and the dancers will travel from one "
        "reservation to another all summer."
    )
    assert detect("", season, date(2019, 4, 1)) is None


def test_a_graduation_is_an_event_on_its_day():
    """Batches 1600, 1601: a school's, a college's or a university's graduation is an event on
    its day, labelled « Remise des diplômes » ("Commencement will take place at the stadium on
    Friday, June 5, 2026", "the May 9 Commencement Ceremony", « la cérémonie de remise des
    diplômes »); not a graduation rate, nor a works' commencement, nor « le commencement des
    travaux »."""
    bare = (
        "Commencement will take place at the stadium on Friday, June 5, 2026. Graduates must be "
        "checked in no later than 6 p.m."
    )
    found = detect("", bare, date(2026, 3, 1))
    assert found is not None and (found.kind, found.label) == ("event", "Remise des diplômes")
    assert found.when == date(2026, 6, 5)
    ceremony = (
        "The Graduation Ceremony for the Class of 2023 is scheduled to occur on Saturday, May 20, "
        "2023. The procession will begin at 7 p.m. on the football field."
    )
    found = detect("", ceremony, date(2023, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 5, 20))
    procedures = (
        "Degree candidates are encouraged to review the procedures for the May 9 Commencement "
        "Ceremony. Guests needing disability seating must fill out a form by April 27."
    )
    found = detect("Commencement Ceremony Details", procedures, date(2015, 4, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2015, 5, 9))
    french = "La cérémonie de remise des diplômes aura lieu le vendredi 12 décembre 2025."
    found = detect("", french, date(2025, 11, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 12, 12))
    rate = "The state's graduation rate will be published on May 4, the department said."
    assert detect("", rate, date(2019, 4, 1)) is None
    works = "Construction commencement is set for May 4, the council said."
    assert detect("", works, date(2019, 4, 1)) is None
    travaux = "Le commencement des travaux est prévu le 4 mai, annonce la mairie."
    assert detect("", travaux, date(2019, 4, 1)) is None


def test_nominations_accepted_until_a_day_are_a_call_closing_then():
    """Batch 1600: nominations "accepted until" a day are a call for nominations closing on it
    (a commencement's student speaker's: "Nominations … will be accepted until noon on Feb. 18"),
    not the ceremony the finalist will speak at; not nominations that were accepted, nor those
    accepted through the year."""
    speaker = (
        "Nominations from students, staff and faculty will be accepted until noon on Feb. 18. "
        "The committee will select one finalist to speak at the Commencement Ceremony on "
        "Saturday, May 23."
    )
    found = detect("", speaker, date(2020, 1, 10))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2020, 2, 18))
    past = "Nominations were accepted until Feb. 18, and the winners were named on March 3."
    assert detect("", past, date(2020, 3, 10)) is None
    board = "Nominations for the board are accepted through the year; the board meets on May 4."
    assert detect("", board, date(2020, 3, 10)) is None


def test_a_soapbox_race_is_a_race_on_its_day_not_a_contest_call():
    """Batches 1604, 1605: a village's soapbox race is a race on its day, its crews entered
    before it (« accueillera pour la première fois une descente de caisses à savon le dimanche
    11 juin … Les inscriptions pour y participer sont déjà ouvertes » is 11 June, no contest
    call; « L'association en organise une … le dimanche 5 juin » below « Une course de caisses à
    savon »), and a soapbox derby too; not a shop's soapbox derby kits."""
    descente = (
        "La commune accueillera pour la première fois une descente de caisses à savon le "
        "dimanche 11 juin. Il est possible d'en faire pour le plaisir ou pour des compétitions. "
        "Les inscriptions pour y participer sont déjà ouvertes."
    )
    found = detect("", descente, date(2023, 3, 1))
    assert found is not None and (found.kind, found.label) == ("event", "Course")
    assert found.when == date(2023, 6, 11)
    organised = (
        "Une course de caisses à savon pour la Pentecôte. L'association du village en organise "
        "une le dimanche 5 juin. Elle est ouverte à tous."
    )
    found = detect("", organised, date(2022, 2, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 6, 5))
    derby = "The Freedom Festival announces its first Soapbox Derby Race on June 30 downtown."
    found = detect("", derby, date(2023, 5, 31))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 6, 30))
    kits = "Soap box derby kits go on sale on May 4 at the hardware store."
    assert detect("", kits, date(2023, 4, 1)) is None


def test_a_block_party_is_an_event_on_its_day():
    """Batches 1608, 1609: a neighbourhood's block party, the city's, the association's or the
    church's, and the nation's night of them, are events on their day, labelled a feast ("will
    host its second Block Party in Bayliss Park on Sept. 4", "National Night Out Neighborhood
    Parties will be held Sunday, October 5, 2025", « la fête de quartier »); not the permit one
    asks for before it."""
    city = (
        "Parks and Recreation has announced it will host its second Block Party in the park on "
        "Sept. 4."
    )
    found = detect("", city, date(2021, 8, 25))
    assert found is not None and (found.kind, found.label) == ("event", "Fête")
    assert found.when == date(2021, 9, 4)
    night = "National Night Out Neighborhood Parties will be held Sunday, October 5, 2025."
    found = detect("", night, date(2025, 9, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2025, 10, 5))
    quartier = "La fête de quartier se tiendra samedi 15 juin au square."
    found = detect("", quartier, date(2019, 5, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 6, 15))
    permits = "Block party permits will be issued at City Hall from May 4."
    assert detect("", permits, date(2019, 4, 1)) is None


def test_a_day_that_came_to_be_is_told_as_past():
    """Batch 1609: a day that « a vu le jour » is a first edition's, told after (« C'est ainsi que
    la soirée du vendredi 12 mai a vu le jour et est devenue la fête des voisins », on a page
    without its date); not its host's « qui a vu le jour en 2015 », a clause of its own."""
    report = (
        "C'est ainsi que la soirée du vendredi 12 mai a vu le jour et est devenue la fête des "
        "voisins et des voisines."
    )
    assert detect("", report, date(2020, 1, 1)) is None
    host = (
        "La fête des voisins aura lieu le 12 mai, et l'association, qui a vu le jour en 2015, "
        "offre l'apéritif."
    )
    found = detect("", host, date(2023, 4, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 5, 12))


def test_a_bare_weekday_after_its_hours_is_the_next_such_day():
    """Batch 1608: an event that "will be held from 3 to 6 p.m. Saturday" is on the next
    Saturday, its hours between the verb and the weekday, as "will be held Saturday" is ("at 7
    p.m. Friday", "from noon to 4 p.m. Sunday"); not a weekday given with its date ("at 7 p.m.
    Saturday, May 4"), nor one told after ("was held from 3 to 6 p.m. Saturday")."""
    hours = "The free event will be held from 3 to 6 p.m. Saturday at the community center."
    found = detect("Block party planned on State Street", hours, date(2018, 9, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 9, 15))
    evening = "The powwow will take place at 7 p.m. Friday in the gym."
    found = detect("", evening, date(2018, 9, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 9, 14))
    dated = "The block party will be held at 7 p.m. Saturday, May 4, at the park."
    found = detect("", dated, date(2018, 9, 13))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 5, 4))
    told = "The block party was held from 3 to 6 p.m. Saturday at the park."
    assert detect("", told, date(2018, 9, 13)) is None


def test_an_open_air_screening_is_an_event_on_its_night():
    """Batches 1612, 1613: a town's, a park's or an association's open-air screening is an event
    on its night, labelled « Projection » (« une projection en plein air du film … le samedi 13
    juillet », "will host Family Fun Movie Night in the Park … on Saturday, September 23", "an
    outdoor movie … on June 30"); not a cinema's own screening, nor a film's release."""
    plein_air = (
        "La commune organise une projection en plein air du film Le Grand Bain le samedi 13 "
        "juillet à 22 h."
    )
    found = detect("", plein_air, date(2019, 6, 1))
    assert found is not None and (found.kind, found.label) == ("event", "Projection")
    assert found.when == date(2019, 7, 13)
    park = (
        "The City Recreation and Parks Department will host Family Fun Movie Night in the Park on "
        "Saturday, September 23."
    )
    found = detect("", park, date(2023, 9, 19))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 9, 23))
    outdoor = (
        "Residents will have a new option: an outdoor movie at the park. The council approved a "
        "free movie night at 9:30 p.m. on June 30."
    )
    found = detect("", outdoor, date(2017, 6, 27))
    assert found is not None and (found.kind, found.when) == ("event", date(2017, 6, 30))
    indoors = "Le cinéma Le Lux projette le film en avant-première le samedi 13 juillet."
    assert detect("", indoors, date(2019, 6, 1)) is None
    release = "The movie opens in theaters on Friday, July 12, the studio said."
    assert detect("", release, date(2019, 6, 1)) is None


def test_chicken_tenders_and_legal_tender_are_no_call_for_tenders():
    """Batch 1612: a menu's "chicken tenders" and "legal tender", a currency, are no call for
    tenders ("Meals, including burgers and chicken tenders, also will be offered" below a
    screening's days was read as a call closing on its last day); a buyer's tenders still are."""
    menu = (
        "Free outdoor movie nights will begin Thursday, July 22 and continue through Thursday, "
        "Aug. 26. Meals, including burgers and chicken tenders, also will be offered."
    )
    found = detect("", menu, date(2021, 7, 15))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 7, 22))
    currency = "The dollar is legal tender on the island until July 22, the central bank said."
    assert detect("", currency, date(2021, 7, 15)) is None
    buyer = "The city invites tenders for the park's new lighting; tenders are due by July 22."
    found = detect("", buyer, date(2021, 7, 15))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2021, 7, 22))


def test_a_day_the_public_was_numerous_is_told_as_past():
    """Batch 1613: a day its public « étaient nombreux » at is told after, in the imperfect, as
    « a été nombreux » is (« Égletonnais et estivants de passage étaient nombreux dans le parc … le
    24 juillet pour assister à la projection », on a page without its date); not a day to come
    after last year's crowd."""
    report = (
        "La séance de cinéma en plein air organisée chaque été par la commune a une nouvelle fois "
        "attiré un large public familial. Les habitants étaient nombreux dans le parc le 24 "
        "juillet pour assister à la projection."
    )
    assert detect("Un ciné en plein air apprécié", report, date(2020, 1, 1)) is None
    coming = (
        "Ils étaient nombreux l'an dernier ; la projection en plein air aura lieu le 24 juillet."
    )
    found = detect("", coming, date(2020, 1, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2020, 7, 24))


def test_a_food_truck_gathering_is_an_event_on_its_day():
    """Batches 1616, 1617: a gathering of food trucks, the town's or the association's, is an
    event on its first day, labelled « Festival » ("a Food Truck Rally on Sunday, June 17", "The
    food truck rallies will be held every Thursday starting April 6", « le festival de food
    trucks … du 19 au 21 août »); not one truck's opening, nor a food truck park, a venue."""
    rally = "The plaza will host a fleet of food trucks for a Food Truck Rally on Sunday, June 17."
    found = detect("", rally, date(2012, 6, 14))
    assert found is not None and (found.kind, found.label) == ("event", "Festival")
    assert found.when == date(2012, 6, 17)
    weekly = (
        "The food truck rallies will be held every Thursday starting April 6 and continue "
        "through Oct. 26."
    )
    found = detect("", weekly, date(2023, 2, 14))
    assert found is not None and (found.kind, found.when) == ("event", date(2023, 4, 6))
    festival = "Du 19 au 21 août, le parc accueillera un festival de food trucks."
    found = detect("", festival, date(2022, 8, 11))
    assert found is not None and (found.kind, found.when) == ("event", date(2022, 8, 19))
    one = "Le food truck de Marc ouvre ses portes le 4 mai sur la place de la mairie."
    assert detect("", one, date(2019, 4, 1)) is None
    venue = "A new food truck park opens on Main Street on May 4."
    assert detect("", venue, date(2019, 4, 1)) is None


def test_a_festivals_food_vendor_application_is_a_call():
    """Batch 1616: a festival's food vendor application is a call for applications closing on its
    deadline ("The 2025 Food Vendor Application is now available … Application deadline: December
    16, 2024", "Food Truck Application"); not a city's review of food truck applications, told
    after, nor food vendors serving at a fair."""
    fairhope = (
        "The 2025 Food Vendor Application is now available. Food vendors are vetted. Application "
        "deadline: December 16, 2024."
    )
    found = detect("", fairhope, date(2024, 9, 1))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2024, 12, 16))
    truck = "Food Truck Application. Deadline: May 25, 2024. Vendors are accepted until full."
    found = detect("", truck, date(2024, 4, 1))
    assert found is not None and (found.kind, found.deadline) == ("call", date(2024, 5, 25))
    review = "The city reviewed its food truck applications on May 4 and approved six."
    assert detect("", review, date(2024, 4, 1)) is None
    serving = "Food vendors will serve lunch at the fair on Saturday, May 4."
    assert detect("", serving, date(2024, 4, 1)) is None


def test_a_class_reunion_is_an_event_on_its_day():
    """Batches 1620, 1621: a class's reunion, the high school's or the alumni's, is an event on
    its day, labelled a meeting ("will hold their annual reunion May 4", "will hold its 40-year
    reunion on June 16", "are having a joint reunion on Saturday, Oct. 2"); not a family's
    reunion season, nor « la réunion annuelle » of a club, a meeting, nor La Réunion, the island."""
    annual = (
        "High school graduates from the late 1940s will hold their annual reunion May 4 at 1 p.m. "
        "at the Historical Society."
    )
    found = detect("", annual, date(2019, 4, 10))
    assert found is not None and (found.kind, found.label) == ("event", "Rencontre")
    assert found.when == date(2019, 5, 4)
    forty = "The inaugural graduating class will hold its 40-year reunion on June 16."
    found = detect("", forty, date(2018, 4, 27))
    assert found is not None and (found.kind, found.when) == ("event", date(2018, 6, 16))
    joint = "The Classes of 1985 and 1986 are having a joint reunion on Saturday, Oct. 2."
    found = detect("", joint, date(2021, 6, 25))
    assert found is not None and (found.kind, found.when) == ("event", date(2021, 10, 2))
    family = "Family reunion season starts May 4, the travel site says."
    assert detect("", family, date(2021, 4, 1)) is None
    club = "La réunion annuelle du club se tiendra le 4 mai à la mairie."
    assert detect("", club, date(2021, 4, 1)) is None
    island = "The island of La Réunion will welcome the regatta's boats from May 4."
    assert detect("", island, date(2021, 4, 1)) is None


def test_a_day_a_yearly_rule_counts_from_is_no_events_day():
    """Batch 1621: the day a yearly rule counts from is no event's day (« cette manifestation se
    déroule depuis le samedi le plus proche du 11 novembre », a page on a village's custom, was
    read as an event on 11 November; "the Saturday closest to July 4, this year July 6" is July
    6); a day given for itself still is."""
    custom = (
        "Les retrouvailles se déroulaient au printemps. Cette manifestation se déroule depuis le "
        "samedi le plus proche du 11 novembre suivant un programme devenu immuable."
    )
    title = "Fête des classes : une fête intergénérationnelle"
    assert detect(title, f"{title}. {custom}", date(2020, 1, 1)) is None
    closest = "The county fair will be held on the Saturday closest to July 4, this year July 6."
    found = detect("", closest, date(2019, 6, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 7, 6))
    itself = "La fête des classes aura lieu le samedi 9 novembre, le plus proche du 11 novembre."
    found = detect("", itself, date(2019, 6, 1))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 11, 9))


def test_a_farmers_markets_opening_day_is_an_event():
    """Batches 1624, 1625: a farmers market's opening day is an event on its day ("The Butler
    County Farmers Market will open this Saturday, May 28", "Opening day for the Downtown Farmers
    Market will be May 5", "will kick off the season Saturday, June 1"); not the market named
    without its opening ("The farmers market vendors meet at City Hall on May 12"), nor one told
    as open."""
    butler = "The Butler County Farmers Market will open this Saturday, May 28."
    found = detect("", butler, date(2022, 5, 25))
    assert found is not None and (found.kind, found.label) == ("event", "Événement")
    assert found.when == date(2022, 5, 28)
    opening = "Opening day for the Downtown Farmers Market will be May 5, the alliance announced."
    found = detect("", opening, date(2012, 4, 20))
    assert found is not None and (found.kind, found.when) == ("event", date(2012, 5, 5))
    season = "The Marblehead Farmers Market will kick off the season Saturday, June 1 at 9 a.m."
    found = detect("", season, date(2019, 5, 29))
    assert found is not None and (found.kind, found.when) == ("event", date(2019, 6, 1))
    vendors = "The farmers market vendors meet at City Hall on May 12 to discuss fees."
    assert detect("", vendors, date(2022, 5, 1)) is None
    told = "The Farmers Market is officially open, so what can you expect to find on May 12?"
    assert detect("", told, date(2018, 5, 9)) is None
