"""An index on the shops' positions, for the directory's « près de moi »
(``storefront_builder.storefront.nearby``): the box around the point is a range on latitude,
then on longitude, read from this index rather than from every shop.

Written as SQL rather than in ``Shop.Meta.indexes``: the model's module belonged to another
change under way when this was written. Moving it into ``Meta.indexes`` later takes a
``RenameIndex`` or a state-only ``AddIndex`` under the same name.
"""

from django.db import migrations

INDEX = "shops_shop_position_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("shops", "0007_shop_latitude_shop_longitude"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX "{INDEX}" ON "shops_shop" ("latitude", "longitude")',
            reverse_sql=f'DROP INDEX "{INDEX}"',
        ),
    ]
