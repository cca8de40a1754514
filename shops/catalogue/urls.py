"""URLs of the catalogue area; included by shops/urls.py under the "shops" namespace."""

urlpatterns = []
