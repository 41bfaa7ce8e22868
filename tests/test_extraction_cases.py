"""How the shipped pipeline codes the constructions that fresh labelled sets (dev6-dev10)
showed it getting wrong: one short text per construction, each written for this test.

Each case states what a careful coder records: the number of incidents, and for the first
(or the named) one its ACLED sub-event type, its place and its killed / injured totals.
"""

from __future__ import annotations

import datetime as dt

import pytest

TUESDAY = dt.date(2024, 3, 5)

# `pipeline` is the session's real pipeline (spaCy model + shipped lists, tests/conftest.py)


def _one(pipeline, text, published=TUESDAY):
    incidents = pipeline.analyze(text, published=published).incidents
    assert len(incidents) == 1, [i.summary for i in incidents]
    return incidents[0]


# ------------------------------------------------------------------ casualty arithmetic


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # later deaths update the toll
        ("Gunmen stormed a house in Muqdadiyah on Monday and four members of one family were killed.", 4, None),
        ("A roadside bomb killed a shepherd and his son near Hawija on Monday.", 2, None),
        ("A husband and wife were killed and their daughter wounded when a bomb hit their car near Shirqat on Monday.", 2, 1),
        ("Two soldiers and their commander were killed when militants attacked a checkpoint near Tarmiyah on Monday.", 3, None),
        ("Regime forces shelled Kansafra on Monday, killing a woman and her child.", 2, None),
        ("Unknown gunmen killed a member of the local council of Jasim and his nephew on Monday.", 2, None),
        ("An IED hit a pickup truck near Daquq on Monday, killing the civilian driver.", 1, None),
        ("A sticky bomb exploded under the car of an activist in Basra on Monday. The activist was wounded.", None, 1),
        ("Militants attacked a PMF post near Baiji on Monday. Three militants were killed in the clash and one of our fighters was martyred.", 4, None),
        ("The SDF said it killed 14 SNA fighters near Manbij on Monday and lost three of its own fighters in the fighting.", 17, None),
        ("The final toll of Monday's suicide bombing in a Baghdad market: 32 martyrs and 110 wounded.", 32, 110),
        ("At least 17 soldiers and militiamen were killed on Monday as troops fought militants in Jurf al-Sakhar.", 17, None),
        ("The death toll from Monday's car bomb in the northern Syrian town of al-Bab rose to nine, officials said.", 9, None),
        ("Two fighters of the Popular Mobilization Forces (al-Hashd al-Shaabi) were killed and a third wounded when an IED hit their vehicle near Hamrin on Monday.", 2, 1),
    ],
)
def test_casualty_arithmetic(pipeline, text, killed, injured):
    incident = _one(pipeline, text)
    assert (incident.killed, incident.injured) == (killed, injured)


def test_a_second_source_and_a_toll_update_do_not_inflate_the_count(pipeline):
    text = (
        "Five truffle hunters were killed on Monday when their truck hit a landmine south of Rutba, police said. "
        "A provincial council member put the toll at seven dead, but the hospital said five bodies had been recovered."
    )
    assert _one(pipeline, text).killed == 5
    text = (
        "Two more victims of Sunday's shooting near Muqdadiyah died on Monday, bringing the number of dead to five.\n\n"
        "Gunmen opened fire on a family in Barwana village late on Sunday, killing three people and wounding four. "
        "Two of the wounded later died in hospital."
    )
    incident = _one(pipeline, text)
    assert (incident.killed, incident.injured) == (5, 2)


# ------------------------------------------------------------------ no incident


@pytest.mark.parametrize(
    "text",
    [
        "A young man drowned in the Tigris near Mosul on Saturday, and four members of one family were killed when their car collided with a truck near Daquq.",
        "The foreign ministry summoned the Turkish charge d'affaires on Monday and handed him a strongly worded protest note over strikes in Duhok.",
        "More than 90 people have been killed since the fighting erupted last week, the SDF said.",
        "A court in Baghdad on Monday sentenced eleven members of the Islamic State to death for the 2014 massacre near Tikrit, in which militants captured and killed hundreds of cadets.",
        "The Observatory put the overall toll of the year's attacks across the province at 215 dead.",
        "A handover of camp administration to Damascus is under discussion, officials said.",
    ],
)
def test_no_incident(pipeline, text):
    assert pipeline.analyze(text, published=TUESDAY).incidents == []


# ------------------------------------------------------------------ event types


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Iraqi F-16s bombed ISIS tunnels in the Qarachogh mountains in Makhmour district on Monday.", "Air/drone strike"),
        ("An army force found a weapons cache belonging to ISIS near Hawija on Monday.", "Disrupted weapons use"),
        ("The PMF repelled an attempt by Daesh remnants to infiltrate its positions north of Baiji on Monday.", "Armed clash"),
        ("Iraqi border guards exchanged fire with smugglers near Al-Qaim on Monday.", "Armed clash"),
        ("Islamic State militants seized full control of Ramadi on Monday.", "Non-state actor overtakes territory"),
        ("Iraqi special forces seized the campus of Mosul University on Monday.", "Government regains territory"),
        ("Five members of one family were killed on Monday when an unexploded shell went off in their home in Kansafra.", "Remote explosive/landmine/IED"),
        ("HTS fighters entered the city of Afrin on Monday after the Third Legion withdrew without a fight.", "Non-violent transfer of territory"),
        ("Heavy clashes broke out between HTS and the SNA near Jindayris on Monday. Four fighters were killed in the fighting, which involved heavy machine guns and mortars.", "Armed clash"),
        ("Angry residents set fire to houses in the village of Nahr al-Imam near Muqdadiyah on Monday.", "Mob violence"),
    ],
)
def test_event_types(pipeline, text, sub_event_type):
    assert _one(pipeline, text).sub_event_type == sub_event_type


