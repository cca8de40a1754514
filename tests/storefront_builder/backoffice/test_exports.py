"""The CSV export, the day's pickup sheet and the window poster."""

import csv
import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader

from storefront_builder.models import OrderStatus
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_slot,
    make_window,
)

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def qr_url_in(pdf: bytes) -> str:
    """Read the QR code the way a phone would: from the rendered page's pixels."""
    import pypdfium2
    import zxingcpp

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=3).to_pil()
    [barcode] = zxingcpp.read_barcodes(image)
    return barcode.text


def export(client, first=DAY, last=DAY):
    return client.get(
        reverse("shops:orders_csv"), {"du": f"{first:%Y-%m-%d}", "au": f"{last:%Y-%m-%d}"}
    )


def rows_of(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def test_the_csv_has_one_row_per_line_for_excel_in_france(owner_client, order, morning):
    response = export(owner_client)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = rows_of(response)
    assert header[:4] == ["Date", "Créneau", "Commande", "Statut"]
    assert len(header) == 11
    assert rows == [
        [
            "12/06/2031",
            "09:00-09:30",
            order.number,
            "Nouvelle",
            order.customer_name,
            order.customer_email,
            order.customer_phone,
            "Baguette tradition",
            "2",
            "1,30",
            "2,60",
        ],
        [
            "12/06/2031",
            "09:00-09:30",
            order.number,
            "Nouvelle",
            order.customer_name,
            order.customer_email,
            order.customer_phone,
            "Tarte aux fraises",
            "1",
            "18,50",
            "18,50",
        ],
    ]


def test_the_csv_covers_the_range_and_nothing_else(owner_client, shop, bread, morning):
    inside = make_order(make_slot(shop, at(DAY + timedelta(days=2), 10)), [(bread, 1)])
    outside = make_order(make_slot(shop, at(DAY + timedelta(days=3), 10)), [(bread, 1)])
    first = make_order(morning, [(bread, 3)], status=OrderStatus.COLLECTED)
    numbers = [row[2] for row in rows_of(export(owner_client, DAY, DAY + timedelta(days=2)))[1:]]
    assert numbers == [first.number, inside.number]
    assert outside.number not in numbers


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formulas_in_the_csv_are_neutralised(owner_client, shop, morning, start):
    evil = make_product(shop, f'{start}HYPERLINK("http://evil.example")', "2.00")
    make_order(
        morning,
        [(evil, 1)],
        customer_name=f"{start}cmd|' /C calc'!A0",
        customer_phone="+33 6 12 34 56 78",
    )
    [_header, row] = rows_of(export(owner_client))
    assert row[4] == f"'{start}cmd|' /C calc'!A0"
    assert row[6] == "'+33 6 12 34 56 78"
    assert row[7] == f'\'{start}HYPERLINK("http://evil.example")'
    assert row[9] == "2,00"


@pytest.mark.parametrize(
    "query",
    [
        {"du": "2031-06-12", "au": "2031-06-01"},
        {"du": "hier", "au": "2031-06-01"},
        {"du": "2029-01-01", "au": "2031-06-01"},
        {"du": "2031-06-12"},
    ],
)
def test_a_bad_range_is_refused_with_the_typed_values_kept(owner_client, query):
    response = owner_client.get(reverse("shops:orders_csv"), query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "L&#x27;export n&#x27;a pas été fait" in page
    for value in query.values():
        assert f'value="{value}"' in page


def test_the_day_sheet_is_a_pdf_of_the_days_pickups(owner_client, shop, order, bread, morning):
    cancelled = make_order(
        morning, [(bread, 1)], status=OrderStatus.CANCELLED, customer_name="Annulée Pasla"
    )
    response = owner_client.get(reverse("shops:orders_pdf"), {"jour": "2031-06-12"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Retraits du jeudi 12 juin 2031" in text
    assert shop.name in text
    assert order.number in text
    assert order.customer_name in text
    assert order.customer_phone in text
    assert "1×Tarteauxfraises" in text.replace(" ", "")  # extraction splits kerned pairs
    assert "21,10\u00a0€" in text
    assert "09:00 – 09:30" in text
    assert cancelled.customer_name not in text


def test_the_day_sheet_of_an_empty_day_says_so(owner_client):
    response = owner_client.get(reverse("shops:orders_pdf"), {"jour": "2031-07-01"})
    assert "Aucun retrait prévu" in pdf_text(response.content)


def test_the_poster_leads_to_the_storefront(owner_client, shop):
    make_window(shop, weekday=1)
    make_window(shop, weekday=3)
    make_window(shop, weekday=3, starts=at(DAY, 14).time(), ends=at(DAY, 18, 30).time())
    response = owner_client.get(reverse("shops:poster"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 portrait
    text = " ".join(pdf_text(response.content).split())
    url = f"{settings.SITE_URL}/boutiques/{shop.slug}/"
    assert shop.name in text
    assert "Commandez en ligne, retirez en boutique" in text
    assert url.split("://", 1)[1] in text
    assert "Mardi" in text and "Jeudi" in text
    assert "09:00 – 12:00, 14:00 – 18:30" in text
    assert qr_url_in(response.content) == url
