"""``{% memo %}`` copies a piece of template for the same key, and only for it."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from core import page_cache

COUNTING = Template(
    "{% load fragment_tags %}{% memo price %}{{ price }} {{ counter.bump }}{% endmemo %}"
)


class Counter:
    """Tells how many times the piece was really rendered."""

    def __init__(self):
        self.renders = 0

    def bump(self):
        self.renders += 1
        return self.renders


def render(template, **values):
    return template.render(Context(values))


def test_the_same_key_renders_once_and_is_copied():
    counter = Counter()
    first = render(COUNTING, price=12, counter=counter)
    assert render(COUNTING, price=12, counter=counter) == first == "12 1"
    assert counter.renders == 1


def test_another_value_of_the_key_renders_again():
    counter = Counter()
    assert render(COUNTING, price=13, counter=counter) == "13 1"
    assert render(COUNTING, price=14, counter=counter) == "14 2"


def test_equal_values_of_other_types_are_other_keys():
    counter = Counter()
    render(COUNTING, price=1, counter=counter)
    assert render(COUNTING, price=True, counter=counter) == "True 2"


def test_each_language_has_its_copy():
    counter = Counter()
    with translation.override("fr"):
        render(COUNTING, price=15, counter=counter)
    with translation.override("en"):
        render(COUNTING, price=15, counter=counter)
    assert counter.renders == 2


def test_a_preview_never_reads_nor_writes_copies():
    counter = Counter()
    request = RequestFactory().get("/")
    request.is_preview = True
    render(COUNTING, price=16, counter=counter, request=request)
    render(COUNTING, price=16, counter=counter, request=request)
    assert counter.renders == 2
    assert render(COUNTING, price=16, counter=counter) == "16 3"


@pytest.mark.django_db
def test_published_copies_end_with_the_content_version():
    template = Template(
        "{% load fragment_tags %}{% memo published %}{{ counter.bump }}{% endmemo %}"
    )
    counter = Counter()

    def rendered():
        return render(template, counter=counter, request=RequestFactory().get("/"))

    assert rendered() == rendered() == "1"
    page_cache.invalidate()  # what a publication does
    assert rendered() == "2"


def test_a_key_that_cannot_be_hashed_renders_every_time():
    counter = Counter()
    render(COUNTING, price=[1], counter=counter)
    assert render(COUNTING, price=[1], counter=counter) == "[1] 2"


FORM = Template(
    "{% load fragment_tags %}{% memo price %}<form>{% csrf_token %}{{ price }}"
    " {{ counter.bump }}</form><i data-token='{{ csrf_token }}'></i>{% endmemo %}"
)


def test_each_request_gets_its_own_csrf_token_in_a_copy():
    """The copy is shared; the token in its forms is the request's own, as the tag writes it."""
    counter = Counter()
    first = render(FORM, price=15, counter=counter, csrf_token="token-of-one")
    second = render(FORM, price=15, counter=counter, csrf_token="token-of-two")
    assert counter.renders == 1
    assert first == (
        '<form><input type="hidden" name="csrfmiddlewaretoken" value="token-of-one">15 1</form>'
        "<i data-token='token-of-one'></i>"
    )
    assert second == first.replace("token-of-one", "token-of-two")
    # Without a token (no request), the tag writes nothing, copied or not.
    assert render(FORM, price=15, counter=counter) == "<form>15 1</form><i data-token=''></i>"
