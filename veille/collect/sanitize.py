"""Never trust source HTML: an allow-list sanitiser (nh3, i.e. Ammonia) and plain-text views."""

from __future__ import annotations

import html
import re

import nh3

from veille.textsafe import strip_invisible
from veille.urls import absolute_url

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "strong",
    "sub",
    "sup",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto"}
_SPACES = re.compile(r"\s+")
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|blockquote|pre|tr)>|<br\s*/?>", re.IGNORECASE)


def clean_html(fragment: str, base_url: str | None = None) -> str:
    """Keep harmless formatting and links; drop scripts, styles, handlers, images, iframes."""
    if not fragment:
        return ""

    def absolutize(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href":
            if value.startswith("mailto:"):
                return value
            return absolute_url(base_url, value) if base_url else value
        return value

    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=absolutize,
        strip_comments=True,
    ).strip()
    return strip_invisible(cleaned)


def to_text(fragment: str, limit: int | None = None) -> str:
    """Plain text of an HTML fragment (or of text with entities), whitespace collapsed."""
    if not fragment:
        return ""
    if "<" in fragment:
        fragment = _BLOCK_END.sub(" ", fragment)
        fragment = nh3.clean(fragment, tags=set(), clean_content_tags={"script", "style"})
    text = _SPACES.sub(" ", strip_invisible(html.unescape(fragment))).strip()
    if limit is not None and len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = (cut or text[:limit]) + "…"
    return text
