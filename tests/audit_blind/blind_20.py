"""BLIND_20 (44 products; a European outdoor and sportswear brand's shop: rain jackets, fleece, base layers, running
wear, leggings, swimwear, kids' outdoor wear, a few accessories; enrich's default questionnaire, closed answers
by the default ranking engine, open answers mostly from the base model, some from the caption adapter; the
brand's English columns for two thirds of the products): written blind in the twelfth session and measured blind
at 1a7d256, the session's audits after blind-19: 86/129 and 6/149. The writer's notes, verbatim:

BLIND_20: a blind corpus of BLIP-2 outputs for a European sportswear and outdoor shop.

Scenario. enrich ran its default questionnaire over the online shop of a European sportswear and outdoor brand:
hiking and rain jackets, fleeces, softshells, down vests and jackets, base layers, running tees and tanks, sports
bras, leggings and running tights, trail and swim shorts, joggers, swimwear, kids' outdoor wear, and a few
accessories (a cap, a backpack, gloves, a running cap) that the questionnaire was run on anyway. Photos are on-model
action shots outdoors (mountain ridges, snow, pine forest, meadows, beaches, red-rock canyon: strong background
colors), studio on-model shots, and ghost-mannequin or flat-lay packshots (gender None). About two thirds of the
products carry the brand's catalog columns (Case.extra: category, color, title in the brand's own English taxonomy
and color names); the rest have {}.

Systems. Closed questions (garment_type, color, pattern, sleeve_length) were answered by the default ranking engine,
so every closed answer is exactly one value of the question's list; its failures are wrong values (the background's
color, another garment's color, a wrong type, pattern or sleeve length, a value that makes no sense for an
accessory). The caption and the open questions (wearing, description, details, material) were generated:
  - by the untuned base model (Salesforce/blip2-opt-2.7b) for most products: short answers, sometimes right;
    failures are one color repeated for every garment, wrong pronouns, invented details or materials, answers that
    only restate the question or say nothing, an occasional loop or cut at the 30-token limit (50 for captions), an
    occasional prompt-format leak ("Question: ... Answer:" carried into the answer);
  - by the experiments' caption adapter for some products, marked per Case: either every generated text
    (caption and all open answers) or, where the run routed only the caption and "details" to the adapter, those
    two. The adapter returns the DeepFashion template caption for every prompt and never stops: it loops or is cut
    mid-sentence at the limit, so every adapter text is a failure with hit_limit=True.

How it was written. Blind: I read only ../shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (the Text/Case
layout, the helpers and the TARGETS keys). I read nothing else of the project, nor any other corpus, and ran no
audit. Texts were written by hand from what CONTEXT.md reports BLIP-2 and the adapters produce, with token lengths
estimated (about 1.3 OPT tokens per word; hyphenated words cost more).

Label conventions and judgement calls.
  - One label per text: the fault a reviewer would fix first. A correct text has failure None; hit_limit=True only
    where the text ran to the token limit (30 new tokens for answers, 50 for captions), never on a correct text.
  - Every label is judged against the photo described in the comment above the Case and the catalog columns.
  - cut: ran to the limit and stops mid-sentence. loop: repeats a word or phrase until the limit. Adapter texts are
    labelled cut or loop by their form, unless the template states something plainly wrong that a reader would fix
    first: the wrong gender ("The gentleman" on a women's product: pronoun), an invented material given as the answer
    to the material question (unsupported).
  - leak: the text carries the prompt format ("Question:", "Answer:"), whether or not it ran to the limit.
  - non_answer: empty, yes/no, "nothing", "i don't know", or only the garment's name back ("they are shorts",
    "it is a jacket", "the jacket") where a description or details were asked. restated: a sentence that echoes the
    question's own words ("the details of the garment", "it is made of a material").
  - pronoun: a person's gender contradicting the product's gender (Case.gender) and the photo.
  - other_garment_color: an open text that gives the product the color of another garment in the photo
    ("a black shirt and black shorts" for a white tee worn with black shorts).
  - contradiction: every wrong closed value (a background's or another garment's color, wrong type, pattern or
    sleeve length, a garment type for an accessory); an open text with a wrong garment or a background's color for
    the product; an open text that repeats the product's color onto another garment of the outfit (the product is
    right, the other garment is not: "an orange tank top and orange shorts" over black shorts).
  - unsupported: invented details or materials (a hood that is not there, "gore-tex", "rubber", a bow, a printed
    slogan that the print does not have, touch-screen fingertips not visible).
  - Closed-value mapping taken as correct: a vest (down or fleece) is a "jacket"; leggings, tights, joggers and
    rain pants are "trousers"; a sports bra is a "tank top"; a long-sleeve base layer or half-zip is a "shirt"; a
    fleece pullover is a "sweater"; swim shorts are "shorts" or "swimwear"; turquoise is "blue", cream is "white",
    charcoal is "grey", sand is "beige", lime is "green"; heather texture and quilting are "solid"; leggings,
    shorts, pants and accessories have "not applicable" sleeves, a swimsuit "sleeveless". No garment_type value fits
    an accessory, so any garment_type answer for one is a contradiction (the caption or the seller says cap,
    backpack, gloves).
  - Correct texts include backgrounds, visible logos and print text, other garments of the outfit and near-hue
    synonyms (navy as blue, turquoise, "dark green" for Deep Forest, cream as white).
"""

