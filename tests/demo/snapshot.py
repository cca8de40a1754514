"""What the demo puts in the database, as plain data without ids: every text, setting and
block an editor wrote, with the pages, people and files it points to named rather than numbered.

Two loads of the same content give equal snapshots, whatever the ids and the order of insertion;
the fingerprint of a snapshot is what the equivalence test keeps.
"""

import hashlib
import json
from datetime import date, datetime, time
from decimal import Decimal

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from accounts.models import User
from core.home.models import HomePage
from core.models import StandardPage
from courses.live.models import (
    Attendance,
    BootcampIndexPage,
    BootcampPage,
    Registration,
    WebinarIndexPage,
    WebinarPage,
)
from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage
from demo.content.exporter import plain
from demo.content.portable import to_portable
from onboarding.grants.models import Programme
from onboarding.profile.models import Business
from storefront_builder.models import Shop

PAGE_FIELDS = {
    HomePage: ("seo_title", "intro", "sections"),
    StandardPage: ("intro", "body"),
    CatalogPage: ("intro",),
    TrackPage: ("intro", "is_core"),
    CoursePage: (
        "summary",
        "objectives",
        "level",
        "format",
        "effort_hours",
        "prerequisites_text",
        "image",
    ),
    LessonPage: (
        "intro",
        "estimated_minutes",
        "optional",
        "objectives",
        "body",
        "sources",
        "last_checked",
        "quiz",
        "quiz_pass_mark",
    ),
    WebinarIndexPage: ("intro",),
    BootcampIndexPage: ("intro",),
    WebinarPage: (
        "summary",
        "description",
        "capacity",
        "start",
        "end",
        "speakers",
        "join_url",
        "replay_url",
        "materials",
    ),
    BootcampPage: (
        "summary",
        "description",
        "capacity",
        "application_prompt",
        "sessions_required",
    ),
}
#: The generated portfolio is not content: its figures come from a random draw.
GENERATED_USER = {"user__email__endswith": "@seed.example"}
SHOP_FIELDS = (
    "slug",
    "name",
    "category",
    "street_address",
    "postcode",
    "commune",
    "phone",
    "palette",
    "description",
    "pickup_instructions",
    "status",
)
PRODUCT_FIELDS = ("category", "name", "description", "price", "vat_rate", "stock", "position")
BUSINESS_FIELDS = (
    "trade_name",
    "siret",
    "siren",
    "legal_form",
    "naf_code",
    "sector",
    "created_on",
    "headcount",
    "annual_turnover",
    "postcode",
    "commune",
    "closed_by_decree",
    "website",
    "social_networks",
    "marketplaces",
)
PROGRAMME_FIELDS = (
    "name",
    "slug",
    "summary",
    "description",
    "is_example",
    "published",
    "activity_started_before",
    "expenses_from",
    "expenses_until",
    "application_deadline",
)


def _document(pk) -> list:
    document = get_document_model().objects.get(pk=pk)
    with document.file.open("rb") as handle:
        return [document.title, hashlib.sha256(handle.read()).hexdigest()]


def _image(image) -> list | None:
    return [image.title, image.width, image.height] if image else None


def _files_named(value):
    """Stream data with its documents and images named by their title (and content), and the
    pages its texts link to by their path: ids depend on what the database held before (on
    PostgreSQL, sequences outlive a rolled-back test)."""
    if isinstance(value, str) and 'linktype="page"' in value:
        return to_portable(value)
    if isinstance(value, list):
        return [_files_named(item) for item in value]
    if isinstance(value, dict):
        named = {key: _files_named(item) for key, item in value.items()}
        if isinstance(value.get("document"), int):
            named["document"] = _document(value["document"])
        if isinstance(value.get("image"), int):
            named["image"] = _image(get_image_model().objects.get(pk=value["image"]))
        return named
    return value


