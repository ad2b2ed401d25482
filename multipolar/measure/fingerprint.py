"""Method fingerprints: a version name is a promise.

A stored score names its method (``scores.method``); the method's *fingerprint* says exactly what made the
numbers. ``fingerprint(method)`` is the first 16 hex digits of a sha256 over a canonical JSON of what the method
computes (definition format 2, see :data:`FORMAT`):

* every field of the :class:`~multipolar.measure.methods.Method` dataclass (found with
  ``dataclasses.fields``, so a new field counts without touching this module) except the descriptive
  ``about``: the weights, the sources' precedence, what missing data does;
* the units of the indicators the method names or uses (:mod:`multipolar.measure.indicators`: every field but
  the descriptive ones — their raw SQL and norm query included);
* the measurement SQL generated for it (``indicators_sql`` with fixed dummy norms and the whole scope, and
  ``norms_sql`` for the method);
* the input views' SQL (:mod:`multipolar.store.inputs`: ``STAGING_SQL``, ``DERIVED_SQL`` and the other public
  constants) and the code of ``group_rows`` (the groups' members, year by year);
* the Python that turns the SQL's rows into numbers: the bootstrap module (:mod:`multipolar.measure.uncertainty`),
  the change attribution (:mod:`multipolar.measure.index`) and ``compute_norms``.

A hedging method's fingerprint covers its fields and the whole :mod:`multipolar.measure.hedging` module.

Code is identified by its syntax tree with docstrings stripped (:func:`code_identity`): comments,
docstrings and formatting do not count; any change to what the code does does. Plumbing (which engine runs,
how a caller's arguments are parsed, where the views are published) is not part of a method.

``fingerprints.json`` beside this module records, under ``methods``, the fingerprint of every registered method
(``format``: the definition those fingerprints follow; ``format_1``: the same methods' fingerprints under the
first definition, which hashed the code of named functions wherever they lived). The test
``tests/test_method_fingerprints.py`` fails when a registered method no longer matches its record: the
method was changed after its name was published. Register the changed method under a new versioned name
instead (``influence.v2``), then record it::

    python -m multipolar.measure.fingerprint --record

which adds missing names and refuses to overwrite a recorded one. ``measure_runs.fingerprint`` stores the
fingerprint of the method of every run, so stored scores tell which method made them.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib.util
import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..code_identity import code_identity, digest

LENGTH = 16  # hex digits kept of the sha256
RECORD = Path(__file__).with_name("fingerprints.json")
#: the definition of the fingerprint (what it hashes); recorded in ``fingerprints.json``
FORMAT = 2

#: Fields that only describe (text shown to people, where the rows come from); they do not change any number.
DESCRIPTIVE_FIELDS = frozenset({"about", "unit", "inputs", "source_rows"})

#: Code whose behaviour determines the numbers: (module, top-level names), None for the whole module.
#: A name not found in its module is looked for in the other modules of the package (moving a function
#: does not change the fingerprint); one found nowhere is recorded as missing.
MEASURE_CODE: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("multipolar.measure.uncertainty", None),
    ("multipolar.measure.index", None),
    ("multipolar.measure.compute", ("compute_norms",)),
    ("multipolar.store.inputs", ("group_rows",)),
)
HEDGING_CODE: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("multipolar.measure.hedging", None),
)


# -- canonical values -------------------------------------------------------------------------------------------
def _plain(x: Any, where: str = "value") -> Any:
    """A JSON-able value equal for equal inputs: mappings with sorted string keys, tuples as lists, integral
    floats as ints (a weight of 1 and of 1.0 give the same numbers)."""
    if x is None or isinstance(x, bool | str):
        return x
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            return repr(x)
        return int(x) if x.is_integer() and abs(x) < 2**53 else x
    if isinstance(x, Mapping):
        return {str(k): _plain(v, f"{where}[{k!r}]") for k, v in x.items()}
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name), f"{where}.{f.name}") for f in dataclasses.fields(x)}
    if isinstance(x, list | tuple):
        return [_plain(v, f"{where}[{i}]") for i, v in enumerate(x)]
    if isinstance(x, set | frozenset):
        return sorted((_plain(v, where) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
    raise TypeError(f"the fingerprint cannot represent {where} of type {type(x).__name__}; "
                    "teach multipolar.measure.fingerprint._plain about it")


def _fields(obj: Any, skip: frozenset[str] = DESCRIPTIVE_FIELDS) -> dict[str, Any]:
    return {f.name: _plain(getattr(obj, f.name), f.name) for f in dataclasses.fields(obj) if f.name not in skip}


def _module_source(module: str) -> str | None:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin).read_text(encoding="utf-8")


def _top_level_defs(source: str) -> set[str]:
    return {n.name for n in ast.parse(source).body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}


@functools.lru_cache(maxsize=8)
def _code(spec: tuple[tuple[str, tuple[str, ...] | None], ...]) -> list[Any]:
    """Identities of the code pieces of ``spec`` (cached: the code does not change while running)."""
    out: list[Any] = []
    for module, names in spec:
        src = _module_source(module)
        if names is None:
            out.append([module, code_identity(src) if src is not None else "missing"])
            continue
        for name in names:
            found = src if src is not None and name in _top_level_defs(src) else _find_def(module, name)
            out.append([name, code_identity(found, [name]) if found is not None else "missing"])
    return out


def _find_def(module: str, name: str) -> str | None:
    """The source of the first module of ``module``'s package (by name) that defines ``name``."""
    package = module.rsplit(".", 1)[0]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        for path in sorted(Path(loc).glob("*.py")):
            src = path.read_text(encoding="utf-8")
            if name in _top_level_defs(src):
                return src
    return None


