"""From parsed sentences and resolved mentions to incidents; pure Python, no spaCy.

Reads the light structure of workers/nlp.py (sentences, tokens with optional tags and
dependencies) plus the places and actors the pipeline resolved, and decides:

- which sentences report an event (trigger words, graded strong or weak), how they group
  into distinct incidents (a new place, a new kind of event or a cue like "meanwhile"
  starts one; casualty follow-ups and continuations attach to the one just described);
- the ACLED event and sub-event type of each incident (the most specific trigger wins:
  suicide bomb > IED > air/drone strike > shelling > grenade > clash > attack);
- where it happened (the most specific place in its sentences that is not a dateline,
  a reporting location, a road, a border or a destination);
- who did what (perpetrator / target / other), how many were killed and injured, when.

Choices (documented, tested in tests/test_incidents.py):
- A launched military operation without reported fighting is "Strategic developments /
  Change to group/activity" (a significant change in a group's activity, per ACLED);
  with clashes or casualties it becomes "Battles / Armed clash".
- An attack in which an IED (or other explosive) is reported is "Explosions/Remote
  violence / Remote explosive/landmine/IED", even when civilians are the victims: ACLED
  codes by the mode of violence first.
- Vague quantities ("dozens", "scores", "several", "many") give null, not a lower bound:
  a card shows a number only when the text gives one ("at least 5" gives 5).
- Deaths in a historical context (mass grave, anniversary, "since 2014", years ago) are
  not counted and do not make an incident.
- "last week" gives the publication date minus seven days, with lower confidence; a
  weekday gives the latest such day on or before publication; no publication date and no
  explicit date gives null.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bot.known import Actor, Gazetteer, Place
from bot.models import ActorRef, Incident, Location

if TYPE_CHECKING:  # the structure only; this module never imports spaCy
    from workers.nlp import Parsed, Sent, Tok


# --------------------------------------------------------------------------- mentions


@dataclass
class PlaceMention:
    place: Place
    matched: str
    start_char: int
    end_char: int
    start: int  # token index
    end: int
    sent: int
    role: str = ""  # "" (may be an incident location) | dateline | reporting | road | border | destination | between | org
    pair: PlaceMention | None = None  # the other end of "between X and Y"


@dataclass
class ActorMention:
    actor: Actor
    matched: str
    start_char: int
    end_char: int
    start: int
    end: int
    sent: int


# --------------------------------------------------------------------------- lexicons

# lower-cased word -> (event type, sub-event type, priority); higher priority wins
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED", 80)
_AIR = ("Explosions/Remote violence", "Air/drone strike", 75)
_BLAST = ("Explosions/Remote violence", "Remote explosive/landmine/IED", 60)  # a blast of unstated kind
_SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack", 70)
_SUICIDE = ("Explosions/Remote violence", "Suicide bomb", 90)
_GRENADE = ("Explosions/Remote violence", "Grenade", 65)
_CLASH = ("Battles", "Armed clash", 50)
_REGAIN = ("Battles", "Government regains territory", 55)
_OVERTAKE = ("Battles", "Non-state actor overtakes territory", 55)
_ATTACK = ("Violence against civilians", "Attack", 40)
_ABDUCT = ("Violence against civilians", "Abduction/forced disappearance", 60)
_PROTEST = ("Protests", "Peaceful protest", 30)
_RIOT = ("Riots", "Violent demonstration", 35)
_MOB = ("Riots", "Mob violence", 35)
_ARREST = ("Strategic developments", "Arrests", 20)
_OPERATION = ("Strategic developments", "Change to group/activity", 10)
_DISRUPT = ("Strategic developments", "Disrupted weapons use", 15)
_AGREEMENT = ("Strategic developments", "Agreement", 12)
_HANDOVER = ("Strategic developments", "Non-violent transfer of territory", 14)
_INTERVENTION = ("Protests", "Protest with intervention", 33)
_BASE = ("Strategic developments", "Headquarters or base established", 13)
_DISARM = ("Strategic developments", "Change to group/activity", 11)
_PROPERTY = ("Strategic developments", "Looting/property destruction", 16)
_PROPERTY_WORDS = frozenset({"house", "houses", "home", "homes", "shop", "shops", "stores", "fields", "field", "crops", "wheat", "barley", "harvest", "orchards", "farms", "farmland", "cars", "vehicles", "property", "properties", "offices", "office", "headquarters", "buildings", "dunams", "hectares", "acres", "tents", "mosque", "church", "shrine", "school"})
_BASE_WORDS = frozenset({"base", "bases", "outpost", "outposts", "position", "positions", "headquarters", "hq", "camp", "post", "posts", "garrison"})

TRIGGERS: dict[str, tuple[str, str, int]] = {
    **dict.fromkeys(["ied", "ieds", "vbied", "vbieds", "landmine", "landmines", "roadside", "explosive", "explosives"], _IED),
    **dict.fromkeys(["bomb", "bombs", "bomber", "bombers", "vbied", "carbomb"], _IED),
    **dict.fromkeys(["explosion", "explosions", "blast", "blasts", "exploded", "explode", "explodes", "bombing", "bombings"], _BLAST),
    **dict.fromkeys(["detonated", "detonate", "detonating"], _IED),
    **dict.fromkeys(["unexploded", "uxo"], _IED),  # ACLED: war remnants going off are Remote explosive/landmine/IED
    **dict.fromkeys(["airstrike", "airstrikes", "air-strike", "air-strikes", "drone", "drones", "warplane", "warplanes", "bombardment", "airstrikes", "uav", "uavs", "strk"], _AIR),
    **dict.fromkeys(["shelling", "shelled", "shells", "arty", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "artillery", "katyusha", "katyushas"], _SHELL),
    **dict.fromkeys(["suicide"], _SUICIDE),
    **dict.fromkeys(["grenade", "grenades"], _GRENADE),
    **dict.fromkeys(["clash", "clashes", "clashed", "clashing", "firefight", "gunfight", "battle", "battles", "fighting", "fought", "ambush", "ambushed", "skirmish", "skirmishes"], _CLASH),
    **dict.fromkeys(["recaptured", "retook", "liberated", "regained", "recapture", "retake"], _REGAIN),
    **dict.fromkeys(["overran", "seized", "overrun"], _OVERTAKE),
    **dict.fromkeys(["attack", "attacks", "attacked", "attacking", "assault", "assaulted", "raid", "raided", "gunmen", "shot", "opened", "killed", "killing", "kills", "kill", "executed", "beheaded", "massacre", "massacred", "assassinated", "assassination", "targeted", "stabbed", "attk", "atk"], _ATTACK),
    **dict.fromkeys(["kidnapped", "kidnapping", "kidnap", "abducted", "abduction", "abducting", "abduct", "hostage", "hostages"], _ABDUCT),
    **dict.fromkeys(["protest", "protests", "protested", "protesters", "protestors", "protester", "protestor", "demonstrator", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rallied", "sit-in"], _PROTEST),
    **dict.fromkeys(["riot", "riots", "rioters", "rioting", "stormed", "torched"], _RIOT),
    **dict.fromkeys(["arrested", "arrest", "arrests", "arresting", "detained", "detaining", "detain", "apprehended", "captured", "nabbed", "rounded"], _ARREST),
    **dict.fromkeys(["operation", "operations", "offensive", "campaign", "sweep", "manoeuvres", "maneuvers"], _OPERATION),
    **dict.fromkeys(["defused", "dismantled", "seized"], _DISRUPT),
    **dict.fromkeys(["agreement", "agreements", "deal", "ceasefire", "cease-fire", "truce", "accord"], _AGREEMENT),
    **dict.fromkeys(["handover", "handed"], _HANDOVER),
}
# "seized weapons" is disrupted weapons use, "seized the town" overtakes territory
_WEAPON_WORDS = frozenset({"weapons", "weapon", "cache", "caches", "explosives", "ammunition", "arms", "bombs", "ied", "ieds", "mines"})
_REFERRING = frozenset({"in", "for", "of", "behind", "after", "since", "claimed", "condemned", "about", "over", "following"})
_DISPUTES = frozenset({"dispute", "disputes", "feud", "feuds", "conflict", "quarrel", "quarrels", "fight", "fighting", "row", "clash", "clashes"})
# "repelled an attack", "repulsed an infiltration attempt": a fight, whoever started it
_REPELLED = frozenset({"repelled", "repulsed", "foiled", "thwarted", "repel", "repulse", "fended"})
_ASSAULT_NOUNS = frozenset({"attack", "attacks", "attempt", "attempts", "infiltration", "infiltrations", "assault", "assaults", "incursion", "advance", "offensive"})
# a diplomatic protest is a note, not a crowd
_DIPLOMATIC_PROTEST_AFTER = frozenset({"note", "notes", "letter", "memo", "memorandum", "message"})
_DIPLOMATIC_PROTEST_BEFORE = frozenset({"formal", "diplomatic", "official", "lodged", "strong", "strongly-worded", "written", "verbal"})
# deaths that no one inflicted: drowning, traffic, fire, weather
_ACCIDENT = re.compile(
    r"\b(?:drown(?:ed|ing|s)?|collided|collision|traffic accident|road accident|car accident|car crash|crashed into|overturned|"
    r"electrocut\w*|heat ?stroke|flash floods?|flood(?:ing|s)?|earthquake|lightning|fire broke out|blaze|gas cylinder|house fire|"
    r"building collapsed|collapse of a|fell from)\b"
)
# a weapons cache found: ACLED's disrupted weapons use
_CACHE_WORDS = frozenset({"cache", "caches", "stockpile", "stockpiles", "arsenal", "depot", "hideout", "stash", "stashes"})
_FOUND_VERBS = frozenset({"found", "discovered", "uncovered", "seized", "located", "confiscated", "recovered", "seizing", "finding", "seize", "find", "contained", "containing", "included", "including", "destroyed", "seizure", "discovery"})
_COVERING = frozenset({"covered", "covering", "cover", "organised", "organized", "organising", "organizing", "attended", "attending", "filmed", "filming", "reported", "reporting", "criticised", "criticized", "posted"})
_STRIKE_WORDS = frozenset({"strike", "strikes", "struck", "bombed", "raids", "bombarded", "pounded"})
# an agreement is an event when it is signed or reached, not when it is named or wished for
_AGREED = frozenset({"signed", "reached", "agreed", "struck", "brokered", "concluded", "sealed", "announced", "finalised", "finalized", "inked"})
_AGREEMENT_BACKGROUND = frozenset({"despite", "violated", "violation", "violations", "breach", "breached", "collapsed", "collapse"})
_AGREEMENT_BEFORE = frozenset({"under", "implementing", "implement", "implementation", "of", "broader", "previous", "earlier", "the"})
_HANDED_THINGS = frozenset({"base", "bases", "positions", "position", "control", "checkpoints", "headquarters", "area", "areas", "town", "city", "village", "villages", "territory", "airport", "camp", "security", "file", "facilities", "facility", "airfield", "airbase", "site", "sites"})
# a protest that turns on people or property is a riot; one met by force an intervention
_RIOT_CUES = ("burning of the", "burned the", "burnt the", "set ablaze", "set alight", "turned violent", "threw stones", "hurled stones", "throwing stones", "pelted", "threw rocks", "threw molotov", "set fire to the", "ransacked", "torched", "clashed with police", "clashed with security", "clashed with the security")
_INTERVENTION_CUES = ("tear gas", "teargas", "water cannon", "rubber bullets", "forces dispersed", "police dispersed", "were dispersed", "was dispersed", "to disperse", "batons", "beat protesters", "beaten", "detained", "arrested")
_WITHOUT_A_FIGHT = re.compile(r"\bwithout (?:a fight|any fight|(?:any )?resistance|fighting|a shot being fired|firing a shot|(?:any )?clashes)\b|\b(?:withdrew|pulled out|withdrawal|pullout|handed over)\b[^.]*\b(?:under|as part of|in line with|in accordance with) (?:a|an|the) (?:\w+ )?(?:deal|agreement|arrangement|understanding)\b")
_QUIET_TAKERS = frozenset({"entered", "withdrew", "took", "handed", "seized", "captured", "moved", "deployed", "withdrawn", "pulled"})
_UNDECIDED = frozenset({"discussion", "discussed", "discussing", "discuss", "talks", "proposed", "proposal", "negotiated", "negotiating", "negotiation", "negotiations", "planned", "plans", "plan", "will", "would", "could", "may", "might", "expected", "considering", "considered"})
_TERRITORY = frozenset({"enclave", "pocket", "stronghold", "bastion", "control", "town", "city", "village", "villages", "area", "areas", "base", "territory", "campus", "district", "neighbourhood", "neighborhood", "headquarters", "hill", "hills", "airport", "airbase", "dam", "road", "highway", "positions", "outskirts", "centre", "center", "parts"})
_MOB_PEOPLE = frozenset({"residents", "villagers", "mob", "mobs", "crowd", "crowds", "angry", "tribesmen", "relatives", "youths", "locals", "protesters", "demonstrators", "rioters"})
_CIVIL_OPERATIONS = frozenset({"humanitarian", "aid", "relief", "line", "cross-line", "border", "cross-border", "rescue", "search", "clearance", "demining", "recovery", "evacuation", "registration", "vaccination", "distribution", "reconstruction", "repatriation", "return", "returns", "election", "electoral", "census", "media", "awareness"})
_DEMANDING = frozenset({"demanding", "demand", "demanded", "demands", "protesting", "protest", "chanting", "chanted", "denouncing", "condemning", "calling", "slogans", "banners", "placards"})
_CROWD = frozenset({"protesters", "protestors", "demonstrators", "crowd", "crowds", "mob", "mobs", "angry", "residents", "supporters", "rioters", "youths", "protest", "protests", "demonstration", "demonstrations", "people", "locals", "villagers", "relatives", "families"})
_PROTEST_PEOPLE = frozenset({"protesters", "protestors", "demonstrators", "protester", "demonstrator"})
_NOT_ARMED_BATTLE = frozenset({"legal", "political", "judicial", "court", "electoral", "diplomatic", "uphill", "media", "economic", "custody", "bureaucratic", "constitutional"})
_AIR_CONTEXT = frozenset({"aircraft", "warplane", "warplanes", "jet", "jets", "drone", "drones", "helicopter", "helicopters", "air", "aerial", "airstrike", "airstrikes", "air-strike", "planes", "uav", "uavs", "f-16", "f-16s", "f16", "f16s", "sukhoi", "sukhois", "su-24", "su-24s", "su-34", "su-34s", "mig", "migs", "f-35", "f-35s", "f-15", "f-15s", "bayraktar", "akinci", "tb2", "gunship", "gunships", "iqaf"})
_AIR_STATES = frozenset({"israeli"})  # a state that strikes Iraq and Syria only from the air
_AIR_LAUNCHERS = (_AIR_CONTEXT - {"air"}) | _AIR_STATES  # not "air base", "air defences"
_DISRUPTED_REFERENCES = frozenset({"both", "all", "they", "it", "one", "two", "three", "four", "the", "each"})
_AIR_STRIKERS = frozenset({"US", "U.S.", "American", "Israeli", "Israel", "Coalition", "coalition", "CENTCOM"})  # "US forces struck ...": from the air
_ARMED_DRONE = frozenset({"laden", "suicide", "kamikaze", "armed", "explosive-laden", "one-way", "attack", "bomb-laden", "booby-trapped"})
_SUPPORT_VERBS = frozenset({"backed", "backs", "backing", "supported", "supports", "supporting", "supplied", "supplies", "supplying", "equipped", "armed", "provided", "provides", "providing", "furnished", "reinforced"})
_PROTEST_AFTER = frozenset({"peacefully", "outside", "in", "against", "near", "at", "on", "for", "over", "across", "before"})
_EXPECTED = frozenset({"expected", "planned", "feared", "likely", "possible", "imminent", "anticipated", "looming"})
_DISRUPT_VERBS = frozenset({"seized", "confiscated", "defused", "defuse", "defusing", "dismantled", "dismantle", "dismantling", "intercepted", "intercept", "intercepting", "downed", "neutralised", "neutralized", "disarmed", "foiled", "thwarted"})
_DISRUPTED_WEAPONS = frozenset({"ied", "ieds", "bomb", "bombs", "explosive", "explosives", "device", "devices", "drone", "drones", "uav", "uavs", "rocket", "rockets", "missile", "missiles", "mine", "mines", "landmine", "landmines", "vbied", "vbieds", "projectile", "projectiles"})
_ONGOING = re.compile(
    r"(?<!earlier )(?<!later )\b(?:throughout|during|over|across|in) the (?:past |last |previous |whole |entire |reporting )?(?:month|week|year|period|weeks|months|quarter)\b"
    r"|^in (?:all|total),"
    r"|\bcontinued to (?:affect|impact|hit|pose|threaten|endanger|disrupt|restrict|hamper)\b"
    r"|\bon an? (?:almost |near-)?(?:daily|weekly|regular|near-daily) basis\b|\b(?:almost|near-?|nearly) daily\b"
    r"|\b(?:almost |nearly )?every (?:night|day|evening|morning|week)\b|\bnightly\b"
    r"|^(?:the |search |military |security |combing |clearing )?operations (?:continue|are continuing|are ongoing|remain under way)\b"
    r"|\bfor (?:\w+ )?(?:years|decades)\b|\bin [1-9]\d{2}\s*(?:ad|ce)?[.,;]"
)
_SEVERAL_EVENTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|several|multiple|a series of|a string of|a wave of|\d+) "
    r"(?:separate |different |distinct |simultaneous |coordinated |related |deadly |fresh |new )?(?:air |drone |missile |rocket |artillery |car bomb )?"
    r"(?:attacks|bombings|blasts|explosions|incidents|strikes|ambushes|assaults|shootings)\b"
)
_TREND = re.compile(
    r"\b(?:it|this|that) (?:was|is) the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:such |similar )?(?:\w+ )?(?:attack|strike|incident|bombing|assault|killing)s?\b|\b(?:the latest|the most recent|the last|one|the first|the second|the third)\s+(?:in|of)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:string|series|wave|spate|spree|flurry|surge|number|string)\b"
    r"|\bsince\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b(?:follow|follows|followed|came after|come after|comes after) (?:a|an) (?:\w+ )?(?:spate|series|string|wave|flurry|surge)\b"
    r"|\b(?:has|have|had)\s+(?:been\s+)?(?:\w+\s+)?(?:repeatedly|frequently|regularly)\b|\b(?:has|have)\s+been\s+\w+\s+(?:repeatedly|frequently|regularly)\b"
    r"|\b(?:has|have) helped\b"
    r"|\b(?:had|has|have) been \w+ing\b[^.;]*\bfor (?:more than |nearly |almost |over )?(?:a|an|one|two|three|four|several|\d+) (?:months?|weeks?|years?)\b"
)
_STILL_HIT = frozenset({"hit", "struck", "landed", "impacted", "exploded", "damaged", "wounded", "injured", "killed"})
_CONTROLLED = ("controlled explosion", "controlled detonation", "detonated in a controlled", "detonated them in a controlled", "detonated it in a controlled", "controlled manner", "safely detonated")
_NO_CASUALTIES = ("without any casualties", "without casualties", "no casualties", "no cas", "no injuries", "no one was hurt", "no one was injured", "nobody was hurt")
_OPERATION_START = frozenset({"took", "underway", "launch", "launched", "launches", "launching", "began", "begin", "begins", "started", "start", "starts", "kicked", "continue", "continues", "conducted", "carried", "carry", "carries"})
_EXCESSIVE = frozenset({"tear", "live", "ammunition", "dispersed", "disperse", "fired", "shot", "water", "cannon", "batons"})
_OCCURRENCE = frozenset({"dropped", "carried", "conducted", "launched", "erupted", "broke", "took", "held", "staged", "gathered", "marched", "continued", "spread", "hit", "struck", "rocked", "targeted", "killed", "wounded", "injured"})
_GENERIC_CUES = frozenset({"rise", "increased", "increasing", "increase", "frequent", "frequently", "often", "regularly", "threat", "threats", "risk", "could", "would", "may", "might", "aims", "aim", "wants", "plans", "plan", "warned", "warns", "planning", "planned", "fear", "fears", "feared", "usually", "repeatedly", "series"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "to", "can", "plans", "plan", "planning", "aims", "wants", "intends", "threatened", "vowed"})
_FUTURE = frozenset({"will", "would", "may", "might", "could", "should", "plans", "planned", "plan", "intends", "aims", "wants", "threatened", "vowed", "expected"})
_NEW_CUES = ("another drone", "another rocket", "another bomb", "another ied", "another explosion", "another blast", "another strike", "at the same time", "around the same time", "at around the same time", "simultaneously", "shortly after the", "soon after the", "minutes after the", "hours after the", "meanwhile", "in response,", "in retaliation", "separately", "elsewhere", "in parallel", "in a separate", "in another", "another attack", "in other news", "also on", "on the same day", "same night", "earlier", "later in")
_CLAIM = "claimed"
_SAME_DAY = re.compile(r"\b(?:the same|that same) (?:day|night|morning|evening|afternoon)\b")
_TIME_SHIFT = ("later on", "later that", "later,", "hours later", "a day later", "the next day", "the following day", "the day before", "a day earlier", "hours earlier", "earlier on", "earlier that", "overnight,", "on the same day")
_SAME_CUES = ("moreover", "also", "the toll", "the attack", "the blast", "the explosion", "the victims", "the incident", "the clashes", "the fighting", "the raid", "the bombing", "the ambush", "the assault", "the militants", "the suspects", "the operation", "the strike", "furthermore", "in addition", "the same", "the assailants", "the attackers", "the gunmen", "the bomber", "the wounded", "the dead", "he said", "they said", "the rocket", "the rockets", "the drone", "the drones", "the shells", "the shell", "the missile", "the missiles", "the device", "the bomb", "the mortar", "the projectile", "the cache", "the strikes", "the shelling", "the post", "the outpost", "the checkpoint", "the convoy", "the patrol", "the bodies of the")
_HISTORICAL = ("earlier report", "previous report", "previous snapshot", "already logged", "already coded", "already reported", "years after", "months of fighting", "years of fighting", "weeks of fighting", "months of clashes", "years of war", "last month", "earlier this month, in which", "earlier this year, in which", "recent years", "recent months", "recent weeks", "in the past", "over the years", "past years", "previous years", "last year", "recalled", "mass grave", "anniversary", "years ago", "exhum", "remains of", "commemorat", "genocide", "memorial", "since 19", "since 20", "decade")
_DURATIONS = ("months of fighting", "years of fighting", "weeks of fighting", "months of clashes", "years of war", "days of fighting", "weeks of clashes")
_DURATION_RE = re.compile("|".join(re.escape(c) for c in _DURATIONS) + r"|\bafter (?:\w+ )?decades of\b|\b(?:more than |nearly |almost |about )?\w+ years after\b|\bthe first (?:time|such)\b[^.;]*?\bsince\b[^.;]*?\b(?:19|20)\d\d\b")
_SPORTS = frozenset({"football", "match", "league", "goal", "goals", "striker", "coach", "championship", "tournament", "cup", "stadium", "midfielder", "penalty", "fifa", "scored", "score", "team", "players"})

_KILL = frozenset({"martyrs", "martyr", "martyrdom", "kia", "body", "neutralised", "neutralized", "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "deaths", "death", "slain", "martyred", "lives", "fatalities", "bodies", "executed", "beheaded", "killings"})
_INJURE = frozenset({"injury", "wia", "inj", "injured", "injuring", "injure", "injures", "injuries", "wounded", "wounding", "wound", "wounds", "hurt"})
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_VAGUE = frozenset({"dozens", "scores", "several", "many", "hundreds", "thousands", "numerous", "some", "few", "multiple"})
_QUALIFIERS = frozenset({"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some", "up", "to", "approximately", "roughly", "another", "a", "total", "of", "the", "rose", "risen", "climbed", "reached"})
_PERSON_NOUNS = frozenset({"volunteer", "barber", "pharmacist", "tailor", "imam", "preacher", "councillor", "councilor", "lecturer", "professor", "surgeon", "guardsman", "watchman", "peddler", "smuggler", "passer", "passerby", "bystander", "official", "activist", "lawyer", "cleric", "engineer", "nurse", "contractor", "employee", "trader", "merchant", "mayor", "judge", "candidate", "tribesman", "leader", "associate", "lieutenant", "sergeant", "captain", "colonel", "policewoman", "protester", "demonstrator", "pilgrim", "passenger", "soldier", "civilian", "child", "man", "woman", "officer", "member", "fighter", "militant", "policeman", "person", "farmer", "shepherd", "boy", "girl", "guard", "worker", "driver", "commander", "journalist", "resident", "teacher", "doctor", "student", "vendor", "shopkeeper", "sheikh", "labourer", "laborer", "herder", "mukhtar", "dignitary", "elder", "paramedic", "medic", "businessman"})
_UNIT_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "metres", "meters", "years", "year", "days", "day", "hours", "hour", "minutes", "percent", "%", "am", "pm", "phases", "axes", "times", "dollars", "billion", "million"})
_STOP_BACK = frozenset({",", ";", ":", ".", "and", "when", "after", "while", "as", "but", "which", "who", "said", "says", "told", "added", "stated", "announced"})

# place-context cues: words before "in X" that make X where someone spoke, not where it happened
_REPORTING = frozenset({"reporters", "journalists", "officials", "official", "sources", "source", "spokesman", "spokesperson", "spokeswoman", "ministry", "statement", "conference", "told", "said", "says", "based", "headquartered", "headquarters", "correspondent", "speaking"})
_UNIT_AFTER_PLACE = frozenset({"operations", "command", "police", "brigade", "division", "regiment", "battalion", "directorate", "intelligence"})
# "Damascus has sought to keep Syria out", "Baghdad accused Ankara": the government speaks or acts
_CAPITAL_VERBS = frozenset({"sought", "seeks", "wants", "wanted", "accused", "accuses", "said", "says", "condemned", "condemns", "warned", "warns", "insisted", "insists", "rejected", "rejects", "demanded", "demands", "denied", "denies", "asked", "agreed", "agrees", "refused", "refuses", "pressed", "urged", "urges", "summoned", "blamed", "blames", "hopes", "hoped", "fears", "feared", "responded", "announced", "approved", "sent", "signed", "considers", "views", "sees", "backs", "backed", "supports", "supported"})
_FEATURE_WORDS = frozenset({"mountains", "mountain", "mountainous", "hills", "range", "ranges", "heights", "foothills", "valleys", "basin", "lake", "marshes"})
_CAPITALS = frozenset({"baghdad", "damascus", "erbil", "ankara", "tehran", "washington", "moscow", "hawler", "beirut", "amman"})
_POLITICAL = re.compile(r"\b(?:condemn\w*|denounc\w*|krg|government|authorities|federal|central|talks|negotiations|relations|dialogue|agreement|deal|demands?|chant\w*|criticis\w*|accus\w*|blam\w*|salar(?:y|ies)|budget|dispute|tensions?|ties)\b")
_FIRING_POSITION = frozenset({"positioned", "stationed", "emplaced", "deployed"})
_CARE = frozenset({"hospital", "hospitals", "clinic", "morgue", "medical", "forensic", "forensics", "mortuary"})
_LANDMARK = frozenset({"square", "street", "st", "roundabout", "bridge", "avenue", "mosque", "stadium", "university", "park", "tower", "boulevard", "circle", "dam"})
_ROAD = frozenset({"road", "highway", "route", "motorway", "corridor", "railway", "pipeline", "border", "crossing"})
_BORDER = frozenset({"border", "borders", "bordering", "frontier", "frontiers", "boundary", "boundaries"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "outside", "near"})
_DESTINATION = frozenset({"to", "toward", "towards", "into"})
_DESTINATION_VERBS = frozenset({"withdrawing", "fleeing", "retreating", "escaping", "heading", "pulling", "moving", "return", "returning", "taken", "transferred", "transported", "rushed", "fled", "flee", "moved", "evacuated", "sent", "returned", "escape", "corridor", "withdrew", "retreated", "head", "headed"})

_PRECISION_RANK = {"village": 5, "town": 4, "district": 3, "province": 2, "country": 1}

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# an analyst's shorthand ("late sun night", "early hours of mon"), only after a time word
_WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6})
_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DATE_PATTERNS = (
    ("iso", re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")),
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? " + _MONTH_RE + r"(?:,? (\d{4}))?\b", re.IGNORECASE)),
    ("mdy", re.compile(r"\b" + _MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:late|early|on|of|last|this|since) (mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b(?! ?-)", re.IGNORECASE)),
    ("relative", re.compile(r"\b(yesterday|yday|yest|ystd|today|tdy|this morning|this am|this afternoon|this evening|tonight|last night|last week|(\w+) days? ago)\b", re.IGNORECASE)),
)
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


# --------------------------------------------------------------------------- sentences


@dataclass
class Trigger:
    tok: int
    word: str
    event_type: str
    sub_event_type: str
    priority: int
    strong: bool


@dataclass
class SentInfo:
    sent: Sent
    triggers: list[Trigger] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)  # index into actors -> role
    killed: int | None = None
    injured: int | None = None
    kinds: tuple[str, str] = ("", "")  # how killed / injured combine: "", "add", "update"
    dead_side: str = ""  # whose dead the sentence counts: "forces" | "militants" | "" (unsure)
    date: dt.date | None = None
    approximate_date: bool = False
    historical: bool = False
    overview: bool = False  # a bulletin's summary, assessment or note: no event of its own
    lower: str = ""

    @property
    def strong(self) -> list[Trigger]:
        return [t for t in self.triggers if t.strong]

    @property
    def has_casualties(self) -> bool:
        return not self.historical and (self.killed is not None or self.injured is not None)

    def eligible_places(self) -> list[PlaceMention]:
        return [p for p in self.places if p.role in ("", "between")]


def _word_value(word: str) -> int | None:
    """The value of one word that is a number: "three" or "3" (a year-sized figure is not)."""
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    return int(word) if word.isdigit() and len(word) <= 4 else None


def _number(tokens: Sequence[Tok], k: int) -> int | None:
    tok = tokens[k]
    word = tok.lower
    if k > 0 and tokens[k - 1].lower in ("aged", "age", "ages"):
        return None  # "a daughter aged seven": an age
    if k > 2 and tokens[k - 1].lower in ("and", "to", "-") and tokens[k - 3].lower in ("aged", "age", "ages"):
        return None  # "two brothers aged nine and thirteen"
    if (word.isdigit() or word in _NUMBER_WORDS) and k + 2 < len(tokens) and tokens[k + 1].lower == "-" and tokens[k + 2].lower in ("year", "month", "week", "day"):
        return None  # "her 10-year-old daughter", "a nine-year-old girl": an age
    if word in _NUMBER_WORDS:
        # "Twenty-three" is three tokens: either end of it is the whole number
        if k + 1 < len(tokens) and tokens[k + 1].lower in _UNIT_WORDS:
            return None  # "the forty days of mourning", "two years"
        if word in _TENS and k + 2 < len(tokens) and tokens[k + 1].lower == "-" and tokens[k + 2].lower in _UNITS:
            return _NUMBER_WORDS[word] + _NUMBER_WORDS[tokens[k + 2].lower]
        if word in _UNITS and k >= 2 and tokens[k - 1].lower == "-" and tokens[k - 2].lower in _TENS:
            return _NUMBER_WORDS[tokens[k - 2].lower] + _NUMBER_WORDS[word]
        return _NUMBER_WORDS[word]
    if len(word) > 1 and word.endswith("x") and word[:-1].isdigit() and len(word) <= 4:
        return int(word[:-1])  # an analyst's "2x KIA"
    if "," in word and word.replace(",", "").isdigit():
        return int(word.replace(",", ""))
    if word.isdigit() and len(word) <= 4:
        value = int(word)
        if 1900 <= value <= 2100:
            return None  # a year
        if k + 1 < len(tokens) and tokens[k + 1].lower in _UNIT_WORDS | set(_MONTHS):
            return None
        if k > 0 and tokens[k - 1].lower in _MONTHS:
            return None
        return value
    return None


_GROUP_END = frozenset({",", ";", ":", ".", "and", "in", "on", "at", "near", "when", "who", "which", "as", "after", "while", "during", "including", "among", "from", "by", "with", "was", "were", "had", "have", "has", "—", "-", "–", "(", ")", "of", "to", "'s", "that"})
_ORDINAL_ONE = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh"})
_WOUND_KINDS = frozenset({"gunshot", "bullet", "stab", "shrapnel", "multiple", "severe", "serious", "his", "her", "their", "head", "fatal", "critical"})
_SINGLE = frozenset({"another", "him"})
_PLURAL_PERSONS = frozenset({"militiamen", "insurgents", "rebels", "tribesmen", "conscripts", "paramilitaries", "jihadis", "soldiers", "civilians", "children", "men", "women", "officers", "members", "fighters", "militants", "policemen", "people", "persons", "farmers", "shepherds", "boys", "girls", "guards", "workers", "drivers", "commanders", "journalists", "residents", "teachers", "doctors", "students", "others", "brothers", "sons", "hunters", "villagers", "protesters", "pilgrims", "troops", "recruits", "cadets", "personnel", "terrorists", "jihadists", "gunmen", "attackers", "assailants", "relatives", "siblings", "daughters", "passengers", "worshippers"})


def _count_at(tokens: Sequence[Tok], j: int, hi: int) -> tuple[int | None, int]:
    """(count, next index) of a counted group starting at j: "two soldiers", "a woman",
    "another", "a third", "him"; (None, j) when no group starts there."""
    w = tokens[j].lower
    n = _number(tokens, j)
    if n is not None:
        if w in _TENS and j + 2 < hi and tokens[j + 1].lower == "-" and tokens[j + 2].lower in _UNITS:
            return n, j + 3  # "twenty-three people"
        return n, j + 1
    if w in _SINGLE:
        return 1, j + 1
    if w in ("her", "his", "their") and j + 1 < hi and _number(tokens, j + 1) is not None:
        return _number(tokens, j + 1), j + 2  # "a woman and her two children"
    if w == "her" and (j + 1 >= hi or not tokens[j + 1].lower.isalpha()):
        return 1, j + 1
    if w in ("her", "his", "their") and j + 1 < hi and tokens[j + 1].lower in _KIN_ONE:
        return 1, j + 2  # "a woman and her child"
    if w == "the" and j + 1 < hi:
        nxt = j + 2 if j + 2 < hi and tokens[j + 1].lower in _ONE_ADJECTIVES else j + 1
        if nxt < hi and tokens[nxt].lower in _PERSON_NOUNS and (nxt + 1 >= hi or tokens[nxt + 1].lower not in _PERSON_NOUNS):
            return 1, nxt + 1  # "killing the civilian driver"
        if nxt + 1 < hi and tokens[nxt].lower.isalpha() and tokens[nxt].lower not in _KILL | _INJURE and tokens[nxt + 1].lower in _OWNERS:
            return 1, nxt + 2  # "killing the shop owner"
    if w in ("a", "an", "one"):
        if j + 1 < hi and tokens[j + 1].lower in _ORDINAL_ONE:
            return 1, j + 2  # "injuring a third"
        for x in range(j + 1, min(hi, j + 8)):
            lw = tokens[x].lower
            if x >= j + 3 and not tokens[x].text[:1].isupper() and lw not in _PERSON_NOUNS and lw not in _INSIDE_GROUP | {"-", "old"}:
                break  # "a senior Islamic State official": names may lengthen the group, words not
            if lw in _PERSON_NOUNS or lw in _KIN_ONE:
                return 1, x + 1
            if lw == "-" and (tokens[x - 1].lower in _INSIDE_GROUP or (x + 1 < hi and tokens[x + 1].lower in ("year", "month", "old"))):
                continue  # "a senior Hurras al-Din official", "a nine-year-old girl": hyphens inside the group
            if lw in _GROUP_END or lw in _KILL or lw in _INJURE:
                break
    return None, j


def _skip_group(tokens: Sequence[Tok], j: int, hi: int) -> int:
    """The index after the noun phrase of a counted group ("SDF fighters", "members of the
    security forces")."""
    steps = 0
    while j < hi and steps < 6:
        w = tokens[j].lower
        if w == "of" and j + 1 < hi and tokens[j + 1].lower in ("the", "them", "his", "her", "their") and steps:
            j += 2  # "members of the security forces", "two of them"
            steps += 2
            continue
        if w in _GROUP_END or w in _KILL or w in _INJURE or _number(tokens, j) is not None:
            break
        j += 1
        steps += 1
    return j


def _skip_name_of(tokens: Sequence[Tok], j: int, hi: int) -> int:
    """Past the named group a person belongs to: "a commander [of Harakat al-Nujaba] and ...",
    "a member [of the local council of Jasim] and his nephew"."""
    while j + 1 < hi and tokens[j].lower == "of":
        k = j + 1
        the = k < hi and tokens[k].lower == "the"
        if the:
            k += 1
        start = k
        while k < hi and k - start < 5 and (
            tokens[k].text[:1].isupper()
            or (k > start and tokens[k].lower in ("al", "el", "-", "'s"))
            or (the and tokens[k].lower.isalpha() and tokens[k].lower not in _GROUP_END and tokens[k].lower not in _KILL | _INJURE and _number(tokens, k) is None)
        ):
            k += 1
        if k == start:
            break
        j = k
    return j


def _more_groups(tokens: Sequence[Tok], j: int, hi: int) -> int:
    """Counts of further victim groups joined by "and"/"," after a first one: "killing an
    officer and two soldiers", "two soldiers and three civilians were killed"; stops at
    "including" (a subset), a casualty word (another toll) or anything else."""
    total = 0
    j = _skip_name_of(tokens, j, hi)
    while j + 1 < hi and (tokens[j].lower in ("and", "&") or (tokens[j].lower == "," and tokens[j + 1].lower == "and")):
        k = j + 1
        if tokens[k].lower == "and" and tokens[j].lower == ",":
            k += 1
        if k >= hi:
            break
        n, after = _count_at(tokens, k, hi)
        if n is None:
            break
        end = _skip_group(tokens, after, hi)
        nxt = tokens[end].lower if end < hi else ""
        if nxt in ("was", "is", "had", "has") or (nxt == "were" and end + 1 < hi and tokens[end + 1].lower not in _KILL | _INJURE):
            break  # "... and a civilian was wounded": a separate toll
        if nxt in _KILL or nxt in _INJURE:
            if not tokens[end - 1].lower.endswith("s") and n > 1 and end == after:
                break  # "3 killed", not a group of "3"
        total += n
        j = end
    return total


def _count_near(tokens: Sequence[Tok], k: int, lo: int, hi: int) -> int | None:
    """The number a casualty word at k refers to: after it for "killing 3", "killed at
    least 5 militants"; before it for "two soldiers were killed", "10 ISF soldiers injured".
    Distinct victim groups are summed ("killing two soldiers and three civilians" = 5); a
    subset is not ("killing 5, including 2 children" = 5)."""
    word = tokens[k].lower

    def forward() -> int | None:
        j = k + 1
        steps = 0
        while j < hi and steps < 6:
            w = tokens[j].lower
            n, after = _count_at(tokens, j, hi)
            if n is not None and any(tokens[x].lower in _ANIMALS for x in range(after, min(hi, after + 3))) and not any(
                tokens[x].lower in _PLURAL_PERSONS | _PERSON_NOUNS for x in range(after, min(hi, after + 3))
            ):
                return None  # "killing 40 sheep", "killing dozens of cattle"
            if n is not None:
                if after < hi and (tokens[after].lower in _INJURE or tokens[after].lower in _KILL) and tokens[after].lower != word:
                    return None  # "1 killed 2 wounded": the 2 is the next toll's
                end = _skip_group(tokens, after, hi)
                return n + _more_groups(tokens, end, hi)
            if w in _VAGUE:
                return None
            if w == "both" and (j + 1 >= hi or tokens[j + 1].lower not in ("sides", "side", "parties", "camps")):
                return 2  # "killing both"
            if steps == 0 and word in ("dead", "killed", "killing", "kills") and (w in _PERSON_NOUNS or (w.isalpha() and j + 1 < hi and tokens[j + 1].lower in _PERSON_NOUNS and w in _ONE_ADJECTIVES)):
                return 1  # an analyst's "shot dead village mukhtar at his house"
            if w in _QUALIFIERS or w in _QUOTES or w in _WHEN_WORDS:
                j += 1  # "neutralised" four militants: over the closing quote; "shot dead on Tuesday evening a former commander"
                steps += 1
                continue
            break
        return None

    def backward() -> int | None:
        p1 = tokens[k - 1].lower if k - 1 >= lo else ""
        p2 = tokens[k - 2].lower if k - 2 >= lo else ""
        if p2 == "else" or (p1 == "else" and p2 in ("one", "nobody", "anyone")):
            p1, p2 = "one", "no"  # "No one else was hurt": none besides the victims told
        if p1 in ("no", "nobody", "none") or (p1 == "one" and p2 == "no") or p2 in ("nobody",) or (p2 == "one" and k - 3 >= lo and tokens[k - 3].lower == "no"):
            return 0  # "no one was hurt", "no injuries", "nobody was killed"
        j = k - 1
        steps = 0
        skipped = False
        while j >= lo and steps < 10:
            w = tokens[j].lower
            n = _number(tokens, j)
            if n is None and w in _SINGLE | {"a", "an", "one"}:
                n, _after = _count_at(tokens, j, k)
            if n is not None and j - 1 >= lo and tokens[j - 1].lower == "of" and j + 1 < k and tokens[j + 1].lower in _KIN_GROUPS:
                j -= 1  # "four members of one family were killed": the family is no count
                steps += 1
                continue
            if n is not None and any(tokens[x].lower in _ANIMALS for x in range(j + 1, k)):
                return None  # "Forty of his sheep were also killed": no one's death
            if n is not None:
                # "5 people", "two Kakais" ... but not "killing 3 and wounding 7"
                start = j
                if start - 1 >= lo and tokens[start - 1].lower in ("her", "his", "their"):
                    start -= 1
                return n + _groups_before(tokens, start, lo)
            if w in _VAGUE:
                return None
            if w in ("—", "–") and j - 1 >= lo:
                # "Five people — two fighters of the PMF and three civilians — were killed": over the aside
                opening = next((x for x in range(j - 1, max(lo, j - 20) - 1, -1) if tokens[x].lower in ("—", "–")), None)
                if opening is not None:
                    j = opening - 1
                    continue
            if w == ")":
                # "one fighter of the Sinjar Resistance Units (YBS) were killed": over the parenthesis
                opening = next((x for x in range(j - 1, max(lo, j - 10) - 1, -1) if tokens[x].lower == "("), None)
                if opening is not None:
                    j = opening - 1
                    continue
            if w == "who" and k - j > 4 and tokens[k - 1].lower in ("were", "was", "been"):
                # "Six PKK terrorists who were preparing an attack ... were neutralised":
                # the count before the relative clause is the main clause's subject
                for x in range(j - 1, max(lo, j - 5) - 1, -1):
                    n = _number(tokens, x)
                    if n is not None:
                        return n
                    if tokens[x].lower in _STOP_BACK:
                        break
                return None
            if w == "who" and k - j <= 4:
                # "an activist who was shot dead": the one person the clause describes
                for x in range(j - 1, max(lo, j - 4) - 1, -1):
                    if tokens[x].lower in ("a", "an"):
                        n, _after = _count_at(tokens, x, j)
                        if n == 1:
                            return 1
                        break
                return None
            if w == "," and not skipped:
                # "Five other people, including the children's mother, were wounded":
                # step over one parenthesis to the group it describes
                start = next((x for x in range(j - 1, max(lo, j - 16) - 1, -1) if tokens[x].lower == ","), None)
                kin_aside = start is not None and any(tokens[x].lower in _KIN_ONE for x in range(start + 1, j))
                if start is not None and not any(
                    tokens[x].lower in _KILL | _INJURE or tokens[x].lower in ("when", "after", "said", "while") or (tokens[x].lower == "and" and not kin_aside)
                    for x in range(start + 1, j)
                ):
                    skipped = True
                    j = start - 1
                    continue
                return None
            if w == "by" and j - 2 >= lo and tokens[j - 1].text == "-" and tokens[j - 2].lower == "passer":
                j -= 2  # "A passer-by was wounded"
                continue
            if w == "and" and j - 1 >= lo and j + 1 < k and tokens[j - 1].lower in _PLURAL_PERSONS and tokens[j + 1].lower in _PLURAL_PERSONS:
                j -= 1  # "17 soldiers and militiamen were killed": one count, two kinds
                steps += 1
                continue
            if w in _PERSON_NOUNS and j - 1 >= lo and tokens[j - 1].lower in ("the", "a", "an") and j + 1 < k and tokens[j + 1].lower == "was":
                return 1  # "The activist was wounded"
            if w in _KIN_ONE and j - 6 >= lo and [tokens[x].lower for x in range(j - 4, j)] == ["-", "year", "-", "old"] and tokens[j - 6].lower in ("his", "her", "their"):
                return 1 + _groups_before(tokens, j - 6, lo)  # "her 10-year-old daughter was injured"
            if w in _KIN_ONE and j - 1 >= lo:
                # "his wife and young son were wounded": two kin joined by "and"
                x = j - 1 if tokens[j - 1].lower not in _ONE_ADJECTIVES else j - 2
                if x - 2 >= lo and tokens[x].lower in ("and", "&") and tokens[x - 1].lower in _KIN_ONE and tokens[x - 2].lower in ("his", "her", "their"):
                    return 2 + _groups_before(tokens, x - 2, lo)
            if (w in _KIN_ONE and j - 1 >= lo and tokens[j - 1].lower in ("his", "her", "their", "and", "&")) or (
                w in _PERSON_NOUNS and j - 2 >= lo and tokens[j - 1].lower in ("his", "her", "their") and tokens[j - 2].lower == "and"
            ):
                # "A shepherd and his son were killed", "A husband and wife were killed", "their daughter wounded"
                start = j - 1 if tokens[j - 1].lower not in ("and", "&") else j
                return 1 + _groups_before(tokens, start, lo)
            if w in ("he", "she") and k - j <= 3 and all(tokens[x].lower in ("was", "later", "also", "then", "had", "has", "been", "subsequently") for x in range(j + 1, k)):
                return 1  # "where he died of his wounds hours later"
            if w in _STOP_BACK or w in _KILL or w in _INJURE:
                return None
            j -= 1
            steps += 1
        return None

    if word.endswith("ing") or word in ("toll", "kill", "kills", "injure", "injures", "wound"):
        return forward()
    after = forward() if k + 1 < hi and (_number(tokens, k + 1) is not None or tokens[k + 1].lower in _QUALIFIERS | {"a", "an"} | _SINGLE) else None
    if after is not None:
        return after
    before = backward()
    if before is not None:
        return before
    return forward()


def _groups_before(tokens: Sequence[Tok], start: int, lo: int) -> int:
    """Counts of victim groups before the one at `start`, joined to it by "and"/",":
    "Three militants and a PMF fighter were killed" -> 3 (added to the 1)."""
    total = 0
    j = start - 1
    while j > lo and tokens[j].lower in ("and", "&"):
        # the group before the conjunction: a count within 6 tokens, nothing in between
        found = None
        x = j - 1
        steps = 0
        while x >= lo and steps < 9:
            w = tokens[x].lower
            n = _number(tokens, x)
            if n is None and w in ("a", "an", "one", "another"):
                n, end = _count_at(tokens, x, start)
                if n is not None and end > j:
                    n = None
            if n is not None:
                found = x
                break
            if w == "of" and x + 1 < start and _number(tokens, x + 1) is None and steps < 7:
                x -= 1  # "A commander of Harakat al-Nujaba and two fighters": over the group's name
                steps += 1
                continue
            if w in _STOP_BACK or w in _KILL or w in _INJURE or w in _VAGUE or w in ("the", "of", "in", "on", "by"):
                break
            x -= 1
            steps += 1
        if found is None and tokens[j - 1].lower in _PERSON_NOUNS:
            total += 1  # "bedouin man & his wife were found killed": a person named without an article
            break
        if found is None:
            break
        if any(tokens[y].lower in _KILL | _INJURE for y in range(found + 1, j)):
            break  # "32 martyrs and 110 wounded": the 32 are another toll's
        if found - 1 >= lo and tokens[found - 1].lower in _KILL | _INJURE:
            break  # "killing 3 and 4 wounded" style: that count is another toll's
        total += n
        j = found - 1
    return total


_ONE_ADJECTIVES = frozenset({"civilian", "young", "elderly", "local", "female", "male", "off-duty", "retired", "former", "village", "lone", "only"})
_KIN_ONE = frozenset({"child", "son", "daughter", "husband", "wife", "brother", "sister", "father", "mother", "baby", "infant", "nephew", "niece", "cousin", "uncle", "grandson", "granddaughter", "companion", "driver", "bodyguard", "friend"})
# words a counted group's name or age runs through ("a senior Hurras al-Din official", "a nine-year-old girl")
_INSIDE_GROUP = frozenset({"al", "el", "ad", "as", "ash", "ar", "az", "ez", "ed", "year", "month"})
_ANIMALS = frozenset({"sheep", "goats", "goat", "cattle", "cows", "cow", "camels", "camel", "horses", "horse", "donkeys", "donkey", "livestock", "animals", "animal", "buffalo", "buffaloes", "poultry", "chickens", "dogs", "dog"})
_OWNERS = frozenset({"owner", "keeper", "vendor", "seller", "driver", "worker", "guard", "mukhtar", "chief", "head", "imam"})
_KIN_GROUPS = frozenset({"family", "household", "clan", "tribe", "house", "family's"})
_WHEN_WORDS = frozenset({"on", "late", "early", "yesterday", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "afternoon", "today", "last"})
_TREATED_CONTEXT = frozenset({"hospital", "hospitals", "clinic", "medical", "for", "injuries", "wounds", "bruises", "suffocation", "burns", "fractures"})


def _treated(tokens: Sequence[Tok], k: int, lo: int, hi: int) -> bool:
    """"were treated in hospital", "received treatment for", "still being treated": people hurt."""
    w = tokens[k].lower
    if w not in ("treated", "treatment"):
        return False
    if w == "treated" and k - 1 >= lo and tokens[k - 1].lower == "being":
        return True
    if w == "treatment" and k - 1 >= lo and tokens[k - 1].lower == "under":
        return True  # "two others remained under treatment"
    if w == "treated" and k + 1 < hi and tokens[k + 1].lower in ("as", "like", "with", "fairly", "well", "badly"):
        return False
    return any(tokens[j].lower in _TREATED_CONTEXT for j in range(k + 1, min(hi, k + 5)))


def _further_group(tokens: Sequence[Tok], k: int, lo: int, hi: int, last: int) -> int | None:
    """A second victim group with its own casualty word in the same sentence ("six
    protesters were treated ..., and two policemen were hurt"): its count, when it is told
    after the first one and after a conjunction, not a definite reference ("the five dead")."""
    if last < 0 or not any(tokens[j].lower in ("and", ";", "while", "whereas") for j in range(last + 1, k)):
        return None
    j = k - 1
    while j > last and j >= k - 5:
        if _number(tokens, j) is not None or tokens[j].lower in ("a", "an", "another"):
            break
        j -= 1
    if j <= last or j < k - 5 or (j - 1 > last and tokens[j - 1].lower in ("the", "those", "these", "of")):
        return None
    if any(tokens[x].lower in ("including", "among", "of") for x in range(last + 1, j)):
        return None  # "killing five, including two children"
    if j + 2 < k and tokens[j + 1].lower == "of" and tokens[j + 2].lower in ("them", "those", "whom", "the", "these") and not (
        tokens[j + 2].lower == "the" and j + 3 < k and tokens[j + 3].lower in _MILITANTS_DEAD
    ):
        return None  # "two of them": a part of a group already counted (but "three of the attackers" are the other side)
    n, _after = _count_at(tokens, j, k)
    return n


def casualties(tokens: Sequence[Tok], lo: int, hi: int) -> tuple[int | None, int | None]:
    """(killed, injured) stated in tokens[lo:hi]; None when not stated as a number."""
    killed = injured = None
    last_injured = last_killed = -1
    skip: set[int] = set()
    # "One of the wounded, a lieutenant, died of his injuries": a death among the wounded
    for j in range(lo, hi - 3):
        if tokens[j + 1].lower == "of" and tokens[j + 2].lower == "the" and tokens[j + 3].lower in ("wounded", "injured"):
            n = _number(tokens, j) if tokens[j].lower != "one" else 1
            if n and any(tokens[x].lower in ("died", "succumbed", "dies") for x in range(j + 4, hi)):
                killed = n
                skip.update(range(j, hi))
                break
    for k in range(lo, hi):
        w = tokens[k].lower
        if k in skip:
            continue
        if w in ("killing", "killings", "death", "deaths") and k - 2 >= lo and tokens[k - 1].lower == "the" and tokens[k - 2].lower in ("after", "following", "over", "avenge", "for"):
            continue  # "clashed after the killing of a Saraya al-Salam member the previous night": the cause, told before
        if (w in _INJURE or _treated(tokens, k, lo, hi)) and injured is not None:
            more = _further_group(tokens, k, lo, hi, last_injured)
            if more:
                injured += more
                last_injured = k
            continue
        if _treated(tokens, k, lo, hi) and injured is None:
            injured = _count_near(tokens, k, lo, hi)
            if injured is not None:
                last_injured = k
            continue
        if w == "casualties" and k > lo and tokens[k - 1].lower in ("no", "without"):
            killed = 0 if killed is None else killed
            injured = 0 if injured is None else injured
            continue
        if w in ("bringing", "brought", "raising", "raised", "taking") and _NUMBER_OF_DEAD.match(" ".join(tokens[j].lower for j in range(k + 1, min(hi, k + 8)))):
            to = next((j for j in range(k + 1, min(hi - 1, k + 9)) if tokens[j].lower == "to"), None)
            value = _number(tokens, to + 1) if to is not None else None
            if value is not None:
                killed = value  # "..., bringing the number of dead to five": the total now
                skip.update(range(k, to + 2))
                continue
        lost = _lost_count(tokens, k, hi) if w in ("lost", "loses", "lose", "losing") else None
        if lost is not None:
            # "the SDF said it had lost three fighters": its own dead; "killed 14 and lost three": both sides'
            killed = lost + (killed or 0)
            continue
        if w in _KILL and killed is not None and last_killed >= 0 and w in ("killed", "dead", "died", "martyred", "slain") and any(
            tokens[j].lower in (";", "while", "whereas", "but") for j in range(last_killed + 1, k)
        ) and any(tokens[j].lower in _SPEECH for j in range(last_killed + 1, k)):
            other = _count_near(tokens, k, lo, hi)
            if other is not None:
                killed = min(killed, other)  # "Amaq claimed five soldiers killed; the army said two were killed": the conservative figure
                last_killed = k
            continue
        if w in _KILL and killed is not None and last_killed >= 0 and w in ("killed", "dead", "died", "martyred", "slain"):
            more = _further_group(tokens, k, lo, hi, last_killed)
            if more:
                killed += more  # "Three terrorists were killed and one of our fighters was martyred"
                last_killed = k
            continue
        if w in _KILL and killed is None:
            if w == "death" and k + 1 < hi and tokens[k + 1].lower == "toll":
                continue
            killed = _count_near(tokens, k, lo, hi)
            if killed is not None:
                last_killed = k
            if killed is None and w == "bodies" and k > lo and tokens[k - 1].lower == "their":
                killed = _group_told_before(tokens, k - 1, lo)  # "kidnapped 2 civilians ..., their bodies were found"
        elif w == "toll" and killed is None and k > lo and tokens[k - 1].lower == "death":
            killed = _count_near(tokens, k, lo, hi)
            if killed is None:
                killed = _toll_risen_to(tokens, k, hi)  # "The death toll from Tuesday's car bomb in al-Bab rose to nine"
        elif w == "casualties" and killed is None and (risen := _dead_risen_to(tokens, k, hi)) is not None:
            killed = risen  # "Casualties of the ambush have risen to 17 ..., after we initially documented ten deaths"
            skip.update(range(k + 1, hi))
        elif w == "toll" and killed is None and _toll_risen_to(tokens, k, hi) is not None:
            killed = _toll_risen_to(tokens, k, hi)  # "The toll of the massacre ... rose to 33 civilians"
        elif w == "toll" and k > lo and tokens[k - 1].lower == "death" and _toll_risen_to(tokens, k, hi) is not None:
            # "The death toll from Saturday's car bomb has risen to nine after four of the wounded died"
            killed = _toll_risen_to(tokens, k, hi)
        elif w == "toll" and _toll_update_at(tokens, k, hi):
            # "..., bringing the death toll to nine": the update is the total
            value = _count_near(tokens, k, lo, hi)
            if value is not None:
                killed = value
        elif w in _INJURE and injured is None:
            if w in ("wounds", "injuries") and k > lo and tokens[k - 1].lower in _WOUND_KINDS and not any(
                tokens[j].lower in ("sustained", "suffered", "sustaining", "suffering") for j in range(max(lo, k - 3), k)
            ):
                continue  # "the body ... with gunshot wounds": how someone died, not a toll
            injured = _count_near(tokens, k, lo, hi)
            if injured is not None:
                last_injured = k
    return killed, injured


def _lost_count(tokens: Sequence[Tok], k: int, hi: int) -> int | None:
    """N in "lost N fighters" / "lost at least two of its soldiers": a side's own dead."""
    j = k + 1
    while j < hi and tokens[j].lower in ("at", "least", "about", "around", "nearly", "some", "more", "than"):
        j += 1
    if j >= hi:
        return None
    n = _number(tokens, j) if tokens[j].lower not in ("a", "an") else None
    if n is None:
        return None
    nxt = j + 1
    if nxt + 2 < hi and tokens[nxt].lower == "of" and tokens[nxt + 1].lower in ("its", "their", "his", "our"):
        nxt += 2
    if nxt < hi and tokens[nxt].lower == "own":
        nxt += 1  # "lost three of its own fighters"
    if nxt < hi and (tokens[nxt].lower in _PLURAL_PERSONS or (n == 1 and tokens[nxt].lower in _PERSON_NOUNS)):
        return n
    return None


_FORCES_DEAD = frozenset({"soldier", "soldiers", "troops", "policemen", "policeman", "officers", "officer", "personnel", "guards", "conscripts", "recruits", "cadets"})
_MILITANTS_DEAD = frozenset({"terrorists", "terrorist", "militants", "militant", "jihadists", "jihadist", "insurgents", "insurgent", "gunmen", "attackers", "assailants", "bombers", "bomber"})


def dead_side(tokens: Sequence[Tok], lo: int, hi: int) -> str:
    """Whose dead a sentence counts, when it names only one side: "forces" (soldiers,
    policemen) or "militants" (terrorists, insurgents); "" when both or neither."""
    k = next((j for j in range(lo, hi) if tokens[j].lower in _KILL), None)
    if k is None:
        return ""
    words = {tokens[j].lower for j in range(max(lo, k - 6), k)}  # "two soldiers were killed"
    if k + 1 < hi and (_number(tokens, k + 1) is not None or tokens[k + 1].lower in _QUALIFIERS):
        words |= {tokens[j].lower for j in range(k + 1, min(hi, k + 5))}  # "killing two soldiers"
        after = [tokens[j].lower for j in range(k + 1, min(hi, k + 8))]
        if "of" in after and after[after.index("of") - 1] in ("members", "member", "personnel", "elements") and set(after[after.index("of") + 1 :]) & {"force", "forces", "security", "army", "police", "patrol", "unit", "guards"}:
            words.add("personnel")  # "killing two members of the force"
    forces, militants = bool(words & _FORCES_DEAD), bool(words & _MILITANTS_DEAD)
    ordered = [tokens[j].lower for j in range(max(lo, k - 7), k)]
    for n, w in enumerate(ordered[:-2]):
        if w in ("members", "member", "personnel", "elements") and ordered[n + 1] == "of" and set(ordered[n + 2 : n + 5]) & {"security", "army", "police", "forces", "force", "guards", "military", "patrol", "unit"}:
            forces = True  # "Two members of General Security were killed"
    if k + 3 < hi and tokens[k + 2].lower == "of" and tokens[k + 3].lower == "them":
        # "Troops pursued the attackers and killed four of them": "them" are the nearest group named
        nearest = next((tokens[j].lower for j in range(k - 1, lo - 1, -1) if tokens[j].lower in _FORCES_DEAD | _MILITANTS_DEAD), "")
        if nearest:
            return "militants" if nearest in _MILITANTS_DEAD else "forces"
    return "forces" if forces and not militants else "militants" if militants and not forces else ""


def _group_told_before(tokens: Sequence[Tok], k: int, lo: int) -> int | None:
    """The count of the nearest group of people named before k in the sentence ("2 civilians")."""
    for j in range(k - 1, lo - 1, -1):
        n = _number(tokens, j)
        if n is not None and j + 1 < k and tokens[j + 1].lower in _PLURAL_PERSONS:
            return n
    return None


_RISE_WORDS = frozenset({"rose", "risen", "climbed", "reached", "jumped", "increased"})


def _toll_risen_to(tokens: Sequence[Tok], k: int, hi: int) -> int | None:
    """The number a death toll "has risen to" later in its clause."""
    for j in range(k + 1, min(hi - 2, k + 40)):
        w = tokens[j].lower
        if w in (";", "."):
            return None
        if w in _RISE_WORDS and tokens[j + 1].lower == "to":
            return _number(tokens, j + 2)
    return None


def _dead_risen_to(tokens: Sequence[Tok], k: int, hi: int) -> int | None:
    """The number casualties "have risen to" far along the clause, when it counts dead people
    ("risen to 17 regime soldiers"), not a share or a mixed count."""
    for j in range(k + 1, min(hi - 2, k + 30)):
        if tokens[j].lower in _RISE_WORDS and tokens[j + 1].lower == "to":
            after = [tokens[x].lower for x in range(j + 3, min(hi, j + 6))]
            dead = bool(after) and (after[0] in _PLURAL_PERSONS | {"dead", "deaths", "killed"} or (len(after) > 1 and after[1] in _PLURAL_PERSONS))
            return _number(tokens, j + 2) if dead and not {"wounded", "injured"} & set(after) else None
    return None


def _toll_update_at(tokens: Sequence[Tok], k: int, hi: int) -> bool:
    """"the toll rose to 7", "bringing the death toll to nine", "toll has climbed to 12"."""
    ahead = [tokens[j].lower for j in range(k + 1, min(hi, k + 4))]
    return "to" in ahead and (ahead[0] in ("to", "rose", "risen", "climbed", "reached", "jumped", "increased", "has", "had", "now") )


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})
_ADDITIVE = frozenset({"another", "other", "others", "also", "further", "more", "additional"})


