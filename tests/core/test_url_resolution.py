"""Addresses resolved once per path (core.url_resolution): the same answers as Django's, each
request its own match, unknown addresses still refused, and the memory bounded."""

import pytest
from django.http import HttpResponse
from django.urls import Resolver404, path, resolve, reverse
from django.urls.resolvers import RegexPattern, URLResolver

from core import url_resolution
from core.url_resolution import RememberingResolver


def view(request, **kwargs):
    return HttpResponse("ok")


PATTERNS = [path("a/<int:number>/", view, name="a"), path("b/", view, name="b")]


def root(patterns) -> URLResolver:
    """A URLconf's root, as django.urls.get_resolver makes it."""
    return URLResolver(RegexPattern(r"^/"), patterns)


def test_the_answers_are_djangos_and_each_request_gets_its_own():
    remembering, plain = root([RememberingResolver(PATTERNS)]), root(PATTERNS)
    first, second = remembering.resolve("/a/12/"), remembering.resolve("/a/12/")
    reference = plain.resolve("/a/12/")
    for match in (first, second):
        assert (match.func, match.args, match.kwargs, match.view_name, match.route) == (
            reference.func,
            reference.args,
            reference.kwargs,
            reference.view_name,
            reference.route,
        )
    assert first is not second and first.kwargs is not second.kwargs
    first.kwargs["number"] = 99  # a view changing its arguments changes nobody else's
    assert remembering.resolve("/a/12/").kwargs == {"number": 12}
    assert remembering.reverse("b") == plain.reverse("b") == "b/"


def test_an_unknown_address_is_refused_every_time():
    remembering = root([RememberingResolver(PATTERNS)])
    for _ in range(2):
        with pytest.raises(Resolver404):
            remembering.resolve("/nowhere/")
    assert remembering.url_patterns[0]._resolved == {}


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(url_resolution, "MAX_PATHS", 3)
    remembering = root([RememberingResolver(PATTERNS)])
    for number in range(10):
        remembering.resolve(f"/a/{number}/")
    assert len(remembering.url_patterns[0]._resolved) <= 3
    assert remembering.resolve("/a/4/").kwargs == {"number": 4}


def test_the_project_resolves_and_reverses_through_it():
    assert resolve("/compte/login/").url_name == "account_login"
    assert resolve(reverse("courses:dashboard")).view_name == "courses:dashboard"
    assert resolve("/formations/vendre/").url_name == "wagtail_serve"
