"""/incidents over HTTP: signed form bodies exactly as Slack sends them, answers at the fake Slack."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import redis

from bot.cli import build_app
from bot.commands import parse
from bot.models import ActorRef, Incident, Location, Source
from bot.server import make_wsgi
from bot.store import Store
from bot.subscriptions import Subscriptions
from tests.slackkit import message_event, post, post_command, post_event, signed_headers

ARTICLE = (Path(__file__).parent / "fixtures" / "slack" / "two_incidents.txt").read_text()


@pytest.fixture
def bot(settings, slack):
    from waitress import create_server

    app, connection, jobs = build_app(settings)
    server = create_server(make_wsgi(app, connection, jobs, settings.slack_signing_secret),
                           host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{server.effective_port}/slack/events"
    counter = iter(range(1, 10_000))

    class Bot:
        store = Store(connection, settings.key_prefix)
        subscriptions = Subscriptions(connection, settings.key_prefix)

        def __init__(self):
            self.url, self.jobs = url, jobs

        def command(self, text, channel="C0NEWS", user="UANA"):
            name = f"r{next(counter)}"
            fields = {"token": "x", "team_id": "T0TEAM", "team_domain": "team", "channel_id": channel,
                      "channel_name": channel.lower(), "user_id": user, "user_name": "ana",
                      "command": "/incidents", "text": text, "api_app_id": "A0APP",
                      "response_url": slack.response_url(name), "trigger_id": f"t.{name}"}
            status, _ = post_command(url, fields)
            assert status == 200
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                found = [c for c in slack.calls_to("response") if c.args["_response_id"] == name]
                if found:
                    return found[0].args
                time.sleep(0.02)
            raise AssertionError(f"no response to /incidents {text}")

        def click(self, response, channel="C0NEWS", user="UANA", index=0):
            buttons = [e for b in response["blocks"] if b["type"] == "actions" for e in b["elements"]]
            button = buttons[index]
            name = f"a{next(counter)}"
            payload = {"type": "block_actions", "user": {"id": user, "username": "ana"},
                       "api_app_id": "A0APP", "team": {"id": "T0TEAM"}, "channel": {"id": channel},
                       "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
                       "trigger_id": f"t.{name}", "response_url": slack.response_url(name),
                       "actions": [{"type": "button", "action_id": button["action_id"],
                                    "block_id": "b", "value": button["value"],
                                    "action_ts": "1.1"}]}
            body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
            status, _ = post(url, body, signed_headers(
                body, content_type="application/x-www-form-urlencoded"))
            assert status == 200
            return slack.wait_for("response", timeout=10) and [
                c.args for c in slack.wait_for("response") if c.args["_response_id"] == name][-1]

    yield Bot()
    server.close()


def text_of(response) -> str:
    return response.get("text", "") + json.dumps(response.get("blocks") or [], ensure_ascii=False)


def anbar_incident(n: int, day: str, place="Ramadi", district="Ramadi", actor="Islamic State",
                   event_type="Battles", province=("Anbar", "IQ-AN")) -> Incident:
    return Incident(
        summary=f"incident {n} near {place}", event_type=event_type, sub_event_type="Armed clash",
        date=day, location=Location(name=place, district=district, province=province[0],
                                    province_code=province[1], country="Iraq", country_code="IQ",
                                    lat=33.4, lon=43.3, precision="town"),
        actors=[ActorRef(actor, actor, "perpetrator", "Rebel group")], killed=n % 3,
        evidence=[f"evidence number {n}"])


def seed(bot, count=12):
    incidents = [anbar_incident(n, f"2026-11-{n + 1:02d}") for n in range(count)]
    bot.store.save_incidents(incidents, Source(), {"channel": "C0NEWS", "ts": "1.1"})
    return incidents


def test_help_is_ephemeral_grammar(bot):
    response = bot.command("help")
    assert response["response_type"] == "ephemeral"
    assert "subscribe" in response["text"] and "since:" in response["text"]


def test_query_lists_ten_newest_with_more_button_and_pages(bot):
    seed(bot, 12)
    response = bot.command("anbar")
    assert response["response_type"] == "ephemeral"
    lines = [b for b in response["blocks"] if b["type"] == "section"][1:]
    assert len(lines) == 10
    assert "incident 11 near" in lines[0]["text"]["text"]  # newest first
    assert "1–10 of 12" in text_of(response)
    more = bot.click(response)
    assert "11–12 of 12" in text_of(more)


@pytest.mark.parametrize("typed", ["anbr", "al-anbar", "Anbar province", "ANBAR"])
def test_typos_and_transliterations_are_forgiven(bot, typed):
    seed(bot, 2)
    assert "Anbar province" in text_of(bot.command(typed))


@pytest.mark.parametrize("typed, canonical", [("ninawa", "Nineveh"), ("salahuddin", "Salah al-Din")])
def test_transliterations_echo_the_canonical_name(bot, typed, canonical):
    response = bot.command(typed)
    assert f"No incidents in {canonical} province" in response["text"]


def test_district_query_finds_incidents_in_it(bot):
    bot.store.save_incidents([anbar_incident(1, "2026-11-20", place="Bahary Taza", district="Khanaqin",
                                             province=("Diyala", "IQ-DI"))], Source(), {})
    assert "Bahary Taza" in text_of(bot.command("khanaqin"))


def test_unknown_place_says_so_and_offers_closest(bot):
    response = bot.command("anbra")
    assert response["text"].startswith("No place called 'anbra'. Did you mean Anbar")
    assert response["response_type"] == "ephemeral"
    nothing = bot.command("qwxzv")
    assert nothing["text"].startswith("No place called 'qwxzv'")


def test_filters_since_actor_type(bot):
    seed(bot, 3)
    bot.store.save_incidents([anbar_incident(50, "2026-10-01", actor="Peshmerga",
                                             event_type="Explosions/Remote violence")], Source(), {})
    assert "1–1 of 1" in text_of(bot.command("anbar actor:peshmarga"))
    assert "1–1 of 1" in text_of(bot.command("anbar type:explosions"))
    assert "of 3" in text_of(bot.command("anbar since:2026-11-01"))
    assert "No incidents in Anbar province (since 1d)" in bot.command("anbar since:1d")["text"]
    assert "not a period" in bot.command("anbar since:soon")["text"]
    assert "No actor called" in bot.command("anbar actor:zzzzqqq")["text"]


def test_empty_results_are_said_plainly(bot):
    assert bot.command("kirkuk")["text"] == "No incidents in Kirkuk province yet."


def test_subscribe_confirms_in_channel_and_is_idempotent(bot):
    first = bot.command("subscribe anbar", channel="C0OPS")
    assert first["response_type"] == "in_channel"
    assert first["text"].startswith("<@UANA> subscribed this channel to Anbar (all incident types)")
    again = bot.command("subscribe anbr", channel="C0OPS")
    assert again["response_type"] == "ephemeral" and "already subscribed" in again["text"]
    listed = bot.command("subscriptions", channel="C0OPS")
    sub = bot.subscriptions.for_channel("C0OPS")[0]
    assert sub.id in text_of(listed) and "<@UANA>" in text_of(listed)
    filtered = bot.command("subscribe diyala type:explosions actor:isis", channel="C0OPS")
    assert "Diyala (Explosions/Remote violence, actor Islamic State)" in filtered["text"]


def test_unsubscribe_by_place_id_and_all(bot):
    bot.command("subscribe anbar", channel="C0OPS")
    bot.command("subscribe diyala", channel="C0OPS")
    bot.command("subscribe kirkuk", channel="C0OPS")
    missing = bot.command("unsubscribe nineveh", channel="C0OPS")
    assert "not subscribed to Nineveh" in missing["text"] and "/incidents subscribe" in missing["text"]
    assert missing["response_type"] == "ephemeral"
    gone = bot.command("unsubscribe anbar", channel="C0OPS")
    assert gone["response_type"] == "in_channel" and "from Anbar" in gone["text"]
    diyala = [s for s in bot.subscriptions.for_channel("C0OPS") if s.place_name == "Diyala"][0]
    assert "Diyala" in bot.command(f"unsubscribe {diyala.id}", channel="C0OPS")["text"]
    assert "everything" in bot.command("unsubscribe all", channel="C0OPS")["text"]
    assert bot.subscriptions.for_channel("C0OPS") == []


def test_subscribing_a_dm_or_a_channel_without_the_bot_explains(bot, slack):
    assert "direct messages" in bot.command("subscribe anbar", channel="D0DM")["text"]
    slack.set_channel_info("G0PRIV", error="channel_not_found")
    assert "/invite @incidentbot" in bot.command("subscribe anbar", channel="G0PRIV")["text"]
    slack.set_channel_info("C0NOTIN", is_member=False)
    assert "/invite @incidentbot" in bot.command("subscribe anbar", channel="C0NOTIN")["text"]
    assert bot.subscriptions.for_channel("G0PRIV") == [] == bot.subscriptions.for_channel("C0NOTIN")


def test_ambiguous_or_unsure_place_offers_buttons_that_act(bot):
    response = bot.command("subscribe anbra", channel="C0OPS")
    assert bot.subscriptions.for_channel("C0OPS") == []  # never subscribe to a guessed place
    confirmed = bot.click(response, channel="C0OPS")
    assert "subscribed this channel to Anbar" in confirmed["text"]


def test_overview_shows_subscriptions_and_last_day(bot):
    assert "no subscriptions" in bot.command("", channel="C0OPS")["text"]
    bot.command("subscribe anbar", channel="C0OPS")
    today = time.strftime("%Y-%m-%d", time.gmtime())
    bot.store.save_incidents([anbar_incident(7, today)], Source(), {})
    overview = text_of(bot.command("", channel="C0OPS"))
    assert "Anbar" in overview and "incident 7 near Ramadi" in overview


def test_fan_out_to_subscribers_once_never_back_to_origin(bot, slack, worker_runtime):
    for channel in ("C0SUB1", "C0SUB2", "C0NEWS"):
        bot.command("subscribe diyala", channel=channel)
    bot.command("subscribe anbar", channel="C0SUB1")
    slack.set_channel_info("C0GONE", is_member=True)
    bot.command("subscribe diyala", channel="C0GONE")
    slack.channel_error("C0GONE", "not_in_channel")
    slack.clear()
    payload = message_event(ARTICLE, channel="C0NEWS")
    assert post_event(bot.url, payload)[0] == 200
    deadline = time.monotonic() + 5
    while len(bot.jobs) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    worker_runtime.work()
    posts = slack.calls_to("chat.postMessage")
    by_channel: dict[str, list] = {}
    for call in posts:
        by_channel.setdefault(call.args["channel"], []).append(call)
    assert all("thread_ts" in c.args for c in by_channel["C0NEWS"])  # only the thread cards
    diyala_cards = lambda ch: [c for c in by_channel.get(ch, []) if "Diyala" in json.dumps(c.args["blocks"])]  # noqa: E731
    assert len(diyala_cards("C0SUB1")) == 1 and len(diyala_cards("C0SUB2")) == 1
    assert any("Anbar" in json.dumps(c.args["blocks"]) for c in by_channel["C0SUB1"])
    assert "C0GONE" not in by_channel
    gone = bot.subscriptions.for_channel("C0GONE")[0]
    assert gone.paused == "not_in_channel"  # kept, paused, visible
    assert "paused" in text_of(bot.command("subscriptions", channel="C0GONE"))
    # the same incidents delivered again (a second paste, a retried job): nothing new posted
    from workers.publish import deliver_to_subscribers

    stored = bot.store.query(limit=10).items
    assert stored
    again = deliver_to_subscribers(worker_runtime.runtime.client, bot.store, bot.subscriptions,
                                   incidents=[s.incident for s in stored], origin_channel="C0OTHER",
                                   owner="another-job")
    assert again == {}


def test_subscriptions_and_archive_survive_a_redis_restart(tmp_path, settings):
    from bot.connection import start_embedded, stop_embedded

    directory = Path("/tmp") / f"ibrestart-{settings.key_prefix}"
    try:
        url = start_embedded(directory)
        connection = redis.Redis.from_url(url)
        subs, store = Subscriptions(connection, "p"), Store(connection, "p")
        store.save_incidents([anbar_incident(1, "2026-11-02")], Source(), {})
        from bot.subscriptions import Subscription

        subs.add(Subscription(channel="C1", place_id="IQ-AN", place_name="Anbar",
                              place_kind="province", place_key="prov:IQ-AN"))
        connection.close()
        stop_embedded(directory)
        deadline = time.monotonic() + 10
        while (directory / "redis" / "redis.sock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        url = start_embedded(directory)
        connection = redis.Redis.from_url(url)
        assert [s.place_name for s in Subscriptions(connection, "p").for_channel("C1")] == ["Anbar"]
        assert Store(connection, "p").query(province_code="IQ-AN").total == 1
        connection.close()
    finally:
        stop_embedded(directory)
        import shutil

        shutil.rmtree(directory, ignore_errors=True)


def test_grammar_parses_every_form():
    assert parse("").verb == "overview"
    assert parse("help").verb == "help"
    cmd = parse("anbar since:7d actor:isis type:explosions")
    assert (cmd.verb, cmd.place, cmd.filters) == ("query", "anbar", {"since": "7d", "actor": "isis",
                                                                     "type": "explosions"})
    assert parse("type:battles salah al-din").place == ""  # the place comes first
    assert parse("subscribe anbar type:battles").filters == {"type": "battles"}
    assert parse("unsubscribe all").place == "all"
    assert parse("anbar foo:bar").error and parse("subscribe").error
    assert parse("subscribe anbar since:7d").error
