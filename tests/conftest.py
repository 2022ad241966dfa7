"""Shared fixtures: the spaCy pipeline, the seeds and the shared benchmark data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph.parse import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def gold_path(shared_dir: Path) -> Path:
    return shared_dir / "gold" / "seeds.tsv"


@pytest.fixture
def parse(nlp: Language) -> Callable[..., Doc]:
    """Return a function that parses one text into a doc ready for extraction."""

    def _parse(text: str, *, source: str = "test.txt") -> Doc:
        doc = nlp(text)
        doc.user_data.update(
            {"doc_id": "test", "source": source, "char_offset": 0, "sentence_offset": 0}
        )
        return doc

    return _parse
