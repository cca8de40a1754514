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

#: Where the shop is on the map: optional, saved with the identity, not needed to publish.
POSITION_FIELDS = ("latitude", "longitude")
