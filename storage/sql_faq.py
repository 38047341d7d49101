"""The FAQ's question log (mixed into SqlStore): no user or chat id is ever written here."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, or_, select, update

from storage.base import LoggedQuestion, QuestionKind
from storage.schema import faq_questions
from storage.sql_common import Tables, now


class FaqTables(Tables):
    async def log_question(self, locale: str, question: str, kind: QuestionKind,
                           entry: str | None = None) -> int:
        statement = insert(faq_questions).values(
            locale=locale, question=question, kind=str(kind), entry=entry, at=now()
        ).returning(faq_questions.c.id)
        return int(await self.runner.run(lambda c: c.execute(statement).scalar_one(),
                                         single=True))

    async def rate_answer(self, question_id: int, helpful: bool) -> bool:
        """An answer's 👍 (the question is forgotten) or 👎 (kept as unhelpful); False when it
        was rated already, or is gone."""
        pending = (faq_questions.c.id == question_id,
                   faq_questions.c.kind == QuestionKind.ANSWERED.value)

        def rate(connection: Connection) -> bool:
            if helpful:
                done = connection.execute(delete(faq_questions).where(*pending))
            else:
                done = connection.execute(update(faq_questions).where(*pending).values(
                    kind=QuestionKind.UNHELPFUL.value, at=now()))
            return bool(done.rowcount)

        return await self.runner.run(rate, single=True)

    async def logged_questions(self, locales: tuple[str, ...] | None, since: str,
                               limit: int = 200) -> list[LoggedQuestion]:
        query = select(faq_questions.c.locale, faq_questions.c.question, faq_questions.c.kind,
                       faq_questions.c.entry, faq_questions.c.at).where(
            faq_questions.c.kind != QuestionKind.ANSWERED.value, faq_questions.c.at >= since)
        if locales is not None:
            query = query.where(faq_questions.c.locale.in_(locales))
        query = query.order_by(faq_questions.c.at.desc()).limit(limit)
        return await self.runner.run(
            lambda c: [LoggedQuestion(r[0], r[1], QuestionKind(r[2]), r[3], r[4])
                       for r in c.execute(query)], write=False)

    async def purge_questions(self, kept_until: str, pending_until: str) -> int:
        """Questions older than `kept_until` go, and answers still waiting for a rating
        older than `pending_until`."""
        statement = delete(faq_questions).where(or_(
            faq_questions.c.at < kept_until,
            (faq_questions.c.kind == QuestionKind.ANSWERED.value)
            & (faq_questions.c.at < pending_until)))
        return await self.runner.run(lambda c: max(c.execute(statement).rowcount, 0),
                                     single=True)
