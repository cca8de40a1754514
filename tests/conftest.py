"""Fixtures shared by the whole suite.

Every transactional test (``django_db(transaction=True)``) also asks for
``serialized_rollback=True``: the flush that ends it would otherwise delete the rows the
migrations create (Wagtail's root page, the groups) and recreate content types under new ids,
breaking the transactional tests that follow.
"""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.models.sql.compiler import SQLCompiler
from django.utils import translation

import core.pdf
from tests.accounts.factories import AdvisorFactory, OwnerFactory, StaffFactory, totp_for
from tests.core.fetchers import RecordingFetcher


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The site's home page and legal pages, in French and English, are in the test database
    from the start, as on every running site (``make run`` loads them first): made once per
    test process rather than once per test that shows a page. A transactional test's flush
    takes them away with the rest; the serialized copy it restores from holds them. A run of
    tests that need no database (the settings' own tests) has no tables to fill."""
    from django.db import connection

    from demo.site import load_demo_site

    with django_db_blocker.unblock():
        if "wagtailcore_page" not in connection.introspection.table_names():
            return
        load_demo_site()
        if hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(scope="session", autouse=True)
def _locales_known(django_db_setup, django_db_blocker):
    """Each process reads the locale ids once (core.translations): before any test counts
    its queries, as a server would have before its first page. A run of tests that need no
    database (one module of pure functions) has none to read from."""
    from django.db import connection

    from core.translations import locale_ids

    with django_db_blocker.unblock():
        if "wagtailcore_locale" in connection.introspection.table_names():
            locale_ids()


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth's rate limits live in the cache: each test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language (settings.LANGUAGE_CODE): a request
    served in English leaves English active in the thread, and a later test of French
    messages would read English ones."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def rendered_each_time(settings):
    """Every request renders: the whole-page cache left out, as ``PAGE_CACHE=false`` does."""
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.startswith("core.page_cache.")]


@pytest.fixture
def sql_written(monkeypatch) -> list:
    """The models of the queries Django writes SQL for from now on: for reads made in SQL
    written once, which must not go back to the ORM's compiler."""
    written = []
    compile_query = SQLCompiler.as_sql

    def as_sql(self, *args, **kwargs):
        written.append(self.query.model)
        return compile_query(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", as_sql)
    return written


@pytest.fixture
def development(settings):
    """DEBUG on, as under `make run`: ``load_demo`` runs and installs the published demo logins
    only then (the test settings, like production, have DEBUG off)."""
    settings.DEBUG = True
    return settings


@pytest.fixture
def owner(db):
    return OwnerFactory()


@pytest.fixture
def advisor(db):
    user = AdvisorFactory()
    user.totp_secret = totp_for(user)
    return user


@pytest.fixture
def staff(db):
    user = StaffFactory()
    user.totp_secret = totp_for(user)
    return user


@pytest.fixture
def communes(db):
    """The official list of communes, which shop addresses are checked against: the real
    command on the real file (node_modules, ``npm ci``), never a hand-written list. About a
    second; a test that loads the demo has them already."""
    from core.places.models import Commune

    if not Commune.objects.exists():
        call_command("load_communes", stdout=StringIO())


@pytest.fixture
def home_page(db):
    """The site's home page (django_db_setup above), or the demo's again after a test removed
    it."""
    from core.home.models import HomePage
    from core.translations import in_default_locale
    from demo.site import load_demo_site

    return in_default_locale(HomePage.objects).first() or load_demo_site()


@pytest.fixture
def recorder(monkeypatch) -> RecordingFetcher:
    """Put a recording fetcher where every printed document looks for it while rendered."""
    fetcher = RecordingFetcher()
    monkeypatch.setattr(core.pdf, "strict_url_fetcher", fetcher)
    return fetcher
