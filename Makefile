# The two commands of the README. Both are idempotent and say what they do.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8501
# This machine only. `make run ADDRESS=0.0.0.0` shares it: set SCRUTINEER_AUTH and put TLS in front first.
ADDRESS ?= 127.0.0.1

.PHONY: run test install index bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found (set PYTHON=python3 if that is 3.11)"; exit 2; }
	@echo "==> creating $(VENV) and installing (torch 2.13.0 CPU, then Scrutineer)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

index: $(STAMP)
	@echo "==> indexing corpus/ (unchanged files are skipped)"
	@HF_HUB_OFFLINE=1 $(BIN)/scrutineer ingest --prune corpus/ || \
		echo "==> some files could not be indexed (listed above); the rest is served"

run: index
	@echo "==> serving the chat app on http://localhost:$(PORT) (listening on $(ADDRESS) only)"
	HF_HUB_OFFLINE=1 $(BIN)/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(STAMP)
	@echo "==> checking the layers (import-linter: each layer imports only the layers below it)"
	$(BIN)/lint-imports --no-cache
	@echo "==> running the test suite: fast tests on both cores (pytest-xdist), then the slow and browser tests"
	@echo "    in one process, so their shared model and sample index are built once"
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -n 2 -m "not slow and not browser"
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -m "slow or browser"

# Speed and scale figures (README "Speed and scale"); quicker: make bench BENCH="--sizes 1,10"
bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m evals.bench $(BENCH)

clean:
	rm -rf .scrutineer
