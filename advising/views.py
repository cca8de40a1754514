"""The advisor's workspace: the portfolio page (its exports live in advising/portfolio/)."""

from django.core.paginator import Paginator
from django.shortcuts import render

from accounts.decorators import role_required
from accounts.roles import Role
from advising.portfolio.forms import PER_PAGE, PortfolioForm
from advising.portfolio.table import COLUMNS, cells


@role_required(Role.ADVISOR, Role.STAFF)
def portfolio(request):
    """The businesses an advisor follows, filtered, sorted and paginated; staff see every
    portfolio and may narrow it to one advisor's."""
    form = PortfolioForm(request.GET, user=request.user)
    context = {"form": form, "columns": COLUMNS}
    if not form.is_valid():
        return render(request, "advising/portfolio.html", context, status=400)
    page = Paginator(form.businesses(), PER_PAGE).get_page(form.cleaned_data["page"])
    context.update(
        results=page,
        headers=_headers(form.sort),
        rows=[(business, cells(business)) for business in page.object_list],
        filtered=form.filtered,
        export_query=_without_page(request.GET),
    )
    return render(request, "advising/portfolio.html", context)


def _headers(sort: str) -> list[dict]:
    """Each column's header: its sort link (a second click reverses it) and its aria-sort."""
    current, descending = sort.removeprefix("-"), sort.startswith("-")
    headers = []
    for column in COLUMNS:
        sorted_here = column.key == current
        headers.append(
            {
                "label": column.header,
                "tri": f"-{column.key}" if sorted_here and not descending else column.key,
                "aria_sort": ("descending" if descending else "ascending") if sorted_here else "",
            }
        )
    return headers


def _without_page(query) -> str:
    query = query.copy()
    query.pop("page", None)
    return query.urlencode()
