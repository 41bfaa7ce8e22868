"""Other event listeners: acknowledged so Slack does not retry them, and otherwise no-ops.

An @mention in a channel also arrives as a message event, which does the work; answering
the mention too would code the article twice.
"""

from __future__ import annotations

import logging

from slack_bolt import App

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    app.event("app_mention")(on_app_mention)
    app.event("member_joined_channel")(on_member_joined)
    app.event("app_home_opened")(on_app_home_opened)


def on_app_mention() -> None:
    """Handled through the matching message event."""


def on_member_joined() -> None:
    """Nothing to do yet; listed so Slack's delivery is acknowledged with 200."""


def on_app_home_opened() -> None:
    """Nothing to do yet."""
