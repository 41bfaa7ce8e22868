"""Imports point one way: handlers → bot core ← workers; entry points alone wire them."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINTS = {"bot/cli.py", "bot/console.py"}
SPACY_ALLOWED = {"workers/nlp.py"}
RAPIDFUZZ_ALLOWED = {"workers/matching.py", "bot/lookup.py"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), imports(path)


def test_bot_core_imports_neither_handlers_nor_workers():
    for name, found in modules("bot"):
        if name in ENTRY_POINTS:
            continue
        assert not found & {"handlers", "workers"}, f"{name} imports {found & {'handlers', 'workers'}}"


def test_handlers_and_workers_never_import_each_other():
    for name, found in modules("handlers"):
        assert "workers" not in found, name
        assert not found & {"spacy", "rapidfuzz", "trafilatura"}, f"{name}: heavy import in a handler"
    for name, found in modules("workers"):
        assert "handlers" not in found, name


def test_spacy_and_rapidfuzz_stay_in_their_modules():
    for package in ("bot", "handlers", "workers"):
        for name, found in modules(package):
            if "spacy" in found:
                assert name in SPACY_ALLOWED, f"{name} imports spacy"
            if "rapidfuzz" in found:
                assert name in RAPIDFUZZ_ALLOWED, f"{name} imports rapidfuzz"


def test_the_bot_process_never_loads_spacy():
    """Jobs are named by string: enqueueing does not import the pipeline."""
    import subprocess
    import sys

    code = ("import sys, bot.app, bot.queue, bot.server, handlers; "
            "print('spacy' in sys.modules, 'workers.pipeline' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]