# ------------------------------------------------------------------ one article, several events


def test_a_bulletin_keeps_each_item_and_its_day(pipeline):
    text = (
        "WEEKLY SECURITY BULLETIN\n\n"
        "Summary: three incidents were recorded across three provinces this week.\n\n"
        "1. 26 Feb — Kirkuk province, Daquq district: an IED detonated under a pickup truck, killing the driver.\n\n"
        "2. 28 Feb — Diyala province, Mandali: unidentified gunmen shot dead a village mukhtar.\n\n"
        "3. 2 Mar — Anbar province, near Al-Qaim: Iraqi border guards exchanged fire with smugglers. One smuggler was killed.\n\n"
        "Assessment: IED use against civilian traffic in Daquq district is a concern."
    )
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [i.date for i in incidents] == ["2024-02-26", "2024-02-28", "2024-03-02"]
    assert [i.killed for i in incidents] == [1, 1, 1]


def test_a_summary_told_one_place_at_a_time(pipeline):
    text = (
        "A series of bombings claimed by Islamic State killed more than 120 people in Jableh and Tartous on Monday.\n\n"
        "In Jableh, a car bomb and three suicide bombers hit the bus station, killing 73 people.\n\n"
        "In Tartous, a car bomb exploded at a bus station and two suicide bombers blew themselves up, killing 48."
    )
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [(i.sub_event_type, i.killed) for i in incidents] == [("Suicide bomb", 73), ("Suicide bomb", 48)]


def test_an_analysts_shorthand_paste(pipeline):
    text = (
        "qamishli cntryside - TAF drone strk on sdf vehcl nr tal hamis this am, 2 KIA.\n"
        "note: 3rd TAF strike this wk; mon+tue strikes hit empty positions nr derbasiyah, sdf detained ~15 ppl."
    )
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.killed, incident.date) == ("Air/drone strike", 2, "2024-03-05")


# ------------------------------------------------------------------ places


def test_a_unit_named_after_its_area_is_no_location(pipeline):
    text = "ISF (Jazeera Operations Command) arrested four IS suspects in a raid on a house in Husaybah on Monday."
    assert _one(pipeline, text).location.name == "Husaybah"


def test_inside_the_administrative_borders_of_a_district(pipeline):
    text = "A CTS force clashed with militants in the Wadi al-Shay area, within the administrative borders of Daquq district, on Monday, killing two."
    assert _one(pipeline, text).location.district == "Daquq"


# ------------------------------------------------------------------ actors


def test_syrias_tribal_fighters_are_tribesmen_and_its_army_after_2024_the_transitional_governments(pipeline):
    text = "Tribal fighters of the Ougaidat attacked SDF positions in Dhiban on Monday, killing two SDF members."
    names = {a.name for a in _one(pipeline, text).actors}
    assert "Tribal militia" in names and "Tribal Mobilization" not in names
    text = "Israeli jets struck a military position near Al-Kiswah on Monday, killing two soldiers of the Syrian army."
    names = {a.name for a in pipeline.analyze(text, published=dt.date(2025, 8, 19)).incidents[0].actors}
    assert "Syrian transitional government forces" in names and "Syrian Arab Army" not in names


def test_a_suspicion_is_no_attribution_and_a_bases_garrison_is_its_target(pipeline):
    text = "Gunmen believed to belong to ISIS cells abducted two shepherds near Mutaibija on Monday."
    assert "Islamic State" not in {a.name for a in _one(pipeline, text).actors}
    text = "Two drones targeted Ain al-Asad air base on Monday, which hosts U.S. and other international forces, causing no casualties."
    assert "US forces" in {a.name for a in _one(pipeline, text).actors}


def test_our_forces_in_a_statement_are_the_issuers(pipeline):
    text = (
        "SDF Media Center: our forces repel attack near Abu Qalqal\n\n"
        "On Monday, SNA factions attacked the positions of our forces on the outskirts of Abu Qalqal. "
        "Two of our fighters were martyred in the clashes."
    )
    assert "Syrian Democratic Forces" in {a.name for a in _one(pipeline, text).actors}


def test_a_lower_case_paste_names_its_places_where_a_place_stands(pipeline):
    text = "bedouin man & his wife found killed in their house south of homs sunday morning, unknown attackers."
    incident = _one(pipeline, text)
    assert (incident.location.province_code, incident.killed) == ("SY-HI", 2)
    text = "hit by a roadside bomb, the patrol lost two men near hawija on monday."
    assert "Hit" not in {incident.location.name for incident in pipeline.analyze(text, published=TUESDAY).incidents}


