"""Exporting the demo catalogue once loaded gives back demo/content/formations, file for file."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from demo.catalogue import CATALOGUE_DIR, load_demo_courses

pytestmark = pytest.mark.django_db


def files_under(directory: Path) -> dict[str, bytes]:
    """The files of a folder, but for the English versions (``X.en.yaml``, ``X.en.md``), which
    the export of the French catalogue does not write."""
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and Path(path.stem).suffix != ".en"
    }


def test_exporting_the_loaded_demo_gives_back_its_files(home_page, tmp_path):
    load_demo_courses(home_page)
    call_command("export_content", str(tmp_path), stdout=StringIO())
    exported, shipped = files_under(tmp_path), files_under(CATALOGUE_DIR)
    assert sorted(exported) == sorted(shipped)
    for name, content in shipped.items():
        assert exported[name] == content, name
