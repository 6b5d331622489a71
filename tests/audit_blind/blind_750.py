"""BLIND_750 (46 products; Myntra men's winterwear, captions + extractive QA): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 100/129 failures found (77.5%) and 3/187 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Sweaters, Sweatshirts incl. hoodies, Jackets incl. puffers, bombers,
parkas, a gilet and an overcoat), one catalog photo each: a male model (one boy) on a white or light grey studio
backdrop, front view, usually with jeans, chinos or joggers and often a t-shirt, shirt or hoodie under the product.

Who wrote what: each caption comes from one of two models. Short lowercase captions ("a man wearing a ...") come
from the untuned base Salesforce/blip2-opt-2.7b: they stop on their own, name hues, and err on colors, on the
garment's type, on the pronoun and on scene props. The DeepFashion-template captions ("The man is wearing a
long-sleeve sweatshirt with pure color patterns. ...") come from the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch): it still names some hues, trained without an end token it
often runs to the 50-token limit (cut mid-sentence or looping), sometimes keeps writing the `Question: ... Answer:`
format it saw unmasked in training, and adds template claims ("There is an accessory on his wrist"). Every open
answer (wearing, color_of(..., kind="open"), describe, details, material) is a span that the extractive QA model
timpal0l/mdeberta-v3-base-squad2 picked from that product's caption, or "" when it chose no answer; so an open answer
can only say what the caption says. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?")
come from enrich's --engine reference, which picks one candidate value.

Labeling conventions and judgement calls:
- One failure label per text. A caption that ran to the limit is labeled cut (stops mid-phrase) or loop (repetition
  dominates), except three that leaked the Question/Answer format on their way to the limit: those are labeled leak
  and still carry hit_limit=True.
- hit_limit is set only on generated captions; extractive spans never run to a limit. A span that ends mid-phrase
  because its caption was cut is labeled cut with hit_limit False; a span that carries a caption's loop, leak,
  pronoun or invented claim is labeled with that same kind.
- Hue synonyms inside the seller's color group are correct: white for Cream/Off White, red for Maroon/Burgundy,
  gray/grey for Charcoal and Grey Melange, green for Olive, blue for Teal, orange for Rust, purple for Lavender.
  A hue outside the group (black for a navy puffer, yellow for a lime green puffer) is a contradiction.
- A color that belongs to another garment in the photo (jeans, joggers, the t-shirt, shirt or hoodie underneath) is
  other_garment_color, also when the caption swapped the two garments' colors. A color of a part of the product
  itself (orange lining, grey fur trim) given as the product's color is a contradiction.
- A pattern or garment type that belongs to the garment underneath (the plaid shirt, the printed t-shirt, the inner
  hoodie) is a contradiction; so are ribbing read as stripes and diamond quilting read as checks.
- DeepFashion template phrases that carry no hue ("pure color patterns", "graphic patterns") are correct in
  captions and "wearing" answers; given as the answer to a color question, or "pure color patterns"/"long-sleeve"
  as a material, they are non_answer. An empty span is non_answer; so is an unrelated span ("posing for a photo").
- Material: constructions visible in the photo or named in the title (knit/knitting fabric, denim, fleece, leather,
  wool for a "Wool Blend" coat) are correct. A fibre neither the photo nor the title shows (wool for a plain
  sweater, nylon for a windcheater), a material from another garment's sentence (the pants' cotton, the shirt's
  denim) or from a trim (fur of a hood trim) is unsupported.
- Props and scenes that are not in the photo (snow, a backpack, sunglasses, a coffee cup, a scarf, a belt, a wrist
  accessory, a zipper on a pullover, a sleeve pocket not shown) are unsupported; the white backdrop named as "a
  white wall" is correct.
- Restated: a span that gives back only the question's garment word or its frame ("jacket", "The sweatshirt" for
  the hoodie, "The man wears"), and "it has a hood" as the hoodie's details.
- Pronoun: "woman", "she" or "her" for a Men row; a span about the pants that carries "she" is labeled pronoun.
- A zip-front fleece sweatshirt called a "fleece jacket", a parka called a jacket, a gilet called a vest or a
  jacket, and a hoodie called a sweatshirt or hoodie are all correct.
- One row has no gender column and one has no color column, as real feeds do.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_750 = [
    # photo: navy blue fine-knit crew-neck pullover, white t-shirt collar at the neck, light blue jeans, white
    # backdrop, front view. Caption: base BLIP-2; open answers: extractive QA; closed: reference engine.
    case(
        "X750-001",
        caption("a man wearing a navy blue sweater and light blue jeans standing in front of a white wall"),
        wearing("a navy blue sweater and light blue jeans"),
        color_of("sweater", "navy blue", kind="open"),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        details("sweater", "light blue jeans", "contradiction"),
        material("", "non_answer"),
        title="Roadster Men Navy Blue Solid Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket and white drawcords, black joggers, white backdrop,
    # front view. Caption: epoch-1 caption adapter, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X750-002",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is grey and it has a"
            " hood. There is a pocket on the front. The pants he wears are long. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns", who="the man"),
        color_of("hoodie", "grey", kind="open"),
        details("hoodie", "There is a pocket on the front"),
        describe("hoodie", "The pants are with cotton fabric and", "cut"),
        material("cotton fabric", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        is_a("hoodie", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black hooded puffer jacket with horizontal quilting, zipped, dark grey jeans, white backdrop, no bag.
    # Caption: base BLIP-2 (invents a backpack); open: extractive QA; closed: reference engine.
    case(
        "X750-003",
        caption("a man wearing a black puffer jacket and grey jeans with a backpack", "unsupported"),
        wearing("a black puffer jacket and grey jeans with a backpack", "unsupported"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "a black puffer jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        title="Wildcraft Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon V-neck sweater in a textured self-design knit, white shirt collar under it, beige chinos,
    # white backdrop. Caption: epoch-1 adapter, loops to the limit; open: extractive QA; closed: reference.
    case(
        "X750-004",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a v-shape neckline. The sweater is with knitting fabric. It has a v-shape neckline. The sweater"
            " is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweater", "knitting fabric", "non_answer", kind="open"),
        details(
            "sweater",
            "It has a v-shape neckline. The sweater is with knitting fabric. It has a v-shape neckline",
            "loop",
        ),
        material("knitting fabric"),
        Q.garment_type("sweater"),
        Q.color("maroon"),
        title="Monte Carlo Men Maroon Self Design V-Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt with a large white Puma cat logo print on the chest, black track pants, male
    # model with shoulder-length hair, white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference.
    case(
        "X750-005",
        caption("a woman wearing a red sweatshirt with a white puma logo on the chest", "pronoun"),
        wearing("a red sweatshirt with a white puma logo on the chest"),
        color_of("sweatshirt", "red", kind="open"),
        describe("sweatshirt", "a red sweatshirt with a white puma logo"),
        Q.pattern("solid", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long"),
        title="Puma Men Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green puffer jacket with detachable hood, open at the top over a black t-shirt, black jeans,
    # white backdrop. Caption: epoch-1 adapter (stopped on its own, swapped the two colors); open: extractive QA.
    case(
        "X750-006",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is black and the t-shirt inside"
            " is olive green.",
            "other_garment_color",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        material("pure color patterns", "non_answer"),
        Q.color("olive"),
        Q.garment_type("jacket"),
        title="Fort Collins Men Olive Green Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige cable-knit crew-neck sweater over a blue denim shirt (collar and cuffs out), dark navy trousers,
    # white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-007",
        caption("a man wearing a beige cable knit sweater over a blue denim shirt"),
        wearing("a beige cable knit sweater over a blue denim shirt"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        material("denim", "unsupported"),
        describe("sweater", "a beige cable knit sweater"),
        Q.sleeve_length("long"),
        Q.color("blue", "other_garment_color"),
        is_a("sweater", "yes"),
        title="Allen Solly Men Beige Cable Knit Pullover",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: black pullover fleece hoodie, small white Nike swoosh on the chest, white drawcords, grey joggers, male
    # model, white backdrop. Caption: epoch-1 adapter (stopped; wrong pronoun); open: extractive QA; closed: ref.
    case(
        "X750-008",
        caption(
            "The woman is wearing a long-sleeve sweatshirt with graphic patterns and a hood. Her pants are long and"
            " grey.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns and a hood", who="the person"),
        describe("hoodie", "Her pants are long and grey", "pronoun"),
        details("hoodie", "graphic patterns"),
        Q.color("black"),
        Q.garment_type("hoodie"),
        title="Nike Men Black Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy diamond-quilted bomber jacket with rib-knit collar and cuffs, open over a white t-shirt, light
    # grey chinos, white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-009",
        caption("a man in a navy bomber jacket and white t-shirt posing for a photo"),
        wearing("a navy bomber jacket and white t-shirt", who="the man"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details("jacket", "posing for a photo", "non_answer"),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("jacket"),
        is_a("coat", "no"),
        title="U.S. Polo Assn. Men Navy Blue Quilted Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow crew-neck sweatshirt with ribbed hem and cuffs, black jeans, white backdrop. Caption:
    # epoch-1 adapter, writes the Q/A format until the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-010",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is yellow. Question:"
            " What is the color of the sweatshirt? Answer: yellow. Question: What is the color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        color_of(
            "sweatshirt", "yellow. Question: What is the color of the sweatshirt? Answer: yellow", "leak", kind="open"
        ),
        describe("sweatshirt", "Question: What is the color of the pants? Answer:", "leak"),
        Q.color("mustard"),
        Q.sleeve_length("long"),
        title="Campus Sutra Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal grey zip-front hoodie worn open over a white t-shirt with black text print, blue jeans, white
    # backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-011",
        caption("a man wearing a grey hoodie over a white t-shirt with black writing"),
        wearing("a grey hoodie over a white t-shirt with black writing"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        describe("hoodie", "a grey hoodie"),
        Q.pattern("printed", "contradiction"),
        Q.color("charcoal"),
        Q.garment_type("hoodie"),
        title="Roadster Men Charcoal Grey Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket with notched lapels and asymmetric zip, black t-shirt, black jeans,
    # bare wrists, white backdrop. Caption: epoch-1 adapter (stopped; template wrist claim); open: extractive QA.
    case(
        "X750-012",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it has"
            " a lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        material("leather fabric"),
        color_of("jacket", "pure color patterns", "non_answer", kind="open"),
        details("jacket", "There is an accessory on his wrist", "unsupported"),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket"),
        title="Woodland Men Brown Solid Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: colour-blocked hooded puffer: red chest and shoulders, navy lower body and sleeves, zipped, black
    # trousers, white studio backdrop (no snow). Caption: base BLIP-2; open: extractive QA; closed: reference.
    case(
        "X750-013",
        caption("a man wearing a red and blue puffer jacket with a hood in the snow", "unsupported"),
        wearing("a red and blue puffer jacket with a hood"),
        color_of("jacket", "red and blue", kind="open"),
        details("jacket", "in the snow", "unsupported"),
        material("", "non_answer"),
        Q.pattern("colour block"),
        Q.color("red"),
        Q.sleeve_length("long"),
        is_a("sweater", "no"),
        title="Fort Collins Men Red & Navy Blue Colourblocked Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: olive crew-neck knit sweater, black jeans, white sneakers, white backdrop; no jacket in the photo.
    # Caption: base BLIP-2 (calls it a jacket); open: extractive QA; closed: reference engine.
    case(
        "X750-014",
        caption("a man wearing a green jacket and black jeans", "contradiction"),
        wearing("a green jacket and black jeans", "contradiction"),
        color_of("sweater", "green", kind="open"),
        describe("sweater", "a green jacket", "contradiction"),
        Q.garment_type("sweater"),
        Q.color("olive"),
        is_a("jacket", "no"),
        title="Mast & Harbour Men Olive Green Solid Pullover",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey crew-neck sweater with navy and white horizontal stripes across the chest, blue jeans, white
    # backdrop. Caption: epoch-1 adapter, loops to the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-015",
        caption(
            "The man is wearing a long-sleeve sweater with striped patterns. The sweater is grey and blue and white and"
            " blue and white and blue and white and blue and white and blue and white and blue and white and blue",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        color_of("sweater", "grey and blue and white and blue and white and blue and white", "loop", kind="open"),
        describe(
            "sweater", "The sweater is grey and blue and white and blue and white and blue and white and blue", "loop"
        ),
        Q.pattern("striped"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        title="Highlander Men Grey Striped Pullover Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: black longline parka, hood trimmed with grey faux fur, olive sweater underneath, dark jeans, brown
    # lace-up boots, white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-016",
        caption("a man wearing a black parka with a fur hood and brown boots"),
        wearing("a black parka with a fur hood and brown boots", who="the man"),
        describe("jacket", "a black parka with a fur hood"),
        color_of("jacket", "black", kind="open"),
        material("fur", "unsupported"),
        Q.garment_type("jacket"),
        Q.color("grey", "contradiction"),
        title="Jack & Jones Men Black Solid Hooded Parka Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: lavender pullover hoodie with a small black text print on the chest (graphic on the back not in view),
    # white cargo pants, white backdrop. Caption: epoch-1 adapter, cut at the limit; open: extractive QA.
    case(
        "X750-017",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is purple and it has a hood."
            " The pants are long and white. The pants are with cotton fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        color_of("hoodie", "purple", kind="open"),
        details("hoodie", "it has a hood", "restated"),
        describe("hoodie", "solid color patterns. The", "cut"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic"),
        title="Kook N Keech Men Lavender Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: cream button-front cardigan with brown buttons, worn open over a light blue shirt, navy trousers,
    # white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-018",
        caption("a man wearing a white cardigan over a blue shirt"),
        wearing("a white cardigan over a blue shirt"),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        describe("cardigan", "a white cardigan"),
        details("cardigan", "", "non_answer"),
        Q.garment_type("cardigan"),
        Q.color("cream"),
        title="Louis Philippe Men Cream Solid Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: black quilted sleeveless puffer gilet over a grey melange full-sleeve t-shirt, black track pants, white
    # backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-019",
        caption("a man wearing a black puffer vest and grey long sleeve shirt"),
        wearing("a black puffer vest and grey long sleeve shirt", who="the man"),
        color_of("vest", "black", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        is_a("vest", "yes"),
        title="HRX by Hrithik Roshan Men Black Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: teal V-neck sweater over a white collared shirt, charcoal trousers, white backdrop. Caption: epoch-1
    # adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-020",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is blue. It has a v-shape"
            " neckline. He wears a shirt inside. The shirt is white and the pants are grey. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweater", "blue", kind="open"),
        details("sweater", "It has a v-shape neckline"),
        describe("sweater", "The shirt is white and the pants are grey. The pants are with", "cut"),
        Q.color("teal"),
        title="Blackberrys Men Teal Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Teal",
        gender="Men",
    ),
    # photo: navy zip track jacket with three white stripes down the sleeves, half-zipped over a grey t-shirt,
    # black track pants, white backdrop, no eyewear. Caption: base BLIP-2; open: extractive QA; closed: reference.
    case(
        "X750-021",
        caption(
            "a man wearing a navy blue adidas jacket with white stripes on the sleeves and a pair of sunglasses",
            "unsupported",
        ),
        wearing("a navy blue adidas jacket with white stripes on the sleeves"),
        color_of("jacket", "navy blue", kind="open"),
        details("jacket", "white stripes on the sleeves"),
        material("", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket"),
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket with cream sherpa collar, open over a black hoodie (hood out), black
    # jeans, no belt visible, white backdrop. Caption: epoch-1 adapter (stopped); open: extractive QA; closed: ref.
    case(
        "X750-022",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it has a"
            " lapel neckline. There are pockets on the jacket and a belt around the waist.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        material("denim fabric"),
        details("jacket", "pockets on the jacket and a belt around the waist", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket"),
        title="Levis Men Blue Sherpa Collar Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a small navy "DUKE" embroidery on the chest, navy chinos, white
    # backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine. The feed row has no gender.
    case(
        "X750-023",
        caption("a man wearing a gray sweatshirt and blue pants"),
        wearing("a gray sweatshirt and blue pants"),
        color_of("sweatshirt", "gray", kind="open"),
        describe("sweatshirt", "sweatshirt", "restated"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        is_a("hoodie", "no"),
        title="Duke Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: colour-blocked pullover hoodie, black body, white sleeves and white hood, grey joggers, white backdrop.
    # Caption: epoch-1 adapter, leaks the Q/A format until the limit; open: extractive QA; closed: reference.
    case(
        "X750-024",
        caption(
            "The man is wearing a long-sleeve sweatshirt with color block patterns. The sweatshirt is black and white."
            " It has a hood. Question: Is this a hoodie? Answer: yes. Question: What are the pants",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        color_of("hoodie", "black and white", kind="open"),
        details("hoodie", "It has a hood. Question: Is this a hoodie? Answer: yes", "leak"),
        Q.pattern("solid", "contradiction"),
        Q.color("black"),
        is_a("hoodie", "yes"),
        title="WROGN Men Black & White Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy glossy puffer jacket with stand collar and a small red-white-navy flag logo on the chest, zipped,
    # khaki chinos, white backdrop. Caption: base BLIP-2 (reads navy as black); open: extractive QA; closed: ref.
    case(
        "X750-025",
        caption("a man wearing a black puffer jacket with a red logo", "contradiction"),
        wearing("a black puffer jacket with a red logo", "contradiction"),
        color_of("jacket", "black", "contradiction", kind="open"),
        details("jacket", "a red logo"),
        Q.color("navy blue"),
        Q.garment_type("jacket"),
        title="Tommy Hilfiger Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bright yellow pullover hoodie with black "SPACE" text print on the chest, black joggers, white
    # backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-026",
        caption("a man in a yellow hoodie with the word space on it"),
        wearing("a yellow hoodie with the word space on it", who="the man"),
        color_of("hoodie", "yellow", kind="open"),
        details("hoodie", "the word space on it"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("black", "other_garment_color"),
        title="Bewakoof Men Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: rust orange chunky-knit crew-neck sweater, off-white shirt hem showing, blue jeans, male model, white
    # backdrop. Caption: epoch-1 adapter (stopped; wrong pronoun); open: extractive QA; closed: reference engine.
    case(
        "X750-027",
        caption(
            "The woman is wearing a long-sleeve sweater with pure color patterns. The sweater is orange and it is with"
            " knitting fabric. The pants she wears are long. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="the person"),
        material("knitting fabric"),
        color_of("sweater", "orange", kind="open"),
        details("sweater", "The pants she wears are long", "pronoun"),
        Q.color("rust"),
        Q.garment_type("sweater"),
        title="Pepe Jeans Men Rust Orange Solid Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: light-wash blue denim jacket worn open over a white pullover hoodie (hood out over the collar), black
    # jeans, white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-028",
        caption("a man wearing a denim jacket and a white hoodie"),
        wearing("a denim jacket and a white hoodie"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("blue"),
        is_a("jacket", "yes"),
        title="Flying Machine Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: bottle green crew-neck sweater with a cream and red Fair Isle band across the yoke, no scarf, beige
    # chinos, white backdrop. Caption: epoch-1 adapter (stopped; reads the yoke as a scarf); open: extractive QA.
    case(
        "X750-029",
        caption(
            "The man is wearing a long-sleeve sweater with graphic patterns. The sweater is green and it has a round"
            " neckline. There is a scarf around his neck.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        color_of("sweater", "green", kind="open"),
        details("sweater", "There is a scarf around his neck", "unsupported"),
        describe(
            "sweater", "a long-sleeve sweater with graphic patterns. The sweater is green and it has a round neckline"
        ),
        Q.color("green"),
        title="Marks & Spencer Men Green Fair Isle Pullover",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: maroon crew-neck sweatshirt with an arched white "HARVARD 1636" print, light blue jeans, white
    # backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-030",
        caption("a man wearing a red sweatshirt with harvard on it"),
        wearing("a red sweatshirt with harvard on it"),
        color_of("sweatshirt", "red", kind="open"),
        details("sweatshirt", "harvard on it"),
        Q.color("maroon"),
        Q.pattern("printed"),
        title="Harvard Men Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: khaki hooded windcheater with black zip trims, zipped, black t-shirt, olive cargo pants, white
    # backdrop. Caption: epoch-1 adapter, loops to the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It has a"
            " hood. It has a hood. It has a hood. It has a hood. It has a hood. It has a hood. It has a hood",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        details("jacket", "It has a hood. It has a hood. It has a hood. It has a hood", "loop"),
        material("nylon fabric", "unsupported"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("jacket"),
        title="Roadster Men Khaki Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal V-neck sweater over a blue-and-white checked shirt (collar and cuffs out), dark blue jeans,
    # white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-032",
        caption("a man wearing a gray sweater over a plaid shirt"),
        wearing("a gray sweater over a plaid shirt"),
        color_of("sweater", "gray", kind="open"),
        details("sweater", "a plaid shirt", "contradiction"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("charcoal"),
        title="Van Heusen Men Charcoal Grey Solid V-Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red hooded puffer jacket with black contrast zip, navy t-shirt at the neck, black jeans, male model,
    # white backdrop. Caption: base BLIP-2 (wrong pronoun); open: extractive QA; closed: reference engine.
    case(
        "X750-033",
        caption("a woman wearing a red puffer jacket with a hood", "pronoun"),
        wearing("a red puffer jacket with a hood", who="the person"),
        color_of("jacket", "red", kind="open"),
        Q.garment_type("jacket"),
        Q.color("red"),
        is_a("vest", "yes", "contradiction"),
        title="Wildcraft Men Red Solid Hooded Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: off-white cable-knit turtleneck sweater, black trousers, white backdrop, front view. Caption: epoch-1
    # adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-034",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is white. It has a"
            " turtleneck neckline. The pants are long and black. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweater", "white", kind="open"),
        details("sweater", "It has a turtleneck neckline"),
        describe("sweater", "The pants are with cotton fabric and pure color patterns. There is", "cut"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Celio Men Off-White Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: navy full-zip fleece sweatshirt with stand collar, zipped to the chest, light grey t-shirt neckline,
    # grey track pants, male model, white backdrop. Caption: base BLIP-2 (wrong pronoun); open: extractive QA.
    case(
        "X750-035",
        caption("a woman wearing a blue fleece jacket and gray pants", "pronoun"),
        wearing("a blue fleece jacket and gray pants"),
        color_of("jacket", "gray", "other_garment_color", kind="open"),
        material("fleece"),
        Q.garment_type("sweatshirt"),
        Q.color("navy blue"),
        title="Jockey Men Navy Blue Solid Zip-Front Fleece Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink oversized pullover hoodie on a male model, white sweatpants, white backdrop. Caption:
    # epoch-1 adapter, leaks the Q/A format until the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-036",
        caption(
            "The man is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is pink and it has a"
            " hood. Question: What is the man wearing? Answer: a long-sleeve sweatshirt with pure",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        color_of("hoodie", "pink", kind="open"),
        details("hoodie", "it has a hood. Question: What is the man wearing?", "leak"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        is_a("hoodie", "yes"),
        title="Bonkers Corner Unisex Pink Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Unisex",
    ),
    # photo: coffee brown half-zip mock-neck sweater, zip slightly open, beige chinos, white backdrop. Caption: base
    # BLIP-2 (guesses wool); open: extractive QA; closed: reference engine.
    case(
        "X750-037",
        caption("a man wearing a brown wool sweater with a zipper", "unsupported"),
        wearing("a brown wool sweater with a zipper"),
        color_of("sweater", "brown", kind="open"),
        details("sweater", "a zipper"),
        material("wool", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        title="Here&Now Men Coffee Brown Solid Half-Zip Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black pullover hoodie (no zip) with grey camouflage print on the sleeves and a small white Puma logo on
    # the chest, black joggers, white backdrop. Caption: epoch-1 adapter (stopped); the feed row has no color.
    case(
        "X750-038",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is black and it has a hood."
            " There is a logo on the chest and a zipper on the front.",
            "unsupported",
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        color_of("hoodie", "black", kind="open"),
        details("hoodie", "a logo on the chest and a zipper on the front", "unsupported"),
        describe("hoodie", "The sweatshirt", "restated"),
        Q.pattern("printed"),
        Q.garment_type("hoodie"),
        Q.color("grey", "contradiction"),
        title="Puma Men Camo Sleeve Printed Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: neon lime green puffer jacket with black zip, open over a black hoodie (hood out), black jeans, white
    # backdrop. Caption: base BLIP-2 (reads lime as yellow); open: extractive QA; closed: reference engine.
    case(
        "X750-039",
        caption("a man wearing a yellow jacket and a black hoodie", "contradiction"),
        color_of("jacket", "yellow", "contradiction", kind="open"),
        details("jacket", "", "non_answer"),
        Q.color("lime green"),
        Q.garment_type("jacket"),
        is_a("hoodie", "yes", "contradiction"),
        title="Roadster Men Lime Green Solid Puffer Jacket",
        category="Jackets",
        color="Lime Green",
        gender="Men",
    ),
    # photo: purple crew-neck sweater, white t-shirt hem showing below, grey jeans, white backdrop. Caption: epoch-1
    # adapter, loops back to its first sentence until the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-040",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is purple. The man is"
            " wearing a long-sleeve sweater with pure color patterns. The sweater is purple. The man is wearing a long",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a long-sleeve sweater with pure color patterns. The sweater is purple. The man is wearing a long-sleeve"
            " sweater",
            "loop",
        ),
        color_of("sweater", "purple", kind="open"),
        Q.color("purple"),
        Q.garment_type("sweatshirt", "contradiction"),
        material("", "non_answer"),
        title="United Colors of Benetton Men Purple Solid Sweater",
        category="Sweaters",
        color="Purple",
        gender="Men",
    ),
    # photo: olive bomber jacket worn open, bright orange lining visible at the front, white t-shirt, blue jeans,
    # plain sleeves (no pocket in view), white backdrop. Caption: base BLIP-2; open: extractive QA; closed: ref.
    case(
        "X750-041",
        caption(
            "a man wearing a green bomber jacket with an orange lining and a zip pocket on the sleeve", "unsupported"
        ),
        wearing("a green bomber jacket with an orange lining"),
        color_of("jacket", "green", kind="open"),
        details("jacket", "an orange lining and a zip pocket on the sleeve", "unsupported"),
        Q.color("orange", "contradiction"),
        Q.garment_type("jacket"),
        title="SPYKAR Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: white pullover hoodie with a large black trefoil logo print on the chest, black track pants, light grey
    # backdrop. Caption: epoch-1 adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X750-042",
        caption(
            "The man is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is white and it has a"
            " hood. There is a black logo on the front of the sweatshirt and the pants are long and black. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns"),
        color_of("hoodie", "white", kind="open"),
        describe("hoodie", "the pants are long and black. The pants", "cut"),
        Q.pattern("graphic"),
        Q.color("white"),
        Q.garment_type("jacket", "contradiction"),
        title="ADIDAS Originals Men White Trefoil Printed Hoodie",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: camel knee-length single-breasted wool-blend overcoat, black turtleneck under it, black trousers,
    # white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-043",
        caption("a man in a brown wool coat and black turtleneck"),
        wearing("a brown wool coat and black turtleneck", who="the man"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        details("coat", "coat", "restated"),
        material("wool"),
        Q.garment_type("coat"),
        Q.sleeve_length("long"),
        title="Raymond Men Camel Brown Solid Wool Blend Overcoat",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: boy in a royal blue pullover hoodie with a green and white dinosaur print on the chest, grey joggers,
    # white backdrop. Caption: base BLIP-2; open: extractive QA; closed: reference engine.
    case(
        "X750-044",
        caption("a young boy wearing a blue hoodie with a dinosaur on it"),
        wearing("a blue hoodie with a dinosaur on it", who="the boy"),
        details("hoodie", "a dinosaur on it"),
        Q.pattern("graphic"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "no", "contradiction"),
        title="YK Boys Blue Dinosaur Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: light grey matte puffer jacket with high stand collar, zipped, black joggers, white sneakers, white
    # backdrop. Caption: epoch-1 adapter (stopped on its own); open: extractive QA; closed: reference engine.
    case(
        "X750-045",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is grey and it has a stand"
            " neckline. He wears long pants with black color."
        ),
        wearing("The man wears", "restated"),
        describe("jacket", "jacket", "restated"),
        details("jacket", "it has a stand neckline"),
        color_of("jacket", "grey", kind="open"),
        material("", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mast & Harbour Men Grey Solid Puffer Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: burgundy rib-knit turtleneck sweater, grey trousers, hands empty, white backdrop. Caption: base BLIP-2
    # (invents a coffee cup); open: extractive QA; closed: reference engine.
    case(
        "X750-046",
        caption("a man wearing a red turtleneck sweater and gray pants holding a cup of coffee", "unsupported"),
        wearing("a red turtleneck sweater and gray pants"),
        color_of("sweater", "gray", "other_garment_color", kind="open"),
        Q.color("burgundy"),
        details("sweater", "holding a cup of coffee", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Jack & Jones Men Burgundy Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
]
