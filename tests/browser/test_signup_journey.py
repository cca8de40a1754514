"""A shopkeeper signs up on a phone, follows the e-mailed link, logs in and lands on her plan."""

import re

import pytest
from django.core import mail

# serialized_rollback: each journey starts from the data the migrations create (root page,
# groups), which a transactional test flushes when it ends.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_signup_email_link_login_lands_on_owner_home(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    load_demo_site()
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    page.get_by_role("link", name="Créer mon compte gratuit").click()

    page.get_by_label("Prénom").fill("Nadia")
    page.get_by_label(re.compile(r"^Nom\b")).fill("Benali")
    page.get_by_label("E-mail").fill("nadia@epicerie-fine.example")
    page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill("Epices-et-saveurs-2026")
    page.get_by_label("Mot de passe (confirmation)").fill("Epices-et-saveurs-2026")
    page.get_by_label("J'accepte les conditions").check()
    page.get_by_role("button", name="Création de compte").click()
    page.wait_for_url(re.compile(r"/compte/confirm-email/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Vérifiez votre adresse e-mail"

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/compte/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(live_server.url + link[link.index("/compte/") :])
    page.get_by_role("button", name="Confirmer").click()

    page.wait_for_url(re.compile(r"/compte/login/"))
    page.get_by_label("E-mail").fill("nadia@epicerie-fine.example")
    page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill("Epices-et-saveurs-2026")
    page.get_by_role("button", name="Connexion").click()

    page.wait_for_url(re.compile(r"/mon-plan/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Bonjour Nadia !"
    assert page.get_by_role("link", name="Mon plan").get_attribute("aria-current") == "page"
