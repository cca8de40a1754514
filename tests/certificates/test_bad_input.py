"""A revocation reason with a control character, and batch sources no row can be: a clear
message or a 404, nothing changed."""

import pytest
from django.urls import reverse

from certificates.models import Certificate, CertificateBatch
from tests.certificates.test_issue_and_verify import completed_course  # noqa: F401
from tests.hostile_input import HUGE_ID

pytestmark = pytest.mark.django_db


def test_a_reason_with_a_nul_is_refused_and_nothing_revoked(client, completed_course, staff):  # noqa: F811
    certificate = Certificate.objects.get()
    client.force_login(staff)
    url = reverse("certificates:revoke", args=[certificate.pk])
    response = client.post(url, {"reason": "Émis\x00 par erreur."}, follow=True)
    assert "caractère invisible non autorisé" in response.content.decode()
    assert Certificate.objects.get().revoked_at is None


@pytest.mark.parametrize(
    "source", [f"course:{HUGE_ID}", f"event:{HUGE_ID}", "course:²", "event:-1", "course:\x00"]
)
def test_a_batch_source_that_cannot_exist_is_404(client, staff, source):
    client.force_login(staff)
    response = client.post(reverse("certificates:start_batch"), {"source": source})
    assert response.status_code == 404
    assert not CertificateBatch.objects.exists()
