"""Settings for the baseline: Django with nothing but a URL map and CommonMiddleware.

No database, no sessions, no templates: whatever the real project costs on top of this is
what the ratio printed by bench/http_load.py measures.
"""

import os
import secrets

# Nothing is signed here, so a key drawn per process is enough and no secret is written down.
SECRET_KEY = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(64)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "bench.minimal.urls"
WSGI_APPLICATION = "bench.minimal.wsgi.application"

DATABASES: dict = {}
USE_TZ = True
