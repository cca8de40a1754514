"""E-mail for every feature: rendered from templates in the recipient's language, then sent by
the task worker once the current transaction commits.

A feature names its templates by one prefix: ``<prefix>_subject.txt`` (newlines folded into one
line), ``<prefix>.txt`` for the body and, when it exists, ``<prefix>.html`` for an HTML
alternative. Every template receives ``site_url`` so that links in a message are absolute.
"""

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import translation

from core.languages import language_supported
from core.tasks import send_email

#: (file name, content, MIME type), as ``EmailMessage.attach`` takes them: an .ics, say.
Attachment = tuple[str, str | bytes, str]


def email_render(
    *,
    template_prefix: str,
    context: Mapping[str, Any],
    to: Sequence[str],
    language: str | None = None,
    attachments: Iterable[Attachment] = (),
    reply_to: Sequence[str] | None = None,
) -> EmailMultiAlternatives:
    """The message, rendered now in ``language`` (the site's by default).

    Callers pass the recipient's language (her account's, her order's): the language of
    whoever's request triggers the message has nothing to do with it. The message says which
    language it is in (``Content-Language``), for mail clients and screen readers.

    Rendering happens in the caller's transaction, where the rows are at hand; sending waits
    for ``email_send_after_commit``.
    """
    context = {"site_url": settings.SITE_URL, **context}
    language = language_supported(language)
    with translation.override(language):
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}.txt", context)
        html = _render_if_present(f"{template_prefix}.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=body,
        to=list(to),
        reply_to=reply_to,
        headers={"Content-Language": language},
    )
    if html is not None:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


def _render_if_present(template_name: str, context: dict) -> str | None:
    try:
        template = get_template(template_name)
    except TemplateDoesNotExist:
        return None
    return template.render(context)


def email_payload(message: EmailMessage) -> dict:
    """The JSON-serialisable parts of a rendered message, as the send task takes them."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        None,
    )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "to": [str(address) for address in message.to],
        "from_email": message.from_email,
        "html": html,
        "reply_to": list(message.reply_to) or None,
        "headers": dict(message.extra_headers) or None,
        "attachments": [
            [filename, content if isinstance(content, str) else content.decode(), mimetype]
            for filename, content, mimetype in message.attachments
        ]
        or None,
    }


def email_send_after_commit(message: EmailMessage) -> None:
    """Queue the message for the worker after commit, so it never describes a rolled-back row."""
    transaction.on_commit(partial(send_email.enqueue, **email_payload(message)))
