# GridPlan: `make run` and `make test` set up everything they need on a fresh Debian machine.
SHELL := /bin/bash
APT_PACKAGES := libopenblas-dev liblapacke-dev libsuitesparse-dev pkg-config
PYTHON ?= python3
# The project-local Python environment of the reference tests and benchmarks (git-ignored). The tests find its
# interpreter through GRIDPLAN_PYTHON (see Tests/ReferencePython).
VENV := .venv
VENV_PYTHON := $(CURDIR)/$(VENV)/bin/python
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NETWORK ?= Networks/inner-mongolia

.PHONY: all deps deps-apt deps-python deps-bench build release run test test-fresh bench study-bench clean

all: build

## deps: install what is missing (apt: OpenBLAS, LAPACKE, SuiteSparse's CHOLMOD, pkg-config; PyPI: the pinned
## packages of Scripts/requirements.txt, highspy and pypsa for the reference tests, into .venv/).
deps: deps-apt deps-python

deps-apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-python: $(VENV)/.requirements-scripts

deps-bench: $(VENV)/.requirements-bench

# A requirements file is installed when the stamp beside the environment is older than it (or missing); the stamp
# is a copy of the file that was installed.
$(VENV)/bin/python:
	@echo "Creating the Python environment $(VENV)/ ($$($(PYTHON) --version 2>&1))"
	@$(PYTHON) -m venv $(VENV) || { echo "error: '$(PYTHON) -m venv' failed; on Debian's own Python install python3-venv" \
	  "(apt-get install python3-venv) or set PYTHON=/path/to/python3" >&2; rm -rf $(VENV); exit 1; }

$(VENV)/.requirements-scripts: Scripts/requirements.txt | $(VENV)/bin/python
	@echo "Installing Scripts/requirements.txt into $(VENV)/"
	@$(VENV)/bin/python -m pip install -q --disable-pip-version-check -r Scripts/requirements.txt
	@cp Scripts/requirements.txt $@

$(VENV)/.requirements-bench: Benchmarks/requirements.txt Scripts/requirements.txt | $(VENV)/bin/python
	@echo "Installing Benchmarks/requirements.txt into $(VENV)/"
	@$(VENV)/bin/python -m pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt
	@cp Benchmarks/requirements.txt $@

build: deps-apt
	$(SWIFT) build -c release --product gridplan

release: build

## run: set up, build, and run the default study.
run: build
	@mkdir -p Results
	.build/release/gridplan run $(NETWORK)

## study-bench: the default full-year study end to end (time and peak memory; not part of `make test`).
study-bench: deps-apt
	bash Benchmarks/run-study-benchmark.sh

## test: set up, build, and pass the tests (the reference tests run with .venv's Python and are required).
test: deps
	$(SWIFT) build --build-tests
	GRIDPLAN_PYTHON=$(VENV_PYTHON) $(SWIFT) test --skip-build

## test-fresh: clone the committed repository into a temporary folder and run `make test` there, with a fresh
## virtual environment and a fresh build, as CI and a new user do (catches a missing install step).
test-fresh:
	bash .ci/test-fresh

## bench: the LP benchmark against HiGHS (not part of `make test`; takes several minutes).
bench: deps-apt deps-bench
	GRIDPLAN_PYTHON=$(VENV_PYTHON) bash Benchmarks/run-lp-benchmark.sh

clean:
	rm -rf .build
