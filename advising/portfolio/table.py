"""The portfolio's columns: header, how a cell reads, how the column sorts.

The page and both exports are built from these definitions, so a file always holds exactly
the columns and the values the advisor saw on screen. A column that shows a count or a date
also says its raw value, so that the spreadsheet can sum and sort it.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.expressions import BaseExpression
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from advising.metrics import STOREFRONT_DRAFT, STOREFRONT_NONE, STOREFRONT_PUBLISHED
from core.formatting import format_percent
from onboarding.dossiers.models import Status
from onboarding.profile.models import Business
from storefront_builder.models import ShopStatus


@dataclass(frozen=True)
class Column:
    key: str  # the value of ``?tri=`` (prefixed with "-" for descending)
    header: str
    cell: Callable[[Business], str]
    #: Expressions to order by, ascending; a missing value sorts as the lowest one.
    order: tuple[BaseExpression, ...]
    #: The number or date behind the cell, for the exports; the cell's text when None.
    value: Callable[[Business], object] | None = None

    def ordering(self, descending: bool) -> list:
        if descending:
            return [e.desc(nulls_last=True) for e in self.order]
        return [e.asc(nulls_first=True) for e in self.order]


def _score(business) -> str:
    if business.latest_score is None:
        return _("Pas encore fait")
    return f"{business.latest_score} / 100"


def _date(value) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y") if value else _("Jamais")


def _name(business) -> str:
    """An erased owner's row says so, and nothing that named her (accounts.privacy)."""
    return _("Compte effacé") if business.owner.erased_at else business.trade_name


def _owner(business) -> str:
    if business.owner.erased_at:
        return _("Compte effacé le %(date)s") % {"date": _date(business.owner.erased_at)}
    return business.owner.get_full_name()


def _commune(business) -> str:
    return "" if business.owner.erased_at else business.commune


def _day(value):
    return timezone.localdate(value) if value else _("Jamais")


def _storefront(business) -> str:
    if business.storefront == STOREFRONT_NONE:
        return _("Aucune")
    return str(ShopStatus(business.storefront).label)


def _application(business) -> str:
    if not business.latest_application_status:
        return _("Aucune")
    return str(Status(business.latest_application_status).label)


def _rank(field: str, values: Iterable[str]) -> Case:
    """Sort a status by its place in the workflow rather than alphabetically."""
    return Case(
        *(When(**{field: value}, then=Value(i)) for i, value in enumerate(values)),
        default=Value(None),
        output_field=IntegerField(),
    )


COLUMNS: tuple[Column, ...] = (
    Column("nom", gettext_lazy("Entreprise"), _name, (F("trade_name"),)),
    Column(
        "dirigeant",
        gettext_lazy("Dirigeant"),
        _owner,
        (F("owner__last_name"), F("owner__first_name")),
    ),
    Column("commune", gettext_lazy("Commune"), _commune, (F("commune"),)),
    Column("diagnostic", gettext_lazy("Diagnostic"), _score, (F("latest_score"),)),
    Column(
        "progression",
        gettext_lazy("Tronc commun"),
        lambda b: "" if b.core_progress is None else format_percent(b.core_progress / 100),
        (F("core_progress"),),
    ),
    Column(
        "formations",
        gettext_lazy("Formations terminées"),
        lambda b: str(b.courses_completed),
        (F("courses_completed"),),
        lambda b: b.courses_completed,
    ),
    Column(
        "activite",
        gettext_lazy("Dernière activité"),
        lambda b: _date(b.last_activity_at),
        (F("last_activity_at"),),
        lambda b: _day(b.last_activity_at),
    ),
    Column(
        "webinaires",
        gettext_lazy("Webinaires suivis"),
        lambda b: str(b.webinars_attended),
        (F("webinars_attended"),),
        lambda b: b.webinars_attended,
    ),
    Column(
        "bootcamps",
        gettext_lazy("Bootcamps suivis"),
        lambda b: str(b.bootcamps_attended),
        (F("bootcamps_attended"),),
        lambda b: b.bootcamps_attended,
    ),
    Column(
        "boutique",
        gettext_lazy("Boutique"),
        _storefront,
        (_rank("storefront", [STOREFRONT_NONE, STOREFRONT_DRAFT, STOREFRONT_PUBLISHED]),),
    ),
    Column(
        "commandes",
        gettext_lazy("Commandes (30 jours)"),
        lambda b: str(b.orders_recent),
        (F("orders_recent"),),
        lambda b: b.orders_recent,
    ),
    Column(
        "demande",
        gettext_lazy("Demande d'aide"),
        _application,
        (_rank("latest_application_status", Status.values),),
    ),
)

BY_KEY = {column.key: column for column in COLUMNS}
DEFAULT_SORT = "nom"


def headers() -> list[str]:
    return [str(column.header) for column in COLUMNS]


def cells(business) -> list[str]:
    return [column.cell(business) for column in COLUMNS]


def values(business) -> list:
    """The row for a spreadsheet: numbers and dates typed, the other cells as shown."""
    return [(column.value or column.cell)(business) for column in COLUMNS]


def ordering(sort: str) -> list:
    """``order_by`` arguments for ``?tri=`` (already validated), ties broken by name."""
    descending = sort.startswith("-")
    column = BY_KEY[sort.removeprefix("-")]
    return [*column.ordering(descending), "trade_name", "pk"]
