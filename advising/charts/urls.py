"""URLs of the advisor workspace's charts area; included by advising/urls.py ("advising")."""

urlpatterns = []
