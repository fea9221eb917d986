#!/usr/bin/env python3
"""Writes NAME.rows.json beside every NAME.csv of the given folders: the rows Python's csv module
reads from it (default dialect, with the separator the file uses), which the CSV reader's tests
compare with. A file that is not UTF-8 is read as Latin-1.

    scripts/csv-expectations.py tests/interchange/data/csv-spectrum tests/interchange/data/stray-quotes
"""
import csv
import io
import json
import pathlib
import sys

CANDIDATES = ",;\t"


def separator_of(text):
    """The candidate met most often outside quoted fields in the first 20 lines; a comma on a tie."""
    counts = dict.fromkeys(CANDIDATES, 0)
    quoted = False
    at_field_start = True
    lines = 0
    for c in text:
        if quoted:
            quoted = c != '"'
            continue
        if c == '"' and at_field_start:
            quoted = True
            at_field_start = False
        elif c in counts:
            counts[c] += 1
            at_field_start = True
        elif c == "\n":
            lines += 1
            if lines >= 20:
                break
            at_field_start = True
        else:
            at_field_start = False
    return max(CANDIDATES, key=lambda sep: (counts[sep], sep == ","))


def text_of(path):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


for folder in sys.argv[1:]:
    for path in sorted(pathlib.Path(folder).glob("*.csv")):
        text = text_of(path)
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator_of(text)))
        expected = path.with_name(path.stem + ".rows.json")
        expected.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(rows)} rows")
