"""The merchant's back office: the day's orders, their statuses, printouts, export, pause,
figures and dated closures.

Every view starts from the signed-in owner's shop (``shop_of``) and reads orders and slots
through it, so an id from another shop is a 404: no owner can see or change another shop's
orders. An owner without a shop yet is sent to the wizard's first step.

Bad input (a malformed day, an impossible status move, a bad export range) re-renders the page
with status 400 and a French message, the typed values kept and nothing changed.
"""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from core import confirm
from core.charts import column_chart, horizontal_bars, line_chart
from storefront_builder.backoffice import selectors, services
from storefront_builder.backoffice.forms import (
    ClosureForm,
    DayForm,
    ExportForm,
    NotificationsForm,
    PauseForm,
    SlotForm,
    StatusForm,
)
from storefront_builder.closures import describe
from storefront_builder.decorators import owner_shop
from storefront_builder.models import OrderStatus

#: The button that moves an order one step on, by the status it is in.
NEXT_ACTIONS = {
    OrderStatus.NEW: (OrderStatus.PREPARING, gettext_lazy("Commencer la préparation")),
    OrderStatus.PREPARING: (OrderStatus.READY, gettext_lazy("Prête : prévenir le client")),
    OrderStatus.READY: (OrderStatus.COLLECTED, gettext_lazy("Retirée")),
}


def _with_actions(orders):
    """Attach the buttons each order offers; plain attributes, no query."""
    for order in orders:
        order.next_action = NEXT_ACTIONS.get(order.status)
        order.can_cancel = order.status in services.CANCELLABLE
    return orders


def _orders_url(day, anchor: str = "") -> str:
    url = f"{reverse('shops:orders')}?jour={day:%Y-%m-%d}"
    return f"{url}#{anchor}" if anchor else url


def _render_board(
    request,
    shop,
    day,
    *,
    last_day=None,
    status=200,
    day_form=None,
    export_form=None,
    error=None,
    confirm_slot=None,
):
    last_day = last_day or selectors.last_board_day(shop)
    board = selectors.day_board(shop, day)
    _with_actions(board.orders)
    next_day = day + timedelta(days=1)
    context = {
        "shop": shop,
        "board": board,
        "day": day,
        "today": timezone.localdate(),
        "previous_day": day - timedelta(days=1),
        "next_day": next_day if next_day <= last_day else None,
        "day_form": day_form or DayForm(initial={"jour": day}, last_day=last_day),
        "export_form": export_form or ExportForm(initial={"du": day, "au": day}),
        "error": error,
        "confirm_slot": confirm_slot,  # the slot whose closing question stays unfolded
    }
    return render(request, "shops/backoffice/orders.html", context, status=status)


def _day_from(request, last_day=None):
    """The ``jour`` asked for (today without one) and its bound form, or None if malformed or
    after ``last_day``."""
    if not request.GET.get("jour"):
        return timezone.localdate(), None
    form = DayForm(request.GET, last_day=last_day)
    if form.is_valid():
        return form.cleaned_data["jour"], form
    return None, form


def _refuse_day(request, shop, form, last_day):
    if form.has_error("jour", "after_last_day"):
        error = _("Ce jour est au-delà de vos créneaux : choisissez une date plus proche.")
    else:
        error = _("Ce jour n'existe pas : choisissez une date dans le calendrier.")
    return _render_board(
        request,
        shop,
        timezone.localdate(),
        last_day=last_day,
        status=400,
        day_form=form,
        error=error,
    )


@owner_shop
def orders(request, shop):
    last_day = selectors.last_board_day(shop)
    day, form = _day_from(request, last_day)
    if day is None:
        return _refuse_day(request, shop, form, last_day)
    return _render_board(request, shop, day, last_day=last_day)


def _render_detail(request, shop, order, *, status=200, error=None, confirm_cancel=False):
    _with_actions([order])
    context = {
        "confirm_cancel": confirm_cancel,
        "shop": shop,
        "order": order,
        "starts_at": timezone.localtime(order.slot.starts_at),
        "ends_at": timezone.localtime(order.slot.ends_at),
        "error": error,
    }
    return render(request, "shops/backoffice/order_detail.html", context, status=status)


@owner_shop
def order_detail(request, shop, pk):
    return _render_detail(request, shop, selectors.order_of(shop, pk))


