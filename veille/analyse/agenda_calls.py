"""The words of a call (pure data): what names a call for projects, applications or tenders
(« appel à projets », « AMI », "request for proposals"…), what announces one (« cet appel »,
« a lancé ») or invites to answer (« qui peut candidater ? »), and what says a call is over
(its winners, a tender's award notice, its own word that it is closed). Patterns are on
folded text (``opportunities.fold``); ``hints`` name words one of which any match holds, so
that an item without any of them is not scanned."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.analyse.agenda_dates import DAY_NAMES, DAY_WITH_MONTH, MONTH_NAMES


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


# the candidates' time to apply, the hints of its words (« les candidats ont jusqu'au »)
_CANDIDATES_UNTIL_HINTS = tuple(
    f"{who} {verb} jusqu'"
    for who in ("candidat", "candidate", "candidats", "candidates")
    for verb in ("ont", "auront", "a", "aura")
)
# « appel à thèses », "a call for thesis projects" (not "the minister calls for more projects");
# Québec's « appel de projets »
_PROJECTS = (
    # (« un appel à des expérimentations de monnaie numérique », « appel à expérimentations »)
    # (and the Region's « appel à initiatives »)
    r"appels? (?:(?:a|de) (?:projets?|innovations?|theses?|initiatives?)|"
    r"a (?:des )?experimentations?)\b|"
    r"\bcalls? for projects?\b|"
    r"\bcall for (?!(?:more|new|further|additional|bigger|greater|bolder)\b)(?:[\w&()-]+ ){1,4}?"
    r"projects?\b|\bopen calls?\b|"
    # a funder's call numbered: "has launched a second call for the Disruptive Technologies
    # Innovation Fund" (not "a new call for calm")
    # ("this year the 2nd call for this programme is now open!")
    r"\b(?:a|the|its) (?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)|new|fresh|next|"
    r"latest) call for (?!(?:action|help|calm|unity|peace|change|more|an end|dialogue|"
    r"restraint)\b)(?:(?:this|the|our|its) (?:[\w-]+ ){0,3}?(?:programme|program|scheme|fund|"
    r"initiative)\b)?"
)
# « école d'été », « université d'été », "summer school": a call for its participants or an
# event
SCHOOLS = (
    r"\becoles? d'(?:ete|hiver|automne|printemps)\b|\buniversites? d'ete\b|"
    r"\b(?:summer|winter|spring|autumn) schools?\b"
)
_GRANTS = (
    r"\bsubventions?\b|\baides? regionales?\b|\bgrant (?:programme|program|scheme|funding|"
    # "Gitcoin is launching its next Gitcoin Grants round"
    r"call|applications?)\b|\bfunding call\b|\bgrants? rounds?\b|"
    # (and an aid's requests to file: « les demandes d'aide peuvent être déposées avant le … »)
    r"\bdemandes? d'aides?(?= (?:peuvent|doivent|pourront) etre deposees\b)|"
    # "launched a major multi-annual competitive fund" (not a venture fund)
    r"\bcompetitive funds?\b"
)
# a funder seeking applications: a call's words (``CALLS``) and an invitation (``INVITED_RARE``)
SEEKING_APPLICATIONS = r"\b(?:is|are) (?:now )?(?:seeking|inviting) applications\b"
_RATE = r"\d{1,3}(?:[,.]\d{1,2})? ?%"  # a rate: « 20 % », « 12,5% »
# an aid scheme's rate, as its own sheet states it: « Subvention représentant 30 % des dépenses
# éligibles », « La subvention accordée représente 10 % des dépenses éligibles » (its terms, an
# invitation in ``INVITED_RARE``; « subvention » is a call's word in ``CALLS``)
AID_RATE = (
    # (and its rate listed after a colon: « Cette subvention représente : - 25% du montant des
    # travaux hors taxe »)
    # (and the scheme named between: « La subvention accordée dans le cadre de ce dispositif
    # représente 40 % des dépenses éligibles »)
    r"\bsubventions? (?:proposee |accordee )?(?:dans le cadre (?:de ce|du) dispositif )?"
    r"(?:representant|represente)(?: :)?(?: -)? "
    r"(?:jusqu'a |au maximum )?"
    # (and its ceiling after the rate: « Subvention représentant 80 % maximum des dépenses
    # éligibles »; a range: « Subvention représentant 20 % à 40 % du coût HT de
    # l'investissement »; the amount of the expenses: « 20 % du montant HT des dépenses
    # éligibles »)
    rf"{_RATE}(?: a {_RATE})? (?:maximum |au maximum |au plus )?(?:des "
    r"(?:depenses|investissements|couts) (?:[\w-]+ )?eligibles\b|du montant (?:ht |ttc )?des "
    r"depenses (?:[\w-]+ )?eligibles\b|du cout (?:ht |ttc )?de l'investissement\b|"
    # (and the investments' cost: « une subvention représentant 15% maximum du coût des
    # investissements »)
    r"du cout (?:ht |ttc )?des investissements\b|"
    # (and a vehicle's price: « une subvention représentant 40% du prix d'achat TTC »; a shop's
    # works: « une subvention représentant 30% du montant total HT des travaux »)
    r"du prix d'(?:achat|acquisition)\b|du montant (?:total )?(?:ht |ttc )?des travaux\b)|"
    # an aid scheme that « offre une subvention de 20% du montant des dépenses éligibles »
    rf"\bsubventions? de {_RATE} (?:du montant (?:ht |ttc )?)?des depenses (?:[\w-]+ )?"
    r"eligibles\b|"
    # a sheet's rate of the cost, capped: « subvention au taux de 100% du coût de l'étude »,
    # « subvention plafonnée à 50% du coût »
    rf"\bsubventions? (?:au taux de|plafonnee a) {_RATE} du cout\b"
)
AID_RATE_HINTS = (
    "% des depenses", "% des investissements", "% des couts", "% maximum des", "% du ",
    "% maximum du",
)  # fmt: skip
CALLS = (
    # (and a PDF's text that lost its apostrophe: « Appel à manifestation d intérêt »)
    CallWords(
        r"appels? a manifestation d['\s]interet|\bcalls? for expressions? of interest\b",
        r"\bAMI\b",
        "Appel à manifestation d'intérêt",
        True,
        hints=(
            "manifestation d'interet",
            "manifestation d interet",
            "expression of interest",
            "expressions of interest",
        ),
    ),
    CallWords(
        _PROJECTS,
        r"\bAAP\b",
        "Appel à projets",
        True,
        hints=("appel", "call"),
    ),
    # « le troisième appel à financement du programme CaRE » (not a crowdfunding appeal)
    CallWords(
        r"\bappels? a financements?\b(?! participatif)",
        None,
        "Appel à projets",
        True,
        hints=("appel a financement",),
    ),
    CallWords(
        # (and a funder's "For the second application round, applications are due by …")
        # (and « Appel à participation - Fête de la Science 2021 »)
        # (and a festival's « Appel à films », a residency's « appel à artistes »)
        # (and a call to firms by who they are: « L'appel aux startups et aux PME du projet Food
        # Trails … sera ouvert jusqu'au 16 février 2023 »; not « appel aux dons »; one « appels? »
        # for all three, so that the regex engine tries it once at each « a »)
        r"appels? (?:(?:a|de) (?:candidatures?|participations?)|"
        r"a (?:films?|(?:oe|œ)uvres|courts?[- ]metrages?|artistes|auteurs|textes|manuscrits)\b|"
        r"aux (?:start-?ups|jeunes pousses|pme|porteurs de projets?|innovateurs)\b)|"
        r"\bcall for (?:(?:funding|grant) )?applications?\b|"
        r"\bapplication rounds?\b",
        None,
        "Appel à candidatures",
        True,
        hints=("appel", "call for", "application round"),
    ),
    # « calls worth €210 million under the Digital Europe Programme for proposals »
    CallWords(
        # « Appel à communicationsCybersécurité » (a title glued to its next word), « appel à
        # soumissions »; "three types of communication proposals are expected"
        r"\bcalls? (?:[^\s.]+ ){0,12}?for (?:proposals?|papers?)\b|\bappels? a communications?|"
        r"\bappels? a soumissions?\b|\bcommunication proposals\b|"
        # Québec's and Belgium's « appel de propositions », the EU's « appel à propositions »
        r"\bappels? (?:de|a) propositions?\b|"
        r"\bappels? a contributions?\b|\bcalls? for (?:speakers|panels|presentations|abstracts|"
        # (and a conference's "Call for Workshops", "Call for Tutorials")
        r"submissions|workshops|tutorials|experts|expert reports|mentors|participants|"
        r"participation|partners|designs|"
        # "METI has opened a call for applicant companies to become supporters"
        r"ideas|entries|nominations|applicants?(?: companies| organi[sz]ations)?)\b|"
        r"\bappels? a idees\b|"
        # a parliament's "Call for evidence", "The committee has called for written submissions"
        r"\bcalls? for (?:written )?evidence\b|"
        r"\bcalled for (?:written )?(?:evidence|submissions)\b|"
        r"\bappels? a (?:intervenants|orateurs|conferenciers)\b|"
        # « Toute personne peut adresser une ou plusieurs propositions d'interventions »
        r"\bpropositions? d'interventions?\b|"
        r"\b(?:welcomes?|invites?|solicits?) (?:original )?(?:papers|abstracts)\b|"
        r"\bcfps? ?:|\bcfps? (?:is |are )?(?:now )?open\b|"
        # "Submit your backup talk proposal here"; "Abstract Submission Guidelines", "submit
        # your abstract"
        r"\bsubmit (?:your |a )?(?:[\w-]+ ){0,2}?(?:talk|session|presentation|speaking) "
        r"proposals?\b|\babstracts? submissions?\b|\bsubmit (?:your |an |a )?(?:[\w-]+ ){0,2}?"
        r"abstracts?\b|"  # "Authors are asked to submit a one page abstract"
        # an invited track's "Submit Your Paper", a workshop's "when submitting your paper"
        r"\bsubmit(?:ting)? your (?:full )?papers?\b|"
        r"\b(?:talk|panel) proposals?\b|"  # "Deadline for submission of talk proposals"
        # a conference's key dates: "Submission of abstract/full paper: 1 May – 15 June 2019",
        # "PRESENTATION SUBMISSIONS / SUBMISSIONS OPEN"
        r"\bsubmission of (?:abstracts?|(?:full )?papers?|proposals)\b|"
        r"\b(?:presentation|poster|paper|talk) submissions?\b|"
        # "We are looking for talks in several open-source related areas"
        r"\b(?:we are|we're) looking for (?:talks|speakers|presenters|papers|submissions)\b",
        None,
        "Appel à propositions",
        True,
        hints=(
            "call",
            "appel",
            "papers",
            "abstract",
            "cfp",
            "talk proposal",
            "session proposal",
            "presentation proposal",
            "speaking proposal",
            "communication proposal",
            "panel proposal",
            "looking for",
            "submit your paper",
            "submitting your paper",
            "called for",
            "submission of",
            "d'intervention",
            "presentation submission",
            "poster submission",
            "paper submission",
            "talk submission",
        ),
    ),
    # an edited volume's or a special issue's: "Proposals are invited to a volume", "Calls for
    # contributions to volumes and special issues of journals" (a pattern of its own, its hints
    # narrow: "are invited" stands in most English texts)
    CallWords(
        r"\b(?:proposals|contributions|abstracts) are (?:now )?(?:invited|sought|welcome)\b|"
        r"\bcalls? for contributions\b",
        None,
        "Appel à propositions",
        True,
        hints=("proposals are", "contributions are", "abstracts are", "for contributions"),
    ),
    # a call for tenders named: a buyer's own (the title « Call for tenders: EU seeks cyber
    # security expertise »; a tender's documents headed "OPEN CALL FOR TENDERS")
    CallWords(
        r"\bopen call for tenders\b",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=("open call for tender",),
    ),
    CallWords(
        r"\bcalls? for tenders?\b",
        None,
        "Appel d'offres",
        True,
        hints=("call for tender", "calls for tender"),
    ),
    CallWords(
        # (a call for tenders by its name: its own words above; "tenders" alone here, not a
        # menu's "chicken tenders" nor "legal tender", a currency)
        r"appels? d'offres?|\bcalls? for bids\b|\b(?<!chicken )(?<!legal )tenders?\b|"
        r"\bmarches? publics?\b|"
        r"appel public a la concurrence",
        None,
        "Appel d'offres",
        False,
        hints=("appel", "tender", "marche", "for bids"),
    ),
    # a request for proposals by its number: the notice itself ("REQUEST FOR PROPOSAL No. 27-04",
    # "Request for Proposal Number M15-RFP-003", "IRFP NUMBER 117202")
    CallWords(
        r"\b(?:requests? for (?:proposals?|quotations?|qualifications?|bids)|i?rf[pqb]|torfp)\s*"
        r"(?:number|no\.?|#|n°)\s*:?\s*[a-z]*\d[\w.-]*",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=("request", "rfp", "rfq", "rfb"),
    ),
    # a request for proposals: "RFP 9899", "a new request for proposals (RFP)"; an agency's
    # request for information, announced ("has issued a request for information"; not the
    # acronym « RFI », also a radio)
    CallWords(
        r"\brequests? for (?:proposals?|quotations?|qualifications?|information|bids)\b|"
        # (an RFQ only with what it is for: "RFQ for Civic Art Project", not a manual's "RFQs")
        r"\brf[pb]s?\b|\brfq for\b",
        None,
        "Appel d'offres",
        True,
        hints=("request", "rfp", "rfb", "rfq for"),
    ),
    # a US funder's grant call: "Request for Applications", "a Request for Statements of Interest"
    CallWords(
        r"\brequests? for (?:applications|statements of interest)\b",
        None,
        "Appel à projets",
        True,
        hints=("request for applications", "requests for applications", "for statements of"),
    ),
    # "The City of Tucson is seeking proposals": a buyer's own notice
    CallWords(
        r"\b(?:is|are) (?:now )?(?:seeking|requesting|inviting|soliciting) (?:proposals|bids|"
        r"offers|tenders)\b|"
        # a buyer's own letter: "We are pleased to invite your sealed tenders" (not the news
        # that "Iraq is to invite bids")
        r"\b(?:we (?:hereby |are pleased to )?|pleased to )invite (?:you to submit )?(?:your )?"
        r"(?:sealed )?(?:bids|offers|tenders)\b|"
        r"\binvites? your (?:sealed )?(?:bids|offers|tenders)\b",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=(
            "seeking",
            "requesting",
            "inviting",
            "soliciting",
            "invite your",
            "invites your",
            "invite you to submit",
            "invite sealed",
            "invite bids",
            "invite offers",
            "invite tenders",
        ),
    ),
    # a call for applications' own closing, with its date: « 17 février : Clôture du dépôt
    # des dossiers de candidature », « date limite de candidature »
    # (and « Dossier de candidature à adresser complet au plus tard le 15 novembre 2022 »)
    CallWords(
        r"\bclotur\w* (?:du |des )?(?:depot des )?(?:dossiers de )?candidatures?\b|"
        r"\bdate limite (?:de |des )?(?:depot des )?(?:dossiers de )?candidatures?\b|"
        r"\bdossiers? de candidature (?:est |sont )?a (?:adresser|envoyer|deposer|renvoyer|"
        r"retourner|transmettre)\b",
        None,
        "Appel à candidatures",
        False,
        hints=("candidature",),
    ),
    # a tender notice's or an applicants' guide's own words (not a council's acts: « Aménagement
    # d'un atelier – Approbation du dossier de consultation des entreprises », before any notice)
    CallWords(
        r"\bavis de marche\b|\bavis d'appel public a la concurrence\b|"
        r"(?<!approbation du )(?<!approuve le )\bdossier de consultation des entreprises\b|"
        r"\bdate limite de (?:remise|reception) des "
        r"(?:offres|plis)\b|\bbid (?:number|no)\.?\s*:\s*[a-z0-9]|"  # "Bid Number : PIC004/2017"
        r"\bplanned procurement notice\b",
        None,
        "Appel d'offres",
        True,
        notice=True,
        hints=(
            "avis de marche",
            "avis d'appel",
            "dossier de consultation",
            "date limite de",
            "bid n",
            "planned procurement",
        ),
    ),
    # an EU funding call's topic identifier, as the portals head a call:
    # "DIGITAL-2021-CLOUD-AI-01-PREP-AI", "HORIZON-CL4-2024-DIGITALEMERGING-01",
    # "HORIZON-CL3-2025-01-SSRI-01" (not a programme's years, "Erasmus-2021-2027"); a funding
    # portal's call page, by its headings: "Detailed Call Description", "Call key data"; a US
    # agency's solicitation by its number: "Program Solicitation NSF 19-514", "Program
    # Solicitation FY07.2", "Pre-Solicitation #: HSHQDC-14-R-00035" (not a policy's "each
    # agency must issue a program solicitation"), "Full Proposal Deadline(s)", "Submission
    # Window Date(s)"
    # (not the topic projects were funded under: "organised by projects under the
    # HORIZON-CL4-2023-DATA-01-02 topic")
    CallWords(
        r"(?<!under )(?<!under the )"
        r"\b(?:horizon|digital|cef|erc|eic|life|edf|erasmus|cerv|eu4h|smp)(?:-[a-z][a-z0-9]*){0,4}"
        r"-20\d\d-(?:\d\d-)?[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|"
        r"\bdetailed call description\b|\bcall key data\b|"
        r"\bprogram solicitation:? (?:[a-z]{2,6} ?)?\d|"
        r"\bsolicitation (?:#|no\.|number) ?:? ?[a-z0-9]|"
        r"\bfull propos\w* deadline|\bsubmission window dates?\b",
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
            "call description",
            "call key data",
            "solicitation",
            "full propos",
            "window date",
        ),
    ),
    # a funder's solicitation announced: "NSF Announces New Solicitation to Support …", "has
    # issued a solicitation" (not a number's: above)
    CallWords(
        r"\bsolicitations?\b",
        None,
        "Appel à projets",
        False,
        launched=True,
        hints=("solicitation",),
    ),
    # a funder's letter of intent, a call's first stage: "All applicants must file a Letter of
    # Intent (LOI) … before submitting a full proposal" (with an invitation or a date)
    CallWords(
        r"\bletters? of (?:intent|interest|inquiry)\b",
        None,
        "Appel à projets",
        False,
        hints=("letter of", "letters of"),
    ),
    # a US federal grant's notice, announced: "this Notice of Funding Opportunity (NOFO)",
    # "this funding opportunity provides…" (not "a notice … is expected in the spring"); a
    # funder's own news: "NLnet Foundation seeks projects to fund"
    CallWords(
        r"\b(?:notices? of )?funding opportunit(?:y|ies)\b|\bnofos?\b|"
        r"\bseeks? (?:new )?projects to (?:fund|support|finance)\b",
        None,
        "Aide et subvention",
        True,
        hints=(
            "funding opportunit",
            "nofo",
            "projects to fund",
            "projects to support",
            "projects to finance",
        ),
    ),
    # a fellowship's call: « programme de bourse », « bourse d'éthique de l'IA », « bourses de
    # recherche », an institution's « Bourses de l'École française de Rome » (not « la Bourse de
    # Paris »)
    CallWords(
        r"\bprogrammes? de bourses?\b|\bbourses? d'(?:etudes|excellence|ethique)\b|"
        r"\bbourses? de (?:recherche|formation|mobilite|these|doctorat|residence|creation)\b|"
        r"\bbourses? (?:de l'|de la |du )(?:ecole|universite|institut|fondation|academie|"
        r"ambassade|region|ministere)\b",
        None,
        "Appel à candidatures",
        False,
        launched=True,
        hints=("bourse",),
    ),
    # « a lancé un avis aux porteurs de projets numériques » (a notice calling for projects)
    CallWords(
        r"\b(?:avis|appel) aux porteurs de projets\b",
        None,
        "Appel à candidatures",
        True,
        hints=("aux porteurs de projets",),
    ),
    # a trade show's call to exhibitors: "Complete the Exhibitor Application", "Select 'Reserve
    # a Booth'", « candidatures exposants 2023 »; a trade mission's call to companies: "Invest
    # NI Trade Mission Application", "submit a comprehensive mission application"
    CallWords(
        r"\bexhibit(?:or|ion)? (?:space )?applications?\b|\breserve (?:a|your) (?:booth|stand)\b|"
        r"\bbook (?:a|your) (?:booth|stand)\b|\breservez votre stand\b|"
        r"\bcandidatures? (?:des )?exposants\b|\bmission applications?\b",
        None,
        "Appel à candidatures",
        True,
        hints=(
            "exhibit",
            "booth",
            "a stand",
            "your stand",
            "votre stand",
            "exposants",
            "mission app",
        ),
    ),
    # a call to artists, makers, exhibitors or a market's vendors: "Call for Artists: Deadlines
    # Over Next 6 Weeks", « Pré-Inscriptions exposants », "2017 Vendor Application Season Is Now
    # Open", "Application for New Vendors" (not a software vendor's "vendor applications"); a
    # show's own page for them: « Être exposant », « Devenir exposant », "Become an Exhibitor"
    CallWords(
        r"\bcalls? (?:for|to) (?:artists|makers|exhibitors|vendors)\b|"
        r"#callfor(?:artists|makers|exhibitors|vendors)\b|"  # a listing's tag: "#callforartists"
        r"\b(?:etre|devenir) exposants?\b|\bbecome an? (?:exhibitor|vendor)\b|"
        r"\bappels? (?:a|aux) (?:artistes|exposants)\b|"
        r"\b(?:pre-?)?inscriptions? (?:des )?exposants\b|"
        # « La demande de pré-inscription … doit nous parvenir avant 1er mai 2019. Un jury se
        # réunira en mai pour établir la liste définitive des exposants »
        r"\bdemandes? de pre-?inscription\b(?=[\s\S]{0,300}?\bexposants\b)|"
        r"\bvendor applications? (?:form|season|deadline|process|period|window)s?\b|"
        r"\bapplications? for (?:new |seasonal |weekly )?vendors\b|"
        # (and a festival's food vendors: "The 2025 Food Vendor Application is now available …
        # Application deadline: December 16, 2024", "Food Truck Application")
        r"\bfood (?:truck|trailer|vendor)s?(?: ?/ ?(?:truck|trailer)s?)? (?:vendor )?"
        r"applications?\b|"
        r"\bvendor applications? (?:is|are) (?:now )?(?:available|open)\b",
        None,
        "Appel à candidatures",
        True,
        hints=("artist", "maker", "exhibitor", "vendor", "exposants"),
    ),
    # a market's stall asked for: « Vous pouvez demander un emplacement sur le marché nocturne du 4
    # juillet … Jusqu'au 15 juin, … remplissez le formulaire » (a call with its closing date or
    # an invitation only: not a weekly market's standing form)
    CallWords(
        r"\b(?:demander|solliciter|reserver) (?:un|votre|son|leur) emplacement\b",
        None,
        "Appel à candidatures",
        False,
        hints=("emplacement",),
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
        # « déposer sa pré-candidature au prix de la croissance verte numérique »; « Orange lance
        # le Prix de l'entrepreneur social », « le prix Orange de l'entrepreneur social en
        # Afrique et au Moyen Orient peuvent déposer leurs dossiers »
        r"\bconcours\b|\bprix\b.{0,40}\bcandidat|\bprix de these\b.{0,80}\bcandidat|"
        # (and « Ce prix s'adresse aux start-up créées depuis moins de 8 ans »)
        r"\blance(?:nt)? (?:le|son) prix\b|\bce prix s'adresse\b|"
        # (and a trophies' criteria: « Pour les trophées « coup de cœur du jury » … et « meilleur
        # espoir », les entreprises peuvent concourir dès leur première année »)
        r"\bprix\b.{0,80}?\b(?:peuvent|pourront) (?:deposer|candidater|postuler|concourir)\b|"
        r"\btrophees?\b.{0,120}?\b(?:peuvent|pourront) (?:candidater|postuler|concourir)\b|"
        # (and the prize after: « Les transporteurs … engagés dans une démarche … peuvent postuler
        # à ce prix »)
        r"\b(?:peuvent|pourront) (?:candidater|postuler|concourir) (?:a|au|aux|pour) (?:ce |le |"
        r"les |ces )?(?:prix|trophees?)\b|"
        r"\b(?:pre-?)?candidatures? (?:au|pour le|pour les) (?:prix|trophees?)\b|"
        # (and the imperative: « Candidatez aux prix de l'ESS », « Candidater aux Prix de l'ESS
        # 2025 »)
        r"\bcandidate[rz] (?:au|aux|pour le|pour les) (?:prix|trophees?)\b|"
        r"\btrophees?\b.{0,60}\bcandidatur|"
        r"\bcandidatur\w*.{0,60}\btrophees?\b|"
        # the entries opened for a trophy or a prize: « Ouverture des inscriptions pour le Trophée
        # Maître d'hôtel 2023 », « Les inscriptions sont ouvertes pour la 5e édition du Trophée »,
        # « le 1er juin dernier se sont ouvertes les inscriptions aux 4e Trophées » (its words from
        # « inscriptions », so that the opening before or after announces it; the word first, its
        # opening looked behind it, so that most places fail at once)
        r"\binscriptions(?:(?<=ouverture des inscriptions)(?= pour (?:le |la |l')?"
        r"(?:[\w'-]+ ){0,3}?(?:trophees?|prix)\b)|"
        r"(?<=ouvertes les inscriptions)(?= (?:aux|au|pour les|pour le) (?:[\w'-]+ ){0,3}?"
        r"(?:trophees?|prix)\b)|"
        r"(?= sont (?:desormais |maintenant )?ouvertes (?:pour|au|a) (?:le |la |l')?"
        r"(?:[\w'-]+ ){0,4}?(?:trophees?|prix)\b))|"
        # (and a prize after the application, in its sentence: « vous pouvez déposer une
        # candidature dans l'une des catégories du prix »)
        r"\bcandidatures?\b[^.!?]{0,50}?\bprix\b|"
        # a music contest: « Le tremplin musical », « pour le Tremplin Main Square », « Ce tremplin
        # accompagne les jeunes artistes » (not « un tremplin pour de jeunes cinéastes », « servir
        # de tremplin »)
        r"\b(?:le|du|au|ce) tremplins?\b|\btremplins? musica(?:l|ux)\b",
        None,
        "Concours",
        False,
        launched=True,
        hints=("concours", "prix", "trophee", "tremplin"),
    ),
    # an aid's terms for whoever would have it: « Pour bénéficier de cette aide, les entreprises …
    # doivent s'inscrire en ligne … avant le 31 mai 2022 » (with a closing date or an invitation)
    CallWords(
        r"\bpour (?:pouvoir )?beneficier de (?:cette |l')aide\b",
        None,
        "Aide et subvention",
        False,
        hints=("beneficier de cette aide", "beneficier de l'aide"),
    ),
    # who may apply, in a town's notice: « Peuvent faire acte de candidature les commerçants … »
    # (with a closing date or an invitation)
    CallWords(
        r"\b(?:peu(?:ven)?t|pourront) faire acte de candidature\b",
        None,
        "Appel à candidatures",
        False,
        hints=("acte de candidature",),
    ),
    # a trophy's own page on how to enter: « Comment participer à ces trophées ? » (its notice)
    CallWords(
        r"\bcomment (?:participer|candidater|concourir) (?:a|au|aux) (?:ces |ce |cette |nos |notre "
        r"|la |le |les )?(?:trophees?|concours|prix)\b",
        None,
        "Concours",
        False,
        notice=True,
        hints=("comment participer", "comment candidater", "comment concourir"),
    ),
    # the works a festival takes in: « Inscription au festival et dépôt des œuvres », « Les
    # inscriptions des courts métrages sont ouvertes » (a call with its closing date)
    CallWords(
        r"\binscriptions? (?:des|de vos|de votre|de leurs?) (?:films?|(?:oe|œ)uvres|"
        r"courts?[- ]metrages?)\b|\bdepots? des (?:films|(?:oe|œ)uvres|courts?[- ]metrages)\b",
        None,
        "Appel à candidatures",
        False,
        hints=("inscription", "depot"),
    ),
    # the candidates' time to apply: « Les candidats ont jusqu'au vendredi 26 janvier pour
    # envoyer leur candidature » (a call with its closing date; not « les candidats avaient
    # jusqu'au », a report)
    CallWords(
        r"\bcandidat(?:e|s|es)? (?:ont|auront|a|aura) jusqu'(?:au|a|en)\b[^.!?]{0,80}?"
        r"\b(?:candidatures?|dossiers?)\b",
        None,
        "Appel à candidatures",
        False,
        hints=_CANDIDATES_UNTIL_HINTS,
    ),
    # a challenge, a competition, a prize or an award: common words, a call only with an
    # invitation (an award's: "Start your nomination", "Nomination Deadline:")
    CallWords(
        # (a pupils' olympiad: "a National Olympiad for Programming and Artificial Intelligence")
        # (not the hardships a text tells: "Challenges & solutions: Learn to navigate the
        # challenges of open data")
        r"\bchallenges\b(?! (?:of|and|facing|faced)\b| &)|"
        r"\b(?:challenge|competitions?|contests?|prizes?|awards?|pitch ?fests?|olympiads?|"
        r"olympiades?)\b",
        None,
        "Concours",
        False,
        True,
        hints=(
            "challenge",
            "competition",
            "contest",
            "prize",
            "award",
            "pitchfest",
            "pitch fest",
            "olympiad",
        ),
    ),
    # an award's nominations told closing or due: "Nominations must be received through this
    # site no later than 5:00pm EDT on Monday 14 April", "Nominations will now close at 11:59pm
    # on Sunday 10th of December" — a call for nominations, with its closing date (and those
    # accepted until a day: "Nominations for this process from students, staff and faculty will
    # be accepted until noon on Feb. 18", a commencement's student speaker's)
    CallWords(
        r"\bnominations? (?:will (?:now )?|shall )?(?:close|closes|are due|is due|must be "
        r"(?:received|submitted))\b|"
        r"\bnominations? [^.!?]{0,60}?\b(?:will be|are being|are) accepted (?:until|through)\b",
        None,
        "Concours",
        False,
        hints=("nomination",),
    ),
    # a conference's submissions, with an invitation or their closing date: « Soumission des
    # articles : 13 mars 2015 27 mars 2015 », "Paper submission deadline"
    CallWords(
        r"\bsoumissions? (?:des |d')(?:articles|communications|resumes|propositions)\b|"
        r"\b(?:paper|abstract) submissions?\b|"
        # ("Submission of long and short papers", "DEADLINE for first submission", "Submissions
        # are now opened")
        r"\bsubmission of (?:(?:long|short|full|final)(?: and (?:long|short))? )?(?:papers|"
        r"abstracts)\b|\bdeadline for (?:the )?(?:first |initial |full |final )?(?:paper |"
        r"abstract )?submissions?\b|\bsubmissions (?:are|is) (?:now )?open(?:ed)?\b|"
        r"\b(?:papers|abstracts) (?:should|must) be submitted\b|"  # "… via EasyChair"
        # a colloquium's « propositions de communication » (« 31 mars 2017 : date limite
        # d'envoi des propositions de contribution »)
        r"\bpropositions? de (?:communications?|contributions?)\b",
        None,
        "Appel à propositions",
        False,
        hints=("soumission", "submission", "be submitted", "proposition"),
    ),
    # an instructions for authors' page: "while respecting the submission deadlines: September
    # 05th, 2022 for the proposal" (what is submitted named soon after: "the submission deadline
    # for tax returns is April 15" is none)
    CallWords(
        r"\bsubmission deadlines?\b(?=[^.]{0,60}?\b(?:proposals?|papers?|abstracts?|manuscripts?|"
        r"full texts?)\b)",
        None,
        "Appel à propositions",
        False,
        hints=("submission deadline",),
    ),
    # a smart contract audit contest: security researchers compete for its prizes until it
    # closes ("the contest runs through November 24th"; "New Audit Competition") — not a
    # glossary's entry
    CallWords(
        r"\baudit (?:contests?|competitions?)\b",
        None,
        "Concours",
        False,
        launched=True,
        hints=("audit contest", "audit competition"),
    ),
    # a bug bounty programme: a call to security researchers, with an invitation to take part
    # (« Participez à notre programme Bug Bounty »; most items only speak of such programmes)
    CallWords(
        r"\bbug bount(?:y|ies)\b|\bprimes? aux bogues\b",
        None,
        "Appel à participation",
        False,
        True,
        hints=("bount", "aux bogues"),
    ),
    # an aid scheme's own name: « Aide à la reprise d'entreprise : subvention jusqu'à 1 000€ »,
    # « L'essentiel : Aide à la reprise », « Objectifs de l'aide à la reprise de TPE » above its
    # page (a title's, or a text's announced: « cette aide à la transmission »)
    CallWords(
        # (and « Aides aux investissements » above a dairy plan's schemes, « Aide à l'amélioration
        # de la valorisation du lait »)
        # (and a shop's: « Aide à la rénovation de façades », « Aide à l'embellissement et à la
        # rénovation des devantures », « Aide pour la rénovation des devantures »)
        # (and qualified: « Des aides individuelles à l'installation dans les zones sous-denses »)
        r"\baides? (?:individuelles? )?(?:a|au|aux|pour) (?:la |l')?"
        r"(?:reprise|transmission|creation|installation|"
        r"embauche|recrutement|investissements?|exportation|export|innovation|modernisation|"
        r"acquisition|renovation|embellissement|"
        # (and a tourism lodging's: « Aide aux meublés de tourisme et chambres d'hôtes »; a
        # planting aid's: « Aide à la plantation de truffière en Grand Est »)
        r"amorcage|primo-developpement|amelioration|meubles de tourisme|chambres d'hotes|"
        r"plantation)\b|"
        # a fund's own name: « L'essentiel : Fonds régional d'aide aux œuvres audiovisuelles »
        r"\bfonds (?:(?:regional|departemental|national|europeen|local|special) )?d'aides? "
        r"(?:a|au|aux)\b",
        None,
        "Aide et subvention",
        True,
        # (« aide au », « aides aux »; and the qualified names' words)
        hints=(
            "aide a",
            "aides a",
            "aide pour",
            "aides pour",
            "individuelles a",
            "individuelle a",
        ),
    ),
    # a grant programme's own name: "Open Grants Program" above its page (a title's, not a
    # text's mention: « grant program » in a text is below, launched or with a date)
    CallWords(
        r"\bgrants? (?:programme|program)s?\b",
        None,
        "Aide et subvention",
        True,
        hints=("grants program", "grant program", "grants programme", "grant programme"),
    ),
    # a grant programme launched or announced: "DHS announced a first-of-its-kind cybersecurity
    # grant program", « la Région lance une subvention »
    CallWords(
        _GRANTS,
        None,
        "Aide et subvention",
        False,
        launched=True,
        hints=("subvention", "aide", "grant", "funding", "competitive fund"),
    ),
    # a grant campaign: « Lancement de la campagne "PST, prévention des noyades" 2023 »,
    # « Campagne ANS du 4 avril 2023 jusqu'au 2 juin 2023 », « la campagne de subventions »
    CallWords(
        r"\bcampagnes? (?:de (?:subventions?|financement)\b|[\"«“]?\s?(?:ans|psf|pst|fdva)\b)",
        None,
        "Aide et subvention",
        False,
        launched=True,
        hints=("campagne",),
    ),
    # a funding window: « le guichet de financement « Adoption du cloud de confiance » … Le
    # guichet est ouvert aux administrations »
    CallWords(
        r"\bguichets? (?:de financement|de subventions?|d'aides?|de candidatures?)\b|"
        r"\ble guichet(?= est (?:desormais |maintenant )?ouvert\b)|"
        # a window opened again: « le guichet Industrie du futur rouvert », « la réouverture du
        # guichet »
        r"\ble guichet(?= (?:[\w'-]+ ){0,4}?rouvert\b)|\breouverture du guichet\b",
        None,
        "Aide et subvention",
        True,
        hints=("guichet",),
    ),
    # an aid scheme's own page (« Présentation du dispositif », « ce dispositif financier »): a
    # call with an invitation (« Entreprises éligibles », « Dépenses éligibles : »)
    CallWords(
        # (and « Le dispositif d'accompagnement des petits éditeurs de la cybersécurité »)
        r"\bdispositifs? (?:d'aides?|de soutien|de financement|financiers?|d'accompagnement)\b|"
        r"\bpresentation du dispositif\b|"
        # the Region's own page: « Ce dispositif a pour but de favoriser … », « Caractéristiques
        # de l'aide »
        r"\bce dispositif a pour (?:but|objet|objectif)\b|\bcaracteristiques de l'aide\b|"
        # a film board's « Fonds d'aide à la création immersive » (« Pour solliciter une aide »)
        r"\bfonds d'aides? (?:a|au|aux|pour)\b|"
        # "This support offer is aimed at", "a funding instrument"
        r"\bsupport offers?\b|\bfunding (?:instruments?|schemes?)\b",
        None,
        "Aide et subvention",
        False,
        True,
        hints=(
            "dispositif",
            "caracteristiques de l'aide",
            "support offer",
            "funding instrument",
            "funding scheme",
            "fonds d'aide",
        ),
    ),
    # the State's aid portal's record of an aid (« Nom initial de l'aide »): a call with its
    # « Échéance », else with an invitation (« Bénéficiaires de l'aide / Associations »)
    CallWords(
        r"\bnom initial de l'aide\b",
        None,
        "Aide et subvention",
        False,
        hints=("nom initial de l'aide",),
    ),
    # a funding call a funder launches: "have launched a joint funding call supporting
    # consortia", « lancent un deuxième appel conjoint pour des projets »
    CallWords(
        r"\b(?:joint )?funding calls?\b|\bjoint calls? for (?:[\w&()-]+ ){0,4}?(?:projects?|"
        r"proposals?)\b|\bappels? conjoints?\b",  # « lancent un deuxième appel conjoint »
        None,
        "Aide et subvention",
        False,
        launched=True,
        hints=("funding call", "joint call", "appel conjoint", "appels conjoint"),
    ),
    # a region's « chèque cyber », « chèque investissement », « chèque numérique », Innosuisse's
    # « chèque d'innovation »; an "innovation voucher"
    CallWords(
        r"\bcheques?[ -](?:[\w'-]+ ){0,2}?(?:d')?(?:cyber\w*|numeriques?|diagnostic|investissement|"
        r"innovation|transformation|export|conseil|digital)\b|"
        # the state's « chèque France Num » for shops closed by the lockdown
        r"\bcheques? france ?num\b|"
        # Enterprise Ireland's "Innovation Vouchers worth €5,000"
        r"\b(?:innovation|digital|cyber|export) vouchers?\b",
        None,
        "Aide et subvention",
        False,
        hints=("cheque", "voucher"),
    ),
    # a farmer's yearly aid application under the common agricultural policy: « déposer leurs
    # dossiers PAC », « déclarer vos surfaces sur le site TéléPAC », a call with its closing date
    CallWords(
        r"\b(?:declarations?|dossiers?) (?:de (?:la )?)?pac\b|\btelepac\b",
        None,
        "Aide et subvention",
        False,
        hints=("ion pac", "ons pac", "er pac", "ers pac", "de pac", "de la pac", "telepac"),
    ),
    # « grants », « funding »: also verbs and news words; a grant page invites to apply
    CallWords(
        # (and a state aid scheme's "subsidy", "subsidised budget")
        r"\bgrants?\b|\bfunding\b|\bfinancing\b|\bfinancial support\b|\bfinancements?\b|"
        r"\bsubsid(?:y|ies|ised|ized)\b",
        None,
        "Aide et subvention",
        False,
        True,
        hints=("grant", "funding", "financ", "subsid"),
    ),
    # a funding call's page that speaks of itself: "the objective of this call is", "this
    # call aims to", "a single-stage call under the Horizon Europe Work Programme", « cet
    # appel vise à »
    CallWords(
        r"\b(?:objective|aim|purpose|scope) of this call\b|\bthis call (?:aims|seeks|supports|"
        r"targets|invites|is open)\b|\bcall under (?:the )?(?:horizon europe|digital europe|"
        r"horizon 2020)\b|\bobjectif de cet appel\b|\bcet appel (?:vise|a pour objectif|"
        r"s'adresse)\b",
        None,
        "Appel à projets",
        True,
        notice=True,
        hints=("this call", "cet appel", "call under"),
    ),
    # a call named by its programme and launched in its own words: "Cluster Go International call
    # launched!", "EASME … has launched the Cluster Go International 2020 call to intensify",
    # "the fourth call is now open" (not "a call to action", "a conference call", nor the call's
    # history: "the call was launched in 2016")
    CallWords(
        r"\bcall (?:(?:is|has been) )?(?:now |officially )?(?:launched|opened)\b|"
        r"\b(?:has|have) (?:launched|opened) (?:the|a|its|their) (?:(?!calls?\b)[\w&()'-]+ ){0,6}?"
        r"call\b(?! (?:to action|centre|center|for (?:action|help|calm|unity|peace|change))\b)",
        None,
        "Appel à projets",
        True,
        notice=True,
        hints=("launched", "opened"),  # (each match holds one)
    ),
    # a call listing's record of one call: "Call number: COS-CLUSINT-2020-3-01", "Call
    # identifier:" — a call with its deadline or an invitation
    CallWords(
        r"\bcall (?:number|identifier|id|reference)\s*:",
        None,
        "Appel à projets",
        False,
        hints=("call number", "call identifier", "call id", "call reference"),
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
    # a summer school that selects its participants: a call with an invitation ("Application
    # deadline March 11", "the application period is now open")
    CallWords(
        SCHOOLS,
        None,
        "Appel à candidatures",
        False,
        True,
        hints=("school", "ecole", "universite"),
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
    # a call named by a funder without its kind, that invites applications: « un appel lancé
    # par le Groupe d'action locale pêche … Tout type de structure peut se porter candidate »
    CallWords(
        r"\bappels? lancee?s? par\b",
        None,
        "Appel à projets",
        False,
        True,
        hints=("appel lance", "appels lance"),
    ),
    # « les candidatures sont ouvertes jusqu'au 30 juin », "applications are now open": an
    # invitation that names the call (last: a call's own words name it first)
    CallWords(
        r"\bcandidatures? (?:sont |est )?(?:desormais |maintenant |encore )?ouvertes?\b|"
        r"\bapplications? (?:are |is )(?:now |currently )?open\b|"
        # "Applications for the Program will open on Monday 5 March 2018"
        r"\bapplications? (?:for (?:the |this |our )?[\w' -]{1,40} )?will open (?:on|in)\b",
        None,
        "Appel à candidatures",
        False,
        hints=(
            "s ouvert",
            "t ouvert",
            "e ouvert",
            "are open",
            "is open",
            "now open",
            "y open",
            "will open",
        ),
    ),
    # an application window that closes (« La fenêtre de candidature … se termine le 31 janvier
    # 2025 »): a call with its closing date (last: a grant's or a call's own words first)
    CallWords(
        r"\bfenetres? de (?:candidatures?|depot)\b|\bapplication windows?\b",
        None,
        "Appel à candidatures",
        False,
        hints=(
            "fenetre de candidature",
            "fenetres de candidature",
            "fenetre de depot",
            "fenetres de depot",
            "application window",
        ),
    ),
    # a funder seeking applications: "The European Commission (EC) is seeking applications for
    # the Digital Europe Programme" (a funding listing's lead; after a call's own name, which
    # names it first: "We are inviting applications" under « Call for Proposals »)
    CallWords(
        SEEKING_APPLICATIONS,
        None,
        "Appel à candidatures",
        True,
        hints=("seeking applications", "inviting applications"),
    ),
    # the deadline to apply, with its date: "The deadline to apply for Summer Scholars 2021 is
    # May 1" (« date limite pour candidater ») — a call with its closing date
    CallWords(
        r"\bdeadline to apply\b|\bdate limite pour (?:candidater|postuler)\b",
        None,
        "Appel à candidatures",
        False,
        hints=("deadline to apply", "pour candidater", "pour postuler"),
    ),
    # whoever the page invites, its files to hand in named (last: a page's other words name its
    # call first): « Les élèves auront jusqu'au 15 juin 2025 pour déposer leurs dossiers de
    # candidature », « les professionnels des métiers d'art ont jusqu'au 20 mai prochain pour
    # déposer leur projet » (not « ont jusqu'au 31 décembre pour produire un projet livrable »,
    # the chosen projects' time to deliver)
    CallWords(
        r"\b(?:ont|auront) jusqu'(?:au|a|en)\b[^.!?]{0,60}? pour (?:deposer|envoyer|soumettre|"
        r"remettre|transmettre|adresser) (?:leurs?|vos|votre|son|ses|les|un|une) "
        r"(?:dossiers?(?: de candidature)?|candidatures?|projets?)\b",
        None,
        "Appel à candidatures",
        False,
        hints=("ont jusqu'",),  # (« auront jusqu' » holds it)
    ),
    # whoever may send their applications until a day: « Tous les entrepreneurs peuvent envoyer
    # leurs candidatures jusqu'au 15 septembre » (not « peuvent envoyer leurs questions »)
    CallWords(
        r"\b(?:peuvent|pourront) (?:envoyer|deposer|adresser|soumettre|transmettre|presenter) "
        r"(?:leurs?|sa|son|ses) (?:candidatures?|dossiers?(?: de candidature)?) jusqu'(?:au|a)\b",
        None,
        "Appel à candidatures",
        False,
        hints=("candidatures jusqu'", "candidature jusqu'", "dossiers jusqu'", "dossier jusqu'"),
    ),
)
# « cet appel », « le présent AAP », « this open call »: a determiner before the call's words, a
# few adjectives between (« notre nouvel appel », "this new open call"; not "this process is a
# formal Call for Speakers") — what points at a call by its own name (not at a grant described:
# « cette subvention peut représenter jusqu'à 60 % du programme »)
_POINTED = r"\b(?:cet|cette|present|presente|this|our|notre)(?:[^\w.!?]+[\w'-]+){0,2}[^\w.!?]*$"
# what a call gave once closed, after "published" or "announced": "announced the winners"
_RESULTS_WORDS = "results|winners|laureates|recipients|awardees|finalists|selected|selection"
# « a lancé cinq appels à projets », "has announced a $20 million request for proposals", a new
# one: « notre nouvel appel », "New Audit Competition" (and new ones: « premiers lauréats et 2
# nouveaux appels à projets »)
_LAUNCHED = (
    r"\b(?:nouvel|nouvelle|nouveaux|nouvelles|new)(?:[^\w.!?]+[\w'-]+){0,2}[^\w.!?]*$|"
    # « Elle organise donc un appel à candidatures pour favoriser l'émergence de centres de santé »
    # (the call right after: not « organise une réunion sur l'appel à projets »; nor the past
    # participle after its auxiliary, folded alike: « Cette année, nous avons organisé un
    # concours 'boite-en-boite' … le vainqueur était », a contest told once held)
    r"(?<!\bavons )(?<!\bavez )(?<!\bont )(?<!\ba )(?<!\bavait )(?<!\bavaient )"
    r"\borganis(?:e|ent)(?: donc| ainsi| aussi| egalement)? (?:un|une|son|sa|leur) $|"
    # (and « La Région … propose un appel à projets au titre de … », the call right after)
    r"\bpropos(?:e|ent) (?:un|une|son|sa|leur|deux|trois) (?:nouvel |nouveaux |nouvelle )?$|"
    # a call's new edition: « Cette nouvelle édition de l'appel à projet « Île-de-France BTP
    # circulaire » poursuit … » (more words between than « nouvel » above allows)
    r"\bnouvelle edition (?:de l'|du |de la )$|"
    # the call's own text: « Cahier des charges 2014 de l'appel à projets du Conseil général »,
    # « Règlement de l'appel à projets »
    r"\b(?:cahier des charges|reglement)(?: \d{4})? (?:de l'|du |de cet |de cette )$|"
    # (not a call's history: « Depuis son lancement en 1999, le concours d'innovation i-Lab »)
    # (and the day it was launched on, between: « a lancé le vendredi 24 janvier 2020, l'appel à
    # projets relatif à l'agriculture urbaine »)
    rf"(?:\b(?:a|ont) lance (?:le |ce )?{DAY_WITH_MONTH} "
    r"\d{4}|"
    # (nor a launch told as history: « Lancé en décembre 2013, ce concours doit permettre », « En
    # 2018, Nantes Métropole avait lancé un appel à projets … 13 projets ont été récompensés »)
    r"(?<!depuis son )(?<!depuis sa )(?<!depuis leur )(?<!avait )(?<!avaient )\blanc[ea]\w*\b"
    rf"(?! en (?:(?:{MONTH_NAMES}) )?(?:19|20)\d\d\b)|"
    # (not "the typical release schedule on upcoming funding opportunities")
    # (not a name's "OPEN-It": « son partenaire Denis-Antoine Hérault d'OPEN-It, ont participé à
    # un appel à propositions »)
    # (not procurement's "open market consultation, call for tender")
    # (and « annoncent l'ouverture pour l'année 2023 de l'appel à projets »)
    # (and the opening told with its auxiliary: « le 1er juin dernier se sont ouvertes les
    # inscriptions aux 4e Trophées », « a ouvert les candidatures »)
    # (not the works a contest sets, « les ouvrages imposés par le concours », nor its
    # craftsmen, « meilleurs ouvriers »)
    r"\blaunch\w*|\bouvr(?!ages?\b|iere?s?\b)\w*|\bouverture\b|"
    r"\b(?:se sont|s'est|a|ont) ouverte?s?\b|"
    r"\bopens?(?![\w-])(?! market\b)|\bopened|"
    r"\breleas\w*+(?! (?:schedule|calendar|dates?)\b)|"
    r"\bissu(?:es|ed|ing)\b|"
    # "the Innovation Authority published a call for proposals today", « la Région a publié un
    # appel à projets » (not "published the results of the call")
    rf"\bpublish(?:es|ed)\b(?! (?:the |its |their )?(?:list|{_RESULTS_WORDS})\b)|"
    r"\b(?:a|ont) publie\b|"
    # "the NSF has announced a $20 million request for proposals" (not "announced the winners")
    rf"\bannounc(?:es|ed|ing)\b(?! (?:the |its |their )?(?:{_RESULTS_WORDS})\b)|"
    # « l'UA a annoncé la deuxième édition du programme de bourse » (not « annonce les lauréats »)
    r"\bannonce(?:e|s|nt)?\b(?! (?:les |ses |leurs )?(?:resultats|laureats|gagnants|"
    r"beneficiaires|selectionnes)\b))"
    r"(?:[^\w.!?]+[\w'-]+){0,5}[^\w.!?]*$"  # in its sentence: not "… open to all. Calls for"
)
ANNOUNCED = re.compile(f"{_POINTED}|{_LAUNCHED}")
LAUNCHED_BEFORE = re.compile(_LAUNCHED)
# announced after the call's words: « l'appel à projet que le plan France 2030 lance », « vient
# d'être lancé », « est ouvert », "is now open" (not « avait été lancé »)
ANNOUNCED_AFTER = re.compile(
    r"\W*(?:\([^)]{0,20}\)\W*)?(?:(?:que|qui) (?:[\w'-]+ ){0,4}lanc(?:e|ent|ons|ez)\b|"
    # (not « combien d'appels à projets sont ouverts chaque année »)
    # (and « un concours a été lancé pour les jeunes de cinq pays », for whom it is; not « le
    # programme de subventions a été lancé en 2019 et s'est achevé »)
    r"vient d'etre lancee?s?\b|(?:a|ont) ete lancee?s? (?:pour les|aupres des|a destination "
    # (and « un appel à candidature a été lancé dans la foulée de l'annonce »)
    r"des|afin de|dans la foulee|aujourd'hui)\b|"
    r"(?:est|sont) (?:desormais |maintenant )?ouverte?s?\b"
    r"(?! (?:chaque|tous les|toute l'annee|en permanence))|"
    r"(?:actuellement|desormais|maintenant) ouverte?s?\b|(?:is|are) (?:now |currently )?open\b|"
    # a heading's « L'appel à candidatures est lancé », « l'appel à candidatures s'ouvre
    # aujourd'hui » (not « est lancé en 2019 », a call's history); a name between: « Un appel à
    # projets Leader est lancé »
    # (and its name in quotes, its acronym after: « L'appel à projets national 2021 "Programme
    # National pour l'Alimentation" (PNA) est lancé »)
    r"(?:[\w-]+ ){0,2}(?:[\"«][^\"«»]{1,80}[\"»] )?(?:\([\w-]{1,12}\) )?"
    r"(?:est|sont) (?:officiellement )?lancee?s?\b(?! (?:en|depuis|il y a)\b)|"
    r"s'ouvre(?:nt)? (?:aujourd'hui|ce|des)\b|"
    # « L'appel à candidatures pour le programme de bourses … de la CSEA est maintenant ouvert »
    # (and « L'appel à candidatures du concours … Digital Africa … est officiellement ouvert »)
    # (or with nothing after it: « L'appel à projets pour l'édition 2023-2024 est ouvert ! »)
    r"(?:pour|du|de la|des) [^.!?]{0,100}?\b(?:est|sont) (?:(?:desormais |maintenant |"
    r"officiellement )ouverte?s?\b|ouverte?s?(?=\s*(?:[.!\n]|$)))|"
    r"(?:[\w'-]+ ){0,3}?[\w'-]+, lancee?s? le\b|"  # « son concours Innovation Challenge, lancé le »
    # « un appel à projets lancé le vendredi 3 février par le ministre » (not « l'appel à
    # candidatures lancé le 30 octobre et clos le 31 janvier »)
    r"lancee?s? (?:le|ce|hier|aujourd'hui)\b(?![^.!?]{0,60}\bet (?:clos|cloture|ferme|termine))|"
    # the call its sentence's subject, told in the present: « L'appel à manifestation d'intérêt
    # lancé par la Région Normandie et les Hauts-de-France a pour objectif de » (not « lauréate
    # d'un appel à projets lancé par la Région »)
    r"lancee?s? par [^.!?]{1,80}? (?:a pour (?:objectif|but|ambition)|vise a|s'adresse)\b|"
    # (and its purpose first: « Un appel à manifestation d'intérêt visant à sélectionner six
    # territoires volontaires a été lancé par plusieurs organisations »)
    r"visant a [^.!?]{1,60}? (?:a|ont) ete lancee?s? par\b|"
    # (and the call by its own name, its purpose told at once: « L'appel à projets LabCom vise à
    # dynamiser le partenariat »; not « qui visait », a call's history)
    r"(?:[\w'-]+ ){0,3}?(?:vise a|a pour (?:objectif|but|ambition) de)\b)"
)
# applications due in a call named between: "The first round of applications in this Smart City
# Challenge is due Feb. 4" — an invitation, and a closing cue (``agenda_deadlines``)
APPLICATIONS_DUE = r"\bapplications (?:in|for|to) [^.!?]{1,60}? (?:are|is) due\b"
# an invitation to answer: the item is the call, whatever its words
INVITED = re.compile(
    # (and a sub-prefecture's sheet on a call: « Qui peut demander ? », a contest's rules: « QUI
    # PEUT ÊTRE CANDIDAT ? »)
    r"\bqui peut (?:candidater|postuler|concourir|participer|repondre|etre eligible|demander|"
    r"etre candidate?)|"
    # « Quelles sont les démarches pour participer au concours ? »
    r"\bquelles sont les (?:demarches|modalites) pour (?:participer|candidater|postuler|"
    r"concourir)\b|"
    # « Tout type de structure peut se porter candidate », « Pour en bénéficier, les capitales
    # French Tech (qui pourront solliciter jusqu'à 150 000 € d'aide) »
    # (and « Une collectivité locale peut ainsi se porter candidate »)
    r"\b(?:peut|peuvent|pourra|pourront) (?:ainsi |aussi |egalement |donc )?"
    r"(?:se porter candidate?s?|solliciter)\b|"
    r"\bpour en beneficier\b|"
    # « Pour prétendre aux fonds européens Leader (Feader), vous devez vous rapprocher du GAL »
    r"\bpour pretendre (?:aux|a la|a l'|au|a une?) (?:fonds|aides?|subventions?|financements?|"
    r"dotations?|bourses?)\b|"
    # an event's page for its speakers: « Toute personne peut adresser une ou plusieurs
    # propositions d'interventions »
    r"\btoute personne (?:physique |morale )?(?:peut|pourra) (?:adresser|proposer|soumettre|"
    r"candidater|postuler|concourir)\b|"
    r"\b(?:peuvent|pourront) "
    r"(?:candidater|postuler|concourir)|\binvitee?s? a (?:deposer|postuler|candidater|repondre|"
    r"soumettre|concourir)|\bcandidatures? (?:sont |est )?(?:desormais |maintenant )?ouvertes?\b|"
    # (not a method's "show you how to apply them simply")
    r"\bwho (?:can|should) apply\b|"
    r"\bwho is eligible\s*\?|\bqui est eligible\s*\?|"  # a grant page's "Who is eligible?"
    # « ÊTES-VOUS ÉLIGIBLE ? », « Mais alors qu'est-ce que cette aide et comment en bénéficier ? »
    r"\betes-vous eligibles?\s*\?|\bcomment en beneficier\s*\?|"
    # a state aid scheme's "Beneficiaries must meet the following conditions", "Beneficiaries:
    # small and medium-sized enterprises which … must"
    r"\bbeneficiaries (?:must|shall|should|need to) (?:meet|fulfil|fulfill|satisfy)\b|"
    r"\bbeneficiaries\s*:\s*(?:[\w-]+,? ){0,6}?(?:enterprises|companies|smes|businesses|"
    r"start-?ups)\b|"
    # "Applications for the new subsidised programme have started"
    r"\bapplications (?:for [^.!?]{1,60}? )?have (?:started|begun|opened)\b|"
    r"\bhow to (?:apply|participate)\b(?! (?:them|it|this|these|those|that)\b)|"
    # (not a round's history: "All 50 States … were invited to apply for STEP grant awards",
    # which ``opportunities._invited`` passes over: a look behind here would cost every text)
    r"\binvited to (?:submit|apply)\b|"
    # "The SBA is encouraging states and U.S. territories to apply for $30 million in grants"
    # (« U.S. » between)
    r"\bencourag(?:es|ing) [^!?\n]{1,60}? to apply (?:for|to)\b|"
    # a programme's "Program Guidelines and Application Instructions"
    r"\bapplication instructions\b|"
    # (and "with applications for more than $60 million in grant funding opening today")
    r"\bapplications? (?:for [\w'$., -]{1,40} )?(?:are |is )?(?:now )?(?:open\b|opening today\b)|"
    # a contest's call to its entrants: "looking for young butchers … to put themselves forward
    # to compete", their time to enter ("Entrants have until 14 June to get their entries in"),
    # a competition's page: "Complete the application online below"
    r"\bput (?:themselves|yourself|yourselves) forward\b|"
    r"\b(?:entrants|applicants|candidates) (?:have|will have) until\b|"
    r"\bcomplete the application (?:online|form|below)\b|"
    r"\bopen(?:s|ed)? "
    r"applications\b|"
    r"\b(?:submission|application) deadline\b|\bdeadline for (?:applications?|entries)\b|"
    # "The closing date for applications is June 1", "announced the opening of applications"
    r"\bclosing date for applications\b|\bthe opening of applications\b|"
    r"\bconditions (?:for|of) participation\b|\bconditions de participation\b|"
    # (and a contest's booklet « Règlement du 25e concours »)
    r"\breglement (?:du|de ce) (?:\d{1,3} ?(?:e|eme) )?(?:challenge|concours|hackathon)\b|"
    # an aid's own application form: « Ce formulaire de demande d'aide, une fois complété »
    r"\bformulaires? de demande (?:d'aide|de subvention)\b|"
    # (and "To be eligible to participate in Challenge 22, applicants must be")
    r"\b(?:who is )?eligible to apply\b|\bto be eligible to participate\b|"
    r"\bsolicit(?:s|ing)? (?:applications|proposals)\b|\bwe (?:welcome|invite|accept) "
    r"(?:applications|entries|proposals|submissions)\b|"
    r"\bapplication (?:period|process)\b|"
    # "submit your idea online until July 13", "apply to the competition", "Google.org opened
    # the application for organizations"
    # (and a congress's invited track: "Submit Your Paper")
    r"\bsubmit(?:ting)? (?:your|their) (?:[\w-]+ )?(?:ideas?|entr(?:y|ies)|applications?|projects?|"
    r"papers?|films?)\b|"  # (and a festival's "by submitting your film you agree")
    r"\bapply for funding\b|"  # "Apply for funding for projects of small and medium-sized …"
    # "Applications for the K-Startup Grand Challenge, as it's been named, are being accepted
    # through June 14"; a challenge notice's « Étape 3 : proposez votre solution ici »
    r"\bapplications? (?:for [^.!?]{1,60}? )?(?:are|is) (?:now |being |still )?accepted\b|"
    r"\bproposez votre (?:solution|projet|candidature)\b|"
    # "The first round of applications in this Smart City Challenge is due Feb. 4"
    rf"{APPLICATIONS_DUE}|"
    r"\bapply (?:for|to) the (?:competition|challenge|contest|prize|award|programme|program|"
    r"grants?)\b|"  # "I urge more practitioners … to apply for the grants available"
    r"\bopen(?:s|ed)? (?:the )?applications? (?:for|to) (?:[\w-]+ ){0,2}?(?:organi[sz]ations|"
    r"applicants|businesses|companies|start-?ups|smes|teams|researchers|students|nonprofits|"
    r"entrepreneurs|innovators)\b|"
    # a funder's « application window » (not a program's window on the screen)
    r"\b(?:during|before|once) the application window\b|\bapplication window (?:opens|closes|"
    r"dates)\b|\bsubmission of an application\b|\bapply (?:now|online)\b|"
    # « le dépôt d'une demande de subvention » (« d une » where a document host lost the apostrophe)
    r"\bdepot d[' ]une demande (?:de subvention|d[' ]aide|de financement)\b|"
    # an aid scheme's « Les demandes sont à effectuer … sur le compte asso », « Les demandes …
    # devront être déposées à partir du lundi 03 avril »
    # (and « Les dossiers de demandes d'aides doivent être déposés, jusqu'au 7 novembre 2018 »)
    r"\bles (?:dossiers de )?demandes (?:de subventions? |d'aides? )?(?:sont a (?:effectuer|"
    r"deposer|adresser)|(?:doivent|devront) etre (?:deposee?s|effectuee?s|adressee?s))\b|"
    r"\bdeposer (?:[\w']+ )?dossiers? de candidature|\bdeposer (?:sa|leurs?|votre|vos) "
    r"(?:pre-?)?candidatures?\b|\bdossiers? de candidature (?:sont |est )?a "
    r"deposer|\bdeposer (?:sa|leur|une|votre) demande (?:de subvention|d'aide|de financement)\b|"
    # a funder's « La date limite fixée pour présenter une demande est le 20 janvier », « La
    # période de réception des demandes débutera le 16 septembre », « Les demandeurs doivent
    # être l'une des entités suivantes » (Ontario's French)
    r"\bdate limite (?:fixee )?(?:pour|de) (?:presenter|deposer|soumettre) (?:une|votre|sa|leur) "
    r"(?:demande|candidature)\b|\bperiode de (?:reception|depot) des (?:demandes|candidatures)\b|"
    # (and an aid sheet's « Les demandeurs éligibles sont : »)
    r"\bles demandeurs (?:(?:doivent|devront) etre|eligibles sont)\b|"
    # a rolling call's « Les candidatures seront analysées au fil de l'eau »
    r"\bcandidatures (?:seront|sont) (?:analysees|examinees|instruites|traitees) au fil de "
    r"l'eau\b|"
    r"\bentreprises (?:eligibles|cibles|visees)\b|\bbeneficiaires eligibles\b|"
    r"\beligible beneficiaries\b|"  # a grant's page: "ELIGIBLE BENEFICIARIES"
    # (and a call's specifications: « A qui s'adresse l'appel à projets ? »)
    # (and a shop aid's « À qui s'adresse cette aide ? »)
    r"\ba qui s'adresse (?:(?:le|ce) dispositif|cette aide)\b|\ba qui s'adresse (?:l'|cet )appel\b|"
    r"\bpour solliciter (?:une |cette |l')aide\b|"
    r"\bsolliciter (?:les|des) aides\b|"  # a title's « Solliciter les aides PCAE avant le 6 avril »
    # a contest's rules: « AVIS AUX CANDIDATS »; its entries opened: « Les inscriptions au
    # Concours général agricole 2024 … sont ouvertes » (and a name in quotes between, an adverb
    # before: « Les inscriptions pour le concours « Un des meilleurs apprentis de France »,
    # édition 2024, sont d'ores et déjà ouvertes »)
    r"\bavis aux (?:candidats|concurrents)\b|"
    r"\bles inscriptions (?:au |a la |aux |pour )?(?:[\w'-]+ ){0,5}?(?:sont |est )?(?:desormais |"
    r"maintenant )?ouvertes\b|"
    r"\bles inscriptions (?:au |a la |aux |pour )[^.!?]{0,80}?\bsont d'ores et deja ouvertes\b|"
    r"\bles beneficiaires du dispositif\b|"  # « Les bénéficiaires du dispositif Kap Numérik »
    # an aid scheme's page: « Ne sont pas éligibles : - commerces d'une surface de vente
    # supérieure à 300 m² » (not « Pour qui ? », a fair's too)
    r"\bne sont pas eligibles\b|"
    # a prize launched: « Les candidatures se font en ligne sur le site artisanat.fr »
    r"\bles candidatures se font (?:en ligne|sur|aupres|via)\b|"
    # a prize's FAQ: « Pour candidater au prix national « Ma Ville Mon Artisan » vous devez »
    r"\bpour candidater (?:au|a la|a l'|aux)\b|"
    # an aid portal's field: « Bénéficiaires de l'aide / Associations »
    r"\bbeneficiaires de l'aide :? (?:associations?|entreprises?|communes?|collectivites|"
    r"etablissements|agriculteurs|particuliers)\b|"
    # an aid scheme's « Conditions d'octroi de l'aide »; a contest's « Formulaire de participation
    # au 25ème concours pour la sauvegarde du patrimoine »
    r"\bconditions d'octroi (?:de l'aide|de la subvention|du financement|des aides)\b|"
    r"\bformulaire de (?:participation|candidature) (?:au|a la|a l') ?(?:[\w-]+ ){0,2}?"
    r"(?:concours|prix|appel|challenge|trophees?)\b|"
    # « Cette offre s'adresse aux PME » (an aid scheme's page)
    # (and a prize's « Ce prix s'adresse aux startup créées depuis moins de 8 ans »)
    # (and a contest's rules: « Ce concours national s'adresse à toute personne morale … Les
    # participants peuvent s'inscrire »)
    # (and a call's own page: « L'appel à projets s'adresse aux seules associations nationales »)
    # (and a contest's own page: « Le concours s'adresse aux apprenants en section carrosserie »)
    r"\b(?:cette offre|ce dispositif|cette aide|ce prix|ce concours|le concours|cet appel|"
    r"l'appel a (?:projets?|candidatures?))(?: [\w-]+)? s'adresse\b|"
    # (and an aid scheme named: « Le dispositif d'aide à la transformation à la ferme s'adresse
    # aux : »); an aid scheme's heading « Conditions de recevabilité » (not a report's)
    r"\b(?:le|ce) dispositif d'aides? [^.!?]{1,60}? s'adresse\b|"
    r"\bconditions de recevabilite(?: du projet| des dossiers)?(?:\s*:|\s+(?:les?|la|l'|un|une|"
    r"tout|toute)\b)|"
    r"\bles (?:participants|candidats) (?:peuvent|pourront) s'inscrire\b|"
    # a contest's rules: « Concours ouvert aux étudiants en esthétique lors du Congrès … »
    r"\b(?:concours|prix|trophee) (?:est )?ouvert (?:a tous|a toutes|aux (?:etudiants|apprentis|"
    r"eleves|professionnels|jeunes|entreprises|artisans|salons|candidats))\b|"
    # « La date limite d'envoi des candidatures est fixée au 17 février »
    r"\bdate limite (?:d'envoi |de depot |de reception |de remise )?des (?:candidatures|"
    r"dossiers de candidature)\b|"
    # (and an aid's FAQ: « Qui peut bénéficier de l'offre « Coup de pouce » ? »)
    r"\bqui peut (?:en )?beneficier\b|\bsont eligibles,? les "
    r"(?:tpe|pme|entreprises|start-?ups?)\b|\bpeut se voir allouer\b|"
    # an aid scheme's « Dépenses éligibles : », « Quelles sont les opérations éligibles ? »
    # (and an aid portal's « Nature des actions éligibles : »)
    r"\b(?:depenses|operations|actions) (?:eligibles|concernees)\s*:|"
    r"\bquelles sont les (?:depenses|operations) eligibles\b|"
    r"\bles entreprises candidates\b|\bles beneficiaires de l'aide sont\b|"
    # « Les conditions requises pour les entreprises soutenues », « Les entreprises pourront être
    # soutenues dans la limite des taux » (a regional aid scheme's page)
    r"\bconditions requises pour les entreprises\b|"
    r"\bles entreprises (?:pourront|peuvent) etre (?:soutenues|aidees|accompagnees) dans\b|"
    r"\beligible applicants (?:are|include)\b|\byou (?:can|may|must) apply\b|"
    # "the program accepts applications from individuals", "are welcome to apply"
    r"\baccepts? applications (?:from|for)\b|\b(?:welcome|free) to apply\b|"
    # "Emerging leaders at community foundations … are especially encouraged to apply"
    r"\b(?:is|are) (?:\w+ )?encouraged to apply\b|"
    r"\b(?:organi[sz]ations?|business(?:es)?|compan(?:y|ies)|firms?|applicants?|individuals|"
    r"institutions?|start-?ups?|smes?|teams?|researchers|students|universities|entities) "
    # (and "Applicants can only apply for one option")
    # ("Both individuals and teams can participate")
    r"(?:[\w'-]+ ){0,5}?(?:can|may) (?:now |only |also )?(?:apply (?:for|to|online)|participate)\b|"
    r"\bwho can (?:join|participate|take part|enter)\b|"
    # an aid scheme's questions: "Am I eligible?", "Who is eligible for an IV?"
    r"\bam i eligible\b|\bwho (?:is|are) eligible (?:for|to)\b|"
    # (a funder's FAQ: "Is my project eligible?"; an eligibility page: "The main applicant must
    # be one of the following")
    r"\bis my (?:project|company|business|idea|organi[sz]ation|application) eligible\b|"
    r"\bthe (?:main|lead) applicant (?:must|shall|should) be\b|"
    r"\bapplicants must (?:be|have|file|submit)\b|"
    r"\bnomination deadline\b|\b(?:submit|start) (?:a |an |your )?(?:award )?nominations?\b|"
    r"\bnomination (?:package|form)s?\b|"  # "follow these steps to complete a nomination package"
    r"\bhow (?:do i|to) nominate\b|\bnominations? (?:are |is )?(?:now )?open\b|"
    r"\bguidelines for entrants\b|"
    # a conference's "Author guidelines", "Instructions for authors" (how to submit a paper)
    r"\b(?:instructions|guidelines) for (?:the )?authors\b|\bauthors?'? guidelines\b|"
    r"\bwelcomes? (?:the )?submissions? of\b|"
    # (and a festival's "Films must be submitted in digital format", "Short films should be
    # submitted electronically")
    r"\b(?:papers|proposals|abstracts|applications|films|entries|photos|photographs|videos) "
    r"(?:must|should) "
    # (and a competition's "with the registration period open until August 12")
    r"be submitted\b|\bregistration deadline\b|\bregistration (?:period )?(?:for [\w' -]{1,60} )?"
    r"(?:is |has )?(?:now )?open(?:ed|s)?\b|"
    # « Participez à notre programme Bug Bounty », "participate in our bug bounty program"
    r"\bparticipez a (?:notre|ce|cet|cette) (?:programme|concours|challenge|defi|appel)\b|"
    r"\bparticipate in our (?:[\w-]+ ){0,2}program(?:me)?\b|"
    # a call's selection criteria: "Priority will be given to students who face …"
    r"\bpriority will be given to (?:students|applicants|candidates|projects|proposals|"
    r"applications)\b|"
    r"\bcut-?off dates?\b|\bdeadlines? for (?:full |short )?(?:proposals|applications|"
    r"submissions)\b|\b(?:welcomes?|invites?|solicits?) (?:original )?(?:papers|submissions|"
    r"abstracts|contributions)\b"
)
# rarer invitations, each looked for only where its words stand (its hints: one is in any
# folded text its pattern matches)
INVITED_RARE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (hints, re.compile(pattern))
    for hints, pattern in (
        (("last date", "last day"), r"\blast (?:date|day) to apply\b"),
        # a contest or awards launched, their closing day in brackets: « les Awards de
        # l'innovation sont lancés (clôture 10 mai) » (not « ont été lancés en 2019 »)
        (("(cloture",), r"\b(?:est|sont) (?:officiellement )?lancee?s? \(cloture\b"),
        # a contest's rules under its name, their first article next: « Concours X-Mobility
        # Challenge 2018 Règlement 1. Contexte et objet du concours »
        (
            ("reglement 1", "reglement article", "reglement art"),
            r"\b(?:concours|challenge|trophees?|prix) [^.!?\n]{1,60}?\breglement "
            r"(?:1\.|article (?:1|premier)\b|art\. 1\b)",
        ),
        (AID_RATE_HINTS, AID_RATE),  # an aid sheet's rate: its terms, for whoever applies
        # how to apply: « Les dossiers de demande de subvention doivent être impérativement
        # constitués : … » (a fund's sheet for whoever applies)
        (
            ("dossiers de demande", "dossier de demande"),
            r"\bdossiers? de demande (?:de subvention|d'aide) (?:doit|doivent) etre "
            r"(?:imperativement )?(?:constitues?|deposes?|adresses?|transmis)\b",
        ),
        # an aid portal's sheet: its « Type d'aide : Subvention » field, its « taux maximum de
        # subvention : 15 % »
        (("type d'aide",), r"\btype d'aides? ?: ?(?:subventions?|avances? remboursables?)\b"),
        # (and a region's « Le taux maximum de l'aide régionale est de 15 % », a chamber's « Taux
        # d'aides publiques de base 30% », an organic farmers' « Taux d'aide : 30 % »)
        (
            (
                "de subvention :",
                "de subvention de",
                "taux maximum de l'aide",
                "taux maximal de l'aide",
                "taux d'aide",
            ),
            rf"\btaux (?:maximum |maximal )?(?:de subvention|de l'aide(?: regionale| departementale"
            rf"| publique)?) (?:: |de |est de ){_RATE}|"
            rf"\btaux d'aides?(?: publiques?)?(?: de base)? ?:? {_RATE}",
        ),
        # an aid scheme's own page on what it pays for: « Le Fonds Tourisme Durable permet de
        # financer les projets de transition écologique des restaurateurs » (not « a permis de
        # financer 300 projets », told once it is over)
        (
            ("permet de financer",),
            r"\b(?:fonds|dispositif|aide|programme)(?: [\w'-]+){0,4} permet de financer "
            r"(?:les |vos |des )?(?:projets|investissements|actions|travaux)\b",
        ),
        # a programme open to applicants: « Le Barclays Accelerator, qui sera lancé en juin mais est
        # ouvert dès maintenant aux candidatures » (not « n'est plus ouvert aux candidatures »)
        (
            ("aux candidatures",),
            r"\b(?:est|sont) (?:desormais |maintenant |des maintenant |deja |a nouveau )?"
            r"ouverte?s? (?:des maintenant |desormais |maintenant )?aux candidatures\b",
        ),
        # « Trois projets peuvent être déposés par établissement », « Les dossiers peuvent être
        # déposés en continu »
        (
            ("etre depose",),
            r"\b(?:projets|dossiers|demandes) (?:peuvent|pourront) etre deposee?s\b",
        ),
        # an aid's beneficiaries listed: « Les entreprises, les associations … ou encore les
        # organismes de formation pourront bénéficier de cette aide » (not « ont pu bénéficier »);
        # its terms told to one: « le propriétaire peut bénéficier de subventions sur les
        # travaux », « vous pouvez bénéficier d'une aide »; and whoever « répondez aux critères
        # d'éligibilité » (an aid's page that speaks to its applicant)
        (
            (
                "beneficier de cette aide",
                "beneficier de subvention",
                "beneficier d'une",
                "eligibilite",
            ),
            r"\b(?:pourront|peuvent|peut|pourra|pouvez) beneficier "
            r"(?:de cette aide|de subventions?|d'une (?:subvention|aide))\b|"
            r"\b(?:repondez|repondent|remplissez|remplissent|satisfaites|satisfont) (?:a |aux )"
            r"(?:tous les )?criteres d'eligibilite\b",
        ),
        # an aid body's own words on whom it funds: « L'ADEME accompagne financièrement et
        # techniquement les entreprises du secteur privé » (not « a accompagné financièrement »)
        (
            ("financierement",),
            r"\b(?<!a )accompagnen?t? financierement (?:et techniquement )?(?:les|des|vos) "
            r"(?:entreprises|pme|tpe|porteurs de projets?|collectivites|associations|exploitants|"
            r"agriculteurs|artisans)\b",
        ),
        # a prize's or a call's imperative: « Candidatez aux prix de l'ESS », « Candidater aux
        # Prix de l'ESS 2025 » (its page's heading)
        (
            ("candidatez", "candidater au"),
            r"\bcandidate[rz] (?:au|aux) (?:[\w'-]+ ){0,2}?(?:prix|concours|trophees?|appels?)\b",
        ),
        # an aid scheme named in quotes, its public next: « le dispositif "Contrat Export
        # Occitanie" s'adresse aux PME régionales »
        (
            ('dispositif "', "dispositif «", "dispositif “"),
            r"\b(?:le|ce) dispositif [\"«“][^\"»”]{1,60}[\"»”] s'adresse aux\b",
        ),
        # a call's own page on what it expects: « Les projets attendus peuvent agir au travers de
        # différentes thématiques »
        (
            ("projets attendus",),
            r"\bles projets attendus (?:peuvent|pourront|doivent|devront)\b",
        ),
        # an aid guide's « Bénéficiaires / L'appel à projet concerne les jeunes de 12 à 30 ans »
        (
            ("concerne les", "concerne des"),
            r"\b(?:l'appel a projets?|cet appel) concerne (?:les|des)\b",
        ),
        # "Applications close on January 9", "has begun recruiting for the fellowship", "is
        # seeking applications to support journalists"
        # (and "The applications will close on April 30")
        (("ns close", "on close", "ns will close"), r"\bapplications? (?:will )?close\b"),
        (("recruiting",), r"\b(?:has|have) (?:begun|started) recruiting\b"),
        # (and "The TMG will accept applications to select entities")
        (
            (
                "seeking applications",
                "accepting applications",
                "inviting applications",
                "will accept applications",
            ),
            rf"{SEEKING_APPLICATIONS}|"
            # (and a headline's "JETRO's 'Subsidy for …' accepting applications"; not "is no
            # longer accepting applications", a closed call)
            r"\baccepting applications\b|\bwill accept applications\b",
        ),
        # a contest launched: "SDAIA has launched the “Smartest U” competition", "has launched a
        # National Olympiad"; "Prospective participants can register via the official website"
        (
            ("launched", "launches"),
            # (and a headline's "MeitY Launches Blockchain India Challenge")
            # (and "JNF Canada … launched the Climate Solutions Prize on March 1st")
            r"\b(?:(?:(?:has|have) )?launched|launches) (?:the |a |an |its |their )?"
            r"(?:[\w“”\"'-]+ ){0,4}?(?:competition|contest|challenge|olympiad|prize)\b",
        ),
        # "has announced an \"innovation challenge\" for Indian start-ups" (not "has announced the
        # winners of the challenge")
        (
            ("announced", "announce the launch"),
            # (and "The FTC on Wednesday announced a prize competition", "We are pleased to announce
            # the launch of the … Detection Challenge")
            r"\b(?:(?:has|have) )?announced (?:the |a |an |its |their )?(?:(?!winners?\b|results\b|"
            r"finalists\b|laureates\b)[\w“”\"'-]+ ){0,4}?(?:competition|contest|challenge|"
            r"olympiad|prize)\b|"
            r"\bannounce the launch of (?:the |a |an |its |our )?(?:[\w“”\"':-]+ ){0,6}?"
            r"(?:competition|contest|challenge|olympiad|prize)\b",
        ),
        (
            ("can register", "may register", "must register"),
            # ("Students wishing to participate in the competition can register", "Students must
            # register through the official Neurora AI platform in order to participate")
            # (and a pitch competition's "contestants must register online")
            r"\b(?:participants|students|pupils|applicants|teams|candidates|entrants|contestants|"
            r"competitors) (?:[\w'-]+ )"
            r"{0,6}?(?:can|may|must) (?:now )?register\b",
        ),
        # a competition's "We are looking for business ideas that have the potential to …"
        (
            ("looking for",),
            r"\b(?:we are|we're) (?:now )?looking for (?:[\w-]+ ){0,2}?(?:ideas|projects|"
            r"start-?ups|applicants|candidates|innovators|entrepreneurs|teams)\b",
        ),
        # "Applications have opened for the second round", "Round 3 of the … Award is now open"
        (
            ("have opened", "has opened", "been opened", "have now opened", "has now opened"),
            r"\bapplications? (?:have|has) (?:now )?(?:opened|been opened)\b",
        ),
        (
            ("is now open", "- now open", "– now open", "— now open", ": now open"),
            r"\b(?:round \d+|call|competition|award|fund|programme|program|challenge|scheme)\b"
            # (and a title's "AI Immune System: Detection Challenge — Now Open")
            r"[^.]{0,60}? (?:is|[-–—:]) now open\b",
        ),
        # a funding listing's window: "Opens: 29th Jun 2021 Closes: 7th Sep 2021"
        (("closes:", "closes :", "close:"), r"\bopens?\s?:[^.]{0,60}?\bcloses?\s?:"),
        # a funding portal's listing: "Status: Open", "Call status: open" (the twin of
        # "Status: Closed", a call over)
        (("status: open", "status : open"), r"\b(?:call )?status\s?:\s?open\b"),
        # "VU Faculty of Law invites interdisciplinary student teams to take part in the
        # competition" (a contest's invitation, whoever it invites)
        (
            ("to take part in the", "to participate in the"),
            # ("GFCN invites the creators of deepfake detection systems to participate in the
            # Deepfake Detection Contest")
            r"\binvites? (?:[\w'-]+ ){1,7}?to (?:take part|participate) in the (?:[\w-]+ ){0,3}?"
            r"(?:competition|challenge|contest)\b",
        ),
        # "Any innovators from anywhere in the world can participate in the competition"
        (
            ("can participate in the", "may participate in the"),
            r"\b(?:any|all) (?:[\w-]+ ){0,2}?(?:innovators|start-?ups|students|teams|"
            r"entrepreneurs|developers|researchers|applicants|companies|individuals) (?:[\w'-]+ )"
            r"{0,6}?(?:can|may) (?:now )?participate in the (?:competition|challenge|contest)\b",
        ),
        # a contest launched in French, now or soon: « les organisateurs vont plus loin en
        # lançant le 1er Challenge de développement d'idées », « la Région lance un concours »
        # (not « a lancé » nor « avait lancé », told once it is over)
        (
            (
                "lance le ",
                "lance la ",
                "lance un",
                "lance son ",
                "lance sa ",
                "lancent ",
                "lancant ",
                "lancera ",
            ),
            r"\b(?<!a )(?<!ont )(?<!avait )(?<!avaient )lanc(?:e|ent|ant|era|eront) "
            r"(?:le |la |l'|un |une |son |sa |leur )(?:(?:1er|premier|premiere|nouveau|nouvelle) )?"
            # (not a hackathon: the event on its days, below)
            r"(?:challenge|concours|defi|prix|trophees?)\b",
        ),
        # a contest's launch: "a telegram … on Hackathon Bridge – Poland to Ukraine competition
        # launch", « le lancement du concours »
        (
            ("competition launch", "contest launch", "challenge launch", "lancement du concours"),
            r"\b(?:competition|contest|challenge) launch\b|\blancement du concours\b",
        ),
        # a contest's entries: "Entries open in November", "will open for entries in November",
        # "The contest is open for registration"
        (
            (
                "entries open",
                "entries are open",
                "entries will open",
                "entries now open",
                "open for ",
            ),
            r"\bentries (?:are |will )?(?:now )?open\b|\bopen for (?:entries|registration|"
            r"applications|applicants|submissions)\b",
        ),
        # a sponsor's competition: "The FAA is sponsoring the FAA Challenge: Smart Airport Student
        # Competition", "The FTC is sponsoring a contest"; "Enter our 'NFTs for Good in LatAm'
        # contest"
        (
            ("is sponsoring", "are sponsoring", "enter our", "enter the", "enter this"),
            r"\b(?:is|are) sponsoring (?:the |a |an |its |their )?(?:[\w“”\"':-]+ ){0,6}?"
            r"(?:competition|contest|challenge|prize)\b|"
            r"\benter (?:our|the|this) (?:[\w“”\"'‘’-]+ ){0,6}?(?:competition|contest|challenge)\b",
        ),
        # "For participating in the challenge, the first step is to register your team"
        (("register your team",), r"\bregister your team\b"),
        # "applications are now being accepted for a $1 million state scholarship fund",
        # "Submissions are being accepted as early as March 1", "Entries are due by May 22"
        (
            ("accepted", " due", "to be submitted"),
            r"\b(?:applications?|submissions?|entries|proposals|nominations) (?:are|is|will be) "
            r"(?:now )?(?:being )?(?:accepted|due)\b|"
            # "Nominations for the award are to be submitted to the NAETS office between February 1
            # and April 30"
            r"\b(?:applications?|submissions?|entries|proposals|nominations) "
            r"(?:for [\w' -]{1,40} )?(?:are|is) to be submitted\b",
        ),
        # "officially opened the program for applicants"
        (
            ("for applicants",),
            r"\bopen(?:s|ed)? (?:the|its|our) (?:program|programme|fund|call|competition|"
            r"challenge) (?:for|to) applicants\b",
        ),
        # whom a call is open to: "Fellowships are open to print, broadcast, and online
        # journalists", "These calls are open to entities, typically research and technology
        # organisations" (not "the sandbox is open to authorized firms")
        (
            ("is open to", "are open to", "is now open to", "are now open to"),
            r"\b(?:calls?|competitions?|challenges?|contests?|programmes?|programs?|grants?|"
            r"fellowships?|awards?|prizes?|scholarships?|funds?|residenc(?:y|ies)) (?:is|are) "
            r"(?:now )?open to (?:all |any )?(?:[\w,-]+ ){0,5}?(?:organi[sz]ations|entities|"
            r"companies|smes|start-?ups|applicants|researchers|teams|businesses|individuals|"
            r"students|journalists|artists|entrepreneurs|innovators|developers|firms|"
            r"universities|institutions|nonprofits)\b",
        ),
        # "Organisations will express which amount they are applying for in the application
        # form", "fill in the application form" (not "what you write in the application form")
        (
            ("application form",),
            r"\b(?:complete|fill (?:in|out)|submit) (?:the|an|our) (?:online )?application "
            r"form\b|\bapply(?:ing)? for\b[^.]{0,40}?\bin the (?:online )?application form\b",
        ),
        # a contest's timeline: "applications submission - from May 1 to July 1"
        (("applications submission",), r"\bapplications submission\b"),
        # a call's own page: "[ Application Guidelines ]" above a start-up contest's rules
        (("application guideline",), r"\bapplication guidelines\b"),
        # "announces an open competition for organizations interested in submitting
        # applications"; "Internews is seeking to fund individuals or teams"
        (
            ("interested in submitting",),
            r"\binterested in submitting (?:applications|proposals|statements of interest)\b",
        ),
        # "Startups interested in participating in this contest must be …"
        (
            ("interested in participating", "interested in applying"),
            r"\b(?:start-?ups|companies|teams|applicants|organi[sz]ations|candidates|entrepreneurs|"
            r"individuals|researchers|students) interested in (?:participating|applying)\b",
        ),
        # a contest's rules: "There is no fee for entry"; a call for papers: "Authors are asked to
        # submit"
        (("fee for entry", "no entry fee"), r"\bno (?:fee for entry|entry fee)\b"),
        (
            # (a competition's "participants are required to submit either a …")
            (
                "asked to submit",
                "requested to submit",
                "encouraged to submit",
                "required to submit",
                "are invited to",
                "s must submit",
                "s should submit",
                "will need to submit",
            ),
            # ("Authors are invited to electronically submit original … contributions")
            # ("Authors notified of the acceptance of their abstract are asked to submit the full
            # paper")
            r"\b(?:authors|applicants|participants|candidates) (?:[\w'-]+ ){0,8}?are (?:asked|"
            r"requested|encouraged|required|invited) to (?:electronically )?submit\b|"
            # ("Challenge participants must submit their code", "Participants will need to submit
            # an abstract")
            r"\b(?:participants|entrants|contestants|teams) (?:must|should|will need to) submit\b",
        ),
        (("seeking to fund",), r"\b(?:is|are) seeking to fund\b"),
        # a funding listing's first line: "Deadline: 26 January 2024" (a day and its year right
        # after the colon)
        (
            ("deadline:", "deadline :"),
            rf"\bdeadline ?: ?(?:(?:{DAY_NAMES}),? )?(?:\d{{1,2}}(?:st|nd|rd|th)? "
            rf"(?:{MONTH_NAMES})\.?,? \d{{4}}|(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?,? "
            r"\d{4})\b",
        ),
        # the time those who want to answer have: « Les porteurs de projets ont jusqu'au 27 juin
        # pour se lancer », « une candidature à envoyer jusqu'au 28 août » (not « avaient
        # jusqu'au »: a report)
        (
            ("jusqu'",),
            r"\b(?:ont|avez) jusqu'(?:au|a) [^.!?]{0,40}?\bpour (?:se lancer|candidater|postuler|"
            r"participer|deposer|s'inscrire|soumettre|repondre)\b|"
            r"\bcandidatures? a (?:envoyer|deposer|adresser|transmettre|soumettre) "
            r"jusqu'(?:au|a)\b",
        ),
        # a conference's page that tells how to submit: "Instructions for Abstract Submission"
        (
            ("instructions for", "submission instructions"),
            r"\binstructions for (?:the )?(?:(?:abstract|paper|proposal)s? )?submissions?\b|"
            r"\bsubmission instructions\b",
        ),
        # "DARPA issued a call to top computer scientists, AI experts … to participate in the AI
        # Cyber Challenge"
        (
            ("a call to",),
            r"\bissue[sd]? a call to (?:[\w,'-]+ ){0,12}?to (?:participate|apply|compete|submit)\b",
        ),
        # "invite startups and SMEs to come up with their solution and compete for prizes"
        (("compete for",), r"\bcompete for (?:the )?(?:prizes?|awards?)\b"),
        # « les candidatures se sont ouvertes le 25 septembre et se termineront le 15 novembre »
        (
            ("candidatures se", "candidatures s'", "candidatures ouvriront"),
            r"\bcandidatures (?:se sont ouverte?s?|s'ouvrent|s'ouvriront|ouvriront)\b",
        ),
        # "1. Submit application", "Project partners who want to submit an application",
        # "submission of an “IraSME Application Form”"
        (("submit application", "submit an application"), r"\bsubmit (?:an )?application\b"),
        (
            ("want to apply", "wish to apply", "like to apply"),
            r"\bwho (?:want|wish|would like) to apply\b",
        ),
        (
            ("application form",),
            r"\b(?:submission of|submit) an? \W?(?:[\w-]+ ){0,2}application form\b",
        ),
        # a challenge's own rules: "Challenge Rules", "Entry to the competition is free", "We
        # invite participation from individuals and teams"
        (
            ("challenge rules", "contest rules", "competition rules"),
            r"\b(?:challenge|contest|competition) rules\b",
        ),
        (
            ("entry to the", "entry into the"),
            r"\bentry (?:to|into) the (?:competition|challenge|contest)\b",
        ),
        (("invite participation", "invites participation"), r"\b(?:we )?invites? participation\b"),
        # a contest's "Entries will be accepted through …"; "High School Cybersecurity Competition
        # Opens for Registration" (not an event's "Registration is now open")
        (
            ("will be accepted",),
            r"\b(?:entries|submissions|applications|proposals) will be accepted\b",
        ),
        (
            ("for registration",),
            r"\b(?:competition|contest|challenge)s? opens? for registration\b",
        ),
        # "The grant program is open to any individual or group", « l'appel est ouvert à toutes les
        # entreprises » (with a call's words: not an event open to all)
        # (and a programme open to a kind of applicant: « un programme d'accompagnement est ouvert
        # aux entreprises ayant des solutions adaptées »)
        (
            ("open to any", "open to all", "ouvert a", "ouverte a", "ouverts a", "ouvertes a"),
            r"\b(?:is|are) open to (?:any|all) (?:individuals?|teams?|groups?|researchers|"
            r"organi[sz]ations|companies|start-?ups|smes|applicants|students)\b|"
            # (a call's audience, not a show's: « Pour qui ? Ouvert à tous les porteurs de … »)
            r"\b(?:est|sont|reste|restent) ouverte?s? (?:a (?:toutes les|tous les)|aux) "
            r"(?:entreprises|porteurs de projets?|chercheurs|start-?ups|"
            r"pme|structures|etudiants|associations|collectivites)\b|"
            # a contest open to its trade: « ce concours ouvert aux professionnels des métiers
            # d'art a consacré le talent de près de 95 personnalités »
            r"\b(?:ce|le|un|notre) (?:concours|prix) (?:est )?ouvert (?:a (?:toutes les|tous les)|"
            r"aux) (?:professionnels|artisans|createurs|entreprises|jeunes)\b",
        ),
        # a competition's own rules: "The competition is open to all. We invite architects,
        # students, designers … to submit ideas"
        (
            ("is open to all", "are open to all"),
            r"\b(?:competition|contest|challenge|prize|award|call)s? (?:is|are) open to all\b",
        ),
        (
            ("we invite",),
            r"\bwe invite [^.!?]{1,160}? to (?:submit|apply|enter|participate)\b",
        ),
        # a funder's open call that calls its applicants: "Calling all developers, innovators,
        # researchers, SMEs and entrepreneurs!"
        (
            ("calling all",),
            r"\bcalling all (?:[\w-]+,? ){0,6}?(?:developers|innovators|researchers|smes|"
            r"start-?ups|entrepreneurs|students|teams|hackers|builders|makers|creators|artists|"
            r"applicants)\b",
        ),
        # « les candidats ont jusqu'au 3 mai pour soumettre leur projet », "teams have until
        # May 3 to apply"; "communication proposals are expected", « les propositions sont
        # attendues »
        (
            ("ont jusqu",),
            r"\bont jusqu'(?:au|a) [^.!?]{1,40}? pour (?:soumettre|deposer|candidater|postuler|"
            r"envoyer|presenter|proposer|s'inscrire)\b",
        ),
        (
            ("ve until", "as until"),
            r"\bha(?:ve|s) until [^.!?]{1,40}? to (?:submit|apply|enter|register)\b",
        ),
        (
            ("proposals are", "proposals will"),
            r"\bproposals (?:are|will be) (?:expected|invited|welcome)\b",
        ),
        (
            ("propositions",),
            r"\bpropositions (?:de communications? )?(?:sont|seront) (?:attendues|bienvenues)\b",
        ),
    )
)


# a title that counts what it lists: "Ten Film Festivals to Submit Your Short Films To", "7
# grants for small businesses" (not "10th Annual Festival", one event's edition); its nouns follow
COUNTED = (
    r"^(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) "
    r"(?:[\w'-]+ ){0,3}?"
)
# a title that asks or teaches is about calls in general: « Appels à projets : de quoi
# parle-t-on ? », « How to run open calls »
# (« … : conseils », "The best tips for a successful call for project")
GENERAL_TITLE = re.compile(
    # (not a Region's portal named in the title: « … - Guide des aides de Nouvelle-Aquitaine »)
    # (nor a call's own guide for its applicants: « Guide pratique à l'attention des porteurs de
    # projet. Appel à projets 2021 », « Guide du candidat », "Guide for applicants")
    r"\?|\bhow to\b|\bcomment\b|\bguide\b(?! des aides)(?!(?: pratique)? (?:a l.?attention |a "
    r"destination )?(?:des|du|aux|for) (?:porteurs|candidats?|demandeurs|applicants)\b)|"
    r"\bconseils\b|\btips\b|\bastuces\b|"
    r"\bbest practices\b|\bbonnes pratiques\b|"
    # a how-to's verb first: « Obtenir une bourse de recherche d'un organisme subventionnaire »,
    # "Writing a winning grant proposal" (not a call's own « Candidater au concours »)
    r"^(?:obtenir|trouver|reussir|rediger|writing|finding|getting|winning) |"
    # its steps: « 5 étapes pour répondre à un appel d'offres public pour les PME »
    r"\b\d+ (?:etapes|steps)\b|\betapes pour\b|\bsteps to\b|"
    # a document to fill in, not a call: "Request for Proposal Template", "RECOMMENDED OUTLINE
    # FOR REQUEST FOR PROPOSAL (RFP)"
    r"\btemplates?\b|\boutline for\b|"
    # a procurement code's or rules' section: "Section 12: Request for Information (RFI)"
    r"^(?:section|subsection|chapter|§) ?\d+[\w.-]*\s*[:.–-]|"
    # a list of calls, or of festivals to enter: "Ten Film Festivals to Submit Your Short Films To"
    rf"{COUNTED}(?:festivals|competitions|contests|grants|fellowships|scholarships|calls|prizes|"
    r"awards|opportunities|concours|appels|bourses|subventions)\b"
)
# a lead that says the page explains or advises: "In this article, we'll provide essential
# information about the deadlines", "Here are the reasons why students must care about the
# scholarship deadline", "read this article", « Dans cet article » (its calls are calls in general:
# read as one only with a closing date or a call's own name, as under a ``GENERAL_TITLE``)
EXPLAINER_LEAD = re.compile(
    r"\bin this (?:article|post|blog post|guide)\b|\bread this (?:article|post|guide)\b|"
    r"\bour (?:comprehensive|complete|ultimate|step-by-step) guide\b|"
    r"\bthis guide (?:will|explains|covers)\b|"
    r"\bhere are (?:the |some )?(?:reasons|tips|steps|ways)\b|"
    r"\bdans cet article\b|\bcet article (?:vous )?(?:explique|presente|detaille)\b|"
    r"\bvoici (?:les|quelques) (?:conseils|etapes|astuces|raisons)\b"
)
EXPLAINER_LEAD_CHARS = 1_500  # the lead's characters, the title's among them
# a public consultation, its lead says: "has launched a consultation inviting recommendations
# from businesses and the public on the proposed law" (a call's generic words, "The deadline for
# submissions is 14 February 2022", are the consultation's: no call for the agenda)
CONSULTATION = re.compile(
    r"\b(?:public consultation|consultation publique|(?:launched|opened|launches|opens) a "
    r"(?:public )?consultation|(?:a|ont) lance une consultation|requests? for (?:public )?comments|"
    r"call for (?:contributions|comments|views|evidence) from the public)\b"
)
# a title about a call's results: « lauréate », « les 85 projets sélectionnés », "winners"
RESULTS_TITLE = re.compile(
    # (« VivaTech 2025 : huit entreprises calédoniennes sélectionnées »)
    r"\blaureat|\bwinners?\b|\bselectionne(?:e?s)\b|\bprime(?:e|s|es)?\b|\brecompens|\bresultats?\b|"
    r"\bpalmares\b|"  # « Concours PSE 2007 : un palmarès de qualité »
    # « nous avons reçu 127 candidatures ! », "we received 300 applications": the call closed
    r"\brecu \d[\d ]* (?:candidatures|dossiers|projets|propositions)\b|"
    r"\breceived \d[\d,]* (?:applications|proposals|submissions|entries)\b|"
    # « Appel à candidature euro digital : des banques retenues et des start-up déçues »
    r"\bretenue?s\b|"
    # "Overwhelming response: 76 respondents express interest in AI gigafactories"
    r"\b\d[\d,]* (?:respondents|expressions of interest|manifestations d'interet)\b|"
    # "Minas Gerais picks 40 startups for acceleration program"
    r"\b(?:picks|selects|chooses|names) \d+ (?:start-?ups|projects|companies|teams|finalists)\b"
)
# a tender's award notice: the call is over (« avis d'attribution », "Contract Award Notice")
AWARDED = re.compile(r"\b(?:contract )?award notice\b|\bavis d'attribution\b")
# a call that says it is closed: "We are no longer accepting applications for this RFP", « cet
# appel est désormais clos » (``CLOSED_HINTS``: one is in any folded text it matches)
CLOSED_HINTS = (
    "no longer accept", "closed", "appel est", "appel desormais", "appel maintenant",
    "appel clos", "appel ferme", "guichet", "etait ouvert", "was open", "deadline",
    "as a result of this", "a l'issue de cet", "a total of", "au total", "status",
    "retained for funding", "number of proposals", "resolution of the", "laureats", " ago)",
    "archived", "ne pouvez plus", "remporte par", "no longer open", "currently closed",
    "now closed", "ete depose", "ete recu", "ete soumis", "announced the", "results of",
    "selectionne", "not accepting", "be accepting", "currently accepting", "n'est plus",
    "est cloture", "ete cloture", "depuis le", "s'est clo", "s'est term", "s'est ache",
    "is now over", "les resultats de l'appel", "ete retenu", "laureates d", "recueilli",
    "sont clos", "sont cloture", "sont ferme", "ont ete devoile", "ont ete annonce",
    "ont ete publie", "ont ete proclame", "actuellement clo", "actuellement ferme",
    "ete decerne",
)  # fmt: skip
# a page's heading that gives a call's results: « Résultats de l'Appel à Candidatures : "Soutien
# à la structuration des PAT niveau 2" » (its first short line, matched from its start; a title's
# results words are ``RESULTS_TITLE``'s)
# (and a count before: « Sept lauréats pour l'appel à projets du plan national … »)
# (and a programme's name before a colon: « France Relance : les lauréats de l'appel à projets Slow
# tourisme »)
# (and the call named first, its results after a colon: « Concours PSE 2007 : un palmarès de
# qualité », « Appel à projets « réacteurs nucléaires innovants » : annonce des nouveaux
# lauréats »)
RESULTS_HEADING = re.compile(
    r"(?:[^.!?:|]{1,40}: )?(?:[\w-]+ ){0,2}?(?:resultats?|laureats?|palmares|results|winners)\b"
    r"[^.!?|]{0,30}?"
    r"\b(?:appels?|aap|ami|concours|calls?|competition)\b|"
    r"(?:appels?|aap|ami|concours|calls?|competition)\b[^.!?:|]{0,60}: (?:[\w-]+ ){0,3}?"
    r"(?:resultats?|laureats?|palmares|results|winners)\b"
)
# the applications a call received, counted: « À la clôture de l'appel à projets, … 1 419
# dossiers complets de candidature avaient été déposés » (a cue of ``CLOSED``; an earlier round's,
# where the text announces a new one, closes nothing: ``opportunities._over``)
APPLICATIONS_COUNTED = (
    # (and counted roughly: « une douzaine de projets ont été déposés »)
    r"\b(?:\d[\d ]*|une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine|centaine) de) (?:dossiers|candidatures|projets|propositions|demandes)"
    r"(?: [\w']+){0,3} (?:avaient|ont) ete (?:deposee?s|recue?s|soumise?s)\b|"
    # (and the applications and the selected counted together: « Sur les 177 présentés, 56
    # projets ont été sélectionnés »)
    r"\bsur les \d[\d ]* (?:(?:dossiers|candidatures|projets) )?(?:presentee?s|deposee?s|recue?s),"
    r" \d[\d ]* (?:dossiers|candidatures|projets|laureats) ont ete (?:selectionnee?s|retenue?s)\b|"
    # (and the applications a call gathered, told once it closed: « le European American
    # Enterprise Council … a recueilli un peu plus d'une trentaine de candidatures »)
    r"\b(?:a|ont) recueilli (?:[\w'-]+ ){0,6}?candidatures\b|"
    # (and its winners counted: « 51 collectivités lauréates de l'AMI, soit 86 500 copropriétés »)
    r"\b\d[\d ]* (?:[\w-]+ ){1,2}?laureate?s (?:de l'(?:ami|aap|appel)|du programme)\b"
)
COUNTED_APPLICATIONS = re.compile(APPLICATIONS_COUNTED)
# a call's status in brackets before its title: « [Clôturé] Appel à projets #moisenior 2019 »
# (apart from ``CLOSED``: a bracket first would slow that pattern's scan of every word start;
# looked for only where one of its hints stands)
CLOSED_BRACKET_HINTS = ("[clotur", "[clos", "[ferme")
CLOSED_BRACKET = re.compile(r"\[(?:clotur|clos|ferme)\w*\]")
# a call's status line above its text: « LabCom : appel à propositions Édition 2022 / Appel à
# projets clos » (not « clos le 15 mars », a closing day to come; apart from ``CLOSED`` for the
# same reason as the bracket, looked for only where one of its hints stands)
CLOSED_STATUS_HINTS = (
    "projets clo", "projet clo", "candidatures clo", "candidature clo", "propositions clo",
    "projets ferme", "candidatures ferme",
)  # fmt: skip
CLOSED_STATUS = re.compile(
    r"\bappel a (?:projets?|candidatures?|propositions?) (?:clos|cloture|ferme)e?s?\b"
    r"(?! (?:le|au|a|depuis) )"
)
# a call closed on a day gone by: « La phase de candidature à cet appel à projets, clôturée le 30
# mars dernier, a donné lieu au dépôt de 34 projets » (looked for only where « dernier » stands
# beside a closing word)
CLOSED_PAST_DAY = re.compile(rf"\b(?:clos|cloture)e?s? le {DAY_WITH_MONTH} dernier\b")
CLOSED = re.compile(
    r"\bno longer accept(?:ing|s) (?:new )?(?:applications|submissions|proposals|entries)\b|"
    # the projects a call chose: « Deux offres de restauration ont été retenues en Île-de-France
    # par l'appel à projets national consacré au slow tourisme »
    r"\b(?:a|ont) ete (?:retenue?s?|selectionnee?s?) (?:[^.!?]{0,40}? )?(?:par|dans le cadre de|au "
    r"titre de) l'(?:appel|ami|aap)\b|"
    # a contest's candidates chosen: « Dix candidats ont été sélectionnés par un jury de
    # professionnels » (its public vote to come, no more applications)
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt) (?:candidats|"
    r"candidatures|finalistes|dossiers) ont ete (?:selectionnes|selectionnees|retenus|retenues)\b|"
    # "We will not be accepting applications through the rest of the year" (not "We are not
    # accepting applications by email")
    r"\b(?:(?:will|are|is) not|won't|aren't|isn't) (?:be )?(?:currently )?accepting (?:new )?"
    r"(?:applications|submissions|proposals|entries|nominations)\b"
    r"(?! (?:by|via|through) (?:e-?mail|mail|post|fax|phone)\b)|"
    # a call won, its winner named: « l'appel à projet sur le tourisme de savoir-faire lancé par
    # la DGE et remporté par l'association nationale de la visite d'entreprise »
    r"\bappels? a projets?\b[^.]{0,120}?\bremportee?s? par\b|"
    # a closed call's banner: « Attention ! Vous ne pouvez plus participer à cet appel. »
    r"\bvous ne pouvez plus (?:participer|candidater|postuler|deposer|repondre)\b|"
    # an aid portal's banner: « Ce dispositif n'est plus mobilisable actuellement »
    # (and a listing's expired offer: « Statut Cette offre n'est plus valable »)
    r"\b(?:ce|cet|cette|le|la|l') ?(?:dispositif|appel|aide|offre) n'est plus (?:mobilisable|"
    r"ouverte?|disponible|active?|valable)\b|"
    # "The Call for Speakers is now closed", "The Call for Proposals for the CMSS Annual Meeting
    # is now closed", a residency's "Our call for applications for 2015 residents is now over."
    r"\b(?:this|the|our) (?:call|rfp|competition)(?: for [\w-]+(?: (?:and|for) [^.!?]{1,60}?)?)? "
    r"(?:(?:is|has) (?:now )?closed|is now over)\b|"
    # a funder's withdrawn brief: "This competition is no longer open."; a grants listing's
    # "This program is currently closed."
    r"\b(?:this|the) (?:call|rfp|competition|opportunity) is no longer open\b|"
    # a funder's banner above a call's page: "Closed for applications"
    r"\bclosed for (?:applications|submissions|entries|proposals)\b|"
    # the finalists picked: « les deux acteurs ont sélectionné 12 jeunes pousses »
    r"\b(?:a|ont) selectionne \d+ (?:start-?ups|jeunes pousses|projets|entreprises|equipes|"
    r"finalistes)\b|"
    # a fellowship's page between two rounds: "Applications are now CLOSED for the 2024 cohort."
    r"\bapplications are (?:now |currently )?closed\b|"
    # a fellowship's or a school's form between two rounds: "The application window for the
    # 2023-2024 Fellowship year is closed.", "The application system is now closed!"; a
    # contest's "The deadline to enter … was at 11:59 p.m. EDT on October 28, 2022, and our
    # submission site is now closed."
    # (and a residency's "Our 2024 Residency Application has closed.")
    r"\bapplication(?: (?:window|system|portal|period)(?: for [^.!?]{1,40}?)?)? (?:is|has) "
    r"(?:now )?(?:currently )?closed\b|"
    r"\b(?:submission|entry) (?:site|portal|system) is (?:now )?closed\b|"
    # "Testbeds (call closed)", "Update: All funding calls have now closed." (the bracket
    # after, not before: every alternative starting at a word keeps the pattern's fast scan)
    r"\bcall closed\)|\ball (?:funding |open )?calls (?:have|are) (?:now )?closed\b|"
    r"\bthis (?:program|programme|grant|scheme|fund) is (?:currently |now )?closed\b|"
    # the applications a call received, counted (``APPLICATIONS_COUNTED``)
    rf"{APPLICATIONS_COUNTED}|"
    r"\bopen call(?: \d{1,2})? is (?:now )?closed\b|"  # "MME Open call 1 is now closed"
    r"\b(?:cet |l')appel (?:est )?(?:desormais |maintenant )?(?:clos|ferme)\b|"
    # a funder's title: « Appel à projet - Fonds publics et territoires (clôturé depuis le
    # 20/01/2024) »
    # (and an aid portal's « Le dispositif est terminé depuis le 15/12/2022 »)
    r"\b(?:clos|cloture|ferme|termine)e?s? depuis le \d|"
    # « L'appel à candidature pour le Festival Noël au Théâtre 2023 est clôturé » (not « est
    # clôturé le 15 avril », a closing day to come; but « l'appel à candidatures de cette
    # deuxième étape a été clôturé le 30 juin 2024 »: a day gone by)
    # (and an aid portal's « Cet appel à projets est actuellement clôturé. »)
    r"\b(?:cet |l')appel a (?:candidatures?|projets?)(?: (?:pour|de|du|des) [^.!?;]{1,60}?)? "
    r"(?:est (?:desormais |maintenant |actuellement )?(?:clos|ferme|cloture)e?\b"
    r"(?! (?:le|au) \d)|a ete (?:desormais |maintenant )?(?:clos|ferme|cloture)e?\b)|"
    # the applications closed: « Les candidatures ont été clôturées le 28 juin 2023 », « les
    # inscriptions sont closes » (not « sont closes le 15 mars », a closing day to come)
    # (and « la réception des candidatures a été clôturée fin septembre 2021 »)
    r"\b(?:candidatures|inscriptions|depots|dossiers) (?:ont ete (?:clos|cloture|ferme)es\b|"
    r"a ete (?:close|cloturee|fermee)\b|"
    r"sont (?:desormais |maintenant |actuellement )?(?:clos|cloture|ferme)es\b"
    r"(?! (?:le|au) \d))|"
    # the results told: « Les résultats de cet appel à projets ont été dévoilés ce mardi »
    r"\bresultats (?:de (?:cet |l')appel (?:a (?:projets?|candidatures?) )?)?ont ete "
    r"(?:devoiles|annonces|publies|proclames)\b|"
    # the prizes awarded: « Les cinq prix de la 25ème édition du concours … ont été décernés,
    # jeudi, à Tunis » (not « seront décernés le 5 juin »)
    r"\bprix\b[^.!?]{0,200}? (?:ont ete decernes|a ete decerne)\b|"
    # « L'appel à projets s'est clôturé le 29 novembre 2023 par la remise des prix »
    r"\b(?:cet |l')appel a (?:candidatures?|projets?)(?: (?:pour|de|du|des) [^.!?;]{1,60}?)? "
    r"s'est (?:clos|cloture|termine|acheve)e?\b|"
    # « La procédure était ouverte à tous » (a call's results: it was open)
    r"\b(?:la procedure|l'appel|cet appel|the call|the competition) (?:etait|was) (?:ouverte?|"
    r"open)\b|"
    # a portal's past rounds: "The second call for projects was open from October 12, 2022"
    r"\bthe (?:(?:first|second|third|fourth|fifth|previous|last) )?call(?: for (?:projects|"
    r"proposals|applications))? was open\b|"
    # « à la fermeture du guichet de candidatures », « le guichet … a fermé le 30 juin »
    r"\ba la (?:fermeture|cloture) du guichet\b|\bguichet\b[^.]{0,80}?\b(?:a ferme|s'est clos|est "
    r"(?:desormais )?(?:clos|ferme)|se clotur\w*)\b|"
    # "The deadline for the submission of applications was Friday, 28th March 2025" (not "was
    # extended to")
    # (and "The deadline to apply was May 1")
    r"\bdeadline (?:(?:for|to) [^.]{0,50}?)?was (?:\w+day,? )?(?:\d|(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)|"
    # "As a result of this Call for Proposals, the MRIC received a total of 130 applications"
    # (not "Last year the call received a total of 300 applications": a call open again)
    r"\b(?:as a result of this|a l'issue de cet) (?:call|appel)\b[^.]{0,80}?\b(?:received|"
    r"a recu)\b|"
    # "a total of 49 proposals were submitted", « au total, 130 dossiers ont été déposés »
    r"\ba total of \d[\d,]* (?:proposals|applications|submissions) (?:were|was) (?:submitted|"
    r"received)\b|\bau total,? \d[\d ]* (?:dossiers|candidatures|projets|propositions) ont ete "
    r"(?:deposee?s|recue?s|soumise?s)\b|"
    # an agency's archived solicitation: "Archived funding opportunity. This document has been
    # archived."
    r"\bthis (?:document|solicitation|funding opportunity|call|page) has been archived\b|"
    r"\barchived funding opportunit|"
    # a portal's "Status: Closed", "Current status of program CLOSED", a listing's "- Status -
    # Closed"
    r"\b(?:current )?status(?: of (?:the )?(?:program(?:me)?|call|scheme))?\s*[:-]?\s*closed\b|"
    # a competition's listing whose dates it tells as past: "Fri 30 Sep 2011 – Thu 5 Jan 2012
    # (2 years ago)"
    r"\b(?:19|20)\d\d \((?:\d+|an?|one|two|three|four|five|six) (?:years?|months?) ago\)|"
    # a call's evaluation results: "Number of proposals submitted: 14 … Number of proposals
    # retained for funding: 13"
    r"\bnumber of proposals (?:submitted|received|retained)\b|\bproposals retained for funding\b|"
    # "With the publication of the final resolution of the IV call", « Le second Smartport
    # Challenge … a livré, mardi 16 juin 2020 ses lauréats »
    r"\b(?:final|provisional) resolution of the (?:[\w-]+ )?call\b|"
    # (and « le gouvernement a désigné le 29 février 2024 les 64 lauréats de l'appel à projets »)
    # (and « Le gouvernement a annoncé 10 nouveaux lauréats », « les six nouveaux lauréats »)
    r"\b(?:a|ont) (?:livre|devoile|designe|choisi|recompense|annonce)\b[^.]{0,40}?\b(?:(?:ses|les|"
    r"leurs|\d[\d ]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|nouveaux|premiers|"
    r"derniers) ){1,3}laureats\b|"
    # (and the noun, its winners counted: « la démarche s'est concrétisée par l'annonce des 24
    # lauréats de l'appel à projets », not « l'annonce des lauréats aura lieu en juin »)
    r"\bl'annonce des \d+ (?:nouveaux |premiers )?laureats\b|"
    # « Un jury interministériel a assuré la sélection des lauréats de l'AMI » (not « assurera »)
    r"\b(?:a|ont) (?:assure|effectue|opere|fait|arrete|valide) la selection des laureats\b|"
    # a funder's call page that now gives its results: « Vous trouverez les résultats de l'Appel à
    # projets dans les contenus associés » (not « les résultats de l'appel seront publiés »)
    r"\b(?:vous trouverez|retrouvez|consultez|decouvrez)(?: ici| ci-dessous)? les resultats de "
    r"l'appel\b|"
    # "Enterprise Ireland has announced the funding recipients in the first round"
    r"\b(?:has|have) announced the (?:funding |grant |award )?(?:recipients|winners|successful "
    r"applicants)\b|"
    # "The CDTI has released the results of several key calls for proposals"
    r"\b(?:has|have) (?:released|published|announced) the (?:final |provisional )?results of\b"
)
# a call's page whose title its status follows: "ΕUROSTARS Cyprus Call / Closed" (a portal's
# badge below the headline; ``closed_below_title``)
_STATUS_AFTER = re.compile(r"\W*(?:closed|clos|cloture|fermee?)\b")


def closed_below_title(head: str, whole: str) -> bool:
    """Whether the item's page repeats its title (``head``, folded) and says « closed » right
    below it, as a portal's call page shows its status."""
    if len(head) < 10:
        return False
    again = whole.find(head, len(head))
    return 0 <= again <= len(head) + 10 and bool(_STATUS_AFTER.match(whole, again + len(head)))
