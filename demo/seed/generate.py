"""One run of the generator: owners and businesses, then each kind of activity in turn."""

from advising import activity
from demo.seed import diagnostics, events, grants, learning, orders, people, shops
from demo.seed.base import Seed
from onboarding.profile.models import Business
from storefront_builder.models import ShopStatus


def generate(seed: Seed, count: int, advisors, catalogue: learning.Catalogue) -> dict[str, int]:
    """``count`` businesses with their activity, shared between ``advisors``; returns the
    number of rows of each kind."""
    first = people.next_number()
    owners, joined = people.owners(seed, first, count)
    businesses, trades = people.businesses(seed, first, owners, advisors)
    created = {
        "comptes de dirigeants": len(owners),
        "entreprises": len(businesses),
        "conseillers": len(advisors),
    }
    created["diagnostics"] = diagnostics.diagnostics(seed, businesses, joined)
    created.update(learning.learning(seed, owners, joined, catalogue))
    created["inscriptions aux événements"] = events.registrations(seed, owners, joined)
    shop_rows, products_by_shop = shops.storefronts(seed, businesses, trades, joined)
    created["boutiques"] = len(shop_rows)
    created["boutiques publiées"] = sum(1 for s in shop_rows if s.status == ShopStatus.PUBLISHED)
    created["produits"] = sum(len(products) for products in products_by_shop.values())
    created.update(orders.pickups(seed, shop_rows, products_by_shop))
    created["demandes d'aide"] = grants.applications(seed, businesses, joined)
    # Bulk inserts send no signals: the last activity is read back from what was written.
    activity.recompute(Business.objects.filter(pk__in=[b.pk for b in businesses]))
    return created
