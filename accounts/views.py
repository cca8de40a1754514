"""Account pages of our own; allauth provides the rest."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from accounts.selectors import user_home_url


@login_required
def home(request):
    """ "Mon espace": sends each role to its own home page."""
    return redirect(user_home_url(user=request.user))
