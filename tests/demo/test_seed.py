"""The data generator: what it says it creates, assigned as asked, and removable."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from stdnum import luhn
from wagtail.models import Page

from accounts.models import User
from accounts.roles import ADVISORS_GROUP, Role, role_of
from advising.activity import last_activity_expression
from advising.models import Assignment
from courses.live.models import Registration
from courses.models import Enrolment, LessonProgress
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from onboarding.profile.models import Business
from storefront_builder.models import Order, Shop, Slot

pytestmark = pytest.mark.django_db

SEEDED = {"owner__email__endswith": "@seed.example"}


def run(**options) -> str:
    from io import StringIO

    out = StringIO()
    call_command("seed_activity", stdout=out, **options)
    return out.getvalue()


def test_seeding_20_businesses_for_2_advisors(courses):
    output = run(businesses=20, advisors=2, seed=3)
    now = timezone.now()
    businesses = Business.objects.filter(**SEEDED)
    assert businesses.count() == 20
    assert "20 entreprises générées." in output
    for business in businesses:
        assert luhn.is_valid(business.siret) and luhn.is_valid(business.siren)
        assert business.siret.startswith(business.siren)
    advisors = list(User.objects.filter(email__startswith="seed-conseiller-"))
    assert len(advisors) == 2
    assert all(role_of(advisor) is Role.ADVISOR for advisor in advisors)
    # Every business followed by exactly one of the two advisors, shared evenly.
    assert Assignment.objects.filter(business__in=businesses).count() == 20
    for advisor in advisors:
        assert Assignment.objects.filter(advisor=advisor, business__in=businesses).count() == 10
    # The figures printed are the rows in the database.
    owners = User.objects.filter(email__regex=r"^seed-\d+@seed\.example$")
    assert owners.count() == 20
    enrolments = Enrolment.objects.filter(user__in=owners)
    counts = {
        "diagnostics": DiagnosticResult.objects.filter(business__in=businesses).count(),
        "inscriptions aux formations": enrolments.count(),
        "leçons terminées": LessonProgress.objects.filter(enrolment__in=enrolments).count(),
        "boutiques": Shop.objects.filter(business__in=businesses).count(),
        "commandes": Order.objects.filter(shop__business__in=businesses).count(),
        "demandes d'aide": Application.objects.filter(business__in=businesses).count(),
    }
    for label, number in counts.items():
        assert f"{label:<28} {number}\n" in output
    assert counts["inscriptions aux formations"] > 0
    assert counts["diagnostics"] > 0
    # Slots never hold more orders than they say.
    for slot in Slot.objects.filter(shop__business__in=businesses):
        assert slot.orders.count() == slot.booked <= slot.capacity
    # Completed enrolments have every counted lesson done.
    for enrolment in enrolments.filter(completed_at__isnull=False):
        assert enrolment.progress.count() >= 1
    # Nothing happened in the future: orders for coming pickups were placed already.
    assert Order.objects.filter(shop__business__in=businesses, slot__starts_at__gt=now).exists()
    assert not Order.objects.filter(shop__business__in=businesses, created_at__gt=now).exists()
    assert not businesses.filter(last_activity_at__gt=now).exists()
    # Rows were inserted in bulk, without signals: the last activity was read back from them.
    expected = dict(
        businesses.annotate(expected=last_activity_expression()).values_list("pk", "expected")
    )
    assert dict(businesses.values_list("pk", "last_activity_at")) == expected
    assert sum(value is not None for value in expected.values()) >= 15
    # Webinars were loaded and some of their past editions attended.
    assert "inscriptions aux événements" in output
    assert Registration.objects.filter(user__in=owners).exists()


def test_a_second_run_adds_new_businesses_and_clear_removes_them(courses):
    run(businesses=5, seed=1)
    run(businesses=5, seed=1)
    assert Business.objects.filter(**SEEDED).count() == 10
    assert (
        User.objects.filter(groups__name=ADVISORS_GROUP, email__endswith="@seed.example").count()
        == 1
    )
    run(businesses=0, clear=True)
    assert not Business.objects.filter(**SEEDED).exists()
    assert not User.objects.filter(email__endswith="@seed.example").exists()


def test_without_courses_it_can_skip_the_catalogue(home_page):
    output = run(businesses=3, skip_catalogue=True)
    assert "Aucune formation publiée" in output
    assert Business.objects.filter(**SEEDED).count() == 3


def test_an_existing_advisor_can_be_given_every_business(courses, advisor):
    run(businesses=6, advisor=advisor.email.upper(), seed=2)
    businesses = Business.objects.filter(**SEEDED)
    assert businesses.count() == 6
    assert Assignment.objects.filter(business__in=businesses).count() == 6
    assert Assignment.objects.filter(advisor=advisor, business__in=businesses).count() == 6
    # No advisor was generated for the occasion.
    assert not User.objects.filter(email__startswith="seed-conseiller-").exists()


def test_an_unknown_advisor_is_refused_before_anything_is_written(home_page):
    users, pages = User.objects.count(), Page.objects.count()
    with pytest.raises(CommandError, match="Aucun compte avec l'adresse « personne@demo.example »"):
        run(businesses=3, advisor="personne@demo.example")
    assert not Business.objects.filter(**SEEDED).exists()
    # Not even the demo catalogue or events, which a run loads when there are none.
    assert (User.objects.count(), Page.objects.count()) == (users, pages)
