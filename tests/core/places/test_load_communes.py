"""``manage.py load_communes`` loads the official list from the npm package, and again."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from core.places.models import Commune, CommuneKind, CommunePostcode

pytestmark = pytest.mark.django_db


def load(**options) -> str:
    out = StringIO()
    call_command("load_communes", stdout=out, **options)
    return out.getvalue()


def test_loads_communes_arrondissements_and_their_postcodes():
    report = load()
    communes = Commune.objects.count()
    assert communes > 34_000
    assert f"{communes} communes ({communes} ajoutées, 0 mises à jour, 0 retirées)" in report
    assert CommunePostcode.objects.count() > communes
    assert Commune.objects.filter(kind=CommuneKind.ARRONDISSEMENT).count() == 45

    lyon = Commune.objects.get(insee_code="69123")
    assert lyon.name == "Lyon"
    assert lyon.department == "69"
    assert {item.postcode for item in lyon.postcodes.all()} == {f"6900{n}" for n in range(1, 10)}
    third = Commune.objects.get(insee_code="69383")
    assert (third.name, third.kind) == ("Lyon 3e Arrondissement", CommuneKind.ARRONDISSEMENT)
    assert [item.postcode for item in third.postcodes.all()] == ["69003"]
    saint_etienne = Commune.objects.get(insee_code="42218")
    assert saint_etienne.key == "saint etienne"
    # Delegated communes (merged into another) are not communes of their own any more.
    assert not Commune.objects.filter(kind="commune-deleguee").exists()


def test_loading_again_changes_nothing_then_brings_the_table_back_to_the_file():
    load()
    counts = (Commune.objects.count(), CommunePostcode.objects.count())
    assert "(0 ajoutées, 0 mises à jour, 0 retirées)" in load()
    assert (Commune.objects.count(), CommunePostcode.objects.count()) == counts

    # A renamed commune, a postcode gone, one too many, a commune no longer in the file.
    Commune.objects.filter(insee_code="69266").update(name="Villeurbane", key="villeurbane")
    CommunePostcode.objects.filter(commune__insee_code="42218", postcode="42100").delete()
    lyon = Commune.objects.get(insee_code="69123")
    CommunePostcode.objects.create(commune=lyon, postcode="99999")
    Commune.objects.create(
        insee_code="99001",
        name="Ancienne",
        key="ancienne",
        department="99",
        kind="commune-actuelle",
    )
    report = load()
    assert "(0 ajoutées, 1 mises à jour, 1 retirées)" in report
    assert "(1 ajoutés, 1 retirés)" in report
    assert Commune.objects.get(insee_code="69266").name == "Villeurbanne"
    assert CommunePostcode.objects.filter(commune__insee_code="42218", postcode="42100").exists()
    assert not CommunePostcode.objects.filter(postcode="99999").exists()
    assert not Commune.objects.filter(insee_code="99001").exists()
    assert (Commune.objects.count(), CommunePostcode.objects.count()) == counts


def test_a_missing_file_says_how_to_install_it(tmp_path, settings):
    settings.COMMUNES_DATA_FILE = tmp_path / "absent.json"
    with pytest.raises(CommandError, match="npm ci"):
        load()
    assert not Commune.objects.exists()
