"""Politeness, end to end: robots.txt's Crawl-delay and a server's Retry-After are
honoured, and each test re-runs without them to show the difference is theirs."""

from __future__ import annotations

import pytest

from tests.conftest import run_lhh, write_sites
from tests.siteserver import Response, SiteServer

pytestmark = pytest.mark.e2e

ARTICLE = (
    "<html><body><h1>Bài {i}</h1><div>Thứ ba - 1{i}/01/2023 08:00</div>"
    + "<p>Liên hiệp hội tỉnh tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp, "
      "thu hút đông đảo các nhà khoa học, doanh nghiệp và nông dân tham dự hội thảo.</p>" * 4
    + "</body></html>"
)


def small_site(robots: str) -> dict:
    links = "".join(
        f"<li><a href='/tin/bai-viet-khoa-hoc-so-{i}.html'>Bài viết khoa học số {i} của hội</a></li>"
        for i in range(4))
    routes = {
        "/robots.txt": Response(robots, content_type="text/plain"),
        "/": Response(f"<html><body><ul>{links}</ul></body></html>"),
    }
    for i in range(4):
        routes[f"/tin/bai-viet-khoa-hoc-so-{i}.html"] = Response(ARTICLE.format(i=i))
    return routes


def crawl(tmp_path, server, name):
    sites = write_sites(tmp_path / f"{name}.yaml", [{"id": "s", "name": "s", "url": server.url + "/"}])
    return run_lhh("crawl", "--sites", str(sites), "--db", str(tmp_path / f"{name}.db"),
                   "-s", "DOWNLOAD_DELAY=0", "-s", "LHH_RETRY_BACKOFF=0.05")


def smallest_gap(server) -> float:
    times = sorted(r.at for r in server.log if r.path != "/robots.txt")
    return min(b - a for a, b in zip(times, times[1:], strict=False))


def test_crawl_delay_is_honoured_even_with_download_delay_zero(tmp_path):
    with SiteServer(small_site("User-agent: *\nCrawl-delay: 1\n")) as polite:
        assert crawl(tmp_path, polite, "polite").code == 0
    with SiteServer(small_site("User-agent: *\n")) as free:
        assert crawl(tmp_path, free, "free").code == 0
    assert smallest_gap(polite) >= 0.9
    assert smallest_gap(free) < 0.5


def test_retry_after_is_waited_for(tmp_path):
    def flaky(asked: str):
        calls = []

        def route(request):
            calls.append(request)
            if len(calls) == 1:
                return Response("busy", status=503, headers={"Retry-After": asked})
            return Response(ARTICLE.format(i=0))
        return route

    gaps = {}
    for asked in ("2", "0"):
        routes = small_site("User-agent: *\n")
        routes["/tin/bai-viet-khoa-hoc-so-0.html"] = flaky(asked)
        with SiteServer(routes) as server:
            assert crawl(tmp_path, server, f"retry{asked}").code == 0
        hits = [r.at for r in server.log if r.path == "/tin/bai-viet-khoa-hoc-so-0.html"]
        assert len(hits) == 2
        gaps[asked] = hits[1] - hits[0]
    assert gaps["2"] >= 1.8 and gaps["0"] < 1.0


def test_a_client_that_hangs_up_on_a_big_answer_is_not_counted_twice():
    """The servers' measure of connections at once (max_busy): a client that reads the
    headers of an answer over its size cap, hangs up and asks for the next page holds one
    connection at a time, however long the server takes to notice."""
    import socket
    from urllib.parse import urlsplit

    with SiteServer({"/big": Response("x" * 3_300_000), "/small": Response("ok")}) as server:
        url = urlsplit(server.url)
        address = (url.hostname, url.port)
        for _ in range(50):
            with socket.create_connection(address) as big:
                big.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
                assert big.recv(512).startswith(b"HTTP/1.1 200")
                big.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")  # RST
            with socket.create_connection(address) as small:
                small.sendall(b"GET /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                while small.recv(65536):
                    pass
    assert len(server.log) == 100
    assert server.max_busy == 1
