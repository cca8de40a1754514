"""The business profile under the RGPD.

Export: every field she filled in.

Erasure: the row stays as a stub so that advisors who followed it see "Compte effacé" and
the date rather than a business that vanished, and so that a kept grant dossier still has
its applicant. With a kept dossier, the identity the funder checks (SIRET, name, legal form,
NAF, headcount, turnover, creation date, commune) stays for the audit; without one, the
SIRET, name and place are replaced too. Online presence is cleared either way.
"""

from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat, LPad

from accounts.personal_data import Erasure, Part, Section, register, retention, years_before
from onboarding.profile.models import PROFILE_FIELDS, Business


def export_businesses(user) -> Part:
    businesses = Business.objects.filter(owner=user).order_by("pk")
    return Part(
        [
            {
                **{name: getattr(b, name) for name in PROFILE_FIELDS},
                "legal_form": b.get_legal_form_display(),
                "sector": b.get_sector_display(),
                "siren": b.siren,
                "created_at": b.created_at,
                "updated_at": b.updated_at,
            }
            for b in businesses
        ]
    )


def erase_businesses(erasure: Erasure) -> None:
    """Two UPDATEs. The placeholder SIRET ("E" and the row's id) can never be a real one,
    which is all digits, so it neither collides nor blocks a real business later."""
    owned = Business.objects.filter(owner=erasure.user)
    owned.update(website="", social_networks=[], marketplaces=[])
    # The dossiers' model through the reverse relation: profile never imports dossiers.
    applications = Business.applications.rel.related_model.objects
    with_dossier = Exists(applications.filter(business=OuterRef("pk")))
    placeholder = Concat(
        Value("E"), LPad(Cast("pk", CharField()), 13, Value("0")), output_field=CharField()
    )
    owned.filter(~with_dossier).update(
        trade_name="",
        siret=placeholder,
        siren=Value("E00000000"),
        postcode="",
        commune="",
    )


def purge_businesses(now) -> int:
    """The stubs of businesses whose owner erased her account longer ago than every period,
    once no kept dossier needs them (the dossiers' own purge runs first)."""
    longest = max(retention("grant_dossiers_years"), retention("orders_accounting_years"))
    applications = Business.applications.rel.related_model.objects
    expired = Business.objects.filter(owner__erased_at__lte=years_before(now, longest)).filter(
        ~Exists(applications.filter(business=OuterRef("pk")))
    )
    deleted, _details = expired.delete()
    return deleted


SECTION = Section(
    key="businesses",
    order=60,
    export=export_businesses,
    erase=erase_businesses,
    purge=purge_businesses,
)


def register_section() -> None:
    register(SECTION)
