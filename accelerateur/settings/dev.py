"""The embedded default: one machine, no set-up, debug pages and console email."""

from .base import *  # noqa: F403
from .base import DATA_DIR, SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
# A development key only; production refuses to start without a real one.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me-in-production-0123456789"  # noqa: S105
DATA_DIR.mkdir(parents=True, exist_ok=True)
