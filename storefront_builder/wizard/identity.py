"""The fields of the identity step, shared by its form and the service that saves it."""

IDENTITY_FIELDS = (
    "name",
    "slug",
    "category",
    "street_address",
    "postcode",
    "commune",
    "phone",
    "description",
)
