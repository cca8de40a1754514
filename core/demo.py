"""Demo site: the home page presenting the programme and the legal pages, in French."""

from django.db import transaction
from wagtail.models import Page, Site

from core.home.models import HomePage
from core.models import StandardPage


def _link(label: str, url: str) -> dict:
    return {"label": label, "page": None, "url": url}


HOME_SECTIONS = [
    {
        "type": "hero",
        "value": {
            "eyebrow": "Programme gratuit pour les TPE et PME",
            "title": "Votre commerce, aussi en ligne : formez-vous, vendez, faites-vous financer",
            "text": (
                "Des formations courtes pensées pour les commerçants, artisans et restaurateurs, "
                "une boutique en click and collect ouverte en une soirée et l'aide pour monter "
                "votre dossier de chèque numérique."
            ),
            "actions": [
                _link("Créer mon compte gratuit", "/compte/signup/"),
                _link("J'ai déjà un compte", "/compte/login/"),
            ],
        },
    },
    {
        "type": "features",
        "value": {
            "heading": "Tout ce qu'il faut pour passer au numérique",
            "intro": (
                "Un tronc commun pour les bases, des parcours spécialisés pour vendre en ligne, "
                "et des outils concrets pour votre boutique."
            ),
            "features": [
                {
                    "icon": "course",
                    "title": "Des formations en ligne",
                    "text": (
                        "Une cinquantaine de modules de 10 à 30 minutes : fiche Google, photos "
                        "produits, réseaux sociaux, paiement en ligne, RGPD. Chaque leçon se "
                        "termine par une action à faire dans votre boutique."
                    ),
                    "link": _link("Voir les formations", "/formations/"),
                },
                {
                    "icon": "webinar",
                    "title": "Des webinaires en direct",
                    "text": (
                        "Posez vos questions à des experts pendant une heure, puis retrouvez le "
                        "replay et les supports quand vous le souhaitez."
                    ),
                    "link": _link("Voir les webinaires", "/webinaires/"),
                },
                {
                    "icon": "bootcamp",
                    "title": "Des bootcamps en petit groupe",
                    "text": (
                        "Quelques séances intensives avec d'autres chefs d'entreprise pour "
                        "avancer ensemble sur un projet concret, en ligne ou près de chez vous."
                    ),
                    "link": _link("Voir les bootcamps", "/bootcamps/"),
                },
                {
                    "icon": "shop",
                    "title": "Votre boutique en click and collect",
                    "text": (
                        "Vos produits en ligne, des créneaux de retrait qui ne débordent jamais, "
                        "et les commandes du jour prêtes à imprimer. Sans commission."
                    ),
                    "link": _link("", ""),
                },
                {
                    "icon": "grant",
                    "title": "Votre aide au numérique",
                    "text": (
                        "Vérifiez votre éligibilité au chèque France Num et aux aides régionales, "
                        "et préparez un dossier complet avec vos factures."
                    ),
                    "link": _link("", ""),
                },
                {
                    "icon": "advisor",
                    "title": "Un conseiller à vos côtés",
                    "text": (
                        "Les conseillers des CCI et les activateurs France Num suivent vos "
                        "progrès et vous relancent au bon moment."
                    ),
                    "link": _link("", ""),
                },
            ],
        },
    },
    {
        "type": "steps",
        "value": {
            "heading": "Comment ça marche",
            "steps": [
                {
                    "title": "Décrivez votre entreprise",
                    "text": "Votre SIRET, votre activité, votre présence en ligne actuelle.",
                },
                {
                    "title": "Faites le diagnostic",
                    "text": (
                        "Quinze questions pour savoir où vous en êtes et quoi apprendre d'abord."
                    ),
                },
                {
                    "title": "Suivez votre plan",
                    "text": "Les formations recommandées, une étape après l'autre.",
                },
                {
                    "title": "Ouvrez votre boutique",
                    "text": (
                        "Catalogue, créneaux de retrait, commandes : tout est prêt en une soirée."
                    ),
                },
                {
                    "title": "Demandez votre aide",
                    "text": "Un dossier complet, vérifié par votre conseiller avant l'envoi.",
                },
            ],
        },
    },
    {
        "type": "call_to_action",
        "value": {
            "title": "Prêt à vous lancer ?",
            "text": "L'inscription est gratuite et ne prend qu'une minute.",
            "action": _link("Créer mon compte", "/compte/signup/"),
        },
    },
]


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


