"""The journey bar and the next-stage offer, for any stage's page (see onboarding.plan.journey).

``{% journey_bar "diagnostic" %}`` shows the owner's stages with the current one marked; with
``offer=True`` it also offers the next stage once the current one is done.
``{% next_stage "training" %}`` offers the stage that comes after the one named. Both show
nothing to anyone but a business owner, and read the plan once per request.
"""

from django import template

from onboarding.plan.journey import journey_for_request

register = template.Library()


@register.inclusion_tag("onboarding/_journey_bar.html", takes_context=True)
def journey_bar(context, current: str, offer: bool = False) -> dict:
    journey = journey_for_request(context.get("request"), current)
    offered = None
    if offer and journey and journey.current and journey.current.done:
        offered = journey.next
    return {"journey": journey, "offered": offered}


@register.inclusion_tag("onboarding/_next_stage.html", takes_context=True)
def next_stage(context, after: str) -> dict:
    journey = journey_for_request(context.get("request"), after)
    return {"stage": journey.next if journey else None}
