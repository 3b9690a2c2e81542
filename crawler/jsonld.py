"""Read a page's JSON-LD blocks; no judging of what they say (dates.py, credits.py do)."""

from __future__ import annotations

import json
from collections.abc import Iterator


def json_ld_documents(doc) -> Iterator[object]:
    """The parsed JSON of each <script type="application/ld+json">, skipping broken ones."""
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            yield json.loads(script.text or "")
        except ValueError:
            continue


def walk(data: object) -> Iterator[dict]:
    """Every object in a JSON-LD document, nested ones and @graph members included."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
