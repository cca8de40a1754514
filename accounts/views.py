"""Account pages of our own; allauth provides the rest."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.i18n import set_language as django_set_language

from accounts import privacy
from accounts.forms import LanguageForm
from accounts.models import version_date
from accounts.roles import Role, role_of
from accounts.selectors import user_home_url, user_language
from accounts.services import user_language_set
from core import confirm
from core.exports import zip_download
from core.languages import language_cookie_set, language_or_none
from core.ratelimit import allow


@login_required
def home(request):
    """ "Mon espace": sends each role to its own home page."""
    return redirect(user_home_url(user=request.user))


# --- Language ----------------------------------------------------------------------------------


@csrf_exempt
def set_language(request):
    """The header's language switcher: Django's view (the cookie, the redirect to ``next``),
    and, for a signed-in person, her account keeps the choice for her e-mails and her other
    devices.

    The switch itself needs no CSRF token: a forged request could at worst switch someone's
    language, and without a token in the header the public pages are the same for every
    anonymous visitor and can be cached whole (core.page_cache). Writing to the account does
    need one: the switcher carries it for signed-in people only, and a post without it (a
    forged one) changes the cookie alone.
    """
    response = django_set_language(request)
    language = language_or_none(request.POST.get("language"))
    if (
        request.method == "POST"
        and language
        and request.user.is_authenticated
        and _csrf_token_valid(request)
    ):
        user_language_set(request.user, language)
    return response


def _csrf_token_valid(request) -> bool:
    """Django's own CSRF check (origin and token), asked by hand in a view exempted from it."""
    return CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {}) is None


@login_required
@require_http_methods(["GET", "POST"])
def language(request):
    """The account page where she sees and changes her language."""
    form = LanguageForm(request.POST or None, initial={"language": user_language(request.user)})
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["language"]
        user_language_set(request.user, chosen)
        translation.activate(chosen)
        request.LANGUAGE_CODE = chosen
        messages.success(request, _("Votre langue est enregistrée."))
        response = redirect("accounts:language")
        language_cookie_set(response, chosen)
        return response
    return render(request, "accounts/language.html", {"form": form})


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
