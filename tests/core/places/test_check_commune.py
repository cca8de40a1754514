"""What a merchant types as her commune and postcode, checked against the official list."""

import pytest
from django.core.exceptions import ValidationError

from core.places.matching import commune_key
from core.places.selectors import check_commune


def refusal(name: str, postcode: str) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        check_commune(name, postcode)
    return caught.value.message_dict


@pytest.mark.parametrize(
    "typed, key",
    [
        ("Saint-Étienne", "saint etienne"),
        ("saint etienne", "saint etienne"),
        ("ST ETIENNE", "saint etienne"),
        ("Ste-Foy-lès-Lyon", "sainte foy les lyon"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("Lyon 3e Arrondissement", "lyon 3e"),
        ("Lyon 3ème", "lyon 3e"),
        ("Paris 1", "paris 1er"),
        ("  Œuilly ", "oeuilly"),
    ],
)
def test_names_are_compared_the_way_people_type_them(typed, key):
    assert commune_key(typed) == key


@pytest.mark.usefixtures("communes")
@pytest.mark.parametrize(
    "typed, postcode, official",
    [
        ("lyon", "69004", "Lyon"),
        ("saint etienne", "42100", "Saint-Étienne"),
        ("ST-ETIENNE", "42000", "Saint-Étienne"),
        ("Lyon 3e", "69003", "Lyon 3e Arrondissement"),
        ("lyon 3eme arrondissement", "69003", "Lyon 3e Arrondissement"),
        ("Paris", "75116", "Paris"),
        ("villeurbanne", "69100", "Villeurbanne"),
    ],
)
def test_a_real_commune_with_its_postcode_is_found_in_its_official_spelling(
    typed, postcode, official
):
    commune = check_commune(typed, postcode)
    assert commune.name == official
    assert postcode in {item.postcode for item in commune.postcodes.all()}


@pytest.mark.usefixtures("communes")
def test_homonyms_are_told_apart_by_the_postcode():
    assert check_commune("Saint-Martin", "32300").insee_code == "32389"
    assert check_commune("Saint-Martin", "54450").insee_code == "54480"
    errors = refusal("Saint-Martin", "69004")
    assert list(errors) == ["postcode"]
    assert errors["postcode"][0].startswith("Le code postal 69004 ne correspond à aucune des ")
    assert "communes nommées « Saint-Martin » : leurs codes sont 32300" in errors["postcode"][0]


@pytest.mark.usefixtures("communes")
def test_a_commune_that_does_not_exist_is_refused_with_the_postcodes_communes():
    errors = refusal("Vileurbane", "69100")
    assert errors == {
        "commune": [
            "Nous ne trouvons pas de commune « Vileurbane » en France : vérifiez "
            "l'orthographe. Le code postal 69100 est celui de : Villeurbanne."
        ]
    }


@pytest.mark.usefixtures("communes")
def test_a_postcode_of_another_commune_is_refused_with_the_communes_own():
    assert refusal("Villeurbanne", "69001") == {
        "postcode": [
            "Le code postal 69001 ne correspond pas à Villeurbanne : cette commune a le code 69100."
        ]
    }
    assert refusal("saint-etienne", "69001") == {
        "postcode": [
            "Le code postal 69001 ne correspond pas à Saint-Étienne : cette commune a les "
            "codes 42000, 42100, 42230."
        ]
    }
    assert list(refusal("Lyon 3e", "69004")) == ["postcode"]


@pytest.mark.usefixtures("communes")
def test_a_postcode_that_does_not_exist_is_refused():
    assert refusal("Lyon", "99999") == {"postcode": ["Le code postal 99999 n'existe pas."]}
    errors = refusal("Nullepart", "99999")
    assert set(errors) == {"commune", "postcode"}
    assert errors["commune"] == [
        "Nous ne trouvons pas de commune « Nullepart » en France : vérifiez l'orthographe."
    ]


@pytest.mark.usefixtures("communes")
def test_the_check_costs_two_indexed_queries_and_a_refusal_two_more(
    django_assert_num_queries,
):
    with django_assert_num_queries(2):
        check_commune("Saint-Martin", "32300")
    with django_assert_num_queries(4), pytest.raises(ValidationError):
        check_commune("Saint-Martin", "69004")
