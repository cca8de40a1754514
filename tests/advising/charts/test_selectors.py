"""The charts' figures on a small portfolio whose answers are known."""

from datetime import date

import pytest

from advising.charts.selectors import (
    _band_of,
    completion_distribution,
    funnel,
    weekly_active_learners,
)
from tests.advising.charts.helpers import (
    at,
    busy_stranger,
    enrol,
    follow,
    known_portfolio,
    lesson_done,
    quiz_attempt,
)
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db

TODAY = date(2025, 3, 12)  # a Wednesday: its week starts on Monday 10 March


def bands(distribution):
    return {band.key: band.count for band in distribution["bands"]}


def stages(figures):
    return {stage.key: stage.count for stage in figures}


def test_completion_distribution_counts_core_courses_only(advisor, courses):
    known_portfolio(advisor, courses)
    busy_stranger(courses)
    distribution = completion_distribution(advisor)
    assert distribution["core_count"] == 2
    assert distribution["total"] == 4
    assert bands(distribution) == {
        "0": 2,
        "1-25": 0,
        "26-50": 1,
        "51-75": 0,
        "76-99": 0,
        "100": 1,
    }


def test_bands_round_up_and_keep_100_for_all_done():
    assert _band_of(0, 3) == "0"
    assert _band_of(1, 200) == "1-25"
    assert _band_of(1, 4) == "1-25"
    assert _band_of(1, 3) == "26-50"
    assert _band_of(2, 3) == "51-75"
    assert _band_of(199, 200) == "76-99"
    assert _band_of(3, 3) == "100"
    assert _band_of(2, 0) == "0"


def test_without_core_courses_everyone_is_at_zero(advisor, home_page):
    follow(advisor, *BusinessFactory.create_batch(2))
    distribution = completion_distribution(advisor)
    assert distribution["core_count"] == 0
    assert bands(distribution)["0"] == 2


def test_funnel_counts_each_stage(advisor, courses):
    known_portfolio(advisor, courses)
    busy_stranger(courses)
    assert stages(funnel(advisor)) == {
        "signed_up": 4,
        "diagnostic": 2,
        "course": 3,  # any course: "full", "half" (one core course) and "other"
        "storefront": 1,
        "grant": 1,
    }


def test_funnel_counts_every_submitted_status_but_not_drafts(advisor, courses):
    from tests.advising.charts.helpers import application

    statuses = ["draft", "ready", "submitted", "more_info", "approved", "paid", "rejected"]
    businesses = BusinessFactory.create_batch(len(statuses))
    follow(advisor, *businesses)
    for business, status in zip(businesses, statuses, strict=True):
        application(business, status)
    assert stages(funnel(advisor))["grant"] == 5


def test_weekly_active_learners_counts_distinct_owners_per_week(advisor, courses):
    portfolio = known_portfolio(advisor, courses)
    busy_stranger(courses)
    full, half, other = portfolio["full"].owner, portfolio["half"].owner, portfolio["other"].owner
    # "full": enrols on 3 March, finishes a lesson on 4 March, opens a lesson on 10 March.
    from courses.models import Enrolment

    Enrolment.objects.filter(user=full).delete()
    first = enrol(
        full,
        courses["core_a"],
        enrolled_at=at(2025, 3, 3),
        last_activity_at=at(2025, 3, 10),
    )
    lesson_done(first, at(2025, 3, 4))
    # "half": enrolled long ago, fails a quiz on 11 March (twice: still one learner).
    Enrolment.objects.filter(user=half).delete()
    old = enrol(half, courses["core_a"], enrolled_at=at(2024, 10, 1))
    quiz_attempt(old, at(2025, 3, 11))
    quiz_attempt(old, at(2025, 3, 11, 15))
    # "other": a lesson on 2 January, in the oldest week shown (Monday 30 December)...
    Enrolment.objects.filter(user=other).delete()
    lesson_done(enrol(other, courses["other"], enrolled_at=at(2024, 11, 1)), at(2025, 1, 2))
    # ... and activity after "today"'s week is not shown.
    enrol(other, courses["core_b"], enrolled_at=at(2025, 3, 17))

    weeks = weekly_active_learners(advisor, today=TODAY)
    assert len(weeks) == 12
    assert weeks[0].week == date(2024, 12, 23)
    assert weeks[-1].week == date(2025, 3, 10)
    counts = {week.week: week.count for week in weeks}
    assert counts[date(2025, 3, 10)] == 2  # full (opened a lesson) and half (quiz)
    assert counts[date(2025, 3, 3)] == 1
    assert counts[date(2024, 12, 30)] == 1
    assert sum(counts.values()) == 4
    assert weeks[-1].label == "10/03"
    assert weeks[-1].iso == "2025-W11"


def test_a_second_advisor_never_counts_the_first_ones_businesses(advisor, other_advisor, courses):
    known_portfolio(advisor, courses)
    distribution = completion_distribution(other_advisor)
    assert distribution["total"] == 0
    assert set(stages(funnel(other_advisor)).values()) == {0}
    assert sum(week.count for week in weekly_active_learners(other_advisor)) == 0
    # Naming the first advisor changes nothing for another advisor.
    assert completion_distribution(other_advisor, advisor=advisor.pk)["total"] == 0
    assert stages(funnel(other_advisor, advisor=advisor.pk))["signed_up"] == 0


def test_staff_see_everything_or_one_advisors_portfolio(advisor, other_advisor, staff, courses):
    known_portfolio(advisor, courses)
    stranger = busy_stranger(courses)
    follow(other_advisor, stranger)
    assert stages(funnel(staff)) == {
        "signed_up": 5,
        "diagnostic": 3,
        "course": 4,
        "storefront": 2,
        "grant": 2,
    }
    assert stages(funnel(staff, advisor=other_advisor.pk))["signed_up"] == 1
    assert completion_distribution(staff, advisor=advisor)["total"] == 4
    weeks = {w.week: w.count for w in weekly_active_learners(staff, today=TODAY)}
    assert weeks[date(2025, 1, 6)] == 3  # the three enrolments of the known portfolio
    assert weeks[date(2025, 3, 10)] == 1  # the stranger
    mine = weekly_active_learners(staff, today=TODAY, advisor=advisor)
    assert sum(w.count for w in mine) == 3
