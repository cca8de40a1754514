"""The recovery codes page: each code an item of a list set in a monospace grid, with the
download and regenerate actions as buttons."""

import re
from pathlib import Path

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings
from django.urls import reverse

from tests.accounts.factories import PASSWORD, totp_for

pytestmark = pytest.mark.django_db


def test_the_codes_are_a_list_in_a_monospace_grid(client, owner):
    totp_for(owner)
    codes = RecoveryCodes.activate(owner).get_unused_codes()
    client.force_login(owner)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_view_recovery_codes"))
    assert response.status_code == 200
    page = response.content.decode()

    grid = re.search(r'<ol class="recovery-codes"[^>]*>(.*?)</ol>', page, re.S)
    assert grid, "les codes ne sont pas dans une liste"
    items = re.findall(r"<li><code>([^<]+)</code></li>", grid.group(1))
    assert items == codes
    assert "<textarea" not in page
    assert f'href="{reverse("mfa_download_recovery_codes")}"' in page
    assert f'href="{reverse("mfa_generate_recovery_codes")}"' in page


def test_the_codes_grid_is_set_in_a_monospace_font():
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    rule = re.search(r"\.recovery-codes \{([^}]*)\}", css)
    assert rule and "monospace" in rule.group(1)
