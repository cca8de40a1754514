"""The demo's example programme states one invoice period: its rules' dates, moved around
today, and no document list still quoting the real chèque's 2020–2021 window."""

import html
import re

import pytest
from django.utils import timezone

from demo.programmes import load_demo_programmes
from onboarding.grants.models import Programme

pytestmark = pytest.mark.django_db

PERIOD = re.compile(r"du (\d{1,2}(?:er)? \w+ \d{4}) au (\d{1,2}(?:er)? \w+ \d{4})")


def test_the_example_page_shows_one_invoice_period(client):
    load_demo_programmes(timezone.localdate())
    page = html.unescape(client.get("/aides/exemple-cheque-france-num/").content.decode())
    page = page.replace("\u00a0", " ")
    assert len(set(PERIOD.findall(page))) == 1, PERIOD.findall(page)


def test_the_example_documents_quote_no_date_of_their_own():
    example = load_demo_programmes(timezone.localdate())
    example = Programme.objects.get(pk=example.pk)
    for document in example.required_documents:
        assert not re.search(r"\d{4}", document), document
