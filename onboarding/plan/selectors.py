"""Reads for the owner's plan: each step's state is derived from data, never stored.

The plan is the owner's home, so it must always say what to do next: a step already started,
or else the first one still to do. Each step reads one fact (a profile exists, a diagnostic
was taken, a course completed, a shop published, an application sent), so the plan can never
disagree with the pages it links to.
"""

from allauth.mfa.utils import is_mfa_enabled
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from courses.models import Enrolment
from onboarding.diagnostic.selectors import latest_result
from onboarding.dossiers.models import Status
from onboarding.dossiers.selectors import latest_application
from onboarding.plan.steps import PlanStep, StepState, contributed_steps
from onboarding.profile.selectors import business_of

#: Application statuses after which the grant step is done: the dossier has left the shop.
SENT_STATUSES = frozenset(
    {Status.SUBMITTED, Status.MORE_INFO, Status.APPROVED, Status.PAID, Status.REJECTED}
)


def plan_steps_for(*, user) -> list[PlanStep]:
    """The steps of the owner's plan, in the order they should be taken."""
    business = business_of(user)
    result = latest_result(business) if business else None
    application = latest_application(business) if business else None
    steps = [
        _profile_step(business),
        _diagnostic_step(business, result),
        _training_step(user, result),
        _grant_step(application),
        _security_step(user),
        *contributed_steps(user),
    ]
    return sorted(steps, key=lambda step: step.position)


def next_step(steps: list[PlanStep]) -> PlanStep | None:
    """A step already started comes first; then the first one still to do."""
    for wanted in (StepState.STARTED, StepState.TODO):
        if found := next((step for step in steps if step.state is wanted), None):
            return found
    return None


def plan_progress(steps: list[PlanStep]) -> int:
    """Percentage of the steps done, for the progress bar."""
    if not steps:
        return 0
    return round(100 * sum(step.done for step in steps) / len(steps))


def _profile_step(business) -> PlanStep:
    return PlanStep(
        key="profile",
        position=10,
        title=_("Présenter mon entreprise"),
        description=_(
            "SIRET, activité, effectif, chiffre d'affaires, présence en ligne : ce profil "
            "permet de vous orienter et de vérifier les aides auxquelles vous avez droit."
        ),
        state=StepState.DONE if business else StepState.TODO,
        url=reverse("businesses:profile"),
        action=_("Mettre à jour mon profil") if business else _("Remplir mon profil"),
    )


def _diagnostic_step(business, result) -> PlanStep:
    if result:
        state, action = StepState.DONE, _("Refaire le diagnostic")
    else:
        state, action = StepState.TODO, _("Faire mon diagnostic")
    return PlanStep(
        key="diagnostic",
        position=20,
        title=_("Faire le point sur ma maturité numérique"),
        description=_(
            "Quinze questions sur votre visibilité, la vente en ligne, la relation client, "
            "vos outils de gestion et votre sécurité : un score par domaine et des formations "
            "conseillées."
        ),
        state=state if business else StepState.TODO,
        url=reverse("diagnostic:start") if business else reverse("businesses:profile"),
        action=action,
    )


def _training_step(user, result) -> PlanStep:
    # Counted in the database, one query, however many courses the owner follows.
    counts = Enrolment.objects.filter(user=user).aggregate(
        enrolled=Count("pk"), completed=Count("completed_at")
    )
    if counts["completed"]:
        state = StepState.DONE
    elif counts["enrolled"]:
        state = StepState.STARTED
    else:
        state = StepState.TODO
    url = reverse("diagnostic:result", args=[result.pk]) if result else reverse("courses:dashboard")
    return PlanStep(
        key="training",
        position=30,
        title=_("Suivre une formation conseillée"),
        description=_(
            "Les formations conseillées par votre diagnostic, à suivre à votre rythme ; "
            "une attestation est délivrée à la fin de chacune."
        ),
        state=state,
        url=url,
        action=_("Continuer ma formation")
        if state is StepState.STARTED
        else _("Voir les formations conseillées"),
    )


def _grant_step(application) -> PlanStep:
    if application is None:
        state, url, action = StepState.TODO, reverse("grants:list"), _("Voir les aides")
    else:
        sent = application.status in SENT_STATUSES
        state = StepState.DONE if sent else StepState.STARTED
        url = reverse("dossiers:detail", args=[application.pk])
        action = _("Suivre ma demande") if sent else _("Reprendre ma demande")
    return PlanStep(
        key="grant",
        position=50,
        title=_("Demander une aide à la numérisation"),
        description=_(
            "Vérifiez votre éligibilité, joignez vos factures et vos coordonnées bancaires : "
            "le dossier est prêt à envoyer au financeur."
        ),
        state=state,
        url=url,
        action=action,
    )


def _security_step(user) -> PlanStep:
    enabled = is_mfa_enabled(user)
    return PlanStep(
        key="security",
        position=60,
        title=_("Sécuriser mon compte"),
        description=_(
            "Activez la double authentification : un code de votre téléphone en plus "
            "du mot de passe protège vos données et celles de vos clients."
        ),
        state=StepState.DONE if enabled else StepState.TODO,
        url=reverse("mfa_index"),
        # Once it is on, the same page manages it (codes, a new phone): nothing to activate.
        action=_("Gérer la double authentification")
        if enabled
        else _("Activer la double authentification"),
    )
