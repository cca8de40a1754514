"""URLs of the advisor workspace's business area; included by advising/urls.py ("advising")."""

urlpatterns = []
