"""BLIND_175 (44 products; sportswear and activewear, Myntra-style): written blind in the thirty-sixth session. Measured
blind at adc636b: 128/141 failures found (90.8%) and 7/149 correct texts flagged (4.7%). The writer's notes,
verbatim:

Blind set 175: sportswear and activewear from a Myntra-style catalog.

Scenario
--------
44 products (men and women): track pants, joggers, sports T-shirts, tank tops, sports bras, tights/leggings,
shorts, track jackets, hoodies, sweatshirts and tracksuits. Most are photographed on a model, standing or
mid-exercise (running, lunging, squatting, push-ups, box jumps, yoga), worn with other garments (a jacket over a
tee, leggings or compression tights under shorts, a hoodie open over a sports bra); a few are flat packshots on a
white background. Catalog columns, passed to `case`: gender ("Men"/"Women"), category (Myntra article types:
"Track Pants", "Tshirts", "Sweatshirts", "Jackets", "Tights", "Shorts", "Sports Bra", "Tracksuits"), color (Myntra
base colours) and title. A few products lack a column (no title, no color, no gender).

Which system wrote which text
-----------------------------
- Captions: either the untuned base model (short lowercase BLIP-2 captions, "a man in a ... ", they stop on
  their own) or a caption LoRA adapter (epoch 1 or epoch 3): the DeepFashion-MultiModal template ("The gentleman
  wears a ... with pure color patterns ... The T-shirt is with cotton fabric ..."), no end token, so it is cut at
  the 50-token limit or loops until it (hit_limit=True).
- Open answers (wearing, description, details, material, and some `color_of(..., kind="open")`): mostly the
  base model (short answers, sometimes one color for every garment, invented details, a wrong pronoun, the
  question restated, or nothing said); for `details`/`description` on some products the caption adapter (the
  template again, cut at 30 tokens or looping); on some products the VQA adapter (one In-shop word that runs on:
  "tee tee tee ..." or continues the `Question: ... Answer:` format), always to the 30-token limit.
- Closed answers (garment_type, color, pattern, sleeve_length, closed `color_of`, and some `is_a`): the
  reference engine that ranks candidates; a clean candidate, never a loop, but it can pick another garment's
  color or another garment's type. Other `is_a` texts are the VQA adapter's free generation stored through the
  closed maker (they run on: "yes yes yes ..." or leak the prompt format).

Label conventions and judgement calls
-------------------------------------
- Judged against the photo described in each product's comment (the product is the catalog item, not the other
  garments worn with it).
- A text that reached the token limit: `loop` if it repeats, `leak` if it continues the `Question: ... Answer:`
  format, otherwise `cut` (even when what it says before the cut is wrong: the truncation is what an auditor sees
  first). Pronoun failures are only given to texts that ended on their own. One base answer stopped mid-phrase
  without reaching the limit ("it is made of") is labelled `cut` too.
- `other_garment_color`: an answer about the product that gives it the color of another garment worn in the
  photo (the tee's white for the track pants). A wrong color that belongs to no other garment (a hallucinated
  hue, the color of a zip puller or a chest stripe, or another garment given the product's color) is
  `contradiction`. A wrong garment type or wrong pattern/sleeves from the engine is `contradiction` too.
- `unsupported`: an invented detail (a hood, a zipper, a logo, a pocket, a wearer or extra garments on a
  packshot, "leather").
- `non_answer`: empty, "none", "it has details", "it is a garment", or only the question's words back ("the
  shorts are short"); `restated`: the question itself, or a sentence that restates it without an answer ("the
  garment is made of material", "what are the details of the garment").
- Near colors counted correct: navy blue ~ "blue"/"dark blue"; charcoal ~ "grey"/"dark grey"; olive ~
  "green"/"olive green"; off white ~ "white"/"cream"; grey melange ~ "grey"/"heather grey"; teal ~ "teal"/
  "turquoise" (never plain "blue" or "green", which I avoided); coral ~ "pink"; lavender ~ "purple"; mustard ~
  "yellow"; maroon ~ "maroon". Pattern: a small logo on a plain garment still counts as "solid" (product 18), a
  chest print or lettering as "graphic" (8, 27), a chest band as "color block" (40); I asked no pattern question
  where side stripes made the answer doubtful (7, 23, 39).
- On packshots, answering "What is the person wearing?" with the garment itself counts as correct; inventing a
  wearer or other garments is `unsupported`.
- Answers that name the garment only ("a grey hoodie") count as correct; leaving out a secondary garment in
  `wearing` is not a failure. A hooded jacket called "hoodie", joggers called "sweatpants", tights called
  "leggings" count as correct. The DeepFashion phrase "pure color patterns" counts as "solid".
- Material: judged against the fabric described in the comment (cotton fleece, polyester jersey, nylon shell,
  stretch spandex/nylon); "cotton" for a plain knit is accepted.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a


def _rep(word: str, n: int = 30) -> str:
    """The VQA adapter's run-on: one word repeated to the 30-token limit."""
    return " ".join([word] * n)


