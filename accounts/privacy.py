"""The person's rights over her data: her download, and her account's erasure.

The parts come from ``accounts.personal_data``'s registry; this module only assembles them
(the archive) and runs them in order (the erasure), so that it never imports a feature above
``accounts``.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import date

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Consent, User
from accounts.personal_data import Erasure, Part, Section, register, sections
from core.exports import zip_bytes

ERASED_DOMAIN = "efface.invalid"  # .invalid never resolves (RFC 2606): nothing is ever sent


class ErasureRefused(Exception):
    """The erasure must wait; ``reasons`` say what to do first."""

    def __init__(self, reasons: list[str]):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


# --- The account's own section ------------------------------------------------------------------


def _export_account(user) -> Part:
    addresses = list(EmailAddress.objects.filter(user=user).order_by("-primary", "email"))
    consents = list(Consent.objects.filter(user=user))
    factors = sorted(set(Authenticator.objects.filter(user=user).values_list("type", flat=True)))
    return Part(
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "language": user.language,
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses
            ],
            # The kinds of second factor only: secrets and recovery codes never leave.
            "second_factors": factors,
            "consents": [
                {
                    "document": c.get_document_display(),
                    "version": c.version,
                    "accepted_at": c.accepted_at,
                }
                for c in consents
            ],
        }
    )


def _erase_account(erasure: Erasure) -> None:
    """The row stays as a stub: certificates and kept records point to it (PROTECT). It
    keeps no name, no usable address, no password; inactive, so every session it had is
    refused at its next request (Django checks ``is_active`` and the password hash)."""
    user = erasure.user
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    Consent.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"efface-{uuid.uuid4().hex}@{ERASED_DOMAIN}"
    user.first_name = user.last_name = ""
    user.set_unusable_password()
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.erased_at = erasure.at
    user.save()


ACCOUNT_SECTION = Section(key="account", order=1000, export=_export_account, erase=_erase_account)


def register_account_section() -> None:
    register(ACCOUNT_SECTION)


# --- Consent ---------------------------------------------------------------------------------


def consent_record(*, user, document: str = Consent.Document.TERMS_AND_PRIVACY) -> Consent:
    """Record what she accepted just now, in the version of the text in force."""
    return Consent.objects.create(
        user=user, document=document, version=settings.PRIVACY_POLICY_VERSION
    )


def consents_of(user) -> list[Consent]:
    return list(Consent.objects.filter(user=user))


# --- Export ----------------------------------------------------------------------------------

README = _(
    "Vos données sur Accélérateur, exportées le %(date)s (RGPD, articles 15 et 20).\n\n"
    "donnees.json : tout ce que la plateforme conserve à votre sujet, partie par partie "
    "(compte, entreprise, diagnostics, formations, événements, certificats, demandes d'aide, "
    "boutique, commandes, relances). Dates au format ISO 8601, montants en euros.\n"
    "fichiers/ : vos fichiers (logo, photos, factures, certificats).\n"
)


def export_data(user) -> tuple[dict, list[tuple[str, object]]]:
    """Every section's part: the JSON document and the files to put beside it."""
    document = {
        "exported_at": timezone.now(),
        "privacy_policy_version": settings.PRIVACY_POLICY_VERSION,
    }
    files = []
    for section in sections():
        part = section.export(user)
        document[section.key] = part.data
        files.extend((f"fichiers/{section.key}/{path}", reader) for path, reader in part.files)
    return document, files


def export_archive(user) -> bytes:
    """The ZIP she downloads: a readable, indented UTF-8 JSON, a short note, her files."""
    document, files = export_data(user)
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    note = str(README) % {"date": timezone.localdate().isoformat()}
    return zip_bytes([("donnees.json", text.encode()), ("LISEZ-MOI.txt", note.encode()), *files])


# --- Erasure ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeptItem:
    what: str
    why: str
    until: date | None


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def kept_after_erasure(at=None) -> list[KeptItem]:
    """What an erasure made at ``at`` (now) keeps, with the date each item goes: the page
    states it before she confirms, computed from ``settings.RGPD_RETENTION``."""
    today = timezone.localdate(at) if at else timezone.localdate()
    items: list[KeptItem] = []
    for section in sections():
        for kept in section.kept():
            until = _years_after(today, kept.years) if kept.years else None
            items.append(KeptItem(str(kept.what), str(kept.why), until))
    return items


def purge_expired(*, now=None) -> dict[str, int]:
    """Delete what erased accounts left behind once its retention period is over, section by
    section; returns the rows deleted per section. Safe to run at any time, and again."""
    now = now or timezone.now()
    deleted = {}
    with transaction.atomic():
        for section in sections():
            if section.purge is not None:
                deleted[section.key] = section.purge(now)
    return deleted


def erasure_blockers(user) -> list[str]:
    return [reason for section in sections() for reason in section.blockers(user)]


def erase_account(*, user) -> None:
    """Erase the account: every section in order, in one transaction (all or nothing).

    Raises ``ErasureRefused`` while something must be dealt with first. Stored files are
    removed once the transaction is committed.
    """
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if locked.erased_at is not None:
            return
        reasons = erasure_blockers(locked)
        if reasons:
            raise ErasureRefused(reasons)
        erasure = Erasure(user=locked, email=locked.email, at=timezone.now())
        for section in sections():
            if section.erase is not None:
                section.erase(erasure)
