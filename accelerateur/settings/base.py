"""Settings shared by every environment.

Every deployment choice comes from environment variables (see README.md): with none set,
the site runs on one machine with SQLite, a database task queue, local files and console
email; DATABASE_URL, REDIS_URL, EMAIL_HOST and AWS_STORAGE_BUCKET_NAME switch each part
to its production counterpart. No secret lives here.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from accelerateur.env import env_bool, env_int, env_list, env_str
from core.errors import init_error_reporting
from core.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = Path(env_str("DATA_DIR") or BASE_DIR / "var")

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The name account e-mails and documents give the site (allauth reads it as current_site.name).
SITE_NAME = "Accélérateur du numérique"
# How many reverse proxies in front of the site append the client's address to
# X-Forwarded-For (0: none, the connection's address is the client's). See core.http.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

INSTALLED_APPS = [
    "accounts",
    "core",
    "core.home",
    "core.places",
    "courses",
    "courses.live",
    "certificates",
    "onboarding",
    "onboarding.profile",
    "onboarding.diagnostic",
    "onboarding.grants",
    "onboarding.dossiers",
    "storefront_builder",
    "advising",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /healthz first: before host validation (load balancers call with the instance's IP as
    # Host), sessions, the page cache and the request log.
    "core.health.HealthCheckMiddleware",
    "core.logs.RequestLogMiddleware",
    # Copies kept for everyone, ahead of the rest: they were stored with the security headers.
    "core.page_cache.PublicPageCacheMiddleware",  # left out with PAGE_CACHE=false (below)
    "django.middleware.security.SecurityMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.page_cache.SessionPageCacheMiddleware",  # left out with PAGE_CACHE=false (below)
    # Inside the page cache: a stored page keeps the CSP header (and nonce) it was rendered with.
    "core.csp.SiteCSPMiddleware",
    "core.routing.SiteCacheMiddleware",
    "core.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireMfaMiddleware",
    "accounts.middleware.CmsAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# PAGE_CACHE=false serves every page fully rendered: for measuring renders (bench/pages.py) and
# for finding out whether a problem comes from a stored copy.
if not env_bool("PAGE_CACHE", True):
    MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("core.page_cache.")]

ROOT_URLCONF = "accelerateur.urls"
WSGI_APPLICATION = "accelerateur.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database: SQLite on one machine, PostgreSQL when DATABASE_URL is set -----------------

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "db.sqlite3",
            # Kept open between requests, as with PostgreSQL: opening the file and running the
            # pragmas below cost about 2 ms, as much as rendering the home page (bench/pages.py).
            "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
            "OPTIONS": {
                # IMMEDIATE takes the write lock when a transaction starts, so two writers
                # queue on the busy timeout instead of failing with "database is locked".
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, sessions and background tasks: local by default, Redis at scale ---------------

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, with one client per connection pool (core/cache.py).
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "accelerateur",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    INSTALLED_APPS += ["django_rq"]
else:
    # On disk rather than in memory: the web and worker processes must see the same page-cache
    # version, or a publication would not reach every process.
    CACHES = {
        "default": {
            # Django's, with add and incr made atomic across processes for the rate limits.
            "BACKEND": "core.cache.FileBasedCache",
            "LOCATION": DATA_DIR / "cache",
        }
    }
    # Sessions are read from the on-disk cache and written through to the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Accounts --------------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's, reading her row in SQL written once (accounts.auth_backends).
AUTHENTICATION_BACKENDS = [
    "accounts.auth_backends.ModelBackend",
    "accounts.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Accélérateur] "
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, written out so they are visible and tunable in one place.
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reauthenticate": "10/m/user",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "login": "30/m/ip",
    # Failed sign-ins: per client address, and per address *and* e-mail ("key", see
    # accounts.adapters): five wrong passwords stop whoever typed them, never the account's
    # owner elsewhere.
    "login_failed": "10/m/ip,100/h/ip,5/5m/key",
    "confirm_email": "1/3m/key",
}
# The site's own limits (core.ratelimit), per client address read as TRUSTED_PROXY_COUNT says;
# each is (requests, seconds). Orders a visitor may place without an account: per shop, and
# over all shops. Only orders placed count, so a mistake in the form costs nothing; generous
# enough for a family or an office behind one address, low enough that a script cannot take a
# shop's pickup slots.
CHECKOUT_RATE_LIMITS = {"shop": (5, 60 * 60), "site": (20, 60 * 60)}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Accélérateur"

# --- Personal data (RGPD) ---------------------------------------------------------------------

#: The version of the terms and privacy policy a person accepts at sign-up (the date of the
#: text): stored with her consent, shown on "Mes données" and on the privacy page.
PRIVACY_POLICY_VERSION = "2026-12-04"
#: What an erased account leaves behind, and for how long (accounts.personal_data). The
#: "Mes données" page and the privacy page state these figures.
RGPD_RETENTION = {
    # Code de commerce, art. L123-22: accounting records and their vouchers, 10 years.
    "orders_accounting_years": 10,
    # Grant dossiers, for the funder's audit (the chèque France Num's rules: 10 years).
    "grant_dossiers_years": 10,
    # A customer's order counts as over this many days after its pickup slot, even if the
    # shop never marked it collected: she may then erase her contact details.
    "order_closed_days_after_slot": 7,
}

# --- Internationalisation --------------------------------------------------------------------

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "accelerateur_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and uploaded files ---------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Leaflet (npm, package-lock.json) is served from its package: the wizard's map.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
# The official list of communes (npm: @etalab/decoupage-administratif), read by load_communes.
COMMUNES_DATA_FILE = Path(
    env_str("COMMUNES_DATA_FILE")
    or BASE_DIR / "node_modules" / "@etalab" / "decoupage-administratif" / "data" / "communes.json"
)
# The map tiles of the storefront wizard (Leaflet's URL template) and the credit they require.
MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env_str(
    "MAP_TILES_ATTRIBUTION",
    # « © OpenStreetMap », which OSM's guidelines accept, reads the same in every language.
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# Their origin, for the Content-Security-Policy's img-src ({s} subdomains become a wildcard).
_tiles = urlsplit(MAP_TILES_URL.replace("{s}", "*"))
MAP_TILES_ORIGINS = [f"{_tiles.scheme}://{_tiles.netloc}"] if _tiles.netloc else []
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or DATA_DIR / "media")

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# Where uploaded images come from besides the site, for the Content-Security-Policy: the
# bucket's own domain, or its endpoint (path-style and virtual-hosted addresses).
MEDIA_ORIGINS = []
if AWS_STORAGE_BUCKET_NAME:
    _endpoint = urlsplit(MEDIA_STORAGE["OPTIONS"]["endpoint_url"] or "")
    _region = MEDIA_STORAGE["OPTIONS"]["region_name"]
    if MEDIA_STORAGE["OPTIONS"]["custom_domain"]:
        MEDIA_ORIGINS = [f"https://{MEDIA_STORAGE['OPTIONS']['custom_domain']}"]
    elif _endpoint.netloc:
        MEDIA_ORIGINS = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{_endpoint.netloc}",
        ]
    else:
        MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if _region:
            MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{_region}.amazonaws.com")
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    # Invoices and other private files: same bucket, their own prefix, never a public URL
    # (signed URLs are not used either: the application serves them after its own checks).
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **MEDIA_STORAGE["OPTIONS"],
            "location": "private",
            "custom_domain": None,
            "default_acl": "private",
        },
    }

# --- Email -------------------------------------------------------------------------------------

DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Accélérateur <ne-pas-repondre@accelerateur.local>"
)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
elif env_str("EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Wagtail ---------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Accélérateur"
WAGTAILADMIN_BASE_URL = SITE_URL
# The CMS signs in through allauth, so its rate limits and MFA apply to editors too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# No third party in the CMS: no Gravatar (it would receive a hash of each editor's e-mail) and
# no update check to releases.wagtail.org; both are also outside the CMS's CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Pages can be translated into English from the CMS ("Translate" in a page's actions). The
# French page stays the one learner data points to; routing serves its translation at the same
# address in the visitor's language (see core.translations and core.home.models).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The database backend picks PostgreSQL full text on PostgreSQL (French stemming, accents
# ignored: see courses/migrations) and SQLite FTS5 otherwise.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "french_unaccent"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Wagtail's responsive embeds wrap the player in a style="" attribute, which the CSP refuses:
# the site's stylesheet sizes lesson videos instead (.lesson-video iframe, 16:9).
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# The edge cache (Varnish, deploy/varnish/) in front of the site: core.edge purges the paths a
# change shows once it is committed; Wagtail purges each published page's URL too.
VARNISH_URL = env_str("VARNISH_URL").rstrip("/")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": VARNISH_URL,
        }
    }
    if VARNISH_URL
    else {}
)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Logging and error reporting -----------------------------------------------------------

# One line per request with its id, duration and user id (core.logs); JSON lines in production.
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOG_FORMAT = env_str("LOG_FORMAT", "text")
LOGGING = logging_config(LOG_FORMAT, LOG_LEVEL)

# Sentry (or a compatible service) only when SENTRY_DSN is set; never any personal data.
SENTRY_DSN = env_str("SENTRY_DSN")
init_error_reporting(
    dsn=SENTRY_DSN,
    environment=env_str("SENTRY_ENVIRONMENT", "production"),
    release=env_str("SENTRY_RELEASE"),
)

# --- Security headers ----------------------------------------------------------------------

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# core.security.PermissionsPolicyMiddleware; geolocation stays open to the site ("near me").
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": ["self"],
    "payment": [],
    "usb": [],
}

# --- Content-Security-Policy (django-csp, core.csp) -----------------------------------------

# Lessons embed videos through Wagtail embeds (courses.blocks.VideoBlock): their players.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
    "https://geo.dailymotion.com",
]
# templates/500.html carries its own style (it must render when nothing else works, without a
# request, so without a nonce): allowed by its hash, which tests/core/test_csp.py checks.
ERROR_PAGE_STYLE_HASH = "'sha256-kcZmXEFD6JeuMjXMtGN321p2S4I+/mwuAOwiI+BZz80='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE, ERROR_PAGE_STYLE_HASH],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS, *MAP_TILES_ORIGINS],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin (and its previews) still writes inline scripts and styles: a policy of its
# own under /cms/ only (core.csp.SiteCSPMiddleware), still closed to other origins' scripts.
CSP_CMS_PATH_PREFIX = "/cms/"
CONTENT_SECURITY_POLICY_CMS = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS, "https:"],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
