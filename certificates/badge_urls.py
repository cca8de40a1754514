"""Open Badges 2.0 documents, at stable public URLs: their ids are these URLs (see badges.py)."""

from django.urls import path

from certificates import badges

app_name = "badges"

urlpatterns = [
    path("badges/emetteur.json", badges.issuer, name="issuer"),
    path("badges/classes/<slug:kind>.json", badges.badge_class, name="badge_class"),
    path("badges/classes/<slug:kind>.svg", badges.badge_image, name="badge_image"),
    path("badges/assertions/<uuid:pk>.json", badges.assertion, name="assertion"),
]
