"""A base for tests that drive the CMS as an editor would."""

from wagtail.test.utils import WagtailPageTestCase

from demo.site import load_demo_site
from tests.accounts.factories import StaffFactory, totp_for


class EditorPageTestCase(WagtailPageTestCase):
    """Signed in as a member of Editors (not a superuser), with the second factor set up."""

    @classmethod
    def setUpTestData(cls):
        cls.home = load_demo_site()
        cls.editor = StaffFactory()
        totp_for(cls.editor)

    def setUp(self):
        self.client.force_login(self.editor)