def test_the_attackers_dead_are_added_to_the_victims(pipeline):
    text = (
        "Two members of General Security were killed and three wounded when gunmen ambushed their patrol near Jablah on Monday. "
        "Security forces chased the attackers into the nearby hills and killed four of them."
    )
    incident = pipeline.analyze(text, published=TUESDAY).incidents[0]
    assert (incident.killed, incident.injured) == (6, 3)
    text = "Militants attacked an army post near Tarmiyah on Monday. One soldier was martyred and two others wounded; three of the attackers were killed."
    incident = _one(pipeline, text)
    assert (incident.killed, incident.injured) == (4, 2)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a death told by its rank is the toll, not one more
        ("Militants attacked an army post near Hawija on Monday. Three militants were killed and a soldier was wounded. "
         "A fourth militant wounded in the clash has since died.", 4, 1),
        ("Clan fighting broke out in Suq al-Shuyukh on Monday, leaving one man dead. A second man died of his wounds on Tuesday, "
         "and by Wednesday health sources put the toll at three dead and seven wounded after a third injured man died.", 3, 7),
        # "one of the four" named just before as wounded moves from injured to killed
        ("A roadside bomb hit a PMF vehicle near Tuz Khurmatu on Monday, killing two fighters and wounding four. "
         "A hospital source said on Tuesday that one of the four had died overnight, raising the death toll to three.", 3, 3),
        ("A bomb killed two soldiers and wounded five in Tarmiyah on Monday. One of the wounded later died in hospital, raising the toll to three.", 3, 4),
        # the figure an update replaced is not the toll
        ("The death toll from Sunday's car bomb in al-Bab rose to seven on Monday, officials said. Initial reports had put the toll at four.", 7, None),
        # animals others and rival figures are not victims
        ("A shepherd was killed on Monday when a landmine exploded near Maadan, east of Raqqa. Forty of his sheep were also killed. No one else was hurt.", 1, 0),
        ("A police officer was killed and his wife and young son were wounded when a sticky bomb exploded under his car in Kirkuk on Monday.", 1, 2),
        ("The death toll of the Israeli air strikes that targeted positions of Iran-backed militias in the Abu Kamal area on Monday evening has risen to 11, according to SOHR. "
         "Another monitoring network active in the eastern countryside put the toll at 14.", 11, None),
        # deaths among the wounded move once
        # the lead's toll already counts the wounded man who died later
        ("Three soldiers were killed when a roadside bomb hit their patrol near al-Abbasi on Monday. Two soldiers died at the scene and two others were wounded. "
         "One of the wounded soldiers died overnight in hospital.", 3, 1),
        # a death among the wounded told before the first count of the wounded
        ("A man wounded in Friday's tribal clash in al-Qurna died overnight, raising the death toll to four, police said on Saturday. "
         "Three people were killed at the scene on Friday and five others were wounded.", 4, 4),
        # a count of those who remain in hospital is today's, not the first one
        ("The death toll from Saturday's car bomb in Sadr City has risen to nine after four of the wounded died in hospital. "
         "Twenty-three people remain in hospital with injuries.", 9, 23),
        # ages are no counts and a forces dead add to the attackers
        ("A woman was shot dead in her tent in al-Hol camp on Monday, while her 10-year-old daughter was injured.", 1, 1),
        ("Gunmen ambushed a General Security patrol near Qardaha on Monday evening, killing two members of the force and wounding three. "
         "A third member of the patrol died of his wounds in hospital on Tuesday. Two of the attackers were killed in the exchange of fire.", 5, 2),
        # tolls told in pieces
        ("A car bomb exploded on the outskirts of Manbij on Monday morning, killing 14 people. Initial reports had put the toll at 11; "
         "three more bodies were recovered from the wreckage later in the day. Nine other people were wounded.", 14, 9),
        ("Unknown people threw a hand grenade into a grocery shop in al-Shuhayl on Monday, killing the shop owner and injuring his two sons.", 1, 2),
        ("Gunmen killed three members of a family in al-Qusayr on Monday night. The man's wife died of her wounds on Tuesday, "
         "bringing the death toll to four. A daughter aged seven was also wounded.", 4, 1),
        ("Five members of one family were killed when Turkish artillery shells hit their house in Jindires on Monday. "
         "Media outlets close to the YPG put the number of dead at seven.", 5, None),
        # bombers ages officials and a partys own toll
        ("A suicide bomber blew himself up at a police checkpoint at the entrance of Khalis on Monday, killing five policemen and wounding seven. "
         "The bomber was also killed.", 6, 7),
        ("A landmine exploded under a tractor near Baiji on Monday, killing two brothers aged nine and thirteen and wounding their father.", 2, 1),
        ("CENTCOM: On Monday, U.S. Central Command forces conducted a drone strike in northwest Syria, killing a senior Hurras al-Din official. "
         "Local activists said the drone hit a motorbike on the outskirts of Sarmada, north of Idlib.", 1, None),
        ("A US drone strike on a car in eastern Baghdad on Monday evening killed a commander of Harakat al-Nujaba and his companion, officials said. "
         "Nujaba said in a statement that three of its members had been 'martyred' and vowed revenge.", 2, None),
    ],
)
def test_tolls_told_across_sentences(pipeline, text, killed, injured):
    incident = _one(pipeline, text)
    assert (incident.killed, incident.injured) == (killed, injured)


def test_the_same_night_elsewhere_is_another_event_of_that_day(pipeline):
    text = (
        "Unknown gunmen shot dead a former rebel commander on Monday in the town of Tafas, in the western countryside of Daraa.\n"
        "On the same night, an explosive device went off near a checkpoint of government forces at the entrance of Inkhil, "
        "wounding three soldiers."
    )
    first, second = pipeline.analyze(text, published=TUESDAY).incidents
    assert (first.location.name, first.killed) == ("Tafas", 1)
    assert (second.location.name, second.injured, second.sub_event_type) == ("Inkhil", 3, "Remote explosive/landmine/IED")
    assert second.date == first.date == "2024-03-04"


