"""The shape of the package: lines and modules per package, the longest functions, the import graph.

    python bench/code_shape.py [--root multipolar] [--longest 10]

Prints three small tables (Markdown) used to compare the code before and after a renovation:
lines/modules per top-level package, the N longest functions (by lines, including their
docstrings), and which package imports which (an arrow counts every ``import``/``from`` in any
module of one package that names another; lazy imports inside functions count too).
"""

from __future__ import annotations

import argparse
import ast
from collections import Counter, defaultdict
from pathlib import Path


def _package_of(path: Path, root: Path) -> str:
    parts = path.relative_to(root).parts
    return parts[0].removesuffix(".py") if len(parts) > 1 else f"{parts[0].removesuffix('.py')}"


def _imported_packages(tree: ast.AST, module: str, root_name: str, subpackages: set[str]) -> set[str]:
    found: set[str] = set()
    here = module.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == root_name and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level]
                target = base + (node.module.split(".") if node.module else [])
            else:
                target = (node.module or "").split(".")
            if not target or target[0] != root_name:
                continue
            if len(target) > 1:
                found.add(target[1])
            else:
                found.update(alias.name for alias in node.names if alias.name in subpackages)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="multipolar")
    parser.add_argument("--longest", type=int, default=10)
    args = parser.parse_args()
    root = Path(args.root)
    lines: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    functions: list[tuple[int, str]] = []
    graph: dict[str, set[str]] = defaultdict(set)
    subpackages = {p.name.removesuffix('.py') for p in root.iterdir() if p.suffix == '.py' or p.is_dir()}
    for path in sorted(root.rglob("*.py")):
        package = _package_of(path, root)
        text = path.read_text(encoding="utf-8")
        lines[package] += len(text.splitlines())
        modules[package] += 1
        tree = ast.parse(text)
        module = ".".join((root.name, *path.relative_to(root).with_suffix("").parts))
        if path.name == "__init__.py":
            module += ".__init__"
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
                functions.append((node.end_lineno - node.lineno + 1,
                                  f"{path.relative_to(root.parent)}:{node.lineno} {node.name}"))
        for target in _imported_packages(tree, module, root.name, subpackages):
            if target != package:
                graph[package].add(target)
    print("| package | modules | lines |\n|---|---:|---:|")
    for package in sorted(lines):
        print(f"| {package} | {modules[package]} | {lines[package]} |")
    print(f"| **total** | {sum(modules.values())} | {sum(lines.values())} |\n")
    print(f"| lines | longest {args.longest} functions |\n|---:|---|")
    for length, name in sorted(functions, reverse=True)[: args.longest]:
        print(f"| {length} | {name} |")
    print("\n| package | imports |\n|---|---|")
    for package in sorted(graph):
        print(f"| {package} | {', '.join(sorted(graph[package]))} |")


if __name__ == "__main__":
    main()
