"""Public pages beyond the catalogue: scopes, the clock, the edge's headers, baskets, and the
in-process tier in front of the shared cache."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone

from accelerateur.urls import urlpatterns as project_urls
from core import page_cache
from core.page_cache import HEADER, LocalTier, cache_publicly, invalidate_scope

pytestmark = pytest.mark.django_db

#: A view of the test's own, served by the real middleware stack (``urls`` below).
RENDERS = []


def shop_window(request):
    cache_publicly(
        request, params=("page",), scopes=["shop:test"], until=getattr(request, "until", None)
    )
    RENDERS.append(request.get_full_path())
    return HttpResponse(f"<p>rendu {len(RENDERS)}</p>")


def until_noon(request):
    noon = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    cache_publicly(request, scopes=["shop:test"], until=noon)
    RENDERS.append(request.get_full_path())
    return HttpResponse(f"<p>rendu {len(RENDERS)}</p>")


# Before the project's own (its middlewares reverse its names).
urlpatterns = [path("vitrine/", shop_window), path("midi/", until_noon), *project_urls]


@pytest.fixture(autouse=True)
def _own_urls(settings):
    settings.ROOT_URLCONF = __name__
    RENDERS.clear()
    page_cache.local_tier.clear()


def test_a_stored_copy_is_public_for_the_edge_and_served_without_rendering(client):
    first = client.get("/vitrine/")
    assert first[HEADER] == "miss"
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=300"
    assert "Cookie" in first["Vary"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/vitrine/")
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert len(RENDERS) == 1
    assert len(queries.captured_queries) == 0
    assert second["Cache-Control"].startswith("public")


def test_a_change_of_scope_ends_the_copy(client):
    client.get("/vitrine/")
    invalidate_scope("shop:test")
    response = client.get("/vitrine/")
    assert response[HEADER] == "miss"
    assert response.content == b"<p>rendu 2</p>"
    invalidate_scope("shop:another")
    assert client.get("/vitrine/")[HEADER] == "hit"


def test_a_change_during_the_render_is_not_hidden_by_the_copy(client, monkeypatch):
    """The versions are read before the data: a write while the page renders leaves a copy
    that no request will be served."""

    def render_while_someone_writes(request):
        cache_publicly(request, scopes=["shop:test"])
        invalidate_scope("shop:test")  # the merchant saves a price meanwhile
        RENDERS.append("x")
        return HttpResponse("ancien prix")

    import sys

    monkeypatch.setattr(
        sys.modules[__name__],
        "urlpatterns",
        [path("vitrine/", render_while_someone_writes), *project_urls],
    )
    client.get("/vitrine/")
    assert client.get("/vitrine/")[HEADER] == "miss"


def test_the_copy_ends_when_the_page_changes_by_itself(client):
    with time_machine.travel(
        timezone.now().replace(hour=11, minute=58, second=0, microsecond=0), tick=False
    ) as clock:
        first = client.get("/midi/")
        assert first[HEADER] == "miss"
        assert first["Cache-Control"] == "public, max-age=0, s-maxage=120"
        clock.shift(timedelta(seconds=60))
        assert client.get("/midi/")[HEADER] == "hit"
        assert len(RENDERS) == 1
        clock.shift(timedelta(seconds=61))
        assert HEADER not in client.get("/midi/")  # rendered again, and past noon: not stored
        assert len(RENDERS) == 2


def test_unknown_parameters_and_posts_stay_private(client):
    response = client.get("/vitrine/", {"utm_source": "x"})
    assert HEADER not in response
    assert response["Cache-Control"] == "private"
    assert client.get("/vitrine/", {"page": "2"})[HEADER] == "miss"


def test_a_visitor_with_a_basket_reads_the_copy_but_never_fills_it(client, monkeypatch):
    monkeypatch.setattr(page_cache, "_silent_session_keys", {"panier"})
    session = client.session
    session["panier:3"] = {"12": 2}
    session.save()
    assert HEADER not in client.get("/vitrine/")  # nothing stored yet, and she stores nothing
    client.cookies.pop(settings.SESSION_COOKIE_NAME)
    assert client.get("/vitrine/")[HEADER] == "miss"  # the first visitor without a session
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    assert client.get("/vitrine/")[HEADER] == "hit"
    session["derniere-commande"] = "secret"
    session.save()
    assert HEADER not in client.get("/vitrine/")  # a key some page may show: fresh render


def test_the_local_tier_answers_when_the_shared_copy_is_gone_but_not_after_a_change(client):
    from django.core.cache import cache

    client.get("/vitrine/")
    for key in list(getattr(cache, "_cache", {})):
        if ":page-cache:anon:" in key:
            del cache._cache[key]  # the shared copy evicted (locmem keeps its dict here)
    assert client.get("/vitrine/")[HEADER] == "hit"
    invalidate_scope("shop:test")
    assert client.get("/vitrine/")[HEADER] == "miss"


def test_a_copy_another_process_stored_is_read_in_one_trip_from_its_second_hit(client, monkeypatch):
    """The other gunicorn worker's copy: its scopes are read apart on the first hit, then with
    the content version, as for a copy this process stored."""
    client.get("/vitrine/")
    monkeypatch.setattr(page_cache, "_scope_hints", {})  # a process that did not store it
    reads = []
    real_read = page_cache._read
    monkeypatch.setattr(page_cache, "_read", lambda keys: reads.append(keys) or real_read(keys))
    assert client.get("/vitrine/")[HEADER] == "hit"
    assert len(reads) == 2
    reads.clear()
    assert client.get("/vitrine/")[HEADER] == "hit"
    assert len(reads) == 1
    invalidate_scope("shop:test")  # and the one read still sees a change of scope
    assert client.get("/vitrine/")[HEADER] == "miss"


def test_the_local_tier_forgets_the_least_recently_used_beyond_its_size():
    tier = LocalTier(max_bytes=800)  # eight pages of 100 bytes
    for name in "abc":
        tier.set(name, (b"x" * 100, {}, {}, 0, None), expires_at=time.time() + 60)
    assert tier.get("a") is not None  # a used lately: b and c are now the oldest
    for name in "defghij":
        tier.set(name, (b"x" * 100, {}, {}, 0, None), expires_at=time.time() + 60)
    assert tier.get("b") is None and tier.get("c") is None
    assert all(tier.get(name) is not None for name in "adefghij")
    # More than an eighth: not kept.
    tier.set("huge", (b"x" * 200, {}, {}, 0, None), expires_at=time.time() + 60)
    assert tier.get("huge") is None
    # Its gzipped body counts too.
    tier.set("both", (b"x" * 90, {}, {}, 0, b"z" * 20), expires_at=time.time() + 60)
    assert tier.get("both") is None


def test_an_entry_of_the_local_tier_expires():
    tier = LocalTier()
    tier.set("a", (b"x", {}, {}, 0, None), expires_at=time.time() + 60)
    tier.set("b", (b"x", {}, {}, 0, None), expires_at=time.time())
    assert tier.get("a") is not None
    assert tier.get("b") is None


def test_a_store_bounded_by_count_forgets_the_least_recently_used():
    from core.local_copies import LocalCopies

    copies = LocalCopies(max_entries=2)
    copies.set("a", 1)
    copies.set("b", 2)
    assert copies.get("a") == 1  # a used lately: b is now the oldest
    copies.set("c", 3)
    assert (copies.get("a"), copies.get("b"), copies.get("c")) == (1, None, 3)
    copies.set("d", 4, expires_at=time.time())  # its moment has come
    assert copies.get("d") is None
