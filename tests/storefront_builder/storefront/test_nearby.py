"""« Près de moi » in the directory: shops within a radius, nearest first with their distance;
« ouvert maintenant » and « retrait possible aujourd'hui » agree with the storefront; bad
positions get a French message and the usual list; a position's answer is never stored for
another; a page costs the same queries for 3 or 30 shops."""

import math
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.page_cache import HEADER, invalidate_scope, local_tier
from core.places.distance import EARTH_RADIUS_M, haversine_m
from storefront_builder.closures import part_of_day, whole_days
from storefront_builder.models import OpeningHours, Shop, ShopClosure, ShopStatus, Slot
from storefront_builder.public_pages import SHOPS_SCOPE
from storefront_builder.slots import available_slots
from storefront_builder.storefront import nearby
from storefront_builder.storefront.selectors import directory
from tests.storefront_builder.storefront.factories import make_image, make_shop

PARIS = ZoneInfo("Europe/Paris")
#: The town hall of Rennes, more or less: the customer stands here.
HERE = nearby.Point(48.1113, -1.6800)
#: A Monday, mid-morning in Paris.
MONDAY_10_15 = datetime(2026, 12, 7, 10, 15, tzinfo=PARIS)


def position(metres: float, bearing_degrees: float, origin: nearby.Point = HERE):
    """The (latitude, longitude) ``metres`` away from ``origin`` along the bearing, as stored
    (six decimals)."""
    delta = metres / EARTH_RADIUS_M
    bearing = math.radians(bearing_degrees)
    phi1, lambda1 = math.radians(origin.latitude), math.radians(origin.longitude)
    phi2 = math.asin(
        math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(bearing)
    )
    lambda2 = lambda1 + math.atan2(
        math.sin(bearing) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    return (
        Decimal(f"{math.degrees(phi2):.6f}"),
        Decimal(f"{math.degrees(lambda2):.6f}"),
    )


def placed(name: str, metres: float, bearing: float = 0, **fields) -> Shop:
    latitude, longitude = position(metres, bearing)
    return make_shop(name=name, latitude=latitude, longitude=longitude, **fields)


def url(**query) -> str:
    return reverse("shops:directory") + ("?" + "&".join(f"{k}={v}" for k, v in query.items()))


def near_here(**query) -> str:
    return url(lat=HERE.latitude, lon=HERE.longitude, **query)


# --- Selectors -----------------------------------------------------------------------------------


def test_shops_within_the_radius_nearest_first_with_their_distance(db):
    far = placed("Cave du Mail", 1_800, 200)
    second = placed("Fromagerie des Lices", 620, 90)
    first = placed("Fournil Sainte-Anne", 240, 10)
    placed("Brouillon", 100, 0, status=ShopStatus.DRAFT)
    make_shop(name="Sans position")

    shops = list(nearby.within(Shop.objects.filter(status=ShopStatus.PUBLISHED), HERE, 1_000))

    assert [shop.name for shop in shops] == [first.name, second.name]
    for shop in shops:
        expected = haversine_m(
            HERE.latitude, HERE.longitude, float(shop.latitude), float(shop.longitude)
        )
        assert shop.distance_m == pytest.approx(expected, abs=0.5)
    assert [s.name for s in nearby.nearest(HERE, 5_000)] == [first.name, second.name, far.name]
    assert [s.name for s in nearby.nearest(HERE, 5_000, limit=1)] == [first.name]


@pytest.mark.parametrize("bearing", [0, 45, 90, 135, 180, 270, 315])
def test_the_circle_edge_is_exact_whatever_the_direction(db, bearing):
    inside = placed("Juste dedans", 995, bearing)
    placed("Juste dehors", 1_005, bearing)
    assert [shop.pk for shop in nearby.nearest(HERE, 1_000)] == [inside.pk]


def test_a_shop_without_position_stays_in_the_usual_list_only(db):
    placed("Placée", 300)
    make_shop(name="Pas encore placée")
    assert {shop.name for shop in directory()} == {"Placée", "Pas encore placée"}
    assert [shop.name for shop in directory(near=HERE, radius_m=20_000)] == ["Placée"]


def test_a_commune_is_located_by_its_placed_shops(db):
    assert nearby.commune_centre("Rennes") is None


@pytest.mark.django_db
def test_the_commune_centre_is_the_mean_of_its_department_with_most_shops():
    for lat in ("48.100000", "48.120000"):
        make_shop(commune="Saint-Denis", postcode="93200", latitude=Decimal(lat), longitude=2.36)
    make_shop(commune="Saint-Denis", postcode="97400", latitude=-20.88, longitude=55.45)
    make_shop(commune="Saint-Denis", postcode="93200")  # not placed: no say
    make_shop(
        commune="Saint-Denis", postcode="93200", latitude=10, longitude=10, status=ShopStatus.DRAFT
    )
    centre = nearby.commune_centre("  saint-denis ")
    assert centre.point.latitude == pytest.approx(48.11)
    assert centre.point.longitude == pytest.approx(2.36)
    assert centre.shops == 2
    assert nearby.commune_centre("Saint-Den") is None


def _closure(shop, period: tuple[datetime, datetime]) -> None:
    starts_at, ends_at = period
    ShopClosure.objects.create(shop=shop, starts_at=starts_at, ends_at=ends_at)


def _hours(shop, weekday, opens, closes):
    OpeningHours.objects.create(shop=shop, weekday=weekday, opens=opens, closes=closes)


@pytest.mark.django_db
def test_open_now_follows_the_opening_hours_and_closures_in_paris_time():
    now = MONDAY_10_15
    morning = make_shop(name="Matin")
    _hours(morning, 0, time(9), time(12))
    afternoon = make_shop(name="Après-midi")
    _hours(afternoon, 0, time(14), time(19))
    opening_now = make_shop(name="Ouvre à 10 h 15")
    _hours(opening_now, 0, time(10, 15), time(12))
    closing_now = make_shop(name="Ferme à 10 h 15")
    _hours(closing_now, 0, time(8), time(10, 15))
    sunday = make_shop(name="Dimanche")
    _hours(sunday, 6, time(9), time(12))
    holidays = make_shop(name="En congés")
    _hours(holidays, 0, time(9), time(12))
    _closure(holidays, whole_days(now.date(), now.date() + timedelta(days=3)))
    back_soon = make_shop(name="Fermée une heure")
    _hours(back_soon, 0, time(9), time(12))
    _closure(back_soon, part_of_day(now.date(), time(10), time(11)))
    after_closure = make_shop(name="Fermée tôt ce matin")
    _hours(after_closure, 0, time(9), time(12))
    _closure(after_closure, part_of_day(now.date(), time(9), time(10, 15)))

    found = {shop.name for shop in directory(open_at=now)}

    assert found == {"Matin", "Ouvre à 10 h 15", "Fermée tôt ce matin"}


@pytest.mark.django_db
def test_open_now_reads_the_day_in_paris_not_in_utc():
    # 00:30 on Tuesday in Paris is still Monday 23:30 in UTC.
    now = datetime(2026, 12, 8, 0, 30, tzinfo=PARIS)
    tuesday = make_shop(name="Mardi tôt")
    _hours(tuesday, 1, time(0), time(1))
    monday = make_shop(name="Lundi tard")
    _hours(monday, 0, time(23), time(23, 59))
    assert {shop.name for shop in directory(open_at=now)} == {"Mardi tôt"}


def _slot(shop, at: datetime, **fields) -> Slot:
    return Slot.objects.create(
        shop=shop,
        starts_at=at,
        ends_at=at + timedelta(minutes=shop.slot_minutes),
        capacity=fields.pop("capacity", 4),
        **fields,
    )


@pytest.mark.django_db
def test_pickup_today_agrees_with_the_slots_the_storefront_offers():
    now = MONDAY_10_15
    today = now.date()

    def at(hour, minute=0, day=today):
        return datetime.combine(day, time(hour, minute), tzinfo=PARIS)

    cases = {
        "Créneau à 11 h 30": ({}, [{"at": at(11, 30)}]),
        "Trop tôt pour préparer": ({}, [{"at": at(10, 45)}]),
        "Préparé en 15 min": ({"lead_time_minutes": 15}, [{"at": at(10, 45)}]),
        "Complet": ({}, [{"at": at(12), "booked": 4}]),
        "Créneau fermé": ({}, [{"at": at(12), "closed": True}]),
        "Demain seulement": ({}, [{"at": at(9, day=today + timedelta(days=1))}]),
        "En pause": ({"orders_paused": True}, [{"at": at(12)}]),
        "Tard ce soir": ({}, [{"at": at(23, 30)}]),
        "Déjà passé": ({}, [{"at": at(9)}]),
        "Veille": ({"lead_time_minutes": 1440}, [{"at": at(18)}]),
    }
    for name, (fields, slots) in cases.items():
        shop = make_shop(name=name, windows=False, **fields)
        for slot in slots:
            _slot(shop, slot.pop("at"), **slot)

    found = {shop.name for shop in directory(pickup_at=now)}

    offered_today = {
        shop.name
        for shop in Shop.objects.all()
        if any(
            slot.starts_at.astimezone(PARIS).date() == today
            for slot in available_slots(shop, now=now)
        )
    }
    assert found == offered_today == {"Créneau à 11 h 30", "Préparé en 15 min", "Tard ce soir"}


# --- The directory page --------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_cache():
    local_tier.clear()


def names_in(html: str, *names: str) -> list[str]:
    """The given names in the order the page shows them."""
    return sorted((name for name in names if name in html), key=html.index)


def test_near_me_lists_the_shops_within_the_radius_with_their_distance(client, db):
    placed("Cave du Mail", 1_800, 200)
    placed("Fromagerie des Lices", 620, 90)
    placed("Fournil Sainte-Anne", 243, 10)
    make_shop(name="Sans position")

    html = client.get(near_here(distance=1000)).content.decode()

    assert names_in(
        html, "Cave du Mail", "Fromagerie des Lices", "Fournil Sainte-Anne", "Sans position"
    ) == ["Fournil Sainte-Anne", "Fromagerie des Lices"]
    assert "à 240\u00a0m" in html and "à 620\u00a0m" in html
    assert "2 boutiques dans ce rayon, les plus proches d'abord" in html
    assert 'id="directory-map-places"' in html


def test_the_default_radius_is_5_km_and_a_strange_one_too(client, db):
    placed("À 4 km", 4_000)
    placed("À 6 km", 6_000)
    for query in ({}, {"distance": "7"}, {"distance": "abc"}):
        html = client.get(near_here(**query)).content.decode()
        assert "À 4 km" in html and "À 6 km" not in html
        assert '<option value="5000" selected>' in html


def test_near_a_commune_from_the_centre_of_its_placed_shops(client, db):
    # Rennes' shops at 0, 300 m north and 1.5 km south: its centre is 400 m south of here.
    placed("Place des Lices", 0, commune="Rennes")
    placed("Thabor", 300, 0, commune="Rennes")
    placed("Gare de Rennes", 1_500, 180, commune="Rennes")
    placed("Cesson", 4_500, 90, commune="Cesson-Sévigné", postcode="35510")
    html = client.get(url(pres="rennes", distance=20000)).content.decode()
    names = ("Place des Lices", "Thabor", "Gare de Rennes", "Cesson")
    assert names_in(html, *names) == ["Place des Lices", "Thabor", "Gare de Rennes", "Cesson"]
    assert "à 400\u00a0m" in html and "à 700\u00a0m" in html and "à 1,1\u00a0km" in html
    assert "4 boutiques dans ce rayon" in html
    assert 'value="rennes"' in html
    assert 'name="lat" value=""' in html  # the commune's centre is not her position


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"lat": "51.5074", "lon": "-0.1278"}, "Cette position est hors de France"),
        ({"lat": "0", "lon": "0"}, "Cette position est hors de France"),
        ({"lat": "abc", "lon": "2"}, "Position illisible"),
        ({"lat": "48.1"}, "Position illisible"),
        ({"lon": "-1.68"}, "Position illisible"),
        ({"lat": "nan", "lon": "nan"}, "Position illisible"),
        ({"lat": "inf", "lon": "-inf"}, "Position illisible"),
        ({"lat": "1e999", "lon": "2"}, "Position illisible"),
        ({"lat": "48,11", "lon": "-1,68"}, "Position illisible"),
        ({"lat": "48.1\x00", "lon": "2"}, "Position illisible"),
    ],
)
def test_a_bad_position_gets_a_french_message_and_the_usual_list(client, db, query, message):
    placed("Tout près", 100)
    make_shop(name="Sans position")
    response = client.get(reverse("shops:directory"), query)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Tout près" in html and "Sans position" in html
    assert "2 boutiques" in html and "dans ce rayon" not in html
    assert 'name="lat" value=""' in html