def casualty_kinds(tokens: Sequence[Tok], lo: int, hi: int) -> tuple[str, str]:
    """How a sentence's killed and injured counts combine with the ones told before:
    "update" (the toll rose to N: replaces), "add" (another / other / also: a further
    group: added) or "" (the same toll told again: the larger counts)."""
    kinds = ["", ""]
    for k in range(lo, hi):
        w = tokens[k].lower
        if w == "toll" and (_toll_update_at(tokens, k, hi) or _toll_risen_to(tokens, k, hi) is not None):
            kinds[0] = "update"
            continue
        if w in ("bringing", "brought", "raising", "raised", "taking", "took") and _NUMBER_OF_DEAD.match(" ".join(tokens[j].lower for j in range(k + 1, min(hi, k + 8)))):
            kinds[0] = "update"  # "bringing the number of dead to five"
            continue
        if w in ("died", "dies", "succumbed") and not kinds[0] and k + 1 < hi and tokens[k + 1].lower in ("of", "from", "to", "later"):
            kinds[0] = "add"  # "a member ... died of his wounds": one more death of the event told
            continue
        if w in ("lost", "loses", "lose", "losing") and not kinds[0] and _lost_count(tokens, k, hi) is not None:
            kinds[0] = "add"  # one side's own losses: a further group besides the dead told before
            continue
        slot = 0 if w in _KILL else 1 if w in _INJURE else None
        if slot is None or kinds[slot]:
            continue
        window = [tokens[j].lower for j in range(max(lo, k - 6), min(hi, k + 2))]
        if any(x in _ADDITIVE for x in window) and not (slot == 1 and "others" in window and "killing" in window):
            kinds[slot] = "add"
        else:
            kinds[slot] = "same"
    claimed = any(tokens[j].lower in ("claimed", "claims", "claiming") for j in range(lo, hi))
    lower = " ".join(tokens[j].lower for j in range(lo, hi))
    other_figure = _rival_figure(lower)
    if kinds[0] in ("", "same") and (claimed or other_figure):
        kinds[0] = "claim"  # a claimant's figure ("ISIS claimed it, says 3 killed") never raises a toll told before
    if kinds[1] in ("", "same") and (claimed or other_figure):
        kinds[1] = "claim"  # "its fighters had killed and wounded seven apostates"
    return (kinds[0] if kinds[0] != "same" else "", kinds[1] if kinds[1] != "same" else "")


