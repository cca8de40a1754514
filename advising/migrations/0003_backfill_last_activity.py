from django.db import migrations


def backfill(apps, schema_editor):
    """Fill ``Business.last_activity_at`` from the traces already there.

    This runs the application's own ``recompute``, not a copy working on historical models:
    the expression reads five other apps' tables, and a copy would drift from it. It only
    matters for a database that already holds businesses when the column is added (a fresh
    one has none), and it runs right after that, while the code and the schema agree. It lives
    here rather than beside the column because advising owns how the date is computed.
    """
    Business = apps.get_model("businesses", "Business")
    if not Business.objects.exists():
        return
    from advising.activity import recompute

    recompute()


class Migration(migrations.Migration):
    dependencies = [
        ("advising", "0002_cohort_note_reminder_invitation"),
        ("businesses", "0003_last_activity"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
