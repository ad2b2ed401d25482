"""The CLI behaves as a new user trying the README expects: real calls through `multipolar.cli.main` on a real
store (the bundled starter pack, built by `multipolar demo`), asserting exit statuses and messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from multipolar import __version__
from multipolar.cli import main

from .conftest import DATA, needs_data

EXAMPLES = Path(__file__).resolve().parents[1] / "multipolar" / "examples" / "texts"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built by `multipolar demo --db …` (starter pack + example texts), once per module."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    assert main(["demo", "--db", str(path)]) == 0
    return path


# -- 1. --version and click's own usage errors ---------------------------------------------------------------
def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"multipolar {__version__}"
    assert "internal error" not in err


@pytest.mark.parametrize("args", [["no-such-command"], ["influence", "--format", "xx"], ["influence", "--nope"]])
def test_click_usage_errors_exit_2_not_internal_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(args, capsys)
    assert code == 2
    assert "internal error" not in err and "Traceback" not in err


# -- 2. selectors ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "named", "nearest"), [
    (["influence", "--target", "XXX"], "'XXX'", "XKX"),
    (["influence", "--target", "GEO", "--powers", "CHN,FOO"], "'FOO'", "did you mean"),
    (["hedging", "--targets", "ARM,ZZZ"], "'ZZZ'", "did you mean"),
    (["explain", "--power", "FOO", "--target", "GEO", "--year", "2018"], "'FOO'", "did you mean"),
    (["explain", "--power", "CHN", "--target", "Georgai", "--year", "2018"], "'Georgai'", "GEO (Georgia)"),
    (["brief", "--targets", "XXX", "-o", "-"], "'XXX'", "XKX"),
])
def test_unknown_codes_are_usage_errors_naming_the_code_and_the_nearest(
        args: list[str], named: str, nearest: str, demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([*args, "--db", str(demo_db)], capsys)
    assert code == 2, err
    assert named in err and nearest in err
    assert out == ""


@pytest.mark.parametrize("spelling", ["Georgia", "ge", "geo", "GEO"])
def test_states_are_accepted_by_name_iso2_and_iso3(spelling: str, demo_db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["influence", "--target", spelling, "--powers", "china,RUS,west", "--years", "2018",
                          "--format", "csv", "--db", str(demo_db)], capsys)
    assert code == 0, err
    lines = out.splitlines()[1:]
    assert lines and all(",GEO,2018," in line for line in lines)
    assert {line.split(",")[0] for line in lines} == {"CHN", "RUS", "WEST"}


def test_group_powers_are_valid(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["hedging", "--targets", "Armenia,AZ,geo", "--powers", "WEST,EU,NATO,EAEU,CIS,SCO",
                          "--years", "2015", "--format", "csv", "--db", str(demo_db)], capsys)
    assert code == 0, err
    assert {line.split(",")[0] for line in out.splitlines()[1:]} == {"ARM", "AZE", "GEO"}


def test_explain_accepts_names(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["explain", "--power", "China", "--target", "ge", "--year", "2018", "--format", "json",
                          "--db", str(demo_db)], capsys)
    assert code == 0, err
    assert '"power": "CHN"' in out and '"target": "GEO"' in out


def test_years_outside_the_data_name_the_data_range(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from multipolar.store import Store

    with Store(demo_db, read_only=True) as s:
        lo, hi = s.query("SELECT min(year) AS lo, max(year) AS hi FROM observations")[0].values()
    for args in (["influence", "--target", "GEO"], ["hedging"], ["brief", "-o", "-"]):
        code, out, err = run([*args, "--years", "3000-3010", "--db", str(demo_db)], capsys)
        assert code == 2, (args, err)
        assert "3000-3010" in err and f"{lo}–{hi}" in err
    code, _, err = run(["explain", "--power", "CHN", "--target", "GEO", "--year", "3000", "--db", str(demo_db)],
                       capsys)
    assert code == 2 and f"{lo}–{hi}" in err


def test_bad_date_is_a_usage_error_with_the_formats(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["events", "--from", "yesterday", "--db", str(demo_db)], capsys)
    assert code == 2
    assert "'yesterday'" in err and "YYYY-MM-DD" in err
    code, _, err = run(["events", "--to", "2015-13", "--db", str(demo_db)], capsys)
    assert code == 2
    code, _, err = run(["events", "--from", "2015-06", "--format", "json", "--db", str(demo_db)], capsys)
    assert code == 0, err


# -- 3. exit statuses ----------------------------------------------------------------------------------------
def test_help_documents_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    text = " ".join(out.split())
    assert code == 0
    for part in ("Exit status: 0 all good", "1 some inputs failed", "2 usage error", "3 a dataset file",
                 "4 the extraction", "5 the store", "70 internal error"):
        assert part in text


def test_ingest_with_one_failed_input_of_many_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x00binary")
    db = tmp_path / "s.duckdb"
    code, out, err = run(["ingest", str(EXAMPLES / "02-armenia-eaeu.md"), str(EXAMPLES / "03-btk-railway.md"),
                          str(bad), "--db", str(db)], capsys)
    assert code == 1
    assert "2 new" in out and "1 failed" in out and "bad.md" in err
    code, out, _ = run(["ingest", str(EXAMPLES / "02-armenia-eaeu.md"), "--db", str(db)], capsys)
    assert code == 0 and "1 unchanged" in out
    code, _, err = run(["ingest", str(bad), "--db", str(db)], capsys)
    assert code == 2 and "nothing could be read" in err


def test_extract_with_one_failed_input_exits_1_and_writes_the_rest(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(EXAMPLES / "02-armenia-eaeu.md"), str(tmp_path / "missing.md")], capsys)
    assert code == 1
    assert "missing.md" in err and "Armenia" in out


# -- 4. extract -o DIR/ --------------------------------------------------------------------------------------
def test_extract_folder_to_new_dir_with_slash_writes_one_file_per_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = sorted(p.stem for p in EXAMPLES.glob("*.md"))
    out = tmp_path / "out"
    code, _, err = run(["extract", str(EXAMPLES), "-o", f"{out}/"], capsys)
    assert code == 0, err
    assert out.is_dir() and sorted(p.stem for p in out.iterdir()) == docs
    out2 = tmp_path / "nested" / "out2"    # a folder input: a folder even without the slash
    code, _, _ = run(["extract", str(EXAMPLES), "-o", str(out2)], capsys)
    assert code == 0 and out2.is_dir() and len(list(out2.iterdir())) == len(docs)
    out3 = tmp_path / "two"                # several inputs
    code, _, _ = run(["extract", str(EXAMPLES / "02-armenia-eaeu.md"), str(EXAMPLES / "03-btk-railway.md"),
                      "-o", str(out3)], capsys)
    assert code == 0 and sorted(p.name for p in out3.iterdir()) == ["02-armenia-eaeu.json", "03-btk-railway.json"]


def test_extract_one_file_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "article.json"
    code, _, _ = run(["extract", str(EXAMPLES / "02-armenia-eaeu.md"), "-o", str(out)], capsys)
    assert code == 0 and out.is_file()
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "multipolar.evidence/1"
    single = tmp_path / "plain"            # one file input, no slash: one file
    code, _, _ = run(["extract", str(EXAMPLES / "02-armenia-eaeu.md"), "-o", str(single)], capsys)
    assert code == 0 and single.is_file()


# -- 5. load auto FOLDER ------------------------------------------------------------------------------------
@needs_data
def test_load_auto_folder_loads_every_dataset_and_reports_skips_and_failures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    for sub in ("aid", "unga", "geo", "docs"):
        (folder / sub).mkdir(parents=True)
    shutil.copy(DATA / "aiddata_gcdf3_country_year" / "cow_gcdf.csv", folder / "aid")
    ideal = DATA / "unga_ideal_points_voeten_2024" / "IdealpointestimatesAll_Jun2024.csv"
    (folder / "unga" / ideal.name).write_text("".join(ideal.open(encoding="utf-8").readlines()[:300]),
                                              encoding="utf-8")
    geo = DATA / "geostat_georgia_exports_by_country" / "ExportByCoutry.csv"
    head = "".join(geo.open(encoding="utf-8-sig").readlines()[:3])
    (folder / "geo" / geo.name).write_text(head + "garbage;x;y;z\n" * 50, encoding="utf-8")   # damaged
    (folder / "docs" / "README.md").write_text("notes\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    code, out, err = run(["load", "auto", str(folder), "--db", str(db)], capsys)
    assert code == 1, err
    text = " ".join(out.split())
    assert "aiddata" in text and "unga-ideal-points" in text and "geostat-exports" in text
    assert "2 dataset(s) loaded, 1 failed, 1 file(s) skipped" in text
    assert "README.md" in text and "no known dataset" in text
    assert "geostat-exports" in err and "ExportByCoutry.csv" in err
    code, out, _ = run(["datasets", "--format", "json", "--db", str(db)], capsys)
    assert {d["dataset"] for d in json.loads(out)} == {"aiddata", "unga-ideal-points"}
    (folder / "geo" / geo.name).unlink()
    code, out, _ = run(["load", "auto", str(folder), "--db", str(db), "--format", "json"], capsys)
    assert code == 0
    rep = json.loads(out)
    assert {d["dataset"]: d["status"] for d in rep["datasets"]} == {"aiddata": "unchanged",
                                                                    "unga-ideal-points": "unchanged"}
    assert [s["reason"] for s in rep["skipped"]] == ["no known dataset has these columns"]


# -- 7. a file that is not a store -------------------------------------------------------------------------
def test_sqlite_file_as_db_is_a_store_error_without_downloads(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    lite = tmp_path / "other.db"
    con = sqlite3.connect(lite)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    before = lite.read_bytes()
    for args in (["influence", "--target", "GEO"], ["events"], ["verify"], ["ingest", str(EXAMPLES)]):
        code, _, err = run([*args, "--db", str(lite)], capsys)
        assert code == 5, (args, err)
        assert "SQLite database, not a multipolar (DuckDB) store" in err and "--db" in err
        assert "extension" not in err.lower()
    assert lite.read_bytes() == before


def test_every_connection_turns_extension_autoloading_off(demo_db: Path) -> None:
    from multipolar.store import Store

    for store in (Store(":memory:"), Store(demo_db, read_only=True)):
        with store:
            assert store.scalar("SELECT current_setting('autoinstall_known_extensions')") is False
            assert store.scalar("SELECT current_setting('autoload_known_extensions')") is False


# -- 6. status ---------------------------------------------------------------------------------------------
def test_status_of_the_starter_store_can_compute_everything(demo_db: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["status", "--db", str(demo_db), "--format", "json"], capsys)
    assert code == 0, err
    st = json.loads(out)
    assert {m["measure"]: m["ready"] for m in st["measures"]} == {
        "economic influence": True, "security influence": True, "political influence": True,
        "FBIC validation": True, "hedging": True}
    assert st["brief"] == {"full": True, "needs": st["brief"]["needs"], "missing": []}
    years = {d["dataset"]: (d["first_year"], d["last_year"]) for d in st["datasets"]}
    assert years["sipri-register"][1] >= 2020 and years["cow-trade"][0] <= 1995
    code, out, _ = run(["status", "--db", str(demo_db)], capsys)
    assert code == 0 and "a full brief can be written" in out and "sipri-register" in out


def test_status_of_a_partial_store_says_what_is_missing(tmp_path: Path, demo_db: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from multipolar.store import Store

    db = tmp_path / "partial.duckdb"
    with Store(db) as s:                       # an empty store, then only the alliances of the starter pack
        s._con.execute(f"ATTACH '{demo_db}' AS demo (READ_ONLY)")
        s._con.execute("INSERT INTO load_runs SELECT * FROM demo.load_runs WHERE dataset = 'atop'")
        s._con.execute("INSERT INTO datasets SELECT * FROM demo.datasets WHERE name = 'atop'")
        s._con.execute("INSERT INTO observations SELECT * FROM demo.observations WHERE dataset = 'atop'")
    code, out, err = run(["status", "--db", str(db), "--format", "json"], capsys)
    assert code == 0, err
    st = json.loads(out)
    ready = {m["measure"]: m["ready"] for m in st["measures"]}
    assert ready["economic influence"] is False and ready["security influence"] is False
    assert st["brief"]["full"] is False
    assert "economic influence" in st["brief"]["missing"] and "documents whose claims are checked" in \
        st["brief"]["missing"]
    assert [d["dataset"] for d in st["datasets"]] == ["atop"]
    code, out, _ = run(["status", "--db", str(db)], capsys)
    text = " ".join(out.split())
    assert code == 0 and "missing for a full brief" in text and "multipolar load cow-trade" in text
    assert "multipolar load sipri" in text
    code, _, err = run(["status", "--db", str(tmp_path / "none.duckdb")], capsys)
    assert code == 2 and "no store here yet" in err


# -- tables that fit an 80-column terminal; --wide for everything ----------------------------------------------
TABLE_COMMANDS = [
    ["influence", "--target", "GEO"],
    ["hedging"],
    ["explain", "--power", "CHN", "--target", "GEO", "--year", "2019"],
    ["claims"], ["stances"], ["events", "--limit", "20"], ["actors"], ["datasets"], ["check"],
]


@pytest.mark.parametrize("args", TABLE_COMMANDS, ids=lambda a: a[0])
def test_tables_fit_80_columns_and_wide_shows_more(args: list[str], demo_db: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main([*args, "--db", str(demo_db)]) == 0
    narrow = capsys.readouterr().out
    assert narrow.strip()
    assert max(len(line) for line in narrow.splitlines()) <= 80, narrow
    assert main([*args, "--db", str(demo_db), "--wide"]) == 0
    wide = capsys.readouterr().out
    if "more columns with --wide: " in narrow:  # the columns left out are named, and --wide has them
        lines = narrow.split("more columns with --wide: ")[1].split("\n")
        text = lines[0]
        for line in lines[1:]:  # the hint wraps after a comma
            if not text.rstrip().endswith(","):
                break
            text += " " + line.strip()
        hidden = [h.strip() for h in text.split(",")]
        assert all(h in wide for h in hidden), hidden


def test_influence_numbers_are_never_cut_in_80_columns(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Every overall value and interval of the JSON answer appears whole in the narrow table ("0.0…" was)."""
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["influence", "--target", "GEO", "--years", "2015-2020", "--db", str(demo_db)]) == 0
    table = capsys.readouterr().out
    assert "…" not in table
    assert main(["influence", "--target", "GEO", "--years", "2015-2020", "--db", str(demo_db),
                 "--format", "json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out)["scores"] if r["domain"] == "overall"]
    assert rows
    for r in rows:
        if r["value"] is not None:
            assert f"{r['value']:.3f}" in table and f"{r['low']:.2f}–{r['high']:.2f}" in table


def test_a_very_narrow_terminal_overflows_rather_than_cutting_numbers(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    assert main(["influence", "--target", "GEO", "--years", "2019", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "…" not in out and "GEO" in out and "economic" in out


def test_sentences_with_brackets_are_shown_literally(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Table cells are data, not Rich markup: "[1]" or "[bold]" in a sentence stays as written."""
    from rich.console import Console

    from multipolar.cli.tables import Col, show

    con = Console(width=80, record=True)
    show(con, [Col("sentence", text=True, cut=True), Col("n", right=True)], [["Georgia [bold]grew[/] [1]", "3"]],
         wide=False)
    assert "Georgia [bold]grew[/] [1]" in con.export_text()
