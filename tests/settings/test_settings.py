"""Deployment choices come from the environment: checked in fresh interpreters."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zx9-Q7wL_e3Rt5Yu8Io1Pa2Sd4Fg6Hj0Kl"


def _run(code: str, settings: str, **env) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "SECRET_KEY",
            "EMAIL_HOST",
            "AWS_STORAGE_BUCKET_NAME",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


DUMP = (
    "import json, django; from django.conf import settings as s; django.setup(); print(json.dumps({"
    "'db': s.DATABASES['default']['ENGINE'],"
    "'db_options': s.DATABASES['default'].get('OPTIONS', {}),"
    "'cache': s.CACHES['default']['BACKEND'], 'sessions': s.SESSION_ENGINE,"
    "'tasks': s.TASKS['default']['BACKEND'], 'email': s.EMAIL_BACKEND,"
    "'media': s.STORAGES['default']['BACKEND']}))"
)


def test_embedded_default_needs_no_variable(tmp_path):
    result = _run(DUMP, "accelerateur.settings.dev", DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert config["db"] == "django.db.backends.sqlite3"
    assert config["db_options"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["db_options"]["init_command"]
    assert config["cache"].endswith("FileBasedCache")
    assert config["tasks"] == "django_tasks_db.DatabaseBackend"
    assert config["email"].endswith("console.EmailBackend")
    assert config["media"].endswith("FileSystemStorage")


def test_scale_is_switched_on_by_variables():
    result = _run(
        DUMP,
        "accelerateur.settings.dev",
        DATABASE_URL="postgres://app:secret@db.internal:5432/accelerateur",
        REDIS_URL="redis://cache.internal:6379/0",
        EMAIL_HOST="smtp.example",
        AWS_STORAGE_BUCKET_NAME="medias",
    )
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert config["db"] == "django.db.backends.postgresql"
    assert config["cache"].endswith("RedisCache")
    assert config["sessions"].endswith("backends.cache")
    assert config["tasks"] == "django_tasks_rq.RQBackend"
    assert config["email"].endswith("smtp.EmailBackend")
    assert config["media"] == "storages.backends.s3.S3Storage"


@pytest.mark.parametrize(
    "key", [None, "", "short", "dev-only-insecure-key-change-me-in-production-0123456789"]
)
def test_production_refuses_to_start_without_a_real_secret_key(key):
    env = {} if key is None else {"SECRET_KEY": key}
    result = _run("import django; django.setup()", "accelerateur.settings.production", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_deploy_check_prints_no_warning():
    code = (
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    result = _run(code, "accelerateur.settings.production", SECRET_KEY=GOOD_KEY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_sqlite_connection_runs_in_wal_with_immediate_transactions(tmp_path):
    code = (
        "import django; django.setup(); from django.db import connection, transaction;"
        "cur = connection.cursor(); print(cur.execute('PRAGMA journal_mode').fetchone()[0]);"
        "print(cur.execute('PRAGMA busy_timeout').fetchone()[0]);"
        "print(connection.transaction_mode)"
    )
    result = _run(code, "accelerateur.settings.dev", DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "20000", "IMMEDIATE"]


@pytest.mark.parametrize(
    ("settings", "env"),
    [
        ("accelerateur.settings.dev", {}),
        ("accelerateur.settings.production", {"SECRET_KEY": GOOD_KEY}),
    ],
)
def test_sqlite_connection_outlives_the_request(tmp_path, settings, env):
    """Opening the file and running the pragmas cost as much as rendering a page: the end of
    a request (``request_finished``, as every WSGI server sends it) keeps the connection."""
    code = (
        "import django; django.setup(); from django.core import signals;"
        "from django.db import connection; connection.ensure_connection();"
        "first = connection.connection;"
        "signals.request_started.send(sender=None); signals.request_finished.send(sender=None);"
        "print(connection.connection is first)"
    )
    result = _run(code, settings, DATA_DIR=str(tmp_path), **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"]