def _rival_figure(lower: str) -> bool:
    """A second source's figure ("Another monitoring network put the toll at 14"), not an
    update ("by Sunday health sources put the toll at three")."""
    return bool(_OTHER_FIGURE.search(lower)) and not re.search(
        r"\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:end|evening|morning|next day)|then|nightfall|evening|morning)\b|\blater\b|\bafter (?:a|the|another) \w+ (?:died|succumbed)\b", lower
    )


_NUMBER_OF_DEAD = re.compile(r"^(?:the )?(?:number of (?:the )?(?:dead|deaths|victims|fatalities|those killed|people killed)|(?:death )?toll|dead|fatalities) to\b")
# a second source's figure: ACLED keeps the conservative one told first
_OTHER_FIGURE = re.compile(r"\bput (?:the|its|their) (?:overall |total |death )?(?:toll|number of (?:dead|deaths|killed|victims|fatalities))\b[^.;]{0,40}?\bat\b|\bgave (?:a|the) (?:higher|different|death )?toll\b|\b(?:higher|different|conflicting) (?:toll|figure|count)s?\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told \w+|announced|reported|stated|added|statement)\s+(?:late |early )?(?:on )?$", re.IGNORECASE)


def resolve_date(text: str, published: dt.date | None, anchor: int | None = None) -> tuple[dt.date | None, bool]:
    """(date, approximate) of the date expression in a sentence nearest to `anchor` (a
    character offset, e.g. of the event word), or the first one; "said on Friday" is when
    someone spoke, not when it happened, and is skipped."""
    found: list[tuple[int, dt.date, bool]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if _SPEECH_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            value = _date_of(kind, m, published)
            if value is not None:
                found.append((m.start(), *value))
    if not found:
        return None, False
    if anchor is None:
        _pos, date, approximate = min(found, key=lambda f: f[0])
    else:
        _pos, date, approximate = min(found, key=lambda f: (abs(f[0] - anchor), f[0]))
    return date, approximate


def _date_of(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[dt.date, bool] | None:
    if kind == "iso":
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
        except ValueError:
            return None
    if kind in ("dmy", "mdy"):
        if kind == "dmy":
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            month, day, year = m.group(1), m.group(2), m.group(3)
        if month.lower().rstrip(".") == "may" and kind == "mdy" and not year and m.group(0)[0].islower():
            return None  # the verb "may"
        month_no = _MONTHS[month.lower().rstrip(".")]
        if year:
            y = int(year)
        elif published:
            y = published.year
        else:
            return None
        try:
            date = dt.date(y, month_no, int(day))
        except ValueError:
            return None
        if not year and published and date > published:
            date = date.replace(year=y - 1)
        return date, False
    if published is None:
        return None
    if kind == "weekday":
        wanted = _WEEKDAYS[(m.group(1) or m.group(2)).lower()]
        delta = (published.weekday() - wanted) % 7
        return published - dt.timedelta(days=delta), False
    phrase = m.group(1).lower()
    if phrase in ("yesterday", "yday", "yest", "ystd", "last night"):
        return published - dt.timedelta(days=1), False
    if phrase in ("today", "tdy", "this morning", "this am", "this afternoon", "this evening", "tonight"):
        return published, False
    if phrase == "last week":
        return published - dt.timedelta(days=7), True
    if m.group(2):
        n = _NUMBER_WORDS.get(m.group(2).lower()) or (int(m.group(2)) if m.group(2).isdigit() else None)
        if n:
            return published - dt.timedelta(days=n), False
    return None


# judicial news tells of a crime long past: never an incident of its own
# a court story: the crimes it recounts are past ("a court on Monday sentenced eleven members ...")
_COURT_LEAD = ("sentenced", "convicted", "court on", "court ruled", "verdict", "acquitted", "went on trial", "stood trial")
_JUDICIAL = ("sentenced", "convicted", "convicting", "verdict", "death sentence", "on trial", "acquitted", "court ruled")
# cumulative tolls and trends ("81 civilians since the beginning of the year", "over the
# past week"): background unless the sentence also dates an event of its own
_CUMULATIVE = re.compile(
    r"\bsince (?:the (?:beginning|start) of|early |late |mid-?)?\s*(?:the (?:year|month|season|war|conflict|settlement)|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:this|so far this|last) (?:season|year)\b(?=[^.;]*\b(?:number|total|tally)\b)|\b(?:number|total|tally)\b[^.;]*\b(?:this|so far this) (?:season|year)\b"
    r"|\bin (?:separate|various|different|several|multiple) (?:incidents|attacks)\b[^.;]*\b(?:across|throughout)\b|\b(?:across|throughout) the (?:province|country|governorate|region|area)\b[^.;]*\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:so far|to date) this (?:year|month)\b|\b(?:over|during|in) the (?:past|last) (?:week|month|year|few (?:weeks|months|days))\b"
    r"|\bin total\b|\bsince the start\b"
    # a period's tally: "since 5 October", "since early 2023", "during May", "between 1 January and 31 March",
    # "in the same period", "compared with the previous quarter", "key figures"
    r"|\bsince (?:\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b|\bsince (?:early |late |mid-?)?(?:19|20)\d\d\b"
    r"|\bduring (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bbetween \d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) and \d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bbetween (?:january|february|march|april|may|june|july|august|september|october|november|december) and (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bin the same period\b|\bcompared (?:with|to) [^.]{0,40}\b(?:previous|last|same|preceding) (?:week|month|quarter|year|period)\b"
    r"|\bkey figures\b|\bper ?cent (?:decrease|increase|drop|rise)\b"
)


_PAST_MONTH_YEAR = re.compile(r"\b(?:in|since|during|of|from|until|by|late|early|mid-?)\s+(?:late |early |mid-?)?" + _MONTH_RE + r"\s+(19\d\d|20\d\d)\b")
_PAST_YEAR = re.compile(r"\b(?:in|since|during|from|until|of|back in)\s+(?:late |early |mid-?)?(19\d\d|20\d\d)\b")


# a running tally, whatever day it is told on: "more than 90 people have been killed since fighting erupted last week"
# "The fighting was triggered by the killing of an activist last week": the cause told as background
_CAUSE = re.compile(r"^(?:the|this|that|these) (?:\w+ ){0,2}(?:was|were|had been|has been) (?:\w+ )?(?:triggered|sparked|prompted|provoked|preceded) by\b")
# "The interior ministry has announced several security campaigns, arresting dozens": a record, not an event
_PERFECT_SERIES = re.compile(r"\b(?:has|have) (?:\w+ )?(?:announced|carried out|conducted|launched|made|staged|mounted|waged) (?:several|many|numerous|dozens of|scores of|a number of|multiple|repeated|a series of|a string of)\b")
_SUPERLATIVE_YEAR = re.compile(r"\b(?:deadliest|worst|largest|biggest|first|highest|bloodiest|most \w+)\b[^.;]{0,70}\bthis year\b")
_PLUPERFECT = re.compile(r"\bhad (?:been )?(?:killed|wounded|injured|struck|hit|attacked|targeted|shelled|bombed)\b")
_TALLY_SINCE = re.compile(
    r"\b(?:have|has|had) (?:now |so far )?(?:been )?\W?(?:killed|died|wounded|injured|neutrali[sz]ed)\b[^.;]*\bsince\b"
    r"|\bsince\b[^.;]*\b(?:have|has) (?:now |so far )?(?:been )?(?:killed|died|wounded|injured)\b"
    r"|\bsince (?:the|its|their) (?:\w+ ){0,2}(?:was|were|had been) (?:captured|retaken|liberated|seized|taken|recaptured)\b"
)
_SPREAD = re.compile(r"\bspread (?:across|to|through|throughout)\b[^.;]*\b(?:several|many|multiple|various|other) (?:districts|towns|cities|areas|provinces|villages|neighbourhoods)\b")
_RETALIATION_FOR = re.compile(r"\b(?:retaliation|revenge|response|reprisal|responding|retaliating) (?:for|to) (?:an?|the|last|this|that|recent) ")
_CAMPAIGN_TOLL = re.compile(r"\b(?:during|in the course of|throughout|since the (?:start|beginning) of|in) the (?:battle|offensive|campaign|siege|war|fighting|operation|conflict|crackdown|uprising|protests)\b|\bsince the (?:battle|offensive|campaign|siege|war|operation)\b|\bin total\b|\bso far\b")
_EARLY_MID_MONTH = re.compile(r"\bin (early |mid-|mid )(" + "|".join(k for k in _MONTHS if len(k) > 3) + r")\b")
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|last night|this week)\b")
_PAST_MONTH = re.compile(r"\b(?:in|since|during|until|by|late|early|mid-?|last)\s+(?:late |early |mid-?)?(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*\d)")
# aggregate statistics: a count over a period is not an event
_STATISTICS = re.compile(r"\btotal (?:for|of|over) the (?:week|month|day|period|year|quarter)\b|\b(?:weekly|monthly) (?:total|tally|count)\b|\bper the (?:team )?tracker\b|\b(?:documented|recorded|registered|counted|verified) the (?:deaths?|killings?) of (?:more than |at least |over |about |some )?(?:\d{1,3},\d{3}|\d+)\b|\b(?:monthly|weekly|annual|quarterly) report\b|\brecorded the (?:highest|largest|lowest|second-highest) (?:toll|number)\b|\b(?:annual|monthly|weekly|yearly|overall|total|combined|cumulative) (?:death )?toll\b|\b(?:has|have|had)\s+(?:\w+\s+)?(?:estimated|documented|recorded|counted|registered|verified)\b(?=[^.;]{0,30}?\b(?:about |some |nearly |more than |at least |over )?\d)|\b(?:documented|recorded|counted|registered)\s+(?:at least |more than |nearly |about |over )?\d[\d,]*\s+(?:\w+\s+)?(?:attacks|incidents|strikes|violations|killings|deaths|cases)\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december) alone\b|\b\d+(?:\.\d+)? ?(?:per ?cent|%) of (?:the |all )?(?:casualties|victims|deaths|attacks|incidents|killings)\b|\baccounted for\b[^.;]{0,40}\b(?:casualties|deaths|attacks|incidents)\b")


def _is_historical(lower: str, published: dt.date | None) -> bool:
    lower = lower.replace("last year's", "")  # "the jobs promised in last year's budget": no event of last year
    if any(cue in lower for cue in _HISTORICAL) or any(cue in lower for cue in _JUDICIAL):
        return True
    if _STATISTICS.search(lower) or _TALLY_SINCE.search(lower) or _CAUSE.search(lower) or _PERFECT_SERIES.search(lower):
        return True
    if published is not None and _PLUPERFECT.search(lower):
        for m in _PAST_MONTH.finditer(lower):
            if _MONTHS[m.group(1)] != published.month:
                return True  # "a drone strike near Tal Tamr had killed two of its fighters in October"
    if published is not None and not _DATE_PATTERNS[4][1].search(lower) and not _DATE_PATTERNS[3][1].search(lower):
        # "In April, a strike ... killed seven": a month named alone, before publication's
        # ("1,420 Iraqis were killed ... in August" in a September article: the month's tally)
        for m in _PAST_MONTH.finditer(lower):
            month = _MONTHS[m.group(1)]
            ago = (published.month - month) % 12
            if ago >= 2 or (ago == 1 and not _WEEKDAY.search(lower)):
                return True
    if published is not None and not _WEEKDAY.search(lower):
        # "In mid-October a council member was killed by a bomb" in an article of 30 October: weeks ago
        for m in _EARLY_MID_MONTH.finditer(lower):
            if _MONTHS.get(m.group(2)) == published.month and published.day >= (12 if m.group(1) == "early " else 22):
                return True
    if published is not None and not _DATE_PATTERNS[4][1].search(lower) and not _DATE_PATTERNS[3][1].search(lower):
        # "In September 2023, four people were killed ...", "clashes broke out in 2022":
        # an explicit month or year before the publication's is background
        for m in _PAST_MONTH_YEAR.finditer(lower):
            month, year = _MONTHS[m.group(1).rstrip(".")], int(m.group(2))
            if (published.year - year) * 12 + published.month - month >= 2:
                return True
        if any(int(y) < published.year for y in _PAST_YEAR.findall(lower)):
            return True
    this_year = "this year" in lower and not _SUPERLATIVE_YEAR.search(lower)  # not "the deadliest attack this year"
    if (_CUMULATIVE.search(lower) or this_year) and not _DATE_PATTERNS[4][1].search(lower) and not _DATE_PATTERNS[3][1].search(lower):
        return True
    years = [int(y) for y in _YEAR_RE.findall(lower)]
    if years:
        latest = (published.year if published else dt.date.today().year) - 2
        if all(y <= latest for y in years) and not _DATE_PATTERNS[4][1].search(lower) and not _DATE_PATTERNS[3][1].search(lower):
            return True
    return False


def _triggers(tokens: Sequence[Tok], sent: Sent, has_tags: bool, places: list[PlaceMention], lower: str, before: str = "", year: int | None = None, air_told: bool = False) -> list[Trigger]:
    out: list[Trigger] = []
    words = [t.lower for t in tokens[sent.start : sent.end]]
    specific = any(p.place.kind in ("village", "town", "subdistrict") and p.role == "" for p in places)
    generic = any(w in _GENERIC_CUES for w in words)
    # "small cells that move at night, plant bombs and attack checkpoints": a habit, no event
    forecast = any(w in ("will", "likely", "would") for w in words) and not any(w in _KILL or w in _INJURE for w in words)
    habitual = has_tags and sent.paragraph > 0 and not any(_past_verb(tokens, j, sent.start) for j in range(sent.start, sent.end)) and any(
        tokens[j].tag in ("VBP", "VBZ") for j in range(sent.start, sent.end)
    )
    disrupted = _disrupted(words, lower, before)
    quiet = bool(_WITHOUT_A_FIGHT.search(lower))
    accident = bool(_ACCIDENT.search(lower)) and not any(w in TRIGGERS and TRIGGERS[w][0] != "Violence against civilians" for w in words)
    # "The killing came two days after ...": the words before "came ... after" name the event just told
    earlier = _EARLIER.search(lower)
    referred_until = sent.start_char + earlier.start() if earlier else -1
    # "Shelling continued to affect civilians throughout the month": a situation, no event
    ongoing = bool(_ONGOING.search(lower))
    for k in range(sent.start, sent.end):
        tok = tokens[k]
        w = tok.lower
        spec = TRIGGERS.get(w)
        if spec is None and quiet and w in _QUIET_TAKERS:
            spec = _HANDOVER  # "HTS fighters entered the city of Afrin after the Legion withdrew without a fight"
        if spec is None and disrupted and w in _DISRUPT_VERBS:
            spec = _DISRUPT
        if spec is None and w in _STRIKE_WORDS:
            spec = _AIR
        if spec is None and w in ("hit", "hits") and any(x in _AIR_LAUNCHERS for x in words) and (k == sent.start or tokens[k - 1].lower not in ("was", "were", "been", "be")):
            spec = _AIR  # "IqAF F-16s hit 3 caves near Hamrin"
        if spec is None and w in ("went", "goes", "go", "going") and k + 1 < sent.end and tokens[k + 1].lower == "off" and any(x in words for x in ("bomb", "device", "ied", "explosive", "charge", "mine", "landmine", "shell", "car", "vest", "belt")):
            spec = _BLAST  # "the device went off as the vehicle turned onto an orchard track"
        if spec is None and w in ("exchange", "exchanged", "exchanging", "exchanges") and k + 2 < sent.end and "fire" in (tokens[k + 1].lower, tokens[k + 2].lower):
            spec = _CLASH  # an exchange of fire
        if spec is None and w == "sit" and k + 2 < sent.end and tokens[k + 1].text == "-" and tokens[k + 2].lower == "in":
            spec = _PROTEST  # "sit-in" is three tokens
        if spec is None and w in ("demonstrated", "demonstrating", "demonstrate") and k + 1 < sent.end and tokens[k + 1].lower in _PROTEST_AFTER:
            spec = _PROTEST  # "graduates demonstrated peacefully in front of the council" (not "the attack demonstrated that")
        if spec is None and w == "fired" and k + 1 < sent.end and tokens[k + 1].lower in ("on", "at", "upon"):
            spec = _ATTACK  # "fired on a checkpoint"
        if spec is None and w in _DISPUTES and k > sent.start and tokens[k - 1].lower in ("tribal", "clan", "armed", "clan-based"):
            spec = _CLASH  # a tribal dispute fought with weapons
        if spec is None and w in ("entered", "swept", "stormed") and any(
            p.start in (k + 1, k + 2) and p.place.kind in ("town", "village", "subdistrict", "district") for p in places
        ) and any(x in words for x in ("controlled", "control", "captured", "seized", "took", "overran", "fell")):
            spec = _OVERTAKE  # "Insurgents entered Aleppo on Friday and by Saturday controlled much of the city"
        if spec is None and w in ("took", "taken", "seized", "captured", "overran", "overrun") and any(
            p.start in (k + 1, k + 2) and p.place.kind in ("town", "village", "subdistrict", "district") for p in places
        ) and not any(tokens[j].lower in ("to", "from") for j in range(k + 1, min(sent.end, k + 2))):
            spec = _OVERTAKE  # "the group also took Zummar" (who took it decides regained or overtaken)
        if spec is None and w in ("capturing", "captured", "capture", "seizing") and any(tokens[j].lower in _TERRITORY for j in range(k + 1, min(sent.end, k + 5))):
            spec = _OVERTAKE  # "after capturing its last enclave at Baghuz" (who took it decides regained or overtaken)
        if spec is None and w in ("restored", "regained", "took", "retook", "imposed") and any(
            tokens[j].lower in ("control", "security") for j in range(k + 1, min(sent.end, k + 4))
        ) and any(tokens[j].lower in ("neighbourhoods", "neighborhoods", "town", "city", "village", "villages", "area", "areas", "district", "districts", "parts", "hills", "to", "over") for j in range(k + 1, min(sent.end, k + 10))):
            spec = _REGAIN  # SANA: "army units restored security and stability to the neighbourhoods of ..."
        if spec is None and (w in ("established", "establishing", "built", "building", "erected", "erecting", "constructed", "constructing") or (w in ("set", "setting", "sets") and k + 1 < sent.end and tokens[k + 1].lower == "up")) and any(
            tokens[j].lower in _BASE_WORDS for j in range(k + 1, min(sent.end, k + 9))
        ) and not re.search(
            r"\bover the (?:past|last)\b|\bin recent (?:years|months|weeks)\b|\bsince (?:(?:19|20)\d\d|the (?:war|start|beginning|fall))\b|\bfor years\b", lower
        ):  # (not "where Turkey has established a chain of outposts over the past two years": the background)
            spec = _BASE  # "Turkish troops have set up a new military outpost on a hilltop overlooking Kani Masi"
        if spec is None and w == "aggression" and any(x in words for x in ("aerial", "air", "missile", "missiles", "drone", "drones", "warplanes", "jets")):
            spec = _AIR  # SANA: "the Israeli enemy carried out an aerial aggression"
        if spec is None and w == "under" and k > sent.start and tokens[k - 1].lower in ("came", "come", "comes", "coming") and k + 1 < sent.end and tokens[k + 1].lower in ("fire", "attack", "shelling", "bombardment", "gunfire"):
            spec = _SHELL if tokens[k + 1].lower in ("shelling", "bombardment") else _ATTACK  # "the bus came under fire near Kabajeb"
        if spec is None and w in ("gathered", "assembled", "marched", "rallied", "blocked", "massed", "converged") and any(x in words for x in _DEMANDING):
            spec = _PROTEST  # "dozens of residents gathered in front of the district building demanding an end to power cuts"
        if spec is None and w in ("drove", "driven", "expelled", "ousted", "pushed", "chased", "cleared", "flushed") and any(
            tokens[j].lower == "out" for j in range(k + 1, min(sent.end, k + 7))
        ):
            spec = _REGAIN  # "troops drove Islamic State fighters out of the town of Jurf al-Sakhar"
        if spec is None and w in ("set", "setting") and k + 2 < sent.end and (
            tokens[k + 1].lower in ("fire", "ablaze") or (tokens[k + 1].lower in ("it", "them") and tokens[k + 2].lower in ("on", "ablaze"))
        ) and any(x in _MOB_PEOPLE for x in words):
            # "angry residents set fire to houses in the neighbouring village": a mob, no protest
            spec = _RIOT if any(x in _PROTEST_PEOPLE or x in ("protest", "protests", "demonstration") for x in words) else _MOB
        if spec is None and w in ("destroyed", "burned", "burnt", "surrendered", "laid", "handed") and any(
            tokens[j].lower in ("weapons", "arms", "rifles") for j in range(k + 1, min(sent.end, k + 5))
        ) and any(tokens[j].lower in ("their", "its") for j in range(k + 1, min(sent.end, k + 4))) and not any(
            x in ("seized", "confiscated", "captured", "raid", "raided", "terrorists", "militants", "who", "if", "amnesty", "promised", "urged", "called", "calls", "demanded", "would", "will", "should", "must")
            or x in _KILL or x in _INJURE for x in words
        ):  # (not "the army killed terrorists and destroyed their weapons and vehicles")
            spec = _DISARM  # "About 30 PKK fighters destroyed their weapons at a ceremony": a group's change of activity
        if spec is None and w in ("beat", "lynched", "beaten", "stoned") and any(x in ("crowd", "crowds", "mob", "mobs", "villagers", "residents") for x in words):
            spec = _MOB  # "A crowd beat to death a man accused of killing a boy": mob violence
        if spec is None and (
            (w in ("set", "setting", "sets") and k + 1 < sent.end and tokens[k + 1].lower in ("fire", "ablaze"))
            or w in ("torched", "looted", "plundered", "ransacked")
        ) and any(tokens[j].lower in _PROPERTY_WORDS for j in range(k + 1, min(sent.end, k + 9))) and not any(x in _KILL or x in _INJURE for x in words):
            spec = _PROPERTY  # "IS militants set fire to several hundred dunams of ripening wheat near Zanqar"
        if spec is None and w == "took" and k + 3 < sent.end and tokens[k + 1].lower == "to" and tokens[k + 2].lower == "the" and tokens[k + 3].lower in ("streets", "street"):
            spec = _PROTEST  # "hundreds of people took to the streets of Shahba"
        if spec is None and w == "liberation" and k + 1 < sent.end and tokens[k + 1].lower == "of" and any(p.start in (k + 2, k + 3) for p in places) and any(
            x in words for x in ("completed", "complete", "announced", "declared")
        ):
            spec = _REGAIN  # "completed the liberation of Anah"
        if spec is None and w in ("transferred", "transfers", "transferring") and any(x in _HANDED_THINGS for x in words[max(0, k - sent.start) : k - sent.start + 8]):
            spec = _HANDOVER  # "the coalition transferred its facilities at Qayyarah Airfield West to the ISF"
        if spec is None and w in ("razed", "uprooted", "bulldozed") and any(
            tokens[j].lower in ("farmland", "dunams", "dunums", "trees", "orchards", "fields", "crops") for j in range(k + 1, min(sent.end, k + 9))
        ):
            spec = _PROPERTY  # "bulldozers razed 15 dunums of farmland and uprooted olive trees"
        if spec is None and w in _REPELLED and any(tokens[j].lower in _ASSAULT_NOUNS for j in range(k + 1, min(sent.end, k + 5))):
            spec = _CLASH  # "repelled an attempt by Daesh remnants to infiltrate its positions"
        if spec is None and disrupted and w in _CACHE_WORDS:
            spec = _DISRUPT  # "found a weapons cache belonging to ISIS"
        if spec is None and ((w == "tear" and k + 1 < sent.end and tokens[k + 1].lower == "gas") or w == "teargas" or (w == "cannon" and k > sent.start and tokens[k - 1].lower == "water")):
            spec = _INTERVENTION  # tear gas, water cannon: a protest met by the police
        if spec is None:
            continue
        etype, sub, prio = spec
        if tok.idx < referred_until:
            continue
        if any(tokens[j].lower == "with" for j in range(max(sent.start, k - 4), k)) and any(tokens[j].lower in _SUPPORT_VERBS and tokens[j - 1].text != "-" for j in range(sent.start + 1, k)):
            continue  # "Turkey has backed the offensive with drones and artillery": support, not a strike
        if any((tokens[j].lower == "to" and tokens[j - 1].lower == "response") or (tokens[j].lower == "for" and tokens[j - 1].lower == "retaliation") for j in range(max(sent.start + 1, k - 4), k)):
            continue  # "targeted PKK positions in response to shelling of civilian areas": the cause, told as background
        if etype == "Explosions/Remote violence" and any(tokens[j].lower == "by" and tokens[j - 1].lower in _SUPPORT_VERBS for j in range(max(sent.start + 1, k - 4), k)):
            continue  # "launched an attack supported by artillery and drones": the attack is the event
        if year is not None and _past_year_after(tokens, k, sent.end, year):
            continue  # "since the group overran it in 2014": background within a sentence of today
        nxt = tokens[k + 1].lower if k + 1 < sent.end else ""
        prev = tokens[k - 1].lower if k > sent.start else ""
        if w in ("battle", "battles") and prev in _NOT_ARMED_BATTLE:
            continue  # a legal battle
        if any(tokens[j].lower == "since" for j in range(max(sent.start, k - 3), k)):
            continue  # "since protests erupted across Iran": the background of what is told
        if (tok.tag in ("NN", "NNS") or not has_tags) and forecast and any(tokens[j].lower in ("will", "likely", "would") for j in range(sent.start, k)):
            continue  # "the militias will likely continue to calibrate attacks": an assessment
        if sub == "Agreement":
            if not any(x in _AGREED for x in words) or any(x in _AGREEMENT_BACKGROUND for x in words) or prev in ("peace", "trade", "oil", "budget", "energy", "nuclear"):
                continue
            before2 = tokens[k - 2].lower if k - 2 >= sent.start else ""
            if prev in ("the", "this", "that") and not any(tokens[j].lower in _AGREED for j in range(max(sent.start, k - 4), k)):
                continue  # "the agreement, reached with ...": the one told before
            if prev in _AGREEMENT_BEFORE and before2 in _AGREEMENT_BEFORE | {"towards", "toward"}:
                continue  # "under the agreement", "implementing the broader accord": one told before
        if spec is None and quiet and w in _QUIET_TAKERS:
            etype, sub, prio = _HANDOVER
        if sub == "Non-violent transfer of territory" and any(x in _UNDECIDED for x in words):
            continue  # "a handover of camp administration to Damascus is under discussion"
        if sub == "Non-violent transfer of territory" and not quiet:
            if w == "handed" and nxt != "over":
                continue
            if not any(x in _HANDED_THINGS for x in words[max(0, k - sent.start - 6) : k - sent.start + 8]):
                continue
        if etype == "Strategic developments" and sub == "Arrests" and any(x in _PROTEST_PEOPLE for x in words):
            etype, sub, prio = _INTERVENTION  # "several protesters were detained": the protest was met by force
        if etype == "Explosions/Remote violence" and not any(x in _KILL or x in _INJURE for x in words) and any(
            tokens[j].lower in ("seized", "seizing", "confiscated", "confiscating", "recovered", "found", "discovered", "uncovered", "seize") for j in range(max(sent.start, k - 10), k)
        ):
            etype, sub, prio = _DISRUPT  # "arresting six members and seizing explosive belts and a car rigged for a bombing"
        if w in ("unexploded", "uxo") and not any(x in words for x in ("exploded", "explosion", "detonated", "blast", "went", "killed", "killing", "wounded", "wounding", "injured", "injuring", "died")):
            continue  # "cannot go home because of unexploded ordnance": a hazard, no event
        if k - 3 >= sent.start and any(tokens[j].lower in ("called", "calling", "calls", "described", "describing", "describes", "termed", "branded", "labelled", "labeled") for j in range(k - 5 if k - 5 >= sent.start else sent.start, k)) and any(
            tokens[j].lower in ("it", "this", "the", "as") for j in range(k - 4 if k - 4 >= sent.start else sent.start, k)
        ):
            continue  # "The KRG called it a 'terrorist attack'": a name for the event told, no event of its own
        if w == "seized" or w == "dismantled":
            ahead = [tokens[j].lower for j in range(k + 1, min(sent.end, k + 6))]
            if nxt in _WEAPON_WORDS or (k + 2 < sent.end and tokens[k + 2].lower in _WEAPON_WORDS):
                etype, sub, prio = _DISRUPT
            elif w in ("seized",) and set(ahead) & _TERRITORY:
                etype, sub, prio = _OVERTAKE  # "seized full control of Ramadi", "seized the campus of Mosul University"
            elif w == "dismantled":
                continue
        if w in ("drone", "drones", "uav", "uavs") and prev not in _ARMED_DRONE and not any(x in words for x in ("strike", "strikes", "strk", "attack", "attacks", "struck", "bombed", "targeted", "hit", "hits", "fired", "crashed", "exploded", "explosive", "explosives", "downed", "intercepted")) and "shot down" not in lower:
            continue
        if nxt in _EXPECTED and tok.tag not in ("VBD", "VBN"):
            continue  # "arrests expected", "an offensive planned": not (yet) an event
        if w == "opened" and nxt != "fire":
            continue
        if w in ("stormed", "torched") and not any(x in _CROWD for x in words):
            etype, sub, prio = _ATTACK  # "SDF forces stormed the town": armed men, no crowd
        if w == "protest" and prev == "in" and any(x in words for x in ("announced", "announces", "will", "called", "calls", "resigned", "resign", "boycott", "boycotted", "suspended")):
            continue  # "announced a one-day strike in protest": a motive, no protest held
        if etype == "Protests" and (nxt in _DIPLOMATIC_PROTEST_AFTER or prev in _DIPLOMATIC_PROTEST_BEFORE):
            continue  # "handed him a strongly worded protest note": diplomacy
        if accident and w in ("killed", "killing", "kill", "kills", "shot", "attack", "attacks"):
            continue  # "four of one family were killed when their car collided with a truck"
        if w in ("riot", "riots") and (nxt in ("police", "-", "control", "units", "squad", "squads", "gear") or prev in ("anti", "-")):
            continue  # riot police / riot-control units / anti-riot forces: the force, not a riot
        if w == "shot" and nxt == "down":
            continue
        if w in ("explosive", "explosives") and not any(x in words for x in ("device", "devices", "belt", "vest", "detonated", "exploded", "planted")):
            continue
        if w == "suicide" and nxt in ("drone", "drones"):
            continue  # a suicide drone is a drone strike, no suicide bombing
        if w == "suicide" and not any(x.startswith(("bomb", "attack", "vest", "belt", "car")) for x in words):
            continue
        if w == "roadside" and nxt not in ("bomb", "bombs", "ied", "explosive"):
            continue
        if prev in ("without", "no") or (prev == "any" and k > 1 and tokens[k - 2].lower in ("without", "no")):
            continue  # "the raid ended without clashes"
        prev2 = tokens[k - 2].lower if k - 2 >= sent.start else ""
        if prev == "the" and prev2 in _REFERRING and tok.tag not in ("VBD", "VBN"):
            continue  # "suspected of involvement in the attack": the event told before
        if prev in ("a", "an", "the") and prev2 in _COVERING and tok.tag not in ("VBD", "VBN"):
            continue  # "arrested after he covered a protest": the reason, not the event
        if w in _STRIKE_WORDS:
            striker = any(tokens[j].text in _AIR_STRIKERS for j in range(max(sent.start, k - 4), k))
            if not striker and not any(x in _AIR_CONTEXT or x in _AIR_STATES for x in words) and not (air_told and w in ("strike", "strikes", "raids")):
                continue  # ("Russian warplanes carried out strikes ... In Latakia, strikes on the hills ...": the paragraph's jets)
            etype, sub, prio = _AIR
        if k - 3 >= sent.start and prev == "the" and tokens[k - 2].lower == "to" and tokens[k - 3].lower in ("end", "halt", "stop"):
            continue  # "demanding an end to the bombing": the bombing told, no new one
        if prev in ("fled", "fleeing", "escaped", "escaping", "flee", "displaced") or (prev == "the" and tokens[k - 2].lower in ("fled", "fleeing", "escaped", "escaping") if k - 2 >= sent.start else False):
            continue  # "families who fled fighting in Aleppo": the cause of their flight
        if w in ("gunmen", "militants", "fighters") and nxt in ("withdrew", "fled", "retreated", "pulled", "left", "surrendered"):
            continue  # "after the tribal gunmen withdrew overnight": no attack
        if w in ("rocket", "rockets", "missile", "missiles") and nxt in ("launcher", "launchers", "launch"):
            continue  # "reinforcements, including tanks and rocket launchers": weapons on the move, no attack
        if w in ("missile", "missiles", "rocket", "rockets") and any(tokens[j].lower in ("defence", "defense", "defences", "defenses", "interceptor", "interceptors", "anti-aircraft") for j in range(max(sent.start, k - 3), k)):
            continue  # "air defence missiles streaking across the sky": the interceptors, not an attack
        if w in ("bomb", "bombs") and (prev == "barrel" or any(x in ("helicopter", "helicopters", "warplane", "warplanes", "aircraft") for x in words) and "dropped" in words):
            etype, sub, prio = _AIR  # barrel bombs dropped from helicopters: from the air
        if w in ("missile", "missiles", "rocket", "rockets") and any(x in _AIR_LAUNCHERS for x in words):
            etype, sub, prio = _AIR  # missiles fired from jets or drones, an Israeli missile strike: from the air
        if w in ("targeted", "targeting", "attacked", "bombed", "hit") and any(tokens[j].lower in _AIR_CONTEXT - {"air"} for j in range(max(sent.start, k - 3), k)):
            etype, sub, prio = _AIR  # "Israeli aircraft targeted a site near al-Qusayr": a strike from the air
        if disrupted and ((etype in ("Explosions/Remote violence", "Strategic developments") and sub != "Arrests") or (w in ("attack", "attacks", "shot") and any(x in words for x in ("down", "downed", "intercepted", "intercept")))):
            etype, sub, prio = _DISRUPT  # ("shot down two drones ..., in the first attack on American forces": the attack failed)  # a bomb defused, a drone downed, a rocket intercepted
        if (w.startswith("rocket") and nxt in ("-", "propelled")) or (w.startswith("grenade") and prev in ("propelled", "rpg")) or (
            w.startswith("grenade") and prev in ("stun", "sound", "smoke", "gas", "flash") and any(x in words for x in ("fired", "firing", "used", "using", "tear", "protesters", "demonstrators", "crowd", "crowds"))
        ):  # rocket-propelled grenades are small arms of a clash; stun grenades fired at a crowd, riot control
            continue
        if etype == "Protests" and nxt in ("movement", "movements", "leader", "leaders", "activist", "activists", "organisers", "organizers", "camp", "camps", "square", "song", "slogans"):
            continue  # "a prominent activist of the 2019 protest movement": who he was, not a protest
        if etype == "Protests" and any(tokens[j].lower in ("called", "calls", "call", "calling", "urged", "urging", "planned", "plan", "plans", "planning") for j in range(max(sent.start, k - 3), k)):
            continue  # "Activists called for demonstrations on Wednesday": a call, not a protest
        if w in ("captured",) and nxt in ("the", "a") and k + 2 < sent.end and tokens[k + 2].lower in ("town", "village", "city", "area", "hill"):
            etype, sub, prio = _OVERTAKE
        if w in ("campaign", "operations", "sweep") and not any(x in words for x in _OPERATION_START | {"security", "military"}):
            continue
        if w in ("operation", "operations", "campaign") and prev in _CIVIL_OPERATIONS and not (
            prev in ("clearance", "search") and sent.index <= 2 and any(x in words for x in ("launched", "began", "started"))
            and any(x in words for x in ("terrorist", "terrorists", "remnants", "militants", "daesh", "isis", "hideouts", "cells"))
        ):  # (but "launched at dawn today a search and clearance operation ... to pursue Daesh remnants" is the news)
            continue  # "cross-line operations", "rescue operations", "a vaccination campaign"
        if w in ("operations", "operation") and k + 1 < sent.end and tokens[k + 1].text in ("Command", "Commands", "Centre", "Center", "Room", "Cell", "Directorate"):
            continue  # "the Anbar Operations Command": a headquarters, not an operation
        if etype == "Protests" and (
            any(x in words for x in ("tear", "fired", "shot", "beat", "beaten", "batons", "cannon", "live"))
            or (any(x in words for x in ("dispersed", "disperse")) and any(x in words for x in ("police", "forces", "security")))
        ):
            sub, prio = "Excessive force against protesters", 36
            if not any(x in words for x in ("killed", "dead", "live")):
                sub, prio = "Protest with intervention", 33
        if habitual and sub != "Change to group/activity":
            strong = False
        elif ongoing:
            strong = False
        else:
            strong = _strength(tok, w, prev, has_tags, specific, generic, words, sub, tokens)
        out.append(Trigger(k, w, etype, sub, prio, strong))
    return out


_PERFECT_OR_PASSIVE = frozenset({"was", "were", "been", "had", "has", "have", "be", "being", "'s", "got"})


def _past_verb(tokens: Sequence[Tok], j: int, lo: int) -> bool:
    """A past tense, or a participle after an auxiliary ("was killed", "have attacked"); a
    bare participle before a noun is an adjective ("isolated checkpoints")."""
    tag = tokens[j].tag
    if tag == "VBD":
        return True
    if tag != "VBN":
        return False
    if any(tokens[i].lower in _PERFECT_OR_PASSIVE for i in range(max(lo, j - 3), j)):
        return True
    adjective = j + 1 < len(tokens) and tokens[j + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ") and (j == lo or tokens[j - 1].tag in ("JJ", "DT", "IN", "CC", ",", "RB", "VB", "VBP", "VBZ", "PRP$", "HYPH"))
    reduced_relative = j > lo and tokens[j - 1].tag in ("NN", "NNS") and j + 1 < len(tokens) and tokens[j + 1].lower == "by"  # "areas held by the SDF"
    return not adjective and not reduced_relative


def _past_year_after(tokens: Sequence[Tok], k: int, hi: int, year: int) -> bool:
    """The event word is dated to an earlier year right after it ("overran it in 2014")."""
    for j in range(k + 1, min(hi - 1, k + 5)):
        if tokens[j].lower == "in" and tokens[j + 1].lower.isdigit() and len(tokens[j + 1].lower) == 4:
            return int(tokens[j + 1].lower) < year
        if tokens[j].lower in (",", ";", ".", "and", "when", "as"):
            return False
    return False


def _disrupted(words: list[str], lower: str, before: str = "") -> bool:
    """The sentence tells of a weapon made harmless and of no one hurt: an IED defused or
    dismantled, a drone or rocket downed or intercepted, explosives detonated in a controlled
    way (ACLED: Strategic developments / Disrupted weapons use)."""
    ws = set(words)
    if any(x in _KILL or x in _INJURE for x in ws) and not any(c in lower for c in _NO_CASUALTIES):
        return False
    if ws & _STILL_HIT:
        return False  # "one downed, the other hit near the fuel tanks": the attack went on
    if ws & _DISRUPT_VERBS and ws & _DISRUPTED_WEAPONS:
        return True
    if ws & _DISRUPT_VERBS and words[:1] and words[0] in _DISRUPTED_REFERENCES and set(re.findall(r"[a-z]+", before)) & _DISRUPTED_WEAPONS:
        return True  # "... engaged 2x one-way UAVs approaching Erbil airport. Both downed outside the perimeter.
    if "shot down" in lower and ws & _DISRUPTED_WEAPONS:
        return True
    if ws & _CACHE_WORDS and ws & _FOUND_VERBS:
        return True  # a weapons cache found or seized; its contents are no attack
    return any(c in lower for c in _CONTROLLED)


def _strength(tok: Tok, w: str, prev: str, has_tags: bool, specific: bool, generic: bool, words: list[str], sub: str, tokens: Sequence[Tok]) -> bool:
    if sub in ("Agreement", "Non-violent transfer of territory"):
        return True  # already required: signed / reached / handed over
    if sub == "Change to group/activity":
        # an operation is an event when it is launched / under way, not when merely named
        if w in ("destroyed", "burned", "burnt", "surrendered", "laid", "handed"):
            return not any(x in words for x in _FUTURE)  # weapons given up: the act itself
        return any(x in words for x in _OPERATION_START) and not any(x in words for x in _FUTURE)
    if not has_tags:
        return specific or not generic
    tag = tok.tag
    if tag.startswith("VB"):
        if tag in ("VB", "VBG") and prev in _MODALS:
            return False
        if tag == "VB" and not specific:
            return False
        if generic and not specific:
            return False
        return True
    if tag == "NNS" or w.endswith("s") and w not in ("clashes",):
        # plural nouns are trends unless they happened somewhere specific or something occurred
        if specific:
            return True
        return bool(set(words) & _OCCURRENCE) and not generic
    if generic and not specific:
        return False
    return True


# --------------------------------------------------------------------------- roles

_PERP_VERBS = frozenset({"drove", "expelled", "ousted", "repelled", "repulsed", "threw", "hurled", "lobbed", "attack", "attacked", "attacks", "launched", "launch", "launches", "detonated", "detonate", "killed", "kill", "kills", "shelled", "struck", "strike", "targeted", "target", "ambushed", "abducted", "kidnapped", "executed", "raided", "stormed", "fired", "opened", "arrested", "detained", "captured", "bombed", "planted", "clashed", "conducted", "carried", "seized", "recaptured", "retook", "wounded", "injured", "shot", "assassinated", "beheaded", "hit"})
_VICTIM_VERBS = frozenset({"killed", "injured", "wounded", "arrested", "detained", "abducted", "kidnapped", "targeted", "attacked", "hurt", "executed", "captured", "shot", "died"})


# what forces do after an event they did not fight in: not a side of it
_RESPONSE = frozenset({"responded", "responding", "separate", "intervened", "intervene", "deployed", "cordoned", "searching", "searched", "combing", "investigating", "rushed", "arrived", "dispatched", "reinforcements", "sealed", "evacuated", "imposed"})
_OBJECT_AFTER = frozenset({"drove", "expelled", "ousted", "shot", "killed", "attacked", "ambushed", "targeted", "struck", "hit", "bombed", "shelled", "raided", "stormed", "abducted", "kidnapped", "executed", "assassinated", "wounded", "injured", "attk", "attk'd", "vs", "against"})
# who usually only reports an event: police sources and officials (a party that speaks, like the SDF, stays a party)
_REPORTING_ACTORS = frozenset({"iraqi-police", "officials", "journalists"})
_PKK_LABELLED = frozenset({"sdf", "ypg", "ybs", "asayish-nes", "pjak", "manbij-military-council"})
_TURKISH_FRAMING = re.compile(
    r"\b(?:turkey|turkish|ankara|mod|sna|third legion)\b[^.]*\b(?:says?|said|regards?|considers?|calls?|called|accuses?|accused|claims?|claimed|labels?|neutrali[sz]ed|targeted \W?pkk)\b"
    r"|\b(?:regards|considers|describes|calls|labels) (?:the )?\w+ (?:as )?(?:an? )?(?:pkk|\W?pkk)"
)
_SUSPICION = frozenset({"believed", "thought", "suspected", "suspect", "suspects", "suspecting", "blamed", "blame", "blames", "accused", "accuse", "accuses", "allegedly", "presumably", "possibly", "likely"})
_HOSTING = frozenset({"hosts", "hosting", "hosted", "houses", "housing", "housed"})
_MEMBER_NOUNS = frozenset({"mbr", "mbrs", "member", "members", "fighter", "fighters", "commander", "commanders", "officer", "officers", "element", "elements", "leader", "soldier", "soldiers", "militant", "militants"})
_SPEECH = frozenset({"said", "says", "told", "reported", "stated", "added", "confirmed", "announced", "explained", "claimed"})


# "a depot used by X", "a base held by X": X holds what is named, it does not act
_HOLDING = frozenset({"used", "run", "held", "controlled", "operated", "owned", "manned", "occupied", "frequented", "housed", "guarded", "built", "rented", "established"})
_STRIKE_OBJECT_VERBS = frozenset({"struck", "targeted", "hit", "attacked", "bombed", "shelled", "raided", "destroyed", "striking", "targeting", "hitting"})


def _role_of(tokens: Sequence[Tok], m: ActorMention, sent: Sent, has_parser: bool) -> str:
    """perpetrator | target | other, or "source" for who reports ("police said")."""
    before = [tokens[j].lower for j in range(max(sent.start, m.start - 3), m.start)]
    end = m.end
    if end < sent.end and tokens[end].text == "(":
        # "the Syrian Democratic Forces (SDF) was killed": read on after the parenthesis
        close = next((j for j in range(end + 1, min(sent.end, end + 8)) if tokens[j].text == ")"), None)
        if close is not None:
            end = close + 1
    after = [tokens[j].lower for j in range(end, min(sent.end, end + 3))]
    b1 = before[-1] if before else ""
    b2 = before[-2] if len(before) > 1 else ""
    if b1 == "told" or (b2 == "according" and b1 == "to"):
        return "source"
    wide = [tokens[j].lower for j in range(max(sent.start, m.start - 5), m.start)]
    if m.actor.type in ("Rebel group", "Political militia", "Identity militia") and set(wide) & _SUSPICION and not (
        any(tokens[j].like_num or tokens[j].lower in _NUMBER_WORDS for j in range(max(sent.start, m.start - 5), m.start))
        or set(wide) & {"arrested", "detained", "captured", "arresting", "arrest", "detaining", "of"}
    ):
        return "source"  # "gunmen believed to belong to ISIS remnants", "sources suspect ISIS cells": no attribution
    if b1 in _HOSTING or (b1 in ("the", "u.s.", "us") and b2 in _HOSTING):
        return "target"  # "Ain al-Asad air base, which hosts U.S. forces": the base's garrison was the target
    if b1 in ("suspected", "alleged", "presumed") or (b2 in ("suspected", "alleged") and b1 in ("of", "to")):
        # a suspicion is not an attribution; counted suspects ("four suspected ISIS
        # members" arrested) are still the target
        if any(tokens[j].like_num or tokens[j].lower in _NUMBER_WORDS for j in range(max(sent.start, m.start - 3), m.start)):
            return "target"
        return "source"
    for j in range(m.end, min(sent.end, m.end + 4)):  # "security forces cordoned off the area"
        w = tokens[j].lower
        if w in _RESPONSE:
            return "responder"
        if w == "opened" and any(tokens[x].lower in ("investigation", "inquiry", "probe") for x in range(j + 1, min(sent.end, j + 4))):
            return "responder"  # "police opened an investigation"
        if w == "sent" and any(tokens[x].lower in ("force", "forces", "troops", "units", "unit", "patrols") for x in range(j + 1, min(sent.end, j + 5))):
            return "responder"  # "police sent a rapid response force to separate the two sides"
        if w in TRIGGERS or w in _KILL or w in _INJURE or (w in _PERP_VERBS and w not in ("carried", "conducted")):
            break
    for j in range(m.end, min(sent.end, m.end + 4)):  # "police and medics said"
        w = tokens[j].lower
        if w in _SPEECH and w != "claimed":
            own = [tokens[x].lower for x in range(j + 1, min(sent.end, j + 14))]
            if m.actor.type not in ("Civilians", "Protesters", "Rioters") and any(
                own[n] in ("it", "its") and any(v in _PERP_VERBS for v in own[n + 1 : n + 4]) for n in range(len(own))
            ):
                return "perpetrator"  # "The Iraqi National Intelligence Service said on Thursday it had arrested ...": its own act
            return "source"
        if w in TRIGGERS or w in _KILL or w in _INJURE or w in _PERP_VERBS:
            break
    if len(after) > 1 and after[0] in ("in", "from") and any(tokens[j].lower in _SPEECH for j in range(m.end, min(sent.end, m.end + 5))):
        return "source"  # "officials in Baghdad said"
    if m.actor.id in _REPORTING_ACTORS and m.start - sent.start <= 3 and any(tokens[j].text in (":", "-", "–", "—", "|") or tokens[j].lower == "statement" for j in range(m.end, min(sent.end, m.end + 3))):
        return "source"  # "Nineveh police: sticky bomb damages car", "Maysan Police Command - Statement"
    if m.actor.id in _REPORTING_ACTORS and any(tokens[j].text == "," for j in range(max(sent.start, m.start - 4), m.start)):
        # "..., a police officer in the provincial capital Baquba told reporters": the closing attribution
        tail = [tokens[j].lower for j in range(m.end, min(sent.end, m.end + 12))]
        speech = next((n for n, w in enumerate(tail) if w in _SPEECH and w != "claimed"), None)
        if speech is not None and not any(w in TRIGGERS or w in _KILL or w in _INJURE or w in _PERP_VERBS or w == "," for w in tail[:speech]):
            return "source"
    if b1 in ("against", "targeting", "on", "at") or (b1 == "-" and b2 == "anti") or b1 == "anti" or b1.startswith("anti-"):
        return "target"
    if b1 == "the" and b2 in ("against", "targeting", "on"):
        return "target"
    if (b1 == "by" and b2 in _HOLDING) or (b1 == "the" and b2 == "by" and len(before) > 2 and before[-3] in _HOLDING):
        # "struck a depot used by Iran-backed groups": who holds what was hit is its target
        hit_first = any(tokens[j].lower in _STRIKE_OBJECT_VERBS for j in range(sent.start, m.start))
        return "target" if hit_first else "other"
    if b1 == "by" or (b1 == "the" and b2 == "by"):
        return "perpetrator"
    if b1 == "of" and b2 in ("presence", "remnants", "cells", "hideouts", "members", "positions", "dens", "militants"):
        return "target"
    if b1 in _OBJECT_AFTER or (b1 in ("a", "an", "the") and b2 in _OBJECT_AFTER):
        return "target"  # "gunmen shot sdf mbr", "IS attacked a PMF post": the one hit
    if after and after[0] == "claimed" and not (b1 == "no" or b2 == "no"):
        return "perpetrator"  # "ISIS claimed the attack"
    # "X killed four militants": X acts; "two Kakais killed", "soldiers were wounded": victims
    nxt = tokens[m.end + 1].lower if m.end + 1 < sent.end else ""
    if after and after[0] in _KILL | _INJURE | _PERP_VERBS and (nxt in _NUMBER_WORDS or nxt in _QUALIFIERS or nxt.isdigit()):
        return "perpetrator"
    if any(tokens[j].like_num or tokens[j].lower in _NUMBER_WORDS for j in range(max(sent.start, m.start - 2), m.start)):
        return "target"  # counted people are victims or detainees: "killing two SDF fighters"
    if len(after) > 1 and after[0] in ("were", "was") and after[1] in _VICTIM_VERBS:
        return "target"
    if b1 == "of" and b2 in _MEMBER_NOUNS and len(after) > 1 and after[0] in ("were", "was", "had", "has", "have") and (after[1] in _VICTIM_VERBS or after[1] in ("been",)):
        return "target"  # "a member of the SDF was killed"
    if after and after[0] in _KILL | _INJURE and after[0].endswith(("ed", "dead")):
        return "target"
    if has_parser:
        head = tokens[m.end - 1]
        # climb compounds/modifiers to the noun the phrase is about ("ISIS militants")
        hops = 0
        while head.dep in ("compound", "amod", "nmod", "poss") and hops < 3:
            head = tokens[head.head]
            hops += 1
        verb = tokens[head.head]
        if head.dep in ("nsubj",) and (verb.lower in _PERP_VERBS or verb.lower in TRIGGERS):
            return "perpetrator"
        if head.dep in ("nsubjpass",) and verb.lower in _VICTIM_VERBS:
            return "target"
        if head.dep == "dobj" and verb.lower in _PERP_VERBS:
            return "target"
        if head.dep == "pobj" and verb.lower == "against":
            return "target"
        if head.dep == "pobj" and verb.lower == "by":
            return "perpetrator"
    else:
        if after and after[0] in _PERP_VERBS:
            return "perpetrator"
    return "other"


# --------------------------------------------------------------------------- place roles


def place_roles(tokens: Sequence[Tok], sents: Sequence[Sent], places: list[PlaceMention]) -> None:
    """Mark places that are not where something happened (in place): the dateline, where
    officials spoke, roads and borders, destinations; pair up "between X and Y"."""
    for m in places:
        sent = sents[m.sent]
        before = [tokens[j].lower for j in range(max(sent.start, m.start - 4), m.start)]
        after = [tokens[j].lower for j in range(m.end, min(sent.end, m.end + 3))]
        b1 = before[-1] if before else ""
        if m.sent == 0 or sent.paragraph <= 1 and m.start == sent.start:
            if m.start == sent.start and after and (after[0] in ("(", "-", "—", "–", ",") and (tokens[m.start].is_upper or (after[0] == "(" and tokens[m.start].text[:1].isupper()))):
                m.role = "dateline"
                continue
        if sent.paragraph <= 1 and m.start == sent.start and (
            (after and after[0] in ("-", "—", "–") and m.place.kind in ("town", "province", "district"))
            or (m.end >= sent.end - 1 and tokens[m.start].is_upper)
        ):
            m.role = "dateline"  # "Baghdad - The ministry said ...", a line "BAGHDAD" alone
            continue
        if sent.paragraph <= 1 and m.start == sent.start and tokens[m.start].is_upper and after[:1] == ["/"]:
            m.role = "dateline"  # "DUHOK/ANKARA - ...": a dateline of two cities
            continue
        if sent.paragraph <= 1 and m.start - sent.start <= 3 and tokens[m.start].is_upper and b1 == "/":
            m.role = "dateline"  # its second city
            continue
        if after[:1] and after[0] in _FEATURE_WORDS and m.place.kind in ("town", "village", "subdistrict"):
            m.role = "reference"  # "near the edge of the Hamrin mountains": a range by a town's name, a bearing at most
            continue
        if after[:1] and after[0] in ("neighbourhood", "neighborhood", "quarter") and any(
            o is not m and o.sent == m.sent and o.place.country_code != m.place.country_code and o.place.kind in ("town", "province") for o in places
        ):
            m.role = "landmark"  # "In Aleppo, shells hit the Hamdaniyeh neighbourhood": the city's quarter, not Iraq's Hamdaniya
            continue
        if m.place.kind == "country" and after[:1] in (["'s"], ["’s"]) and b1 not in ("in", "at", "near", "across", "into", "from", "over", "inside", "of"):
            m.role = "org"  # "Iran's Revolutionary Guards fired missiles at Erbil": whose, not where
            continue
        if m.place.kind == "country" and b1 not in ("in", "at", "near", "across", "into", "from", "over", "inside", "of") and after[:1] and (
            after[0] in _CAPITAL_VERBS | {"did", "has", "have", "had", "denied", "claimed", "vowed", "threatened"}
        ):
            m.role = "metonym"  # "Turkey did not comment", "Iran denied involvement": the state, not a place
            continue
        if after[:1] == ["time"] or (after[:1] == ["local"] and after[1:2] == ["time"]):
            m.role = "clock"  # "12:15 a.m. (Baghdad time)"
            continue
        if after[:1] and after[0] in _UNIT_AFTER_PLACE and tokens[m.end].text[:1].isupper():
            m.role = "org"  # "Jazeera Operations Command", "Nineveh Police Command": a unit named after its area
            continue
        if after[:1] and after[0] in _LANDMARK and tokens[m.end].text[:1].isupper():
            m.role = "landmark"  # "Al-Karama Square", "Rashid Street": a site named after a place, not the place
            continue
        if b1 in ("in", "from", "at") and set(before[:-1]) & _REPORTING:
            m.role = "reporting"
            continue
        if b1 in ("in", "by") and len(before) > 1 and before[-2] in ("issued", "based", "headquartered", "registered"):
            m.role = "reporting"  # "wanted on warrants issued in Basra": where the paper was signed
            continue
        if b1 in ("in", "at") and set(before[:-1]) & _CARE or (b1 in ("a", "an", "the") and len(before) > 1 and before[-2] in ("in", "at", "to") and after[:1] and after[0] in _CARE):
            m.role = "destination"  # where the wounded were taken
            continue
        if any(w in _CARE for w in after[:3]) and (b1 in ("in", "at", "to") or set(before) & _DESTINATION_VERBS):
            m.role = "destination"  # "treated at Makhmour general hospital"
            continue
        if after[:1] and after[0] in ("-", "based") and "based" in after:
            m.role = "reporting"
            continue
        if b1 == "of" and len(before) > 1 and before[-2] in _COMPASS:
            m.role = "reference"  # "50 km north of Baghdad": a bearing, not the place
            continue
        wider = [tokens[j].lower for j in range(max(sent.start, m.start - 6), m.start)]
        if b1 == "of" and any(w in _COMPASS and n + 1 < len(wider) and wider[n + 1] == "of" for n, w in enumerate(wider)) and any(
            w in ("city", "town", "village", "capital", "provincial", "district") for w in wider
        ):
            m.role = "reference"  # "west of the southern city of Basra": a bearing too
            continue
        far = [tokens[j].lower for j in range(max(sent.start, m.start - 11), m.start)]
        if (b1 == "in" or (b1 == "the" and len(before) > 1 and before[-2] == "in")) and ("not" in far or "instead" in far) and any(w in ("claimed", "reported", "rumoured", "rumored") for w in far):
            m.role = "denied"  # "carried out in Kirkuk province and not, as some pages claimed, in the Hamrin area"
            continue
        if b1 == "of" and len(before) > 1 and before[-2] in ("residents", "natives", "families", "people", "villagers") and any(
            w in ("carrying", "transporting", "bused", "bussed", "brought", "come", "came", "travelled", "traveled", "arrived", "displaced") for w in (tokens[j].lower for j in range(sent.start, sent.end))
        ):
            m.role = "origin"  # "the convoy was carrying residents of Raqqa and Hasakah who had come to protest"
            continue
        if b1 == "from" and len(before) > 1 and before[-2] in ("far", "away", "distant") and not (len(before) > 2 and before[-3].isdigit()):
            m.role = "reference"  # "far from the al-Waleed crossing": where it did not happen
            continue
        if b1 == "of" and len(before) > 1 and before[-2] in ("vicinity", "environs", "surroundings", "direction"):
            m.role = "reference"  # "targeting some points in the vicinity of Damascus"
            continue
        if b1 == "from" and "away" in before:
            m.role = "reference"  # "the units are now 14 km away from Abu al-Duhur airport"
            continue
        if b1 in ("connecting", "linking", "connects", "links", "joining") and any(
            tokens[j].lower in _ROAD or tokens[j].lower in ("roads", "highways", "routes") for j in range(max(sent.start, m.start - 4), m.start)
        ):
            m.role = "road"  # "the roads connecting Palmyra, al-Sukhnah and Deir ez-Zor"
            continue
        if (set(before) & _BORDER and "administrative" not in before) or (after and after[0] in _BORDER):
            m.role = "border"  # not "within the administrative borders of Daquq district"
            continue
        b_core = [w for w in before if w not in ("the", "a")]
        if b_core and b_core[-1] in _DESTINATION and (set(before) & _DESTINATION_VERBS or _destination_verb_before(tokens, sent, m)):
            m.role = "destination"
            continue
        if m.matched.lower() in _CAPITALS and (
            (b1 in ("against", "and", "with", "between", "toward", "towards", "to", "by", "from", "both") and _POLITICAL.search(sent.text.lower()))
            or (b1 == "in" and len(before) > 1 and before[-2] in ("government", "authorities", "regime", "leadership", "administration", "rulers", "officials"))
            or (after[:1] and (after[0] in _CAPITAL_VERBS or (after[0] in ("has", "have", "had", "is", "was") and after[1:2] and after[1] in _CAPITAL_VERBS)))
            or b1 in ("urged", "urging", "urge", "asked", "pressed", "pressing", "called", "told", "warned", "accused", "blamed", "informed", "notified")
            or (b1 == "that" and len(before) > 1 and before[-2] in ("demanded", "demanding", "demands", "insisted", "urged", "asked"))
            or (b1 == "on" and len(before) > 1 and before[-2] in ("called", "calling", "calls"))
        ):
            m.role = "metonym"  # "chanting against both the KRG and Baghdad": the government, not the city
            continue
        if set(wider) & {"launchpad", "launcher", "launchers", "pad", "platform"} and set(wider) & {"found", "located", "discovered", "seized"}:
            m.role = "origin"  # "the launch pad was found in the desert near Al-Baghdadi": where the rockets came from
            continue
        if b1 in ("in", "near", "at", "around", "from") and set(before[:-1]) & _FIRING_POSITION:
            m.role = "origin"  # "artillery positioned near Abu Duhur fired on the town": where the guns stand
            continue
        if b1 == "from" and m.place.kind == "country":
            m.role = "destination"
            continue
        if b1 == "from" and set(before) & {"reinforcements", "brought", "bringing", "sent", "arrived", "came", "coming", "travelled", "traveled", "displaced"}:
            m.role = "origin"  # "reinforcements from Hasakah": where they came from, not the scene
            continue
        if b1 == "from" and len(before) > 1 and before[-2] in ("were", "was", "hailed", "hail", "hails", "originally", "is", "are", "native"):
            m.role = "origin"  # "the soldiers killed were from Basra": home, not the scene
            continue
        if "funeral" in sent.text.lower() or "funerals" in sent.text.lower() or "buried" in sent.text.lower():
            m.role = "origin"  # where the dead were mourned or buried
            continue
    # "reinforcements from Hasakah and Raqqa", "who came from Hawler, Slemani and Duhok":
    # the places listed with one that is no scene share its role
    for k, m in enumerate(places[:-1]):
        if m.role not in ("origin", "destination", "reporting", "border") and not (m.role == "road" and m.pair is None):
            continue
        o = places[k + 1]
        if o.sent == m.sent and not o.role and o.start > m.end and all(tokens[j].lower in (",", "and", "or", "&") for j in range(m.end, o.start)):
            o.role = m.role
    # "between X and Y": a road between them is context; otherwise an area
    for k, m in enumerate(places):
        if m.role:
            continue
        sent = sents[m.sent]
        b = [tokens[j].lower for j in range(max(sent.start, m.start - 4), m.start)]
        if not b or b[-1] != "between":
            continue
        partner = next(
            (o for o in places[k + 1 : k + 3] if o.sent == m.sent and 0 < o.start - m.end <= 2 and tokens[m.end].lower in ("and", "&")),
            None,
        )
        if partner is None:
            continue
        role = "road" if set(b[:-1]) & _ROAD else "between"
        m.role = partner.role = role
        m.pair, partner.pair = partner, m


def _destination_verb_before(tokens: Sequence[Tok], sent: Sent, m: PlaceMention) -> bool:
    return any(tokens[j].lower in _DESTINATION_VERBS for j in range(max(sent.start, m.start - 8), m.start))


# --------------------------------------------------------------------------- clustering


@dataclass
class Cluster:
    infos: list[SentInfo] = field(default_factory=list)
    tentative: bool = False  # opened by a place alone; becomes real with a trigger or toll
    cued: bool = False  # opened by "meanwhile", "separately", "later that day": a new event by the text's word
    core: set[int] = field(default_factory=set)  # sentences that tell the event or its place

    def add(self, info: SentInfo, core: bool = True) -> None:
        self.infos.append(info)
        if core:
            self.core.add(info.sent.index)

    @property
    def real(self) -> bool:
        # "... put out a fire in a warehouse with no casualties": a zero toll alone is no event
        return any(i.strong or (i.has_casualties and (i.killed or i.injured)) for i in self.infos if not i.historical)

    def categories(self) -> set[str]:
        return {t.event_type for i in self.infos for t in i.strong}

    def specific_places(self) -> list[PlaceMention]:
        return [p for i in self.infos for p in i.eligible_places() if p.place.kind in ("village", "town", "subdistrict", "district")]


_NONVIOLENT = frozenset({"Protests", "Riots", "Strategic developments"})


# "The attack came a week after a roadside bomb ...": what follows "after" is an earlier event
_EARLIER = re.compile(r"\b(?:came|comes|follows|followed)\s+(?:just\s+|only\s+|about\s+|nearly\s+)?(?:a|an|one|two|three|four|five|six|ten|several|few|\d+)?\s*(?:days?|weeks?|months?)\s+after\b")


def _cued(info: SentInfo) -> bool:
    lower = info.lower
    if _EARLIER.search(lower):
        return True
    # "The SDF said in a separate statement ...": another source, not another event
    lower = _SEPARATE_SOURCE.sub(" ", lower)
    bare = " " + re.sub(r"[,;:()]", " ", lower)[:60] + " "  # "On the same night, an IED ...": the cue before its comma
    return any(lower.startswith(c) or f" {c} " in f" {lower} "[:60] or f" {c} " in bare for c in _NEW_CUES) or lower.startswith(_TIME_SHIFT)


# a chronicle's entry opens with its day: "On 7 October, airstrikes ...", "On Saturday, artillery shelled ..."
_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s*")
_LABEL = re.compile(r"^[\w' -]{2,30}:\s+")
_OPENS_WITH_DAY = re.compile(
    r"^(?:(?:and|but|then|also|meanwhile,?) )?(?:(?:late|early) )?(?:on |by )?(?:(?:the )?(?:morning|evening|night|afternoon) of )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)? " + _MONTH_RE + r"|" + _MONTH_RE + r" \d{1,2}\b)"
)
_SEPARATE_SOURCE = re.compile(r"\b(?:in|on) (?:a |another )?separate (?:statement|statements|interview|report|post|briefing|comment|comments|message|communique|tweet)\b")
_BACK_REFERENCE_END = re.compile(r"\b(?:in|during|by|from|said|says|that) the (?:strikes?|attacks?|raids?|bombings?|blasts?|ambush|assault|explosions?|shelling|clashes|operation)\b")


def _starts_new(cluster: Cluster, info: SentInfo, gazetteer: Gazetteer) -> bool:
    lower = info.lower
    if _cued(info):
        return True
    if re.search(r"\b(?:at|from|near) the scene\b", lower):
        return False  # "Two suspects ... were arrested at the scene": the event just told
    opening = _unquoted(lower)
    head = re.sub(r"[,;:]", " ", lower[:40])
    continuing = any(opening.startswith(c) or f" {c} " in head for c in _SAME_CUES) or bool(_BACK_REFERENCE_END.search(lower))
    if continuing and re.search(r"\bafter an? (?:\w+ ){0,2}(?:attack|strike|drone|rocket|bomb|ambush|raid)", lower):
        continuing = False  # "The strikes came two days after a drone attack on <another place>": an earlier event
    new_places = info.eligible_places()
    old_places = [p for i in cluster.infos for p in i.eligible_places() if p.place.kind != "country"]
    told = [i.date for i in cluster.infos if i.date is not None and not i.approximate_date]
    if info.strong and info.date is not None and not info.approximate_date and not continuing and told and info.date != told[0]:
        unbulleted = _BULLET.sub("", lower)
        if _OPENS_WITH_DAY.match(unbulleted) or _OPENS_WITH_DAY.match(_LABEL.sub("", unbulleted)):
            return True  # "On 6 October, shelling hit Sarmin ... On 7 October, airstrikes on Idlib": another day, another event
        if new_places and not old_places and not any("toll" in i.lower for i in cluster.infos):
            return True  # "... west of Amuda on Thursday. The week ended with a killing in Raqqa province: on Saturday, ..."
    if new_places and info.strong and _BULLET.match(lower) and _BULLET.match(cluster.infos[0].lower):
        # "- Jalawla (Khanaqin dist): IEDs ... / - Saadiya: gunmen shot dead ...": one item, one event
        first = next((p for p in cluster.infos[0].eligible_places() if p.place.kind != "country"), None)
        lead = new_places[0]
        if first is not None and lead.start - info.sent.start <= 4 and not _nested(gazetteer, lead.place, first.place):
            return True
    if new_places and info.strong and re.match(r"^(?:in|on the|at|near|elsewhere in) [^,]{2,40},", lower) and new_places[0].start - info.sent.start <= 6:
        # "In Jableh, a car bomb ... In Tartous, a car bomb ...": a summary's events told one place at a time
        last = next((i for i in reversed(cluster.infos) if i.strong and i.eligible_places()), None)
        if last is not None and (last is not cluster.infos[0] or any(p.place.kind in ("town", "village", "subdistrict") for p in last.eligible_places())) and not any(
            _nested(gazetteer, n.place, o.place) for n in new_places for o in last.eligible_places()
        ):
            return True
    if new_places and old_places:
        fine_new = [n for n in new_places if n.place.kind != "country"] or new_places  # "Iraq's CTS ...": the country relates to everything
        related = any(_nested(gazetteer, n.place, o.place) for n in fine_new for o in old_places)
        local = any(p.place.kind != "country" for p in new_places)
        if not related and (not continuing or (info.strong and _only_also(lower) and (local or not _BACK_REFERENCE_END.search(lower)))):
            return True  # "Federal Police also arrested a man in Mosul": another event elsewhere
    new_cats = {t.event_type for t in info.strong}
    old_cats = cluster.categories()
    if "Explosions/Remote violence" in old_cats:
        old_cats = old_cats - {"Strategic developments"}  # missiles intercepted within a strike: still the strike
    if any(t.sub_event_type == "Disrupted weapons use" for t in info.strong) and old_cats & {"Explosions/Remote violence", "Battles", "Violence against civilians"} and not new_places:
        return False  # "Air defences intercepted some of the missiles": part of the strike just told
    if old_cats == {"Strategic developments"} and not old_places and not any(i.has_casualties for i in cluster.infos) and all(
        t.sub_event_type == "Change to group/activity" and t.word == "operation" for i in cluster.infos for t in i.strong
    ) and any(i.date is not None for i in cluster.infos) and info.sent.index - cluster.infos[-1].sent.index == 1:
        return False  # "The latest operation took place on Saturday. A joint force raided a hideout near Haqlaniyah": its account
    if new_cats and old_cats and not (new_cats & old_cats) and not continuing:
        if (new_cats | old_cats) & _NONVIOLENT:
            # a casualty toll that follows an operation makes it a battle, not a new event
            return True
    return False


def _unquoted(lower: str) -> str:
    """The sentence without the quote it opens with ("'The rockets fell ...,' the source said")."""
    return lower.lstrip("'\"‘“ ")


def _nested(gazetteer: Gazetteer, a: Place, b: Place) -> bool:
    """One place is the other or lies inside it."""
    return gazetteer.within(a, b) or gazetteer.within(b, a)


def _only_also(lower: str) -> bool:
    """The sentence continues the one before only by an "also"."""
    lower = _unquoted(lower)
    return not any((lower.startswith(c) or f" {c} " in lower[:40]) for c in _SAME_CUES if c != "also")


def headline_sentences(infos: list[SentInfo]) -> set[int]:
    """The sentences of a headline: the first paragraph when it has no full stop and a body
    follows. A headline sums up the body (often the sum of several events, or the lead
    event with the article's dateline): it opens no incident of its own."""
    first = [i for i in infos if i.sent.paragraph == 0]
    if not first or len(first) == len(infos) or len(infos) - len(first) < 2:
        return set()
    if first[-1].sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'")):
        return set()
    return {i.sent.index for i in first}


def cluster_sentences(infos: list[SentInfo], gazetteer: Gazetteer) -> list[Cluster]:
    headline = headline_sentences(infos)
    if headline:
        body = _cluster(infos, gazetteer, skip=headline)
        if body:
            return body
    return _cluster(infos, gazetteer)


def _cluster(infos: list[SentInfo], gazetteer: Gazetteer, skip: set[int] = frozenset()) -> list[Cluster]:  # type: ignore[assignment]
    clusters: list[Cluster] = []
    current: Cluster | None = None
    for info in infos:
        if info.historical or info.sent.index in skip:
            continue
        zero_toll = info.has_casualties and not (info.killed or info.injured)
        if zero_toll and not info.strong:
            if current is not None:
                current.add(info, core=False)  # "No one was hurt."
            continue
        eventful = bool(info.strong) or info.has_casualties
        if eventful:
            stale = current is not None and current.tentative and info.sent.index - current.infos[-1].sent.index > 2
            if current is None or stale or _starts_new(current, info, gazetteer):
                current = Cluster(cued=current is not None and _cued(info))
                clusters.append(current)
            current.tentative = False
            current.add(info)
            continue
        # no event: a sentence right after an incident without a place may give its place
        eligible = info.eligible_places()
        coarse = current is not None and all(
            p.place.kind in ("province", "country") for i in current.infos for p in i.eligible_places()
        ) and any(
            p.place.kind not in ("province", "country") and any(gazetteer.within(p.place, o.place) for i in current.infos for o in i.eligible_places())
            for p in eligible
        )
        if (
            current is not None
            and not current.tentative
            and eligible
            and (not any(i.eligible_places() for i in current.infos) or coarse)
            and current.infos[-1].sent.index == info.sent.index - 1
        ):
            current.add(info)
            continue
        # a new specific place opens a tentative incident ("The latest was in X.")
        places = [p for p in eligible if p.role == "" and p.place.kind in ("village", "town", "subdistrict")]
        if places and current is not None:
            known = current.specific_places()
            if not any(gazetteer.within(p.place, o.place) or gazetteer.within(o.place, p.place) for p in places for o in known):
                current = Cluster(tentative=True)
                clusters.append(current)
                current.add(info)
                continue
            current.add(info, core=False)
            continue
        if places and current is None:
            current = Cluster(tentative=True)
            clusters.append(current)
            current.add(info)
            continue
        if current is not None and not current.tentative and (info.triggers or _CLAIM in info.lower):
            current.add(info, core=False)  # weak mention of the same event: evidence of roles only
    return [c for c in clusters if c.real]


def _eventful(cluster: Cluster) -> Cluster:
    """The part of a cluster that tells an event (a strong trigger or a toll): what sets one
    incident apart from another is the place and day of its event, not of its background."""
    events = {i.sent.index for i in cluster.infos if (i.strong or i.has_casualties) and not i.historical}
    # "The latest attack was in <village>. Two soldiers were killed.": the sentence just
    # before the event that names a village is the event's (a town may be a metonym: "Baghdad said")
    core = Cluster([
        i for i in cluster.infos
        if i.sent.index in events
        or (
            i.sent.index + 1 in events
            and any(p.place.kind in ("village", "subdistrict") for p in i.eligible_places())
            and not any(n.sent.index == i.sent.index + 1 and n.eligible_places() for n in cluster.infos)
        )
    ])
    return core if core.infos else cluster


def _cluster_date(cluster: Cluster) -> dt.date | None:
    return next((i.date for i in _eventful(cluster).infos if i.date is not None and not i.approximate_date), None)


def _compatible(a: Location | None, b: Location | None) -> bool:
    """Two locations that may be one event's: one unknown, one inside the other, or the same."""
    if a is None or b is None:
        return True
    if a.country_code != b.country_code:
        return False
    if "country" in (a.precision, b.precision):
        return True
    if a.province_code != b.province_code:
        return False
    if "province" in (a.precision, b.precision):
        return True
    if a.name == b.name:
        return True
    if a.district is not None and a.district == b.district and a.district in (a.name, b.name):
        return True  # "Sinjar" (the district's seat) is often the whole district
    return "district" in (a.precision, b.precision) and a.district is not None and a.district == b.district


def merge_clusters(clusters: list[Cluster], gazetteer: Gazetteer) -> list[Cluster]:
    """One event told in several passages is one incident: a later cluster joins the
    nearest earlier one when nothing sets it apart (no new-event cue such as "meanwhile",
    no place outside the earlier one's, no different day). Background, reactions, quotes
    and casualty updates thus stay with the event they are about."""
    out: list[Cluster] = []
    where: list[Location | None] = []
    for cluster in clusters:
        # the later cluster by its event sentences, the earlier ones by all they tell
        loc, _label = _location(_eventful(cluster), gazetteer)
        day = _cluster_date(cluster)
        target = None
        if not cluster.cued:
            for k in range(len(out) - 1, -1, -1):
                other_day = _cluster_date(out[k])
                if day is not None and other_day is not None and day != other_day:
                    continue
                if not _compatible(where[k], loc):
                    continue
                if loc is not None and loc.precision != "country" and cluster.categories() and out[k].categories() and not (cluster.categories() & out[k].categories()):
                    continue  # another kind of event with a place of its own: its own incident
                target = k
                break
        if target is None:
            out.append(cluster)
            where.append(_location(cluster, gazetteer)[0])
            continue
        merged = out[target]
        for info in cluster.infos:
            merged.add(info, core=info.sent.index in cluster.core)
        merged.infos.sort(key=lambda i: i.sent.index)
        where[target] = _location(merged, gazetteer)[0]
    return out


# --------------------------------------------------------------------------- incidents


def _location(cluster: Cluster, gazetteer: Gazetteer) -> tuple[Location | None, str]:
    """The incident's location and how the summary names it."""
    best: PlaceMention | None = None
    best_rank = 0
    eligible = [m for info in cluster.infos for m in info.eligible_places()]
    strong_at = {info.sent.index: [t.tok for t in info.strong] for info in cluster.infos}
    for m in eligible:
        rank = _PRECISION_RANK[m.place.precision]
        if m.role == "between":
            rank = 2  # the area between two places: province precision
        elif _names_its_province(m.place, gazetteer) and any(
            o.place.kind in ("district", "subdistrict", "town", "village")
            and o.place.id != m.place.id
            and gazetteer.province_of(o.place) == gazetteer.province_of(m.place)
            and gazetteer.district_of(o.place) != gazetteer.district_of(m.place)
            for o in eligible
        ):
            rank = 2  # "Daquq district in Kirkuk": the capital's name stands for its province
        if rank > best_rank:
            best, best_rank = m, rank
        elif rank == best_rank and best is not None and best.sent == m.sent and best.place.id != m.place.id and strong_at.get(m.sent):
            # two places of one rank in the sentence that tells the event ("activists in Basra
            # mourned a man shot dead in Amarah"): the one nearest the event's word
            if min(abs(m.start - k) for k in strong_at[m.sent]) < min(abs(best.start - k) for k in strong_at[m.sent]):
                best = m
    refs = [m for i in cluster.infos for m in i.places if m.role == "reference"]
    units = [m for i in cluster.infos for m in i.places if m.role in ("org", "landmark")]
    if best is not None and best_rank <= _PRECISION_RANK["country"] and (refs or units):
        best = None  # "the Government of the Republic of Iraq ... the K1 base, north-west of Kirkuk city": the bearing says more
    elif best is not None and best.place.kind == "province" and best_rank <= _PRECISION_RANK["province"]:
        inside = [r for r in refs if gazetteer.within(r.place, best.place)]
        if inside:
            refs, best = inside, None  # "in the desert west of Shirqat, in northern Salah al-Din province": near Shirqat
    if best is None:
        if not refs:
            if units and units[0].role == "landmark":
                # "seized the campus of Mosul University": the site lies in the place it is named after
                return _to_location(units[0].place, gazetteer), units[0].place.name
            area = gazetteer.province_of(units[0].place) if units else None
            if area is not None:
                return _to_location(area, gazetteer, force="province"), area.name  # "Nineveh Operations Command said ...": its province
            return None, ""
        ref = refs[0].place
        area = gazetteer.district_of(ref) or gazetteer.province_of(ref) or ref
        unlisted = _unlisted_place(cluster, refs[0])
        if unlisted:
            return replace(_to_location(area, gazetteer), name=unlisted), f"{unlisted}, near {refs[0].matched}"
        return _to_location(area, gazetteer), f"near {refs[0].matched}"
    place = best.place
    label = place.name
    if best.role == "between" and best.pair is not None:
        first = gazetteer.province_of(place) or place
        label = f"between {best.matched} and {best.pair.matched}"
        return _to_location(first, gazetteer, force="province" if first.kind == "province" else None), label
    location = _to_location(place, gazetteer)
    if best_rank <= _PRECISION_RANK["district"] and place.kind in ("province", "district", "subdistrict"):
        unlisted = _unlisted_place(cluster, best)
        if unlisted:
            # a village the lists do not know, told inside a known district or province: the card
            # names it; the coordinates and the precision stay those of the known area
            return replace(location, name=unlisted), unlisted
    return location, label


_UNLISTED_OF = re.compile(
    r"\b(?:village|town|hamlet|settlement|locality|township)s? of "
    r"((?:(?:al|el|Al|El|ad|Ad|as|As|ash|Ash|ar|Ar)[- ])?[A-Z][\w'’]+(?:[- ](?:(?:al|el|ad|as|ash|ar)-)?[A-Z][\w'’]+){0,2})"
)
# "at Burjesia, west of the southern city of Basra": a name followed by its bearing
_UNLISTED_BEARING = re.compile(
    r"\b(?:at|in|near|on) ((?:(?:al|Al|el|El)-)?[A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?),? (?:about |some |around )?(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) of\b"
)
_UNLISTED_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|into|on|from|of|around|targeting|attacked|stormed|raided|liberated|recaptured|retook|captured|seized|entered|shelled|struck|bombed|hit) (?:the )?"
    r"((?:(?:al|el|Al|El)-)?[A-Z][\w'’]+(?:[- ](?:(?:al|el)-)?[A-Z][\w'’]+){0,2}) (?:village|hamlet|town)\b"
)
# capitalised words that describe a village rather than name it
_NOT_A_NAME = frozenset(
    "the a an its their this that his her our border frontline desert mountain mountainous remote "
    "nearby neighbouring neighboring sunni shia shiite shi'ite kurdish arab arabic christian assyrian "
    "yazidi yezidi kakai kakaei turkmen shabak syrian iraqi turkish iranian druze alawite bedouin "
    "tribal farming agricultural northern southern eastern western central north south east west "
    "same small tiny large main old new village town district province area city camp "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _unlisted_place(cluster: Cluster, best: PlaceMention) -> str | None:
    """A named village or town that no list knows, in the sentence that places the event
    ("the village of Umm Kharaiz, east of Deir ez-Zor") or the one next to it."""
    for info in cluster.infos:
        if abs(info.sent.index - best.sent) > 1 or info.historical:
            continue
        text = info.sent.text
        base = info.sent.start_char
        taken = [(m.start_char - base, m.end_char - base) for m in info.places] + [
            (m.start_char - base, m.end_char - base) for m in info.actors
        ]
        for pattern in (_UNLISTED_OF, _UNLISTED_BEFORE, _UNLISTED_BEARING):
            for match in pattern.finditer(text):
                name = match.group(1).strip(" -'’")
                lo, hi = match.span(1)
                words = re.split(r"[- ]", name.lower())
                if any(w in _NOT_A_NAME for w in words) or len(name) < 3:
                    continue
                if any(a < hi and lo < b for a, b in taken):
                    continue  # a known place or actor: the lists already speak for it
                return name
    return None


def _road_location(cluster: Cluster, gazetteer: Gazetteer) -> tuple[Location | None, str]:
    """An event told only on a road between two towns ("on the road between Baiji and
    Haditha"), with no other place in its whole account: the first town named."""
    roads = [m for i in cluster.infos for m in i.places if m.role == "road" and m.pair is not None and m.place.kind in ("town", "village", "subdistrict", "district")]
    if not roads:
        return None, ""
    return _to_location(roads[0].place, gazetteer), roads[0].place.name


def _only_province(places: list[PlaceMention], gazetteer: Gazetteer) -> Place | None:
    """The one province every place the article names as a location lies in, if any."""
    provinces = {gazetteer.province_of(m.place) for m in places if m.role in ("", "between", "reference") and m.place.kind != "country"}
    provinces.discard(None)
    return provinces.pop() if len(provinces) == 1 else None


def _names_its_province(place: Place, gazetteer: Gazetteer) -> bool:
    """A provincial capital named like its province (Kirkuk, Idlib, Basra)."""
    if place.kind != "town":
        return False
    province = gazetteer.province_of(place)
    return province is not None and province.name == place.name


def _to_location(place: Place, gazetteer: Gazetteer, force: str | None = None) -> Location:
    district = gazetteer.district_of(place)
    province = gazetteer.province_of(place)
    country = gazetteer.country_of(place)
    lat, lon = place.lat, place.lon
    if lat is None:
        for parent in gazetteer.ancestors(place):
            if parent.lat is not None:
                lat, lon = parent.lat, parent.lon
                break
    return Location(
        name=place.name,
        district=district.name if district else None,
        province=province.name if province else None,
        province_code=province_code(province),
        country=country.name if country else None,
        country_code=place.country_code,
        lat=lat,
        lon=lon,
        precision=force or place.precision,
    )


def province_code(province: Place | None) -> str | None:
    if province is None:
        return None
    pid = province.id
    if len(pid) >= 4 and pid[2] == "-" and pid[:2].isalpha():
        return pid
    return None


_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_CROWD_VIOLENCE = re.compile(
    r"\b(?:protesters|demonstrators|rioters|supporters|counter-demonstrators)\b[^.;]{0,25}\bclashed\b|\brival (?:groups|crowds|protesters|demonstrators|supporters)\b"
    r"|\bthrew (?:stones|rocks|molotov)|\bstone-throwing\b|\bstormed\b[^.;]{0,110}\b(?:set (?:it |them )?(?:on fire|ablaze)|set fire to|torched|burned)"
)
_RAID_WORDS = frozenset({"raid", "raided", "raids", "operation", "operations", "sweep", "campaign", "attack", "stormed", "assault"})


def _event_type(cluster: Cluster) -> tuple[str, str]:
    """The lead's type (the first sentence with a strong trigger, its most specific
    trigger); an explosive reported anywhere in a violent incident makes it
    Explosions/Remote violence; a protest takes its strongest intervention."""
    lead = next((i for i in cluster.infos if i.strong), None)
    everything = [t for i in cluster.infos for t in i.strong]
    if lead is None:
        lead_triggers = [t for i in cluster.infos for t in i.triggers]
        if not lead_triggers:
            return "Violence against civilians", "Attack"
    else:
        lead_triggers = lead.strong
    best = max(lead_triggers, key=lambda t: t.priority)
    riot = [t for t in lead_triggers if t.event_type == "Riots"]
    if riot and best.event_type == "Battles":
        best = riot[0]  # protesters storming and clashing with police: a riot, not a battle
    mob = [t for t in lead_triggers if t.sub_event_type == "Mob violence"]
    if mob and best.event_type == "Violence against civilians":
        best = mob[0]  # "A crowd beat to death a man accused of ...": the mob's killing
    arrests = [t for t in lead_triggers if t.sub_event_type == "Arrests"]
    if arrests and best.word in _RAID_WORDS and not any(i.has_casualties for i in cluster.infos):
        return "Strategic developments", "Arrests"  # a raid that detained someone
    protest_lead = lead is not None and (best.event_type == "Protests" or (
        best.event_type in ("Violence against civilians", "Battles") and any(t.event_type == "Protests" for t in lead.triggers)
    ))
    if protest_lead and _CROWD_VIOLENCE.search(lead.lower):
        # "rival groups of demonstrators clashed", "stormed the office and set it on fire": the crowd's own violence
        return "Riots", "Violent demonstration"
    if (
        best.event_type in ("Violence against civilians", "Battles")
        and lead is not None
        and any(t.event_type == "Protests" for t in lead.triggers)
    ):
        # security forces firing on protesters: a protest met with force
        text = " ".join(i.lower for i in cluster.infos)
        killed = any(i.killed for i in cluster.infos if not i.historical)
        if killed or " live " in text:
            return "Protests", "Excessive force against protesters"
        return "Protests", "Protest with intervention"
    if best.event_type in _VIOLENT and best.sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory"):
        explosive = [t for t in lead_triggers if t.event_type == "Explosions/Remote violence"]
        later = [t for t in everything if t.event_type == "Explosions/Remote violence"]
        if best.event_type == "Battles":
            # mortars and RPGs told later are the weapons of the fight; a bomb that set it off is not
            later = [t for t in later if t.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb")]
            if best.sub_event_type != "Armed clash":
                later = []  # a town retaken or overrun: the bombs left behind are part of the battle
        if explosive and max(t.priority for t in explosive) <= _BLAST[2] and any(t.priority > _BLAST[2] for t in later):
            explosive = later  # "a series of bombings" told first, "three suicide bombers" after: the kind told
        explosive = explosive or later
        if explosive:
            best = max(explosive, key=lambda t: t.priority)
    elif best.event_type == "Protests":
        protest = [t for i in cluster.infos for t in i.triggers if t.event_type == "Protests"]
        best = max(protest, key=lambda t: t.priority, default=best)
    casualties = any(i.has_casualties for i in cluster.infos)
    words = {t.word for t in everything}
    if best.event_type == "Protests":
        return _protest_kind(cluster, best.sub_event_type)
    if (best.event_type, best.sub_event_type) == ("Violence against civilians", "Attack") and _armed_target(cluster):
        return "Battles", "Armed clash"  # ACLED: an attack on an armed actor is a battle
    if best.sub_event_type == "Change to group/activity" and (casualties or words & {"clash", "clashes", "clashed", "fighting"}):
        return "Battles", "Armed clash"
    return best.event_type, best.sub_event_type


def _protest_kind(cluster: Cluster, sub: str) -> tuple[str, str]:
    """A protest is typed by how it went, told anywhere in its sentences: protesters throwing
    stones or turning violent make a riot; tear gas, dispersal or detentions an intervention."""
    text = " ".join(i.lower for i in cluster.infos if not i.historical)
    if any(c in text for c in _RIOT_CUES):
        return "Riots", "Violent demonstration"
    if sub == "Peaceful protest" and any(c in text for c in _INTERVENTION_CUES):
        return "Protests", "Protest with intervention"
    return "Protests", sub


_ARMED_NOUNS = frozenset({"hideout", "hideouts", "den", "dens", "chkpt", "chkpts", "pos", "mbr", "mbrs", "ptrl", "checkpoint", "checkpoints", "position", "positions", "patrol", "patrols", "base", "bases", "outpost", "outposts", "barracks", "post", "posts", "soldiers", "soldier", "troops", "fighters", "fighter", "policemen", "policeman", "officers", "army", "convoy", "peshmerga", "point", "headquarters", "militants", "members"})
_ARMED_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})
_CIVILIAN_NOUNS = frozenset({"civilian", "civilians", "shepherd", "shepherds", "farmer", "farmers", "child", "children", "woman", "women", "villagers", "residents", "family", "worshippers", "students", "teacher", "sheikh", "mukhtar", "boy", "girl"})


