"""UN General Assembly roll-call votes (Voeten) and ideal points / agreement scores (Bailey–Strezhnev–Voeten).

``unga-votes`` fills three tables of their own, because agreement is computed roll call by roll call:

* ``un_votes(rcid, actor, vote)`` — one row per country and roll call; ``actor`` is ISO3 (``country_code``
  is ISO2; rows without it — "Federal Republic of Germany", "Yemen Arab Republic", "Zanzibar" — are mapped
  by name); ``vote`` ∈ yes / no / abstain (absences are not in the source).
* ``un_roll_calls(rcid, session, date, important, unres, amend, para, short, descr)``.
* ``un_roll_call_issues(rcid, issue_code, issue)`` — six issue codes (me, nu, di, hr, co, ec).

``unga-ideal-points`` gives observations per country and session; period = the year the session opened
(``1945 + session``), ``month`` NULL:

* ``unga_agreement`` — from_actor = the country, to_actor ∈ USA, RUS, CHN, BRA, IND, ISR; value = share of
  the session's votes in which the two agreed (unit ``share``).
* ``unga_ideal_point`` (and quantiles ``unga_ideal_point_q00``…``q100``), ``unga_votes_cast`` — to_actor NULL.
"""

from __future__ import annotations

from ..resolve.codes import iso2_to_iso3, name_to_iso3
from .base import FileKind, Loader, LoadSession, register
from .cowtrade import map_cow
from .obs_util import unpivot

VOTES = FileKind("votes", ("un_votes*.csv*", "unvotes*.csv*"),
                 (("rcid", "BIGINT"), ("country", "VARCHAR"), ("country_code", "VARCHAR"), ("vote", "VARCHAR")))
ROLL_CALLS = FileKind("roll-calls", ("un_roll_calls*.csv*",),
                      (("rcid", "BIGINT"), ("session", "DOUBLE"), ("importantvote", "DOUBLE"), ("date", "DATE"),
                       ("unres", "VARCHAR"), ("amend", "DOUBLE"), ("para", "DOUBLE"), ("short", "VARCHAR"),
                       ("descr", "VARCHAR")))
ISSUES = FileKind("issues", ("un_roll_call_issues*.csv*",),
                  (("rcid", "BIGINT"), ("short_name", "VARCHAR"), ("issue", "VARCHAR")))

_IP_COLS = (("rowname", "VARCHAR"), ("ccode", "DOUBLE"), ("session", "DOUBLE"), ("NVotesAll", "DOUBLE"),
            ("IdealPointAll", "DOUBLE"), ("q00", "DOUBLE"), ("q05", "DOUBLE"), ("q10", "DOUBLE"), ("q50", "DOUBLE"),
            ("q90", "DOUBLE"), ("q95", "DOUBLE"), ("q100", "DOUBLE"), ("iso3c", "VARCHAR"), ("Countryname", "VARCHAR"),
            ("USAgree", "DOUBLE"), ("RUSSAgree", "DOUBLE"), ("BrazilAgree", "DOUBLE"), ("ChinaAgree", "DOUBLE"),
            ("IndiaAgree", "DOUBLE"), ("IsraelAgree", "DOUBLE"))
_IP_HEADER = ("", "ccode", "session", "NVotesAll", "IdealPointAll", "QO%All", "Q5%All", "Q10%All", "Q50%All",
              "Q90%All", "Q95%All", "Q100%All", "iso3c", "Countryname", "USAgree", "RUSSAgree", "BrazilAgree",
              "ChinaAgree", "IndiaAgree", "IsraelAgree")
IDEAL = FileKind("ideal-points", ("idealpointestimates*.csv*",), _IP_COLS, header_names=_IP_HEADER)


def _vote_actor(key: str) -> str | None:
    code, _, name = key.partition("|")
    return iso2_to_iso3(code) if code else name_to_iso3(name)


