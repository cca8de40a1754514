"""Open Badges 2.0: three linked documents, a hashed recipient, and 410 once a badge is void."""

import hashlib
import uuid
from datetime import date, datetime
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db

SITE = "https://badges.accelerateur.example"
CONTEXT = "https://w3id.org/openbadges/v2"


@pytest.fixture(autouse=True)
def _site_url(settings):
    """Another host than the test client's: ids must come from SITE_URL, not the request."""
    settings.SITE_URL = SITE


@pytest.fixture
def certificate():
    holder = OwnerFactory(email="Camille.Martin@Boutique.example")
    return Certificate.objects.create(
        holder=holder,
        kind=Certificate.Kind.COURSE,
        source="enrolment:1",
        holder_name="Camille Martin",
        title="Vendre en ligne",
        hours="1,5 h",
        completed_on=date(2025, 3, 12),
        issuer=services.ISSUER,
    )


def _fetch(client, url: str):
    """Fetch one of our absolute URLs through the test client."""
    assert url.startswith(SITE + "/"), url
    return client.get(url.removeprefix(SITE))


def _assertion_url(certificate) -> str:
    return reverse("badges:assertion", args=[certificate.id])


def test_the_three_documents_link_to_each_other_by_id(client, certificate):
    response = client.get(_assertion_url(certificate))
    assert response.status_code == 200
    assertion = response.json()
    assert assertion["@context"] == CONTEXT and assertion["type"] == "Assertion"
    assert assertion["id"] == SITE + _assertion_url(certificate)
    assert assertion["verification"] == {"type": "hosted"}
    assert assertion["evidence"] == SITE + reverse("certificates:verify", args=[certificate.code])
    assert datetime.fromisoformat(assertion["issuedOn"]) == certificate.issued_at

    badge_class = _fetch(client, assertion["badge"]).json()
    assert badge_class["type"] == "BadgeClass" and badge_class["id"] == assertion["badge"]
    assert badge_class["name"] == "Certificat de réussite"
    assert badge_class["criteria"]["narrative"] and badge_class["description"]
    assert _fetch(client, badge_class["image"]).status_code == 200

    issuer = _fetch(client, badge_class["issuer"]).json()
    assert issuer["type"] == "Issuer" and issuer["id"] == badge_class["issuer"]
    assert issuer["name"] == "Accélérateur du numérique" and issuer["url"] == SITE
    assert "@" in issuer["email"]


def test_the_recipient_is_hashed_and_the_email_is_never_published(client, certificate):
    response = client.get(_assertion_url(certificate))
    recipient = response.json()["recipient"]
    salt = hashlib.sha256(str(certificate.id).encode()).hexdigest()[:16]
    expected = hashlib.sha256(("camille.martin@boutique.example" + salt).encode()).hexdigest()
    assert recipient == {
        "type": "email",
        "hashed": True,
        "salt": salt,
        "identity": f"sha256${expected}",
    }
    body = response.content.decode().lower()
    assert "camille.martin@" not in body and "boutique.example" not in body


def test_each_certificate_gets_its_own_salt(client, certificate):
    other = Certificate.objects.create(
        holder=certificate.holder,
        kind=Certificate.Kind.WEBINAR,
        source="registration:1",
        holder_name="Camille Martin",
        title="Un webinaire",
        completed_on=date(2025, 3, 13),
        issuer=services.ISSUER,
    )
    first = client.get(_assertion_url(certificate)).json()["recipient"]["identity"]
    second = client.get(_assertion_url(other)).json()
    assert second["recipient"]["identity"] != first
    assert second["badge"] == SITE + reverse("badges:badge_class", args=["webinar"])


def test_documents_are_readable_from_any_origin_and_briefly_cached(client, certificate):
    for url in (
        reverse("badges:issuer"),
        reverse("badges:badge_class", args=["course"]),
        reverse("badges:badge_image", args=["course"]),
        _assertion_url(certificate),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert response["Cache-Control"] == "public, max-age=300", url
    assert response["Content-Type"] == "application/ld+json"


def test_a_revoked_certificate_answers_410_with_the_reason(client, certificate, staff):
    services.revoke(certificate, reason="Émis par erreur.", by=staff)
    response = client.get(_assertion_url(certificate))
    assert response.status_code == 410
    assert response.json() == {
        "@context": CONTEXT,
        "id": SITE + _assertion_url(certificate),
        "type": "Assertion",
        "revoked": True,
        "revocationReason": "Émis par erreur.",
    }
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age" not in response["Cache-Control"]


def test_a_superseded_certificate_answers_410_and_its_replacement_200(client, certificate, staff):
    new = services.reissue(certificate, holder_name="Camille Martin-Dupont", by=staff)
    response = client.get(_assertion_url(certificate))
    assert response.status_code == 410
    assert response.json()["revoked"] is True
    assert response.json()["revocationReason"] == "Remplacé par une version corrigée"
    assert client.get(_assertion_url(new)).status_code == 200


def test_a_superseded_then_revoked_certificate_gives_the_revocation_reason(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        superseded_at=timezone.now(), revoked_at=timezone.now(), revoked_reason="Fraude."
    )
    response = client.get(_assertion_url(certificate))
    assert response.status_code == 410 and response.json()["revocationReason"] == "Fraude."


def test_an_unknown_assertion_is_a_404_readable_cross_origin(client, certificate):
    response = client.get(reverse("badges:assertion", args=[uuid.uuid4()]))
    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age" not in response["Cache-Control"]


def test_an_unknown_kind_is_a_404(client):
    assert client.get(reverse("badges:badge_class", args=["diplome"])).status_code == 404
    assert client.get(reverse("badges:badge_image", args=["diplome"])).status_code == 404


@pytest.mark.parametrize("kind", Certificate.Kind.values)
def test_every_kind_has_a_badge_class_and_an_svg_image(client, kind):
    document = client.get(reverse("badges:badge_class", args=[kind])).json()
    assert document["id"] == SITE + reverse("badges:badge_class", args=[kind])
    assert document["name"] == str(Certificate.Kind(kind).label)
    response = client.get(reverse("badges:badge_image", args=[kind]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    svg = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.find("{http://www.w3.org/2000/svg}circle") is not None
    text = svg.find("{http://www.w3.org/2000/svg}text").text
    assert text == document["name"][0]
