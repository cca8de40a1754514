"""Open Badges 2.0 for certificates, verified the "hosted" way.

A badge platform or validator is given an assertion URL. It fetches the assertion, then the
BadgeClass and the Issuer that the assertion links to. It trusts the badge because all three are
served from our own domain. A revoked or replaced certificate answers 410 Gone at the same
URL, so a badge that was shared once can stop being valid without our contacting anyone.

The JSON-LD ids are built from ``settings.SITE_URL``, not from the request host. A document's
id must be the URL it is fetched from, and it must not change when the same badge is fetched
through another host name (a proxy, an internal address).
"""

import hashlib
from datetime import UTC

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from certificates.models import Certificate
from certificates.services import ISSUER

CONTEXT = "https://w3id.org/openbadges/v2"
ISSUER_EMAIL = "contact@accelerateur.example"
CONTENT_TYPE = "application/ld+json"
# Short enough for a revocation to reach every cache within minutes.
CACHE_SECONDS = 300

# What each kind of certificate attests, and what it takes to earn it: the BadgeClass is shared
# by every certificate of a kind, so it says nothing about one course in particular.
BADGE_TEXTS = {
    Certificate.Kind.COURSE: (
        _(
            "Délivré par l'Accélérateur du numérique à la personne qui a suivi une formation "
            "en ligne jusqu'au bout."
        ),
        _("Terminer toutes les leçons d'une formation en ligne de l'Accélérateur du numérique."),
    ),
    Certificate.Kind.WEBINAR: (
        _("Délivrée par l'Accélérateur du numérique à la personne qui a assisté à un webinaire."),
        _("Être présent au webinaire, présence relevée par l'équipe de l'Accélérateur."),
    ),
    Certificate.Kind.BOOTCAMP: (
        _(
            "Délivré par l'Accélérateur du numérique à la personne qui a suivi un bootcamp "
            "d'accompagnement."
        ),
        _(
            "Être retenu pour le bootcamp et assister aux séances requises, présence relevée "
            "par l'équipe de l'Accélérateur."
        ),
    ),
    Certificate.Kind.MANUAL: (
        _("Attestation délivrée par l'équipe de l'Accélérateur du numérique."),
        _("Attestation établie par l'équipe de l'Accélérateur au vu de la participation."),
    ),
}
SUPERSEDED_REASON = _("Remplacé par une version corrigée")
DEFAULT_REVOCATION_REASON = _("Révoqué par l'Accélérateur du numérique")
# One colour per kind, so badges can be told apart in a wallet.
BADGE_COLOURS = {
    Certificate.Kind.COURSE: "#1d4ed8",
    Certificate.Kind.WEBINAR: "#047857",
    Certificate.Kind.BOOTCAMP: "#b45309",
    Certificate.Kind.MANUAL: "#6d28d9",
}


def absolute_url(name: str, *args) -> str:
    """The public URL of one of our pages, whatever host the current request came through."""
    return settings.SITE_URL + reverse(name, args=args)


def _kind(value: str) -> Certificate.Kind | None:
    return Certificate.Kind(value) if value in Certificate.Kind.values else None


def issuer_json() -> dict:
    """The Issuer profile: hosted verification trusts assertions served from its domain."""
    return {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": absolute_url("badges:issuer"),
        "name": ISSUER,
        "url": settings.SITE_URL,
        "email": ISSUER_EMAIL,
    }


def badge_class_json(kind: str) -> dict:
    """What a kind of certificate means. Always in French, so every fetch gives the same text."""
    kind = Certificate.Kind(kind)
    description, criteria = BADGE_TEXTS[kind]
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "@context": CONTEXT,
            "type": "BadgeClass",
            "id": absolute_url("badges:badge_class", kind.value),
            "name": str(kind.label),
            "description": str(description),
            "image": absolute_url("badges:badge_image", kind.value),
            "criteria": {"narrative": str(criteria)},
            "issuer": absolute_url("badges:issuer"),
        }


def recipient_salt(certificate: Certificate) -> str:
    """Derived from the id, so the document stays the same from one fetch to the next. A salt
    per certificate means two badges of the same person cannot be matched by their hash."""
    return hashlib.sha256(str(certificate.id).encode()).hexdigest()[:16]


