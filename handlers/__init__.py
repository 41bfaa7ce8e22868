"""Slack listeners, grouped by kind; `register_all(app)` wires every group into an app."""

from __future__ import annotations

from slack_bolt import App

from handlers import actions, commands, events, messages


def register_all(app: App) -> None:
    messages.register(app)
    commands.register(app)
    events.register(app)
    actions.register(app)
