"""Items as they travel from crawl workers to `lhh ingest` through a Redis stream, and back;
plain encoding, no Redis calls, no Scrapy.

An entry is flat: the item's metadata as JSON (frontier entries as objects), its body and
the bodies of a multi-page article's later pages each zlib-compressed, so an entry weighs
what the compressed HTML weighs. A worker also says, with each entry, whether the item's
site had gone down when the page was handed over (the archiver asks, crawler/archiver.py).
A unit's end is one more entry, `done`, with what the worker's spider knew of each site.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict

from crawler.crawlstate import Pending

PAGE, DONE = b"page", b"done"
_BINARY = ("body",)


def encode_item(item: dict, site_down: str | None = None) -> dict[str, bytes]:
    """Stream fields for one item (what the spider yielded, as the pipeline takes it)."""
    meta = {k: v for k, v in item.items() if k not in ("body", "more_pages", "known")}
    meta["discovered"] = [asdict(p) for p in item.get("discovered") or ()]
    meta["site_down"] = site_down
    fields = {"type": PAGE, "meta": json.dumps(meta, ensure_ascii=False).encode("utf-8")}
    if "body" in item:
        fields["body"] = zlib.compress(item["body"] or b"", 6)
    for n, part in enumerate(item.get("more_pages") or ()):
        fields[f"part{n}"] = zlib.compress(part, 6)
    return fields


def decode_item(fields: dict[bytes, bytes]) -> dict:
    """The item `encode_item` was given (plus `site_down`), from an entry's fields."""
    item = json.loads(fields[b"meta"])
    item["discovered"] = [Pending(**p) for p in item.get("discovered") or ()]
    if b"body" in fields:
        item["body"] = zlib.decompress(fields[b"body"])
    parts = sorted((int(k[4:]), v) for k, v in fields.items() if k.startswith(b"part"))
    if parts or "aliases" in item:  # items of fetched pages carry the list, maybe empty
        item["more_pages"] = [zlib.decompress(v) for _, v in parts]
    return item


def site_state(spider, site_id: str) -> dict:
    """What a worker's spider knew of a site when its unit ended: the report's counters
    (requests, skips, errors) and the judgements the run rows need."""
    report = spider.report.site(site_id)
    return {
        "mode": spider.mode(site_id),
        "walked_to_end": spider.walked_to_end(site_id),
        "down": spider.site_down(site_id),
        "pages_fetched": report.pages_fetched,
        "not_modified": report.not_modified,
        "errors": report.errors,
        "error_samples": report.error_samples,
        "skipped": dict(report.skipped),
        "reached": report.reached,
    }


def encode_done(unit: str, sites: dict[str, dict]) -> dict[str, bytes]:
    return {"type": DONE, "unit": unit.encode("utf-8"),
            "sites": json.dumps(sites, ensure_ascii=False).encode("utf-8")}


def decode_done(fields: dict[bytes, bytes]) -> tuple[str, dict[str, dict]]:
    return fields[b"unit"].decode("utf-8"), json.loads(fields[b"sites"])
