"""A shopkeeper finds a course by searching, enrols, works through it, fails then passes the
quiz, and sees the course completed in "Mon parcours"."""

import re

import pytest

from tests.accounts.factories import PASSWORD, OwnerFactory
from tests.courses.factories import (
    make_catalog,
    make_course,
    make_lesson,
    make_track,
    quiz_question,
)

# serialized_rollback: each journey starts from the data the migrations create (root page,
# groups), which a transactional test flushes when it ends.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_search_enrol_learn_fail_then_pass_and_complete(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    catalog = make_catalog(load_demo_site())
    track = make_track(catalog, slug="se-faire-connaitre", title="Se faire connaître")
    make_course(track, slug="reseaux", title="Les réseaux sociaux", lessons=1)
    course = make_course(
        track,
        slug="avis-google",
        title="Répondre aux avis Google",
        summary="Transformer les avis de vos clients en atout.",
        lessons=1,
    )
    make_lesson(
        course,
        2,
        quiz=[quiz_question("Faut-il répondre aux avis négatifs ?")],
        pass_mark=100,
    )
    owner = OwnerFactory(first_name="Nadia")

    page.goto(live_server.url + "/compte/login/?next=/formations/")
    page.get_by_label("E-mail").fill(owner.email)
    page.get_by_label(re.compile(r"^Mot de passe\s*:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(re.compile(r"/formations/$"))

    page.get_by_label("Rechercher une formation").fill("avis")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"q=avis"))
    assert "1 formation pour « avis »" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Répondre aux avis Google").click()

    page.get_by_role("button", name="M'inscrire gratuitement").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Leçon 1"
    page.get_by_role("button", name="Marquer comme terminée").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Leçon 2"
    page.get_by_label("Mauvaise réponse 1").check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    assert "il en faut 100 % pour réussir" in page.get_by_role("status").inner_text()
    assert "Non, piège 1." in page.content()

    page.get_by_role("link", name="Réessayer").click()
    assert "Meilleur score : 0 %" in page.content()
    page.get_by_label("Bonne réponse 1").check()
    page.get_by_role("button", name="Repasser le quiz").click()
    assert "Réussi : 100 %" in page.get_by_role("status").inner_text()
    assert "Vous avez terminé cette formation." in page.content()

    page.get_by_role("link", name="Mon parcours").first.click()
    page.wait_for_url(re.compile(r"/mon-parcours/$"))
    completed = page.locator(".completed-list")
    assert "Répondre aux avis Google" in completed.inner_text()
    assert "Les réseaux sociaux" in page.locator(".course-grid").last.inner_text()
