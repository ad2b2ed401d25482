"""Generate ``multipolar/resolve/data/states.json`` from pycountry plus the hand-written table below.

pycountry supplies ISO 3166 names and official names; everything else (canonical common English
names, variants, capitals, demonyms and adjectives) is written by hand here, because no library
carries it.  Run from the repository root::

    python scripts/build_registry_states.py

Table columns (``|``-separated): ISO3 | canonical name | aliases | capitals | demonyms/adjectives; an indented
line continues the previous row.
Within a column entries are ``;``-separated.  Alias prefixes: ``+`` official/long name (role
"name"), ``~`` short form (role "short"); all-caps forms become role "abbrev"; the rest "alias".
``Afghan(s)`` expands to ``Afghan`` and ``Afghans``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "multipolar" / "resolve" / "data" / "states.json"

# The 193 UN member states (ISO3).  Holy See (VAT), Palestine (PSE), Taiwan (TWN) and Kosovo (XKX)
# are added on top.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
EXTRA_STATES = ["VAT", "PSE", "TWN", "XKX"]

TABLE = r"""
AFG | Afghanistan | +Islamic Emirate of Afghanistan; +Islamic Republic of Afghanistan | Kabul | Afghan(s)
ALB | Albania | +Republic of Albania | Tirana; Tiranë | Albanian(s)
DZA | Algeria | +People's Democratic Republic of Algeria | Algiers | Algerian(s)
AND | Andorra | +Principality of Andorra | Andorra la Vella | Andorran(s)
AGO | Angola | +Republic of Angola | Luanda | Angolan(s)
ATG | Antigua and Barbuda | Antigua & Barbuda; ~Antigua | St. John's; Saint John's | Antiguan(s); Barbudan(s)
ARG | Argentina | +Argentine Republic | Buenos Aires | Argentine(s); Argentinian(s); Argentinean(s)
ARM | Armenia | +Republic of Armenia; Hayastan | Yerevan; Erevan | Armenian(s)
AUS | Australia | +Commonwealth of Australia | Canberra | Australian(s); Aussie(s)
AUT | Austria | +Republic of Austria | Vienna | Austrian(s)
AZE | Azerbaijan | +Republic of Azerbaijan; Azərbaycan | Baku | Azerbaijani(s); Azeri(s)
BHS | Bahamas | The Bahamas; +Commonwealth of The Bahamas | Nassau | Bahamian(s)
BHR | Bahrain | +Kingdom of Bahrain | Manama | Bahraini(s)
BGD | Bangladesh | +People's Republic of Bangladesh | Dhaka; Dacca | Bangladeshi(s)
BRB | Barbados | | Bridgetown | Barbadian(s); Bajan(s)
BLR | Belarus | +Republic of Belarus; Belorussia; Byelorussia | Minsk | Belarusian(s); Belarussian(s);
    Byelorussian(s); Belorussian(s)
BEL | Belgium | +Kingdom of Belgium | | Belgian(s)
BLZ | Belize | | Belmopan | Belizean(s)
BEN | Benin | +Republic of Benin | Porto-Novo; Cotonou | Beninese
BTN | Bhutan | +Kingdom of Bhutan | Thimphu | Bhutanese
BOL | Bolivia | +Plurinational State of Bolivia | Sucre; La Paz | Bolivian(s)
BIH | Bosnia and Herzegovina | Bosnia-Herzegovina; Bosnia & Herzegovina; ~Bosnia; BiH | Sarajevo | Bosnian(s);
    Herzegovinian(s)
BWA | Botswana | +Republic of Botswana | Gaborone | Botswanan(s); Motswana; Batswana
BRA | Brazil | +Federative Republic of Brazil | Brasília | Brazilian(s)
BRN | Brunei | +Brunei Darussalam; +Nation of Brunei | Bandar Seri Begawan | Bruneian(s)
BGR | Bulgaria | +Republic of Bulgaria | Sofia | Bulgarian(s)
BFA | Burkina Faso | ~Burkina | Ouagadougou | Burkinabe; Burkinabè; Burkinabé
BDI | Burundi | +Republic of Burundi | Gitega; Bujumbura | Burundian(s)
CPV | Cabo Verde | Cape Verde; +Republic of Cabo Verde | Praia | Cabo Verdean(s); Cape Verdean(s)
KHM | Cambodia | +Kingdom of Cambodia; Kampuchea | Phnom Penh | Cambodian(s)
CMR | Cameroon | +Republic of Cameroon | Yaoundé | Cameroonian(s)
CAN | Canada | | Ottawa | Canadian(s)
CAF | Central African Republic | CAR | Bangui | Central African(s)
TCD | Chad | +Republic of Chad | N'Djamena; Ndjamena | Chadian(s)
CHL | Chile | +Republic of Chile | Santiago | Chilean(s)
CHN | China | +People's Republic of China; PRC; P.R.C.; Mainland China; Red China; Communist China | Beijing;
    Peking | Chinese
