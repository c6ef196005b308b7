# `make run` and `make test` set everything up in .venv on first use (Python 3.11+ needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo screenshots translations bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

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

demo: $(STAMP)
	$(BIN)/python -m desktop demo

screenshots: $(STAMP)
	$(BIN)/python -m desktop screenshots screenshots/zh_CN --lang zh_CN
	$(BIN)/python -m desktop screenshots screenshots/en --lang en

translations: $(STAMP)
	$(BIN)/pyside6-lupdate desktop/ui/*.py desktop/app.py -no-obsolete -ts assets/translations/training_assessment_zh_CN.ts
	$(BIN)/pyside6-lrelease assets/translations/training_assessment_zh_CN.ts
	$(BIN)/pyside6-lrelease assets/translations/qt_extra_zh_CN.ts  # Qt's strings its own zh_CN lacks

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) build dist
