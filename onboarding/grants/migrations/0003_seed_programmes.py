"""The two programmes the platform started with, as they were published.

Written out in full rather than imported from application code, so that this migration keeps
creating the same rows whatever later edits the code or staff make. Existing rows (same slug)
are left as staff edited them.

Chèque France Num: the 2021 rules after décret n° 2021-555, open to every business with fewer
than 11 employees. Île-de-France: the « chèque numérique pour un commerce connecté », 50 % of
the spend HT by tranches of 150 € (300 € spent gives 150 €), up to 1 500 € from 3 000 € spent,
for shops and craftsmen with fewer than 20 employees; the Region publishes no turnover ceiling
and no fixed dates, so the window and deadline below are plausible values, said so on the page.
"""

import datetime
from decimal import Decimal

from django.db import migrations

ALL_CATEGORIES = [
    "website",
    "content",
    "payment",
    "marketplace",
    "visibility",
    "customers",
    "booking",
    "sales",
    "accounting",
    "delivery",
    "support",
]

CHEQUE_FRANCE_NUM = {
    "slug": "cheque-france-num",
    "name": "Chèque France Num",
    "funder": "État (France Num, ASP)",
    "summary": (
        "500 € pour les entreprises de moins de 11 salariés qui ont engagé au moins 450 € HT "
        "de dépenses de numérisation entre le 30 octobre 2020 et le 30 juin 2021."
    ),
    "description": (
        "Aide forfaitaire de l'État, versée par l'Agence de services et de paiement (ASP), "
        "pour couvrir tout ou partie des dépenses de numérisation des petites entreprises "
        "pendant la crise sanitaire.\n\n"
        "D'abord réservé aux entreprises fermées au public par décision administrative, le "
        "chèque a été ouvert par le décret n° 2021-555 du 5 mai 2021 à toutes les entreprises "
        "de moins de 11 salariés réalisant au plus 2 millions d'euros de chiffre d'affaires, "
        "qu'elles aient été fermées ou non.\n\n"
        "Une seule demande par entreprise (par SIREN). Les factures, acquittées, devaient "
        "totaliser au moins 450 € HT dans les onze thèmes éligibles. Le dispositif est clôturé "
        "depuis le 31 juillet 2021."
    ),
    "official_url": "https://www.francenum.gouv.fr/",
    "amount_kind": "flat",
    "flat_amount": Decimal("500"),
    "max_headcount": 10,
    "max_turnover": Decimal("2000000"),
    "closure_required": False,
    "activity_started_before": datetime.date(2020, 10, 30),
    "included_departments": [],
    "excluded_departments": ["986", "987", "988"],
    "eligible_sectors": [],
    "expenses_from": datetime.date(2020, 10, 30),
    "expenses_until": datetime.date(2021, 6, 30),
    "eligible_categories": ALL_CATEGORIES,
    "minimum_spend": Decimal("450"),
    "application_deadline": datetime.date(2021, 7, 31),
    "required_documents": [
        "Factures acquittées datées du 30 octobre 2020 au 30 juin 2021, d'au moins 450 € HT "
        "au total",
        "Numéro SIRET de l'entreprise",
        "Relevé d'identité bancaire (RIB) au nom de l'entreprise",
        "Attestation sur l'honneur du respect des conditions (effectif, chiffre d'affaires, "
        "une seule demande par SIREN)",
    ],
}

ILE_DE_FRANCE = {
    "slug": "cheque-numerique-ile-de-france",
    "name": "Chèque numérique pour un commerce connecté (Île-de-France)",
    "funder": "Région Île-de-France",
    "summary": (
        "La moitié des dépenses numériques HT des commerçants et artisans franciliens, par "
        "tranches de 150 €, jusqu'à 1 500 €."
    ),
    "description": (
        "Aide de la Région Île-de-France pour les commerçants de proximité et les artisans, "
        "y compris d'art, avec ou sans point de vente, établis en Île-de-France, de moins de "
        "20 salariés et inscrits au registre du commerce ou au répertoire des métiers. Sont "
        "exclues les franchises et les entreprises qui vendent uniquement en ligne, de la "
        "filière numérique, de la finance, de l'immobilier, du conseil et de la formation.\n\n"
        "L'aide vaut 50 % des dépenses HT, comptée par tranches : 150 € à partir de 300 € "
        "dépensés, 300 € à partir de 600 €, et ainsi de suite jusqu'à 1 500 € à partir de "
        "3 000 €. Le matériel informatique (ordinateur, caisse connectée) n'est pas pris en "
        "charge. L'établissement doit exister depuis au moins six mois à la date de la "
        "demande, ce que le conseiller vérifie sur le dossier.\n\n"
        "La Région ne publie ni plafond de chiffre d'affaires ni calendrier fixe : les dépenses "
        "sont retenues sur douze mois au plus et le dispositif a été prolongé en 2024. Les "
        "dates indiquées ici (dépenses de l'année 2024, demande au plus tard le 31 décembre "
        "2024) sont des valeurs vraisemblables retenues par la plateforme, à vérifier sur la "
        "page officielle de la Région ; les onze thèmes de dépenses de la plateforme en "
        "donnent une correspondance approchée."
    ),
    "official_url": "https://www.iledefrance.fr/",
    "amount_kind": "percent",
    "rate": Decimal("50"),
    "cap": Decimal("1500"),
    "step": Decimal("150"),
    "max_headcount": 19,
    "max_turnover": None,
    "closure_required": False,
    "activity_started_before": None,
    "included_departments": ["75", "77", "78", "91", "92", "93", "94", "95"],
    "excluded_departments": [],
    "eligible_sectors": [
        "food_retail",
        "retail",
        "hospitality",
        "crafts",
        "beauty",
        "services",
    ],
    "expenses_from": datetime.date(2024, 1, 1),
    "expenses_until": datetime.date(2024, 12, 31),
    "eligible_categories": ALL_CATEGORIES,
    "minimum_spend": Decimal("300"),
    "application_deadline": datetime.date(2024, 12, 31),
    "required_documents": [
        "Factures acquittées des dépenses numériques, sur douze mois au plus",
        "Résultat de l'autodiagnostic numérique proposé par la Région",
        "Extrait Kbis ou extrait d'immatriculation au répertoire des métiers",
        "Relevé d'identité bancaire (RIB) au nom de l'entreprise",
    ],
}

SEEDS = (CHEQUE_FRANCE_NUM, ILE_DE_FRANCE)


def create_programmes(apps, schema_editor):
    Programme = apps.get_model("grants", "Programme")
    for seed in SEEDS:
        values = dict(seed)
        slug = values.pop("slug")
        Programme.objects.get_or_create(
            slug=slug, defaults={**values, "published": True, "is_example": False}
        )


def remove_programmes(apps, schema_editor):
    Programme = apps.get_model("grants", "Programme")
    Programme.objects.filter(slug__in=[seed["slug"] for seed in SEEDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("grants", "0002_editors_manage_programmes")]

    operations = [migrations.RunPython(create_programmes, remove_programmes)]