COL | Colombia | +Republic of Colombia | Bogotá | Colombian(s)
COM | Comoros | +Union of the Comoros; the Comoros | Moroni | Comorian(s)
COG | Republic of the Congo | Congo; Congo-Brazzaville; Congo Brazzaville; Congo Republic;
    +Republic of Congo | Brazzaville | Congolese
COD | Democratic Republic of the Congo | +Democratic Republic of Congo; DR Congo; DRC; D.R.C.; Congo-Kinshasa;
    Congo Kinshasa; Zaire; Congo | Kinshasa | Congolese
CRI | Costa Rica | +Republic of Costa Rica | San José | Costa Rican(s)
CIV | Côte d'Ivoire | Ivory Coast; +Republic of Côte d'Ivoire | Yamoussoukro; Abidjan | Ivorian(s); Ivoirian(s)
HRV | Croatia | +Republic of Croatia | Zagreb | Croatian(s); Croat(s)
CUB | Cuba | +Republic of Cuba | Havana | Cuban(s)
CYP | Cyprus | +Republic of Cyprus | Nicosia | Cypriot(s); Greek Cypriot(s); Turkish Cypriot(s)
CZE | Czechia | Czech Republic; the Czech Republic | Prague | Czech(s)
DNK | Denmark | +Kingdom of Denmark | Copenhagen | Danish; Dane(s)
DJI | Djibouti | +Republic of Djibouti | Djibouti City | Djiboutian(s)
DMA | Dominica | +Commonwealth of Dominica | Roseau | Dominican(s)
DOM | Dominican Republic | the Dominican Republic | Santo Domingo | Dominican(s)
ECU | Ecuador | +Republic of Ecuador | Quito | Ecuadorian(s); Ecuadorean(s)
EGY | Egypt | +Arab Republic of Egypt | Cairo | Egyptian(s)
SLV | El Salvador | +Republic of El Salvador | San Salvador | Salvadoran(s); Salvadorean(s)
GNQ | Equatorial Guinea | +Republic of Equatorial Guinea | Malabo | Equatorial Guinean(s); Equatoguinean(s)
ERI | Eritrea | +State of Eritrea | Asmara | Eritrean(s)
EST | Estonia | +Republic of Estonia | Tallinn | Estonian(s)
SWZ | Eswatini | Swaziland; +Kingdom of Eswatini | Mbabane; Lobamba | Swazi(s); Emaswati
ETH | Ethiopia | +Federal Democratic Republic of Ethiopia | Addis Ababa | Ethiopian(s)
FJI | Fiji | +Republic of Fiji | Suva | Fijian(s)
FIN | Finland | +Republic of Finland | Helsinki | Finnish; Finn(s)
FRA | France | +French Republic | Paris | French; Frenchman; Frenchmen
GAB | Gabon | +Gabonese Republic | Libreville | Gabonese
GMB | Gambia | The Gambia; +Republic of The Gambia | Banjul | Gambian(s)
GEO | Georgia | Sakartvelo | Tbilisi; Tiflis | Georgian(s)
DEU | Germany | +Federal Republic of Germany | Berlin | German(s)
GHA | Ghana | +Republic of Ghana | Accra | Ghanaian(s)
GRC | Greece | +Hellenic Republic; Hellas | Athens | Greek(s)
GRD | Grenada | | St. George's; Saint George's | Grenadian(s)
GTM | Guatemala | +Republic of Guatemala | Guatemala City | Guatemalan(s)
GIN | Guinea | +Republic of Guinea; Guinea-Conakry | Conakry | Guinean(s)
GNB | Guinea-Bissau | +Republic of Guinea-Bissau; Guinea Bissau | Bissau | Bissau-Guinean(s)
GUY | Guyana | +Co-operative Republic of Guyana | Georgetown | Guyanese
HTI | Haiti | +Republic of Haiti | Port-au-Prince | Haitian(s)
HND | Honduras | +Republic of Honduras | Tegucigalpa | Honduran(s)
HUN | Hungary | | Budapest | Hungarian(s)
ISL | Iceland | +Republic of Iceland | Reykjavík | Icelandic; Icelander(s)
IND | India | +Republic of India; Bharat | New Delhi; Delhi | Indian(s)
IDN | Indonesia | +Republic of Indonesia | Jakarta | Indonesian(s)
IRN | Iran | +Islamic Republic of Iran; the Islamic Republic; Islamic Republic; Persia | Tehran; Teheran | Iranian(s)
IRQ | Iraq | +Republic of Iraq | Baghdad | Iraqi(s)
IRL | Ireland | +Republic of Ireland; Éire | Dublin | Irish
ISR | Israel | +State of Israel | Jerusalem | Israeli(s)
ITA | Italy | +Italian Republic | Rome | Italian(s)
JAM | Jamaica | | Kingston | Jamaican(s)
JPN | Japan | | Tokyo | Japanese
JOR | Jordan | +Hashemite Kingdom of Jordan | Amman | Jordanian(s)
KAZ | Kazakhstan | +Republic of Kazakhstan; Kazakstan | Astana; Nur-Sultan | Kazakh(s); Kazakhstani(s)
KEN | Kenya | +Republic of Kenya | Nairobi | Kenyan(s)
KIR | Kiribati | +Republic of Kiribati | Tarawa; South Tarawa | I-Kiribati
KWT | Kuwait | +State of Kuwait | Kuwait City | Kuwaiti(s)
KGZ | Kyrgyzstan | +Kyrgyz Republic; Kirghizia; Kirgizia | Bishkek | Kyrgyz; Kyrgyzstani(s); Kirghiz
LAO | Laos | +Lao People's Democratic Republic; Lao PDR | Vientiane | Lao; Laotian(s)
LVA | Latvia | +Republic of Latvia | Riga | Latvian(s)
LBN | Lebanon | +Lebanese Republic | Beirut | Lebanese
LSO | Lesotho | +Kingdom of Lesotho | Maseru | Basotho; Mosotho
LBR | Liberia | +Republic of Liberia | Monrovia | Liberian(s)
LBY | Libya | +State of Libya | Tripoli | Libyan(s)
LIE | Liechtenstein | +Principality of Liechtenstein | Vaduz | Liechtensteiner(s)
LTU | Lithuania | +Republic of Lithuania | Vilnius | Lithuanian(s)
LUX | Luxembourg | +Grand Duchy of Luxembourg | Luxembourg City | Luxembourger(s); Luxembourgish
MDG | Madagascar | +Republic of Madagascar | Antananarivo | Malagasy; Madagascan(s)
MWI | Malawi | +Republic of Malawi | Lilongwe | Malawian(s)
MYS | Malaysia | | Kuala Lumpur; Putrajaya | Malaysian(s)
MDV | Maldives | +Republic of Maldives; the Maldives | Malé | Maldivian(s)
MLI | Mali | +Republic of Mali | Bamako | Malian(s)
MLT | Malta | +Republic of Malta | Valletta | Maltese
MHL | Marshall Islands | +Republic of the Marshall Islands; the Marshall Islands | Majuro | Marshallese
MRT | Mauritania | +Islamic Republic of Mauritania | Nouakchott | Mauritanian(s)
MUS | Mauritius | +Republic of Mauritius | Port Louis | Mauritian(s)
MEX | Mexico | +United Mexican States | Mexico City | Mexican(s)
FSM | Micronesia | +Federated States of Micronesia | Palikir | Micronesian(s)
MCO | Monaco | +Principality of Monaco | | Monégasque(s)
MNG | Mongolia | | Ulaanbaatar; Ulan Bator | Mongolian(s)
MNE | Montenegro | | Podgorica | Montenegrin(s)
MAR | Morocco | +Kingdom of Morocco | Rabat | Moroccan(s)
MOZ | Mozambique | +Republic of Mozambique | Maputo | Mozambican(s)
MMR | Myanmar | Burma; +Republic of the Union of Myanmar | Naypyidaw; Nay Pyi Taw; Naypyitaw | Burmese
NAM | Namibia | +Republic of Namibia | Windhoek | Namibian(s)
NRU | Nauru | +Republic of Nauru | Yaren | Nauruan(s)
NPL | Nepal | +Federal Democratic Republic of Nepal | Kathmandu | Nepali(s); Nepalese
NLD | Netherlands | the Netherlands; +Kingdom of the Netherlands; Holland | Amsterdam | Dutch; Dutchman; Dutchmen
NZL | New Zealand | Aotearoa | Wellington | New Zealander(s)
NIC | Nicaragua | +Republic of Nicaragua | Managua | Nicaraguan(s)
NER | Niger | +Republic of the Niger; +Republic of Niger | Niamey | Nigerien(s)
NGA | Nigeria | +Federal Republic of Nigeria | Abuja | Nigerian(s)
PRK | North Korea | +Democratic People's Republic of Korea; DPRK; D.P.R.K. | Pyongyang | North Korean(s)
MKD | North Macedonia | +Republic of North Macedonia; Macedonia; FYROM;
    Former Yugoslav Republic of Macedonia | Skopje | North Macedonian(s); Macedonian(s)
