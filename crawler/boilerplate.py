"""Site-level boilerplate template (interim: learns nothing yet; the real learner replaces it)."""

from __future__ import annotations


def page_fingerprints(html) -> frozenset:
    return frozenset()


class SiteTemplate:
    def __init__(self):
        self.pages_seen = 0

    def add(self, fingerprints) -> None:
        self.pages_seen += 1

    @property
    def ready(self) -> bool:
        return True

    def to_json(self) -> str:
        return "{}"

    @classmethod
    def from_json(cls, text: str) -> SiteTemplate:
        return cls()
