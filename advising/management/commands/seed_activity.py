"""Generate businesses with realistic activity, for benchmarks and tests at scale.

    manage.py seed_activity --businesses 5000 [--advisors 10 | --advisor EMAIL] [--seed 1]
                            [--clear]

Each business has an owner account ``seed-<n>@seed.example`` (the marker: a second run
numbers on from the highest ``n`` found, ``--clear`` deletes every account of the domain
and, through the cascade, all it created) and is assigned to one of ``--advisors`` advisors
``seed-conseiller-<k>@seed.example`` (created in the advisors' group when missing), or, with
``--advisor``, to that existing account: the demo gives its advisor a portfolio this way. Around
them, spread over the last 16 weeks: diagnostics, enrolments in the published courses with
lessons done and quiz attempts, registrations to the published events, storefronts (drafts
and published ones with products, pickup slots and orders) and grant applications to the
seeded ``cheque-france-num`` programme in every status.

Rows are written with ``bulk_create`` in batches, so no model ``save()`` and no signal runs:
no e-mail leaves, no certificate is issued, no search index is updated. The SIRETs pass their
Luhn keys; the figures are drawn from a seeded random generator, so the same ``--seed`` on
an empty database gives the same data.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone
from stdnum import luhn

from accounts.models import User
from accounts.roles import ADVISORS_GROUP
from advising import activity
from advising.models import Assignment
from courses.live.models import BootcampPage, Registration, WebinarPage
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from onboarding.diagnostic.questionnaire import QUESTIONS, VERSION
from onboarding.diagnostic.scoring import score_answers
from onboarding.dossiers.models import Application, Status
from onboarding.grants.models import Programme
from onboarding.profile.models import Business, LegalForm, Sector
from storefront_builder.models import (
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Shop,
    ShopCategory,
    ShopStatus,
    Slot,
)

DOMAIN = "seed.example"
BATCH = 2000
WEEKS = 16
PROGRAMME_SLUG = "cheque-france-num"

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
        ("10.71C", ShopCategory.BAKERY, ("Boulangerie {name}", "Au Bon Pain de {town}"),
         ("Baguette tradition", "Pain de campagne", "Croissant", "Tarte aux pommes")),
        ("47.29Z", ShopCategory.GROCERY, ("Épicerie {name}", "Le Panier de {town}"),
         ("Panier de légumes", "Miel local", "Huile d'olive", "Confiture maison")),
        ("47.22Z", ShopCategory.BUTCHER, ("Boucherie {name}", "Maison {name}"),
         ("Rôti de porc", "Terrine maison", "Saucisses", "Poulet fermier")),
    ),
    Sector.RETAIL: (
        ("47.61Z", ShopCategory.BOOKSHOP, ("Librairie {name}", "Les Mots de {town}"),
         ("Roman de la rentrée", "Carnet ligné", "Bande dessinée", "Carte postale")),
        ("47.71Z", ShopCategory.CLOTHING, ("Boutique {name}", "L'Atelier de {town}"),
         ("Pull en laine", "Écharpe", "Chemise en lin", "Chaussettes")),
        ("47.76Z", ShopCategory.FLORIST, ("Fleurs {name}", "Le Jardin de {town}"),
         ("Bouquet de saison", "Orchidée", "Plante verte", "Couronne")),
    ),
    Sector.HOSPITALITY: (
        ("56.10A", ShopCategory.OTHER, ("Restaurant {name}", "Le Bistrot de {town}"),
         ("Plat du jour", "Menu midi", "Dessert maison", "Formule enfant")),
    ),
    Sector.CRAFTS: (
        ("43.22A", ShopCategory.HARDWARE, ("{name} Plomberie", "Artisans de {town}"),
         ("Kit de joints", "Robinet", "Forfait dépannage", "Flexible")),
    ),
    Sector.BEAUTY: (
        ("96.02A", ShopCategory.BEAUTY, ("Salon {name}", "L'Instant Beauté {town}"),
         ("Shampooing solide", "Soin du visage", "Bon cadeau", "Crème mains")),
    ),
    Sector.SERVICES: (
        ("95.23Z", ShopCategory.OTHER, ("Cordonnerie {name}", "Clés et Talons de {town}"),
         ("Ressemelage", "Double de clé", "Cirage", "Lacets")),
    ),
}  # fmt: skip
LEGAL_FORMS = (LegalForm.MICRO, LegalForm.EI, LegalForm.EURL, LegalForm.SARL, LegalForm.SASU)
#: Applications' statuses and their weights: most are still being prepared or decided.
APPLICATION_STATUSES = (
    (Status.DRAFT, 30), (Status.READY, 8), (Status.SUBMITTED, 20), (Status.MORE_INFO, 8),
    (Status.APPROVED, 14), (Status.PAID, 12), (Status.REJECTED, 8),
)  # fmt: skip


def siret_for(n: int) -> str:
    """A SIRET for seed number ``n``, distinct from the test factories' (SIREN 51…) range."""
    siren_body = f"{80000000 + n:08d}"
    siren = siren_body + luhn.calc_check_digit(siren_body)
    body = siren + "0001"
    return body + luhn.calc_check_digit(body)


