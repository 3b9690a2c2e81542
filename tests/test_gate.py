from crawler.gate import ArticleGate

NEWS = "http://lhh.vn/news/tin-hoat-dong/hoi-nghi-so-{}-{}.html"
PUB = "2023-01-10"


def test_news_shape_proves_itself_and_releases_held_pages():
    gate = ArticleGate()
    assert gate.offer("a", NEWS.format("mot", 1), published=PUB) == []
    assert gate.offer("b", NEWS.format("hai", 2), published=None) == []
    assert sorted(gate.offer("c", NEWS.format("ba", 3), published="2023-01-12")) == ["a", "b", "c"]
    assert gate.offer("d", NEWS.format("bon", 4), published=None) == ["d"]


def test_static_pages_of_an_established_site_are_rejected_even_with_a_date():
    gate = ArticleGate()
    for i in range(6):
        gate.offer(i, NEWS.format("bai", i), published=f"2023-01-1{i}")
    assert gate.offer("about", "http://lhh.vn/GioiThieu.aspx", published=PUB) == []
    assert gate.offer("contact", "http://lhh.vn/lien-he/", published=None) == []
    assert gate.finish() == ([], ["about", "contact"])


def test_unreadable_dates_do_not_lose_a_site():
    gate = ArticleGate()
    released = []
    for i in range(7):
        released += gate.offer(i, f"http://lhh.vn/NewsDetail.aspx?Id={i}", published=None)
    assert released == list(range(7))


def test_tiny_site_keeps_its_dated_pages():
    gate = ArticleGate()
    gate.offer("x", "http://lhh.vn/tin-tuc/bai-mot.html", published=PUB)
    gate.offer("y", "http://lhh.vn/gioi-thieu/", published=None)
    assert gate.finish() == (["x"], ["y"])


def test_two_static_pages_sharing_a_template_date_prove_nothing():
    gate = ArticleGate()
    for i in range(6):
        gate.offer(i, f"http://lhh.vn/2023/01/1{i}/bai-viet-so-{i}/", published=f"2023-01-1{i}")
    assert gate.offer("about", "http://lhh.vn/gioi-thieu/", published="2023-02-28") == []
    assert gate.offer("contact", "http://lhh.vn/lien-he/", published="2023-02-28") == []
    assert gate.finish() == ([], ["about", "contact"])
