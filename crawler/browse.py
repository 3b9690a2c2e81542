"""Open the archive in Datasette on 127.0.0.1 (`lhh browse`); never writes the archive itself.

Datasette is an optional extra (`pip install "lhh-archive[browse]"`, which brings
datasette-dashboards too). The landing page is the dashboard of crawler/dashboard.py
(articles per month, last nights, coverage, newest articles with search); Datasette runs
with crawler/browseplugin.py registered for this process. The metadata in
datasette_metadata.json describes the tables and columns, sets facets (site, year) and
wires search to the folded index without any search plugin:

- the search box of `articles_browse` (and `articles`) uses `articles_fts`, whose
  triggers (schema.py, m400) index every đ/Đ text twice, as written and đ-folded, so
  Datasette's own quoted, unfolded query finds "Điện Biên" as typed and as "dien bien";
- the canned query `search` folds đ/Đ in SQL and ranks by bm25, like `lhh search`.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

import click

from crawler import dashboard
from crawler.options import db_option, existing_db


def datasette_available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def metadata_for(db_path: Path) -> dict:
    """The packaged metadata, keyed by the name Datasette gives this database (its stem)."""
    template = json.loads(
        resources.files("crawler").joinpath("datasette_metadata.json").read_text("utf-8")
    )
    template["databases"] = {db_path.stem: template["databases"]["archive"]}
    template["plugins"] = {"datasette-dashboards": dashboard.config(db_path.stem)}
    return template


def datasette_args(db_path: Path, metadata_path: Path, port: int, open_browser: bool) -> list:
    args = [sys.executable, "-m", "crawler.browseplugin", "serve", str(db_path),
            "--metadata", str(metadata_path), "--host", "127.0.0.1", "--port", str(port),
            # The per-month chart of a large registry has more rows than Datasette's 1,000.
            "--setting", "max_returned_rows", "10000"]
    return args + (["--open"] if open_browser else [])


@click.command("browse")
@db_option
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open a web browser on it.")
def browse_command(db_path, port, open_browser):
    """Browse and search the archive in Datasette on 127.0.0.1 (Ctrl-C stops it)."""
    if not datasette_available():
        raise click.ClickException(
            "Datasette is not installed: pip install 'lhh-archive[browse]'"
            " (or: pip install datasette)"
        )
    from crawler.store import Store

    # Opening through the store applies pending migrations (folded index, browse view).
    Store.open(existing_db(db_path)).close()
    with tempfile.TemporaryDirectory(prefix="lhh-browse-") as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata_for(db_path), ensure_ascii=False),
                                 encoding="utf-8")
        click.echo(f"serving {db_path} with Datasette on 127.0.0.1 (Ctrl-C to stop)", err=True)
        process = subprocess.Popen(datasette_args(db_path, metadata_path, port, open_browser))
        try:
            code = process.wait()
        except KeyboardInterrupt:
            # A terminal's Ctrl-C reached Datasette too; a lone SIGINT to us did not.
            process.terminate()
            code = process.wait()
    if code not in (0, -2, 130):
        raise click.ClickException(f"datasette stopped with exit code {code}")
