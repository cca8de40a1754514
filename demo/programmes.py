"""Demo data: an open copy of the chèque France Num, clearly labelled as an example; its texts
are in ``demo/content/aides.yaml``, their English versions in ``aides.en.yaml`` beside it.

The real programmes are closed (the chèque ended in 2021), so a demo site would have nothing to
apply to. The copy keeps the chèque's rules, moves its dates around today, and says everywhere
that it is a demonstration: « Exemple – » in its name, the example flag (a badge on every
page), and its description. It is copied from the seeded chèque so staff edits to the rules
carry over.
"""

import calendar
from datetime import date
from functools import cache

from demo.content import CONTENT_DIR
from demo.content.files import english_sibling, read_yaml
from onboarding.grants.models import Programme

COPIED_FIELDS = (
    "funder",
    "official_url",
    "amount_kind",
    "flat_amount",
    "rate",
    "cap",
    "step",
    "max_headcount",
    "max_turnover",
    "closure_required",
    "included_departments",
    "excluded_departments",
    "eligible_sectors",
    "eligible_categories",
    "minimum_spend",
)


@cache
def example_copy() -> dict:
    """Which programme is copied, the copy's slug, the texts that say it is an example, and
    its documents (without dates, which move)."""
    return read_yaml(CONTENT_DIR / "aides.yaml")


@cache
def english_copy() -> dict:
    """The same texts in English (the programme's ``*_en`` fields); empty without the file."""
    english = english_sibling(CONTENT_DIR / "aides.yaml")
    return read_yaml(english) if english else {}


def example_slug() -> str:
    return example_copy()["slug"]


def _add_months(day: date, months: int) -> date:
    """Same day of the month, months later (or earlier); the 31st becomes the month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _english_texts(source_name: str) -> dict:
    english = english_copy()
    if not english:
        return {}
    return {
        "name_en": f"{english.get('name_prefix', '')}{source_name}",
        "summary_en": english.get("summary", ""),
        "description_en": english.get("description", ""),
        "required_documents_en": list(english.get("required_documents") or []),
    }


def load_demo_programmes(today: date) -> Programme | None:
    """Create or refresh the example; running it again only moves its dates to the new today.

    Returns None when the real chèque has been deleted, since there is nothing to copy.
    """
    copy = example_copy()
    source = Programme.objects.filter(slug=copy["source"]).first()
    if source is None:
        return None
    until = _add_months(today, 6)
    values = {field: getattr(source, field) for field in COPIED_FIELDS}
    values.update(
        name=f"{copy['name_prefix']}{source.name}",
        summary=copy["summary"],
        description=copy["description"],
        # Its own list: the chèque's quotes the 2020–2021 window the copy does not apply.
        required_documents=list(copy["required_documents"]),
        **_english_texts(source.name),
        is_example=True,
        published=True,
        activity_started_before=today,
        expenses_from=_add_months(today, -12),
        expenses_until=until,
        application_deadline=until,
    )
    programme, _ = Programme.objects.update_or_create(slug=copy["slug"], defaults=values)
    return programme
