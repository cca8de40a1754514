"""Networks in the merchant's back office (« Réseaux »): the invitations her shop received and
the networks it belongs to, the networks she coordinates, and one network's management page.

Every page starts from the signed-in owner's shop (``owner_shop``). A network is managed only
by its coordinator: anyone else, whatever the address, gets a 404. A member answers only the
invitations of her own shop. Removing a member and leaving a network are confirmed first
(``core.confirm``). Refusals keep what was typed and say why in French, changing nothing.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core import confirm
from core.ids import parse_id
from storefront_builder.decorators import owner_shop
from storefront_builder.models import MembershipStatus, NetworkMembership
from storefront_builder.networks import selectors, services
from storefront_builder.networks.forms import InviteSearchForm, NetworkForm
from storefront_builder.selectors import published_shops


def _render_mine(request, shop, *, form=None, status=200, confirm_leave=None):
    context = {
        "shop": shop,
        "memberships": selectors.shop_memberships(shop),
        "coordinated": list(selectors.coordinated_networks(request.user)),
        "form": form or NetworkForm(),
        "confirm_leave": confirm_leave,
    }
    return render(request, "shops/networks/mine.html", context, status=status)


@owner_shop
@require_http_methods(["GET", "POST"])
def my_networks(request, shop):
    """Her invitations and networks, and « Créer un réseau »: she becomes its coordinator and
    her shop its first member."""
    if request.method == "GET":
        return _render_mine(request, shop)
    form = NetworkForm(request.POST)
    if not form.is_valid():
        return _render_mine(request, shop, form=form, status=400)
    try:
        network = services.create_network(request.user, shop, form.cleaned_data)
    except services.NetworkRefused as refused:
        form.add_error("name", str(refused))
        return _render_mine(request, shop, form=form, status=400)
    messages.success(
        request,
        _("Réseau « %(name)s » créé : invitez maintenant les boutiques qui le composent.")
        % {"name": network.name},
    )
    return redirect("shops:network_manage", slug=network.slug)


@owner_shop
@require_POST
def invitation_answer(request, shop, pk):
    membership = selectors.pending_invitation(shop, pk)
    if membership is None:
        messages.error(
            request,
            _("Cette invitation n'est plus en attente : elle a été retirée ou déjà traitée."),
        )
        return _render_mine(request, shop, status=400)
    accept = request.POST.get("reponse") == "accepter"
    try:
        services.answer(membership, accept=accept)
    except services.NetworkRefused as refused:
        messages.error(request, str(refused))
        return _render_mine(request, shop, status=400)
    if accept:
        text = _("Votre boutique est membre du réseau « %(name)s ».")
    else:
        text = _("Invitation au réseau « %(name)s » refusée.")
    messages.success(request, text % {"name": membership.network.name})
    return redirect("shops:my_networks")


@owner_shop
@require_POST
def network_leave(request, shop, slug):
    membership = (
        NetworkMembership.objects.filter(
            shop=shop, network__slug=slug, status=MembershipStatus.ACTIVE
        )
        .select_related("network")
        .first()
    )
    if membership is None:
        raise Http404
    if not confirm.confirmed(request):
        messages.error(
            request, _("Votre boutique reste membre : confirmez pour quitter le réseau.")
        )
        return _render_mine(request, shop, status=400, confirm_leave=membership.pk)
    try:
        services.leave(membership.network, shop)
    except services.NetworkRefused as refused:
        messages.error(request, str(refused))
        return _render_mine(request, shop, status=400)
    messages.success(
        request,
        _("Votre boutique a quitté le réseau « %(name)s ».") % {"name": membership.network.name},
    )
    return redirect("shops:my_networks")


# --- The coordinator's page -----------------------------------------------------------------


def _coordinated(request, slug):
    network = selectors.coordinated_network(request.user, slug)
    if network is None:
        raise Http404
    return network


def _render_manage(
    request, shop, network, *, form=None, search=None, status=200, confirm_remove=None
):
    search = search or InviteSearchForm(request.GET or None)
    found = None
    if search.is_bound and search.is_valid():
        found = selectors.invitable_shops(network, search.cleaned_data["boutique"])
    context = {
        "shop": shop,
        "network": network,
        "form": form or NetworkForm(instance=network),
        "search": search,
        "found": found,
        "memberships": selectors.network_memberships(network),
        "confirm_remove": confirm_remove,
        "public_url": reverse("shops:network", args=[network.slug]),
    }
    return render(request, "shops/networks/manage.html", context, status=status)


@owner_shop
@require_http_methods(["GET", "POST"])
def network_manage(request, shop, slug):
    """Her network: its members and invitations, « Inviter une boutique », its description."""
    network = _coordinated(request, slug)
    if request.method == "GET":
        return _render_manage(request, shop, network)
    form = NetworkForm(request.POST, instance=network)
    if not form.is_valid():
        network.refresh_from_db()  # the form wrote the typed values on it
        return _render_manage(request, shop, network, form=form, status=400)
    services.update_network(network, form.cleaned_data)
    messages.success(request, _("Présentation du réseau enregistrée."))
    return redirect("shops:network_manage", slug=network.slug)


@owner_shop
@require_POST
def network_invite(request, shop, slug):
    network = _coordinated(request, slug)
    invited = published_shops().filter(pk=parse_id(request.POST.get("boutique_id", ""))).first()
    if invited is None:
        messages.error(
            request, _("Cette boutique n'est pas en ligne : elle ne peut pas être invitée.")
        )
        return _render_manage(request, shop, network, status=400)
    try:
        services.invite(network, invited, by=request.user)
    except services.NetworkRefused as refused:
        messages.error(request, str(refused))
        return _render_manage(request, shop, network, status=400)
    messages.success(
        request,
        _("Invitation envoyée à « %(shop)s » : elle l'accepte depuis son espace boutique.")
        % {"shop": invited.name},
    )
    return redirect("shops:network_manage", slug=network.slug)


@owner_shop
@require_POST
def network_remove(request, shop, slug, pk):
    network = _coordinated(request, slug)
    if not confirm.confirmed(request):
        messages.error(request, _("Rien n'a été retiré : confirmez pour retirer la boutique."))
        return _render_manage(request, shop, network, status=400, confirm_remove=pk)
    try:
        removed = services.remove(network, pk)
    except services.NetworkRefused as refused:
        messages.error(request, str(refused))
        return _render_manage(request, shop, network, status=400)
    messages.success(
        request, _("« %(shop)s » ne fait plus partie du réseau.") % {"shop": removed.name}
    )
    return redirect("shops:network_manage", slug=network.slug)


@owner_shop
@require_GET
def network_poster(request, shop, slug):
    """The network's poster, for its coordinator and its members to put in their windows."""
    from storefront_builder.networks.poster import network_poster_pdf

    network = selectors.network_for_member_or_coordinator(request.user, shop, slug)
    if network is None:
        raise Http404
    members = list(selectors.public_members(network))
    response = HttpResponse(network_poster_pdf(network, members), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="affiche-reseau-{network.slug}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
