"""/sitemap.xml lists what anyone may read, and only that: the live public CMS pages (courses,
lessons, standard pages), the shops' directory and every published storefront; never a draft,
a restricted page, an unpublished shop, a basket or anyone's own pages. Its cost does not grow
with the number of shops."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.models import StandardPage
from storefront_builder.models import Product, Shop
from storefront_builder.wizard.services import unpublish
from tests.courses.factories import make_catalog, make_course, make_track
from tests.storefront_builder.storefront.factories import make_product, make_shop

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client) -> tuple[dict[str, str | None], bytes]:
    """Each listed address with its last change (or None)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own answer)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        entries[url.findtext("sm:loc", namespaces=NS)] = url.findtext("sm:lastmod", namespaces=NS)
    return entries, response.content


def storefront(shop) -> str:
    return f"{settings.SITE_URL}{reverse('shops:storefront', args=[shop.slug])}"


def paths(entries) -> set[str]:
    return {urlsplit(location).path for location in entries}


@pytest.fixture
def course(home_page):
    return make_course(make_track(make_catalog(home_page)), lessons=2)


def test_lists_the_public_pages_and_the_published_storefronts(client, course):
    bakery = make_shop(name="Le Fournil")
    make_product(bakery, name="Baguette")
    bookshop = make_shop(name="Les Canuts")
    entries, _ = sitemap(client)
    listed = paths(entries)
    assert "/" in listed and "/mentions-legales/" in listed
    assert course.url in listed
    assert {lesson.url for lesson in course.get_children().specific()} <= listed
    assert reverse("shops:directory") in listed
    assert storefront(bakery) in entries and storefront(bookshop) in entries
    assert entries[storefront(bakery)]  # with its last change
    # Every address on the canonical host, CMS pages included (their Site says localhost).
    assert {location.split("/")[2] for location in entries} == {urlsplit(settings.SITE_URL).netloc}


def test_leaves_out_drafts_restricted_pages_and_unpublished_shops(client, course, home_page):
    draft = StandardPage(title="Brouillon", slug="brouillon", live=False)
    home_page.add_child(instance=draft)
    draft.save_revision()  # never published
    draft.refresh_from_db()
    assert not draft.live
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    hidden = unpublish(make_shop(name="Fermée"))
    shown = make_shop(name="Ouverte")
    make_product(shown, name="Confiture", visible=False)
    entries, content = sitemap(client)
    listed = paths(entries)
    assert "/brouillon/" not in listed
    assert course.url not in listed  # and its lessons, behind the same restriction
    assert not any(path.startswith(course.url) for path in listed)
    assert storefront(hidden) not in entries and hidden.slug.encode() not in content
    assert storefront(shown) in entries


def test_no_private_address_is_listed(client, course):
    shop = make_shop()
    make_product(shop)
    entries, _ = sitemap(client)
    private = (
        "/cms/",
        "/compte/",
        "/mon-",
        "/ma-boutique/",
        "/commande/",
        "/conseiller/",
        "/demandes/",
        "/certificats/",
    )
    for path in paths(entries):
        assert not path.startswith(private), path
        assert "/panier/" not in path and not path.endswith("/commande/"), path


def test_a_storefront_changes_when_a_product_it_shows_changes(client):
    shop = make_shop()
    bread = make_product(shop, name="Baguette")
    entries, _ = sitemap(client)
    before = entries[storefront(shop)]
    later = timezone.now() + timedelta(days=3)
    Product.objects.filter(pk=bread.pk).update(updated_at=later)
    make_product(shop, name="Secret", visible=False)
    Product.objects.filter(name="Secret").update(updated_at=later + timedelta(days=1))
    entries, _ = sitemap(client)
    after = entries[storefront(shop)]
    assert after != before
    assert after.startswith(timezone.localtime(later).date().isoformat())


def test_costs_the_same_queries_for_two_shops_or_twenty(
    client, course, django_assert_max_num_queries
):
    for _ in range(2):
        make_product(make_shop())
    with CaptureQueriesContext(connection) as few:
        sitemap(client)
    for _ in range(18):
        shop = make_shop()
        make_product(shop)
        make_product(shop)
    make_course(course.get_parent().specific, slug="autre", title="Autre", lessons=3)
    with django_assert_max_num_queries(len(few)):
        entries, _ = sitemap(client)
    assert len([location for location in entries if "/boutiques/boutique-" in location]) == (
        Shop.objects.count()
    )
