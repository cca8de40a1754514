"""One URL, so that routing costs what it costs in any real project."""

from django.urls import path

from bench.minimal.views import fixed_page

urlpatterns = [path("", fixed_page)]
