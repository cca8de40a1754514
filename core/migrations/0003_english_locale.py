"""The English locale, so editors can translate pages ("Translate" in a page's actions).

Editors and moderators may submit translations: simple_translation's permission is created here
rather than after the migrations, so that it can be granted at once.
"""

from django.core.cache import cache
from django.db import migrations

GROUPS = ("Editors", "Moderators")


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="simple_translation", model="simpletranslation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)
    # Forget any locale ids read before (core.translations): the signals do not fire here.
    cache.delete("translations:locale-ids")


def remove_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    english = Locale.objects.filter(language_code="en").first()
    if english and not Page.objects.filter(locale=english).exists():
        english.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_editors_publish"),
        ("wagtailcore", "0098_apitoken"),
        ("simple_translation", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(add_english, remove_english)]
