# All set-up happens here: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean sample browser fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install only when the project's metadata changes, so repeat runs are quick.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/foi demo

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Debian's Chromium, for the tests that load the report and Datasette pages and for
# `foi crawl --browser`, which runs it headed under Xvfb (xvfb, xauth) on machines with no display.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@(command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1) && \
	  command -v Xvfb >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium xvfb xauth)

bench: $(STAMP)
	$(BIN)/python -m bench

# 100,000 hypothesis cases through the bounded parse worker (not part of `make test`, which
# runs a 2,000-case smoke run); the summary goes to bench/fuzz.json as it runs.
FUZZ_CASES ?= 100000
FUZZ_JOBS ?= 2
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.run --cases $(FUZZ_CASES) --jobs $(FUZZ_JOBS) --out bench/fuzz.json

sample: $(STAMP)
	$(BIN)/python data/generate.py

clean:
	rm -rf $(VENV) .pytest_cache
