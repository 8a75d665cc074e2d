import pytest

from veille.urls import absolute_url, canonical_url, is_valid_http_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://Example.COM:443/a?utm_source=x&b=2&a=1&fbclid=z&gclid=q#top",
            "https://example.com/a?a=1&b=2",
        ),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:8080/x?utm_medium=rss", "http://example.com:8080/x"),
        ("https://example.com/a/../b/./c", "https://example.com/b/c"),
    ],
)
def test_canonical(url, expected):
    assert canonical_url(url) == expected


def test_same_article_with_different_tracking_is_one_url():
    assert canonical_url("https://ex.fr/p?id=4&utm_source=a") == canonical_url(
        "https://ex.fr/p?utm_campaign=b&id=4"
    )


def test_absolute_and_valid():
    assert absolute_url("http://h.org/feed/", "../a") == "http://h.org/a"
    assert absolute_url("http://h.org/", "javascript:alert(1)") is None
    assert absolute_url("http://h.org/", "") is None
    assert not is_valid_http_url("ftp://h.org/")
    assert not is_valid_http_url("http://h.org:port/")
    assert is_valid_http_url("https://h.org/x")