def test_a_bearing_from_a_town_inside_the_province_named_places_the_event_near_it(pipeline):
    text = (
        "A roadside bomb killed two shepherds on Monday in the desert west of Shirqat, in northern Salah al-Din province, "
        "a police source said. The brothers came from a village near Qayyarah in Nineveh."
    )
    incident = _one(pipeline, text)
    assert (incident.location.province_code, incident.location.district) == ("IQ-SD", "Shirqat")


def test_aircraft_that_targeted_a_site_carried_out_an_air_strike_and_a_teams_note_is_no_event(pipeline):
    text = (
        "Israeli aircraft targeted a site near al-Qusayr in Homs countryside on Monday, killing one soldier, a military source said.\n"
        "Note (team): SOHR reports that the Qusayr strike killed three people; SANA figures above."
    )
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.name, incident.killed) == ("Air/drone strike", "Al Qusayr", 1)


def test_a_summary_of_strikes_in_two_provinces_gives_each_its_own_toll(pipeline):
    text = (
        "Russian warplanes carried out several air strikes on Sunday in north-west Syria, killing five people in two provinces, a war monitor said. "
        "In Idlib province, a strike hit a poultry farm on the edge of Bdama, in the Jisr al-Shughur countryside, killing three civilians. "
        "In the northern Latakia countryside, strikes on the hills around Kabani killed two Hayat Tahrir al-Sham fighters, the monitor said."
    )
    first, second = pipeline.analyze(text, published=TUESDAY).incidents
    assert (first.location.name, first.killed) == ("Bdama", 3)
    assert (second.location.name, second.location.province_code, second.killed) == ("Kabani", "SY-LA", 2)
    assert second.sub_event_type == "Air/drone strike"


def test_background_attacks_of_last_month_or_a_spate_are_not_coded(pipeline):
    text = (
        "The US-led coalition handed over the Qayyarah Airfield West base, south of Mosul, to Iraqi security forces on Thursday, "
        "the latest in a series of transfers as foreign troops regroup.\n"
        "The moves follow a spate of rocket attacks on bases hosting American troops, including one on Camp Taji on March 11 that killed two Americans.\n"
        "Iraq has protested before, most recently after an artillery strike on a resort near Zakho last July killed nine tourists."
    )
    incidents = pipeline.analyze(text, published=dt.date(2020, 3, 27)).incidents
    assert [(i.sub_event_type, i.location.name) for i in incidents] == [("Non-violent transfer of territory", "Qayyarah")]
    text = "BAGHDAD - A car bomb killed 12 people in Sadr City on Tuesday. The United Nations says at least 1,420 Iraqis were killed in acts of violence in August."
    assert _one(pipeline, text, dt.date(2014, 9, 3)).killed == 12



def test_stun_grenades_at_a_crowd_are_no_grenade_attack_and_a_capital_urged_is_its_government(pipeline):
    text = (
        "Thousands of protesters poured into Tahrir Square in Baghdad on Friday, and security forces fired tear gas and stun grenades at them. "
        "Eight protesters were killed. Many had come back after the first round of protests earlier this month, in which nearly 150 people were killed."
    )
    incident = _one(pipeline, text)
    assert (incident.event_type, incident.killed) == ("Protests", 8)
    text = "Unknown persons threw a sound grenade at a liquor shop in Diwaniyah on Sunday, causing damage."
    assert _one(pipeline, text).sub_event_type == "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "Three border guards were killed on Monday when militants attacked their outpost in Wadi Horan, officials said. "
        "The post, far from the al-Waleed crossing, came under fire from gunmen in pickup trucks. A fourth guard was wounded.",
        "A police officer was killed during a raid on a gang in the village of Abu Khsaf, in the al-Kahla district of Maysan, on Monday. "
        "Two suspects, both wanted on warrants issued in Basra, were arrested at the scene.",
        "Unknown gunmen shot dead an activist in Suq al-Shuyukh on Monday night. Activists in Nasiriyah and Shatra called for demonstrations on Wednesday.",
        "Counter-terrorism forces killed four militants in a clash in the Rashad sub-district of Daquq on Monday. "
        "The bodies of the four terrorists were transferred to the forensic medicine department in Kirkuk.",
        "Two shepherds were killed on Sunday when a landmine exploded near al-Jarniyah, north of Tabqa. "
        "Demining teams say they have cleared more than 20,000 devices since the city was captured.",
    ],
)
def test_what_follows_an_event_without_a_new_one_stays_with_it(pipeline, text):
    _one(pipeline, text)


def test_an_event_in_a_country_outside_the_lists_is_not_coded_and_a_states_name_is_no_place(pipeline):
    text = (
        "A US drone strike on a car in eastern Baghdad on Wednesday evening killed a commander of Harakat al-Nujaba and his companion, officials said. "
        "The strike came days after a drone attack on a US base in Jordan killed three American soldiers."
    )
    incident = _one(pipeline, text)
    assert (incident.location.province_code, incident.killed) == ("IQ-BG", 2)
    text = (
        "ERBIL - Iran's Revolutionary Guards fired a barrage of ballistic missiles at Erbil late on Monday, killing four civilians, Kurdish officials said."
    )
    assert _one(pipeline, text).location.province_code == "IQ-AR"
    text = "A Turkish drone struck a civilian convoy heading to Tishrin Dam on Friday, killing five people. Turkey did not comment."
    assert _one(pipeline, text).location.province_code == "SY-HL"


