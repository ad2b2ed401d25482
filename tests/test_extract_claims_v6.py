"""Claims battery (issue 12, round 6): hand-written sentences of the kinds analysts read, one class per group.

Every sentence is our own wording (statements, press conferences, news, magazine analysis, think-tank commentary, UN
speeches, encyclopedia entries). Each case gives the claims a careful annotator would record under
``docs/annotation-guide.md``; a case is right when the reader returns exactly those (optional ones may be present or
not) — matched as the scorer matches: measure, subject, value within 2 %, unit, partner and period when given.

``python tests/test_extract_claims_v6.py`` prints the share of the battery that is right and the cases that are not.
"""

from __future__ import annotations

from typing import Any

import pytest

from multipolar.sources.document import SourceDocument

PUB = "2021-05-17"
# (measure, subject, partner or None = unchecked, value, unit, period or None = unchecked)
Exp = tuple[str, "str | None", "str | None", float, str, "str | None"]

# class -> [(text, required, optional)]
BATTERY: dict[str, list[tuple[str, list[Exp], list[Exp]]]] = {
    "roles": [
        ("Turkish exports to Armenia of $300m were recorded last year.",
         [("export_value", "TUR", "ARM", 3e8, "usd", "2020")], []),
        ("Armenia's imports from Turkey were worth $250 million in 2019.",
         [("import_value", "ARM", "TUR", 2.5e8, "usd", "2019")], []),
        ("Exports from Georgia to China rose to $1.1bn in 2020.",
         [("export_value", "GEO", "CHN", 1.1e9, "usd", "2020")], []),
        ("In 2018 China exported goods worth $900 million to Azerbaijan.",
         [("export_value", "CHN", "AZE", 9e8, "usd", "2018")], []),
        ("Kazakhstan's trade with Russia reached $24bn in 2019.",
         [("trade_value", "KAZ", "RUS", 2.4e10, "usd", "2019")], []),
        ("Iran imported $2bn of goods from China last year, officials said.",
         [("import_value", "IRN", "CHN", 2e9, "usd", "2020")], []),
        ("Georgian exports to Russia of $450m in 2019 were mostly wine and mineral water.",
         [("export_value", "GEO", "RUS", 4.5e8, "usd", "2019")], []),
        ("In 2019 Armenia exported $650 million worth of goods to Russia.",
         [("export_value", "ARM", "RUS", 6.5e8, "usd", "2019")], []),
        ("Chinese imports into Georgia grew to $1bn in 2020.",
         [("import_value", "GEO", "CHN", 1e9, "usd", "2020")], []),
        ("Georgia depends on Russia for wheat. Its imports from Russia reached $400m in 2019.",
         [("import_value", "GEO", "RUS", 4e8, "usd", "2019")], []),
        ("Armenia buys most of its gas from Russia. Its imports of Russian gas cost $300m in 2019.",
         [("import_value", "ARM", "RUS", 3e8, "usd", "2019")], []),
        ("Azerbaijan sold gas worth $3bn to Italy in 2019.",
         [("export_value", "AZE", "ITA", 3e9, "usd", "2019")], []),
        ("Chinese investment in Georgia totalled $650m between 2005 and 2019.",
         [("investment_value", "GEO", "CHN", 6.5e8, "usd", "2005/2019")], []),
        ("Kazakhstan's exports to the EU were worth €20bn in 2019.",
         [("export_value", "KAZ", "EU", 2e10, "eur", "2019")], []),
        ("Russia granted Armenia a loan of $100m in 2019.",
         [("loan_value", "ARM", "RUS", 1e8, "usd", "2019")], []),
        ("Turkey's imports from China reached 20 billion US dollars last year.",
         [("import_value", "TUR", "CHN", 2e10, "usd", "2020")], []),
        ("Turkey's imports from China rose sharply. Last year, bilateral trade reached 24 billion US dollars.",
         [("trade_value", "TUR", "CHN", 2.4e10, "usd", "2020")], []),
        ("Russia supplies Armenia with gas worth about $400 million a year.",
         [("export_value", "RUS", "ARM", 4e8, "usd", None)], []),
        ("Kazakhstan received US$2bn in Chinese loans in 2018.",
         [("loan_value", "KAZ", "CHN", 2e9, "usd", "2018")], []),
        ("Beijing's investment in Georgian ports reached $150m in 2019.",
         [("investment_value", "GEO", "CHN", 1.5e8, "usd", "2019")], []),
        ("The President welcomed the $1.5 billion in U.S. assistance to Ukraine announced this year.",
         [("aid_value", "UKR", "USA", 1.5e9, "usd", None)], []),
        ("Iran's oil exports to China averaged about 600,000 barrels per day in 2020.",
         [("other", "IRN", "CHN", 6e5, "barrels_per_day", "2020")], []),
    ],
    "list_items": [
        ("Georgia's main export markets are Russia (13%), followed by China (12%) and Azerbaijan (10%).",
         [("export_share", "GEO", "RUS", 13, "percent", None), ("export_share", "GEO", "CHN", 12, "percent", None),
          ("export_share", "GEO", "AZE", 10, "percent", None)],
         [("export_partner_rank", "GEO", "RUS", 1, "rank", None)]),
        ("Armenia trades mostly with its neighbours. Its main partners are Russia, followed by China (12 %).",
         [("trade_share", "ARM", "CHN", 12, "percent", None)],
         [("trade_partner_rank", "ARM", "RUS", 1, "rank", None)]),
        ("China accounted for 15% of Kazakhstan's imports in 2020.",
         [("import_share", "KAZ", "CHN", 15, "percent", "2020")], []),
        ("Russia takes 30 per cent of Armenian exports.",
         [("export_share", "ARM", "RUS", 30, "percent", None)], []),
        ("The EU is Georgia's largest trading partner, accounting for 21% of its trade.",
         [("trade_partner_rank", "GEO", "EU", 1, "rank", None), ("trade_share", "GEO", "EU", 21, "percent", None)],
         []),
        ("About 40 percent of Azerbaijan's exports go to Italy.",
         [("export_share", "AZE", "ITA", 40, "percent", None)], []),
        ("Turkey's share of Georgian imports was 17% in 2019.",
         [("import_share", "GEO", "TUR", 17, "percent", "2019")], []),
        ("Turkey sells mostly to Europe. Germany alone takes 9% of its exports.",
         [("export_share", "TUR", "DEU", 9, "percent", None)], []),
        ("The EU imported 40% of its gas from Russia in 2019.",
         [("import_share", "EU", "RUS", 40, "percent", "2019")], []),
        ("Russia accounts for roughly a third of Armenia's trade.",
         [("trade_share", "ARM", "RUS", 33.33, "percent", None)], []),
    ],
    "ranks": [
        ("China is Armenia's second-largest trading partner.",
         [("trade_partner_rank", "ARM", "CHN", 2, "rank", None)], []),
        ("Russia remains Belarus's biggest export market.",
         [("export_partner_rank", "BLR", "RUS", 1, "rank", None)], []),
        ("Germany was Georgia's third-biggest supplier in 2020.",
         [("import_partner_rank", "GEO", "DEU", 3, "rank", "2020")], []),
        ("China is Kazakhstan's largest trading partner and its second-largest export market.",
         [("trade_partner_rank", "KAZ", "CHN", 1, "rank", None),
          ("export_partner_rank", "KAZ", "CHN", 2, "rank", None)], []),
        ("Turkey is one of Azerbaijan's top five trading partners.",
         [("trade_partner_rank", "AZE", "TUR", 5, "rank", None)], []),
        ("Georgia placed 35th out of 180 countries in the press freedom index.",
         [("other", "GEO", None, 35, "rank", None)], []),
        ("Armenia ranked 49th in the 2020 edition of the index.",
         [("other", "ARM", None, 49, "rank", None)], []),
        ("Kazakhstan is the world's ninth-largest country by area.",
         [("other", "KAZ", None, 9, "rank", None)], []),
        ("According to the bank, Azerbaijan was rated first out of 150 economies for starting a business.",
         [("other", "AZE", None, 1, "rank", None)], []),
        ("Moldova came 12th in the regional survey of judicial independence.",
         [("other", "MDA", None, 12, "rank", None)], []),
        ("Moldova ranked 91st in the Democracy Index and 105th of 180 in the Corruption Perceptions Index.",
         [("other", "MDA", None, 91, "rank", None), ("other", "MDA", None, 105, "rank", None)], []),
        ("Georgia is 35th in the press freedom index.",
         [("other", "GEO", None, 35, "rank", None)], []),
        ("Armenia was second among 40 countries in the survey of online services.",
         [("other", "ARM", None, 2, "rank", None)], []),
    ],
    "people": [
        ("Two and a half thousand Georgian citizens were evacuated from Ukraine.",
         [("people_count", "GEO", None, 2500, "people", None)], []),
        ("Some 1.2m Syrians have fled to Turkey since the war began.",
         [("people_count", "SYR", None, 1.2e6, "people", None)], []),
        ("Over 400 Chinese companies operate in Turkey.",
         [("other", "CHN", None, 400, "count", None)], []),
        ("The fighting left at least 65 soldiers dead.",
         [("people_count", None, None, 65, "people", None)], []),
        ("More than 100,000 people have fled Nagorno-Karabakh, the White House said.",
         [("people_count", None, None, 1e5, "people", None)], []),
        ("Nearly three hundred people were wounded in the clashes.",
         [("people_count", None, None, 300, "people", None)], []),
        ("Over 90,000 Armenians fled Nagorno-Karabakh within a week.",
         [("people_count", "ARM", None, 9e4, "people", None)], []),
        ("Half a million Ukrainians have sought refuge in Poland.",
         [("people_count", "UKR", None, 5e5, "people", None)], []),
        ("Georgia has a population of 3.7 million.",
         [("people_count", "GEO", None, 3.7e6, "people", None)], []),
        ("More than 1 million Azerbaijanis became refugees or internally displaced persons.",
         [("people_count", "AZE", None, 1e6, "people", None)], []),
        ("Turkey hosts about 3.6 million Syrian refugees.",
         [("people_count", "SYR", None, 3.6e6, "people", None)], []),
        ("Russia has deployed nearly 2,000 peacekeepers along the Lachin corridor.",
         [("people_count", "RUS", None, 2000, "people", None)], [("other", "RUS", None, 2000, "troops", None)]),
        ("Some 2,000 Russian peacekeepers are deployed in the region.",
         [("people_count", "RUS", None, 2000, "people", None)], [("other", "RUS", None, 2000, "troops", None)]),
        ("An avalanche killed 14 people in northern Georgia on Monday.",
         [("people_count", None, None, 14, "people", None)], [("people_count", "GEO", None, 14, "people", None)]),
    ],
    "money_currency": [
        ("The EU pledged €2.6bn in aid to Ukraine.",
         [("aid_value", "UKR", "EU", 2.6e9, "eur", None)], []),
        ("Britain has given £300 million in military aid to Ukraine since February.",
         [("aid_value", "UKR", "GBR", 3e8, "gbp", None)], []),
        ("China has invested 5 billion yuan in Kyrgyzstan's railways.",
         [("investment_value", "KGZ", "CHN", 5e9, "cny", None)], []),
        ("Germany has invested EUR 40 million in Georgian hydropower.",
         [("investment_value", "GEO", "DEU", 4e7, "eur", None)], []),
        ("Switzerland provided CHF 20 million in humanitarian assistance to Armenia.",
         [("aid_value", "ARM", "CHE", 2e7, "chf", None)], []),
        ("Turkey's exports to Azerbaijan were worth 12 billion lira in 2020.",
         [("export_value", "TUR", "AZE", 1.2e10, "try", "2020")], []),
        ("Japan extended a loan of ¥10bn to Uzbekistan for a power plant.",
         [("loan_value", "UZB", "JPN", 1e10, "jpy", None)], []),
        ("Russia's gas exports to China brought in 300 billion roubles last year.",
         [("export_value", "RUS", "CHN", 3e11, "rub", "2020")], []),
        ("The World Bank approved a $50m loan to Armenia in March.",
         [("loan_value", "ARM", None, 5e7, "usd", None)], []),
    ],
    "relative_periods": [
        ("The US has given more than $300 million in aid to Moldova since February 2020, including $80 million "
         "in budget support announced last month.",
         [("aid_value", "MDA", "USA", 3e8, "usd", "2020-02"), ("aid_value", "MDA", "USA", 8e7, "usd", "2021-04")], []),
        ("Last year Armenia's exports to Russia reached $850m.",
         [("export_value", "ARM", "RUS", 8.5e8, "usd", "2020")], []),
        ("Two years ago, Georgia's trade with China was $1.5bn.",
         [("trade_value", "GEO", "CHN", 1.5e9, "usd", "2019")], []),
        ("Bilateral trade between China and Georgia exceeded 1.5 billion US dollars last year.",
         [("trade_value", "GEO", "CHN", 1.5e9, "usd", "2020")], []),
        ("Turkey's trade with Azerbaijan was $4.5bn in 2020, up from $3.7bn the year before.",
         [("trade_value", "TUR", "AZE", 4.5e9, "usd", "2020"),
          ("trade_value", "TUR", "AZE", 3.7e9, "usd", "2019")], []),
        ("This year Azerbaijan's imports from Russia are expected to pass $2bn.",
         [], [("import_value", "AZE", "RUS", 2e9, "usd", "2021")]),
    ],
    "growth_area_distance": [
        ("Trade between China and Azerbaijan has tripled since 2010.",
         [("trade_growth", "AZE", "CHN", 3, "times", "2010/2021")], []),
        ("Armenia covers 29,743 square kilometres.",
         [("area", "ARM", None, 29743, "km2", None)], []),
        ("Armenia has an area of 29,743 km2 and a population of about 2.9 million.",
         [("area", "ARM", None, 29743, "km2", None), ("people_count", "ARM", None, 2.9e6, "people", None)], []),
        ("Russia occupies 20 per cent of Georgia's territory.",
         [("other", "GEO", None, 20, "percent", None)], []),
        ("Armenian forces held about a fifth of the territory of Azerbaijan for decades.",
         [("other", "AZE", None, 20, "percent", None)], []),
        ("For years Azerbaijan has occupied 20 per cent of the territory of Armenia.",
         [("other", "ARM", None, 20, "percent", None)], []),
        ("China's defence budget is four times that of India.",
         [("other", "CHN", "IND", 4, "times", None)], []),
        ("A court in Baku sentenced two Armenian soldiers to 15 years in prison.",
         [("people_count", "ARM", None, 2, "people", None), ("other", "ARM", None, 15, "years", None)], []),
        ("The government of Georgia cut the number of ministries from 19 to 14.",
         [("other", "GEO", None, 14, "count", None)], [("other", "GEO", None, 19, "count", None)]),
        ("The Turkish lira has fallen by 25% against the dollar since January.",
         [("other", "TUR", None, 25, "percent", None)], []),
        ("The rouble traded at 75 to the dollar in March.",
         [("other", "RUS", None, 75, "rub_per_usd", None)], []),
        ("Turkey's inflation hit 19.6% in February.",
         [("other", "TUR", None, 19.6, "percent", None)], []),
        ("Georgia is a party to 14 United Nations conventions on terrorism.",
         [("other", "GEO", None, 14, "count", None)], []),
        ("Russia still occupies three villages of Georgia.",
         [("other", "GEO", None, 3, "count", None)], []),
        ("Floods damaged 14 districts of Tajikistan, Russia's emergencies ministry said.",
         [("other", "TJK", None, 14, "count", None)], []),
        ("Nearly two thirds of the UN membership abstained on the resolution on Armenia.",
         [("other", None, None, 66.67, "percent", None)], []),
        ("China accounts for about 18 per cent of the world's population.",
         [("other", "CHN", None, 18, "percent", None)], []),
        ("Last year the resolution on Georgia was adopted with 98 States voting in favour.",
         [("other", None, None, 98, "count", None)], []),
        ("Kazakhstan won the seat, receiving the votes of 140 countries.",
         [("other", "KAZ", None, 140, "count", None)], []),
    ],
    "not_claims": [
        ("In 1994, a ceasefire was signed in Bishkek.", [], []),
        ("The meeting took place on 12 March 2021 in Moscow.", [], []),
        ("Article 5 of the Washington Treaty commits allies to collective defence.", [], []),
        ("Security Council resolution 2231 endorsed the nuclear deal with Iran.", [], []),
        ("For more information call +1 202 456 1111.", [], []),
        ("The twenty-first century brings new challenges for Georgia.", [], []),
        ("Georgia hosted the 35th session of the committee.", [], []),
        ("President Biden met Prime Minister Pashinyan at 10:30 a.m. at the White House.", [], []),
        ("Flight 752 crashed near Tehran.", [], []),
        ("See paragraph 12 of the declaration adopted by Armenia.", [], []),
        ("Ukraine adopted Law No. 1234 on the state language.", [], []),
        ("The S-400 systems were delivered to Turkey.", [], []),
        ("The two leaders spoke by phone on Tuesday.", [], []),
        ("He was born on 5 May 1965 in Tbilisi.", [], []),
        ("Resolution 62/243 on Azerbaijan was adopted by the Assembly.", [], []),
        ("The 2030 Agenda guides Georgia's development plans.", [], []),
        ("Georgia's report, all 84 pages of it, was sent to Brussels.", [], []),
        ("The G20 leaders gathered in Rome to discuss Iran.", [], []),
        ("Route E60 links Georgia with Azerbaijan.", [], []),
        ("Armenia is the first country in the region to sign the charter.", [], []),
        ("Azerbaijan will host the 29th Conference of the Parties.", [], []),
        ("Pages 14-17 of the annex list the Russian units.", [], []),
        ("The ministers met for the third time in Geneva.", [], [("other", None, None, 3, "count", None)]),
        ("Georgia's economy shrank in the first half of 2020.", [], []),
        ("Armenia launched two satellites, with a third, still unnamed, due next year.", [], []),
        ("The A/75/PV.12 record notes Azerbaijan's statement.", [], []),
        ("Armenian forces fired 82 and 120 millimetre mortars at the village.", [], []),
        ("Azerbaijan was ranked thirty-seventh of 140 countries.", [("other", "AZE", None, 37, "rank", None)], []),
        ("Iran hosted the 3+3 format talks on the South Caucasus.", [], []),
        ("Recommendations:\n\n1. The EU should fund ports in Georgia.\n2) Armenia should open its border.", [], []),
        ("Temperatures reached 40 degrees in Baku last week.", [], []),
    ],
}


