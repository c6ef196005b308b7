# `make run` and `make test` set everything up in .venv on first use (Python 3.11+ needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The exact versions (with hashes) the tests, CI and the bundle use; `make lock` refreshes it from pyproject.toml.
LOCK := requirements/lock.txt
UV_VERSION := 0.13.9

.PHONY: run test lint demo screenshots translations bundle smoke-bundle lock clean

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# One lock for Linux, Windows and macOS (uv's --universal resolution), for the app, its tests and the bundle.
# After changing the dependencies in pyproject.toml: make lock, then make test, and commit both files.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra build --universal --python-version 3.11 \
		--generate-hashes --custom-compile-command "make lock" --quiet -o $(LOCK)

run: $(STAMP)
	$(BIN)/python -m desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check desktop tests tools
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/mypy
	$(BIN)/ruff check desktop tests tools
	$(BIN)/ruff format --check desktop tests tools
	$(BIN)/vulture  # dead code in the app (pyproject's [tool.vulture]; tests/test_dead_code.py checks the tests' too)

demo: $(STAMP)
	$(BIN)/python -m desktop demo

screenshots: $(STAMP)
	$(BIN)/python -m desktop screenshots screenshots/zh_CN --lang zh_CN
	$(BIN)/python -m desktop screenshots screenshots/en --lang en

translations: $(STAMP)
	$(BIN)/pyside6-lupdate desktop/ui/*/*.py desktop/app.py -no-obsolete -ts assets/translations/training_assessment_zh_CN.ts
	$(BIN)/pyside6-lrelease assets/translations/training_assessment_zh_CN.ts
	$(BIN)/pyside6-lrelease assets/translations/qt_extra_zh_CN.ts  # Qt's strings its own zh_CN lacks

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec

# Runs the built bundle (never the source): --version, check-content, demo, screenshots, check-fonts, report, check-db.
smoke-bundle: $(STAMP)
	$(BIN)/python tools/smoke_bundle.py dist/TrainingAssessment

clean:
	rm -rf $(VENV) build dist
