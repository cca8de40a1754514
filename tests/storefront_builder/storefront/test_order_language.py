"""An order keeps the language of the page it was placed from: every e-mail to the customer
about it is written in that language, whoever triggers it (the merchant marking it ready or
cancelling it from a French page), while the merchant reads her own notices in hers."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from storefront_builder.backoffice.services import change_status
from storefront_builder.models import Order, OrderStatus
from storefront_builder.ordering import cancel_order, place_order
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)

pytestmark = pytest.mark.django_db

CUSTOMER = "camille@example.org"


@pytest.fixture(autouse=True)
def _default_language_afterwards():
    """Requests here leave English active in the thread: the next test starts afresh."""
    yield
    translation.deactivate()


def to(outbox, address):
    return [message for message in outbox if message.to == [address]]


def checkout(client, shop, slot, product, capture):
    client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": product.pk, "quantity": 2, "next": "/"},
    )
    data = {
        "customer_name": "Camille Martin",
        "customer_email": CUSTOMER,
        "customer_phone": "06.12.34.56.78",
        "note": "",
        "slot": slot.pk,
    }
    with capture(execute=True):
        response = client.post(reverse("shops:checkout", args=[shop.slug]), data)
    assert response.status_code == 302
    return Order.objects.get(shop=shop)


@pytest.fixture
def shop(db):
    return make_shop(OwnerFactory(), name="Boulangerie du Plateau")


@pytest.fixture
def bread(shop):
    return make_product(shop, name="Fougasse", price=Decimal("4.50"))


def test_an_order_from_the_english_page_is_confirmed_in_english_the_merchant_reads_french(
    client, shop, bread, mailoutbox, django_capture_on_commit_callbacks
):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    order = checkout(
        client, shop, make_slot(shop, in_hours=30), bread, django_capture_on_commit_callbacks
    )
    assert order.language == "en"
    [confirmation] = to(mailoutbox, CUSTOMER)
    assert confirmation.subject == f"Order {order.number} confirmed at Boulangerie du Plateau"
    assert "Hello Camille Martin," in confirmation.body
    assert confirmation.extra_headers["Content-Language"] == "en"
    ics = confirmation.attachments[0][1]
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert f"Pickup of order {order.number}" in ics
    [notice] = to(mailoutbox, shop.owner.email)
    assert notice.subject.startswith(f"Nouvelle commande {order.number}")
    assert notice.extra_headers["Content-Language"] == "fr"


def test_an_order_from_the_french_page_is_confirmed_in_french_an_english_merchant_reads_english(
    client, shop, bread, mailoutbox, django_capture_on_commit_callbacks
):
    shop.owner.language = "en"
    shop.owner.save()
    order = checkout(
        client, shop, make_slot(shop, in_hours=30), bread, django_capture_on_commit_callbacks
    )
    assert order.language == "fr"
    [confirmation] = to(mailoutbox, CUSTOMER)
    assert confirmation.subject == f"Commande {order.number} confirmée chez Boulangerie du Plateau"
    assert "Bonjour Camille Martin," in confirmation.body
    [notice] = to(mailoutbox, shop.owner.email)
    assert notice.subject.startswith(f"New order {order.number}")


def test_ready_and_cancellation_follow_the_order_not_the_merchants_page(
    shop, bread, mailoutbox, django_capture_on_commit_callbacks
):
    slot = make_slot(shop, in_hours=30)
    with django_capture_on_commit_callbacks(execute=True):
        english = place_order(
            shop, lines={bread.pk: 1}, slot_id=slot.pk, language="en", **customer()
        )
        french = place_order(
            shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer(email="lea@example.org")
        )
    mailoutbox.clear()
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        change_status(english, OrderStatus.PREPARING)
        change_status(english, OrderStatus.READY)
        cancel_order(french, by_customer=False)
    [ready] = to(mailoutbox, CUSTOMER)
    assert ready.subject == f"Your order {english.number} is ready at Boulangerie du Plateau"
    [cancelled] = to(mailoutbox, "lea@example.org")
    assert cancelled.subject == f"Commande {french.number} annulée chez Boulangerie du Plateau"

    mailoutbox.clear()
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        cancel_order(english, by_customer=False)
    [cancelled] = to(mailoutbox, CUSTOMER)
    assert cancelled.subject == f"Order {english.number} cancelled at Boulangerie du Plateau"
    assert cancelled.extra_headers["Content-Language"] == "en"


def test_a_language_the_site_does_not_offer_is_kept_as_french(shop, bread):
    slot = make_slot(shop, in_hours=30)
    order = place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, language="de", **customer())
    assert order.language == "fr"
    variant = place_order(
        shop, lines={bread.pk: 1}, slot_id=slot.pk, language="en-us", **customer()
    )
    assert variant.language == "en"
