"""Logs: one line per request, a request id on every line, JSON in production.

``LOG_FORMAT=json`` (production's default) writes one JSON object per line, which log
collectors read without parsing rules: ``timestamp``, ``level``, ``logger``, ``message``,
``request_id``, and for the request line ``method``, ``path``, ``status``, ``duration_ms`` and
``user_id``. ``LOG_FORMAT=text`` (development's default) writes the same as readable text.

People appear in logs by their user id only, never by e-mail or name; query strings are left
out, since they may carry search terms or tokens.

The request id comes from the ``X-Request-ID`` header when a proxy in front already gave one
(and it looks like an id, not arbitrary text), or is made here; it is returned in the response
so a person reporting a problem can quote it.
"""

import contextvars
import logging
import re
import time
import uuid

from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished
from django.dispatch import receiver
from django.utils.functional import empty

REQUEST_ID_HEADER = "X-Request-ID"
#: The header as WSGI gives it: ``request.headers`` would build the map of every header, which
#: a page served from the page cache otherwise never reads.
_REQUEST_ID_META = "HTTP_X_REQUEST_ID"
_ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,127}")
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
logger = logging.getLogger("accelerateur.request")


def incoming_request_id(value: str | None) -> str | None:
    """The proxy's id when it is 8 to 128 letters, digits, dots, dashes, colons or
    underscores: anything else could forge log lines or fill them."""
    if value and _ID_SHAPE.fullmatch(value):
        return value
    return None


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record, so a view's own lines can be joined to
    its request line."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


def _user_id(request):
    """The signed-in person's id if something during the request already loaded her: the log
    line never costs a query of its own."""
    user = getattr(request, "user", None)
    wrapped = getattr(user, "_wrapped", user)
    if wrapped is empty or wrapped is None:
        return None
    return wrapped.pk if getattr(wrapped, "is_authenticated", False) else None


class RequestLogMiddleware:
    """First in the chain after /healthz (health checks every few seconds would drown the
    rest), so the duration covers every other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = incoming_request_id(request.META.get(_REQUEST_ID_META))
        request_id = request_id or uuid.uuid4().hex
        request.request_id = request_id
        # Kept until the response is closed (request_finished), not only while the middlewares
        # run: Django logs its warning for a 4xx answer after the last middleware returned.
        request_id_var.set(request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request_id
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": _user_id(request),
            },
        )
        return response


@receiver(request_finished, dispatch_uid="core-logs-forget-request-id")
def _forget_request_id(**_kwargs):
    request_id_var.set("")


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def logging_config(log_format: str, level: str) -> dict:
    """The ``LOGGING`` setting for ``LOG_FORMAT`` (``json`` or ``text``) and ``LOG_LEVEL``."""
    if log_format not in ("json", "text"):
        raise ImproperlyConfigured(f"LOG_FORMAT must be 'json' or 'text', got {log_format!r}.")
    formatters = {
        "text": {"format": TEXT_FORMAT},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["levelname", "name", "message"],
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": True,
        },
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "core.logs.RequestIdFilter"}},
        "formatters": {log_format: formatters[log_format]},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": log_format,
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            "wagtail": {"level": "WARNING"},
            # Step-by-step progress of every PDF, and the C++ bridge's greeting: noise at INFO.
            "weasyprint.progress": {"level": "WARNING"},
            "pikepdf": {"level": "WARNING"},
            # runserver's own line per request repeats accelerateur.request's.
            "django.server": {"level": "WARNING"},
        },
    }