LEGAL_PAGES = [
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "intro": "Informations sur l'éditeur et l'hébergeur du site, conformément à la loi.",
        "body": [
            _heading("Éditeur"),
            _paragraph(
                "<p>Ce site est un site de démonstration du programme Accélérateur. "
                "L'exploitant d'une instance en production publie ici sa raison sociale, son "
                "adresse, son numéro SIREN et le nom du directeur de la publication.</p>"
            ),
            _heading("Hébergement"),
            _paragraph(
                "<p>Le nom, l'adresse et le téléphone de l'hébergeur figurent ici sur une "
                "instance en production (article 6 de la loi pour la confiance dans "
                "l'économie numérique).</p>"
            ),
        ],
    },
    {
        "slug": "confidentialite",
        "title": "Politique de confidentialité",
        "intro": "Quelles données nous utilisons, pourquoi, combien de temps, et vos droits.",
        "body": [
            _heading("Les données que nous traitons"),
            _paragraph(
                "<p>Votre nom, votre adresse e-mail et votre mot de passe (chiffré) pour votre "
                "compte ; les informations sur votre entreprise que vous saisissez ; votre "
                "progression dans les formations.</p>"
            ),
            _heading("Pourquoi"),
            _paragraph(
                "<p>Pour vous donner accès au programme, suivre votre progression, permettre à "
                "votre conseiller de vous accompagner et vous délivrer vos certificats.</p>"
            ),
            _heading("Vos droits"),
            _paragraph(
                "<p>Vous pouvez consulter, corriger, exporter ou supprimer vos données à tout "
                "moment, et introduire une réclamation auprès de la CNIL.</p>"
            ),
        ],
    },
    {
        "slug": "accessibilite",
        "title": "Accessibilité",
        "intro": "Notre engagement pour un site utilisable par tous.",
        "body": [
            _heading("État de conformité"),
            _paragraph(
                "<p>Le site vise la conformité au référentiel général d'amélioration de "
                "l'accessibilité (RGAA) : contrastes suffisants, navigation au clavier, lien "
                "d'évitement, formulaires étiquetés et messages d'erreur explicites.</p>"
            ),
            _heading("Signaler un problème"),
            _paragraph(
                "<p>Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez-nous : "
                "nous vous apporterons une réponse ou une alternative.</p>"
            ),
        ],
    },
]


@transaction.atomic
def load_demo_site() -> HomePage:
    """Install the home page as the site's root and the legal pages under it; idempotent."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title="Accueil",
            slug="accueil",
            seo_title="Accélérateur du numérique : formez-vous et vendez en ligne",
            intro=(
                "Formations, webinaires, boutique en click and collect et aide au numérique "
                "pour les très petites entreprises."
            ),
            sections=HOME_SECTIONS,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    old_root_id = site.root_page_id if site.pk else None
    site.hostname, site.port = site.hostname or "localhost", site.port or 80
    site.site_name, site.root_page = "Accélérateur", home
    site.save()
    if old_root_id and old_root_id != home.pk:
        # Wagtail's "Welcome to your new Wagtail site!" placeholder, no longer served.
        Page.objects.filter(pk=old_root_id, content_type__model="page").delete()
    for spec in LEGAL_PAGES:
        if not StandardPage.objects.filter(slug=spec["slug"]).exists():
            page = StandardPage(**spec)
            home.add_child(instance=page)
            page.save_revision().publish()
    return home
