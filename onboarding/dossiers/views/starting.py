"""Starting an application from a programme's eligibility check, and the list of applications."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.decorators import role_required
from accounts.roles import Role
from onboarding.dossiers import selectors, services
from onboarding.dossiers.views.common import ANYONE
from onboarding.grants.eligibility import business_checks, is_closed, is_eligible
from onboarding.grants.selectors import published_programme
from onboarding.profile.selectors import business_of


@role_required(Role.OWNER)
def start(request, slug):
    programme = published_programme(slug)
    if programme is None:
        raise Http404
    business = business_of(request.user)
    if business is None:
        messages.info(request, _("Décrivez d'abord votre entreprise pour demander une aide."))
        return redirect("businesses:profile")
    existing = selectors.application_to(business, programme)
    checks = business_checks(programme, business, today=timezone.localdate())
    status = 200
    if request.method == "POST":
        try:
            application = services.start_application(request.user, programme)
        except services.Ineligible as error:
            checks, status = error.checks, 400
            messages.error(
                request, _("Votre entreprise ne remplit pas toutes les conditions du programme.")
            )
        except services.DossierError as error:
            messages.error(request, str(error))
            status = 400
        else:
            return redirect("dossiers:expenses", pk=application.pk)
    return render(
        request,
        "dossiers/start.html",
        {
            "programme": programme,
            "business": business,
            "checks": checks,
            "eligible": is_eligible(checks),
            "closed": is_closed(checks),
            "existing": existing,
        },
        status=status,
    )


@role_required(*ANYONE)
def application_list(request):
    applications = selectors.listed_applications(request.user)
    return render(request, "dossiers/list.html", {"applications": applications})
