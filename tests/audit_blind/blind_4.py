"""BLIND_4 (f01-f40; the original experiments' own questionnaire, answered as the base model and both adapters
would): written blind; measured blind at 7c87260: 70/79 and 11/151."""

from tests.audit_corpus import caption, case, color_of, describe, details, garment_type, material, wearing

# BLIND_4 (f01-f40): written by a fifth agent for the original experiments' own questionnaire; its docstring:
#
# How it was written
# ------------------
# Written blind: the author read only ../shared/CONTEXT.md and lines 1-95 of tests/audit_corpus.py (the Text/Case
# API and the TARGETS table), never the audits, the enrich package, its docs or tests, nor the other blind corpora.
# Every product is a fashion product photo imagined first (the comment above each case says what the photo shows and
# which system answers), then the texts that system would plausibly produce are written for it:
#
# * BASE  - untuned Salesforce/blip2-opt-2.7b: short lower-case answers that stop on their own; mostly right.
#   Its failures are the ones CONTEXT.md lists: one colour reused for another garment, a wrong pronoun, invented
#   details (brands, fabric composition, "waterproof"), one-word or yes/no answers, the question echoed back, and
#   rarely a long answer running into the 30-token limit.
# * CAPTION - the caption LoRA adapters (epoch 1 or epoch 3): DeepFashion-MultiModal template sentences with no hue
#   names ("pure color patterns"), the same template for every prompt, no end token, so answers run on to the
#   30-token limit (cut mid-sentence) or start the template again (loop).
# * VQA - the VQA LoRA adapter: In-shop style short answers ("tee", "navy", "yes"), and without an end token it
#   repeats ("black-black-black"), or generates the next `Question: ... Answer:` turn (leak); its captions are broken.
#
# Mix: 22 BASE products, 9 CAPTION, 9 VQA.
#
# Borderline labelling choices
# ----------------------------
# * Fabric: denim on jeans, knitting on a sweater, chiffon on a visibly sheer blouse and a visible quilting/hood
#   count as visible.  "cotton", "linen", "polyester", "100% ...", brands, "waterproof", "down filling" cannot be
#   seen in a photo and are labelled unsupported, including the caption adapter's habitual "is with cotton fabric".
# * The caption template returned for a colour question is "restated" (it names no colour), even when it is also
#   cut at the limit. The template returned for wearing / describe / details counts as an answer (correct) when it
#   truthfully covers the asked garment; its faults are then labelled on their own (cut, loop, cotton, wrong garment).
# * A text that is both a loop and cut at the limit is "loop"; a leak that goes on into further turns is "leak".
# * One-word answers to open questions ("tee", "denim", "khaki", "jeans", "white", "buttons", "yes") are non_answer;
#   two-word answers that name the garment with a colour or cut ("pink tee", "white shirt", "pleated skirt") are
#   counted as correct, terse as they are.
# * Colour synonyms are treated as right: burgundy photo answered "red" or "maroon", olive "green", navy "blue",
#   khaki "khaki"/"beige", charcoal "grey". The colour of a shirt worn under a cardigan is the shirt's (layers).
# * "she is not wearing a shirt" for a dress photo asked about a shirt is correct.
# * A wrong garment or colour in an open answer, against the caption, is "contradiction"; the wrong text is marked,
#   not the caption.  A colour answer (closed) that is another visible garment's colour is other_garment_color.
# * Pronoun failures use he/she/his/her against the catalog gender; neutral "a person" is correct.
# * Question ids are kept unique within a product (the API gives every details/describe question the same id), so
#   each product asks one details and one describe question at most.
# * Cut without hit_limit: the base model occasionally emits its newline mid-phrase ("... in front of a").

_BLIND_4_LADY_TEE = "The lady wears a short-sleeve T-shirt with pure color patterns and long denim pants."