@dataclass
class Catalogue:
    """Published courses and their lessons, read once: (lesson id, has quiz, pass mark)."""

    courses: list[int] = field(default_factory=list)
    lessons: dict[int, list[tuple[int, bool, int]]] = field(default_factory=dict)


@dataclass
class Stamped:
    """Rows written with auto_now_add timestamps, and the dates they should have had."""

    rows: list = field(default_factory=list)
    dates: list = field(default_factory=list)


class Command(BaseCommand):
    help = (
        "Crée N entreprises fictives (comptes seed-<n>@seed.example) et leur activité : "
        "diagnostics, formations, événements, boutiques, commandes et demandes d'aide."
    )

    def add_arguments(self, parser):
        parser.add_argument("--businesses", type=int, default=100, help="Nombre d'entreprises.")
        who = parser.add_mutually_exclusive_group()
        who.add_argument("--advisors", type=int, default=1, help="Nombre de conseillers.")
        who.add_argument(
            "--advisor",
            metavar="EMAIL",
            help="Confie toutes les entreprises à ce compte existant plutôt qu'à des conseillers "
            "générés.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Graine du hasard.")
        parser.add_argument(
            "--clear", action="store_true", help="Supprime d'abord les données générées."
        )
        parser.add_argument(
            "--skip-catalogue",
            action="store_true",
            help=(
                "Sans formation ou sans événement publié, ne charge pas le contenu de "
                "démonstration correspondant."
            ),
        )

    def handle(self, *args, **options):
        count, advisors = options["businesses"], options["advisors"]
        if count < 0 or advisors < 1:
            raise CommandError("--businesses doit être positif et --advisors au moins 1.")
        # Looked up before anything is written, so a mistyped address leaves the database as is.
        chosen = self.existing_advisor(options["advisor"]) if options["advisor"] else None
        if options["clear"]:
            deleted = self.clear()
            self.stdout.write(f"Données générées supprimées ({deleted} comptes).")
        if count == 0:
            return
        self.rng = random.Random(options["seed"])
        self.now = timezone.now()
        catalogue = self.catalogue(options["skip_catalogue"])
        self.events(options["skip_catalogue"])
        with transaction.atomic():
            people = [chosen] if chosen else self.advisors(advisors)
            created = self.generate(count, people, catalogue)
        if connection.vendor == "postgresql":
            # Thousands of rows at once: refresh the planner's statistics now rather than
            # when autovacuum gets to it, so the pages are measured with realistic plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for label, number in created.items():
            self.stdout.write(f"  {label:<28} {number}")
        self.stdout.write(self.style.SUCCESS(f"{count} entreprises générées."))

    # --- Set-up -------------------------------------------------------------------------

    @staticmethod
    def clear() -> int:
        """Every account of the seed domain, and through the cascade all the rows made for it."""
        users = User.objects.filter(email__iendswith=f"@{DOMAIN}")
        count = users.count()
        with transaction.atomic():
            # Orders protect their slots: remove them first so the shops can go.
            Order.objects.filter(shop__owner__in=users).delete()
            users.delete()
        return count

    def catalogue(self, skip: bool) -> Catalogue:
        if not CoursePage.objects.live().exists():
            if skip:
                self.stdout.write("Aucune formation publiée : pas d'inscription générée.")
                return Catalogue()
            from core.demo import load_demo_site
            from courses.demo import load_demo_courses

            self.stdout.write(
                "Aucune formation publiée : chargement du catalogue de démonstration…"
            )
            load_demo_courses(load_demo_site())
        courses = dict(CoursePage.objects.live().values_list("path", "pk"))
        catalogue = Catalogue(courses=sorted(courses.values()))
        steplen = CoursePage.steplen
        lessons = LessonPage.objects.live().order_by("path")
        for lesson_id, path, has_quiz, optional, pass_mark in lessons.values_list(
            "pk", "path", "has_quiz", "optional", "quiz_pass_mark"
        ):
            course_id = courses.get(path[:-steplen])
            if course_id is not None and (has_quiz or not optional):
                catalogue.lessons.setdefault(course_id, []).append((lesson_id, has_quiz, pass_mark))
        catalogue.courses = [pk for pk in catalogue.courses if catalogue.lessons.get(pk)]
        return catalogue

    def events(self, skip: bool) -> None:
        """Webinars (some already held) and a bootcamp to register for, as on the demo site."""
        if skip or WebinarPage.objects.live().exists() or BootcampPage.objects.live().exists():
            return
        from core.demo import load_demo_site
        from courses.live.demo import load_demo_events

        self.stdout.write("Aucun événement publié : chargement des événements de démonstration…")
        load_demo_events(load_demo_site())

    @staticmethod
    def existing_advisor(email: str) -> User:
        """The account named by ``--advisor``: never created here, so a typo is an error."""
        try:
            return User.objects.get(email__iexact=email)
        except User.DoesNotExist:
            raise CommandError(f"Aucun compte avec l'adresse « {email} ».") from None

    def advisors(self, count: int) -> list[User]:
        group, _created = Group.objects.get_or_create(name=ADVISORS_GROUP)
        people = []
        for k in range(1, count + 1):
            advisor, created = User.objects.get_or_create(
                email=f"seed-conseiller-{k}@{DOMAIN}",
                defaults={"first_name": "Conseiller", "last_name": f"n°{k}"},
            )
            if created:
                advisor.set_unusable_password()
                advisor.save(update_fields=["password"])
            advisor.groups.add(group)
            people.append(advisor)
        return people

    def next_number(self) -> int:
        """One past the highest seed number in use, so that a second run adds new rows."""
        emails = User.objects.filter(email__istartswith="seed-", email__iendswith=f"@{DOMAIN}")
        numbers = [
            int(email.split("@")[0][5:])
            for email in emails.values_list("email", flat=True)
            if email.split("@")[0][5:].isdigit()
        ]
        return max(numbers, default=0) + 1

    # --- Generation ---------------------------------------------------------------------

    def moment(self, after: datetime) -> datetime:
        """A random instant between ``after`` and now."""
        span = max(1, int((self.now - after).total_seconds()))
        return after + timedelta(seconds=self.rng.randint(0, span))

    def generate(self, count: int, advisors: list[User], catalogue: Catalogue) -> dict[str, int]:
        rng = self.rng
        first = self.next_number()
        password = make_password(None)
        owners, joined = [], []
        for n in range(first, first + count):
            since = self.now - timedelta(seconds=rng.randint(0, WEEKS * 7 * 86400))
            owners.append(
                User(
                    email=f"seed-{n}@{DOMAIN}",
                    first_name=rng.choice(FIRST_NAMES),
                    last_name=rng.choice(LAST_NAMES),
                    password=password,
                    date_joined=since,
                    # Most owners came back at least once after signing up; some never did.
                    last_login=self.moment(since) if rng.random() < 0.8 else None,
                )
            )
            joined.append(since)
        owners = User.objects.bulk_create(owners, batch_size=BATCH)
        EmailAddress.objects.bulk_create(
            (EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in owners),
            batch_size=BATCH,
        )

        businesses, trades = [], []
        for offset, owner in enumerate(owners):
            n = first + offset
            sector = rng.choice(list(TRADES))
            trade = rng.choice(TRADES[sector])
            postcode, commune = rng.choice(COMMUNES)
            siret = siret_for(n)
            businesses.append(
                Business(
                    owner=owner,
                    siret=siret,
                    siren=siret[:9],
                    trade_name=rng.choice(trade[2]).format(name=owner.last_name, town=commune),
                    legal_form=rng.choice(LEGAL_FORMS),
                    naf_code=trade[0],
                    headcount=rng.choice((0, 0, 1, 1, 2, 3, 4, 6, 9, 12)),
                    annual_turnover=Decimal(rng.randrange(30_000, 900_000, 500)),
                    created_on=(self.now - timedelta(days=rng.randint(200, 9000))).date(),
                    postcode=postcode,
                    commune=commune,
                    sector=sector,
                    website=f"https://{n}.commerce.example" if rng.random() < 0.35 else "",
                    social_networks=rng.sample(
                        ["facebook", "instagram", "google"], rng.randint(0, 2)
                    ),
                )
            )
            trades.append(trade)
        businesses = Business.objects.bulk_create(businesses, batch_size=BATCH)
        # auto_now_add stamped "now": the business was described on the day its owner joined.
        Business.objects.filter(pk__in=[b.pk for b in businesses]).update(
            created_at=Subquery(User.objects.filter(pk=OuterRef("owner_id")).values("date_joined")),
            updated_at=Subquery(User.objects.filter(pk=OuterRef("owner_id")).values("date_joined")),
        )
        Assignment.objects.bulk_create(
            (
                Assignment(advisor=advisors[index % len(advisors)], business=business)
                for index, business in enumerate(businesses)
            ),
            batch_size=BATCH,
        )

        created = {
            "comptes de dirigeants": len(owners),
            "entreprises": len(businesses),
            "conseillers": len(advisors),
        }
        created["diagnostics"] = self.diagnostics(businesses, joined)
        created.update(self.learning(owners, joined, catalogue))
        created["inscriptions aux événements"] = self.registrations(owners, joined)
        created.update(self.shops(businesses, trades, joined))
        created["demandes d'aide"] = self.applications(businesses, joined)
        # Bulk inserts send no signals: the last activity is read back from what was written.
        activity.recompute(Business.objects.filter(pk__in=[b.pk for b in businesses]))
        return created

    def diagnostics(self, businesses, joined) -> int:
        from onboarding.diagnostic.models import DiagnosticResult

        rows = []
        for business, since in zip(businesses, joined, strict=True):
            if self.rng.random() >= 0.7:
                continue
            level = self.rng.randint(0, 3)
            for sitting in range(1 if self.rng.random() < 0.8 else 2):
                answers = {
                    question.key: question.choices[
                        max(0, min(3, level + sitting + self.rng.randint(-1, 1)))
                    ].key
                    for question in QUESTIONS
                }
                scores = score_answers(answers)
                rows.append(
                    DiagnosticResult(
                        business=business,
                        taken_by_id=business.owner_id,
                        taken_at=self.moment(since),
                        questionnaire_version=VERSION,
                        answers=scores.answers,
                        scores=scores.by_dimension,
                        overall_score=scores.overall,
                    )
                )
        DiagnosticResult.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)

    def learning(self, owners, joined, catalogue: Catalogue) -> dict[str, int]:
        """Enrolments, then the lessons done in order and the quizzes tried on the way; an
        enrolment whose every counted lesson is done is completed at its last lesson."""
        if not catalogue.courses:
            return {"inscriptions aux formations": 0}
        rng = self.rng
        enrolments, plans = [], []
        for owner, since in zip(owners, joined, strict=True):
            if rng.random() >= 0.75:
                continue
            # The first courses of the catalogue (the common core comes first) are favoured.
            pool = catalogue.courses
            chosen = set()
            for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 6))):
                chosen.add(pool[min(len(pool) - 1, int(rng.expovariate(0.35)))])
            for course_id in sorted(chosen):
                lessons = catalogue.lessons[course_id]
                done = rng.choice((0, len(lessons), len(lessons), rng.randint(0, len(lessons))))
                start = self.moment(since)
                stamps = sorted(self.moment(start) for _ in range(done))
                last = stamps[-1] if stamps else start
                enrolments.append(
                    Enrolment(
                        user=owner,
                        course_id=course_id,
                        enrolled_at=start,
                        completed_at=last if done == len(lessons) else None,
                        last_lesson_id=lessons[min(done, len(lessons) - 1)][0],
                        last_activity_at=last,
                    )
                )
                plans.append((lessons[:done], stamps))
        enrolments = Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
        progress, attempts = [], []
        for enrolment, (lessons, stamps) in zip(enrolments, plans, strict=True):
            for (lesson_id, has_quiz, pass_mark), stamp in zip(lessons, stamps, strict=True):
                if has_quiz:
                    if rng.random() < 0.3:  # a first try that failed
                        attempts.append(self.attempt(enrolment, lesson_id, pass_mark, stamp, False))
                    attempts.append(self.attempt(enrolment, lesson_id, pass_mark, stamp, True))
                method = LessonProgress.Method.QUIZ if has_quiz else LessonProgress.Method.MARKED
                progress.append(
                    LessonProgress(
                        enrolment=enrolment, lesson_id=lesson_id, completed_at=stamp, method=method
                    )
                )
        LessonProgress.objects.bulk_create(progress, batch_size=BATCH)
        QuizAttempt.objects.bulk_create(attempts, batch_size=BATCH)
        return {
            "inscriptions aux formations": len(enrolments),
            "formations terminées": sum(1 for e in enrolments if e.completed_at),
            "leçons terminées": len(progress),
            "tentatives de quiz": len(attempts),
        }

    def attempt(self, enrolment, lesson_id, pass_mark, stamp, passed) -> QuizAttempt:
        score = self.rng.randint(pass_mark, 100) if passed else self.rng.randint(0, pass_mark - 1)
        return QuizAttempt(
            enrolment=enrolment,
            lesson_id=lesson_id,
            submitted_at=stamp - timedelta(minutes=0 if passed else 5),
            score=score,
            pass_mark=pass_mark,
            passed=passed,
        )

    def registrations(self, owners, joined) -> int:
        # Each event with the moment it was over: attendance is only recorded after that.
        webinars = list(WebinarPage.objects.live().values_list("pk", "end"))
        bootcamps = list(
            BootcampPage.objects.live()
            .annotate(over=Max("bootcamp_sessions__end"))
            .values_list("pk", "over")
        )
        events = webinars + bootcamps
        if not events:
            self.stdout.write("Aucun événement publié : pas d'inscription aux événements.")
            return 0
        rows = []
        for owner, since in zip(owners, joined, strict=True):
            if self.rng.random() >= 0.25:
                continue
            for event_id, over in self.rng.sample(events, min(len(events), self.rng.randint(1, 2))):
                at = self.moment(since)
                ended = over is not None and over < self.now
                rows.append(
                    Registration(
                        event_id=event_id,
                        user=owner,
                        status=Registration.Status.CONFIRMED,
                        created_at=at,
                        updated_at=at,
                        completed_at=over if ended and self.rng.random() < 0.6 else None,
                    )
                )
        Registration.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)

    def shops(self, businesses, trades, joined) -> dict[str, int]:
        """A storefront for a third of the businesses, half of them published, with a few
        products; published ones have pickup slots around today and orders in them."""
        rng = self.rng
        shops = Stamped()
        products_of = []
        for business, trade, since in zip(businesses, trades, joined, strict=True):
            if rng.random() >= 0.35:
                continue
            published = rng.random() < 0.55
            created = self.moment(since)
            shops.rows.append(
                Shop(
                    owner_id=business.owner_id,
                    business=business,
                    name=business.trade_name,
                    slug=f"seed-{business.siret}",
                    category=trade[1],
                    street_address=f"{rng.randint(1, 80)} {rng.choice(STREETS)}",
                    postcode=business.postcode,
                    commune=business.commune,
                    phone=f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                    status=ShopStatus.PUBLISHED if published else ShopStatus.DRAFT,
                    published_at=self.moment(created) if published else None,
                )
            )
            shops.dates.append(created)
            products_of.append(rng.sample(trade[3], rng.randint(2, 4)))
        shop_rows = Shop.objects.bulk_create(shops.rows, batch_size=BATCH)
        self.restamp(Shop, shop_rows, shops.dates)

        products = []
        for shop, names in zip(shop_rows, products_of, strict=True):
            for position, name in enumerate(names):
                products.append(
                    Product(
                        shop=shop,
                        name=name,
                        price=Decimal(rng.randrange(150, 4500, 10)) / 100,
                        stock=rng.choice((None, None, 20, 50)),
                        position=position,
                    )
                )
        products = Product.objects.bulk_create(products, batch_size=BATCH)
        by_shop: dict[int, list[Product]] = {}
        for product in products:
            by_shop.setdefault(product.shop_id, []).append(product)

        slots, slot_plans = [], []
        today = timezone.localdate()
        for shop in shop_rows:
            if shop.status != ShopStatus.PUBLISHED:
                continue
            for day in rng.sample(range(-14, 7), 4):
                hour = rng.choice((10, 11, 16, 17, 18))
                starts = timezone.make_aware(
                    datetime.combine(today + timedelta(days=day), time(hour))
                )
                booked = rng.randint(0, 3) if day < 0 else rng.randint(0, 2)
                slots.append(
                    Slot(
                        shop=shop,
                        starts_at=starts,
                        ends_at=starts + timedelta(minutes=30),
                        capacity=4,
                        booked=booked,
                    )
                )
                slot_plans.append((shop, booked, day < 0))
        slots = Slot.objects.bulk_create(slots, batch_size=BATCH)

        orders, lines_of = Stamped(), []
        for slot, (shop, booked, past) in zip(slots, slot_plans, strict=True):
            for number in range(booked):
                chosen = rng.sample(by_shop[shop.pk], rng.randint(1, min(2, len(by_shop[shop.pk]))))
                lines = [(product, rng.randint(1, 3)) for product in chosen]
                status = (
                    rng.choice(
                        (OrderStatus.COLLECTED, OrderStatus.COLLECTED, OrderStatus.CANCELLED)
                    )
                    if past
                    else rng.choice((OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY))
                )
                orders.rows.append(
                    Order(
                        shop=shop,
                        slot=slot,
                        number=f"S{slot.pk}-{number + 1}"[:12],
                        token=secrets.token_urlsafe(32),
                        customer_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                        customer_email=f"client-{slot.pk}-{number}@client.example",
                        customer_phone="06 12 34 56 78",
                        status=status,
                        total=sum(product.price * quantity for product, quantity in lines),
                        collected_at=slot.ends_at if status == OrderStatus.COLLECTED else None,
                        cancelled_at=slot.starts_at if status == OrderStatus.CANCELLED else None,
                    )
                )
                # Placed a few hours before the pickup, and in any case already placed.
                placed = slot.starts_at - timedelta(hours=rng.randint(2, 48))
                orders.dates.append(min(placed, self.now - timedelta(minutes=rng.randint(5, 600))))
                lines_of.append(lines)
        order_rows = Order.objects.bulk_create(orders.rows, batch_size=BATCH)
        self.restamp(Order, order_rows, orders.dates)
        OrderLine.objects.bulk_create(
            (
                OrderLine(
                    order=order,
                    product=product,
                    name=product.name,
                    unit_price=product.price,
                    vat_rate=product.vat_rate,
                    quantity=quantity,
                )
                for order, lines in zip(order_rows, lines_of, strict=True)
                for product, quantity in lines
            ),
            batch_size=BATCH,
        )
        return {
            "boutiques": len(shop_rows),
            "boutiques publiées": sum(1 for s in shop_rows if s.status == ShopStatus.PUBLISHED),
            "produits": len(products),
            "créneaux": len(slots),
            "commandes": len(order_rows),
        }

    def applications(self, businesses, joined) -> int:
        programme = Programme.objects.filter(slug=PROGRAMME_SLUG).first()
        if programme is None:
            self.stdout.write(f"Programme « {PROGRAMME_SLUG} » absent : pas de demande d'aide.")
            return 0
        statuses = [status for status, _weight in APPLICATION_STATUSES]
        weights = [weight for _status, weight in APPLICATION_STATUSES]
        rows = Stamped()
        for business, since in zip(businesses, joined, strict=True):
            if self.rng.random() >= 0.4:
                continue
            status = self.rng.choices(statuses, weights)[0]
            sent = status not in (Status.DRAFT, Status.READY)
            rows.rows.append(
                Application(
                    business=business,
                    programme=programme,
                    siren=business.siren,
                    status=status,
                    account_holder=business.trade_name if sent else "",
                    sworn_at=self.moment(since) if sent else None,
                    sworn_name=business.trade_name if sent else "",
                )
            )
            rows.dates.append(self.moment(since))
        created = Application.objects.bulk_create(rows.rows, batch_size=BATCH)
        self.restamp(Application, created, rows.dates)
        return len(created)

    @staticmethod
    def restamp(model, rows, dates) -> None:
        """Give back the dates that auto_now_add replaced with "now" at insertion."""
        for row, date in zip(rows, dates, strict=True):
            row.created_at = date
            row.updated_at = date
        model.objects.bulk_update(rows, ["created_at", "updated_at"], batch_size=500)
