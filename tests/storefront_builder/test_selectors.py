"""Shared reads of the shops app."""

import pytest

from storefront_builder.models import Product
from storefront_builder.selectors import by_rayon
from tests.storefront_builder.backoffice.factories import make_product, make_shop

pytestmark = pytest.mark.django_db


def test_products_without_any_rayon_still_sort(owner):
    """No rayon to rank: the sort must not become a constant, which PostgreSQL refuses."""
    shop = make_shop(owner)
    make_product(shop, "Baguette", "1.30")
    assert [p.name for p in by_rayon(Product.objects.filter(shop=shop), [])] == ["Baguette"]


def test_rayons_sort_the_french_way(owner):
    shop = make_shop(owner)
    for name, rayon in (("Sac", "Vrac"), ("Riz", "Épicerie"), ("Pain", "boulangerie")):
        product = make_product(shop, name, "1.00")
        product.category = rayon
        product.save()
    rayons = ["Vrac", "Épicerie", "boulangerie"]
    ordered = by_rayon(Product.objects.filter(shop=shop), rayons)
    assert [p.category for p in ordered] == ["boulangerie", "Épicerie", "Vrac"]
