"""Rendering certificates and cohort batches on the worker."""

from django_tasks import task


@task()
def render_certificate(*, certificate_id: str) -> bool:
    """Render and store one certificate's PDF, unless it is already there."""
    from certificates.models import Certificate
    from certificates.rendering import store_pdfs

    certificate = Certificate.objects.filter(pk=certificate_id, pdf="").first()
    if certificate is None:
        return False
    store_pdfs([certificate])
    return True


@task()
def run_batch(*, batch_id: str) -> str:
    from certificates.batches import run

    return run(batch_id)
