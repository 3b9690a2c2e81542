"""Build the Scrapy settings dict for a crawl; never starts a crawl itself.

Politeness goes through DOWNLOAD_SLOTS keyed by host (crawler.politeness.host_slot):
2 connections and the site's delay per host, shared by the sites a host serves.
"""

from __future__ import annotations

from crawler import __version__
from crawler.config import Site
from crawler.politeness import host_slot

USER_AGENT = (
    f"lhh-archive/{__version__} (+https://pypi.org/project/lhh-archive/; "
    "archiving the news of Vietnamese science & technology associations)"
)
DEFAULT_DELAY = 1.0
PER_SITE_CONCURRENCY = 2
MAX_RESPONSE_BYTES = 2 * 1024 * 1024


def host_slots(sites: list[Site], default_delay: float) -> dict[str, dict]:
    """One slot per host; sites sharing a host share it, at the slowest of their delays."""
    slots: dict[str, dict] = {}
    for site in sites:
        delay = site.download_delay if site.download_delay is not None else default_delay
        slot = slots.setdefault(host_slot(site.url),
                                {"delay": delay, "concurrency": PER_SITE_CONCURRENCY})
        slot["delay"] = max(slot["delay"], delay)
    return slots


def build_settings(sites: list[Site], overrides: dict[str, str] | None = None) -> dict:
    """Settings for one crawl of `sites`; `overrides` are `-s NAME=VALUE` pairs (strings)."""
    overrides = dict(overrides or {})
    default_delay = float(overrides.get("DOWNLOAD_DELAY", DEFAULT_DELAY))
    settings = {
        "BOT_NAME": "lhh-archive",
        "SPIDER_MODULES": ["spiders"],
        "USER_AGENT": USER_AGENT,
        # robots.txt is fetched and obeyed by the spider itself: one request gives the
        # rules, the Sitemap: lines and Crawl-delay (crawler/discovery.py).
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": default_delay,
        "DOWNLOAD_DELAY_JITTER": 0.0,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": PER_SITE_CONCURRENCY,
        "DOWNLOAD_SLOTS": host_slots(sites, default_delay),
        "DOWNLOADER": "crawler.politeness.PoliteDownloader",
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": MAX_RESPONSE_BYTES,
        "DOWNLOAD_WARNSIZE": 0,
        "DNS_TIMEOUT": 20,
        "RETRY_ENABLED": False,  # crawler.politeness.BackoffRetry does it, with backoff
        "LHH_RETRY_TIMES": 3,
        "LHH_RETRY_BACKOFF": 2.0,
        "LHH_RETRY_AFTER_MAX": 60.0,  # a server asking to wait longer is down for this run
        "LHH_REVALIDATE_MAX": 2000,  # articles per site revalidated in one run, at most
        "HTTPERROR_ALLOW_ALL": True,  # the spider decides what 404/410/5xx mean
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": True,  # ASP.NET postback paging keeps its session in a cookie
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOGSTATS_INTERVAL": 60.0,
        "LHH_PROGRESS_INTERVAL": 10.0,
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.politeness.HostSlots": 50,
            "crawler.politeness.RobotsGuard": 100,
            "crawler.politeness.BackoffRetry": 550,
        },
        "ITEM_PIPELINES": {"crawler.pipelines.ArchivePipeline": 300},
        "EXTENSIONS": {"crawler.progress.Progress": 500},
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
    }
    for name, value in overrides.items():
        if name != "DOWNLOAD_DELAY":
            settings[name] = value
    return settings
