"""Wagtail hooks of the storefront builder: its step in the owner's plan."""

from wagtail import hooks

from onboarding.plan.steps import PLAN_STEPS_HOOK
from storefront_builder.plan import storefront_step

hooks.register(PLAN_STEPS_HOOK, storefront_step)
