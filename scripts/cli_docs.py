"""Print docs/cli.md: every command's --help, generated so the docs never drift from the code.

    python scripts/cli_docs.py > docs/cli.md
"""

from __future__ import annotations

import sys

from typer.testing import CliRunner

from dyad.cli import app

HEADER = """# dyad command line

Generated from each command's `--help` by `scripts/cli_docs.py` (`make docs`); a test fails when it is stale.
"""


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return list(group.commands)


def render() -> str:
    runner = CliRunner()
    parts = [HEADER]
    top = runner.invoke(app, ["--help"], terminal_width=100, env={"COLUMNS": "100", "NO_COLOR": "1"})
    parts.append("## dyad\n\n```\n" + top.output.rstrip() + "\n```\n")
    for name in command_names():
        res = runner.invoke(app, [name, "--help"], terminal_width=100, env={"COLUMNS": "100", "NO_COLOR": "1"})
        parts.append(f"## dyad {name}\n\n```\n" + res.output.rstrip() + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(render())