NOR | Norway | +Kingdom of Norway | Oslo | Norwegian(s)
OMN | Oman | +Sultanate of Oman | Muscat | Omani(s)
PAK | Pakistan | +Islamic Republic of Pakistan | Islamabad | Pakistani(s)
PLW | Palau | +Republic of Palau | Ngerulmud | Palauan(s)
PAN | Panama | +Republic of Panama | Panama City | Panamanian(s)
PNG | Papua New Guinea | +Independent State of Papua New Guinea; PNG | Port Moresby | Papua New Guinean(s)
PRY | Paraguay | +Republic of Paraguay | Asunción | Paraguayan(s)
PER | Peru | +Republic of Peru | Lima | Peruvian(s)
PHL | Philippines | the Philippines; +Republic of the Philippines | Manila | Filipino(s); Filipina(s); Philippine
POL | Poland | +Republic of Poland | Warsaw | Polish; Pole(s)
PRT | Portugal | +Portuguese Republic | Lisbon | Portuguese
QAT | Qatar | +State of Qatar | Doha | Qatari(s)
KOR | South Korea | +Republic of Korea; ROK; ~Korea | Seoul | South Korean(s); Korean(s)
MDA | Moldova | +Republic of Moldova; Moldavia | Chișinău; Kishinev | Moldovan(s)
ROU | Romania | | Bucharest | Romanian(s)
RUS | Russia | +Russian Federation; the Russian Federation | Moscow | Russian(s)
RWA | Rwanda | +Republic of Rwanda | Kigali | Rwandan(s)
KNA | Saint Kitts and Nevis | St Kitts and Nevis; St. Kitts and Nevis;
    +Federation of Saint Christopher and Nevis | Basseterre | Kittitian(s); Nevisian(s)
