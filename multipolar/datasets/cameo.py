"""CAMEO event codes: names (as ICEWS writes them), QuadClass, Goldstein, and the mapping to PLOVER types.

The PLOVER mapping follows the PLOVER manual's CAMEO correspondence (``CAMEO2PLOVER``) at the level of
CAMEO base codes; CAMEO 01 (public statements) has no PLOVER type (PLOVER dropped it) and is stored with
``type`` NULL. CAMEO 03 (intent to cooperate) maps to the type of the intended action — the "future"
auxiliary mode is recorded in ``mode`` as ``intent``.
"""

from __future__ import annotations

#: Root → (QuadClass, Goldstein of the root) — from GDELT's CAMEO.goldsteinscale.txt (docs/event-data.md).
ROOTS: dict[str, tuple[int, float]] = {
    "01": (1, 0.0), "02": (1, 3.0), "03": (1, 4.0), "04": (1, 1.0), "05": (1, 3.5), "06": (2, 6.0), "07": (2, 7.0),
    "08": (2, 5.0), "09": (2, -2.0), "10": (3, -5.0), "11": (3, -2.0), "12": (3, -4.0), "13": (3, -6.0),
    "14": (3, -6.5), "15": (4, -7.2), "16": (4, -4.0), "17": (4, -7.0), "18": (4, -9.0), "19": (4, -10.0),
    "20": (4, -10.0),
}
#: Sub-codes with their own Goldstein value (the rest take the root's).
GOLDSTEIN: dict[str, float] = {"057": 8.0, "0874": 10.0, "1823": -10.0, "163": -8.0}

#: Root → PLOVER type; base-code overrides in PLOVER_BASE. Value (type, mode).
PLOVER_ROOT: dict[str, tuple[str | None, str | None]] = {
    "01": (None, None), "02": ("REQUEST", None), "03": ("COOPERATE", "intent"), "04": ("CONSULT", None),
    "05": ("SUPPORT", None), "06": ("COOPERATE", None), "07": ("AID", None), "08": ("RETREAT", None),
    "09": ("ACCUSE", "investigate"), "10": ("REQUEST", None), "11": ("ACCUSE", "disapprove"), "12": ("REJECT", None),
    "13": ("THREATEN", None), "14": ("PROTEST", None), "15": ("MOBILIZE", None), "16": ("SANCTION", None),
    "17": ("COERCE", None), "18": ("ASSAULT", None), "19": ("ASSAULT", None), "20": ("ASSAULT", "unconventional"),
}
PLOVER_BASE: dict[str, tuple[str | None, str | None]] = {
    "021": ("REQUEST", "assist"), "022": ("REQUEST", "assist"), "023": ("REQUEST", "assist"),
    "024": ("REQUEST", "change"), "025": ("REQUEST", "yield"), "026": ("REQUEST", "meet"), "027": ("REQUEST", "meet"),
    "028": ("REQUEST", "meet"),
    "032": ("SUPPORT", "intent"), "033": ("AID", "intent"), "034": ("CONCEDE", "intent"), "035": ("RETREAT", "intent"),
    "036": ("CONSULT", "intent"), "037": ("AGREE", "intent"), "038": ("AGREE", "intent"), "039": ("CONSULT", "intent"),
    "041": ("CONSULT", "phone"), "042": ("CONSULT", "visit"), "043": ("CONSULT", "visit"),
    "044": ("CONSULT", "third-party"), "045": ("CONSULT", "third-party"), "046": ("CONSULT", None),
    "054": ("AGREE", None), "055": ("CONCEDE", None), "056": ("CONCEDE", None), "057": ("AGREE", None),
    "081": ("RETREAT", None), "082": ("CONCEDE", None), "083": ("CONCEDE", None), "084": ("RETREAT", "release"),
    "085": ("RETREAT", None), "086": ("RETREAT", "access"), "087": ("RETREAT", "ceasefire"),
    "101": ("REQUEST", "assist"), "102": ("REQUEST", "assist"), "103": ("REQUEST", "assist"),
    "104": ("REQUEST", "change"), "105": ("REQUEST", "yield"), "106": ("REQUEST", "meet"), "107": ("REQUEST", "meet"),
    "108": ("REQUEST", "meet"), "112": ("ACCUSE", "allege"), "115": ("ACCUSE", "allege"),
    "121": ("REJECT", "assist"), "122": ("REJECT", "assist"), "123": ("REJECT", "change"), "124": ("REJECT", "yield"),
    "125": ("REJECT", "meet"), "126": ("REJECT", "meet"), "127": ("REJECT", "meet"),
    "131": ("THREATEN", "restrict"), "132": ("THREATEN", "restrict"), "133": ("THREATEN", None),
    "137": ("THREATEN", "arrest"), "138": ("THREATEN", "violence"), "141": ("PROTEST", "demo"),
    "143": ("PROTEST", "strike"), "144": ("PROTEST", "obstruct"), "145": ("PROTEST", "riot"),
    "154": ("MOBILIZE", "troops"), "153": ("MOBILIZE", "police"), "161": ("SANCTION", "discontinue"),
    "162": ("SANCTION", "discontinue"), "163": ("SANCTION", None), "166": ("SANCTION", "expel"),
    "171": ("COERCE", "seize"), "172": ("COERCE", "restrict"), "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"),
    "175": ("COERCE", None), "181": ("ASSAULT", "abduct"), "182": ("ASSAULT", "beat"), "183": ("ASSAULT", "explosives"),
    "185": ("ASSAULT", "targeted"), "186": ("ASSAULT", "targeted"), "191": ("COERCE", "restrict"),
    "192": ("COERCE", "seize"), "193": ("ASSAULT", "firearms"), "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "aerial"), "196": ("ASSAULT", None),
}

