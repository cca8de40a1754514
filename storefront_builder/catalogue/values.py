"""How the catalogue reads a price, a stock, a VAT rate or a yes/no, typed or imported.

The product form, the bulk edit of the list and the CSV/XLSX import all accept the same
spellings, so an owner who types "4,50" in one place is never told it is wrong in another:

- prices in euros including VAT, with a decimal comma or point, an optional "€" and spaces,
  non-breaking spaces or the other sign as thousands separators ("1 234,50 €",
  "1.234,50"); two decimals at most;
- stock: blank, "illimité" (or "unlimited") or "-" mean unlimited (made to order), otherwise a
  whole number from 0 up;
- VAT rates as "5,5", "5.5 %", "20" or, from a spreadsheet cell formatted as a percentage,
  0.055; only the French rates of ``VatRate`` are accepted;
- yes/no as oui/non, 1/0, vrai/faux, x, and the English words a spreadsheet may write.

Each parser raises ``ValueError`` with a French message meant for the owner.
"""

import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from storefront_builder.models import ShopCategory, VatRate

CENT = Decimal("0.01")
MAX_PRICE = Decimal("999999.99")  # Product.price: 8 digits, 2 decimals.
MAX_STOCK = 1_000_000

UNLIMITED_WORDS = frozenset({"illimite", "illimitee", "infini", "unlimited", "-", "—", "∞"})
YES_WORDS = frozenset({"oui", "o", "1", "vrai", "x", "yes", "y", "true", "visible"})
NO_WORDS = frozenset({"non", "n", "0", "faux", "no", "false", "masque", "cache"})

#: Food bought to be eaten (bread, cheese, meat, groceries) and books are at the reduced
#: 5.5 % rate; everything else a small shop sells (drinks with alcohol, flowers, clothes,
#: gifts, cosmetics, tools) is at the standard 20 %. It is only the form's default: the owner
#: picks another rate per product when needed (a bottle of wine at the grocer's, a pen at the
#: bookshop's).
REDUCED_RATE_CATEGORIES = frozenset(
    {
        ShopCategory.BAKERY,
        ShopCategory.BUTCHER,
        ShopCategory.CHEESE,
        ShopCategory.GROCERY,
        ShopCategory.BOOKSHOP,
    }
)


def default_vat_rate(shop) -> str:
    """The VAT rate a new product of this shop starts with (see REDUCED_RATE_CATEGORIES)."""
    if shop.category in REDUCED_RATE_CATEGORIES:
        return VatRate.REDUCED.value
    return VatRate.STANDARD.value


def plain(text: str) -> str:
    """Lower case, without accents or surrounding spaces: "  Illimité " -> "illimite"."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _number(value) -> Decimal:
    """A finite Decimal from a spreadsheet number or a text with a decimal comma or point
    (NaN and infinities, typed or in a cell, are refused like any other non-number)."""
    if isinstance(value, bool):
        raise InvalidOperation
    if isinstance(value, int | float):
        number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        if not number.is_finite():
            raise InvalidOperation
        return number
    text = str(value).strip().replace("€", "").replace("%", "")
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    if "," in text and "." in text:
        # "1.234,50" or "1,234.50": the last separator is the decimal one.
        thousands = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(thousands, "")
    if text.count(",") == 1:
        text = text.replace(",", ".")
    number = Decimal(text)
    if not number.is_finite():
        raise InvalidOperation
    return number


def parse_price(value) -> Decimal:
    """A price in euros including VAT, rounded to the cent for spreadsheet numbers."""
    try:
        price = _number(value)
    except (InvalidOperation, ValueError) as error:
        raise ValueError(_("Indiquez un prix en euros, par exemple 4,50.")) from error
    if price < 0:
        raise ValueError(_("Le prix ne peut pas être négatif."))
    # Before rounding: quantizing 1e27 to the cent needs more digits than Decimal keeps.
    if price > MAX_PRICE:
        raise ValueError(_("Le prix ne peut pas dépasser 999 999,99 €."))
    if isinstance(value, float):
        # A spreadsheet cell may hold 4.1666… behind a "4,17" display: keep what was shown.
        price = price.quantize(CENT, rounding=ROUND_HALF_UP)
    if price != price.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(_("Le prix a au plus deux chiffres après la virgule, par exemple 4,50."))
    return abs(price.quantize(CENT))  # "-0" is 0, not -0,00 €


def parse_stock(value) -> int | None:
    """A stock: None for unlimited, else a whole number from 0 to MAX_STOCK."""
    if value is None or plain(value) in ("", *UNLIMITED_WORDS):
        return None
    try:
        number = _number(value)
    except (InvalidOperation, ValueError) as error:
        raise ValueError(
            _("Indiquez un nombre entier, ou laissez vide pour un stock illimité.")
        ) from error
    if number != number.to_integral_value():
        raise ValueError(_("Le stock est un nombre entier, sans virgule."))
    if number < 0:
        raise ValueError(
            _("Le stock ne peut pas être négatif : indiquez 0 si le produit est épuisé.")
        )
    if number > MAX_STOCK:
        raise ValueError(_("Le stock ne peut pas dépasser 1 000 000."))
    return int(number)


def parse_vat_rate(value) -> str:
    """One of the VatRate values from "5,5", "5.5 %", "20" or a percentage cell (0.055)."""
    try:
        rate = _number(value)
    except (InvalidOperation, ValueError) as error:
        raise ValueError(_("Indiquez un taux de TVA : 20, 10, 5,5 ou 2,1.")) from error
    if 0 < rate < 1:
        rate *= 100
    for choice in VatRate:
        if Decimal(choice.value) == rate:
            return choice.value
    raise ValueError(_("Taux de TVA inconnu : indiquez 20, 10, 5,5 ou 2,1."))


def parse_yes_no(value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = plain(value)
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise ValueError(_("Indiquez oui ou non."))
