"""URLs of the advisor workspace's business area; included by advising/urls.py ("advising").

The page itself stays at ``businesses:detail`` (/entreprises/<pk>/); these are its forms.
"""

from django.urls import path

from advising.business import views

urlpatterns = [
    path("conseiller/entreprises/<int:pk>/notes/", views.note_add, name="note_add"),
    path("conseiller/entreprises/<int:pk>/relance/", views.reminder_send, name="reminder_send"),
]
