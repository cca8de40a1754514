"""The business owner's home."""

from django.shortcuts import render

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
