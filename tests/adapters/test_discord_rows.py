"""Discord's button rows: choices of one kind are packed five to a row; a row of different
things about one item (a ticket's ✎, Claim and Close) stays together."""

from __future__ import annotations

from bot import actions
from bot.adapters.discord_widgets import views
from bot.types import Action, ActionKind, Rendered, Shown


def rows_of(rendered: Rendered) -> list[list[list[str]]]:
    """Per message, per row, the custom_ids."""
    found = []
    for view in views(rendered, "Answer"):
        rows: dict[int, list[str]] = {}
        for item in view.children:
            rows.setdefault(item.row or 0, []).append(item.custom_id)  # type: ignore[attr-defined]
        found.append([rows[r] for r in sorted(rows)])
    return found


def test_a_ticket_list_keeps_each_tickets_buttons_in_one_row() -> None:
    rows = tuple(tuple(Shown(label, actions.encode(Action(kind, str(n))))
                       for label, kind in (("✎", ActionKind.TICKET_WRITE),
                                           ("Claim", ActionKind.TICKET_CLAIM),
                                           ("Close", ActionKind.TICKET_CLOSE)))
                 for n in range(1, 8))
    shown = rows_of(Rendered("Open questions", "en", False, rows))
    assert [len(message) for message in shown] == [5, 2]  # five rows a message
    for message in shown:
        for row in message:
            assert len({actions.decode(data).arg for data in row}) == 1, row


def test_choices_of_one_kind_are_packed_five_to_a_row() -> None:
    rows = tuple((Shown(f"Topic {n}", actions.encode(Action(ActionKind.FAQ, f"t{n}"))),)
                 for n in range(15))
    assert [[len(row) for row in message] for message in
            rows_of(Rendered("Topics", "en", False, rows))] == [[5, 5, 5]]
