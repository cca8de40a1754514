"""place_order and cancel_order: all or nothing, prices from the database, e-mail after commit."""

from decimal import Decimal

import pytest

from storefront_builder import ordering
from storefront_builder.models import Order, OrderStatus, Product, Slot
from storefront_builder.ordering import NUMBER_ALPHABET, OrderRefused, cancel_order, place_order
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)


@pytest.fixture
def slot(shop):
    return make_slot(shop)


def refresh(*objects):
    for item in objects:
        item.refresh_from_db()


def test_an_order_takes_its_slot_and_its_stock(shop, slot):
    bread = make_product(shop, price=Decimal("2.50"), stock=5)
    cake = make_product(shop, price=Decimal("4.00"), stock=None)
    order = place_order(shop, lines={bread.pk: 2, cake.pk: 1}, slot_id=slot.pk, **customer())
    refresh(slot, bread, cake)
    assert (slot.booked, bread.stock, cake.stock) == (1, 3, None)
    assert order.total == Decimal("9.00")
    assert order.status == OrderStatus.NEW
    assert len(order.number) == 4 and set(order.number) <= set(NUMBER_ALPHABET)
    assert len(order.token) >= 43
    # A set: the factory numbers products ("Produit 9", "Produit 10"), whose text order varies.
    assert {(line.name, line.quantity, line.unit_price) for line in order.lines.all()} == {
        (bread.name, 2, Decimal("2.50")),
        (cake.name, 1, Decimal("4.00")),
    }


def test_prices_and_names_come_from_the_database(shop, slot):
    bread = make_product(shop, price=Decimal("2.50"))
    Product.objects.filter(pk=bread.pk).update(price=Decimal("3.10"), name="Pain bis")
    order = place_order(shop, lines={str(bread.pk): "2"}, slot_id=slot.pk, **customer())
    [line] = order.lines.all()
    assert (line.name, line.unit_price) == ("Pain bis", Decimal("3.10"))
    assert order.total == Decimal("6.20")


def test_all_or_nothing_when_the_second_product_is_short(shop, slot):
    bread = make_product(shop, stock=5)
    cake = make_product(shop, stock=1)
    with pytest.raises(OrderRefused) as refused:
        place_order(shop, lines={bread.pk: 2, cake.pk: 2}, slot_id=slot.pk, **customer())
    assert refused.value.code == "stock"
    assert cake.name in refused.value.reason
    refresh(slot, bread, cake)
    assert (slot.booked, bread.stock, cake.stock) == (0, 5, 1)
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    ("slot_fields", "code"),
    [
        ({"booked": 5}, "slot"),
        ({"closed": True}, "slot"),
        ({"in_hours": 0.5}, "slot"),  # inside the 60 minutes of preparation
    ],
    ids=["full", "closed", "too-soon"],
)
def test_a_slot_that_cannot_be_booked_refuses_the_order(shop, slot_fields, code):
    slot = make_slot(shop, **slot_fields)
    bread = make_product(shop, stock=5)
    with pytest.raises(OrderRefused) as refused:
        place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    assert refused.value.code == code
    bread.refresh_from_db()
    assert bread.stock == 5 and not Order.objects.exists()


def test_products_hidden_or_from_another_shop_are_refused(shop, slot):
    hidden = make_product(shop, visible=False)
    elsewhere = make_product(make_shop())
    for product in (hidden, elsewhere):
        with pytest.raises(OrderRefused) as refused:
            place_order(shop, lines={product.pk: 1}, slot_id=slot.pk, **customer())
        assert refused.value.code == "product"
    slot.refresh_from_db()
    assert slot.booked == 0


def test_a_slot_of_another_shop_is_refused(shop):
    other_slot = make_slot(make_shop())
    bread = make_product(shop)
    with pytest.raises(OrderRefused):
        place_order(shop, lines={bread.pk: 1}, slot_id=other_slot.pk, **customer())
    other_slot.refresh_from_db()
    assert other_slot.booked == 0


