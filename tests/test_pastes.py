"""Pasted text of every kind gets an answer in its thread: no incident, not English, huge."""

from __future__ import annotations

from bot.messages import ArticleRequest
from bot.queue import JobQueue

ARABIC = ("قالت مصادر أمنية إن مسلحين هاجموا نقطة تفتيش في قضاء خانقين بمحافظة ديالى، "
          "ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين، بحسب بيان رسمي صدر اليوم. ") * 3
ARABIC_WITH_LATIN = ARABIC + " Khanaqin, Diyala."
BUDGET = ("The Council of Representatives approved the federal budget on Sunday after weeks of "
          "negotiations between the blocs. The finance minister said salaries would be paid on "
          "time and that investment spending would rise next year, while economists warned "
          "about the dependence on oil revenue and the size of the public payroll.")


def code(worker_runtime, settings, text, channel="C0PASTE", ts="1.000001"):
    request = ArticleRequest(channel=channel, ts=ts, thread_ts=ts, user="U1", text=text,
                             event_id=f"Ev{channel}{ts}")
    JobQueue(settings, worker_runtime.runtime.redis).enqueue_article(request)
    worker_runtime.work()


def thread_texts(slack, channel="C0PASTE"):
    return [c.args["text"] for c in slack.calls_to("chat.postMessage") if c.args["channel"] == channel]


def test_arabic_text_gets_a_note_that_the_bot_reads_english(worker_runtime, settings, slack):
    code(worker_runtime, settings, ARABIC_WITH_LATIN)
    replies = thread_texts(slack)
    assert len(replies) == 1 and "English" in replies[0]


def test_text_without_any_incident_gets_a_kind_reply(worker_runtime, settings, slack):
    code(worker_runtime, settings, BUDGET)
    replies = thread_texts(slack)
    assert len(replies) == 1 and replies[0].startswith("No incident found")
    reactions = [c.args["name"] for c in slack.calls_to("reactions.add")]
    assert "heavy_minus_sign" in reactions


def test_a_paste_at_slacks_40000_character_limit_is_coded(worker_runtime, settings, slack):
    attack = ("Gunmen attacked a checkpoint of the Iraqi army near Tarmiyah in Salah al-Din province "
              "on Sunday, killing two soldiers, security sources said. ")
    filler = ("The ministry said it would review the security plan for the northern districts "
              "and hold meetings with tribal leaders in the coming weeks. ")
    text = attack + filler * (39_800 // len(filler))
    assert 39_000 < len(text) <= 40_000
    code(worker_runtime, settings, text)
    cards = [c for c in slack.calls_to("chat.postMessage") if c.args.get("blocks") and
             c.args["blocks"][0]["type"] == "header"]
    assert cards, thread_texts(slack)
