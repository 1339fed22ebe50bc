# Two commands do everything on a fresh Debian/Ubuntu machine:
#   make run    set up and start the app on the bundled demo catalogue
#   make test   set up (with test dependencies) and run the whole suite headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test bench system-deps clean translations demo bytecode

system-deps:
	@sh scripts/system-deps.sh

$(BIN)/python: | system-deps
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[xlsx]'  # kiosk staff import Excel lists
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

run: system-deps $(VENV)/.installed translations demo bytecode
	$(BIN)/zhumeng $(ARGS)

test: system-deps $(VENV)/.installed-test translations demo bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: system-deps $(VENV)/.installed-test translations demo bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench $(BENCH_ARGS)

# Compile the Qt Linguist sources (resources/translations/*.ts) to .qm; --update re-scans desktop/ first.
translations: $(VENV)/.installed
	$(BIN)/python -m desktop.translations_build --if-stale

# Prebuild the demo catalogue a first start copies (db/demo_catalogue.py); redone only when its sources change.
demo: $(VENV)/.installed
	$(BIN)/python -m db.demo_catalogue

# Compile the app's modules, as installing a wheel does: a start then reads bytecode instead of compiling
# ~6,000 lines (~33 ms of a cold start), also where PYTHONDONTWRITEBYTECODE is set. Up-to-date files are skipped.
bytecode: $(VENV)/.installed
	$(BIN)/python -m compileall -q db desktop

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis resources/demo/prebuilt-catalogue.sqlite