def test_an_unknown_or_unplaced_commune_gets_a_message_and_the_usual_list(client, db):
    placed("Tout près", 100)
    make_shop(name="Sans position", commune="Vitré", postcode="35500")
    for commune in ("Atlantide", "Vitré"):
        response = client.get(url(pres=commune))
        html = response.content.decode()
        assert response.status_code == 200
        assert f"Aucune boutique n&#x27;est encore placée sur la carte à « {commune} »" in html
        assert "Tout près" in html and "Sans position" in html


def test_a_typed_commune_wins_over_a_kept_position(client, db):
    placed("Place des Lices", 0, commune="Rennes")
    far = nearby.Point(43.6, 1.44)  # Toulouse
    html = client.get(url(pres="Rennes", lat=far.latitude, lon=far.longitude)).content.decode()
    assert "Place des Lices" in html and "1 boutique dans ce rayon" in html


def test_the_filters_combine_with_near_me(client, db):
    with time_machine.travel(MONDAY_10_15, tick=False):
        open_shop = placed("Ouverte", 300)
        _hours(open_shop, 0, time(9), time(12))
        closed_shop = placed("Fermée", 200)
        _hours(closed_shop, 0, time(14), time(18))
        _slot(closed_shop, datetime(2026, 12, 7, 15, 0, tzinfo=PARIS))
        html = client.get(near_here(ouvert=1)).content.decode()
        assert names_in(html, "Ouverte", "Fermée") == ["Ouverte"]
        html = client.get(near_here(retrait=1)).content.decode()
        assert names_in(html, "Ouverte", "Fermée") == ["Fermée"]
        html = client.get(url(ouvert=1)).content.decode()  # without a position too
        assert names_in(html, "Ouverte", "Fermée") == ["Ouverte"]
        assert 'name="ouvert" value="1" checked' in html


