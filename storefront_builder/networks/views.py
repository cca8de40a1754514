"""The public side of networks: the list of networks, a network's page (its members on a map,
one search across their catalogues) and « commander ici, retirer dans la boutique membre de
votre choix ».

A network's page without a search is the same for every anonymous visitor and is stored once
(core.page_cache) under its own scope and the directory's (a member renamed or taken offline
shows at once); searches are made each time, like the product search's. The order form carries
no CSRF token for that reason, as the storefront's « Ajouter au panier »: the browser's origin
is checked instead, and the worst a forged post can do is put a product in her own basket.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseForbidden, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from core.formatting import relative_day
from core.page_cache import cache_publicly
from core.places.distance import distance_away
from core.search import search_query
from storefront_builder.networks import selectors
from storefront_builder.networks.forms import PickupChoiceForm
from storefront_builder.networks.search import find_offers
from storefront_builder.networks.structured_data import network_data
from storefront_builder.public_pages import NETWORKS_SCOPE, SHOPS_SCOPE, network_scope
from storefront_builder.storefront import nearby
from storefront_builder.storefront.basket import Basket
from storefront_builder.storefront.near_query import Near, map_places, read_near
from storefront_builder.storefront.origin import local_return, same_site
from storefront_builder.storefront.product_search import read_query


@require_GET
def networks(request):
    """Every network with a member online. Stored for every anonymous visitor."""
    cache_publicly(request, scopes=[SHOPS_SCOPE, NETWORKS_SCOPE])
    return render(
        request, "shops/networks/list.html", {"networks": list(selectors.public_networks())}
    )


def _away(distance) -> str:
    return distance_away(distance) if distance is not None else ""


def _network_page(request, network, params, *, status=200, form=None):
    """The page as asked by ``params`` (the address's, or those kept in ``next`` after a
    refused order): members nearest first around her, and the offers her search finds."""
    search = read_query(search_query(params.get("q", "")))
    near = read_near(params)
    now = timezone.now()
    members = list(selectors.public_members(network, near.point))
    for shop in members:
        shop.away = _away(getattr(shop, "distance_m", None))
    page = find_offers(
        [shop.pk for shop in members], search, near=near.point, now=now, page=params.get("page")
    )
    today = timezone.localdate(now, timezone=nearby.PARIS)
    for offer in page.object_list:
        for line in offer.lines:
            line.away = _away(getattr(line, "distance_m", None))
            line.pickup_day = relative_day(line.next_pickup, today)
    # The members give the map its extent; no circle is drawn around her.
    places = map_places(members, Near(), 0)
    page_url = reverse("shops:network", args=[network.slug])
    context = {
        "network": network,
        "members": members,
        "search": search,
        "near": near,
        "page": page,
        "form": form,
        "return_to": _back_to(request, network)
        if request.method == "POST"
        else request.get_full_path(),
        "map_places": places if places["markers"] else None,
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_attribution": settings.MAP_TILES_ATTRIBUTION,
        "seo": network_data(network, members, page_url=page_url),
    }
    if search.error or near.bad_input:
        status = 400
    return render(request, "shops/networks/network.html", context, status=status)


@require_GET
def network(request, slug):
    network_id = selectors.network_id(slug)
    if network_id is None:
        raise Http404
    cache_publicly(request, scopes=[SHOPS_SCOPE, network_scope(network_id)])
    found = selectors.public_network(slug)
    if found is None:
        raise Http404
    return _network_page(request, found, request.GET)


def _back_to(request, network) -> str:
    """The network page she ordered from, her search kept, or its top."""
    return local_return(request.POST.get("next", ""), reverse("shops:network", args=[network.slug]))


@csrf_exempt
@require_POST
def network_order(request, slug):
    """Puts the chosen member's product in that shop's basket and takes her to it, where she
    picks her slot and orders as in any shop. Refused (400, the page again with her search
    and a French message, nothing added): a product no online member of this network offers,
    a quantity beyond the stock or the basket's limits."""
    if not same_site(request):
        return HttpResponseForbidden(_("Commande refusée : elle doit venir de la page du réseau."))
    network = selectors.public_network(slug)
    if network is None:
        raise Http404
    form = PickupChoiceForm(request.POST)
    if form.is_valid():
        product = selectors.member_product(network, form.cleaned_data["product"])
        if product is None:
            form.add_error(None, _("Ce produit n'est plus proposé par les boutiques du réseau."))
        else:
            basket = Basket(request.session, product.shop)
            refused = basket.refusal(product, form.cleaned_data["quantity"])
            if refused is None:
                basket.add(product.pk, form.cleaned_data["quantity"])
                messages.success(
                    request,
                    _(
                        "« %(product)s » est dans votre panier chez %(shop)s : choisissez "
                        "votre créneau de retrait et validez la commande."
                    )
                    % {"product": product.name, "shop": product.shop.name},
                )
                return redirect("shops:basket", slug=product.shop.slug)
            form.add_error(*refused)
    params = QueryDict(urlsplit(_back_to(request, network)).query)
    return _network_page(request, network, params, status=400, form=form)