def test_season_tallies_bombers_dead_and_fire_opened_on_a_checkpoint(pipeline):
    text = (
        "Four truffle hunters were killed and three others wounded on Monday when their truck ran over a landmine near al-Nukhaib, south of Rutba. "
        "The deaths bring to 23 the number of truffle hunters killed in Anbar this season."
    )
    assert _one(pipeline, text).killed == 4
    text = (
        "Three suicide car bombers struck an army position on the outskirts of Haditha on Monday, killing four soldiers and wounding seven. "
        "All three bombers died in the blasts."
    )
    assert _one(pipeline, text).killed == 7
    text = "Gunmen opened fire on a police checkpoint at the entrance to al-Baghdadi on Monday, killing a policeman and two civilians."
    assert _one(pipeline, text).event_type == "Battles"


def test_a_new_outpost_is_a_base_established_but_years_of_outposts_are_background(pipeline):
    text = "DUHOK - Turkish troops have set up a new military outpost on a hilltop overlooking the town of Kani Masi in Amadiya district, residents said on Monday."
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.name) == ("Headquarters or base established", "Kani Masi")
    text = (
        "Two Turkish soldiers were killed on Sunday when PKK militants attacked a base in northern Iraq, the ministry said. "
        "The fighting took place in the border area of Amedi district, where Turkey has established a chain of outposts over the past two years."
    )
    incident = _one(pipeline, text)
    assert (incident.event_type, incident.killed) == ("Battles", 2)


def test_an_event_told_with_its_duration_a_state_agency_telling_its_own_arrest_and_us_jets(pipeline):
    text = "DAMASCUS - Syrian government forces recaptured the ancient city of Palmyra from Islamic State on Sunday after nearly three weeks of fighting."
    incident = _one(pipeline, text, dt.date(2016, 3, 28))
    assert (incident.sub_event_type, {a.name for a in incident.actors}) == ("Government regains territory", {"Syrian Arab Army", "Islamic State"})
    text = "The Iraqi National Intelligence Service said on Tuesday it had arrested a senior Islamic State official in western Mosul on Monday."
    assert "Iraqi Intelligence" in {a.name for a in _one(pipeline, text).actors}
    text = "US F-15 jets struck a training facility used by Iran's Revolutionary Guards near Abu Kamal in eastern Syria on Monday, the Pentagon said."
    assert "US forces" in {a.name for a in _one(pipeline, text).actors}


def test_fields_set_on_fire_drones_shot_down_and_explosives_seized(pipeline):
    text = (
        "Islamic State militants abducted four shepherds from the village of Albu Najm in Daquq district on Monday evening. "
        "The same night, IS militants also set fire to several hundred dunams of ripening wheat near the village of Zanqar, in the same district."
    )
    assert [i.sub_event_type for i in pipeline.analyze(text, published=TUESDAY).incidents] == [
        "Abduction/forced disappearance", "Looting/property destruction"]
    text = "Air defences at the Ain al-Asad air base shot down two drones on Monday morning, in the first attack on American forces in Iraq in weeks."
    assert _one(pipeline, text).sub_event_type == "Disrupted weapons use"
    text = "General Security forces raided a hideout in Harasta on Monday, arresting six members of the cell and seizing explosive belts and a car rigged for a bombing."
    assert _one(pipeline, text).sub_event_type == "Arrests"


