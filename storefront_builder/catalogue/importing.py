"""Reading a catalogue from a CSV or XLSX file, row by row, into good rows and a report.

Owners export their products from a till, a spreadsheet or a supplier's list, so the reader
is lenient about the form and strict about the content:

- the type is decided by the bytes, never the name: an XLSX is a zip that openpyxl opens
  (read-only, computed values); anything else must be text (UTF-8 with or without BOM,
  else Windows-1252, Excel's "CSV" on a French Windows) without NUL bytes nor markup.
  A PNG renamed ``.csv``, an HTML page or an old ``.xls`` are refused with a message, and
  nothing is stored;
- the separator is ";" (French Excel) or "," (or a tab), whichever the header line uses;
- headers are matched without case, accents or punctuation, with synonyms ("Prix TTC (€)",
  "Catégorie", "Désignation"…); unknown columns are ignored; "nom" and "prix" are required;
- values follow ``storefront_builder.catalogue.values`` (decimal comma, "illimité", oui/non…),
  references ``storefront_builder.references`` (EAN, ISBN or the merchant's own code);
- a row whose reference is an existing product's will update that product rather than add
  one (``services.apply_import``). Its blank cells leave the product's values as they are:
  a price list with only « référence ; nom ; prix ; stock » must not empty the descriptions
  nor move the products out of their rayons. Each row lists them under ``keep``. A reference
  given twice in one file is an error on its second line: which row should win is unclear;
- a cell that ``core.exports`` protected with a leading quote (« '=promo ») is read without
  it, so that the catalogue export reads back exactly as it was.

The result is a ``ParsedCatalogue``: good rows as JSON-ready dicts, and one error per bad
cell with its line number as the owner's spreadsheet shows it and the column as she named
it. Nothing is written here; ``services.store_import`` keeps it for the report page.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from core.exports import unneutralised
from core.formatting import format_number
from storefront_builder.catalogue.values import (
    default_vat_rate,
    parse_price,
    parse_stock,
    parse_vat_rate,
    parse_yes_no,
    plain,
)
from storefront_builder.references import ReferenceRefused, parse_reference

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
#: An XLSX is compressed: a small file could unpack into gigabytes of XML.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
#: Columns read from each row; a catalogue never needs more, a crafted file may have 16,384.
MAX_COLUMNS = 40
MAX_BLANK_RUN = 1000
MAX_NAME = 120
MAX_DESCRIPTION = 2000
MAX_CATEGORY = 60

FIELDS = ("reference", "name", "description", "price", "vat_rate", "stock", "category", "visible")
#: What a blank cell (or a missing column) leaves as it is on a product the row updates.
KEPT_WHEN_BLANK = ("description", "vat_rate", "stock", "category", "visible")
#: Header spellings, once lowered, without accents and punctuation (see ``_header_key``).
SYNONYMS = {
    "reference": {
        "reference",
        "ref",
        "references",
        "reference produit",
        "reference article",
        "ref produit",
        "ref article",
        "sku",
        "ean",
        "ean13",
        "ean 13",
        "code ean",
        "gtin",
        "upc",
        "isbn",
        "code isbn",
        "code barres",
        "code barre",
        "codebarre",
        "codebarres",
        "gencod",
        "gencode",
        "code article",
        "code produit",
    },
    "name": {"nom", "nom du produit", "produit", "article", "designation", "libelle", "name"},
    "description": {"description", "descriptif", "detail", "details", "description du produit"},
    "price": {
        "prix",
        "prix ttc",
        "prix de vente",
        "prix de vente ttc",
        "prix unitaire",
        "prix unitaire ttc",
        "prix eur",
        "prix ttc eur",
        "prix euros",
        "prix ttc euros",
        "tarif",
        "price",
    },
    "vat_rate": {"tva", "taux de tva", "taux tva", "taux", "vat"},
    "stock": {"stock", "quantite", "quantite en stock", "qte", "qte en stock", "quantity"},
    "category": {"rayon", "categorie", "famille", "category"},
    "visible": {"visible", "visible en boutique", "en ligne", "publie", "affiche", "en vente"},
}
HEADER_TO_FIELD = {spelling: name for name, spellings in SYNONYMS.items() for spelling in spellings}

#: Text never holds these; a binary file decoded as Windows-1252 does.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ZIP_SIGNATURE = b"PK\x03\x04"
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc of Office 97-2003
#: The columns of the model file and of the catalogue export, as the import reads them.
TEMPLATE_HEADER = ["référence", "nom", "description", "prix", "tva", "stock", "rayon", "visible"]


class ImportRefused(ValueError):
    """The whole file is refused; the message says why, in French, and nothing is kept."""


@dataclass
class ParsedCatalogue:
    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def _not_a_table() -> ImportRefused:
    return ImportRefused(
        _(
            "Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx). Enregistrez votre tableau "
            "au format CSV ou XLSX depuis votre tableur, puis recommencez."
        )
    )


def read_catalogue(upload, shop) -> ParsedCatalogue:
    """Read an uploaded file into good rows and errors; raises ImportRefused for the file."""
    if not upload.size:
        raise ImportRefused(_("Ce fichier est vide."))
    if upload.size > MAX_BYTES:
        raise ImportRefused(_("Ce fichier dépasse 5 Mo : découpez-le en plusieurs fichiers."))
    upload.seek(0)
    content = upload.read(MAX_BYTES + 1)
    if content.startswith(ZIP_SIGNATURE):
        lines = _xlsx_lines(content)
    elif content.startswith(OLE2_SIGNATURE):
        raise ImportRefused(
            _(
                "Les classeurs Excel 97-2003 (.xls) ne sont pas lus : enregistrez le fichier "
                "au format .xlsx ou CSV, puis recommencez."
            )
        )
    else:
        lines = _csv_lines(content)
    return _parse(lines, shop)


def _xlsx_lines(content: bytes):
    """(line number, cells) of the first sheet, values as Excel computed them."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise _not_a_table() from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            _("Ce classeur est trop volumineux : découpez-le en plusieurs fichiers.")
        )
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a zip that is not a workbook.
        raise _not_a_table() from error
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        return _collect((number, list(cells)) for number, cells in enumerate(rows, start=1))
    except ImportRefused:
        raise
    except Exception as error:
        raise _not_a_table() from error
    finally:
        workbook.close()


