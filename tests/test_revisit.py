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
    "published, fetched",
    [
        ("2023-03-01", "2023-03-01T10:00:00+00:00"),  # a day old, fetched 9 h ago
        ("2023-02-27", "2023-02-28T10:00:00+00:00"),
        ("2022-01-01", "2022-02-01T10:00:00+00:00"),
    ],
)
def test_a_link_to_a_known_article_is_no_reason_to_fetch_it_again(published, fetched):
    """However young: the revalidation slice and the sitemaps' and feeds' dates decide."""
    assert not revisit.due(article(published, fetched))
    assert revisit.due({**article(published, fetched), "fetched_at": None})


def test_listings_every_run_without_feeds_weekly_with_them():
    listing = {"kind": "listing", "status": 200, "links": '["http://x.vn/a"]',
               "fetched_at": "2023-03-01T19:00:00+00:00"}
    assert revisit.due(listing, indexed=False)
    assert not revisit.due(listing, indexed=True)
    assert not revisit.due({**listing, "links": "[]"}, indexed=False)
    # What the homepage and the watched listings showed too is checked monthly.
    assert not revisit.due({**listing, "fetched_at": "2023-02-20T19:00:00+00:00"},
                           indexed=True, redundant=True)
    assert revisit.due({**listing, "fetched_at": "2023-01-20T19:00:00+00:00"},
                       indexed=False, redundant=True)


def test_a_page_shaped_like_an_article_is_not_watched_as_a_listing():
    listing = {"kind": "listing", "status": 200, "links": '["http://x.vn/a"]',
               "fetched_at": "2023-03-01T19:00:00+00:00"}
    assert not revisit.due(listing, indexed=False, as_kind="other")


def test_a_sitemap_date_is_compared_with_what_the_sitemap_said_before_not_our_clock():
    year_behind = [("http://x.vn/a", "2022-03-01T10:00:00", "2022-03-02T09:00:00"),  # edited
                   ("http://x.vn/b", "2022-01-01T10:00:00", "2022-01-01T10:00:00"),
                   ("http://x.vn/c", None, "2022-02-02")]  # first time seen: nothing to compare
    assert revisit.changed_entries(year_behind) == {"http://x.vn/a"}
    # A generator stamping every entry with the request time is no signal at all.
    stamped = [(f"http://x.vn/{i}", "2023-03-01T02:00:00Z", "2023-03-02T02:00:00Z")
               for i in range(10)]
    assert revisit.changed_entries(stamped) == set()


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


def test_the_rolling_slice_checks_the_whole_archive_within_the_period():
    known = {f"http://x.vn/{i}": {"own": 1, "fetched_at": f"2023-02-{10 + i % 8:02d}T19:00:00+00:00"}
             for i in range(30)}
    known["http://x.vn/alias"] = {"own": 0, "fetched_at": "2020-01-01T00:00:00+00:00"}
    first = revisit.revalidation_slice(known, days=7, cap=100)
    assert len(first) == 30  # everything fetched over a week ago is overdue today
    assert "http://x.vn/alias" not in first  # second addresses are not articles to check
    fresh = {url: {**row, "fetched_at": "2023-03-01T19:00:00+00:00"} for url, row in known.items()}
    assert len(revisit.revalidation_slice(fresh, days=7, cap=100)) == 4  # a seventh of 30
    assert len(revisit.revalidation_slice(known, days=7, cap=4)) == 4
    oldest = revisit.revalidation_slice({**fresh, "http://x.vn/3": known["http://x.vn/3"]}, 7, 100)
    assert oldest[0] == "http://x.vn/3"  # least recently validated first


def test_a_server_without_last_modified_is_asked_with_the_date_of_its_answer():
    known = {"status": 200, "etag": None, "last_modified": None,
             "server_date": "Wed, 01 Mar 2023 19:00:01 GMT"}
    assert revisit.conditional_headers(known) == {
        "If-Modified-Since": "Wed, 01 Mar 2023 19:00:01 GMT"}
    # Its own Last-Modified, where it gave one, is the better word.
    assert revisit.conditional_headers({**known, "last_modified": "Tue, 28 Feb 2023 03:00:00 GMT"}) \
        == {"If-Modified-Since": "Tue, 28 Feb 2023 03:00:00 GMT"}
