"""Businesses, a programme with explicit rules, invoices of every kind, and a private storage
in a temporary folder, so the tests can look at the disk and see that nothing was stored."""

import io
from datetime import date
from decimal import Decimal

import pikepdf
import pytest
from django.core.files.storage import FileSystemStorage
from PIL import Image
from stdnum import luhn

from advising.models import Assignment
from onboarding.dossiers.models import Expense
from onboarding.grants.models import AmountKind, ExpenseCategory, Programme
from onboarding.profile.models import Business
from tests.accounts.factories import AdvisorFactory, OwnerFactory, totp_for

SIRET = "73282932000074"


def make_siret(siren_prefix: str, nic: str = "0001") -> str:
    """A SIRET whose SIREN (8 digits + key) and whole number both pass the Luhn check."""
    siren = siren_prefix + luhn.calc_check_digit(siren_prefix)
    body = siren + nic
    return body + luhn.calc_check_digit(body)


def make_business(owner, siret: str = SIRET, **changes) -> Business:
    values = {
        "owner": owner,
        "siret": siret,
        "trade_name": "Boulangerie Martin",
        "legal_form": "sarl",
        "naf_code": "1071C",
        "headcount": 4,
        "annual_turnover": Decimal("250000"),
        "created_on": date(2015, 3, 1),
        "postcode": "69003",
        "commune": "Lyon",
        "sector": "food_retail",
    }
    return Business.objects.create(**{**values, **changes})


def make_programme(**changes) -> Programme:
    values = {
        "name": "Chèque numérique test",
        "slug": "cheque-numerique-test",
        "funder": "Région test",
        "summary": "Une aide pour tester.",
        "amount_kind": AmountKind.FLAT,
        "flat_amount": Decimal("500"),
        "minimum_spend": Decimal("450"),
        "max_headcount": 10,
        "max_turnover": Decimal("2000000"),
        "expenses_from": date(2020, 1, 1),
        "expenses_until": date(2099, 12, 31),
        "eligible_categories": [ExpenseCategory.WEBSITE, ExpenseCategory.PAYMENT],
    }
    return Programme.objects.create(**{**values, **changes})


def pdf_bytes(text: str = "Facture") -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image_bytes(fmt: str = "PNG", size=(200, 100), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "white").save(out, format=fmt)
    return out.getvalue()


@pytest.fixture(autouse=True)
def private_dir(tmp_path, monkeypatch):
    """Invoices go to a temporary private folder for the test's duration."""
    folder = tmp_path / "private"
    field = Expense._meta.get_field("invoice")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=folder))
    return folder


@pytest.fixture(autouse=True)
def _site(home_page):
    """The pages extend base.html, which reads the site's navigation."""


@pytest.fixture
def business(owner):
    return make_business(owner)


@pytest.fixture
def programme(db):
    return make_programme()


@pytest.fixture
def other_owner(db):
    user = OwnerFactory()
    make_business(user, siret=make_siret("44306184"), trade_name="Fleurs du Quai")
    return user


@pytest.fixture
def assigned_advisor(advisor, business):
    Assignment.objects.create(advisor=advisor, business=business)
    return advisor


@pytest.fixture
def unassigned_advisor(db):
    user = AdvisorFactory()
    totp_for(user)  # advisors must have a second factor to reach any page
    return user
