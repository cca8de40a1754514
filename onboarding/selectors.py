"""Reads for the owner's plan: each step's state is derived from data, never stored."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PlanStep:
    key: str
    title: str
    description: str
    done: bool
    url: str | None = None
    action: str | None = None


def plan_steps_for(*, user) -> list[PlanStep]:
    """The steps of the owner's plan available today, in the order they should be taken."""
    verified = EmailAddress.objects.filter(user=user, verified=True).exists()
    secured = is_mfa_enabled(user)
    return [
        PlanStep(
            key="account",
            title=_("Créer mon compte"),
            description=_("Votre adresse e-mail est vérifiée : votre compte est actif."),
            done=verified,
            url=reverse("account_email"),
            action=_("Gérer mes adresses"),
        ),
        PlanStep(
            key="security",
            title=_("Sécuriser mon compte"),
            description=_(
                "Activez la double authentification : un code de votre téléphone en plus "
                "du mot de passe protège vos données et celles de vos clients."
            ),
            done=secured,
            url=reverse("mfa_index"),
            action=_("Activer la double authentification"),
        ),
    ]


def plan_progress(steps: list[PlanStep]) -> int:
    """Percentage of steps done, for the progress bar."""
    if not steps:
        return 0
    return round(100 * sum(step.done for step in steps) / len(steps))
