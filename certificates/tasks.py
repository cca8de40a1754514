"""Rendering a certificate's PDF on the worker, once it is issued.

The cohort batch's task, ``certificates.batches.run_batch``, lives beside the runner it
calls: the batch issues certificates through ``certificates.services``, which enqueues the
task below, so one module holding both tasks would import the services and be imported by
them.
"""

from django_tasks import task

from certificates.models import Certificate
from certificates.rendering import store_pdfs


@task()
def render_certificate(*, certificate_id: str) -> bool:
    """Render and store one certificate's PDF, unless it is already there."""
    certificate = Certificate.objects.filter(pk=certificate_id, pdf="").first()
    if certificate is None:
        return False
    store_pdfs([certificate])
    return True
