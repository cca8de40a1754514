"""Editors steer the search: they manage its synonyms and promoted results and read the
searches that found nothing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTED = {
    ("core", "searchsynonym"): ("add", "change", "delete", "view"),
    ("core", "searchmiss"): ("view",),
    ("wagtailsearchpromotions", "query"): ("add", "change", "delete", "view"),
    ("wagtailsearchpromotions", "searchpromotion"): ("add", "change", "delete", "view"),
}


def grant(apps, schema_editor):
    # Permissions of models created in this same run do not exist yet: make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for (app_label, model), actions in GRANTED.items():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                codename__in=[f"{action}_{model}" for action in actions],
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(
            *editors.permissions.filter(
                content_type__app_label__in={app for app, _ in GRANTED},
                content_type__model__in={model for _, model in GRANTED},
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_search_index"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
