"""Counts of what a graph holds, for ``newsgraph stats`` (re-exported by :mod:`graph.query`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rdflib import Dataset, Literal
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from ..vocab import NG, SCHEMA

__all__ = ["graph_stats"]


def _top(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    """Return the ``top`` most common items, ties broken by name."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def _actor_names(kg: Dataset) -> dict[Node, str]:
    """Return actor IRI -> one label (the smallest, so the choice is stable)."""
    names: dict[Node, str] = {}
    for actor in set(kg.subjects(RDF.type, NG.Actor)):
        labels = sorted(str(label) for label in kg.objects(actor, RDFS.label))
        names[actor] = labels[0] if labels else str(actor)
    return names


def _sentence_count(kg: Dataset) -> int:
    """Return how many sentences the documents have.

    A document's ``ng:sentenceCount`` when it has one, else (a graph built
    before it was written) its stored sentences, those that gave an event.
    """
    stored: Counter[Node] = Counter()
    for sent in set(kg.subjects(RDF.type, NG.Sentence)):
        stored.update(set(kg.objects(sent, SCHEMA.isPartOf)))
    total = 0
    for doc in set(kg.subjects(RDF.type, SCHEMA.NewsArticle)):
        counted = next(iter(kg.objects(doc, NG.sentenceCount)), None)
        total += int(counted) if isinstance(counted, Literal) else stored[doc]
    return total


def graph_stats(kg: Dataset, *, top: int = 10) -> dict[str, Any]:
    """Count what a graph holds.

    Args:
        kg: The dataset.
        top: How many top actors, actions and action classes to list.

    Returns:
        ``documents``, ``sentences`` (all the documents' sentences, see
        :func:`_sentence_count`), ``events``, ``relation_facts``, ``actors``,
        ``triples`` (distinct, over all graphs; relation facts, ``ng:RelationEvent``,
        are not events) and ``top_actors``, ``top_actions``,
        ``top_action_classes`` as ``(name, event count)`` lists, most
        frequent first. An actor counts the distinct events it is actor or
        target of (one label per actor IRI, the smallest).
    """
    facts = set(kg.subjects(RDF.type, NG.RelationEvent))
    events = set(kg.subjects(RDF.type, NG.Event)) - facts
    names = _actor_names(kg)
    actors: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    per_actor: Counter[Node] = Counter()
    for event in events:
        per_actor.update(set(kg.objects(event, NG.actor)) | set(kg.objects(event, NG.target)))
        actions.update({str(a) for a in kg.objects(event, NG.action)})
        classes.update({str(c).rsplit("/", 1)[-1] for c in kg.objects(event, NG.actionClass)})
    for who, count in per_actor.items():
        actors[names.get(who, str(who))] += count
    return {
        "documents": len(set(kg.subjects(RDF.type, SCHEMA.NewsArticle))),
        "sentences": _sentence_count(kg),
        "events": len(events),
        "relation_facts": len(facts),
        "actors": len(names),
        "triples": len(kg),
        "top_actors": _top(actors, top),
        "top_actions": _top(actions, top),
        "top_action_classes": _top(classes, top),
    }
