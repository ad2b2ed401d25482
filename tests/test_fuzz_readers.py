"""Mutation fuzzing of every article reader and every dataset loader, seeded from the real files in ../shared.

Each case takes a real file (the head of a dataset file, an article of the corpus, an HTML page or a feed made
from it), applies one to three mutations (truncation, reordered rows, wrong column counts, wrong types,
duplicated headers, unknown codes, invalid UTF-8, other encodings, BOMs, CRLF, NUL bytes, very long lines,
deeply nested HTML, empty and corrupt gzip/zip …) and reads the result. The contract checked for every case:

* the reader returns a document / the load succeeds, or it fails with one of the project's own errors
  (:class:`multipolar.errors.MultipolarError`) whose message names the input — nothing else escapes;
* a failed load leaves the store byte-for-byte unchanged (a checksum of every table's contents);
* a document's text is a ``str`` and its body offset lies inside it.

CI runs a fixed-seed sample (``FUZZ_CASES`` cases per family, default a few hundred in all);
``python bench/fuzz.py`` runs ≥ 10,000 with the same engine.
"""

from __future__ import annotations

import gzip
import io
import random
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from multipolar.datasets import api
from multipolar.datasets.base import LOADERS, FileKind, Loader, get_loader
from multipolar.errors import InputError, MultipolarError
from multipolar.sources.discover import FEED_SUFFIXES, ReadFailure, read_inputs
from multipolar.sources.document import SourceDocument
from multipolar.sources.feed import looks_like_feed
from multipolar.store import Store
from multipolar.store.schema import TABLES

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"
CORPUS = SHARED / "corpus"
LOCAL = Path(__file__).resolve().parent / "data"
HEAD_LINES = 120  # rows of each real dataset file used as a seed (keeps a load well under a second)

needs_shared = pytest.mark.skipif(not (DATA.exists() and CORPUS.exists()),
                                  reason=f"the real seed files are not beside the repo ({SHARED} is missing)")


# -- store checksums ---------------------------------------------------------------------------------------

def snapshot(store: Store) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent checksum of every table's contents."""
    return {t: tuple(store._con.execute(f'SELECT count(*), coalesce(sum(hash(x)), 0) FROM "{t}" x').fetchall()[0])
            for t in TABLES}


# -- mutations ---------------------------------------------------------------------------------------------

JUNK_VALUES = ["abc", "", "NA", "-1", "1e999", "NaN", "inf", "99999999999999999999999", "0x1F", "2019-13-45",
               "ZZZ", "XXX", "999", "-0", "1,5", "'; DROP TABLE observations; --", '"', '""', "\\", "\t",
               "é", "😀", "\u202e", "<script>alert(1)</script>", "NULL", "true", "  ", "1.2.3", "-999999999"]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _delim(data: bytes) -> bytes:
    head = data[:2000]
    return b"\t" if head.count(b"\t") > head.count(b",") else b","


def m_truncate_bytes(d: bytes, r: random.Random) -> bytes:
    return d[: r.randrange(0, max(1, len(d)))]


def m_truncate_lines(d: bytes, r: random.Random) -> bytes:
    ls = _lines(d)
    return b"\n".join(ls[: r.randrange(0, len(ls) + 1)])


def m_reorder_rows(d: bytes, r: random.Random) -> bytes:
    ls = _lines(d)
    if r.random() < 0.3:  # the header moves too
        r.shuffle(ls)
    else:
        body = ls[1:]
        r.shuffle(body)
        ls = ls[:1] + body
    return b"\n".join(ls)


def _edit_row(d: bytes, r: random.Random, edit: Callable[[list[bytes], random.Random], list[bytes]],
              header: bool = False) -> bytes:
    ls = _lines(d)
    if not ls:
        return d
    delim = _delim(d)
    for _ in range(r.randint(1, 3)):
        i = 0 if header else r.randrange(len(ls))
        ls[i] = delim.join(edit(ls[i].split(delim), r))
    return b"\n".join(ls)


def m_drop_column(d: bytes, r: random.Random) -> bytes:
    return _edit_row(d, r, lambda f, r: f[:-1] if len(f) < 2 else f[: (k := r.randrange(len(f)))] + f[k + 1:])


def m_extra_column(d: bytes, r: random.Random) -> bytes:
    return _edit_row(d, r, lambda f, r: [*f, r.choice(JUNK_VALUES).encode()])


