"""Time expressions -> ISO 8601, resolved against the document date.

Explicit dates keep the precision they are written with ("2014" -> "2014",
"March 2016" -> "2016-03", "September 7, 2017" -> "2017-09-07"). Relative
expressions need the document date (``anchor``): "yesterday" and "two days
ago" give a day, "last month", "last week" and "several months ago" a month,
"in recent months" the anchor's month, "last year" a year ("tomorrow", "next
month" and "next year" work forwards). Weekday names resolve to the
most recent such day on or before the anchor, the news convention ("said on
Thursday" in a Friday article means yesterday). Anything else gives "".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
}
_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_EXPLICIT = (
    re.compile(rf"^{_MONTH} {_DAY},? {_YEAR}$"),  # September 7, 2017
    re.compile(rf"^{_DAY} (?:of )?{_MONTH},? {_YEAR}$"),  # 7 September 2017
    re.compile(rf"^{_MONTH},? {_YEAR}$"),  # March 2016
    re.compile(rf"^{_YEAR}$"),  # 2014
    re.compile(rf"^(?P<iso>{_YEAR}-\d\d(?:-\d\d)?)$"),  # 2017-09-07
)
_AGO = re.compile(
    r"^(?P<count>\d+|a couple of|a few|[a-z]+) (?P<unit>day|week|month|year)s? (?:ago|earlier)$"
)
_FILLERS = re.compile(
    r"^(?:(?:on|in|at|during|since|by|from|as of|back in|earlier|late|early|mid|"
    r"the|this past|this|past)\s+)+"
)


def normalize_time(text: str, anchor: str = "") -> str:
    """Return the ISO 8601 value of a time expression, or "" when it cannot be resolved.

    Args:
        text: The expression as written ("Thursday", "last month", "back in 2014").
        anchor: The document date, ISO 8601 ("2017-09-08", a datetime, or just
            "2017-09" / "2017"); relative expressions resolve against it, no
            more precisely than it is written, and give "" without it.

    Returns:
        "YYYY-MM-DD", "YYYY-MM" or "YYYY", whichever precision the text
        supports; "" when it names no resolvable time.
    """
    phrase = _clean(text)
    if not phrase:
        return ""
    explicit = _explicit_date(phrase)
    base, precision = _parse_anchor(anchor)
    if explicit or base is None:
        return explicit
    value = _month_day(phrase, base) or _relative_date(phrase, base)
    # a year-only anchor ("2017") resolves "last year" but not "last month"
    return value if len(value) <= precision else ""


def _clean(text: str) -> str:
    """Return the lowercased phrase without leading prepositions and fillers."""
    phrase = " ".join(text.lower().replace("\u2019", "'").replace(",", ", ").split())
    phrase = phrase.strip(" .,;").removesuffix("'s")  # "Sunday's attack" was on Sunday
    phrase = re.sub(r"\b(mid|early|late)-", r"\1 ", phrase)  # "mid-2016" -> "mid 2016"
    phrase = _FILLERS.sub("", phrase).strip()
    # "Tuesday, Sept. 5": the date says more than the weekday
    return re.sub(rf"^(?:{'|'.join(_WEEKDAYS)}),? (?=[a-z]+\.? \d|\d)", "", phrase)


def _parse_anchor(anchor: str) -> tuple[date | None, int]:
    """Return the anchor's date and the length of its ISO form (4, 7 or 10).

    A year or year-month anchor ("2017", "2017-09") stands for its first day;
    the length says how precise a value resolved against it may be.
    """
    match = re.match(r"^\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-])", anchor)
    if not match:
        return None, 0
    parts = [int(p) for p in match.groups() if p is not None]
    try:
        return date(parts[0], *(parts[1:] + [1, 1])[:2]), 3 * len(parts) + 1
    except ValueError:
        return None, 0


def _explicit_date(phrase: str) -> str:
    """Return the ISO value of a date with its year ("March 2016"), or ""."""
    for pattern in _EXPLICIT:
        match = pattern.match(phrase)
        if not match:
            continue
        parts = match.groupdict()
        if parts.get("iso"):
            return _valid_iso(parts["iso"])
        month = _MONTHS.get(parts.get("month") or "", 0)
        if parts.get("month") and not month:
            return ""
        return _iso(int(parts["year"]), month, int(parts.get("day") or 0))
    return ""


def _month_day(phrase: str, base: date) -> str:
    """Return "September", "September 7" or "7 September" placed in the anchor's year."""
    match = re.match(rf"^{_MONTH}(?: {_DAY})?$", phrase) or re.match(
        rf"^{_DAY} (?:of )?{_MONTH}$", phrase
    )
    if not match or match["month"] not in _MONTHS:
        return ""
    month, day = _MONTHS[match["month"]], int(match["day"] or 0)
    # a month later in the year than the anchor was last year's
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    return _iso(year, month, day)


