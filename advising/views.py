"""The advisor's workspace."""

from django.shortcuts import render

from accounts.decorators import role_required
from accounts.roles import Role


@role_required(Role.ADVISOR, Role.STAFF)
def portfolio(request):
    """The businesses an advisor follows; staff see every portfolio."""
    return render(request, "advising/portfolio.html")
