"""Editors and Moderators manage grant programmes in /cms/ (Snippets › Aides).

Permissions are normally created after all migrations have run; they are created here if
missing so the grant does not depend on a second ``migrate``. Django's own pass finds them
by codename afterwards and leaves them be.
"""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="grants", model="programme")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_programme",
            defaults={"name": f"Can {action} programme d'aide"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="grants",
        codename__in=[f"{action}_programme" for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("grants", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
