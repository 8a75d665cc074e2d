"""The CLI starts at once: importing it, and asking any command for --help, loads none of
the heavy libraries; a command loads them when it runs. Each check runs in a fresh
interpreter, since this test process has imported everything already."""

import pytest

from veille.testing.imports import HEAVY, loaded_by


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("items", "list", "--help"),
        ("collect", "--help"),
        ("sources", "--help"),
        ("bulletin", "--help"),
        ("bulletin", "publish", "--help"),
        ("classify", "--help"),
        ("dedup", "--help"),
        ("subscribers", "--help"),
        ("users", "--help"),
        ("partners", "--help"),
        ("worker", "--help"),
        ("scheduler", "--help"),
        ("status", "--help"),
        ("db", "--help"),
        ("serve", "--help"),
        ("demo", "--help"),
        ("extract", "--help"),
    ],
)
def test_help_loads_no_heavy_library(args):
    heavy = loaded_by(*args) & set(HEAVY)
    assert not heavy, f"veille {' '.join(args)} imported {sorted(heavy)}"


def test_the_probe_sees_heavy_imports_when_a_command_needs_them(tmp_path):
    # The same probe, on a command that really builds the facade, must see them: otherwise
    # the test above could pass because the probe sees nothing.
    sources = tmp_path / "sources.yaml"
    sources.write_text("themes: []\npartners: []\nsources: []\n")
    loaded = loaded_by(
        "--database", f"sqlite:///{tmp_path / 'v.db'}", "--sources", str(sources), "db", "upgrade"
    )
    assert {"sqlalchemy", "alembic"} <= loaded
