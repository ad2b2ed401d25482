"""What a piece of Python does, as a hash: the identity the version fingerprints of methods
(:mod:`multipolar.measure.fingerprint`) and of the extractor's rules (:mod:`multipolar.extract.version`) are
built from. Comments, docstrings and layout never count."""

from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Sequence
from typing import Any


def digest(payload: Any) -> str:
    """The sha256 of ``payload`` as canonical JSON (sorted keys, no spaces)."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _strip_docstrings(tree: ast.AST) -> ast.AST:
    """Drop every statement that is a bare string (docstrings, attribute docstrings): they do nothing."""
    for node in ast.walk(tree):
        for name in node._fields:
            body = getattr(node, name, None)
            if isinstance(body, list) and body and all(isinstance(s, ast.stmt) for s in body):
                setattr(node, name, [s for s in body if not (isinstance(s, ast.Expr) and isinstance(
                    s.value, ast.Constant) and isinstance(s.value.value, str))])
    return tree


def _canon_ast(node: Any) -> Any:
    """The tree as nested lists. Empty and None fields are left out, so that fields a newer Python adds
    (``type_params=[]`` in 3.12) do not change the identity of the same code."""
    if isinstance(node, ast.AST):
        out: list[Any] = [type(node).__name__]
        for name in node._fields:
            if name == "type_comment":
                continue
            v = getattr(node, name, None)
            if v is None or (isinstance(v, list) and not v):
                continue
            out.append([name, _canon_ast(v)])
        return out
    if isinstance(node, list):
        return [_canon_ast(v) for v in node]
    return [type(node).__name__, repr(node)]


def code_identity(source: str, names: Sequence[str] | None = None) -> str:
    """A hash of what ``source`` does (its syntax tree without docstrings; comments and layout never count).
    With ``names``, only those top-level definitions (in that order; a missing one is marked missing)."""
    tree = _strip_docstrings(ast.parse(source))
    assert isinstance(tree, ast.Module)
    if names is None:
        return digest(_canon_ast(tree))
    defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    return digest([[n, _canon_ast(defs[n]) if n in defs else "missing"] for n in names])
