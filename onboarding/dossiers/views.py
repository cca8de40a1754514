"""The application wizard, the dossier's pages, its PDF and its invoices.

Every page starts from ``selectors.application_for``: an application the user may not read is a
404, whoever asks, so a second owner or an advisor who does not follow the business learns
nothing, not even that the dossier exists. Among readers, only the owner edits: an advisor or
staff member posting to an editing step gets a 403.

Each step saves on its own (the wizard can be left and resumed at any step); an invalid post is
re-rendered with status 400, what was typed kept and nothing changed.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from onboarding.dossiers import selectors, services
from onboarding.dossiers.banking import masked_iban
from onboarding.dossiers.forms import (
    BankForm,
    CommentForm,
    DecisionForm,
    ExpenseForm,
    StatementForm,
    SubmissionForm,
)
from onboarding.dossiers.models import Expense, Status
from onboarding.grants.eligibility import business_checks, is_eligible
from onboarding.grants.models import Programme
from onboarding.profile.selectors import business_of

ANYONE = (Role.OWNER, Role.ADVISOR, Role.STAFF)


def _application(request, pk):
    application = selectors.application_for(request.user, pk)
    if application is None:
        raise Http404
    return application


def _owner_of(request, application):
    if not selectors.is_owner(request.user, application):
        raise PermissionDenied


def _context(request, application, step: str, **extra) -> dict:
    return {
        "application": application,
        "step": step,
        "is_owner": selectors.is_owner(request.user, application),
        "can_edit": selectors.is_owner(request.user, application) and application.editable,
        **extra,
    }


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for item in errors:
                form.add_error(field if field in form.fields else None, item)
    else:
        for item in error.error_list:
            form.add_error(None, item)


def _saved(form, write) -> bool:
    """Run ``write`` (a service call) if the form is valid; a refusal lands on the form.

    One place maps the services' two kinds of refusal onto the form the person sees: by field
    (``ValidationError``) or for the whole form (``DossierError``).
    """
    if not form.is_valid():
        return False
    try:
        write()
    except ValidationError as error:
        _form_errors(form, error)
    except services.DossierError as error:
        form.add_error(None, str(error))
    else:
        return True
    return False


# --- Starting ---------------------------------------------------------------------------------


@role_required(Role.OWNER)
def start(request, slug):
    programme = get_object_or_404(Programme, slug=slug, published=True)
    business = business_of(request.user)
    if business is None:
        messages.info(request, _("Décrivez d'abord votre entreprise pour demander une aide."))
        return redirect("businesses:profile")
    existing = selectors.applications_of(business).filter(programme=programme).first()
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
            "existing": existing,
        },
        status=status,
    )


@role_required(*ANYONE)
def application_list(request):
    if role_of(request.user) is Role.OWNER:
        business = business_of(request.user)
        applications = selectors.applications_of(business) if business else []
    else:
        applications = selectors.visible_applications(request.user).order_by("-updated_at")
    return render(request, "dossiers/list.html", {"applications": applications})


# --- The dossier --------------------------------------------------------------------------------


def _render_detail(request, application, *, status=200, **forms):
    user = request.user
    context = _context(
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
    return _render_detail(request, _application(request, pk))


@require_POST
@role_required(*ANYONE)
def comment(request, pk):
    application = _application(request, pk)
    if not selectors.can_comment(request.user, application):
        raise PermissionDenied
    form = CommentForm(request.POST)
    if _saved(
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
    application = _application(request, pk)
    if not selectors.can_record_decision(request.user, application):
        raise PermissionDenied
    form = SubmissionForm(request.POST)
    if _saved(
        form,
        lambda: services.record_submission(
            application, by=request.user, reference=form.cleaned_data["reference"]
        ),
    ):
        messages.success(request, _("Dépôt enregistré."))
        return redirect("dossiers:detail", pk=application.pk)
    application = _application(request, pk)  # the status did not change: show it as stored
    return _render_detail(request, application, status=400, submission_form=form)


@require_POST
@role_required(*ANYONE)
def decide(request, pk):
    application = _application(request, pk)
    if not selectors.can_record_decision(request.user, application):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    if _saved(
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
    application = _application(request, pk)
    return _render_detail(request, application, status=400, decision_form=form)


# --- The wizard's steps -------------------------------------------------------------------------


@role_required(*ANYONE)
def expenses(request, pk):
    application = _application(request, pk)
    form = ExpenseForm()
    status = 200
    if request.method == "POST":
        _owner_of(request, application)
        form = ExpenseForm(request.POST, request.FILES)
        if _saved(
            form,
            lambda: services.add_expense(
                application,
                by=request.user,
                upload=form.cleaned_data["invoice"],
                **form.fields_for_service(),
            ),
        ):
            messages.success(request, _("Dépense enregistrée."))
            return redirect("dossiers:expenses", pk=application.pk)
        status = 400
    return render(
        request,
        "dossiers/expenses.html",
        _context(
            request, application, "expenses", form=form, summary=selectors.summary_of(application)
        ),
        status=status,
    )


@require_POST
@role_required(*ANYONE)
def remove_expense(request, pk, expense_pk):
    application = _application(request, pk)
    _owner_of(request, application)
    try:
        services.remove_expense(application, expense_pk, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Dépense retirée."))
    return redirect("dossiers:expenses", pk=application.pk)


@role_required(*ANYONE)
def bank(request, pk):
    application = _application(request, pk)
    is_owner = selectors.is_owner(request.user, application)
    form = BankForm(
        initial={
            "iban": application.iban,
            "bic": application.bic,
            "account_holder": application.account_holder,
        }
    )
    status = 200
    if request.method == "POST":
        _owner_of(request, application)
        form = BankForm(request.POST)
        if _saved(
            form,
            lambda: services.save_bank_details(
                application,
                by=request.user,
                iban=form.cleaned_data["iban"],
                bic=form.cleaned_data["bic"],
                holder=form.cleaned_data["account_holder"],
            ),
        ):
            messages.success(request, _("Coordonnées bancaires enregistrées."))
            return redirect("dossiers:statement", pk=application.pk)
        status = 400
    shown_iban = application.iban if is_owner else masked_iban(application.iban)
    return render(
        request,
        "dossiers/bank.html",
        _context(request, application, "bank", form=form, shown_iban=shown_iban),
        status=status,
    )


@role_required(*ANYONE)
def statement(request, pk):
    application = _application(request, pk)
    form = StatementForm(initial={"name": application.sworn_name or request.user.get_full_name()})
    status = 200
    if request.method == "POST":
        _owner_of(request, application)
        form = StatementForm(request.POST)
        if _saved(
            form,
            lambda: services.sign_statement(
                application,
                by=request.user,
                name=form.cleaned_data["name"],
                accepted=form.cleaned_data["accepted"],
            ),
        ):
            messages.success(request, _("Déclaration signée."))
            return redirect("dossiers:review", pk=application.pk)
        status = 400
    return render(
        request,
        "dossiers/statement.html",
        _context(
            request,
            application,
            "statement",
            form=form,
            statement_text=services.statement_text(application),
        ),
        status=status,
    )


@role_required(*ANYONE)
def review(request, pk):
    application = _application(request, pk)
    return render(
        request,
        "dossiers/review.html",
        _context(request, application, "review", summary=selectors.summary_of(application)),
    )


@require_POST
@role_required(*ANYONE)
def mark_ready(request, pk):
    application = _application(request, pk)
    _owner_of(request, application)
    try:
        services.mark_ready(application, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
        return render(
            request,
            "dossiers/review.html",
            _context(request, application, "review", summary=selectors.summary_of(application)),
            status=400,
        )
    messages.success(
        request, _("Votre dossier est prêt : téléchargez-le et déposez-le auprès du financeur.")
    )
    return redirect("dossiers:detail", pk=application.pk)


@require_POST
@role_required(*ANYONE)
def reopen(request, pk):
    application = _application(request, pk)
    _owner_of(request, application)
    try:
        services.reopen(application, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
    return redirect("dossiers:detail", pk=application.pk)


@require_POST
@role_required(*ANYONE)
def resolve_comment(request, pk, comment_pk):
    """The owner marks an advisor's request for changes as dealt with."""
    application = _application(request, pk)
    _owner_of(request, application)
    services.resolve_comment(application, comment_pk, by=request.user)
    messages.success(request, _("Demande de modification marquée comme traitée."))
    return redirect(f"{reverse('dossiers:detail', args=[application.pk])}#commentaires")


# --- Files ------------------------------------------------------------------------------------


@role_required(*ANYONE)
def dossier_pdf(request, pk):
    from onboarding.dossiers.pdf import dossier_pdf as render_pdf

    application = _application(request, pk)
    response = HttpResponse(render_pdf(application), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="dossier-{application.siren}-{application.pk}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@role_required(*ANYONE)
def invoice(request, pk, expense_pk):
    """The invoice as stored, with the type detected at upload, never rendered inline: even a
    file that fooled the checks could not run in the site's origin."""
    application = _application(request, pk)
    expense = get_object_or_404(Expense, application=application, pk=expense_pk)
    extension = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}.get(
        expense.content_type, "bin"
    )
    response = FileResponse(
        expense.invoice.open("rb"),
        content_type=expense.content_type,
        as_attachment=True,
        filename=f"facture-{expense.pk}.{extension}",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
