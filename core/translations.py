"""Pages in two languages: the French page is the page, an English one only its text.

Editors translate a page in the CMS (Wagtail's simple translation); the copy lives in a second
tree under the English home page. Learner data (enrolments, progress, quiz attempts,
certificates, registrations, recommendations) always points to the page in the default locale,
so a learner who started in French finds her progress in English, and global lists count each
course once. Routing serves the translation in the visitor's language at the French page's
address (core.home.models.HomePage.route).

The helpers here let the rest of the code keep to that rule:

- ``in_default_locale(queryset)``: the pages learner data may point to (no English copies);
- ``original_of(page)``: the default-locale page of a page served in any language;
- ``translated(pages, fields)``: the same pages with their text in the visitor's language,
  in one query.

Locale ids come from the cache (one query after a Locale changes, none otherwise), so pages
keep their number of queries.
"""

import copy

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

LOCALES_KEY = "translations:locale-ids"
# Set by the routing on a translation it serves: the default-locale page it stands for.
ORIGINAL_ATTR = "_original_page"


# Locales are rows made once (a migration, or an administrator adding a language that the
# settings already list), so each process keeps them after the first read: pages then cost
# no query for them, even on a cold cache.
_known: dict[str, int] = {}


def locale_ids() -> dict[str, int]:
    """Language code → Locale id, for every locale."""
    if not _known:
        ids = cache.get(LOCALES_KEY)
        if ids is None:
            ids = dict(Locale.all_objects.values_list("language_code", "pk"))
            cache.set(LOCALES_KEY, ids, 3600)
        _known.update(ids)
    return _known


def forget_locales(**_kwargs) -> None:
    _known.clear()
    cache.delete(LOCALES_KEY)


def connect_signals() -> None:
    """Called from CoreConfig.ready: a new or removed locale is seen at once."""
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(forget_locales, sender=Locale, dispatch_uid=f"translations-locale-{name}")


def _locale_id(language_code: str) -> int | None:
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return locale_ids().get(code)


def default_locale_id() -> int | None:
    return _locale_id(settings.LANGUAGE_CODE)


def active_locale_id() -> int | None:
    """The locale of the interface language, or None for a language the CMS has no pages in."""
    return _locale_id(translation.get_language() or settings.LANGUAGE_CODE)


def language_of(page) -> str:
    """The language code of a page's content."""
    codes = {pk: code for code, pk in locale_ids().items()}
    return codes.get(page.locale_id, settings.LANGUAGE_CODE)


def is_original(page) -> bool:
    return page.locale_id == default_locale_id()


def in_default_locale(queryset):
    """Only default-locale pages: each course, lesson or event once, the one data points to."""
    return queryset.filter(locale_id=default_locale_id())


def _default_language_active() -> bool:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0] == (
        settings.LANGUAGE_CODE
    )


def original_of(page):
    """The default-locale page a page stands for (itself when it is one), of the same type.

    One query for a translation the routing did not serve, none otherwise. A translation whose
    original was deleted stands for itself.
    """
    if page is None or is_original(page):
        return page
    found = getattr(page, ORIGINAL_ATTR, None)
    if found is None:
        found = (
            type(page)
            .objects.filter(translation_key=page.translation_key, locale_id=default_locale_id())
            .first()
        )
        found = found or page
        setattr(page, ORIGINAL_ATTR, found)
    return found


def live_translation(page):
    """The live translation of a default-locale page in the active language, or None (one
    query, none in French). An alias is no translation: Wagtail makes one of each parent an
    editor did not translate, and it only mirrors the French page."""
    if _default_language_active():
        return None
    locale_id = active_locale_id()
    if locale_id is None or locale_id == page.locale_id:
        return None
    found = (
        type(page)
        .objects.live()
        .filter(translation_key=page.translation_key, locale_id=locale_id, alias_of=None)
        .first()
    )
    if found is not None:
        setattr(found, ORIGINAL_ATTR, page)
    return found


def translated(pages, fields=("title",)) -> list:
    """Copies of default-locale pages showing the given fields in the active language, where a
    live translation exists; the others unchanged. One query in English, none in French.

    The copies keep the original's id, tree path and address, so links, progress and statuses
    still point to the one page; they are for display and are never saved.
    """
    pages = list(pages)
    if _default_language_active():
        return pages
    locale_id = active_locale_id()
    if not pages or locale_id is None or locale_id == default_locale_id():
        return pages
    model = type(pages[0])
    texts = {
        row["translation_key"]: row
        for row in model.objects.live()
        .filter(
            translation_key__in={page.translation_key for page in pages},
            locale_id=locale_id,
            alias_of=None,
        )
        .values("translation_key", *fields)
    }
    shown = []
    for page in pages:
        row = texts.get(page.translation_key)
        if row is not None:
            page = copy.copy(page)
            for name in fields:
                setattr(page, name, row[name])
            page.shown_translated = True
        shown.append(page)
    return shown


def text_language(content) -> str:
    """The language ``content``'s text is written in: the interface's for a page shown with
    its translation (``translated``), the page's own locale for a page, French for anything
    else the CMS holds (an event title quoted in a sentence, a track listed untranslated)."""
    if getattr(content, "shown_translated", False):
        return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if hasattr(content, "locale_id") and hasattr(content, "translation_key"):
        return language_of(content)
    return settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
