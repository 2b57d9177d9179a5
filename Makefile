# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DEMO_SPEC ?= tournaments/axelrod_1980_first.toml

.PHONY: demo test bench clean

$(INSTALLED): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(INSTALLED)

demo: $(INSTALLED)
	$(VENV)/bin/axelrod-nl run $(DEMO_SPEC)

test: $(INSTALLED)
	$(PY) -m pytest

bench: $(INSTALLED)
	$(PY) -m pytest benchmarks --benchmark-only --benchmark-columns=min,median,max,rounds

# Every compile cache: the library's own folder (see src/axelrod_nl/engine/cache.py) and any
# __pycache__ left in the tree, numba's included.
CACHE_ROOT := $(or $(AXELROD_NL_CACHE_DIR),$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/axelrod-nl)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .benchmarks .hypothesis "$(CACHE_ROOT)"
	find src tests strategies benchmarks -name __pycache__ -type d -prune -exec rm -rf {} +
