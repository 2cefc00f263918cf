# One command per job. A new user needs two: `make generate` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check generated-style validate lint test test-generator test-contract typecheck package docs release clean

# Creates .venv and installs the generator, the runtime and the generated package when missing.
$(STAMP): pyproject.toml runtime/pyproject.toml $(wildcard generated/pyproject.toml)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]" -e ./runtime -e "./generated[mock]"
	touch $(STAMP)

generate: $(STAMP)  ## write generated/ from specs/ and templates/
	$(PY) -m generator generate

check: $(STAMP)  ## fail when generated/ drifts from specs/ and templates/
	$(PY) -m generator check

# generated/ as the generator leaves it: black is the reference of its style (ruff formats
# it), and it imports only what it uses (ruff drops the rest, and no name is bound twice).
generated-style: $(STAMP)  ## fail when black would change a generated module, or one has an unused import
	$(PY) -m black --check --quiet --config pyproject.toml generated
	$(PY) -m ruff check --isolated --quiet --select F401,F403,F811 generated

validate: $(STAMP)  ## only validate specs/
	$(PY) -m generator validate

test-generator: $(STAMP)
	$(PY) -m pytest tests

test-contract: $(STAMP)
	$(PY) -m pytest generated/tests -p no:cacheprovider

# What is written by hand: linted, and formatted as ruff formats it.
HAND_WRITTEN := generator runtime sdk tests bench docs

lint: $(STAMP)  ## ruff check and ruff format --check on everything written by hand
	$(PY) -m ruff check $(HAND_WRITTEN)
	$(PY) -m ruff format --check $(HAND_WRITTEN)

# tests/ too; tests/typing/mistakes/ are the scripts that must fail (tests/typing checks how).
typecheck: $(STAMP)
	$(PY) -m mypy --strict generator runtime/src sdk/src generated/src tests --exclude '^tests/typing/mistakes/'

package: $(STAMP)  ## build wheels and sdists of coinspec and coinspec-runtime, and twine-check them
	rm -rf dist
	$(PY) -m build --outdir dist generated
	$(PY) -m build --outdir dist runtime
	$(PY) -m twine check --strict dist/*

# The documentation site: docs/ (hand-written) and generated/docs/ (the API reference).
DOCS_STAMP := $(VENV)/.docs-installed
$(DOCS_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e ".[docs]"
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)  ## build the documentation site into site/; any warning fails (--strict)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet --site-dir site

# Publishing: refuses when generated/ drifts or the version is already on the index, then
# builds, twine-checks and uploads both distributions (TWINE_REPOSITORY_URL, default PyPI;
# RELEASE_INDEX_URL, default PyPI's simple index; TWINE_USERNAME/TWINE_PASSWORD).
release: $(STAMP)  ## publish coinspec and coinspec-runtime (see generator/release.py)
	$(PY) -m generator.release

test: $(STAMP) check generated-style lint typecheck package docs test-generator test-contract  ## everything CI runs

# Not part of `make test`: measures coinspec against references and writes BENCHMARKS.md.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e ".[bench]"
	touch $(BENCH_STAMP)

.PHONY: bench
bench: $(BENCH_STAMP)  ## compare against references (openapi-python-client, raw httpx, bare python-bitcointx); writes BENCHMARKS.md
	$(PY) -m bench

clean:
	rm -rf $(VENV) dist site .pytest_cache .mypy_cache
