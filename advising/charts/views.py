"""The portfolio's charts page: three server-drawn SVG charts, each with its figures as a table.

No JavaScript: the drawing is computed in ``core.charts`` from the aggregates of
``advising.charts.selectors``, so the page costs the same few queries whatever the size of
the portfolio.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from advising.charts import selectors
from advising.selectors import advisor_by_id
from advising.selectors import advisors as active_advisors
from core.charts import column_chart, horizontal_bars, line_chart


@role_required(Role.ADVISOR, Role.STAFF)
def charts(request):
    """Completion, weekly activity and the programme funnel of the visible portfolio.

    Staff may pass ``?conseiller=<id>`` to see one advisor's portfolio; an advisor's
    parameter is ignored (she only ever sees her own). An unreadable or unknown advisor is
    refused with a 400 and the charts of the whole portfolio, the typed value kept.
    """
    is_staff = role_of(request.user) is Role.STAFF
    advisors = active_advisors() if is_staff else None
    typed = request.GET.get("conseiller", "").strip() if is_staff else ""
    advisor, error, status = None, "", 200
    if typed:
        advisor = advisor_by_id(typed)
        if advisor is None:
            error, status = _("Ce conseiller n'existe pas : choisissez-en un dans la liste."), 400

    distribution = selectors.completion_distribution(request.user, advisor=advisor)
    weeks = selectors.weekly_active_learners(request.user, advisor=advisor)
    stages = selectors.funnel(request.user, advisor=advisor)
    context = {
        "is_staff": is_staff,
        "advisors": advisors,
        "advisor": advisor,
        "typed_advisor": typed,
        "error": error,
        "core_count": distribution["core_count"],
        "total": distribution["total"],
        "completion": column_chart([(band.label, band.count) for band in distribution["bands"]]),
        "activity": line_chart([(week.label, week.count) for week in weeks]),
        "weeks": weeks,
        "funnel": horizontal_bars([(stage.label, stage.count) for stage in stages]),
    }
    return render(request, "advising/charts.html", context, status=status)
