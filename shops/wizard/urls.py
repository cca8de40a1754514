"""URLs of the wizard area; included by shops/urls.py under the "shops" namespace."""

urlpatterns = []
