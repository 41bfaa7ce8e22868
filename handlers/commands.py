"""The /incidents slash command: acknowledged at once, answered through respond()."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.commands import HELP_TEXT

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    app.command("/incidents")(on_incidents)


def on_incidents(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
    ack()
    respond(response_type="ephemeral", text=HELP_TEXT)
