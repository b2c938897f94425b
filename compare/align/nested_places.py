"""Whether two places told for one fact by two articles may be a part and its whole.

No gazetteer here says which town lies in which district, so the place matchers
long set a pair aside whenever either place was named anywhere in the other
article: that article knew the place, and may have placed the event in its whole
or its part. But outlets telling one story name its other places too (the team
of one town playing in another, the road between two villages), and an article
that names the other's place only in sentences of its own, never beside its own
place, knows it as another place of the story and placed the happening elsewhere.
What tells a part and its whole is the two named together: one sentence of
either article naming both ("in Tamga, near Bokonbaevo", "Harburg and
Wilhelmsburg": happening_places' reading), a region or a country of the
time-zone table, a people's land, or a widely known name no zone is named after.
"""

from __future__ import annotations

from collections.abc import Mapping

from compare.extract.claims import Place


def may_nest(a: Place, b: Place, texts: Mapping[str, str]) -> bool:
    """Are the two places told together in one sentence of either article (`texts`:
    each article's sentences, one a line), or is either a region that may hold the
    other?"""
    # happening_places reads the closest sentences' helpers: imported when called
    from compare.align.happening_places import holds_towns, told_together

    return told_together(a, b, dict(texts)) or holds_towns(a) or holds_towns(b)
