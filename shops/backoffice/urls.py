"""URLs of the backoffice area; included by shops/urls.py under the "shops" namespace."""

urlpatterns = []
