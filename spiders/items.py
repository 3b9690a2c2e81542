"""What a response becomes for the pipeline: one item per response, naming the request
it answers and the requests its page led to; builds dicts, decides nothing."""

from __future__ import annotations

from scrapy.http import Request

from crawler.crawlstate import Pending, request_key

# Requests for pages, which the frontier keeps; feeds, sitemaps and the homepage are
# asked for again by every run anyway.
FRONTIER_KINDS = ("page", "article", "postback")


def answered(response) -> str:
    """The frontier key of the request a response answers."""
    request = response.request
    return request_key(request.url, request.method, request.body)


def page_item(response, kind: str, url: str, aliases=(), body: bytes | None = None,
              links: list[str] | None = None, discovered=()) -> dict:
    """A fetched page, as the pipeline stores it."""
    headers = {
        k.decode("latin-1"): b", ".join(v).decode("latin-1")
        for k, v in response.headers.items()
    }
    validators = {  # Scrapy's Headers look names up case-insensitively
        name: response.headers.get(name, b"").decode("latin-1") or None
        for name in ("ETag", "Last-Modified", "Content-Type")
    }
    return {
        "site": response.meta["site"],
        "url": url,
        "kind": kind,
        "status": response.status,
        "body": response.body if body is None else body,
        "headers": headers,
        "etag": validators["ETag"],
        "last_modified": validators["Last-Modified"],
        "content_type": validators["Content-Type"],
        "aliases": list(aliases),
        "more_pages": [],
        "links": links,
        "known": response.meta.get("known"),
        "request_key": answered(response),
        "discovered": frontier(discovered),
    }


def missing_item(response, url: str, reason: str) -> dict:
    """A page that is not there or not a page: remembered for a while, no body."""
    item = page_item(response, "missing", url, body=b"")
    item["note"] = reason
    return item


def visited_item(response, discovered) -> dict:
    """A response with nothing to store (a postback page shares its listing's URL)."""
    return {"site": response.meta["site"], "kind": "visited",
            "request_key": answered(response), "discovered": frontier(discovered)}


def failed_item(site_id: str, key: str) -> dict:
    """No usable answer: nothing is stored, a later run tries again."""
    return {"site": site_id, "kind": "failed", "request_key": key, "discovered": []}


def settled_item(site_id: str, key: str) -> dict:
    """A pending request that needs no fetching any more."""
    return {"site": site_id, "kind": "visited", "request_key": key, "discovered": []}


def frontier(requests) -> list[Pending]:
    """The requests for pages among `requests`, as frontier entries (and the links set
    to wait, already entries)."""
    return [r if isinstance(r, Pending) else _pending(r) for r in requests
            if isinstance(r, Pending) or
            isinstance(r, Request) and r.meta.get("kind") in FRONTIER_KINDS]


def _pending(request: Request) -> Pending:
    meta = request.meta
    return Pending(
        site=meta["site"], url=request.url, kind=meta["kind"], priority=request.priority,
        chain=meta.get("chain"), method=request.method,
        body=request.body.decode("latin-1") if request.method == "POST" else None)


def is_text(response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return not ctype or ctype.startswith("text/")


def is_html(response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    if ctype:
        return "html" in ctype
    return b"<html" in response.body[:2000].lower()


def describe(failure) -> str:
    value = failure.value
    return f"{type(value).__name__}: {value}".strip()[:200]
