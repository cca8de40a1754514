"""Each eligibility rule, passing, failing on its own with its reason, or absent."""

from datetime import date
from decimal import Decimal

import pytest

from onboarding.grants.eligibility import (
    ACTIVITY_START,
    CLOSURE,
    DEADLINE,
    EXCLUDED_DEPARTMENT,
    HEADCOUNT,
    INCLUDED_DEPARTMENT,
    SECTOR,
    TURNOVER,
    RuleCheck,
    business_checks,
    expense_problems,
    is_eligible,
)
from onboarding.grants.models import ExpenseCategory
from tests.onboarding.grants.factories import TODAY, business, programme

NBSP = "\u00a0"
NNBSP = "\u202f"  # between thousands, in French


def failing(checks):
    return [check for check in checks if not check.passed]


def test_a_business_meeting_every_rule_passes_every_check():
    checks = business_checks(programme(), business(), today=TODAY)
    assert [check.code for check in checks] == [
        HEADCOUNT,
        TURNOVER,
        CLOSURE,
        ACTIVITY_START,
        EXCLUDED_DEPARTMENT,
        SECTOR,
        DEADLINE,
    ]
    assert all(isinstance(check, RuleCheck) and check.passed for check in checks)
    assert all(check.message for check in checks)
    assert is_eligible(checks)


@pytest.mark.parametrize(
    ("change", "code", "message"),
    [
        (
            {"headcount": 12},
            HEADCOUNT,
            "Effectif : 12 salariés, le programme exige moins de 11 salariés.",
        ),
        (
            {"annual_turnover": Decimal("2000000.01")},
            TURNOVER,
            f"Chiffre d'affaires : 2{NNBSP}000{NNBSP}000,01{NBSP}€, le programme exige au plus "
            f"2{NNBSP}000{NNBSP}000{NBSP}€.",
        ),
        (
            {"closed_by_decree": False},
            CLOSURE,
            "Fermeture administrative : l'entreprise n'a pas été fermée au public par décision "
            "administrative, le programme l'exige.",
        ),
        (
            {"created_on": date(2020, 10, 30)},
            ACTIVITY_START,
            "Date de création : 30 octobre 2020, le programme exige une activité commencée "
            "avant le 30 octobre 2020.",
        ),
        (
            {"postcode": "98800"},
            EXCLUDED_DEPARTMENT,
            "Territoire : 988, le programme exclut les territoires 986, 987, 988.",
        ),
        (
            {"sector": "hospitality"},
            SECTOR,
            "Secteur : Hôtellerie, restauration, cafés, le programme est réservé aux secteurs : "
            "Commerce non alimentaire, Artisanat.",
        ),
    ],
)
def test_each_business_rule_fails_on_its_own_with_its_reason(change, code, message):
    checks = business_checks(programme(), business(**change), today=TODAY)
    assert failing(checks) == [RuleCheck(code, False, message)]
    assert not is_eligible(checks)


def test_the_deadline_fails_on_its_own_the_day_after():
    checks = business_checks(programme(), business(), today=date(2021, 8, 1))
    assert failing(checks) == [
        RuleCheck(
            DEADLINE,
            False,
            "Date limite : les demandes étaient à déposer au plus tard le 31 juillet 2021.",
        )
    ]


def test_the_deadline_day_itself_is_still_open():
    checks = business_checks(programme(), business(), today=date(2021, 7, 31))
    assert is_eligible(checks)


def test_limits_are_inclusive_for_headcount_and_turnover():
    exactly = business(headcount=10, annual_turnover=Decimal("2000000"))
    checks = business_checks(programme(), exactly, today=TODAY)
    assert is_eligible(checks)
    assert (
        checks[0].message
        == "Effectif : 10 salariés, moins de 11 salariés comme le programme l'exige."
    )


def test_several_failures_are_all_reported():
    checks = business_checks(
        programme(), business(headcount=50, closed_by_decree=False), today=TODAY
    )
    assert [check.code for check in failing(checks)] == [HEADCOUNT, CLOSURE]


def test_included_departments_accept_listed_ones_only():
    idf = programme(included_departments=["75", "92", "2A"], excluded_departments=[])
    assert is_eligible(business_checks(idf, business(postcode="75011"), today=TODAY))
    assert is_eligible(business_checks(idf, business(postcode="20000"), today=TODAY))  # 2A
    checks = business_checks(idf, business(postcode="69003"), today=TODAY)
    assert failing(checks) == [
        RuleCheck(
            INCLUDED_DEPARTMENT,
            False,
            "Département : 69, le programme ne couvre que les départements 75, 92, 2A.",
        )
    ]


def test_overseas_departments_use_three_digits():
    checks = business_checks(programme(), business(postcode="97400"), today=TODAY)
    assert is_eligible(checks)  # La Réunion is not excluded by the chèque


def test_unset_rules_give_no_check():
    bare = programme(
        max_headcount=None,
        max_turnover=None,
        closure_required=False,
        activity_started_before=None,
        excluded_departments=[],
        eligible_sectors=[],
        application_deadline=None,
    )
    assert business_checks(bare, business(headcount=500, postcode="98800"), today=TODAY) == []
    assert is_eligible([])


def test_closure_not_required_means_no_closure_check():
    checks = business_checks(
        programme(closure_required=False), business(closed_by_decree=False), today=TODAY
    )
    assert CLOSURE not in [check.code for check in checks]
    assert is_eligible(checks)


def test_messages_of_passing_checks_explain_the_rule():
    checks = {check.code: check for check in business_checks(programme(), business(), today=TODAY)}
    assert checks[DEADLINE].message == (
        "Date limite : les demandes sont ouvertes jusqu'au 31 juillet 2021 inclus."
    )
    assert checks[ACTIVITY_START].message == (
        "Date de création : 2 mars 2015, avant le 30 octobre 2020 comme exigé."
    )


class TestExpenses:
    @pytest.mark.parametrize("day", [date(2020, 10, 30), date(2021, 1, 15), date(2021, 6, 30)])
    def test_invoices_inside_the_window_edges_included_count(self, day):
        assert expense_problems(programme(), invoice_date=day, category="website") == []

    def test_the_day_before_the_window(self):
        assert expense_problems(
            programme(), invoice_date=date(2020, 10, 29), category="website"
        ) == [
            "Facture du 29 octobre 2020 : le programme ne retient que les dépenses à partir du "
            "30 octobre 2020."
        ]

    def test_the_day_after_the_window(self):
        assert expense_problems(programme(), invoice_date=date(2021, 7, 1), category="website") == [
            "Facture du 1er juillet 2021 : le programme ne retient que les dépenses jusqu'au "
            "30 juin 2021."
        ]

    def test_a_category_outside_the_list(self):
        assert expense_problems(
            programme(), invoice_date=date(2021, 1, 15), category=ExpenseCategory.DELIVERY
        ) == [
            "Catégorie « Gestion – Logistique et livraison » : elle ne fait pas partie des "
            "dépenses éligibles au programme."
        ]

    def test_date_and_category_both_reported(self):
        problems = expense_problems(programme(), invoice_date=date(2019, 1, 1), category="delivery")
        assert len(problems) == 2

    def test_no_window_and_no_categories_accept_anything(self):
        open_ended = programme(expenses_from=None, expenses_until=None, eligible_categories=[])
        assert expense_problems(open_ended, invoice_date=date(1999, 1, 1), category="x") == []
