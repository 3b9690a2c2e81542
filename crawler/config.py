"""Load sites.yaml into validated, frozen `Site` objects; never touches the network."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

import yaml


class ConfigError(Exception):
    """A problem in sites.yaml, phrased as one line naming file, site and field."""


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    url: str
    province: str | None = None
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_pattern: str | None = None
    listing_pattern: str | None = None
    download_delay: float | None = None
    max_pages: int | None = None
    revalidate_days: int = 7  # every archived article is checked again within this many days
    enabled: bool = True


_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_REQUIRED = ("id", "name", "url")
_LISTS = {"start_urls", "feeds", "sitemaps", "allowed_domains"}
_FIELDS = {f.name: f for f in fields(Site)}


def load_sites(path: str | Path) -> list[Site]:
    """Read and validate a registry file; raise ConfigError on the first problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}") from None
    if isinstance(raw, dict) and "sites" in raw:
        raw = raw["sites"]
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: expected a list of sites under 'sites:'")
    sites, seen = [], set()
    for index, entry in enumerate(raw, 1):
        site = _parse_site(path, index, entry)
        if site.id in seen:
            raise ConfigError(f"{path}: site '{site.id}': duplicate id")
        seen.add(site.id)
        sites.append(site)
    return sites


def _parse_site(path: Path, index: int, entry: object) -> Site:
    label = f"site #{index}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: {label}: expected a mapping of fields")
    if isinstance(entry.get("id"), str):
        label = f"site '{entry['id']}'"

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}: {label}: field '{key}': {problem}")

    for key in _REQUIRED:
        if entry.get(key) in (None, ""):
            raise fail(key, "required")
    values: dict[str, object] = {}
    for key, value in entry.items():
        if key not in _FIELDS:
            raise fail(str(key), "unknown field")
        values[key] = _coerce(key, value, fail)
    if not _ID.match(values["id"]):
        raise fail("id", "use lowercase letters, digits, '-' and '_'")
    for key in ("url", *(k for k in ("start_urls", "feeds", "sitemaps") if k in values)):
        for url in [values[key]] if key == "url" else values[key]:
            if not _is_http_url(url):
                raise fail(key, f"not an http(s) URL: {url!r}")
    for key in ("article_pattern", "listing_pattern"):
        if values.get(key):
            try:
                re.compile(values[key])
            except re.error as exc:
                raise fail(key, f"bad regular expression: {exc}") from None
    return Site(**values)


def _coerce(key: str, value: object, fail) -> object:
    if key in _LISTS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "expected a list of strings")
        return tuple(value)
    if key == "enabled":
        if not isinstance(value, bool):
            raise fail(key, "expected true or false")
        return value
    if key == "download_delay":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise fail(key, "expected a number of seconds >= 0")
        return float(value)
    if key in ("max_pages", "revalidate_days"):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise fail(key, "expected a whole number > 0")
        return value
    if value is None:
        return None
    if not isinstance(value, str):
        raise fail(key, "expected text")
    return value.strip()


def _is_http_url(url: object) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)
