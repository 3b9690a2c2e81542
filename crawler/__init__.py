"""lhh-archive: crawl, clean, deduplicate and archive Vietnam's S&T association news."""

__version__ = "0.1.0"
