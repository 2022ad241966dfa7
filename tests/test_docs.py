"""The README and the help texts stay in step with the commands."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_example_and_is_in_readme(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example: newsgraph " + name in " ".join(result.output.split())
    assert f"newsgraph {name}" in README


def test_readme_opens_with_the_two_commands() -> None:
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert block[0].endswith("newsgraph build seeds/ -o out/")
    assert block[1].endswith("pytest -q")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci


def test_ontology_ships_from_the_one_source() -> None:
    from graph.vocab import ontology_path

    packaged = ontology_path()
    assert packaged.read_bytes() == (ROOT / "ontology.ttl").read_bytes()
