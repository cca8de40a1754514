"""How much a programme pays for a given eligible spend (excluding VAT).

Flat aids never pay more than was spent: the chèque France Num was « jusqu'à 500 € » and
covered all or part of the spend, so a business spending 480 € HT received 480 €, not 500 €.
(With the chèque's 450 € minimum that case was real.) Percentage aids are capped, then rounded
DOWN to the programme's step, since funders pay whole tranches, never a rounded-up one.
Everything is quantized to cents, rounding down, so the platform never promises a cent more
than the funder would pay.
"""

from decimal import ROUND_DOWN, Decimal

from django.utils.translation import gettext as _

from core.formatting import format_money
from onboarding.grants.models import AmountKind

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_DOWN)


def minimum_spend_problem(programme, eligible_spend_ht: Decimal) -> str | None:
    """The reason the spend is too small, or None; exactly the minimum is enough."""
    minimum = programme.minimum_spend
    if minimum is None or Decimal(eligible_spend_ht) >= minimum:
        return None
    return _("Dépenses éligibles : %(actual)s HT, le programme exige au moins %(limit)s HT.") % {
        "actual": format_money(eligible_spend_ht, drop_zero_cents=True),
        "limit": format_money(minimum, drop_zero_cents=True),
    }


def aid_amount(programme, eligible_spend_ht: Decimal) -> Decimal:
    """The aid for this spend; 0 below the minimum spend or when nothing was spent."""
    spend = Decimal(eligible_spend_ht)
    if spend <= 0 or minimum_spend_problem(programme, spend) is not None:
        return ZERO
    if programme.amount_kind == AmountKind.FLAT:
        return _cents(min(programme.flat_amount or ZERO, spend))
    amount = spend * (programme.rate or ZERO) / Decimal(100)
    if programme.cap is not None:
        amount = min(amount, programme.cap)
    if programme.step:
        amount = (amount // programme.step) * programme.step
    return _cents(amount)
