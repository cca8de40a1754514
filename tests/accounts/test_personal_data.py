"""RGPD: consent at sign-up, the export of everything, the erasure and what it keeps."""

import io
import json
import re
import zipfile
from datetime import date

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Consent, User
from accounts.personal_data import sections
from accounts.privacy import erase_account, export_archive, purge_expired
from advising.models import Note, Reminder
from certificates.models import Certificate
from core.formatting import written_date
from courses.live.models import CalendarFeed, Registration
from courses.models import Enrolment, QuizAttempt
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from onboarding.profile.models import Business
from storefront_builder.models import NetworkMembership, Order, OrderLine, OrderStatus, ShopStatus
from tests.accounts.factories import PASSWORD, OwnerFactory
from tests.accounts.personal_data_factories import make_everything
from tests.storefront_builder.backoffice.factories import make_order, make_product
from tests.storefront_builder.storefront.factories import make_slot

pytestmark = pytest.mark.django_db

SIGNUP_DATA = {
    "first_name": "Amélie",
    "last_name": "Durand",
    "email": "amelie@fleuriste.example",
    "password1": "Bouquets-de-saison-2026",
    "password2": "Bouquets-de-saison-2026",
    "accept_terms": "on",
}


def _archive(response) -> tuple[dict, list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        data = json.loads(archive.read("donnees.json").decode("utf-8"))
    return data, names


def test_signup_records_the_consent_with_its_version(client):
    client.post(reverse("account_signup"), SIGNUP_DATA)
    user = User.objects.get(email="amelie@fleuriste.example")
    [consent] = Consent.objects.filter(user=user)
    assert consent.version == settings.PRIVACY_POLICY_VERSION
    assert consent.document == Consent.Document.TERMS_AND_PRIVACY


def test_signup_without_accepting_records_nothing(client):
    client.post(reverse("account_signup"), {**SIGNUP_DATA, "accept_terms": ""})
    assert not User.objects.exists()
    assert not Consent.objects.exists()


def test_every_app_contributes_a_section():
    keys = {section.key for section in sections()}
    assert keys >= {
        "account",
        "businesses",
        "diagnostics",
        "learning",
        "events",
        "certificates",
        "grant_applications",
        "shops",
        "advising",
    }


def test_data_page_shows_consent_and_what_erasure_keeps(client, home_page):
    everything = make_everything(home_page)
    client.force_login(everything.owner)
    response = client.get(reverse("accounts:personal_data"))
    page = response.content.decode()
    assert response.status_code == 200
    version = date.fromisoformat(settings.PRIVACY_POLICY_VERSION)
    assert f"version du {written_date(version, 'j F Y')}" in page  # « 4 décembre 2026 »
    assert "L123-22" in page
    assert "Télécharger mes données (ZIP)" in page
    assert "Effacer mon compte" in page


def test_data_page_is_linked_from_the_account_menu(client, home_page):
    client.force_login(OwnerFactory())
    page = client.get(reverse("onboarding:plan")).content.decode()
    assert reverse("accounts:personal_data") in page


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for name in ("accounts:personal_data", "accounts:personal_data_export"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert "/compte/login/" in response.url
    response = client.post(reverse("accounts:erase"), {"confirmation": "oui"})
    assert response.status_code == 302


def test_export_holds_every_kind_of_record_and_her_files(client, home_page):
    everything = make_everything(home_page)
    client.force_login(everything.owner)
    response = client.get(reverse("accounts:personal_data_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "private, no-store"
    data, names = _archive(response)

    assert data["account"]["email"] == everything.owner.email
    assert data["account"]["consents"][0]["version"] == settings.PRIVACY_POLICY_VERSION
    assert data["businesses"][0]["trade_name"] == everything.business.trade_name
    assert data["diagnostics"][0]["overall_score"] == 40
    assert data["learning"][0]["lessons_done"]
    assert data["learning"][0]["quiz_attempts"][0]["score"] == 80
    registration = data["events"]["registrations"][0]
    assert registration["attendance"][0]["present"] is True
    assert data["events"]["calendar_feed_created_at"]
    assert data["certificates"][0]["code"] == everything.certificate.code
    applications = {a["status"]: a for a in data["grant_applications"]}
    assert applications["Déposée"]["iban"] == "FR7630006000011234567890189"
    assert applications["Déposée"]["expenses"][0]["supplier"] == "Agence Web"
    shop = data["shops"]["shops"][0]
    assert shop["products"][0]["name"] == "Baguette"
    assert shop["slots"] and shop["pickup_windows"]
    assert shop["orders"][0]["number"] == everything.shop_order.number
    assert shop["orders"][0]["lines"][0]["quantity"] == 2
    assert shop["networks"][0]["network"] == "Commerçants de la rue des Arts"
    assert data["shops"]["networks_coordinated"][0]["name"] == "Commerçants de la rue des Arts"
    assert data["shops"]["orders_placed"][0]["number"] == everything.placed_order.number
    assert data["advising"]["reminders_received"][0]["subject"] == "Votre diagnostic"
    # The advisors' private notes are theirs, not hers.
    assert "Note privée du conseiller." not in json.dumps(data, ensure_ascii=False)

    assert "donnees.json" in names and "LISEZ-MOI.txt" in names
    files = [name for name in names if name.startswith("fichiers/")]
    assert any(name.startswith("fichiers/certificates/certificat-") for name in files)
    assert sum(name.startswith("fichiers/grant_applications/") for name in files) == 2
    assert any("/logo-" in name for name in files)
    assert any(name.startswith("fichiers/shops/produits/") for name in files)


def test_export_is_readable_json_with_iso_dates():
    owner = OwnerFactory(first_name="Élodie")
    archive = zipfile.ZipFile(io.BytesIO(export_archive(owner)))
    text = archive.read("donnees.json").decode("utf-8")
    assert "Élodie" in text  # UTF-8, not \u escapes
    assert "\n  " in text  # indented
    data = json.loads(text)
    assert data["account"]["date_joined"].startswith(str(owner.date_joined.year))
    assert "T" in data["account"]["date_joined"]


def test_a_second_account_never_gets_anothers_data(client, home_page):
    everything = make_everything(home_page)
    other = OwnerFactory()
    client.force_login(other)
    data, names = _archive(client.get(reverse("accounts:personal_data_export")))
    text = json.dumps(data, ensure_ascii=False)
    assert data["account"]["email"] == other.email
    assert everything.owner.email not in text
    assert everything.business.trade_name not in text
    assert everything.certificate.code not in text
    assert everything.shop_order.number not in text
    assert [name for name in names if name.startswith("fichiers/")] == []


def test_export_reads_a_constant_number_of_queries(home_page):
    """A second set of records of every kind adds no query."""
    everything = make_everything(home_page)
    with CaptureQueriesContext(connection) as first:
        export_archive(everything.owner)
    slot = make_slot(everything.shop, in_hours=-72)
    for _ in range(5):
        make_order(
            slot, [(make_product(everything.shop), 1)], status=OrderStatus.CANCELLED, book=False
        )
    with CaptureQueriesContext(connection) as second:
        export_archive(everything.owner)
    assert len(second) == len(first)
    assert len(first) <= 40


# --- Erasure ----------------------------------------------------------------------------------


def _erase(client, user, **data):
    client.force_login(user)
    return client.post(
        reverse("accounts:erase"), {"confirmation": "oui", "password": PASSWORD, **data}
    )


def test_erasure_keeps_only_what_the_law_requires(
    client, home_page, django_capture_on_commit_callbacks
):
    everything = make_everything(home_page)
    owner = everything.owner
    old_email = owner.email
    with django_capture_on_commit_callbacks(execute=True):
        response = _erase(client, owner)
    assert response.status_code == 302
    assert response.url == reverse("accounts:erased")

    owner.refresh_from_db()
    assert owner.erased_at is not None
    assert (owner.first_name, owner.last_name, owner.is_active) == ("", "", False)
    assert owner.email.endswith("@efface.invalid")
    assert not owner.has_usable_password()
    assert not EmailAddress.objects.filter(user=owner).exists()
    assert not Consent.objects.filter(user=owner).exists()
    # Deleted: nothing a law asks to keep.
    assert not DiagnosticResult.objects.exists()
    assert not Enrolment.objects.filter(user=owner).exists()
    assert not QuizAttempt.objects.exists()
    assert not Registration.objects.filter(user=owner).exists()
    assert not CalendarFeed.objects.filter(user=owner).exists()
    assert not Note.objects.exists() and not Reminder.objects.exists()
    assert not Application.objects.filter(pk=everything.draft.pk).exists()
    # Kept: the submitted dossier, whole, for the funder.
    submitted = Application.objects.get(pk=everything.submitted.pk)
    assert submitted.iban == "FR7630006000011234567890189"
    assert submitted.expenses.count() == 1
    business = Business.objects.get(pk=everything.business.pk)
    assert business.siret == everything.business.siret  # the applicant the funder checks
    assert business.website == ""
    # Kept: the shop's accounting, without the customers' contact details.
    shop = everything.shop
    shop.refresh_from_db()
    assert shop.status == ShopStatus.DRAFT and shop.logo is None and shop.phone == ""
    assert not shop.products.filter(visible=True).exists()
    # Out of the network she coordinated, which stays for her neighbour.
    assert not shop.network_memberships.exists()
    assert NetworkMembership.objects.filter(network__name__contains="rue des Arts").count() == 1
    order = Order.objects.get(pk=everything.shop_order.pk)
    assert order.total == everything.shop_order.total
    assert OrderLine.objects.filter(order=order).count() == 1
    assert (order.customer_name, order.customer_email, order.customer_phone, order.note) == (
        "",
        "",
        "",
        "",
    )
    assert order.customer_erased_at is not None
    placed = Order.objects.get(pk=everything.placed_order.pk)
    assert placed.customer_email == "" and placed.total == everything.placed_order.total
    # Certificates: revoked at her request, no name, no PDF.
    certificate = Certificate.objects.get(pk=everything.certificate.pk)
    assert certificate.revoked_at is not None
    assert "demande du titulaire" in certificate.revoked_reason
    assert (certificate.holder_name, certificate.business_name, certificate.pdf.name) == (
        "",
        "",
        "",
    )

    # Signed out; the old address signs in no more, and signs up again as a new person.
    assert "_auth_user_id" not in client.session
    assert not client.login(email=old_email, password=PASSWORD)
    client.post(reverse("account_signup"), {**SIGNUP_DATA, "email": old_email})
    newcomer = User.objects.get(email=old_email)
    assert newcomer.pk != owner.pk and newcomer.erased_at is None


def test_erased_business_without_dossier_loses_its_siret(client, home_page):
    everything = make_everything(home_page)
    Application.objects.filter(pk=everything.submitted.pk).update(status="draft")
    _erase(client, everything.owner)
    business = Business.objects.get(pk=everything.business.pk)
    assert business.siret.startswith("E") and business.trade_name == ""
    assert business.commune == ""


def test_verification_page_no_longer_names_her(client, home_page):
    everything = make_everything(home_page)
    name = everything.owner.get_full_name()
    _erase(client, everything.owner)
    client.logout()
    response = client.get(reverse("certificates:verify", args=[everything.certificate.code]))
    page = response.content.decode()
    assert response.status_code == 200
    assert name not in page and everything.business.trade_name not in page
    assert "révoqué" in page
    badge = client.get(reverse("badges:assertion", args=[everything.certificate.pk]))
    assert badge.status_code == 410
    assert "demande du titulaire" in badge.json()["revocationReason"]


def test_her_storefront_is_gone(client, home_page):
    everything = make_everything(home_page)
    _erase(client, everything.owner)
    client.logout()
    response = client.get(reverse("shops:storefront", args=[everything.shop.slug]))
    assert response.status_code == 404


def test_without_confirmation_nothing_is_erased(client, home_page):
    everything = make_everything(home_page)
    client.force_login(everything.owner)
    response = client.post(reverse("accounts:erase"), {"password": PASSWORD})
    assert response.status_code == 400
    assert "Rien n&#x27;a été effacé" in response.content.decode()
    everything.owner.refresh_from_db()
    assert everything.owner.erased_at is None and everything.owner.is_active


def test_a_wrong_password_erases_nothing(client, home_page):
    everything = make_everything(home_page)
    response = _erase(client, everything.owner, password="pas-le-bon")
    assert response.status_code == 400
    assert "mot de passe n&#x27;est pas le bon" in response.content.decode()
    everything.owner.refresh_from_db()
    assert everything.owner.erased_at is None
    assert DiagnosticResult.objects.exists()


def test_erasure_waits_for_open_orders(client, home_page):
    everything = make_everything(home_page)
    future = make_slot(everything.shop, in_hours=24)
    make_order(future, [(make_product(everything.shop), 1)])
    response = _erase(client, everything.owner)
    assert response.status_code == 409
    assert "1 commande en cours" in response.content.decode()
    everything.owner.refresh_from_db()
    assert everything.owner.erased_at is None
    assert Order.objects.filter(customer_name__startswith="Claire").count() == 2


def test_advisors_and_staff_cannot_erase_their_work_account(client, advisor):
    client.force_login(advisor)
    response = client.post(reverse("accounts:erase"), {"confirmation": "oui", "password": PASSWORD})
    assert response.status_code == 403
    advisor.refresh_from_db()
    assert advisor.erased_at is None


def test_erasing_twice_changes_nothing(home_page):
    everything = make_everything(home_page)
    erase_account(user=everything.owner)
    email = User.objects.get(pk=everything.owner.pk).email
    erase_account(user=User.objects.get(pk=everything.owner.pk))
    assert User.objects.get(pk=everything.owner.pk).email == email


def test_erasure_page_states_the_retention_from_the_settings(client, home_page, settings):
    settings.RGPD_RETENTION = {**settings.RGPD_RETENTION, "orders_accounting_years": 6}
    client.force_login(OwnerFactory())
    page = client.get(reverse("accounts:personal_data")).content.decode()
    year = timezone.localdate().year
    # Orders: six years, from the setting; grant dossiers: ten, the default.
    assert re.search(rf"L123-22\. Jusqu'au [^<]*{year + 6}\.", page), page
    assert re.search(rf"financeur[^<]*\.\s*Jusqu'au [^<]*{year + 10}\.", page)


def test_erasure_costs_the_same_whatever_the_number_of_orders(home_page):
    small, large = make_everything(home_page), make_everything(home_page)
    slot = make_slot(large.shop, in_hours=-72)
    for _ in range(5):
        make_order(slot, [(make_product(large.shop), 1)], status=OrderStatus.COLLECTED, book=False)
    with CaptureQueriesContext(connection) as first:
        erase_account(user=small.owner)
    with CaptureQueriesContext(connection) as second:
        erase_account(user=large.owner)
    assert len(second) == len(first)


def test_what_was_kept_goes_once_its_period_is_over(home_page):
    everything = make_everything(home_page)
    erase_account(user=everything.owner)
    erased_at = User.objects.get(pk=everything.owner.pk).erased_at
    years = settings.RGPD_RETENTION["orders_accounting_years"]

    purge_expired(now=erased_at.replace(year=erased_at.year + years - 1))
    assert Order.objects.filter(pk=everything.shop_order.pk).exists()
    assert Application.objects.filter(pk=everything.submitted.pk).exists()

    deleted = purge_expired(now=erased_at.replace(year=erased_at.year + years + 1))
    assert deleted["shops"] >= 2 and deleted["grant_applications"] >= 1
    assert not Order.objects.filter(pk=everything.shop_order.pk).exists()
    assert not Application.objects.filter(pk=everything.submitted.pk).exists()
    assert not Business.objects.filter(pk=everything.business.pk).exists()
    # Another shop's order she placed as a customer is that shop's accounting: it stays.
    assert Order.objects.filter(pk=everything.placed_order.pk).exists()
    # The certificate still answers for its code; the stub it points to stays.
    assert Certificate.objects.filter(pk=everything.certificate.pk).exists()
