"""The wizard's steps: expenses, bank details, the sworn statement, the review."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from core import confirm
from onboarding.dossiers import selectors, services
from onboarding.dossiers.banking import masked_iban
from onboarding.dossiers.forms import (
    BankForm,
    ExpenseForm,
    StatementForm,
)
from onboarding.dossiers.views.common import (
    ANYONE,
    application_or_404,
    owner_only,
    saved,
    step_context,
)


def _expenses_page(request, application, form, *, status=200, confirm_expense=None):
    """The expenses step; ``confirm_expense``: the expense whose removal awaits confirmation,
    its question shown open."""
    return render(
        request,
        "dossiers/expenses.html",
        step_context(
            request,
            application,
            "expenses",
            form=form,
            summary=selectors.summary_of(application),
            confirm_expense=confirm_expense,
        ),
        status=status,
    )


@role_required(*ANYONE)
def expenses(request, pk):
    application = application_or_404(request, pk)
    form = ExpenseForm()
    status = 200
    if request.method == "POST":
        owner_only(request, application)
        form = ExpenseForm(request.POST, request.FILES)
        if saved(
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
    return _expenses_page(request, application, form, status=status)


@require_POST
@role_required(*ANYONE)
def remove_expense(request, pk, expense_pk):
    application = application_or_404(request, pk)
    owner_only(request, application)
    if not confirm.confirmed(request):
        return _expenses_page(
            request, application, ExpenseForm(), status=400, confirm_expense=expense_pk
        )
    try:
        services.remove_expense(application, expense_pk, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Dépense retirée."))
    return redirect("dossiers:expenses", pk=application.pk)


@role_required(*ANYONE)
def bank(request, pk):
    application = application_or_404(request, pk)
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
        owner_only(request, application)
        form = BankForm(request.POST)
        if saved(
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
        step_context(request, application, "bank", form=form, shown_iban=shown_iban),
        status=status,
    )


@role_required(*ANYONE)
def statement(request, pk):
    application = application_or_404(request, pk)
    form = StatementForm(initial={"name": application.sworn_name or request.user.get_full_name()})
    status = 200
    if request.method == "POST":
        owner_only(request, application)
        form = StatementForm(request.POST)
        if saved(
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
        step_context(
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
    application = application_or_404(request, pk)
    return render(
        request,
        "dossiers/review.html",
        step_context(request, application, "review", summary=selectors.summary_of(application)),
    )


@require_POST
@role_required(*ANYONE)
def mark_ready(request, pk):
    application = application_or_404(request, pk)
    owner_only(request, application)
    try:
        services.mark_ready(application, by=request.user)
    except services.DossierError as error:
        messages.error(request, str(error))
        return render(
            request,
            "dossiers/review.html",
            step_context(request, application, "review", summary=selectors.summary_of(application)),
            status=400,
        )
    messages.success(
        request, _("Votre dossier est prêt : téléchargez-le et déposez-le auprès du financeur.")
    )
    return redirect("dossiers:detail", pk=application.pk)
