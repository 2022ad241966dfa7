import pytest

from graph.model import Event, Provenance, text_id


def _prov(sentence: str = "Rebels shelled the town.", start: int = 10) -> Provenance:
    return Provenance("d1", "a.txt", 0, start, start + len(sentence), sentence)


def test_event_round_trips_through_dict():
    event = Event("Rebels", "shell", "the town", _prov(), relation="shelled", extras=("on Monday",))
    assert Event.from_dict(event.to_dict()) == event


def test_events_are_hashable_and_dedupe():
    a = Event("Rebels", "shell", "the town", _prov())
    assert len({a, Event("Rebels", "shell", "the town", _prov())}) == 1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"polarity": "maybe"}, "polarity"),
        ({"modality": "likely"}, "modality"),
        ({"kind": "fact"}, "kind"),
        ({"confidence": 1.5}, "confidence"),
        ({"actor": ""}, "actor"),
    ],
)
def test_event_rejects_bad_values(kwargs, message):
    fields = {"actor": "Rebels", "action": "shell", "target": "", "provenance": _prov()} | kwargs
    with pytest.raises(ValueError, match=message):
        Event(**fields)


def test_provenance_span_must_match_sentence():
    with pytest.raises(ValueError, match="span"):
        Provenance("d1", "a.txt", 0, 0, 3, "four")


def test_factual_means_asserted_and_positive():
    assert Event("A", "hit", "B", _prov()).is_factual
    assert not Event("A", "hit", "B", _prov(), polarity="neg").is_factual
    assert not Event("A", "hit", "B", _prov(), modality="future").is_factual


def test_text_id_is_stable():
    assert text_id("abc") == text_id("abc") != text_id("abd")
    assert len(text_id("abc")) == 16
