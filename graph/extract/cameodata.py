"""Read ``graph/data/lexicon.tsv`` (written by ``tools/build_lexicon.py``) into a Lexicon."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..errors import OntologyError
from .cameo import _NULL, Code, Lexicon, Pattern, _Slots


def _inflections(forms: str) -> set[str]:
    out = set()
    for form in forms.split("|"):
        out |= {form, form + "s", form + "ed", form + "d", form + "ing"}
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read the packaged lexicon (cached).

    Raises:
        OntologyError: The packaged file is missing or malformed.
    """
    path = resources.files("graph") / "data" / "lexicon.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return _read(line.split("\t") for line in lines if line and not line.startswith("#"))
    except (OSError, IndexError, ValueError) as exc:
        raise OntologyError(f"cannot read the action lexicon {path}: {exc}") from exc


def _read(rows: Iterable[list[str]]) -> Lexicon:
    synsets: dict[str, frozenset[str]] = {}
    verbs: defaultdict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    defaults: dict[tuple[str, str], Code] = {}
    patterns: defaultdict[str, list[Pattern]] = defaultdict(list)
    surface: dict[str, str] = {}

    def slots(text: str) -> _Slots:
        return tuple(
            synsets[s] if s.startswith("&") else frozenset(s.split("|")) for s in text.split()
        )

    for row in rows:
        if row[0] == "S":
            synsets[row[1]] = frozenset(row[2].split())
        elif row[0] == "V":
            _, block, verb, particle, cameo, plover, mode, forms, source = row
            inflected = _inflections(forms)
            verbs[block].append((verb, particle, inflected))
            for form in inflected:
                surface.setdefault(form, verb)
            code = Code(cameo, plover, mode, source == "block")
            if defaults.get((verb, particle), _NULL).cameo == "---":
                defaults[(verb, particle)] = code
        elif row[0] == "P":
            _, block, subject, particle, obj, preps, cameo, plover, mode, origins = row
            code = Code(cameo, plover, mode)
            subj = frozenset().union(*slots(subject)) if subject else frozenset()
            prep_slots = tuple(
                (frozenset(name.split("/")), slots(rest))
                for name, _, rest in (p.partition(":") for p in preps.split(";") if p)
            )
            # a prepositional phrase weighs as much as its noun words (at least one), so
            # that "(IN &DETENTION)" does not outweigh the object "STRIKE".
            weight = 1 + bool(particle) + bool(subj) + len(slots(obj))
            weight += sum(max(1, len(s)) for _, s in prep_slots)
            names = set(origins.split("|"))
            for verb, own_particle, inflected in verbs[block]:
                patterns[verb].append(
                    Pattern(
                        particle or own_particle,
                        subj,
                        slots(obj),
                        prep_slots,
                        code,
                        bool(names & inflected),
                        weight,
                    )
                )
    for found in patterns.values():
        found.sort(key=lambda p: (-p.weight, not p.own, not p.obj))
    # light verbs: no code of their own, but the dictionary codes them by their object
    light = frozenset(
        verb
        for verb, group in patterns.items()
        if (defaults.get((verb, ""), _NULL).inherited or not defaults.get((verb, ""), _NULL).plover)
        and any(p.own and p.obj and p.code.plover for p in group)
    )
    nouns = _event_nouns(patterns, defaults)
    return Lexicon(defaults, dict(patterns), surface, nouns, light)


def _event_nouns(
    patterns: dict[str, list[Pattern]], defaults: dict[tuple[str, str], Code]
) -> dict[tuple[str, str], Code]:
    """Return the type of object phrases the dictionary codes consistently.

    Only the patterns of verbs that code nothing alone count (light verbs: "hold", "stage",
    "carry out"), since there the object carries the event: "hold/stage/begin a hunger
    strike" are all 142 PROTEST, so "hunger strike" is a PROTEST noun; "strike" alone is
    coded as a protest, a threat and a retreat, so it is none. Keys are
    ``(modifier, head)``, ``("", head)`` for a bare noun.
    """
    votes: defaultdict[tuple[str, str], Counter[Code]] = defaultdict(Counter)
    for verb, group in patterns.items():
        for p in group:
            if p.particle or p.subject or p.preps or not 0 < len(p.obj) <= 2 or not p.code.plover:
                continue
            if not p.own or defaults.get((verb, ""), _NULL).plover:
                continue
            mods = p.obj[0] if len(p.obj) == 2 else frozenset({""})
            if len(mods) * len(p.obj[-1]) <= 400:
                for key in itertools.product(mods, p.obj[-1]):
                    votes[key][p.code] += 1
    nouns: dict[tuple[str, str], Code] = {}
    for key, codes in votes.items():
        kinds = Counter({c.plover: 0 for c in codes})
        for code, n in codes.items():
            kinds[code.plover] += n
        kind, n = kinds.most_common(1)[0]
        if 3 * n >= 2 * codes.total():
            nouns[key] = max((c for c in codes if c.plover == kind), key=codes.__getitem__)
    return nouns