@register
class UngaVotes(Loader):
    name = "unga-votes"
    title = "United Nations General Assembly roll-call votes (Voeten), sessions 1–74"
    version = "unvotes R package 0.3.0 data (2021-02-21 download of Dataverse hdl:1902.1/12379)"
    licence = "Voeten data CC0 (Harvard Dataverse); unvotes package MIT"
    citation = ("Voeten, Erik; Strezhnev, Anton; Bailey, Michael. United Nations General Assembly Voting Data. "
                "Harvard Dataverse, hdl:1902.1/12379; Robinson, D. unvotes (R package).")
    url = "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"
    folder = "unga_votes_voeten_unvotes"
    kinds = (VOTES, ROLL_CALLS, ISSUES)
    method = "unga-votes.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        src = f"'{ctx.source.replace(chr(39), chr(39) * 2)}'"
        if ctx.kind is VOTES:
            ctx.name_table("_vn", "SELECT DISTINCT coalesce(country_code, '') || '|' || coalesce(country, '') FROM _raw",  # noqa: E501
                           _vote_actor)
            ctx.temp("_stage", "SELECT r.rowid AS _rid, r.*, n.code AS actor FROM _raw r LEFT JOIN _vn n "
                               "ON n.name = coalesce(r.country_code, '') || '|' || coalesce(r.country, '')")
            ctx.reject("_stage", "rcid IS NULL", "'missing rcid'")
            ctx.reject("_stage", "actor IS NULL", "'unknown country: ' || coalesce(country_code, '') || ' ' || "
                                                  "coalesce(country, '')")
            ctx.reject("_stage", "lower(vote) NOT IN ('yes', 'no', 'abstain') OR vote IS NULL",
                       "'unknown vote value: ' || coalesce(vote, 'empty') || ' (expected yes, no or abstain)'")
            line = ctx.line_expr("_rid")
            ctx.insert_into("un_votes", "rcid, actor, vote, source_file, source_row",
                            f"SELECT rcid, actor, lower(vote), {src}, {line} FROM _stage")
        elif ctx.kind is ROLL_CALLS:
            ctx.temp("_stage", "SELECT rowid AS _rid, * FROM _raw")
            ctx.reject("_stage", "rcid IS NULL", "'missing rcid'")
            line = ctx.line_expr("_rid")
            ctx.insert_into("un_roll_calls", "rcid, session, date, important, unres, amend, para, short, descr, "
                                             "source_file, source_row",
                            f"SELECT rcid, CAST(session AS INT), date, importantvote = 1, unres, amend = 1, para = 1, "
                            f"short, descr, {src}, {line} FROM _stage")
        else:
            ctx.temp("_stage", "SELECT rowid AS _rid, * FROM _raw")
            ctx.reject("_stage", "rcid IS NULL", "'missing rcid'")
            line = ctx.line_expr("_rid")
            ctx.insert_into("un_roll_call_issues", "rcid, issue_code, issue, source_file, source_row",
                            f"SELECT rcid, short_name, issue, {src}, {line} FROM _stage")


@register
class UngaIdealPoints(Loader):
    name = "unga-ideal-points"
    title = "UNGA ideal points and agreement scores (Bailey, Strezhnev & Voeten), sessions 1–78"
    version = "June 2024 release"
    licence = "CC0 (Harvard Dataverse terms)"
    citation = ("Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. Estimating Dynamic State Preferences "
                "from United Nations Voting Data. Journal of Conflict Resolution 61(2): 430-456.")
    url = "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"
    folder = "unga_ideal_points_voeten_2024"
    kinds = (IDEAL,)
    method = "unga-ideal-points.v1"

    def load_file(self, ctx: LoadSession) -> None:
        ctx.read()
        ctx.temp("_raw2", "SELECT rowid AS _rawid, *, 1945 + session AS year FROM _raw")
        map_cow(ctx, "_raw2", {"ccode": "a"})
        ctx.execute("UPDATE _stage SET _rid = _rawid")
        agree = [("USAgree", "USA"), ("RUSSAgree", "RUS"), ("BrazilAgree", "BRA"), ("ChinaAgree", "CHN"),
                 ("IndiaAgree", "IND"), ("IsraelAgree", "ISR")]
        parts = [unpivot(ctx, "_stage", [(col, "unga_agreement", "share")], from_actor="a", to_actor=f"'{iso}'")
                 for col, iso in agree]
        mono = [("IdealPointAll", "unga_ideal_point", "ideal_point"), ("NVotesAll", "unga_votes_cast", "votes")]
        mono += [(q, f"unga_ideal_point_{q}", "ideal_point") for q in ("q00", "q05", "q10", "q50", "q90", "q95", "q100")]  # noqa: E501
        parts.append(unpivot(ctx, "_stage", mono, from_actor="a"))
        ctx.insert_observations(" UNION ALL ".join(parts))
