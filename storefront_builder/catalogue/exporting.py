"""The owner's catalogue as a file that the import reads back unchanged.

Same columns and spellings as the model file (``importing.TEMPLATE_HEADER``), so that the
owner can export, change prices and stocks in her spreadsheet, and import the file again: the
products are recognised by their reference and updated, and a file imported as exported
creates nothing and changes nothing. The writing itself (separator, BOM, decimal comma,
formula-looking text made inert) is ``core.exports``'s, like every other export.

An unlimited stock is written « illimité » rather than left blank: on a product the import
updates, a blank cell means « leave it as it is ».
"""

from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.utils.translation import gettext as _

from storefront_builder.catalogue.importing import TEMPLATE_HEADER
from storefront_builder.models import Product


def _rate(vat_rate: str) -> Decimal | int:
    """ "20.0" -> 20, "5.5" -> 5.5: as the owner writes a rate."""
    rate = Decimal(vat_rate)
    return int(rate) if rate == rate.to_integral_value() else rate


def catalogue_rows(products: Iterable[Product]) -> Iterator[list]:
    """The header, then one row per product, in the columns' order."""
    yield TEMPLATE_HEADER
    unlimited, yes, no = _("illimité"), _("oui"), _("non")
    for product in products:
        yield [
            product.reference,
            product.name,
            product.description,
            product.price,
            _rate(product.vat_rate),
            unlimited if product.stock is None else product.stock,
            product.category,
            yes if product.visible else no,
        ]
