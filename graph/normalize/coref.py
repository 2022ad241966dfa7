"""Per-document state for actor resolution: mentions, names defined in the text, coreference.

A :class:`Document` scans the sentences of one article once for gazetteer
actors, places, titled persons ("Col. Ryan Dillon") and acronym definitions
("Free Syrian Army (FSA)"), then answers pronouns and definite descriptions
("it", "their", "the group", "the city") with the most recent compatible
mention. Descriptions take the nearest one; pronouns look nearest-first in their
own sentence, then read each earlier sentence from its start (its subject first),
and an object pronoun never means its own clause's subject.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Event
from .agents import (
    SECTORS,
    agent_ref,
    cameo,
    country_of,
    document_countries,
    find_agent,
    is_sector_only,
    main_country,
    modifier_country,
)
from .gazetteer import Gazetteer, tokens
from .junk import NON_ACTOR_HEADS, UNRESOLVED, is_copula, is_expletive, preamble_end
from .mentions import Mention, MentionList
from .national import appositive_roles, body_country
from .phrase import (
    ACCEPTS,
    ACRONYM_RE,
    AGENT_SUFFIX,
    BARE_ONLY,
    BODY_WORDS,
    CAPS,
    DESC_RE,
    DESCRIPTIONS,
    GROUP_MODIFIERS,
    NAME_RUN,
    NOT_PLACES,
    ORG_WORDS,
    PARTICLES,
    PLACE_NAME_WORDS,
    PLACE_RES,
    POSSESSIVES,
    PRONOUNS,
    TITLE_RE,
    TITLES,
    Ref,
    clean,
    drop_connective,
    head_word,
    is_plural,
    slug_of,
    surnames,
    words_of,
)
from .places import Place, link_place, link_place_in
from .pronouns import choose_antecedent, in_quotation
from .qualified import document_coalitions

MILITARY_TITLES = frozenset(
    words_of(
        "General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Sgt Sergeant Adm Admiral "
        "Cmdr Commander Brig"
    )
)
# Offices held in one's own country: "Judge X" in a Chilean story is a Chilean judge
# ("President X" may be a visitor's).
DOMESTIC_TITLES = {"Judge": "JUD", "Mayor": "GOV", "Governor": "GOV", "Gov": "GOV"}
_DIRECTION = re.compile(
    r"^(?:far\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_BEFORE_NOUN = re.compile(r"[-\s]+[a-z]")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)
# "in Syria", "inside Iraq", "across Turkey": a country named as a place.
_LOCATIVE = re.compile(
    r"\b(?:in|inside|into|across|throughout|within|from|to|toward|towards|near|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_vague(ref: Ref | None) -> bool:
    return ref is not None and ref.actor_id.startswith("unknown/")


@lru_cache(maxsize=4096)
def _whole_word(name: str) -> re.Pattern[str]:
    """Return a pattern matching ``name`` as whole words (compiled once per name)."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