def _relative_date(phrase: str, base: date) -> str:
    """Return the ISO value of a relative expression against the anchor, or ""."""
    fixed = {
        "today": base.isoformat(),
        "now": base.isoformat(),
        "tonight": base.isoformat(),
        "yesterday": (base - timedelta(days=1)).isoformat(),
        "last night": (base - timedelta(days=1)).isoformat(),
        "day before yesterday": (base - timedelta(days=2)).isoformat(),
        "tomorrow": (base + timedelta(days=1)).isoformat(),
        "morning": base.isoformat(),
        "afternoon": base.isoformat(),
        "evening": base.isoformat(),
        "last week": _shift_month(base - timedelta(days=7), 0),
        "next week": _shift_month(base + timedelta(days=7), 0),
        "month": _shift_month(base, 0),
        "last month": _shift_month(base, -1),
        "next month": _shift_month(base, 1),
        "recent months": _shift_month(base, 0),
        "recent weeks": _shift_month(base, 0),
        "recent days": base.isoformat(),
        "year": str(base.year),
        "last year": str(base.year - 1),
        "next year": str(base.year + 1),
        "recent years": str(base.year),
    }
    if phrase in fixed:
        return fixed[phrase]
    weekday = phrase.removeprefix("last ").removesuffix(" morning").removesuffix(" night")
    weekday = weekday.removesuffix(" afternoon").removesuffix(" evening")
    if weekday in _WEEKDAYS:
        back = (base.weekday() - _WEEKDAYS.index(weekday)) % 7
        if back == 0 and phrase.startswith("last "):
            back = 7  # "last Thursday" written on a Thursday is a week ago
        return (base - timedelta(days=back)).isoformat()
    return _ago(phrase, base)


def _ago(phrase: str, base: date) -> str:
    """Return the ISO value of "two days ago" / "several months earlier", or ""."""
    match = _AGO.match(phrase)
    if not match:
        return ""
    count_text = match["count"]
    count = int(count_text) if count_text.isdigit() else _NUMBERS.get(count_text, 0)
    if not count:
        return ""
    unit = match["unit"]
    if unit == "day":
        return (base - timedelta(days=count)).isoformat()
    if unit == "week":
        return (base - timedelta(weeks=count)).isoformat()
    if unit == "month":
        return _shift_month(base, -count)
    return str(base.year - count)


def _shift_month(base: date, months: int) -> str:
    """Return "YYYY-MM" of the month ``months`` away from the anchor's."""
    index = base.year * 12 + base.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _iso(year: int, month: int, day: int) -> str:
    """Return "YYYY", "YYYY-MM" or "YYYY-MM-DD" (zero month/day = absent), "" if invalid."""
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _valid_iso(value: str) -> str:
    """Return an ISO date or year-month if it names a real date, else ""."""
    parts = [int(p) for p in value.split("-")]
    return _iso(parts[0], parts[1], parts[2] if len(parts) > 2 else 0)
