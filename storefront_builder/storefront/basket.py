"""The basket: product id → quantity in the visitor's session, one basket per shop.

No account and no database row: a basket is a wish, nothing is reserved until the order is
placed (``storefront_builder.ordering.place_order``), where stock and prices are read again from the
database. What the session holds is therefore never trusted beyond "which ids, how many".
"""

from django.utils.translation import gettext as _

from storefront_builder.ordering import MAX_LINES, MAX_QUANTITY

#: Every basket's session key starts so, followed by its shop's id.
SESSION_PREFIX = "shops.basket."


class Basket:
    def __init__(self, session, shop):
        self.session = session
        self.key = f"{SESSION_PREFIX}{shop.pk}"

    @property
    def quantities(self) -> dict[int, int]:
        raw = self.session.get(self.key) or {}
        quantities = {}
        for product_id, quantity in raw.items() if isinstance(raw, dict) else ():
            try:
                product_id, quantity = int(product_id), int(quantity)
            except (TypeError, ValueError):
                continue
            if 1 <= quantity <= MAX_QUANTITY:
                quantities[product_id] = quantity
        return quantities

    def __len__(self) -> int:
        return sum(self.quantities.values())

    def save(self, quantities: dict[int, int]) -> None:
        kept = {str(pk): q for pk, q in quantities.items() if q > 0}
        if kept:
            self.session[self.key] = kept
        else:
            self.session.pop(self.key, None)

    def can_add(self, product_id: int) -> bool:
        quantities = self.quantities
        return product_id in quantities or len(quantities) < MAX_LINES

    def refusal(self, product, quantity: int) -> tuple[str | None, str] | None:
        """Why ``quantity`` more of ``product`` (None: no longer offered) cannot go in, as
        (form field or None, French message); None when it can. Stock is checked again when
        the order is placed: this only spares her a basket that cannot be ordered."""
        already = self.quantities.get(product.pk, 0) if product else 0
        if product is None:
            return None, _("Ce produit n'est plus proposé.")
        if product.stock is not None and already + quantity > product.stock:
            return "quantity", _(
                "Il ne reste que %(count)s « %(name)s » (dont %(already)s dans votre panier)."
            ) % {"count": product.stock, "name": product.name, "already": already}
        if already + quantity > MAX_QUANTITY:
            return "quantity", _("%(max)s au plus par produit.") % {"max": MAX_QUANTITY}
        if not self.can_add(product.pk):
            return None, _("Votre panier est plein.")
        return None

    def add(self, product_id: int, quantity: int) -> int:
        """Add to the basket; returns the new quantity of that product (capped)."""
        quantities = self.quantities
        quantities[product_id] = min(MAX_QUANTITY, quantities.get(product_id, 0) + quantity)
        self.save(quantities)
        return quantities[product_id]

    def remove(self, product_id: int) -> None:
        quantities = self.quantities
        quantities.pop(product_id, None)
        self.save(quantities)

    def clear(self) -> None:
        self.session.pop(self.key, None)
