"""Vulnerabilities: the catalogues' facts, the « Mon parc » product catalogue, the
« Vulnérabilités à corriger » table of an issue, and the readers' watched products.
Flash alerts are sent by ``app.flash`` (they need the mail parts of the bulletin)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from veille.analyse.products import Catalogue, Product
from veille.app.curation import CurationFacade
from veille.bulletin.fixes import FixRow, fix_table
from veille.bulletin.records import IssueRecord, Subscriber
from veille.bulletin.rules import check_editable
from veille.errors import BulletinError
from veille.sources.products import catalogue_path, load_catalogue


class VulnerabilityFacade(CurationFacade):
    # -- « Mon parc » -------------------------------------------------------------------------
    def products_file(self) -> Path | None:
        """The product catalogue in use (None: the one shipped with Veille)."""
        return catalogue_path(self.settings.products_file, self.settings.sources_file)

    def products(self) -> Catalogue:
        """The « Mon parc » catalogue, read again when its file changes."""
        return self._read_list(self.products_file(), load_catalogue)

    def products_search(self, query: str = "") -> tuple[Product, ...]:
        """Catalogue products whose name or aliases contain every word of ``query``."""
        catalogue = self.products()
        return catalogue.search(query) if query.strip() else catalogue.products

    def product_name(self, text: str) -> str | None:
        """The plain name of the first catalogue product a text names."""
        catalogue = self.products()
        found = catalogue.named_in(text)
        return catalogue.labels(found[:1])[0] if found else None

    def subscribers_set_products(
        self, subscriber_id: int, products: list[str], flash: bool | None = None
    ) -> Subscriber:
        """A reader's watched products (catalogue ids) and whether flashes are wanted."""
        self.ensure_schema()
        known = set(self.products().ids())
        unknown = [p for p in products if p not in known]
        if unknown:
            raise BulletinError(f"produit(s) inconnu(s) du catalogue : {', '.join(unknown)}")
        self._subscribers.set_products(subscriber_id, sorted(set(products)), flash, self.now())
        return self._subscribers.get(subscriber_id)

    # -- facts --------------------------------------------------------------------------------
    def vulnerabilities_counts(self) -> dict[str, int]:
        """How many CVEs the catalogues describe (KEV, EPSS, CVSS) and events recorded."""
        self.ensure_schema()
        return self._vulns.count()

    def fixes_for(self, record: IssueRecord) -> tuple[FixRow, ...]:
        """« Vulnérabilités à corriger » for an issue's period, with the editor's changes."""
        start = datetime.combine(record.period_start, time(), UTC)
        end = datetime.combine(record.period_end + timedelta(days=1), time(), UTC)
        citations = self._vulns.citations(start, end)
        added = self._vulns.kev_added_between(record.period_start, record.period_end)
        cves = {i for c in citations for i in c.ids if i.startswith("CVE-")} | set(added)
        return fix_table(
            citations,
            self._vulns.known(cves),
            added,
            self.product_name,
            record.vuln_edits,
            self.settings.vulnerability_rows,
        )

    def bulletin_fix_edit(
        self, number: int, cve: str, hidden: bool | None = None, note: str | None = None
    ) -> None:
        """Hide (or show again) a row of « Vulnérabilités à corriger », or note it."""
        self.ensure_schema()
        record = self._issues.get(number)
        check_editable(number, record.state)
        cve = cve.strip().upper()
        edit: dict[str, object] = {}
        if hidden is not None:
            edit["hidden"] = hidden
        if note is not None:
            edit["note"] = note.strip()
        if not edit:
            raise BulletinError("rien à changer : --masquer, --afficher ou --note")
        self._issues.set_vuln_edit(number, cve, edit, self.now())
