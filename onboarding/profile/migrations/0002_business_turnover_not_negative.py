from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("businesses", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="business",
            constraint=models.CheckConstraint(
                condition=models.Q(("annual_turnover__gte", 0)),
                name="turnover_not_negative",
                violation_error_message="Le chiffre d'affaires ne peut pas être négatif.",
            ),
        ),
    ]