LCA | Saint Lucia | St Lucia; St. Lucia | Castries | Saint Lucian(s); St Lucian(s)
VCT | Saint Vincent and the Grenadines | St Vincent and the Grenadines; St. Vincent and the Grenadines;
    ~Saint Vincent | Kingstown | Vincentian(s)
WSM | Samoa | +Independent State of Samoa | Apia | Samoan(s)
SMR | San Marino | +Republic of San Marino | | Sammarinese
STP | São Tomé and Príncipe | +Democratic Republic of São Tomé and Príncipe; ~São Tomé | | Santomean(s); São Toméan(s)
SAU | Saudi Arabia | +Kingdom of Saudi Arabia; KSA | Riyadh | Saudi(s); Saudi Arabian(s)
SEN | Senegal | +Republic of Senegal | Dakar | Senegalese
SRB | Serbia | +Republic of Serbia | Belgrade | Serbian(s); Serb(s)
SYC | Seychelles | +Republic of Seychelles; the Seychelles | | Seychellois
SLE | Sierra Leone | +Republic of Sierra Leone | Freetown | Sierra Leonean(s)
SGP | Singapore | +Republic of Singapore | | Singaporean(s)
SVK | Slovakia | +Slovak Republic | Bratislava | Slovak(s); Slovakian(s)
SVN | Slovenia | +Republic of Slovenia | Ljubljana | Slovenian(s); Slovene(s)
SLB | Solomon Islands | the Solomon Islands | Honiara | Solomon Islander(s)
SOM | Somalia | +Federal Republic of Somalia | Mogadishu | Somali(s); Somalian(s)
ZAF | South Africa | +Republic of South Africa | Pretoria; Cape Town | South African(s)
SSD | South Sudan | +Republic of South Sudan | Juba | South Sudanese
ESP | Spain | +Kingdom of Spain | Madrid | Spanish; Spaniard(s)
LKA | Sri Lanka | +Democratic Socialist Republic of Sri Lanka; Ceylon | Sri Jayawardenepura Kotte;
    Colombo | Sri Lankan(s)
