"""Reads for the advisor's portfolio: the businesses she follows and where each one stands."""

from django.db.models import OuterRef, QuerySet, Subquery

from businesses.models import Business
from businesses.selectors import visible_businesses
from diagnostic.models import DiagnosticResult
from dossiers.models import Application


def portfolio(user) -> QuerySet[Business]:
    """The businesses ``user`` follows (all of them for staff), each annotated with its latest
    diagnostic score and the status of its latest grant application: one query, however many
    businesses."""
    latest_result = DiagnosticResult.objects.filter(business=OuterRef("pk")).order_by(
        "-taken_at", "-pk"
    )
    latest_application = Application.objects.filter(business=OuterRef("pk")).order_by(
        "-created_at", "-pk"
    )
    return (
        visible_businesses(user)
        .select_related("owner")
        .annotate(
            latest_score=Subquery(latest_result.values("overall_score")[:1]),
            latest_application_status=Subquery(latest_application.values("status")[:1]),
        )
        .order_by("trade_name", "pk")
    )
