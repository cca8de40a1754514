"""The lock files install what pyproject.toml asks for, pinned and hashed.

`make test` and `make run` install from the lock files only, so a range changed in
pyproject.toml without `make lock` would silently install something else: this test is where
that shows.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def _pins(lock: Path) -> dict[str, str]:
    """Each package of a lock file with its version; every pin must carry a hash."""
    pins: dict[str, str] = {}
    text = lock.read_text()
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(block)
        if not match:
            continue
        assert "--hash=sha256:" in block, f"{lock.name}: {match.group(1)} has no hash"
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def _project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


@pytest.mark.parametrize(
    ("lock_name", "extras"),
    [("main.lock", []), ("test.lock", ["test"])],
)
def test_the_lock_pins_every_requirement_inside_its_range(lock_name, extras):
    project = _project()
    pins = _pins(ROOT / "requirements" / lock_name)
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    problems = []
    for line in wanted:
        requirement = Requirement(line)
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None:
            problems.append(f"{requirement.name} is not in {lock_name}")
        elif not requirement.specifier.contains(pinned, prereleases=True):
            problems.append(f"{requirement.name}=={pinned} is outside {requirement.specifier}")
    assert not problems, "run `make lock`: " + "; ".join(problems)


def test_the_test_lock_installs_the_same_versions_as_production():
    """The suite must test what production runs: shared packages at the same versions."""
    main = _pins(ROOT / "requirements" / "main.lock")
    test = _pins(ROOT / "requirements" / "test.lock")
    differing = {name: (version, test.get(name)) for name, version in main.items()}
    differing = {name: pair for name, pair in differing.items() if pair[0] != pair[1]}
    assert not differing, f"main.lock and test.lock disagree: {differing}"
