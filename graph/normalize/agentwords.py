"""Word lists of generic agents (read by :mod:`graph.normalize.agents`).

CAMEO sectors and what they stand for, and the nouns that name a state's organs,
a group's members, or no state at all.
"""

from __future__ import annotations

from .phrase import words_of

# Nouns of kinship: a name before one is a person's ("Nohas husband"), never a people.
KIN = frozenset(
    words_of(
        "son sons daughter daughters wife wives husband husbands brother brothers sister "
        "sisters father fathers mother mothers uncle uncles aunt aunts cousin cousins"
    )
)
# CAMEO sector -> (id part, actor type).
SECTORS = {
    "COP": ("police", "government"),
    "GOV": ("government", "government"),
    "JUD": ("judiciary", "government"),
    "LEG": ("legislature", "government"),
    "SPY": ("intelligence", "government"),
    "MIL": ("military", "military"),
    "REB": ("rebels", "armed-group"),
    "UAF": ("gunmen", "armed-group"),
    "CRM": ("criminals", "armed-group"),
    "OPP": ("opposition", "organisation"),
    "PTY": ("party", "organisation"),
    "NGO": ("ngo", "organisation"),
    "IGO": ("igo", "organisation"),
    "HRI": ("rights-group", "organisation"),
    "CVL": ("civilians", "civilian"),
    "PPL": ("people", "civilian"),
    "REF": ("refugees", "civilian"),
    "MED": ("media", "civilian"),
    "EDU": ("education", "civilian"),
    "HLH": ("health", "civilian"),
    "BUS": ("business", "civilian"),
    "LAB": ("labour", "civilian"),
    "AGR": ("agriculture", "civilian"),
    "REL": ("religious", "civilian"),
    "ELI": ("elites", "civilian"),
}
# Sectors that belong to the place a story is about: a bare "police" or "rebels" in
# an Iraq story are Iraq's. Armed forces and gunmen are often foreign or unknown.
LOCAL_SECTORS = frozenset(
    words_of("COP GOV JUD LEG REB OPP CVL PPL REF EDU HLH BUS LAB AGR REL ELI")
)
# Institution nouns that, bare, mean the story's own state: "the army", "the government".
STATE_INSTITUTIONS = frozenset(
    words_of("army military government regime authorities administration state")
)
STATE_SECTORS = frozenset(words_of("GOV MIL COP"))
# A state's own services, bare the story's state's ("the troops" may be anyone's).
STATE_SERVICES = frozenset({"air force", "air forces", "armed forces"})
# Nouns of a state's ground forces, which a gazetteer military actor stands for.
ARMY_NOUNS = frozenset(words_of("army armies military soldiers troops forces unit units"))
# Nouns that, alone, are more often a thing than a group: "they shared intelligence".
AMBIGUOUS_BARE = frozenset(
    words_of(
        "intelligence security media press business education health labour labor agriculture "
        "justice defence defense leadership management staff personnel"
    )
)
UNKNOWN = "unknown"
# Nouns of a group or its members, whose side a word before them names ("a rebel
# faction", "opposition figures", "rebel officers").
MEMBER_NOUNS = frozenset(
    words_of(
        "group groups faction factions organization organizations organisation organisations "
        "movement movements alliance alliances brigade brigades officer officers commander "
        "commanders leader leaders member members figure figures"
    )
)
# The sectors of a side in a civil war that a word before a group noun names.
SIDE_SECTORS = frozenset(words_of("REB OPP"))
# Modifiers that put an agent beyond any one state: "foreign fighters", "the international
# community", "international observers" belong to no country of the story.
TRANSNATIONAL = frozenset(words_of("foreign international global multinational overseas"))
