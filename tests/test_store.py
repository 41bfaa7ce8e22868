from bot.models import ActorRef, Incident, Location, Source
from bot.store import Store, slug


def make_incident(day: str, province=("Anbar", "IQ-AN"), place="Fallujah", actor="Islamic State",
                  event_type="Battles", killed=1) -> Incident:
    return Incident(
        summary=f"clash in {place} on {day}",
        event_type=event_type,
        sub_event_type="Armed clash",
        date=day,
        location=Location(name=place, district=place, province=province[0],
                          province_code=province[1], country="Iraq", country_code="IQ",
                          lat=33.3, lon=43.7, precision="town"),
        actors=[ActorRef(name=actor, matched=actor, role="perpetrator", type="Rebel group")],
        killed=killed,
        evidence=[f"evidence {day} {place}"],
    )


def test_saved_incidents_round_trip_and_are_new_once(connection, prefix):
    store = Store(connection, prefix)
    inc = make_incident("2026-11-01")
    assert store.save_incidents([inc], Source(url="https://x.example/a"), {"channel": "C1", "ts": "1.1"}) == [True]
    assert store.save_incidents([inc], Source(), {"channel": "C2", "ts": "2.2"}) == [False]
    stored = store.get(inc.id)
    assert stored.incident.to_dict() == inc.to_dict()
    assert stored.origin["channel"] == "C1" and stored.source.url == "https://x.example/a"
    assert store.count() == 1


def test_queries_use_indexes_newest_first_with_filters(connection, prefix):
    store = Store(connection, prefix)
    incidents = [
        make_incident("2026-11-01"),
        make_incident("2026-11-03", place="Ramadi"),
        make_incident("2026-11-02", province=("Diyala", "IQ-DI"), place="Khanaqin", actor="Peshmerga"),
        make_incident("2026-11-04", event_type="Explosions/Remote violence"),
    ]
    store.save_incidents(incidents, Source(), {})
    page = store.query(province_code="IQ-AN")
    assert [s.incident.date for s in page.items] == ["2026-11-04", "2026-11-03", "2026-11-01"]
    assert page.total == 3
    assert [s.incident.location.name for s in store.query(place="khanaqin").items] == ["Khanaqin"]
    assert store.query(province_code="IQ-AN", event_type="Explosions/Remote violence").total == 1
    assert store.query(actors=["Peshmerga"]).total == 1
    assert store.query(actors=["Peshmerga", "Islamic State"]).total == 4
    from datetime import datetime, timezone
    since = datetime(2026, 11, 3, tzinfo=timezone.utc).timestamp()
    assert store.query(province_code="IQ-AN", since=since).total == 2
    assert len(store.query(limit=2).items) == 2 and store.query(limit=2).total == 4
    # temporary intersection keys are gone
    assert not list(connection.scan_iter(match=f"{prefix}:tmp:*"))


def test_event_claims_and_post_claims(connection, prefix):
    store = Store(connection, prefix)
    assert store.claim_event("Ev1", 60) and not store.claim_event("Ev1", 60)
    assert store.claim_post("inc_1", "C1", owner="job-a")
    assert store.claim_post("inc_1", "C1", owner="job-a")  # the same job's retry
    assert not store.claim_post("inc_1", "C1", owner="job-b")
    store.finish_post("inc_1", "C1", "123.4")
    assert not store.claim_post("inc_1", "C1", owner="job-a")
    assert store.posted_ts("inc_1", "C1") == "123.4"


def test_remember_source_links_repeats_not_retries(connection, prefix):
    store = Store(connection, prefix)
    first = {"channel": "C1", "ts": "1.1"}
    assert store.remember_source("url-x", first, 60) is None
    assert store.remember_source("url-x", first, 60) is None  # the same message (job retry)
    assert store.remember_source("url-x", {"channel": "C2", "ts": "2.2"}, 60) == first


def test_slug_folds_case_and_accents():
    assert slug("Al Fallūjah") == "al-fallujah" == slug("AL-FALLUJAH")


def test_a_second_report_of_the_same_event_maps_onto_the_first(connection, prefix):
    store = Store(connection, prefix)
    first = make_incident("2026-11-10", place="Tarmiyah")
    store.save_incidents(store.canonical([first]), Source(url="https://a.example/1"), {})
    other_outlet = make_incident("2026-11-11", place="Tarmiyah", killed=3)  # next day, other toll
    assert other_outlet.id != first.id
    (mapped,) = store.canonical([other_outlet])
    assert mapped.id == first.id
    assert store.save_incidents([mapped], Source(url="https://b.example/2"), {}) == [False]
    assert store.count() == 1
    elsewhere = make_incident("2026-11-10", place="Samarra")
    assert store.canonical([elsewhere])[0].id == elsewhere.id
    vague = make_incident("2026-11-10", place="Tarmiyah")
    from dataclasses import replace

    vague = replace(vague, location=replace(vague.location, precision="province"), id="inc_vague")
    assert store.canonical([vague])[0].id == "inc_vague"
