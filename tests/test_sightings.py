"""A second address of an article is recorded, not fetched, once the first proved it."""

from crawler.following import P_ARTICLE, Follow
from crawler.sightings import Sightings

RAW = "http://x.vn/index.php?option=com_content&view=article&id=435:ung-dung-bo-dieu&catid=22"
FRIENDLY = "http://x.vn/index.php/tin-tuc/hoi-vien/435-ung-dung-bo-dieu-khien-den-chieu-sang"


def headline(url: str, text: str) -> Follow:
    return Follow(url, "article", P_ARTICLE, text=text)


def test_an_id_alias_already_proved_is_noted_not_fetched():
    seen = Sightings()
    first = headline(RAW, "Ứng dụng bộ điều khiển đèn chiếu…")  # the homepage cuts titles short
    assert not seen.second_address("s", first)
    seen.article("s", RAW)
    later = headline(FRIENDLY, "Ứng dụng bộ điều khiển đèn chiếu sáng công cộng")
    assert seen.second_address("s", later)
    assert seen.same_article("s", later)
    assert seen.take_same_as("s") == [(FRIENDLY, RAW)]
    assert seen.take_same_as("s") == []


def test_a_waiting_second_address_stops_waiting_when_the_first_proves_an_article():
    seen = Sightings()
    seen.second_address("s", headline(RAW, "Ứng dụng bộ điều khiển"))
    other = headline("http://x.vn/index.php/tin-tuc/hoi-vien/436-hoi-thao-nong-nghiep-sach", "Hội thảo")
    for f in (headline(FRIENDLY, "Ứng dụng bộ điều khiển đèn"), other):
        seen.second_address("s", f)
        seen.wait("s", f)
    seen.article("s", RAW)
    assert seen.take_same_as("s") == [(FRIENDLY, RAW)]
    assert list(seen.waiting["s"]) == [other]


def test_the_same_id_alias_on_the_same_route_is_another_article():
    seen = Sightings()
    a = headline("http://x.vn/tin-tuc/hoi-vien/435-ung-dung-bo-dieu-khien", "Ứng dụng A")
    b = headline("http://x.vn/tin-tuc/khoa-hoc/435-ung-dung-bo-dieu-khien", "Ứng dụng B")
    seen.second_address("s", a)
    seen.article("s", a.url)
    assert seen.second_address("s", b)  # it waits: it may be a copy
    assert not seen.same_article("s", b)  # but nothing proves it is


def test_a_feed_entry_is_the_first_address_and_other_ids_are_other_articles():
    seen = Sightings()
    seen.claim("s", FRIENDLY)  # a category feed lists the friendly URL
    assert seen.second_address("s", headline(RAW, "Ứng dụng bộ điều khiển đèn chiếu…"))
    # The same headline on another id is another year's meeting, not a second address.
    a = "http://x.vn/index.php/tin-tuc/lhh/437-so-ket-cong-tac-6-thang-dau-nam"
    b = "http://x.vn/index.php?option=com_content&view=article&id=337:so-ket-cong-tac-6-thang"
    assert not seen.second_address("s", headline(a, "Sơ kết công tác 6 tháng đầu năm"))
    seen.article("s", a)
    later = headline(b, "Sơ kết công tác 6 tháng đầu năm")
    assert not seen.second_address("s", later)
    assert not seen.same_article("s", later)
