"""Deployment files parse and say what the app needs.

No Docker engine is needed: compose files and the Slack manifest are parsed with
yaml.safe_load, the Dockerfile line by line, the systemd units with configparser, and
env.example is compared with the variables bot/config.py actually reads, so a new
setting cannot ship undocumented.
"""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

import pytest
import yaml

from bot.config import DEFAULT_JOB_TIMEOUT

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "compose.yaml"
MANIFEST = DEPLOY / "slack-app-manifest.yaml"
DOCKERFILE = DEPLOY / "Dockerfile"
ENV_EXAMPLE = DEPLOY / "env.example"
README = DEPLOY / "README.md"
SYSTEMD = DEPLOY / "systemd"

APP_SERVICES = ("bot", "worker", "bot-http")
REDIS_URL = "redis://redis:6379/0"


# --- helpers ---------------------------------------------------------------------------


def _load_yaml(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def _seconds(value: str | int) -> int:
    """Compose duration ('330s', '5m30s', '1h') or bare seconds to seconds."""
    if isinstance(value, int):
        return value
    parts = re.findall(r"(\d+)(h|ms|m|s|us)", value)
    assert parts and "".join(n + u for n, u in parts) == value, f"bad duration {value!r}"
    scale = {"h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 0.000001}
    return int(sum(int(n) * scale[u] for n, u in parts))


def _env_dict(environment: dict | list | None) -> dict[str, str]:
    if environment is None:
        return {}
    if isinstance(environment, dict):
        return {k: str(v) for k, v in environment.items()}
    return dict(item.split("=", 1) for item in environment)


def _dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # comment inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, rest = full.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    assert not pending, "Dockerfile ends inside a continued line"
    return instructions


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for keyword, rest in _dockerfile_instructions():
        if keyword == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((keyword, rest))
    return stages


def _exec_form(args: str) -> list[str]:
    value = yaml.safe_load(args)  # a JSON array is valid YAML
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def _entrypoint() -> list[str]:
    final = _stages()[-1]
    return _exec_form([rest for kw, rest in final if kw == "ENTRYPOINT"][-1])


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read(SYSTEMD / name, encoding="utf-8")
    return parser


def _config_env_names() -> set[str]:
    """Every environment variable bot/config.py reads, found in its source."""
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    patterns = (
        # get("X"), integer("X", ...), number(...), boolean(...), env.get("X"), getenv("X")
        r"""\b(?:get|getenv|integer|number|boolean|_\w+)\(\s*["']([A-Z][A-Z0-9_]+)["']""",
        r"""environ\[\s*["']([A-Z][A-Z0-9_]+)["']\s*\]""",
    )
    names: set[str] = set()
    for pattern in patterns:
        names.update(re.findall(pattern, source))
    return names


# --- compose ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return _load_yaml(COMPOSE)


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def test_compose_has_the_services(services):
    assert {"redis", "bot", "worker", "bot-http", "rq-dashboard"} <= set(services)


def test_redis_persists_with_aof_everysec(compose, services):
    redis = services["redis"]
    assert str(redis["image"]).split(":")[0] == "redis"
    assert str(redis["image"]).split(":")[1].startswith("7")
    command = redis["command"]
    command = shlex.split(command) if isinstance(command, str) else [str(c) for c in command]
    assert command[0] == "redis-server"
    assert command[command.index("--appendonly") + 1] == "yes"
    assert command[command.index("--appendfsync") + 1] == "everysec"
    assert "--maxmemory-policy" not in command, "RQ needs the default noeviction"

    mounts = [v.split(":") for v in redis["volumes"]]
    data = [src for src, dst, *_ in mounts if dst == "/data"]
    assert data, "redis /data must be on a volume"
    assert data[0] in compose["volumes"], "redis data must be a named volume"

    test = redis["healthcheck"]["test"]
    test = test if isinstance(test, str) else " ".join(test)
    assert "redis-cli ping" in test
    assert redis["restart"] == "unless-stopped"


def test_every_service_restarts(services):
    for name, service in services.items():
        assert service.get("restart") in {"always", "unless-stopped", "on-failure"}, name


def test_app_services_share_one_image_and_build(services):
    images = {services[name]["image"] for name in APP_SERVICES}
    builds = {repr(services[name]["build"]) for name in APP_SERVICES}
    assert len(images) == 1 and len(builds) == 1

    build = services["bot"]["build"]
    context = (COMPOSE.parent / build["context"]).resolve()
    assert context == ROOT
    assert (context / build["dockerfile"]).resolve() == DOCKERFILE


def test_app_services_env_redis_and_dependency(services):
    for name in APP_SERVICES:
        service = services[name]
        env_file = service["env_file"]
        env_files = [env_file] if isinstance(env_file, str) else env_file
        assert ".env" in [f if isinstance(f, str) else f["path"] for f in env_files], name
        assert _env_dict(service.get("environment"))["REDIS_URL"] == REDIS_URL, name
        assert service["depends_on"]["redis"]["condition"] == "service_healthy", name
        assert "profiles" not in service or name == "bot-http"


def test_bot_runs_socket_mode_by_default(services):
    bot = services["bot"]
    assert "profiles" not in bot
    assert _entrypoint() + bot["command"] == ["incidentbot", "serve"]
    assert "ports" not in bot, "Socket Mode needs no inbound port"


def test_worker_runs_incidentbot_worker_and_drains_on_stop(services):
    worker = services["worker"]
    assert _entrypoint() + worker["command"] == ["incidentbot", "worker"]
    assert worker["deploy"]["replicas"] >= 2
    assert worker.get("stop_signal", "SIGTERM") == "SIGTERM"
    assert _seconds(worker["stop_grace_period"]) > DEFAULT_JOB_TIMEOUT
    assert "container_name" not in worker, "a fixed name breaks --scale"


def test_http_profile_serves_and_checks_healthz(services):
    http = services["bot-http"]
    assert http["profiles"] == ["http"]
    argv = _entrypoint() + http["command"]
    assert argv[:2] == ["incidentbot", "serve"] and "--http" in argv
    port = argv[argv.index("--port") + 1]
    assert any(str(p).rsplit(":", 1)[-1] == port for p in http["ports"])
    test = " ".join(http["healthcheck"]["test"])
    assert f"127.0.0.1:{port}/healthz" in test


def test_dashboard_is_optional_and_local(services):
    dash = services["rq-dashboard"]
    assert dash["profiles"] == ["dashboard"]
    assert _env_dict(dash["environment"])["RQ_DASHBOARD_REDIS_URL"] == REDIS_URL
    assert all(str(p).startswith("127.0.0.1:") for p in dash["ports"]), "no auth: loopback only"


def test_named_volumes_are_declared(compose, services):
    declared = set(compose.get("volumes") or {})
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith((".", "/", "~")):
                assert source in declared, f"{name}: volume {source} is not declared"


# --- Dockerfile ------------------------------------------------------------------------


def test_dockerfile_base_user_entrypoint():
    instructions = _dockerfile_instructions()
    args = {}
    for keyword, rest in instructions:
        if keyword == "FROM":
            break
        if keyword == "ARG" and "=" in rest:
            key, value = rest.split("=", 1)
            args[key] = value

    def resolve(text: str) -> str:
        return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: args[m.group(1) or m.group(2)], text)

    stages = _stages()
    assert len(stages) >= 2, "multi-stage: build tools stay in the builder"
    for stage in stages:
        assert resolve(stage[0][1].split()[0]) == "python:3.11-slim"

    final = stages[-1]
    users = [rest for kw, rest in final if kw == "USER"]
    assert users, "final stage must switch user"
    assert users[-1].split(":")[0] not in {"root", "0"}
    assert _entrypoint() == ["incidentbot"]
    assert _exec_form([rest for kw, rest in final if kw == "CMD"][-1]) == ["serve"]

    final_runs = " ".join(rest for kw, rest in final if kw == "RUN")
    for tool in ("build-essential", "gcc", "g++", "make"):
        assert not re.search(rf"install[^&;]*\b{re.escape(tool)}\b", final_runs), tool

    all_runs = " ".join(rest for kw, rest in instructions if kw == "RUN")
    assert re.search(r"pip install (--\S+ )*\.(\s|$)", all_runs), "installs the project"


def test_dockerfile_copies_every_package_and_documents_healthcheck():
    text = DOCKERFILE.read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = re.search(r"^packages\s*=\s*\[([^\]]*)\]", pyproject, re.M)
    assert packages
    copied = " ".join(rest for kw, rest in _dockerfile_instructions() if kw == "COPY")
    for package in re.findall(r'"([^"]+)"', packages.group(1)):
        assert re.search(rf"(^|\s){package}(\s|$)", copied), package
        assert (ROOT / package).is_dir()
    assert "pyproject.toml" in copied
    assert re.search(r"^#.*HEALTHCHECK", text, re.M) and "/healthz" in text


# --- Slack manifest ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def manifest() -> dict:
    return _load_yaml(MANIFEST)


def test_manifest_layout(manifest):
    assert manifest["_metadata"]["major_version"] == 1
    assert set(manifest) <= {
        "_metadata",
        "display_information",
        "features",
        "oauth_config",
        "settings",
    }
    info = manifest["display_information"]
    assert info["name"] == "incidentbot"
    assert len(info["name"]) <= 35 and len(info.get("description", "")) <= 140
    assert manifest["features"]["bot_user"]["display_name"]


def test_manifest_incidents_command(manifest):
    commands = {c["command"]: c for c in manifest["features"]["slash_commands"]}
    incidents = commands["/incidents"]
    assert incidents["description"]
    assert incidents["usage_hint"] == "anbar | subscribe anbar | help"
    assert all(re.fullmatch(r"/[\w-]{1,31}", name) for name in commands)


def test_manifest_socket_mode_settings(manifest):
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["org_deploy_enabled"] is False
    assert settings["token_rotation_enabled"] is False


def test_manifest_scopes_cover_events(manifest):
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    event_scope = {
        "message.channels": "channels:history",
        "message.groups": "groups:history",
        "message.im": "im:history",
        "message.mpim": "mpim:history",
        "app_mention": "app_mentions:read",
    }
    assert set(event_scope) <= events
    for event in events:
        assert event_scope[event] in scopes, event
    assert {
        "chat:write",
        "commands",
        "reactions:write",
        "channels:read",
        "groups:read",
        "users:read",
    } <= scopes
    assert len(scopes) == len(manifest["oauth_config"]["scopes"]["bot"]), "duplicate scope"


# --- systemd -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "subcommand"),
    [("incidentbot.service", "serve"), ("incidentbot-worker@.service", "worker")],
)
def test_systemd_units(name, subcommand):
    unit = _unit(name)
    assert {"Unit", "Service", "Install"} <= set(unit.sections())
    service = unit["Service"]
    argv = shlex.split(service["ExecStart"])
    assert Path(argv[0]).name == "incidentbot" and argv[0].startswith("/")
    assert argv[1] == subcommand
    assert service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM"
    assert service["EnvironmentFile"].lstrip("-") == "/etc/incidentbot/env"
    assert service["User"] not in {"root", "0"}
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_systemd_worker_lets_the_job_finish():
    service = _unit("incidentbot-worker@.service")["Service"]
    assert int(service["TimeoutStopSec"]) > DEFAULT_JOB_TIMEOUT
    # SIGTERM to the main worker only: RQ's forked work-horse dies on SIGTERM.
    assert service["KillMode"] == "mixed"


