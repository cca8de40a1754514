"""What a step of the owner's plan is, and how features above onboarding add theirs.

The plan belongs to onboarding, but some of its steps are about features that build on
onboarding (the storefront needs the business profile, so it sits above it). Those features
contribute their step through the Wagtail hook ``PLAN_STEPS_HOOK``, registered in their own
``wagtail_hooks.py``: a function taking the owner and returning a ``PlanStep``. Onboarding
never imports them, and the step still reads its state from the data.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

#: Name of the Wagtail hook through which a feature contributes a step to the plan.
PLAN_STEPS_HOOK = "onboarding_plan_steps"


class StepState(StrEnum):
    DONE = "done"
    STARTED = "started"
    TODO = "todo"


STATE_LABELS = {
    StepState.DONE: _("Fait"),
    StepState.STARTED: _("En cours"),
    StepState.TODO: _("À faire"),
}


@dataclass(frozen=True)
class PlanStep:
    """One step; ``position`` orders the plan's own steps and the contributed ones together."""

    key: str
    title: str
    description: str
    state: StepState
    url: str | None = None
    action: str | None = None
    position: int = 0

    @property
    def done(self) -> bool:
        return self.state is StepState.DONE

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


def contributed_steps(user) -> list[PlanStep]:
    """The steps other features add for this owner, through the hook."""
    return [build(user) for build in hooks.get_hooks(PLAN_STEPS_HOOK)]
