"""The dossier's PDF and its invoices, served only to those who may read the dossier."""

import logging

from django.http import FileResponse, HttpResponse
from django.shortcuts import render

from accounts.decorators import role_required
from onboarding.dossiers import selectors
from onboarding.dossiers.views.common import ANYONE, application_or_404

logger = logging.getLogger(__name__)


@role_required(*ANYONE)
def dossier_pdf(request, pk):
    from onboarding.dossiers.pdf import dossier_pdf as render_pdf

    application = application_or_404(request, pk)
    response = HttpResponse(
        render_pdf(application, viewer=request.user), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="dossier-{application.siren}-{application.pk}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@role_required(*ANYONE)
def invoice(request, pk, expense_pk):
    """The invoice as stored, with the type detected at upload, never rendered inline: even a
    file that fooled the checks could not run in the site's origin."""
    application = application_or_404(request, pk)
    expense = selectors.expense_of(application, expense_pk)
    extension = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}.get(
        expense.content_type, "bin"
    )
    try:
        handle = expense.invoice.open("rb")
    except OSError as error:
        # Removed from storage behind the platform's back: say so, rather than a 500.
        logger.warning("Facture %s introuvable dans le stockage : %s", expense.pk, error)
        return render(
            request,
            "dossiers/invoice_missing.html",
            {"application": application, "expense": expense},
            status=404,
        )
    response = FileResponse(
        handle,
        content_type=expense.content_type,
        as_attachment=True,
        filename=f"facture-{expense.pk}.{extension}",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
