"""The business owner's home."""

from django.shortcuts import redirect, render

from accounts.decorators import role_required
from accounts.roles import Role
from onboarding.plan.selectors import next_step, plan_progress, plan_steps_for


@role_required(Role.OWNER)
def plan(request):
    """ "Mon plan": where the owner stands and what to do next."""
    steps = plan_steps_for(user=request.user)
    return render(
        request,
        "onboarding/plan.html",
        {"steps": steps, "progress": plan_progress(steps), "next_step": next_step(steps)},
    )


@role_required(Role.OWNER)
def next_step_redirect(request):
    """Follow the plan to its next step, or to the plan once nothing is left.

    Pages that are stored whole for their reader (a completed course page, see
    ``core.page_cache``) link here rather than to the step itself: the step is only decided
    when the link is followed, so a stored page never sends the owner to a stale one.
    """
    step = next_step(plan_steps_for(user=request.user))
    return redirect(step.url if step and step.url else "onboarding:plan")
