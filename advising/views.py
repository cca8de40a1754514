"""The advisor's workspace."""

from django.shortcuts import render

from accounts.decorators import role_required
from accounts.roles import Role
from advising.selectors import portfolio as portfolio_of
from dossiers.models import Status


@role_required(Role.ADVISOR, Role.STAFF)
def portfolio(request):
    """The businesses an advisor follows; staff see every portfolio."""
    businesses = list(portfolio_of(request.user))
    labels = dict(Status.choices)
    for business in businesses:
        business.application_label = labels.get(business.latest_application_status, "")
    return render(request, "advising/portfolio.html", {"businesses": businesses})