def _armed_target(cluster: Cluster) -> bool:
    """The attack's object is armed (a checkpoint, a patrol, soldiers) and no civilian is
    named among the victims."""
    lead = next((i for i in cluster.infos if i.strong), None) or next((i for i in cluster.infos if i.has_casualties), None)
    if lead is None:
        return False
    words = lead.lower.replace(",", " ").replace(".", " ").split()
    attack_at = next((n for n, w in enumerate(words) if w in ("attacked", "attack", "attacks", "stormed", "assaulted", "raided", "ambushed", "raid", "targeted") or (w == "fire" and n > 0 and words[n - 1] in ("opened", "opening"))), None)
    if attack_at is not None and any(w in _ARMED_NOUNS - {"members", "militants"} for w in words[attack_at + 1 : attack_at + 8]):
        return True  # "militants attacked a PMF post, killing two fighters and three civilians": the post was the object
    for info in cluster.infos:
        for k, m in enumerate(info.actors):
            if info.roles.get(k) == "target" and m.actor.type == "Civilians" and m.matched.lower() not in ("people", "persons", "person"):
                if any(o.actor.type in _ARMED_TYPES and 0 <= m.start - o.end <= 1 for o in info.actors):
                    continue  # "an Islamic State official": a member of an armed group
                return False
    words = lead.lower.replace(",", " ").replace(".", " ").split()
    if any(w in _CIVILIAN_NOUNS for w in words):
        return False
    attack_at = next((n for n, w in enumerate(words) if w in ("attacked", "attack", "attacks", "stormed", "assaulted", "raided", "ambushed", "targeted", "hit", "fired")), None)
    if attack_at is not None and any(w in _ARMED_NOUNS for w in words[attack_at + 1 : attack_at + 12]):
        return True
    # "snipers killed two soldiers", "two policemen were shot dead": the victims were armed
    for n, w in enumerate(words):
        if w in ("killed", "killing", "kill", "kills", "shot", "wounded", "wounding", "injured", "injuring"):
            if any(x in _ARMED_NOUNS and x not in ("members", "point", "headquarters", "post", "posts") for x in words[n + 1 : n + 6]) or any(
                x in _ARMED_NOUNS and x not in ("members", "point", "headquarters", "post", "posts") for x in words[max(0, n - 4) : n]
            ):
                return True
    return any(
        info.roles.get(k) == "target" and m.actor.type in _ARMED_TYPES
        for info in cluster.infos
        for k, m in enumerate(info.actors)
    )


