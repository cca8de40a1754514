"""Names, places and trades the generated businesses are made of: French first and last names,
real postcode and commune pairs, and for each sector the trades with their NAF code, shop
category, trade-name patterns and products."""

from onboarding.dossiers.models import Status
from onboarding.profile.models import LegalForm, Sector
from storefront_builder.models import ShopCategory

FIRST_NAMES = (
    "Camille", "Léa", "Manon", "Chloé", "Sarah", "Inès", "Julie", "Émilie", "Nathalie",
    "Sophie", "Isabelle", "Sandrine", "Claire", "Aurélie", "Fatima", "Yasmine", "Thomas",
    "Nicolas", "Julien", "Maxime", "Antoine", "Karim", "Mehdi", "Pierre", "Olivier",
    "Laurent", "Sébastien", "Christophe", "Mathieu", "Hugo", "Lucas", "Bernard",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
    "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
    "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
    "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
    "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
    "Benali", "Nguyen", "Le Gall", "Kerbrat", "Ferreira", "Da Silva",
)  # fmt: skip
#: (postcode, commune): real pairs, from big cities to small towns.
COMMUNES = (
    ("75011", "Paris"), ("75018", "Paris"), ("13001", "Marseille"), ("69003", "Lyon"),
    ("31000", "Toulouse"), ("06000", "Nice"), ("44000", "Nantes"), ("67000", "Strasbourg"),
    ("34000", "Montpellier"), ("33000", "Bordeaux"), ("59000", "Lille"), ("35000", "Rennes"),
    ("51100", "Reims"), ("76600", "Le Havre"), ("42000", "Saint-Étienne"), ("83000", "Toulon"),
    ("38000", "Grenoble"), ("21000", "Dijon"), ("49000", "Angers"), ("30000", "Nîmes"),
    ("29200", "Brest"), ("37000", "Tours"), ("87000", "Limoges"), ("80000", "Amiens"),
    ("66000", "Perpignan"), ("57000", "Metz"), ("25000", "Besançon"), ("45000", "Orléans"),
    ("68100", "Mulhouse"), ("14000", "Caen"), ("54000", "Nancy"), ("64100", "Bayonne"),
    ("22000", "Saint-Brieuc"), ("56000", "Vannes"), ("24000", "Périgueux"),
    ("12000", "Rodez"), ("05000", "Gap"), ("48000", "Mende"), ("15000", "Aurillac"),
    ("71100", "Chalon-sur-Saône"), ("26200", "Montélimar"), ("17300", "Rochefort"),
    ("97400", "Saint-Denis"), ("20000", "Ajaccio"),
)  # fmt: skip
STREETS = (
    "rue de la République", "place du Marché", "rue Victor-Hugo", "grande rue",
    "avenue Jean-Jaurès", "rue du Port", "rue de l'Église", "quai des Bateliers",
)  # fmt: skip
#: sector → (NAF code, shop category, trade name patterns, products).
TRADES = {
    Sector.FOOD_RETAIL: (
        ("10.71C", ShopCategory.BAKERY, ("Boulangerie {name}", "Au Bon Pain {de_town}"),
         ("Baguette tradition", "Pain de campagne", "Croissant", "Tarte aux pommes")),
        ("47.29Z", ShopCategory.GROCERY, ("Épicerie {name}", "Le Panier {de_town}"),
         ("Panier de légumes", "Miel local", "Huile d'olive", "Confiture maison")),
        ("47.22Z", ShopCategory.BUTCHER, ("Boucherie {name}", "Maison {name}"),
         ("Rôti de porc", "Terrine maison", "Saucisses", "Poulet fermier")),
    ),
    Sector.RETAIL: (
        ("47.61Z", ShopCategory.BOOKSHOP, ("Librairie {name}", "Les Mots {de_town}"),
         ("Roman de la rentrée", "Carnet ligné", "Bande dessinée", "Carte postale")),
        ("47.71Z", ShopCategory.CLOTHING, ("Boutique {name}", "L'Atelier {de_town}"),
         ("Pull en laine", "Écharpe", "Chemise en lin", "Chaussettes")),
        ("47.76Z", ShopCategory.FLORIST, ("Fleurs {name}", "Le Jardin {de_town}"),
         ("Bouquet de saison", "Orchidée", "Plante verte", "Couronne")),
    ),
    Sector.HOSPITALITY: (
        ("56.10A", ShopCategory.OTHER, ("Restaurant {name}", "Le Bistrot {de_town}"),
         ("Plat du jour", "Menu midi", "Dessert maison", "Formule enfant")),
    ),
    Sector.CRAFTS: (
        ("43.22A", ShopCategory.HARDWARE, ("{name} Plomberie", "Artisans {de_town}"),
         ("Kit de joints", "Robinet", "Forfait dépannage", "Flexible")),
    ),
    Sector.BEAUTY: (
        ("96.02A", ShopCategory.BEAUTY, ("Salon {name}", "L'Instant Beauté {town}"),
         ("Shampooing solide", "Soin du visage", "Bon cadeau", "Crème mains")),
    ),
    Sector.SERVICES: (
        ("95.23Z", ShopCategory.OTHER, ("Cordonnerie {name}", "Clés et Talons {de_town}"),
         ("Ressemelage", "Double de clé", "Cirage", "Lacets")),
    ),
}  # fmt: skip
LEGAL_FORMS = (LegalForm.MICRO, LegalForm.EI, LegalForm.EURL, LegalForm.SARL, LegalForm.SASU)
#: Applications' statuses and their weights: most are still being prepared or decided.
APPLICATION_STATUSES = (
    (Status.DRAFT, 30), (Status.READY, 8), (Status.SUBMITTED, 20), (Status.MORE_INFO, 8),
    (Status.APPROVED, 14), (Status.PAID, 12), (Status.REJECTED, 8),
)  # fmt: skip
