"""An owner with a shop, orders and a certificate downloads all her data, then erases her
account, by clicking from her home page; what the law keeps stays, nothing names her."""

import io
import json
import re
import zipfile

import pytest

from accounts.models import User
from certificates.models import Certificate
from storefront_builder.models import Order, OrderLine, ShopStatus
from tests.accounts.factories import PASSWORD
from tests.accounts.personal_data_factories import make_everything
from tests.browser.conftest import ARTIFACTS

# serialized_rollback: see tests/conftest.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, base, email):
    page.goto(base + "/")
    page.get_by_role("link", name="Se connecter").first.click()
    page.get_by_label("E-mail").fill(email)
    page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()


def test_download_then_erase_by_clicking(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    everything = make_everything(load_demo_site())
    owner = everything.owner
    name, email = owner.get_full_name(), owner.email
    base = live_server.url

    sign_in(page, base, email)
    page.wait_for_url(re.compile(r"/mon-plan/$"))
    # Her home page → the account menu → "Mes données".
    page.locator("summary.account-menu-toggle").click()
    page.locator(".account-menu-panel").get_by_role("link", name="Mes données").click()
    page.wait_for_url(re.compile(r"/compte/mes-donnees/$"))
    assert "version du" in page.content()

    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger mes données (ZIP)").click()
    archive = zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read()))  # noqa: SIM115
    data = json.loads(archive.read("donnees.json").decode("utf-8"))
    assert data["account"]["email"] == email
    assert data["account"]["consents"]
    assert data["businesses"][0]["siret"] == everything.business.siret
    assert data["diagnostics"] and data["learning"] and data["events"]["registrations"]
    assert data["certificates"][0]["code"] == everything.certificate.code
    assert {a["status"] for a in data["grant_applications"]} == {"Déposée", "Brouillon"}
    assert data["shops"]["shops"][0]["orders"][0]["number"] == everything.shop_order.number
    assert data["shops"]["orders_placed"][0]["number"] == everything.placed_order.number
    assert data["advising"]["reminders_received"]
    files = [n for n in archive.namelist() if n.startswith("fichiers/")]
    for folder in ("certificates", "grant_applications", "shops"):
        assert any(n.startswith(f"fichiers/{folder}/") for n in files), folder

    # The erasure: the page says what is kept and until when, then asks for the password.
    assert "L123-22" in page.content() and "Jusqu'au" in page.content()
    page.locator("summary", has_text="Effacer mon compte").click()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "personal-data.png"), full_page=True)
    page.get_by_label("Votre mot de passe, pour confirmer").fill(PASSWORD)
    page.get_by_role("button", name="Oui, effacer mon compte").click()
    page.wait_for_url(re.compile(r"/compte/efface/$"))
    assert "Votre compte est effacé" in page.content()
    assert page.get_by_role("link", name="Se connecter").count() >= 1

    # She can no longer sign in.
    sign_in(page, base, email)
    assert "/compte/login/" in page.url
    assert "mon-plan" not in page.url

    # Her shop is offline; its orders' accounting stays, without the customers' details.
    response = page.goto(f"{base}/boutiques/{everything.shop.slug}/")
    assert response.status == 404
    everything.shop.refresh_from_db()
    assert everything.shop.status == ShopStatus.DRAFT
    order = Order.objects.get(pk=everything.shop_order.pk)
    assert order.total == everything.shop_order.total
    assert OrderLine.objects.filter(order=order).count() == 1
    assert order.customer_email == ""
    stub = User.objects.get(pk=owner.pk)
    assert stub.erased_at is not None and stub.email != email

    # The certificate's code still answers, without her name.
    page.goto(f"{base}/certificats/verifier/{everything.certificate.code}/")
    assert "Ce certificat a été révoqué" in page.content()
    assert name not in page.content()
    assert Certificate.objects.get(pk=everything.certificate.pk).holder_name == ""
