"""The command line keeps its promises: help everywhere, README commands that are real."""

from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from tests.conftest import ROOT, run_lhh


def all_commands(group=cli, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("command", list(all_commands()), ids=" ".join)
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_design_commands_exist():
    names = set(cli.commands)
    assert {"crawl", "extract", "demo"} <= names


def test_readme_opens_with_install_demo_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    assert "pip install" in block and "lhh demo" in block
    assert "pytest" in block
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pytest" in ci


def test_python_dash_m_equals_lhh():
    run = run_lhh("--help")
    assert run.code == 0 and "crawl" in run.stdout


def test_extract_prints_one_json_object_per_file(tmp_path):
    page = tmp_path / "a.html"
    paragraphs = "".join(
        f"<p>Đoạn {i}: Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp, "
        "thu hút đông đảo các nhà khoa học, doanh nghiệp và nông dân tham dự.</p>" for i in range(5))
    page.write_text(f"<html><body><h1>Hội thảo chuyển đổi số</h1><article>{paragraphs}</article></body></html>",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), str(page)])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    import json

    record = json.loads(lines[0])
    assert set(record) >= {"path", "title", "text", "published", "author", "source"}
    assert "chuyển đổi số" in record["text"] and "\n\n" in record["text"]


def test_extract_missing_file_is_one_line():
    result = CliRunner().invoke(cli, ["extract", "/nonexistent.html"])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_demo_runs_offline_and_keeps_its_archive(tmp_path):
    run = run_lhh("demo", "--db", str(tmp_path / "demo.db"), cwd=tmp_path)
    assert run.code == 0, run.stderr[-2000:]
    assert "Archived" in run.stdout and "lhh search" in run.stdout
    with sqlite3.connect(tmp_path / "demo.db") as conn:
        count = conn.execute("select count(*) from articles").fetchone()[0]
    labels = (ROOT / "crawler" / "demo_site" / "labels.json")
    import json

    expected = json.loads(labels.read_text(encoding="utf-8"))
    articles = expected["articles"] if isinstance(expected, dict) else expected
    assert count == len(articles)
    # Running it again replaces the demo archive rather than piling up copies.
    again = run_lhh("demo", "--db", str(tmp_path / "demo.db"), cwd=tmp_path)
    assert again.code == 0
    with sqlite3.connect(tmp_path / "demo.db") as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == count


def test_demo_refuses_a_real_archive(tmp_path):
    from crawler.config import Site
    from crawler.store import Store

    db = tmp_path / "real.db"
    store = Store.open(db)
    store.ensure_site(Site(id="nghean", name="LHH Nghệ An", url="http://lienhiepkhktnghean.org.vn/"))
    store.close()
    run = run_lhh("demo", "--db", str(db))
    assert run.code != 0 and "other sites" in run.stderr and "Traceback" not in run.stderr
