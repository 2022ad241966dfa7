"""Read ``graph/data/lexicon.tsv`` (written by ``tools/build_lexicon.py``) into a Lexicon."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

from spacy.tokens import Doc

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


def mend_lemmas(doc: Doc) -> None:
    """Give each verb the lemmatizer missed its dictionary verb ("staged" -> stage, not stag).

    Rules match verbs by lemma ("waged an offensive" is a light verb with its act) and
    the action names the verb, so a wrong lemma loses both.
    """
    lexicon = load_lexicon()
    for tok in doc:
        if tok.pos_ == "VERB":
            lemma = lexicon.lemma(tok)
            if lemma != tok.lemma_.lower():
                tok.lemma_ = lemma


def _read(rows: Iterable[list[str]]) -> Lexicon:
    reader = _Reader()
    for row in rows:
        if row[0] == "S":
            reader.synsets[row[1]] = frozenset(row[2].split())
        elif row[0] == "V":
            reader.add_verb(row)
        elif row[0] == "P":
            reader.add_pattern(row)
    for found in reader.patterns.values():
        found.sort(key=lambda p: (-p.weight, not p.own, not p.obj))
    nouns, light = _event_nouns(reader.patterns, reader.defaults, reader.blocks)
    lexicon = Lexicon(reader.defaults, dict(reader.patterns), reader.surface, nouns, light)
    lexicon.synsets.update(reader.synsets)
    return lexicon


class _Reader:
    """The lexicon's rows in file order: synsets, each block's verbs, then its patterns."""

    def __init__(self) -> None:
        self.synsets: dict[str, frozenset[str]] = {}
        self.verbs: defaultdict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
        self.defaults: dict[tuple[str, str], Code] = {}
        self.patterns: defaultdict[str, list[Pattern]] = defaultdict(list)
        self.surface: dict[str, str] = {}
        self.blocks: dict[int, int] = {}  # id of a Pattern -> its verb block

    def slots(self, text: str) -> _Slots:
        """Return a pattern part's word sets, synsets ("&MILITARY") expanded."""
        return tuple(
            self.synsets[s] if s.startswith("&") else frozenset(s.split("|")) for s in text.split()
        )

    def add_verb(self, row: list[str]) -> None:
        """Add a verb of a block: its forms and its code alone."""
        _, block, verb, particle, cameo, plover, mode, forms, source = row
        inflected = _inflections(forms)
        self.verbs[block].append((verb, particle, inflected))
        for form in inflected:
            self.surface.setdefault(form, verb)
        code = Code(cameo, plover, mode, source == "block")
        if self.defaults.get((verb, particle), _NULL).cameo == "---":
            self.defaults[(verb, particle)] = code

    def add_pattern(self, row: list[str]) -> None:
        """Add a block's pattern to each verb of the block."""
        _, block, subject, particle, obj, preps, cameo, plover, mode, origins = row
        code = Code(cameo, plover, mode)
        subj = self.slots(subject) if subject else ()
        prep_slots = tuple(
            (frozenset(name.split("/")), self.slots(rest))
            for name, _, rest in (p.partition(":") for p in preps.split(";") if p)
        )
        # a prepositional phrase weighs as much as its noun words (at least one), so
        # that "(IN &DETENTION)" does not outweigh the object "STRIKE".
        weight = 1 + bool(particle) + len(subj) + len(self.slots(obj))
        weight += sum(max(1, len(s)) for _, s in prep_slots)
        names = set(origins.split("|"))
        for verb, own_particle, inflected in self.verbs[block]:
            pattern = Pattern(
                particle or own_particle,
                subj,
                self.slots(obj),
                prep_slots,
                code,
                bool(names & inflected),
                weight,
            )
            self.blocks[id(pattern)] = int(block)
            self.patterns[verb].append(pattern)


# A verb whose own object patterns give the type the other verb blocks give the same
# object in under this share of cases reverses or stops what its object names ("ended the
# talks" SANCTION, "halted the attacks" RETREAT, "rejected the plan"): it is not light.
_REVERSAL_SHARE = 0.25
# Codes of keeping an act going ("continue the siege", "continue operations against": 1246
# refuse to de-escalate): they say what carrying on means, not what the act is, so they
# name no event noun, and on a verb of no code of its own the act carried on is the event.
PERSISTING = frozenset({"1246"})
# (block, verb, (modifier, head), code, whether the verb codes nothing alone)
_Vote = tuple[int, str, tuple[str, str], Code, bool]


