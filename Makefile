# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test chaos lint serve bench clean catalogues

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 12), "Python 3.12+ is needed, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m core.catalogues
	touch $(STAMP)

# The interface translations (locale/*/LC_MESSAGES/django.po) compiled to the .mo files Django reads;
# `make test` and `make run` run it too, so an edited .po applies.
catalogues: $(STAMP)
	$(BIN)/python -m core.catalogues

# The demo (and its admin / changeme login) goes only into a local development database: demo/guard.py
# refuses any other DATABASE_URL or DJANGO_SETTINGS_MODULE before anything is migrated (ALLOW_DEMO_ON).
run: $(STAMP) catalogues
	$(BIN)/python -m demo.guard
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py recompute_related --if-empty -v 0
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/  (login: admin / changeme)"
	@echo ""
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP) lint catalogues
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n 2 --dist loadfile -m "not chaos" $(PYTEST_ARGS)

# Fault tests: a Redis and a PostgreSQL of their own, stopped and started under a live site (tests/faults).
chaos: $(STAMP)
	$(BIN)/pytest -n 2 --dist loadfile -m chaos tests/faults $(PYTEST_ARGS)

# Production settings on this machine: gunicorn for the site plus the supervised background worker
# (email, search index, scheduled publishing, view counts). deploy/systemd/ runs the same two for real.
serve: $(STAMP) catalogues
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/python manage.py collectstatic --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/python manage.py run_worker & \
	worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/gunicorn -c deploy/gunicorn.conf.py config.wsgi -b 127.0.0.1:$(PORT)

bench: $(STAMP)
	BENCH=$(BENCH) $(BIN)/python -m benchmarks.run

# Never data: the database, media and backups stay (see "Backups and restore" in README.md).
clean:
	rm -rf $(VENV) static_collected var/cache .pytest_cache .ruff_cache
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
