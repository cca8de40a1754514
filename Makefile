# Two commands: `make run` (the site on its embedded default) and `make test` (the suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
NODE_STAMP := node_modules/.installed
PORT ?= 8000
# Test processes (pytest-xdist): one per CPU; PYTEST_WORKERS=0 runs the suite in this process.
PYTEST_WORKERS ?= auto
MO := locale/en/LC_MESSAGES/django.mo locale/fr/LC_MESSAGES/django.mo

.PHONY: run test setup lint format check messages bench clean lock

LOCK := requirements/main.lock
TEST_LOCK := requirements/test.lock

# Installs are reproducible: every package, pinned with its hashes, from the lock files that
# `make lock` writes from pyproject.toml's ranges. System packages are checked first.
$(STAMP): $(LOCK) $(NODE_STAMP)
	PYTHON=$(PYTHON) scripts/system-packages.sh run
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	touch $@

# The npm packages (package-lock.json, pinned with their integrity hashes): the official list
# of French communes (manage.py load_communes) and Leaflet, the map of the storefront wizard.
$(NODE_STAMP): package.json package-lock.json
	PYTHON=$(PYTHON) scripts/system-packages.sh run
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(TEST_STAMP): $(TEST_LOCK) $(STAMP)
	PYTHON=$(PYTHON) scripts/system-packages.sh test
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(TEST_LOCK)
	touch $@

## Re-resolve the lock files from pyproject.toml (after changing a dependency's range), from
## PyPI alone so that every file's hash is recorded. Needs network access.
lock:
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install --quiet "pip-tools>=7.5,<8"
	for extra in main test; do \
	  env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $(VENV)-lock/bin/pip-compile --quiet \
	    --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links \
	    $$( [ $$extra = test ] && echo --extra test ) --output-file requirements/$$extra.lock \
	    pyproject.toml; \
	done
	rm -rf $(VENV)-lock

# The compiled catalogues (git keeps only the .po files), made again when a .po changes.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(STAMP)
	$(PY) manage.py compilemessages -l $* --ignore=$(VENV) -v0

setup: $(STAMP) $(MO)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_communes
	$(PY) manage.py load_demo

## Install, migrate, compile translations, load the demo, then serve with a task worker.
run: setup
	@echo "Site : http://127.0.0.1:$(PORT)/   (Ctrl-C arrête le site et le worker)"
	@$(PY) manage.py db_worker --queue-name default & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## Install the test extras and run the whole suite (SQLite, or PostgreSQL if DATABASE_URL is set),
## on one process per CPU, each with its own test database (and Redis database: accelerateur/settings/test.py).
test: $(TEST_STAMP) $(MO)
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(TEST_STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(STAMP)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

## Gather the messages to translate. French is the source language, so its catalogue holds
## each message as written (msgen): Django then applies French plural rules (0 and 1 take the
## singular) instead of falling back to English ones. English is translated by hand.
messages: $(STAMP)
	$(PY) manage.py makemessages -l fr -l en --ignore=$(VENV) --ignore=test-artifacts
	msgattrib --clear-fuzzy --empty --force-po -o locale/fr/LC_MESSAGES/django.po locale/fr/LC_MESSAGES/django.po
	msgen --force-po -o locale/fr/LC_MESSAGES/django.po locale/fr/LC_MESSAGES/django.po

bench: setup
	$(PY) bench/http_load.py

clean:
	rm -rf $(VENV) node_modules var staticfiles .pytest_cache test-artifacts