def m_wrong_type(d: bytes, r: random.Random) -> bytes:
    def edit(f: list[bytes], r: random.Random) -> list[bytes]:
        f[r.randrange(len(f))] = r.choice(JUNK_VALUES).encode()
        return f
    return _edit_row(d, r, edit)


def m_many_wrong(d: bytes, r: random.Random) -> bytes:
    ls = _lines(d)
    delim = _delim(d)
    for i in range(1, len(ls)):
        if r.random() < 0.3:
            f = ls[i].split(delim)
            f[r.randrange(len(f))] = r.choice(JUNK_VALUES).encode()
            ls[i] = delim.join(f)
    return b"\n".join(ls)


def m_unknown_code(d: bytes, r: random.Random) -> bytes:
    def edit(f: list[bytes], r: random.Random) -> list[bytes]:
        f[r.randrange(min(3, len(f)))] = r.choice([b"ZZZ", b"999", b"XYZ", b"-7", b"QQ", b"0"])
        return f
    return _edit_row(d, r, edit)


def m_duplicate_header(d: bytes, r: random.Random) -> bytes:
    ls = _lines(d)
    if r.random() < 0.5 and len(ls) > 2:
        ls.insert(r.randrange(1, len(ls)), ls[0])  # the header again, mid-file
        return b"\n".join(ls)
    delim = _delim(d)
    f = ls[0].split(delim)
    if len(f) > 1:
        f[r.randrange(1, len(f))] = f[0]  # a column name twice
    ls[0] = delim.join(f)
    return b"\n".join(ls)


def m_rename_header(d: bytes, r: random.Random) -> bytes:
    return _edit_row(d, r, lambda f, r: [x.upper() if r.random() < 0.5 else x + b"_x" for x in f], header=True)


