"""The import graph runs along the data flow: no module imports another that imports it back (at module level),
the runtime never imports the lab, and only model and lab code imports torch, transformers or peft."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "enrich"
HEAVY = ("torch", "transformers", "peft", "bitsandbytes")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text())
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def graph() -> dict[str, set[str]]:
    return {name: {i for i in imports(path, True) if i in MODULES and i != name} for name, path in MODULES.items()}


def test_no_module_level_import_circles():
    edges, state, circles = graph(), {}, []

    def visit(name, trail):
        state[name] = "open"
        for target in sorted(edges[name]):
            if state.get(target) == "open":
                circles.append(trail[trail.index(target) :] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[name] = "done"

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    # a package's __init__ importing its own submodules is not a circle of concerns
    circles = [c for c in circles if not all(m.startswith(c[0] + ".") or m == c[0] for m in c)]
    assert not circles, circles


def in_package(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")  # enrich.labels is no part of enrich.lab


def test_the_runtime_never_imports_the_lab():
    runtime = {n: p for n, p in MODULES.items() if not (in_package(n, "enrich.lab") or in_package(n, "enrich.cli"))}
    assert "enrich.labels" in runtime
    offenders = {n: sorted(i for i in imports(p, False) if in_package(i, "enrich.lab")) for n, p in runtime.items()}
    assert not {n: i for n, i in offenders.items() if i}


def test_only_model_and_lab_code_imports_torch_transformers_or_peft():
    outside = {n: p for n, p in MODULES.items() if not n.startswith(("enrich.model", "enrich.lab"))}
    offenders = {n: sorted(i for i in imports(p, False) if i.split(".")[0] in HEAVY) for n, p in outside.items()}
    assert not {n: i for n, i in offenders.items() if i}
