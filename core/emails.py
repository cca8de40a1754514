"""Sending e-mail as a side effect: enqueued once the current transaction commits."""

from functools import partial

from django.core.mail import EmailMessage
from django.db import transaction

from core.tasks import send_email


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