def _territory_taker(cluster: Cluster, sub: str) -> str:
    """Who took the ground decides the sub-event: the actors named before the word that
    tells it ("Iraqi special forces seized the campus" regains, "IS militants seized
    Ramadi" overtakes)."""
    for info in cluster.infos:
        for t in info.strong:
            if t.sub_event_type not in ("Non-state actor overtakes territory", "Government regains territory"):
                continue
            before = [m.actor for m in info.actors if m.end <= t.tok]
            if not before:
                return sub
            state = [a for a in before if a.type == "State forces"]
            if state and all(a.type in ("State forces", "External/Other forces") for a in before):
                return "Government regains territory"  # the country's own forces, with or without foreign backing
            if not state:
                # rebels, militias, or a foreign army ("Turkish troops and allied Syrian rebels took
                # control of Afrin"): ACLED counts a foreign state's gain as a non-state one
                return "Non-state actor overtakes territory"
            return sub
    return sub


def _actors(cluster: Cluster, event_type: str, sub: str) -> list[tuple[Actor, str, str]]:
    """(actor, matched, role) in order of first mention, one entry per actor."""
    votes: dict[str, Counter[str]] = {}
    first: dict[str, tuple[Actor, str]] = {}
    central: set[str] = set()  # named in a sentence that reports the event itself
    for info in cluster.infos:
        core = info.sent.index in cluster.core
        for k, m in enumerate(info.actors):
            role = info.roles.get(k, "other")
            if role in ("source", "responder"):
                continue
            votes.setdefault(m.actor.id, Counter())[role] += 1
            first.setdefault(m.actor.id, (m.actor, m.matched))
            if core:
                central.add(m.actor.id)
    out: list[tuple[Actor, str, str]] = []
    for aid, (actor, matched) in first.items():
        counter = votes[aid]
        role = "other"
        if counter["perpetrator"] or counter["target"]:
            role = "perpetrator" if counter["perpetrator"] >= counter["target"] else "target"
        out.append((actor, matched, role))
    has_perp = any(r == "perpetrator" for _, _, r in out)
    operation = event_type in ("Battles", "Strategic developments")
    fixed: list[tuple[Actor, str, str]] = []
    for actor, matched, role in out:
        if role == "other" and actor.id not in central:
            continue  # only mentioned around the event ("camps holding ISIS families")
        if role == "other":
            if actor.type == "Civilians" and event_type not in ("Protests", "Riots"):
                role = "target"
            elif operation and actor.type in ("State forces", "External/Other forces"):
                role = "perpetrator"
            elif operation and actor.type in ("Rebel group", "Political militia", "Identity militia") and has_perp:
                role = "target"
            elif not has_perp and actor.type in ("Rebel group", "Political militia", "Identity militia") and event_type in ("Explosions/Remote violence", "Violence against civilians"):
                role = "perpetrator"
            elif event_type == "Protests" and actor.type == "Protesters":
                role = "perpetrator"
            elif event_type == "Explosions/Remote violence" and sub != "Remote explosive/landmine/IED" and not has_perp and actor.type in ("State forces", "External/Other forces"):
                role = "perpetrator"  # strikes and shelling come from armed forces
        fixed.append((actor, matched, role))
    # a side that hit a victim is the perpetrator even when the text names it neutrally
    if not any(r == "perpetrator" for _, _, r in fixed) and any(r == "target" for _, _, r in fixed):
        fixed = [
            (a, m, "perpetrator" if r == "other" and a.type not in ("Civilians", "Protesters") else r)
            for a, m, r in fixed
        ]
    # "Ankara regards the YBS as a PKK affiliate", "says it targets PKK militants, which is how it
    # describes the SDF": where a Kurdish force of its own is named, "PKK" is Turkey's word for it
    if any(a.id in _PKK_LABELLED for a, _, _ in fixed) and any(
        a.id == "pkk" and _TURKISH_FRAMING.search(" ".join(i.lower for i in cluster.infos)) for a, _, _ in fixed
    ):
        fixed = [(a, m, r) for a, m, r in fixed if a.id != "pkk"]
    # "Islamic State gunmen": the gunmen are the named group, not a second, unidentified one
    if any(r == "perpetrator" and a.id != "uag" for a, _, r in fixed):
        fixed = [(a, m, r) for a, m, r in fixed if not (a.id == "uag" and r == "perpetrator")]
    # two sides of a clash: the first named attacks, the second is attacked
    perps = [a.id for a, _, r in fixed if r == "perpetrator"]
    if event_type == "Battles" and len(perps) >= 2 and not any(r == "target" for _, _, r in fixed):
        fixed = [(a, m, "target" if a.id == perps[-1] else r) for a, m, r in fixed]
    return fixed


