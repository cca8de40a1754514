"""The demo's open copy of the chèque: labelled as an example, dates around today, idempotent."""

from datetime import date

import pytest

from demo.programmes import example_slug, load_demo_programmes
from onboarding.grants.models import Programme

pytestmark = pytest.mark.django_db


def test_the_example_is_open_labelled_and_keeps_the_rules():
    today = date(2031, 8, 31)
    example = load_demo_programmes(today)
    real = Programme.objects.get(slug="cheque-france-num")
    assert example.slug == example_slug()
    assert example.is_example and example.published
    assert example.name == "Exemple – Chèque France Num"
    assert "démonstration" in example.description
    assert example.is_open(today)
    assert example.expenses_from == date(2030, 8, 31)
    assert example.expenses_until == date(2032, 2, 29)  # the 31st becomes the month's last
    assert example.application_deadline == date(2032, 2, 29)
    assert example.activity_started_before == today
    for field in ("flat_amount", "max_headcount", "minimum_spend", "eligible_categories"):
        assert getattr(example, field) == getattr(real, field)
    example.clean()


def test_loading_twice_keeps_one_copy_and_moves_its_dates():
    load_demo_programmes(date(2030, 1, 15))
    load_demo_programmes(date(2030, 3, 1))
    examples = Programme.objects.filter(is_example=True)
    assert examples.count() == 1
    assert examples.get().application_deadline == date(2030, 9, 1)


def test_nothing_to_copy_without_the_real_cheque():
    Programme.objects.filter(slug="cheque-france-num").delete()
    assert load_demo_programmes(date(2030, 1, 15)) is None
