"""BLIND_26 (44 products; a UK online marketplace, ASOS-like, for women and men: going-out tops, co-ords, dresses,
jeans, cargo trousers, outerwear, knitwear, swimwear, accessories and shoes, Petite/Tall/Curve lines; enrich's
default closed questions with the experiments' open ones; the marketplace's columns for three quarters of the
products): written blind in the thirteenth session and measured blind at b069222: 111/141 and 12/130. The
writer's notes, verbatim:

BLIND_26: a blind corpus of BLIP-2 outputs for a UK online fashion marketplace (ASOS-like).

Scenario
--------
A UK online fashion marketplace for women and men runs enrich over its product photos: going-out tops, co-ord sets,
slip and bodycon dresses, shirts, oversized tees and hoodies, cargo trousers, wide-leg and baggy jeans, blazers,
puffer and leather-look jackets, knitwear, swimwear, activewear, a few accessories and shoes, and the Petite, Tall,
Curve and Maternity lines. Photos are on-model studio shots on grey or white (often a full outfit: a blazer over a
bralette, a shirt over a vest top, cargo trousers with a cropped top), detail close-ups, back views, flat-lays
(gender None) and a few catwalk video stills. About two thirds of the products carry the marketplace's export
columns (category, color = the brand's colour name, title); the rest have none.

Which system produced which text
--------------------------------
* caption: either the untuned base model (BLIP-2 OPT-2.7b, short one-line captions) or the experiments' caption
  adapter (DeepFashion-MultiModal template sentences, pattern words and no hue names; it never learned to stop, so
  most of its captions run to the 50-token limit, looping or cut mid-sentence; a few stop short and are correct).
  The comment above each Case says which.
* closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, color of the <garment> when stored
  closed): the VQA adapter through the reference engine, raw generated text kept as is. It answers In-shop class
  names (tee, tank, blouse, pants, denim, sweatshirt, jacket, coat...), sometimes loops ("grey-grey-grey..."),
  leaks the `Question: ... Answer:` format, and often answers about another layer of the outfit.
* open questions (wearing, description, details, material, color of the <garment> when stored open): the untuned
  base model (30 new tokens max) unless the comment says the caption adapter answered (then the caption template
  comes back whatever the question, and runs to the 30-token limit).

How it was written
------------------
Blind. I read only /work/shared/CONTEXT.md and lines 1-115 of tests/audit_corpus.py (Text/Case, the helpers and
the TARGETS keys). I did not read the audits, enrich's code, queries, docs or any other corpus, and ran nothing but
import/count checks of this file (which import only tests.audit_corpus). A directory listing of /work/bench/s13
showed me other files' names when I read the brief; I opened none of them. Token counts are estimated by hand
(about 22-25 words for 30 OPT tokens, 37-42 words for 50), there being no tokenizer offline.

Label conventions and judgement calls
-------------------------------------
* One label per text: the fault a reviewer would fix first. A correct text has failure None.
* hit_limit=True only on texts that ran to the token limit (loops, texts cut mid-sentence, leaks that run on, the
  caption template for an open question); never on a correct text.
* cut: ends mid-sentence/mid-phrase at the limit. A caption-template answer to an open question that is cut is
  labelled cut (the visible fault), unless it loops first (loop) or invents a wearer and garments for a flat-lay
  (unsupported).
* loop: the same word or sentence repeated until the limit.
* leak: the `Question: ... Answer:` format comes back in the text (always runs to the limit here).
* contradiction: a closed answer (or a caption/open answer) whose color, garment, pattern or sleeve length is
  contradicted by the photo, the other texts or the seller columns. A CLOSED answer that gives the color or garment
  type of another layer of the outfit (the vest under the shirt, the trousers under the top) is labelled
  contradiction, as is a garment class given to an accessory or shoe.
* other_garment_color: an OPEN answer that gives the product the color of another garment in the photo ("white
  cargo pants" when the tee is white and the trousers khaki).
* unsupported: an invented detail (hood, slit, zip, belt, fur collar, buckle, chain...) not in the photo or title;
  "silk" for a polyester satin is counted as unsupported (the photo shows a satin finish, the fibre is invented).
  A caption or outfit answer that calls a leather-look jacket or trouser "leather" is counted correct (it names
  the look the photo shows, in a shopper's words); the material question is held to the fibre ("faux leather").
* A flat-lay answered with the caption template (a made-up wearer and garments) is unsupported, even when cut.
* non_answer: empty, or only the question's garment back ("they are shorts", "they are short").
* restated: a verbose restatement of the question ("the polo shirt is a polo shirt", "the shirt details are the
  shirt details").
* pronoun: he/she (or a gendered noun) that contradicts the product's gender.
* Near-hue synonyms count as correct: Stone -> beige/tan, Ecru -> cream/white, Chocolate -> brown, Khaki -> green/
  olive, Sage -> green, Champagne -> gold/beige, Washed Black -> black or dark grey, Butter Yellow -> yellow, Cobalt
  -> blue. For Multi/print items the dominant color or two colors count as correct ("blue and white", "brown and
  cream"). Colors of the print, background or other garments are correct when attributed to them.
* For a co-ord, naming either piece as the garment type is correct; "dress" for a top-and-skirt set is not.
* In-shop class names are correct when they fit: "denim" for jeans, "sweatshirt" for a hoodie, "tank" for a cami,
  "tee" for a fitted long-sleeve top, "coat" for a puffer or trench, "jacket" for a blazer.
* One color for every garment ("a grey sweater and grey pants" for a navy jumper and beige chinos) is contradiction;
  "nothing" for a bare-chested man in swim shorts and "the person is wearing clothes" are non_answer.
* "she"/"a woman" for a Men product, or "he" for a Women product, is pronoun even inside an otherwise right answer.
"""

