"""The Content-Security-Policy header: django-csp's middleware with two local rules.

- The CMS (``/cms/``, Wagtail's admin and its page previews) gets its own, looser policy,
  ``CONTENT_SECURITY_POLICY_CMS``: Wagtail's admin still writes inline scripts and styles, so
  it needs ``'unsafe-inline'`` there, and only there. Its pages are for signed-in staff with a
  second factor.
- A view that allows being framed by the site itself (Django's ``xframe_options_sameorigin``,
  the storefront wizard's live preview) gets ``frame-ancestors 'self'`` instead of ``'none'``,
  so the two headers never disagree and one decorator is enough.

The middleware sits right after the page cache (see settings.MIDDLEWARE): a stored page keeps
the header it was rendered with, so its nonce matches the one inside the page.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        prefix = getattr(settings, "CSP_CMS_PATH_PREFIX", "/cms/")
        if request.path_info.startswith(prefix):
            cms = getattr(settings, "CONTENT_SECURITY_POLICY_CMS", {})
            parts.config = default_config(cms.get("DIRECTIVES", {}))
        elif response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
