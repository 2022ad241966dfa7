"""Closed word classes the comma sites are read from (no parse exists yet)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words("the a an this these those its his her their our my your")
# Pronouns that can only be subjects: one right after a phrase starts a clause.
SUBJECT_PRONOUNS = _words("he she they we i")
PREPOSITIONS = _words(
    "of in on at to for from by with about against among amid amidst across after before "
    "during since until till into onto over under near without within through throughout "
    "toward towards via per despite following including like upon between behind beyond "
    "around along inside outside off than as"
)
CONJUNCTIONS = _words("and or but nor so yet that if whether because while when where which who")
AUXILIARIES = _words(
    "is are was were be been being am has have had having do does did will would shall "
    "should can could may might must not also"
)
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | _words("to there")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
TIME_WORDS = (
    WEEKDAYS
    | MONTHS
    | _words(
        "morning afternoon evening night nights day days week weeks weekend month months "
        "year years decade hours ago today yesterday tonight then overnight earlier later "
        "last this past next early late recently"
    )
)
# Sentence adverbs a comma ends: "Meanwhile, the army ..."; "Earlier on Monday, ...".
CONNECTIVES = _words(
    "however meanwhile moreover furthermore nevertheless nonetheless separately additionally "
    "meantime overnight earlier later elsewhere previously initially subsequently consequently "
    "therefore thus indeed besides otherwise ultimately notably importantly yesterday "
    "recently eventually finally"
)
# Prepositions that open a sentence-initial phrase: "On Tuesday, ...", "In a statement, ...".
INTRO_PREPOSITIONS = _words(
    "on in at during since after before following amid amidst despite throughout within "
    "over until across near outside inside according unlike besides upon without "
    "earlier later last early late"
)
# Verbs of saying whose subject may close a sentence: "..., the ministry said."
SPEECH_VERBS = _words(
    "said says added adds told tells reported reports stated states announced announces "
    "confirmed confirms warned warns noted notes explained explains claimed claims "
    "insisted insists wrote writes quoted"
)
# Adverbs between a speaker and the verb ("the ministry also said").
SPEECH_ADVERBS = _words("also later further earlier previously again then has had have")
# Plural speakers a report cites without a determiner ("..., officials said").
SPEAKERS = _words(
    "officials sources activists witnesses residents medics doctors diplomats analysts "
    "monitors observers experts authorities police reports media"
)
# Words that modify such a speaker ("security sources", "local activists").
SPEAKER_MODIFIERS = _words(
    "security military medical hospital police rebel opposition government local senior "
    "western diplomatic relief rescue intelligence official state media news army "
    "palestinian israeli syrian kurdish iraqi us u.s. american russian turkish iranian"
)
# Titles inside a speaker's name ("Observatory director Rami Abdel Rahman said").
TITLES = _words(
    "minister spokesman spokeswoman spokesperson president director head chief leader "
    "official commander secretary envoy ambassador negotiator general colonel analyst "
    "correspondent reporter chairman governor mayor member representative adviser advisor "
    "prime foreign defence defense deputy senior vice interior coordinator founder "
    "activist monitor researcher expert source"
)
# Participles of effect that open an adjunct: "shelled the town, killing five".
EFFECT_PARTICIPLES = _words(
    "killing leaving wounding injuring prompting forcing causing sparking triggering "
    "destroying damaging displacing trapping sending bringing raising"
)
# Verbs after which such a participle is their complement ("kept killing").
ASPECT_VERBS = _words(
    "start started starts begin began begun begins keep kept keeps continue continued "
    "continues stop stopped stops avoid avoided risk risked prevent prevented"
)
# Common irregular past forms: with words ending in -ed, what reads as a verb.
IRREGULAR_PAST = _words(
    "took met began fled hit said struck left led shot fought sent won lost came went made "
    "saw told held brought built caught fell gave kept put ran sought stood threw withdrew"
)
# Nouns of an attack, never a name of their own: a title-case headline's "Killed in Army
# Airstrikes on Town" keeps them common nouns (see recase).
ATTACK_NOUNS = _words(
    "airstrike airstrikes strike strikes raid raids attack attacks shelling bombing bombings "
    "bombardment offensive clashes ambush blast explosion assault barrage"
)
# Verbs with two objects: "gave Freedonia the right" is no apposition.
DITRANSITIVES = _words(
    "gave given told sent offered granted handed showed shown awarded denied promised lent "
    "sold brought bought taught asked owed paid cost left allowed called named elected "
    "appointed made considered"
)
# Words that open a phrase saying who among those just counted: "44 civilians, including ...".
ELABORATIONS = _words("including mostly mainly largely chiefly predominantly")
COUNTS = _words(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds "
    "thousands many most all some several none half"
)
# Bodies that speak for a state or group ("Russia's defence ministry said").
SPEAKING_BODIES = _words(
    "ministry army military agency observatory council government office command media "
    "television tv channel group monitor committee coalition forces authority presidency "
    "embassy mission spokesman spokeswoman"
)
# Conjunctions a sentence may open with before its opening phrase ("But on Monday, ...").
LEADING_CONJUNCTIONS = _words("but and yet so also")
# Words that go on after a closing speaker ("..., the ministry said, adding that ...").
TAIL_CONTINUATIONS = _words(
    "adding saying noting citing explaining stressing warning accusing calling urging "
    "describing and but while although whereas"
)
