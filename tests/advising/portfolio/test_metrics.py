"""annotate_progress: each figure, computed in SQL for a whole queryset."""

from datetime import timedelta

import pytest
from django.utils import timezone

from advising.metrics import annotate_progress, storefront_is
from onboarding.profile.models import Business
from tests.advising.portfolio.conftest import apply, attend, diagnose, enrol, open_shop
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


def annotated(business):
    return annotate_progress(Business.objects.filter(pk=business.pk)).get()


def test_a_business_with_nothing_yet():
    business = annotated(BusinessFactory())
    assert business.latest_score is None
    assert business.core_progress == 0
    assert business.courses_completed == 0
    assert business.last_activity_at is None
    assert business.webinars_attended == business.bootcamps_attended == 0
    assert business.storefront == "none"
    assert business.orders_recent == 0
    assert business.latest_application_status is None


def test_every_figure(core_courses, events, programme, django_assert_max_num_queries):
    business = BusinessFactory()
    diagnose(business, 30, days_ago=60)
    diagnose(business, 72, days_ago=20)
    enrol(business, core_courses["core"][0], days_ago=9)
    enrol(business, core_courses["core"][1], completed=False, days_ago=5)
    enrol(business, core_courses["other"], days_ago=30)
    attend(business, events["webinar"])
    attend(business, events["bootcamp"])
    open_shop(business, status="draft", orders_days_ago=(2, 29, 31))
    apply(business, programme, "approved")

    with django_assert_max_num_queries(3):
        row = annotated(business)

    assert row.latest_score == 72
    assert (row.core_completed, row.core_total, row.core_progress) == (1, 2, 50)
    assert row.courses_completed == 2
    assert row.webinars_attended == 1
    assert row.bootcamps_attended == 1
    assert row.storefront == "draft"
    assert row.orders_recent == 2
    assert row.latest_application_status == "approved"
    # The shop and its application were just written: they are the latest activity (kept on
    # the row: tests/advising/portfolio/test_activity.py).
    assert timezone.now() - row.last_activity_at < timedelta(minutes=1)


def test_a_published_storefront_wins_over_a_draft_and_old_registrations_do_not_count(events):
    business = BusinessFactory()
    open_shop(business, status="draft")
    open_shop(business, status="published")
    attend(business, events["webinar"], completed=False)
    row = annotated(business)
    assert row.storefront == "published"
    assert row.webinars_attended == 0


def test_a_shop_opened_before_the_business_was_linked_counts(core_courses):
    from tests.storefront_builder.backoffice.factories import make_shop

    business = BusinessFactory()
    make_shop(business.owner, business=None, status="published")
    assert annotated(business).storefront == "published"


def test_core_progress_is_zero_without_a_common_core():
    row = annotated(BusinessFactory())
    assert row.core_total == 0
    assert row.core_progress == 0


def test_the_storefront_filter_agrees_with_the_column():
    """``storefront_is`` filters without the annotation: same businesses for each state,
    storefronts attached or not yet, several per business, and none."""
    from tests.storefront_builder.backoffice.factories import make_shop

    cases = {
        "none": BusinessFactory(),
        "draft": BusinessFactory(),
        "published": BusinessFactory(),
        "both": BusinessFactory(),
        "draft unattached": BusinessFactory(),
        "published unattached": BusinessFactory(),
    }
    open_shop(cases["draft"], status="draft")
    open_shop(cases["published"], status="published")
    open_shop(cases["both"], status="draft")
    open_shop(cases["both"], status="published")
    make_shop(cases["draft unattached"].owner, business=None, status="draft")
    make_shop(cases["published unattached"].owner, business=None, status="published")
    rows = annotate_progress(Business.objects.all())
    shown = dict(rows.values_list("pk", "storefront"))
    assert sorted(shown.values()) == [
        "draft",
        "draft",
        "none",
        "published",
        "published",
        "published",
    ]
    for state in ("none", "draft", "published"):
        filtered = set(Business.objects.filter(storefront_is(state)).values_list("pk", flat=True))
        assert filtered == {pk for pk, value in shown.items() if value == state}, state
