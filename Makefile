# Hirehound pipelines: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(firstword $(wildcard /root/.pyenv/versions/3.12*/bin/python3.12) $(shell command -v python3.12 2>/dev/null))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint fmt bench synth clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "python3.12 not found (set PYTHON=...)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[local,infra,dev]'
	@touch $(STAMP)

setup: $(STAMP)

## Set up, ingest the bundled sample pages through the ingestion state machine, print what was stored.
demo: $(STAMP)
	$(BIN)/hirehound demo

## The whole test suite (what .ci/run calls).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m benchmarks.ingest

clean:
	rm -rf $(VENV) .hirehound cdk.out
