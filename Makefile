# incidentbot — `make run` starts the bot (the local console without Slack tokens),
# `make test` runs the whole suite. Both install into .venv/ first when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/incidentbot run

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check bot handlers workers tests scripts bench

# the labelled set against its floors, then the further development sets and the blind set
# (written by people who never saw the extraction code; never tuned on)
eval: install
	$(BIN)/python scripts/evaluate.py --split all --min-file tests/eval/floors.json
	@for set in dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 blind holdout2 holdout3 holdout4 holdout5; do \
	  test -f tests/eval/$$set.jsonl || continue; echo; \
	  $(BIN)/python scripts/evaluate.py --set tests/eval/$$set.jsonl --split all || exit 1; done

bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