def _noun_votes(
    patterns: dict[str, list[Pattern]],
    defaults: dict[tuple[str, str], Code],
    blocks: dict[int, int],
) -> list[_Vote]:
    """Return the bare object patterns of verbs with no code or only their block's gist."""
    votes: list[_Vote] = []
    for verb, group in patterns.items():
        own = defaults.get((verb, ""), _NULL)
        if own.plover and not own.inherited:
            continue
        for p in group:
            if p.particle or p.subject or p.preps or not 0 < len(p.obj) <= 2 or not p.code.plover:
                continue
            if not p.own or p.code.cameo in PERSISTING:
                continue
            mods = p.obj[0] if len(p.obj) == 2 else frozenset({""})
            if len(mods) * len(p.obj[-1]) <= 400:
                block = blocks[id(p)]
                keys = itertools.product(mods, p.obj[-1])
                votes.extend((block, verb, key, p.code, not own.plover) for key in keys)
    return votes


def _reversing_verbs(votes: list[_Vote]) -> frozenset[str]:
    """Return the verbs whose own object patterns mostly differ from the other blocks'.

    Each verb block is compared with the two-thirds consensus of all the other blocks
    (each block counted once), so a noun only one block codes is no evidence either way.
    """
    pairs = {(block, key, code.plover) for block, _, key, code, voter in votes if voter}
    total: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for _, key, kind in pairs:
        total[key][kind] += 1
    agree: defaultdict[str, list[bool]] = defaultdict(list)
    for block, verb, key, code in {(b, v, k, c) for b, v, k, c, _ in votes}:
        # the other blocks' types for the phrase: all blocks' less this block's own
        kinds = +Counter({t: n - ((block, key, t) in pairs) for t, n in total[key].items()})
        if kinds:
            kind, n = kinds.most_common(1)[0]
            if 3 * n >= 2 * kinds.total():
                agree[verb].append(kind == code.plover)
    return frozenset(
        verb
        for verb, hits in agree.items()
        if len(hits) > 1 and sum(hits) < _REVERSAL_SHARE * len(hits)
    )


def _consensus(votes: list[_Vote], reversing: frozenset[str]) -> dict[tuple[str, str], Code]:
    """Return the type that two thirds of the verb blocks coding an object phrase agree on.

    A block counts once: its verbs share its patterns, so a block of many synonyms must
    not outvote the other blocks once per synonym. A reversing verb's code says what
    stopping the event is, not what the event is: it counts against every type.
    """
    by_key: defaultdict[tuple[str, str], Counter[Code]] = defaultdict(Counter)
    against = Counter(k for _, k in {(b, k) for b, v, k, _, w in votes if w and v in reversing})
    for _, key, code in {(b, k, c) for b, v, k, c, voter in votes if voter and v not in reversing}:
        by_key[key][code] += 1
    nouns: dict[tuple[str, str], Code] = {}
    for key, codes in by_key.items():
        kinds: Counter[str] = Counter()
        for code, n in codes.items():
            kinds[code.plover] += n
        kind, n = kinds.most_common(1)[0]
        if 3 * n >= 2 * (codes.total() + against[key]):
            # a tie goes to the more specific code, then the lower one: never to whichever
            # the set above happened to yield first (that order changes with the hash seed)
            tied = sorted((c for c in codes if c.plover == kind), key=lambda c: (c.cameo, c.mode))
            nouns[key] = max(tied, key=lambda c: (codes[c], *_specificity(c)))
    return nouns


def _specificity(code: Code) -> tuple[int, bool, bool]:
    # "0312" over "030", "194" over "190" ("not specified"), a code with a mode over one without
    return len(code.cameo), not code.cameo.endswith("0"), bool(code.mode)


def _event_nouns(
    patterns: dict[str, list[Pattern]],
    defaults: dict[tuple[str, str], Code],
    blocks: dict[int, int],
) -> tuple[dict[tuple[str, str], Code], frozenset[str]]:
    """Return the object phrases the dictionary codes consistently, and the light verbs.

    Only the patterns of verbs that code nothing alone count, since there the object
    carries the event: "hold/stage/begin a hunger strike" are all 142 PROTEST, so "hunger
    strike" is a PROTEST noun; "strike" alone is coded as a protest, a threat and a
    retreat, so it is none. Keys are ``(modifier, head)``, ``("", head)`` for a bare noun.
    Light verbs code nothing alone (or only their block's gist) but code their objects;
    a verb that stops or reverses what its object names ("halt", "cut", "reject") is
    neither light nor a voter.
    """
    votes = _noun_votes(patterns, defaults, blocks)
    reversing = _reversing_verbs(votes)
    light = frozenset(
        verb
        for verb, group in patterns.items()
        if verb not in reversing
        and (
            defaults.get((verb, ""), _NULL).inherited or not defaults.get((verb, ""), _NULL).plover
        )
        and any(p.own and p.obj and p.code.plover for p in group)
    )
    return _consensus(votes, reversing), light
