from django.db import migrations, models


class Migration(migrations.Migration):
    """The column only; advising's 0003 fills it, since advising owns how it is computed."""

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
    ]
