"""allauth adapter: account e-mails leave through the task queue, after the commit, and
allauth's rate limits count by the same client address as the rest of the site."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied

from core.emails import email_send_after_commit
from core.http import client_ip


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
        address = client_ip(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address
