"""A small known portfolio for the chart tests: who follows whom, and what each did."""

from datetime import datetime

from django.utils import timezone

from advising.models import Assignment
from courses.models import Enrolment, LessonPage, LessonProgress, QuizAttempt
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from onboarding.grants.models import Programme
from storefront_builder.models import Shop, ShopStatus
from tests.courses.factories import make_catalog, make_course, make_track
from tests.onboarding.profile.factories import BusinessFactory


def at(year, month, day, hour=10):
    return timezone.make_aware(datetime(year, month, day, hour))


def catalogue(home):
    """Two core courses and one course outside the core."""
    catalog = make_catalog(home)
    core = make_track(catalog, slug="tronc-commun", title="Tronc commun", is_core=True)
    other = make_track(catalog)
    return {
        "core_a": make_course(core, slug="bases", title="Les bases", lessons=2),
        "core_b": make_course(core, slug="fiche-google", title="Fiche Google", lessons=2),
        "other": make_course(other, lessons=1),
    }


def follow(advisor, *businesses):
    Assignment.objects.bulk_create(
        Assignment(advisor=advisor, business=business) for business in businesses
    )


def enrol(user, course, enrolled_at=None, completed_at=None, last_activity_at=None):
    enrolled_at = enrolled_at or at(2025, 1, 6)
    return Enrolment.objects.create(
        user=user,
        course=course,
        enrolled_at=enrolled_at,
        completed_at=completed_at,
        last_activity_at=last_activity_at or enrolled_at,
    )


def first_lesson(course):
    return LessonPage.objects.child_of(course).order_by("path").first()


def lesson_done(enrolment, when):
    return LessonProgress.objects.create(
        enrolment=enrolment,
        lesson=first_lesson(enrolment.course),
        completed_at=when,
        method=LessonProgress.Method.MARKED,
    )


def quiz_attempt(enrolment, when):
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=first_lesson(enrolment.course),
        submitted_at=when,
        score=50,
        pass_mark=70,
        passed=False,
    )


def diagnostic(business):
    return DiagnosticResult.objects.create(
        business=business, taken_by=business.owner, questionnaire_version=1, overall_score=40
    )


def shop(business, published: bool):
    return Shop.objects.create(
        owner=business.owner,
        business=business,
        name=f"Boutique {business.pk}",
        slug=f"boutique-{business.pk}",
        category="bakery",
        street_address="1 rue du Port",
        postcode="29200",
        commune="Brest",
        phone="02 98 00 00 00",
        status=ShopStatus.PUBLISHED if published else ShopStatus.DRAFT,
        published_at=timezone.now() if published else None,
    )


def application(business, status):
    return Application.objects.create(
        business=business,
        programme=Programme.objects.get(slug="cheque-france-num"),
        siren=business.siren,
        status=status,
    )


def known_portfolio(advisor, courses):
    """Four followed businesses:

    - ``full``: both core courses completed (100 %), diagnostic, published shop, submitted grant;
    - ``half``: one core course of two (50 %), diagnostic, draft shop, draft application;
    - ``other``: only the course outside the core (0 %), nothing else;
    - ``idle``: nothing at all (0 %).
    """
    done = at(2025, 2, 3)
    full, half, other, idle = (BusinessFactory() for _ in range(4))
    follow(advisor, full, half, other, idle)
    enrol(full.owner, courses["core_a"], completed_at=done)
    enrol(full.owner, courses["core_b"], completed_at=done)
    enrol(half.owner, courses["core_a"], completed_at=done)
    enrol(half.owner, courses["core_b"])
    enrol(other.owner, courses["other"], completed_at=done)
    for business in (full, half):
        diagnostic(business)
    shop(full, published=True)
    shop(half, published=False)
    application(full, "submitted")
    application(half, "draft")
    return {"full": full, "half": half, "other": other, "idle": idle}


def busy_stranger(courses):
    """A business outside the portfolio that did everything, every week."""
    stranger = BusinessFactory(trade_name="Commerce d'un autre conseiller")
    for course in courses.values():
        enrol(stranger.owner, course, enrolled_at=at(2025, 3, 11), completed_at=at(2025, 3, 11))
    diagnostic(stranger)
    shop(stranger, published=True)
    application(stranger, "paid")
    return stranger


def make_businesses(advisor, count):
    """``count`` followed businesses, each with some of everything the charts count."""
    businesses = BusinessFactory.create_batch(count)
    follow(advisor, *businesses)
    for business in businesses:
        diagnostic(business)
    return businesses
