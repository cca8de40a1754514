"""The diagnostic: the questionnaire, a result with its chart, and the business's history.

Owners take the diagnostic for their own business. A result page is also open to the advisors
following the business and to staff; anyone else gets a 404, so that a result's existence is
not revealed.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from onboarding.diagnostic import selectors, services
from onboarding.diagnostic.chart import score_chart
from onboarding.diagnostic.forms import REFUSED, DiagnosticForm
from onboarding.diagnostic.questionnaire import VERSION
from onboarding.diagnostic.scoring import InvalidAnswers
from onboarding.profile.selectors import business_of

READERS = (Role.OWNER, Role.ADVISOR, Role.STAFF)


def _no_business_yet(request):
    messages.info(
        request,
        _(
            "Présentez d'abord votre entreprise : le diagnostic et son historique lui sont "
            "rattachés."
        ),
    )
    return redirect(reverse("businesses:profile"))


@role_required(Role.OWNER)
def start(request):
    business = business_of(request.user)
    if business is None:
        return _no_business_yet(request)
    latest = selectors.latest_result(business)
    if request.method == "POST":
        form = DiagnosticForm(request.POST)
        if form.is_valid():
            try:
                result = services.record_result(business, request.user, form.cleaned_data)
            except InvalidAnswers as error:
                form.add_answer_errors(error.errors)
            else:
                messages.success(request, _("Votre diagnostic est enregistré."))
                return redirect("diagnostic:result", pk=result.pk)
        context = {"form": form, "latest": latest, "refused": REFUSED}
        return render(request, "diagnostic/start.html", context, status=400)
    # A retake starts from the previous answers: the owner changes what has moved.
    initial = latest.answers if latest and latest.questionnaire_version == VERSION else None
    form = DiagnosticForm(initial=initial)
    return render(request, "diagnostic/start.html", {"form": form, "latest": latest})


@role_required(*READERS)
def result(request, pk: int):
    found = selectors.visible_result(request.user, pk)
    if found is None:
        raise Http404
    previous = selectors.previous_result(found)
    dimensions = selectors.dimension_scores(found, previous)
    is_owner = found.business.owner_id == request.user.pk
    context = {
        "result": found,
        "business": found.business,
        "previous": previous,
        "overall_change": found.overall_score - previous.overall_score if previous else None,
        "dimensions": dimensions,
        "chart": score_chart(dimensions),
        "recommended": selectors.recommended_courses(found),
        "is_owner": is_owner and role_of(request.user) is Role.OWNER,
    }
    return render(request, "diagnostic/result.html", context)


@role_required(Role.OWNER)
def history(request):
    business = business_of(request.user)
    if business is None:
        return _no_business_yet(request)
    entries = selectors.history(business)
    return render(request, "diagnostic/history.html", {"entries": entries, "business": business})
