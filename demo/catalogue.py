"""Demo catalogue: five tracks of courses written for shopkeepers, read from
``demo/content/formations/``. Idempotent."""

from functools import cache

from core.search import indexing as search_indexing
from courses.models import CatalogPage
from courses.search import COURSE, LESSON
from demo.content import CONTENT_DIR
from demo.content.courses import CatalogueSpec, read_catalogue
from demo.content.english import translate_catalogue
from demo.content.loader import import_catalogue

CATALOGUE_DIR = CONTENT_DIR / "formations"


@cache
def demo_catalogue() -> CatalogueSpec:
    """The demo catalogue as the files describe it, read once per process."""
    return read_catalogue(CATALOGUE_DIR)


def load_demo_courses(home) -> CatalogPage:
    """The catalogue, then the English versions of its pages that have an ``.en.`` file;
    courses and lessons are indexed for search once, at the end."""
    with search_indexing.paused(then_rebuild=(COURSE, LESSON)):
        catalogue = import_catalogue(demo_catalogue(), home)
        translate_catalogue(catalogue, CATALOGUE_DIR)
    return catalogue
