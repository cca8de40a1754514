"""Request guards that apply site-wide: second factor for privileged roles, CMS for staff."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode

from accounts.selectors import user_must_set_up_mfa

# Pages an advisor or staff member without a second factor may still reach: the set-up
# itself, the re-authentication it may ask for, e-mail verification, language and logout.
MFA_SETUP_URL_NAMES = frozenset(
    {
        "mfa_activate_totp",
        "mfa_index",
        "mfa_reauthenticate",
        "mfa_generate_recovery_codes",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
        "account_reauthenticate",
        "account_logout",
        "account_confirm_email",
        "account_email_verification_sent",
        "set_language",
    }
)


class RequireMfaMiddleware:
    """Sends advisors and staff to the TOTP set-up until they have one."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def exempt_prefixes(self) -> tuple[str, ...]:
        from django.conf import settings

        return (settings.STATIC_URL, settings.MEDIA_URL)

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path_info.startswith(self.exempt_prefixes)
            # Her role first: it is read from the groups the request loads anyway, and for a
            # business owner it ends the check before the address is resolved again.
            and user_must_set_up_mfa(user=user)
            and not self._is_setup_page(request.path_info)
        ):
            target = reverse("mfa_activate_totp")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _is_setup_page(path: str) -> bool:
        try:
            return resolve(path).url_name in MFA_SETUP_URL_NAMES
        except Resolver404:
            return False


class CmsAccessMiddleware:
    """Signed-in users without CMS access get a 403 at /cms/, not Wagtail's login loop."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def cms_prefix(self) -> str:
        return reverse("wagtailadmin_home")

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path_info.startswith(self.cms_prefix)
            and user is not None
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)
