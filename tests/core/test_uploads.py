"""The shared upload checks: the real type from the bytes, images decoded in full, and each
refusal worded by the feature's policy or, failing that, in plain French."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.uploads import PNG, TOO_BIG, WEBP, UploadPolicy, UploadRefused, check_upload

POLICY = UploadPolicy(
    content_types=frozenset({PNG, WEBP}),
    max_bytes=100_000,
    max_pixels=1_000_000,
    accepted="Formats acceptés : PNG ou WebP.",
    messages={TOO_BIG: "Trop lourd. %(accepted)s"},
)


def image(fmt: str, size=(40, 30)) -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, format=fmt)
    return SimpleUploadedFile(f"photo.{fmt.lower()}", out.getvalue(), "application/octet-stream")


@pytest.mark.parametrize(("fmt", "content_type"), [("PNG", PNG), ("WEBP", WEBP)])
def test_an_accepted_image_gives_its_type_and_size(fmt, content_type):
    checked = check_upload(image(fmt), POLICY)
    assert (checked.content_type, checked.width, checked.height) == (content_type, 40, 30)


@pytest.mark.parametrize(
    ("upload", "code", "message"),
    [
        (image("JPEG"), "wrong_type", "Ce type de fichier n'est pas accepté. Formats acceptés"),
        (image("PNG", size=(1001, 1000)), "too_many_pixels", "plus de 1 millions de pixels"),
        (SimpleUploadedFile("a.png", b"x" * 100_001), "too_big", "Trop lourd. Formats acceptés"),
        (SimpleUploadedFile("a.png", b""), "empty", "Ce fichier est vide."),
    ],
    ids=["type-not-in-policy", "pixels", "policy-wording", "empty"],
)
def test_refusals_carry_a_code_and_a_french_sentence(upload, code, message):
    with pytest.raises(UploadRefused) as refused:
        check_upload(upload, POLICY)
    assert refused.value.code == code
    assert message in str(refused.value)
    assert isinstance(refused.value, ValidationError)  # a form shows it as a field error


def test_the_upload_is_rewound_for_whoever_saves_it():
    upload = image("PNG")
    check_upload(upload, POLICY)
    assert upload.tell() == 0
