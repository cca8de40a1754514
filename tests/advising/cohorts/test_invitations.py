"""An advisor invites an owner by e-mail; her business joins the portfolio when she shows up."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from advising.models import Assignment, Invitation
from tests.accounts.factories import OwnerFactory
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db
URL = reverse("advising:invitations")

SIGNUP_DATA = {
    "first_name": "Amélie",
    "last_name": "Durand",
    "email": "Amelie.Durand@Fleuriste.example",
    "password1": "Bouquets-de-saison-2026",
    "password2": "Bouquets-de-saison-2026",
    "accept_terms": "on",
}


def test_the_invitation_is_emailed_in_french_after_commit(
    advisor_client, advisor, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = advisor_client.post(
            URL, {"email": "Gerante@Boulangerie.example", "message": "Au plaisir de vous suivre."}
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.advisor, invitation.email) == (advisor, "gerante@boulangerie.example")
    assert len(invitation.token) >= 40 and invitation.accepted_at is None
    assert mailoutbox == []
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["gerante@boulangerie.example"]
    assert "vous invite" in mail.subject
    assert "Au plaisir de vous suivre." in mail.body
    assert "/compte/signup/?email=gerante%40boulangerie.example" in mail.body
    page = advisor_client.get(URL).content.decode()
    assert "gerante@boulangerie.example" in page and "En attente" in page


def test_sign_up_then_business_creation_joins_the_portfolio(
    client, advisor, home_page, mailoutbox, django_capture_on_commit_callbacks
):
    from advising.assignments import invite

    with django_capture_on_commit_callbacks(execute=True):
        invite(advisor, "AMELIE.durand@fleuriste.EXAMPLE")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP_DATA)
    match = re.search(r"https?://[^/\s]+(/compte/confirm-email/[^\s]+/)", mailoutbox[-1].body)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(match.group(1))
    owner = EmailAddress.objects.get(verified=True, email__iexact=SIGNUP_DATA["email"]).user
    assert not Invitation.objects.get().accepted_at  # no business yet: nothing to join

    business = BusinessFactory(owner=owner)

    assert Assignment.objects.filter(advisor=advisor, business=business).exists()
    assert Invitation.objects.get().accepted_at is not None


def test_a_verified_address_after_the_business_also_joins(advisor):
    from advising.assignments import invite

    owner = OwnerFactory(email="tardive@exemple.fr", verified=False)
    address = EmailAddress.objects.create(user=owner, email=owner.email, verified=False)
    invite(advisor, "Tardive@Exemple.fr")
    business = BusinessFactory(owner=owner)
    assert not business.assignments.exists()  # an unverified address proves nothing

    from allauth.account.signals import email_confirmed

    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    assert business.assignments.filter(advisor=advisor).exists()


def existing_owner(email="deja@inscrite.example"):
    owner = OwnerFactory(email=email)
    EmailAddress.objects.get_or_create(user=owner, email=email, defaults={"verified": True})
    EmailAddress.objects.filter(user=owner).update(verified=True)
    return BusinessFactory(owner=owner)


def test_an_owner_who_already_has_a_business_is_asked_first(
    advisor_client, advisor, mailoutbox, django_capture_on_commit_callbacks
):
    """Knowing an owner's address is not enough to see her business: she must agree."""
    business = existing_owner()
    with django_capture_on_commit_callbacks(execute=True):
        response = advisor_client.post(URL, {"email": "Deja@Inscrite.example"})
    assert response.status_code == 302
    assert not business.assignments.exists()
    invitation = Invitation.objects.get()
    assert invitation.accepted_at is None
    [message] = mailoutbox
    link = reverse("advising:invitation_answer", args=[invitation.token])
    assert link in message.body and "propose de suivre votre entreprise" in message.body
    assert reverse("account_signup") not in message.body


def test_the_invited_owner_accepts_and_joins_the_portfolio(client, advisor, home_page):
    from advising.assignments import invite

    business = existing_owner()
    invitation = invite(advisor, business.owner.email, "Je suis votre conseiller à Lyon.")
    url = reverse("advising:invitation_answer", args=[invitation.token])
    client.force_login(business.owner)
    page = client.get(url).content.decode()
    assert "propose de suivre votre entreprise" in page and "Je suis votre conseiller" in page
    assert not business.assignments.exists()  # opening the page is not agreeing

    response = client.post(url)
    assert response.url == reverse("onboarding:plan")
    assert business.assignments.filter(advisor=advisor).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    client.post(url)  # twice: still one assignment
    assert business.assignments.count() == 1


def test_confirming_another_address_does_not_answer_for_the_owner(advisor):
    """A pending invitation to a verified address waits for its answer, whatever else the
    owner verifies meanwhile."""
    from allauth.account.signals import email_confirmed

    from advising.assignments import invite

    business = existing_owner()
    invite(advisor, business.owner.email)
    other = EmailAddress.objects.create(
        user=business.owner, email="second@inscrite.example", verified=True
    )
    email_confirmed.send(sender=EmailAddress, request=None, email_address=other)
    assert not business.assignments.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_else_cannot_open_or_accept_the_invitation(client, advisor, home_page, method):
    from advising.assignments import invite

    business = existing_owner()
    invitation = invite(advisor, business.owner.email)
    url = reverse("advising:invitation_answer", args=[invitation.token])
    intruder = existing_owner("curieux@ailleurs.example")
    client.force_login(intruder.owner)
    assert getattr(client, method)(url).status_code == 404
    assert not intruder.assignments.exists() and not business.assignments.exists()
    client.force_login(business.owner)  # the invited owner herself, with a wrong token
    wrong = reverse("advising:invitation_answer", args=[invitation.token + "x"])
    assert getattr(client, method)(wrong).status_code == 404


def test_the_answer_page_needs_signing_in(client, advisor, home_page):
    from advising.assignments import invite

    invitation = invite(advisor, existing_owner().owner.email)
    response = client.get(reverse("advising:invitation_answer", args=[invitation.token]))
    assert response.status_code == 302 and reverse("account_login") in response.url


def test_another_advisors_invitations_are_invisible(
    client, advisor, other_advisor, staff, home_page
):
    from advising.assignments import invite

    invite(advisor, "secrete@exemple.fr")
    invite(other_advisor, "autre@exemple.fr")
    client.force_login(other_advisor)
    content = client.get(URL).content.decode()
    assert "autre@exemple.fr" in content and "secrete@exemple.fr" not in content
    client.force_login(staff)
    content = client.get(URL).content.decode()
    assert "autre@exemple.fr" in content and "secrete@exemple.fr" in content


def test_a_bad_address_is_a_400_that_keeps_the_text(advisor_client, mailoutbox):
    response = advisor_client.post(URL, {"email": "pas-une-adresse", "message": "Bonjour"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "pas-une-adresse" in content and "Bonjour" in content
    assert "n'a pas été envoyée" in content or "n&#x27;a pas été envoyée" in content
    assert not Invitation.objects.exists()


def test_owners_cannot_invite(client, owner, home_page):
    client.force_login(owner)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"email": "x@exemple.fr"}).status_code == 403