# -- the fingerprints -------------------------------------------------------------------------------------------
def fixed_norms() -> dict[str, float]:
    """Dummy scaling constants (distinct per indicator) so that the generated SQL is a fixed text."""
    from .methods import INDICATORS

    return {ind.name: float(k + 2) for k, ind in enumerate(INDICATORS)}


def _staging() -> dict[str, Any]:
    from ..store import inputs

    consts = {k: _plain(v, k) for k, v in vars(inputs).items()
              if k.isupper() and not k.startswith("_") and isinstance(v, str | int | float | tuple | list | Mapping)}
    return consts


def method_payload(method: Any) -> dict[str, Any]:
    """Everything that determines the numbers of ``method`` (what :func:`fingerprint` hashes)."""
    from .methods import INDICATOR, INDICATORS
    from .sql import Scope, indicators_sql, norms_sql

    used = {name for name in method.weights}
    used |= {i.name for i in INDICATORS if i.role != "info" and method.weights.get(i.name, 0)}
    indicators = {n: (_fields(INDICATOR[n]) if n in INDICATOR else "unknown") for n in sorted(used)}
    return {
        "kind": "influence",
        "format": FORMAT,
        "method": _fields(method),
        "indicators": indicators,
        "indicators_sql": indicators_sql(method, fixed_norms(), Scope()),
        "norms_sql": norms_sql(method),
        "staging": _staging(),
        "code": _code(MEASURE_CODE),
    }


def fingerprint(method: Any) -> str:
    """The fingerprint of an influence method (16 hex digits)."""
    return digest(method_payload(method))[:LENGTH]


def fingerprint_hedging(method: Any) -> str:
    """The fingerprint of a hedging method: its fields and the code of the hedging measures."""
    payload = {"kind": "hedging", "format": FORMAT, "method": _fields(method), "code": _code(HEDGING_CODE)}
    return digest(payload)[:LENGTH]


def current() -> dict[str, str]:
    """name → fingerprint for every registered method (influence and hedging)."""
    from .methods import HEDGING_METHODS, METHODS

    out = {name: fingerprint(m) for name, m in METHODS.items()}
    out.update({name: fingerprint_hedging(m) for name, m in HEDGING_METHODS.items()})
    return dict(sorted(out.items()))


def _record_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"format": FORMAT, "methods": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def recorded(path: Path | None = None) -> dict[str, str]:
    """The record: name → fingerprint (``fingerprints.json`` unless ``path`` is given)."""
    data = _record_file(path or RECORD)
    if data.get("format") != FORMAT:
        raise ValueError(f"{path or RECORD} records fingerprints of definition {data.get('format')!r}, "
                         f"this code computes definition {FORMAT}")
    return {str(k): str(v) for k, v in data["methods"].items()}


def next_name(name: str, taken: Sequence[str] = ()) -> str:
    """The first free ``<family>.v<N>`` after ``name`` (``influence.v1`` → ``influence.v2`` unless taken)."""
    family, _, n = name.rpartition(".v")
    if not family or not n.isdigit():
        return name + ".v2"
    k = int(n) + 1
    while f"{family}.v{k}" in taken:
        k += 1
    return f"{family}.v{k}"


def changed_message(name: str, was: str, now: str) -> str:
    from .methods import HEDGING_METHODS, METHODS

    new = next_name(name, [*METHODS, *HEDGING_METHODS, *recorded()])
    return (f"method {name!r} changed after it was recorded (fingerprint {was} recorded, {now} now). "
            f"A version name is a promise: restore {name!r} as it was and register the changed method under a "
            f"new versioned name (e.g. {new!r} in multipolar/measure/methods.py), then run "
            f"`python -m multipolar.measure.fingerprint --record`. Do not re-record {name!r}: its stored scores "
            "were made by the recorded method.")


def record(path: Path | None = None, now: Mapping[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Add the fingerprints of registered methods not yet recorded. Returns (added, conflicts): when any
    recorded name's fingerprint changed, nothing is written and the conflicts are returned as messages."""
    path = path or RECORD
    now = dict(now) if now is not None else current()
    rec = recorded(path)
    conflicts = [changed_message(n, rec[n], fp) for n, fp in sorted(now.items()) if n in rec and rec[n] != fp]
    if conflicts:
        return [], conflicts
    added = sorted(n for n in now if n not in rec)
    if added:
        rec.update({n: now[n] for n in added})
        data = {**_record_file(path), "format": FORMAT, "methods": dict(sorted(rec.items()))}
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return added, []


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in ([], ["--record"]):
        print("usage: python -m multipolar.measure.fingerprint [--record]", file=sys.stderr)
        return 2
    if args == ["--record"]:
        added, conflicts = record()
        for msg in conflicts:
            print(f"error: {msg}", file=sys.stderr)
        if conflicts:
            print("nothing recorded.", file=sys.stderr)
            return 1
        print(f"recorded: {', '.join(added)}" if added else "every registered method is already recorded")
        return 0
    rec = recorded()
    bad = 0
    for name, fp in current().items():
        state = "ok" if rec.get(name) == fp else ("not recorded" if name not in rec else f"CHANGED (was {rec[name]})")
        bad += state != "ok"
        print(f"{name}\t{fp}\t{state}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
