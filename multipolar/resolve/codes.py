"""Country and actor code tables: COW and Gleditsch–Ward → ISO3 (as rows to join in SQL), ISO2 → ISO3,
FIPS 10-4 → ISO3, partner names → ISO3, CAMEO actor country codes → ISO3 or group code.

Every function returns ``None`` for a code it does not know; loaders turn that into a reject with the
code and the column named, so an unknown code is reported, never silently dropped.

Decisions on historical states (COW ``ccode`` → code stored in the store)
--------------------------------------------------------------------------
* **Continuing states keep today's ISO3.** ``365`` (Russia / USSR 1816–) → ``RUS`` in every year, as the
  Russian Federation is the USSR's continuator state. ``255`` (Germany 1816–1945, 1990–) and ``260``
  (German Federal Republic 1955–1990) → ``DEU``: the Federal Republic is the same legal state as
  unified Germany. ``678`` (Yemen Arab Republic) and ``679`` (Yemen) → ``YEM``: ISO kept ``YE`` for the
  YAR at unification. In 1990 COW files can carry both codes of such a pair for the same year; both
  source rows are kept (``source_row`` tells them apart) — **sum flows, take the max of flags.**
* **Dissolved states without a successor take their ISO 3166-3 code:** ``265`` GDR → ``DDR``, ``315``
  Czechoslovakia → ``CSK``, ``680`` Yemen People's Republic → ``YMD``, ``345`` Yugoslavia → ``YUG``
  up to 2005 and ``SRB`` from 2006 (COW keeps 345 for Serbia after Montenegro's exit).
* ``347`` Kosovo → ``XKX`` (the user-assigned code used by the EU, IMF and World Bank).
* States that never had an ISO 3166 code (German and Italian states before unification,
  Austria-Hungary, Korea 1887–1905, Zanzibar 1963–64, Republic of Vietnam) → ``COW<ccode>``,
  e.g. ``COW300`` for Austria-Hungary; Gleditsch–Ward-only states → ``GW<gwcode>``.

Group codes (not states): ``EUU`` European Union, ``WEST1``/``WEST2`` FBIC's Western aggregates,
and the CAMEO regional codes in :data:`CAMEO_GROUPS` (``EUR`` Europe, ``CAU`` Caucasus, ``WST`` the West…).
``XXX`` means "partner not specified / unknown" (SIPRI "Unknown supplier(s)", Armstat "Unknown
country", Comtrade "Areas, nes"): kept so that totals add up, never mistaken for a state.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry

from ..domain import EU_MEMBERS as EU_MEMBERS  # re-exported: scripts/build_starter.py imports it from here

#: COW ccode → (COW abbreviation, stored code, COW name). From COW State System Membership v2016.
COW: dict[int, tuple[str, str, str]] = {
    2: ('USA', 'USA', 'United States of America'),
    20: ('CAN', 'CAN', 'Canada'),
    31: ('BHM', 'BHS', 'Bahamas'),
    40: ('CUB', 'CUB', 'Cuba'),
    41: ('HAI', 'HTI', 'Haiti'),
    42: ('DOM', 'DOM', 'Dominican Republic'),
    51: ('JAM', 'JAM', 'Jamaica'),
    52: ('TRI', 'TTO', 'Trinidad and Tobago'),
    53: ('BAR', 'BRB', 'Barbados'),
    54: ('DMA', 'DMA', 'Dominica'),
    55: ('GRN', 'GRD', 'Grenada'),
    56: ('SLU', 'LCA', 'St. Lucia'),
    57: ('SVG', 'VCT', 'St. Vincent and the Grenadines'),
    58: ('AAB', 'ATG', 'Antigua & Barbuda'),
    60: ('SKN', 'KNA', 'St. Kitts and Nevis'),
    70: ('MEX', 'MEX', 'Mexico'),
    80: ('BLZ', 'BLZ', 'Belize'),
    90: ('GUA', 'GTM', 'Guatemala'),
    91: ('HON', 'HND', 'Honduras'),
    92: ('SAL', 'SLV', 'El Salvador'),
    93: ('NIC', 'NIC', 'Nicaragua'),
    94: ('COS', 'CRI', 'Costa Rica'),
    95: ('PAN', 'PAN', 'Panama'),
    100: ('COL', 'COL', 'Colombia'),
    101: ('VEN', 'VEN', 'Venezuela'),
    110: ('GUY', 'GUY', 'Guyana'),
    115: ('SUR', 'SUR', 'Suriname'),
    130: ('ECU', 'ECU', 'Ecuador'),
    135: ('PER', 'PER', 'Peru'),
    140: ('BRA', 'BRA', 'Brazil'),
    145: ('BOL', 'BOL', 'Bolivia'),
    150: ('PAR', 'PRY', 'Paraguay'),
    155: ('CHL', 'CHL', 'Chile'),
    160: ('ARG', 'ARG', 'Argentina'),
    165: ('URU', 'URY', 'Uruguay'),
    200: ('UKG', 'GBR', 'United Kingdom'),
    205: ('IRE', 'IRL', 'Ireland'),
    210: ('NTH', 'NLD', 'Netherlands'),
    211: ('BEL', 'BEL', 'Belgium'),
    212: ('LUX', 'LUX', 'Luxembourg'),
    220: ('FRN', 'FRA', 'France'),
    221: ('MNC', 'MCO', 'Monaco'),
    223: ('LIE', 'LIE', 'Liechtenstein'),
    225: ('SWZ', 'CHE', 'Switzerland'),
    230: ('SPN', 'ESP', 'Spain'),
    232: ('AND', 'AND', 'Andorra'),
    235: ('POR', 'PRT', 'Portugal'),
    240: ('HAN', 'COW240', 'Hanover'),
    245: ('BAV', 'COW245', 'Bavaria'),
    255: ('GMY', 'DEU', 'Germany'),
    260: ('GFR', 'DEU', 'German Federal Republic'),
    265: ('GDR', 'DDR', 'German Democratic Republic'),
    267: ('BAD', 'COW267', 'Baden'),
    269: ('SAX', 'COW269', 'Saxony'),
    271: ('WRT', 'COW271', 'Wuerttemburg'),
    273: ('HSE', 'COW273', 'Hesse Electoral'),
    275: ('HSG', 'COW275', 'Hesse Grand Ducal'),
    280: ('MEC', 'COW280', 'Mecklenburg Schwerin'),
    290: ('POL', 'POL', 'Poland'),
    300: ('AUH', 'COW300', 'Austria-Hungary'),
    305: ('AUS', 'AUT', 'Austria'),
    310: ('HUN', 'HUN', 'Hungary'),
    315: ('CZE', 'CSK', 'Czechoslovakia'),
    316: ('CZR', 'CZE', 'Czech Republic'),
    317: ('SLO', 'SVK', 'Slovakia'),
    325: ('ITA', 'ITA', 'Italy'),
    327: ('PAP', 'COW327', 'Papal States'),
    329: ('SIC', 'COW329', 'Two Sicilies'),
    331: ('SNM', 'SMR', 'San Marino'),
    332: ('MOD', 'COW332', 'Modena'),
    335: ('PMA', 'COW335', 'Parma'),
    337: ('TUS', 'COW337', 'Tuscany'),
    338: ('MLT', 'MLT', 'Malta'),
    339: ('ALB', 'ALB', 'Albania'),
    341: ('MNG', 'MNE', 'Montenegro'),
    343: ('MAC', 'MKD', 'Macedonia'),
    344: ('CRO', 'HRV', 'Croatia'),
    345: ('YUG', 'YUG', 'Yugoslavia'),
    346: ('BOS', 'BIH', 'Bosnia and Herzegovina'),
    347: ('KOS', 'XKX', 'Kosovo'),
    349: ('SLV', 'SVN', 'Slovenia'),
    350: ('GRC', 'GRC', 'Greece'),
    352: ('CYP', 'CYP', 'Cyprus'),
    355: ('BUL', 'BGR', 'Bulgaria'),
    359: ('MLD', 'MDA', 'Moldova'),
    360: ('ROM', 'ROU', 'Romania'),
    365: ('RUS', 'RUS', 'Russia'),
    366: ('EST', 'EST', 'Estonia'),
    367: ('LAT', 'LVA', 'Latvia'),
    368: ('LIT', 'LTU', 'Lithuania'),
    369: ('UKR', 'UKR', 'Ukraine'),
    370: ('BLR', 'BLR', 'Belarus'),
    371: ('ARM', 'ARM', 'Armenia'),
    372: ('GRG', 'GEO', 'Georgia'),
    373: ('AZE', 'AZE', 'Azerbaijan'),
    375: ('FIN', 'FIN', 'Finland'),
    380: ('SWD', 'SWE', 'Sweden'),
    385: ('NOR', 'NOR', 'Norway'),
    390: ('DEN', 'DNK', 'Denmark'),
    395: ('ICE', 'ISL', 'Iceland'),
    402: ('CAP', 'CPV', 'Cape Verde'),
    403: ('STP', 'STP', 'Sao Tome and Principe'),
    404: ('GNB', 'GNB', 'Guinea-Bissau'),
    411: ('EQG', 'GNQ', 'Equatorial Guinea'),
    420: ('GAM', 'GMB', 'Gambia'),
    432: ('MLI', 'MLI', 'Mali'),
    433: ('SEN', 'SEN', 'Senegal'),
    434: ('BEN', 'BEN', 'Benin'),
    435: ('MAA', 'MRT', 'Mauritania'),
    436: ('NIR', 'NER', 'Niger'),
    437: ('CDI', 'CIV', 'Ivory Coast'),
    438: ('GUI', 'GIN', 'Guinea'),
    439: ('BFO', 'BFA', 'Burkina Faso'),
    450: ('LBR', 'LBR', 'Liberia'),
    451: ('SIE', 'SLE', 'Sierra Leone'),
    452: ('GHA', 'GHA', 'Ghana'),
    461: ('TOG', 'TGO', 'Togo'),
    471: ('CAO', 'CMR', 'Cameroon'),
    475: ('NIG', 'NGA', 'Nigeria'),
    481: ('GAB', 'GAB', 'Gabon'),
    482: ('CEN', 'CAF', 'Central African Republic'),
    483: ('CHA', 'TCD', 'Chad'),
    484: ('CON', 'COG', 'Congo'),
    490: ('DRC', 'COD', 'Democratic Republic of the Congo'),
    500: ('UGA', 'UGA', 'Uganda'),
    501: ('KEN', 'KEN', 'Kenya'),
    510: ('TAZ', 'TZA', 'Tanzania'),
    511: ('ZAN', 'COW511', 'Zanzibar'),
    516: ('BUI', 'BDI', 'Burundi'),
    517: ('RWA', 'RWA', 'Rwanda'),
    520: ('SOM', 'SOM', 'Somalia'),
    522: ('DJI', 'DJI', 'Djibouti'),
    530: ('ETH', 'ETH', 'Ethiopia'),
    531: ('ERI', 'ERI', 'Eritrea'),
    540: ('ANG', 'AGO', 'Angola'),
    541: ('MZM', 'MOZ', 'Mozambique'),
    551: ('ZAM', 'ZMB', 'Zambia'),
    552: ('ZIM', 'ZWE', 'Zimbabwe'),
    553: ('MAW', 'MWI', 'Malawi'),
    560: ('SAF', 'ZAF', 'South Africa'),
    565: ('NAM', 'NAM', 'Namibia'),
    570: ('LES', 'LSO', 'Lesotho'),
    571: ('BOT', 'BWA', 'Botswana'),
    572: ('SWA', 'SWZ', 'Swaziland'),
    580: ('MAG', 'MDG', 'Madagascar'),
    581: ('COM', 'COM', 'Comoros'),
    590: ('MAS', 'MUS', 'Mauritius'),
    591: ('SEY', 'SYC', 'Seychelles'),
    600: ('MOR', 'MAR', 'Morocco'),
    615: ('ALG', 'DZA', 'Algeria'),
    616: ('TUN', 'TUN', 'Tunisia'),
    620: ('LIB', 'LBY', 'Libya'),
    625: ('SUD', 'SDN', 'Sudan'),
    626: ('SSD', 'SSD', 'South Sudan'),
    630: ('IRN', 'IRN', 'Iran'),
    640: ('TUR', 'TUR', 'Turkey'),
    645: ('IRQ', 'IRQ', 'Iraq'),
    651: ('EGY', 'EGY', 'Egypt'),
    652: ('SYR', 'SYR', 'Syria'),
    660: ('LEB', 'LBN', 'Lebanon'),
    663: ('JOR', 'JOR', 'Jordan'),
    666: ('ISR', 'ISR', 'Israel'),
    670: ('SAU', 'SAU', 'Saudi Arabia'),
    678: ('YAR', 'YEM', 'Yemen Arab Republic'),
    679: ('YEM', 'YEM', 'Yemen'),
    680: ('YPR', 'YMD', "Yemen People's Republic"),
    690: ('KUW', 'KWT', 'Kuwait'),
    692: ('BAH', 'BHR', 'Bahrain'),
    694: ('QAT', 'QAT', 'Qatar'),
    696: ('UAE', 'ARE', 'United Arab Emirates'),
    698: ('OMA', 'OMN', 'Oman'),
    700: ('AFG', 'AFG', 'Afghanistan'),
    701: ('TKM', 'TKM', 'Turkmenistan'),
    702: ('TAJ', 'TJK', 'Tajikistan'),
    703: ('KYR', 'KGZ', 'Kyrgyzstan'),
    704: ('UZB', 'UZB', 'Uzbekistan'),
    705: ('KZK', 'KAZ', 'Kazakhstan'),
    710: ('CHN', 'CHN', 'China'),
    712: ('MON', 'MNG', 'Mongolia'),
    713: ('TAW', 'TWN', 'Taiwan'),
    730: ('KOR', 'COW730', 'Korea'),
    731: ('PRK', 'PRK', 'North Korea'),
    732: ('ROK', 'KOR', 'South Korea'),
    740: ('JPN', 'JPN', 'Japan'),
    750: ('IND', 'IND', 'India'),
    760: ('BHU', 'BTN', 'Bhutan'),
    770: ('PAK', 'PAK', 'Pakistan'),
    771: ('BNG', 'BGD', 'Bangladesh'),
    775: ('MYA', 'MMR', 'Myanmar'),
    780: ('SRI', 'LKA', 'Sri Lanka'),
    781: ('MAD', 'MDV', 'Maldives'),
    790: ('NEP', 'NPL', 'Nepal'),
    800: ('THI', 'THA', 'Thailand'),
    811: ('CAM', 'KHM', 'Cambodia'),
    812: ('LAO', 'LAO', 'Laos'),
    816: ('DRV', 'VNM', 'Vietnam'),
    817: ('RVN', 'COW817', 'Republic of Vietnam'),
    820: ('MAL', 'MYS', 'Malaysia'),
    830: ('SIN', 'SGP', 'Singapore'),
    835: ('BRU', 'BRN', 'Brunei'),
    840: ('PHI', 'PHL', 'Philippines'),
    850: ('INS', 'IDN', 'Indonesia'),
    860: ('ETM', 'TLS', 'East Timor'),
    900: ('AUL', 'AUS', 'Australia'),
    910: ('PNG', 'PNG', 'Papua New Guinea'),
    920: ('NEW', 'NZL', 'New Zealand'),
    935: ('VAN', 'VUT', 'Vanuatu'),
    940: ('SOL', 'SLB', 'Solomon Islands'),
    946: ('KIR', 'KIR', 'Kiribati'),
    947: ('TUV', 'TUV', 'Tuvalu'),
    950: ('FIJ', 'FJI', 'Fiji'),
    955: ('TON', 'TON', 'Tonga'),
    970: ('NAU', 'NRU', 'Nauru'),
    983: ('MSI', 'MHL', 'Marshall Islands'),
    986: ('PAL', 'PLW', 'Palau'),
    987: ('FSM', 'FSM', 'Federated States of Micronesia'),
    990: ('WSM', 'WSM', 'Samoa'),
}

#: COW codes whose stored code depends on the year: ccode → [(first_year, last_year, code)].
COW_BY_YEAR: dict[int, list[tuple[int, int, str]]] = {
    345: [(1800, 2005, "YUG"), (2006, 9999, "SRB")],
}

#: Gleditsch–Ward codes that differ from COW (GW numbering otherwise follows COW).
GW_OVERRIDES: dict[int, str] = {
    89: "GW89",  # United Provinces of Central America
    99: "GW99",  # Great Colombia
    260: "DEU",  # GW 260 = Prussia / Germany / West Germany / unified Germany
    340: "SRB",  # Serbia (1878–1915, 2006–)
    563: "GW563",  # Transvaal
    564: "GW564",  # Orange Free State
    678: "YEM",  # GW 678 = Yemen (Arab Republic) continuing after 1990
    711: "GW711",  # Tibet
    815: "GW815",  # Vietnam (Annam / Cochin China / Tonkin) before 1893
}

#: Codes the store uses that are not ISO 3166-1 states: historic ISO 3166-3, user-assigned, groups.
SPECIAL_CODES: dict[str, str] = {
    "DDR": "German Democratic Republic (ISO 3166-3)",
    "CSK": "Czechoslovakia (ISO 3166-3)",
    "YUG": "Yugoslavia (ISO 3166-3)",
    "SCG": "Serbia and Montenegro (ISO 3166-3)",
    "YMD": "Yemen, Democratic / People's Republic (ISO 3166-3)",
    "SUN": "USSR (ISO 3166-3)",
    "ANT": "Netherlands Antilles (ISO 3166-3)",
    "XKX": "Kosovo (user-assigned code)",
    "XNK": "Nagorno-Karabakh (user-assigned code; Armstat partner)",
    "XXX": "partner not specified or unknown",
    "EUU": "European Union (group)",
    "WEST1": "FBIC Western group 1 (29 states)",
    "WEST2": "FBIC Western group 2 (42 states)",
    "UNO": "United Nations (organisation)",
}

# ISO2 codes that pycountry does not resolve (historic or user-assigned).
_ISO2_EXTRA: dict[str, str] = {
    "CS": "CSK", "DD": "DDR", "YU": "YUG", "YD": "YMD", "SU": "SUN", "XK": "XKX", "AN": "ANT",
    "ZR": "COD", "TP": "TLS", "BU": "MMR",
}

#: FIPS 10-4 codes GDELT uses for places that are no state: a record located there is valid and has no
#: country (kept, with none), not a malformed row.
FIPS_NO_STATE: dict[str, str] = {"OS": "oceans"}

#: FIPS 10-4 country codes (GDELT geo fields) → ISO3. FIPS codes without an ISO3 equivalent
#: (uninhabited reefs …) are deliberately absent so they are reported; see ``FIPS_NO_STATE``.
FIPS: dict[str, str] = {
    "AA": "ABW", "AC": "ATG", "AE": "ARE", "AF": "AFG", "AG": "DZA", "AJ": "AZE", "AL": "ALB", "AM": "ARM",
    "AN": "AND", "AO": "AGO", "AQ": "ASM", "AR": "ARG", "AS": "AUS", "AU": "AUT", "AV": "AIA", "AY": "ATA",
    "BA": "BHR", "BB": "BRB", "BC": "BWA", "BD": "BMU", "BE": "BEL", "BF": "BHS", "BG": "BGD", "BH": "BLZ",
    "BK": "BIH", "BL": "BOL", "BM": "MMR", "BN": "BEN", "BO": "BLR", "BP": "SLB", "BR": "BRA", "BT": "BTN",
    "BU": "BGR", "BV": "BVT", "BX": "BRN", "BY": "BDI", "CA": "CAN", "CB": "KHM", "CD": "TCD", "CE": "LKA",
    "CF": "COG", "CG": "COD", "CH": "CHN", "CI": "CHL", "CJ": "CYM", "CK": "CCK", "CM": "CMR", "CN": "COM",
    "CO": "COL", "CQ": "MNP", "CS": "CRI", "CT": "CAF", "CU": "CUB", "CV": "CPV", "CW": "COK", "CY": "CYP",
    "DA": "DNK", "DJ": "DJI", "DO": "DMA", "DR": "DOM", "EC": "ECU", "EG": "EGY", "EI": "IRL", "EK": "GNQ",
    "EN": "EST", "ER": "ERI", "ES": "SLV", "ET": "ETH", "EZ": "CZE", "FG": "GUF", "FI": "FIN", "FJ": "FJI",
    "FK": "FLK", "FM": "FSM", "FO": "FRO", "FP": "PYF", "FR": "FRA", "FS": "ATF", "GA": "GMB", "GB": "GAB",
    "GG": "GEO", "GH": "GHA", "GI": "GIB", "GJ": "GRD", "GK": "GGY", "GL": "GRL", "GM": "DEU", "GP": "GLP",
    "GQ": "GUM", "GR": "GRC", "GT": "GTM", "GV": "GIN", "GY": "GUY", "GZ": "PSE", "HA": "HTI", "HK": "HKG",
    "HM": "HMD", "HO": "HND", "HR": "HRV", "HU": "HUN", "IC": "ISL", "ID": "IDN", "IM": "IMN", "IN": "IND",
    "IO": "IOT", "IR": "IRN", "IS": "ISR", "IT": "ITA", "IV": "CIV", "IZ": "IRQ", "JA": "JPN", "JE": "JEY",
    "JM": "JAM", "JN": "SJM", "JO": "JOR", "KE": "KEN", "KG": "KGZ", "KN": "PRK", "KR": "KIR", "KS": "KOR",
    "KT": "CXR", "KU": "KWT", "KV": "XKX", "KZ": "KAZ", "LA": "LAO", "LE": "LBN", "LG": "LVA", "LH": "LTU",
    "LI": "LBR", "LO": "SVK", "LS": "LIE", "LT": "LSO", "LU": "LUX", "LY": "LBY", "MA": "MDG", "MB": "MTQ",
    "MC": "MAC", "MD": "MDA", "MF": "MYT", "MG": "MNG", "MH": "MSR", "MI": "MWI", "MJ": "MNE", "MK": "MKD",
    "ML": "MLI", "MN": "MCO", "MO": "MAR", "MP": "MUS", "MR": "MRT", "MT": "MLT", "MU": "OMN", "MV": "MDV",
    "MX": "MEX", "MY": "MYS", "MZ": "MOZ", "NC": "NCL", "NE": "NIU", "NF": "NFK", "NG": "NER", "NH": "VUT",
    "NI": "NGA", "NL": "NLD", "NN": "SXM", "NO": "NOR", "NP": "NPL", "NR": "NRU", "NS": "SUR", "NT": "ANT",
    "NU": "NIC", "NZ": "NZL", "OD": "SSD", "PA": "PRY", "PC": "PCN", "PE": "PER", "PK": "PAK", "PL": "POL",
    "PM": "PAN", "PO": "PRT", "PP": "PNG", "PS": "PLW", "PU": "GNB", "QA": "QAT", "RB": "SRB", "RE": "REU",
    "RI": "SRB", "RM": "MHL", "RN": "MAF", "RO": "ROU", "RP": "PHL", "RQ": "PRI", "RS": "RUS", "RW": "RWA",
    "SA": "SAU", "SB": "SPM", "SC": "KNA", "SE": "SYC", "SF": "ZAF", "SG": "SEN", "SH": "SHN", "SI": "SVN",
    "SL": "SLE", "SM": "SMR", "SN": "SGP", "SO": "SOM", "SP": "ESP", "ST": "LCA", "SU": "SDN", "SV": "SJM",
    "SW": "SWE", "SX": "SGS", "SY": "SYR", "SZ": "CHE", "TB": "BLM", "TD": "TTO", "TH": "THA", "TI": "TJK",
    "TK": "TCA", "TL": "TKL", "TN": "TON", "TO": "TGO", "TP": "STP", "TS": "TUN", "TT": "TLS", "TU": "TUR",
    "TV": "TUV", "TW": "TWN", "TX": "TKM", "TZ": "TZA", "UC": "CUW", "UG": "UGA", "UK": "GBR", "UP": "UKR",
    "US": "USA", "UV": "BFA", "UY": "URY", "UZ": "UZB", "VC": "VCT", "VE": "VEN", "VI": "VGB", "VM": "VNM",
    "VQ": "VIR", "VT": "VAT", "WA": "NAM", "WE": "PSE", "WF": "WLF", "WI": "ESH", "WS": "WSM", "WZ": "SWZ",
    "YI": "SCG", "YM": "YEM", "ZA": "ZMB", "ZI": "ZWE",
    # US minor outlying islands
    "BQ": "UMI", "FQ": "UMI", "HQ": "UMI", "DQ": "UMI", "JQ": "UMI", "KQ": "UMI", "LQ": "UMI", "MQ": "UMI",
    "WQ": "UMI",
}

#: CAMEO regional / group "country" codes (kept as group codes, not states).
CAMEO_GROUPS: dict[str, str] = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
    "CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe", "EIN": "East Indies",
    "EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe", "LAM": "Latin America",
    "MEA": "Middle East", "MDT": "Mediterranean", "NAF": "North Africa", "NMR": "North America",
    "PGS": "Persian Gulf", "SCN": "Scandinavia", "SAM": "South America", "SAS": "South Asia",
    "SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa", "WST": "The West",
    "SCA": "South Caucasus", "NAM": "North America",  # NAM is Namibia in ISO; see CAMEO_COUNTRY
}
# CAMEO country codes that differ from ISO3.
_CAMEO_COUNTRY: dict[str, str] = {
    "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR", "YUG": "YUG", "KOS": "XKX", "HKG": "HKG",
    "SUN": "SUN", "CSK": "CSK", "DDR": "DDR", "NAM": "NAM", "PSE": "PSE", "PAL": "PSE", "WSB": "PSE",
    "GZS": "PSE", "TWN": "TWN", "VAT": "VAT", "SCG": "SCG", "SRB": "SRB", "MNE": "MNE",
}

# Partner / country names as spelled by Armstat, Comtrade, SIPRI, UNGA, ICEWS… that pycountry misses.
_NAME_ALIASES: dict[str, str] = {
    "united states": "USA", "usa": "USA", "united states of america": "USA", "us": "USA",
    "russia": "RUS", "soviet union": "RUS", "ussr": "RUS", "russian federation": "RUS",
    "iran": "IRN", "islamic republic of iran": "IRN", "iran (islamic republic of)": "IRN",
    "korea, republic of": "KOR", "republic of korea": "KOR", "rep. of korea": "KOR", "south korea": "KOR",
    "korea, dpr of": "PRK", "democratic people's republic of korea": "PRK", "north korea": "PRK",
    "china, hong kong sar": "HKG", "hong kong": "HKG", "china, macao sar": "MAC", "macao": "MAC",
    "taiwan": "TWN", "other asia, nes": "TWN",
    "turkey": "TUR", "turkiye": "TUR", "türkiye": "TUR",
    "czech rep.": "CZE", "czech republic": "CZE", "czechia": "CZE", "czechoslovakia": "CSK",
    "east germany (gdr)": "DDR", "german democratic republic": "DDR", "federal republic of germany": "DEU",
    "west germany": "DEU", "yugoslavia": "YUG", "serbia and montenegro": "SCG",
    "yemen arab republic": "YEM", "north yemen": "YEM", "south yemen": "YMD", "yemen people's republic": "YMD",
    "zanzibar": "COW511", "south vietnam": "COW817", "republic of vietnam": "COW817",
    "viet nam": "VNM", "vietnam": "VNM", "laos": "LAO", "lao people's democratic republic": "LAO",
    "syria": "SYR", "libya": "LBY", "libyan arab jamahiriya": "LBY", "moldova": "MDA",
    "moldova, republic of": "MDA", "rep. of moldova": "MDA", "tanzania": "TZA",
    "tanzania, united republic of": "TZA", "bolivia": "BOL", "bolivia (plurinational state of)": "BOL",
    "venezuela": "VEN", "brunei": "BRN", "brunei darussalam": "BRN", "cape verde": "CPV",
    "cote d' ivoire": "CIV", "cote d'ivoire": "CIV", "côte d’ivoire": "CIV", "ivory coast": "CIV",
    "congo": "COG", "congo - brazzaville": "COG", "congo, democratic republic of the": "COD",
    "congo - kinshasa": "COD", "dr congo": "COD", "democratic republic of the congo": "COD",
    "swaziland": "SWZ", "eswatini": "SWZ", "fyr of macedonia": "MKD", "macedonia": "MKD",
    "north macedonia": "MKD", "bosnia herzegovina": "BIH", "bosnia-herzegovina": "BIH",
    "bosnia & herzegovina": "BIH", "bosnia and herzegovina": "BIH",
    "micronesia, federated states of": "FSM", "micronesia (federated states of)": "FSM",
    "palestinian territory, occupied": "PSE", "palestine": "PSE", "state of palestine": "PSE",
    "vatican city state": "VAT", "holy see": "VAT", "monako": "MCO", "american saoma": "ASM", "saoma": "WSM",
    "folkland islands (malvinas)": "FLK", "faeroe islands": "FRO", "french southern terrirories": "ATF",
    "fr. south antarctic terr.": "ATF", "br. virgin isds": "VGB", "virgin islands, british": "VGB",
    "united states virgin islands": "VIR", "saint-barth?lemy": "BLM", "saint-martin (french part)": "MAF",
    "svalbard and jan mayen islands": "SJM", "wallis and futuna islands": "WLF", "netherlands antilles": "ANT",
    "bonaire, sint eustatius and saba": "BES", "curacao": "CUW", "aland islands": "ALA",
    "united states minor outlying islands": "UMI", "cocos (keeling) islands": "CCK",
    "nagorno karabagh": "XNK", "nagorno-karabakh": "XNK", "kosovo": "XKX",
    "unknown country": "XXX", "unknown supplier(s)": "XXX", "unknown recipient(s)": "XXX",
    "areas, nes": "XXX", "unspecified": "XXX", "eu countries not specified": "EUU",
    "european union": "EUU", "european union**": "EUU", "united nations": "UNO", "united nations**": "UNO",
    "uae": "ARE", "united kingdom": "GBR", "uk": "GBR", "st. lucia": "LCA", "st. kitts & nevis": "KNA",
    "st. vincent & grenadines": "VCT", "st. kitts and nevis": "KNA", "st. vincent and the grenadines": "VCT",
    "antigua & barbuda": "ATG", "trinidad & tobago": "TTO", "são tomé & príncipe": "STP",
    "sao tome and principe": "STP", "myanmar (burma)": "MMR", "burma": "MMR", "timor-leste": "TLS",
    "east timor": "TLS", "gambia": "GMB", "the gambia": "GMB", "bahamas": "BHS", "the bahamas": "BHS",
    "channel islands": "XXX", "reunion": "REU", "saint helena": "SHN", "micronesia": "FSM",
    "saint vincent": "VCT", "libya gnc": "LBY", "nato**": "ORG:NATO", "osce**": "ORG:OSCE",
    "african union**": "ORG:AU", "regional security system**": "ORG:RSS",
    "biafra": "NSA:biafra", "katanga": "NSA:katanga", "northern cyprus": "NSA:northern-cyprus",
}


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = text.replace("\u2019", "'").replace("`", "'")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text)


@functools.lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                index.setdefault(_norm(v), str(c.alpha_3))
    for c in pycountry.historic_countries:
        v = getattr(c, "name", None)
        if v and getattr(c, "alpha_3", None):
            index.setdefault(_norm(v), str(c.alpha_3))
    index.update({_norm(k): v for k, v in _NAME_ALIASES.items()})
    return index


@functools.lru_cache(maxsize=16384)
def name_to_iso3(name: str | None) -> str | None:
    """ISO3 (or special code) for a country name as publishers spell it; ``None`` if unknown.

    >>> name_to_iso3("Russian Federation"), name_to_iso3("Korea, Republic of")
    ('RUS', 'KOR')
    >>> name_to_iso3("Iran (Islamic Republic of)"), name_to_iso3("China, Hong Kong SAR")
    ('IRN', 'HKG')
    """
    if not name:
        return None
    index = _name_index()
    key = _norm(name)
    if key in index:
        return index[key]
    stripped = key.rstrip("*").strip()
    return index.get(stripped)


def actor_code_for_name(name: str | None) -> str | None:
    """Like :func:`name_to_iso3`, plus SIPRI's non-state groups (``*`` → ``NSA:<slug>``) and
    organisations (``**`` → ``ORG:<slug>``), which are actors but not states."""
    if not name:
        return None
    code = name_to_iso3(name)
    if code:
        return code
    stripped = name.strip()
    slug = re.sub(r"[^a-z0-9]+", "-", _norm(stripped.rstrip("*"))).strip("-")
    if stripped.endswith("**"):
        return f"ORG:{slug.upper()}"
    if stripped.endswith("*"):
        return f"NSA:{slug}"
    return None


def cow_rows() -> list[tuple[int, int, int, str]]:
    """(ccode, first_year, last_year, code) rows, for joining in SQL."""
    rows: list[tuple[int, int, int, str]] = []
    for ccode, (_abb, code, _name) in COW.items():
        if ccode in COW_BY_YEAR:
            rows.extend((ccode, lo, hi, c) for lo, hi, c in COW_BY_YEAR[ccode])
        else:
            rows.append((ccode, 0, 9999, code))
    return rows


def gw_rows() -> list[tuple[int, int, int, str]]:
    """Like :func:`cow_rows` for Gleditsch–Ward codes."""
    rows = [r for r in cow_rows() if r[0] not in GW_OVERRIDES]
    rows.extend((g, 0, 9999, code) for g, code in GW_OVERRIDES.items())
    return rows


@functools.lru_cache(maxsize=1024)
def iso2_to_iso3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-2 → alpha-3 (with historic codes: CS → CSK, DD → DDR, YU → YUG, SU → SUN)."""
    if not code:
        return None
    code = code.strip().upper()
    if code in _ISO2_EXTRA:
        return _ISO2_EXTRA[code]
    c = pycountry.countries.get(alpha_2=code)
    return str(c.alpha_3) if c else None


