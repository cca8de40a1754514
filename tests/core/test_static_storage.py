"""Production's static storage answers as whitenoise's manifest storage does, each address
worked out once per process."""

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from core.static_storage import StaticFilesStorage


@pytest.fixture
def manifest(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "site.css").write_text("body{}")
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    storage.manifest_strict = True
    list(storage.post_process({"css/site.css": (storage, "css/site.css")}))
    storage.save_manifest()
    return tmp_path


def test_the_address_is_the_manifests_and_kept(manifest, monkeypatch):
    storage = StaticFilesStorage(location=manifest, base_url="/static/")
    reference = CompressedManifestStaticFilesStorage(location=manifest, base_url="/static/")
    address = storage.url("css/site.css")
    assert address == reference.url("css/site.css")
    assert address.startswith("/static/css/site.") and address != "/static/css/site.css"
    # Kept: the manifest is no longer consulted for it.
    monkeypatch.setattr(storage, "stored_name", lambda name: pytest.fail("looked up again"))
    assert storage.url("css/site.css") == address


def test_a_file_missing_from_the_manifest_is_still_refused(manifest):
    storage = StaticFilesStorage(location=manifest, base_url="/static/")
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        storage.url("css/missing.css")
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        storage.url("css/missing.css")