def test_two_positions_never_get_each_other_s_answer(client, db):
    placed("Fournil Sainte-Anne", 300)
    there = nearby.Point(43.6045, 1.4440)  # Toulouse
    make_shop(
        name="Boulangerie du Capitole", latitude=Decimal("43.604700"), longitude=Decimal("1.444200")
    )
    for _ in range(2):
        here = client.get(near_here())
        assert "Fournil Sainte-Anne" in here.content.decode()
        assert "Boulangerie du Capitole" not in here.content.decode()
        assert here.get(HEADER) != "hit"
        assert "private" in here["Cache-Control"]
        away = client.get(url(lat=there.latitude, lon=there.longitude))
        assert "Boulangerie du Capitole" in away.content.decode()
        assert "Fournil Sainte-Anne" not in away.content.decode()
        assert away.get(HEADER) != "hit"


def test_clock_filters_are_never_stored_and_a_commune_is(client, db):
    placed("Place des Lices", 0, commune="Rennes")
    for query in ({"ouvert": 1}, {"retrait": 1}):
        client.get(url(**query))
        assert client.get(url(**query)).get(HEADER) != "hit"
    assert client.get(url(pres="Rennes")).get(HEADER) == "miss"
    assert client.get(url(pres="Rennes")).get(HEADER) == "hit"
    # A shop placed in the commune moves its centre: the stored answer is made again.
    placed("Gare de Rennes", 1_500, 180, commune="Rennes")
    response = client.get(url(pres="Rennes"))
    assert response.get(HEADER) == "miss"
    assert "Gare de Rennes" in response.content.decode()