@dataclass
class Document:
    """Resolution state of one document.

    Args:
        gaz: The actor gazetteer.
        events: The document's events (their sentences are scanned once).
        context: More ``(sentence index, text)`` of the document, scanned for antecedents.
    """

    gaz: Gazetteer
    events: Iterable[Event]
    context: Iterable[tuple[int, str]] = ()
    backed: dict[str, str] = field(default_factory=dict)
    names: dict[str, Ref] = field(default_factory=dict)
    places: dict[str, Ref] = field(default_factory=dict)
    place_kinds: dict[str, str] = field(default_factory=dict)
    _mentions: MentionList = field(init=False)
    _refs: dict[str, Ref] = field(default_factory=dict)
    _sentences: dict[int, str] = field(default_factory=dict)
    _context: tuple[str, dict[str, Ref]] | None = None
    _countries: frozenset[str] = frozenset()
    _surnames: dict[str, str] = field(default_factory=dict)
    _points: list[tuple[float, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._mentions = MentionList(self._compatible)
        sentences = dict(self.context)
        sentences.update((e.provenance.sentence_index, e.provenance.sentence) for e in self.events)
        self._sentences = sentences
        self._countries = document_countries(self.gaz, sentences.values())
        self._surnames = {
            last: name
            for last, name in surnames(sentences.values(), self._is_named).items()
            if not self._home_place(last)
        }
        for event in self.events:
            self._add_place(event.location, strict=True)
        for text in sentences.values():
            for pattern in PLACE_RES:
                for match in pattern.finditer(text):
                    # "of Kurdish fighters", "in Syrias largest city": an unlinked word
                    # before a common noun modifies it; it is no place of its own
                    # ("the town of Atareb on Monday": a place noun's name is no modifier)
                    after = pattern is PLACE_RES[0] and _BEFORE_NOUN.match(text, match.end(1))
                    modifier = bool(after)
                    if not modifier or link_place(match[1]) is not None:
                        self._add_place(match[1])
        for index, text in sorted(sentences.items()):
            self._scan(index, text)

    def _add_place(self, text: str, *, strict: bool = False) -> None:
        # Linked places (GeoNames, via graph.normalize.places) first; a capitalised name after
        # "in", "from" ... or before ", a city" is taken as an unlinked place.
        match = re.search(CAPS, text)
        if match is None or (strict and match.group() != text.strip()):
            return
        name = match.group()
        if name.split()[0] in NOT_PLACES | TITLES or self.gaz.lookup(name) is not None:
            return
        self.places.setdefault(name, self._place(name))

    def link(self, name: str) -> Place | None:
        """Return the place a name refers to in this document (namesakes chosen by context)."""
        place = link_place_in(name, self._countries, self._points)
        if place is not None and place.lat is not None and place.lon is not None:
            self._points.append((place.lat, place.lon))
        return place

    def _place(self, name: str) -> Ref:
        place = self.link(name)
        if place is None:
            return self._keep(Ref(slug_of(name), name, "location"))
        self.place_kinds[place.id] = place.kind
        return self._keep(Ref(place.id, place.label, "location"))

    def _compatible(self, ref: Ref | None, accepts: Collection[str]) -> bool:
        if ref is None or not ref.actor_id:
            return False
        if ref.actor_type in accepts:
            return True
        return "city" in accepts and self.place_kinds.get(ref.actor_id) == "city"

    def _scan(self, sent: int, text: str) -> None:
        for m in self.gaz.find_mentions(text):
            if not AGENT_SUFFIX.match(text[m.end :]):
                locative = _LOCATIVE.search(text[max(0, m.start - 12) : m.start]) is not None
                # "residents" is plural as written, like the demonym "the Russians"
                plural = m.plural or is_plural(text[m.start : m.end].split()[-1:])
                mention = Mention(sent, m.start, self.generic(m.actor_id), plural)
                mention.locative, mention.end = locative, m.end
                mention.modifier = _is_modifier(m.via, m.plural, text[m.end :])
                self._mentions.add(mention)
        for match in NAME_RUN.finditer(text):
            first, _, rest = match.group().partition(" ")
            name = rest if first.lower() in STOP_WORDS else match.group()  # "In Aleppo"
            if name.lower() in STOP_WORDS or name in TITLES or len(name) < 4:
                continue  # "But" at a sentence start, "Gen." before a name
            if name.split()[0] in NOT_PLACES:
                continue  # "in March" is the month, not a town called March
            if name in self._surnames:
                continue  # "Mitchell" after "Jennifer Mitchell" is her, not a town
            linked = link_place(name)
            if linked is not None and linked.kind != "country":
                self.places.setdefault(name, self._place(name))
        for name, ref in self.places.items():
            if name not in text:  # most places are not in most sentences: skip the regex
                continue
            for match in _whole_word(name).finditer(text):
                self._mentions.add(Mention(sent, match.start(), ref, end=match.end()))
        for match in TITLE_RE.finditer(text):
            if all(w in BODY_WORDS for w in match[1].split()):
                continue  # "the General Staff", "the General Command": a body
            ref = self._person(match[1])
            self._mentions.add(Mention(sent, match.start(1), ref, end=match.end(1)))
        for name, code in appositive_roles(self.gaz, text, ()):
            ref = self._person(name)
            if ref.actor_type == "person" and self.gaz.get(ref.actor_id) is None:
                self.names[name.casefold()] = self._refs[ref.actor_id] = replace(ref, code=code)
                self.names[name.split()[-1].casefold()] = self.names[name.casefold()]
        for match in ACRONYM_RE.finditer(text):
            long_name = clean(match[1])
            found = self.gaz.lookup(" ".join(long_name)) or self.gaz.lookup(match[2])
            ref = self.ref(found[0].actor_id) if found else self.unknown(long_name, "")
            self.names.setdefault(match[2].casefold(), ref)
        for match in DESC_RE.finditer(text):
            accepts = DESCRIPTIONS[match[1]]
            self._mentions.add(Mention(sent, match.start(), None, accepts=accepts, end=match.end()))

    def _home_place(self, name: str) -> bool:
        # "Raqqa" in a story about Syria stays the city after a headline "Forget Raqqa";
        # "Mitchell" after "Jennifer Mitchell" is her, as the town is in no country named.
        place = link_place_in(name, self._countries)
        return place is not None and place.country_code in self._countries

    def _is_named(self, name: str) -> bool:
        # a gazetteer actor or a place, not an unknown person's name
        return self.gaz.lookup(name) is not None or link_place(name) is not None

    def generic(self, actor_id: str) -> Ref:
        """Return a gazetteer actor; a generic one ("civilians") with its country as agents get."""
        ref = self.ref(actor_id)
        actor = self.gaz.get(actor_id)
        if actor is None or not is_sector_only(actor.actor_type, actor.country, actor.sector):
            return ref
        return agent_ref(self.gaz, [SECTORS[actor.sector][0]], self.main_country, ()) or ref

    def _person(self, name: str) -> Ref:
        name = drop_connective(name)
        found = self.gaz.lookup(name)
        if found is not None:
            return self.ref(found[0].actor_id)
        known = self.gaz.person_named(name)  # the dictionary's name spelt otherwise
        ref = self.ref(known.actor_id) if known else self._keep(Ref(slug_of(name), name, "person"))
        self.names.setdefault(name.casefold(), ref)
        last = name.split()[-1]
        if len(last) > 2:
            self.names.setdefault(last.casefold(), ref)
        return ref

    def _keep(self, ref: Ref) -> Ref:
        return self._refs.setdefault(ref.actor_id, ref)

    def ref(self, actor_id: str) -> Ref:
        """Return the Ref of a gazetteer actor or of an actor seen in this document."""
        actor = self.gaz.get(actor_id)
        if actor is not None:
            return Ref(actor.actor_id, actor.label, actor.actor_type)
        return self._refs.get(actor_id) or Ref(actor_id, actor_id, "other")

    def remember(self, ref: Ref, sent: int, pos: int, span: str, *, plural: bool = False) -> None:
        """Record a resolved event span as a mention later anaphors can point to.

        Skipped for unresolved roles and for agents inside a compound ("Russian" of
        "Russian-backed troops"), which are modifiers, not noun phrases. Unknown
        ("other") actors are kept: a pronoun whose nearest candidate is one stays unresolved.
        """
        after = self._sentences.get(sent, "")[pos + len(span) :]
        head = head_word(" ".join(clean(span)))
        plural = plural or (head.endswith("s") and find_agent([head]) is not None)  # "Rebels"
        if ref.actor_type != UNRESOLVED and ref.actor_id and not AGENT_SUFFIX.match(after):
            self._mentions.add(
                Mention(
                    sent,
                    pos,
                    ref,
                    plural,
                    head=head_word(" ".join(clean(span))),
                    end=pos + len(span),
                )
            )

    @property
    def main_country(self) -> str:
        """Return the country the document is clearly about ("" when it is not clear)."""
        return self._document_context()[0]

    @property
    def coalitions(self) -> dict[str, Ref]:
        """Return the coalitions the document names with their leader, by id."""
        return self._document_context()[1]

    def _document_context(self) -> tuple[str, dict[str, Ref]]:
        if self._context is None:
            texts = [self._sentences[i] for i in sorted(self._sentences)]
            self._context = (
                main_country(self.gaz, texts),
                document_coalitions(self.gaz, texts, self.lookup),
            )
        return self._context

    def sentence(self, sent: int) -> str:
        """Return the text of a sentence of the document ("" when unknown)."""
        return self._sentences.get(sent, "")

    def known_name(self, words: list[str]) -> Ref | None:
        """Return the actor a name defined earlier in the document stands for ("Dillon", "FSA")."""
        return self.names.get(" ".join(words).casefold())

    def lookup(self, words: list[str], *, place: bool = False) -> Ref | None:
        """Return the gazetteer actor a phrase names exactly: alias, demonym or capital."""
        phrase = " ".join(words)
        found = self.gaz.lookup(phrase)
        if found is None:
            return None
        actor, via = found
        if via == "capital":
            return self._place(phrase) if place else self.ref(self.gaz.state_actor(actor.actor_id))
        return self.ref(actor.actor_id)

    def titled_person(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Return the person a titled name refers to ("US Army Col. Ryan Dillon" -> ryan-dillon)."""
        # a title word ending the phrase is a surname ("Defence Secretary Tom King")
        titles = [i for i, w in enumerate(words[:-1]) if w.rstrip(".") in TITLES]
        if not titles:
            return None
        name, country = self._name_of_country(words[titles[-1] + 1 :])
        if all(w in BODY_WORDS for w in name):
            return None  # "the Russian General Staff" is a body, not a person named Staff
        if not all(w[:1].isupper() or w.split("-")[0].lower() in PARTICLES for w in name):
            return None
        person = self._person(" ".join(name))
        # "Russian President Boris Yeltsin": the role's country and sector code the person here
        if titles[0] and not country:
            country = modifier_country(self.gaz, words[: titles[0]]) or ""
        if person.actor_type == "person" and titles[0] and not country:
            # "Amnesty International Director X": an international body's official has its code
            body = self.lookup(words[: titles[0]])
            code = self.gaz.code_at(body.actor_id, "") if body is not None else ""
            return replace(person, code=code) if code[:3] in ("IGO", "NGO") else person
        title = words[titles[-1]].rstrip(".")
        if not country and title in DOMESTIC_TITLES and self.gaz.get(person.actor_id) is None:
            # a judge or a mayor not otherwise known serves the story's own country
            country = self.main_country
        if person.actor_type != "person" or not country:
            return person
        sector = "MIL" if title in MILITARY_TITLES else DOMESTIC_TITLES.get(title, "GOV")
        return replace(person, code=cameo(self.gaz, country, sector))

    def _name_of_country(self, name: list[str]) -> tuple[list[str], str]:
        """Split "Hassan of Morocco" into the name and the country it rules or serves."""
        if "of" not in name[1:-1]:
            return name, ""
        at = name.index("of", 1)
        found = self.gaz.lookup(" ".join(name[at + 1 :]))
        country = country_of(self.gaz, found[0].actor_id) if found is not None else ""
        return (name[:at], country) if country else (name, "")

    def pronoun(
        self, words: list[str], sent: int, pos: int, *, exclude: str = "", agent: bool = False
    ) -> Ref | None:
        """Resolve a pronoun or a possessive phrase ("its bombing") when its antecedent is clear.

        The antecedent agrees in number and kind: "it" never means a plural mention,
        "they" only a plural mention or an armed group, "he"/"she" only a person, and
        an ``agent`` (the doer of an event) is never a place. ``exclude`` is an actor a
        bare pronoun cannot mean (its clause's other participant); possessives may mean
        it ("the coalition carried out its own airstrikes"). See
        :func:`graph.normalize.pronouns.choose_antecedent` for when it is clear.
        """
        first = words[0].lower() if words else ""
        if first not in PRONOUNS or (len(words) > 1 and first not in POSSESSIVES):
            return None
        if len(words) > 1 and self.gaz.find_mentions(" ".join(words[1:])):
            return None  # "its NATO allies", "their Kenyan partners" name whom they mean
        kind = PRONOUNS[first]
        text = self.sentence(sent)
        if len(words) == 1 and (is_expletive(text[pos:]) or is_copula(text[pos:])):
            return None  # "it was unclear whether ...", "they were the latest victims"
        if in_quotation(text, pos):
            return None  # a quotation has its own speaker
        accepts = ACCEPTS[kind] - {"other"} - ({"location"} if agent and len(words) == 1 else set())
        banned = "" if first in POSSESSIVES else exclude

        def agrees(m: Mention) -> bool:
            ref = m.ref
            if ref is None or ref.actor_id in ("", banned) or m.modifier or self._is_source(m):
                return False
            if m.head in NON_ACTOR_HEADS:
                return False  # "a Turkish convoy" is a thing, not Turkey
            if not self._compatible(ref, accepts) or (agent and m.locative):
                return False  # "sources inside Syria ... it says": Syria is a place there
            if kind == "sg":
                return not m.plural
            return kind != "pl" or _plural_group(m)

        return choose_antecedent(
            self._mentions.window(sent, pos),
            agrees,
            self.sentence,
            (sent, pos),
            kind=kind,
            agent=agent,
            preamble=lambda index: preamble_end(self.sentence(index)),
            source=lambda m: m.ref is not None and bool(m.ref.actor_id) and self._is_source(m),
        )

    def _is_ngo(self, ref: Ref) -> bool:
        actor = self.gaz.get(ref.actor_id)
        return actor is not None and actor.actor_type == "organisation" and actor.sector == "NGO"

    def _is_source(self, m: Mention) -> bool:
        # The agency that reports the story, or whoever "according to" cites, is not
        # what the story's pronouns mean ("told AFP they", "according to the group they").
        assert m.ref is not None  # checked by the caller
        if (m.ref.code or self.gaz.code_at(m.ref.actor_id)).endswith("MED"):
            return True
        return _ACCORDING.search(self.sentence(m.sent)[max(0, m.start - 20) : m.start]) is not None

    def description(self, text: str, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve a definite description ("the group", "the Syrian city") to an earlier mention."""
        article = text.strip().split()[0].lower() if text.strip() else ""
        head = head_word(" ".join(words))
        desc = DESCRIPTIONS.get(head)
        if article not in ("the", "this", "that", "these", "those") or len(words) > 4:
            return None
        if len(text.split()) < 2:
            return None  # "those fighting to oust Assad": a bare "those" is no description
        if not desc:
            # "these fighters" after "the US-backed fighters": same head noun, close by;
            # only for plain common nouns ("the ISIS fighters" names its group).
            if not all(w.isalpha() and w.islower() for w in words):
                return None
            named = self._mentions.antecedent(
                lambda m: _names_head(m.ref, head), sent, pos, recency=True
            )
            if named is not None:
                return named  # "the observatory" after "the Syrian Observatory for Human Rights"
            # A generic agent of unknown country ("fighters" -> unknown/gunmen) is no antecedent.
            return self._mentions.antecedent(
                lambda m: m.head == head and not _is_vague(m.ref), sent, pos, recency=True, window=2
            )
        if head in BARE_ONLY and len(words) > 1:
            return None  # "the Russian government" names its country; "the government" refers
        found = self._mentions.antecedent(
            lambda m: self._compatible(m.ref, desc), sent, pos, recency=True
        )
        if found is not None and found.actor_type == "country" and "government" in desc:
            return self.ref(self.gaz.state_actor(found.actor_id))  # "the regime": Syria's
        return found

    def monitor(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve "the monitor", "a Britain-based monitoring group" to the body it is.

        The monitoring body (a non-governmental organisation) named before, else named
        right after it ("a monitoring group, the Syrian Observatory, said"); a monitor
        the document never names is no node (unresolved), not an actor called "monitor".
        """
        lowered = [w.lower() for w in words]
        if not any(w in ("monitor", "monitors", "monitoring") for w in lowered[-3:]):
            return None
        if any(w[:1].isupper() for w in words if "-" not in w) and lowered[0] != "monitor":
            return None  # "Syrian Human Rights Monitor" is a name of its own
        found = self._mentions.antecedent(
            lambda m: m.ref is not None and self._is_ngo(m.ref), sent, pos, recency=True
        )
        after = self.sentence(sent)[pos:]
        named = [
            m for m in self.gaz.find_mentions(after[:160]) if self._is_ngo(self.ref(m.actor_id))
        ]
        if found is None and named:
            found = self.ref(named[0].actor_id)
        return found or Ref("", "", UNRESOLVED)

    def group_modifier(self, words: list[str], sent: int, pos: int) -> Ref | None:
        """Resolve "militant targets", "rebel positions" to the armed group just mentioned."""
        plain = all(w.isalpha() and w.islower() for w in words)
        if not plain or not any(w in GROUP_MODIFIERS for w in words[:-1]):
            return None
        accepts = ("armed-group",)
        return self._mentions.antecedent(
            lambda m: self._compatible(m.ref, accepts), sent, pos, recency=True, window=2
        )

    def contained(
        self, words: list[str], state_heads: Collection[str], place_heads: Collection[str]
    ) -> Ref | None:
        """Return the first actor named inside a phrase ("ISIS positions", "US warplanes").

        A country in front of a state head (``state_heads``: "Syrian jets") gives the
        country's government when it has one; a phrase with a place head gives None.
        """
        phrase = " ".join(words)
        head = head_word(phrase)
        if head in place_heads:
            return None
        found = [
            m
            for m in self.gaz.find_mentions(phrase)
            if m.via != "capital"
            and not AGENT_SUFFIX.match(phrase[m.end :])
            and not _opens_name(m.via, phrase[m.end :], state_heads)
            and not _in_name_complement(phrase[: m.start], state_heads)
            and not _STANCE.search(phrase[: m.start])  # "a pro-regime website" is no regime
        ]
        # A name that ends at the head is the referent ("Syrian Kurdish-majority Syrian
        # Democratic Forces" is the SDF); else the first one ("Russian and coalition officers").
        for m in sorted(found, key=lambda m: m.end < len(phrase.rstrip())):
            actor = self.gaz.get(m.actor_id)
            if actor and actor.actor_type == "country" and head in state_heads:
                return self.ref(self.gaz.state_actor(m.actor_id))
            if actor and is_sector_only(actor.actor_type, actor.country, actor.sector):
                # "civilian casualties", "civilian homes": things; "20 civilians including
                # children": the civilians, coded as a generic agent
                return None if head in NON_ACTOR_HEADS else self.generic(m.actor_id)
            return self.ref(m.actor_id)
        named = [
            self.names[w.casefold()] for w in words if w.isupper() and w.casefold() in self.names
        ]
        return named[0] if named else None

    def unknown(self, words: list[str], text: str) -> Ref:
        """Return an id made from the phrase's own name, typed by its form when possible."""
        phrase = " ".join(words) or text.strip() or "unknown"
        if phrase in self._surnames:
            return self._person(self._surnames[phrase])  # "Mitchell": the person named before
        bare = words[0][:-1] if len(words) == 1 and words[0].endswith("s") else ""
        known = self.lookup([bare]) if bare[:1].isupper() and len(bare) > 3 else None
        if known is not None:
            return known  # "Syrias", "Assads": a possessive that lost its apostrophe
        core = _DIRECTION.sub("", phrase)
        if core != phrase and link_place(core) is not None:
            return self._place(core)  # "eastern Aleppo" is (part of) Aleppo
        if phrase in self.places:
            return self.places[phrase]
        # names ("al-Bab" too), not "us"
        place = link_place(phrase) if any(w[:1].isupper() for w in tokens(phrase)) else None
        if place is not None:
            return self._place(phrase)
        kinds = [ORG_WORDS[w] for w in words if w in ORG_WORDS]
        named = all(w[:1].isupper() for w in words)
        ends = tokens(phrase)
        capitalised = len(ends) > 1 and ends[0][:1].isupper() and ends[-1][:1].isupper()
        if capitalised and not kinds and self.gaz.person_named(phrase) is not None:
            return self._person(phrase)  # a person the dictionary knows by another spelling
        if named and not kinds and len(words) > 1 and words[-1] in PLACE_NAME_WORDS:
            return self._place(phrase)  # "Castello Road", "Tishreen Dam": a place by its name
        kind = kinds[-1] if kinds and named else "other"
        code = body_country(self.gaz, words) if named else ""
        code = f"{code}MIL" if code and kind == "military" else code  # "Russian General Staff"
        return self._keep(Ref(slug_of(phrase), phrase, kind, code))


_STANCE = re.compile(r"(?<![\w-])(?:pro|anti)-$", re.IGNORECASE)


def _names_head(ref: Ref | None, head: str) -> bool:
    """Return whether a named actor's name ends in ``head`` before any "of"/"for" part.

    "Syrian Observatory for Human Rights" names an observatory, "Saudi-led coalition"
    a coalition; generic agents ("unknown/gunmen") and unknown names do not count.
    """
    if ref is None or ref.actor_type in ("other", "location") or "/" in ref.actor_id:
        return False
    core = re.split(r"\s+(?:of|for|in|on)\s+", ref.label, maxsplit=1)[0]
    return len(core.split()) > 1 and head_word(core) == head


def _plural_group(m: Mention) -> bool:
    """Return whether a mention can be "they": a group, or people named in the plural."""
    assert m.ref is not None  # checked by the caller
    if m.ref.actor_type == "armed-group":
        return True  # "ISIS ... they"
    if not m.plural:
        return False  # "Russia ... they", "the UN ... they"
    # "UN-brokered talks" are not the UN in the plural; "Russian troops", "the Russians" are
    return m.ref.actor_type in ("military", "civilian") or not m.head or bool(find_agent([m.head]))


_NAME_OF = re.compile(r"([A-Z][\w'-]*)\s+(?:of|for|on)\s+(?:the\s+)?$")
_STATE_NAMES = frozenset(words_of("republic kingdom state emirate sultanate people president"))


def _in_name_complement(before: str, state_heads: Collection[str]) -> bool:
    """Return whether a mention completes another name ("Commission of Inquiry for Syria").

    A state's own name or organ keeps it ("Republic of Turkey", "Government of Syria").
    """
    match = _NAME_OF.search(before)
    if match is None:
        return False
    word = match[1].lower()
    return word not in state_heads and word not in _STATE_NAMES and word != "ministry"


def _opens_name(via: str, after: str, state_heads: Collection[str]) -> bool:
    """Return whether a demonym begins another name ("Syrian Institute of Justice").

    A state's own organ keeps its country ("Russian Defense Ministry").
    """
    name = re.match(r"(?:\s+[A-Z][\w'-]*)+", after)
    if via != "demonym" or name is None:
        return False
    return not any(w.lower() in state_heads or w == "Ministry" for w in name.group().split())


def _is_modifier(via: str, plural: bool, after: str) -> bool:
    """Return whether a gazetteer mention is an adjective ("Syrian" of "Syrian troops")."""
    return via == "demonym" and not plural and re.match(r"\s+[A-Za-z]", after) is not None