SDN | Sudan | +Republic of the Sudan; the Sudan | Khartoum | Sudanese
SUR | Suriname | +Republic of Suriname; Surinam | Paramaribo | Surinamese
SWE | Sweden | +Kingdom of Sweden | Stockholm | Swedish; Swede(s)
CHE | Switzerland | +Swiss Confederation | Bern; Berne | Swiss
SYR | Syria | +Syrian Arab Republic | Damascus | Syrian(s)
TJK | Tajikistan | +Republic of Tajikistan | Dushanbe | Tajik(s); Tajikistani(s)
TZA | Tanzania | +United Republic of Tanzania | Dodoma | Tanzanian(s)
THA | Thailand | +Kingdom of Thailand | Bangkok | Thai(s)
TLS | Timor-Leste | East Timor; +Democratic Republic of Timor-Leste | Dili | Timorese; East Timorese
TGO | Togo | +Togolese Republic | Lomé | Togolese
TON | Tonga | +Kingdom of Tonga | Nukuʻalofa | Tongan(s)
TTO | Trinidad and Tobago | Trinidad & Tobago;
    +Republic of Trinidad and Tobago | Port of Spain | Trinidadian(s); Tobagonian(s)
TUN | Tunisia | +Republic of Tunisia | Tunis | Tunisian(s)
TUR | Turkey | Türkiye; +Republic of Turkey; +Republic of Türkiye | Ankara | Turkish; Turk(s)
TKM | Turkmenistan | Turkmenia | Ashgabat; Ashkhabad | Turkmen; Turkmens; Turkmenistani(s)
TUV | Tuvalu | | Funafuti | Tuvaluan(s)
UGA | Uganda | +Republic of Uganda | Kampala | Ugandan(s)
UKR | Ukraine | the Ukraine | Kyiv; Kiev | Ukrainian(s)
ARE | United Arab Emirates | the United Arab Emirates; UAE; U.A.E.; the UAE; the Emirates | Abu Dhabi | Emirati(s)
GBR | United Kingdom | the United Kingdom; ~Britain; Great Britain; UK; U.K.; the UK;
    the U.K. | London | British; Briton(s); Brit(s)
USA | United States | the United States; +United States of America; the United States of America; ~America; US;
    U.S.; USA; U.S.A.; the US; the U.S.; the USA | Washington; Washington, D.C.; Washington D.C.;
    Washington DC; Washington, DC | American(s)
URY | Uruguay | +Oriental Republic of Uruguay; +Eastern Republic of Uruguay | Montevideo | Uruguayan(s)
UZB | Uzbekistan | +Republic of Uzbekistan | Tashkent | Uzbek(s); Uzbekistani(s)
VUT | Vanuatu | +Republic of Vanuatu | Port Vila | Ni-Vanuatu
VEN | Venezuela | +Bolivarian Republic of Venezuela | Caracas | Venezuelan(s)
VNM | Vietnam | Viet Nam; +Socialist Republic of Vietnam; +Socialist Republic of Viet Nam | Hanoi | Vietnamese
YEM | Yemen | +Republic of Yemen | Sanaa; Sana'a | Yemeni(s)
ZMB | Zambia | +Republic of Zambia | Lusaka | Zambian(s)
ZWE | Zimbabwe | +Republic of Zimbabwe | Harare | Zimbabwean(s)
VAT | Holy See | the Holy See; Vatican; the Vatican; Vatican City; Vatican City State | |
PSE | Palestine | +State of Palestine; Palestinian territories; occupied Palestinian territories;
    Palestinian Authority | East Jerusalem | Palestinian(s)
