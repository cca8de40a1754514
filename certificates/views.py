"""Learners' certificates, their PDF, and the public verification pages."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role
from certificates import batches, selectors, services
from certificates.codes import normalise
from certificates.rendering import pdf_bytes
from core.ratelimit import allow
from core.text import CONTROL_CHARACTERS_MESSAGE, has_control_characters

# Thirty look-ups a quarter of an hour per address: plenty for an employer or a bank, useless
# for trying codes at random.
VERIFY_LIMIT, VERIFY_PERIOD = 30, 15 * 60
ORGANISERS = (Role.ADVISOR, Role.STAFF)


def _rate_limited(request):
    if allow(request, "certificate-verify", limit=VERIFY_LIMIT, period=VERIFY_PERIOD):
        return None
    return render(request, "certificates/rate_limited.html", status=429)


@role_required(Role.OWNER)
def mine(request):
    return render(
        request, "certificates/mine.html", {"certificates": selectors.certificates_of(request.user)}
    )


@role_required(Role.OWNER)
def download(request, pk):
    """The holder's PDF; anyone else gets a 404, as if it did not exist."""
    certificate = selectors.own_certificate(request.user, pk)
    response = HttpResponse(pdf_bytes(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificat-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def verify_form(request):
    limited = _rate_limited(request) if "code" in request.GET else None
    if limited:
        return limited
    typed = request.GET.get("code", "")
    error = ""
    if typed:
        code = normalise(typed)
        if code:
            return redirect("certificates:verify", code=code)
        error = _("Ce code n'a pas le bon format : huit lettres et chiffres, comme K7QF-9XPM.")
    return render(request, "certificates/verify_form.html", {"typed": typed, "error": error})


def verify(request, code: str):
    """Valid, revoked or replaced, with the facts as issued. An unknown code is a 404 that
    helps: someone checking a paper certificate most often mistyped it, so the page says what a
    code looks like and lets them type it again (still counted by the rate limit)."""
    limited = _rate_limited(request)
    if limited:
        return limited
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return render(request, "certificates/verify_unknown.html", {"typed": code[:40]}, status=404)
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "can_revoke": selectors.may_revoke(request.user, certificate)},
    )


@require_POST
@role_required(*ORGANISERS)
def revoke(request, pk):
    """Staff, or an advisor who follows the holder's business; anyone else gets a 403."""
    certificate = selectors.certificate_by_id(pk)
    if not selectors.may_revoke(request.user, certificate):
        raise PermissionDenied
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, _("Indiquez la raison de la révocation."))
    elif has_control_characters(reason):
        messages.error(request, CONTROL_CHARACTERS_MESSAGE)
    else:
        services.revoke(certificate, reason=reason, by=request.user)
        messages.success(request, _("Certificat révoqué."))
    return redirect("certificates:verify", code=certificate.code)


# --- Cohort batches ----------------------------------------------------------------------------


@require_POST
@role_required(*ORGANISERS)
def start_batch(request):
    """A course's or an event's certificates; 404 if the source is not one."""
    found = selectors.batch_source(request.POST.get("source", ""))
    if found is None:
        raise Http404
    source, title = found
    batch = batches.start(source=source, title=title, by=request.user)
    return redirect("certificates:batch", pk=batch.pk)


@role_required(*ORGANISERS)
def batch(request, pk):
    return render(
        request, "certificates/batch.html", {"batch": selectors.own_batch(request.user, pk)}
    )


@role_required(*ORGANISERS)
def batch_status(request, pk):
    """Polled by the progress bar; it also restarts a batch whose worker stopped."""
    current = selectors.own_batch(request.user, pk)
    batches.resume_if_stale(current)
    return JsonResponse(
        {
            "status": current.status,
            "label": current.get_status_display(),
            "done": current.done,
            "total": current.total,
            "percent": current.percent,
            "archive": (
                reverse("certificates:batch_archive", args=[current.pk])
                if current.archive
                else None
            ),
        }
    )


@role_required(*ORGANISERS)
def batch_archive(request, pk):
    current = selectors.own_batch(request.user, pk)
    if not current.archive:
        raise Http404
    response = FileResponse(current.archive.open("rb"), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="certificats-{current.pk}.zip"'
    return response
