"""The layers of eval/ (and runners/) only import downwards, and no modules import each other in a
cycle.  Every import counts, module-level or inside a function: a lazy import is still a dependency.

Lowest first (README's "Layout" section describes each module):

    eval.errors, eval.interrupts      what can go wrong and its exit code; Ctrl-C postponed while forking; import nothing
    eval.config, eval.types,          the typed settings (every flag, its default); the typed records;
    eval.pgvalues                     PostgreSQL's values;
    eval.percent, eval.redact         the one rounding rule for percentages shown to people; secrets out of messages
    eval.sqltext                      every SQL split / parse / rewrite / extraction (sqlglot)
    eval.data                         questions, prompt templates
    eval.scoring                      verdicts over result sets: pure, no database
    eval.db                           the only code that talks to PostgreSQL
    runners                           prompts -> SQL text, one file per backend
    eval.run                          the loop, the run folder, the records, validate, prompt export
    eval.report                       tables, HTML, plot, gate: reads run folders only
    eval.cli                          the only code that sees argparse
    eval.api, eval (package)          the Python API
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

LAYERS = [
    ("eval.errors", "eval.interrupts"),
    ("eval.config", "eval.types", "eval.pgvalues", "eval.percent", "eval.redact"),
    ("eval.sqltext",),
    ("eval.data",),
    ("eval.scoring",),
    ("eval.db",),
    ("runners",),
    ("eval.run",),
    ("eval.report",),
    ("eval.cli",),
    ("eval.api", "eval"),
]


def layer_of(module: str) -> int:
    best, best_len = None, -1
    for i, prefixes in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best_len:
                best, best_len = i, len(p)
    assert best is not None, f"{module}: in no layer (add it to LAYERS and to README's Layout)"
    return best


def modules() -> dict[str, Path]:
    out = {}
    for top in ("eval", "runners"):
        for path in sorted((REPO / top).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def imports(module: str, path: Path, known: set[str]) -> set[str]:
    found = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            # ``from pkg import mod`` depends on pkg.mod; ``from mod import name`` on mod
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for name in names:
            while name and name not in known:  # the longest known prefix: the module imported
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {m: imports(m, p, set(mods)) for m, p in mods.items()}


def test_every_module_has_a_layer():
    for m in modules():
        layer_of(m)


def test_imports_point_down():
    upward = []
    for m, deps in graph().items():
        for d in deps:
            if d == "eval" or (m.startswith(d + ".") and d in ("eval", "runners")):
                continue  # a package's own __init__ being imported on the way down is not a dependency
            if layer_of(d) > layer_of(m):
                upward.append(f"{m} (layer {layer_of(m)}) imports {d} (layer {layer_of(d)})")
    assert not upward, "imports pointing up:\n" + "\n".join(sorted(upward))


def test_no_import_cycles():
    g = graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(g.get(m, ())):
            if state.get(d) == 1:
                cycles.append(" -> ".join(stack[stack.index(d):] + [d]))
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(g):
        if m not in state:
            visit(m)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_errors_imports_nothing():
    tree = ast.parse((REPO / "eval" / "errors.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


def test_only_the_cli_sees_argparse():
    seen = []
    for m, path in modules().items():
        if m.startswith("eval.cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name == "argparse" for a in node.names) or \
                    isinstance(node, ast.ImportFrom) and node.module == "argparse":
                seen.append(m)
    assert not seen, f"argparse imported outside eval/cli/: {sorted(set(seen))}"
