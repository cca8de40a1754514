"""A business followed by the ``advisor`` fixture, a second advisor who does not follow it, and
builders for every kind of activity the business's page shows, each at a chosen moment."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from advising.models import Assignment, Note, Reminder
from certificates.models import Certificate
from courses.live.models import Attendance, Registration
from courses.models import Enrolment, LessonPage, LessonProgress, QuizAttempt
from onboarding.diagnostic.services import record_result
from onboarding.dossiers.models import Application, StatusChange
from onboarding.grants.models import Programme
from storefront_builder.models import Order, OrderStatus, Product, Shop, ShopStatus, Slot
from tests.accounts.factories import AdvisorFactory, totp_for
from tests.courses.factories import (
    make_catalog,
    make_course,
    make_lesson,
    make_track,
    quiz_question,
)
from tests.courses.live.factories import make_webinar
from tests.onboarding.diagnostic.conftest import answers_with
from tests.onboarding.dossiers.conftest import make_programme
from tests.onboarding.profile.factories import BusinessFactory


def ago(days: float = 0, hours: float = 0):
    return timezone.now() - timedelta(days=days, hours=hours)


@pytest.fixture
def business(db):
    return BusinessFactory(trade_name="Fromagerie Durand")


@pytest.fixture
def followed(business, advisor):
    """``business``, in the ``advisor`` fixture's portfolio."""
    Assignment.objects.create(advisor=advisor, business=business)
    return business


@pytest.fixture
def other_advisor(db):
    """An advisor with her second factor set up, who does not follow ``business``."""
    user = AdvisorFactory()
    totp_for(user)
    return user


@pytest.fixture
def course_with_quiz(home_page):
    """Two lessons to mark as done, then a third validated by its quiz."""
    track = make_track(make_catalog(home_page))
    course = make_course(track, lessons=2, title="Vendre sur internet")
    make_lesson(course, 3, quiz=[quiz_question("Question ?")], pass_mark=70)
    return course


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


def enrol(user, course, *, at, completed_at=None) -> Enrolment:
    return Enrolment.objects.create(
        user=user,
        course=course,
        enrolled_at=at,
        last_activity_at=completed_at or at,
        completed_at=completed_at,
    )


def attempt(enrolment, lesson, score: int, *, at=None, pass_mark: int = 70) -> QuizAttempt:
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        score=score,
        pass_mark=pass_mark,
        passed=score >= pass_mark,
        submitted_at=at or timezone.now(),
    )


def lesson_done(enrolment, lesson, *, at=None) -> LessonProgress:
    return LessonProgress.objects.create(
        enrolment=enrolment, lesson=lesson, completed_at=at or timezone.now(), method="marked"
    )


def certificate(user, title: str, *, at) -> Certificate:
    return Certificate.objects.create(
        holder=user,
        kind=Certificate.Kind.COURSE,
        source=f"test:{title}",
        holder_name=user.get_full_name(),
        title=title,
        completed_on=at.date(),
        issuer="Accélérateur",
        issued_at=at,
    )


def register(user, event, *, at, completed_at=None) -> Registration:
    return Registration.objects.create(
        event=event,
        user=user,
        status=Registration.Status.CONFIRMED,
        created_at=at,
        updated_at=at,
        completed_at=completed_at,
    )


def attended(registration, *, at, session_key="main") -> Attendance:
    return Attendance.objects.create(
        registration=registration,
        session_key=session_key,
        present=True,
        source=Attendance.Source.MANUAL,
        recorded_at=at,
    )


def diagnostic(business, *, at, default: int = 2):
    result = record_result(business, business.owner, answers_with(default=default))
    type(result).objects.filter(pk=result.pk).update(taken_at=at)
    return result


def programme(**changes) -> Programme:
    """The dossiers tests' programme: flat 500 €, open to this business."""
    return make_programme(**{"name": "Chèque numérique", **changes})


