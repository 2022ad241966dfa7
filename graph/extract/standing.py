"""Clauses of standing leadership, cause or exposure: states and links, not acts (private).

News describes who heads a group, what caused what and what someone faces in the words
it uses for acts, but an analyst codes none of them:

- leading a group: "a coalition led by Washington", "a former officer heads the
  council" ("led the assault on the town" is the assault);
- keeping a state or a tie: "regime forces maintained their positions", "terrorists
  affiliated with the Front", "a group linked to al-Qaeda";
- facing something: "the president faces two challengers", "rebels faced a threat"
  (what someone faces at another's hands is that one's act: "faced strikes by X" is X
  striking, see :func:`graph.extract.eventnouns.undergone_frames`);
- sourcing a report: "the agency reported citing a military source", "quoting the
  governor", "an official speaking on condition of anonymity", "footage posted by
  activists" (the report is what happened; its source is told like "according to");
- causing another event: "the shelling caused damage", "triggering a conflict",
  "prompting objections from Iran", "led to the deaths of ten": a link between two
  events, each told (or not) in its own words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .gathering import evidence_gathered
from .lexicon import EVENT_NOUNS, INSTRUMENT_NOUNS

__all__ = ["is_standing"]

_LEAD = frozenset({"lead", "head", "command", "chair"})
# Verbs that link an event to its effect: "the raids caused damage", "sparking clashes".
CAUSAL_VERBS = frozenset({"cause", "trigger", "prompt", "spark", "fuel"})
# Keeping what one has: "regime forces maintained their positions", "retained control".
_KEEP = frozenset({"maintain", "retain", "preserve"})
# Ties between groups told as participles: "terrorists affiliated with the Front",
# "a group linked to al-Qaeda" (an affiliation, not a new event).
_TIES = frozenset({"affiliate", "link", "ally", "align", "associate", "connect", "tie"})
# Verbs that name a report's source: "citing a source", "quoting the governor".
_SOURCING = frozenset({"cite", "quote"})
# "footage posted by activists", "a picture provided by the agency", "released a video",
# "a photo taken by a nurse", "footage filmed by residents": where a picture comes from,
# not an act on anyone.
_POSTING = frozenset(
    {"post", "upload", "provide", "release", "distribute", "supply", "publish", "circulate"}
    | {"take", "film", "shoot", "record", "capture", "send", "share", "spread", "smuggle"}
)
_MEDIA = frozenset({"video", "footage", "picture", "photo", "photograph", "image", "clip", "pic"})
# Gathering and passing on what a report is made of: "the monitor collected evidence",
# "the agency was gathering information", "activists provided the names of the dead"
# ("shared intelligence with Moscow" is a cooperation: a partner is named).
_GATHERING = frozenset(
    {"gather", "collect", "compile", "provide", "share", "publish", "release", "circulate"}
)
# Quantities that count what follows "of": "thousands of photos", "a batch of images".
_QUANTITIES = frozenset(
    {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens"}
    | {"score", "scores", "batch", "set", "series"}
)
_RECORDS = frozenset({"evidence", "information", "testimony", "detail", "data", "name", "news"})
# What a broadcaster carries: "a statement carried by NTV", "state TV carried an appeal".
_MESSAGES = frozenset(
    {"statement", "report", "interview", "speech", "remark", "comment", "appeal", "message"}
)
# "a monitor which reports using a network of sources".
_SOURCES = frozenset({"source", "network", "informant"})
# "gave a toll of 20", "raised the death toll", "put the toll at 40": a report of a toll.
_TOLLS = frozenset({"toll", "tally", "count"})
# A figure given out is a report too: "gave no figure for the dead", "no casualty figure
# was released", "did not provide a precise number" (not "released a key opposition
# figure", "provided a number of rifles": a person, a quantity of things).
_GIVING_OUT = frozenset({"give", "provide", "release", "publish", "issue", "offer", "disclose"})
_FIGURES = frozenset({"figure", "number", "estimate", "breakdown"})
# What makes a figure a count: "no figure", "a casualty figure", "a precise number".
_COUNTING = frozenset(
    {"no", "any", "casualty", "death", "exact", "precise", "accurate", "official", "final"}
    | {"overall", "total", "updated", "new", "higher", "lower", "same", "different"}
)
# What a counted figure counts: "a figure for the dead", "the number of casualties".
_COUNTED = frozenset({"dead", "death", "casualty", "victim", "fatality", "injured", "wounded"})
# What a hospital or a newsroom receives: "received the bodies of 44 victims", "receiving
# treatment", "received reports of attacks" (weapons and aid received are acts).
_RECEIVED = frozenset(
    {"body", "bodies", "victim", "casualty", "patient", "treatment", "care", "report", "call"}
    | {"information", "message", "letter", "briefing", "wounded", "injured", "news"}
)
# "led his troops into the town": a movement, not a standing command.
_MOVES = frozenset({"into", "to", "toward", "towards", "against", "across", "through"})


def is_standing(verb: Token, action: str) -> bool:
    """Return whether a clause states standing leadership, a cause or exposure, not an act.

    Args:
        verb: The clause's predicate ("led" in "a group led by X").
        action: The event's action ("hold", "lead to").
    """
    lemma = verb.lemma_.lower()
    if lemma in CAUSAL_VERBS or lemma == "lead" and _leads_to(verb):
        return True  # "the strikes led to the deaths of ten", no one led
    particle = any(k.dep_ == "prt" for k in verb.children)  # "linked up with": they met
    if not particle and (
        lemma in _KEEP or lemma in _TIES and (verb.tag_ == "VBN" or lemma != "ally")
    ):
        return True  # "maintained their positions", "terrorists affiliated with the Front"
    if lemma == "face" or lemma in _SOURCING or _is_sourcing(verb):
        return True  # "faces two challengers", "citing a source", "speaking on condition"
    if lemma not in _LEAD or action != lemma:
        return False  # "headed to Geneva"
    if any(k.dep_ == "prep" and k.lower_ in _MOVES for k in verb.children):
        return False  # "led the troops into the town"
    led = _led(verb)
    noun = led.lemma_.lower() if led is not None else ""
    return bool(noun) and noun not in EVENT_NOUNS and noun not in INSTRUMENT_NOUNS


def _leads_to(verb: Token) -> bool:
    # "led to the deaths of ten", "led to killing dozens": a cause, with no one led.
    to = any(k.dep_ in {"prep", "dative"} and k.lower_ == "to" for k in verb.children)
    return to and _led(verb) is None


def _is_sourcing(verb: Token) -> bool:
    """Return whether a clause names where a report or a picture comes from."""
    lemma = verb.lemma_.lower()
    if lemma == "speak":
        # "an official speaking on condition of anonymity"
        return any(
            k.dep_ == "prep" and any(p.lower_ == "condition" for p in k.children)
            for k in verb.children
        )
    led = _led(verb)
    noun = led.lemma_.lower() if led is not None else ""
    word = led.lower_ if led is not None else ""
    if noun in _TOLLS or lemma == "receive" and (noun in _RECEIVED or word in _RECEIVED):
        return True  # "the monitor gave a toll of 20", "the hospital received 44 bodies"
    given = led if led is not None else _stranded_subject(verb)
    if lemma in _GIVING_OUT and given is not None and _is_count(given):
        return True  # "state TV gave no figure for the dead", "no figure was released"
    if lemma == "carry" and noun in _MESSAGES or lemma == "use" and noun in _SOURCES:
        return True  # "a statement carried by NTV", "reports using a network of sources"
    return _passes_on_records(verb, led)


def _passes_on_records(verb: Token, led: Token | None) -> bool:
    """Return whether a clause gathers or passes on pictures or records, with no partner.

    "footage shared by the monitor", "smuggled out thousands of photos", "collected
    evidence" -> True; "shared information with the Kurdish forces" -> False.
    """
    if led is None or evidence_gathered(verb) is not None:
        return False  # "the inspectors gathered evidence" investigates (:mod:`.gathering`)
    lemma, kept = verb.lemma_.lower(), _counted(led)
    noun = kept.lemma_.lower()
    if lemma in _GATHERING and noun in _RECORDS:
        parts = [*verb.children, *led.children]
        return not any(k.dep_ == "prep" and k.lower_ == "with" for k in parts)
    return lemma in _POSTING and noun in _MEDIA


def _counted(noun: Token) -> Token:
    """Return what a quantity counts: "thousands of photos" -> photos; else the noun."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in _QUANTITIES:
        for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"):
            counted = next((k for k in prep.children if k.dep_ == "pobj"), None)
            if counted is not None:
                return _counted(counted)  # "tens of thousands of photos"
    return noun


