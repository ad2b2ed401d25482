"""CSV output: formula-like text is defused, numbers and plain text are kept, cells with line breaks quoted."""

from __future__ import annotations

import csv
import doctest
import io

from multipolar.present import csvout
from multipolar.present.csvout import rows_to_csv


def test_doctests() -> None:
    assert doctest.testmod(csvout).failed == 0


def test_formula_text_gets_an_apostrophe_numbers_do_not() -> None:
    rows = [{"a": "=SUM(A1)", "b": -3, "c": "+1", "d": "@x", "e": "plain", "f": -0.5, "g": "\r=1", "h": ["-x", "y"]}]
    back = list(csv.DictReader(io.StringIO(rows_to_csv(rows), newline="")))
    assert back == [{"a": "'=SUM(A1)", "b": "-3", "c": "'+1", "d": "'@x", "e": "plain", "f": "-0.5", "g": "'\r=1",
                     "h": '["-x", "y"]'}]


def test_lists_joined_when_asked_and_header_is_every_key() -> None:
    text = rows_to_csv([{"a": ["GEO", "RUS"]}, {"b": 1}], list_sep=";")
    assert list(csv.DictReader(io.StringIO(text, newline=""))) == [{"a": "GEO;RUS", "b": ""}, {"a": "", "b": "1"}]
    assert rows_to_csv([]) == ""
