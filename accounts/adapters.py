"""allauth adapter: account e-mails leave through the task queue, after the commit, and
allauth's rate limits count by the same client address as the rest of the site."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied

from core.emails import email_send_after_commit
from core.http import client_bucket, client_ip


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's e-mail templates read as ``current_site``: the Sites framework is not
    installed, and Django's stand-in for it has no name, so every e-mail said "c'est  !"."""

    name: str
    domain: str


def site_identity() -> SiteIdentity:
    return SiteIdentity(name=settings.SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Rendered now, in the visitor's language; sent by a worker once the rows exist.
        context = {"email": email, "current_site": site_identity(), **context}
        message = self.render_mail(template_prefix, email, context)
        email_send_after_commit(message)

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