def _csv_lines(content: bytes):
    """(line number, cells) of a CSV file, decoded and split on the separator it uses."""
    if b"\x00" in content:
        raise _not_a_table()
    text = _decode(content)
    if text.lstrip().startswith("<") or CONTROL_CHARACTERS.search(text):
        raise _not_a_table()
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = max((";", ",", "\t"), key=first.count) if first else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        return _collect((reader.line_num, cells[:MAX_COLUMNS]) for cells in reader)
    except csv.Error as error:
        raise _not_a_table() from error


def _decode(content: bytes) -> str:
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _not_a_table() from error


def _too_many_rows() -> ImportRefused:
    return ImportRefused(
        _("Ce fichier a plus de %(max)s lignes de produits : découpez-le en plusieurs fichiers.")
        % {"max": format_number(MAX_ROWS)}
    )


def _collect(numbered_rows) -> list[tuple[int, list]]:
    """The non-blank (line number, cells), header first; refused past MAX_ROWS products.

    Spreadsheets often carry formatted but empty rows down to line 1,048,576: reading stops
    after MAX_BLANK_RUN blank rows in a row, which no real catalogue has.
    """
    lines, blank_run = [], 0
    for number, cells in numbered_rows:
        if _blank(cells):
            blank_run += 1
            if blank_run > MAX_BLANK_RUN:
                break
            continue
        blank_run = 0
        lines.append((number, cells))
        if len(lines) > MAX_ROWS + 1:
            raise _too_many_rows()
    return lines


def _blank(cells) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in cells)


def _header_key(label) -> str:
    """ "Prix TTC (€)" -> "prix ttc", "Catégorie" -> "categorie", "Qté." -> "qte"."""
    words = "".join(char if char.isalnum() else " " for char in plain(label or ""))
    return " ".join(words.split())


def _columns(header: list) -> dict[str, tuple[int, str]]:
    """Field name -> (index, label as written in the file); the first matching column wins."""
    columns = {}
    for index, label in enumerate(header):
        name = HEADER_TO_FIELD.get(_header_key(label))
        if name and name not in columns:
            columns[name] = (index, str(label).strip())
    missing = [name for name in ("name", "price") if name not in columns]
    if missing:
        raise ImportRefused(
            _(
                "La première ligne du fichier doit nommer les colonnes, avec au moins « nom » "
                "et « prix » (voir le modèle à télécharger). Colonnes lues : %(found)s."
            )
            % {"found": ", ".join(str(label) for label in header if label not in (None, ""))}
        )
    return columns


