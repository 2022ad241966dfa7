"""A title-case headline opening an article is parsed in sentence case (issue 14, recall).

"04-02-2017 Army Units Kill 12 Militants Near Qasr Abyad." is read by the small model
as one long name; parsed with its common words in lower case it tells who killed
whom. The doc keeps the text as written. Every headline here is written for these
tests.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.parse import load_nlp, parse_articles
from graph.parse.recase import RECASED, clause_breaks, is_recased_noun, sentence_cased

STORY = (
    " The units killed the militants near the village and the rebel commander said his "
    "fighters would strike back at the army units in the town on Monday."
)


def _events(text: str) -> set[tuple[str, str, str]]:
    article = Article(doc_id="t", source="t.txt", text=text)
    return {
        (e.actor, e.action, e.target)
        for _, doc in parse_articles([article])
        for e in extract_events(doc)
        if e.kind == "event"
    }


@pytest.mark.parametrize(
    "headline, triple",
    [
        (
            "04-02-2017 Army Units Kill 12 Militants Near Qasr Abyad.",
            ("Army Units", "kill", "12 Militants"),
        ),
        (
            "Sat Mar 4 2017 Rebel Gunners Shell Army Post In Tal Hamra.",
            ("Rebel Gunners", "shell", "Army Post"),
        ),
        (
            "Rebel Commander Vows To Strike Back At Army Units.",
            ("Rebel Commander", "vow", "Army Units"),
        ),
    ],
)
def test_a_title_case_headline_tells_its_event(headline, triple):
    assert triple in _events(headline + STORY)


def test_a_recased_headline_keeps_a_headlines_passives():
    text = "11-03-2017 Farmer Killed Others Injured in Mortar Attack." + STORY
    article = Article(doc_id="t", source="t.txt", text=text)
    found = {
        (e.actor, e.action, e.target): e.kind
        for _, doc in parse_articles([article])
        for e in extract_events(doc)
    }
    assert found.get(("Farmer", "be killed", "")) == "relation"
    assert ("Farmer", "kill", "Others") not in found


def test_the_doc_keeps_the_text_as_written():
    text = "04-02-2017 Army Units Kill 12 Militants Near Qasr Abyad." + STORY
    [(_, doc)] = list(parse_articles([Article(doc_id="t", source="t.txt", text=text)]))
    assert doc.text == text
    assert doc.user_data[RECASED]
    kill = next(tok for tok in doc if tok.text == "Kill")
    assert kill.pos_ == "VERB" and kill.lemma_ == "kill"


@pytest.mark.parametrize(
    "text",
    [
        # prose: no title-case run.
        "The army units killed twelve militants near the village on Monday." + STORY,
        # names only, no verb: nothing to gain.
        "Dr Amal Haddad Of Halab University." + STORY,
        # a headline glued to its lead: left to the noise rules.
        "Army Units Kill 12 Militants Near Qasr Abyad Army units killed twelve militants.",
    ],
)
def test_other_openings_are_parsed_as_written(text):
    assert sentence_cased(load_nlp(), text) is None


def test_dates_and_names_keep_their_capitals():
    text = "Tue May 2 2017 Syrian Jets Pound Rebel Hideouts In Hama." + STORY
    found = sentence_cased(load_nlp(), text)
    assert found is not None
    cased, _ = found
    # ("Hideouts" keeps its capital: the story does not write the word.)
    assert cased.startswith("Tue May 2 2017 Syrian jets pound rebel Hideouts in Hama.")
    assert len(cased) == len(text)


def test_a_recased_noun_is_no_verb():
    text = (
        "11-09-2015 Jets Raid Rebel Stronghold And Kill 9 Fighters. The jets struck the rebel "
        "stronghold near the river and the fighters fled the area on Friday."
    )
    [(_, doc)] = list(parse_articles([Article(doc_id="t", source="t.txt", text=text)]))
    words = {tok.text: tok for tok in doc[:12]}
    assert is_recased_noun(words["Stronghold"])
    assert not is_recased_noun(words["Kill"]) and not is_recased_noun(words["Jets"])


# A story whose first sentence opens with a capital: the headline ends at its full stop.
CAPITAL_STORY = (
    " The Border Army said its units killed the militants near the village and the rebel "
    "commander said his fighters would strike back at the army units in the town on Monday."
)


@pytest.mark.parametrize(
    "headline, triple",
    [
        # the story's first word is capitalised: the run still ends at the full stop.
        (
            "04-02-2017 Border Army Kills 12 Militants in Kafr Sous.",
            ("Border Army", "kill", "12 Militants"),
        ),
        (
            "Sun Mar 5 2017 Border Army Kills over 20 Gunmen in Tal Hamra.",
            ("Border Army", "kill", "over 20 Gunmen"),
        ),
        # a name with a lower-case article stays inside the headline.
        (
            "02-06-2016 Border Army Kills 9 al-Rashid Brigade Fighters in Kafr Sous.",
            ("Border Army", "kill", "9 al-Rashid Brigade Fighters"),
        ),
    ],
)
def test_a_headline_before_a_capitalised_story_tells_its_event(headline, triple):
    assert triple in _events(headline + CAPITAL_STORY)


@pytest.mark.parametrize(
    "headline",
    [
        "04-02-2017 Border Army Kills 12 Militants in Tal Hamra Advances in Kafr Sous.",
        "04-02-2017 Border Army Kills 12 Militants in Tal Hamra, Advances in Kafr Sous.",
    ],
)
def test_a_headlines_second_predicate_shares_its_subject(headline):
    found = _events(headline + CAPITAL_STORY)
    assert ("Border Army", "advance", "") in found
    assert not any(actor.startswith("12") for actor, _, _ in found)


def test_a_verb_of_saying_keeps_its_clause_whole():
    text = "11-05-2018 Army Says Rebels in Kafr Sous Attacks Checkpoint." + CAPITAL_STORY
    cased = sentence_cased(load_nlp(), text)
    assert cased is not None
    assert clause_breaks(text, cased[1]) == []


def test_an_abbreviation_does_not_end_a_headline():
    text = "Gen. Haddad Visits Front Line Troops Near Kafr Sous." + CAPITAL_STORY
    assert ("Gen. Haddad", "visit", "Front Line Troops") in _events(text)


def test_a_participle_headline_has_no_second_predicate():
    # "Rocket" and "Attacks" are also verb forms; the headline tells one passive.
    text = "03-07-2015 Six Farmers Killed in Militia Rocket Attacks in Kafr Sous." + CAPITAL_STORY
    cased = sentence_cased(load_nlp(), text)
    assert cased is not None
    assert clause_breaks(text, cased[1]) == []


# The story writes its attack nouns capitalised too ("... in Joint Airstrikes"), so only
# the word list keeps them common nouns; with and without the commas.
ATTACK_STORY = (
    " Forty Fighters were killed in Joint Airstrikes the monitor said on Monday and the "
    "toll could rise."
)


@pytest.mark.parametrize(
    "headline, triple",
    [
        (
            "Mon 3 Jun 2019 40 Killed in Turkish Airstrikes on Rebel Camp in Afrin.",
            ("Turkish", "kill", "40"),
        ),
        (
            "Mon, 3 Jun, 2019 40 Killed in Turkish Airstrikes on Rebel Camp in Afrin.",
            ("Turkish", "kill", "40"),
        ),
        (
            "Mon 3 Jun 2019 Twelve Soldiers Killed in Rebel Offensive in Northern Hama.",
            ("Rebel", "kill", "Twelve Soldiers"),
        ),
        (
            "Mon, 3 Jun, 2019 Twelve Soldiers Killed in Rebel Offensive in Northern Hama.",
            ("Rebel", "kill", "Twelve Soldiers"),
        ),
    ],
)
def test_a_title_case_headlines_attack_noun_names_its_doer(headline, triple):
    assert triple in _events(headline + ATTACK_STORY)


@pytest.mark.parametrize(
    "headline",
    [
        # a name that holds such a word stays a name when no verb is read as one.
        "Mon 3 Jun 2019 Operation Desert Strike Museum Opens.",
        "Mon, 3 Jun, 2019 Operation Desert Strike Museum Opens.",
    ],
)
def test_an_attack_noun_alone_gives_no_attack(headline):
    assert not any(action == "strike" for _, action, _ in _events(headline + ATTACK_STORY))
