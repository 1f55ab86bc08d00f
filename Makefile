# Nezabudka task runner. `make run` and `make test` are the two set-up commands: each installs
# everything it needs (a virtual environment from uv.lock) on a fresh machine.
SHELL := /bin/bash
PYTHON := $(shell scripts/find-python)
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DB ?= sqlite:///nezabudka.sqlite3
export UV_PYTHON_DOWNLOADS := never

.PHONY: install run test test-sqlite test-postgres lint format typecheck check demo benchmarks clean help

help:  ## list the tasks
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

$(UV):
	@test -n "$(PYTHON)" || (echo "Python 3.12+ is needed (see scripts/find-python)"; exit 1)
	$(PYTHON) -m venv .tools && .tools/bin/pip install -q uv==0.13.8

$(BIN)/nezabudka: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

install: $(BIN)/nezabudka  ## create .venv from the lock file

run: install  ## serve the web app on SQLite with demo data at http://127.0.0.1:$(PORT)/
	$(BIN)/nezabudka --db $(DB) init
	$(BIN)/nezabudka --db $(DB) demo
	$(BIN)/nezabudka --db $(DB) serve --port $(PORT)

test: install lint typecheck test-sqlite test-postgres  ## all checks and tests, on SQLite and PostgreSQL

test-sqlite: install  ## the test suite on SQLite
	NEZABUDKA_DATABASE_URL=sqlite:///var/test.sqlite3 $(BIN)/pytest -q

test-postgres: install  ## the test suite on PostgreSQL (started on loopback if needed)
	NEZABUDKA_DATABASE_URL=$$(scripts/pg-test-server | sed 's|/postgres$$|/nezabudka|') $(BIN)/pytest -q

lint: install  ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install  ## apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install  ## mypy on the framework-free core packages
	$(BIN)/mypy

demo: install  ## load demo data into $(DB)
	$(BIN)/nezabudka --db $(DB) demo

benchmarks: install  ## run every benchmark (long; figures go to docs/benchmarks.md by hand)
	$(BIN)/python benchmarks/import_bench.py
	$(BIN)/python benchmarks/person_queries.py
	$(BIN)/python benchmarks/names_quality.py
	$(BIN)/python benchmarks/names_speed.py
	$(BIN)/python benchmarks/web_load.py --db sqlite --db postgres
	$(BIN)/python benchmarks/protection_cost.py
	$(BIN)/python benchmarks/extraction_speed.py
	$(BIN)/python -m nezabudka.extraction.evaluate

clean:  ## remove the virtual environments and local databases
	rm -rf .venv .tools var nezabudka.sqlite3*
