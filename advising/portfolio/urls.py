"""URLs of the advisor workspace's portfolio area; included by advising/urls.py ("advising").

The page itself is ``advising:portfolio`` (/conseiller/); these are its exports, which take
the same query string.
"""

from django.urls import path

from advising.portfolio import views

urlpatterns = [
    path("conseiller/export.csv", views.export_csv, name="export_csv"),
    path("conseiller/export.xlsx", views.export_xlsx, name="export_xlsx"),
]
