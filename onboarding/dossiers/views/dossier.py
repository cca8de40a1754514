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


def _post_on_detail(request, pk, *, allowed, form_class, form_name, write, done, reload=False):
    """A form posted on the dossier's page by whoever ``allowed`` lets in (else 403).

    Saved: the success message, and back to the page. Refused: the page again with a 400, the
    form showing what was typed and why; ``reload`` reads the dossier again first, so that the
    page shows the status as stored, not as the refused write left it in memory.
    """
    application = application_or_404(request, pk)
    if not allowed(request.user, application):
        raise PermissionDenied
    form = form_class(request.POST)
    if saved(form, lambda: write(application, form.cleaned_data)):
        messages.success(request, done)
        return redirect("dossiers:detail", pk=application.pk)
    if reload:
        application = application_or_404(request, pk)
    return _render_detail(request, application, status=400, **{form_name: form})


@require_POST
@role_required(*ANYONE)
def comment(request, pk):
    return _post_on_detail(
        request,
        pk,
        allowed=selectors.can_comment,
        form_class=CommentForm,
        form_name="comment_form",
        write=lambda application, data: services.comment(
            application, by=request.user, body=data["body"], asks_changes=data["asks_changes"]
        ),
        done=_("Commentaire enregistré."),
    )


@require_POST
@role_required(*ANYONE)
def submit(request, pk):
    return _post_on_detail(
        request,
        pk,
        allowed=selectors.can_record_decision,
        form_class=SubmissionForm,
        form_name="submission_form",
        write=lambda application, data: services.record_submission(
            application, by=request.user, reference=data["reference"]
        ),
        done=_("Dépôt enregistré."),
        reload=True,
    )


@require_POST
@role_required(*ANYONE)
def decide(request, pk):
    return _post_on_detail(
        request,
        pk,
        allowed=selectors.can_record_decision,
        form_class=DecisionForm,
        form_name="decision_form",
        write=lambda application, data: services.record_decision(
            application, by=request.user, status=data["status"], note=data["note"]
        ),
        done=_("Réponse du financeur enregistrée."),
        reload=True,
    )


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
