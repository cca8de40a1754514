"""Demo data: the search's synonyms, from ``demo/content/synonymes.yaml``.

Editors own them afterwards: a line already there (same words, same language) is left alone,
so running ``load_demo`` again adds only what is missing.
"""

from core.search.models import SearchSynonym
from demo.content import CONTENT_DIR
from demo.content.files import read_yaml

SYNONYMS_FILE = CONTENT_DIR / "synonymes.yaml"


def load_demo_synonyms() -> int:
    """Create the missing synonym groups; returns how many were created."""
    existing = set(SearchSynonym.objects.values_list("language", "terms"))
    missing = [
        SearchSynonym(language=language, terms=line)
        for language, lines in read_yaml(SYNONYMS_FILE).items()
        for line in lines
        if (language, line) not in existing
    ]
    SearchSynonym.objects.bulk_create(missing)
    return len(missing)
