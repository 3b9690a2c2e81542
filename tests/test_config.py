from pathlib import Path

import pytest

from crawler.config import ConfigError, load_sites
from crawler.urls import on_site
from tests.conftest import run_lhh


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_site_gets_defaults(tmp_path):
    path = write(tmp_path, "sites:\n  - id: nghean\n    name: LHH Nghệ An\n    url: http://lienhiepkhktnghean.org.vn/\n")
    (site,) = load_sites(path)
    assert site.id == "nghean" and site.enabled and site.download_delay is None
    assert on_site("http://www.lienhiepkhktnghean.org.vn/news/", site.url)
    with pytest.raises(AttributeError):
        site.id = "x"  # frozen


@pytest.mark.parametrize(
    "body, message",
    [
        ("sites:\n  - id: a\n    name: A\n", "site 'a': field 'url': required"),
        ("sites:\n  - id: a\n    name: A\n    url: ftp://x/\n", "field 'url': not an http(s) URL"),
        ("sites:\n  - id: a\n    name: A\n    url: http://a.vn\n    colour: red\n", "field 'colour': unknown field"),
        ("sites:\n  - id: a\n    name: A\n    url: http://a.vn\n  - id: a\n    name: B\n    url: http://b.vn\n", "site 'a': duplicate id"),
        ("sites:\n  - id: a\n    name: A\n    url: http://a.vn\n    download_delay: fast\n", "field 'download_delay'"),
        ("sites:\n  - id: a\n    name: A\n    url: http://a.vn\n    enabled: 'yes'\n", "field 'enabled'"),
        ("sites:\n  - id: a\n    name: A\n    url: http://a.vn\n    article_pattern: '(['\n", "field 'article_pattern'"),
        ("sites: [\n", "not valid YAML"),
        ("sites: 3\n", "expected a list"),
    ],
)
def test_bad_registry_names_file_site_and_field(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_sites(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_crawl_with_bad_registry_is_one_line_and_crawls_nothing(tmp_path):
    path = write(tmp_path, "sites:\n  - id: a\n    name: A\n    url: http://a.vn\n    colour: red\n")
    db = tmp_path / "a.db"
    run = run_lhh("crawl", "--sites", str(path), "--db", str(db))
    assert run.code != 0
    assert "Traceback" not in run.stderr
    assert "field 'colour': unknown field" in run.stderr
    assert not db.exists()


def test_crawl_with_missing_registry(tmp_path):
    run = run_lhh("crawl", "--sites", str(tmp_path / "nope.yaml"), "--db", str(tmp_path / "a.db"))
    assert run.code != 0 and "no such file" in run.stderr and "Traceback" not in run.stderr


def test_crawl_unknown_site_id(tmp_path):
    path = write(tmp_path, "sites:\n  - id: a\n    name: A\n    url: http://a.vn\n")
    run = run_lhh("crawl", "--sites", str(path), "--site", "zz", "--db", str(tmp_path / "a.db"))
    assert run.code != 0 and "no site with id 'zz'" in run.stderr


def test_crawl_into_unwritable_db_path(tmp_path):
    path = write(tmp_path, "sites:\n  - id: a\n    name: A\n    url: http://a.vn\n")
    run = run_lhh("crawl", "--sites", str(path), "--db", str(tmp_path / "no" / "dir" / "a.db"))
    assert run.code != 0 and "cannot open archive" in run.stderr and "Traceback" not in run.stderr
