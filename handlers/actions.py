"""Interactive actions (buttons on query results)."""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    """Buttons arrive with the /incidents query results."""
