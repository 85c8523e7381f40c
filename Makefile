# ekinerja-desktop — the two commands: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench soak lint typecheck clean demo-data

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Butuh Python 3.11 ($(PYTHON))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m ekinerja_desktop --demo --with-local-server

test: $(STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The fault soak of SYNC.md "Proving it", longer than in `make test`: more seeds, 3,000
# operations each, partitions of 2–8 s, more kills (FAULT_SEEDS=… to choose).
soak: $(STAMP)
	FAULT_SEEDS=$${FAULT_SEEDS:-11,12,13,14,15,16,17,18,19,20} FAULT_OPS=3000 \
	FAULT_PARTITION=2,8 FAULT_KILLS=8 FAULT_BUDGET=900 \
	$(BIN)/python -m pytest -q -s --timeout=2000 tests/faults/test_soak.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
