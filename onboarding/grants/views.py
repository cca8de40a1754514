"""The public list of grant programmes (/aides/) and each programme's rules in plain French.

No sign-in: owners compare aids before creating an account. The application button points to
the dossiers app's start page, and is shown only for programmes still open.
"""

from datetime import datetime, time, timedelta

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from accounts.roles import offered_owner_actions
from core.page_cache import cache_publicly
from onboarding.grants import presentation
from onboarding.grants.apps import PAGES_SCOPE
from onboarding.grants.selectors import programme_listing, published_programme


def _apply_url(programme, today, user) -> str | None:
    # Advisors and staff read the programmes too, but only an owner applies.
    if not programme.is_open(today) or not offered_owner_actions(user):
        return None
    return reverse("dossiers:start", args=[programme.slug])


def _cache_until_tomorrow(request, today) -> None:
    """The same pages for every anonymous visitor until a programme changes, or midnight in
    Paris, when one may open or close."""
    midnight = datetime.combine(today + timedelta(days=1), time(0))
    cache_publicly(request, scopes=[PAGES_SCOPE], until=timezone.make_aware(midnight))


def _card(programme, today) -> dict:
    return {
        "programme": programme,
        "headline_amount": presentation.headline_amount(programme),
        "amount": presentation.amount_sentence(programme),
        "deadline": presentation.deadline_sentence(programme),
        "expense_window": presentation.expense_window(programme),
        "is_open": programme.is_open(today),
    }


def programme_list(request):
    today = timezone.localdate()
    _cache_until_tomorrow(request, today)
    listing = programme_listing(today)
    return render(
        request,
        "grants/programme_list.html",
        {
            "open_programmes": [_card(programme, today) for programme in listing.open],
            "closed_programmes": [_card(programme, today) for programme in listing.closed],
        },
    )


def programme_detail(request, slug: str):
    today = timezone.localdate()
    _cache_until_tomorrow(request, today)
    programme = published_programme(slug)
    if programme is None:
        raise Http404
    context = _card(programme, today)
    context.update(
        {
            "eligibility": presentation.eligibility_sentences(programme),
            "minimum_spend": presentation.minimum_spend_sentence(programme),
            "categories": presentation.category_labels(programme),
            "apply_url": _apply_url(programme, today, request.user),
        }
    )
    return render(request, "grants/programme_detail.html", context)
