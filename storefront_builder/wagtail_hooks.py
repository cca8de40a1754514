"""Wagtail hooks of the storefront builder: its step in the owner's plan, and its entries in
the header navigation."""

from wagtail import hooks

from accounts.navigation import NAVIGATION_HOOK
from onboarding.plan.steps import PLAN_STEPS_HOOK
from storefront_builder.navigation import shop_navigation
from storefront_builder.plan import storefront_step

hooks.register(PLAN_STEPS_HOOK, storefront_step)
hooks.register(NAVIGATION_HOOK, shop_navigation)
