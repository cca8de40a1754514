"""The portfolio's exports: the page's filters and sort, all matching rows."""

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role
from advising.portfolio.exports import portfolio_csv, portfolio_xlsx
from advising.portfolio.forms import PortfolioForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export(request, build, content_type: str, extension: str) -> HttpResponse:
    form = PortfolioForm(request.GET, user=request.user)
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("Ces filtres ne sont pas valides : corrigez-les sur la page du portefeuille."),
            content_type="text/plain; charset=utf-8",
        )
    body = build(form.businesses().iterator(chunk_size=1000))
    response = HttpResponse(body, content_type=content_type)
    filename = f"portefeuille-{timezone.localdate():%Y-%m-%d}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@role_required(Role.ADVISOR, Role.STAFF)
def export_csv(request):
    return _export(request, portfolio_csv, "text/csv; charset=utf-8", "csv")


@role_required(Role.ADVISOR, Role.STAFF)
def export_xlsx(request):
    return _export(request, portfolio_xlsx, XLSX, "xlsx")
