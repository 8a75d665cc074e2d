"""The house keeps its shape: stage packages with empty ``__init__.py`` files, no import
cycle between any two modules (TYPE_CHECKING imports included), and every public method of
the facade documented. The import contracts themselves (direction of imports, pure rules,
one module per library) are checked by ``lint-imports`` in ``make lint``."""

import inspect
from pathlib import Path

import grimp

import veille
from veille.app.facade import Veille

PACKAGE = Path(veille.__file__).parent
STAGES = (
    "sources",
    "collect",
    "analyse",
    "curation",
    "bulletin",
    "storage",
    "app",
    "cli",
    "testing",
)


def test_stage_packages_have_empty_init_files():
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        assert init.exists(), f"veille/{stage}/ is not a package"
        assert init.read_text().strip() == "", f"veille/{stage}/__init__.py is not empty"


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.find_modules_directly_imported_by(node):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles():
    graph = grimp.build_graph("veille")
    # a package's __init__ importing its own modules is not a cycle of the design
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.b", imported="p.c")
    assert _cycles(graph) == [["p.a", "p.b"]]


def test_every_public_facade_method_is_documented():
    undocumented = [
        name
        for name, member in inspect.getmembers(Veille)
        if not name.startswith("_") and callable(member) and not inspect.getdoc(member)
    ]
    assert undocumented == []
