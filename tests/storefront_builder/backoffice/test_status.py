"""Moving orders along: one step at a time, the ready e-mail, cancellation."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from storefront_builder.models import Order, OrderStatus, Product, Slot

pytestmark = pytest.mark.django_db


def move(client, order, target, **extra):
    return client.post(reverse("shops:order_status", args=[order.pk]), {"statut": target, **extra})


def test_the_order_goes_through_every_step(owner_client, order):
    assert move(owner_client, order, "preparing").status_code == 302
    order.refresh_from_db()
    assert order.status == OrderStatus.PREPARING
    assert order.ready_at is None

    move(owner_client, order, "ready")
    order.refresh_from_db()
    assert order.status == OrderStatus.READY
    assert order.ready_at is not None

    response = move(owner_client, order, "collected", depuis="detail")
    assert response.status_code == 302
    assert response["Location"] == reverse("shops:order_detail", args=[order.pk])
    order.refresh_from_db()
    assert order.status == OrderStatus.COLLECTED
    assert order.collected_at is not None


def test_the_board_redirect_points_at_the_order(owner_client, order):
    response = move(owner_client, order, "preparing")
    assert response["Location"].endswith(f"?jour=2031-06-12#commande-{order.pk}")


@pytest.mark.parametrize(
    ("status", "target"),
    [
        (OrderStatus.NEW, "ready"),  # no skipping the preparation
        (OrderStatus.NEW, "collected"),
        (OrderStatus.PREPARING, "new"),  # no going back
        (OrderStatus.READY, "ready"),  # a second click
        (OrderStatus.COLLECTED, "cancelled"),  # handed over: too late to cancel
        (OrderStatus.CANCELLED, "preparing"),
        (OrderStatus.NEW, "expedited"),  # not a status at all
    ],
)
def test_impossible_moves_are_refused_in_french(owner_client, order, status, target):
    Order.objects.filter(pk=order.pk).update(status=status)
    response = move(owner_client, order, target)
    assert response.status_code == 400
    page = response.content.decode()
    assert "ne peut pas passer" in page or "déjà" in page or "n&#x27;existe pas" in page
    order.refresh_from_db()
    assert order.status == status
    assert order.ready_at is None and order.collected_at is None
    assert not mail.outbox


def test_becoming_ready_emails_the_customer_after_commit(
    owner_client, order, shop, django_capture_on_commit_callbacks
):
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.PREPARING)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        move(owner_client, order, "ready")
    assert not mail.outbox  # nothing leaves before the commit
    for callback in callbacks:
        callback()

    [message] = mail.outbox
    assert message.to == [order.customer_email]
    assert order.number in message.subject
    assert shop.name in message.subject
    body = message.body
    assert "jeudi 12 juin 2031, entre 09:00 et 09:30" in body
    assert "12 rue des Lilas, 69003 Lyon" in body
    assert "Sonnez à la porte de l'atelier, côté cour." in body
    assert "2 × Baguette tradition" in body
    assert "21,10\u00a0€" in body
    assert settings.SITE_URL + reverse("shops:order", args=[order.token]) in body


def test_a_second_ready_click_sends_no_second_email(
    owner_client, order, django_capture_on_commit_callbacks
):
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.PREPARING)
    with django_capture_on_commit_callbacks(execute=True):
        move(owner_client, order, "ready")
        assert move(owner_client, order, "ready").status_code == 400
    assert len(mail.outbox) == 1


def test_other_moves_send_no_email(owner_client, order, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        move(owner_client, order, "preparing")
    assert not mail.outbox


@pytest.mark.parametrize("status", [OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY])
def test_cancelling_returns_stock_and_frees_the_place(
    owner_client, order, bread, cake, morning, status
):
    Order.objects.filter(pk=order.pk).update(status=status)
    Product.objects.filter(pk=bread.pk).update(stock=18)  # as if the order had taken them
    Product.objects.filter(pk=cake.pk).update(stock=2)
    assert Slot.objects.get(pk=morning.pk).booked == 1

    response = move(owner_client, order, "cancelled", confirmation="oui")

    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    assert order.cancelled_at is not None
    assert order.cancelled_by_customer is False
    assert Product.objects.get(pk=bread.pk).stock == 20
    assert Product.objects.get(pk=cake.pk).stock == 3
    assert Slot.objects.get(pk=morning.pk).booked == 0
    # Cancelled orders stay on the board, counted apart.
    board = owner_client.get(reverse("shops:orders"), {"jour": "2031-06-12"})
    assert board.context["board"].counts == {OrderStatus.CANCELLED: 1}


@pytest.mark.parametrize("depuis", ["", "detail"])
def test_cancelling_asks_first_and_an_unconfirmed_post_changes_nothing(owner_client, order, depuis):
    detail = owner_client.get(reverse("shops:order_detail", args=[order.pk])).content.decode()
    assert f"Annuler la commande n° {order.number} ?" in detail
    assert 'name="confirmation" value="oui"' in detail
    response = move(owner_client, order, "cancelled", depuis=depuis)
    assert response.status_code == 400
    page = response.content.decode()
    assert "La commande n&#x27;est pas annulée : confirmez l&#x27;annulation." in page
    assert '<details class="confirm-step" open>' in page
    order.refresh_from_db()
    assert order.status == OrderStatus.NEW
    assert not mail.outbox


def test_the_detail_page_shows_the_order(owner_client, order):
    response = owner_client.get(reverse("shops:order_detail", args=[order.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert order.number in page
    assert order.customer_email in page
    assert "Tarte aux fraises" in page
    assert "Commencer la préparation" in page
