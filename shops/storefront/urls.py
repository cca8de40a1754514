"""URLs of the storefront area; included by shops/urls.py under the "shops" namespace."""

urlpatterns = []
