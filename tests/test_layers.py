"""The layers contract (pyproject.toml, checked by ``lint-imports`` in CI) names every package.

A new top-level package left out of the contract would escape the layering silently: this
test makes adding one a conscious choice of its layer.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_APPLICATION_CODE = {"tests", "bench"}


def contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return config


def top_level_packages() -> set[str]:
    return {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in NOT_APPLICATION_CODE
    }


def test_every_top_level_package_is_analysed_and_has_a_layer():
    config = contract()
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    layered = {name.strip() for layer in layers for name in layer.split("|")}
    assert set(config["root_packages"]) == top_level_packages()
    assert layered == top_level_packages()


def test_every_package_is_checked_for_cycles_between_its_modules():
    config = contract()
    acyclic = next(c for c in config["contracts"] if c["type"] == "acyclic_siblings")
    assert set(acyclic["ancestors"]) == top_level_packages()
