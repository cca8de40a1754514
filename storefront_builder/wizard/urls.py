"""URLs of the wizard area; included by shops/urls.py under the "shops" namespace."""

from django.urls import path

from storefront_builder.wizard import views

urlpatterns = [
    path("ma-boutique/", views.overview, name="wizard"),
    path("ma-boutique/identite/", views.identity, name="wizard_identity"),
    path("ma-boutique/apparence/", views.branding, name="wizard_branding"),
    path("ma-boutique/horaires/", views.hours, name="wizard_hours"),
    path("ma-boutique/retrait/", views.pickup, name="wizard_pickup"),
    path("ma-boutique/paiement/", views.payment, name="wizard_payment"),
    path("ma-boutique/publier/", views.publish, name="wizard_publish"),
    path("ma-boutique/depublier/", views.unpublish, name="wizard_unpublish"),
    path("ma-boutique/apercu/", views.preview, name="wizard_preview"),
]
