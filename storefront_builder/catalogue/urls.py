"""URLs of the catalogue area; included by shops/urls.py under the "shops" namespace."""

from django.urls import path

from storefront_builder.catalogue import views

urlpatterns = [
    path("ma-boutique/produits/", views.product_list, name="products"),
    path("ma-boutique/produits/nouveau/", views.product_add, name="product_add"),
    path("ma-boutique/produits/<id:pk>/", views.product_edit, name="product_edit"),
    path(
        "ma-boutique/produits/<id:pk>/dupliquer/",
        views.product_duplicate,
        name="product_duplicate",
    ),
    path("ma-boutique/produits/<id:pk>/supprimer/", views.product_delete, name="product_delete"),
    path("ma-boutique/produits/import/", views.product_import, name="product_import"),
    path(
        "ma-boutique/produits/export.csv",
        views.product_export,
        {"extension": "csv"},
        name="product_export_csv",
    ),
    path(
        "ma-boutique/produits/export.xlsx",
        views.product_export,
        {"extension": "xlsx"},
        name="product_export_xlsx",
    ),
    path(
        "ma-boutique/produits/import/modele.csv",
        views.product_import_template,
        name="product_import_template",
    ),
    path(
        "ma-boutique/produits/import/<id:pk>/",
        views.product_import_report,
        name="product_import_report",
    ),
]
