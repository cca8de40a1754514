"""The networks' section of /sitemap.xml: the list page and every network with a member
online, at its canonical address, never a network nobody can see; its cost does not grow
with the number of networks."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from storefront_builder.models import MembershipStatus, Network
from storefront_builder.networks.sitemaps import NetworkSitemap
from tests.storefront_builder.networks.factories import join, make_network
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = pytest.mark.django_db


def listed() -> dict[str, object]:
    """Each address of the section, as /sitemap.xml writes it, with its last change."""
    return {url["location"]: url["lastmod"] for url in NetworkSitemap().get_urls()}


def address(name: str, *args) -> str:
    return settings.SITE_URL + reverse(name, args=args)


def online_network(slug: str) -> Network:
    return make_network(make_shop(windows=False), slug=slug)


def test_lists_the_networks_with_a_member_online_and_their_list():
    network = online_network("croix-rousse")
    later = timezone.now() + timedelta(days=3)
    Network.objects.filter(pk=network.pk).update(updated_at=later)
    urls = listed()
    assert list(urls) == [address("shops:networks"), address("shops:network", "croix-rousse")]
    assert urls[address("shops:network", "croix-rousse")] == later
    assert urls[address("shops:networks")] is None  # it changes with the members: no date
    # Every address on the canonical host, and one that answers.
    assert {urlsplit(url).netloc for url in urls} == {urlsplit(settings.SITE_URL).netloc}
    assert urlsplit(address("shops:network", "croix-rousse")).path == "/reseaux/croix-rousse/"


def test_leaves_out_the_networks_without_a_member_online():
    shown = online_network("en-ligne")
    make_network(make_shop(windows=False), status=MembershipStatus.INVITED, slug="invitations")
    make_network(make_shop(windows=False), status=MembershipStatus.DECLINED, slug="refus")
    make_network(make_shop(windows=False, status="draft"), slug="brouillons")
    make_network(slug="vide")  # its last member left
    sitemap = NetworkSitemap()
    slugs = [item.slug for item in sitemap.items() if item.slug]
    assert slugs == [shown.slug]
    assert [sitemap.location(item) for item in sitemap.items()] == [
        reverse("shops:networks"),
        reverse("shops:network", args=[shown.slug]),
    ]


def test_costs_the_same_queries_for_one_network_or_twelve(django_assert_max_num_queries):
    online_network("premier")
    with CaptureQueriesContext(connection) as few:
        assert len(listed()) == 2
    for number in range(11):
        network = online_network(f"reseau-{number}")
        join(network, make_shop(windows=False))
    with django_assert_max_num_queries(len(few)):
        assert len(listed()) == 13


def test_served_in_the_sites_sitemap(client, home_page):
    network = online_network("libraires-de-rennes")
    body = client.get("/sitemap.xml").content.decode()
    assert address("shops:network", network.slug) in body
    assert address("shops:networks") in body
