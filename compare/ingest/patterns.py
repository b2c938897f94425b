"""Regular expressions for what web scrapers leave in article text.

These describe the general shapes of scrape noise (navigation links, tracking
pixels, photo credits, relative timestamps, Markdown markup, bylines); none of
them is tied to a particular outlet or article.
"""

from __future__ import annotations

import re

# Short phrases that make up navigation, sharing and subscription chrome.
_CHROME_PHRASES = [
    r"skip to (?:main )?(?:content|navigation|search)",
    r"skip navigation",
    r"[\w-]*pixel",
    r"advertisement",
    r"sponsored(?: content)?",
    r"share(?: this(?: article| story)?)?(?: on \w+)?",
    r"tweet",
    r"e-?mail",
    r"print",
    r"copy link",
    r"link copied",
    r"save(?: article| to my\w+| for later)?",
    r"add to my\w+",
    r"gift (?:this )?article",
    r"subscribe(?: now)?",
    r"sign (?:up|in)",
    r"log ?(?:in|out)",
    r"register",
    r"follow(?: us)?",
    r"comments?",
    r"\d+ comments?",
    r"listen(?: to (?:this )?article)?(?: \d+ min)?",
    r"\d+ min(?:ute)?s? read",
    r"read more",
    r"continue reading",
    r"most (?:popular|read|viewed)",
    r"recommended(?: for you)?",
    r"related(?: articles?| stories| content)?",
    r"(?:show|hide|toggle|view) caption",
    r"enlarge (?:this )?image",
    r"open image in gallery",
    r"image",
    r"photo",
    r"loading\.*",
    r"menu",
    r"search",
    r"home",
    r"close",
    r"facebook",
    r"twitter",
    r"x",
    r"linkedin",
    r"whatsapp",
    r"reddit",
]
_CHROME_ALT = "|".join(_CHROME_PHRASES)
CHROME_LINE = re.compile(
    rf"^[\s|•·/>\-–—:,]*(?:(?:{_CHROME_ALT})[\s|•·/>\-–—:,]*)+$",
    re.IGNORECASE,
)

# Lines that only point elsewhere: bare URLs, "Read more: ...", image embeds.
LINK_LINE = re.compile(
    r"^\s*(?:(?:https?://|www\.)\S+|(?:read more|related|see also|also read|more on this"
    r"|watch|listen|recommended)\s*[:|].*|!\[[^\]]*\]\([^)]*\))\s*$",
    re.IGNORECASE,
)

# Horizontal rules: ---, ***, ___, ===, with optional spaces.
RULE_LINE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")

HEADING_PREFIX = re.compile(r"^\s{0,3}#{1,6}\s+")
HEADING_SUFFIX = re.compile(r"\s+#+\s*$")
BLOCKQUOTE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+")
LIST_PREFIX = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")

