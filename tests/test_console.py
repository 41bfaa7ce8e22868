"""The console: the same handlers, jobs and store, with Slack rendered in the terminal."""

from __future__ import annotations

import io
from pathlib import Path

from bot.console import run_console

ARTICLE = (Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt").read_text()


def test_console_codes_a_pasted_article_and_answers_commands(settings, pipeline, tmp_path):
    from workers import runtime

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    script = "\n".join([
        "thanks, on it",
        f":file {article}",
        "/incidents help",
        "/incidents diyala",
        "/incidents subscribe anbar",
        ":paste",
        "Ten protesters were injured when police fired tear gas at a demonstration",
        "in Nasiriyah in Dhi Qar province on Friday, medics said. The protesters",
        "demanded jobs and electricity. Police arrested four demonstrators, a rights group said.",
        ".",
        ":quit",
        "never read",
    ]) + "\n"
    out = io.StringIO()
    local = settings.with_(slack_bot_token=None, slack_signing_secret=None)
    original_init = runtime.init

    def init_with_session_pipeline(*args, **kwargs):
        kwargs["load_pipeline"] = False
        rt = original_init(*args, **kwargs)
        rt._pipeline = pipeline
        return rt

    runtime.init = init_with_session_pipeline
    try:
        assert run_console(local, stdin=io.StringIO(script), out=out) == 0
    finally:
        runtime.init = original_init
        runtime.reset()
    text = out.getvalue()
    assert "bot in thread>" in text
    assert "Diyala" in text and "Anbar" in text and "Islamic State" in text
    assert "subscribed this channel to Anbar" in text
    assert "/incidents anbar" in text  # the help
    assert "Nasiriyah" in text or "Dhi Qar" in text
    assert "never read" not in text
    # chatter made no card: the first bot output comes after the article's reaction
    assert text.index("(bot reacted :eyes:)") > text.index("incidentbot console")