def test_territory_taken_by_name_and_a_takeover_measured_against_years_ago(pipeline):
    text = (
        "ERBIL - Islamic State militants overran the town of Sinjar on Monday after Peshmerga forces defending it withdrew.\n"
        "Earlier on Monday the group also took Zummar, a town close to the Mosul Dam, after several hours of fighting with the Peshmerga units holding it. "
        "A Kurdish security official said Peshmerga fighters had been killed in Zummar but declined to give a number."
    )
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [(i.sub_event_type, i.location.name, i.killed) for i in incidents] == [
        ("Non-state actor overtakes territory", "Sinjar", None), ("Non-state actor overtakes territory", "Zummar", None)]
    text = ("Fighters led by Hayat Tahrir al-Sham swept into Aleppo on Monday and took control of the city centre, "
            "the first time opposition forces have held ground in the city since 2016, a war monitor said.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.province_code) == ("Non-state actor overtakes territory", "SY-HL")


def test_rival_demonstrators_who_clash_riot(pipeline):
    text = ("Four people were killed and 15 wounded in Kirkuk on Monday when rival groups of Kurdish and Arab demonstrators clashed, "
            "and the two sides threw stones at each other before shots were fired.")
    incident = _one(pipeline, text)
    assert (incident.event_type, incident.sub_event_type, incident.killed) == ("Riots", "Violent demonstration", 4)


def test_barrel_bombs_a_lynching_and_an_attack_earlier_in_the_month(pipeline):
    text = "Syrian government helicopters dropped barrel bombs on a crowded market in the al-Shaar district of Aleppo on Monday, killing at least 47 civilians."
    assert _one(pipeline, text).sub_event_type == "Air/drone strike"
    text = "A crowd beat to death a man accused of killing a seven-year-old boy in the town of Suq al-Shuyukh on Monday after storming the house where he was hiding."
    assert _one(pipeline, text).sub_event_type == "Mob violence"
    text = (
        "Unidentified gunmen shot dead a tribal sheikh outside his guesthouse in al-Zubair on Wednesday evening, police said. "
        "In mid-October a provincial council member running for parliament was killed by a bomb attached to his car in Tarmiyah."
    )
    assert _one(pipeline, text, dt.date(2025, 10, 30)).location.name == "Al-Zubair"


def test_two_towns_retaken_in_one_sentence_are_two_events(pipeline):
    text = ("Kurdish Peshmerga forces on Monday recaptured the town of Jalawla from Islamic State militants, "
            "while Hashd al-Shaabi fighters led by the Badr Organization retook nearby Saadiya, commanders said.")
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [(i.sub_event_type, i.location.name) for i in incidents] == [
        ("Government regains territory", "Jalawla"), ("Government regains territory", "Saadiya")]
    text = "Seven militants were killed in the clash near Hawija on Monday, while two of our fighters were martyred."
    assert _one(pipeline, text).killed == 9


def test_campaign_tolls_and_the_attack_retaliated_for_are_not_the_events(pipeline):
    text = ("Islamic State fighters captured the Tabqa military airport on Monday after days of fighting. The monitor said at least 52 people were killed "
            "in the final assault on Monday. It said more than 500 combatants had died since the battle for the base began last week.")
    assert _one(pipeline, text).killed == 52
    text = ("A Turkish drone hit a car carrying SDF fighters on the southern outskirts of Qamishli on Monday, killing both men inside. "
            "Turkey said 24 militants had been 'neutralised' since Friday and that the strikes were retaliation for an attack that killed nine Turkish soldiers in northern Iraq.")
    assert _one(pipeline, text).killed == 2


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces recaptured the government complex in Ramadi on Monday. Aid agencies warned that thousands of displaced people living in tents in Baghdad "
        "could not go home soon because of destroyed housing and unexploded ordnance.",
        "A drone struck a gas storage tank at the Khor Mor field in Sulaymaniyah province late on Monday, officials said. "
        "The Kurdistan Regional Government called it a 'terrorist attack' and demanded that Baghdad find and punish the perpetrators.",
        "Missiles hit the Ain al-Asad air base in Anbar on Monday. Iran's Revolutionary Guards claimed the attack. "
        "Soleimani was killed in a U.S. drone strike at Baghdad airport last week.",
    ],
)
def test_reactions_and_background_in_long_articles_add_no_baghdad_incident(pipeline, text):
    incident = _one(pipeline, text)
    assert incident.location.province_code != "IQ-BG"


def test_a_syrian_citys_quarter_named_like_an_iraqi_town_stays_in_the_city(pipeline):
    text = "In Aleppo, state news agency SANA said shells fired by opposition fighters hit the government-held Hamdaniyeh neighbourhood on Monday, killing four people."
    assert _one(pipeline, text).location.province_code == "SY-HL"