def _parse(lines, shop) -> ParsedCatalogue:
    if not lines:
        raise ImportRefused(_("Ce fichier est vide."))
    (_header_line, header), rows = lines[0], lines[1:]
    columns = _columns(header)
    if not rows:
        raise ImportRefused(_("Ce fichier ne contient aucun produit sous la ligne des colonnes."))
    parsed = ParsedCatalogue()
    default_rate = default_vat_rate(shop)
    first_lines: dict[str, int] = {}  # reference -> the line that gave it first
    for number, cells in rows:
        row, errors = _parse_row(number, cells, columns, default_rate, first_lines)
        if errors:
            parsed.errors.extend(errors)
        else:
            parsed.rows.append(row)
    return parsed


def _parse_row(number: int, cells: list, columns: dict, default_rate: str, first_lines: dict):
    errors = []

    def cell(name):
        if name not in columns:
            return None
        index = columns[name][0]
        value = cells[index] if index < len(cells) else None
        return unneutralised(value) if isinstance(value, str) else value

    def text(name):
        value = cell(name)
        return "" if value is None else " ".join(str(value).split())

    def error(name, message):
        errors.append({"line": number, "column": columns[name][1], "message": str(message)})

    row = {"line": number, "reference": ""}
    try:
        reference = parse_reference(cell("reference"))
    except ReferenceRefused as problem:
        error("reference", problem)
    else:
        if reference in first_lines:
            error(
                "reference",
                _("La référence %(reference)s figure déjà à la ligne %(line)s du fichier.")
                % {"reference": reference, "line": first_lines[reference]},
            )
        elif reference:
            first_lines[reference] = number
        row["reference"] = reference

    name = text("name")
    if not name:
        error("name", _("Le nom du produit manque."))
    elif len(name) > MAX_NAME:
        error("name", _("Le nom dépasse 120 caractères."))
    row["name"] = name

    description = cell("description")
    description = "" if description is None else str(description).strip()
    if len(description) > MAX_DESCRIPTION:
        error("description", _("La description dépasse 2 000 caractères."))
    row["description"] = description

    price = cell("price")
    if price is None or str(price).strip() == "":
        error("price", _("Le prix manque."))
    else:
        try:
            row["price"] = str(parse_price(price))
        except ValueError as problem:
            error("price", problem)

    rate = cell("vat_rate")
    if rate is None or str(rate).strip() == "":
        row["vat_rate"] = default_rate
    else:
        try:
            row["vat_rate"] = parse_vat_rate(rate)
        except ValueError as problem:
            error("vat_rate", problem)

    try:
        row["stock"] = parse_stock(cell("stock"))
    except ValueError as problem:
        error("stock", problem)

    category = text("category")
    if len(category) > MAX_CATEGORY:
        error("category", _("Le rayon dépasse 60 caractères."))
    row["category"] = category

    visible = cell("visible")
    if visible is None or str(visible).strip() == "":
        row["visible"] = True
    else:
        try:
            row["visible"] = parse_yes_no(visible)
        except ValueError as problem:
            error("visible", problem)
    row["keep"] = [field_name for field_name in KEPT_WHEN_BLANK if _blank([cell(field_name)])]
    return row, errors


#: What a row gives a product, in the model's terms; the stored row keeps the price as text.
IMPORTED_FIELDS = ("name", "description", "price", "vat_rate", "stock", "category", "visible")


def product_values(row: dict) -> dict:
    """A stored good row as the values of a new product."""
    return {name: Decimal(row[name]) if name == "price" else row[name] for name in IMPORTED_FIELDS}


def changes(product, row: dict) -> dict:
    """What the row changes on the existing product it names by reference: its non-blank
    cells that differ from the product's values (the rest is left as it is)."""
    kept = set(row.get("keep", ()))
    values = product_values(row)
    return {
        name: value
        for name, value in values.items()
        if name not in kept and getattr(product, name) != value
    }


def template_rows() -> list[list[str]]:
    """The downloadable model: the expected columns and two example rows."""
    return [
        TEMPLATE_HEADER,
        [
            "PAIN-01",
            _("Baguette tradition"),
            _("Farine Label Rouge, levain naturel"),
            "1,30",
            "5,5",
            "",
            _("Pains"),
            _("oui"),
        ],
        ["", _("Coffret cadeau"), "", "24,90", "20", "12", _("Cadeaux"), _("non")],
    ]
