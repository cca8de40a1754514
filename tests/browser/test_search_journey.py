"""A shopkeeper searches the catalogue from the home page, on a phone and on a desktop: a
mistyped word is corrected and said, and a lesson found by its text is one click away."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}


@pytest.mark.parametrize("size", SIZES)
def test_a_typo_then_a_lesson_found_by_its_text(browser, live_server, size, tmp_path):
    from core.search.indexing import rebuild
    from demo.catalogue import load_demo_courses
    from demo.site import load_demo_site
    from demo.synonyms import load_demo_synonyms

    load_demo_courses(load_demo_site())
    load_demo_synonyms()
    rebuild()
    context = browser.new_context(locale="fr-FR", viewport=SIZES[size])
    page = context.new_page()
    page.goto(live_server.url + "/")
    navigation = page.get_by_role("navigation", name=re.compile("principal", re.I))
    if size == "phone" and not navigation.get_by_role("link", name="Formations").is_visible():
        page.get_by_role("button", name=re.compile("Menu", re.I)).click()
    navigation.get_by_role("link", name="Formations").click()
    page.wait_for_url(re.compile(r"/formations/$"))

    page.get_by_label("Rechercher une formation").fill("facturaton")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"q=facturaton"))
    correction = page.locator(".search-correction")
    assert "Vouliez-vous dire" in correction.inner_text()
    assert "Se préparer à la facture électronique" in page.locator(".course-grid").inner_text()
    page.screenshot(path=tmp_path / f"search-{size}-typo.png", full_page=True)

    page.get_by_label("Rechercher une formation").fill("rançongiciel")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"q=ran"))
    # The word and its synonyms (« cyberattaque »…) are highlighted where they stand.
    highlighted = page.locator(".lesson-matches mark", has_text="rançongiciel").first
    assert highlighted.is_visible()
    page.screenshot(path=tmp_path / f"search-{size}-lesson.png", full_page=True)
    page.locator(".lesson-matches").get_by_role(
        "link", name="Que faire en cas de cyberattaque"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Que faire en cas de cyberattaque"
    context.close()
