"""What a subscription form owes its readers, as text (pure): what the bulletin is and how
often it comes, and the privacy notice a French public body must give when it collects an
address (RGPD articles 13 and 14): who processes, why and on what basis, what is kept and for
how long, who receives it, the reader's rights and whom to ask, and the CNIL."""

from __future__ import annotations


def frequency_fr(weeks: int) -> str:
    if weeks <= 1:
        return "chaque semaine"
    if weeks == 2:
        return "toutes les deux semaines"
    return f"toutes les {weeks} semaines"


def about(bulletin_title: str, network_name: str, every_weeks: int) -> str:
    return (
        f"{bulletin_title} : une sélection d'actualités choisies et commentées par les "
        f"partenaires du {network_name[:1].lower()}{network_name[1:]}, pour les "
        f"entreprises de la région. Gratuit, envoyé {frequency_fr(every_weeks)} par courriel."
    )


def privacy_notice(
    network_name: str,
    contact: str,
    confirm_days: int,
    custom: str = "",
    counts_clicks: bool = False,
) -> list[str]:
    """The notice's paragraphs: the administrator's own text when given (``custom``,
    paragraphs separated by a blank line), this default otherwise."""
    if custom.strip():
        return [" ".join(p.split()) for p in custom.split("\n\n") if p.strip()]
    return [
        f"Responsable du traitement : {network_name}.",
        "Finalité : vous envoyer le bulletin pour les thèmes que vous choisissez. Base "
        "légale : votre consentement (article 6.1.a du RGPD), que vous confirmez par le lien "
        "reçu par courriel et que vous pouvez retirer à tout moment.",
        "Données conservées : votre adresse électronique, vos thèmes, la date et l'origine "
        "de votre consentement, et la trace des envois. "
        + (
            "Les clics sur les articles du bulletin sont comptés, par numéro et par article "
            "seulement, pour montrer aux financeurs que le bulletin est lu : aucun clic n'est "
            "rattaché à votre adresse et aucune trace individuelle n'est gardée. "
            "Aucun pistage des ouvertures, aucune publicité, aucune cession à des tiers."
            if counts_clicks
            else "Aucun pistage des ouvertures ni des clics, aucune publicité, aucune "
            "cession à des tiers."
        ),
        f"Durée : tant que vous êtes abonné(e). Une demande non confirmée sous {confirm_days} "
        "jours ne vaut pas abonnement. Après un désabonnement, nous gardons la trace de "
        "votre inscription pour ne plus vous écrire ; elle est effacée sur simple demande.",
        "Destinataires : l'équipe du réseau qui publie le bulletin et son prestataire "
        "d'envoi de courriels, seulement.",
        "Vos droits : accès, rectification, effacement, limitation, opposition et retrait du "
        "consentement. Chaque bulletin contient un lien de désabonnement en un clic et un "
        f"lien pour changer vos thèmes. Pour toute demande : {contact}. Vous pouvez aussi "
        "adresser une réclamation à la CNIL (www.cnil.fr).",
    ]
