"""The advisor's workspace under /conseiller/, in four areas."""

from django.urls import path

from advising import views
from advising.business.urls import urlpatterns as business
from advising.charts.urls import urlpatterns as charts
from advising.cohorts.urls import urlpatterns as cohorts
from advising.portfolio.urls import urlpatterns as portfolio

app_name = "advising"

urlpatterns = [
    path("conseiller/", views.portfolio, name="portfolio"),
    *portfolio,
    *business,
    *charts,
    *cohorts,
]
