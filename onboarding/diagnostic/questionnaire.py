"""The questionnaire, kept in code rather than in the CMS.

Scores are only comparable between two diagnostics if both answered the same questions with the
same points: editing the questions is therefore a code change, reviewed, that bumps ``VERSION``.
Every result records the version it was taken with. Keys (dimensions, questions, answers) are
what is stored: never rename one without a data migration; texts may change freely.

Each dimension lists the course themes (the tags editors put on ``CoursePage.themes``) that help
to progress in it: recommendations follow them, the weakest dimensions first.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

VERSION = 1
MAX_POINTS = 3


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    points: int


@dataclass(frozen=True)
class Question:
    key: str
    dimension: str
    text: str
    choices: tuple[Choice, ...]

    def choice(self, key: str) -> Choice | None:
        return next((choice for choice in self.choices if choice.key == key), None)


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    description: str
    themes: tuple[str, ...]


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        key="visibility",
        label=_("Visibilité"),
        description=_("Être trouvé par les clients du quartier, sur Google et les réseaux."),
        themes=(
            "Visibilité locale",
            "Google",
            "Avis clients",
            "Réseaux sociaux",
            "Contenus",
            "Découverte du numérique",
        ),
    ),
    Dimension(
        key="selling",
        label=_("Vente en ligne"),
        description=_("Prendre des commandes et des paiements à distance."),
        themes=(
            "Vente en ligne",
            "Click and collect",
            "Places de marché",
            "Paiement",
            "Livraison",
            "Catalogue",
            "Photo",
        ),
    ),
    Dimension(
        key="relationship",
        label=_("Relation client"),
        description=_("Garder le contact avec vos clients et les faire revenir."),
        themes=("Fidélisation", "E-mail", "SMS", "Avis clients", "Consentement"),
    ),
    Dimension(
        key="tools",
        label=_("Outils de gestion"),
        description=_("Factures, ventes, stock et organisation avec des outils numériques."),
        themes=(
            "Comptabilité",
            "Facture électronique",
            "Indicateurs",
            "Organisation",
            "Mesure d'audience",
            "Plan d'action",
        ),
    ),
    Dimension(
        key="security",
        label=_("Sécurité et conformité"),
        description=_("Protéger vos données et celles de vos clients, respecter le RGPD."),
        themes=(
            "Cybersécurité",
            "Mots de passe",
            "Sauvegardes",
            "Arnaques",
            "RGPD",
            "CNIL",
            "Données clients",
            "Obligations légales",
            "Sécurité",
        ),
    ),
)


def _choices(*labels) -> tuple[Choice, ...]:
    """Answers from the weakest (0 point) to the most advanced (3 points)."""
    return tuple(Choice(key, label, points) for points, (key, label) in enumerate(labels))


QUESTIONS: tuple[Question, ...] = (
    # Visibility
    Question(
        key="google_profile",
        dimension="visibility",
        text=_(
            "Votre commerce a-t-il une fiche d'établissement Google à jour "
            "(horaires, photos, téléphone) ?"
        ),
        choices=_choices(
            ("none", _("Non, ou je ne sais pas")),
            ("untouched", _("Oui, mais je ne l'ai jamais modifiée")),
            ("sometimes", _("Oui, je la mets à jour de temps en temps")),
            ("complete", _("Oui, à jour, avec des photos récentes et des publications")),
        ),
    ),
    Question(
        key="website",
        dimension="visibility",
        text=_(
            "Un client peut-il trouver vos horaires et ce que vous vendez sur un site internet "
            "à vous ?"
        ),
        choices=_choices(
            ("none", _("Non")),
            ("directory", _("Seulement sur un annuaire ou une page de réseau social")),
            ("outdated", _("Oui, un site simple, rarement mis à jour")),
            ("current", _("Oui, un site à jour et lisible sur téléphone")),
        ),
    ),
    Question(
        key="social_posts",
        dimension="visibility",
        text=_("À quelle fréquence publiez-vous sur les réseaux sociaux (Facebook, Instagram…) ?"),
        choices=_choices(
            ("never", _("Jamais, ou je n'ai pas de compte")),
            ("rarely", _("Moins d'une fois par mois")),
            ("monthly", _("Quelques fois par mois")),
            ("weekly", _("Chaque semaine, en préparant mes publications à l'avance")),
        ),
    ),
    # Selling online
    Question(
        key="remote_orders",
        dimension="selling",
        text=_("Vos clients peuvent-ils commander ou réserver sans venir en boutique ?"),
        choices=_choices(
            ("none", _("Non, uniquement sur place")),
            ("phone", _("Par téléphone ou par message seulement")),
            ("platform", _("Oui, sur une plateforme ou une place de marché")),
            ("own_shop", _("Oui, sur ma boutique en ligne ou en click and collect")),
        ),
    ),
    Question(
        key="payment",
        dimension="selling",
        text=_("Quels moyens de paiement acceptez-vous ?"),
        choices=_choices(
            ("cash", _("Espèces et chèques uniquement")),
            ("card", _("La carte bancaire en boutique")),
            ("contactless", _("La carte et le sans contact, y compris par téléphone")),
            ("online", _("Aussi le paiement en ligne ou par lien de paiement envoyé au client")),
        ),
    ),
    Question(
        key="catalogue",
        dimension="selling",
        text=_("Vos produits ou services sont-ils présentés en ligne, avec photos et prix ?"),
        choices=_choices(
            ("none", _("Non")),
            ("few", _("Quelques-uns, sans les prix")),
            ("most", _("Une bonne partie, avec les prix")),
            ("all", _("Tout mon catalogue, tenu à jour")),
        ),
    ),
    # Customer relationship
    Question(
        key="contacts",
        dimension="relationship",
        text=_(
            "Gardez-vous les coordonnées de vos clients, avec leur accord, pour les recontacter ?"
        ),
        choices=_choices(
            ("none", _("Non")),
            ("notebook", _("Sur un carnet, au fil de l'eau")),
            ("file", _("Dans un fichier ou dans mon logiciel de caisse")),
            ("consented", _("Dans un fichier à jour, avec l'accord de chaque client noté")),
        ),
    ),
    Question(
        key="news",
        dimension="relationship",
        text=_(
            "Donnez-vous des nouvelles à vos clients par e-mail ou SMS "
            "(offres, nouveautés, fermetures) ?"
        ),
        choices=_choices(
            ("never", _("Jamais")),
            ("rarely", _("Rarement, sans régularité")),
            ("yearly", _("Quelques fois par an")),
            ("loyalty", _("Régulièrement, avec une offre de fidélité")),
        ),
    ),
    Question(
        key="reviews",
        dimension="relationship",
        text=_("Que faites-vous des avis laissés par vos clients en ligne ?"),
        choices=_choices(
            ("ignore", _("Je ne les lis pas")),
            ("read", _("Je les lis sans répondre")),
            ("negative", _("Je réponds aux avis négatifs")),
            ("all", _("Je réponds à tous et j'en demande aux clients satisfaits")),
        ),
    ),
    # Management tools
    Question(
        key="invoicing",
        dimension="tools",
        text=_("Comment faites-vous vos devis et vos factures ?"),
        choices=_choices(
            ("paper", _("À la main, sur papier")),
            ("spreadsheet", _("Sur un tableur ou un traitement de texte")),
            ("software", _("Avec un logiciel de caisse ou de facturation")),
            (
                "connected",
                _("Avec un logiciel relié à ma comptabilité, prêt pour la facture électronique"),
            ),
        ),
    ),
    Question(
        key="sales_tracking",
        dimension="tools",
        text=_("Suivez-vous vos ventes et votre stock avec un outil numérique ?"),
        choices=_choices(
            ("none", _("Non")),
            ("sometimes", _("De temps en temps, sur un tableur")),
            ("software", _("Oui, avec ma caisse ou un logiciel")),
            ("indicators", _("Oui, et je regarde mes chiffres clés chaque mois")),
        ),
    ),
    Question(
        key="organisation",
        dimension="tools",
        text=_("Utilisez-vous un agenda ou des documents en ligne pour organiser le travail ?"),
        choices=_choices(
            ("paper", _("Non, tout est sur papier")),
            ("phone", _("Seulement sur mon téléphone")),
            ("calendar", _("Oui, un agenda en ligne")),
            ("shared", _("Oui, agenda et documents partagés avec l'équipe ou le comptable")),
        ),
    ),
    # Security and compliance
    Question(
        key="passwords",
        dimension="security",
        text=_("Comment choisissez-vous vos mots de passe ?"),
        choices=_choices(
            ("same", _("J'utilise le même partout")),
            ("few", _("J'en ai quelques-uns, notés sur papier")),
            ("strong", _("Un mot de passe différent et solide pour chaque compte")),
            ("manager", _("Un gestionnaire de mots de passe et la double authentification")),
        ),
    ),
    Question(
        key="backups",
        dimension="security",
        text=_("Sauvegardez-vous vos données (fichier clients, factures, photos) ?"),
        choices=_choices(
            ("never", _("Jamais")),
            ("sometimes", _("De temps en temps, sur une clé USB")),
            ("regular", _("Régulièrement, sur un disque ou en ligne")),
            ("tested", _("Automatiquement, avec une copie hors de la boutique déjà testée")),
        ),
    ),
    Question(
        key="gdpr",
        dimension="security",
        text=_(
            "Savez-vous quelles données vous gardez sur vos clients, et pendant combien de "
            "temps (RGPD) ?"
        ),
        choices=_choices(
            ("unknown", _("Non, je ne connais pas le RGPD")),
            ("heard", _("J'en ai entendu parler, sans plus")),
            ("partly", _("En partie : je sais ce que je garde")),
            ("compliant", _("Oui : registre tenu, durées fixées, clients informés")),
        ),
    ),
)

DIMENSIONS_BY_KEY = {dimension.key: dimension for dimension in DIMENSIONS}
QUESTIONS_BY_KEY = {question.key: question for question in QUESTIONS}


def questions_of(dimension_key: str) -> list[Question]:
    return [question for question in QUESTIONS if question.dimension == dimension_key]
