"""Every StreamField block the CMS offers has a French label: without one, Wagtail shows the
block's Python name in English (« Heading », « Paragraph ») in the editors' block menu."""

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField

PROJECT_APPS = ("core", "home", "courses", "events", "grants", "shops", "certificates")


def _named_children(block, path):
    """(path, child) for every named child block, through streams, structs and lists."""
    if isinstance(block, blocks.ListBlock):
        yield from _named_children(block.child_block, path)
        return
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{path}.{name}", child
        yield from _named_children(child, f"{path}.{name}")


def _stream_fields():
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS and not model.__module__.startswith(
            ("core", "courses", "onboarding", "storefront_builder", "advising", "certificates")
        ):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model.__name__}.{field.name}", field.stream_block


def test_there_are_stream_fields_to_check():
    assert len(list(_stream_fields())) >= 4


def test_every_block_has_a_label_of_its_own():
    unlabelled = [
        path
        for name, stream in _stream_fields()
        for path, child in _named_children(stream, name)
        if not child.meta.label
    ]
    assert unlabelled == []
