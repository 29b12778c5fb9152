# Hirehound pipelines: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(firstword $(wildcard /root/.pyenv/versions/3.12*/bin/python3.12) $(shell command -v python3.12 2>/dev/null))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: setup demo test lint fmt bench accuracy cost spam-model synth clean lock audit fuzz localstack-up localstack-down localstack-test localstack-lock

# uv itself at the version uv.lock pins (the dev extra), bootstrapped with pip; then the environment is
# exactly the lock: `uv sync --locked` fails when uv.lock no longer matches pyproject.toml.
UV := $(BIN)/uv
UV_VERSION = $(shell sed -n '/^name = "uv"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' uv.lock)
EXTRAS := --extra local --extra infra --extra dev

$(UV): uv.lock
	@test -n "$(PYTHON)" || { echo "python3.12 not found (set PYTHON=...)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@test -x $(UV) && [ "$$($(UV) --version | cut -d' ' -f2)" = "$(UV_VERSION)" ] || \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps "uv==$(UV_VERSION)"
	@touch $(UV)

# --compile-bytecode: this environment sets PYTHONDONTWRITEBYTECODE=1, so without it every process compiled
# what it imported (importing the local runtime's stack: 4.0-5.3 s wall before, 0.8-1.3 s after).
$(STAMP): pyproject.toml uv.lock $(UV)
	$(UV) sync --locked --quiet --compile-bytecode --python $(BIN)/python $(EXTRAS)
	@touch $(STAMP)

## Re-resolve every dependency to the newest release the ranges in pyproject.toml allow (deliberate).
lock: $(UV) localstack-lock
	$(UV) lock --upgrade
	$(UV) sync --locked --compile-bytecode --python $(BIN)/python $(EXTRAS)

## Known vulnerabilities in the locked set: pip-audit asks PyPI (its advisories) about every exact pin of uv.lock.
audit: $(STAMP)
	@mkdir -p .hirehound
	$(UV) export --frozen --format requirements-txt --all-extras --no-emit-project --quiet \
	  --output-file .hirehound/audit-requirements.txt
	$(BIN)/pip-audit --strict --disable-pip --require-hashes -r .hirehound/audit-requirements.txt

# The CDK CLI (pinned in package-lock.json) for the real `cdk synth` test.
$(NPM_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NPM_STAMP)

# Debian's Chromium for the dashboard's headless-browser test (Playwright drives it; no browser download).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null

setup: $(STAMP)

## Set up, ingest the bundled sample pages through the ingestion state machine, print what was stored.
demo: $(STAMP)
	$(BIN)/hirehound demo

## The whole test suite (what .ci/run calls).
test: $(STAMP) $(NPM_STAMP) $(CHROMIUM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	HYPOTHESIS_PROFILE=ci $(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

## Coverage-guided fuzzing of the input boundary (atheris) for FUZZ_SECONDS; not part of `make test` or CI.
## New inputs go to .hirehound/fuzz/corpus, crashes to .hirehound/fuzz/crashes/ (keep them in
## tests/fuzz/regressions/); the last lines say how many inputs ran.
FUZZ_SECONDS ?= 600
FUZZ_SEEDS := tests/fuzz/seeds tests/fuzz/regressions tests/unit/fixtures/pages samples/bad_input samples/pages
fuzz: $(STAMP)
	$(UV) sync --locked --quiet --python $(BIN)/python $(EXTRAS) --extra fuzz
	@mkdir -p .hirehound/fuzz/corpus .hirehound/fuzz/crashes
	$(BIN)/python -m tests.fuzz.fuzz_boundary -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
	  -max_len=65536 -print_final_stats=1 -artifact_prefix=.hirehound/fuzz/crashes/ \
	  .hirehound/fuzz/corpus $(FUZZ_SEEDS)

bench: $(STAMP)
	$(BIN)/python -m benchmarks.ingest

## Field accuracy of extraction + normalization on the labelled page sets (samples/pages, samples/shapes, shapes2, shapes3, shapes4, shapes5, shapes6, places).
accuracy: $(STAMP)
	$(BIN)/python -m benchmarks.accuracy

## The monthly AWS bill at 20k/150k/1.5M pages a day, before and after per-page Express (docs/deploy.md).
cost: $(STAMP)
	$(BIN)/python -m hirehound_infra.cost

## Retrain the spam model (layers/hirehound/data/spam_model.json) from EMSCAD at EMSCAD= and the project's
## lines; prints the cross-validated figures. `python -m benchmarks.spam` prints them with speed and rules.
EMSCAD ?= ../shared/data/emscad_train.csv.gz
spam-model: $(STAMP)
	$(BIN)/python -m hirehound.ml.train_spam --emscad $(EMSCAD)

synth: $(STAMP) $(NPM_STAMP)
	npx cdk synth --context bundle=false

clean:
	-test -f $(LS_HOME)/env && $(BIN)/python -m hirehound_localstack.runner down
	rm -rf $(VENV) .hirehound cdk.out node_modules

# --- LocalStack (README "LocalStack"): the localstack stage deployed with cdklocal, then the e2e suite -----
LS_HOME := .hirehound/localstack
LS_VENV := $(LS_HOME)/venv
LS_STAMP := $(LS_VENV)/.installed
LS_REQUIREMENTS := infra/hirehound_localstack/requirements.txt
LAMBDA_VENV := $(LS_HOME)/lambda-python
LAMBDA_STAMP := $(LAMBDA_VENV)/.installed
PYTHON313 ?= $(firstword $(wildcard /root/.pyenv/versions/3.13*/bin/python3.13) $(shell command -v python3.13 2>/dev/null))
LS_ENV = set -a && . $(LS_HOME)/env && set +a
CDKLOCAL = $(CURDIR)/node_modules/.bin/cdklocal --no-notices

## Pin LocalStack's own environment (Python 3.13) from requirements.in (deliberate, like `make lock`).
localstack-lock: $(UV)
	$(UV) pip compile --quiet --upgrade --python-version 3.13 --generate-hashes \
	  --custom-compile-command "make localstack-lock" infra/hirehound_localstack/requirements.in -o $(LS_REQUIREMENTS)

# LocalStack in its own Python 3.13 venv, exactly the pinned set, plus this project (no dependencies) for
# the entry points of our Lambda executor and custom-resource provider (editable: the code is read from here).
$(LS_STAMP): $(LS_REQUIREMENTS) pyproject.toml $(UV)
	@test -n "$(PYTHON313)" || { echo "python3.13 not found (set PYTHON313=...)"; exit 1; }
	$(UV) venv --quiet --allow-existing --python $(PYTHON313) $(LS_VENV)
	VIRTUAL_ENV=$(LS_VENV) $(UV) pip sync --quiet --compile-bytecode --require-hashes $(LS_REQUIREMENTS)
	VIRTUAL_ENV=$(LS_VENV) $(UV) pip install --quiet --no-deps --editable .
	@touch $(LS_STAMP)

# The Lambda sandboxes' interpreter: Python 3.12 with AWS's runtime client only (uv.lock's lambda-runtime group).
$(LAMBDA_STAMP): uv.lock $(UV)
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(LAMBDA_VENV)
	$(UV) export --frozen --only-group lambda-runtime --no-emit-project --format requirements-txt --quiet \
	  --output-file $(LS_HOME)/lambda-runtime.txt
	VIRTUAL_ENV=$(LAMBDA_VENV) $(UV) pip sync --quiet --require-hashes $(LS_HOME)/lambda-runtime.txt
	@touch $(LAMBDA_STAMP)

## LocalStack on 127.0.0.1:4566 with the embedded Postgres (host mode; LOCALSTACK_DOCKER=1: the image).
localstack-up: $(STAMP) $(NPM_STAMP) $(LS_STAMP) $(LAMBDA_STAMP)
	$(BIN)/python -m hirehound_localstack.runner up

localstack-down: $(STAMP)
	$(BIN)/python -m hirehound_localstack.runner down

## Deploy the localstack stage through CloudFormation (cdklocal), then run the e2e suite against it.
localstack-test: localstack-up
	@# The environment is named, so bootstrap needs no app: run outside the project, it skips a synth.
	$(LS_ENV) && cd $(LS_HOME) && $(CDKLOCAL) bootstrap aws://000000000000/us-east-1
	$(LS_ENV) && $(CDKLOCAL) deploy --context stage=localstack --require-approval never \
	  --parameters "DatabaseUrl=$$HIREHOUND_STACK_DATABASE_URL" --outputs-file $(LS_HOME)/outputs.json
	$(LS_ENV) && $(BIN)/pytest -m localstack --timeout 1800 tests/localstack