@pytest.mark.parametrize("lines", [{}, {1: 0}, {1: 100}, {"x": 1}])
def test_odd_baskets_are_refused(shop, slot, lines):
    with pytest.raises(OrderRefused) as refused:
        place_order(shop, lines=lines, slot_id=slot.pk, **customer())
    assert refused.value.code == "basket"


def test_a_paused_shop_takes_no_order(shop, slot):
    bread = make_product(shop)
    shop.__class__.objects.filter(pk=shop.pk).update(orders_paused=True)
    with pytest.raises(OrderRefused) as refused:
        place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    assert refused.value.code == "shop"


def test_a_taken_number_is_drawn_again(shop, slot, monkeypatch):
    bread = make_product(shop)
    first = place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    draws = iter([first.number, "ZZ99"])
    monkeypatch.setattr(ordering, "new_number", lambda length=4: next(draws))
    second = place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    assert second.number == "ZZ99"
    slot.refresh_from_db()
    assert slot.booked == 2


def test_the_email_leaves_after_commit_with_a_calendar_file(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://accelerateur.example"
    bread = make_product(shop, name="Baguette tradition", price=Decimal("1.30"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        order = place_order(shop, lines={bread.pk: 3}, slot_id=slot.pk, **customer())
        assert mailoutbox == []
    # The storefront's stored copies forgotten, the customer's e-mail, then the merchant's.
    assert len(callbacks) == 3
    for callback in callbacks:
        callback()
    [message] = [sent for sent in mailoutbox if sent.to == ["camille@example.org"]]
    assert order.number in message.subject
    assert f"https://accelerateur.example/commande/{order.token}/" in message.body
    assert "3 place du Marché, 35000 Rennes" in message.body
    assert "3 × Baguette tradition" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == "retrait.ics" and mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content and order.number in content
    assert "METHOD:PUBLISH" in content


def test_a_refused_order_sends_nothing(shop, mailoutbox, django_capture_on_commit_callbacks):
    slot = make_slot(shop, booked=5)
    bread = make_product(shop)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(OrderRefused),
    ):
        place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    assert callbacks == [] and mailoutbox == []


def test_cancelling_gives_back_stock_and_slot_once(
    shop, slot, mailoutbox, django_capture_on_commit_callbacks
):
    bread = make_product(shop, stock=4)
    cake = make_product(shop, stock=None)
    order = place_order(shop, lines={bread.pk: 3, cake.pk: 1}, slot_id=slot.pk, **customer())
    with django_capture_on_commit_callbacks(execute=True):
        cancel_order(order, by_customer=True)
        cancel_order(order, by_customer=True)  # twice: nothing more
        cancel_order(Order.objects.get(pk=order.pk), by_customer=False)
    refresh(order, slot, bread, cake)
    assert (order.status, order.cancelled_by_customer) == (OrderStatus.CANCELLED, True)
    assert order.cancelled_at is not None
    assert (slot.booked, bread.stock, cake.stock) == (0, 4, None)
    [message] = [sent for sent in mailoutbox if sent.to == ["camille@example.org"]]
    assert "METHOD:CANCEL" in message.attachments[0][1]


def test_a_ready_order_is_cancelled_by_the_shop_not_the_customer(shop, slot):
    bread = make_product(shop, stock=2)
    order = place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.READY)
    with pytest.raises(OrderRefused):
        cancel_order(order, by_customer=True)
    cancel_order(order, by_customer=False)
    refresh(order, bread, slot)
    assert (order.status, order.cancelled_by_customer) == (OrderStatus.CANCELLED, False)
    assert (bread.stock, slot.booked) == (2, 0)


def test_a_collected_order_cannot_be_cancelled(shop, slot):
    bread = make_product(shop, stock=2)
    order = place_order(shop, lines={bread.pk: 1}, slot_id=slot.pk, **customer())
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.COLLECTED)
    with pytest.raises(OrderRefused):
        cancel_order(order, by_customer=False)
    refresh(bread)
    assert bread.stock == 1
    assert Slot.objects.get(pk=slot.pk).booked == 1
