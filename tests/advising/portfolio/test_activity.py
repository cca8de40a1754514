"""Business.last_activity_at: moved forward by each source as it is written, never back, and
equal to what ``activity.recompute`` reads back from the traces."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from advising import activity
from courses import services as courses
from onboarding.diagnostic.services import record_result
from onboarding.dossiers import services as dossiers
from onboarding.profile.models import Business
from storefront_builder.ordering import place_order
from tests.advising.portfolio.conftest import apply, diagnose, enrol, open_shop
from tests.courses.factories import make_lesson, quiz_question
from tests.onboarding.diagnostic.conftest import answers_with
from tests.onboarding.profile.factories import BusinessFactory
from tests.storefront_builder.storefront.factories import customer, make_product, make_slot

pytestmark = pytest.mark.django_db


def last_activity(business):
    return Business.objects.values_list("last_activity_at", flat=True).get(pk=business.pk)


def recomputed(business):
    """What the traces say, without touching the stored value."""
    return (
        Business.objects.filter(pk=business.pk)
        .annotate(expected=activity.last_activity_expression())
        .values_list("expected", flat=True)
        .get()
    )


def age(business, days: int):
    """Pretend the business was last seen ``days`` ago."""
    at = timezone.now() - timedelta(days=days)
    Business.objects.filter(pk=business.pk).update(last_activity_at=at)
    return at


def just_now(moment) -> bool:
    return moment is not None and timezone.now() - moment < timedelta(minutes=1)


@pytest.fixture
def business():
    return BusinessFactory()


def test_a_new_business_with_nothing_behind_it_has_no_activity(business):
    assert last_activity(business) is None
    assert recomputed(business) is None


def test_the_latest_source_wins_and_an_older_one_changes_nothing(business, core_courses):
    enrol(business, core_courses["other"], completed=False, days_ago=4)
    diagnose(business, 50, days_ago=30)
    assert (timezone.now() - last_activity(business)).days == 4
    assert last_activity(business) == recomputed(business)


def test_record_never_moves_the_date_back(business):
    latest = age(business, 2)
    assert activity.record(business_id=business.pk, at=latest - timedelta(days=5)) == 0
    assert last_activity(business) == latest
    assert activity.record(owner_id=business.owner_id, at=latest + timedelta(hours=1)) == 1
    assert last_activity(business) == latest + timedelta(hours=1)


def test_an_owner_without_a_business_changes_nothing(business):
    from tests.accounts.factories import OwnerFactory

    assert activity.record(owner_id=OwnerFactory().pk, at=timezone.now()) == 0
    assert last_activity(business) is None


def test_signing_in(business):
    age(business, 20)
    Client().force_login(business.owner)
    assert just_now(last_activity(business))


def test_opening_a_lesson_and_taking_a_quiz(business, core_courses):
    course = core_courses["other"]
    courses.enrol(business.owner, course)
    age(business, 20)
    courses.record_visit(business.owner, course.get_children().specific().first())
    assert just_now(last_activity(business))

    lesson = make_lesson(course, number=9, quiz=[quiz_question()])
    age(business, 20)
    courses.submit_quiz(business.owner, lesson, {})
    assert just_now(last_activity(business))
    assert last_activity(business) == recomputed(business)


def test_taking_the_diagnostic(business):
    age(business, 20)
    record_result(business, business.owner, answers_with())
    assert just_now(last_activity(business))


def test_a_change_to_the_grant_dossier(business, programme):
    application = apply(business, programme, "draft")
    age(business, 20)
    dossiers.save_bank_details(
        application,
        by=business.owner,
        iban="FR76 3000 6000 0112 3456 7890 189",
        bic="AGRIFRPP",
        holder=business.trade_name,
    )
    assert just_now(last_activity(business))
    assert last_activity(business) == recomputed(business)


def test_a_decision_recorded_by_staff_is_not_the_business_s_activity(business, programme):
    """The funder's answer written down by staff leaves a quiet business quiet; the same
    answer written down by its owner is her activity."""
    from onboarding.dossiers.models import Application
    from tests.accounts.factories import StaffFactory

    application = apply(business, programme, "submitted")
    before = age(business, 20)
    dossiers.record_decision(application, by=StaffFactory(), status="approved")
    assert Application.objects.get(pk=application.pk).status == "approved"
    assert last_activity(business) == before

    dossiers.record_decision(application, by=business.owner, status="paid")
    assert just_now(last_activity(business))


def test_the_storefront_and_its_orders(business):
    shop = open_shop(business)
    age(business, 20)
    shop.save()
    assert just_now(last_activity(business))

    age(business, 20)
    place_order(
        shop,
        lines={make_product(shop).pk: 1},
        slot_id=make_slot(shop).pk,
        **customer(),
    )
    assert just_now(last_activity(business))


def test_a_storefront_opened_before_the_business_counts_for_it(business):
    """The owner's storefront without a business attached is still hers."""
    shop = open_shop(business)
    shop.business = None
    shop.save()
    age(business, 20)
    place_order(shop, lines={make_product(shop).pk: 1}, slot_id=make_slot(shop).pk, **customer())
    assert just_now(last_activity(business))


def test_a_business_created_after_its_owner_signed_in_starts_from_that(db):
    from tests.accounts.factories import OwnerFactory

    owner = OwnerFactory()
    Client().force_login(owner)
    business = BusinessFactory(owner=owner)
    owner.refresh_from_db()
    assert last_activity(business) == owner.last_login


def test_recompute_agrees_with_what_was_kept_up_to_date(business, core_courses, programme):
    """Every kind of source, each written once: the kept value is what recompute gives, and
    recompute also fills rows written behind the signals' back."""
    enrol(business, core_courses["core"][0], days_ago=9)
    diagnose(business, 72, days_ago=3)
    apply(business, programme, "draft")
    shop = open_shop(business)
    place_order(shop, lines={make_product(shop).pk: 1}, slot_id=make_slot(shop).pk, **customer())
    Client().force_login(business.owner)
    kept = last_activity(business)
    assert kept == recomputed(business)

    Business.objects.filter(pk=business.pk).update(last_activity_at=None)
    other = BusinessFactory()
    diagnose(other, 40, days_ago=6)
    assert activity.recompute(Business.objects.filter(pk__in=[business.pk, other.pk])) == 2
    assert last_activity(business) == kept
    assert (timezone.now() - last_activity(other)).days == 6
