"""The owner's catalogue pages under /ma-boutique/produits/.

Every view goes through ``owner_shop``: owners only, and only their own shop's products and
imports (looked up through the shop, so another owner's id is a 404). Refused input is shown
again with status 400, the typed values kept and nothing saved.
"""

from collections import Counter
from decimal import Decimal

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.exports import csv_response, xlsx_response
from core.formatting import format_percent
from core.ids import parse_ids
from core.search import search_query
from storefront_builder.catalogue import services
from storefront_builder.catalogue.exporting import catalogue_rows
from storefront_builder.catalogue.forms import (
    CATEGORY_LIST_ID,
    BulkRowForm,
    ImportForm,
    ProductForm,
    reference_taken_message,
)
from storefront_builder.catalogue.importing import ImportRefused, read_catalogue, template_rows
from storefront_builder.catalogue.selectors import (
    CREATE,
    SAME,
    UPDATE,
    import_of,
    import_plan,
    pending_imports,
    product_of,
    products_by_ids,
    products_of,
    search_products,
    suggested_categories,
)
from storefront_builder.catalogue.values import default_vat_rate
from storefront_builder.decorators import owner_shop
from storefront_builder.images import ImageRefused
from storefront_builder.models import CatalogueImport

PAGE_SIZE = 50
#: The report page shows this many good rows as a preview; all of them are imported.
PREVIEW_ROWS = 20


# The product list and its bulk edit.


@owner_shop
@require_http_methods(["GET", "POST"])
def product_list(request, shop):
    """Products by rayon, 50 a page, with their price, stock and visibility editable at once."""
    source = request.POST if request.method == "POST" else request.GET
    query = search_query(source.get("q", ""))
    page = Paginator(search_products(shop, query), PAGE_SIZE).get_page(source.get("page"))
    if request.method == "GET":
        rows = [BulkRowForm(product=product) for product in page.object_list]
        return _render_list(request, shop, page, query, rows)

    # The rows the owner saw and submitted, looked up again within her shop only.
    ids = parse_ids(request.POST.getlist("product")[:PAGE_SIZE])
    products = products_by_ids(shop, ids)
    rows = [BulkRowForm(request.POST, product=product) for product in products]
    invalid = [row for row in rows if not row.is_valid()]  # every row, for all the messages
    if invalid:
        return _render_list(request, shop, page, query, rows, status=400)
    # Only the fields the owner changed: a stock sold meanwhile stays as the till left it.
    changed = {
        row.product: {name: row.cleaned_data[name] for name in row.changed_data}
        for row in rows
        if row.has_changed()
    }
    count = services.bulk_update(changed)
    if count:
        messages.success(
            request,
            ngettext("%(count)d produit mis à jour.", "%(count)d produits mis à jour.", count)
            % {"count": count},
        )
    else:
        messages.info(request, _("Aucune modification à enregistrer."))
    return redirect(_list_url(query, page.number))


def _render_list(request, shop, page, query, rows, status=200):
    groups = []
    for row in rows:
        category = row.product.category
        if not groups or groups[-1][0] != category:
            groups.append((category, []))
        groups[-1][1].append(row)
    context = {
        "shop": shop,
        "page": page,
        "query": query,
        "groups": groups,
        "has_errors": any(row.is_bound and row.errors for row in rows),
    }
    return render(request, "shops/catalogue/list.html", context, status=status)


def _list_url(query: str = "", page: int = 1) -> str:
    params = {key: value for key, value in (("q", query), ("page", page)) if value not in ("", 1)}
    url = reverse("shops:products")
    return f"{url}?{urlencode(params)}" if params else url


# One product.


@owner_shop
@require_http_methods(["GET", "POST"])
def product_add(request, shop):
    if request.method == "GET":
        initial = {
            "vat_rate": default_vat_rate(shop),
            "visible": True,
            "category": request.GET.get("rayon", "")[:60],
        }
        return _render_product(request, shop, ProductForm(initial=initial, shop=shop))
    return _save_product(request, shop, None)


@owner_shop
@require_http_methods(["GET", "POST"])
def product_edit(request, shop, pk: int):
    product = product_of(shop, pk, with_photo=True)
    if request.method == "GET":
        form = ProductForm(initial=ProductForm.initial_for(product), shop=shop, product=product)
        return _render_product(request, shop, form, product)
    return _save_product(request, shop, product)


#: The photo chosen on a product form that came back with errors: {shop, id, name}.
KEPT_PHOTO = "shops.kept_photo"


