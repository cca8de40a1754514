"""Staff edit programmes in /cms/: lists as checkboxes or one per line, coherence checked."""

from decimal import Decimal

from django.urls import reverse

from onboarding.grants.models import Programme
from tests.cms import EditorPageTestCase

ADD_URL = reverse("wagtailsnippets_grants_programme:add")


def form_data(**overrides) -> dict:
    data = {
        "name": "Pass numérique Occitanie",
        "slug": "pass-numerique-occitanie",
        "funder": "Région Occitanie",
        "summary": "Une aide régionale.",
        "description": "",
        "official_url": "",
        "published": "on",
        "amount_kind": "percent",
        "flat_amount": "",
        "rate": "50",
        "cap": "1500",
        "step": "100",
        "max_headcount": "9",
        "max_turnover": "",
        "activity_started_before": "",
        "included_departments": "09\n 11\n\n2a\n11",
        "excluded_departments": "",
        "eligible_sectors": ["retail", "crafts"],
        "application_deadline": "2030-12-31",
        "expenses_from": "2030-01-01",
        "expenses_until": "2030-12-31",
        "eligible_categories": ["website", "visibility"],
        "minimum_spend": "200",
        "required_documents": "Factures acquittées\nRIB\n",
    }
    data.update(overrides)
    return data


class EditorsManageProgrammes(EditorPageTestCase):
    def test_the_admin_lists_the_seeded_programmes(self):
        response = self.client.get(reverse("wagtailsnippets_grants_programme:list"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Chèque France Num")

    def test_an_editor_creates_a_programme(self):
        form = self.client.get(ADD_URL)
        self.assertEqual(form.status_code, 200)
        for label in ("Présentation", "Montant", "Éligibilité", "Dépenses"):
            self.assertContains(form, label)
        self.assertContains(form, 'type="checkbox" name="eligible_sectors" value="crafts"')
        response = self.client.post(ADD_URL, form_data())
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        programme = Programme.objects.get(slug="pass-numerique-occitanie")
        self.assertEqual(programme.included_departments, ["09", "11", "2A"])
        self.assertEqual(programme.eligible_sectors, ["retail", "crafts"])
        self.assertEqual(programme.eligible_categories, ["website", "visibility"])
        self.assertEqual(programme.required_documents, ["Factures acquittées", "RIB"])
        self.assertEqual(programme.step, Decimal("100"))
        self.assertEqual(programme.excluded_departments, [])

    def test_an_editor_edits_a_programme_and_sees_its_lists(self):
        programme = Programme.objects.get(slug="cheque-france-num")
        url = reverse("wagtailsnippets_grants_programme:edit", args=[programme.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "986\n987\n988")

    def test_incoherent_rules_are_refused_with_their_reason(self):
        response = self.client.post(
            ADD_URL,
            form_data(
                rate="150",
                expenses_from="2030-12-31",
                expenses_until="2030-01-01",
                included_departments="75\nParis",
            ),
        )
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertEqual(set(errors), {"rate", "expenses_until", "included_departments"})
        self.assertIn("PARIS", errors["included_departments"][0])
        self.assertFalse(Programme.objects.filter(slug="pass-numerique-occitanie").exists())

    def test_a_flat_programme_needs_its_amount(self):
        response = self.client.post(ADD_URL, form_data(amount_kind="flat", rate=""))
        self.assertEqual(response.status_code, 200)
        self.assertIn("flat_amount", response.context["form"].errors)


class StaffGroupsMayManageProgrammes(EditorPageTestCase):
    def test_editors_and_moderators_hold_the_snippet_permissions(self):
        from django.contrib.auth.models import Group

        for name in ("Editors", "Moderators"):
            codenames = set(
                Group.objects.get(name=name)
                .permissions.filter(content_type__app_label="grants")
                .values_list("codename", flat=True)
            )
            self.assertTrue(
                {"add_programme", "change_programme", "delete_programme"} <= codenames, name
            )