#: a second battery, written after the mechanisms above were built and measured before any change made for it: the
#: reader's own held-out check (new wording, new states, same classes)
BATTERY2: dict[str, list[tuple[str, list[Exp], list[Exp]]]] = {
    "roles": [
        ("Uzbek exports to Kazakhstan of $1.3bn were recorded in 2019.",
         [("export_value", "UZB", "KAZ", 1.3e9, "usd", "2019")], []),
        ("Moldova's imports from Romania amounted to $1.1 billion in 2020.",
         [("import_value", "MDA", "ROU", 1.1e9, "usd", "2020")], []),
        ("Serbia bought Chinese drones worth $200 million last year.",
         [("import_value", "SRB", "CHN", 2e8, "usd", "2020")], []),
        ("Turkmenistan depends on China for revenue. Its exports of gas to China earned $8bn in 2019.",
         [("export_value", "TKM", "CHN", 8e9, "usd", "2019")], []),
        ("Indian exports to Iran fell to $1.8bn in 2020, the ministry said.",
         [("export_value", "IND", "IRN", 1.8e9, "usd", "2020")], []),
        ("Japanese investment in Kazakhstan reached $700m in 2018.",
         [("investment_value", "KAZ", "JPN", 7e8, "usd", "2018")], []),
        ("Beijing lent Tajikistan $300 million to build roads in 2017.",
         [("loan_value", "TJK", "CHN", 3e8, "usd", "2017")], []),
        ("Trade between Ukraine and Poland was worth €8bn in 2019.",
         [("trade_value", "UKR", "POL", 8e9, "eur", "2019")], []),
    ],
    "list_items": [
        ("Kyrgyzstan's main trading partners are China (35%), Russia (24%) and Kazakhstan (12%).",
         [("trade_share", "KGZ", "CHN", 35, "percent", None), ("trade_share", "KGZ", "RUS", 24, "percent", None),
          ("trade_share", "KGZ", "KAZ", 12, "percent", None)],
         [("trade_partner_rank", "KGZ", "CHN", 1, "rank", None)]),
        ("Belarus relies on one market. Its main buyers are Russia, followed by Ukraine (11 %).",
         [("export_share", "BLR", "UKR", 11, "percent", None)],
         [("export_partner_rank", "BLR", "RUS", 1, "rank", None)]),
        ("Germany accounts for about 9% of Turkey's exports.",
         [("export_share", "TUR", "DEU", 9, "percent", None)], []),
        ("Nearly half of Mongolia's imports come from China.",
         [("import_share", "MNG", "CHN", 50, "percent", None)], []),
    ],
    "ranks": [
        ("Russia is Kazakhstan's largest supplier of goods.",
         [("import_partner_rank", "KAZ", "RUS", 1, "rank", None)], []),
        ("China became Iran's biggest export destination in 2018.",
         [("export_partner_rank", "IRN", "CHN", 1, "rank", "2018")], []),
        ("Georgia was ranked 7th out of 190 economies for ease of doing business.",
         [("other", "GEO", None, 7, "rank", None)], []),
        ("Belarus dropped to 153rd place in the index this year.",
         [("other", "BLR", None, 153, "rank", None)], []),
    ],
    "people": [
        ("Some 3,500 Ukrainian refugees have arrived in Georgia since March.",
         [("people_count", "UKR", None, 3500, "people", None)], []),
        ("At least forty civilians were killed and 120 were wounded in the shelling.",
         [("people_count", None, None, 40, "people", None), ("people_count", None, None, 120, "people", None)], []),
        ("Four Turkish soldiers were killed and two were wounded in northern Iraq.",
         [("people_count", "TUR", None, 4, "people", None), ("people_count", "TUR", None, 2, "people", None)], []),
        ("About 1.5 million people live in the capital of Armenia.",
         [("people_count", "ARM", None, 1.5e6, "people", None)], []),
        ("Police detained roughly 700 protesters in Minsk on Sunday.",
         [("people_count", "BLR", None, 700, "people", None)], []),
    ],
    "money_currency": [
        ("France will provide €100 million in aid to Lebanon.",
         [("aid_value", "LBN", "FRA", 1e8, "eur", None)], []),
        ("The UK pledged £50m of humanitarian assistance to Afghanistan.",
         [("aid_value", "AFG", "GBR", 5e7, "gbp", None)], []),
        ("Russia invested 40 billion rubles in Crimea's bridges.",
         [("investment_value", "UKR", "RUS", 4e10, "rub", None)],
         [("investment_value", "RUS", None, 4e10, "rub", None)]),
        ("Kazakhstan's exports to China earned 2 trillion tenge in 2020.",
         [("export_value", "KAZ", "CHN", 2e12, "kzt", "2020")], []),
    ],
    "periods_growth_territory": [
        ("Last year Uzbekistan's trade with Russia grew to $7bn.",
         [("trade_value", "UZB", "RUS", 7e9, "usd", "2020")], []),
        ("Trade between India and Armenia has doubled since 2015.",
         [("trade_growth", "ARM", "IND", 2, "times", "2015/2021")], []),
        ("Moscow-backed separatists control about 7 per cent of Ukraine's territory.",
         [("other", "UKR", None, 7, "percent", None)], []),
        ("Turkish troops hold roughly a third of the territory of Cyprus.",
         [("other", "CYP", None, 33.33, "percent", None)], []),
        ("Kyrgyzstan covers 199,951 square kilometres.",
         [("area", "KGZ", None, 199951, "km2", None)], []),
    ],
    "not_claims": [
        ("Resolution 1244 of the Security Council concerns Serbia.", [], []),
        ("The talks were held on 3 April 2019 in Ankara.", [], []),
        ("Paragraph 7 of the joint statement refers to Iran.", [], []),
        ("Kazakhstan marked the 30th anniversary of its independence.", [], []),
        ("The F-35 programme excluded Turkey.", [], []),
        ("The 21st Congress of the party opened in Minsk.", [], []),
        ("In 2008 Russia recognised the two breakaway regions.", [], []),
        ("The minister, 54, resigned on Friday in Kyiv.", [], []),
        ("Georgia's 2030 development strategy was presented in Tbilisi.", [], []),
        ("Call the embassy in Baku at 012 498 0335 for visas.", [], []),
    ],
}


