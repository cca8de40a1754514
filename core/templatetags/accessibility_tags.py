"""The accessibility statement's audit figures, read from the file the audit itself writes."""

from datetime import date

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.accessibility import audit_results

register = template.Library()

#: The people the audit signed in as, in the statement's words.
ROLES = {
    "visitor": _("visiteur sans compte (et client d'une boutique)"),
    "newcomer": _("chef d'entreprise qui vient de s'inscrire"),
    "owner": _("chef d'entreprise avec sa boutique en ligne"),
    "advisor": _("conseiller (double authentification)"),
    "staff": _("équipe éditoriale, sur les pages du site"),
}
LANGUAGES = {"fr": _("français"), "en": _("anglais")}


@register.inclusion_tag("core/accessibility_audit.html")
def accessibility_audit():
    """State of conformity, results, and how the statement was made, as the RGAA's model
    statement lays them out; every figure comes from ``core/accessibility_audit.json``."""
    audit = audit_results()
    language = "en" if (get_language() or "fr").startswith("en") else "fr"
    before = audit.get("before_fixes") or {}
    return {
        "audit": audit,
        "audited_on": date.fromisoformat(audit["date"]),
        "before": before,
        "before_on": date.fromisoformat(before["date"]) if before.get("date") else None,
        "roles": [ROLES.get(role, role) for role in audit["roles"]],
        "languages": [LANGUAGES.get(code, code) for code in audit["languages"]],
        "violations_total": sum(audit["violations"].values()),
        "pages": [
            {
                "name": page[language],
                "roles": [ROLES.get(role, role) for role in page["roles"]],
            }
            for page in audit["pages"]
        ],
    }


@register.simple_tag(takes_context=True)
def content_lang(context, content=None):
    """`` lang="fr"`` on what the CMS holds when it is not in the page's interface language,
    so that screen readers read it with French pronunciation.

    ``content`` is the page (or listed page) the text comes from, the served ``page`` by
    default: an English translation, or a French page listed with its English text
    (core.translations.translated), needs no attribute; anything else is French.
    """
    from core.translations import text_language

    interface = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if content is None:
        content = context.get("page")
    language = text_language(content)
    if language == interface:
        return ""
    return format_html(' lang="{}"', language)
