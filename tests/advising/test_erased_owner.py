"""An owner who erased her account: her advisors see "Compte effacé" and the date in the
portfolio and on the business's page, and nothing that named her."""

import pytest
from django.urls import reverse

from accounts.privacy import erase_account
from advising.models import Note, Reminder
from tests.accounts.factories import totp_for
from tests.accounts.personal_data_factories import make_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def erased(home_page):
    everything = make_everything(home_page)
    totp_for(everything.advisor)
    everything.name = everything.owner.get_full_name()
    everything.email = everything.owner.email
    erase_account(user=everything.owner)
    return everything


def test_the_portfolio_says_the_account_was_erased(client, erased):
    client.force_login(erased.advisor)
    page = client.get(reverse("advising:portfolio")).content.decode()
    assert "Compte effacé le " in page
    assert erased.name not in page and erased.email not in page
    assert erased.business.trade_name not in page


def test_the_portfolio_export_says_so_too(client, erased):
    client.force_login(erased.advisor)
    response = client.get(reverse("advising:export_csv"))
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "Compte effacé le " in text
    assert erased.name not in text and erased.email not in text


def test_the_business_page_says_so_and_nothing_more(client, erased):
    client.force_login(erased.advisor)
    response = client.get(reverse("advising:business", args=[erased.business.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Compte effacé" in page
    assert erased.name not in page and erased.email not in page
    assert erased.business.trade_name not in page
    assert "Envoyer la relance" not in page


def test_notes_and_reminders_are_refused_once_erased(client, erased):
    client.force_login(erased.advisor)
    pk = erased.business.pk
    response = client.post(reverse("advising:note_add", args=[pk]), {"body": "Encore ?"})
    assert response.status_code == 400
    response = client.post(
        reverse("advising:reminder_send", args=[pk]), {"subject": "Bonjour", "message": "Hé"}
    )
    assert response.status_code == 400
    assert not Note.objects.exists() and not Reminder.objects.exists()