#: a third battery, written at the end (06:03 UTC) and measured before any change for it: the reader's last own check
BATTERY3: dict[str, list[tuple[str, list[Exp], list[Exp]]]] = {
    "mixed": [
        ("Latvia's exports to Russia fell to €1.2bn in 2019.",
         [("export_value", "LVA", "RUS", 1.2e9, "eur", "2019")], []),
        ("Vietnam buys about a fifth of its weapons from Russia.",
         [("import_share", "VNM", "RUS", 20, "percent", None)], [("other", "VNM", "RUS", 20, "percent", None)]),
        ("China is now Brazil's largest export market, ahead of the United States.",
         [("export_partner_rank", "BRA", "CHN", 1, "rank", None)], []),
        ("South Korea invested $1.2 billion in Uzbek energy projects in 2019.",
         [("investment_value", "UZB", "KOR", 1.2e9, "usd", "2019")], []),
        ("Some 7,000 Afghan refugees crossed into Tajikistan last week.",
         [("people_count", "AFG", None, 7000, "people", None)], []),
        ("The earthquake left at least 2,000 people dead in western Afghanistan.",
         [("people_count", None, None, 2000, "people", None)], [("people_count", "AFG", None, 2000, "people", None)]),
        ("Finland shares a 1,340 km border with Russia.",
         [("distance", "FIN", "RUS", 1340, "km", None)], [("distance", "FIN", None, 1340, "km", None)]),
        ("Japan has pledged ¥500bn in loans to India.",
         [("loan_value", "IND", "JPN", 5e11, "jpy", None)], []),
        ("Trade between Egypt and Russia rose to 4.7 billion US dollars last year.",
         [("trade_value", "EGY", "RUS", 4.7e9, "usd", "2020")], []),
        ("Kenya placed 23rd out of 54 African states in the governance index.",
         [("other", "KEN", None, 23, "rank", None)], []),
        ("Nearly 40 per cent of Syria's territory was outside government control.",
         [("other", "SYR", None, 40, "percent", None)], []),
        ("Norway supplies about 30% of the EU's gas imports.",
         [("import_share", "EU", "NOR", 30, "percent", None)], []),
        ("Poland's trade with Germany exceeded €120bn in 2019.",
         [("trade_value", "POL", "DEU", 1.2e11, "eur", "2019")], []),
        ("Israel sold Azerbaijani forces drones worth $700m, Israeli media reported.",
         [("export_value", "ISR", "AZE", 7e8, "usd", None)], []),
        ("Mongolia is Russia's 40th trading partner.",
         [("trade_partner_rank", "RUS", "MNG", 40, "rank", None)], []),
        ("Canada will give 20 million Canadian dollars in aid to Haiti.",
         [("aid_value", "HTI", "CAN", 2e7, "cad", None)], []),
    ],
    "not_claims": [
        ("Ukraine's 93rd Mechanised Brigade fought near Bakhmut.", [], []),
        ("Iran's 12-day war with Israel ended in June.", [], [("other", "IRN", "ISR", 12, "days", None)]),
        ("The G7 summit in Hiroshima discussed China.", [], []),
        ("Protocol No. 14 to the Convention entered into force for Turkey.", [], []),
        ("On 9/11 the United States was attacked.", [], []),
        ("The Soviet Union collapsed in 1991, and Kazakhstan became independent.", [], []),
    ],
}


