from bot.messages import job_id_for, links_from_text, parse_message, plain_text, text_fingerprint
from tests.slackkit import link_blocks

ARTICLE = ("Gunmen attacked a checkpoint near Tarmiyah on Sunday, killing three soldiers. " * 5).strip()


def verdict(event, **kw):
    args = dict(own_user_id="UBOT", own_bot_id="BBOT", allowed_bot_ids=frozenset({"BRSS"}),
                min_article_chars=200, event_id="Ev1")
    args.update(kw)
    return parse_message(event, **args)


def event(**fields):
    base = {"type": "message", "channel": "C1", "user": "U1", "ts": "1.000001", "text": ARTICLE}
    base.update(fields)
    return base


def test_article_text_is_work_and_threads_on_its_own_ts():
    request = verdict(event()).request
    assert request is not None
    assert request.thread_ts == "1.000001" and request.links == [] and request.text == ARTICLE


def test_reply_in_a_thread_stays_in_that_thread():
    request = verdict(event(thread_ts="0.5")).request
    assert request.thread_ts == "0.5"


def test_chatter_is_skipped():
    result = verdict(event(text="thanks, on it"))
    assert result.request is None and result.reason.startswith("chatter")


def test_edits_deletes_and_joins_are_skipped():
    for subtype in ("message_changed", "message_deleted", "channel_join"):
        assert verdict(event(subtype=subtype)).request is None


def test_own_and_foreign_bots_are_skipped_but_allowed_bots_pass():
    assert verdict(event(user="UBOT")).request is None
    assert verdict(event(bot_id="BBOT", subtype="bot_message")).request is None
    assert verdict(event(bot_id="BOTHER", subtype="bot_message")).request is None
    allowed = verdict(event(bot_id="BRSS", subtype="bot_message", user=None))
    assert allowed.request is not None


def test_links_come_from_rich_text_blocks_first():
    ev = event(text="see <https://example.org/a?x=1&amp;y=2|this>",
               blocks=link_blocks("https://news.example/story"))
    assert verdict(ev).request.links == ["https://news.example/story"]


def test_links_fall_back_to_slack_markup_unescaped():
    ev = event(text="see <https://example.org/a?x=1&amp;y=2|this report>")
    request = verdict(ev).request
    assert request.links == ["https://example.org/a?x=1&y=2"]
    assert request.text == "see this report"


def test_short_message_with_a_link_is_work():
    assert links_from_text("<https://a.example/x>") == ["https://a.example/x"]
    assert verdict(event(text="<https://a.example/x>")).request.links == ["https://a.example/x"]


def test_only_http_links():
    assert verdict(event(text="<mailto:a@b.c>")).request is None


def test_malformed_events_say_so():
    assert verdict("nonsense").reason.startswith("malformed")
    assert verdict(event(channel=None)).reason.startswith("malformed")
    assert verdict(event(text=42)).reason.startswith("malformed")
    assert verdict(event(user=["x"])).reason.startswith("malformed")


def test_plain_text_unescapes_and_drops_mentions():
    assert plain_text("<@U123> hi &lt;b&gt; &amp; <#C1|news>") == "hi <b> &"


def test_job_ids_are_stable_and_safe():
    request = verdict(event(channel="C1", ts="1700000000.123456")).request
    job_id = job_id_for(request, "incidentbot")
    assert job_id == "incidentbot-msg-C1-1700000000_123456"
    assert all(c.isalnum() or c in "-_" for c in job_id)


def test_text_fingerprint_ignores_case_and_spacing():
    assert text_fingerprint("A  b\nC") == text_fingerprint("a b c")
    assert text_fingerprint("a b c") != text_fingerprint("a b d")
