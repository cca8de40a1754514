"""Learners' certificates, their PDF, and the public verification pages."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import role_required
from accounts.roles import Role, role_of
from certificates import services
from certificates.codes import normalise
from certificates.models import Certificate
from certificates.selectors import certificate_by_code, certificates_of
from core.ratelimit import allow

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
        request, "certificates/mine.html", {"certificates": certificates_of(request.user)}
    )


def verification_url(request, certificate: Certificate) -> str:
    return request.build_absolute_uri(reverse("certificates:verify", args=[certificate.code]))


@role_required(Role.OWNER)
def download(request, pk):
    """The holder's PDF; anyone else gets a 404, as if it did not exist."""
    from certificates.pdf import render_certificate_pdf
    from certificates.selectors import facts_of

    certificate = get_object_or_404(Certificate, pk=pk, holder=request.user, superseded_at=None)
    pdf = render_certificate_pdf(facts_of(certificate), verification_url(request, certificate))
    response = HttpResponse(pdf, content_type="application/pdf")
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
    """Valid, revoked or replaced, with the facts as issued; an unknown code is a plain 404."""
    limited = _rate_limited(request)
    if limited:
        return limited
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "can_revoke": role_of(request.user) in ORGANISERS},
    )


@require_POST
@role_required(*ORGANISERS)
def revoke(request, pk):
    certificate = get_object_or_404(Certificate, pk=pk)
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, _("Indiquez la raison de la révocation."))
    else:
        services.revoke(certificate, reason=reason, by=request.user)
        messages.success(request, _("Certificat révoqué."))
    return redirect("certificates:verify", code=certificate.code)