def m_invalid_utf8(d: bytes, r: random.Random) -> bytes:
    bad = r.choice([b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\x28", b"\x80"])
    for _ in range(r.randint(1, 5)):
        i = r.randrange(len(d) + 1)
        d = d[:i] + bad + d[i:]
    return d


def m_reencode(d: bytes, r: random.Random) -> bytes:
    text = d.decode("utf-8", errors="replace")
    enc = r.choice(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "cp1251", "shift_jis", "koi8-r"])
    return text.encode(enc, errors="replace")


def m_bom(d: bytes, r: random.Random) -> bytes:
    return r.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"]) + d


def m_crlf(d: bytes, r: random.Random) -> bytes:
    return d.replace(b"\n", r.choice([b"\r\n", b"\r", b"\n\r", b"\r\r\n"]))


def m_nul(d: bytes, r: random.Random) -> bytes:
    for _ in range(r.randint(1, 4)):
        i = r.randrange(len(d) + 1)
        d = d[:i] + b"\x00" * r.randint(1, 3) + d[i:]
    return d


def m_long_line(d: bytes, r: random.Random) -> bytes:
    size = r.choice([100_000, 1_000_000, 2_500_000])
    filler = r.choice([b"a", b"9", b",", b"\t", b'"', b"<b>", b"x "])
    line = (filler * (size // len(filler) + 1))[:size]
    ls = _lines(d)
    ls.insert(r.randrange(len(ls) + 1), line)
    return b"\n".join(ls)


def m_stray_quote(d: bytes, r: random.Random) -> bytes:
    i = r.randrange(len(d) + 1)
    return d[:i] + r.choice([b'"', b"'", b'"""', b"\\"]) + d[i:]


def m_swap_delim(d: bytes, r: random.Random) -> bytes:
    pairs = [(b",", b"\t"), (b"\t", b","), (b",", b";"), (b",", b"|")]
    a, b = r.choice(pairs)
    return d.replace(a, b)


def m_byte_flips(d: bytes, r: random.Random) -> bytes:
    b = bytearray(d)
    for _ in range(r.randint(1, 20)):
        if b:
            b[r.randrange(len(b))] = r.randrange(256)
    return bytes(b)


def m_empty(d: bytes, r: random.Random) -> bytes:
    return r.choice([b"", b"\n", b"\r\n\r\n", b" ", b"\xef\xbb\xbf", b"\x00"])


def m_header_only(d: bytes, r: random.Random) -> bytes:
    return _lines(d)[0] + r.choice([b"", b"\n", b"\r\n"])


def m_blank_lines(d: bytes, r: random.Random) -> bytes:
    ls = _lines(d)
    for _ in range(r.randint(1, 5)):
        ls.insert(r.randrange(len(ls) + 1), r.choice([b"", b" ", b"\t", b",,,,"]))
    return b"\n".join(ls)


def m_nested_html(d: bytes, r: random.Random) -> bytes:
    depth = r.choice([500, 5_000, 50_000])
    tag = r.choice([b"div", b"span", b"b", b"table", b"p"])
    closed = r.random() < 0.5
    nest = b"<" + tag + b">" * 1
    inner = nest * depth + b"deep text " * 20 + ((b"</" + tag + b">") * depth if closed else b"")
    i = r.randrange(len(d) + 1)
    return d[:i] + inner + d[i:]


def m_html_junk(d: bytes, r: random.Random) -> bytes:
    junk = r.choice([b"<script>alert(1)</script>", b"<!--", b"<![CDATA[", b"<?xml version='1.0'?>", b"&#0;",
                     b"&#xD800;", b"&nosuchentity;", b"<html><html><body>", b"</html>", b"<meta charset='utf-16'>",
                     b"<!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>", b"&x;", b"<base href='javascript:'>",
                     b"<" * 1000, b"<a href=\"" + b"x" * 10000])
    i = r.randrange(len(d) + 1)
    return d[:i] + junk + d[i:]


BYTES_MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate_bytes": m_truncate_bytes, "truncate_lines": m_truncate_lines, "reorder_rows": m_reorder_rows,
    "drop_column": m_drop_column, "extra_column": m_extra_column, "wrong_type": m_wrong_type,
    "many_wrong": m_many_wrong, "unknown_code": m_unknown_code, "duplicate_header": m_duplicate_header,
    "rename_header": m_rename_header, "invalid_utf8": m_invalid_utf8, "reencode": m_reencode, "bom": m_bom,
    "crlf": m_crlf, "nul": m_nul, "long_line": m_long_line, "stray_quote": m_stray_quote,
    "swap_delim": m_swap_delim, "byte_flips": m_byte_flips, "empty": m_empty, "header_only": m_header_only,
    "blank_lines": m_blank_lines,
}
HTML_MUTATIONS = {**BYTES_MUTATIONS, "nested_html": m_nested_html, "html_junk": m_html_junk}


def wrap(data: bytes, name: str, r: random.Random) -> tuple[bytes, str, str]:
    """Optionally put the bytes in a (possibly damaged) gzip or zip container: (bytes, file name, label)."""
    roll = r.random()
    if roll < 0.78:
        return data, name, ""
    if roll < 0.90:
        gz = gzip.compress(data)
        how = r.choice(["ok", "truncated", "flipped", "empty", "zero", "not_gzip", "concat"])
        gz = {"ok": gz, "truncated": gz[: r.randrange(len(gz))], "empty": gzip.compress(b""), "zero": b"",
              "flipped": gz[:10] + bytes(r.randrange(256) for _ in range(8)) + gz[18:],
              "not_gzip": data, "concat": gz + gzip.compress(data[:50])}[how]
        return gz, name + ".gz", f"gzip:{how}"
    buf = io.BytesIO()
    how = r.choice(["ok", "truncated", "empty", "zero", "flipped", "dir_only", "two_members"])
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if how == "dir_only":
            zf.writestr("folder/", b"")
        elif how != "empty":
            zf.writestr(name, data)
            if how == "two_members":
                zf.writestr("README.txt", b"other member")
    z = buf.getvalue()
    if how == "truncated":
        z = z[: r.randrange(len(z))]
    elif how == "zero":
        z = b""
    elif how == "flipped":
        z = z[:30] + bytes(r.randrange(256) for _ in range(20)) + z[50:]
    return z, name + ".zip", f"zip:{how}"


def mutate(data: bytes, r: random.Random, table: dict[str, Callable[[bytes, random.Random], bytes]]
           ) -> tuple[bytes, list[str]]:
    names = r.sample(sorted(table), r.choice([1, 1, 1, 2, 2, 3]))
    for n in names:
        data = table[n](data, r)
    return data, names


# -- outcomes ----------------------------------------------------------------------------------------------

@dataclass
class Escape:
    """A case that broke the contract."""

    family: str
    seed: int
    mutations: list[str]
    what: str

    def __str__(self) -> str:
        return f"[{self.family} seed={self.seed} {'+'.join(self.mutations)}] {self.what}"


@dataclass
class Tally:
    cases: int = 0
    ok: int = 0
    refused: int = 0
    with_line: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    escapes: list[Escape] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.cases += other.cases
        self.ok += other.ok
        self.refused += other.refused
        self.with_line += other.with_line
        self.errors.update(other.errors)
        self.escapes.extend(other.escapes)


# -- dataset loaders ---------------------------------------------------------------------------------------

def _head(path: Path, n: int) -> bytes:
    opener = gzip.open if path.name.endswith(".gz") else open
    out = []
    with opener(path, "rb") as f:
        for i, line in enumerate(f):
            out.append(line)
            if i >= n:
                break
    return b"".join(out)


@dataclass
class DatasetSeed:
    loader: str
    kind: str
    name: str  # file name (no .gz) matching the kind
    data: bytes
    references: list[Path]  # reference files of the loader's folder, copied beside the file


def dataset_seeds() -> list[DatasetSeed]:
    """One seed per (loader, kind) that has a real file in ../shared/data or tests/data."""
    get_loader("cow-trade")
    seeds: list[DatasetSeed] = []
    for name in sorted(LOADERS):
        loader = LOADERS[name]
        folders = [DATA / loader.folder, LOCAL / "datasets"]
        files = [f for d in folders if d.exists() for f in sorted(d.rglob("*")) if f.is_file()]
        refs = [f for f in files if (k := loader.kind_by_name(f)) is not None and k.reference]
        for kind in loader.kinds:
            if kind.reference:
                continue
            real = next((f for f in files if loader.kind_by_name(f) is kind), None)
            if real is None:
                continue
            plain = real.name[:-3] if real.name.endswith(".gz") else real.name
            seeds.append(DatasetSeed(name, kind.name, plain, _head(real, HEAD_LINES + kind.skip), refs))
    return seeds


class DatasetFuzzer:
    """Loads mutated seeds into one store per loader and checks the contract."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.stores: dict[str, Store] = {}

    def store(self, loader: str) -> Store:
        if loader not in self.stores:
            self.stores[loader] = Store(self.workdir / f"{loader}.duckdb")
        return self.stores[loader]

    def close(self) -> None:
        for s in self.stores.values():
            s.close()

    def case(self, seed: DatasetSeed, case_seed: int, tally: Tally) -> None:
        r = random.Random(case_seed)
        data, muts = mutate(seed.data, r, BYTES_MUTATIONS)
        data, name, container = wrap(data, seed.name, r)
        if container:
            muts = [*muts, container]
        folder = self.workdir / f"case-{seed.loader}-{seed.kind}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for ref in seed.references:
            shutil.copy(ref, folder / ref.name)
        path = folder / name
        path.write_bytes(data)
        target = r.choice([seed.loader, seed.loader, "auto"])
        store = self.store(seed.loader)
        before = snapshot(store)
        tally.cases += 1
        family = f"load {seed.loader}/{seed.kind}"
        try:
            api.load(store, target, path)
            tally.ok += 1
        except MultipolarError as exc:
            tally.refused += 1
            tally.errors[type(exc).__name__] += 1
            tally.with_line += exc.line is not None
            text = str(exc)
            if name not in text and str(folder) not in text:
                tally.escapes.append(Escape(family, case_seed, muts, f"message does not name the input: {text}"))
            after = snapshot(store)
            if after != before:
                changed = [t for t in TABLES if after[t] != before[t]]
                tally.escapes.append(Escape(family, case_seed, muts, f"store changed by a failed load: {changed}"))
        except Exception as exc:  # noqa: BLE001 - this is what the fuzzer hunts
            tally.escapes.append(Escape(family, case_seed, muts, f"{type(exc).__name__}: {str(exc)[:300]}"))


# -- article readers ---------------------------------------------------------------------------------------

@dataclass
class ArticleSeed:
    name: str
    suffix: str  # the suffix it is written with
    data: bytes
    html: bool = False


def _as_html(title: str, text: str) -> bytes:
    import html as h

    paras = "".join(f"<p>{h.escape(p)}</p>\n" for p in text.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{h.escape(title)}</title>"
            f"<meta name='author' content='A. Writer'></head><body><article><h1>{h.escape(title)}</h1>"
            f"{paras}</article></body></html>").encode()


def _as_feed(items: list[tuple[str, str]], atom: bool) -> bytes:
    import html as h

    if atom:
        entries = "".join(f"<entry><title>{h.escape(t)}</title><link href='https://example.org/{i}'/>"
                          f"<updated>2019-11-05T00:00:00Z</updated><content type='html'>{h.escape(b)}</content>"
                          f"</entry>" for i, (t, b) in enumerate(items))
        return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<title>Corpus</title>{entries}</feed>").encode()
    entries = "".join(f"<item><title>{h.escape(t)}</title><link>https://example.org/{i}</link>"
                      f"<pubDate>Tue, 05 Nov 2019 08:00:00 GMT</pubDate><description>{h.escape(b)}</description>"
                      f"</item>" for i, (t, b) in enumerate(items))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Corpus</title>"
            f"{entries}</channel></rss>").encode()


def article_seeds() -> list[ArticleSeed]:
    docs = sorted((CORPUS / "seed").glob("*.md")) + sorted((CORPUS / "dev").glob("0*.md"))[:6]
    seeds: list[ArticleSeed] = []
    bodies: list[tuple[str, str]] = []
    for p in docs:
        raw = p.read_bytes()[:30_000]  # the head keeps each case fast; the whole file is not needed to fuzz
        seeds.append(ArticleSeed(p.name, ".md", raw))
        text = raw.decode("utf-8", errors="ignore")
        body = text.split("\n---", 2)[-1] if text.startswith("---") else text
        bodies.append((p.stem, body[:6000]))
        seeds.append(ArticleSeed(p.stem + " (text)", ".txt", body.encode()))
    for i, (title, body) in enumerate(bodies[:4]):
        seeds.append(ArticleSeed(f"{title} (html)", ".html", _as_html(title, body), html=True))
        seeds.append(ArticleSeed(f"{title} (sniffed html)", "", _as_html(title, body), html=True))
        seeds.append(ArticleSeed(f"feed {i}", r := (".rss" if i % 2 else ".atom"), _as_feed(bodies[i:i + 3],
                                                                                           r == ".atom"), html=True))
    for p in sorted((LOCAL / "sources").glob("*")):
        data = p.read_bytes().replace(b"{base}", b"https://example.org")
        seeds.append(ArticleSeed(p.name, p.suffix, data, html=p.suffix in (".html", ".rss", ".atom")))
    return seeds


def _mock_web(request: httpx.Request) -> httpx.Response:
    """Feed items' links: some answer with an article, some fail, some are huge or binary."""
    n = sum(request.url.path.encode())
    if n % 4 == 0:
        return httpx.Response(404)
    if n % 4 == 1:
        return httpx.Response(200, content=b"\x00\x01\x02binary", headers={"content-type": "application/pdf"})
    if n % 4 == 2:
        return httpx.Response(200, text="# A title\n\nSome article text about Georgia and Russia.\n",
                              headers={"content-type": "text/markdown"})
    raise httpx.ConnectError("no network in the fuzzer", request=request)


def check_read(path: Path, items: list[SourceDocument | ReadFailure]) -> str | None:
    """None when every item keeps the contract, else what is wrong."""
    for item in items:
        if isinstance(item, SourceDocument):
            if not isinstance(item.text, str) or not item.text:
                return "a document with empty or non-str text"
            if not 0 <= item.body_start <= len(item.text):
                return f"body_start {item.body_start} outside the text ({len(item.text)} chars)"
            item.text.encode("utf-8")  # surrogates would fail here (and in the store)
        elif isinstance(item, ReadFailure):
            if not isinstance(item.error, InputError):
                return f"ReadFailure carries {type(item.error).__name__}"
            text = str(item.error)
            named = str(path) in text
            if not named and item.error.source and (path.suffix in FEED_SUFFIXES or looks_like_feed(path.read_bytes())):
                named = item.error.source in text  # a feed item's failure names the item's link
            if not named:
                return f"message does not name the input: {text}"
        else:
            return f"read_inputs yielded a {type(item).__name__}"
    return None


class ArticleFuzzer:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.transport = httpx.MockTransport(_mock_web)

    def case(self, seed: ArticleSeed, case_seed: int, tally: Tally) -> None:
        r = random.Random(case_seed)
        data, muts = mutate(seed.data, r, HTML_MUTATIONS if seed.html else BYTES_MUTATIONS)
        suffix = seed.suffix if r.random() < 0.85 else r.choice([".md", ".txt", ".html", ".xml", "", ".dat"])
        path = self.workdir / f"article-{case_seed}{suffix}"
        path.write_bytes(data)
        tally.cases += 1
        family = f"read {suffix or '(sniffed)'} {seed.name}"
        try:
            items = list(read_inputs([path], transport=self.transport, timeout=2.0))
            problem = check_read(path, items)
            if problem:
                tally.escapes.append(Escape(family, case_seed, muts, problem))
            fails = [i for i in items if isinstance(i, ReadFailure)]
            tally.ok += len(items) - len(fails)
            tally.refused += len(fails)
            for f in fails:
                tally.errors[type(f.error).__name__] += 1
                tally.with_line += f.error.line is not None
        except Exception as exc:  # noqa: BLE001 - what the fuzzer hunts
            tally.escapes.append(Escape(family, case_seed, muts, f"{type(exc).__name__}: {str(exc)[:300]}"))
        finally:
            path.unlink(missing_ok=True)


# -- drivers (shared with bench/fuzz.py) -------------------------------------------------------------------

def run_datasets(workdir: Path, n_cases: int, seed: int, start: int = 0) -> Tally:
    """Cases ``start`` … ``start + n_cases - 1`` of the dataset fuzzer's sequence for ``seed``."""
    tally = Tally()
    seeds = dataset_seeds()
    fuzzer = DatasetFuzzer(workdir)
    try:
        for i in range(start, start + n_cases):
            fuzzer.case(seeds[i % len(seeds)], seed * 1_000_003 + i, tally)
    finally:
        fuzzer.close()
    return tally


def run_articles(workdir: Path, n_cases: int, seed: int, start: int = 0) -> Tally:
    """Cases ``start`` … ``start + n_cases - 1`` of the article fuzzer's sequence for ``seed``."""
    tally = Tally()
    seeds = article_seeds()
    fuzzer = ArticleFuzzer(workdir)
    for i in range(start, start + n_cases):
        fuzzer.case(seeds[i % len(seeds)], seed * 1_000_003 + i, tally)
    return tally


# -- CI: a fixed-seed sample -------------------------------------------------------------------------------

CI_SEED = 7


@needs_shared
def test_fuzz_dataset_loaders_fixed_seed_sample(tmp_path: Path) -> None:
    n = 4 * len(dataset_seeds())  # every (loader, kind) four times: ~100 cases
    tally = run_datasets(tmp_path, n, CI_SEED)
    assert tally.cases == n
    assert not tally.escapes, "\n".join(map(str, tally.escapes[:20]))
    assert tally.refused > 0 and tally.ok > 0  # the sample exercises both outcomes


@needs_shared
def test_fuzz_article_readers_fixed_seed_sample(tmp_path: Path) -> None:
    tally = run_articles(tmp_path, 200, CI_SEED)
    assert not tally.escapes, "\n".join(map(str, tally.escapes[:20]))
    assert tally.refused > 0 and tally.ok > 0


@needs_shared
def test_every_loader_reads_its_unmutated_seed(tmp_path: Path) -> None:
    """The seeds themselves load: the fuzzer starts from valid files, so refusals come from the mutations."""
    with Store(tmp_path / "s.duckdb") as store:
        for seed in dataset_seeds():
            folder = tmp_path / f"{seed.loader}-{seed.kind}"
            folder.mkdir()
            for ref in seed.references:
                shutil.copy(ref, folder / ref.name)
            (folder / seed.name).write_bytes(seed.data)
            report = api.load(store, seed.loader, folder / seed.name, max_reject_share=0.5)
            assert report.rows_read > 0, seed


def _loader_kind(name: str, kind: str) -> tuple[Loader, FileKind]:
    loader = get_loader(name)
    return loader, next(k for k in loader.kinds if k.name == kind)


@needs_shared
@pytest.mark.parametrize("container", ["", "gz", "zip"])
def test_fifty_megabyte_single_line_is_refused_cleanly(tmp_path: Path, container: str) -> None:
    """A 50 MB line (a file that lost its line ends) in a dataset file and in an article."""
    seed = next(s for s in dataset_seeds() if s.loader == "cow-trade" and s.kind == "state-year")
    lines = _lines(seed.data)
    data = b"\n".join([*lines[:5], b"9" * 50_000_000, *lines[5:]])
    name = seed.name
    if container == "gz":
        data, name = gzip.compress(data, compresslevel=1), name + ".gz"
    elif container == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), name + ".zip"
    path = tmp_path / name
    path.write_bytes(data)
    with Store(tmp_path / "s.duckdb") as store:
        before = snapshot(store)
        try:
            report = api.load(store, "cow-trade", path)
        except MultipolarError as exc:
            assert path.name in str(exc)
            assert snapshot(store) == before
        else:  # loaded with the long line rejected, by line number
            assert report.rows_rejected >= 1
            assert store.scalar("SELECT min(line) FROM rejects") == 6


@needs_shared
def test_fifty_megabyte_single_line_article(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"Georgia and Russia. " * 2_500_000)
    items = list(read_inputs([path]))
    assert len(items) == 1
    assert check_read(path, items) is None
