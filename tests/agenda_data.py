"""Items partners read for the agenda, written for the tests: schemes (calls), meetings
(events), news (neither), and a scheme the rules find nothing in."""

SCHEMES = [
    ("Fonds régional pour l'export", "Les PME éligibles déposent leur dossier de financement."),
    ("Prêt d'honneur numérique", "Dossier de financement à déposer, dépenses éligibles."),
    ("Aide au conseil stratégique", "Les dépenses éligibles sont financées à 50 %."),
    ("Soutien à l'innovation des TPE", "Le dossier est déposé sur la plateforme régionale."),
    ("Pass investissement industrie", "Entreprises éligibles : PME et ETI de la région."),
    ("Fonds d'amorçage des start-up", "Financement des dépenses éligibles de R&D."),
    ("Aide à la cybersécurité des PME", "Les PME éligibles financent leur audit."),
    ("Dispositif transition écologique", "Dossier de financement, plateforme de dépôt."),
    ("Prêt croissance régional", "Montant du financement et dépenses éligibles."),
    ("Soutien aux projets collaboratifs", "Les consortiums éligibles déposent un dossier."),
]
MEETINGS = [
    ("Rencontre des dirigeants au technopôle", "Rendez-vous des dirigeants, sur inscription."),
    ("Petit-déjeuner des entrepreneurs", "Un rendez-vous convivial, inscription gratuite."),
    ("Journée portes ouvertes du FabLab", "Rendez-vous au FabLab, inscription conseillée."),
    ("Soirée réseau des start-up", "Rendez-vous au technopôle, inscription en ligne."),
    ("Matinée de l'industrie du futur", "Rendez-vous des industriels, inscription gratuite."),
]
NEWS = [
    ("Une PME victime d'un rançongiciel", "Les données chiffrées, la production arrêtée."),
    ("Les entreprises adoptent l'IA générative", "Une étude mesure les usages en 2025."),
    ("Fuite de données chez un hébergeur", "Des millions de comptes exposés."),
    ("Le marché du cloud progresse", "Les revenus du secteur augmentent de 20 %."),
    ("Un nouveau modèle de langage ouvert", "Le modèle rivalise avec les plus grands."),
    ("Hameçonnage : les arnaques se multiplient", "Les victimes reçoivent de faux courriels."),
    ("La blockchain dans la logistique", "Des transporteurs testent la traçabilité."),
    ("Un rapport sur la menace cyber", "Les attaques contre les collectivités augmentent."),
    ("L'IA dans les cabinets comptables", "Les experts-comptables automatisent la saisie."),
    ("Une faille critique dans un pare-feu", "L'éditeur publie un correctif urgent."),
]
# a scheme the rules find nothing in: no call's name, no date, no invitation
UNSEEN = (
    "Programme croissance numérique",
    "Les PME éligibles déposent leur dossier de financement.",
)
# the network's ordinary news about firms and their money, that nobody reads for the agenda
STREAM = [
    (
        "Une étude sur les PME de la région",
        "Les entreprises de la région embauchent, selon un rapport publié en 2025.",
    ),
    (
        "Le financement des PME recule de 10 %",
        "Selon une étude, les banques prêtent moins aux entreprises de la région.",
    ),
    ("Les PME face à la hausse des taux", "Un rapport de la Banque de France mesure le crédit."),
    ("La région compte plus de faillites", "Les défaillances de PME augmentent de 12 %."),
    ("Crédit d'impôt : un rapport critique", "Les entreprises en profitent moins, selon la Cour."),
    ("Les PME investissent dans le numérique", "Une enquête mesure les dépenses des entreprises."),
    ("Les start-up de la région lèvent moins", "Les levées de fonds reculent de 20 %."),
    ("L'emploi dans les PME industrielles", "Un rapport régional note plus de recrutements."),
]
# news like the stream's that the readings alone read as a scheme
STREAM_LIKE = (
    "Les PME de la région et le crédit",
    "Les dépenses éligibles au crédit d'impôt baissent, note un dossier de la Banque de France.",
)