def _casualty_totals(cluster: Cluster) -> tuple[int | None, int | None]:
    """Per incident: the same toll told twice counts once (the larger), a further victim
    group ("another soldier died", "two others were also wounded") is added, an update
    ("the toll rose to 7") replaces."""
    totals: list[int | None] = [None, None]
    sides: set[str] = set()
    updated = False
    told_dead: int | None = None  # the latest toll told as a plain figure ("Two soldiers died at the scene")
    pending = 0  # wounded told to have died before the wounded were counted
    for info in cluster.infos:
        if info.historical:
            continue
        if info.killed and totals[1] is None and info.injured is None:
            died = _wounded_who_died(info.lower)
            if died:
                pending += died  # "A man wounded in Friday's clash died overnight ..." told before "... five others were wounded"
        if info.killed and totals[0] and info.kinds[0] == "" and info.dead_side and sides and "?" not in sides and info.dead_side not in sides:
            # "Two soldiers were killed ..." then "five terrorists were neutralised": the other side's dead
            totals[0] += info.killed
            sides.add(info.dead_side)
            info_injured_only = True
        else:
            info_injured_only = False
        if info.killed:
            sides.add(info.dead_side or "?")
        moved = _moved_from_injured(info.lower, totals[1]) if info.killed and totals[1] else None
        if moved is not None:
            # "one of the wounded died", "one of the four had died": moves from injured to killed
            totals[1] = max(0, totals[1] - (moved or info.killed))
            if updated:
                continue  # the toll update told first counted that death already
            info_moved = True
        else:
            info_moved = False
        told_before = totals[0]
        for slot, value in enumerate((info.killed, info.injured)):
            if value is None or (slot == 0 and info_injured_only):
                continue
            kind = info.kinds[slot]
            current = totals[slot]
            if kind == "claim" and current is not None:
                continue
            if slot == 0 and info_moved and current is not None and kind != "update":
                # "Three soldiers were killed ... Two died at the scene ... One of the wounded died
                # overnight": the lead's three already counted the one who died later
                totals[slot] = max(current, (told_dead if told_dead is not None else current) + value)
                continue
            if slot == 0 and kind == "":
                told_dead = value
            if slot == 1 and current is None and pending and info.killed is not None and told_before is not None and info.killed < told_before:
                # "killing nine and wounding fifteen" after "the toll rose to eleven after two of the
                # wounded died": the first count, before two of the fifteen died
                totals[slot] = max(0, value - pending)
                pending = 0
                continue
            if current is None or kind == "update":
                totals[slot] = value
                if kind == "update" and slot == 0:
                    updated = True
            elif kind == "add" and value:
                totals[slot] = current + value
            else:
                totals[slot] = max(current, value)
    return totals[0], totals[1]