def _value(value):
    if hasattr(value, "raw_data"):
        return _files_named(plain(list(value.raw_data)))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, get_image_model()):
        return _image(value)
    if hasattr(value, "source"):  # RichText
        return _files_named(value.source)
    return value


def _page(page) -> dict:
    record = {
        "type": type(page).__name__,
        "url_path": page.url_path,
        "title": page.title,
        "slug": page.slug,
        "live": page.live,
    }
    for name in PAGE_FIELDS.get(type(page), ()):
        record[name] = _value(getattr(page, name))
    if isinstance(page, CoursePage):
        record["themes"] = sorted(theme.name for theme in page.themes.all())
        record["prerequisites"] = sorted(p.url_path for p in page.prerequisites.all())
    if isinstance(page, WebinarPage | BootcampPage):
        record["related_courses"] = sorted(c.url_path for c in page.related_courses.all())
    if isinstance(page, BootcampPage):
        record["sessions"] = [
            {
                name: _value(getattr(session, name))
                for name in ("title", "start", "end", "online", "address", "join_url")
            }
            for session in page.bootcamp_sessions.order_by("sort_order", "pk")
        ]
    return record


def _shop(shop: Shop) -> dict:
    record = {name: _value(getattr(shop, name)) for name in SHOP_FIELDS}
    record["owner"] = shop.owner.email
    record["business"] = shop.business.siret if shop.business else None
    record["cover"] = _image(shop.cover)
    record["hours"] = sorted(
        (h.weekday, h.opens.isoformat(), h.closes.isoformat()) for h in shop.opening_hours.all()
    )
    record["pickup"] = sorted(
        (w.weekday, w.starts.isoformat(), w.ends.isoformat()) for w in shop.pickup_windows.all()
    )
    record["products"] = [
        {**{name: _value(getattr(p, name)) for name in PRODUCT_FIELDS}, "photo": _image(p.photo)}
        for p in shop.products.order_by("position")
    ]
    return record


def content_snapshot() -> dict:
    """The demo's content in the database, leaving out the generated portfolio and what code
    derives from the content (a shop's HTML description, its pickup slots)."""
    site = Site.objects.get(is_default_site=True)
    people = User.objects.exclude(email__endswith="@seed.example").order_by("email")
    return {
        "site": [site.hostname, site.port, site.site_name, site.root_page.url_path],
        # The French pages: their English translations (``.en.`` files) are the subject of
        # tests/courses/test_translations.py and would tie this fingerprint to their wording.
        "pages": [
            _page(page)
            for page in Page.objects.filter(locale__language_code="fr")
            .order_by("path")
            .specific()[1:]
        ],
        "people": [
            [user.email, user.first_name, user.last_name, user.has_usable_password()]
            + sorted(user.groups.values_list("name", flat=True))
            for user in people
        ],
        "registrations": sorted(
            [
                registration.event.url_path,
                registration.user.email,
                registration.status,
                registration.motivation,
                registration.decided_by.email if registration.decided_by else None,
            ]
            for registration in Registration.objects.exclude(**GENERATED_USER).select_related(
                "event", "user"
            )
        ),
        "attendance": sorted(
            [a.registration.user.email, a.present, a.minutes, a.source]
            for a in Attendance.objects.exclude(
                registration__user__email__endswith="@seed.example"
            ).select_related("registration__user")
        ),
        "businesses": [
            {name: _value(getattr(business, name)) for name in BUSINESS_FIELDS}
            for business in Business.objects.exclude(owner__email__endswith="@seed.example")
        ],
        "programmes": [
            {name: _value(getattr(programme, name)) for name in PROGRAMME_FIELDS}
            for programme in Programme.objects.filter(is_example=True).order_by("slug")
        ],
        "shops": [
            _shop(shop)
            for shop in Shop.objects.exclude(owner__email__endswith="@seed.example").order_by(
                "slug"
            )
        ],
    }


def fingerprint(snapshot: dict) -> str:
    return hashlib.sha256(
        json.dumps(snapshot, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
