"""Two whole journeys with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrows.

No mouse, no ``click()`` and no ``fill()``: a field is reached with Tab and typed into. At every
stop the focused element must show a visible focus ring (an outline or a shadow), and the skip
link must lead to the content. The only address typed is the e-mail's confirmation link, as a
person would follow it from her mailbox.
"""

import re
from decimal import Decimal

import pytest
from django.core import mail

from courses.models import QuizAttempt
from storefront_builder.models import Order
from tests.courses.factories import (
    RIGHT,
    make_catalog,
    make_course,
    make_lesson,
    make_track,
    quiz_question,
)
from tests.storefront_builder.storefront.factories import make_product, make_shop, make_slot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

#: What has the focus, and whether Chromium paints a ring around it.
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  const box = e.getBoundingClientRect();
  const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
  return {
    tag: e.tagName.toLowerCase(),
    name: e.getAttribute('name') || '',
    type: e.getAttribute('type') || '',
    id: e.id,
    href: e.getAttribute('href') || '',
    text: (e.innerText || e.value || label || e.getAttribute('aria-label') || '')
      .replace(/\\s+/g, ' ').trim(),
    label: label.replace(/\\s+/g, ' ').trim(),
    ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
      || style.boxShadow !== 'none',
    shown: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
  };
}"""


def tab_to(page, matches, *, limit: int = 150, backwards: bool = False) -> dict:
    """Press Tab (or Shift+Tab) until the focused element ``matches``; each element passed on
    the way must show its focus."""
    key = "Shift+Tab" if backwards else "Tab"
    passed = []
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        assert focused["ring"], f"no visible focus on {focused}"
        assert focused["shown"], f"the focused element is off screen: {focused}"
        if matches(focused):
            return focused
        passed.append(focused["text"] or focused["name"])
    raise AssertionError(f"never reached with {key}; passed: {passed[-20:]}")


def field(name: str):
    return lambda focused: focused["name"] == name


def link_to(path: str):
    return lambda focused: focused["tag"] == "a" and focused["href"].endswith(path)


def named(text: str):
    return lambda focused: focused["text"] == text


def type_into(page, name: str, text: str) -> None:
    tab_to(page, field(name))
    page.keyboard.type(text)


def press_and_wait(page, key: str = "Enter") -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def check_skip_link(page) -> None:
    """The first Tab shows the skip link; Enter moves the focus to the content."""
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["href"] == "#contenu" and focused["ring"] and focused["shown"], focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")


def test_sign_up_then_pass_a_quiz_with_the_keyboard_alone(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    course = make_course(make_track(make_catalog(load_demo_site())), lessons=0)
    make_lesson(course, 1, quiz=[quiz_question(text="Que faut-il faire ?")])
    base = live_server.url

    page.goto(base + "/")
    check_skip_link(page)
    page.goto(base + "/")
    tab_to(page, link_to("/compte/signup/"))
    press_and_wait(page)

    type_into(page, "first_name", "Nadia")
    type_into(page, "last_name", "Benali")
    type_into(page, "email", "nadia@epicerie-fine.example")
    type_into(page, "password1", "Epices-et-saveurs-2026")
    type_into(page, "password2", "Epices-et-saveurs-2026")
    tab_to(page, field("accept_terms"))
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, lambda focused: focused["tag"] == "button" and focused["type"] == "submit")
    press_and_wait(page)
    page.wait_for_url(re.compile(r"/compte/confirm-email/$"))

    link = re.search(r"https?://\S+/compte/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(base + link[link.index("/compte/") :])
    tab_to(page, named("Confirmer"))
    press_and_wait(page)

    page.wait_for_url(re.compile(r"/compte/login/"))
    type_into(page, "login", "nadia@epicerie-fine.example")
    type_into(page, "password", "Epices-et-saveurs-2026")
    press_and_wait(page)
    page.wait_for_url(re.compile(r"/mon-plan/$"))

    # From the header to the course, and in.
    tab_to(page, link_to("/formations/"))
    press_and_wait(page)
    tab_to(page, link_to(course.url))
    press_and_wait(page)
    tab_to(page, named("M'inscrire gratuitement"))
    press_and_wait(page)
    tab_to(page, link_to(course.get_children().first().url))
    press_and_wait(page)

    # The quiz: Tab into the answers, the arrows move between them, the right one is ticked.
    tab_to(page, lambda focused: focused["type"] == "radio")
    for _ in range(4):
        focused = page.evaluate(FOCUSED)
        if focused["label"].startswith(RIGHT):
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, named("Envoyer mes réponses"))
    press_and_wait(page)

    assert QuizAttempt.objects.get().passed
    assert "Réussi : 100 %" in page.locator("main").inner_text()


def test_a_customer_orders_with_the_keyboard_alone(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    load_demo_site()
    shop = make_shop(name="Fournil des Pentes", slug="fournil-des-pentes")
    make_product(shop, name="Pain aux figues", price=Decimal("4.20"), stock=6)
    make_slot(shop, in_hours=26)
    base = live_server.url

    page.goto(base + "/")
    tab_to(page, link_to("/boutiques/"))
    press_and_wait(page)
    tab_to(page, link_to(f"/boutiques/{shop.slug}/"))
    press_and_wait(page)
    check_skip_link(page)

    tab_to(page, named("Ajouter au panier"))
    page.keyboard.press("Enter")
    # The basket answers by a fetch: its link shows the new count once saved.
    page.locator('.shopfront-basket-link[data-basket-count="1"]').first.wait_for()
    tab_to(page, link_to(f"/boutiques/{shop.slug}/panier/"), backwards=True)
    press_and_wait(page)
    tab_to(page, named("Commander"))
    press_and_wait(page)

    type_into(page, "customer_name", "Inès Morel")
    type_into(page, "customer_email", "ines@example.org")
    type_into(page, "customer_phone", "06 11 22 33 44")
    tab_to(page, lambda focused: focused["tag"] == "summary")
    if not page.evaluate("document.activeElement.parentElement.open"):
        page.keyboard.press("Enter")  # the day's slots were folded: Enter unfolds them
    tab_to(page, lambda focused: focused["type"] == "radio")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, named("Valider la commande"))
    press_and_wait(page)

    order = Order.objects.get()
    page.wait_for_url(f"**/commande/{order.token}/")
    assert order.number in page.locator("main").inner_text()
