"""``python -m graph`` runs the CLI."""

from .cli.main import main

main()
