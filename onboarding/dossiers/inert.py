"""Invoices made inert before they join the dossier a funder opens.

An uploaded PDF is checked for what it is (``core.uploads``), not for what it does: it may run
JavaScript when opened (``/OpenAction``, ``/AA``, the ``/JavaScript`` name tree), launch a
program (``/Launch``), send the reader to a site (``/URI`` links), carry files
(``/EmbeddedFiles``, file-attachment annotations) or an XFA or AcroForm form with scripts.
Appended as it is, the dossier would carry all of it to the funder's desk under the platform's
name. So before its pages are appended:

1. the annotations are flattened (what printing shows is drawn into the page: a filled-in
   form's values stay readable), then removed with every link, widget and attachment;
2. the document's and the pages' actions, names, forms and outlines are removed;
3. every object left is scrubbed of the keys that start an action or hold a file, in case one
   hides where the first two steps do not look.

Rasterising would be simpler to trust but would turn text into pictures that funders' tools
cannot search or read aloud; the pages keep their text.
"""

import logging

import pikepdf

logger = logging.getLogger(__name__)

#: Keys that run something, point outside, or carry a file or a form, wherever they are.
ACTIVE_KEYS = (
    "/JS",
    "/JavaScript",
    "/OpenAction",
    "/AA",
    "/EmbeddedFiles",
    "/EF",
    "/URI",
    "/Launch",
    "/XFA",
    "/AcroForm",
)
#: Removed from the document's catalogue: they hold actions, scripts, files and forms.
CATALOGUE_KEYS = ("/OpenAction", "/AA", "/Names", "/AcroForm", "/Outlines", "/URI")
#: Removed from each page: its actions and all its annotations (links, widgets, files).
PAGE_KEYS = ("/AA", "/Annots")


def make_inert(pdf: pikepdf.Pdf) -> None:
    """Remove every active part of ``pdf`` in place, keeping what its pages show."""
    try:
        pdf.flatten_annotations(mode="print")
    except (pikepdf.PdfError, RuntimeError, ValueError) as error:
        # Nothing is lost but the drawing of the annotations, which are removed below anyway.
        logger.warning("Annotations non aplaties : %s", error)
    _drop(pdf.Root, CATALOGUE_KEYS)
    for page in pdf.pages:
        _drop(page.obj, PAGE_KEYS)
    for obj in pdf.objects:
        _scrub(obj)


def _drop(dictionary, keys) -> None:
    for key in keys:
        if key in dictionary:
            del dictionary[key]


def _scrub(obj) -> None:
    """Remove the active keys from ``obj`` and the direct dictionaries inside it (indirect
    ones are scrubbed on their own turn in ``pdf.objects``)."""
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        _drop(obj, ACTIVE_KEYS)
        action = obj.get("/A")  # an action; in a structure element, ``/A`` is an attribute
        if isinstance(action, pikepdf.Dictionary) and "/S" in action:
            del obj["/A"]
        children = [obj[key] for key in obj.keys()]  # noqa: SIM118 (a Stream iterates bytes)
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return
    for child in children:
        if isinstance(child, pikepdf.Object) and not child.is_indirect:
            _scrub(child)
