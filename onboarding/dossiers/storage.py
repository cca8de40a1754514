"""Where invoices are kept: never under MEDIA_ROOT, which development serves at /media/.

An invoice names a business, its bank's supplier and its spending: only the people who may
read the dossier may read it, through ``onboarding.dossiers.views.files.invoice``, which
checks access first.
So invoices live in a storage of their own:

- a ``"private"`` alias in ``settings.STORAGES`` when the deployment defines one (an S3 bucket
  without public access, with ``querystring_auth`` off since the view streams the file);
- otherwise a folder next to the database, ``DATA_DIR / "private"``, that no URL maps to.

The field takes this function, not its result, so migrations record a reference and each
deployment decides.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

PRIVATE_ALIAS = "private"


def private_storage():
    if PRIVATE_ALIAS in settings.STORAGES:
        return storages[PRIVATE_ALIAS]
    return FileSystemStorage(location=settings.DATA_DIR / "private")
