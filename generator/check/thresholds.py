"""Every number the checks compare against, in one place, with where it comes from.

Calibrated on the project's own reviewed handouts (content/, November 2026): each limit
sits just above what the reviewed library reaches, so new text is held to the same
standard. Change a limit here, and say why in the commit.
"""

# English reading grade (Flesch-Kincaid, check/readability.py). NIH asks for grade 8 or lower, AMA
# for grade 6. Names of laws and agencies push single blocks higher than whole handouts.
EN_MAX_GRADE_HANDOUT = 8.0
EN_MAX_GRADE_BLOCK = 10.0

# zh-TW profile. No validated open formula exists (CRIE is a web service); sentences are
# split on 。！？；. The reviewed library averages about 20 characters per sentence.
ZH_MAX_AVERAGE_SENTENCE = 25
ZH_MAX_SENTENCE = 60
# Share of Han characters outside Big5 level 1 (the 5,401 常用字, bytes A440-C67E).
ZH_MAX_UNCOMMON_SHARE = 0.03
# Legal spellings that Big5 level 1 lacks but Taiwan's law texts use (化粧品).
ZH_COMMON_EXTRA = "粧"

# Balance: words (English) or characters (zh-TW) in evidence blocks, divided by those in
# unknowns and safety blocks. Above this, benefit text outweighs risk and uncertainty.
MAX_BENEFIT_TO_RISK = 1.5

# CDC Clear Communication Index: lists of 7 items or fewer.
MAX_LIST_ITEMS = 7

# DISCERN 12/14: more than one choice, including doing nothing.
MIN_ALTERNATIVES = 2
