"""Word lists the extraction rules rely on. English news usage."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Reporting verbs in their usual inflections.
# Present-tense forms that are also common nouns ("states", "reports", "calls")
# are left out: "his home state" must not read as a speech cue.
_VERB_STEMS = (
    "say said says saying tell told tells telling add added adds adding ask asked asks asking "
    "warn warned warns warning write wrote writes writing written stated noted noting "
    "explain explained explains explaining argue argued argues arguing insist insisted "
    "insists insisting claimed claiming declare declared declares declaring announce "
    "announced announces announcing tweeted replied responded continued recalled observed "
    "remarked acknowledge acknowledged acknowledges admit admitted admits conceded complain "
    "complained complains cautioned urged urging suggest suggested suggests predict predicted "
    "predicts predicting promised vowed vowing pledged pledging stressed stressing emphasized "
    "emphasised quipped joked concluded countered charged alleged contend contended contends "
    "maintained reiterated underscored called calling described describing dismissed "
    "dismissing accused accusing denied denies denying confirmed confirms reported "
    "mentioned recounted testified shouted yelled screamed whispered mused sighed boasted "
    "lamented exclaimed chanted thundered blasted slammed mocked praised praising condemned "
    "condemning criticized criticised criticizing criticising retorted agreed proclaimed "
    "summarized summarised quoted cited think thinks believe believes confessed confessing "
    "decried decrying blamed blaming bemoaned labeled labelled labeling labelling coined "
    "dubbed branded branding thanked thanking vowed touted touting hailed hailing "
    "insisted tweeting texted emailed wrote telling reminded reminding demanded demanding "
    "questioned questioning asserted asserting implored pleaded begged cautions recalls "
    "concedes acknowledges complains insists explains argues predicts suggests fumed spoke "
    "speaking"
)
REPORTING_VERBS = _words(_VERB_STEMS)
# Speech verbs of headlines: the reporting verbs and the headline-only ones
# ("Bolton and Gorka Slam ...", "Clinton Rips ...").
HEADLINE_VERBS = REPORTING_VERBS | _words(
    "slam slams blast blasts rip rips hit hits knock knocks bash bashes urge urges vow vows "
    "call calls warn warns tell tells say says"
)

# Verbs that report speech only with a following "as" or object ("called it ...").
WEAK_CUES = _words(
    "called calling described describing quoted cited think thinks believe believes "
    "labeled labelled labeling labelling coined dubbed branded branding thanked thanking "
    "blamed blaming hailed hailing touted touting"
)

PRONOUNS = _words("he she they we i it you")
PERSONAL_PRONOUNS = _words("he she they we i")

# Words that open a description of a speaker ("a senior European diplomat").
DETERMINERS = _words(
    "a an the one another two three several some many most other his her its their our "
    "this these those each both any no"
)

# Titles placed before a name; stripped from canonical names.
TITLES = _words(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady "
    "president vice prime foreign defence defense finance interior deputy minister "
    "secretary ambassador senator sen sen. rep rep. representative gov gov. governor mayor "
    "general gen gen. lt lt. col col. colonel admiral adm adm. captain capt capt. sgt sgt. "
    "sergeant major maj maj. commander chief judge justice attorney chancellor king queen "
    "prince princess pope cardinal bishop rev rev. reverend father sister brother "
    "spokesman spokeswoman spokesperson envoy chairman chairwoman chair ceo director "
    "premier speaker leader state assistant acting former late then-president sheikh "
    "congressman congresswoman councilman councilwoman councillor councilor officer agent "
    "detective inspector superintendent sheriff coach dr"
)

# Nouns that make a phrase a description of someone's position.
ROLE_NOUNS = _words(
    "ambassador ambassadors representative representatives minister ministers secretary "
    "president vice-president chairman chairwoman chair chief head leader leaders "
    "spokesman spokeswoman spokesperson envoy negotiator negotiators diplomat diplomats "
    "official officials adviser advisor advisers advisors analyst analysts expert experts "
    "professor researcher fellow economist strategist editor reporter correspondent "
    "journalist lawyer attorney judge senator congressman congresswoman lawmaker "
    "legislator governor mayor commissioner founder co-founder executive ceo officer "
    "commander general colonel admiral director manager owner member members candidate "
    "nominee deputy premier chancellor king queen prince delegate delegates "
    "spokespeople aide aides counsel counselor counsellor strategist pollster "
    "consultant scientist doctor physician professor teacher student author activist "
    "campaigner organiser organizer partner president-elect secretary-general "
    "director-general coordinator administrator inspector superintendent sheriff chief "
    "economist historian president's minister's host presenter anchor columnist "
    "commentator critic supporter opponent rival challenger incumbent engineer nurse "
    "worker farmer resident trader banker investor architect planner lecturer principal "
    "captain coach player striker goalkeeper manager producer singer actor actress writer "
    "novelist poet artist photographer designer developer programmer surgeon"
)
# Role nouns without a plural "s", to compare with any word form ("ambassadors").
ROLE_STEMS = frozenset(n.rstrip("s") for n in ROLE_NOUNS)

# Capitalised words that mark a name as a place or organisation, not a person.
NON_PERSON_WORDS = _words(
    "Ministry Department University College School Institute Endowment Foundation "
    "Organization Organisation Union Council Nations States Kingdom Republic Party Committee "
    "Commission Agency Bank Fund Court Senate House Congress Parliament Assembly Europe "
    "Eastern Western Northern Southern East West North South Times News Post Journal Street "
    "Road Avenue Square Lake River Sea Ocean Mountain Mountains Island Islands City County "
    "Province Region Airport Station Hospital Church Center Centre Company Corporation Inc "
    "Ltd Group Association Federation Alliance Office Service Services Forces Army Navy "
    "Force Guard Police Agency Administration Authority Board Bureau Press Television Radio "
    "Network Channel Kremlin White Pentagon Nato NATO OSCE EU UN Security Co-operation "
    "Cooperation Peace War Affairs Relations Strategic Studies Policy Research Energy "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Global International "
    "National Federal Central American Russian Ukrainian European British French German "
    "Chinese Democrats Republicans Democratic Republican Soviet"
)

# Words that cannot start a person's name even when capitalised at sentence start.
NAME_STOPWORDS = _words(
    "The A An In On At As After Before While When But And Or If It Its This That These "
    "Those There Their They He She We I You His Her Our Your My Yet So For From To Of By "
    "With Without Within Among Between Echoing Joining Asked Desperate Meanwhile However "
    "Thursday’s Thursday's Also Then Now Still Even Just Only Nobody Everyone Some Many "
    "Most Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Later "
    "Earlier Under Over Since Until Despite Although Though Because Like Unlike About "
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. According Speaking Writing Here What Who Why How Where"
)

# Words that end a noun phrase when reading a unit or description forwards.
PHRASE_BREAKERS = _words(
    "and or but of in on at to for from by with as than that which who whom whose "
    "is are was were be been being has have had do does did will would can could should "
    "may might must shall said says say told near over under into onto about after before "
    "during since until while because if when where this these those it its their his her "
    "our your a an the per each every according across against along among around behind "
    "below beneath beside besides beyond inside outside through throughout toward towards "
    "upon within without so yet not no also up down out off again then there here "
    "deployed stationed based located amid including"
)

# Irregular past tenses, for recognising "X took the stage and called it ..."
IRREGULAR_PAST = tuple(
    "took made gave went came got told put set held kept left met ran saw sent spent stood "
    "thought wrote won lost brought bought built chose drew drove fell felt found fought heard "
    "hit knew led let meant paid rose sat sold spoke struck taught threw understood wore began "
    "became broke cut grew hung laid shot shook sought swore tore quit stuck swung caught dealt "
    "fled flew forgot froze hid hurt lent lit rode rang shut slept stole withdrew".split()
)
