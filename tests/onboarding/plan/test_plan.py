"""The owner's plan derives each step's state from the data, and always names a next step."""

import pytest
from django.urls import reverse

from courses.models import Enrolment
from onboarding.diagnostic.services import record_result
from onboarding.dossiers.models import Application
from onboarding.grants.models import Programme
from onboarding.plan.selectors import next_step, plan_progress, plan_steps_for
from onboarding.plan.steps import StepState
from storefront_builder.models import Shop, ShopStatus
from tests.accounts.factories import totp_for
from tests.courses.factories import make_catalog, make_course, make_track
from tests.onboarding.diagnostic.conftest import answers_with
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


def states(user) -> dict[str, StepState]:
    return {step.key: step.state for step in plan_steps_for(user=user)}


def test_a_new_owner_starts_with_the_profile(owner):
    steps = plan_steps_for(user=owner)
    assert [step.key for step in steps] == [
        "profile",
        "diagnostic",
        "training",
        "storefront",
        "grant",
        "security",
    ]
    assert next_step(steps).key == "profile"
    assert plan_progress(steps) == 0


def test_each_step_follows_the_data(owner, home_page):
    business = BusinessFactory(owner=owner)
    assert states(owner)["profile"] is StepState.DONE
    assert next_step(plan_steps_for(user=owner)).key == "diagnostic"

    record_result(business, owner, answers_with(default=1))
    assert states(owner)["diagnostic"] is StepState.DONE
    assert next_step(plan_steps_for(user=owner)).key == "training"

    course = make_course(make_track(make_catalog(home_page)))
    enrolment = Enrolment.objects.create(user=owner, course=course)
    assert states(owner)["training"] is StepState.STARTED
    enrolment.completed_at = enrolment.enrolled_at
    enrolment.save()
    assert states(owner)["training"] is StepState.DONE

    programme = Programme.objects.get(slug="cheque-france-num")
    application = Application.objects.create(
        business=business, programme=programme, siren=business.siren
    )
    assert states(owner)["grant"] is StepState.STARTED
    # A dossier under way comes before anything still to do.
    assert next_step(plan_steps_for(user=owner)).key == "grant"
    application.status = "ready"  # prepared, but not yet with the funder
    application.save()
    assert states(owner)["grant"] is StepState.STARTED
    application.status = "submitted"
    application.save()
    assert states(owner)["grant"] is StepState.DONE

    shop = Shop.objects.create(
        owner=owner,
        name="Épicerie",
        slug="epicerie",
        category="grocery",
        street_address="1 rue de la Paix",
        postcode="75011",
        commune="Paris",
        phone="0102030405",
    )
    assert states(owner)["storefront"] is StepState.STARTED
    shop.status = ShopStatus.PUBLISHED
    shop.save()
    assert states(owner)["storefront"] is StepState.DONE

    totp_for(owner)
    steps = plan_steps_for(user=owner)
    assert next_step(steps) is None
    assert plan_progress(steps) == 100


def test_another_owners_data_does_not_count(owner, home_page):
    other = BusinessFactory()
    record_result(other, other.owner, answers_with(default=2))
    assert states(owner)["profile"] is StepState.TODO
    assert states(owner)["diagnostic"] is StepState.TODO


def test_the_page_names_the_next_step(client, owner, home_page):
    BusinessFactory(owner=owner)
    client.force_login(owner)
    response = client.get(reverse("onboarding:plan"))
    assert response.status_code == 200
    assert response.context["next_step"].key == "diagnostic"
    content = response.content.decode()
    assert f'href="{reverse("diagnostic:start")}"' in content
    assert f'href="{reverse("shops:wizard")}"' in content


def test_plan_query_count_is_constant(client, owner, home_page, django_assert_max_num_queries):
    business = BusinessFactory(owner=owner)
    record_result(business, owner, answers_with(default=1))
    client.force_login(owner)
    # 15 with a cold cache: Wagtail reads its site roots (for the footer's page links) in two
    # queries since pages are translatable (the sites, then their root pages' translations).
    with django_assert_max_num_queries(15):
        assert client.get(reverse("onboarding:plan")).status_code == 200


def test_only_owners_have_a_plan(client, advisor):
    client.force_login(advisor)
    assert client.get(reverse("onboarding:plan")).status_code == 403


def test_a_done_security_step_offers_to_manage_not_to_activate(owner):
    security = {step.key: step for step in plan_steps_for(user=owner)}["security"]
    assert str(security.action) == "Activer la double authentification"
    totp_for(owner)
    security = {step.key: step for step in plan_steps_for(user=owner)}["security"]
    assert security.done
    assert str(security.action) == "Gérer la double authentification"