def _match(c: Any, e: Exp) -> bool:
    measure, subject, partner, value, unit, period = e
    return (c.measure == measure and c.subject == subject and c.unit == unit and
            (partner is None or c.partner == partner) and (period is None or c.period == period) and
            abs(c.value - value) <= 0.02 * abs(value))


def judge(claims: list[Any], required: list[Exp], optional: list[Exp]) -> tuple[int, int, int]:
    """(true hits, false hits, misses) of one case."""
    used: set[int] = set()
    tp = 0
    for e in required:
        i = next((i for i, c in enumerate(claims) if i not in used and _match(c, e)), None)
        if i is not None:
            used.add(i)
            tp += 1
    for e in optional:
        i = next((i for i, c in enumerate(claims) if i not in used and _match(c, e)), None)
        if i is not None:
            used.add(i)
    return tp, len(claims) - len(used), len(required) - tp


def read(extractor: Any, text: str, published: str | None = PUB) -> list[Any]:
    doc = SourceDocument(text=text, origin="test", kind="text", published=published)
    return list(extractor.extract(doc).claims)


CASES = [(cls, i, text, req, opt) for cls, rows in BATTERY.items() for i, (text, req, opt) in enumerate(rows)]
CASES2 = [(f"b2-{cls}", i, text, req, opt) for cls, rows in BATTERY2.items()
          for i, (text, req, opt) in enumerate(rows)]
