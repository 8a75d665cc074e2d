"""HTML → article links and article text. The only trafilatura user.

``find_article_links`` reads a listing page (CSS selector, or automatic
discovery of same-site content links in document order);
``extract_article`` returns title, date, author, language and main text.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from courlan import is_navigation_page, is_not_crawlable
from cssselect import SelectorError
from lxml import etree

from veille.collect.language import detect_language
from veille.errors import ExtractError
from veille.types import Article
from veille.urls import absolute_url, canonical_url

_ASSET = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|pdf|zip|mp[34]|css|js|xml|rss|ics)$", re.I)
_CONTENT_CONTAINERS = "//article//a[@href] | //h1//a[@href] | //h2//a[@href] | //h3//a[@href]"
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def _tree(html: bytes | str) -> lxml.html.HtmlElement:
    """Parse HTML, bytes decoded by trafilatura (declared charset, else detection)."""
    if not html.strip():
        raise ExtractError("page vide")
    try:
        tree = trafilatura.load_html(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(f"HTML illisible : {exc}") from exc
    if tree is None:
        raise ExtractError("HTML illisible")
    return tree


def _is_article_link(url: str, page_url: str) -> bool:
    page, link = urlsplit(page_url), urlsplit(url)
    if (link.hostname or "").removeprefix("www.") != (page.hostname or "").removeprefix("www."):
        return False
    path = link.path.rstrip("/")
    if not path or path == page.path.rstrip("/") or _ASSET.search(path):
        return False
    return not (is_navigation_page(url) or is_not_crawlable(url))


def find_article_links(
    html: bytes | str, page_url: str, selector: str | None = None, limit: int = 50
) -> list[str]:
    """Article URLs on a listing page, in page order, without duplicates."""
    tree = _tree(html)
    if selector:
        try:
            elements = tree.cssselect(selector)
        except SelectorError as exc:
            raise ExtractError(f"sélecteur CSS invalide : {exc}") from exc
        anchors = []
        for element in elements:
            if element.tag == "a":
                anchors.append(element)
            else:
                anchors.extend(element.iterfind(".//a[@href]"))
    else:
        anchors = tree.xpath(_CONTENT_CONTAINERS) or tree.xpath("//body//a[@href]")
    links: list[str] = []
    seen: set[str] = set()
    for anchor in anchors:
        url = absolute_url(page_url, anchor.get("href"))
        if url is None or (not selector and not _is_article_link(url, page_url)):
            continue
        key = canonical_url(url)
        if key in seen:
            continue
        seen.add(key)
        links.append(url)
        if len(links) >= limit:
            break
    return links


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in (_DATE_FORMAT, "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    return None


def extract_article(html: bytes | str, url: str) -> Article:
    """Main text and metadata of one article page; ExtractError when there is no text."""
    tree = _tree(html)
    declared_lang = (tree.get("lang") or "")[:2].lower() or None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "original_date": True,
                "outputformat": _DATE_FORMAT,
                "extensive_search": False,
            },
        )
    if document is None:
        raise ExtractError(f"aucun texte principal trouvé dans {url}")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = (data.get("text") or "").strip()
    if not text:
        raise ExtractError(f"aucun texte principal trouvé dans {url}")
    title = (data.get("title") or "").strip() or None
    language = (declared_lang if declared_lang and declared_lang.isalpha() else None) or (
        detect_language(f"{title or ''}. {text[:1000]}")
    )
    return Article(
        url=url,
        title=title,
        text=text,
        author=(data.get("author") or None),
        published=_date(data.get("date")),
        language=language,
        description=(data.get("description") or None),
    )
