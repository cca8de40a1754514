"""The portfolio's exports: the page's filters and sort, all matching rows."""

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role
from advising.portfolio.exports import portfolio_csv, portfolio_xlsx
from advising.portfolio.forms import PortfolioForm


def _export(request, build) -> HttpResponse:
    form = PortfolioForm(request.GET, user=request.user)
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("Ces filtres ne sont pas valides : corrigez-les sur la page du portefeuille."),
            content_type="text/plain; charset=utf-8",
        )
    return build(form.businesses().iterator(chunk_size=1000))


@role_required(Role.ADVISOR, Role.STAFF)
def export_csv(request):
    return _export(request, portfolio_csv)


@role_required(Role.ADVISOR, Role.STAFF)
def export_xlsx(request):
    return _export(request, portfolio_xlsx)
