"""Error reporting to Sentry (or a compatible service), on only when ``SENTRY_DSN`` is set.

Called from the settings, so every process (web, task worker, commands) reports. Personal data
stays out: ``send_default_pii=False`` keeps cookies, the user's e-mail and IP address and the
request body out of events; frames are sent without their local variables (a request's repr
holds its query string, a view's locals a customer or an IBAN); and ``before_send`` drops the
places where an e-mail could still appear (the user block, the request's headers, query string
and data), whatever the SDK's version.
"""

SCRUBBED_REQUEST_KEYS = ("cookies", "data", "headers", "query_string", "env")


def _scrub(event, _hint):
    event.pop("user", None)
    request = event.get("request")
    if isinstance(request, dict):
        for key in SCRUBBED_REQUEST_KEYS:
            request.pop(key, None)
    return event


def init_error_reporting(*, dsn: str, environment: str, release: str) -> bool:
    """Start the SDK when a DSN is given; return whether it was started."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        release=release or None,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        # Stack frames' local variables hold requests, users, e-mails and IBANs: never sent.
        include_local_variables=False,
        before_send=_scrub,
        traces_sample_rate=0,
    )
    return True
