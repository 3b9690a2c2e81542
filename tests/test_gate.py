from crawler.gate import ArticleGate

NEWS = "http://lhh.vn/news/tin-hoat-dong/hoi-nghi-so-{}-{}.html"


def test_news_shape_proves_itself_and_releases_held_pages():
    gate = ArticleGate()
    assert gate.offer("a", NEWS.format("mot", 1), dated=True) == []
    assert gate.offer("b", NEWS.format("hai", 2), dated=False) == []
    assert sorted(gate.offer("c", NEWS.format("ba", 3), dated=True)) == ["a", "b", "c"]
    assert gate.offer("d", NEWS.format("bon", 4), dated=False) == ["d"]


def test_static_pages_of_an_established_site_are_rejected_even_with_a_date():
    gate = ArticleGate()
    for i in range(6):
        gate.offer(i, NEWS.format("bai", i), dated=True)
    assert gate.offer("about", "http://lhh.vn/GioiThieu.aspx", dated=True) == []
    assert gate.offer("contact", "http://lhh.vn/lien-he/", dated=False) == []
    assert gate.finish() == ([], ["about", "contact"])


def test_unreadable_dates_do_not_lose_a_site():
    gate = ArticleGate()
    released = []
    for i in range(7):
        released += gate.offer(i, f"http://lhh.vn/NewsDetail.aspx?Id={i}", dated=False)
    assert released == list(range(7))


def test_tiny_site_keeps_its_dated_pages():
    gate = ArticleGate()
    gate.offer("x", "http://lhh.vn/tin-tuc/bai-mot.html", dated=True)
    gate.offer("y", "http://lhh.vn/gioi-thieu/", dated=False)
    assert gate.finish() == (["x"], ["y"])
