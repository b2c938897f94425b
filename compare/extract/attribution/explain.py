"""Why a quote is credited to its speaker, in words: the rule that fired."""

from __future__ import annotations

from compare.extract.attribution.table import BY_NAME
from compare.extract.claims import Quote


def explain(quote: Quote) -> str:
    """One line: the rule's name and summary, then the words it read.

    "cue-after (the subject of a reporting verb after the quote): “Ruiz” + “said” → Ana Ruiz"
    """
    if quote.rule is None or quote.speaker is None:
        return "no rule found a speaker: unattributed"
    rule = BY_NAME.get(quote.rule)
    summary = f" ({rule.summary})" if rule is not None else ""
    read = []
    if quote.speaker_mention:
        read.append(f"“{quote.speaker_mention}”")
    if quote.cue:
        read.append(f"“{quote.cue}”")
    words = " + ".join(read)
    return (
        f"{quote.rule}{summary}: {words} → {quote.speaker}"
        if words
        else (f"{quote.rule}{summary} → {quote.speaker}")
    )
