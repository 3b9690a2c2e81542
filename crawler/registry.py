"""Show the registry of sites and check that they answer (`lhh sites`); never crawls or writes.

`--check` asks each site for robots.txt and its homepage, a few sites at a time, with
short timeouts: a site that is down, unknown or unreachable (offline machine) is one
line saying so, never a traceback.
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin

import click

from crawler.config import Site
from crawler.options import load_registry, sites_option

CONCURRENCY = 8  # different sites, one request each at a time: polite and quick
READ_LIMIT = 64 * 1024  # enough to know the page answers; a check never downloads a site


@dataclass
class Answer:
    ok: bool
    detail: str  # "200", "404", "timeout", "refused", "no such host"...


@dataclass
class Check:
    site: Site
    robots: Answer
    home: Answer
    seconds: float

    def line(self) -> str:
        state = "ok" if self.home.ok else "DOWN"
        flag = "" if self.site.enabled else " (disabled)"
        return (f"{self.site.id:<18} {state:<4} home {self.home.detail:<14} "
                f"robots.txt {self.robots.detail:<14} {self.seconds:5.1f}s{flag}")


def fetch(url: str, timeout: float) -> Answer:
    """GET `url`; an HTTP status is an answer (even 404), a network failure is not."""
    from crawler.settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read(READ_LIMIT)
            return Answer(True, str(response.status))
    except urllib.error.HTTPError as exc:
        exc.close()
        return Answer(True, str(exc.code))
    except urllib.error.URLError as exc:
        return Answer(False, _reason(exc.reason))
    except TimeoutError:
        return Answer(False, "timeout")
    except (OSError, ValueError, ssl.SSLError) as exc:  # reset mid-read, bad URL...
        return Answer(False, _reason(exc))


def _reason(reason: object) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "timeout"
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, socket.gaierror):
        return "no such host"
    if isinstance(reason, ssl.SSLError):
        return "TLS error"
    text = str(getattr(reason, "strerror", None) or reason)
    return text[:40] or type(reason).__name__


def check_site(site: Site, timeout: float) -> Check:
    started = time.monotonic()
    home = fetch(site.url, timeout)
    robots = fetch(urljoin(site.url, "/robots.txt"), timeout)
    # A 404 robots.txt is a valid answer (no rules), so only "answered" matters for both.
    return Check(site, robots, home, time.monotonic() - started)


def check_sites(sites: list[Site], timeout: float) -> Iterator[Check]:
    """Checks in registry order, run CONCURRENCY sites at a time."""
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        yield from pool.map(lambda s: check_site(s, timeout), sites)


def print_sites(sites: list[Site], echo=click.echo) -> None:
    echo(f"{'id':<18} {'on':<3} {'province':<22} {'url':<42} name")
    for s in sites:
        echo(f"{s.id:<18} {'yes' if s.enabled else 'no':<3} {(s.province or '-')[:22]:<22} "
             f"{s.url:<42} {s.name}")


@click.command("sites")
@sites_option
@click.option("--path", "show_path", is_flag=True,
              help="Print which registry file is in use and exit.")
@click.option("--check", is_flag=True, help="Ask every site for robots.txt and its homepage.")
@click.option("--site", "site_ids", multiple=True, metavar="ID",
              help="Only this site (repeatable).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 120),
              help="Seconds to wait for each answer (with --check).")
def sites_command(sites_path, show_path, check, site_ids, timeout):
    """List the registry (id, enabled, province, url, name), or --check that sites answer.

    The registry is --sites FILE, else ./sites.yaml, else the one shipped with lhh.
    """
    if show_path:
        if not sites_path.is_file():
            raise click.ClickException(f"{sites_path}: no such file")
        click.echo(sites_path.resolve())
        return
    sites = load_registry(sites_path, site_ids)
    if not check:
        print_sites(sites)
        return
    down = 0
    for result in check_sites(sites, timeout):
        click.echo(result.line())
        down += not result.home.ok
    if down:
        click.echo(f"{down} of {len(sites)} site(s) did not answer", err=True)
        raise SystemExit(1)
