"""The dossier's page, and what is posted to it: comments, the filing and the funder's
decision, reopening, a request for changes marked as dealt with."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from onboarding.dossiers import selectors, services
from onboarding.dossiers.forms import (
    CommentForm,
    DecisionForm,
    SubmissionForm,
)
from onboarding.dossiers.models import Status
from onboarding.dossiers.views.common import (
    ANYONE,
    application_or_404,
    owner_only,
    saved,
    step_context,
)


def _render_detail(request, application, *, status=200, **forms):
    user = request.user
    context = step_context(
        request,
        application,
        "detail",
        summary=selectors.summary_of(application),
        can_comment=selectors.can_comment(user, application),
        can_decide=selectors.can_record_decision(user, application),
        comment_form=forms.get("comment_form") or CommentForm(),
        submission_form=forms.get("submission_form") or SubmissionForm(),
        decision_form=forms.get("decision_form") or DecisionForm(),
        Status=Status,
    )
    return render(request, "dossiers/detail.html", context, status=status)


@role_required(*ANYONE)
def detail(request, pk):
    return _render_detail(request, application_or_404(request, pk))


@require_POST
@role_required(*ANYONE)
def comment(request, pk):
    application = application_or_404(request, pk)
    if not selectors.can_comment(request.user, application):
        raise PermissionDenied
    form = CommentForm(request.POST)
    if saved(
        form,
        lambda: services.comment(
            application,
            by=request.user,
            body=form.cleaned_data["body"],
            asks_changes=form.cleaned_data["asks_changes"],
        ),
    ):
        messages.success(request, _("Commentaire enregistré."))
        return redirect("dossiers:detail", pk=application.pk)
    return _render_detail(request, application, status=400, comment_form=form)


@require_POST
@role_required(*ANYONE)
def submit(request, pk):
    application = application_or_404(request, pk)
    if not selectors.can_record_decision(request.user, application):
        raise PermissionDenied
    form = SubmissionForm(request.POST)
    if saved(
        form,
        lambda: services.record_submission(
            application, by=request.user, reference=form.cleaned_data["reference"]
        ),
    ):
        messages.success(request, _("Dépôt enregistré."))
        return redirect("dossiers:detail", pk=application.pk)
    application = application_or_404(request, pk)  # the status did not change: show it as stored
    return _render_detail(request, application, status=400, submission_form=form)


@require_POST
@role_required(*ANYONE)
def decide(request, pk):
    application = application_or_404(request, pk)
    if not selectors.can_record_decision(request.user, application):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    if saved(
        form,
        lambda: services.record_decision(
            application,
            by=request.user,
            status=form.cleaned_data["status"],
            note=form.cleaned_data["note"],
        ),
    ):
        messages.success(request, _("Réponse du financeur enregistrée."))
        return redirect("dossiers:detail", pk=application.pk)
    application = application_or_404(request, pk)
    return _render_detail(request, application, status=400, decision_form=form)


@require_POST
@role_required(*ANYONE)
def reopen(request, pk):
    application = application_or_404(request, pk)
    owner_only(request, application)
    try:
        services.reopen(application, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
    return redirect("dossiers:detail", pk=application.pk)


@require_POST
@role_required(*ANYONE)
def resolve_comment(request, pk, comment_pk):
    """The owner marks an advisor's request for changes as dealt with."""
    application = application_or_404(request, pk)
    owner_only(request, application)
    services.resolve_comment(application, comment_pk, by=request.user)
    messages.success(request, _("Demande de modification marquée comme traitée."))
    return redirect(f"{reverse('dossiers:detail', args=[application.pk])}#commentaires")