def recipient_identity(email: str, salt: str) -> str:
    """The hashed form that Open Badges expects. A platform that knows the address can check
    it, but the address itself is never published."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def _narrative(certificate: Certificate) -> str:
    parts = [f"« {certificate.title} »"]
    if certificate.hours:
        parts.append(certificate.hours)
    parts.append(str(_("terminé le %(date)s")) % {"date": f"{certificate.completed_on:%d/%m/%Y}"})
    return ", ".join(parts) + "."


def revocation_reason(certificate: Certificate) -> str | None:
    """Why the assertion no longer holds, or None while it does."""
    with translation.override(settings.LANGUAGE_CODE):
        if certificate.revoked_at is not None:
            return certificate.revoked_reason or str(DEFAULT_REVOCATION_REASON)
        if certificate.superseded_at is not None:
            return str(SUPERSEDED_REASON)
    return None


def assertion_json(certificate: Certificate) -> dict:
    """One person's badge. It points to the public verification page as evidence, so a reader
    sees the same facts as an employer who types the code."""
    assertion_id = absolute_url("badges:assertion", certificate.id)
    reason = revocation_reason(certificate)
    if reason is not None:
        return {
            "@context": CONTEXT,
            "id": assertion_id,
            "type": "Assertion",
            "revoked": True,
            "revocationReason": reason,
        }
    salt = recipient_salt(certificate)
    with translation.override(settings.LANGUAGE_CODE):
        narrative = _narrative(certificate)
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_id,
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": salt,
            "identity": recipient_identity(certificate.holder.email, salt),
        },
        "badge": absolute_url("badges:badge_class", certificate.kind),
        "verification": {"type": "hosted"},
        "issuedOn": certificate.issued_at.astimezone(UTC).isoformat(),
        "evidence": absolute_url("certificates:verify", certificate.code),
        "narrative": narrative,
    }


def _cross_origin(response: HttpResponse, *, cache: bool) -> HttpResponse:
    """Validators run in other sites' pages, so any origin may read these documents. Errors are
    not cached, so a 404 or a 410 is never served after the situation has changed."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}" if cache else "no-store"
    return response


def _document(data: dict, status: int = 200) -> HttpResponse:
    response = JsonResponse(
        data, status=status, content_type=CONTENT_TYPE, json_dumps_params={"ensure_ascii": False}
    )
    return _cross_origin(response, cache=status == 200)


def _not_found() -> HttpResponse:
    """A JSON 404 with the CORS header: the site's HTML 404 page would be unreadable to a
    validator running in another origin."""
    return _document({"error": str(_("Introuvable."))}, status=404)


@require_safe
def issuer(request):
    return _document(issuer_json())


@require_safe
def badge_class(request, kind: str):
    if _kind(kind) is None:
        return _not_found()
    return _document(badge_class_json(kind))


@require_safe
def assertion(request, pk):
    """410 Gone for a revoked or replaced certificate: this is how hosted verification says that
    a badge no longer holds."""
    certificate = Certificate.objects.select_related("holder").filter(pk=pk).first()
    if certificate is None:
        return _not_found()
    data = assertion_json(certificate)
    return _document(data, status=410 if data.get("revoked") else 200)


def badge_svg(kind: str) -> str:
    """A plain round badge with the kind's initial, drawn in code: no image file to maintain."""
    kind = Certificate.Kind(kind)
    with translation.override(settings.LANGUAGE_CODE):
        label = str(kind.label)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        f'viewBox="0 0 256 256" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>"
        f'<circle cx="128" cy="128" r="120" fill="{BADGE_COLOURS[kind]}"/>'
        '<circle cx="128" cy="128" r="104" fill="none" stroke="#ffffff" stroke-width="6"/>'
        '<text x="128" y="128" text-anchor="middle" dominant-baseline="central" '
        'font-family="Helvetica, Arial, sans-serif" font-size="120" font-weight="bold" '
        f'fill="#ffffff">{escape(label[:1].upper())}</text>'
        "</svg>"
    )


@require_safe
def badge_image(request, kind: str):
    if _kind(kind) is None:
        return _cross_origin(
            HttpResponse(status=404, content_type="text/plain; charset=utf-8"), cache=False
        )
    response = HttpResponse(badge_svg(kind), content_type="image/svg+xml")
    return _cross_origin(response, cache=True)
