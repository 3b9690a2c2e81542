"""Datasette as `lhh browse` runs it: Datasette's own command line with one small plugin
registered for this process only (not installed for every Datasette on the machine).

The plugin sends the instance's landing page to the dashboard (crawler/dashboard.py, when
datasette-dashboards is installed) and moves each table's column descriptions into a
folded "Column descriptions" box under the results, so the first screen of a table is
its rows; each column's description also stays in its header menu. It never writes.

    python -m crawler.browseplugin serve archive.db --metadata m.json ...
"""

from __future__ import annotations

import importlib.util
import sys

from datasette import hookimpl
from datasette.utils.asgi import Response

from crawler.dashboard import SLUG


def dashboards_available() -> bool:
    return importlib.util.find_spec("datasette_dashboards") is not None


@hookimpl
def register_routes():
    if not dashboards_available():
        return []

    async def landing(datasette, request):
        return Response.redirect(datasette.urls.path(f"/-/dashboards/{SLUG}"))

    # Plugin routes are matched before Datasette's own: this one replaces the index page.
    return [(r"^/$", landing)]


# Without JavaScript the descriptions stay where Datasette puts them: above the rows.
_FOLD_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var box = document.createElement("details");
  box.className = "lhh-column-descriptions";
  var title = document.createElement("summary");
  title.textContent = "Column descriptions";
  box.appendChild(title);
  var results = document.querySelector(".table-wrapper") || document.querySelector("form.filters");
  list.parentNode.removeChild(list);
  box.appendChild(list);
  results.parentNode.insertBefore(box, results.nextSibling);
});
"""


@hookimpl
def extra_body_script(view_name):
    return _FOLD_DESCRIPTIONS if view_name == "table" else ""


def main(argv: list[str] | None = None) -> None:
    from datasette.cli import cli
    from datasette.plugins import pm

    pm.register(sys.modules[__name__], name="lhh-browse")
    cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="datasette")


if __name__ == "__main__":
    main()