# --- env.example ---------------------------------------------------------------------------

_VAR_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]+)=(.*)$")


def test_config_regex_finds_the_settings():
    names = _config_env_names()
    assert {"SLACK_BOT_TOKEN", "REDIS_URL", "JOB_TIMEOUT", "INCIDENTBOT_REACTIONS"} <= names
    assert len(names) >= 15


def test_env_example_documents_every_variable():
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    listed: dict[str, int] = {}
    for number, line in enumerate(lines):
        match = _VAR_LINE.match(line)
        if match:
            assert match.group(1) not in listed, f"{match.group(1)} listed twice"
            listed[match.group(1)] = number
    read = _config_env_names()
    assert sorted(read - set(listed)) == [], "bot/config.py reads these; document them"
    assert sorted(set(listed) - read) == [], "env.example lists unknown variables"
    for name, number in listed.items():
        before = lines[number - 1] if number else ""
        assert before.startswith("#") and not _VAR_LINE.match(before), f"{name} has no comment"


def test_env_example_is_a_plain_env_file():
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        assert sep and re.fullmatch(r"[A-Z][A-Z0-9_]*", name), line  # no `export`, no spaces
        assert not value.startswith(("'", '"')), (
            f"{name}: quotes differ between compose and systemd"
        )
        if "TOKEN" in name or "SECRET" in name:
            assert value == "", f"{name} must ship empty"


def test_env_example_sets_redis_url():
    # Unset, each host would start an embedded Redis inside one systemd unit.
    values = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert values["REDIS_URL"].startswith("redis://")


# --- the rest ------------------------------------------------------------------------------


def test_dockerignore_example_keeps_secrets_out():
    entries = set((DEPLOY / "dockerignore.example").read_text(encoding="utf-8").split())
    assert {".git", ".venv", ".env"} <= entries


def test_readme_covers_the_essentials():
    text = README.read_text(encoding="utf-8")
    for needle in (
        "slack-app-manifest.yaml",
        "docker compose -f deploy/compose.yaml up -d",
        "--scale worker=",
        "everysec",
        "Socket Mode",
        "HTTP mode",
        "systemd",
        "Sentinel",
        "Redis Cluster",
        "rq-dashboard",
        "dockerignore.example",
        "env.example",
    ):
        assert needle in text, needle