BLIND_175 = [
    # 1. Male model standing, white studio backdrop. Product: navy blue solid track pants, cotton-blend knit,
    # drawstring waist, two zip side pockets, tapered cuffs. Worn with a plain white short-sleeve crew-neck tee and
    # white sneakers.
    case(
        "myn-175-01",
        caption("a man in a white t - shirt and navy blue track pants"),
        D.wearing("a white t - shirt and blue pants"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("a pair of navy blue track pants"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt"
            " with pure color patterns. The T-",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Pants",
    ),
    # 2. Woman mid-lunge on a gym floor (grey rubber mats). Product: teal full-length high-waist training tights,
    # solid, small white Puma logo on the left thigh, no pockets. Worn with a black sports bra.
    case(
        "myn-175-02",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and it has no"
            " sleeves. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
            " The lady also",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and turquoise leggings"),
        D.garment_type("leggings"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.description("the leggings are a bright turquoise color with a high waist"),
        D.details("there is a pocket on the side of the leggings and a logo on the thigh", "unsupported"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        category="Tights",
        color="Teal",
        title="Puma Women Teal Solid Training Tights",
    ),
    # 3. Man mid-sprint on a red outdoor running track. Product: charcoal short-sleeve crew-neck training tee
    # (polyester), small white swoosh on the chest. Worn with black running shorts.
    case(
        "myn-175-03",
        caption("a man running on a track in a grey shirt and black shorts"),
        D.wearing(_rep("tee"), "loop", hit_limit=True),
        D.garment_type("t-shirt"),
        D.color("charcoal"),
        D.description("a grey t - shirt with a nike logo"),
        D.details(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton"
            " fabric. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "grey Question: What is the color of the shorts? Answer: black Question: What is the color of the"
            " shoes? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="Nike Men Charcoal Dri-FIT Training T-shirt",
    ),
    # 4. Woman standing against a white wall. Product: olive racerback medium-impact sports bra, solid, olive
    # elastic underband with a small tonal logo, stretch nylon/spandex. Worn with black high-waist leggings.
    case(
        "myn-175-04",
        caption("a woman in a green sports bra and black leggings"),
        D.wearing("he is wearing a green sports bra and black leggings", "pronoun"),
        D.garment_type("sports bra"),
        D.color("olive"),
        D.sleeve_length("sleeveless"),
        D.description("an olive green sports bra with a racerback"),
        gender="Women",
        category="Sports Bra",
        color="Olive",
        title="Enamor Women Olive Medium Impact Sports Bra",
    ),
    # 5. Man standing, grey backdrop. Product: olive solid track jacket, long sleeves, stand collar, white zip,
    # no hood, worn open over a plain white tee, with black track pants.
    case(
        "myn-175-05",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is"
            " with cotton fabric and it has a stand collar. The trousers are with cotton fabric and pure color"
            " patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long sleeve"),
        D.details("the jacket has a hood", "unsupported"),
        color_of("jacket", _rep("green"), "loop", kind="open", hit_limit=True),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Puma Men Olive Solid Track Jacket",
    ),
    # 6. Flat packshot on white. Product: grey melange pullover hooded sweatshirt (cotton fleece), long sleeves,
    # kangaroo pocket, white drawstrings, ribbed cuffs and hem. No person, nothing else in the frame.
    case(
        "myn-175-06",
        caption("a grey hoodie on a white background"),
        D.wearing("a woman wearing a grey hoodie and jeans", "unsupported"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.sleeve_length("long sleeve"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " its neckline is hooded. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Women",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Women Grey Melange Solid Hooded Sweatshirt",
    ),
    # 7. Man running on a treadmill in a gym. Product: black running shorts with three white stripes down the
    # sides, worn over grey full-length compression tights, with a red sleeveless tank top.
    case(
        "myn-175-07",
        caption("a man running on a treadmill in a red tank top and black shorts"),
        D.wearing("a red tank top, black shorts and grey leggings"),
        D.garment_type("leggings", "contradiction"),
        D.color("black"),
        D.description("black shorts with white stripes on the side"),
        D.details(
            "three stripes Question: What is the color of the shorts? Answer: black Question: Is this a pair of"
            " shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        is_a("pair of shorts", _rep("yes"), "loop", hit_limit=True),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Adidas Men Black Running Shorts",
    ),
    # 8. Woman standing against a pink backdrop. Product: off-white short-sleeve crew-neck tee with a black
    # graphic print "RUN" on the chest, no zip, no pockets. Worn with black joggers.
    case(
        "myn-175-08",
        caption("a woman in a white t - shirt with the word run on it"),
        D.wearing("a white shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a white t - shirt with black lettering"),
        D.details("the word run is printed on the front of the shirt and there is a zipper on the back", "unsupported"),
        D.material("the material of the garment is made of material", "restated"),
        gender="Women",
        category="Tshirts",
        color="Off White",
        title="HRX Women Off White Printed Training T-shirt",
    ),
    # 9. Man standing, white background. Product: navy blue tracksuit: zip jacket zipped up (long sleeves, stand
    # collar, white panel stripe down the sleeves, two zip side pockets), matching navy track pants; polyester.
    case(
        "myn-175-09",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is"
            " with polyester fabric and it has a stand collar. The trousers are with polyester fabric and pure"
            " color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue tracksuit"),
        D.garment_type("tracksuit"),
        D.color("navy blue"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with polyester"
            " fabric. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and two pockets"),
        gender="Men",
        category="Tracksuits",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Tracksuit",
    ),
    # 10. Woman doing a goblet squat with a dumbbell, grey concrete studio wall. Product: charcoal cotton joggers,
    # solid, elastic cuffs, drawstring. Worn with a lavender cropped tank top.
    case(
        "myn-175-10",
        caption("a woman doing squats with a dumbbell"),
        D.wearing("a purple top and grey pants"),
        D.garment_type("joggers"),
        D.color("purple", "other_garment_color"),
        D.pattern("solid"),
        D.description(_rep("pants"), "loop", hit_limit=True),
        D.details("they are pants", "non_answer"),
        D.material("cotton"),
        gender="Women",
        category="Track Pants",
        color="Charcoal",
        title="Puma Women Charcoal Joggers",
    ),
    # 11. Man standing, white backdrop. Product: teal crew-neck sweatshirt (cotton fleece), solid, long sleeves,
    # ribbed hem and cuffs. Worn with black joggers.
    case(
        "myn-175-11",
        caption("a man in a teal sweatshirt and black pants"),
        D.wearing("a teal sweatshirt and black joggers"),
        D.garment_type("sweatshirt"),
        D.color("teal"),
        D.description("she is wearing a teal sweatshirt", "pronoun"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric"
            " and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "teal"),
        gender="Men",
        category="Sweatshirts",
        color="Teal",
        title="Roadster Men Teal Solid Sweatshirt",
    ),
    # 12. Woman jogging on a park path, trees behind. Product: navy blue running shorts with a white waistband
    # trim, worn over black capri leggings, with a white tank top.
    case(
        "myn-175-12",
        caption(
            "The lady wears a tank top with pure color patterns and a shorts. The tank top is with cotton fabric."
            " The shorts are with cotton fabric and pure color patterns. The lady wears a tank top with pure color"
            " patterns and a shorts",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue shorts"),
        D.garment_type("leggings", "contradiction"),
        D.color("black", "other_garment_color"),
        D.description("blue shorts"),
        D.details(
            "shorts Question: What are the details of the shorts? Answer: shorts Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="Navy Blue",
        title="Nike Women Navy Blue Running Shorts",
    ),
    # 13. Man doing push-ups on a gym floor. Product: olive camouflage-print short-sleeve crew-neck tee (cotton),
    # no hood. Worn with black shorts.
    case(
        "myn-175-13",
        caption("a man doing push ups in a gym"),
        D.wearing("a camouflage shirt and black shorts"),
        D.color("olive"),
        D.pattern("solid", "contradiction"),
        D.description("a camouflage t - shirt with a hood", "unsupported"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with"
            " cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material(_rep("cotton"), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="HRX Men Olive Camouflage Print Training T-shirt",
    ),
    # 14. Woman standing on a city sidewalk. Product: black windbreaker jacket, zipped, long sleeves, hood folded
    # down, plain collar (no fur). Worn with grey leggings and white sneakers.
    case(
        "myn-175-14",
        caption("a woman wearing a black jacket and grey leggings"),
        D.wearing("what is the person wearing", "restated"),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeve"),
        D.details("the jacket has a fur collar", "unsupported"),
        color_of(
            "jacket",
            "black Question: What is the color of the leggings? Answer: grey Question: What is the color of the"
            " shoes? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Puma Women Black Windbreaker Jacket",
    ),
    # 15. Flat packshot on white. Product: grey melange cotton joggers, drawstring, cuffed ankles, side pockets,
    # no stripes. No person.
    case(
        "myn-175-15",
        caption(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The"
            " gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The"
            " gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of grey sweatpants"),
        D.garment_type("track pants"),
        D.color("grey"),
        D.description("grey sweatpants with a black stripe down the side", "unsupported"),
        D.details("the details of the garment are the details", "restated"),
        D.material("cotton"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="Jockey Men Grey Melange Joggers",
    ),
    # 16. Woman in a warrior yoga pose on a mat, white studio. Product: coral sleeveless racerback training tank
    # top, solid. Worn with black leggings.
    case(
        "myn-175-16",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is with cotton"
            " fabric and it has no sleeves. The leggings are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and black leggings"),
        D.garment_type("tank top"),
        D.color("coral"),
        D.sleeve_length("long sleeve", "contradiction"),
        D.description("a pink tank top"),
        is_a(
            "tank top",
            "yes Question: Is this a tank top? Answer: yes Question: Is this a tank top? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="Coral",
        title="Alcis Women Coral Racerback Training Tank Top",
    ),
    # 17. Man jogging on a road. Product: charcoal hooded running jacket (light nylon shell), zipped halfway, an
    # orange tee showing at the neck, black shorts.
    case(
        "myn-175-17",
        caption("a man jogging down a road in a grey jacket"),
        D.wearing("a grey hoodie and black shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("orange", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric"
            " and it has a hooded",
            "cut",
            hit_limit=True,
        ),
        D.material("nylon"),
        color_of("shorts", "black"),
        gender="Men",
        category="Jackets",
        color="Charcoal",
        title="Wildcraft Men Charcoal Hooded Running Jacket",
    ),
    # 18. Woman standing in a gym. Product: black sports bra with a white swoosh, solid, no pocket. Worn with grey
    # melange joggers. (No title in the catalog.)
    case(
        "myn-175-18",
        caption("a woman in a black sports bra and grey sweatpants"),
        D.wearing(_rep("tank"), "loop", hit_limit=True),
        D.garment_type("sports bra"),
        D.color("grey", "other_garment_color"),
        D.pattern("solid"),
        D.description("a black bra with a white nike logo and a pocket for a phone", "unsupported"),
        D.details("it has details", "non_answer"),
        gender="Women",
        category="Sports Bra",
        color="Black",
    ),
    # 19. Man standing, grey backdrop. Product: olive solid sports shorts with zip pockets. Worn with a white
    # sleeveless tank top.
    case(
        "myn-175-19",
        caption(
            "The gentleman wears a tank top with pure color patterns and a shorts. The tank top is with cotton"
            " fabric and it has no sleeves. The shorts are with cotton fabric and pure color patterns. There is an"
            " accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and green shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("she is wearing green shorts", "pronoun"),
        D.details("they are short", "non_answer"),
        color_of("tank top", _rep("white"), "loop", kind="open", hit_limit=True),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Roadster Men Olive Solid Sports Shorts",
    ),
    # 20. Woman stretching (side bend), white room. Product: navy blue 7/8 cropped leggings, solid, stretch
    # cotton-spandex. Worn with a pink sports bra under an open white zip track jacket.
    case(
        "myn-175-20",
        caption("a woman stretching in a white jacket and blue leggings"),
        D.wearing("a white jacket, pink sports bra and blue leggings"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a stand collar. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        gender="Women",
        category="Tights",
        color="Navy Blue",
        title="Marks & Spencer Women Navy Blue Cropped Leggings",
    ),
    # 21. Man standing, light grey backdrop. Product: navy blue running tee with thin white horizontal stripes,
    # short sleeves, crew neck. Worn with black track pants.
    case(
        "myn-175-21",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a striped shirt and black pants"),
        D.color("navy blue"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "striped Question: What is the color of the shirt? Answer: navy blue Question: What is the color of"
            " the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Kalenji Men Navy Blue Striped Running T-shirt",
    ),
    # 22. Woman standing, beige backdrop. Product: off-white cropped crew-neck sweatshirt, long sleeves, plain
    # (no logo, no print). Worn with black bike shorts.
    case(
        "myn-175-22",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a shorts. The sweater is with cotton"
            " fabric. The lady wears a long-sleeve sweater with pure color patterns and a shorts. The sweater is"
            " with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white sweatshirt and black shorts", "pronoun"),
        D.garment_type("sweatshirt"),
        D.color("off white"),
        D.sleeve_length("long sleeve"),
        D.description("a white cropped sweatshirt"),
        D.details("a white sweatshirt with a black nike logo on the chest", "unsupported"),
        gender="Women",
        category="Sweatshirts",
        color="Off White",
        title="Mast & Harbour Women Off White Cropped Sweatshirt",
    ),
    # 23. Man standing, grey backdrop. Product: black track pants with three white stripes down the legs, zip
    # ankles. Worn with a white short-sleeve tee.
    case(
        "myn-175-23",
        caption("a man in a white shirt and black pants with white stripes"),
        D.wearing("she is wearing a white shirt and black pants", "pronoun"),
        D.garment_type("track pants"),
        D.color("white", "other_garment_color"),
        D.description("red pants with white stripes", "contradiction"),
        D.details(
            "The gentleman wears a long trousers with striped patterns. The trousers are with polyester fabric. The"
            " gentleman wears a short-",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Adidas Men Black Tiro Track Pants",
    ),
    # 24. Woman walking down a city street. Product: teal solid track jacket, half zipped, long sleeves, stand
    # collar, no hood. Worn over a white tee with black leggings.
    case(
        "myn-175-24",
        caption("a woman in a teal jacket walking down the street"),
        D.wearing("a teal jacket and black leggings"),
        D.garment_type("jacket"),
        D.color("teal"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.description(
            "jacket Question: What is the color of the jacket? Answer: green Question: What is the color of the"
            " leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        gender="Women",
        category="Jackets",
        color="Teal",
        title="Puma Women Teal Solid Track Jacket",
    ),
    # 25. Flat packshot on white. Product: grey melange crew-neck short-sleeve sports tee, plain. No person.
    case(
        "myn-175-25",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric"
            " and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a man wearing a grey t - shirt and blue jeans", "unsupported"),
        D.color("grey"),
        D.sleeve_length("short sleeve"),
        D.description("a grey t - shirt"),
        D.details("what are the details of the garment", "restated"),
        D.material("", "non_answer"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Jockey Men Grey Melange Sports T-shirt",
    ),
    # 26. Woman mid-lunge in a gym. Product: olive joggers, solid, drawstring. Worn with a black sports bra under
    # an open grey zip hoodie.
    case(
        "myn-175-26",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The pants are with"
            " cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and green pants"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.description("green pants"),
        D.details(
            "long Question: What is the color of the pants? Answer: green Question: What is the color of the"
            " hoodie? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        color="Olive",
        title="Jockey Women Olive Joggers",
    ),
    # 27. Man standing, white backdrop. Product: black pullover hoodie (no zip), hood down, white "HRX" print on
    # the chest, kangaroo pocket. Worn with grey joggers. (No color in the catalog.)
    case(
        "myn-175-27",
        caption("a man in a black hoodie with the word hrx on it"),
        D.wearing("a black hoodie and grey sweatpants"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.description("the hoodie is black and the pants are black", "contradiction"),
        D.details("it has a hood, a front pocket and a zipper", "unsupported"),
        gender="Men",
        category="Sweatshirts",
        title="HRX Men Black Hooded Sweatshirt",
    ),
    # 28. Woman running on a treadmill. Product: navy blue short-sleeve training tee (polyester), solid. Worn with
    # black shorts.
    case(
        "myn-175-28",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton"
            " fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. There is"
            " an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeve"),
        D.description("he is running on a treadmill in a blue shirt", "pronoun"),
        D.material("polyester"),
        gender="Women",
        category="Tshirts",
        color="Navy Blue",
        title="Puma Women Navy Blue dryCELL Training T-shirt",
    ),
    # 29. Man mid box-jump in a gym. Product: navy blue training shorts, worn over black compression tights, with
    # a grey tee.
    case(
        "myn-175-29",
        caption("a man jumping on a box in a gym"),
        D.wearing("a grey shirt, blue shorts and black leggings"),
        D.garment_type("shorts"),
        D.description("it is a garment", "non_answer"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure"
            " color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        is_a("pair of leggings", "yes", "contradiction"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Nike Men Navy Blue Dri-FIT Training Shorts",
    ),
    # 30. Woman standing, white backdrop. Product: lavender pullover hoodie, plain hood (no fur, no zip), cotton
    # fleece. Worn with white joggers.
    case(
        "myn-175-30",
        caption("a woman in a purple hoodie and white pants"),
        D.wearing("a man in a purple hoodie", "pronoun"),
        D.garment_type("hoodie"),
        D.color("lavender"),
        D.description("a purple hoodie with a zipper and a fur-lined hood", "unsupported"),
        D.details(
            "hooded Question: What are the details of the garment? Answer: hooded Question: What are the details"
            " of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material(_rep("cotton"), "loop", hit_limit=True),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="Kappa Women Lavender Hooded Sweatshirt",
    ),
    # 31. Flat packshot on white: a charcoal tracksuit, jacket (red zip puller, stand collar) and pants laid side
    # by side. No person.
    case(
        "myn-175-31",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is"
            " with cotton fabric and it has a stand collar. The trousers are with cotton fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey jacket and grey pants"),
        D.garment_type("tracksuit"),
        D.color("red", "contradiction"),
        D.description("a grey track suit with a red zipper"),
        D.details("the details are on the garment", "non_answer"),
        gender="Men",
        category="Tracksuits",
        color="Charcoal",
        title="Proline Men Charcoal Solid Tracksuit",
    ),
    # 32. Woman mid-stretch, white studio. Product: black printed tights: white geometric print panels down the
    # sides. Worn with a pink tank top.
    case(
        "myn-175-32",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is with cotton"
            " fabric and it has no sleeves. The leggings are with cotton fabric and graphic patterns. The lady wears"
            " a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and black leggings"),
        D.garment_type("leggings"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.description("describe the garment", "restated"),
        D.details(_rep("leggings"), "loop", hit_limit=True),
        gender="Women",
        category="Tights",
        color="Black",
        title="HRX Women Black Printed Tights",
    ),
    # 33. Man standing on a golf-course lawn. Product: red short-sleeve sports polo, solid, two-button placket.
    # Worn with white shorts, no hat.
    case(
        "myn-175-33",
        caption("a man in a red polo shirt and white shorts"),
        D.wearing("he is wearing a red shirt and white shorts and a white hat", "unsupported"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with"
            " cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "polo Question: What is the color of the shirt? Answer: red Question: What is the color of the shorts?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("polo shirt", _rep("yes"), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Puma Men Red Solid Sports Polo T-shirt",
    ),
    # 34. Man running on a forest trail. Product: navy blue running jacket, zipped, hood down, solid (no stripes).
    # Worn with black shorts.
    case(
        "myn-175-34",
        caption("a man running on a trail in a blue jacket"),
        D.wearing("she is wearing a blue jacket and black shorts", "pronoun"),
        D.garment_type("jacket"),
        D.color("navy blue"),
        D.description("a blue jacket with yellow stripes on the sleeves", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a shorts. The jacket is with"
            " nylon fabric and it",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Columbia Men Navy Blue Running Jacket",
    ),
    # 35. Woman standing, white backdrop. Product: grey melange sweat shorts. Worn with a white cropped tee.
    # (No title in the catalog.)
    case(
        "myn-175-35",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton"
            " fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. The"
            " lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey shorts"),
        D.garment_type("t-shirt", "contradiction"),
        D.description("the shorts are short", "non_answer"),
        D.details("what are the details of the garment? the details of the garment are", "restated"),
        gender="Women",
        category="Shorts",
        color="Grey Melange",
    ),
    # 36. Man doing a standing hamstring stretch, white studio. Product: maroon track pants with thin white side
    # piping, polyester knit. Worn with a black tee. (No color in the catalog.)
    case(
        "myn-175-36",
        caption("a man stretching his leg in a black shirt and maroon pants"),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.color("maroon"),
        D.description(
            "pants Question: What is the color of the pants? Answer: red Question: What is the color of the shirt?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Track Pants",
        title="Puma Men Slim Fit Track Pants",
    ),
    # 37. Flat packshot on white. Product: teal padded sports bra with criss-cross back straps. No person.
    case(
        "myn-175-37",
        caption("a teal sports bra on a white background"),
        D.wearing("a woman wearing a sports bra and shorts", "unsupported"),
        D.garment_type("tank top", "contradiction"),
        D.color("teal"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears"
            " a tank top with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Bra",
        color="Teal",
        title="Shyaway Women Teal Padded Sports Bra",
    ),
    # 38. Man swinging a kettlebell in a gym. Product: black sleeveless training tank top. Worn with grey shorts.
    case(
        "myn-175-38",
        caption("a woman lifting a kettlebell in a gym", "pronoun"),
        D.wearing("a black tank top and grey shorts"),
        D.garment_type("tank top"),
        D.sleeve_length("short sleeve", "contradiction"),
        D.details(
            "sleeveless Question: What is the color of the tee? Answer: black Question: What is the color of the"
            " shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Nike Men Black Training Tank Top",
    ),
    # 39. Woman walking, white studio. Product: navy blue track pants with three white stripes down the legs.
    # Worn with a white tee tucked in and white sneakers.
    case(
        "myn-175-39",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.color("navy blue"),
        D.description("the garment is a garment that is worn", "restated"),
        D.details("none", "non_answer"),
        gender="Women",
        category="Track Pants",
        color="Navy Blue",
        title="Adidas Women Navy Blue Essentials Track Pants",
    ),
    # 40. Man standing, white backdrop. Product: navy blue crew-neck sweatshirt with a red-and-white color-block
    # band across the chest. Worn with grey joggers.
    case(
        "myn-175-40",
        caption("a man in a navy blue sweatshirt with a red and white stripe"),
        D.wearing(_rep("sweater"), "loop", hit_limit=True),
        D.color("red", "contradiction"),
        D.pattern("color block"),
        D.material("it is made of", "cut"),
        gender="Men",
        category="Sweatshirts",
        color="Navy Blue",
        title="U.S. Polo Assn. Men Navy Blue Colourblocked Sweatshirt",
    ),
    # 41. Woman mid jumping-jack, white studio. Product: mustard short-sleeve tee with a black graphic logo print
    # on the chest. Worn with black leggings.
    case(
        "myn-175-41",
        caption("a woman in a yellow shirt and black leggings jumping"),
        D.wearing(
            "tee Question: What is the color of the tee? Answer: yellow Question: What is the color of the"
            " leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.color("mustard"),
        D.pattern("solid", "contradiction"),
        D.details("it has details", "non_answer"),
        gender="Women",
        category="Tshirts",
        color="Mustard",
        title="Puma Women Mustard Graphic Print T-shirt",
    ),
    # 42. Man standing, grey backdrop. Product: off-white zip track jacket with navy stripes down the sleeves,
    # stand collar, no hood, worn open over a navy tee, with navy track pants.
    case(
        "myn-175-42",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns and a long trousers. The jacket is"
            " with cotton fabric. The gentleman wears a long-sleeve jacket with color block patterns and a long"
            " trousers. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white jacket and blue pants"),
        D.garment_type("jacket"),
        D.color("white"),
        D.sleeve_length("long sleeve"),
        D.description("he is wearing a white jacket with a hood", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Off White",
        title="Nike Men Off White Track Jacket",
    ),
    # 43. Woman standing, white backdrop. Product: charcoal tracksuit (zip hoodie and joggers), worn over a pink
    # tee. (No title in the catalog.)
    case(
        "myn-175-43",
        caption("a woman in a grey sweat suit"),
        D.wearing("he is wearing a grey jacket and grey pants", "pronoun"),
        D.garment_type("tracksuit"),
        D.color("charcoal"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        D.material("what is the garment made of", "restated"),
        gender="Women",
        category="Tracksuits",
        color="Charcoal",
    ),
    # 44. Man running on a track. Product: black full-length compression tights, worn under grey running shorts,
    # with a blue tee. (No gender in the catalog.)
    case(
        "myn-175-44",
        caption("a man running on a track in a blue shirt and black leggings"),
        D.wearing("a blue shirt, grey shorts and black tights"),
        D.garment_type("shorts", "contradiction"),
        D.color("black"),
        D.details("", "non_answer"),
        is_a(
            "pair of tights",
            "yes Question: Is this a pair of shorts? Answer: no Question: Is this a pair of leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        category="Tights",
        color="Black",
        title="Kalenji Compression Running Tights",
    ),
]
