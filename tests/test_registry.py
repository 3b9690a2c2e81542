"""The default registry and `lhh sites` / `lhh sites --check` against loopback servers."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from crawler.cli import cli
from crawler.config import load_sites
from tests.conftest import ROOT, write_sites
from tests.siteserver import Response, SiteServer

RESEARCH = ROOT.parent / "shared" / "registry" / "association-sites.yaml"


def test_default_registry_is_valid_and_real():
    sites = load_sites(ROOT / "sites.yaml")
    assert len(sites) >= 30
    assert all(s.url.startswith(("http://", "https://")) for s in sites)
    assert {"vusta", "lhh-nghean", "lhh-soctrang", "lhh-quangngai"} <= {s.id for s in sites}


@pytest.mark.skipif(not RESEARCH.exists(), reason="the shared research registry is not here")
def test_default_registry_enables_exactly_the_sites_seen():
    research = yaml.safe_load(RESEARCH.read_text(encoding="utf-8"))["sites"]
    ours = {s.id: s for s in load_sites(ROOT / "sites.yaml")}
    assert set(ours) == {r["id"] for r in research}
    for entry in research:
        site = ours[entry["id"]]
        assert site.enabled == (entry["evidence"] == "seen"), entry["id"]
        assert site.url == entry["url"] and site.name == entry["name"]


def test_lists_the_registry(tmp_path):
    path = write_sites(tmp_path / "sites.yaml", [
        {"id": "nghean", "name": "LHH Nghệ An", "province": "Nghệ An",
         "url": "http://lienhiepkhktnghean.org.vn/"},
        {"id": "gialai", "name": "LHH Gia Lai", "url": "https://lienhiephoigialai.vn",
         "enabled": False},
    ])
    result = CliRunner().invoke(cli, ["sites", "--sites", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split()[:5] == ["nghean", "yes", "Nghệ", "An", "http://lienhiepkhktnghean.org.vn/"]
    assert lines[2].split()[:4] == ["gialai", "no", "-", "https://lienhiephoigialai.vn"]


def test_bad_registry_is_one_line(tmp_path):
    path = tmp_path / "sites.yaml"
    path.write_text("sites:\n  - id: x\n    name: X\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["sites", "--sites", str(path)])
    assert result.exit_code == 1 and "field 'url': required" in result.output


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_check_reports_each_site_in_one_line(tmp_path):
    up = {"/": Response("<html>Trang chủ</html>"), "/robots.txt": Response("User-agent: *\n",
                                                                          content_type="text/plain")}
    no_robots = {"/": Response("<html>Trang chủ</html>")}
    # Accepts connections but never answers: only the timeout ends the wait.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    with SiteServer(up) as a, SiteServer(no_robots) as b, silent:
        path = write_sites(tmp_path / "sites.yaml", [
            {"id": "up", "name": "Up", "url": a.url + "/"},
            {"id": "norobots", "name": "No robots", "url": b.url + "/"},
            {"id": "refused", "name": "Refused", "url": f"http://127.0.0.1:{unused_port()}/"},
            {"id": "silent", "name": "Silent", "url": f"http://127.0.0.1:{silent.getsockname()[1]}/",
             "enabled": False},
        ])
        result = CliRunner().invoke(cli, ["sites", "--sites", str(path), "--check",
                                          "--timeout", "0.5"])
        assert sorted(a.paths()) == ["/", "/robots.txt"]
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["up", "norobots", "refused", "silent"]
    up_line, norobots, refused, silent_line = (line.split() for line in lines)
    assert up_line[1:5] == ["ok", "home", "200", "robots.txt"] and up_line[5] == "200"
    assert norobots[1] == "ok" and norobots[5] == "404"
    assert refused[1:4] == ["DOWN", "home", "refused"]
    assert silent_line[1:4] == ["DOWN", "home", "timeout"] and "(disabled)" in lines[3]
    assert "2 of 4 site(s) did not answer" in result.stderr


def test_check_sends_an_honest_user_agent(tmp_path):
    with SiteServer({"/": Response("ok"), "/robots.txt": Response("")}) as server:
        path = write_sites(tmp_path / "sites.yaml", [{"id": "a", "name": "A", "url": server.url}])
        result = CliRunner().invoke(cli, ["sites", "--sites", str(path), "--check"])
        agents = {entry.headers.get("user-agent", "") for entry in server.log}
    assert result.exit_code == 0, result.output
    assert all(agent.startswith("lhh-archive/") for agent in agents) and agents


def test_default_sites_file_is_the_project_registry(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["sites"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(load_sites(Path("sites.yaml"))) + 1
