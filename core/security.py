"""Security headers Django has no setting for: Permissions-Policy.

``PERMISSIONS_POLICY`` maps a browser feature to the origins that may use it (an empty list:
nobody). The site needs no camera or microphone; geolocation stays open to the site itself for
"near me" searches. The header is built once, when the process starts.
"""

from django.conf import settings


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """``{"camera": [], "geolocation": ["self"]}`` → ``camera=(), geolocation=(self)``."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in policy.items())


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
