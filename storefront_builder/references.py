"""A product's reference: its barcode (EAN-13, EAN-8, UPC), its ISBN, or the merchant's own code.

The one place that reads a reference, for the product form, the catalogue import and the
model itself, so that a code is accepted, refused and written the same way everywhere. It is
what recognises a product from one file to the next (the import updates the product whose
reference it finds), so one product must have one spelling:

- a code of 8, 12 or 13 digits (spaces allowed, as printed under a barcode) is a barcode and
  must have a valid check digit; a 12-digit UPC is written as the 13-digit EAN it is (with a
  leading 0), so a scanner giving either finds the same product;
- an ISBN of 10 or 13 characters (spaces or hyphens allowed, ``X`` as the ISBN-10 check digit)
  must be valid too; an ISBN-10 is stored as its ISBN-13, so a book has one reference whether
  the merchant typed « 2-07-036822-X » or « 978-2-07-036822-8 »;
- anything else is the merchant's own code: letters without accents, digits, ``-``, ``_`` and
  ``.``, starting with a letter or a digit, stored in capitals (« pain-01 » is « PAIN-01 »).

Hyphens only make an ISBN of a run of digits: « 2024-0001 » is a merchant's code, not an
invalid EAN-8.

This module imports no model, so that ``storefront_builder.models`` can use it.
"""

import math
import re

from django.utils.translation import gettext as _
from stdnum import ean, isbn
from stdnum.exceptions import ValidationError as StdnumError

MAX_LENGTH = 40
BARCODE_LENGTHS = (8, 12, 13)
ISBN_PREFIXES = ("978", "979")

SPACES = re.compile(r"\s+")
DIGITS = re.compile(r"\d+")
ISBN10 = re.compile(r"\d{9}[\dX]")
OWN_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
#: How a spreadsheet writes a long number it has shortened: « 3,01762E+12 ».
SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?E\+?\d+")


class ReferenceRefused(ValueError):
    """The text typed is not a reference; the message says why, in French."""


def _text(value) -> str:
    """The cell or the field as text; a spreadsheet gives a barcode as a number."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value)


def _barcode(digits: str) -> str:
    try:
        ean.validate(digits)
    except StdnumError as error:
        raise ReferenceRefused(
            _("Ce code EAN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle).")
        ) from error
    return digits.zfill(13) if len(digits) == 12 else digits


def _isbn(code: str) -> str:
    try:
        isbn.validate(code)
    except StdnumError as error:
        raise ReferenceRefused(
            _("Cet ISBN n'est pas valide : vérifiez le dernier chiffre (clé de contrôle).")
        ) from error
    return isbn.to_isbn13(code)


def parse_reference(value) -> str:
    """The stored form of a typed reference, "" for none; raises ReferenceRefused."""
    text = _text(value).strip().upper()
    if not text:
        return ""
    without_spaces = SPACES.sub("", text)
    compact = without_spaces.replace("-", "")
    has_hyphens = compact != without_spaces
    is_isbn_shape = ISBN10.fullmatch(compact) or (
        len(compact) == 13 and compact.startswith(ISBN_PREFIXES) and DIGITS.fullmatch(compact)
    )
    if is_isbn_shape:
        return _isbn(compact)
    if not has_hyphens and DIGITS.fullmatch(compact) and len(compact) in BARCODE_LENGTHS:
        return _barcode(compact)
    if SCIENTIFIC.fullmatch(without_spaces):
        raise ReferenceRefused(
            _(
                "Ce code a été abrégé par le tableur (%(text)s) : mettez la colonne au format "
                "Texte, retapez les codes et enregistrez à nouveau le fichier."
            )
            % {"text": text}
        )
    if len(text) > MAX_LENGTH:
        raise ReferenceRefused(_("La référence dépasse 40 caractères."))
    if not OWN_CODE.fullmatch(text):
        raise ReferenceRefused(
            _(
                "Une référence ne contient que des lettres sans accent, des chiffres et les "
                "signes - _ . (sans espace), et commence par une lettre ou un chiffre."
            )
        )
    return text