#: CAMEO code → name, as ICEWS spells the names (lower-cased keys in NAME_TO_CODE).
NAMES: dict[str, str] = {
    "010": "Make statement", "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord",
    "020": "Make an appeal or request", "021": "Appeal for material cooperation", "0211": "Appeal for economic cooperation",  # noqa: E501
    "0212": "Appeal for military cooperation", "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",  # noqa: E501
    "022": "Appeal for diplomatic cooperation (such as policy support)", "023": "Appeal for aid",
    "0231": "Appeal for economic aid", "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of political dissent",
    "0253": "Appeal for release of persons or property", "0254": "Appeal for easing of economic sanctions, boycott, or embargo",  # noqa: E501
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "028": "Appeal to engage in or accept mediation",
    "030": "Express intent to cooperate", "031": "Express intent to engage in material cooperation",
    "0311": "Express intent to cooperate economically", "0312": "Express intent to cooperate militarily",
    "0313": "Express intent to cooperate on judicial matters", "0314": "Express intent to cooperate on intelligence",
    "032": "Express intent to engage in diplomatic cooperation (such as policy support)",
    "033": "Express intent to provide material aid", "0331": "Express intent to provide economic aid",
    "0332": "Express intent to provide military aid", "0333": "Express intent to provide humanitarian aid",
    "0334": "Express intent to provide military protection or peacekeeping",
    "034": "Express intent to institute political reform", "0341": "Express intent to change leadership",
    "0342": "Express intent to change policy", "0343": "Express intent to provide rights",
    "0344": "Express intent to change institutions, regime", "035": "Express intent to yield",
    "0351": "Express intent to ease administrative sanctions", "0352": "Express intent to ease popular dissent",
    "0353": "Express intent to release persons or property",
    "0354": "Express intent to ease economic sanctions, boycott, or embargo",
    "0355": "Express intent to allow international involvement (not mediation)",
    "0356": "Express intent to de-escalate military engagement", "036": "Express intent to meet or negotiate",
    "037": "Express intent to settle dispute", "038": "Express intent to accept mediation",
    "039": "Express intent to mediate",
    "040": "Consult", "041": "Discuss by telephone", "042": "Make a visit", "043": "Host a visit",
    "044": "Meet at a 'third' location", "045": "Mediate", "046": "Engage in negotiation",
    "050": "Engage in diplomatic cooperation", "051": "Praise or endorse", "052": "Defend verbally",
    "053": "Rally support on behalf of", "054": "Grant diplomatic recognition", "055": "Apologize", "056": "Forgive",
    "057": "Sign formal agreement",
    "060": "Engage in material cooperation", "061": "Cooperate economically", "062": "Cooperate militarily",
    "063": "Engage in judicial cooperation", "064": "Share intelligence or information",
    "070": "Provide aid", "071": "Provide economic aid", "072": "Provide military aid", "073": "Provide humanitarian aid",  # noqa: E501
    "074": "Provide military protection or peacekeeping", "075": "Grant asylum",
    "080": "Yield", "081": "Ease administrative sanctions", "0811": "Ease restrictions on political freedoms",
    "0812": "Ease ban on political parties or politicians", "0813": "Ease curfew",
    "0814": "Ease state of emergency or martial law", "082": "Ease political dissent",
    "083": "Accede to requests or demands for political reform", "0831": "Accede to demands for change in leadership",
    "0832": "Accede to demands for change in policy", "0833": "Accede to demands for rights",
    "0834": "Accede to demands for change in institutions, regime", "084": "Return, release",
    "0841": "Return, release person(s)", "0842": "Return, release property",
    "085": "Ease economic sanctions, boycott, embargo", "086": "Allow international involvement",
    "0861": "Receive deployment of peacekeepers", "0862": "Receive inspectors",
    "0863": "Allow humanitarian access", "087": "De-escalate military engagement", "0871": "Declare truce, ceasefire",
    "0872": "Ease military blockade", "0873": "Demobilize armed forces", "0874": "Retreat or surrender militarily",
    "090": "Investigate", "091": "Investigate crime, corruption", "092": "Investigate human rights abuses",
    "093": "Investigate military action", "094": "Investigate war crimes",
    "100": "Demand", "101": "Demand material cooperation", "1011": "Demand economic cooperation",
    "1012": "Demand military cooperation", "1013": "Demand judicial cooperation", "1014": "Demand intelligence cooperation",  # noqa: E501
    "102": "Demand diplomatic cooperation (such as policy support)", "103": "Demand material aid",
    "1031": "Demand economic aid", "1032": "Demand military aid", "1033": "Demand humanitarian aid",
    "1034": "Demand military protection or peacekeeping", "104": "Demand political reform",
    "1041": "Demand change in leadership", "1042": "Demand policy change", "1043": "Demand rights",
    "1044": "Demand change in institutions, regime", "105": "Demand that target yields",
    "1051": "Demand easing of administrative sanctions", "1052": "Demand easing of political dissent",
    "1053": "Demand release of persons or property", "1054": "Demand easing of economic sanctions, boycott, or embargo",
    "1055": "Demand that target allows international involvement (non-mediation)",
    "1056": "Demand de-escalation of military engagement", "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute", "108": "Demand mediation",
    "110": "Disapprove", "111": "Criticize or denounce", "112": "Accuse", "1121": "Accuse of crime, corruption",
    "1122": "Accuse of human rights abuses", "1123": "Accuse of aggression", "1124": "Accuse of war crimes",
    "1125": "Accuse of espionage, treason", "113": "Rally opposition against", "114": "Complain officially",
    "115": "Bring lawsuit against", "116": "Find guilty or liable (legally)",
    "120": "Reject", "121": "Reject material cooperation", "1211": "Reject economic cooperation",
    "1212": "Reject military cooperation", "122": "Reject request or demand for material aid",
    "1221": "Reject request for economic aid", "1222": "Reject request for military aid",
    "1223": "Reject request for humanitarian aid", "1224": "Reject request for military protection or peacekeeping",
    "123": "Reject request or demand for political reform", "1231": "Reject request for change in leadership",
    "1232": "Reject request for policy change", "1233": "Reject request for rights",
    "1234": "Reject request for change in institutions, regime", "124": "Refuse to yield",
    "1241": "Refuse to ease administrative sanctions", "1242": "Refuse to ease popular dissent",
    "1243": "Refuse to release persons or property", "1244": "Refuse to ease economic sanctions, boycott, or embargo",
    "1245": "Refuse to allow international involvement (non mediation)",
    "1246": "Refuse to de-escalate military engagement", "125": "Reject proposal to meet, discuss, or negotiate",
    "126": "Reject mediation", "127": "Reject plan, agreement to settle dispute", "128": "Defy norms, law",
    "129": "Veto",
    "130": "Threaten", "131": "Threaten non-force", "1311": "Threaten to reduce or stop aid",
    "1312": "Threaten with sanctions, boycott, embargo", "1313": "Threaten to reduce or break relations",
    "132": "Threaten with administrative sanctions", "133": "Threaten with political dissent, protest",
    "134": "Threaten to halt negotiations", "135": "Threaten to halt mediation",
    "136": "Threaten to halt international involvement (non-mediation)", "137": "Threaten with repression",
    "138": "Threaten with military force", "139": "Give ultimatum",
    "140": "Engage in political dissent", "141": "Demonstrate or rally", "1411": "Demonstrate for leadership change",
    "1412": "Demonstrate for policy change", "1413": "Demonstrate for rights",
    "1414": "Demonstrate for change in institutions, regime", "142": "Conduct hunger strike",
    "143": "Conduct strike or boycott", "144": "Obstruct passage, block", "145": "Protest violently, riot",
    "150": "Demonstrate military or police power", "151": "Increase police alert status",
    "152": "Increase military alert status", "153": "Mobilize or increase police power",
    "154": "Mobilize or increase armed forces", "155": "Mobilize or increase cyber-forces",
    "160": "Reduce relations", "161": "Reduce or break diplomatic relations", "162": "Reduce or stop material aid",
    "1621": "Reduce or stop economic assistance", "1622": "Reduce or stop military assistance",
    "1623": "Reduce or stop humanitarian assistance", "163": "Impose embargo, boycott, or sanctions",
    "164": "Halt negotiations", "165": "Halt mediation", "166": "Expel or withdraw",
    "1661": "Expel or withdraw peacekeepers", "1662": "Expel or withdraw inspectors, observers",
    "1663": "Expel or withdraw aid agencies",
    "170": "Coerce", "171": "Seize or damage property", "1711": "Confiscate property", "1712": "Destroy property",
    "172": "Impose administrative sanctions", "1721": "Impose restrictions on political freedoms",
    "1722": "Ban political parties or politicians", "1723": "Impose curfew",
    "1724": "Impose state of emergency or martial law", "173": "Arrest, detain, or charge with legal action",
    "174": "Expel or deport individuals", "175": "Use tactics of violent repression", "176": "Attack cybernetically",
    "180": "Use unconventional violence", "181": "Abduct, hijack, or take hostage", "182": "Physically assault",
    "1821": "Sexually assault", "1822": "Torture", "1823": "Kill by physical assault",
    "183": "Conduct suicide, car, or other non-military bombing", "1831": "Carry out suicide bombing",
    "1832": "Carry out vehicular bombing", "1833": "Carry out roadside bombing", "184": "Use as human shield",
    "185": "Attempt to assassinate", "186": "Assassinate",
    "190": "Use conventional military force", "191": "Impose blockade, restrict movement", "192": "Occupy territory",
    "193": "Fight with small arms and light weapons", "194": "Fight with artillery and tanks",
    "195": "Employ aerial weapons", "196": "Violate ceasefire",
    "200": "Use unconventional mass violence", "201": "Engage in mass expulsion", "202": "Engage in mass killings",
    "203": "Engage in ethnic cleansing", "204": "Use weapons of mass destruction",
    "2041": "Use chemical, biological, or radiological weapons", "2042": "Detonate nuclear weapons",
}
#: Names ICEWS uses that differ from the CAMEO codebook's.
_ICEWS_NAMES = {
    "reject judicial cooperation": "121", "engage in political dissent": "140",
}
NAME_TO_CODE: dict[str, str] = {v.lower(): k for k, v in NAMES.items()} | _ICEWS_NAMES


def info(code: str) -> tuple[str | None, str | None, int | None, float | None]:
    """(PLOVER type, mode, QuadClass, Goldstein) for a CAMEO code; Nones if unknown."""
    root = code[:2]
    if root not in ROOTS:
        return None, None, None, None
    quad, gold = ROOTS[root]
    for k in (code, code[:3]):
        if k in GOLDSTEIN:
            gold = GOLDSTEIN[k]
            break
    ptype, mode = PLOVER_BASE.get(code[:3], PLOVER_ROOT[root])
    return ptype, mode, quad, gold


def plover_rows() -> list[tuple[str, str | None, str | None, int | None, float | None]]:
    """(cameo, type, mode, quad, goldstein) for every known code plus the bare roots."""
    keys = set(NAMES) | set(ROOTS)
    return [(k, *info(k)) for k in sorted(keys)]
