import json

from bot.cards import fallback_text, incident_blocks, incident_message, render_text
from bot.models import ActorRef, Incident, Location


def incident(**kw):
    base = dict(
        summary="Islamic State militants attacked the village, killing two Kakai civilians.",
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        date="2026-11-20",
        location=Location(name="Bahary Taza", district="Khanaqin", province="Diyala",
                          province_code="IQ-DI", country="Iraq", country_code="IQ",
                          lat=34.33, lon=45.34, precision="village"),
        actors=[ActorRef("Islamic State", "Daesh", "perpetrator", "Rebel group"),
                ActorRef("Kakai", "Kakais", "target", "Civilians")],
        killed=2, injured=10, evidence=["The toll was two killed <and> 10 injured."], confidence=0.8)
    base.update(kw)
    return Incident(**base)


def test_card_shows_place_chain_actors_and_counts():
    text = render_text(incident_blocks(incident()))
    assert "Bahary Taza, Khanaqin, Diyala, Iraq" in text
    assert "By: Islamic State" in text.replace("*", "") and "Against: Kakai" in text.replace("*", "")
    assert "2 / 10" in text and "IQ-DI" in text and "village" in text
    assert "&lt;and&gt;" in text  # mrkdwn escaped


def test_fallback_text_and_message_are_json_safe():
    message = incident_message(incident(), source_url="https://news.example/a")
    json.dumps(message)
    assert "2 killed" in fallback_text(incident()) and "10 injured" in fallback_text(incident())
    assert message["unfurl_links"] is False


def test_long_fields_are_clipped_to_slack_limits():
    long = incident(summary="x " * 5000, evidence=["y " * 5000])
    for block in incident_blocks(long):
        if block["type"] == "section" and "text" in block:
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150


def test_unknown_counts_say_not_reported():
    text = render_text(incident_blocks(incident(killed=None, injured=None, location=None)))
    assert "not reported / not reported" in text and "unknown" in text
