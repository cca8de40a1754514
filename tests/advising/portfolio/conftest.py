"""Businesses in portfolios, and builders for each figure the portfolio shows.

``follow`` assigns a business to an advisor; the other builders give its owner a diagnostic,
course enrolments, attended events, a storefront with orders and a grant application, each
at a chosen moment so the "last activity" and "last 30 days" figures can be checked.
"""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from advising.models import Assignment
from courses.live.models import Registration
from courses.models import Enrolment
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from storefront_builder.models import Order
from tests.accounts.factories import AdvisorFactory, totp_for
from tests.courses.factories import make_catalog, make_course, make_track
from tests.courses.live.factories import make_bootcamp, make_webinar
from tests.onboarding.dossiers.conftest import make_programme
from tests.onboarding.profile.factories import BusinessFactory
from tests.storefront_builder.backoffice.factories import make_order, make_shop, make_slot

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _site(home_page):
    """The page extends base.html, which reads the site's navigation."""


@pytest.fixture
def other_advisor(db):
    user = AdvisorFactory(first_name="Bruno", last_name="Second")
    totp_for(user)
    return user


@pytest.fixture
def core_courses(home_page):
    """Two courses of the common core, and one course outside it."""
    catalog = make_catalog(home_page)
    core = make_track(catalog, slug="tronc-commun", title="Tronc commun", is_core=True)
    other = make_track(catalog)
    return {
        "core": [
            make_course(core, slug="bases", title="Les bases", lessons=1),
            make_course(core, slug="google", title="Fiche Google", lessons=1),
        ],
        "other": make_course(other, lessons=1),
    }


@pytest.fixture
def events(home_page):
    return {"webinar": make_webinar(home_page), "bootcamp": make_bootcamp(home_page)}


@pytest.fixture
def programme(db):
    return make_programme()


def follow(advisor, business=None, **fields):
    """A business (made with ``fields`` unless given) assigned to ``advisor``."""
    business = business or BusinessFactory(**fields)
    Assignment.objects.create(advisor=advisor, business=business)
    return business


def diagnose(business, score: int, *, days_ago: int = 1) -> DiagnosticResult:
    return DiagnosticResult.objects.create(
        business=business,
        taken_by=business.owner,
        taken_at=timezone.now() - timedelta(days=days_ago),
        questionnaire_version=1,
        overall_score=score,
    )


def enrol(business, course, *, completed: bool = True, days_ago: int = 1) -> Enrolment:
    at = timezone.now() - timedelta(days=days_ago)
    return Enrolment.objects.create(
        user=business.owner,
        course=course,
        enrolled_at=at,
        last_activity_at=at,
        completed_at=at if completed else None,
    )


def attend(business, event, *, completed: bool = True) -> Registration:
    return Registration.objects.create(
        event=event,
        user=business.owner,
        status=Registration.Status.CONFIRMED,
        completed_at=timezone.now() if completed else None,
    )


def open_shop(business, *, status: str = "published", orders_days_ago=()):
    """A storefront for ``business``, with one order placed so many days ago per entry."""
    shop = make_shop(business.owner, business=business, status=status)
    if orders_days_ago:
        slot = make_slot(shop, timezone.now() + timedelta(days=2), capacity=50)
        for days in orders_days_ago:
            order = make_order(slot)
            Order.objects.filter(pk=order.pk).update(
                created_at=timezone.now() - timedelta(days=days)
            )
    return shop


def apply(business, programme, status: str = "submitted") -> Application:
    return Application.objects.create(
        business=business, programme=programme, siren=business.siren, status=status
    )


def with_activity(advisor, programme, core_courses, events, **fields):
    """A followed business with a bit of everything, as the query-count tests need."""
    business = follow(advisor, **fields)
    diagnose(business, 40 + next(_numbers) % 60)
    enrol(business, core_courses["core"][0])
    enrol(business, core_courses["other"], completed=False)
    attend(business, events["webinar"])
    open_shop(business, orders_days_ago=(3, 40))
    apply(business, programme)
    return business
