"""Time expressions against a fixed document date (Friday 2017-09-08)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.normalize.timex import normalize_time

ANCHOR = "2017-09-08"  # a Friday
ISO = re.compile(r"(\d{4}(-\d\d(-\d\d)?)?)?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("September 7, 2017", "2017-09-07"),
        ("Sept. 7, 2017", "2017-09-07"),
        ("7 September 2017", "2017-09-07"),
        ("on 7th of September, 2017", "2017-09-07"),
        ("Thursday, September 7, 2017", "2017-09-07"),
        ("2014", "2014"),
        ("back in 2014", "2014"),
        ("March 2016", "2016-03"),
        ("in March, 2016", "2016-03"),
        ("mid-2016", "2016"),
        ("2017-09-07", "2017-09-07"),
        ("February 30, 2017", ""),
        ("2017-02-30", ""),
    ],
)
def test_explicit_dates_keep_their_precision(text, expected):
    assert normalize_time(text, ANCHOR) == expected
    assert normalize_time(text) == expected  # no anchor needed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thursday", "2017-09-07"),
        ("on Wednesday", "2017-09-06"),
        ("Friday", "2017-09-08"),  # the anchor's own weekday is the anchor
        ("Saturday", "2017-09-02"),  # never in the future
        ("last Friday", "2017-09-01"),
        ("early Thursday", "2017-09-07"),
        ("Thursday night", "2017-09-07"),
        ("yesterday", "2017-09-07"),
        ("today", "2017-09-08"),
        ("two days ago", "2017-09-06"),
        ("3 days earlier", "2017-09-05"),
        ("a week ago", "2017-09-01"),
        ("last week", "2017-09"),  # a week is a range: its month
        ("this morning", "2017-09-08"),
        ("Sunday's", "2017-09-03"),
        ("Tuesday, Sept. 5", "2017-09-05"),
        ("Tuesday, 5 September", "2017-09-05"),
        ("on Sept. 5", "2017-09-05"),
        ("5 September", "2017-09-05"),
        ("last month", "2017-08"),
        ("earlier this month", "2017-09"),
        ("in recent months", "2017-09"),
        ("several months ago", "2017-06"),
        ("ten months ago", "2016-11"),
        ("last year", "2016"),
        ("two years ago", "2015"),
        ("next month", "2017-10"),
        ("September", "2017-09"),
        ("in October", "2016-10"),  # a later month than the anchor's was last year's
    ],
)
def test_relative_expressions_resolve_against_the_anchor(text, expected):
    assert normalize_time(text, ANCHOR) == expected


@pytest.mark.parametrize("text", ["Thursday", "last month", "two days ago", "in recent months"])
def test_relative_expressions_need_an_anchor(text):
    assert normalize_time(text) == ""
    assert normalize_time(text, "not a date") == ""


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("last year", "2017", "2016"),
        ("two years ago", "2017", "2015"),
        ("last month", "2017", ""),
        ("Thursday", "2017", ""),
        ("September", "2017", ""),
        ("last month", "2017-09", "2017-08"),
        ("in recent months", "2017-09", "2017-09"),
        ("yesterday", "2017-09", ""),
        ("March 2016", "2017", "2016-03"),  # explicit dates never depend on the anchor
        ("last year", "2017-13", ""),
        ("last year", "20170", ""),
    ],
)
def test_partial_anchors_resolve_only_as_precisely_as_they_are(text, anchor, expected):
    assert normalize_time(text, anchor) == expected


def test_anchor_may_be_a_datetime():
    assert normalize_time("yesterday", "2017-09-08T14:03:00Z") == "2017-09-07"


def test_month_arithmetic_crosses_year_boundaries():
    assert normalize_time("last month", "2017-01-15") == "2016-12"
    assert normalize_time("Wednesday", "2018-01-01") == "2017-12-27"


@pytest.mark.parametrize(
    "text", ["", "   ", "nearly three years", "for around two years now", "the city", "dozens ago"]
)
def test_unresolvable_text_gives_empty_string(text):
    assert normalize_time(text, ANCHOR) == ""


@settings(max_examples=300)
@given(st.text(max_size=40), st.sampled_from(["", ANCHOR, "2020-02-29", "junk"]))
def test_any_text_gives_iso_or_empty(text, anchor):
    assert ISO.fullmatch(normalize_time(text, anchor))
