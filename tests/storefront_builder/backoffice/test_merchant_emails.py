"""The merchant hears of every order and every customer's cancellation, by e-mail to her own
address, in French unless her account says otherwise, once the order has committed; and once,
not at each order, when a product's stock falls to its alert level."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from storefront_builder.catalogue.forms import ProductForm
from storefront_builder.catalogue.services import save_product
from storefront_builder.models import MerchantNotice, NoticeKind, Product
from storefront_builder.ordering import OrderRefused, cancel_order, place_order
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)

pytestmark = pytest.mark.django_db

MERCHANT = "boulangere@plateau.example"


@pytest.fixture
def shop(db):
    return make_shop(OwnerFactory(email=MERCHANT), name="Boulangerie du Plateau")


@pytest.fixture
def slot(shop):
    return make_slot(shop, capacity=20)


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = "https://accelerateur.example"


def to_merchant(outbox):
    return [message for message in outbox if message.to == [MERCHANT]]


def order(shop, slot, lines, capture, **fields):
    with capture(execute=True):
        return place_order(shop, lines=lines, slot_id=slot.pk, **customer(**fields))


def test_a_new_order_is_mailed_to_the_merchant_after_commit(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    bread = make_product(shop, name="Baguette tradition", price=Decimal("1.30"))
    cake = make_product(shop, name="Tarte aux fraises", price=Decimal("18.50"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        placed = place_order(
            shop, lines={bread.pk: 2, cake.pk: 1}, slot_id=slot.pk, **customer(note="Sans sucre")
        )
    assert mailoutbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    [message] = to_merchant(mailoutbox)
    assert placed.number in message.subject
    body = message.body
    assert "Camille Martin" in body and "06 12 34 56 78" in body and "Sans sucre" in body
    assert "2 × Baguette tradition" in body and "1 × Tarte aux fraises" in body
    assert "21,10" in body
    assert f"{timezone.localtime(slot.starts_at):%H:%M}" in body
    url = "https://accelerateur.example" + reverse("shops:order_detail", args=[placed.pk])
    assert url in body
    assert message.reply_to == ["camille@example.org"]


def test_the_merchant_reads_french_whatever_the_customers_language(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    bread = make_product(shop, name="Baguette tradition")
    with translation.override("en"):
        order(shop, slot, {bread.pk: 1}, django_capture_on_commit_callbacks)
    [message] = to_merchant(mailoutbox)
    assert "Nouvelle commande" in message.subject


def test_no_mail_for_each_order_when_she_said_so(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    shop.notify_orders = False
    shop.save()
    bread = make_product(shop)
    placed = order(shop, slot, {bread.pk: 1}, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        cancel_order(placed, by_customer=True)
    assert to_merchant(mailoutbox) == []
    assert mailoutbox  # the customer still hears


def test_a_refused_order_tells_her_nothing(shop, mailoutbox, django_capture_on_commit_callbacks):
    full = make_slot(shop, capacity=1, booked=1)
    bread = make_product(shop)
    with pytest.raises(OrderRefused):
        order(shop, full, {bread.pk: 1}, django_capture_on_commit_callbacks)
    assert mailoutbox == []


def test_a_customers_cancellation_is_mailed_the_shops_own_is_not(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    bread = make_product(shop, name="Baguette tradition")
    mine = order(shop, slot, {bread.pk: 3}, django_capture_on_commit_callbacks)
    theirs = order(shop, slot, {bread.pk: 1}, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancel_order(mine, by_customer=True)
        cancel_order(mine, by_customer=True)  # twice: one e-mail
        cancel_order(theirs, by_customer=False)
    [message] = to_merchant(mailoutbox)
    assert mine.number in message.subject and "annulée" in message.subject
    assert "3 × Baguette tradition" in message.body
    assert reverse("shops:order_detail", args=[mine.pk]) in message.body


# Low stock ------------------------------------------------------------------------------


def alerts(outbox):
    return [message for message in to_merchant(outbox) if "Stock bas" in message.subject]


def test_an_alert_when_an_order_takes_the_stock_to_its_threshold_and_only_once(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    cake = make_product(shop, name="Tarte aux fraises", stock=6, low_stock_threshold=3)
    order(shop, slot, {cake.pk: 2}, django_capture_on_commit_callbacks)  # 4: above
    assert alerts(mailoutbox) == []
    order(shop, slot, {cake.pk: 1}, django_capture_on_commit_callbacks)  # 3: the threshold
    [alert] = alerts(mailoutbox)
    assert "Tarte aux fraises" in alert.body and "3" in alert.body
    assert reverse("shops:product_edit", args=[cake.pk]) in alert.body
    order(shop, slot, {cake.pk: 1}, django_capture_on_commit_callbacks)  # 2: still low
    assert len(alerts(mailoutbox)) == 1
    assert MerchantNotice.objects.filter(shop=shop, kind=NoticeKind.LOW_STOCK).count() == 1


def test_a_cancellation_above_the_threshold_does_not_rearm_the_alert(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    cake = make_product(shop, stock=5, low_stock_threshold=3)
    first = order(shop, slot, {cake.pk: 2}, django_capture_on_commit_callbacks)  # 3: alert
    with django_capture_on_commit_callbacks(execute=True):
        cancel_order(first, by_customer=True)  # 5 again, nobody restocked
    order(shop, slot, {cake.pk: 2}, django_capture_on_commit_callbacks)  # 3 again
    assert len(alerts(mailoutbox)) == 1


def test_a_restock_above_the_threshold_rearms_the_alert(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    cake = make_product(shop, name="Tarte", stock=4, low_stock_threshold=3)
    order(shop, slot, {cake.pk: 2}, django_capture_on_commit_callbacks)  # 2: alert
    cake.refresh_from_db()
    data = {**ProductForm.initial_for(cake), "stock": 10, "photo": None}
    save_product(shop, cake, data)  # the merchant restocks
    order(shop, slot, {cake.pk: 6}, django_capture_on_commit_callbacks)  # 4: above
    assert len(alerts(mailoutbox)) == 1
    order(shop, slot, {cake.pk: 1}, django_capture_on_commit_callbacks)  # 3: alert again
    assert len(alerts(mailoutbox)) == 2


def test_no_alert_without_a_threshold_or_for_an_unlimited_product(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    quiet = make_product(shop, stock=4, low_stock_threshold=None)
    unlimited = make_product(shop, stock=None, low_stock_threshold=3)
    order(shop, slot, {quiet.pk: 4, unlimited.pk: 9}, django_capture_on_commit_callbacks)
    assert alerts(mailoutbox) == []


def test_two_products_crossing_in_one_order_make_one_alert(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    cake = make_product(shop, name="Tarte", stock=4, low_stock_threshold=3)
    pie = make_product(shop, name="Flan", stock=2, low_stock_threshold=1)
    order(shop, slot, {cake.pk: 2, pie.pk: 1}, django_capture_on_commit_callbacks)
    [alert] = alerts(mailoutbox)
    assert "Tarte" in alert.body and "Flan" in alert.body


def test_the_threshold_is_set_in_the_product_form(shop):
    cake = make_product(shop, name="Tarte", stock=4)
    form = ProductForm(
        {
            "name": "Tarte",
            "price": "18,50",
            "vat_rate": "5.5",
            "stock": "4",
            "low_stock_threshold": "2",
            "visible": "on",
        },
        product=cake,
    )
    assert form.is_valid(), form.errors
    save_product(shop, cake, form.cleaned_data)
    assert Product.objects.get(pk=cake.pk).low_stock_threshold == 2
    assert ProductForm.initial_for(cake)["low_stock_threshold"] == 2
    blank = ProductForm({**form.data, "low_stock_threshold": ""}, product=cake)
    assert blank.is_valid() and blank.cleaned_data["low_stock_threshold"] is None
