"""The house rules, read from the source: dependencies run one way, and no import hides in a function.

core <- articles <- the feature apps (FEATURES below); demo sits on top and nothing imports it; edge
(request limits) and backups (archives of the database and media) import no app; config (settings,
URLs) imports no app's code. A cycle between apps, or an import tucked into a function to dodge one,
fails here.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FEATURES = {
    "accounts",
    "home",
    "related",
    "popularity",
    "ads",
    "search",
    "newsletter",
    "pagecache",
    "syndication",
    "operations",
}
ALLOWED = {
    "core": set(),
    "edge": set(),
    "articles": {"core"},
    **{app: {"core", "articles"} for app in FEATURES},
    # Editions mail newsletter's subscribers (with its unsubscribe links and headers) and may fill
    # an edition with popularity's most read articles.
    "editions": {"core", "articles", "newsletter", "popularity"},
    # The WordPress import seeds view counts (popularity) and pauses per-publish ranking (related) and
    # per-save search indexing (search), ranking and indexing each article once instead.
    "imports": {"core", "articles", "popularity", "related", "search"},
    "demo": {"core", "articles", *FEATURES, "editions"},
    "backups": set(),
    "config": set(),
}
APPS = set(ALLOWED)


def app_imports(app):
    """[(file, line, imported app, inside a function)] for every import of another of our apps."""
    found = []
    for path in sorted((ROOT / app).rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        found.extend(_imports_in(tree, path.relative_to(ROOT), app, in_function=False))
    return found


def _imports_in(node, path, app, in_function):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in child.names] if isinstance(child, ast.Import) else [child.module]
            for name in names:
                top = (name or "").split(".")[0]
                if getattr(child, "level", 0) == 0 and top in APPS and top != app:
                    yield (str(path), child.lineno, top, in_function)
        inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from _imports_in(child, path, app, inside)


def dependency_graph():
    return {app: {target for *_, target, _ in app_imports(app)} for app in APPS}


def find_cycle(graph):
    """One cycle as a list of apps, or None (depth-first search with colours)."""
    state, stack = {}, []

    def visit(app):
        state[app] = "open"
        stack.append(app)
        for target in sorted(graph[app]):
            if state.get(target) == "open":
                return stack[stack.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[app] = "done"
        stack.pop()
        return None

    for app in sorted(graph):
        if app not in state and (cycle := visit(app)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle_and_accepts_layers():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_between_apps():
    assert find_cycle(dependency_graph()) is None


@pytest.mark.parametrize("app", sorted(APPS))
def test_each_app_depends_only_on_the_layers_below_it(app):
    wrong = [(path, line, target) for path, line, target, _ in app_imports(app) if target not in ALLOWED[app]]
    assert wrong == [], f"{app} may import only {sorted(ALLOWED[app]) or 'no app'}"


def test_no_import_of_another_app_hides_inside_a_function():
    found = [entry for app in sorted(APPS) for entry in app_imports(app)]
    hidden = [(path, line, target) for path, line, target, inside in found if inside]
    assert hidden == []


def test_every_app_has_its_own_tests_folder():
    for app in APPS:
        assert (ROOT / "tests" / app).is_dir(), app
