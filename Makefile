# Veille — developer entry points. Only Python 3.11+ is needed; everything else is installed
# into .venv by these targets (and, where the machine allows it, the Pango library that the
# PDF edition needs: scripts/system-libraries.sh).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench-collect bench-deliver bench-cli screenshots clean install

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@bash scripts/system-libraries.sh
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/veille demo

# two processes (pytest-xdist): about 8 minutes instead of 12 on a two-core machine; a single
# test or file runs as before with `.venv/bin/python -m pytest tests/test_x.py`
test: lint
	$(BIN)/python -m pytest -q -n 2

# style (ruff), formatting (ruff format), types (mypy: strict on the core, relaxed for the
# entry points) and the import contracts of pyproject.toml (lint-imports)
lint: $(STAMP)
	$(BIN)/ruff check veille tests bench scripts
	$(BIN)/ruff format --check veille tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench-collect: $(STAMP)
	$(BIN)/python bench/collect.py

bench-deliver: $(STAMP)
	$(BIN)/python bench/deliver.py

bench-cli: $(STAMP)
	$(BIN)/python bench/cli_startup.py

# the web app's pictures in docs/ (demo data, Debian's chromium)
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) demo-output preview archive .pytest_cache .ruff_cache
