from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="session")
def kashpul() -> str:
    return (GOLD / "seed_kashpul.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def chapiuk() -> str:
    return (GOLD / "seed_chapiuk.txt").read_text(encoding="utf-8")
