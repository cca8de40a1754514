"""Staff's bulk assignments, advisors' invitations, and cohorts.

A refused form is answered with a 400 and the page again, the typed values kept; a cohort or
business outside the user's reach is a 404, so its existence is not revealed.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import role_required
from accounts.roles import Role
from advising import assignments
from advising.cohorts import selectors, services
from advising.cohorts.forms import (
    AssignmentForm,
    CertificatesForm,
    CohortForm,
    InvitationForm,
    MembersForm,
)
from core import confirm
from core.search import search_query

BUSINESSES_PER_PAGE = 50
ADVISING = (Role.ADVISOR, Role.STAFF)


# --- Assignments (staff) -----------------------------------------------------------------------


@role_required(Role.STAFF)
def assignment_list(request):
    source = request.POST if request.method == "POST" else request.GET
    query = search_query(source.get("q", ""))
    form = AssignmentForm(request.POST or None, user=request.user)
    status = 200
    confirm_remove = False
    if request.method == "POST":
        removing = form.is_valid() and form.cleaned_data["action"] == AssignmentForm.REMOVE
        if removing and not confirm.confirmed(request):
            confirm_remove = True
        elif form.is_valid():
            business_ids = [business.pk for business in form.cleaned_data["businesses"]]
            advisor_ids = [advisor.pk for advisor in form.cleaned_data["advisors"]]
            if form.cleaned_data["action"] == AssignmentForm.ASSIGN:
                assignments.assign(business_ids, advisor_ids)
                messages.success(request, _("Les entreprises cochées ont été affectées."))
            else:
                assignments.unassign(business_ids, advisor_ids)
                messages.success(request, _("Les conseillers choisis ont été retirés."))
            kept = {"q": query, "page": source.get("page", "")}
            params = urlencode({key: value for key, value in kept.items() if value})
            return redirect(f"{request.path}?{params}" if params else request.path)
        status = 400
    page = Paginator(
        selectors.search_businesses(request.user, query), BUSINESSES_PER_PAGE
    ).get_page(source.get("page"))
    checked = {str(value) for value in request.POST.getlist("businesses")}
    return render(
        request,
        "advising/assignments/list.html",
        {
            "form": form,
            "page": page,
            "query": query,
            "checked": checked,
            "confirm_remove": confirm_remove,
        },
        status=status,
    )


# --- Invitations -------------------------------------------------------------------------------


@role_required(*ADVISING)
def invitation_list(request):
    form = InvitationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            invitation = assignments.invite(
                request.user, form.cleaned_data["email"], form.cleaned_data["message"]
            )
            if invitation.accepted_at:
                messages.success(
                    request,
                    _("%(email)s suit déjà le programme avec vous.") % {"email": invitation.email},
                )
            else:
                messages.success(
                    request, _("Invitation envoyée à %(email)s.") % {"email": invitation.email}
                )
            return redirect("advising:invitations")
        status = 400
    return render(
        request,
        "advising/assignments/invitations.html",
        {"form": form, "invitations": selectors.invitations_of(request.user)},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def invitation_answer(request, token):
    """The invited owner's side: who wants to follow her business, and a button to agree.

    Only the person the invitation was sent to (one of her verified addresses) may open it;
    anyone else gets a 404, so a forwarded link reveals nothing."""
    invitation = assignments.invitation_for(request.user, token)
    if invitation is None:
        raise Http404
    if request.method == "POST" and invitation.accepted_at is None:
        if assignments.accept(invitation, request.user):
            messages.success(
                request,
                _("%(name)s suit désormais votre entreprise.")
                % {"name": invitation.advisor.get_full_name() or invitation.advisor.email},
            )
            return redirect("onboarding:plan")
        messages.info(
            request,
            _("Décrivez d'abord votre entreprise : elle rejoindra ensuite ce suivi."),
        )
        return redirect("businesses:profile")
    return render(
        request, "advising/assignments/invitation_answer.html", {"invitation": invitation}
    )


# --- Cohorts -----------------------------------------------------------------------------------


@role_required(*ADVISING)
def cohort_list(request):
    form = CohortForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            cohort = services.create_cohort(
                request.user, name=form.cleaned_data["name"], event_id=form.cleaned_data["event"]
            )
            messages.success(request, _("Cohorte créée."))
            return redirect("advising:cohort", pk=cohort.pk)
        status = 400
    return render(
        request,
        "advising/cohorts/list.html",
        {"form": form, "cohorts": selectors.cohorts_of(request.user)},
        status=status,
    )


def _detail(request, cohort, *, status=200, confirm_delete=False, confirm_member=None, **forms):
    """The cohort's page; ``confirm_delete`` or ``confirm_member`` (a business id) unfold the
    question of an unconfirmed POST."""
    members = list(selectors.members(cohort, request.user))
    event = selectors.linked_event(cohort)
    sources = selectors.certificate_sources(cohort, members, event)
    context = {
        "cohort": cohort,
        "members": members,
        "progress": selectors.progress(members),
        "sheet": selectors.attendance_sheet(event, members),
        "edit_form": forms.get("edit_form")
        or CohortForm(initial={"name": cohort.name, "event": cohort.event_id}),
        "members_form": forms.get("members_form") or MembersForm(cohort=cohort, user=request.user),
        "certificates_form": forms.get("certificates_form") or CertificatesForm(sources=sources),
        "has_sources": bool(sources),
        "confirm_delete": confirm_delete,
        "confirm_member": confirm_member,
    }
    return render(request, "advising/cohorts/detail.html", context, status=status)


@role_required(*ADVISING)
def cohort_detail(request, pk):
    cohort = selectors.cohort_for(request.user, pk)
    if request.method == "POST":
        form = CohortForm(request.POST)
        if not form.is_valid():
            return _detail(request, cohort, status=400, edit_form=form)
        services.update_cohort(
            cohort, name=form.cleaned_data["name"], event_id=form.cleaned_data["event"]
        )
        messages.success(request, _("Cohorte enregistrée."))
        return redirect("advising:cohort", pk=cohort.pk)
    return _detail(request, cohort)


@require_POST
@role_required(*ADVISING)
def cohort_delete(request, pk):
    cohort = selectors.cohort_for(request.user, pk)
    if not confirm.confirmed(request):
        return _detail(request, cohort, status=400, confirm_delete=True)
    services.delete_cohort(cohort)
    messages.success(request, _("Cohorte supprimée."))
    return redirect("advising:cohorts")


@require_POST
@role_required(*ADVISING)
def cohort_add_members(request, pk):
    cohort = selectors.cohort_for(request.user, pk)
    form = MembersForm(request.POST, cohort=cohort, user=request.user)
    if not form.is_valid():
        return _detail(request, cohort, status=400, members_form=form)
    added = form.cleaned_data["businesses"]
    services.add_members(cohort, added)
    count = len(added)
    messages.success(
        request,
        ngettext("%(count)d entreprise ajoutée.", "%(count)d entreprises ajoutées.", count)
        % {"count": count},
    )
    return redirect("advising:cohort", pk=cohort.pk)


@require_POST
@role_required(*ADVISING)
def cohort_remove_member(request, pk, business_pk):
    cohort = selectors.cohort_for(request.user, pk)
    business = selectors.member(cohort, request.user, business_pk)
    if not confirm.confirmed(request):
        return _detail(request, cohort, status=400, confirm_member=business.pk)
    services.remove_member(cohort, business)
    messages.success(
        request,
        _("%(name)s a quitté la cohorte.") % {"name": business.trade_name},
    )
    return redirect("advising:cohort", pk=cohort.pk)


@require_POST
@role_required(*ADVISING)
def cohort_certificates(request, pk):
    cohort = selectors.cohort_for(request.user, pk)
    members = list(selectors.members(cohort, request.user))
    sources = selectors.certificate_sources(cohort, members, selectors.linked_event(cohort))
    form = CertificatesForm(request.POST, sources=sources)
    if not form.is_valid():
        return _detail(request, cohort, status=400, certificates_form=form)
    source = form.cleaned_data["source"]
    batch = services.start_certificates(
        cohort, source=source, title=dict(sources)[source], by=request.user
    )
    return redirect("certificates:batch", pk=batch.pk)
