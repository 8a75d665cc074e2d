"""« Mon parc »: the product catalogue and its matcher (pure), and the catalogue file."""

from __future__ import annotations

import pytest

from veille.errors import ConfigError
from veille.sources.products import load_catalogue, parse_catalogue

CATALOGUE = load_catalogue(None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Multiples vulnérabilités dans Google Chrome", ("chrome",)),
        ("Vulnérabilité dans Apple iOS et iPadOS", ("ios",)),
        ("Cisco IOS XE : denial of service", ()),  # not Apple's iOS
        ("Mise à jour de sécurité pour Google Chrome OS", ()),
        ("Fortinet FortiOS SSL-VPN", ("fortigate",)),
        ("Multiples vulnérabilités dans les produits Microsoft", ()),  # a vendor alone
        ("GENI Portal sliceresource.php cross site scripting", ()),  # a file name
        ("phpMyAdmin : injection SQL", ()),
        ("Vulnérabilité critique affectant Palo Alto PAN-OS", ("paloalto",)),
        ("Zoom sur la cybersécurité des PME", ()),  # the French word
        ("VULNÉRABILITÉ DANS WORDPRESS", ("wordpress",)),
    ],
)
def test_named_products(text, expected):
    assert CATALOGUE.named_in(text) == expected


def test_search_looks_in_labels_and_aliases_without_accents():
    assert [p.id for p in CATALOGUE.search("forti")] == ["fortigate", "forticlient"]
    assert "sage" in [p.id for p in CATALOGUE.search("comptabilite")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("products: [", "YAML invalide"),
        ("other: []", "liste « products » attendue"),
        ("products:\n  - id: a\n    label: A\n", "aliases"),
        (
            "products:\n  - {id: a, label: A, aliases: [x]}\n  - {id: a, label: B, aliases: [y]}\n",
            "en double",
        ),
    ],
)
def test_a_bad_catalogue_says_what_and_where(text, words):
    with pytest.raises(ConfigError, match=words):
        parse_catalogue(text, "products.yaml")
