# GridPlan: `make run` and `make test` set up everything they need on a fresh Debian machine.
SHELL := /bin/bash
APT_PACKAGES := libopenblas-dev liblapacke-dev pkg-config
PYTHON ?= python3
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NETWORK ?= Networks/inner-mongolia

.PHONY: all deps deps-apt deps-python build release run test bench study-bench clean

all: build

## deps: install what is missing (apt: OpenBLAS, LAPACKE, pkg-config; PyPI: highspy and pypsa for the reference
## tests).
deps: deps-apt deps-python

deps-apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-python:
	@$(PYTHON) -c "import highspy" 2>/dev/null || $(PYTHON) -m pip install -q highspy 2>&1 | grep -v "Running pip as the 'root'" || true
	@$(PYTHON) -c "import pypsa" 2>/dev/null || $(PYTHON) -m pip install -q pypsa==1.4.0 2>&1 | grep -v "Running pip as the 'root'" || true

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

## test: set up, build, and pass the tests.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: the LP benchmark against HiGHS (not part of `make test`; takes several minutes).
bench: deps
	bash Benchmarks/run-lp-benchmark.sh

clean:
	rm -rf .build