from __future__ import annotations

from tests.audit_corpus import Case, Text, ask, caption, case

GARMENT_TYPES = (
    "t-shirt",
    "tank top",
    "shirt",
    "sweater",
    "jacket",
    "cardigan",
    "dress",
    "skirt",
    "jeans",
    "trousers",
    "shorts",
    "jumpsuit",
    "swimwear",
)
COLORS = (
    "black",
    "white",
    "grey",
    "red",
    "blue",
    "navy",
    "green",
    "yellow",
    "orange",
    "pink",
    "purple",
    "brown",
    "beige",
)
PATTERNS = ("solid", "striped", "checked", "dotted", "floral", "graphic", "color block")
SLEEVES = ("sleeveless", "short", "long", "not applicable")


def _closed(qid: str, question: str, values: tuple[str, ...], value: str, failure: str | None) -> Text:
    assert value in values, (qid, value)
    return Text(qid, ask(question), "closed", value, failure)


def _open(qid: str, question: str, text: str, failure: str | None, hit_limit: bool) -> Text:
    return Text(qid, ask(question), "open", text, failure, hit_limit)


def wearing(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("wearing", "What is the person wearing?", text, failure, hit_limit)


def gtype(value: str, failure: str | None = None) -> Text:
    return _closed("garment_type", "What type of garment is this?", GARMENT_TYPES, value, failure)


def color(value: str, failure: str | None = None) -> Text:
    return _closed("color", "What is the color of the garment?", COLORS, value, failure)


def pattern(value: str, failure: str | None = None) -> Text:
    return _closed("pattern", "What is the pattern of the garment?", PATTERNS, value, failure)


def sleeves(value: str, failure: str | None = None) -> Text:
    return _closed("sleeve_length", "How long are the sleeves?", SLEEVES, value, failure)


def description(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("description", "Describe the garment.", text, failure, hit_limit)


def details(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("details", "What are the details of the garment?", text, failure, hit_limit)


def material(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    return _open("material", "What material is the garment made of?", text, failure, hit_limit)


BLIND_20: list[Case] = [
    # Photo: man on a rocky mountain ridge under a grey sky, blue hooded rain jacket (nylon, two zipped hand pockets,
    # no chest pocket, no brand membrane shown), black hiking pants, backpack straps over the shoulders.
    # Base model for caption and open answers; ranking engine for closed answers.
    case(
        "OD-80101",
        caption("a man in a blue jacket standing on top of a mountain"),
        wearing("a blue rain jacket and black pants"),
        gtype("jacket"),
        color("blue"),
        details(
            "hood, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, pockets, zipper, "
            "pockets, zipper, pockets",
            "loop",
            hit_limit=True,
        ),
        material("gore-tex", "unsupported"),
        gender="Men",
        category="Jackets & Vests",
        color="Storm Blue",
        title="Men's Alpine Pro Rain Jacket",
    ),
    # Photo: woman standing among pine trees, dark green full-zip polyester fleece jacket with a stand collar,
    # charcoal leggings. Base model for open texts.
    case(
        "OD-80102",
        caption("a woman standing in the woods wearing a green jacket"),
        wearing("he is wearing a green fleece jacket", "pronoun"),
        gtype("jacket"),
        color("green"),
        description("it is a dark green fleece jacket with a full zip"),
        material("wool", "unsupported"),
        gender="Women",
        category="Fleece",
        color="Deep Forest",
        title="Women's Trailhead Fleece Jacket",
    ),
    # Photo: ghost-mannequin packshot on white: black softshell jacket (polyester/elastane), stand collar, full zip,
    # two zipped hand pockets. No person, no trousers. Caption adapter for the caption and every open answer.
    case(
        "OD-80103",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The pants this gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gtype("jacket"),
        color("black"),
        description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. Its neckline is standing. The pants "
            "this gentleman wears is",
            "cut",
            hit_limit=True,
        ),
        details(
            "The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and pure "
            "color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        material(
            "The jacket is with cotton fabric. The gentleman wears a long-sleeve jacket with pure color patterns. "
            "The jacket is with cotton",
            "unsupported",
            hit_limit=True,
        ),
    ),
    # Photo: woman running on a coastal cliff trail, deep blue sea behind; orange sleeveless running tank
    # (polyester), black running shorts. Base model for open texts.
    case(
        "OD-80104",
        caption("a woman running on a trail by the ocean"),
        wearing("an orange tank top and orange shorts", "contradiction"),
        gtype("tank top"),
        color("blue", "contradiction"),
        description("an orange tank top Question: What is the color of the shorts? Answer: black", "leak"),
        material("polyester"),
        gender="Women",
        category="Running Tops",
        color="Ember Orange",
        title="Women's Swift Running Tank",
    ),
    # Photo: studio, white background; man in a red quilted down vest (zipped, two hand pockets) over a grey
    # long-sleeve base layer, black trousers. Base model for open texts.
    case(
        "OD-80105",
        caption("a man wearing a red vest and grey shirt"),
        wearing("a grey vest and grey shirt", "other_garment_color"),
        gtype("jacket"),
        color("red"),
        sleeves("long", "contradiction"),
        description("a red puffer vest"),
        gender="Men",
        category="Jackets & Vests",
        color="Lava Red",
        title="Men's Summit Down Vest",
    ),
    # Photo: studio, light grey background; woman in plain black high-waisted 7/8 leggings (small volt-yellow logo
    # at the left ankle) and a white sports bra. Base model for open texts.
    case(
        "OD-80106",
        caption("a woman in black leggings and a white sports bra"),
        wearing("white leggings and a white top", "other_garment_color"),
        gtype("trousers"),
        color("white", "contradiction"),
        description("black leggings with a high waist"),
        details("they are leggings", "non_answer"),
        gender="Women",
        category="Tights & Leggings",
        color="Black/Volt",
        title="Women's Flow 7/8 Leggings",
    ),
    # Photo: boy jumping into a puddle on a park path, green grass; yellow hooded rain jacket (PU-coated polyester)
    # with reflective strips, navy rain pants, wellies. Base model for open texts.
    case(
        "OD-80107",
        caption("a little boy in a yellow raincoat jumping in a puddle"),
        wearing("a yellow raincoat and blue rain pants"),
        color("yellow"),
        description(
            "a yellow raincoat with a hood, it is a yellow raincoat with a hood, it is a yellow raincoat with a "
            "hood, it is a yellow",
            "loop",
            hit_limit=True,
        ),
        details("she has a yellow raincoat on", "pronoun"),
        material("rubber", "unsupported"),
        gender="Boys",
    ),
    # Photo: packshot on white: black cotton-twill cap, white embroidered brand logo on the front panel.
    # Base model for open texts.
    case(
        "OD-80108",
        caption("a black baseball cap with a white logo"),
        gtype("t-shirt", "contradiction"),
        color("black"),
        material("cotton"),
        details("the details of the garment", "restated"),
        category="Accessories",
        color="Black",
        title="Trail Cap",
    ),
    # Photo: woman on a sandy beach, turquoise one-piece swimsuit with a white hibiscus print (nylon/elastane).
    # Base model for open texts.
    case(
        "OD-80109",
        caption("a woman in a swimsuit on the beach"),
        wearing("a blue bikini", "contradiction"),
        color("blue"),
        pattern("floral"),
        description("a turquoise swimsuit with white flowers"),
        material("cotton", "unsupported"),
        gender="Women",
        category="Swim",
        color="Lagoon",
        title="Women's Lagoon Print Swimsuit",
    ),
    # Photo: flat lay on white: heather grey long-sleeve merino crew-neck base layer top, plain.
    # Base model for open texts.
    case(
        "OD-80110",
        caption("a grey long sleeved shirt laid out on a white surface"),
        gtype("shirt"),
        color("grey"),
        pattern("striped", "contradiction"),
        details("", "non_answer"),
        material("merino wool"),
        category="Base Layers",
        color="Heather Grey",
        title="Men's Basecamp Merino Crew",
    ),
    # Photo: woman hiking with poles across a green alpine meadow, mountains behind; sunflower-yellow rain jacket
    # (polyester shell), black hiking pants. Caption adapter for caption and details; base model for other open texts.
    case(
        "OD-80111",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow jacket and black pants"),
        gtype("jacket"),
        color("green", "contradiction"),
        description("a yellow rain jacket"),
        details(
            "The jacket is with cotton fabric and pure color patterns. Its neckline is standing. The lady wears a "
            "long-sleeve jacket with",
            "cut",
            hit_limit=True,
        ),
        material("it is made of a material", "restated"),
        gender="Women",
    ),
    # Photo: man running on a dirt track through a forest; white short-sleeve running tee with a small black logo on
    # the left chest, black running shorts. Base model for open texts.
    case(
        "OD-80112",
        caption("a man running on a dirt road in the woods"),
        wearing("a black shirt and black shorts", "other_garment_color"),
        gtype("t-shirt"),
        color("white"),
        description("a white t-shirt with a black logo on the chest"),
        details(
            "a white shirt with a black logo on the chest Question: What is the color of the shorts? Answer: black "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Running Tops",
        color="Glacier White",
        title="Men's Tempo Running Tee",
    ),
    # Photo: girl in a snowy forest, purple half-zip fleece pullover, pink knit beanie, grey snow pants.
    # Base model for open texts.
    case(
        "OD-80113",
        caption("a young boy in a purple jacket in the snow", "pronoun"),
        wearing("a purple sweater and a pink hat"),
        gtype("sweater"),
        color("purple"),
        description(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple",
            "loop",
            hit_limit=True,
        ),
        details("the sweater has a zipper on the neck Answer: purple Answer: purple Answer: purple", "leak"),
        material("fleece"),
        gender="Girls",
    ),
    # Photo: flat lay on white: midnight navy running tights (very dark blue), zipped pocket at the back of the
    # waistband, small reflective print at the ankles. Base model for open texts.
    case(
        "OD-80114",
        caption("a pair of black leggings on a white background", "contradiction"),
        gtype("trousers"),
        color("navy"),
        sleeves("long", "contradiction"),
        details("there is a pocket on the back"),
        material("nylon"),
        category="Tights & Leggings",
        color="Midnight Navy",
        title="Women's Pace Running Tights",
    ),
    # Photo: man hiking on a rocky trail with a small backpack; olive green nylon trail shorts with belt loops and a
    # webbing belt, grey t-shirt. Base model for open texts; sleeve_length skipped for bottoms.
    case(
        "OD-80115",
        caption("a man hiking on a rocky trail with a backpack"),
        wearing("a grey t-shirt and green shorts"),
        gtype("shorts"),
        color("grey", "contradiction"),
        description("they are shorts", "non_answer"),
        details(
            "the shorts have a belt, a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, a belt loop, "
            "a belt loop",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Olive Night",
        title="Men's Traverse Trail Shorts",
    ),
    # Photo: packshot on white: red polyester daypack with black shoulder straps, a main zip and a zipped front
    # pocket. Base model for open texts.
    case(
        "OD-80116",
        caption("a red backpack with black straps"),
        gtype("jacket", "contradiction"),
        color("red"),
        sleeves("long", "contradiction"),
        details("it has two zippers on the front"),
        material("leather", "unsupported"),
    ),
    # Photo: studio, white background; woman in a berry pink racerback sports bra and black leggings.
    # Base model for open texts.
    case(
        "OD-80117",
        caption("a woman in a pink sports bra and black leggings"),
        wearing("a pink top and pink leggings", "contradiction"),
        gtype("tank top"),
        color("pink"),
        description("he is wearing a pink sports bra", "pronoun"),
        details("the sports bra has a racerback and a wide band under the chest"),
        gender="Women",
        category="Sports Bras",
        color="Berry Pink",
        title="Women's Cirrus Sports Bra",
    ),
    # Photo: man on a snowy mountain slope, black insulated jacket with orange shoulder and upper-sleeve panels
    # (color block), black ski pants. Caption adapter for the caption and every open answer.
    case(
        "OD-80118",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The trousers the gentleman wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "its neckline is standing",
            "cut",
            hit_limit=True,
        ),
        gtype("jacket"),
        color("white", "contradiction"),
        pattern("color block"),
        description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "The jacket is with cotton fabric. The jacket",
            "loop",
            hit_limit=True,
        ),
        details(
            "The jacket is with cotton fabric and color block patterns. It has a standing neckline. The gentleman "
            "wears a long-sleeve jacket with color block",
            "cut",
            hit_limit=True,
        ),
        material(
            "The jacket is with cotton fabric and color block patterns. It has a standing neckline. The gentleman "
            "wears a long-sleeve jacket with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: studio, white background; woman in a sand-colored (beige) polyester sherpa fleece jacket with a full
    # zip, two zipped hand pockets, worn open over a white tee, blue jeans. Base model for open texts.
    case(
        "OD-80119",
        caption("a woman wearing a teddy fleece jacket and blue jeans"),
        wearing("a blue jacket and blue jeans", "other_garment_color"),
        gtype("jacket"),
        color("beige"),
        description(
            "a beige fleece jacket with a zipper, a zipper pocket, a zipper pocket, a zipper pocket, a zipper "
            "pocket, a zipper pocket,",
            "loop",
            hit_limit=True,
        ),
        material("sheepskin", "unsupported"),
        gender="Women",
        category="Fleece",
        color="Sand",
        title="Women's Cozy Sherpa Fleece Jacket",
    ),
    # Photo: flat lay on white: navy swim shorts with horizontal orange stripes, elastic waistband with a white
    # drawcord. Base model for open texts.
    case(
        "OD-80120",
        caption("a pair of navy and orange striped swim trunks"),
        gtype("shorts"),
        color("navy"),
        pattern("striped"),
        sleeves("short", "contradiction"),
        description("blue shorts Question: What is the pattern of the shorts? Answer: striped", "leak"),
        details(
            "Answer: the shorts have an elastic waistband with a drawstring Question: What are the details of the "
            "shorts? Answer: the shorts have an",
            "leak",
            hit_limit=True,
        ),
        category="Swim",
        color="Navy/Ember",
        title="Men's Horizon Swim Shorts",
    ),
    # Photo: woman hiking in an autumn beech forest; black softshell hiking pants with a zipped thigh pocket, worn
    # with an orange rain jacket. Base model for open texts; sleeve_length skipped for bottoms.
    case(
        "OD-80121",
        caption("a woman hiking in the woods in an orange jacket"),
        wearing("an orange jacket and orange pants", "other_garment_color"),
        gtype("jacket", "contradiction"),
        color("black"),
        description("black hiking pants with a zipped pocket on the thigh"),
        material("softshell"),
        gender="Women",
        category="Pants",
        color="Black",
        title="Women's Ridge Softshell Pants",
    ),
    # Photo: ghost-mannequin packshot on white: pink girls' fleece vest, full zip, no hood. Base model for open texts.
    case(
        "OD-80122",
        caption("a pink vest on a white background"),
        gtype("tank top", "contradiction"),
        color("pink"),
        sleeves("sleeveless"),
        details("a pink fleece vest with a zipper Question: What is the material? Answer: fleece", "leak"),
        material("fleece"),
    ),
    # Photo: man running along a beach under a clear blue sky; lime green hooded wind jacket with a full zip and a
    # zipped chest pocket, black running shorts. Base model for open texts.
    case(
        "OD-80123",
        caption("a man running on the beach in a green jacket"),
        wearing("a green jacket and a black shorts"),
        gtype("jacket"),
        color("green"),
        description("a blue jacket", "contradiction"),
        material("i don't know", "non_answer"),
        gender="Men",
    ),
    # Photo: woman on a snowy slope under a blue sky, white hooded down jacket (nylon shell, down fill), black ski
    # pants. Caption adapter for the caption and every open answer.
    case(
        "OD-80124",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "pants this",
            "cut",
            hit_limit=True,
        ),
        gtype("jacket"),
        color("blue", "contradiction"),
        description(
            "The lady wears a long-sleeve jacket with pure color patterns. The lady wears a long-sleeve jacket with "
            "pure color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        details(
            "The jacket is with cotton fabric and pure color patterns. Its neckline is lapel. The pants this lady "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        material(
            "The jacket is with cotton fabric and pure color patterns. The pants this lady wears is of long length. "
            "The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets & Vests",
        color="Glacier White",
        title="Women's Cloud Hooded Down Jacket",
    ),
    # Photo: studio, white background; man in a solid navy half-zip long-sleeve base layer (polyester), grey joggers.
    # Base model for open texts.
    case(
        "OD-80125",
        caption("a man in a blue shirt and grey pants"),
        wearing("she is wearing a blue shirt and grey pants", "pronoun"),
        gtype("shirt"),
        color("grey", "contradiction"),
        sleeves("long"),
        description("a grey long sleeve shirt with a zipper", "other_garment_color"),
        details("the shirt has a zipper on the front"),
        material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: flat lay on white: pair of black running gloves, small reflective logo on the back of the hand, no
    # visible touch-screen patches. Base model for open texts.
    case(
        "OD-80126",
        caption("a pair of black gloves on a white background"),
        gtype("jacket", "contradiction"),
        color("black"),
        sleeves("long", "contradiction"),
        description("a pair of gloves"),
        details("the gloves have a touch screen", "unsupported"),
        material("the gloves are made of the material", "restated"),
        category="Accessories",
        color="Black",
        title="Trail Running Gloves",
    ),
    # Photo: woman standing on a red-rock canyon ledge; sand (beige) hiking shorts with an integrated webbing belt,
    # white tank top. Base model for open texts; sleeve_length skipped for bottoms.
    case(
        "OD-80127",
        caption("a woman standing on a rock in the desert"),
        wearing("a white tank top and white shorts", "other_garment_color"),
        gtype("tank top", "contradiction"),
        color("orange", "contradiction"),
        description("the shorts are beige and have a belt"),
        material("the garment is made of the material of the garment", "restated"),
        gender="Women",
        category="Shorts",
        color="Sand",
        title="Women's Summit Hiking Shorts",
    ),
    # Photo: flat lay on white: boys' red cotton t-shirt, white screen print of mountain peaks on the chest, no
    # lettering. Base model for open texts.
    case(
        "OD-80128",
        caption("a red t-shirt with a picture of mountains on it"),
        gtype("t-shirt"),
        color("red"),
        pattern("graphic"),
        details('a red t-shirt with a picture of mountains on it and the words "adventure awaits"', "unsupported"),
        material("cotton"),
    ),
    # Photo: woman on a forest trail in the rain, green foliage; red shell rain jacket (polyester), hood up, dark
    # trousers. Caption adapter for caption and details; base model for other open texts.
    case(
        "OD-80129",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is standing. The trousers this gentleman wears is of long length. The trousers",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red jacket"),
        gtype("jacket"),
        color("green", "contradiction"),
        details(
            "The jacket is with cotton fabric and pure color patterns. It has a standing neckline. The gentleman "
            "wears a long-sleeve jacket with pure",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        gender="Women",
        category="Jackets & Vests",
        color="Lava Red",
        title="Women's Storm Shell Jacket",
    ),
    # Photo: studio, grey background; man in a charcoal-and-black color-block grid fleece pullover (quarter zip, one
    # zipped chest pocket), blue jeans. Base model for open texts.
    case(
        "OD-80130",
        caption("a man in a grey and black sweater"),
        wearing("a blue sweater and blue jeans", "other_garment_color"),
        gtype("sweater"),
        color("grey"),
        pattern("checked", "contradiction"),
        details(
            "the sweater has a zipper at the neck, and a pocket on the chest, and a pocket on the chest, and a "
            "pocket on",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Fleece",
        color="Charcoal/Black",
        title="Men's Alpine Grid Fleece Pullover",
    ),
    # Photo: woman running on a forest trail, green trees behind; solid blue running tights with a side phone pocket
    # and a zipped back pocket, black long-sleeve top. Base model for open texts.
    case(
        "OD-80131",
        caption("a woman running on a trail in the woods"),
        wearing("a black top and black leggings", "other_garment_color"),
        gtype("trousers"),
        color("green", "contradiction"),
        description("a pair of blue leggings"),
        details(
            "the leggings have a pocket on the side of the leg and a pocket on the back of the waist and a zipper "
            "on the back of the waist and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: man standing on a beach at the waterline; blue board shorts with a large hibiscus print, bare chest.
    # Base model for open texts.
    case(
        "OD-80132",
        caption("a man standing on the beach in a pair of swim trunks"),
        gtype("swimwear"),
        color("blue"),
        pattern("floral"),
        description("Question: Describe the garment. Answer: a pair of shorts with a floral print", "leak"),
        details("nothing", "non_answer"),
        gender="Men",
        category="Swim",
        color="Ocean Floral",
        title="Men's Coastline Board Shorts",
    ),
    # Photo: studio, white background; woman in a cream wool knit sweater with a navy snowflake yoke and navy cuffs.
    # Base model for open texts.
    case(
        "OD-80133",
        caption("a woman in a white sweater with a blue pattern"),
        wearing("he is wearing a white sweater", "pronoun"),
        gtype("sweater"),
        color("white"),
        description("a white knit sweater with a blue snowflake pattern"),
        details(
            "a white sweater with a blue pattern on the chest, a white sweater with a blue pattern on the chest, a "
            "white sweater with a blue",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Photo: ghost-mannequin packshot on white: slate grey nylon zip-off hiking pants (zips above the knee), no top.
    # Caption adapter for caption and details; base model for other open texts.
    case(
        "OD-80134",
        caption(
            "The trousers this person wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The person wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        gtype("trousers"),
        color("grey"),
        description("grey pants"),
        details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        category="Pants",
        color="Slate",
        title="Men's Explorer Zip-Off Pants",
    ),
    # Photo: woman running along a beach; white tank top with a black "RUN WILD" print across the chest, black
    # shorts. Base model for open texts.
    case(
        "OD-80135",
        caption("a woman running on the beach in a white tank top"),
        wearing("a white tank top that says run wild and black shorts"),
        gtype("tank top"),
        color("white"),
        pattern("solid", "contradiction"),
        sleeves("short", "contradiction"),
        description("a description of the garment", "restated"),
        material("", "non_answer"),
        gender="Women",
        category="Running Tops",
        color="White/Black",
        title="Women's Breeze Graphic Tank",
    ),
    # Photo: man on a mountain summit under a blue sky, climbing rope coiled over the shoulder; orange hardshell
    # jacket with black shoulder panels and a helmet-compatible hood, black pants. Base model for open texts.
    case(
        "OD-80136",
        caption(
            "a man standing on top of a mountain with a rope and a rope and a rope and a rope and a rope and a rope "
            "and a rope and a rope and a rope and a rope and a",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange jacket and black pants"),
        color("orange"),
        details(
            "the jacket has a hood and a zipper, and the hood has a brim that can be adjusted with a drawstring, "
            "and the zipper is",
            "cut",
            hit_limit=True,
        ),
        material("it is made of nylon"),
        gender="Men",
    ),
    # Photo: flat lay on white: girls' coral pink one-piece swimsuit with white polka dots and ruffled straps, no bow.
    # Base model for open texts.
    case(
        "OD-80137",
        caption("a pink swimsuit with white polka dots"),
        gtype("dress", "contradiction"),
        color("pink"),
        pattern("dotted"),
        description("a girl's swimsuit with ruffles"),
        details("the swimsuit has a bow on the front", "unsupported"),
        category="Swim",
        color="Coral Dot",
        title="Girls' Splash Swimsuit",
    ),
    # Photo: studio, white background; man in black tapered joggers with cuffed ankles, plain white t-shirt.
    # Caption adapter for the caption and every open answer.
    case(
        "OD-80138",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round",
            "cut",
            hit_limit=True,
        ),
        gtype("t-shirt", "contradiction"),
        color("black"),
        description(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears",
            "loop",
            hit_limit=True,
        ),
        details(
            "The T-shirt is with cotton fabric and its neckline is round. The pants this gentleman wears is of long "
            "length. The pants are",
            "cut",
            hit_limit=True,
        ),
        material(
            "The pants are with cotton fabric and pure color patterns. The pants this gentleman wears is of long "
            "length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Pants",
        color="Black",
        title="Men's Trail Joggers",
    ),
    # Photo: woman sitting on a log in a pine forest; red-and-black buffalo-check flannel shirt with a chest pocket,
    # blue jeans. Base model for open texts.
    case(
        "OD-80139",
        caption("a woman in a plaid shirt sitting in the woods"),
        wearing("a red and black plaid shirt and red jeans", "contradiction"),
        gtype("shirt"),
        color("red"),
        pattern("checked"),
        description(
            "a red and black plaid flannel shirt with a pocket on the chest Question: What is the color of the "
            "shirt? Answer: red and",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Red Check",
        title="Women's Pinecrest Flannel Shirt",
    ),
    # Photo: ghost-mannequin packshot on white: navy quilted ultralight down jacket, stand collar, no hood, horizontal
    # baffles. Base model for open texts.
    case(
        "OD-80140",
        caption("a blue down jacket on a white background"),
        gtype("jacket"),
        color("black", "contradiction"),
        pattern("striped", "contradiction"),
        description("a puffer jacket with a hood", "unsupported"),
        details("the jacket", "non_answer"),
        material("down"),
    ),
    # Photo: woman running through a city park, green lawn behind; white running cap, black tank top, black shorts.
    # Base model for open texts.
    case(
        "OD-80141",
        caption("a woman running in a park wearing a white hat"),
        wearing("a black hat and a black tank top", "other_garment_color"),
        gtype("tank top", "contradiction"),
        color("black", "contradiction"),
        description("a white hat"),
        details("the details of the hat are the hat", "restated"),
        gender="Women",
        category="Accessories",
        color="White",
        title="Run Cap",
    ),
    # Photo: boy climbing a boulder in a forest; green-and-navy color-block softshell jacket, navy trousers.
    # Base model for open texts.
    case(
        "OD-80142",
        caption("a little girl climbing on a rock in the forest", "pronoun"),
        wearing("a green jacket and blue pants"),
        color("green"),
        pattern("color block"),
        description("it is a jacket", "non_answer"),
        details("the jacket has a fur lining", "unsupported"),
        material("softshell polyester"),
        gender="Boys",
        category="Kids Jackets",
        color="Forest/Navy",
        title="Boys' Explorer Softshell Jacket",
    ),
    # Photo: packshot on white: black women's rain pants with zips from ankle to knee on the outer side of each leg.
    # Base model for open texts.
    case(
        "OD-80143",
        caption("black pants"),
        gtype("trousers"),
        color("black"),
        description(
            "black rain pants with a zipper on the side of the leg, black rain pants with a zipper on the side of "
            "the leg, black rain pants",
            "loop",
            hit_limit=True,
        ),
        details("the pants have a zipper on the side of each leg"),
        material("the garment is made of fabric", "restated"),
    ),
    # Photo: woman on a mountain trail, blue sky; blue-and-white horizontally striped short-sleeve crew-neck tee
    # (polyester), black shorts. Base model for open texts.
    case(
        "OD-80144",
        caption("a woman in a blue and white striped shirt standing on a mountain"),
        wearing("a striped t-shirt and black shorts"),
        color("blue"),
        pattern("striped"),
        sleeves("long", "contradiction"),
        description("a blue and white striped t-shirt with a v-neck", "unsupported"),
        material("polyester"),
        gender="Women",
        category="Running Tops",
        color="Storm Blue Stripe",
        title="Women's Ridge Stripe Tee",
    ),
]