@pytest.mark.parametrize("extra", [{}, {"ouvert": 1, "retrait": 1}])
def test_near_me_costs_the_same_queries_for_3_or_30_shops(
    client, db, django_assert_max_num_queries, extra
):
    # A Monday morning: slots two hours ahead are « today » (« retrait »), whatever the hour
    # the tests run.
    with time_machine.travel(MONDAY_10_15, tick=True):
        _near_me_queries(client, django_assert_max_num_queries, extra)


def _near_me_queries(client, django_assert_max_num_queries, extra):
    def count():
        invalidate_scope(SHOPS_SCOPE)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(near_here(distance=20000, **extra))
        assert response.status_code == 200
        return len(queries), response.content.decode()

    now = timezone.now()
    for number in range(30):
        shop = placed(
            f"Boutique proche {number}",
            100 + 50 * number,
            12 * number,
            logo=make_image("logo") if number < 3 else None,
        )
        OpeningHours.objects.bulk_create(
            OpeningHours(shop=shop, weekday=day, opens=time(0), closes=time(23, 59))
            for day in range(7)
        )
        _slot(shop, now + timedelta(hours=2))
        if number == 2:
            client.get(near_here(distance=20000, **extra))  # renditions made once
            few, html = count()
            assert "Boutique proche 2" in html
    many, html = count()
    assert "30 boutiques dans ce rayon" in html and "Boutique proche 23" in html
    assert many == few
    with django_assert_max_num_queries(few):
        client.get(near_here(distance=20000, **extra))
    with django_assert_max_num_queries(few + 1):  # and the commune's centre
        client.get(url(pres="Rennes", distance=20000, **extra))
