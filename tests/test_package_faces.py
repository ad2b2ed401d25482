"""Every package face declares what it exports (``__all__``, pinned here); the CLI, the demo and the web app go
through the door: they import nothing of the package but :mod:`multipolar.api`, the errors, the domain's constants
and formatting (or rendering) modules; and nothing below the door imports the door or one of them."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "multipolar"

#: the public names of each package face
FACES: dict[str, list[str]] = {
    "multipolar": [
        "DataError", "ExtractionError", "FetchError", "IngestReport", "InputError", "MultipolarError", "Store",
        "StoreError", "UsageError", "__version__", "brief", "check", "datasets", "evaluate", "explain", "extract",
        "hedging", "influence", "ingest", "load", "query", "read", "status", "validate", "verify"],
    "multipolar.api": [
        "ActorRow", "BatchFailed", "BriefReport", "CheckReport", "ClaimRow", "DEFAULT_METHOD", "DatasetFile",
        "DatasetInfo", "DatasetYears", "DbLike", "Divergence", "DocumentCited", "DocumentScores", "DomainScore",
        "Driver", "EventCited", "EventRow", "Evaluation", "EvidenceRow", "Explanation", "ExtractCrash", "Extracted",
        "Fetched", "Figures", "FileLoad", "GROUP_POWERS",
        "Hedging", "HedgingReport", "IndicatorValue", "InfluenceReport", "IngestReport", "LoadReport",
        "LoadableDataset", "Need", "ObservationRow", "Problem", "ReadFailure", "Reader", "Readiness", "Recognised",
        "Score", "SourceBlock", "SourceRows", "StanceCited", "StanceRow", "Status", "Store",
        "Validation", "Verdict", "VerifyReport", "actors_with_data", "brief", "check", "data_years", "datasets",
        "evaluate", "evidence", "explain", "extract", "extract_documents", "extract_read", "fetch", "hedging",
        "influence", "ingest", "ingest_documents", "load", "load_starter", "loadable", "query", "read", "read_text",
        "recognise", "state_code", "state_names", "status", "store_exists", "store_path", "use_reader", "validate",
        "verify"],
    "multipolar.cli": ["EXIT_CODES", "app", "main", "run"],
    "multipolar.check": ["CONTRADICTED", "INSUFFICIENT", "METHOD", "SUPPORTED", "Checker", "check", "check_claims",
                         "check_stored", "stored_checks"],
    "multipolar.datasets": ["LOADERS", "FileReport", "LoadReport", "dataset_names", "datasets", "load",
                            "load_starter"],
    "multipolar.domain": [
        "ACTOR_CODE", "ACTOR_GROUPS", "ALL_DOMAINS", "CHANGE_THRESHOLD", "DEFAULT_GROUPS", "DEFAULT_POWERS", "DOMAINS",
        "EU_FORMER_MEMBERS", "EU_MEMBERS", "GROUP_POWERS", "MIN_COVERAGE", "REGIONS", "Region", "STATE_CODE",
        "YEAR_RANGE",
        "is_state_code", "is_state_or_group", "parse_codes", "parse_years", "region"],
    "multipolar.engines": ["ENGINES", "DuckDBEngine", "Engine", "Session", "engine", "resolve", "session"],
    "multipolar.extract": [],
    "multipolar.measure": [],
    "multipolar.present": ["brief"],
    "multipolar.resolve": [],
    "multipolar.sources": [],
    "multipolar.store": ["Store", "default_db_path"],
    "multipolar.web": ["create_app"],
}


def test_every_package_has_a_pinned_face() -> None:
    packages = {"multipolar"} | {f"multipolar.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    assert packages == set(FACES)


@pytest.mark.parametrize("name", sorted(FACES))
def test_package_face_declares_exactly_its_exports(name: str) -> None:
    module = importlib.import_module(name)
    declared = getattr(module, "__all__", None)
    assert declared is not None, f"{name} has no __all__"
    assert sorted(declared) == sorted(FACES[name])
    assert len(set(declared)) == len(declared)
    missing = [n for n in declared if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names what it does not have: {missing}"


#: what the CLI and the demo may import from the package: the door, the errors, the domain's constants,
#: formatting (tables, CSV, sentences), their own modules, and the two programs they start
ALLOWED = ("multipolar.__version__", "multipolar.api", "multipolar.errors", "multipolar.domain",
           "multipolar.present.csvout", "multipolar.present.findings", "multipolar.cli", "multipolar.dashboard",
           "multipolar.demo")
#: what the web app may import: the door, the errors, the domain, itself and the rendering (templates, charts,
#: highlighting, tables: multipolar.present reads nothing on its own)
WEB_ALLOWED = ("multipolar.api", "multipolar.errors", "multipolar.domain", "multipolar.web", "multipolar.present")
#: the door and what stands on it; everything else of the package is below the door
ABOVE = ("api", "cli", "web", "demo", "dashboard", "__main__", "__init__")


def _imports(path: Path) -> list[tuple[int, str]]:
    """The multipolar modules a file imports (``from .. import api`` counts as multipolar.api)."""
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "multipolar"]
        elif isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            if target.split(".")[0] != "multipolar":
                continue
            if node.module is None:  # from .. import api, __version__
                out += [(node.lineno, f"{target}.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, target))
    return out


def _outside(path: Path, allowed: tuple[str, ...]) -> list[str]:
    return [f"{path.relative_to(PACKAGE)}:{line} imports {mod}" for line, mod in _imports(path)
            if not any(mod == a or mod.startswith(a + ".") for a in allowed)]


@pytest.mark.parametrize("path", sorted([*PACKAGE.glob("cli/*.py"), PACKAGE / "demo.py", PACKAGE / "dashboard.py"]),
                         ids=lambda p: p.name)
def test_the_cli_and_the_demo_go_through_the_door(path: Path) -> None:
    bad = _outside(path, ALLOWED)
    if path.name == "dashboard.py":  # it serves the web app
        bad = [b for b in bad if not b.endswith("imports multipolar.web")]
    assert not bad


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("web/**/*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_web_app_goes_through_the_door(path: Path) -> None:
    assert not _outside(path, WEB_ALLOWED)


def test_nothing_below_the_door_imports_the_door_or_a_consumer() -> None:
    """No arrow from a lower layer up to the door, the CLI, the web app, the demo or the dashboard."""
    up = tuple(f"multipolar.{m}" for m in ABOVE if m != "__init__")
    below = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0].removesuffix(".py") not in ABOVE]
    bad = [f"{p.relative_to(PACKAGE)}:{line} imports {mod}" for p in below for line, mod in _imports(p)
           if any(mod == u or mod.startswith(u + ".") for u in up)]
    assert below and not bad


def test_the_demo_does_not_import_the_cli() -> None:
    assert not [m for _, m in _imports(PACKAGE / "demo.py") if m.startswith("multipolar.cli")]


def test_the_import_reader_resolves_relative_imports() -> None:
    mods = {m for _, m in _imports(PACKAGE / "cli" / "measure_commands.py")}
    assert {"multipolar.api", "multipolar.cli.selectors", "multipolar.present.csvout"} <= mods
