"""Background tasks shared by every app."""

from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django_tasks import default_task_backend, task


@task()
def send_email(
    *,
    subject: str,
    body: str,
    to: list[str],
    from_email: str | None = None,
    html: str | None = None,
    reply_to: list[str] | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[list[str]] | None = None,
) -> int:
    """Send one already-rendered e-mail; runs on the worker so a slow SMTP never blocks a page.

    ``attachments`` are [file name, text content, MIME type] triples (a calendar file, say):
    task arguments must be JSON.
    """
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email,
        to=to,
        reply_to=reply_to,
        headers=headers,
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    return message.send()


def enqueue_once(task_to_run, *, key: str, run_after, **kwargs) -> bool:
    """Enqueue ``task_to_run`` for ``run_after``, once for ``key`` whoever asks.

    The chains that re-schedule themselves every day (pickup slots, morning summaries, the
    purge of erased accounts) ask again from several places (their own run, a migration, a
    publication); the key, claimed in the cache the web and worker processes share, keeps
    one run per day. Backends that cannot run a task later (the immediate one of the tests)
    get none, and False is returned.
    """
    if not default_task_backend.supports_defer:
        return False
    if not cache.add(key, True, timeout=2 * 24 * 3600):
        return False
    task_to_run.using(run_after=run_after).enqueue(**kwargs)
    return True
