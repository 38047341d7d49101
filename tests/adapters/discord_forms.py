"""What Discord refuses in a message, an interaction response or a modal, and how it says so:
400, code 50035 "Invalid Form Body", with the field's path and an error code under `errors`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]
MESSAGE_TYPES = (4, 7)  # CHANNEL_MESSAGE_WITH_SOURCE, UPDATE_MESSAGE: `data` is a message
MODAL = 9
TEXT_INPUT, LABEL = 4, 18


@dataclass(frozen=True)
class FormError:
    path: Path
    code: str
    message: str

    def body(self) -> dict[str, Any]:
        """Discord's error shape: the path as nested objects, `_errors` at the leaf."""
        errors: dict[str, Any] = {"_errors": [{"code": self.code, "message": self.message}]}
        for key in reversed(self.path):
            errors = {str(key): errors}
        return {"message": "Invalid Form Body", "code": 50035, "errors": errors}


def too_long(path: Path, value: Any, limit: int) -> FormError | None:
    if value is not None and len(value) > limit:
        return FormError(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")
    return None


def too_big(path: Path, value: Any, limit: int) -> FormError | None:
    if value is not None and int(value) > limit:
        return FormError(path, "NUMBER_TYPE_MAX",
                         f"int value should be less than or equal to {limit}.")
    return None


def first(*found: FormError | None) -> FormError | None:
    return next((error for error in found if error is not None), None)


def message_error(message: Any, at: Path = ()) -> FormError | None:
    """A message (create, edit, follow-up): content of 2,000 characters at most; at most five
    action rows of at most five buttons, custom_id up to 100 characters, label up to 80."""
    if not isinstance(message, dict):
        return None
    rows = message.get("components") or []
    found = first(too_long((*at, "content"), message.get("content"), 2000),
                  too_long((*at, "components"), rows, 5))
    for r, row in enumerate(rows):
        items = row.get("components") or []
        found = found or too_long((*at, "components", r, "components"), items, 5)
        for i, item in enumerate(items):
            where = (*at, "components", r, "components", i)
            found = found or first(too_long((*where, "custom_id"), item.get("custom_id"), 100),
                                   too_long((*where, "label"), item.get("label"), 80))
    return found


def text_input_error(item: dict[str, Any], at: Path) -> FormError | None:
    return first(too_long((*at, "custom_id"), item.get("custom_id"), 100),
                 too_long((*at, "label"), item.get("label"), 45),
                 too_big((*at, "min_length"), item.get("min_length"), 4000),
                 too_big((*at, "max_length"), item.get("max_length"), 4000))


def modal_error(modal: Any, at: Path = ("data",)) -> FormError | None:
    """A modal: title of 45 characters at most, custom_id of 100; one to five rows, each one
    text input (in an action row, or a label of 45 characters at most around it), its label
    45 characters at most, custom_id 100, min_length and max_length 4,000 at most."""
    if not isinstance(modal, dict):
        return FormError(at, "BASE_TYPE_REQUIRED", "This field is required")
    rows = modal.get("components") or []
    found = first(too_long((*at, "title"), modal.get("title"), 45),
                  too_long((*at, "custom_id"), modal.get("custom_id"), 100),
                  too_long((*at, "components"), rows, 5))
    if not rows:
        found = found or FormError((*at, "components"), "BASE_TYPE_MIN_LENGTH",
                                   "Must be 1 or more in length.")
    for r, row in enumerate(rows):
        where: Path = (*at, "components", r)
        if row.get("type") == LABEL:
            inner, inner_at = row.get("component") or {}, (*where, "component")
            found = found or too_long((*where, "label"), row.get("label"), 45)
        else:
            items = row.get("components") or []
            found = found or too_long((*where, "components"), items, 1)
            inner, inner_at = (items or [{}])[0], (*where, "components", 0)
        found = found or text_input_error(inner, inner_at)
    return found


def callback_error(body: Any) -> FormError | None:
    """An interaction's initial response, by its type."""
    kind = (body or {}).get("type")
    if kind in MESSAGE_TYPES:
        return message_error(body.get("data"), ("data",))
    if kind == MODAL:
        return modal_error(body.get("data"))
    return None
