"""Load tests/dedup_data/articles.yaml: labelled articles, copies written as edits."""

from __future__ import annotations

from pathlib import Path

import yaml

from crawler.extract import nfc

DATA = Path(__file__).resolve().parent / "dedup_data" / "articles.yaml"


def _derive(source: str, edit: dict) -> str:
    text = source
    for old, new in edit.get("replace", []):
        assert old in text, f"replace: {old!r} not in the source"
        text = text.replace(old, new)
    paragraphs = text.split("\n\n")
    inserts = dict(edit.get("insert", []))
    out = []
    for i, paragraph in enumerate(paragraphs):
        if i in inserts:
            out.append(inserts[i])
        if i not in set(edit.get("drop", [])):
            out.append(paragraph)
    return "\n\n".join([*edit.get("prepend", []), *out, *edit.get("append", [])])


def load_articles(path: Path = DATA) -> dict[str, dict]:
    """id → {id, group, site, url, title, published, text}, in file order."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]
    articles: dict[str, dict] = {}
    for entry in raw:
        record = dict(entry)
        if "text" in record:  # as extraction hands it over: NFC, tidy spaces
            record["text"] = "\n\n".join(nfc(p) for p in record["text"].split("\n\n"))
        edit = record.pop("derive", None)
        if edit is not None:
            record["text"] = _derive(articles[edit["from"]]["text"], edit)
        record["text"] = record["text"].strip()
        articles[record["id"]] = record
    return articles