def _stranded_subject(verb: Token) -> Token | None:
    """Return the subject a passive lost to the verb before it, or None.

    With commas gone the parser reads "no figure of the dead caused has been released" as
    "figure ... caused" with "released" a subjectless clause under it.
    """
    passive = any(k.dep_ == "auxpass" for k in verb.children)
    if not passive or verb.dep_ != "ccomp" or any(k.dep_ == "nsubj" for k in verb.children):
        return None
    return next((k for k in verb.head.children if k.dep_ in {"nsubj", "nsubjpass"}), None)


def _is_count(noun: Token) -> bool:
    """Return whether a figure or a number is a count of victims, not a person or a quantity.

    "no figure", "a casualty figure", "a precise number", "a figure for the dead", "the
    number of people killed" -> True; "a key opposition figure", "a number of rifles" -> False.
    """
    if noun.lemma_.lower() not in _FIGURES:
        return False
    words = [k for k in noun.children if k.dep_ in {"det", "amod", "compound", "neg"}]
    if any(k.lower_ in _COUNTING or k.lemma_.lower() in _COUNTING for k in words):
        return not any(k.ent_type_ == "NORP" or k.pos_ == "PROPN" for k in words)
    for prep in (k for k in noun.children if k.dep_ == "prep" and k.lower_ in {"for", "of"}):
        for counted in (k for k in prep.children if k.dep_ == "pobj"):
            if counted.lemma_.lower() in _COUNTED or counted.lower_ in _COUNTED:
                return True  # "a figure for the dead", "the number of casualties"
            if counted.lemma_.lower() == "number" or any(
                k.dep_ == "acl" and k.lemma_.lower() in {"kill", "wound", "injure"}
                for k in counted.children
            ):
                return True  # "a figure for the number of", "the number of people killed"
    return False


def _led(verb: Token) -> Token | None:
    """Return what the clause's verb leads: its object, or the noun it describes.

    "X led the group" -> group; "the group is led by X" -> group; "a group led by X" -> group.
    """
    for kid in verb.children:
        if kid.dep_ in {"dobj", "nsubjpass"}:
            return kid
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None
