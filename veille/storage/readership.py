"""Readership counts: clicks per issue, item and day; the day's digests against double
counting (purged when the day is over). No per-person record."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from veille.errors import StorageError
from veille.storage.models import ClickRow, ClickSeenRow


class ReadershipStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def count(self, number: int, item_id: int, day: date, digest: str) -> bool:
        """One click: counted unless this digest was seen today; whether it counted."""
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(ClickSeenRow).where(ClickSeenRow.day < day))
                conn.execute(insert(ClickSeenRow).values(day=day, digest=digest))
                changed = conn.execute(
                    update(ClickRow)
                    .where(
                        ClickRow.issue_number == number,
                        ClickRow.item_id == item_id,
                        ClickRow.day == day,
                    )
                    .values(count=ClickRow.count + 1)
                ).rowcount
                if not changed:
                    conn.execute(
                        insert(ClickRow).values(
                            issue_number=number, item_id=item_id, day=day, count=1
                        )
                    )
        except IntegrityError:
            return False  # this reader's click on this link was counted today already
        except SQLAlchemyError as exc:
            raise StorageError(f"clic non compté : {getattr(exc, 'orig', None) or exc}") from exc
        return True

    def per_item(self) -> list[tuple[int, int, int]]:
        """(issue, item, clicks) for every item clicked."""
        with self.engine.connect() as conn:
            return [
                (r[0], r[1], int(r[2]))
                for r in conn.execute(
                    select(ClickRow.issue_number, ClickRow.item_id, func.sum(ClickRow.count))
                    .group_by(ClickRow.issue_number, ClickRow.item_id)
                    .order_by(ClickRow.issue_number, ClickRow.item_id)
                )
            ]
