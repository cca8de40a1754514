"""URLs of the advisor workspace's cohorts area; included by advising/urls.py ("advising")."""

urlpatterns = []
