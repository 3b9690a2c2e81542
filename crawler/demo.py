"""`lhh demo`: serve the bundled association site on 127.0.0.1 and archive it, offline.

Shows a newcomer the whole loop (discovery, extraction, storage, search) in seconds
with no network. The demo archive is kept so they can search and export it afterwards.
"""

from __future__ import annotations

import mimetypes
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from crawler.archivefile import ArchiveState, NotAnArchive, archive_state
from crawler.config import load_sites

DEMO_SITE = Path(__file__).parent / "demo_site"
DEMO_ID = "demo"
NOT_FOUND = b"<html><body><h1>404 Not Found</h1></body></html>"


class DemoError(Exception):
    pass


def _file_for(root: Path, path: str) -> Path | None:
    """The file a URL path names, as a static web server maps it (dir/ -> dir/index.html)."""
    relative = path.split("?", 1)[0].lstrip("/")
    target = (root / relative).resolve()
    if root.resolve() not in target.parents and target != root.resolve():
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


@contextmanager
def serve_site(root: Path = DEMO_SITE):
    """Serve a static site directory on 127.0.0.1 (a free port); yields its base URL.

    `{{BASE}}` in text files becomes the base URL, for feeds and sitemaps that need
    absolute addresses.
    """
    holder: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            target = _file_for(root, self.path)
            if target is None:
                body, status, ctype = NOT_FOUND, 404, "text/html"
            else:
                body, status = target.read_bytes(), 200
                ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            text = ctype.startswith("text/") or ctype.endswith("xml")
            if text:
                body = body.replace(b"{{BASE}}", holder["base"].encode())
            self.send_response(status)
            charset = "; charset=utf-8" if text else ""
            self.send_header("Content-Type", ctype + charset)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder["base"] = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder["base"]
    finally:
        server.shutdown()
        server.server_close()


def _refuse_foreign_archive(db_path: Path) -> None:
    """The demo replaces its own archive, and never one holding real sites or another file."""
    try:
        state = archive_state(db_path)
    except NotAnArchive as exc:
        raise DemoError(str(exc)) from None
    if state is ArchiveState.MISSING:
        return
    if state is ArchiveState.OURS:
        try:
            with sqlite3.connect(db_path) as conn:
                ids = {row[0] for row in conn.execute("select id from sites")}
        except sqlite3.Error:
            ids = {"?"}
        if ids - {DEMO_ID}:
            raise DemoError(f"{db_path} holds other sites' archive; pass --db with a new path")
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def run_demo(db_path: Path, out: TextIO) -> int:
    from crawler.crawl import run_crawl
    from crawler.store import Store

    _refuse_foreign_archive(db_path)
    with serve_site() as base, tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "sites.yaml"
        registry.write_text(
            "sites:\n"
            f"  - id: {DEMO_ID}\n"
            "    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Demo (bundled demo site)\n"
            "    province: Demo\n"
            f"    url: {base}/\n",
            encoding="utf-8",
        )
        print(f"Serving the bundled demo site at {base}/ and crawling it into {db_path} ...",
              file=out, flush=True)
        report = run_crawl(load_sites(registry), db_path, {"DOWNLOAD_DELAY": "0"}, full=True)
    report.print(out)
    store = Store.open(db_path)
    try:
        rows = list(store.db.query(
            "select title, published, author, chars from articles order by published desc"))
    finally:
        store.close()
    print(f"\nArchived {len(rows)} articles:", file=out)
    for row in rows[:8]:
        day = row["published"] or "????-??-??"
        print(f"  {day:<10.10}  {row['title']}  ({row['chars']} chars)", file=out)
    print(
        "\nNext, try:\n"
        f"  lhh search --db {db_path} \"hoi thao\"\n"
        f"  lhh export --db {db_path} --format jsonl --out demo.jsonl\n"
        f"  lhh stats --db {db_path}\n"
        f"  lhh browse --db {db_path}        (needs: pip install -e '.[browse]')\n"
        f"  sqlite-utils search {db_path} articles \"hội thảo\"\n",
        file=out,
    )
    return 1 if report.failed or not rows else 0
