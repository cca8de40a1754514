"""allauth adapter: account e-mails leave through the task queue, after the commit, in their
recipient's language; the account keeps the language it was created in, and signing in opens
the site in the account's language; allauth's rate limits count by the same client address as
the rest of the site."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import translation

from accounts.selectors import email_language, user_language
from core.emails import email_send_after_commit
from core.http import client_bucket, client_ip
from core.languages import language_cookie_set, language_supported


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's e-mail templates read as ``current_site``: the Sites framework is not
    installed, and Django's stand-in for it has no name, so every e-mail said "c'est  !"."""

    name: str
    domain: str


def site_identity() -> SiteIdentity:
    return SiteIdentity(name=settings.SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


def recipient_language(email: str, context) -> str:
    """The language of an account e-mail: its recipient's account's, whoever asked for it (a
    reset asked from another device, a confirmation sent again); the page's language only for
    an address no account has (the "no account here" answer to a reset)."""
    user = context.get("user")
    if getattr(user, "language", None):
        return user_language(user)
    return email_language(email) or language_supported(translation.get_language())


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Rendered now, in the recipient's language; sent by a worker once the rows exist.
        context = {"email": email, "current_site": site_identity(), **context}
        language = recipient_language(email, context)
        with translation.override(language):
            message = self.render_mail(template_prefix, email, context)
        message.extra_headers["Content-Language"] = language
        email_send_after_commit(message)

    def save_user(self, request, user, form, commit=True):
        """A new account keeps the language of the page she signed up on."""
        user.language = language_supported(translation.get_language())
        return super().save_user(request, user, form, commit=commit)

    def post_login(self, request, user, **kwargs):
        """Signing in opens the site in the account's language, on this device too: the
        answer sets the language cookie, and what is left of this request (the "signed in"
        message) already speaks it."""
        language = user_language(user)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().post_login(request, user, **kwargs)
        language_cookie_set(response, language)
        return response

    def get_client_ip(self, request) -> str:
        # One reading of the proxies for every limit: ``core.http`` and TRUSTED_PROXY_COUNT.
        # allauth reads the client of every rate limit through here (allauth.core.internal.
        # ratelimit.get_ip, as of 65.22), then counts IPv6 clients by /64 as core does.
        address = client_ip(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """The "key" of the ``login_failed`` limit (5 failures in 5 minutes): the client *and*
        the e-mail, where allauth uses the e-mail alone.

        Keyed by the e-mail alone, anyone who knows an address can lock its owner out for five
        minutes, again and again, with five wrong passwords. Keyed by both, the five failures
        stop whoever typed them; the owner, from her own address, signs in as usual. Guessing
        from one address stays capped by the per-address rates of ``login_failed``. allauth
        uses this one method for the key when it counts a failure, when it gives the count back
        after a success and when it clears it after a password reset (65.22), and offers no
        public hook for it; tests/accounts/test_login_lockout.py fails if that changes.
        """
        login = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{client_bucket(request)}|{login}"
