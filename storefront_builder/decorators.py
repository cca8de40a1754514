"""The one gate of the owner's pages (wizard, catalogue, back office): her own shop, or none.

No URL under /ma-boutique/ names a shop: the shop is always the signed-in owner's own
(``shop_of``), so no owner can reach another's, and ids in URLs (orders, products, slots) are
then looked up through that shop. Kept in one place so that every owner page asks the same.
"""

from functools import wraps

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role
from storefront_builder.selectors import shop_of


def owner_shop(view):
    """Owners only; the view receives the owner's shop, or she is sent to the wizard's first
    step to create it."""

    @role_required(Role.OWNER)
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        shop = shop_of(request.user)
        if shop is None:
            messages.info(request, _("Commencez par l'identité de votre boutique."))
            return redirect("shops:wizard_identity")
        return view(request, shop, *args, **kwargs)

    return wrapped
