"""The guided journey seen from inside one stage: the journey bar and the next-stage offer.

"Mon plan" is the hub; the journey bar puts a short version of it on every stage's pages
(profile, diagnostic, storefront, grant), so an owner always sees where she is, what is done
and what comes next, and each stage ends by offering the next one instead of leaving her on
a dead end. Nothing is stored: the stages are the plan's own steps (``plan_steps_for``), read
once per request whatever the number of bars and offers on the page.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of
from onboarding.plan.selectors import plan_steps_for
from onboarding.plan.steps import PlanStep, StepState

#: The plan's steps that make the journey, in order (account security is not a stage: it is
#: offered on the plan, never in the way of the business's own progress).
STAGES = ("profile", "diagnostic", "training", "storefront", "grant")

#: What each stage is called in the bar, where a phone has room for a word or two.
STAGE_LABELS = {
    "profile": _("Profil"),
    "diagnostic": _("Diagnostic"),
    "training": _("Formation"),
    "storefront": _("Boutique"),
    "grant": _("Aide"),
}

#: The button that offers a stage not started yet; once started, the plan's own action
#: ("Reprendre ma demande"…) says it better.
OFFER_ACTIONS = {
    "profile": _("Remplir mon profil"),
    "diagnostic": _("Faire mon diagnostic"),
    "training": _("Voir les formations conseillées"),
    "storefront": _("Ouvrir ma boutique"),
    "grant": _("Demander une aide"),
}

#: Where the steps read for this request are kept, so a page with a bar and an offer reads
#: the plan once.
_REQUEST_CACHE = "_journey_plan_steps"


@dataclass(frozen=True)
class Stage:
    """One stage as the bar shows it."""

    number: int
    key: str
    label: str
    step: PlanStep
    is_current: bool = False
    is_next: bool = False

    @property
    def done(self) -> bool:
        return self.step.done

    @property
    def state(self) -> StepState:
        return self.step.state

    @property
    def url(self) -> str | None:
        return self.step.url

    @property
    def offer_action(self) -> str:
        if self.step.state is StepState.STARTED and self.step.action:
            return self.step.action
        return OFFER_ACTIONS[self.key]


@dataclass(frozen=True)
class Journey:
    stages: list[Stage]
    current: Stage | None
    next: Stage | None


def stage_after(stages: list[Stage], key: str) -> Stage | None:
    """The stage to offer once ``key`` is behind: the first one after it still to do, else
    the first one before it still to do (a profile left empty), else none."""
    keys = [stage.key for stage in stages]
    position = keys.index(key) if key in keys else -1
    later = [stage for stage in stages[position + 1 :] if not stage.done]
    earlier = [stage for stage in stages[: max(position, 0)] if not stage.done]
    return next(iter(later or earlier), None)


def journey_for(user, current: str) -> Journey:
    """The journey with ``current`` marked, and the stage that comes next."""
    return _journey(plan_steps_for(user=user), current)


def journey_for_request(request, current: str) -> Journey | None:
    """The journey of the signed-in owner, or None for anyone else (visitors, advisors, staff
    reading a dossier): the bar is the owner's own guide, never shown about someone else."""
    user = getattr(request, "user", None)
    if user is None or role_of(user) is not Role.OWNER:
        return None
    steps = getattr(request, _REQUEST_CACHE, None)
    if steps is None:
        steps = plan_steps_for(user=user)
        setattr(request, _REQUEST_CACHE, steps)
    return _journey(steps, current)


def _journey(steps: list[PlanStep], current: str) -> Journey:
    by_key = {step.key: step for step in steps}
    plain = [
        Stage(number=index, key=key, label=str(STAGE_LABELS[key]), step=by_key[key])
        for index, key in enumerate((key for key in STAGES if key in by_key), start=1)
    ]
    following = stage_after(plain, current)
    stages = [
        Stage(
            number=stage.number,
            key=stage.key,
            label=stage.label,
            step=stage.step,
            is_current=stage.key == current,
            is_next=following is not None and stage.key == following.key,
        )
        for stage in plain
    ]
    return Journey(
        stages=stages,
        current=next((stage for stage in stages if stage.is_current), None),
        next=next((stage for stage in stages if stage.is_next), None),
    )