def test_a_city_entered_and_controlled_and_a_post_set_up_in_a_village(pipeline):
    text = ("Insurgents led by Hayat Tahrir al-Sham entered Aleppo on Monday and by Tuesday controlled much of the city, "
            "the first time opposition forces have been there since they were driven out in 2016, a war monitor said.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.province_code) == ("Non-state actor overtakes territory", "SY-HL")
    text = "On Monday, Israeli troops moved into the village of Khan Arnabah in Quneitra province and set up a checkpoint and an observation post at its entrance."
    assert _one(pipeline, text).sub_event_type == "Headquarters or base established"
    text = "Israeli warplanes struck the Mezzeh military airport on the western edge of Damascus on Monday night."
    assert _one(pipeline, text).location.name == "Al-Mazzeh airport"


def test_a_foreign_army_taking_a_city_overtakes_it(pipeline):
    text = "Turkish troops and allied Syrian rebels took control of the city of Afrin on Monday after Kurdish YPG fighters pulled out."
    assert _one(pipeline, text).sub_event_type == "Non-state actor overtakes territory"
    text = "Iraqi forces backed by coalition air strikes took control of the city of Ramadi on Monday."
    assert _one(pipeline, text).sub_event_type == "Government regains territory"


def test_a_group_that_destroys_its_own_weapons_changes_its_activity(pipeline):
    text = ("About 30 fighters of the Kurdistan Workers' Party (PKK) destroyed their weapons at a ceremony near Sulaymaniyah on Monday, "
            "the first concrete step in the group's disarmament after four decades of insurgency against Turkey.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.province_code) == ("Change to group/activity", "IQ-SU")
    text = "The SDF fought tribal fighters in Dhiban on Monday. The SDF promised an amnesty for fighters who laid down their arms."
    assert _one(pipeline, text).event_type == "Battles"


def test_a_clash_near_a_provincial_boundary_and_a_killing_in_the_next_province(pipeline):
    text = ("On Monday, army troops killed two Islamic State militants in a clash in the Mutaibija area of Salah al-Din province, "
            "near the boundary with Diyala, the Security Media Cell said. In Diyala, gunmen shot dead a farmer in his orchard near Abbara on Sunday evening.")
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [(i.location.name, i.location.province_code, i.killed) for i in incidents] == [("Mutaibija", "IQ-SD", 2), ("Abbara", "IQ-DI", 1)]
    text = ("A roadside bomb killed three soldiers near Tarmiyah on Sunday. The bodies of the three soldiers were flown to their home provinces on Monday.")
    assert _one(pipeline, text).killed == 3


def test_a_roundups_opening_summary_is_no_event_of_its_own(pipeline):
    text = ("Demonstrations over delayed salaries spread across Sulaymaniyah province last week and turned violent in several districts. "
            "On 8 December, rioters set fire to the local office of the PUK in Chamchamal town; no casualties were reported.")
    incident = _one(pipeline, text, dt.date(2020, 12, 11))
    assert (incident.event_type, incident.location.name) == ("Riots", "Chamchamal")


def test_drones_shot_down_near_an_airport_and_a_protest_about_last_years_budget(pipeline):
    text = ("Erbil - Two drones were shot down as they approached Erbil International Airport, which hosts U.S.-led coalition forces, late on Monday. "
            "There were no casualties or damage.")
    assert _one(pipeline, text).sub_event_type == "Disrupted weapons use"
    text = ("NAJAF: police used water cannon on Monday to push back several hundred unemployed graduates who tried to force their way into the provincial "
            "council building, demanding the jobs they say were promised in last year's budget.")
    assert _one(pipeline, text).event_type == "Protests"


def test_farmland_razed_by_bulldozers_is_property_destruction(pipeline):
    text = ("#Quneitra | Israeli occupation bulldozers, covered by a Merkava tank, razed around 15 dunums of farmland and uprooted dozens of olive trees "
            "on the outskirts of Jubata al-Khashab this morning.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.province_code) == ("Looting/property destruction", "SY-QU")


@pytest.mark.parametrize(
    "text",
    [
        "A Russian delegation held talks in Damascus on Monday on the future of the Hmeimim air base. "
        "Damascus raised justice for victims of the war, in which Russian aircraft bombed opposition areas for nine years.",
        "Millions of pilgrims gathered in Karbala on Monday for Arbaeen. Arbaeen marks the end of the forty days of mourning for Imam Hussein, killed in battle at Karbala in 680.",
    ],
)
def test_history_told_in_years_is_no_event(pipeline, text):
    assert [i.summary for i in pipeline.analyze(text, published=TUESDAY).incidents if i.event_type != "Protests"] == []


def test_an_activist_of_the_protest_movement_shot_dead_is_an_attack(pipeline):
    text = "Gunmen on a motorcycle shot dead a prominent activist of the 2019 protest movement outside his home in central Karbala on Monday."
    assert _one(pipeline, text).sub_event_type == "Attack"


def test_a_retaking_years_after_the_fall_and_a_groups_own_claim(pipeline):
    text = ("BAGHDAD - Iraqi forces on Monday recaptured Rawa, the last town in Iraq still held by Islamic State, the prime minister's office said, "
            "bringing to an end the militants' control of urban territory more than three years after their lightning advance.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.name) == ("Government regains territory", "Rawa")
    text = ("A car bomb exploded near a crowded market in Baghdad's Sadr City district on Monday evening, killing eight people. "
            "Islamic State said in a statement that one of its fighters had detonated a car bomb on a gathering of Shi'ites.")
    assert "Islamic State" in {a.name for a in _one(pipeline, text).actors}
    text = "RAQQA - The old bridge over the Euphrates at Raqqa reopened to traffic on Monday, two years after it was destroyed by airstrikes during the battle for the city."
    assert pipeline.analyze(text, published=TUESDAY).incidents == []


def test_a_crackdowns_toll_told_as_background_is_not_the_killings(pipeline):
    text = ("KARBALA - Gunmen on a motorcycle shot dead a prominent activist outside his home in central Karbala on Monday, police said. "
            "The activist had been a fixture of the protest square since October 2019. Nearly 600 people were killed in the crackdown that followed.")
    assert _one(pipeline, text).killed == 1


def test_bombings_around_the_same_time_in_two_cities_are_two_events(pipeline):
    text = ("In Tartus, a car bomb exploded at a crowded bus station shortly after 9 a.m. on Monday. "
            "Around the same time in Jableh, 60 km to the north, three suicide bombers struck the city's bus station.")
    incidents = pipeline.analyze(text, published=TUESDAY).incidents
    assert [i.location.province_code for i in incidents] == ["SY-TA", "SY-LA"]


@pytest.mark.parametrize(
    "text",
    [
        "SULAYMANIYAH - A drone struck a gas storage tank at the Khor Mor field late on Monday, officials said. There were no casualties. "
        "Khor Mor, in Chamchamal district, has been targeted repeatedly.",
        "U.S. forces killed a senior official of Hurras al-Din in a drone strike near Sarmada on Monday. "
        "The U.S. military has targeted its leaders repeatedly in Idlib, including in strikes earlier this month.",
        "Syrian government forces entered Deir Hafer after fighting with the SDF on Monday. Government reinforcements, including tanks and rocket launchers, "
        "were seen moving along the road. Clashes broke out in Aleppo's Sheikh Maqsoud neighbourhood earlier this month before a truce was brokered.",
    ],
)
def test_a_long_articles_background_adds_no_incident(pipeline, text):
    _one(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - Iraq's Counter-Terrorism Service recaptured the town of Bartella, east of Mosul, on Monday, the military said. "
        "The Mosul offensive, launched last week, involves around 30,000 Iraqi soldiers, federal police and Peshmerga.",
        "U.S. air strikes on positions of Iran-backed groups near al-Qaim late on Monday killed 16 people. "
        "The strikes were the first in Washington's response to a drone attack last Sunday on a base in Jordan.",
        "Islamic State fighters seized the town of Jalawla in Diyala province on Monday after Peshmerga forces withdrew. "
        "U.S. air strikes have helped the Peshmerga hold the line around Erbil.",
        "Russian warplanes struck a market in Saraqib on Monday, killing 16 civilians. Russia later vetoed a resolution demanding an end to the bombing.",
        "Air strikes on a building housing displaced families in al-Mansoura, west of Raqqa, killed 21 civilians on Monday night. "
        "The families had fled fighting in Aleppo and Homs provinces, activists said.",
        "The SDF took full control of the town of Tabqa on Monday, clearing the way for an assault on Raqqa. The SDF had been fighting for the town for more than a month.",
    ],
)
def test_what_a_long_article_says_around_its_event_adds_none(pipeline, text):
    _one(pipeline, text)


@pytest.mark.parametrize(
    "text, sub, place",
    [
        ("U.S. forces carried out strikes late on Monday on facilities used by Kataib Hezbollah in Jurf al-Sakhar, south of Baghdad, U.S. Central Command said.",
         "Air/drone strike", "Jurf al-Sakhar"),
        ("Dozens of angry demonstrators stormed the office of Asaib Ahl al-Haq in central Amarah on Monday night and set it on fire.", "Violent demonstration", "Al Amarah"),
        ("For the third consecutive week, hundreds of people took to the streets of Shahba, north of Suwayda city, on Monday, calling for political change.",
         "Peaceful protest", "Shahba"),
        ("Iraqi army and CTS forces on Monday completed the liberation of Anah and raised the Iraqi flag over its government buildings.", "Government regains territory", "Anah"),
        ("The US-led coalition on Monday transferred its facilities at Qayyarah Airfield West, south of Mosul, to the Iraqi Security Forces.",
         "Non-violent transfer of territory", "Qayyarah"),
    ],
)
def test_short_pastes(pipeline, text, sub, place):
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.name) == (sub, place)


def test_a_search_and_clearance_operation_launched_is_the_news(pipeline):
    text = ("Security Media Cell\n\nUnits of the army's 7th Division and the PMF launched at dawn today a wide search-and-clearance operation in Wadi Horan, "
            "west of Rutba, to pursue the remnants of Daesh terrorist gangs. The operation is supported by Iraqi Army Aviation.")
    incident = _one(pipeline, text)
    assert (incident.sub_event_type, incident.location.province_code) == ("Change to group/activity", "IQ-AN")


def test_an_office_stormed_after_shots_fired_earlier_in_the_week(pipeline):
    text = ("Maysan: dozens of angry demonstrators stormed the office of Asaib Ahl al-Haq in central Amarah on Monday night and set it on fire, "
            "after rumours spread that its guards had fired on protesters earlier in the week. No casualties were reported.")
    incident = _one(pipeline, text)
    assert (incident.event_type, incident.location.name) == ("Riots", "Al Amarah")


def test_a_monitors_monthly_report_is_no_incident(pipeline):
    text = ("The Syrian Network for Human Rights (SNHR) documented the death of 87 civilians in Syria in February, according to its monthly report issued on Monday.\n"
            "Of the total, 31 were killed by unidentified gunmen, 19 by landmines and remnants of war, 14 in clashes between armed groups.\n"
            "Homs recorded the highest toll with 22 deaths, followed by Deir ez-Zor (17), Daraa (13) and Aleppo (11).")
    assert pipeline.analyze(text, published=TUESDAY).incidents == []


def test_a_wire_dateline_with_its_country_is_not_the_events_day(pipeline):
    text = ("KIRKUK, Iraq, March 5 — Four people were killed and 15 wounded in the city of Kirkuk on Monday when rival crowds of Kurdish and Arab protesters clashed, "
            "health officials said.")
    incident = _one(pipeline, text)
    assert (incident.date, incident.event_type) == ("2024-03-04", "Riots")


def test_attackers_killed_along_with_their_victims(pipeline):
    text = "Two suicide car bombers struck an army position near Haditha on Monday. Both bombers were killed along with five soldiers, and eight other soldiers were wounded."
    incident = _one(pipeline, text)
    assert (incident.killed, incident.injured) == (7, 8)


def test_a_dense_one_line_news_paste_is_english_and_other_languages_are_not(pipeline):
    text = "U.S. forces conducted a drone strike near Sarmada on Monday, killing a senior Hurras al-Din official."
    assert _one(pipeline, text).sub_event_type == "Air/drone strike"
    for text in (
        "Les forces turques ont bombardé le village de Tal Rifaat lundi, tuant deux civils selon des sources locales.",
        "Die türkische Armee hat am Montag Dörfer bei Tal Rifaat beschossen und zwei Zivilisten getötet, berichten lokale Quellen.",
    ):
        analysis = pipeline.analyze(text, published=TUESDAY)
        assert analysis.incidents == [] and analysis.notes


def test_an_age_in_words_is_no_count(pipeline):
    text = ("A soldier and two YBS fighters were killed in clashes in Sinjar on Monday. "
            "A nine-year-old girl also died after being hit by a stray bullet in her family's courtyard.")
    assert _one(pipeline, text).killed == 4