BLIND_4 = [
    # f01 BASE. White shirt with navy stripes, light blue jeans, white studio background.
    case(
        "f01",
        caption("a woman wearing a striped shirt and jeans in front of a white background"),
        wearing("a striped shirt and jeans", who="she"),
        color_of("shirt", "white with blue stripes", kind="open"),
        color_of("jeans", "blue"),
        describe("shirt", "it is a white shirt with blue stripes"),
        details("shirt", "the shirt has a collar and buttons down the front"),
        gender="female",
        title="Women's Striped Button-Down Shirt",
        category="Shirts",
        color="White/Navy",
    ),
    # f02 BASE. Red polo shirt, khaki chinos.
    case(
        "f02",
        caption("a man in a red polo shirt and khaki pants"),
        wearing("a red polo shirt", who="he"),
        color_of("shirt", "red"),
        color_of("pants", "red", failure="other_garment_color"),
        describe("shirt", "a red polo shirt made by ralph lauren", failure="unsupported"),
        details("pants", "the pants are khaki"),
        gender="male",
        title="Men's Classic Fit Polo Shirt",
        category="Polos",
        color="Red",
    ),
    # f03 CAPTION (epoch 3). Sleeveless sheer floral blouse, black shorts.
    case(
        "f03",
        caption(
            "The lady wears a sleeveless blouse with floral patterns. The blouse is with chiffon fabric and it has "
            "a v-shape neckline. The lady wears short shorts with pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless blouse with floral patterns. The blouse is with chiffon fabric and it "
            "has a v-shape neckline. The lady wears",
            failure="cut",
            who="she",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The blouse has no sleeves and floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline.",
        ),
        color_of(
            "shirt",
            "The lady wears a sleeveless blouse with floral patterns. The blouse is with chiffon fabric "
            "and it has a v-shape neckline. The lady",
            failure="restated",
        ),
        details(
            "shorts",
            "The lady wears a sleeveless blouse with floral patterns. The blouse is with chiffon fabric "
            "and it has a v-shape neckline. The",
            failure="restated",
            hit_limit=True,
        ),
        gender="female",
        title="Floral Print Chiffon Blouse",
        category="Blouses & Tops",
        color="Ivory Multi",
    ),
    # f04 VQA. Heather grey crew-neck tee, dark blue jeans.
    case(
        "f04",
        caption(" ".join(["grey"] * 50), failure="loop", hit_limit=True),
        wearing("tee", who="he", failure="non_answer"),
        color_of("shirt", "grey"),
        color_of("jeans", "blue"),
        describe("shirt", "tee", failure="non_answer"),
        details("jeans", "denim Question: What is the color of the jeans? Answer: grey", failure="leak"),
        gender="male",
        title="Men's Crew Neck Tee",
        category="T-Shirts",
        color="Heather Grey",
    ),
    # f05 BASE. White tank top, dark blue high-rise skinny jeans. All correct.
    case(
        "f05",
        caption("a woman in a white tank top and dark blue jeans"),
        wearing("she is wearing a white tank top and jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        details("jeans", "they are skinny jeans with a high waist"),
        describe("shirt", "it is a white tank top"),
        gender="female",
        title="Women's High-Rise Skinny Jeans",
        category="Jeans",
        color="Dark Indigo",
    ),
    # f06 BASE. White long-sleeve shirt, navy chinos.
    case(
        "f06",
        caption("a man wearing a white shirt and navy pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("shirt", "white"),
        color_of("pants", "white", failure="other_garment_color"),
        describe("shirt", "a white button down shirt with long sleeves"),
        details("pants", "the pants are navy blue chinos with a slim fit"),
        gender="male",
        title="Men's Slim Fit Chinos",
        category="Pants",
        color="Navy",
    ),
    # f07 CAPTION (epoch 1). Light blue long-sleeve oxford shirt, beige chinos, a watch.
    case(
        "f07",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            failure="unsupported",
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The gentleman wears a",
            failure="loop",
            who="he",
            hit_limit=True,
        ),
        describe("shirt", "The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel neckline."),
        color_of("shirt", "The gentleman wears a long-sleeve shirt with pure color patterns.", failure="restated"),
        details(
            "pants",
            "The gentleman wears long trousers. The trousers are with pure color patterns. There is an "
            "accessory on his wrist.",
        ),
        gender="male",
        title="Men's Oxford Button-Down Shirt",
        category="Shirts",
        color="Light Blue",
    ),
    # f08 VQA. Pink tee, light wash denim shorts.
    case(
        "f08",
        caption("Question: What cloth is the person wearing? Answer: shorts", failure="leak"),
        wearing("tee and shorts", who="she"),
        color_of("shirt", "pink"),
        color_of("shorts", "pink", failure="other_garment_color"),
        details("shorts", "yes", failure="non_answer"),
        describe("shirt", "pink tee"),
        gender="female",
        title="Women's Denim Shorts",
        category="Shorts",
        color="Light Wash",
    ),
    # f09 BASE. Emerald green long-sleeve wrap dress. All correct (no shirt in the photo).
    case(
        "f09",
        caption("a woman in a green dress posing for a photo"),
        wearing("a green dress", who="she"),
        color_of("dress", "green"),
        details("dress", "long sleeves, a v neck and a tie at the waist"),
        describe("shirt", "she is not wearing a shirt"),
        gender="female",
        title="Women's Wrap Midi Dress",
        category="Dresses",
        color="Emerald",
    ),
    # f10 BASE. Short-haired female model: black boyfriend tee, light blue ripped jeans.
    case(
        "f10",
        caption("a person in a black t-shirt and ripped jeans"),
        wearing("he is wearing a black t-shirt and jeans", who="she", failure="pronoun"),
        color_of("shirt", "black"),
        color_of("jeans", "black", failure="other_garment_color"),
        details("jeans", "ripped at the knees"),
        describe("shirt", "a black t-shirt"),
        gender="female",
        title="Women's Boyfriend Fit Tee",
        category="T-Shirts",
        color="Black",
    ),
    # f11 CAPTION (epoch 3). Oatmeal ribbed knit sweater, black pants.
    case(
        "f11",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. The pants this lady wears is of long length. The pants are with pure color "
            "patterns."
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a crew neckline. The pants this",
            failure="cut",
            who="she",
            hit_limit=True,
        ),
        describe(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "knitting fabric. It has a crew neckline.",
        ),
        color_of(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with "
            "knitting fabric. It has a crew",
            failure="restated",
        ),
        details(
            "pants",
            "The pants this lady wears is of long length. The pants are with pure color patterns. The "
            "pants this lady wears is of long length. The pants are with",
            failure="loop",
            hit_limit=True,
        ),
        gender="female",
        title="Women's Ribbed Knit Sweater",
        category="Sweaters",
        color="Oatmeal",
    ),
    # f12 BASE. Mid blue denim jacket over a white t-shirt, black jeans.
    case(
        "f12",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a denim jacket over a white t-shirt", who="he"),
        color_of("jacket", "blue"),
        color_of("shirt", "white"),
        color_of("jeans", "blue", failure="other_garment_color"),
        describe("jacket", "it is a blue denim jacket with two chest pockets"),
        gender="male",
        title="Men's Denim Trucker Jacket",
        category="Jackets",
        color="Mid Blue",
    ),
    # f13 BASE. Blush pink satin camisole, white wide-leg pants.
    case(
        "f13",
        caption("a woman in a pink top and white pants"),
        wearing("a pink camisole and white pants", who="she"),
        color_of("shirt", "pink"),
        describe("shirt", "describe the shirt", failure="restated"),
        details("shirt", "thin straps and a v neck"),
        color_of("pants", "white"),
        material("100% polyester", failure="unsupported"),
        gender="female",
        title="Women's Satin Cami Top",
        category="Tops",
        color="Blush",
    ),
    # f14 VQA. White tee, olive cargo shorts.
    case(
        "f14",
        caption(" ".join(["shorts"] * 48), failure="loop", hit_limit=True),
        wearing("shorts", who="he", failure="non_answer"),
        color_of("shorts", "green"),
        color_of("shirt", "white"),
        details("shorts", "Answer: green", failure="leak"),
        describe("shirt", "white tee"),
        gender="male",
        title="Men's Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # f15 BASE. White linen-blend shirt with rolled sleeves, blue jeans.
    case(
        "f15",
        caption("a woman wearing a white shirt and jeans standing in front of a", failure="cut"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        describe("shirt", "a white button up shirt with rolled up sleeves"),
        details("shirt", "it is made of 100% linen", failure="unsupported"),
        gender="female",
        title="Women's Linen Blend Button Shirt",
        category="Shirts",
        color="White",
    ),
    # f16 CAPTION (epoch 3). White graphic tee, short black skirt.
    case(
        "f16",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The lady wears a "
            "short skirt with pure color patterns."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The lady wears "
            "long trousers with pure color patterns.",
            failure="contradiction",
            who="she",
        ),
        describe(
            "shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The "
            "T-shirt is with cotton fabric.",
            failure="unsupported",
        ),
        color_of(
            "shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The "
            "lady wears a short skirt with pure color patterns.",
            failure="restated",
        ),
        details("shirt", "The T-shirt has short sleeves and graphic patterns. It has a round neckline."),
        gender="female",
        title="Women's Graphic Print Tee",
        category="T-Shirts",
        color="White",
    ),
    # f17 BASE. Burgundy long-sleeve henley, dark grey jeans.
    case(
        "f17",
        caption("a man in a maroon shirt and grey jeans"),
        wearing("she is wearing a red shirt and gray jeans", who="the person", failure="pronoun"),
        color_of("shirt", "red"),
        color_of("jeans", "grey"),
        describe("shirt", "a long sleeve henley with three buttons"),
        details("shirt", "buttons", failure="non_answer"),
        gender="male",
        title="Men's Henley Long Sleeve",
        category="Shirts",
        color="Burgundy",
    ),
    # f18 VQA. Black top, mustard yellow pleated midi skirt.
    case(
        "f18",
        caption("skirt Question: Is this a skirt? Answer: yes", failure="leak"),
        wearing("blouse and skirt", who="she"),
        color_of("skirt", "yellow"),
        color_of("shirt", "yellow", failure="other_garment_color"),
        describe("skirt", "pleated skirt"),
        details("skirt", " ".join(["skirt"] * 30), failure="loop", hit_limit=True),
        gender="female",
        title="Women's Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # f19 BASE. Unisex listing, male model: black hoodie with white chest logo, grey sweatpants.
    case(
        "f19",
        caption("a man wearing a black hoodie and gray sweatpants"),
        wearing("a black hoodie and sweatpants"),
        color_of("hoodie", "black"),
        color_of("pants", "grey"),
        describe("hoodie", "it is a grey hoodie with a white logo on the front", failure="contradiction"),
        details("hoodie", "it has a hood and a kangaroo pocket"),
        title="Unisex Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # f20 CAPTION (epoch 1). Blue-and-white striped short-sleeve linen shirt, white shorts, a watch.
    case(
        "f20",
        caption(
            "The gentleman wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears short shorts.",
            failure="unsupported",
        ),
        wearing(
            "The gentleman wears a short-sleeve shirt with stripe patterns. It has a lapel neckline. The gentleman "
            "wears short shorts with pure color patterns.",
            who="he",
        ),
        color_of(
            "shirt",
            "The gentleman wears a short-sleeve shirt with stripe patterns. It has a lapel neckline. The "
            "gentleman wears short shorts with",
            failure="restated",
        ),
        color_of(
            "shorts",
            "The gentleman wears a short-sleeve shirt with stripe patterns. It has a lapel neckline. "
            "The gentleman wears short shorts with",
            failure="restated",
        ),
        details(
            "shorts",
            "The shorts are of short length. The shorts are with pure color patterns. There is an "
            "accessory on his wrist.",
        ),
        gender="male",
        title="Men's Striped Linen Shirt",
        category="Shirts",
        color="Blue/White Stripe",
    ),
    # f21 BASE. White off-shoulder top, blue frayed denim shorts.
    case(
        "f21",
        caption("a woman in a white off the shoulder top and denim shorts"),
        wearing("a white top and jean shorts", who="she"),
        color_of("shirt", "white"),
        color_of("shorts", "white", failure="other_garment_color"),
        describe("shirt", "white", failure="non_answer"),
        details("shorts", "they are high waisted with frayed hems"),
        gender="female",
        title="Women's Off-Shoulder Top",
        category="Tops",
        color="White",
    ),
    # f22 BASE. Red and black plaid flannel shirt, blue jeans.
    case(
        "f22",
        caption("a man wearing a red and black plaid shirt and jeans"),
        wearing("a plaid shirt and blue jeans", who="he"),
        color_of("shirt", "red and black plaid", kind="open"),
        describe("shirt", "a blue and white checkered shirt", failure="contradiction"),
        details("shirt", "it has a collar and two chest pockets"),
        color_of("jeans", "blue"),
        gender="male",
        title="Men's Plaid Flannel Shirt",
        category="Shirts",
        color="Red/Black",
    ),
    # f23 VQA. Coral tank top, white jeans.
    case(
        "f23",
        caption(
            "coral Question: What is the color of the tank? Answer: coral Question: Is this a tank? Answer: yes "
            "Question: What cloth is the person wearing? Answer: tank Question: What is the",
            failure="leak",
            hit_limit=True,
        ),
        wearing("tank", who="she", failure="non_answer"),
        color_of("shirt", "coral"),
        color_of("jeans", "white"),
        details("jeans", "denim", failure="non_answer"),
        describe("shirt", "coral tank"),
        gender="female",
        title="Women's Tank Top",
        category="Tops",
        color="Coral",
    ),
    # f24 BASE. Long-haired male model: sage green short-sleeve camp shirt, tan shorts.
    case(
        "f24",
        caption("a person wearing a green shirt and tan shorts"),
        wearing("she is wearing a green shirt and shorts", failure="pronoun"),
        color_of("shirt", "green"),
        color_of("shorts", "beige"),
        describe("shirt", "a light green short sleeve button up shirt"),
        details("shorts", "tan shorts with a drawstring"),
        gender="male",
        title="Men's Camp Collar Shirt",
        category="Shirts",
        color="Sage",
    ),
    # f25 CAPTION (epoch 1). Black crop tee, light wash mom jeans, a bracelet.
    case(
        "f25",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears long denim pants. The "
            "pants are with denim fabric and pure color patterns. There is an accessory on her wrist."
        ),
        wearing(_BLIND_4_LADY_TEE + " The pants are with denim fabric and pure color patterns.", who="she"),
        color_of("jeans", _BLIND_4_LADY_TEE + " The pants are with denim fabric and", failure="restated"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and "
            "pure color patterns. The pants are with denim",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            _BLIND_4_LADY_TEE + " The pants are with denim fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        gender="female",
        title="Women's Mom Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # f26 BASE. Grey tank top, black athletic shorts with a white side stripe.
    case(
        "f26",
        caption("a man in a gray tank top and black shorts"),
        wearing("a tank top and shorts", who="he"),
        color_of("shorts", "black"),
        color_of("shirt", "grey"),
        details("shorts", "black shorts with a white stripe on the side"),
        describe("shirt", "it is a gray tank top made of a polyester blend", failure="unsupported"),
        gender="male",
        title="Men's Athletic Shorts",
        category="Shorts",
        color="Black",
    ),
    # f27 BASE. Navy peasant blouse with white embroidery, white jeans.
    case(
        "f27",
        caption("a woman wearing a blue blouse and white jeans"),
        wearing("a navy blue top and white pants", who="she"),
        color_of("shirt", "navy"),
        color_of("jeans", "navy", failure="other_garment_color"),
        describe("shirt", "it has white embroidery around the neckline and the sleeves"),
        details("shirt", "embroidery on the neckline and puffed sleeves"),
        gender="female",
        title="Women's Peasant Blouse",
        category="Blouses",
        color="Navy",
    ),
    # f28 VQA. White shirt, black slim jeans.
    case(
        "f28",
        caption("-".join(["black"] * 25), failure="loop", hit_limit=True),
        wearing("shirt and denim", who="he"),
        color_of("jeans", "black"),
        color_of("shirt", "black", failure="other_garment_color"),
        details(
            "jeans",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, "
            "the neckline, the collar",
            failure="loop",
            hit_limit=True,
        ),
        describe("shirt", "white shirt"),
        gender="male",
        title="Men's Slim Jeans",
        category="Jeans",
        color="Black",
    ),
    # f29 BASE. Red sleeveless knee-length bodycon dress, white wall behind.
    case(
        "f29",
        caption("a woman in a red dress standing against a white wall"),
        wearing("a tight red dress", who="she"),
        color_of("dress", "red"),
        describe("dress", "it is a red dress by zara", failure="unsupported"),
        details("dress", "it is sleeveless and knee length"),
        gender="female",
        title="Women's Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # f30 CAPTION (epoch 3). Male model: white graphic tank, black shorts.
    case(
        "f30",
        caption(
            "Her tank shirt has no sleeves and graphic patterns. It has a round neckline. The shorts this person "
            "wears is of short length.",
            failure="pronoun",
        ),
        wearing(
            "The gentleman wears a tank shirt with graphic patterns. It has a round neckline. The gentleman wears "
            "short shorts with pure color patterns.",
            who="he",
        ),
        describe("shirt", "The tank shirt has no sleeves and graphic patterns. It has a round neckline."),
        color_of(
            "shirt",
            "The gentleman wears a tank shirt with graphic patterns. It has a round neckline. The "
            "gentleman wears short shorts with pure",
            failure="restated",
        ),
        details(
            "shorts",
            "The shorts are of short length. The shorts are with cotton fabric and pure color patterns.",
            failure="unsupported",
        ),
        gender="male",
        title="Men's Graphic Tank",
        category="Tanks",
        color="White",
    ),
    # f31 BASE. Lavender cropped cardigan over a white cami, blue jeans.
    case(
        "f31",
        caption("a woman wearing a purple cardigan and jeans"),
        wearing("a purple sweater and blue jeans", who="she"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        describe("cardigan", "it is a light purple cardigan with buttons"),
        details("jeans", "jeans", failure="non_answer"),
        gender="female",
        title="Women's Cropped Cardigan",
        category="Cardigans",
        color="Lavender",
    ),
    # f32 VQA. Khaki button-front shirt dress with a belt.
    case(
        "f32",
        caption(
            "dress Question: What is the color of the dress? Answer: khaki Question: Is this a dress? Answer: yes "
            "Question: What cloth is the person wearing? Answer: dress Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing("dress", who="she", failure="non_answer"),
        color_of("dress", "khaki"),
        describe("dress", " ".join(["khaki"] * 30), failure="loop", hit_limit=True),
        details("dress", "button front dress with belt"),
        gender="female",
        title="Women's Button-Front Shirt Dress",
        category="Dresses",
        color="Khaki",
    ),
    # f33 BASE. Olive hooded quilted puffer jacket, black tee, black pants.
    case(
        "f33",
        caption("a man wearing a green puffer jacket and black pants"),
        wearing("a green jacket, a black shirt and black pants", who="he"),
        color_of("jacket", "green"),
        color_of("pants", "black"),
        describe(
            "jacket",
            "it is a green quilted jacket with a hood and a zipper on the front and two pockets on the "
            "side and a logo on the",
            failure="cut",
            hit_limit=True,
        ),
        details("jacket", "it is waterproof and has a down filling", failure="unsupported"),
        gender="male",
        title="Men's Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
    ),
    # f34 CAPTION (epoch 1). Black long-sleeve blouse, taupe wide-leg trousers.
    case(
        "f34",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. It has a v-shape neckline. The trousers "
            "this lady wears is of long length. The trousers are with pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve blouse with pure color patterns. It has a v-shape neckline. The lady "
            "wears long trousers with pure color patterns.",
            who="she",
        ),
        color_of(
            "pants",
            "The lady wears a long-sleeve blouse with pure color patterns. It has a v-shape neckline. "
            "The trousers this lady wears is of long",
            failure="restated",
        ),
        details("pants", "The trousers this lady wears is of long length. The trousers are with pure color patterns."),
        describe(
            "shirt",
            "The lady wears a long-sleeve blouse with pure color patterns. It has a v-shape neckline. "
            "The lady wears a long-sleeve blouse with pure color patterns. It",
            failure="loop",
            hit_limit=True,
        ),
        gender="female",
        title="Women's Wide Leg Trousers",
        category="Pants",
        color="Taupe",
    ),
    # f35 BASE. Navy short-sleeve polo, grey shorts.
    case(
        "f35",
        caption("a man wearing a navy polo shirt and grey shorts"),
        wearing("a polo shirt and shorts", who="he"),
        color_of("shirt", "blue"),
        color_of("shorts", "gray"),
        details("shirt", "yes", failure="non_answer"),
        describe("shirt", "a dark blue polo shirt with short sleeves"),
        gender="male",
        title="Men's Short Sleeve Polo",
        category="Polos",
        color="Navy",
    ),
    # f36 VQA. Indigo chambray shirt, beige chinos.
    case(
        "f36",
        caption("What is the man wearing? Answer: shirt", failure="leak"),
        wearing("shirt and pants", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", failure="other_garment_color"),
        describe("shirt", "denim shirt"),
        details("pants", "khaki", failure="non_answer"),
        gender="male",
        title="Men's Chambray Shirt",
        category="Shirts",
        color="Indigo",
    ),
    # f37 BASE. Plain white tee, pink floral printed shorts with elastic waist.
    case(
        "f37",
        caption("a woman in a white t-shirt and floral shorts"),
        wearing("a white shirt and a floral skirt", who="she", failure="contradiction"),
        color_of("shirt", "white"),
        color_of("shorts", "pink"),
        details("shorts", "floral print with an elastic waist"),
        describe("shirt", "a plain white t-shirt"),
        gender="female",
        title="Women's Printed Shorts",
        category="Shorts",
        color="Multi",
    ),
    # f38 CAPTION (epoch 3). Charcoal hoodie with a chest graphic, black joggers, a watch.
    case(
        "f38",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length. The pants are with pure "
            "color patterns. There is an accessory on his",
            failure="cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with graphic patterns. It has a hooded neckline. The "
            "gentleman wears long pants with pure color patterns.",
            who="he",
        ),
        color_of(
            "hoodie",
            "The gentleman wears a long-sleeve sweater with graphic patterns. It has a hooded "
            "neckline. The gentleman wears long pants with pure",
            failure="restated",
        ),
        describe(
            "hoodie",
            "The sweater has long sleeves and graphic patterns. It has a hooded neckline. The sweater "
            "is with cotton fabric.",
            failure="unsupported",
        ),
        details("pants", "The pants this gentleman wears is of long length. The pants are with pure color patterns."),
        gender="male",
        title="Men's Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # f39 BASE. Black long-sleeve blouse, medium wash bootcut jeans.
    case(
        "f39",
        caption("a woman wearing a black top and blue jeans"),
        wearing("a black blouse and jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "black"),
        details("jeans", "what are the jeans details?", failure="restated"),
        describe("shirt", "a black blouse with long sleeves and a round neck"),
        gender="female",
        title="Women's Stretch Bootcut Jeans",
        category="Jeans",
        color="Medium Wash",
    ),
    # f40 VQA. Army green utility jacket with pockets, white tee, black jeans.
    case(
        "f40",
        caption(" ".join(["yes"] * 50), failure="loop", hit_limit=True),
        wearing("jacket", who="she", failure="non_answer"),
        color_of("jacket", "green"),
        color_of("shirt", "white"),
        color_of("jeans", "black"),
        describe("jacket", "green jacket with pockets"),
        garment_type("jacket"),
        gender="female",
        title="Women's Utility Jacket",
        category="Jackets",
        color="Army Green",
    ),
]
