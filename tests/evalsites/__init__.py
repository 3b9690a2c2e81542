"""Held-out evaluation association sites (see BRIEF.md); every module but the harness is a site.

`build(name, base_url, night)` returns the `EvalSite` called `name` as it is on `night`
(0 = what a first crawl sees, 1..7 = the following days).
"""

from __future__ import annotations

import importlib
import pkgutil

from .model import EvalSite, Gold  # noqa: F401

_HARNESS = {"model", "server", "measure", "common", "prose"}

SITES = sorted(m.name for m in pkgutil.iter_modules(__path__)
               if m.name not in _HARNESS and not m.name.startswith("_"))


def build(name: str, base_url: str, night: int = 0) -> EvalSite:
    if name not in SITES:
        raise ValueError(f"unknown evaluation site {name!r}; known: {', '.join(SITES)}")
    return importlib.import_module(f"{__name__}.{name}").build_site(base_url.rstrip("/"), night)
