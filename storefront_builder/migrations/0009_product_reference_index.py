"""An index on the products' references alone, for the search of a product across shops
(``storefront_builder.storefront.product_search``): a book's ISBN or a product's EAN is
looked up in every shop at once, which the ``(shop, reference)`` unique constraint, led by the
shop, cannot serve.

Written as SQL, as 0008 is, so that the model's module (another change's) stays untouched.
"""

from django.db import migrations

INDEX = "shops_product_reference_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("shops", "0008_shop_position_index"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX "{INDEX}" ON "shops_product" ("reference")',
            reverse_sql=f'DROP INDEX "{INDEX}"',
        ),
    ]