def application(business, *, status="submitted", at=None, grant=None) -> Application:
    record = Application.objects.create(
        business=business, programme=grant or programme(), siren=business.siren, status=status
    )
    StatusChange.objects.create(application=record, status=status, at=at or timezone.now())
    return record


def shop(business, *, at=None, published_at=None, slug="fromagerie-durand") -> Shop:
    record = Shop.objects.create(
        owner=business.owner,
        business=business,
        name="Fromagerie Durand",
        slug=slug,
        category="cheese",
        street_address="3 rue des Halles",
        postcode="69003",
        commune="Lyon",
        phone="0472000000",
        status=ShopStatus.PUBLISHED if published_at else ShopStatus.DRAFT,
        published_at=published_at,
    )
    if at:
        Shop.objects.filter(pk=record.pk).update(created_at=at)
    return record


def product(store, name="Comté 18 mois", price="12.50") -> Product:
    return Product.objects.create(shop=store, name=name, price=Decimal(price), vat_rate="5.5")


def order(
    store, *, at=None, total="20.00", status=OrderStatus.NEW, pickup_in=timedelta(days=1)
) -> Order:
    """An order placed at ``at``, to pick up ``pickup_in`` from now (negative: past)."""
    starts_at = (timezone.now() + pickup_in).replace(microsecond=0)
    slot, _ = Slot.objects.get_or_create(
        shop=store,
        starts_at=starts_at,
        defaults={"ends_at": starts_at + timedelta(minutes=30), "capacity": 50},
    )
    number = Order.objects.filter(shop=store).count() + 1
    record = Order.objects.create(
        shop=store,
        slot=slot,
        number=f"C{number:04d}",
        token=f"{store.pk}-{number}-{timezone.now().timestamp()}",
        customer_name="Client",
        customer_email="client@example.com",
        customer_phone="0600000000",
        status=status,
        total=Decimal(total),
    )
    if at:
        Order.objects.filter(pk=record.pk).update(created_at=at)
    return record


def note(business, author, body="Relancer pour le dossier.", *, at=None) -> Note:
    record = Note.objects.create(business=business, author=author, body=body)
    if at:
        Note.objects.filter(pk=record.pk).update(created_at=at)
    return record


def reminder(business, sender, subject="Votre dossier", *, at=None) -> Reminder:
    record = Reminder.objects.create(
        business=business, sent_by=sender, subject=subject, message="Bonjour."
    )
    if at:
        Reminder.objects.filter(pk=record.pk).update(sent_at=at)
    return record


def busy_history(business, advisor, home_page, course, *, size: int, suffix: str = "") -> None:
    """``size`` items of every kind of activity, so that page costs can be compared."""
    owner = business.owner
    lessons = lessons_of(course)
    enrolment = enrol(owner, course, at=ago(days=40), completed_at=ago(days=1))
    for lesson in lessons:
        lesson_done(enrolment, lesson, at=ago(days=30))
    for n in range(size):
        attempt(enrolment, lessons[-1], 40 + n, at=ago(days=20, hours=n))
        certificate(owner, f"Certificat {suffix}{n}", at=ago(days=19, hours=n))
        diagnostic(business, at=ago(days=18, hours=n))
        application(
            business,
            at=ago(days=17, hours=n),
            grant=programme(name=f"Aide {suffix}{n}", slug=f"aide-{suffix}{n}"),
        )
        note(business, advisor, f"Note {n}", at=ago(days=5, hours=n))
        reminder(business, advisor, f"Objet {n}", at=ago(days=4, hours=n))
    for n in range(size):
        event = make_webinar(home_page, slug=f"webinaire-{suffix}{n}", title=f"Webinaire {n}")
        registration = register(owner, event, at=ago(days=16), completed_at=ago(days=15))
        attended(registration, at=ago(days=15))
    store = shop(business, at=ago(days=14), published_at=ago(days=13), slug=f"boutique{suffix}")
    for n in range(size):
        product(store, name=f"Produit {n}")
        order(store, at=ago(days=n % 10, hours=1))