@require_POST
@owner_shop
def order_status(request, shop, pk):
    order = selectors.order_of(shop, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        error = " ".join(form.errors.get("statut", [])) or _("Choisissez un statut.")
        return _render_detail(request, shop, order, status=400, error=error)
    cancelling = form.cleaned_data["statut"] == OrderStatus.CANCELLED
    if cancelling and order.status in services.CANCELLABLE and not confirm.confirmed(request):
        # A single click never cancels: the question is shown again, unfolded.
        error = _("La commande n'est pas annulée : confirmez l'annulation.")
        return _render_detail(request, shop, order, status=400, error=error, confirm_cancel=True)
    try:
        order = services.change_status(order, form.cleaned_data["statut"])
    except services.TransitionRefused as refusal:
        return _render_detail(
            request, shop, selectors.order_of(shop, pk), status=400, error=str(refusal)
        )
    if order.status == OrderStatus.READY:
        messages.success(
            request,
            _("Commande %(number)s prête : un e-mail prévient %(email)s.")
            % {"number": order.number, "email": order.customer_email},
        )
    elif order.status == OrderStatus.CANCELLED:
        messages.success(
            request,
            _("Commande %(number)s annulée : le stock et la place du créneau sont rendus.")
            % {"number": order.number},
        )
    else:
        messages.success(
            request,
            _("Commande %(number)s : %(status)s.")
            % {"number": order.number, "status": OrderStatus(order.status).label},
        )
    if request.POST.get("depuis") == "detail":
        return redirect("shops:order_detail", pk=order.pk)
    day = timezone.localtime(order.slot.starts_at).date()
    return redirect(_orders_url(day, f"commande-{order.pk}"))


@owner_shop
def orders_pdf(request, shop):
    from storefront_builder.backoffice.pdf import day_sheet_pdf

    # Any day may be printed, an empty one included: the sheet only reads.
    day, form = _day_from(request)
    if day is None:
        return _refuse_day(request, shop, form, selectors.last_board_day(shop))
    board = selectors.day_board(shop, day)
    response = HttpResponse(day_sheet_pdf(shop, board), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="retraits-{day:%Y-%m-%d}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@owner_shop
def orders_csv(request, shop):
    from storefront_builder.backoffice.export import orders_csv as render_csv

    today = timezone.localdate()
    if "du" in request.GET or "au" in request.GET:
        form = ExportForm(request.GET)
    else:
        form = ExportForm({"du": f"{today:%Y-%m-%d}", "au": f"{today:%Y-%m-%d}"})
    if not form.is_valid():
        return _render_board(
            request,
            shop,
            today,
            status=400,
            export_form=form,
            error=_("L'export n'a pas été fait : corrigez les dates."),
        )
    first, last = form.cleaned_data["du"], form.cleaned_data["au"]
    return render_csv(shop, selectors.export_lines(shop, first, last), first, last)


@owner_shop
def pause(request, shop):
    status = 200
    if request.method == "POST":
        form = PauseForm(request.POST)
        if form.is_valid():
            paused = form.cleaned_data["orders_paused"]
            services.set_pause(shop, paused=paused, message=form.cleaned_data["pause_message"])
            if paused:
                messages.success(request, _("Commandes en pause : votre boutique n'en prend plus."))
            else:
                messages.success(request, _("Commandes reprises : votre boutique en reprend."))
            return redirect("shops:pause")
        status = 400
    else:
        form = PauseForm(
            initial={"orders_paused": shop.orders_paused, "pause_message": shop.pause_message}
        )
    notifications_form = NotificationsForm(
        initial={
            "notify_orders": shop.notify_orders,
            "notify_morning_summary": shop.notify_morning_summary,
        }
    )
    context = {"shop": shop, "form": form, "notifications_form": notifications_form}
    return render(request, "shops/backoffice/pause.html", context, status=status)


@require_POST
@owner_shop
def notifications(request, shop):
    """The merchant's e-mail choices, shown on the pause page; two checkboxes cannot be
    invalid, so this only saves and goes back."""
    form = NotificationsForm(request.POST)
    form.is_valid()
    services.set_notifications(
        shop,
        orders=form.cleaned_data["notify_orders"],
        morning_summary=form.cleaned_data["notify_morning_summary"],
    )
    messages.success(request, _("Vos choix d'e-mails sont enregistrés."))
    return redirect(reverse("shops:pause") + "#e-mails")


@require_POST
@owner_shop
def slot_toggle(request, shop, pk):
    slot = selectors.slot_of(shop, pk)
    day = timezone.localtime(slot.starts_at).date()
    form = SlotForm(request.POST)
    if not form.is_valid():
        error = " ".join(form.errors.get("action", []))
        return _render_board(request, shop, day, status=400, error=error)
    closed = form.cleaned_data["action"] == "fermer"
    if closed and not slot.closed and not confirm.confirmed(request):
        error = _("Le créneau n'est pas fermé : confirmez la fermeture.")
        return _render_board(request, shop, day, status=400, error=error, confirm_slot=slot.pk)
    services.set_slot_closed(slot, closed=closed)
    starts = timezone.localtime(slot.starts_at)
    if closed:
        message = _("Créneau de %(time)s fermé : il ne prend plus de nouvelle commande.")
    else:
        message = _("Créneau de %(time)s rouvert aux commandes.")
    messages.success(request, message % {"time": f"{starts:%H:%M}"})
    return redirect(_orders_url(day, f"creneau-{slot.pk}"))


@owner_shop
def poster(request, shop):
    from storefront_builder.backoffice.pdf import poster_pdf

    response = HttpResponse(poster_pdf(shop), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="affiche-{shop.slug}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def _day_label(index: int, day) -> str:
    """The day of the month under each point, with its month where a month starts: thirty
    « 05/11 » side by side would not fit a page."""
    return f"{day:%d/%m}" if index == 0 or day.day == 1 else str(day.day)


@owner_shop
def figures(request, shop):
    """Orders, sales, best sellers, no-shows and how full the slots were: read-only, a fixed
    number of queries (``selectors.shop_figures``). Each chart's figures are also a table."""
    figures = selectors.shop_figures(shop)
    context = {
        "shop": shop,
        "figures": figures,
        "daily_chart": line_chart(
            [(_day_label(index, day.start), day.orders) for index, day in enumerate(figures.days)],
            step=34,
        ),
        # Whole euros for the drawing; the table beside it gives the cents.
        "weekly_chart": column_chart(
            [(f"{week.start:%d/%m}", round(week.sales)) for week in figures.weeks],
            column_width=60,
            gap=10,
        ),
        "fill_chart": horizontal_bars(
            [(day.label, day.percent) for day in figures.fill],
            maximum=100,
            label_width=110,
            bar_length=260,
            value_width=60,
        ),
    }
    return render(request, "shops/backoffice/figures.html", context)


def _closure_saved(request, saved) -> None:
    """Say what the closure closed; orders already booked inside it are named, with a link to
    the board where they are, and nothing is done to them."""
    closed = ngettext(
        "Fermeture enregistrée : %(count)s créneau fermé aux nouvelles commandes.",
        "Fermeture enregistrée : %(count)s créneaux fermés aux nouvelles commandes.",
        saved.slots_closed,
    ) % {"count": saved.slots_closed}
    if not saved.orders_affected:
        messages.success(request, closed)
        return
    warning = ngettext(
        "Attention : %(count)s commande déjà passée tombe pendant cette fermeture. Elle est "
        "conservée : prévenez le client ou annulez-la.",
        "Attention : %(count)s commandes déjà passées tombent pendant cette fermeture. Elles "
        "sont conservées : prévenez les clients ou annulez-les.",
        saved.orders_affected,
    ) % {"count": saved.orders_affected}
    messages.warning(
        request,
        format_html(
            '{} {} <a href="{}">{}</a>',
            closed,
            warning,
            _orders_url(saved.first_affected_day),
            _("Voir les commandes concernées"),
        ),
    )


@require_http_methods(["GET", "POST"])
@owner_shop
def closures(request, shop):
    """The closures to come, and the form to add one (holidays or exceptional hours)."""
    now = timezone.now()
    status = 200
    if request.method == "POST":
        form = ClosureForm(request.POST, now=now)
        if form.is_valid():
            saved = services.closure_create(
                shop=shop,
                starts_at=form.cleaned_data["starts_at"],
                ends_at=form.cleaned_data["ends_at"],
                label=form.cleaned_data["label"],
            )
            _closure_saved(request, saved)
            return redirect("shops:closures")
        status = 400
    else:
        form = ClosureForm(now=now)
    context = {"shop": shop, "form": form, "closures": selectors.closures_of(shop)}
    return render(request, "shops/backoffice/closures.html", context, status=status)


@require_http_methods(["GET", "POST"])
@owner_shop
def closure_delete(request, shop, pk):
    """A confirmation page, then the deletion, which reopens the slots only it kept closed."""
    closure = selectors.closure_of(shop, pk)
    if request.method == "POST":
        reopened = services.closure_delete(closure=closure)
        messages.success(
            request,
            ngettext(
                "Fermeture supprimée : %(count)s créneau rouvert aux commandes.",
                "Fermeture supprimée : %(count)s créneaux rouverts aux commandes.",
                reopened,
            )
            % {"count": reopened},
        )
        return redirect("shops:closures")
    return render(
        request,
        "shops/backoffice/closure_delete.html",
        {"shop": shop, "closure": describe(closure)},
    )