CASES3 = [(f"b3-{cls}", i, text, req, opt) for cls, rows in BATTERY3.items()
          for i, (text, req, opt) in enumerate(rows)]
#: cases the reader still gets wrong (kept visible: they fail loudly once fixed, strict xfail)
KNOWN_MISSES: set[tuple[str, int]] = set()


@pytest.mark.parametrize(("cls", "i", "text", "req", "opt"),
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}",
                                       marks=[pytest.mark.xfail(strict=True)] if (c[0], c[1]) in KNOWN_MISSES
                                       else []) for c in CASES + CASES2 + CASES3])
def test_battery(extractor: Any, cls: str, i: int, text: str, req: list[Exp], opt: list[Exp]) -> None:
    got = read(extractor, text)
    tp, fp, fn = judge(got, req, opt)
    assert (fp, fn) == (0, 0), [(c.measure, c.subject, c.partner, c.value, c.unit, c.period) for c in got]


if __name__ == "__main__":  # the share of the battery that is right, per class
    import sys

    from multipolar.extract.pipeline import default_extractor

    ex = default_extractor()
    total = right = 0
    per: dict[str, list[int]] = {}
    tps = fps = fns = 0
    for cls, i, text, req, opt in CASES + CASES2 + CASES3:
        got = read(ex, text)
        tp, fp, fn = judge(got, req, opt)
        tps, fps, fns = tps + tp, fps + fp, fns + fn
        ok = fp == 0 and fn == 0
        per.setdefault(cls, [0, 0])
        per[cls][0] += ok
        per[cls][1] += 1
        total += 1
        right += ok
        if not ok and "-q" not in sys.argv:
            keys = [(c.measure, c.subject, c.partner, c.value, c.unit, c.period) for c in got]
            print(f"WRONG {cls}-{i}: {text}\n   got {keys}")
    for cls, (r, n) in per.items():
        print(f"{cls:22s} {r}/{n}")
    print(f"battery: {right}/{total} cases right ({right / total:.1%}); claims tp {tps} fp {fps} fn {fns}")
