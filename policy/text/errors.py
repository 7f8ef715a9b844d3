"""The error of bad input (a light module: every command imports it, few need the readers)."""

from __future__ import annotations

__all__ = ["InputError"]


class InputError(ValueError):
    """Bad input from the user; ``str(err)`` is the message to show."""