TWN | Taiwan | +Republic of China; ROC; R.O.C.; Chinese Taipei; Formosa | Taipei | Taiwanese
XKX | Kosovo | +Republic of Kosovo | Pristina; Prishtina | Kosovar(s); Kosovan(s)
"""

# Seats of government used metonymically for the state (or, for Brussels, for the EU).
SEATS: dict[str, list[str]] = {
    "RUS": ["the Kremlin", "Kremlin"],
    "USA": ["the White House", "White House", "the Pentagon", "Pentagon", "Foggy Bottom"],
    "GBR": ["Downing Street", "10 Downing Street", "Number 10", "Whitehall"],
    "FRA": ["the Élysée", "Élysée", "Élysée Palace", "Quai d'Orsay"],
    "CHN": ["Zhongnanhai"],
    "UKR": ["Bankova"],
    "ARM": ["Baghramyan 26"],
    "KOR": ["the Blue House", "Blue House"],
    "PSE": ["Ramallah"],
}

# pycountry forms never used as aliases (outdated, political or misleading).
PYCOUNTRY_SKIP = {
    "Taiwan, Province of China",
    "Republic of Bosnia and Herzegovina",
    "Holy See (Vatican City State)",
    "Macao Special Administrative Region of China",
}

# Aliases matched case-sensitively because their lower-case form is an ordinary English word.
# (All-caps abbreviations of two or three letters are case-sensitive anyway, see registry.py.)
CASE_SENSITIVE = ["Turkey", "Guinea", "Malé", "Male", "Polish", "Pole", "Poles", "Swede", "Swedes"]

ABBREV = re.compile(r"^(the )?([A-Z][A-Za-z]?\.?)+[A-Z]\.?$")


def expand(entry: str) -> list[str]:
    """``Afghan(s)`` -> ``["Afghan", "Afghans"]``."""
    if entry.endswith("(s)"):
        base = entry[:-3]
        return [base, base + "s"]
    return [entry]


def split(col: str) -> list[str]:
    return [e.strip() for e in col.split(";") if e.strip()]


def _adder(aliases: list[str], seen: set[str]) -> Callable[[str, str], None]:
    """Return ``add(text, role)`` appending ``"role:text"`` to ``aliases`` unless already present."""

    def add(text: str, role: str) -> None:
        naming = role in ("name", "alias", "short", "abbrev")
        key = text.casefold() + "|" + role
        if (naming and text.casefold() in seen) or key in seen:
            return
        seen.add(key)
        if naming:
            seen.add(text.casefold())
        aliases.append(f"{role}:{text}")

    return add


def build() -> dict[str, object]:
    actors: list[dict[str, object]] = []
    codes = UN_MEMBERS + EXTRA_STATES
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    rows = {}
    joined: list[str] = []
    for line in TABLE.strip("\n").splitlines():
        if line[:1].isspace() and joined:
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    for line in joined:
        cols = [c.strip() for c in line.split("|")]
        while len(cols) < 5:
            cols.append("")
        rows[cols[0]] = cols
    missing = set(codes) - set(rows)
    extra = set(rows) - set(codes)
    assert not missing and not extra, (missing, extra)
    for code in codes:
        _, canon, alias_col, cap_col, dem_col = rows[code]
        aliases: list[str] = []
        seen = {canon.casefold()}
        add = _adder(aliases, seen)

        for entry in split(alias_col):
            if entry.startswith("+"):
                add(entry[1:], "name")
            elif entry.startswith("~"):
                add(entry[1:], "short")
            elif ABBREV.match(entry):
                add(entry, "abbrev")
            else:
                add(entry, "alias")
        c = pycountry.countries.get(alpha_3=code)
        if c is not None and code != "TWN":
            for attr in ("name", "official_name", "common_name"):
                val = getattr(c, attr, None)
                if not val or "," in val or val in PYCOUNTRY_SKIP:
                    continue
                val = re.sub(r"^the ", "", val)
                add(val, "name")
        for cap in split(cap_col):
            add(cap, "capital")
        for seat in SEATS.get(code, []):
            add(seat, "seat")
        for dem in split(dem_col):
            for form in expand(dem):
                add(form, "demonym")
        actors.append({"id": code, "kind": "state", "name": canon, "country": None, "aliases": aliases})
    return {
        "_comment": "Generated by scripts/build_registry_states.py - do not edit by hand.",
        "case_sensitive": CASE_SENSITIVE,
        "actors": actors,
    }


def dump(data: dict[str, object]) -> str:
    """JSON with one actor / row per line (the layout of all files in ``resolve/data``)."""

    def inline(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    def rows(values: list[object], indent: str) -> str:
        return "[\n" + ",\n".join(indent + " " + inline(v) for v in values) + "\n" + indent + "]"

    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict | list):
            text = rows(value, " ")
        elif isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
            text = "{\n" + ",\n".join(f"  {inline(k)}: {rows(v, '  ')}" for k, v in value.items()) + "\n }"
        else:
            text = inline(value)
        parts.append(f" {inline(key)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main() -> int:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dump(data), encoding="utf-8")
    print(f"wrote {OUT} ({len(data['actors'])} states)")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
