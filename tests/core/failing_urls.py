"""The site's URL map plus one view that fails, for the error-reporting test."""

from django.urls import path

from accelerateur.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("the view failed on purpose")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
