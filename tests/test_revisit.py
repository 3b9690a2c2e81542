import pytest

from crawler import revisit

NOW = "2023-03-02T02:00:00+07:00"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("LHH_NOW", NOW)


def article(published: str, fetched: str) -> dict:
    return {"kind": "article", "article_id": 1, "published": published, "fetched_at": fetched,
            "status": 200, "etag": '"v1"', "last_modified": "Tue, 28 Feb 2023 03:00:00 GMT"}


@pytest.mark.parametrize(
    "published, fetched, due",
    [
        ("2023-03-01", "2023-03-01T19:00:00+00:00", False),  # young, fetched an hour ago
        ("2023-03-01", "2023-03-01T10:00:00+00:00", True),  # young, fetched 9 h ago
        ("2023-02-27", "2023-03-01T10:00:00+00:00", False),  # 3 days old: daily
        ("2023-02-27", "2023-02-28T10:00:00+00:00", True),
        ("2022-01-01", "2023-02-01T10:00:00+00:00", False),  # old: every 60 days
        ("2022-01-01", "2022-12-01T10:00:00+00:00", True),
    ],
)
def test_articles_are_revisited_by_age(published, fetched, due):
    assert revisit.due(article(published, fetched)) is due


def test_listings_every_run_without_feeds_weekly_with_them():
    listing = {"kind": "listing", "status": 200, "links": '["http://x.vn/a"]',
               "fetched_at": "2023-03-01T19:00:00+00:00"}
    assert revisit.due(listing, indexed=False)
    assert not revisit.due(listing, indexed=True)
    assert not revisit.due({**listing, "links": "[]"}, indexed=False)


def test_a_page_shaped_like_an_article_is_not_watched_as_a_listing():
    listing = {"kind": "listing", "status": 200, "links": '["http://x.vn/a"]',
               "fetched_at": "2023-03-01T19:00:00+00:00"}
    assert not revisit.due(listing, indexed=False, as_kind="other")


def test_feed_or_sitemap_change_wins_over_schedule():
    known = article("2022-01-01", "2023-03-01T10:00:00+00:00")
    assert revisit.changed_since("2023-03-01T12:00:00Z", known)
    assert revisit.changed_since("Wed, 01 Mar 2023 12:00:00 GMT", known)
    assert not revisit.changed_since("2023-02-01", known)
    assert not revisit.changed_since(None, known)


def test_conditional_headers_from_validators():
    headers = revisit.conditional_headers(article("2023-01-01", "2023-03-01T10:00:00+00:00"))
    assert headers == {"If-None-Match": '"v1"', "If-Modified-Since": "Tue, 28 Feb 2023 03:00:00 GMT"}
    assert revisit.conditional_headers({"status": 404, "etag": "x"}) == {}


def test_vanished_from_a_sitemap_is_suspect_wherever_it_was():
    archive = {"a", "b", "c"}
    assert revisit.vanished(["a", "b", "c"], ["a", "c", "new"], archive, ordered=False) == ["b"]


def test_a_sliding_window_drops_its_tail_without_suspicion():
    archive = {"a", "b", "c", "d"}
    # two new articles on top push c and d off the end: nothing is suspect
    assert revisit.vanished(["a", "b", "c", "d"], ["n1", "n2", "a", "b"], archive, True) == []
    # b missing from the part that should still show is
    assert revisit.vanished(["a", "b", "c", "d"], ["n1", "a", "c"], archive, True) == ["b"]
