"""Account pages of our own; allauth provides the rest."""

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import privacy
from accounts.models import version_date
from accounts.roles import Role, role_of
from accounts.selectors import user_home_url
from core import confirm
from core.exports import zip_download
from core.ratelimit import allow


@login_required
def home(request):
    """ "Mon espace": sends each role to its own home page."""
    return redirect(user_home_url(user=request.user))


# --- "Mes données" (RGPD) -------------------------------------------------------------------

#: Password attempts on the erasure form per address: enough for typos, useless for guessing.
ERASE_LIMIT, ERASE_PERIOD = 5, 15 * 60


def _data_page(request, *, status=200, error="", confirm_open=False):
    user = request.user
    return render(
        request,
        "accounts/personal_data.html",
        {
            "consents": privacy.consents_of(user),
            "policy_version": version_date(settings.PRIVACY_POLICY_VERSION)
            or settings.PRIVACY_POLICY_VERSION,
            "kept": privacy.kept_after_erasure(),
            "blockers": privacy.erasure_blockers(user) if _may_erase(user) else [],
            "may_erase": _may_erase(user),
            "error": error,
            "confirm_open": confirm_open,
        },
        status=status,
    )


def _may_erase(user) -> bool:
    """Owners erase their own account. An advisor's or staff account is a work account that
    the organisation closes, and it may hold other people's records."""
    return role_of(user) == Role.OWNER


@login_required
@require_GET
def personal_data(request):
    return _data_page(request)


@login_required
@require_GET
def personal_data_export(request):
    """Her data as a ZIP, built on request: nothing is stored, nothing is cached."""
    filename = f"mes-donnees-accelerateur-{timezone.localdate():%Y-%m-%d}.zip"
    return zip_download(privacy.export_archive(request.user), filename=filename)


@login_required
@require_POST
def erase(request):
    """Erases the account once confirmed with her password; signs her out."""
    if not _may_erase(request.user):
        raise PermissionDenied
    if not confirm.confirmed(request):
        return _data_page(
            request,
            status=400,
            error=_("Rien n'a été effacé : confirmez l'effacement ci-dessous."),
            confirm_open=True,
        )
    if not allow(request, "account-erase", limit=ERASE_LIMIT, period=ERASE_PERIOD):
        return _data_page(
            request,
            status=429,
            error=_("Trop d'essais : réessayez dans un quart d'heure. Rien n'a été effacé."),
            confirm_open=True,
        )
    if not request.user.check_password(request.POST.get("password", "")):
        return _data_page(
            request,
            status=400,
            error=_("Ce mot de passe n'est pas le bon. Rien n'a été effacé."),
            confirm_open=True,
        )
    try:
        privacy.erase_account(user=request.user)
    except privacy.ErasureRefused:
        return _data_page(
            request,
            status=409,
            error=_("Votre compte ne peut pas encore être effacé : voyez ci-dessus pourquoi."),
        )
    logout(request)
    return redirect("accounts:erased")


@require_GET
def erased(request):
    return render(request, "accounts/erased.html", {"kept": privacy.kept_after_erasure()})
