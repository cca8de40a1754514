from django.urls import path

from advising import views

app_name = "advising"

urlpatterns = [path("conseiller/", views.portfolio, name="portfolio")]