_WOUNDED_DIED = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|\d+)(?: \w+){0,2}? (?:wounded|injured) (?:in|during|by|when)\b[^.;]{0,60}?\b(?:has |have |had )?(?:died|succumbed)"
    r"|(a|an|one|two|three|four|five|\d+) of the (?:wounded|injured)(?: \w+)? (?:has |have |had )?(?:later |since |subsequently )?(?:died|succumbed))"
)


def _wounded_who_died(lower: str) -> int:
    """How many a sentence says died of wounds from the event ("A man wounded in Friday's
    clash died overnight", "two of the wounded died"): 0 when it says none."""
    m = _WOUNDED_DIED.search(lower)
    if not m:
        return 0
    word = m.group(1) or m.group(2)
    return 1 if word in ("a", "an") else _word_value(word) or 0


_OF_THE = re.compile(r"\b(\w+) of the (wounded|injured|\w+)\b(?:(?![.;]).){0,40}?\b(?:died|dies|has died|had died|succumbed|passed away|later died)\b")


def _moved_from_injured(lower: str, injured: int) -> int | None:
    """How many of the injured told before a sentence says died ("one of the four had died"
    after "wounding four"): 0 when it says so without a number, None when it does not."""
    for m in _OF_THE.finditer(lower):
        whom = m.group(2)
        if whom not in ("wounded", "injured") and _word_value(whom) != injured:
            continue
        count = m.group(1)
        return _word_value(count) or 0
    if re.search(r"\bof the (?:wounded|injured)\b", lower):
        return 0
    if re.search(r"\b(?:died of|succumbed to) (?:his|her) (?:wounds|injuries)\b", lower):
        return 1  # "A third member of the patrol died of his wounds": one of the wounded
    return None


