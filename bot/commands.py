"""The /incidents grammar: pure parsing, no Slack and no Redis."""

from __future__ import annotations

HELP_TEXT = """*`/incidents` — ask the archive, subscribe channels*
• `/incidents anbar` — recent incidents in Anbar (a province, district or town; typos forgiven)
• `/incidents anbar since:7d actor:isis type:explosions` — with filters, in any order
• `/incidents subscribe anbar [type:… actor:…]` — this channel gets every new Anbar incident
• `/incidents unsubscribe anbar` · `/incidents unsubscribe all` · `/incidents subscriptions`
• `/incidents` — this channel's subscriptions and the last 24 h across them
Paste an article or a link in a channel I'm in and I'll reply with incident cards in its thread."""
