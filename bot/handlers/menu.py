"""Buttons that several features show."""

from __future__ import annotations

from bot.types import Action, ActionKind, Button, Text


def command_button(command: str, label: str) -> Button:
    return Button(Text(label), Action(ActionKind.COMMAND, command))


MAIN_MENU: tuple[tuple[str, str], ...] = (
    ("faq", "menu-faq"),
    ("liaison", "menu-liaison"),
    ("salon", "menu-salon"),
    ("discuss", "menu-discuss"),
    ("survey", "menu-survey"),
    ("volunteer", "menu-volunteer"),
    ("events", "menu-events"),
    ("subscribe", "menu-subscribe"),
    ("language", "menu-language"),
    ("privacy", "menu-privacy"),
    ("help", "menu-help"),
)


def main_menu() -> list[list[Button]]:
    """Two buttons a row."""
    buttons = [command_button(command, label) for command, label in MAIN_MENU]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
