from django.db import migrations, models


def backfill(apps, schema_editor):
    """Fill the new column from the traces already there.

    This runs the application's own ``recompute``, not a copy working on historical models:
    the expression reads five other apps' tables, and a copy would drift from it. It only
    matters for a database that already holds businesses when the column is added (a fresh
    one has none), and it runs right after that, while the code and the schema agree.
    """
    Business = apps.get_model("businesses", "Business")
    if not Business.objects.exists():
        return
    from advising.activity import recompute

    recompute()


class Migration(migrations.Migration):
    dependencies = [
        ("businesses", "0002_business_turnover_not_negative"),
        ("accounts", "0002_advisors_group"),
        ("courses", "0002_french_search_config"),
        ("diagnostic", "0001_initial"),
        ("dossiers", "0001_initial"),
        ("shops", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="business",
            name="last_activity_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                editable=False,
                null=True,
                verbose_name="dernière activité",
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
