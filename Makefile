# Entry points for people and CI. `make demo` and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The server release is written once, in cluster/go.mod; this reads it.
AIS_VERSION := $(shell awk '$$1=="require" && $$2=="github.com/NVIDIA/aistore" {print $$3}' cluster/go.mod)
AIS_BIN_DIR ?= $(HOME)/.cache/aistore-py/server-$(AIS_VERSION)
export AIS_BIN_DIR
LINT_DIRS := aistore tests codegen demo $(wildcard bench) $(wildcard tools)

.PHONY: venv server generate check-generated lint typecheck unit test faults demo bench clean \
	mutation mutation-changed

$(VENV)/.installed: pyproject.toml requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/dev.txt -e .
	touch $@

venv: $(VENV)/.installed

server:
	bash cluster/build.sh "$(AIS_BIN_DIR)"

generate: venv
	$(PY) codegen/generate.py

check-generated: venv
	$(PY) codegen/generate.py --check

lint: venv
	$(VENV)/bin/ruff check $(LINT_DIRS)
	$(VENV)/bin/ruff format --check $(LINT_DIRS)

typecheck: venv
	$(VENV)/bin/mypy

unit: venv
	$(PY) -m pytest tests/unit -q

test: venv server check-generated lint typecheck
	@rc=0; $(PY) -m pytest -q -p no:cacheprovider || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "FAILED: pytest collected no tests" >&2; fi; exit $$rc

# Long fault scenarios (tests/faults: membership changes under load, node killed mid-PUT, 60 s
# soak), each on its own throwaway cluster; collected only with AIS_FAULTS=1. CI runs it too.
faults: venv server
	AIS_FAULTS=1 $(PY) -m pytest -q -p no:cacheprovider tests/faults

# Mutation testing of the decision modules (tools/mutation.py; mutmut 3, modules and tests in
# pyproject.toml [tool.mutmut]): every module, report in mutation/report.md. A full run takes
# tens of minutes on 2 cores; CI runs `mutation-changed`: only the modules whose source differs
# from the one the report was made from.
mutation: venv
	$(PY) tools/mutation.py

mutation-changed: venv
	$(PY) tools/mutation.py --changed

demo: venv server
	$(PY) demo/run.py

bench: venv server
	$(PY) -m bench

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache mutants
