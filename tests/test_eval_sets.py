"""Every labelled set holds its scores as floors, so extraction quality only rises.

articles.jsonl has its own finer floors (tests/test_eval.py); this covers the further sets,
including the blind one (written without sight of the code and never tuned on: its floor
records where the pipeline stands on unseen text, it is not a target to tune towards).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "eval"
FLOORS = json.loads((EVAL_DIR / "floors_sets.json").read_text(encoding="utf-8"))


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("evaluate", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_labelled_set_stays_at_or_above_its_floors(name):
    ev = _evaluate_module()
    articles = ev.load_articles(EVAL_DIR / f"{name}.jsonl", "all")
    scores, _ = ev.evaluate(copy.deepcopy(articles))
    failures = ev.below_floors(scores, FLOORS[name])
    assert not failures, "\n".join(failures) + "\n\n" + ev.format_table(scores)
