"""URLs of the advisor workspace's portfolio area; included by advising/urls.py ("advising")."""

urlpatterns = []
