"""The public side: the directory, a storefront, its basket, the checkout and the order page.

No account is needed anywhere here. A shop that is not published is a 404 for everyone, its
owner included (she previews it from her back office). The order page is reached only through
its secret link: the token (256 random bits) is the only key, an unknown one is a 404, and the
page is never cached nor sent as a referrer.

Bad input re-renders the page with status 400, what was typed kept and nothing changed.

The directory and the storefronts are stored once for every anonymous visitor
(core.page_cache), and made again after every write they show (``storefront_builder.
public_pages``): they hold nothing of the visitor's, neither her basket (a fragment of its own,
``basket_summary``) nor a CSRF token (``basket_add`` checks the browser's origin instead).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseForbidden, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.personal_data import retention
from core import confirm
from core.formatting import relative_day
from core.ids import parse_id
from core.local_copies import LocalCopies
from core.page_cache import TIMEOUT, cache_publicly
from core.places.distance import distance_away, format_distance
from core.search import search_query
from core.search.misses import record_miss
from storefront_builder import notifications
from storefront_builder.closures import upcoming_closures
from storefront_builder.models import Order, OrderStatus, ShopCategory
from storefront_builder.ordering import (
    CUSTOMER_CANCELLABLE,
    MAX_QUANTITY,
    OrderRefused,
    cancel_order,
    place_order,
)
from storefront_builder.personal_data import OrderStillOpen, order_erase_customer, order_is_over
from storefront_builder.public_pages import SHOPS_SCOPE, shop_scope
from storefront_builder.selectors import networks_of_shop, opening_ranges
from storefront_builder.slots import available_slots, by_day, next_available_slot
from storefront_builder.storefront import nearby, selectors, throttle
from storefront_builder.storefront.basket import Basket
from storefront_builder.storefront.forms import AddToBasketForm, CheckoutForm
from storefront_builder.storefront.near_query import map_places, read_near, read_radius
from storefront_builder.storefront.origin import local_return, same_site
from storefront_builder.storefront.palette import palette_style
from storefront_builder.storefront.product_search import find_products, read_query
from storefront_builder.storefront.structured_data import storefront_data

PRODUCTS_PER_PAGE = 40
SHOPS_PER_PAGE = 24
#: How the directory's searches that found nothing are filed for editors (core.search.misses).
DIRECTORY_SCOPE = "directory"
#: The same for words searched across shops (the product search, a network's page); codes are
#: never kept (``record_miss`` keeps no long run of digits).
PRODUCTS_SCOPE = "products"
QUERY_MAX = 100
#: The product just added and what to say beside it, shown once on the storefront.
ADDED_KEY = "shops.added"
#: The storefronts' and the directory's public contents (``storefront``, ``directory``): a few
#: hundred pages per process, the least read dropped first.
_shared_contents = LocalCopies(max_entries=300, max_age=TIMEOUT)


def _shop(slug):
    shop = selectors.public_shop(slug)
    if shop is None:
        raise Http404
    return shop


def _text(request, name: str, limit: int = QUERY_MAX) -> str:
    return request.GET.get(name, "").strip()[:limit]


def _shop_context(request, shop, basket=None, *, personal=True) -> dict:
    """What the shop's band needs. A page stored for every visitor (``personal`` False)
    leaves the basket's count out: the band's link reads « Panier » and the storefront's
    script asks ``basket_summary`` for her count."""
    context = {"shop": shop, "palette_style": palette_style(shop.palette)}
    if personal:
        context["basket_count"] = len(basket or Basket(request.session, shop))
    else:
        context["basket_fragment"] = True
    return context


# --- Directory --------------------------------------------------------------------------------


#: The directory's query parameters that a stored copy may have: a search, a position or the
#: clock's filters make each answer anew.
DIRECTORY_PARAMS = ("categorie", "commune", "code_postal", "page", "pres", "distance")


@require_GET
def directory(request):
    """The public list of shops, for everyone. Stored for every anonymous visitor per filter,
    commune and radius; not stored (each is made) for a search (``q``, one that finds nothing
    is counted), a browser's position (``lat``, ``lon``: near-unique, and hers), nor the
    filters « ouvert maintenant » and « retrait possible aujourd'hui », whose answer changes
    with the clock and with every slot booked. Two positions never share an answer.

    What may be stored is also kept in the process under the same version (``_shared_
    contents``), for the renders the whole-page cache does not serve: a visitor with a basket,
    a signed-in merchant."""
    (version,) = cache_publicly(request, params=DIRECTORY_PARAMS, scopes=[SHOPS_SCOPE])
    if not set(request.GET) <= set(DIRECTORY_PARAMS):
        context = _directory_content(request)
    else:
        key = ("directory", version, translation.get_language(), request.get_full_path())
        context = _shared_contents.get(key)
        if context is None:
            context = _directory_content(request)
            context["shared"] = object()  # names it for the template's copy ({% memo %})
            _shared_contents.set(key, context)
    return render(
        request,
        "shops/storefront/directory.html",
        context,
        status=400 if context["near"].bad_input else 200,
    )


def _directory_content(request) -> dict:
    category = _text(request, "categorie")
    if category not in ShopCategory.values:
        category = ""
    search = {
        "query": search_query(request.GET.get("q", "")),
        "commune": search_query(request.GET.get("commune", "")),
        "postcode": "".join(ch for ch in _text(request, "code_postal", 5) if ch.isdigit()),
        "category": category,
    }
    near, radius_m = read_near(request.GET), read_radius(request.GET)
    open_now, pickup_today = bool(request.GET.get("ouvert")), bool(request.GET.get("retrait"))
    now = timezone.now()
    shops = selectors.directory(
        **search,
        near=near.point,
        radius_m=radius_m,
        open_at=now if open_now else None,
        pickup_at=now if pickup_today else None,
    )
    page = Paginator(shops, SHOPS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    if search["query"] and not page.paginator.count:
        record_miss(DIRECTORY_SCOPE, search["query"])
    for shop in page.object_list:
        # Set on every card, even empty: a missing attribute costs the template a dir() of it.
        shop.away = distance_away(shop.distance_m) if near.point is not None else ""
    places = map_places(page.object_list, near, radius_m)
    return {
        "page": page,
        "search": search,
        "near": near,
        "radius_m": radius_m,
        "radii": [(radius, format_distance(radius)) for radius in nearby.RADII_M],
        "open_now": open_now,
        "pickup_today": pickup_today,
        "filtered": any(search.values())
        or bool(near.point or near.commune or open_now or pickup_today),
        "categories": ShopCategory.choices,
        "map_places": places if places["markers"] or places["centre"] else None,
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_attribution": settings.MAP_TILES_ATTRIBUTION,
    }


@require_GET
def product_search(request):
    """A product across every published shop, by words or by its ISBN or EAN, nearest shop
    first around her or near a commune (``product_search``). Never stored by the page cache:
    a search is made each time (as the directory's are), its stock and next pickup change
    with every order, and the page without a search is only the form.

    A code that is not a valid ISBN or EAN, or an unusable position, is answered with its
    French message and status 400, nothing else searched."""
    query = search_query(request.GET.get("q", ""))
    search = read_query(query)
    near, radius_m = read_near(request.GET), read_radius(request.GET)
    now = timezone.now()
    page = find_products(
        search, near=near.point, radius_m=radius_m, now=now, page=request.GET.get("page")
    )
    if search.query and not search.error and not page.paginator.count:
        record_miss(PRODUCTS_SCOPE, search.query)
    today = timezone.localdate(now, timezone=nearby.PARIS)
    for product in page.object_list:
        product.away = distance_away(product.distance_m) if near.point is not None else ""
        product.pickup_day = relative_day(product.next_pickup, today)
    return render(
        request,
        "shops/storefront/product_search.html",
        {
            "page": page,
            "search": search,
            "near": near,
            "radius_m": radius_m,
            "radii": [(radius, format_distance(radius)) for radius in nearby.RADII_M],
        },
        status=400 if search.error or near.bad_input else 200,
    )


# --- Storefront -------------------------------------------------------------------------------


def _storefront(request, shop, *, now, status=200, add_form=None):
    # After a refused addition the page is built from the address she was on (kept in
    # "next"), so that the product, its page and her search are in front of her again.
    if request.method == "POST":
        return_to = _back_to(request, shop)
        params = QueryDict(urlsplit(return_to).query)
    else:
        return_to, params = request.get_full_path(), request.GET
    content = _public_content(shop, params, return_to=return_to, now=now)
    return _render_storefront(request, content, status=status, add_form=add_form)


def _public_content(shop, params, *, return_to: str, now) -> dict:
    """What the storefront shows everyone at this address: the same for every visitor until
    a write it shows or the clock changes it (``storefront``), nothing of the request's."""
    query = search_query(params.get("q", ""))
    category = search_query(params.get("rayon", ""), limit=60)
    categories = selectors.product_categories(shop)
    products = selectors.storefront_products(
        shop, query=query, category=category, rayons=[row["category"] for row in categories]
    )
    page = Paginator(products, PRODUCTS_PER_PAGE).get_page(params.get("page"))
    page.object_list = list(page.object_list)
    selectors.prefetch_band_renditions(shop)
    opening = opening_ranges(shop)
    return {
        **_shop_context(None, shop, personal=False),
        "page": page,
        "query": query,
        "category": category,
        "categories": categories,
        "hours": selectors.named_week(opening),
        "pickup": selectors.pickup_week(shop),
        "closures": upcoming_closures(shop, now=now),
        "networks": networks_of_shop(shop),
        "next_pickup": next_available_slot(shop, now=now),
        "return_to": return_to,
        # For search engines and link previews (base.html's head).
        "seo": storefront_data(
            shop,
            page.object_list,
            opening,
            page_url=return_to,
            first_position=page.start_index(),
        ),
    }


def _render_storefront(request, content: dict, *, status=200, add_form=None):
    """The storefront with what is the visitor's alone: the product she just added (shown
    once, like a message) or the addition refused."""
    shop = content["shop"]
    added = request.session.get(ADDED_KEY)
    if request.method == "GET" and added is not None:
        request.session.pop(ADDED_KEY)
    context = {
        **content,
        "add_form": add_form,
        "add_error_product": _posted_product(add_form, content["page"]),
        # What she typed stays in the field beside the error (a few characters at most).
        "typed_quantity": str(add_form.data.get("quantity", ""))[:10] if add_form else "",
        "added": added if added and added.get("shop") == shop.pk else None,
    }
    return render(request, "shops/storefront/storefront.html", context, status=status)


def _posted_product(form, page) -> int | None:
    """The product a refused addition was for, if it is on this page: the error goes beside
    it (otherwise at the top)."""
    if form is None:
        return None
    raw = str(form.data.get("product", "")) if form is not None else ""
    pk = parse_id(raw)
    return pk if pk in {product.pk for product in page.object_list} else None


@require_GET
def storefront(request, slug):
    """Stored for every anonymous visitor, per page and rayon (searches are made each time),
    until a write the page shows (``storefront_builder.public_pages``) or the next moment it
    changes by itself (``selectors.storefront_clock``). The shop is read after the versions,
    like everything the page shows.

    What it shows everyone is also kept in the process (``_shared_contents``) under the same
    versions and until the same moment, for the visitors the whole-page cache does not serve
    (a basket in her session, a signed-in merchant, a full render): the page then costs the
    clock's two queries and its template, instead of thirteen queries."""
    now = timezone.now()
    clock = selectors.storefront_clock(slug, now)
    if clock is None:
        raise Http404
    versions = cache_publicly(
        request, params=("page", "rayon"), scopes=[shop_scope(clock.shop_id)], until=clock.until
    )
    if request.GET.get("q"):
        return _storefront(request, _shop(slug), now=now)
    return_to = request.get_full_path()
    key = (clock.shop_id, versions, translation.get_language(), return_to)
    content = _shared_contents.get(key)
    if content is None:
        content = _public_content(_shop(slug), request.GET, return_to=return_to, now=now)
        # Names this content for the template's copies of its parts ({% memo shared %}):
        # another content, even at the same address, is another object.
        content["shared"] = object()
        _shared_contents.set(key, content, expires_at=clock.until.timestamp())
    return _render_storefront(request, content)


def _back_to(request, shop) -> str:
    """Where to go after adding: the storefront page the visitor came from, or its top."""
    return local_return(request.POST.get("next", ""), reverse("shops:storefront", args=[shop.slug]))


def _wants_json(request) -> bool:
    """The storefront's script asks for JSON; a plain form post gets pages and redirects."""
    return "application/json" in request.headers.get("Accept", "")


def _basket_label(count: int) -> str:
    return ngettext("Panier (%(counter)s article)", "Panier (%(counter)s articles)", count) % {
        "counter": count
    }


@csrf_exempt
@require_POST
def basket_add(request, slug):
    """Adds, then sends her back to the product she added (page and search kept), with the
    news beside it; the script gets the same answer as JSON and stays where it is.

    No CSRF token: the storefront carrying none is the same page for every visitor and is
    stored once for all (core.page_cache). A forged post could at worst put a product in the
    visitor's own basket, which she sees and empties before ordering; there is no account to
    act for, and the checkout, which places the order, keeps its token. Posts the browser
    marks as coming from another site are still refused (403) and change nothing.
    """
    if not same_site(request):
        return HttpResponseForbidden(_("Ajout refusé : il doit venir de la page de la boutique."))
    shop = _shop(slug)
    form = AddToBasketForm(request.POST)
    basket = Basket(request.session, shop)
    if form.is_valid():
        product = selectors.visible_product(shop, form.cleaned_data["product"])
        quantity = form.cleaned_data["quantity"]
        refused = basket.refusal(product, quantity)
        if refused is not None:
            form.add_error(*refused)
        else:
            basket.add(product.pk, quantity)
            text = _("« %(name)s » est dans votre panier.") % {"name": product.name}
            if _wants_json(request):
                count = len(basket)
                return JsonResponse(
                    {"message": text, "basket_count": count, "basket_label": _basket_label(count)}
                )
            request.session[ADDED_KEY] = {"shop": shop.pk, "product": product.pk, "text": text}
            return redirect(f"{_back_to(request, shop)}#produit-{product.pk}")
    failure = _("Ce produit n'a pas pu être ajouté au panier.")
    if _wants_json(request):
        errors = [str(error) for errors in form.errors.values() for error in errors]
        return JsonResponse({"message": " ".join([failure, *errors])}, status=400)
    messages.error(request, failure)
    return _storefront(request, shop, now=timezone.now(), status=400, add_form=form)


@require_GET
def basket_summary(request, slug):
    """The basket's count for the storefront's link, asked by its script on every page: the
    stored storefront is the same for everyone, this answer is hers alone and never stored."""
    shop = _shop(slug)
    count = len(Basket(request.session, shop))
    response = JsonResponse({"count": count, "label": _basket_label(count)})
    response["Cache-Control"] = "private, no-store"
    return response


# --- Basket -----------------------------------------------------------------------------------


def _parse_quantities(request, lines) -> tuple[dict[int, int], dict[int, str], dict[int, str]]:
    """Typed quantities by product, with a French error per line that does not fit."""
    wanted, typed, errors = {}, {}, {}
    for line in lines:
        pk = line.product.pk
        raw = request.POST.get(f"quantite-{pk}", str(line.quantity)).strip()
        typed[pk] = raw
        try:
            quantity = int(raw)
        except ValueError:
            errors[pk] = _("Saisissez un nombre entier.")
            continue
        if quantity < 0 or quantity > MAX_QUANTITY:
            errors[pk] = _("Entre 0 et %(max)s.") % {"max": MAX_QUANTITY}
        elif line.product.stock is not None and quantity > line.product.stock:
            errors[pk] = _("Il n'en reste que %(count)s.") % {"count": line.product.stock}
        else:
            wanted[pk] = quantity
    return wanted, typed, errors


@require_http_methods(["GET", "POST"])
def basket(request, slug):
    shop = _shop(slug)
    basket = Basket(request.session, shop)
    lines = selectors.basket_lines(shop, basket.quantities)
    if len(lines) != len(basket.quantities):
        basket.save({line.product.pk: line.quantity for line in lines})  # gone products
    typed, errors, status = {}, {}, 200
    if request.method == "POST":
        remove = parse_id(request.POST.get("retirer", ""))
        if remove is not None:
            basket.remove(remove)
            messages.success(request, _("Le produit est retiré de votre panier."))
            return redirect("shops:basket", slug=shop.slug)
        wanted, typed, errors = _parse_quantities(request, lines)
        if not errors:
            basket.save(wanted)
            messages.success(request, _("Votre panier est à jour."))
            return redirect("shops:basket", slug=shop.slug)
        status = 400
    rows = [
        {
            "line": line,
            "typed": typed.get(line.product.pk, line.quantity),
            "error": errors.get(line.product.pk),
        }
        for line in lines
    ]
    return render(
        request,
        "shops/storefront/basket.html",
        {
            **_shop_context(request, shop, basket),
            "rows": rows,
            "total": selectors.basket_total(lines),
            "has_errors": bool(errors),
            "max_quantity": MAX_QUANTITY,
        },
        status=status,
    )


# --- Checkout ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def checkout(request, slug):
    shop = _shop(slug)
    basket = Basket(request.session, shop)
    lines = selectors.basket_lines(shop, basket.quantities)
    if not lines:
        messages.info(request, _("Votre panier est vide : choisissez d'abord des produits."))
        return redirect("shops:storefront", slug=shop.slug)
    slots = available_slots(shop, now=timezone.now())
    status = 200
    if request.method == "POST":
        form = CheckoutForm(request.POST, slots=slots)
        if shop.orders_paused or not form.is_valid():
            status = 400
        elif (taken := throttle.checkout_take(request, shop)) is None:
            # Her share of orders for the hour is placed: the form comes back as she filled it.
            form.add_error(None, throttle.checkout_refusal(shop))
            status = 429
        else:
            data = form.cleaned_data
            try:
                order = place_order(
                    shop,
                    lines={line.product.pk: line.quantity for line in lines},
                    slot_id=data["slot"],
                    name=data["customer_name"],
                    email=data["customer_email"],
                    phone=data["customer_phone"],
                    note=data["note"],
                    language=translation.get_language(),
                )
            except OrderRefused as refused:
                taken.give_back()  # not placed: it does not count against her
                form.add_error("slot" if refused.code == "slot" else None, refused.reason)
                slots = available_slots(shop, now=timezone.now())
                status = 400
            else:
                basket.clear()
                messages.success(
                    request,
                    _("Merci ! Votre commande %(number)s est enregistrée.")
                    % {"number": order.number},
                )
                return redirect("shops:order", token=order.token)
    else:
        form = CheckoutForm(slots=slots)
    days, chosen = by_day(slots), str(form["slot"].value() or "")
    response = render(
        request,
        "shops/storefront/checkout.html",
        {
            **_shop_context(request, shop, basket),
            "form": form,
            "lines": lines,
            "total": selectors.basket_total(lines),
            "days": days,
            "chosen": chosen,
            # The day of the slot she had picked stays unfolded when the form comes back.
            "chosen_day": next(
                (day for day, listed in days if any(str(s.pk) == chosen for s in listed)), None
            ),
        },
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(throttle.checkout_retry_after(shop))
    return response


# --- The customer's order (secret link) -------------------------------------------------------


def _order(token: str) -> Order:
    order = selectors.order_by_token(token)
    if order is None:
        raise Http404
    return order


def _private(response):
    """The page holds a secret link: not cached anywhere, not indexed, not sent as referrer.

    ``same-origin``, not ``no-referrer``: other sites get no referrer at all, while the page's
    own forms keep their real Origin header. Under ``no-referrer`` Chromium posts them with
    ``Origin: null``, which Django's CSRF check refuses (403): the customer could not cancel.
    """
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _order_page(request, order, *, status=200, confirm_error="", erase_error=""):
    return _private(
        render(
            request,
            "shops/storefront/order.html",
            {
                "order": order,
                "shop": order.shop,
                "palette_style": palette_style(order.shop.palette),
                "lines": selectors.order_lines(order),
                "cancellable": order.status in CUSTOMER_CANCELLABLE,
                "confirm_cancel": bool(confirm_error),
                "confirm_error": confirm_error,
                "erasable": order.customer_erased_at is None and order_is_over(order),
                "erase_error": erase_error,
                "order_years": retention("orders_accounting_years"),
                "steps": [
                    (value, label)
                    for value, label in OrderStatus.choices
                    if value != OrderStatus.CANCELLED
                ],
            },
            status=status,
        )
    )


@require_GET
def order(request, token):
    return _order_page(request, _order(token))


@require_POST
def order_cancel(request, token):
    """Cancels once the customer has confirmed, from the question her page unfolds."""
    order = _order(token)
    if not confirm.confirmed(request):
        error = _("Votre commande n'est pas annulée : confirmez l'annulation ci-dessous.")
        return _order_page(request, order, status=400, confirm_error=error)
    try:
        cancel_order(order, by_customer=True)
    except OrderRefused as refused:
        messages.error(request, refused.reason)
        return _order_page(request, order, status=400)
    messages.success(request, _("Votre commande est annulée."))
    return redirect("shops:order", token=order.token)


@require_POST
def order_erase(request, token):
    """Erases the customer's contact details from an order that is over, once confirmed."""
    order = _order(token)
    if not confirm.confirmed(request):
        error = _("Rien n'a été effacé : confirmez l'effacement ci-dessous.")
        return _order_page(request, order, status=400, erase_error=error)
    try:
        order_erase_customer(order)
    except OrderStillOpen:
        error = _(
            "Cette commande n'est pas terminée : vos coordonnées servent encore à la retirer."
        )
        return _order_page(request, order, status=400, erase_error=error)
    return redirect("shops:order", token=order.token)


@require_GET
def order_ics(request, token):
    order = _order(token)
    data = notifications.order_calendar(order, cancelled=order.status == OrderStatus.CANCELLED)
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="commande-{order.number}.ics"'
    return _private(response)
