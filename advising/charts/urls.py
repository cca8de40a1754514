"""URLs of the advisor workspace's charts area; included by advising/urls.py ("advising")."""

from django.urls import path

from advising.charts import views

urlpatterns = [
    path("conseiller/graphiques/", views.charts, name="charts"),
]
