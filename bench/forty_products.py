"""The demo bakery with 40 products for the length of a bench, as the page targets name it.

The demo bakery (``demo/content/boutiques/01-boulangerie-du-plateau.yaml``) sells 8 products;
the issue's storefront figures are for a storefront of 40, one full page. ``forty_products()``
adds copies of the bakery's own products (with their photos, rayons and prices) until 40 are
on sale, each with a reference starting ``banc-``, and takes them away when the block ends,
leftovers of an interrupted run included. The shop's version changes both times
(``storefront_changed``), so no copy of the 8-product page is served meanwhile.

Run as a child process with the project's settings (``python -m bench.forty_products add`` or
``remove``), since the benches themselves do not load Django.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHOP = "boulangerie-du-plateau"
PRODUCTS = 40
REFERENCE_PREFIX = "banc-"


def remove_products() -> None:
    from storefront_builder.models import Product, Shop
    from storefront_builder.public_pages import storefront_changed

    shop = Shop.objects.get(slug=SHOP)
    Product.objects.filter(shop=shop, reference__startswith=REFERENCE_PREFIX).delete()
    storefront_changed(shop)


def add_products() -> None:
    from storefront_builder.models import Product, Shop
    from storefront_builder.public_pages import storefront_changed

    remove_products()
    shop = Shop.objects.get(slug=SHOP)
    own = list(Product.objects.filter(shop=shop, visible=True).order_by("position", "pk"))
    if not own:
        raise SystemExit(f"the demo shop {SHOP} has no product to copy")
    missing = max(PRODUCTS - len(own), 0)
    copies = [
        Product(
            shop=shop,
            name=f"{model.name} ({number + 2})",
            reference=f"{REFERENCE_PREFIX}{number}",
            description=model.description,
            photo_id=model.photo_id,
            price=model.price,
            vat_rate=model.vat_rate,
            stock=model.stock,
            category=model.category,
            position=model.position,
        )
        for number, model in zip(range(missing), cycle(own), strict=False)
    ]
    Product.objects.bulk_create(copies)
    storefront_changed(shop)


def _run(action: str, env: dict[str, str]) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "bench.forty_products", action],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"bench/forty_products.py {action} failed:\n{completed.stderr}")


@contextlib.contextmanager
def forty_products(env: dict[str, str]) -> Iterator[None]:
    """The demo bakery sells 40 products inside the block; ``env``: a child's environment
    with the project's settings (``http_load.child_env``)."""
    _run("add", env)
    try:
        yield
    finally:
        _run("remove", env)


if __name__ == "__main__":
    import django

    sys.path.insert(0, str(PROJECT_DIR))
    django.setup()
    {"add": add_products, "remove": remove_products}[sys.argv[1]]()