@functools.lru_cache(maxsize=2048)
def is_iso3(code: str | None) -> bool:
    return bool(code) and pycountry.countries.get(alpha_3=str(code).upper()) is not None


@functools.lru_cache(maxsize=2048)
def cameo_to_code(code: str | None) -> str | None:
    """CAMEO 3-letter actor country code → ISO3, or the CAMEO group code itself for regions.

    >>> cameo_to_code("AZE"), cameo_to_code("ROM"), cameo_to_code("CAU"), cameo_to_code("QQQ")
    ('AZE', 'ROU', 'CAU', None)
    """
    if not code:
        return None
    code = code.strip().upper()
    if code in _CAMEO_COUNTRY:
        return _CAMEO_COUNTRY[code]
    if is_iso3(code):
        return code
    if code in CAMEO_GROUPS:
        return code
    return None


def describe(code: str) -> str | None:
    """A human name for a stored code (ISO3, historic, special or group)."""
    if code in SPECIAL_CODES:
        return SPECIAL_CODES[code]
    if code in CAMEO_GROUPS:
        return CAMEO_GROUPS[code]
    c = pycountry.countries.get(alpha_3=code)
    if c:
        return str(getattr(c, "common_name", None) or c.name)
    if code.startswith("COW") and code[3:].isdigit():
        entry = COW.get(int(code[3:]))
        return entry[2] if entry else None
    return None
