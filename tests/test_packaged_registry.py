"""The project's sites.yaml ships inside the package: after a plain `pip install`, `lhh` in
any directory uses ./sites.yaml if there is one, else the shipped registry; `--sites` wins.

A real wheel is built from a copy of the checkout and unpacked where an installer would
put it; the installed layout then runs in child processes from an empty directory."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.config import load_sites
from crawler.options import PACKAGED_SITES
from tests.conftest import ROOT, run_lhh, write_sites
from tests.test_archivefile import other_articles


def test_the_packaged_registry_is_the_top_level_one():
    packaged = ROOT / "crawler" / "sites.yaml"
    assert packaged.read_bytes() == (ROOT / "sites.yaml").read_bytes()
    # In a checkout it resolves to the file users edit, so `--path` names that one.
    assert PACKAGED_SITES == (ROOT / "sites.yaml").resolve()


def test_without_a_local_registry_the_shipped_one_is_used(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = CliRunner().invoke(cli, ["sites", "--path"])
    assert path.exit_code == 0 and path.output.strip() == str(PACKAGED_SITES)
    listing = CliRunner().invoke(cli, ["sites"])
    assert listing.exit_code == 0, listing.output
    assert len(listing.output.splitlines()) == len(load_sites(PACKAGED_SITES)) + 1


def test_a_local_registry_wins_and_sites_wins_over_both(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_sites(tmp_path / "sites.yaml", [{"id": "here", "name": "Here", "url": "http://a.vn/"}])
    other = write_sites(tmp_path / "other.yaml", [{"id": "there", "name": "T", "url": "http://b.vn/"}])
    assert CliRunner().invoke(cli, ["sites", "--path"]).output.strip() == str(
        tmp_path / "sites.yaml")
    assert "here" in CliRunner().invoke(cli, ["sites"]).output
    given = CliRunner().invoke(cli, ["sites", "--sites", str(other), "--path"])
    assert given.output.strip() == str(other)
    assert "there" in CliRunner().invoke(cli, ["sites", "--sites", str(other)]).output


def test_path_of_a_missing_registry_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["sites", "--sites", str(tmp_path / "nope.yaml"), "--path"])
    assert result.exit_code == 1 and "no such file" in result.output


def test_crawl_and_schedule_resolve_the_registry_the_same_way(tmp_path):
    # An unknown --site makes crawl name the registry it read, before any request.
    crawl = run_lhh("crawl", "--site", "no-such-site", "--db", str(tmp_path / "a.db"),
                    cwd=tmp_path)
    assert crawl.code == 1
    assert crawl.stderr.strip() == f"Error: {PACKAGED_SITES}: no site with id 'no-such-site'"
    # schedule checks the registry at start-up: it loads, so the archive check is next.
    other_articles(tmp_path / "theirs.db")
    schedule = run_lhh("schedule", "--db", str(tmp_path / "theirs.db"), cwd=tmp_path)
    assert schedule.code == 1 and "not an lhh archive" in schedule.stderr, schedule.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel pip builds from this checkout, unpacked as an installer lays it out."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    # A copy, so the build's own build/ and *.egg-info never land in the checkout.
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", "tests", "benchmarks", "build", "dist", "*.egg-info", "__pycache__", "*.db*",
        ".*_cache", ".hypothesis", ".benchmarks", "logs"))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"),
         str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = (work / "dist").glob("lhh_archive-*.whl")
    site = work / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        info = archive.getinfo("crawler/sites.yaml")
        assert not info.is_dir()
        archive.extractall(site)
    return site


def test_the_wheel_carries_the_registry_as_a_file(installed):
    shipped = installed / "crawler" / "sites.yaml"
    assert not shipped.is_symlink()
    assert shipped.read_bytes() == (ROOT / "sites.yaml").read_bytes()


def test_an_installed_lhh_in_an_empty_directory_uses_the_shipped_registry(installed, tmp_path):
    env = {"PYTHONPATH": str(installed)}
    where = run_lhh("sites", "--path", env=env, cwd=tmp_path)
    assert where.code == 0, where.stderr
    assert where.stdout.strip() == str(installed / "crawler" / "sites.yaml")
    listing = run_lhh("sites", env=env, cwd=tmp_path)
    assert listing.code == 0, listing.stderr
    ids = [line.split()[0] for line in listing.stdout.splitlines()[1:]]
    assert ids == [s.id for s in load_sites(ROOT / "sites.yaml")]