def _kept_photo(request, shop) -> dict | None:
    """The photo this owner chose on the form she is correcting, if the form still names it.

    Only the session knows which image was kept for her: an image id typed into the form
    by anyone else finds nothing.
    """
    kept = request.session.get(KEPT_PHOTO)
    if not isinstance(kept, dict) or kept.get("shop") != shop.pk:
        return None
    return kept if request.POST.get("photo_conservee") == str(kept.get("id")) else None


def _keep_photo(request, shop, form) -> dict | None:
    """A good photo sent with a form that has other errors is stored now, so that she does
    not have to choose it again; the page says « Photo conservée : nom.jpg »."""
    upload = form.cleaned_data.get("photo") if not form.has_error("photo") else None
    if not upload:
        return _kept_photo(request, shop)
    title = form.cleaned_data.get("name") or upload.name
    try:
        image = services.keep_photo(upload, title=title)
    except ImageRefused as error:
        form.add_error("photo", str(error))
        return None
    kept = {"shop": shop.pk, "id": image.pk, "name": upload.name}
    request.session[KEPT_PHOTO] = kept
    return kept


def _save_product(request, shop, product):
    initial = ProductForm.initial_for(product) if product else {}
    form = ProductForm(request.POST, request.FILES, initial=initial, shop=shop, product=product)
    if not form.is_valid():
        kept = _keep_photo(request, shop, form)
        return _render_product(request, shop, form, product, status=400, kept_photo=kept)
    photo = form.cleaned_data.get("photo")
    kept = None if photo else _kept_photo(request, shop)
    try:
        saved = services.save_product(
            shop,
            product,
            form.cleaned_data,
            photo=photo,
            kept_photo_id=kept["id"] if kept else None,
            remove_photo=form.cleaned_data.get("remove_photo", False),
        )
    except ImageRefused as error:  # the form checked it; the storage may still disagree
        form.add_error("photo", str(error))
        return _render_product(request, shop, form, product, status=400)
    except services.ReferenceTaken as error:  # another product took it since the check
        form.add_error("reference", reference_taken_message(str(error)))
        return _render_product(request, shop, form, product, status=400)
    request.session.pop(KEPT_PHOTO, None)
    messages.success(request, _("« %(name)s » est enregistré.") % {"name": saved.name})
    if request.POST.get("next") == "another":
        add_url = reverse("shops:product_add")
        if saved.category:
            add_url += "?" + urlencode({"rayon": saved.category})
        return redirect(add_url)
    return redirect("shops:products")


def _render_product(request, shop, form, product=None, status=200, kept_photo=None):
    context = {
        "kept_photo": kept_photo,
        "shop": shop,
        "form": form,
        "product": product,
        "categories": suggested_categories(shop),
        "category_list_id": CATEGORY_LIST_ID,
    }
    return render(request, "shops/catalogue/product_form.html", context, status=status)


@owner_shop
@require_POST
def product_duplicate(request, shop, pk: int):
    product = product_of(shop, pk)
    copy = services.duplicate_product(product)
    messages.success(
        request,
        _("Copie créée, masquée en boutique : modifiez-la puis rendez-la visible."),
    )
    return redirect("shops:product_edit", pk=copy.pk)


@owner_shop
@require_http_methods(["GET", "POST"])
def product_delete(request, shop, pk: int):
    """GET asks for confirmation; POST deletes."""
    product = product_of(shop, pk, with_photo=True)
    if request.method == "GET":
        context = {"shop": shop, "product": product}
        return render(request, "shops/catalogue/product_delete.html", context)
    name = product.name
    services.delete_product(product)
    messages.success(request, _("« %(name)s » est supprimé du catalogue.") % {"name": name})
    return redirect("shops:products")


# Import from a file.


