"""What a request may carry, checked before any view runs: ids within the tables' range (a
larger one is a 404, not a database error) and no NUL byte in a parameter (PostgreSQL
refuses them in text; a 400 page says so)."""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter, Map

MAX_ID = 2**31 - 1
"""The largest id a URL may carry: the tables' integer keys (int4 on PostgreSQL)."""


class IdConverter(IntegerConverter):
    """``<int:…>`` in the routes: 0 to MAX_ID; anything else matches no route (404)."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min", 0)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def register(app: Flask) -> None:
    """Bounded ids for every ``<int:…>`` route, and the NUL-byte check."""
    app.url_map.converters["int"] = IdConverter

    @app.before_request
    def _no_nul() -> None:
        for values in (request.args, request.form):
            for key, value in values.items(multi=True):
                if "\x00" in key or "\x00" in value:
                    abort(400, description="caractère nul refusé dans la requête")
