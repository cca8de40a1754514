"""With the clock under control: a shopkeeper registers, sees the join link appear 15 minutes
before the start, cancels, and the first person waiting gets the seat and an e-mail."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from courses.live import services
from courses.live.models import Registration
from tests.accounts.factories import PASSWORD, OwnerFactory
from tests.courses.live.factories import make_webinar

# serialized_rollback: see tests/conftest.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_register_join_link_cancel_and_promotion(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    start = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    webinar = make_webinar(load_demo_site(), capacity=1, starts_in=start - timezone.now())
    nadia, waiting = OwnerFactory(first_name="Nadia"), OwnerFactory(first_name="Paul")

    with time_machine.travel(start - timedelta(minutes=30), tick=True):
        page.goto(live_server.url + "/compte/login/?next=" + webinar.url)
        page.get_by_label("E-mail").fill(nadia.email)
        page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill(PASSWORD)
        page.get_by_role("button", name="Connexion").click()
        page.wait_for_url(re.compile(re.escape(webinar.url) + "$"))
        page.get_by_role("button", name="M'inscrire").click()
        assert "vous êtes inscrit" in page.get_by_role("status").first.inner_text()
        assert page.get_by_role("link", name="Rejoindre maintenant").count() == 0
        assert "Le lien de connexion apparaîtra ici" in page.content()
        services.register(waiting, webinar)  # the webinar is full: Paul waits

    with time_machine.travel(start - timedelta(minutes=14), tick=True):
        page.reload()
        join = page.get_by_role("link", name="Rejoindre maintenant")
        assert join.get_attribute("href") == "https://visio.example/avis"

        mail.outbox.clear()
        page.get_by_text("Annuler mon inscription", exact=True).click()  # asks first
        page.get_by_role("button", name="Oui, annuler mon inscription").click()
        assert "Votre inscription est annulée" in page.content()
        assert page.get_by_role("link", name="Rejoindre maintenant").count() == 0

    assert Registration.objects.get(user=waiting).status == "confirmed"
    promoted = [m for m in mail.outbox if m.to == [waiting.email]]
    assert len(promoted) == 1 and "Une place s'est libérée" in promoted[0].subject
