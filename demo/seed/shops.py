"""Storefronts for a third of the businesses, half of them published, with a few products."""

from decimal import Decimal

from demo.seed.base import BATCH, Seed, Stamped, restamp
from demo.seed.vocabulary import STREETS
from storefront_builder.models import Product, Shop, ShopStatus


def storefronts(seed: Seed, businesses, trades, joined):
    """The shops and their products; returns the shops and the products of each shop."""
    rng = seed.rng
    shops = Stamped()
    products_of = []
    for business, trade, since in zip(businesses, trades, joined, strict=True):
        if rng.random() >= 0.35:
            continue
        published = rng.random() < 0.55
        created = seed.moment(since)
        shops.rows.append(
            Shop(
                owner_id=business.owner_id,
                business=business,
                name=business.trade_name,
                slug=f"seed-{business.siret}",
                category=trade[1],
                street_address=f"{rng.randint(1, 80)} {rng.choice(STREETS)}",
                postcode=business.postcode,
                commune=business.commune,
                phone=f"0{rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                status=ShopStatus.PUBLISHED if published else ShopStatus.DRAFT,
                published_at=seed.moment(created) if published else None,
            )
        )
        shops.dates.append(created)
        products_of.append(rng.sample(trade[3], rng.randint(2, 4)))
    shop_rows = Shop.objects.bulk_create(shops.rows, batch_size=BATCH)
    restamp(Shop, shop_rows, shops.dates)

    products = []
    for shop, names in zip(shop_rows, products_of, strict=True):
        for position, name in enumerate(names):
            products.append(
                Product(
                    shop=shop,
                    name=name,
                    price=Decimal(rng.randrange(150, 4500, 10)) / 100,
                    stock=rng.choice((None, None, 20, 50)),
                    position=position,
                )
            )
    products = Product.objects.bulk_create(products, batch_size=BATCH)
    by_shop: dict[int, list[Product]] = {}
    for product in products:
        by_shop.setdefault(product.shop_id, []).append(product)
    return shop_rows, by_shop
