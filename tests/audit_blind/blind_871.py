"""BLIND_871 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 121/139 failures found (87.1%) and 14/196 correct texts flagged
(7.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (Boys and Girls t-shirts, tops, shorts, dresses, kurta sets, lehenga cholis and
two-piece clothing sets). Catalog photos on a white studio backdrop, mostly a child model in full or three-quarter
front view who also wears the clothes the product is styled with (shorts under a tee, a tee under dungarees, a
churidar under a kurta, a Nehru jacket over a kurta); one pack of two tees is laid flat with no model. A few photos
have a prop (a teddy bear) or accessories (bangles, hair clips, shoes). Seller columns are title, category, color and
gender; three rows lack one column, as the feed has them.

Who wrote what: the caption is free generation by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new tokens): it opens with a base-model phrase
that still names hues ("a young boy wearing a navy blue t-shirt ...") and then runs into the DeepFashion template
("The t-shirt is with cotton fabric and graphic patterns. It has a crew neckline."). It has no end token: most
captions stop where the padding it learned takes over, some loop on a template sentence or are cut at 50 tokens.
Open answers (what the child is wearing, describe, details, open color questions, what is printed, material) are
extractive QA by timpal0l/mdeberta-v3-base-squad2 over that caption, so they are verbatim spans of it and inherit
its mistakes (a looping caption gives a looping span); extractive QA also picks the wrong color span ("blue" from
"blue denim shorts" for the t-shirt). Where QA's null answer wins, the job falls back to free generation by the VQA
adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens, `Question: ... Answer:` prompt), which loops, runs into the
token limit, echoes the prompt format or the question, answers yes/no, invents details, or returns nothing at all;
each product's comment names its fallback texts. Closed answers (garment type, color, pattern, sleeve length, the
yes/no "Is this a ...?" question) come from `--engine reference`, one candidate value each, never looped or cut.

Labeling conventions and judgement calls:
- One label per text, the most salient: leak, then loop, then cut, then everything else. A caption that loops on a
  sentence with a wrong pronoun in it is "loop"; a cut caption that also names a garment loosely is "cut".
- Labels follow the photo, not the seller: the kurta the seller calls "Brown" is visibly rust, so "orange"/"rust"
  are correct there. Shades inside one color family are correct (maroon kurta called "red", cream pyjama or cream
  outfit called "white", teal called "blue", lilac called "purple", peach shorts called "pink").
- For "Multi" rows any color clearly dominant on the product is correct ("blue" for a sky-blue tee with a
  multicolor cartoon print, "colorful" for a rainbow dress); "multi" from the reference engine is correct too.
- "other_garment_color": the product itself is given the color of something else the child wears (the shorts, the
  leggings, the jeans, the shoes, a stole, a Nehru jacket), alone or added to the product's own color ("yellow and
  white" for a yellow kurta worn with a white churidar). Footwear and worn accessories count as other garments.
  The reverse (a styling garment that is not the product given the product's color) and a set's two garments given
  one color are "contradiction", as are wrong colors that belong to nothing in the photo.
- Closed pattern or sleeve answers taken from the styling garment (a "checked" answer for solid shorts worn with a
  checked shirt, "long" sleeves for a sleeveless pinafore over a long-sleeve tee) are "contradiction". A tipped polo
  collar is not a stripe. Rolled-up long sleeves are still "long".
- Garment names in free text: "dress", "outfit", "shirt", "vest" or "indian outfit" for a kurta, lehenga or Nehru
  jacket is the model's vocabulary, not labelled. A closed garment type or yes/no answer naming the wrong garment
  against the seller's category (t-shirt for a Shorts row, "no" to "Is this a kurta?") is "contradiction"; so is
  "shirt" from the reference engine for a Tops row.
- "unsupported": a detail the photo does not show (a wrist accessory, a hat, a bow, sandals cropped out of frame, a
  pocket, a hood, a zipper, a cap) or a fabric the photo rules out (denim for a sequinned tulle dress, velvet or
  silk for matte cotton, cotton for a shiny Dri-FIT or polyester sports garment). The template's "cotton fabric"
  for an ordinary matte cotton-looking kids' tee or dress is not labelled. A detail that is visible and true (a
  swoosh logo "on the chest", bangles as "an accessory on her wrist", hair clips) is correct.
- "non_answer": an empty answer, "yes"/"no" to an open question, the garment's own name alone ("t-shirt" to
  "Describe the t-shirt.", "shorts" for the shorts' details), a span that only names the child ("a little girl" to
  "What is the girl wearing?"), or a pattern word given to a color question ("floral").
- "restated": the VQA fallback echoing the question as a sentence with nothing added ("describe the kurta", "the
  t-shirt details are the details of the t-shirt", "the kurta is a kurta").
- "leak": any "Question:" or "Answer:" of the prompt format in the output, even a lone leading "Answer:".
- "pronoun": he/she/his/her or boy/girl wrong for the row's gender, in captions and answers alike. "man"/"lady" are
  not used by this adapter here; the row without a gender has no pronoun label.
- "cut": ends mid-phrase at the token limit (hit_limit=True); loops also carry hit_limit=True. Captions and
  answers that end on a full stop before the limit carry no hit_limit.
- Extractive spans of a wrong caption carry the caption's failure kind again (a span repeating a loop is "loop",
  a span copying an invented bow is "unsupported").
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as BQ,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

print_on = question("print", "What is printed on the garment?", "open")

BLIND_871 = [
    # photo: boy in a navy half-sleeve crew-neck tee with a white-and-orange dinosaur print, grey melange knit shorts,
    # white backdrop, front view. Caption adapter; QA spans except details and describe (VQA fallback); closed
    # from reference.
    case(
        "X871-001",
        caption(
            "a young boy wearing a navy blue t-shirt with a dinosaur print and grey shorts. The t-shirt is with "
            "cotton fabric and its neckline is round."
        ),
        wearing("a navy blue t-shirt with a dinosaur print and grey shorts", who="the boy"),
        color_of("t-shirt", "navy blue", kind="open"),
        color_of("shorts", "navy blue", "contradiction", kind="open"),
        print_on("a dinosaur print"),
        BQ.pattern("graphic"),
        details("t-shirt", "the t-shirt has a pocket on the chest and a zipper on the side", "unsupported"),
        describe("t-shirt", "she is wearing a navy blue t-shirt with a dinosaur on it", "pronoun"),
        title="Gini and Jony Boys Printed Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a white tee with a red and blue racing-car print, mid-blue denim shorts, white backdrop.
    # Caption adapter (cut at 50 tokens); QA spans; describe is the VQA fallback; closed from reference.
    case(
        "X871-002",
        caption(
            "a boy wearing a white t-shirt with a car print and blue denim shorts. The t-shirt is with cotton fabric "
            "and graphic patterns. It has a crew neckline. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("a white t-shirt with a car print and blue denim shorts", who="he"),
        BQ.color("white"),
        details("t-shirt", "graphic patterns. It has a crew neckline"),
        describe("t-shirt", "no", "non_answer"),
        is_a("dress", "no"),
        title="YK Boys White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless top with a white heart print, light-blue jeggings, cropped at the knees (no
    # feet in frame), white backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-003",
        caption(
            "a little girl wearing a pink top with a heart print and blue jeans. She wears a pair of sandals.",
            "unsupported",
        ),
        wearing("a pink top with a heart print and blue jeans", who="the girl"),
        BQ.sleeve_length("short", "contradiction"),
        describe("top", "a pink top with a heart print"),
        color_of("top", "pink", kind="open"),
        BQ.garment_type("top"),
        details("top", "Question: What are the top details? Answer: a heart", "leak"),
        BQ.color("blue", "other_garment_color"),
        title="Peppermint Girls Pink Printed Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in khaki cargo shorts with flap side pockets, an untucked white tee with a small blue anchor print,
    # white backdrop. Caption adapter (loops to 50 tokens); QA spans; closed from reference.
    case(
        "X871-004",
        caption(
            "a boy wearing a white t-shirt and khaki shorts. The shorts are with cotton fabric and pure color "
            "patterns. The shorts are with cotton fabric and pure color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "khaki", kind="open"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and khaki shorts", who="the boy"),
        BQ.color("white", "other_garment_color"),
        BQ.garment_type("shorts"),
        title="Palm Tree Boys Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: barefoot girl in a yellow sleeveless fit-and-flare dress with small white and pink flowers and a pink
    # satin bow at the waist, bare wrists, white backdrop. Caption adapter; QA spans; closed from reference.
    case(
        "X871-005",
        caption(
            "a little girl in a yellow dress with flowers on it. The dress is with cotton fabric and floral patterns. "
            "It has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        describe("dress", "a yellow dress with flowers on it"),
        color_of("dress", "yellow", kind="open"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        wearing("a yellow dress with flowers on it", who="she"),
        title="Hopscotch Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a maroon knee-length silk-blend kurta with gold buttons on the placket, cream churidar pyjama,
    # tan mojaris, white backdrop. Caption adapter; QA spans; details and describe are VQA fallback; closed reference.
    case(
        "X871-006",
        caption(
            "a young boy wearing a red kurta and white pants. The kurta is with silk fabric and pure color patterns. "
            "It has a stand neckline. The pants are of long length."
        ),
        color_of("kurta", "red", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        wearing("a red kurta and white pants", who="the boy"),
        BQ.garment_type("kurta"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a collar, buttons, a collar, buttons, a collar, buttons, a collar, buttons, a collar",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "she is wearing a red kurta with gold buttons", "pronoun"),
        title="Jashvi Boys Maroon & Cream Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a pink flared lehenga with a wide gold zari border, matching short-sleeve pink choli, sheer gold
    # dupatta over one shoulder, white backdrop. Caption adapter; QA spans; describe is VQA fallback; closed reference.
    case(
        "X871-007",
        caption("a little girl wearing a pink and gold indian outfit with a matching scarf"),
        wearing("a pink and gold indian outfit with a matching scarf", who="the girl"),
        BQ.garment_type("dress", "contradiction"),
        color_of("dupatta", "gold", kind="open"),
        BQ.color("pink"),
        describe(
            "lehenga",
            "Question: Describe the lehenga. Answer: a pink lehenga with gold embroidery Question: "
            "Describe the lehenga. Answer: a pink",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("embroidered"),
        title="Biba Girls Pink & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a solid red pique polo with white tipping on the collar and cuffs, navy chinos, white backdrop.
    # Caption adapter; QA spans; describe is VQA fallback; closed from reference.
    case(
        "X871-008",
        caption(
            "a young boy wearing a red polo shirt and blue pants. The shirt is with cotton fabric and pure color "
            "patterns. It has a lapel neckline."
        ),
        color_of("shirt", "red", kind="open"),
        color_of("pants", "blue", kind="open"),
        BQ.sleeve_length("short"),
        BQ.pattern("striped", "contradiction"),
        wearing("a red polo shirt and blue pants", who="he"),
        BQ.color("navy blue", "other_garment_color"),
        describe("shirt", "a red polo shirt with a white collar and a pocket on the chest", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a white tee with a glittery pink unicorn print, lilac leggings, white backdrop. Caption adapter
    # (cut at 50 tokens); QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-009",
        caption(
            "a little girl wearing a white t-shirt with a unicorn on it and purple leggings. The t-shirt is with "
            "cotton fabric and graphic patterns. The leggings are with cotton fabric and pure color patterns. The "
            "leggings",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "purple", "other_garment_color", kind="open"),
        print_on("a unicorn"),
        wearing("a white t-shirt with a unicorn on it and purple leggings", who="she"),
        BQ.color("white"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has a pocket and buttons on the shoulder", "unsupported"),
        title="Tiny Girl Girls White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in navy chino shorts with a brown belt and a tucked-in light-blue-and-white checked shirt, white
    # backdrop. Caption adapter; QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-010",
        caption(
            "a boy wearing a blue checkered shirt and navy blue shorts with a belt. The shirt is with cotton fabric "
            "and lattice patterns. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "navy blue", kind="open"),
        details("shorts", "a belt"),
        describe(
            "shorts",
            "navy blue shorts with a brown belt, side pockets, belt loops and a zip fly with a button at the",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("checked", "contradiction"),
        wearing("a boy", "non_answer", who="the boy"),
        BQ.garment_type("shorts"),
        title="Allen Solly Junior Boys Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a navy cap-sleeve A-line dress with white polka dots and a white Peter Pan collar, red Mary Jane
    # shoes, white backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-011",
        caption(
            "a little girl in a navy blue and white polka dot dress with red shoes. The dress is with cotton fabric "
            "and graphic patterns. It has a lapel neckline."
        ),
        color_of("dress", "red", "other_garment_color", kind="open"),
        describe("dress", "a navy blue and white polka dot dress"),
        BQ.pattern("polka dots"),
        BQ.sleeve_length("short"),
        wearing("a navy blue and white polka dot dress with red shoes", who="the girl"),
        details(
            "dress",
            "the dress has a white peter pan collar, short puffed sleeves, a fitted bodice and a flared "
            "skirt that falls just above the",
            "cut",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a mustard-yellow jacquard kurta and a white churidar, hands folded, white backdrop. Caption adapter
    # (loops to 50 tokens); QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-012",
        caption(
            "a young boy wearing a yellow and white outfit. The upper clothing is with cotton fabric and pure color "
            "patterns. The lower clothing is of long length. The lower clothing is of long length. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow and white", "other_garment_color", kind="open"),
        BQ.color("yellow"),
        wearing("a yellow and white outfit", who="the boy"),
        is_a("kurta", "no", "contradiction"),
        details(
            "kurta",
            "The lower clothing is of long length. The lower clothing is of long length",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a yellow kurta with a white churidar and a white churidar and a white churidar and a "
            "white churidar and a white",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Boys Mustard Yellow Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in peach-pink denim shorts with a frayed hem, a white tee with "SUMMER" in gold letters, white
    # backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-013",
        caption(
            "a girl wearing a white t-shirt and pink shorts. The t-shirt is with cotton fabric and graphic patterns. "
            "The shorts are with denim fabric and pure color patterns."
        ),
        color_of("shorts", "pink", kind="open"),
        material("denim fabric"),
        details(
            "shorts",
            "the shorts have a frayed hem and a button and a zipper and a button and a zipper and a "
            "button and a zipper and",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("t-shirt", "contradiction"),
        wearing("a white t-shirt and pink shorts", who="she"),
        BQ.color("white", "other_garment_color"),
        title="United Colors of Benetton Kids Girls Peach Denim Shorts",
        category="Shorts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a sky-blue tee with a large multicolor Chhota Bheem print (orange, yellow, green), black track
    # pants, white backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-014",
        caption("a young boy wearing a blue t-shirt with a cartoon character on it and black pants."),
        print_on("a cartoon character"),
        color_of("t-shirt", "blue", kind="open"),
        BQ.color("black", "other_garment_color"),
        wearing("a blue t-shirt with a cartoon character on it and black pants", who="he"),
        BQ.pattern("graphic"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        title="Chhota Bheem Kids Boys Multicoloured Printed T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a red sleeveless party dress, sequinned bodice, layered tulle skirt, no bow anywhere, silver
    # hairband, white backdrop. Caption adapter; QA spans; closed from reference.
    case(
        "X871-015",
        caption(
            "a little girl in a red dress with a bow. The dress is with denim fabric and pure color patterns. It has "
            "a round neckline.",
            "unsupported",
        ),
        material("denim fabric", "unsupported"),
        color_of("dress", "red", kind="open"),
        BQ.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        describe("dress", "a red dress with a bow", "unsupported"),
        wearing("a red dress", who="the girl"),
        title="Cutecumber Girls Red Sequinned Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a two-piece set: green tee with a grey dinosaur print and grey knit shorts with a green drawstring,
    # white backdrop. Caption adapter; QA spans except wearing (VQA fallback); closed from reference.
    case(
        "X871-016",
        caption(
            "a young boy wearing a green t-shirt and grey shorts with a dinosaur on it. The t-shirt is with cotton "
            "fabric and graphic patterns. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "green", kind="open"),
        color_of("shorts", "green", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        details("shorts", "cotton fabric and pure color patterns"),
        wearing("Question: What is the boy wearing? Answer: a green t-shirt and grey shorts", "leak", who="the boy"),
        BQ.sleeve_length("long", "contradiction"),
        title="Babyhug Boys Green & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a bottle-green straight kurta with a pink floral block print and gota trim at the hem, pink
    # palazzos, white backdrop. Caption adapter (cut at 50 tokens); QA spans except details (VQA fallback); closed
    # from reference.
    case(
        "X871-017",
        caption(
            "a little girl wearing a green and pink dress with pink pants. The dress is with cotton fabric and floral "
            "patterns. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green and pink dress with pink pants", who="she"),
        color_of("palazzos", "pink", kind="open"),
        color_of("kurta", "green and pink", kind="open"),
        BQ.pattern("floral"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        title="Aarika Girls Green & Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with a small orange logo on the chest, black joggers with a white side stripe,
    # white sneakers, white backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-018",
        caption(
            "a young boy wearing a grey t-shirt and black pants with white stripes. The t-shirt is with cotton "
            "fabric and pure color patterns. It has a crew neckline."
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        BQ.color("grey"),
        BQ.pattern("striped", "contradiction"),
        describe("t-shirt", "a grey t-shirt"),
        wearing("a grey t-shirt and black pants with white stripes", who="the boy"),
        BQ.sleeve_length("short"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: a logo on the chest", "leak"),
        title="HRX by Hrithik Roshan Boys Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a lavender sleeveless top with a ruffled neckline, white jeggings, white backdrop. Caption adapter
    # (loops to 50 tokens, calls her a boy); QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-019",
        caption(
            "a young boy wearing a purple shirt and white pants. He is wearing a purple shirt and white pants. He is "
            "wearing a purple shirt and white pants. He is wearing a purple",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a purple shirt and white pants", "pronoun", who="she"),
        color_of("top", "purple", kind="open"),
        BQ.sleeve_length("sleeveless"),
        details(
            "top",
            "the top has ruffles on the neckline and ruffles on the neckline and ruffles on the neckline "
            "and ruffles on the",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("shirt", "contradiction"),
        title="Mothercare Girls Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in olive-green cotton twill shorts with a drawstring waist and side pockets, a mustard tee with a
    # skateboard graphic, white backdrop. Caption adapter; QA spans except details, material and wearing (VQA
    # fallback); closed from reference.
    case(
        "X871-020",
        caption("a boy wearing a yellow t-shirt with a skateboard on it and green shorts."),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "the shorts have a drawstring waist and side pockets"),
        BQ.color("olive"),
        describe("shorts", "green shorts"),
        is_a("pair of shorts", "yes"),
        material("denim", "unsupported"),
        wearing("Question: What is he wearing? Answer: a yellow t-shirt and green shorts", "leak", who="he"),
        title="Cherokee Boys Olive Green Solid Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a mid-blue denim pinafore dress with a bib pocket and brass buttons on the straps, over a white
    # tee with thin red stripes and long sleeves, white backdrop. Caption adapter; QA spans except the dress color
    # and details (VQA fallback); closed from reference.
    case(
        "X871-021",
        caption(
            "a little girl wearing a denim dress and a striped shirt. The dress is with denim fabric and pure color "
            "patterns. The shirt is with cotton fabric and striped patterns."
        ),
        BQ.sleeve_length("long", "contradiction"),
        color_of("dress", "blue", kind="open"),
        BQ.pattern("striped", "contradiction"),
        material("denim fabric"),
        wearing("a denim dress and a striped shirt", who="the girl"),
        details("dress", "the details of the dress", "restated"),
        BQ.color("white", "other_garment_color"),
        title="Pepe Jeans Kids Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a long-sleeve white cotton kurta with tone-on-tone white chikankari embroidery, white pyjama, bare
    # head, white backdrop. Caption adapter; QA spans except wearing (VQA fallback); closed from reference.
    case(
        "X871-022",
        caption(
            "a young boy in a white kurta and white pants. The kurta is with cotton fabric and pure color patterns. "
            "It has a stand neckline."
        ),
        color_of("kurta", "white", kind="open"),
        color_of("pants", "white", kind="open"),
        BQ.pattern("embroidered"),
        details("kurta", "The kurta is with cotton fabric and pure color patterns. It has a stand neckline"),
        BQ.sleeve_length("short", "contradiction"),
        wearing("a white kurta, white pants and a white cap", "unsupported", who="he"),
        title="Fabindia Boys White Chikankari Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a yellow tee with a black cat-face print, blue denim skirt, white backdrop. Caption adapter (cut
    # at 50 tokens); QA spans except describe and details (VQA fallback); closed from reference.
    case(
        "X871-023",
        caption(
            "a little girl wearing a yellow t-shirt with a cat on it and a blue denim skirt. The t-shirt is with "
            "cotton fabric and graphic patterns. It has a crew neckline. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        print_on("a cat"),
        BQ.color("blue", "other_garment_color"),
        wearing("a yellow t-shirt with a cat on it and a blue denim skirt", who="she"),
        describe("t-shirt", "describe the t-shirt. the t-shirt is a t-shirt", "restated"),
        details("t-shirt", "the t-shirt has sequins on the cat's eyes and a bow on the shoulder", "unsupported"),
        title="Doodle Girls Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a green-and-white horizontal-stripe short-sleeve crew-neck tee, beige chino shorts, white backdrop.
    # Caption adapter (calls him a girl); QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-024",
        caption(
            "a young girl wearing a green and white striped shirt and beige shorts. The shirt is with cotton fabric "
            "and striped patterns. It has a crew neckline.",
            "pronoun",
        ),
        color_of("shirt", "green and white", kind="open"),
        color_of("shorts", "beige", kind="open"),
        BQ.pattern("striped"),
        BQ.color("green"),
        describe("shirt", "a green and white striped shirt with long sleeves and a collar", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        title="Gini and Jony Boys Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a tiered sleeveless dress in rainbow bands (red, orange, yellow, green, blue), white sneakers,
    # no hat, white backdrop. Caption adapter; QA spans; closed from reference.
    case(
        "X871-025",
        caption(
            "a little girl wearing a colorful striped dress. The dress is with cotton fabric and striped patterns. "
            "She wears a hat.",
            "unsupported",
        ),
        BQ.color("multi"),
        color_of("dress", "colorful", kind="open"),
        wearing("a colorful striped dress", who="the girl"),
        details("dress", "She wears a hat", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Lilliput Girls Multicoloured Rainbow Striped Tiered Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white gingham long-sleeve button-down shirt, sleeves rolled to the elbow, dark navy
    # jeans, white backdrop. Caption adapter (cut at 50 tokens); QA spans except describe (VQA fallback); closed from
    # reference.
    case(
        "X871-026",
        caption(
            "a young boy in a blue and white checkered shirt and jeans. The shirt is with cotton fabric and lattice "
            "patterns. It has a lapel neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        BQ.sleeve_length("long"),
        BQ.pattern("checked"),
        color_of("jeans", "blue and white", "contradiction", kind="open"),
        wearing("a blue and white checkered shirt and jeans", who="he"),
        BQ.color("navy blue", "other_garment_color"),
        describe("shirt", "the shirt is a shirt", "restated"),
        title="Allen Solly Junior Boys Blue Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in an off-white A-line kurta with an indigo floral print, indigo salwar, indigo dupatta around the
    # neck, matte cotton, white backdrop. Caption adapter (cut at 50 tokens); QA spans except material (VQA
    # fallback); closed from reference.
    case(
        "X871-027",
        caption(
            "a little girl in a white and blue floral outfit with blue pants and a blue scarf. The outfit is with "
            "cotton fabric and floral patterns. The pants are with cotton fabric and pure color patterns. The scarf "
            "is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white and blue", kind="open"),
        color_of("salwar", "white and blue", "contradiction", kind="open"),
        BQ.color("off white"),
        BQ.garment_type("kurta"),
        describe("dupatta", "a blue scarf"),
        material("silk", "unsupported"),
        title="Biba Girls Off-White & Blue Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a black tee with a red-and-blue Spider-Man print, red shorts, white backdrop. Caption adapter
    # (calls him a girl); QA spans except details and describe (VQA fallback); closed from reference.
    case(
        "X871-028",
        caption("a little girl wearing a black t-shirt with a spiderman on it and red shorts.", "pronoun"),
        wearing("a black t-shirt with a spiderman on it and red shorts", who="he"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        print_on("a spiderman"),
        BQ.color("black"),
        BQ.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a hood", "unsupported"),
        describe(
            "t-shirt",
            "a black t-shirt with a large red and blue spiderman print on the front, short sleeves, a "
            "round neck and red shorts with a white",
            "cut",
            hit_limit=True,
        ),
        title="Marvel by Wear Your Mind Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in white shorts with a pink-and-green floral print and an elastic waist, a solid pink tee, white
    # backdrop. Caption adapter; QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-029",
        caption(
            "a young girl wearing a pink t-shirt and floral shorts. The t-shirt is with cotton fabric and pure color "
            "patterns. The shorts are with cotton fabric and floral patterns."
        ),
        color_of("shorts", "floral", "non_answer", kind="open"),
        BQ.pattern("floral"),
        wearing("a pink t-shirt and floral shorts", who="she"),
        BQ.garment_type("shorts"),
        details("shorts", "The shorts are with cotton fabric and floral patterns"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: floral shorts with an elastic waist Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Tiny Girl Girls Multicoloured Floral Print Shorts",
        category="Shorts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a long-sleeve navy kurta under a gold brocade sleeveless Nehru jacket, white pyjama, white backdrop.
    # Caption adapter (loops to 50 tokens); QA spans; closed from reference.
    case(
        "X871-030",
        caption(
            "a young boy wearing a blue kurta and a gold vest. The kurta is with silk fabric and pure color patterns. "
            "The vest is with silk fabric and lattice patterns. The vest is with silk fabric and lattice patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        color_of("jacket", "gold", kind="open"),
        BQ.color("navy blue"),
        is_a("kurta", "yes"),
        wearing("a blue kurta and a gold vest", who="the boy"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        title="Vastramay Boys Navy Blue Kurta with Pyjama & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink short puff-sleeve smocked cotton dress, no bows, holding a brown teddy bear, white
    # backdrop. Caption adapter; QA spans except details, material and wearing (VQA fallback); closed from reference.
    case(
        "X871-031",
        caption("a little girl in a pink dress holding a teddy bear."),
        color_of("dress", "pink", kind="open"),
        describe("dress", "a pink dress holding a teddy bear"),
        details(
            "dress",
            "the dress has a bow on the front and a bow on the back and a bow on the front and a bow on "
            "the back and a bow",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("short"),
        BQ.color("brown", "contradiction"),
        material("velvet", "unsupported"),
        wearing("he is wearing a pink dress", "pronoun", who="she"),
        title="Peppermint Girls Pink Solid Smocked Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in mid-blue denim dungaree shorts with two metal buttons on the straps over a white tee with small
    # blue anchors, white backdrop. Caption adapter; QA spans except the print and describe (VQA fallback); closed
    # from reference.
    case(
        "X871-032",
        caption(
            "a little boy wearing a pair of overalls and a white t-shirt. The overalls are with denim fabric and pure "
            "color patterns. The t-shirt is with cotton fabric and graphic patterns."
        ),
        color_of("overalls", "white", "contradiction", kind="open"),
        BQ.color("blue"),
        wearing("a pair of overalls and a white t-shirt", who="the boy"),
        print_on("anchors"),
        details("overalls", "The overalls are with denim fabric and pure color patterns"),
        describe(
            "t-shirt",
            "a white t-shirt with blue anchors printed all over it and a pair of denim overalls with "
            "two buttons on the straps and a",
            "cut",
            hit_limit=True,
        ),
        title="Little Kangaroos Boys Blue & White Dungarees with T-shirt",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a teal short-sleeve crew-neck tee knotted at the hem, white cotton shorts, white backdrop.
    # Caption adapter (cut at 50 tokens); QA spans except details and material (VQA fallback); closed from reference.
    case(
        "X871-033",
        caption(
            "a young girl wearing a blue t-shirt and white shorts. The t-shirt is with cotton fabric and pure color "
            "patterns. It has a crew neckline. The shorts are with cotton fabric and pure color patterns. The "
            "shorts are of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", kind="open"),
        BQ.color("teal"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details("t-shirt", "a knot at the hem"),
        BQ.sleeve_length("short"),
        wearing("a blue t-shirt and white shorts", who="the girl"),
        material("silk", "unsupported"),
        title="Kids Only Girls Teal Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in charcoal-grey shiny polyester sports shorts with a small white logo, a bright orange sports tee,
    # white backdrop. Caption adapter; QA spans except details and describe (VQA fallback); closed from reference.
    case(
        "X871-034",
        caption(
            "a young boy wearing an orange shirt and grey shorts. The shirt is with cotton fabric and pure color "
            "patterns."
        ),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        BQ.color("grey"),
        material("cotton", "unsupported"),
        wearing("an orange shirt and grey shorts", who="he"),
        is_a("pair of shorts", "yes"),
        details("shorts", "what are the shorts details", "restated"),
        describe("shorts", "none", "non_answer"),
        title="Puma Boys Grey Solid Sports Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a turquoise lehenga with gold foil print, a matching short-sleeve turquoise choli with the same
    # gold foil, no dupatta, gold bangles on both wrists, white backdrop. Caption adapter; QA spans except wearing (VQA
    # fallback); closed from reference.
    case(
        "X871-035",
        caption(
            "a little girl wearing a blue and gold dress. The dress is with silk fabric and graphic patterns. There "
            "is an accessory on her wrist."
        ),
        BQ.color("turquoise blue"),
        color_of("blouse", "blue and gold", kind="open"),
        BQ.garment_type("lehenga"),
        details("lehenga", "silk fabric and graphic patterns"),
        wearing("Question: What is the girl wearing? Answer: a blue and gold lehenga choli", "leak", who="the girl"),
        is_a("lehenga", "yes"),
        title="Kalki Girls Turquoise Blue & Gold-Toned Foil Print Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy in an orange tee with a Chhota Bheem cartoon print, mid-blue jeans, white backdrop. Caption adapter
    # (cut at 50 tokens); QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-036",
        caption(
            "a young boy wearing an orange t-shirt with a cartoon on it and blue jeans. The t-shirt is with cotton "
            "fabric and graphic patterns. It has a crew neckline. The jeans are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange", kind="open"),
        color_of("jeans", "blue", kind="open"),
        BQ.garment_type("jeans", "contradiction"),
        wearing("an orange t-shirt with a cartoon on it and blue jeans", who="he"),
        details("t-shirt", "graphic patterns"),
        BQ.color("blue", "other_garment_color"),
        describe("t-shirt", "an orange t-shirt with a cartoon on it and a zipper on the front", "unsupported"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless cotton dress with white eyelet (broderie anglaise) embroidery, zip hidden at
    # the back, yellow sandals, white backdrop. Caption adapter; QA spans except details (VQA fallback); closed
    # from reference.
    case(
        "X871-037",
        caption("a little girl wearing a white dress and yellow shoes"),
        color_of("dress", "yellow", "other_garment_color", kind="open"),
        BQ.pattern("embroidered"),
        describe("dress", "a white dress"),
        details("dress", "the dress has a zipper on the front", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        wearing("a little girl", "non_answer", who="the girl"),
        title="Allen Solly Junior Girls White Broderie Anglaise Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: pack of two plain crew-neck short-sleeve tees laid flat side by side, one red and one navy, no pockets,
    # no model, white backdrop; the feed has no color for this row. Caption adapter; QA spans except details (VQA
    # fallback); closed from reference.
    case(
        "X871-038",
        caption("a red t-shirt and a blue t-shirt on a white background"),
        describe("t-shirts", "a red t-shirt and a blue t-shirt"),
        BQ.garment_type("t-shirt"),
        details("t-shirts", "the t-shirts have a pocket on the chest", "unsupported"),
        BQ.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        BQ.pattern("striped", "contradiction"),
        title="Mini Klub Boys Pack of 2 Solid T-shirts",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a black long-sleeve top with a silver sequin star on the front, a red tulle tutu skirt, white
    # backdrop. Caption adapter (cut at 50 tokens); QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-039",
        caption(
            "a little girl in a black shirt with a star on it and a red skirt. The shirt is with cotton fabric and "
            "graphic patterns. It has a crew neckline. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red", "other_garment_color", kind="open"),
        BQ.sleeve_length("long"),
        BQ.color("black"),
        print_on("a star"),
        wearing("a black shirt with a star on it and a red skirt", who="she"),
        describe("top", "yes", "non_answer"),
        title="Gini and Jony Girls Black Sequinned Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a rust-orange cotton kurta (the seller says Brown) with a beige pyjama, white backdrop. Caption
    # adapter; QA spans except describe and details (VQA fallback); closed from reference.
    case(
        "X871-040",
        caption("a young boy wearing an orange shirt and beige pants."),
        color_of("kurta", "orange", kind="open"),
        BQ.color("rust"),
        color_of("pyjama", "orange", "contradiction", kind="open"),
        wearing("an orange shirt and beige pants", who="he"),
        describe("kurta", "the kurta is a kurta", "restated"),
        details("kurta", "Answer: a plain orange kurta with buttons", "leak"),
        title="Sethukrishna Boys Brown Solid Kurta with Pyjama",
        category="Kurta Sets",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl in a purple sleeveless ankle-length maxi dress with a white butterfly print, white backdrop; the feed
    # has no gender for this row. Caption adapter; QA spans except describe (VQA fallback); closed from reference.
    case(
        "X871-041",
        caption(
            "a little girl wearing a purple dress with butterflies on it. The dress is with cotton fabric and graphic "
            "patterns. It has a round neckline. The dress is of long length."
        ),
        color_of("dress", "purple", kind="open"),
        print_on("butterflies"),
        BQ.sleeve_length("short", "contradiction"),
        BQ.color("blue", "contradiction"),
        describe(
            "dress",
            "The dress is a purple dress with butterflies on it. The dress is a purple dress with "
            "butterflies on it. The dress is a",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple dress with butterflies on it", who="the girl"),
        title="Hopscotch Purple Printed Maxi Dress",
        category="Dresses",
        color="Purple",
    ),
    # photo: boy in mid-blue washed denim shorts with whiskering, a white tee with red and navy stripes, white
    # backdrop. Caption adapter; QA spans except the shorts color, details and describe (VQA fallback: the color
    # came back empty); closed from reference.
    case(
        "X871-042",
        caption(
            "a boy wearing a striped shirt and denim shorts. The shirt is with cotton fabric and striped patterns. "
            "The shorts are with denim fabric and pure color patterns."
        ),
        color_of("shorts", "", "non_answer", kind="open"),
        material("denim fabric"),
        BQ.pattern("striped", "contradiction"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: the shorts are made of denim Question: What "
            "are the shorts details? Answer",
            "leak",
            hit_limit=True,
        ),
        wearing("a striped shirt and denim shorts", who="the boy"),
        describe("shorts", "she is wearing blue denim shorts", "pronoun"),
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard kurta with a white bandhani dot print, a round slit neck, three-quarter sleeves and
    # side slits, white churidar leggings, white backdrop. Caption adapter (calls her a boy); QA spans except
    # details (VQA fallback); closed from reference.
    case(
        "X871-043",
        caption(
            "a little boy in a yellow dress and white pants. He is wearing a yellow dress and white pants.", "pronoun"
        ),
        wearing("He is wearing a yellow dress and white pants", "pronoun", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("leggings", "white", kind="open"),
        BQ.pattern("printed"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has white dots all over it, a round neck with a slit, three-quarter sleeves and a "
            "straight hem with side slits that",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Girls Mustard Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a royal-blue shiny polyester Dri-FIT tee with a white swoosh on the chest, black shorts, white
    # backdrop. Caption adapter; QA spans except details (VQA fallback); closed from reference.
    case(
        "X871-044",
        caption(
            "a young boy wearing a blue shirt and black shorts. The shirt is with cotton fabric and pure color "
            "patterns. It has a crew neckline.",
            "unsupported",
        ),
        material("cotton fabric", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        wearing("a blue shirt and black shorts", who="the boy"),
        BQ.sleeve_length("short"),
        details("shirt", "the shirt has a logo on the chest"),
        BQ.color("black", "other_garment_color"),
        title="Nike Boys Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a light-pink tee with a Peppa Pig print, blue denim shorts, pigtails with pink hair clips, white
    # backdrop. Caption adapter; QA spans except describe and wearing (VQA fallback); closed from reference.
    case(
        "X871-045",
        caption(
            "a little girl wearing a pink t-shirt with a pig on it and blue shorts. She has pink clips in her hair."
        ),
        color_of("t-shirt", "pink", kind="open"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        print_on("a pig"),
        describe(
            "t-shirt",
            "a pink t-shirt with a pig on it and blue shorts. She has pink clips in her hair. She has "
            "pink clips in her hair. She has pink",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("t-shirt"),
        wearing("yes", "non_answer", who="she"),
        BQ.color("blue", "other_garment_color"),
        title="Kids Ville Girls Pink Peppa Pig Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a cream silk kurta with gold thread embroidery on the collar and placket, gold buttons, cream
    # pyjama, a maroon stole over one shoulder, white backdrop; the feed has no category for this row. Caption
    # adapter; QA spans except details and describe (VQA fallback); closed from reference.
    case(
        "X871-046",
        caption(
            "a young boy wearing a white outfit with a red scarf. The outfit is with silk fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        BQ.color("cream"),
        wearing("a white outfit with a red scarf", who="he"),
        details("kurta", "the kurta has gold embroidery on the collar and buttons"),
        is_a("kurta", "yes"),
        describe("kurta", "describe the kurta", "restated"),
        title="Manyavar Boys Cream Embroidered Kurta Pyjama Set",
        color="Cream",
        gender="Boys",
    ),
]