@owner_shop
@require_http_methods(["GET", "POST"])
def product_import(request, shop):
    if request.method == "GET":
        return _render_import(request, shop, ImportForm())
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_import(request, shop, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        parsed = read_catalogue(upload, shop)
    except ImportRefused as error:
        form.add_error("file", str(error))
        return _render_import(request, shop, form, status=400)
    catalogue_import = services.store_import(shop, upload.name, parsed.rows, parsed.errors)
    return redirect("shops:product_import_report", pk=catalogue_import.pk)


def _render_import(request, shop, form, status=200):
    pending = pending_imports(shop)
    context = {"shop": shop, "form": form, "pending": pending}
    return render(request, "shops/catalogue/import.html", context, status=status)


@owner_shop
@require_http_methods(["GET", "POST"])
def product_import_report(request, shop, pk: int):
    """The report of a read file; POST applies its good rows or discards it."""
    catalogue_import = import_of(shop, pk)
    if request.method == "GET":
        return _render_report(request, shop, catalogue_import)

    if catalogue_import.state != CatalogueImport.State.PENDING:
        messages.info(request, _("Cet import a déjà été traité : rien n'a été modifié."))
        return redirect("shops:product_import_report", pk=catalogue_import.pk)
    if request.POST.get("action") == "discard":
        services.discard_import(catalogue_import)
        messages.success(request, _("Import abandonné : aucun produit n'a été ajouté."))
        return redirect("shops:product_import")
    if not catalogue_import.rows:
        problem = _(
            "Aucune ligne valide à importer : corrigez le fichier et importez-le à nouveau."
        )
        return _render_report(request, shop, catalogue_import, problem=problem, status=400)
    try:
        services.apply_import(catalogue_import, errors_read=request.POST.get("errors_read") == "on")
    except (services.ImportNotConfirmed, services.ImportConflict) as error:
        return _render_report(request, shop, catalogue_import, problem=str(error), status=400)
    if catalogue_import.state != CatalogueImport.State.APPLIED:  # another request did it
        messages.info(request, _("Cet import a déjà été traité : rien n'a été modifié."))
        return redirect("shops:products")
    _report_applied(request, catalogue_import)
    return redirect("shops:products")


def _report_applied(request, catalogue_import):
    created, updated = catalogue_import.created_count, catalogue_import.updated_count
    if created:
        messages.success(
            request,
            ngettext(
                "%(count)d produit ajouté au catalogue.",
                "%(count)d produits ajoutés au catalogue.",
                created,
            )
            % {"count": created},
        )
    if updated:
        messages.success(
            request,
            ngettext(
                "%(count)d produit mis à jour d'après sa référence.",
                "%(count)d produits mis à jour d'après leur référence.",
                updated,
            )
            % {"count": updated},
        )
    if not created and not updated:
        messages.info(request, _("Vos produits étaient déjà à jour : rien n'a été modifié."))


def _previewed(row: dict, plan: str | None) -> dict:
    """A stored row (rates kept as "5.5", as the model stores them) with its rate written
    for the reader: « 5,5 % » in French; with what applying would do to it (``plan``) and,
    for a product it updates, the columns left as they are (``keeps``)."""
    rate = Decimal(row["vat_rate"]).normalize() / 100
    keeps = set(row.get("keep", ())) if plan in (UPDATE, SAME) else set()
    return {**row, "vat_label": format_percent(rate), "plan": plan, "keeps": keeps}


def _render_report(request, shop, catalogue_import, problem="", status=200):
    """The report; while pending, it says what applying would do to the catalogue as it is
    now: how many products it would create, update, or leave as they are."""
    rows = catalogue_import.rows
    is_pending = catalogue_import.state == CatalogueImport.State.PENDING
    plan = import_plan(shop, rows) if is_pending else [None] * len(rows)
    counts = Counter(plan)
    context = {
        "shop": shop,
        "import": catalogue_import,
        "good_count": len(rows),
        "preview": [
            _previewed(row, step) for row, step in zip(rows[:PREVIEW_ROWS], plan, strict=False)
        ],
        "to_create": counts[CREATE],
        "to_update": counts[UPDATE],
        "unchanged": counts[SAME],
        "applied_unchanged": len(rows)
        - catalogue_import.created_count
        - catalogue_import.updated_count,
        "problem": problem,
        "is_pending": is_pending,
    }
    return render(request, "shops/catalogue/import_report.html", context, status=status)


@owner_shop
def product_import_template(request, shop):
    """The model file, written like every export so that Excel reads it as the import does."""
    return csv_response(template_rows(), filename="modele-catalogue.csv")


# Export, to change in a spreadsheet and import again.


@owner_shop
@require_GET
def product_export(request, shop, extension: str):
    """The whole catalogue (visible or not) in the import's columns, as CSV or XLSX."""
    rows = catalogue_rows(products_of(shop).iterator())
    filename = f"catalogue-{shop.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"
    if extension == "xlsx":
        return xlsx_response(rows, filename=filename, sheet_title=_("Catalogue"))
    return csv_response(rows, filename=filename)
