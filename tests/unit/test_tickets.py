"""Questions for a person: a numbered ticket to the liaisons of the member's language (or the
admins), answered in chat both ways through the durable queue; the member's id never shown."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest

from bot import actions
from bot.bootstrap import Texts, bootstrap
from bot.core import Core
from bot.relay import decode_buttons
from bot.settings import Settings
from bot.types import ActionKind, Incoming, Rendered
from storage import Delivery, TicketStatus
from tests.conftest import find_button

MEMBER = "4815162342"  # a Telegram id: must never reach a liaison


class Person:
    """Someone on a platform talking to the core (as an adapter would pass them on)."""

    def __init__(self, core: Core, platform: str, user: str, tag: str) -> None:
        self.core, self.platform, self.user, self.tag = core, platform, user, tag
        self.last: list[Rendered] = []

    async def send(self, text: str | None = None, action: str | None = None,
                   replied: tuple[str, ...] = ()) -> list[Rendered]:
        incoming = Incoming(self.platform, self.user, self.user, text=text, action=action,
                            locale_tag=self.tag, replied=replied)
        self.last = [self.core.render(r) for r in await self.core.handle(incoming)]
        return self.last

    async def press(self, kind: ActionKind, arg: str = "") -> list[Rendered]:
        return await self.send(action=find_button(self.last, kind, arg))

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.last)


@pytest.fixture
async def relay_core(settings: Settings, texts: Texts) -> Core:
    admins = dataclasses.replace(settings, admins=frozenset({("discord", "900")}))
    core = await bootstrap(admins, texts=texts)
    yield core  # type: ignore[misc]
    await core.services.store.close()


async def queued(core: Core, platform: str, chat: str) -> list[Delivery]:
    """What waits on the queue for one person (and takes it off, as a worker would)."""
    store = core.services.store
    found = [d for d in await store.claim(platform, "9999", "9999", 100) if d.chat_id == chat]
    for delivery in found:
        await store.mark(delivery.id, delivery.status.SENT)
    return found


async def test_a_german_question_reaches_the_german_liaison_and_the_answer_comes_back(
        relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    await store.grant_role("discord", "700", "liaison", ("de",))
    await store.set_language("discord", "700", "fr")  # the liaison reads French
    member = Person(core, "telegram", MEMBER, "de")
    await member.send("/ask")
    assert "Liaisons für Deutsch" in member.text or "Deutsch" in member.text
    await member.send("Wie melden wir die Ergebnisse unserer Diskussion?")
    await member.press(ActionKind.SKIP)  # no contact: stays anonymous
    assert "#1" in member.text
    [ticket] = await queued(core, "discord", "700")
    assert ticket.language == "fr" and "#1" in ticket.body and "allemand" in ticket.body.lower()
    assert "Wie melden wir" in ticket.body
    assert MEMBER not in ticket.body + ticket.buttons  # the member's id is nowhere
    [[answer, claim, close]] = decode_buttons(ticket.buttons)
    assert answer.typed == 2000 and actions.decode(answer.data).kind is ActionKind.TICKET_WRITE
    assert [actions.decode(b.data).kind for b in (claim, close)] == [
        ActionKind.TICKET_CLAIM, ActionKind.TICKET_CLOSE]
    # The liaison answers with the button's form (Discord sends the text with the action).
    liaison = Person(core, "discord", "700", "fr")
    await liaison.send("Über /share, danke!", action=answer.data)
    assert "#1" in liaison.text
    [back] = await queued(core, "telegram", MEMBER)
    assert back.language == "de" and "Über /share, danke!" in back.body and "#1" in back.body
    # The member answers back by replying to that message (Telegram's reply).
    keyboard = tuple(b.data for row in decode_buttons(back.buttons) for b in row)
    await member.send("Und bis wann?", replied=keyboard)  # Telegram's reply
    [more] = await queued(core, "discord", "700")  # the liaison who answered took it
    assert "Und bis wann?" in more.body and MEMBER not in more.body
    # /reply works too; then the liaison closes it and the member is told.
    await liaison.send("/reply 1 Bis Ende des Monats.")
    [second] = await queued(core, "telegram", MEMBER)
    assert "Bis Ende des Monats." in second.body
    await liaison.send("/tickets close 1")
    [closed] = await queued(core, "telegram", MEMBER)
    assert "#1" in closed.body
    assert (await store.get_ticket(1)).status is TicketStatus.CLOSED  # type: ignore[union-attr]
    await member.send("Noch etwas", replied=keyboard)
    assert member.text == core.services.i18n.format("de", "ticket-gone", {"ticket": 1})
    # A reply to a message that is no ticket's is answered as any question.
    await member.send("Was ist ein Strategy Salon?", replied=("p1:f:salon-what:",))
    assert "Strategie-Salon ist" in member.text


async def test_a_language_without_liaison_goes_to_the_admins(relay_core: Core) -> None:
    core = relay_core
    member = Person(core, "telegram", "31", "fa")
    await member.send("/ask راهنمایی برای برگزاری گفت‌وگو می‌خواهم")
    await member.send("user:Example")  # a contact, given by choice
    [ticket] = await queued(core, "discord", "900")
    assert "راهنمایی" in ticket.body and "user:Example" in ticket.body
    assert ticket.language == "en"  # the admin never chose a language
    assert "Persian" in ticket.body


async def test_at_most_three_open_tickets_and_others_cannot_write(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    member = Person(core, "telegram", "32", "en")
    for n in range(3):
        await member.send(f"/ask Question {n}")
        await member.press(ActionKind.SKIP)
    await member.send("/ask One more")
    assert member.text == core.services.i18n.format("en", "ask-too-many", {"most": 3})
    assert await store.open_tickets("telegram", "32") == 3
    stranger = Person(core, "telegram", "33", "en")
    await stranger.send("/reply 1 I am not a liaison")
    assert "cannot write" in stranger.text
    await store.grant_role("telegram", "34", "liaison", ("de",))
    other = Person(core, "telegram", "34", "de")
    await other.send("/reply 1 Falsche Sprache")
    assert "#1" in other.text and not await queued(core, "telegram", "32")
    await other.send("/tickets")
    assert other.text == core.services.i18n.format("de", "tickets-none",
                                                   {"languages": "Deutsch"})


async def test_tickets_list_claim_and_the_claim_of_another(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    for liaison in ("41", "42"):
        await store.grant_role("telegram", liaison, "liaison", ("es",))
    member = Person(core, "telegram", "40", "es")
    await member.send("/ask ¿Dónde está el kit?")
    await member.press(ActionKind.SKIP)
    first, second = Person(core, "telegram", "41", "es"), Person(core, "telegram", "42", "es")
    await first.send("/tickets")
    assert "¿Dónde está el kit?" in first.text and "#1" in first.text
    await first.press(ActionKind.TICKET_CLAIM, "1")
    assert "#1" in first.text
    await second.send("/tickets claim 1")
    assert second.text == core.services.i18n.format("es", "ticket-claimed-other", {"ticket": 1})
    await member.send("¿Hola?", replied=("p1:tw:1:",))  # the follow-up goes to the one who claimed
    ticket, follow_up = await queued(core, "telegram", "41")
    assert "¿Dónde está el kit?" in ticket.body and "¿Hola?" in follow_up.body
    [only] = await queued(core, "telegram", "42")  # the new ticket, not the follow-up
    assert "¿Hola?" not in only.body


async def test_forget_deletes_the_members_tickets_and_their_messages(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    await store.grant_role("telegram", "51", "liaison", ("en",))
    member = Person(core, "telegram", "50", "en")
    await member.send("/ask My secret question")
    await member.press(ActionKind.SKIP)
    await member.send("/forget")
    await member.press(ActionKind.FORGET_YES)
    assert await store.get_ticket(1) is None
    everything = json.dumps([dataclasses.astuple(d) for d in await store.delivery_report(None)])
    assert "secret question" not in everything
    assert await queued(core, "telegram", "51") == []  # the unsent notice went too


async def ask_skip(member: Person, question: str) -> None:
    await member.send(f"/ask {question}")
    await member.press(ActionKind.SKIP)


async def test_a_forgotten_or_revoked_liaison_leaves_the_ticket_to_the_others(
        relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    for liaison in ("61", "62"):
        await store.grant_role("telegram", liaison, "liaison", ("de",))
    member = Person(core, "telegram", "60", "de")
    await ask_skip(member, "Erste Frage")
    await ask_skip(member, "Zweite Frage")
    first = Person(core, "telegram", "61", "de")
    await first.send("/reply 1 Antwort eins")
    await first.send("/reply 2 Antwort zwei")  # 61 holds both now
    await queued(core, "telegram", "61"), await queued(core, "telegram", "62")
    await store.revoke_role("telegram", "61", "liaison")
    await member.send("Nachfrage eins", replied=("p1:tw:1:",))
    assert await queued(core, "telegram", "61") == []  # no longer a liaison: nothing
    [to_other] = await queued(core, "telegram", "62")
    assert "Nachfrage eins" in to_other.body
    await store.grant_role("telegram", "61", "liaison", ("de",))
    await first.send("/forget")
    await first.press(ActionKind.FORGET_YES)
    assert (await store.get_ticket(2)).claimed_by is None  # type: ignore[union-attr]
    await member.send("Nachfrage zwei", replied=("p1:tw:2:",))
    [again] = await queued(core, "telegram", "62")
    assert "Nachfrage zwei" in again.body
    assert not [k for k in await store.queue_counts() if k[0] not in ("telegram", "discord")]


async def test_two_liaisons_answering_at_once_count_one_first_answer(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    for liaison in ("71", "72"):
        await store.grant_role("telegram", liaison, "liaison", ("fr",))
    await ask_skip(Person(core, "telegram", "70", "fr"), "Une question")
    await asyncio.gather(Person(core, "telegram", "71", "fr").send("/reply 1 Oui"),
                         Person(core, "telegram", "72", "fr").send("/reply 1 Non"))
    counted = await store.counts("2000-01-01", "2999-12-31", ("fr",))
    assert sum(v for (_, name), v in counted.items() if name == "tickets_answered") == 1
    assert len(await store.answer_times("2000-01-01", "2999-12-31", None)) == 1


async def test_a_member_withdraws_an_unanswered_question(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    member = Person(core, "telegram", "80", "en")
    for n in range(3):
        await ask_skip(member, f"Question {n}")
    await member.press(ActionKind.TICKET_CLOSE, "3")  # the Close under "your question is #3"
    assert await store.open_tickets("telegram", "80") == 2
    await member.send("/ask One more")
    assert "What would you like" not in member.text  # asked straight away: the contact step
    await member.press(ActionKind.SKIP)
    assert "#4" in member.text


async def test_unreachable_liaisons_leave_the_question_to_the_admins(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    await store.grant_role("telegram", "91", "liaison", ("es",))
    await store.set_reachable("telegram", "91", False)  # blocked the bot
    await ask_skip(Person(core, "telegram", "90", "es"), "¿Alguien?")
    assert await queued(core, "telegram", "91") == []
    [ticket] = await queued(core, "discord", "900")
    assert "¿Alguien?" in ticket.body


async def test_a_reply_to_the_ticket_list_is_no_tickets(relay_core: Core) -> None:
    core = relay_core
    member = Person(core, "telegram", "95", "en")
    await ask_skip(member, "First")
    await ask_skip(member, "Second")
    admin = Person(core, "discord", "900", "en")
    [listed] = await admin.send("/tickets")
    data = tuple(b.data for row in listed.buttons for b in row)
    await admin.send("Which one is this for?", replied=data)
    assert "cannot" not in admin.text and "Sent to" not in admin.text  # answered as any text
    assert await queued(core, "telegram", "95") == []


async def test_closed_tickets_are_purged_with_their_messages(relay_core: Core) -> None:
    core, store = relay_core, relay_core.services.store
    member = Person(core, "telegram", "96", "en")
    await ask_skip(member, "Keep me a month")
    await Person(core, "discord", "900", "en").send("/tickets close 1")
    assert await store.purge_tickets("2000-01-01T00:00:00Z") == 0  # closed just now
    assert await store.purge_tickets("2999-01-01T00:00:00Z") == 1
    assert await store.get_ticket(1) is None
    everything = json.dumps([dataclasses.astuple(d) for d in await store.delivery_report(None)])
    assert "Keep me a month" not in everything