def _summary(event_type: str, sub: str, actors: list[tuple[Actor, str, str]], place_label: str, location: Location | None, date: dt.date | None, killed: int | None, injured: int | None, evidence: list[str]) -> str:
    what = sub if event_type != "Strategic developments" or sub == "Arrests" else "Military operation" if sub == "Change to group/activity" else sub
    if sub == "Attack":
        what = "Attack"
    perps = [a.name for a, _, r in actors if r == "perpetrator"]
    targets = [a.name for a, _, r in actors if r == "target"]
    parts = [f"{what} ({event_type})"]
    if perps:
        parts.append("by " + " and ".join(perps))
    if targets:
        parts.append(("against " if sub != "Arrests" else "of ") + " and ".join(targets))
    if location is not None:
        where = place_label
        extra = [x for x in (location.district, location.province, location.country) if x and x != location.name]
        if place_label.startswith("between"):
            where = f"{place_label} ({location.name} {location.precision})"
        elif extra:
            where = f"{place_label}, {', '.join(dict.fromkeys(extra))}"
        parts.append(where if where.startswith(("between", "near")) else f"in {where}")
    if date is not None:
        parts.append(f"on {date.isoformat()}")
    first = " ".join(parts)
    tolls = []
    if killed is not None:
        tolls.append(f"{killed} killed")
    if injured is not None:
        tolls.append(f"{injured} injured")
    if tolls:
        first += ": " + ", ".join(tolls)
    first += "."
    # the key clause: the first full sentence telling the event (a headline only if nothing else)
    key = next((e for e in evidence if e.endswith((".", "!", "”", '"'))), evidence[0] if evidence else "")
    if len(key) > 220:
        key = key[:217].rsplit(" ", 1)[0] + "…"
    return f"{first} {key}".strip()


def _confidence(location: Location | None, actors: list[tuple[Actor, str, str]], killed: int | None, injured: int | None, date: dt.date | None, approx: bool, n_strong: int) -> float:
    score = 0.25
    if location is not None:
        score += {"village": 0.25, "town": 0.22, "district": 0.18, "province": 0.12, "country": 0.05}[location.precision]
    if any(r == "perpetrator" for _, _, r in actors):
        score += 0.12
    elif actors:
        score += 0.06
    if any(r == "target" for _, _, r in actors):
        score += 0.05
    if killed is not None or injured is not None:
        score += 0.15
    if date is not None:
        score += 0.03 if approx else 0.06
    score += min(n_strong, 3) * 0.03
    return round(min(score, 0.95), 3)


def analyze_sentences(
    parsed: Parsed,
    places: list[PlaceMention],
    actors: list[ActorMention],
    gazetteer: Gazetteer,
    published: dt.date | None = None,
) -> list[SentInfo]:
    tokens = parsed.tokens
    place_roles(tokens, parsed.sents, places)
    infos = [SentInfo(sent=s, lower=s.text.lower()) for s in parsed.sents]
    air = [_mentions_aircraft(i.lower) for i in infos]
    for m in places:
        infos[m.sent].places.append(m)
    for m in actors:
        infos[m.sent].actors.append(m)
    for info in infos:
        s = info.sent
        info.historical = _is_historical(info.lower, published)
        before = infos[s.index - 1].lower if s.index > 0 and infos[s.index - 1].sent.paragraph == s.paragraph else ""
        # jets or drones told earlier in the paragraph (or anywhere, for "In Syria, strikes hit ...")
        one_country = re.match(r"^in [^,]{2,40}, (?:the )?strikes\b", info.lower) is not None
        air_told = any(air[i.sent.index] for i in infos[: s.index] if i.sent.paragraph == s.paragraph or (one_country and not i.historical))
        info.triggers = _triggers(tokens, s, parsed.has_tagger, info.places, info.lower, before, published.year if published else None, air_told)
        info.killed, info.injured = casualties(tokens, s.start, s.end)
        if not info.strong and _ACCIDENT.search(info.lower):
            info.killed = info.injured = None  # drowned, killed in a traffic accident: no one's violence
        if info.killed and re.search(r"\bthe bodies of (?:the|all|both) ", info.lower):
            info.killed = None  # "The bodies of the three soldiers were flown home on Monday": the dead already told
        cause = _RETALIATION_FOR.search(info.lower)
        if cause and info.triggers:
            # "The strikes were the first in Washington's response to a drone attack last Sunday": the attack is the earlier event's
            info.triggers = [t for t in info.triggers if tokens[t.tok].idx - s.start_char < cause.start()]
        if cause and (info.killed or info.injured):
            first_toll = re.search(r"\b(?:kill|dead|died|wound|injur|martyr)", info.lower)
            if first_toll and first_toll.start() > cause.start():
                info.killed = info.injured = None  # "in retaliation for an attack that killed nine soldiers": the earlier attack's toll
        if (info.killed or 0) >= 100 and not _WEEKDAY.search(info.lower) and _CAMPAIGN_TOLL.search(info.lower):
            info.killed = info.injured = None  # "more than 3,200 people were killed during the battle": a campaign's toll
        if info.killed is not None or info.injured is not None:
            info.kinds = casualty_kinds(tokens, s.start, s.end)
            if info.killed:
                info.dead_side = dead_side(tokens, s.start, s.end)
        _later_deaths(info)
        anchor = None
        if info.triggers:
            anchor = tokens[info.triggers[0].tok].idx - s.start_char
        body = s.text
        if s.paragraph <= 1:
            dateline = _DATELINE_DATE.match(body)
            if dateline:
                body = body[dateline.end() :]  # "DUHOK, July 16 — A drone struck ... early on Tuesday": the story's day, not the dateline's
                anchor = None if anchor is None else max(0, anchor - dateline.end())
        cause = _RETALIATION_FOR.search(body.lower())
        info.date, info.approximate_date = resolve_date(body[: cause.start()] if cause else body, published, anchor)
        measure = _DURATION_RE.search(info.lower) if info.historical and info.strong and info.date is not None and not info.approximate_date else None
        if measure and any(tokens[t.tok].idx - s.start_char < measure.start() for t in info.strong):
            # "recaptured Palmyra on Sunday after nearly three weeks of fighting", "took the city centre on
            # Friday, the first time opposition forces have held ground there since 2016": the event, its measure told
            info.historical = _is_historical(_DURATION_RE.sub(" ", info.lower), published)
        if info.date is not None and info.strong and all(_referred_after(tokens, t.tok, s.start) for t in info.strong):
            info.date = None  # "on Sunday, a day after a drone strike": the day is not the event's
        earlier = _EARLIER.search(info.lower)
        if earlier and re.search(r"\b(?:weeks?|months?)\b", earlier.group(0)):
            # "The strike comes a week after Turkish aircraft bombed positions near Penjwen": an
            # event of weeks ago, told as background (one of days ago is still news of its own)
            info.historical = True
        if re.match(r"^(?:this|that|it|these|those|the \w+) (?:follow|follows|followed|come|comes|came) (?:after )?(?:a|an) (?:\w+ )?(?:spate|series|string|wave|flurry|surge)\b", info.lower):
            info.historical = True  # "The moves follow a spate of rocket attacks ..., including one on Camp Taji on March 11": the background
        if re.match(r"^(?:this|that|it|the \w+) (?:followed|came after|comes after|follows)\b", info.lower) and not (
            _DATE_PATTERNS[3][1].search(info.lower) or _DATE_PATTERNS[4][1].search(info.lower)
        ):
            # "This followed much larger strikes near Koya at the end of September": the background
            # (one "on Wednesday night" is news of the same days, an event of its own)
            info.historical = True
        if info.strong and all(t.sub_event_type == "Change to group/activity" for t in info.strong) and re.match(
            r"^(?:the|this|that) (?:[\w-]+ ){0,3}(?:offensive|operation|campaign)\s*,\s*(?:which |that )?(?:was |has been )?(?:launched|began|started|begun)\b", info.lower
        ):
            info.historical = True  # "The Mosul offensive, launched on Monday, involves 30,000 troops": the campaign the news is part of
        if _AGGREGATE_FOLLOW.match(info.lower) and s.index > 0 and infos[s.index - 1].historical:
            info.historical = True  # "... 187 attacks in 2024. Most were small-scale: IEDs against army patrols ...": the same tally
        if _OVERVIEW.match(info.lower) or (s.index > 0 and infos[s.index - 1].overview and infos[s.index - 1].sent.paragraph == s.paragraph):
            # "Summary: one targeted killing in Diyala; labour protests in the south": told below;
            # "note: 3rd chkpt hit in 2 wks ... sdf detained ~15 ppl": the analyst's aside, to its paragraph's end
            info.historical = info.overview = True
        trend = _TREND.search(info.lower)
        appositive = trend is not None and info.lower[: trend.start()].rstrip().endswith(",") and info.date is not None and any(
            tokens[t.tok].idx - s.start_char < trend.start() for t in info.strong
        )  # "... handed over the Qayyarah base ... on Thursday, the latest in a series of transfers": this event is the latest
        if not info.has_casualties and trend is not None and not appositive:
            info.historical = True  # "It was the latest in a string of attacks on bases since Oct. 17": the trend, no event
        if " earlier this month" in f" {info.lower}" and not _WEEKDAY.search(info.lower):
            info.historical = True  # "Clashes broke out in Sheikh Maqsoud earlier this month before a truce": background
        if (info.date is None or info.approximate_date) and _SPREAD.search(info.lower):
            info.historical = True  # "Demonstrations spread across Sulaymaniyah province last week and turned violent in several districts": the summary of what follows
        if " last week" in info.lower and not _WEEKDAY.search(info.lower) and (info.date is None or info.approximate_date) and s.index > 1:
            info.historical = True  # "Soleimani was killed in a U.S. drone strike at Baghdad airport last week", told after the lead: background
        if info.date is None and _ONGOING.search(info.lower):
            info.historical = True  # "In all, 17 people were killed in the month": a period's sum, no event
        if published is not None and info.strong and all(t.sub_event_type == "Change to group/activity" for t in info.strong) and any(
            _MONTHS.get(m.group(1)) not in (None, published.month) for m in _PAST_MONTH.finditer(info.lower)
        ):
            info.historical = True  # "The offensive, launched in late December, has displaced ...": its start, told as background
        if published is not None and info.date is not None and info.strong and all(t.sub_event_type == "Change to group/activity" for t in info.strong) and (published - info.date).days > 7:
            info.historical = True  # "Assad and Russian forces began their offensive on April 30": its start, weeks ago
        if published is not None and info.date is not None and not info.approximate_date and (published - info.date).days > 45 and not _SINGLED_OUT.match(info.lower):
            info.historical = True  # an explicit date weeks before publication: background
        info.roles = {k: _role_of(tokens, m, s, parsed.has_parser) for k, m in enumerate(info.actors)}
    # "Two separate attacks left four people dead. In the first, ...": a sentence announcing
    # several events that are then told has no toll of its own (its sum is theirs)
    for n, info in enumerate(infos):
        several = _SEVERAL_EVENTS.search(info.lower) if info.has_casualties and not info.historical else None
        toll_at = re.search(r"\b(?:kill|dead|die|death|wound|injur|left)", info.lower)
        breakdown = several is not None and not several.group(0).startswith(("a ", "several", "multiple")) and re.search(r"\bin (?:at least |some )?$", info.lower[: several.start()]) is not None
        if several is None or (toll_at is not None and toll_at.start() < several.start() and not breakdown):
            continue  # "an attack that killed three, the latest in a series of assaults": the series is background
        told = [i for i in infos[n + 1 :] if not i.historical and (i.strong or i.has_casualties)]
        if len(told) >= 2 and any(i.has_casualties for i in told):
            info.killed = info.injured = None
            info.kinds = ("", "")
    # "The attack came during ..." after a historical account is still history
    last_eventful_historical = False
    for info in infos:
        eventful = bool(info.triggers) or info.killed is not None or info.injured is not None
        if not eventful:
            continue
        if info.historical:
            last_eventful_historical = True
            continue
        if last_eventful_historical and info.date is None and not info.eligible_places() and info.lower.startswith(_BACK_REFERENCES):
            info.historical = True
            continue
        last_eventful_historical = False
    return infos


_ALONG_WITH = re.compile(r"^(?:(both|the two)|(?:all )?(\w+)) [\w-]+(?: [\w-]+)? (?:were|was) killed,? along with (\w+) ")
_BOMBER_DIED = re.compile(r"^(?:the|both) (?:suicide )?bombers? (?:was |were )?(?:also )?(?:killed|died)\b|^the (?:attacker|assailant) (?:was )?(?:also )?(?:killed|died)\b")
_PARTY_OWN_TOLL = re.compile(r"\b(?:said|says|announced)\b[^.;]*\b(?:of its|of their) (?:members|fighters|men|cadres)\b[^.;]{0,30}\b(?:martyred|killed)")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_DIED = re.compile(r"\b(?:a|the) (" + "|".join(_ORDINALS) + r")\b(?:(?![.;]).){0,60}?\b(?:died|dies|has died|had died|succumbed|passed away)\b")
_INITIAL_TOLL = re.compile(r"\b(?:initial|initially|earlier|first|preliminary)\b[^.;]{0,40}?\btoll (?:at|to) (\d+|" + "|".join(_NUMBER_WORDS) + r")\b")
_TOLL_AT = re.compile(r"(?<!injury )(?<!casualty )\btoll (?:at|to) (?:at least )?(\w+)(?: (?:dead|killed|deaths|people dead|fatalities)\b|\s*[.,;]|\s*$)")


def _later_deaths(info: SentInfo) -> None:
    """A death told by its rank ("a fourth terrorist wounded in the raid has died", "a third
    injured man died") or a toll stated outright ("put the toll at three dead") makes the
    event's toll that number: an update, not one more death to add."""
    if info.historical:
        return
    if info.killed and info.kinds[0] != "claim" and _PARTY_OWN_TOLL.search(info.lower):
        info.kinds = ("claim", info.kinds[1])  # "Nujaba said three of its members had been 'martyred'": a party's figure never raises the toll told
    if info.kinds[0] == "claim":
        return
    along = _ALONG_WITH.search(info.lower)
    if along:
        first = 2 if along.group(1) in ("both", "the two") else _word_value(along.group(2) or "")
        second = _word_value(along.group(3))
        if first and second:
            info.killed, info.kinds = first + second, ("", info.kinds[1])  # "Both bombers were killed along with five soldiers": seven
            return
    if info.killed is None and _BOMBER_DIED.search(info.lower):
        info.killed, info.kinds, info.dead_side = 1, ("add", info.kinds[1]), "militants"  # "The bomber was also killed": ACLED counts him
        return
    died = _WOUNDED_DIED.search(info.lower)
    if died and info.injured and not _injured_outside(info.lower, died.span()):
        info.injured = None  # "A man wounded in Friday's clash died overnight": a death, no one else hurt
        info.kinds = (info.kinds[0], "")
    found = []
    ordinal = _ORDINAL_DIED.search(info.lower)
    if ordinal:
        found.append(_ORDINALS[ordinal.group(1)])
    initial = _INITIAL_TOLL.search(info.lower)
    if initial and info.kinds[0] == "add" and info.killed:
        # "Initial reports had put the toll at 11; three more bodies were recovered": 14, the toll told
        info.killed += _word_value(initial.group(1)) or 0
        info.kinds = ("", info.kinds[1])
        return
    toll = _TOLL_AT.search(info.lower)
    if toll and not _rival_figure(info.lower) and not re.search(r"\b(?:initial|initially|earlier|first|previous|preliminary)\b|\bhad (?:put|given)\b", info.lower):
        # ("Initial reports had put the toll at four": the figure the update replaced)
        value = _word_value(toll.group(1))
        if value is not None:
            found.append(value)
    if not found:
        return
    info.killed = max(found)
    info.kinds = ("update", info.kinds[1])
    if ordinal and info.injured and not _injured_outside(info.lower, ordinal.span()):
        info.injured = None  # "wounded in the raid" tells who died, not who else was hurt
        info.kinds = ("update", "")


def _injured_outside(lower: str, span: tuple[int, int]) -> bool:
    rest = lower[: span[0]] + " " + lower[span[1] :]
    return any(re.search(rf"\b{w}\b", rest) for w in _INJURE)


_COMMEMORATIVE = ("anniversary", "commemorat", "mass grave", "exhum", "memorial", "genocide", "remembrance", "years ago today", "years on,", "years after the massacre")


def _mentions_aircraft(lower: str) -> bool:
    """Jets, drones or "air strikes" are named: a later "strikes" are theirs."""
    words = re.findall(r"[a-z0-9-]+", lower)
    return any(
        w in _AIR_CONTEXT - {"air"} or (w == "air" and n + 1 < len(words) and words[n + 1] in ("strike", "strikes", "raid", "raids"))
        for n, w in enumerate(words)
    )


def _commemorative(infos: list[SentInfo]) -> bool:
    """The article's lead (its first sentences after a headline) is about a past atrocity."""
    body = [i for i in infos if i.sent.index not in headline_sentences(infos)][:2]
    head = [i for i in infos if i.sent.paragraph == 0][:1]
    return any(c in i.lower for i in body + head for c in _COMMEMORATIVE + _COURT_LEAD)


def _referred_after(tokens: Sequence[Tok], k: int, lo: int) -> bool:
    """The event word is the object of "after" ("two days after a deadly gunfight")."""
    return any(tokens[j].lower == "after" for j in range(max(lo, k - 4), k))


# a periodic report singles out one event of its period ("In one incident, on 14 February, ..."): told as an event
_AGGREGATE_FOLLOW = re.compile(r"^(?:most|many|some|nearly all|almost all|the majority|the bulk|a third|half|two-thirds)(?: of (?:them|these|those|the attacks|the incidents))? (?:were|was|involved|targeted|took place|happened|occurred)\b|^of (?:the total|these|those|them|the dead|the victims),")
# a bulletin's own overview lines sum up or weigh the items it lists
_OVERVIEW = re.compile(r"^\s*(?:summary(?=[^.]*(?:;|\bincidents\b|\bthis week\b|\bthe week\b|\bperiod\b|\bactivity\b))|assessment|outlook|analysis|context|ctx|note|notes|background|comment|key (?:points|judgements|judgments)|bottom line|overview|trend|trends)\s*(?:\([^)]{1,20}\)\s*)?[:|—–-]")
_DATELINE_DATE = re.compile(r"^[A-Z][A-Za-z'’ ./-]{1,40},\s+(?:[A-Z][A-Za-z]+,\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[—–-]+\s*")
_UNPLACED_CLAIM = re.compile(r"\bneutrali[sz]ed\b|\bwithout giving (?:a |any )?locations?\b|\bdid not (?:give|say|specify) (?:a |any |the )?(?:location|where)")
_SINGLED_OUT = re.compile(r"^(?:in|during) (?:one|another|a separate|the (?:deadliest|worst|most serious)) (?:such )?(?:incident|case|attack)\b")


_BACK_REFERENCES = ("the attack", "the massacre", "the bombing", "the killings", "the campaign", "the strike", "the assault", "that attack", "it ", "this ")


def is_sports(parsed: Parsed) -> bool:
    words = Counter(t.lower for t in parsed.tokens if t.lower in _SPORTS)
    return sum(words.values()) >= 3 and len(words) >= 2


def extract(
    parsed: Parsed,
    places: list[PlaceMention],
    actors: list[ActorMention],
    gazetteer: Gazetteer,
    published: dt.date | None = None,
) -> list[Incident]:
    """The incidents a parsed article reports, in the order they are told."""
    infos = analyze_sentences(parsed, places, actors, gazetteer, published)
    if is_sports(parsed) and not any(i.has_casualties for i in infos):
        return []
    incidents: list[Incident] = []
    only_province = _only_province(places, gazetteer)
    clusters = merge_clusters(cluster_sentences(infos, gazetteer), gazetteer)
    if _commemorative(infos):
        # an article about an anniversary, a mass grave or a memorial: only an event dated
        # in the news's own days is one
        clusters = [c for c in clusters if any(i.date is not None and not i.historical for i in _eventful(c).infos)]
    for cluster in clusters:
        event_type, sub = _event_type(cluster)
        # where the event is told first: a village in the background does not outrank it
        location, label = _location(_eventful(cluster), gazetteer)
        if location is None or location.precision in ("country", "province"):
            wider, wider_label = _location(cluster, gazetteer)
            if location is None or (
                wider is not None
                and _PRECISION_RANK.get(wider.precision, 0) > _PRECISION_RANK[location.precision]
                and wider.country_code == location.country_code
                and (location.precision == "country" or wider.province_code == location.province_code)
            ):
                # no place in the event's own sentences, or a finer one told next ("ambushed a bus
                # in eastern Syria ... It came under fire near Kabajeb")
                location, label = wider, wider_label
        if location is None:
            location, label = _road_location(_eventful(cluster), gazetteer)
        if location is None and only_province is not None:
            # "Separately, regime forces shelled <an unlisted village>": the article's province
            location, label = _to_location(only_province, gazetteer), only_province.name
        if (location is None or location.precision == "country") and any(_UNPLACED_CLAIM.search(i.lower) for i in cluster.infos):
            continue  # "its forces 'neutralised' six PKK members in northern Iraq", no place given: no codable event
        covered = gazetteer.covered_countries
        if location is None or location.country_code not in covered:
            # a foreign country named with the event: its place in the lists' countries if the
            # cluster names one ("heading to Tishrin Dam"), else not the team's to code ("a
            # drone attack on a US base in Jordan")
            nearby = [
                m for i in cluster.infos for m in i.places
                if m.role in ("", "between", "destination", "reference") and m.place.country_code in covered and m.place.kind != "country"
            ]
            if not nearby and location is None:
                pass  # no place at all: the card says so
            elif not nearby:
                continue
            else:
                best = max(nearby, key=lambda m: _PRECISION_RANK[m.place.precision])
                location, label = _to_location(best.place, gazetteer), best.place.name
        roles = _actors(cluster, event_type, sub)
        if sub in ("Non-state actor overtakes territory", "Government regains territory"):
            sub = _territory_taker(cluster, sub)
        killed, injured = _casualty_totals(cluster)
        if event_type == "Strategic developments" and sub == "Change to group/activity" and (killed or injured):
            event_type, sub = "Battles", "Armed clash"
        if sub == "Abduction/forced disappearance" and killed:
            sub = "Attack"  # ACLED: people abducted and killed are coded as the killing
        dates = [(i.date, i.approximate_date) for i in cluster.infos if i.date is not None]
        date, approx = dates[0] if dates else (None, False)
        if date is None and incidents and incidents[-1].date and _SAME_DAY.search(cluster.infos[0].lower[:60]):
            date = dt.date.fromisoformat(incidents[-1].date)  # "On the same night, an IED ...": the day just told
        evidence = [i.sent.text for i in cluster.infos if i.strong or i.has_casualties or i.eligible_places()]
        trigger_first = [i.sent.text for i in cluster.infos if i.strong or i.has_casualties]
        summary = _summary(event_type, sub, roles, label, location, date, killed, injured, trigger_first or evidence)
        incidents.append(
            Incident(
                summary=summary,
                event_type=event_type,
                sub_event_type=sub,
                date=date.isoformat() if date else None,
                location=location,
                actors=_actor_refs(roles),
                killed=killed,
                injured=injured,
                evidence=evidence,
                confidence=_confidence(location, roles, killed, injured, date, approx, sum(len(i.strong) for i in cluster.infos)),
            )
        )
    return incidents


def _actor_refs(roles: list[tuple[Actor, str, str]]) -> list[ActorRef]:
    return [ActorRef(name=a.name, matched=m, role=r, type=a.type) for a, m, r in roles]
