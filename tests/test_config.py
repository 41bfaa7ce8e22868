import pytest

from bot.config import DEFAULT_SPACY_MODEL, Settings
from bot.errors import ConfigError


def test_defaults_without_environment():
    settings = Settings.from_env({})
    assert settings.slack_bot_token is None and not settings.has_slack
    assert settings.redis_url is None
    assert str(settings.data_dir) == "var"
    assert settings.spacy_model == DEFAULT_SPACY_MODEL
    assert settings.slack_api_url == "https://slack.com/api/"


def test_values_are_read_and_typed():
    settings = Settings.from_env({
        "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": "http://127.0.0.1:9/api",
        "ALLOWED_BOT_IDS": "B1, B2", "SPACY_MODEL": "en_core_web_sm", "FETCH_TIMEOUT": "2.5",
        "FETCH_ALLOWED_PRIVATE": "mirror.local:8080", "REDIS_URL": "redis://127.0.0.1:6379/3",
    })
    assert settings.allowed_bot_ids == frozenset({"B1", "B2"})
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.spacy_model == "en_core_web_sm"
    assert settings.fetch_timeout == 2.5
    assert settings.fetch_allowed_private == ("mirror.local:8080",)


@pytest.mark.parametrize("env, name", [
    ({"SLACK_BOT_TOKEN": "xoxp-user"}, "SLACK_BOT_TOKEN"),
    ({"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"),
    ({"REDIS_URL": "localhost:6379"}, "REDIS_URL"),
    ({"JOB_TIMEOUT": "soon"}, "JOB_TIMEOUT"),
    ({"FETCH_TIMEOUT": "-1"}, "FETCH_TIMEOUT"),
    ({"KNOWN_PLACES": "/nonexistent/places.csv"}, "KNOWN_PLACES"),
    ({"SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"),
    ({"LOG_FORMAT": "xml"}, "LOG_FORMAT"),
])
def test_bad_settings_name_the_variable(env, name):
    with pytest.raises(ConfigError, match=name):
        Settings.from_env(env)


def test_cli_reports_a_bad_variable_in_one_line(capsys, monkeypatch):
    from bot.cli import main

    monkeypatch.setenv("REDIS_URL", "nonsense")
    assert main(["worker"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "REDIS_URL" in err[0]