_RELATIVE_TIME = (
    r"(?:(?:updated|published|posted)\s+)?(?:\d+|an?|one)\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?)\s+ago"
)
RELATIVE_TIME_TAIL = re.compile(rf"\s*(?:[|•·,]\s*)?\b{_RELATIVE_TIME}\s*$", re.IGNORECASE)
RELATIVE_TIME_LINE = re.compile(
    rf"^\s*(?:{_RELATIVE_TIME}|just now|yesterday|today)\s*$", re.IGNORECASE
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
DATE_LINE = re.compile(
    rf"^\s*(?:(?:updated|published|posted|first published)(?: on)?:?\s*)?"
    rf"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"
    rf"(?P<paren>\()?(?P<date>{_DATE}){_TIME}(?(paren)\))"
    # a wire dateline's dashes after the date: "(March 20, 2007) --"
    r"(?:\s*[-–—]){0,2}\s*$",
    re.IGNORECASE,
)

# Photo agencies and credit words; a credit names one of these or is set in capitals.
AGENCY = re.compile(
    r"\b(?:AFP|AP|Reuters|Getty|EPA|EFE|Bloomberg|Shutterstock|Alamy|PA|ANSA|Xinhua|Sputnik"
    r"|TASS|Anadolu|NurPhoto|SOPA|ZUMA|Polaris|Redux|Pool|Handout|Associated Press|Sipa"
    r"|LightRocket|Corbis|dpa|picture alliance|Abaca|WireImage|Imago|Keystone|Staff|Images?"
    r"|Photo(?:graph)?s?|Press|News|Times|Post|Globe|Agency|Service|Office|Ministry)\b",
    re.IGNORECASE,
)
_CREDIT_BODY = (
    r"(?:©|\((?i:c)\)|(?i:copyright)\b).{1,100}"
    r"|(?i:(?:photo(?:graph)?s?|image|picture|credit|illustration)s?\s*(?:by\b|:|credit:?))\s*.{2,100}"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|Photo)[^()]{0,100}\)"
    r"|(?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*\s*/\s*[A-Z][\w.'’&\-]*(?:\s+[\w.'’&\-]+){0,6}"
)
# A credit ends a paragraph, after the caption's final punctuation (often with no
# space: "on Thursday.ALEX HALADA/AFP via Getty Images"), or is all of it. Where the
# caption ends is the end of group "mark". The tail is searched from the punctuation
# itself, so that re skips in C to the next such mark (a pattern opening with a
# lookbehind is tried at every position); a paragraph that is all credit is
# matched first, as a search found it first.
CREDIT_ALL = re.compile(rf"(?P<mark>)\s*(?P<credit>{_CREDIT_BODY})\s*$")
CREDIT_TAIL = re.compile(rf"(?P<mark>[.!?\"”’)])\s*(?P<credit>{_CREDIT_BODY})\s*$")
CREDIT_LINE = re.compile(rf"^\s*(?:{_CREDIT_BODY}|(?:Getty Images|Reuters|AP|AFP))\s*$")
CAPTION_LABEL = re.compile(r"^\s*(?:photo|caption|pictured|above|top|image)\s*:\s*", re.IGNORECASE)

# Inline Markdown. Links keep their text; images go.
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(
    r"\[(?P<text>[^\[\]]+)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])"
)
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
# The mark is written first and the character before it checked after it, so that
# re skips in C to the next "*" or "_" (a pattern opening with a lookbehind is tried
# at every position).
MD_EMPHASIS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])(?P<text>[^*\n]+?)(?<=[^\s*])\*(?![\w*])")
MD_UNDERSCORE = re.compile(r"_(?<![\w_]_)(?=[^\s_])(?P<text>[^_\n]+?)(?<=[^\s_])_(?![\w_])")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
HTML_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,5}|[A-Za-z]{2,8});")
# Two or more spaces, tabs, line breaks or no-break spaces, or one of them that is not a
# space. (Written "[ \t\n\u00a0]{2,}|[\t\n\u00a0]" it has no first character re can
# skip to, and was tried at every place of every paragraph: the one it consumes first,
# and a lookbehind for a lone one, give the same matches.)
WHITESPACE_RUN = re.compile(r"[ \t\n\u00a0](?:[ \t\n\u00a0]+|(?<=[\t\n\u00a0]))")

# Datelines open the first paragraph:
# "VIENNA — ", "KYIV, Ukraine (AP) — ", "LONDON, Jan 13 (Reuters) - ".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?"
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?)"
    r"\s*(?:\((?:AP|Reuters|AFP|Bloomberg|CNN|dpa|UPI|AP Photo)\)\s*)?(?:—|–|--|-)\s+"
)

# Bylines: "By A B", "A B and C D", "A B in City and C D in City".
_NAME = r"[A-Z][\w'’\-]+\.?(?:\s[A-Z][\w'’\-]*\.?){1,3}"
_PLACE = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?"
_BYLINE_PERSON = rf"{_NAME}(?:\s+in\s+{_PLACE})?"
BYLINE = re.compile(
    rf"^(?P<by>(?i:by)\s+)?(?P<people>{_BYLINE_PERSON}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_BYLINE_PERSON})*)"
    r"(?:\s*[|,]\s*(?:[A-Z][\w ]+ (?:correspondent|editor|reporter|writer|staff))?)?\s*$"
)
BYLINE_PERSON = re.compile(rf"(?P<name>{_NAME})(?:\s+in\s+{_PLACE})?")
