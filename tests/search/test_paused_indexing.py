"""A bulk load pauses index writes and rebuilds once at the end of the outermost pause."""

import pytest

from core.search import indexing
from core.search.indexing import Document, index_documents, paused, remove_documents
from core.search.models import SearchDocument

pytestmark = pytest.mark.django_db


def test_writes_are_skipped_while_paused_and_the_outer_pause_rebuilds(monkeypatch):
    source = [Document(kind="pause-test", object_id=1, title="Sauvegardes et rançongiciels")]
    monkeypatch.setitem(indexing._SOURCES, "pause-test", lambda: source)
    with paused(then_rebuild=["pause-test"]):
        with paused(then_rebuild=["pause-test"]):
            index_documents(source)
        # The inner pause left the rebuild to the outer one.
        assert not SearchDocument.objects.filter(kind="pause-test").exists()
    assert list(
        SearchDocument.objects.filter(kind="pause-test").values_list("object_id", flat=True)
    ) == [1]
    with paused():
        remove_documents("pause-test", [1])
    assert SearchDocument.objects.filter(kind="pause-test").exists()
    remove_documents("pause-test", [1])
    assert not SearchDocument.objects.filter(kind="pause-test").exists()