from __future__ import annotations

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

gtype = BLIND_QUESTIONS.garment_type
colour = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material
is_ = is_a
colour_of = color_of


BLIND_26: list[Case] = [
    # AS-26001. Women, on-model front view on light grey: champagne (pale gold) satin cami with a cowl neck and thin
    # adjustable straps, tucked into black wide-leg tailored trousers; gold hoop earrings.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26001",
        caption("a woman in a gold satin top and black trousers standing in front of a grey wall"),
        wearing("a satin cami top and black wide leg pants"),
        describe(
            "cami top",
            "it's a shiny champagne colored top with a draped neckline and thin adjustable straps, it is tucked into "
            "a pair of black wide leg trousers with a high waist and a",
            "cut",
            hit_limit=True,
        ),
        colour("beige"),
        colour_of("top", "black", "contradiction"),
        fabric("it is made of silk", "unsupported"),
        gender="Women",
        category="Tops",
        color="Champagne",
        title="ASOS DESIGN satin cowl neck cami top in champagne",
    ),
    # AS-26002. Women, front view on white: black oversized two-button blazer with flap pockets, worn open over a
    # white lace bralette, black straight tailored trousers, black mules. The product is the blazer.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter).
    case(
        "AS-26002",
        caption("a woman in a black blazer and black pants"),
        wearing("a black blazer with a white bra underneath"),
        describe(
            "blazer",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. Its "
            "neckline is lapel. The pants this lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        colour("white", "contradiction"),
        gtype("jacket"),
        gender="Women",
        category="Coats & Jackets",
        color="Black",
        title="ASOS DESIGN oversized dad blazer in black",
    ),
    # AS-26003. Women, front view on white: white lace bralette with scalloped edges and thin straps, worn under an
    # open black blazer with black trousers. The product is the bralette; the blazer is styling.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model.
    case(
        "AS-26003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black blazer and a white lace bra"),
        describe("bralette", "a white lace bralette with a black blazer over it"),
        details("bralette", "lace with scalloped edges and thin straps"),
        colour_of("bralette", "it is black", "other_garment_color", kind="open"),
        gtype("jacket", "contradiction"),
        colour("black", "contradiction"),
        sleeves("long sleeve", "contradiction"),
        gender="Women",
        category="Tops",
        color="White",
        title="ASOS DESIGN lace bralette crop top in white",
    ),
    # AS-26004. Women, full length on grey: sage (soft grey-green) rib-knit co-ord, a sleeveless cropped top with a
    # scoop neck and a matching straight midi skirt with no slit; white trainers.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26004",
        caption("a woman in a green crop top and skirt"),
        wearing(
            "a light green knitted crop top and a matching midi skirt with white sneakers, the top has a scoop neck "
            "and the skirt is long and",
            "cut",
            hit_limit=True,
        ),
        details("top", "it is ribbed and cropped with a scoop neck"),
        describe("skirt", "the skirt is a long pencil skirt with a slit in the front", "unsupported"),
        gtype("dress", "contradiction"),
        colour("green"),
        colour_of(
            "skirt",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Co-ords",
        color="Sage",
        title="Topshop knitted rib crop top and midi skirt co-ord in sage",
    ),
    # AS-26005. Women, BACK view on white: chocolate-brown satin bias-cut midi slip dress, low scoop back with thin
    # crossed straps, no zip visible; hair up, gold strappy sandals.
    # Caption: caption adapter (loops). Closed: VQA adapter. Open: base model.
    case(
        "AS-26005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The dress is "
            "of long length. The dress is of long length. The dress is of long length. The dress is",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "it's a long brown satin dress with an open back and criss cross straps"),
        details("dress", "the dress has a slit on the side and a zipper on the back", "unsupported"),
        gtype(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        colour_of("dress", "the dress is a dark chocolate brown", kind="open"),
        sleeves("sleeveless"),
        gender="Women",
        category="Dresses",
        color="Chocolate",
        title="ASOS DESIGN satin bias cut slip midi dress in chocolate",
    ),
    # AS-26006. Women (Curve), front view on grey: cobalt blue long-sleeve ruched bodycon mini dress with a square
    # neck; black strappy heels; a small silver clutch in her hand.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter).
    case(
        "AS-26006",
        caption("a woman in a blue dress holding a silver purse"),
        wearing("she is wearing a bright blue dress"),
        describe(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress is ruched on the side and has a square neckline"),
        gtype(
            "dress Question: What is the color of the dress? Answer: blue Question: Is this a dress? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        sleeves("short sleeve", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Cobalt",
        title="ASOS DESIGN Curve long sleeve ruched bodycon mini dress in cobalt",
    ),
    # AS-26007. Men, BACK view on white: washed black (faded, charcoal-looking) oversized short-sleeve t-shirt with a
    # large white-and-orange sunset graphic and text printed across the back; light blue jeans.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model.
    case(
        "AS-26007",
        caption(
            "The T-shirt this man wears has short sleeves, cotton fabric and graphic patterns. It has a round "
            "neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a graphic on the back and blue jeans"),
        describe("t-shirt", "it is a black t-shirt with white and orange writing on the back"),
        details("t-shirt", "she has a big picture of a sunset on her back", "pronoun"),
        colour("dark grey"),
        sleeves(
            "short-short-short-short-short-short-short-short-short-short-short-short-short-short-short",
            "loop",
            hit_limit=True,
        ),
        colour_of("t-shirt", "white", "contradiction"),
        gender="Men",
        category="Tops",
        color="Washed Black",
        title="ASOS DESIGN oversized t-shirt with back print in washed black",
    ),
    # AS-26008. Men, front view on grey: khaki (olive green) relaxed cargo trousers with side cargo pockets and
    # drawcord ankles, white oversized t-shirt worn untucked, white trainers.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26008",
        caption("a man in a white t - shirt and green cargo pants"),
        wearing("a white shirt and khaki pants"),
        describe("trousers", "white cargo pants with pockets on the side", "other_garment_color"),
        details(
            "trousers",
            "they have two big pockets on the sides of the legs and a drawstring at the bottom of each leg so you "
            "can pull them in at the",
            "cut",
            hit_limit=True,
        ),
        colour("white", "contradiction"),
        colour_of("pants", "green"),
        gender="Men",
        category="Trousers & Chinos",
        color="Khaki",
        title="ASOS DESIGN relaxed cargo trousers in khaki",
    ),
    # AS-26009. Women (Petite), front view on white: stone (light beige) parachute cargo trousers with toggle hems
    # and big cargo pockets, no belt; black cropped vest top; black trainers.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model.
    case(
        "AS-26009",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "crew neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black crop top and beige cargo pants"),
        describe(
            "trousers",
            "the trousers are light khaki parachute pants with a zip fly, belt loops and a black belt",
            "unsupported",
        ),
        details("trousers", "they have big pockets and toggles at the bottom"),
        colour("beige"),
        colour_of("pants", "black", "contradiction"),
        gtype(
            "pants Question: What is the color of the pants? Answer: beige Question: What is the color of the pants? "
            "Answer: beige",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers & Leggings",
        color="Stone",
        title="ASOS DESIGN Petite parachute cargo trousers in stone",
    ),
    # AS-26010. Women (Tall), full length on grey: mid-blue high-waisted wide-leg jeans, white ribbed vest top
    # tucked in, brown leather belt, white trainers.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter).
    case(
        "AS-26010",
        caption("a woman in a white tank top and blue jeans"),
        describe("jeans", "they are high waisted wide leg jeans with a brown belt"),
        details(
            "jeans",
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The pants this "
            "lady wears is of long length. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        colour_of("jeans", "the jeans are white", "other_garment_color", kind="open"),
        fabric("it is made of fabric", "non_answer"),
        gtype("denim"),
        gender="Women",
        category="Jeans",
        color="Mid Wash Blue",
        title="ASOS DESIGN Tall wide leg jeans in mid wash blue",
    ),
    # AS-26011. Men, front view on white: light-wash baggy jeans with raw hems, grey marl pullover hoodie, black
    # skate shoes. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter, loops).
    case(
        "AS-26011",
        caption("a man in a grey hoodie and light blue jeans"),
        wearing("she is wearing a grey hoodie and jeans", "pronoun"),
        details("jeans", "they are baggy and have a frayed hem"),
        describe(
            "jeans",
            "The guy wears a long-sleeve sweater with pure color patterns. The guy wears a long pants. The pants are "
            "with denim fabric and pure color patterns. The guy wears a long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        gtype("sweatshirt", "contradiction"),
        colour("light blue"),
        colour_of("jeans", "grey", "contradiction"),
        gender="Men",
    ),
    # AS-26012. Men, front view on grey: black quilted puffer jacket with a high funnel collar and two zip pockets,
    # half zipped over a grey hoodie whose hood sits outside; black joggers.
    # Caption: caption adapter (loops). Closed: VQA adapter. Open: base model.
    case(
        "AS-26012",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a black puffer jacket and a grey hoodie"),
        describe("jacket", "a grey puffer jacket with a hood", "other_garment_color"),
        details(
            "jacket",
            "the jacket is a black puffer jacket with a high collar and a zip up front, it has two pockets on the "
            "front and the",
            "cut",
            hit_limit=True,
        ),
        gtype("jacket"),
        is_("coat", "yes"),
        gender="Men",
        category="Coats & Jackets",
        color="Black",
        title="ASOS DESIGN puffer jacket in black",
    ),
    # AS-26013. Women, front view on grey: black faux-leather biker jacket with silver zips and a notch collar (no
    # fur), worn open over a white t-shirt, mid-blue straight jeans.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter, loops).
    case(
        "AS-26013",
        caption("a woman in a black leather jacket and jeans"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. Its "
            "neckline is lapel. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "leather",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "it has a fur collar and silver zippers", "unsupported"),
        colour("white", "contradiction"),
        fabric("faux leather"),
        sleeves("long sleeve"),
        gender="Women",
        category="Coats & Jackets",
        color="Black",
        title="Bershka faux leather biker jacket in black",
    ),
    # AS-26014. Men, front view on grey: ecru (off-white) chunky cable-knit crew-neck jumper, no hood, no zip; dark
    # brown trousers.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, cut).
    case(
        "AS-26014",
        caption("a man in a white sweater and brown pants"),
        wearing("a cream cable knit sweater"),
        describe("jumper", "it is a chunky knit sweater with a hood and a zipper", "unsupported"),
        details(
            "jumper",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gtype(
            "sweater Question: What is the color of the sweater? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        colour("brown", "contradiction"),
        fabric("it is knitted"),
        gender="Men",
        category="Jumpers & Cardigans",
        color="Ecru",
        title="ASOS DESIGN oversized cable knit jumper in ecru",
    ),
    # AS-26015. Women, front view on white: butter yellow (pale yellow) cropped cardigan, buttoned up and worn as a
    # top, pearl-effect buttons, long sleeves; light blue straight jeans.
    # Caption: caption adapter (stopped on its own, correct). Closed: VQA adapter. Open: base model.
    case(
        "AS-26015",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric."
        ),
        wearing("a yellow cardigan and jeans"),
        describe("cardigan", "the cardigan is a light blue cropped cardigan with buttons", "other_garment_color"),
        colour("yellow"),
        is_("cardigan", "no", "contradiction"),
        colour_of(
            "cardigan",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpers & Cardigans",
        color="Butter Yellow",
        title="Miss Selfridge cropped button front cardigan in butter yellow",
    ),
    # AS-26016. Women, front view on grey: leopard print (tan, brown and black) one-piece swimsuit with a scoop neck
    # and high-cut legs; the scoop back is in the title, not visible.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, cut).
    case(
        "AS-26016",
        caption("a woman in a leopard print swimsuit posing for a photo"),
        wearing("a leopard print bathing suit"),
        describe("swimsuit", "it's a one piece swimsuit with a leopard print and a low back"),
        details(
            "swimsuit",
            "The lady wears a tank tank top with complicated patterns. The tank top is with other fabric. The lady "
            "wears a three-point shorts. The shorts are with other fabric and",
            "cut",
            hit_limit=True,
        ),
        gtype("romper", "contradiction"),
        colour(
            "brown - brown - brown - brown - brown - brown - brown - brown - brown - brown - brown",
            "loop",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        gender="Women",
        category="Swimwear & Beachwear",
        color="Leopard",
        title="ASOS DESIGN scoop back swimsuit in leopard print",
    ),
    # AS-26017. Men, front view on white: short swim shorts with a navy base and a pink-and-white floral print, white
    # drawcord; model bare-chested.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26017",
        caption("a man in a pair of floral swim trunks"),
        wearing("nothing", "non_answer"),
        describe("shorts", "they are navy with pink flowers on them and a white drawstring"),
        details("shorts", "they are short", "non_answer"),
        colour("navy blue"),
        colour_of(
            "shorts",
            "shorts Question: What is the color of the shorts? Answer: blue Question: What is the color of the "
            "shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Swimwear & Beachwear",
        color="Multi",
        title="ASOS DESIGN swim shorts in short length with floral print",
    ),
    # AS-26018. Women, front view on grey: black high-waisted leggings (no pockets), heather grey sports bra, white
    # trainers.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26018",
        caption("a woman in a grey sports bra and black leggings"),
        describe("leggings", "the leggings are grey with a black waistband", "other_garment_color"),
        details("leggings", "they are high waisted and have a pocket on the side", "unsupported"),
        colour("grey", "contradiction"),
        colour_of("leggings", "black"),
        gtype("leggings"),
        gender="Women",
        category="Trousers & Leggings",
        color="Black",
        title="ASOS 4505 icon leggings in black",
    ),
    # AS-26019. Men, front view on white: chocolate brown oversized pullover hoodie with a kangaroo pocket and cream
    # drawcords; black jeans.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model, except the details (caption adapter,
    # loops).
    case(
        "AS-26019",
        caption(
            "The guy wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The guy wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The guy",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown hoodie and black jeans"),
        details(
            "hoodie",
            "The guy wears a long-sleeve sweater with pure color patterns. The guy wears a long-sleeve sweater with "
            "pure color patterns. The guy wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        colour_of("hoodie", "she is wearing a brown hoodie", "pronoun", kind="open"),
        colour("brown"),
        gtype("sweatshirt"),
        gender="Men",
        category="Hoodies & Sweatshirts",
        color="Chocolate",
        title="ASOS DESIGN oversized hoodie in chocolate",
    ),
    # AS-26020. Women, front view on grey: oversized blue-and-white vertical stripe poplin shirt with a chest pocket,
    # worn open over a white vest top; black mini skirt.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, cut).
    case(
        "AS-26020",
        caption("a woman in a blue and white striped shirt and a black skirt"),
        wearing("a striped button up shirt over a white tank top"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. Its neckline "
            "is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        colour("blue and white"),
        sleeves(
            "long sleeve Question: What is the pattern of the garment? Answer: striped Question: What is the pattern "
            "of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Blue Stripe",
        title="ASOS DESIGN oversized poplin shirt in blue stripe",
    ),
    # AS-26021. Flat-lay on white, no person: black canvas tote bag with long handles and a small white woven logo
    # label; no zip, no outer pocket.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the wearing answer (caption adapter,
    # inventing a wearer).
    case(
        "AS-26021",
        caption("a black tote bag on a white background"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are",
            "unsupported",
            hit_limit=True,
        ),
        describe("bag", "a black canvas tote bag with a white label"),
        details("bag", "the bag has a zipper and a front pocket", "unsupported"),
        gtype("vest", "contradiction"),
        colour("black"),
        gender=None,
        category="Accessories",
        color="Black",
        title="ASOS DESIGN canvas tote bag in black",
    ),
    # AS-26022. Flat-lay on light grey, no person: pair of all-white chunky trainers with white laces and a thick
    # white sole; no stripes, no coloured tab.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26022",
        caption("a pair of white sneakers on a grey background"),
        describe("trainers", "white sneakers with a thick sole"),
        details("trainers", "the trainers have a black stripe on the side and a red tag on the back", "unsupported"),
        gtype("tee", "contradiction"),
        colour("white"),
        pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Shoes, Boots & Trainers",
        color="White",
        title="ASOS DESIGN chunky trainers in white",
    ),
    # AS-26023. Women (Maternity), side-front on grey: pregnant model in a khaki (olive) rib-knit bodycon midi dress,
    # short sleeves, crew neck, no slit, no buttons; white trainers.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter, loops).
    case(
        "AS-26023",
        caption("a pregnant woman in a green dress"),
        wearing("the person is wearing clothes", "non_answer"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        details("dress", "it has a slit on the side and buttons down the front", "unsupported"),
        gtype("dress"),
        colour_of("dress", "olive"),
        is_("dress", "no", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Khaki",
        title="ASOS DESIGN Maternity ribbed midi dress in khaki",
    ),
    # AS-26024. Women, catwalk video still: model walking towards the camera on a runway, dark background and a
    # blurred audience; silver sequin long-sleeve high-neck mini dress, black knee boots. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, loops).
    case(
        "AS-26024",
        caption("a model walks down the runway in a silver sequin dress"),
        details(
            "dress",
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with other fabric. The dress "
            "is of short length. The lady wears a long-sleeve dress with complicated patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        colour("silver"),
        colour_of("dress", "black", "contradiction"),
        gtype("dress"),
        gender="Women",
    ),
    # AS-26025. Men, front view on white: relaxed short-sleeve revere-collar shirt with an abstract print in orange,
    # brown and cream, worn open over a white vest; stone chinos.
    # Caption: caption adapter (stopped on its own, correct). Closed: VQA adapter. Open: base model.
    case(
        "AS-26025",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel."
        ),
        wearing("an orange and brown shirt with a white tank top"),
        describe("shirt", "he is wearing a short sleeve shirt with a pattern on it"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        colour("white", "contradiction"),
        pattern("pure color", "contradiction"),
        gender="Men",
        category="Tops",
        color="Multi",
        title="ASOS DESIGN relaxed revere shirt in abstract print",
    ),
    # AS-26026. Women, close-up detail: waistband of mid-blue denim jeans with a brass button, belt loops and a front
    # pocket with orange contrast stitching; the hem of a white t-shirt at the top edge. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the color question (caption adapter, cut).
    case(
        "AS-26026",
        caption("a close up of a pair of blue jeans"),
        wearing("jeans"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "a gold button and orange stitching"),
        colour_of(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        colour(
            "blue Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans?",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # AS-26027. Women, front view on grey: pink-and-white gingham co-ord, a boxy short-sleeve collared shirt (plain
    # button front, no tie) and matching shorts; white trainers.
    # Caption: caption adapter (stopped on its own, correct). Closed: VQA adapter. Open: base model.
    case(
        "AS-26027",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The shorts "
            "are with cotton fabric and lattice patterns."
        ),
        describe("shirt", "a pink gingham shirt with a collar and a tie front", "unsupported"),
        details("shorts", "they are shorts", "non_answer"),
        pattern("plaid"),
        is_("dress", "yes", "contradiction"),
        gtype("shirt"),
        gender="Women",
        category="Co-ords",
        color="Pink Gingham",
        title="Topshop gingham shirt and shorts co-ord in pink",
    ),
    # AS-26028. Men, front view on grey: navy half-zip knitted jumper with a silver zip (no hood), white t-shirt
    # collar showing, beige chinos. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the color question (caption adapter, loops).
    case(
        "AS-26028",
        caption("a man in a grey sweater and grey pants", "contradiction"),
        wearing("a blue zip up sweater and tan pants"),
        describe("jumper", "it is a navy sweater with a zipper at the neck"),
        details("jumper", "the sweater has a zipper on the front and a hood", "unsupported"),
        colour_of(
            "jumper",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        colour("beige", "contradiction"),
        gender="Men",
    ),
    # AS-26029. Women, front view on white: cream (off-white) cropped puffer jacket with a stand collar, zipped up,
    # no hood; black straight trousers; black shoulder bag. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26029",
        caption("a woman in a white puffer jacket and black pants"),
        wearing("a white puffer coat, black pants and a black bag"),
        describe("jacket", "it is a short white jacket with a fur hood", "unsupported"),
        colour_of("jacket", "the jacket is black", "other_garment_color", kind="open"),
        colour(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        gtype("coat"),
        gender="Women",
    ),
    # AS-26030. Women, front view on grey: chocolate brown wide-leg tailored trousers with a pressed crease (no
    # pleats), worn with the matching brown blazer open over a white shirt; black loafers. The product is the
    # trousers.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model.
    case(
        "AS-26030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. This lady also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown suit with a white shirt"),
        describe("trousers", "brown wide leg pants with a crease down the front"),
        details("trousers", "the pants are white and have pleats", "other_garment_color"),
        gtype("jacket", "contradiction"),
        colour_of("pants", "brown"),
        gender="Women",
        category="Trousers & Leggings",
        color="Chocolate",
        title="ASOS DESIGN tailored wide leg trousers in chocolate",
    ),
    # AS-26031. Women (Curve), front view on white: black-and-white horizontal stripe triangle bikini top tied at the
    # neck, with the matching bikini bottoms; hand on hip. The product is the top.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter, cut).
    case(
        "AS-26031",
        caption("a woman in a black and white striped bikini"),
        wearing("he is wearing a black and white striped bikini", "pronoun"),
        describe(
            "bikini top",
            "The lady wears a tank tank top with stripe patterns. The tank top is with other fabric. The lady wears a "
            "three-point shorts. The shorts are with other fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        details("bikini top", "it has thin straps that tie at the neck"),
        gtype("shorts", "contradiction"),
        colour(
            "black and white and black and white and black and white and black and white and black and white and black",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        gender="Women",
        category="Swimwear & Beachwear",
        color="Mono Stripe",
        title="ASOS DESIGN Curve mix and match triangle bikini top in mono stripe",
    ),
    # AS-26032. Men, front view on grey: black 7-inch running shorts with a small reflective logo on the left leg,
    # grey marl t-shirt, running shoes. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26032",
        caption("a woman in a grey shirt and black shorts", "pronoun"),
        wearing("a grey t-shirt and black shorts"),
        describe("shorts", "the shorts are shorts", "restated"),
        details("shorts", "the shorts have a small reflective logo on the leg"),
        gtype("tee", "contradiction"),
        colour_of(
            "shorts",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # AS-26033. Women, front view on grey: black sheer mesh fitted long-sleeve top with a black bralette visible
    # beneath, light blue straight jeans.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, loops).
    case(
        "AS-26033",
        caption("a woman in a black sheer top and blue jeans"),
        wearing("a black mesh shirt and jeans"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        colour("blue", "contradiction"),
        colour_of(
            "top",
            "black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gtype("tee"),
        gender="Women",
        category="Tops",
        color="Black",
        title="ASOS DESIGN sheer mesh long sleeve top in black",
    ),
    # AS-26034. Men, front view on white: dark brown leather-look collared jacket with a press-stud front, worn over a
    # black roll-neck; black trousers. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26034",
        caption("a man in a brown leather jacket and a black turtleneck"),
        wearing("a brown leather jacket and black turtleneck"),
        describe("jacket", "a black leather jacket with buttons", "other_garment_color"),
        gtype(
            "jacket Question: Is this a jacket? Answer: yes Question: What is the color of the jacket? Answer: brown "
            "Question",
            "leak",
            hit_limit=True,
        ),
        colour("brown"),
        colour_of("jacket", "black", "contradiction"),
        gender="Men",
    ),
    # AS-26035. Flat-lay on white, no person: grey marl oversized hoodie with a small black text print on the chest,
    # kangaroo pocket and drawcords.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, cut).
    case(
        "AS-26035",
        caption("a grey hoodie with black writing on it"),
        describe(
            "hoodie",
            "a grey hoodie with a black logo on the chest and a pocket in the front, the hood has a drawstring and "
            "the sleeves have ribbed cuffs and the",
            "cut",
            hit_limit=True,
        ),
        details(
            "hoodie",
            "The guy wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The sweater is with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        gtype("sweatshirt"),
        colour("grey"),
        colour_of("hoodie", "black", "contradiction"),
        gender=None,
        category="Hoodies & Sweatshirts",
        color="Grey Marl",
        title="ASOS DESIGN oversized hoodie with chest print in grey marl",
    ),
    # AS-26036. Women (Tall), front view on grey: sleeveless V-neck knitted vest with a brown, cream and green argyle
    # pattern, over a white long-sleeve poplin shirt; grey pleated mini skirt.
    # Caption: caption adapter (cut). Closed: VQA adapter. Open: base model.
    case(
        "AS-26036",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. Its neckline "
            "is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sweater vest over a white shirt and a grey skirt"),
        describe("vest", "it is a white vest", "other_garment_color"),
        colour("brown and cream"),
        sleeves("long sleeve", "contradiction"),
        gtype("vest"),
        gender="Women",
        category="Jumpers & Cardigans",
        color="Multi",
        title="ASOS DESIGN Tall knitted vest in argyle pattern",
    ),
    # AS-26037. Women, full length on white: black patent knee-high boots with a stiletto heel, pointed toe and an
    # inside zip (no buckle), worn with a red satin mini dress. The product is the boots.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26037",
        caption("a woman in a red dress and black boots"),
        wearing("a red dress and black boots"),
        details("boots", "the boots have a zipper on the side and a buckle at the ankle", "unsupported"),
        gtype("dress", "contradiction"),
        colour("red", "contradiction"),
        is_("boot", "yes"),
        gender="Women",
        category="Shoes, Boots & Trainers",
        color="Black",
        title="Public Desire knee high heeled boots in black",
    ),
    # AS-26038. Women, close-up of the face: oversized square tortoiseshell (amber and brown) sunglasses with dark
    # brown lenses, gold hoop earrings, white shirt collar. No chain. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26038",
        caption("a woman wearing sunglasses and gold earrings"),
        wearing("he is wearing sunglasses and earrings", "pronoun"),
        describe("sunglasses", "tortoise shell sunglasses with brown lenses"),
        details("sunglasses", "the sunglasses are round and have a gold chain", "unsupported"),
        gtype("blouse", "contradiction"),
        colour("brown"),
        gender="Women",
    ),
    # AS-26039. Men, front view on white: brown short-sleeve knitted polo shirt with cream tipping on the collar and
    # cuffs, tucked into cream trousers.
    # Caption: caption adapter (loops). Closed: VQA adapter. Open: base model.
    case(
        "AS-26039",
        caption(
            "The upper clothing has short sleeves, knitting fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has short sleeves, knitting fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown polo shirt and white pants"),
        describe("polo shirt", "the polo shirt is a polo shirt", "restated"),
        colour("brown"),
        pattern("striped", "contradiction"),
        gtype("polo shirt"),
        gender="Men",
        category="Tops",
        color="Brown",
        title="ASOS DESIGN knitted polo shirt in brown with tipping",
    ),
    # AS-26040. Women (Petite), front view on grey: champagne satin bias-cut midi skirt (no slit), black fine-knit
    # long-sleeve top tucked in, black kitten heels. The product is the skirt.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the details (caption adapter, cut).
    case(
        "AS-26040",
        caption("a woman in a black sweater and a gold satin skirt"),
        wearing("a black top and a beige satin skirt"),
        describe("skirt", "it's a black midi skirt", "other_garment_color"),
        details(
            "skirt",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        colour("black", "contradiction"),
        colour_of("skirt", "gold"),
        gender="Women",
        category="Skirts",
        color="Champagne",
        title="Topshop Petite satin bias midi skirt in champagne",
    ),
    # AS-26041. Women, BACK view on grey: red square-neck long-sleeve bodysuit with an open back and a tie at the
    # back, black leather-look trousers. No catalog columns.
    # Caption: base model. Closed: VQA adapter. Open: base model.
    case(
        "AS-26041",
        caption("the back of a woman in a red top and black pants"),
        wearing("a red top with an open back and black leather pants"),
        describe("bodysuit", "a red top with a tie on the back"),
        details("bodysuit", "", "non_answer"),
        colour("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        colour_of("bodysuit", "black", "contradiction"),
        gender="Women",
    ),
    # AS-26042. Men, front view on grey: navy tapered tracksuit joggers with a white side stripe and cuffed ankles,
    # the matching navy track top zipped up, white trainers. The product is the joggers. No catalog columns.
    # Caption: caption adapter (loops). Closed: VQA adapter. Open: base model.
    case(
        "AS-26042",
        caption(
            "The guy wears a long-sleeve sweater with color block patterns. The guy wears a long pants. The pants "
            "are with cotton fabric and color block patterns. The guy wears a long pants. The pants are with cotton "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a navy blue tracksuit with a white stripe down the side of the pants and the jacket, and a pair of "
            "white sneakers with a",
            "cut",
            hit_limit=True,
        ),
        describe("joggers", "navy blue joggers with a white stripe down the side"),
        details("joggers", "the joggers details are the details of the joggers", "restated"),
        colour_of("joggers", "she's wearing blue joggers", "pronoun", kind="open"),
        colour("navy"),
        fabric("it's made of polyester"),
        gender="Men",
    ),
    # AS-26043. Women, front view on white: stone (beige) belted double-breasted trench coat worn open over a black
    # fine-knit top and mid-blue straight jeans; black loafers.
    # Caption: base model. Closed: VQA adapter. Open: base model, except the description (caption adapter, cut).
    case(
        "AS-26043",
        caption("a woman in a beige trench coat and jeans"),
        describe(
            "coat",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. Its "
            "neckline is lapel. This lady also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        colour("tan"),
        colour_of("coat", "black", "contradiction"),
        is_(
            "coat",
            "coat Question: Is this a coat? Answer: yes Question: Is this a coat? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gtype("coat"),
        gender="Women",
        category="Coats & Jackets",
        color="Stone",
        title="ASOS DESIGN classic trench coat in stone",
    ),
    # AS-26044. Women, catwalk video still: model on a white runway under bright lights in a floral maxi dress (pink,
    # red and green flowers on a white ground), short puff sleeves, no belt, no slit. No catalog columns.
    # Caption: caption adapter (stopped on its own, correct). Closed: VQA adapter. Open: base model.
    case(
        "AS-26044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        details("dress", "it has a pink belt and a slit on the leg", "unsupported"),
        colour("white and pink"),
        sleeves(
            "short sleeve Question: What is the pattern of the garment? Answer: floral Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gtype("dress"),
        gender="Women",
    ),
]
