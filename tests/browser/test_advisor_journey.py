"""An advisor signs in with her second factor, filters the businesses that went quiet, opens
one, writes a private note, sends a reminder and exports the filtered portfolio as CSV."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from advising.models import Assignment, Note, Reminder
from tests.accounts.factories import AdvisorFactory, OwnerFactory, totp_for
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_certificate_journey import sign_in
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_filter_open_note_remind_export(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    load_demo_site()
    julie = AdvisorFactory(first_name="Julie", last_name="Morel")
    secret = totp_for(julie)
    now = timezone.now()
    quiet = BusinessFactory(
        trade_name="Mercerie Silencieuse",
        owner=OwnerFactory(email="mercerie@example.org", last_login=now - timedelta(days=40)),
    )
    busy = BusinessFactory(
        trade_name="Épicerie Active", owner=OwnerFactory(last_login=now - timedelta(hours=2))
    )
    elsewhere = BusinessFactory(trade_name="Commerce d'un autre conseiller")
    for business in (quiet, busy):
        Assignment.objects.create(advisor=julie, business=business)
    base = live_server.url

    sign_in(page, base, julie, totp_secret=secret)
    page.goto(base + "/conseiller/")
    assert "Épicerie Active" in page.content()
    assert elsewhere.trade_name not in page.content()
    page.get_by_label("Inactives depuis plus de 14 jours").check()
    page.get_by_role("button", name="Filtrer").click()
    assert "Mercerie Silencieuse" in page.content()
    assert "Épicerie Active" not in page.content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "advisor-portfolio.png"), full_page=True)

    # The export holds exactly what the filtered page shows.
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter en CSV").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "Mercerie Silencieuse" in exported
    assert "Épicerie Active" not in exported

    page.get_by_role("link", name="Mercerie Silencieuse").first.click()
    page.get_by_label("Note privée").fill("Rappeler après les vacances scolaires.")
    page.get_by_role("button", name="Enregistrer la note").click()
    assert "Rappeler après les vacances scolaires." in page.content()
    page.get_by_label("Objet").fill("Votre boutique en ligne")
    page.get_by_label("Message").fill("Bonjour, où en êtes-vous de vos créneaux de retrait ?")
    page.get_by_role("button", name="Envoyer la relance").click()
    page.screenshot(path=str(ARTIFACTS / "advisor-business.png"), full_page=True)

    assert Note.objects.get().business == quiet
    assert Reminder.objects.get().business == quiet
    [reminder] = [message for message in mail.outbox if "mercerie@example.org" in message.to]
    assert "créneaux de retrait" in reminder.body
