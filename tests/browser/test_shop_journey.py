"""An owner builds and publishes her storefront with the wizard (products imported from a CSV
file); a customer orders on a phone; the owner marks the order ready; the customer is told."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from storefront_builder.models import Order
from tests.accounts.factories import OwnerFactory
from tests.browser.conftest import ARTIFACTS
from tests.browser.shopping import add_and_go_to_checkout, fill_checkout
from tests.browser.test_certificate_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CATALOGUE = (
    "nom;prix;stock;rayon;description\n"
    "Baguette tradition;1,30;;Pains;Farine Label Rouge\n"
    "Croissant;1,20;30;Viennoiseries;Pur beurre\n"
    "Tarte aux fraises;18,50;2;Pâtisseries;Six parts\n"
    "Erreur de prix;abc;;Pains;\n"
)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"shop-{name}.png"), full_page=True)


def fill_week(page, *, start: str, end: str) -> None:
    """Monday to Saturday, one range each."""
    for day in range(6):
        page.locator(f"[name=d{day}_0_start]").fill(start)
        page.locator(f"[name=d{day}_0_end]").fill(end)


def test_build_publish_order_ready(page, browser, live_server, settings, tmp_path, communes):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    load_demo_site()
    lili = OwnerFactory(first_name="Lili", last_name="Rousseau")
    base = live_server.url

    # The wizard: identity, hours, pickup, payment.
    sign_in(page, base, lili)
    page.goto(base + "/ma-boutique/identite/")
    page.locator("[name=name]").fill("Chez Lili")
    page.locator("[name=slug]").fill("chez-lili")
    page.locator("[name=category]").select_option("bakery")
    page.locator("[name=street_address]").fill("8 rue des Tables Claudiennes")
    page.locator("[name=postcode]").fill("69001")
    page.locator("[name=commune]").fill("Lyon")
    page.locator("[name=phone]").fill("04 78 00 11 22")
    page.locator("textarea[name=description]").fill(
        "Pains et gâteaux maison.\n<script>alert('x')</script> https://example.org"
    )
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.goto(base + "/ma-boutique/horaires/")
    fill_week(page, start="07:00", end="19:00")
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.goto(base + "/ma-boutique/retrait/")
    fill_week(page, start="08:00", end="18:00")
    page.locator("[name=lead_time_minutes]").fill("30")
    page.get_by_role("button", name="Enregistrer et continuer").click()
    page.goto(base + "/ma-boutique/paiement/")
    page.get_by_role("button", name=re.compile("paiement au retrait")).click()

    # The catalogue from a CSV file: the bad row is reported, the good ones confirmed.
    csv_file = tmp_path / "produits.csv"
    csv_file.write_text(CATALOGUE, encoding="utf-8")
    page.goto(base + "/ma-boutique/produits/import/")
    page.locator("input[type=file]").set_input_files(str(csv_file))
    page.get_by_role("button", name="Lire le fichier").click()
    errors = page.locator("table.import-errors tbody tr")
    assert errors.count() == 1
    assert errors.first.locator("td").first.inner_text().strip() == "5"
    shot(page, "import-report")
    page.locator("[name=errors_read]").check()
    page.get_by_role("button", name="Importer les lignes valides").click()
    page.goto(base + "/ma-boutique/produits/")
    assert "Tarte aux fraises" in page.content()
    assert "Erreur de prix" not in page.content()

    # Publication.
    page.goto(base + "/ma-boutique/publier/")
    page.get_by_role("button", name="Mettre ma boutique en ligne").click()
    shot(page, "published")

    # A customer, on a phone, with no account.
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR")
    customer = phone.new_page()
    customer.goto(base + "/boutiques/")
    customer.get_by_role("link", name="Chez Lili").first.click()
    assert "<script>alert" not in customer.content()
    # Nothing wider than the phone: no sideways scrolling.
    assert customer.evaluate("document.documentElement.scrollWidth") <= 390
    shot(customer, "storefront")
    add_and_go_to_checkout(customer, "Tarte aux fraises")
    fill_checkout(customer, name="Nina Dubois", email="nina@example.org", phone="06 12 34 56 78")
    assert customer.evaluate("document.documentElement.scrollWidth") <= 390
    shot(customer, "checkout")
    customer.get_by_role("button", name="Valider la commande").click()
    order = Order.objects.get()
    assert order.number in customer.content()
    assert any("nina@example.org" in message.to for message in mail.outbox)
    shot(customer, "order")

    # The owner prepares the order, then marks it ready: the customer gets an e-mail.
    sent = len(mail.outbox)
    day = timezone.localtime(order.slot.starts_at).date().isoformat()
    page.goto(f"{base}/ma-boutique/commandes/?jour={day}")
    assert order.number in page.content()
    for _step in ("preparing", "ready"):
        # The first button of the order's row is always its next step.
        page.locator(f"#commande-{order.pk} form button").first.click()
    shot(page, "orders")
    order.refresh_from_db()
    assert order.status == "ready"
    ready = mail.outbox[sent:]
    assert any("nina@example.org" in message.to for message in ready)
    assert any(order.number in message.body for message in ready)
    phone.close()
