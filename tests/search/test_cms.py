"""Editors steer the search from the CMS: synonyms, promoted results, and the report of
searches that found nothing, reached from the CMS's menus; owners have no way in."""

from django.urls import reverse

from core.search.misses import record_miss
from core.search.models import SearchSynonym
from tests.cms import EditorPageTestCase


class SearchInTheCms(EditorPageTestCase):
    def test_the_report_lists_the_misses_most_frequent_first(self):
        for query in ("vinted", "vinted", "vinted", "soldes"):
            record_miss("catalogue", query)
        menu = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn(reverse("search_misses"), menu)
        html = self.client.get(reverse("search_misses")).content.decode()
        self.assertIn("Recherches sans résultat", html)
        self.assertLess(html.index("vinted"), html.index("soldes"))
        self.assertIn("Catalogue des formations", html)

    def test_an_editor_adds_a_synonym_and_the_search_uses_it(self):
        url = reverse("wagtailsnippets_core_searchsynonym:add")
        response = self.client.post(url, {"terms": "vinted, seconde main", "language": "fr"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(SearchSynonym.objects.get().expressions, ["vinted", "seconde main"])

    def test_editors_manage_promotions(self):
        response = self.client.get(reverse("wagtailsearchpromotions:index"))
        self.assertEqual(response.status_code, 200)


class OwnersStayOut(EditorPageTestCase):
    def test_an_owner_cannot_open_the_report(self):
        from tests.accounts.factories import OwnerFactory

        self.client.force_login(OwnerFactory())
        response = self.client.get(reverse("search_misses"))
        self.assertIn(response.status_code, (302, 403))
        self.assertNotIn("Recherches sans résultat", response.content.decode())
