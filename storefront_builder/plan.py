"""The storefront's step in the owner's plan (onboarding.plan), contributed through its hook."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from onboarding.plan.steps import PlanStep, StepState
from storefront_builder.selectors import shop_of


def storefront_step(user) -> PlanStep:
    """The plan's storefront step, between training and the grant; read from the shop."""
    shop = shop_of(user)
    if shop is None:
        state, url, action = StepState.TODO, reverse("shops:wizard"), _("Créer ma boutique")
    elif shop.is_published:
        state = StepState.DONE
        url, action = reverse("shops:storefront", args=[shop.slug]), _("Voir ma boutique")
    else:
        state, url, action = StepState.STARTED, reverse("shops:wizard"), _("Reprendre ma boutique")
    return PlanStep(
        key="storefront",
        position=40,
        title=_("Ouvrir ma boutique en click and collect"),
        description=_(
            "Votre vitrine en ligne en quelques étapes : présentation, horaires, créneaux de "
            "retrait et produits. Vos clients commandent, vous préparez, ils retirent."
        ),
        state=state,
        url=url,
        action=action,
    )
