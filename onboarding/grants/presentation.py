"""A programme's rules as plain French sentences, for its public page and the list.

Owners read « moins de 11 salariés », not « max_headcount = 10 »: the sentences are built here,
next to the rules' definitions, so the page says exactly what the eligibility check applies
(an inclusive maximum of 10 is written as the funders write it, « moins de 11 »).
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.formatting import format_date, format_money, format_percent
from onboarding.grants.models import AmountKind, ExpenseCategory
from onboarding.profile.models import Sector


def amount_sentence(programme) -> str:
    """« 500 € forfaitaires, dans la limite des dépenses HT » or
    « 50 % des dépenses HT, plafonné à 1 500 €, par paliers de 150 € »."""
    if programme.amount_kind == AmountKind.FLAT:
        return _("%(amount)s forfaitaires, dans la limite des dépenses HT") % {
            "amount": format_money(programme.flat_amount or 0, drop_zero_cents=True)
        }
    parts = [_("%(rate)s des dépenses HT") % {"rate": format_percent((programme.rate or 0) / 100)}]
    if programme.cap is not None:
        parts.append(
            _("plafonné à %(cap)s") % {"cap": format_money(programme.cap, drop_zero_cents=True)}
        )
    if programme.step:
        parts.append(
            _("par paliers de %(step)s")
            % {"step": format_money(programme.step, drop_zero_cents=True)}
        )
    return ", ".join(parts)


def headline_amount(programme) -> str:
    """The most the programme pays, for cards: « 500 € », « jusqu'à 1 500 € »."""
    if programme.amount_kind == AmountKind.FLAT:
        return format_money(programme.flat_amount or 0, drop_zero_cents=True)
    if programme.cap is not None:
        return _("jusqu'à %(cap)s") % {"cap": format_money(programme.cap, drop_zero_cents=True)}
    return _("%(rate)s des dépenses") % {"rate": format_percent((programme.rate or 0) / 100)}


def _labels(values, choices) -> list[str]:
    known = dict(choices)
    return [str(known.get(value, value)) for value in values]


def eligibility_sentences(programme) -> list[str]:
    """Who may apply, one sentence per rule the programme sets, in the check's order."""
    sentences = []
    if programme.max_headcount is not None:
        limit = programme.max_headcount + 1
        sentences.append(
            ngettext("Moins de %(count)s salarié.", "Moins de %(count)s salariés.", limit)
            % {"count": limit}
        )
    if programme.max_turnover is not None:
        sentences.append(
            _("Chiffre d'affaires annuel d'au plus %(limit)s.")
            % {"limit": format_money(programme.max_turnover, drop_zero_cents=True)}
        )
    if programme.closure_required:
        sentences.append(_("Avoir été fermée au public par décision administrative."))
    if programme.activity_started_before is not None:
        sentences.append(
            _("Activité commencée avant le %(date)s.")
            % {"date": format_date(programme.activity_started_before)}
        )
    if programme.included_departments:
        sentences.append(
            _("Établissement situé dans l'un de ces départements : %(codes)s.")
            % {"codes": ", ".join(programme.included_departments)}
        )
    if programme.excluded_departments:
        sentences.append(
            _("Territoires exclus : %(codes)s.")
            % {"codes": ", ".join(programme.excluded_departments)}
        )
    if programme.eligible_sectors:
        sentences.append(
            _("Secteurs : %(sectors)s.")
            % {"sectors": ", ".join(_labels(programme.eligible_sectors, Sector.choices))}
        )
    return sentences


def expense_window(programme) -> str:
    """« du 30 octobre 2020 au 30 juin 2021 inclus », or an open-ended variant; "" if none."""
    starts, ends = programme.expenses_from, programme.expenses_until
    if starts and ends:
        return _("du %(start)s au %(end)s inclus") % {
            "start": format_date(starts),
            "end": format_date(ends),
        }
    if starts:
        return _("à partir du %(start)s") % {"start": format_date(starts)}
    if ends:
        return _("jusqu'au %(end)s inclus") % {"end": format_date(ends)}
    return ""


def category_labels(programme) -> list[str]:
    return _labels(programme.eligible_categories, ExpenseCategory.choices)


def minimum_spend_sentence(programme) -> str:
    if programme.minimum_spend is None:
        return ""
    return _("Dépenses éligibles d'au moins %(amount)s HT au total.") % {
        "amount": format_money(programme.minimum_spend, drop_zero_cents=True)
    }


def deadline_sentence(programme) -> str:
    if programme.application_deadline is None:
        return _("Pas de date limite annoncée.")
    return _("Demande à déposer au plus tard le %(date)s.") % {
        "date": format_date(programme.application_deadline)
    }
