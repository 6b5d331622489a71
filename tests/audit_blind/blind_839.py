"""BLIND_839 (46 products; Myntra women's wear: captions then extractive QA): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 100/135 failures found (74.1%) and 15/197 correct texts flagged
(7.6%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like women's western-wear feed: Tops, Dresses and Skirts, one catalog photo
per product, the product worn by a model on a white studio backdrop, mostly front view, usually with other clothes
(jeans, trousers, a tucked-in shirt, a denim jacket over a dress) and sometimes a bag, a belt or a hat. Seller
columns as the feed has them: title, category (Myntra's article type), color (Myntra's base colour), gender; a few
rows come without gender. The seller's color is sometimes wrong for the photo (a "Brown" top that is rust orange).

Who wrote what: the caption is the first-epoch caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, greedy, 50 new tokens). After one epoch it still half keeps the base model's habits: about half the
time it writes a short base-style caption ("a woman wearing a white lace top and black jeans") and stops on the
newline; otherwise it drifts into the DeepFashion template ("The lady wears a sleeveless tank top with pure color
patterns ... The skirt is with cotton fabric ...") and, never having learnt an end token, runs to the 50-token limit,
where it is cut mid-sentence or loops on a sentence. The template invents fabrics ("cotton fabric", "chiffon fabric"),
accessories ("There is an accessory on her wrist") and sometimes the wrong person ("The gentleman wears"). The open
questions (what is the person wearing, describe, details, material) are answered by the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over that caption, so an answer is a span of the caption and inherits its errors
(a span taken from a loop, a span ending where the caption was cut). When the QA model returns no span, the job falls
back to the untuned base blip2-opt-2.7b with the `Question: ... Answer:` prompt (30 new tokens): those answers are
free text, short, and now and then continue into the next `Question: ... Answer:` or answer "yes"/"no" or only echo
the question. Each product comment says which open answers are fallbacks; the others are spans. The closed questions
(garment type, color, pattern, sleeve length, "Is this a ...?", the color of a named garment) come from enrich's
`--engine reference`, which picks one candidate value: they are always one clean word or two, but often take the
color of the jeans, the jacket or the bag, or the wrong garment.

Labeling conventions and judgement calls:
- Correctness is judged against the photo in the comment, not the seller: where the seller's color is wrong for the
  photo, the photo's color is the correct answer.
- Shades and neighbors count as correct where the photo supports them: mustard = yellow, teal = blue, maroon = red,
  olive = green, navy for Navy Blue, pink for a dusty-pink dress the seller calls Mauve, cream for Cream.
- A print's ground color is the garment's color ("white" for white with red roses, "black" for black with red
  flowers); a color taken only from the print's motif (the pink glitter graphic on a grey top) is a contradiction.
- A color answer that is the color of another worn garment or of an accessory (jeans, tucked-in shirt, jacket, bag,
  belt) is other_garment_color; a wrong color that no other item in the photo has is a contradiction. On a white top
  with black dots worn with a black skirt, "black" is labeled other_garment_color.
- The color of a named other garment ("What is the color of the jeans?") answered with the product's own color or
  a third item's color is also other_garment_color: one color given to two garments.
- A sleeve length answered for a skirt is a contradiction when it is the tucked-in top's sleeve length.
- Garment type: top, t-shirt, shirt, blouse are all correct for the seller's Tops; "shirt" for a shirt dress, "dress"
  for a longline tunic top and "jacket" for a dress under a denim jacket are contradictions. A caption or span that
  calls a dress "a skirt and top" or a t-shirt dress "a T-shirt" is a contradiction.
- Material is correct only where the title states it or the photo plainly shows it (denim, lace, velvet, satin,
  tulle, knit rib, faux leather called leather). The template's fabric on a garment whose title names another fabric
  or none is unsupported; so are invented pockets, zips at the unseen back, necklaces, rings, lace trims.
- Single-color textures (schiffli, eyelet, pleats) accept "solid" as the pattern; lace accepts "lace" or "solid".
- A caption, span or fallback that says "gentleman", "man", "he" of the women's model is pronoun. Rows without a gender
  column carry no pronoun failure.
- One label per text. A caption that ran to its 50-token limit is hit_limit=True and labeled cut (ends mid-sentence)
  or loop (repeats a sentence or phrase); that structural label wins over any invented fabric inside it. Spans taken
  from such a caption are labeled by what they say: a span that repeats a phrase is loop, a span that ends where the
  caption was cut is cut (hit_limit False: the answer itself did not run out).
- A fallback that answers then starts "Question: ..." is leak even when its first words are right.
- Empty answers, "yes"/"no", a lone color word for an open question (describe, details) and a span that says nothing
  of the garment ("posing for a photo") are non_answer; an answer that only gives the question's own words back ("a
  skirt" to "Describe the skirt.", "the details of the garment", "the garment is made of") is restated.
- A material answer that is another garment's fabric (the denim jacket's "denim fabric" for the dress under it) is a
  contradiction, since the caption gives the dress another fabric.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_839 = [
    # photo: peach sleeveless top with a ruffled round neckline, light-blue skinny jeans, white sneakers, white
    # backdrop, front view. Caption: adapter, stopped. Wearing and description are spans; material is a fallback.
    case(
        "X839-001",
        caption("a woman wearing a peach sleeveless top with ruffles and blue jeans"),
        wearing("a peach sleeveless top with ruffles and blue jeans"),
        B.color("blue", "other_garment_color"),
        B.garment_type("top"),
        B.sleeve_length("sleeveless"),
        describe("top", "peach sleeveless top with ruffles"),
        B.material("cotton", "unsupported"),
        title="Vero Moda Women Peach Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black top with thin white horizontal stripes, short sleeves, crew neck, black ankle trousers, white
    # backdrop. Caption: adapter, template, looped to the limit. Material and details are spans.
    case(
        "X839-002",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton "
            "fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("black"),
        B.material("cotton fabric", "unsupported"),
        details("top", "stripe patterns"),
        B.sleeve_length("short"),
        title="Mango Women Black Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue fit-and-flare midi dress with small white flowers, sleeveless, tan heels, side-turned pose, white
    # backdrop. Caption: adapter, stopped. Details is a span; material and description are fallbacks.
    case(
        "X839-003",
        caption("a woman in a blue floral dress posing for a photo"),
        B.garment_type("dress"),
        B.color("navy"),
        B.pattern("floral"),
        D.details("posing for a photo", "non_answer"),
        is_a("skirt", "no"),
        B.material("cotton Question: What is the pattern of the garment? Answer: floral", "leak"),
        describe("dress", "the dress is a dress", "restated"),
        title="Tokyo Talkies Women Navy Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black pleated midi skirt, white cotton shirt tucked in, black block heels, white backdrop, front view.
    # Caption: adapter, stopped. Description and wearing are spans; material is a fallback.
    case(
        "X839-004",
        caption("a woman wearing a white shirt and a black pleated skirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("skirt"),
        describe("skirt", "a black pleated skirt"),
        B.pattern("striped", "contradiction"),
        wearing("a white shirt and a black pleated skirt", who="she"),
        B.sleeve_length("long", "contradiction"),
        B.material("chiffon", "unsupported"),
        title="ONLY Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard crepe top, three-quarter sleeves, round neck with a keyhole, blue denim jeans, white backdrop.
    # Caption: adapter, template, cut at the limit. Material, details and description are spans.
    case(
        "X839-005",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with chiffon fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.sleeve_length("three-quarter"),
        B.material("chiffon fabric", "unsupported"),
        details("shirt", "its neckline is round"),
        D.description("a medium-sleeve shirt with pure color patterns"),
        B.garment_type("jeans", "contradiction"),
        title="Harpa Women Mustard Crepe Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: red short-sleeve bodycon knee-length dress, model with a short pixie crop, black heels, white backdrop.
    # Caption: adapter, template start, stopped. Wearing and details are spans; description is a fallback.
    case(
        "X839-006",
        caption("the gentleman wears a short-sleeve dress with pure color patterns", "pronoun"),
        wearing("a short-sleeve dress with pure color patterns"),
        B.color("red"),
        B.garment_type("dress"),
        B.sleeve_length("short"),
        D.details("pure color patterns"),
        D.description("a red dress with a zipper on the side", "unsupported"),
        title="Elle Women Red Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: rust-orange sleeveless top (the seller says Brown; it is plainly rust), white wide-leg trousers, white
    # backdrop. Caption: adapter, stopped. Wearing is a span; details is a fallback.
    case(
        "X839-007",
        caption("a woman in an orange sleeveless top and white pants standing against a white wall"),
        B.color("orange"),
        color_of("pants", "orange", "other_garment_color"),
        B.garment_type("top"),
        wearing("an orange sleeveless top and white pants"),
        B.sleeve_length("sleeveless"),
        D.details("a bow on the back", "unsupported"),
        title="Vero Moda Women Brown Sleeveless Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: blue denim A-line mini skirt with a button placket, grey melange t-shirt tucked in, white sneakers, white
    # backdrop. Caption: adapter, template, looped to the limit. Material, description and details are spans.
    case(
        "X839-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The skirt is with denim "
            "fabric and solid color patterns. The skirt is with denim fabric and solid color patterns. The skirt is "
            "with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        B.material("denim fabric"),
        B.garment_type("skirt"),
        describe("skirt", "a short skirt"),
        details(
            "skirt",
            "denim fabric and solid color patterns. The skirt is with denim fabric and solid color patterns",
            "loop",
        ),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white lace top with short scalloped sleeves, black skinny jeans, white backdrop, front view. Caption:
    # adapter, stopped. Material, description and details are spans.
    case(
        "X839-009",
        caption("a woman wearing a white lace top and black jeans"),
        B.color("black", "other_garment_color"),
        B.pattern("lace"),
        B.material("lace"),
        describe("top", "a white lace top"),
        B.sleeve_length("long", "contradiction"),
        D.details("white", "non_answer"),
        title="Forever 21 Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: sleeveless halter-neck maxi dress, cream ground with a blue, orange and green paisley print, silver bangles
    # on her wrist and a ring, white backdrop. Caption: adapter, template, cut at the limit. Material, details and
    # description are spans.
    case(
        "X839-010",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and it has a "
            "halter neckline. The dress is long. There is an accessory on her wrist. The lady wears a ring. The lady "
            "also wears",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        B.pattern("printed"),
        B.material("cotton fabric", "unsupported"),
        details("dress", "a halter neckline"),
        B.garment_type("dress"),
        is_a("dress", "yes"),
        D.description("The lady also wears", "cut"),
        title="Global Desi Women Multi Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: olive shirt-style top with long sleeves worn down, button front, beige chinos, white backdrop. Caption:
    # adapter, stopped. Wearing is a span; details and description are fallbacks.
    case(
        "X839-011",
        caption("a woman in a green shirt and beige pants"),
        D.details("buttons Question: What is the color of the shirt? Answer: green", "leak"),
        B.color("green"),
        B.garment_type("shirt"),
        B.sleeve_length("long"),
        wearing("a green shirt and beige pants"),
        B.pattern("checked", "contradiction"),
        D.description("he is wearing a green shirt", "pronoun"),
        title="Wrangler Women Olive Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black shirt dress with white polka dots, short sleeves, knee length, black fabric belt at the waist, white
    # backdrop. Caption: adapter, stopped. Details is a span; material is a fallback.
    case(
        "X839-012",
        caption("a woman wearing a black and white polka dot dress with a belt"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("polka dot"),
        B.color("black"),
        details("dress", "a belt"),
        B.sleeve_length("short"),
        B.material("polyester", "unsupported"),
        title="Street 9 Women Black Polka Dot Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon solid knee-length A-line skirt without pockets, black sleeveless top tucked in, no belt, white
    # backdrop. Caption: adapter, template, cut at the limit. Details, description and material are spans.
    case(
        "X839-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and it has two pockets. The lady wears a belt on her",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "it has two pockets", "unsupported"),
        B.color("black", "other_garment_color"),
        B.garment_type("skirt"),
        describe("skirt", "a medium skirt"),
        B.material("cotton fabric", "unsupported"),
        title="Avirate Women Maroon A-Line Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: white top with navy thread embroidery on the yoke, three-quarter sleeves, blue jeans, white backdrop.
    # Caption: adapter, stopped. Details and wearing are spans.
    case(
        "X839-014",
        caption("a woman wearing a white top with blue embroidery and jeans"),
        B.color("white"),
        D.details("blue embroidery"),
        B.sleeve_length("three-quarter"),
        color_of("jeans", "blue"),
        wearing("a white top with blue embroidery and jeans"),
        is_a("kurta", "yes", "contradiction"),
        title="Global Desi Women White Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: teal wrap dress, long sleeves, V-neck, tie at the waist, knee length, nude heels, white backdrop. Caption:
    # adapter, stopped. Wearing is a span; description, details and material are fallbacks.
    case(
        "X839-015",
        caption("a woman in a teal wrap dress with long sleeves"),
        wearing("a teal wrap dress with long sleeves", who="she"),
        D.description("yes", "non_answer"),
        B.color("blue"),
        B.sleeve_length("long"),
        D.details("he is wearing a dress with a belt", "pronoun"),
        B.material("jersey", "unsupported"),
        title="Mango Women Teal Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender peplum top with short flutter sleeves, white skinny jeans, white backdrop; the row has no gender.
    # Caption: adapter, base style, looped to the limit. Wearing and details are spans.
    case(
        "X839-016",
        caption(
            "a woman wearing a purple top and white jeans, a woman wearing a purple top and white jeans, a woman "
            "wearing a purple top and white jeans, a woman wearing a purple top and white",
            "loop",
            hit_limit=True,
        ),
        B.color("purple"),
        B.garment_type("top"),
        wearing("a purple top and white jeans"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("a purple top and white jeans, a woman wearing a purple top", "loop"),
        title="Dressberry Women Lavender Peplum Top",
        category="Tops",
        color="Lavender",
    ),
    # photo: dusty-pink sleeveless skater dress with a lace bodice (the seller says Mauve), white backdrop. Caption:
    # adapter, stopped. Wearing is a span; details is a fallback.
    case(
        "X839-017",
        caption("a woman in a pink lace skirt and top", "contradiction"),
        B.garment_type("dress"),
        wearing("a pink lace skirt and top", "contradiction"),
        B.color("pink"),
        B.pattern("lace"),
        is_a("dress", "yes"),
        D.details("yes", "non_answer"),
        title="Athena Women Mauve Lace Skater Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: flared midi skirt, white ground with red roses, red top tucked in, white backdrop. Caption: adapter,
    # stopped. Description is a span; details and material are fallbacks.
    case(
        "X839-018",
        caption("a woman wearing a red top and a floral skirt"),
        B.color("red", "other_garment_color"),
        B.pattern("floral"),
        describe("skirt", "a floral skirt"),
        D.details("the details of the garment", "restated"),
        B.garment_type("skirt"),
        B.material("cotton", "unsupported"),
        title="SASSAFRAS Women White Floral Print Flared Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: navy sleeveless top with a white chevron print, round neck, white cotton shorts, white backdrop. Caption:
    # adapter, template, cut at the limit. Wearing, details and material are spans.
    case(
        "X839-019",
        caption(
            "The lady wears a sleeveless tank shirt with graphic patterns and a short shorts. The tank shirt is with "
            "chiffon fabric and its neckline is round. The shorts are with cotton fabric and solid color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("navy"),
        B.pattern("solid", "contradiction"),
        wearing("a sleeveless tank shirt with graphic patterns and a short shorts", who="the woman"),
        D.details("its neckline is round"),
        B.sleeve_length("sleeveless"),
        color_of("shorts", "blue", "other_garment_color"),
        B.material("chiffon fabric", "unsupported"),
        title="Mast & Harbour Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow short-sleeve shift dress with white floral embroidery at the hem, white clutch in her hand, white
    # backdrop. Caption: adapter, stopped. Wearing is a span; details and material are fallbacks. The details fallback
    # looped to its limit.
    case(
        "X839-020",
        caption("a woman holding a white purse in a yellow dress"),
        B.color("white", "other_garment_color"),
        B.garment_type("dress"),
        D.details(
            "embroidery on the bottom of the dress, embroidery on the bottom of the dress, embroidery on the bottom "
            "of the dress, embroidery on the",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress"),
        B.sleeve_length("short"),
        B.material("linen", "unsupported"),
        title="FabAlley Women Yellow Embroidered Shift Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange knit top cut like a t-shirt with a pink glitter graphic, short sleeves, black leggings, white
    # backdrop. Caption: adapter, stopped. Description and details are spans.
    case(
        "X839-021",
        caption("a woman wearing a grey t-shirt with a pink graphic print"),
        B.color("pink", "contradiction"),
        B.garment_type("t-shirt"),
        B.pattern("graphic"),
        color_of("leggings", "grey", "other_garment_color"),
        describe("t-shirt", "a grey t-shirt with a pink graphic print"),
        D.details("pink", "non_answer"),
        title="Roadster Women Grey Melange Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive utility midi skirt with two flap pockets at the front, black t-shirt tucked in, model with her hair
    # tied back, white backdrop. Caption: adapter, stopped. Details and wearing are spans; material is a fallback.
    case(
        "X839-022",
        caption("a man wearing a black t-shirt and a green skirt with pockets", "pronoun"),
        B.color("green"),
        details("skirt", "pockets"),
        B.garment_type("skirt"),
        wearing("a black t-shirt and a green skirt with pockets", who="she"),
        color_of("skirt", "black", "other_garment_color"),
        B.material("cotton twill", "unsupported"),
        title="Roadster Women Olive Utility Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black off-shoulder top with long sleeves, blue ripped jeans, no jewellery, white backdrop. Caption:
    # adapter, stopped, with an invented necklace. Details, wearing and description are spans.
    case(
        "X839-023",
        caption("a woman in a black off shoulder top and ripped jeans with a gold necklace", "unsupported"),
        B.color("black"),
        B.sleeve_length("long"),
        D.details("off shoulder"),
        wearing("a black off shoulder top and ripped jeans"),
        D.description("a gold necklace", "unsupported"),
        title="Forever 21 Women Black Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless cotton schiffli A-line dress, round neck, knee length, brown sandals, white backdrop.
    # Caption: adapter, template, looped to the limit. Material, details, description and wearing are spans.
    case(
        "X839-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. It has a round neckline. The dress is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton fabric"),
        B.color("white"),
        B.pattern("solid"),
        details("dress", "It has a round neckline"),
        B.garment_type("dress"),
        D.description("a sleeveless dress with pure color patterns"),
        wearing(
            "a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a round neckline. "
            "The dress is with cotton fabric",
            "loop",
        ),
        title="Mast & Harbour Women White Cotton Schiffli A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: pink longline tunic top to mid-thigh, three-quarter sleeves, white leggings, white backdrop. Caption:
    # adapter, stopped. Wearing and description are spans.
    case(
        "X839-025",
        caption("a woman wearing a pink dress and white leggings", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        color_of("leggings", "white"),
        B.sleeve_length("three-quarter"),
        wearing("a pink dress and white leggings", "contradiction"),
        D.description("pink", "non_answer"),
        title="Global Desi Women Pink Longline Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: beige linen wrap mini skirt with a tie at the side, white crop top, white backdrop. Caption: adapter,
    # stopped. Description is a span; material and details are fallbacks.
    case(
        "X839-026",
        caption("a woman in a beige skirt and a white crop top"),
        B.color("beige"),
        B.material("linen Question: What is the color of the garment? Answer: beige", "leak"),
        B.garment_type("skirt"),
        details("skirt", "a tie on the side"),
        describe("skirt", "a beige skirt"),
        B.pattern("striped", "contradiction"),
        title="Vero Moda Women Beige Linen Wrap Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: black mini dress with small red flowers and a V-neck, open blue denim jacket over it, white sneakers, white
    # backdrop. Caption: adapter, template, cut at the limit. Wearing, material and details are spans.
    case(
        "X839-027",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a short dress with floral "
            "patterns. The jacket is with denim fabric. The dress is with chiffon fabric and its neckline is "
            "V-shape. The",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        B.pattern("floral"),
        wearing("a long-sleeve denim jacket with pure color patterns and a short dress with floral patterns"),
        is_a("dress", "yes"),
        B.material("denim fabric", "contradiction"),
        D.details("its neckline is V-shape. The", "cut"),
        title="Tokyo Talkies Women Black Floral Print Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cream ribbed knit top, short sleeves, under an open olive utility shirt-jacket, black jeans, white
    # backdrop. Caption: adapter, stopped. Material and description are fallbacks.
    case(
        "X839-028",
        caption("a woman wearing a cream top under an olive jacket and black jeans"),
        B.color("cream"),
        B.garment_type("jacket", "contradiction"),
        color_of("jacket", "green"),
        B.sleeve_length("short"),
        B.material("knit"),
        D.description("a black top", "other_garment_color"),
        title="ONLY Women Cream Ribbed Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon velvet bodycon midi dress with long sleeves, no belt, white backdrop. Caption: adapter, stopped,
    # invents a belt. Material, details and description are spans.
    case(
        "X839-029",
        caption("a woman in a maroon velvet dress with long sleeves and a gold belt", "unsupported"),
        B.color("red"),
        B.material("velvet"),
        D.details("long sleeves"),
        D.description("a maroon velvet dress with long sleeves"),
        B.pattern("solid"),
        is_a("skirt", "yes", "contradiction"),
        title="Mango Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy and white striped knee-length pencil skirt, long-sleeve white blouse tucked in, a watch on her wrist,
    # white backdrop. Caption: adapter, template, cut at the limit. Material, description and details are spans.
    case(
        "X839-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a medium skirt with stripe patterns. The "
            "shirt is with chiffon fabric. The skirt is with cotton fabric. There is an accessory on her wrist. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.pattern("striped"),
        B.material("cotton fabric", "unsupported"),
        describe("skirt", "a medium skirt with stripe patterns"),
        B.garment_type("skirt"),
        color_of("shirt", "white"),
        B.sleeve_length("long", "contradiction"),
        D.details("There is an accessory on her wrist. The lady", "cut"),
        title="Miss Chase Women Navy Blue Striped Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red and white gingham checked shirt-style top, short sleeves, blue jeans, white backdrop. Caption: adapter,
    # stopped. Description and details are spans.
    case(
        "X839-031",
        caption("a woman in a red plaid shirt and blue jeans"),
        describe("shirt", "a red plaid shirt"),
        details("shirt", "shirt", "restated"),
        B.pattern("checked"),
        B.color("red"),
        B.sleeve_length("short"),
        color_of("shirt", "blue", "other_garment_color"),
        title="Roadster Women Red & White Checked Shirt",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: peach tiered maxi dress with spaghetti straps, a straw hat in her hand, white backdrop; the row has no
    # gender. Caption: adapter, stopped. Details and material are fallbacks.
    case(
        "X839-032",
        caption("a woman in a long peach dress holding a straw hat"),
        B.color("peach"),
        B.garment_type("dress"),
        B.sleeve_length("sleeveless"),
        D.details("spaghetti straps"),
        is_a("dress", "yes"),
        B.pattern("solid"),
        B.material("chiffon", "unsupported"),
        title="People Women Peach Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # photo: sky-blue cold-shoulder top with short sleeves, white jeans, white backdrop. Caption: adapter, stopped,
    # colors swapped. Wearing is a span; details and material are fallbacks.
    case(
        "X839-033",
        caption("a woman wearing a white top and blue jeans", "contradiction"),
        B.color("white", "other_garment_color"),
        B.garment_type("top"),
        D.details("cold shoulder sleeves"),
        B.sleeve_length("short"),
        wearing("a white top and blue jeans", "contradiction"),
        B.material("polyester Question: What is the color of the top? Answer: blue", "leak"),
        title="Harpa Women Blue Cold Shoulder Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather A-line mini skirt with a front zip, white t-shirt tucked in, white backdrop. Caption:
    # adapter, stopped. Material and description are spans; details is a fallback.
    case(
        "X839-034",
        caption("a woman wearing a white t-shirt and black leather skirt"),
        B.color("black"),
        B.material("leather"),
        describe("skirt", "black", "non_answer"),
        details("skirt", "a zip at the front Question: What is the color of the skirt? Answer: black", "leak"),
        B.garment_type("skirt"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="FOREVER 21 Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange short-sleeve cotton t-shirt dress, knee length, round neck, white sneakers, white backdrop.
    # Caption: adapter, template, cut at the limit. Wearing, material, details and description are spans.
    case(
        "X839-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        B.garment_type("dress"),
        B.color("grey"),
        B.material("cotton fabric"),
        details("dress", "its neckline is round"),
        is_a("dress", "no", "contradiction"),
        D.description("The gentleman wears a long pants", "pronoun"),
        title="Roadster Women Grey Melange Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: emerald green satin camisole top with thin straps, black trousers, white backdrop. Caption: adapter,
    # stopped. Material is a span; details is a fallback. The details fallback came back empty.
    case(
        "X839-036",
        caption("a woman in a green satin top and black pants"),
        B.color("green"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        D.details("", "non_answer"),
        B.garment_type("top"),
        color_of("pants", "green", "other_garment_color"),
        title="Mango Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: mustard wrap midi dress with a small white floral print, short flutter sleeves, white backdrop. Caption:
    # adapter, stopped. Description is a span; material is a fallback.
    case(
        "X839-037",
        caption("a woman in a yellow floral dress"),
        B.pattern("striped", "contradiction"),
        B.color("yellow"),
        D.description("a yellow floral dress"),
        B.material("polyester Question: What is the pattern of the garment? Answer: floral Question:", "leak"),
        B.sleeve_length("short"),
        B.garment_type("skirt", "contradiction"),
        title="Athena Women Mustard Floral Print Wrap Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink layered tulle midi skirt, grey t-shirt tucked in, white backdrop. Caption: adapter, stopped. Material
    # is a span; description and details are fallbacks.
    case(
        "X839-038",
        caption("a woman in a pink tulle skirt and a grey t-shirt"),
        B.color("grey", "other_garment_color"),
        describe("skirt", "a skirt", "restated"),
        B.material("tulle"),
        D.details(
            "the skirt is pink and the skirt is pink and the skirt is pink and the skirt is pink and the skirt is pink "
            "and the skirt is",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        B.pattern("lace", "contradiction"),
        title="SASSAFRAS Women Pink Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: sea-green sleeveless high-neck top with a bow at the neck, front view only, white trousers, white backdrop.
    # Caption: adapter, stopped, invents a back zip. Details and description are spans.
    case(
        "X839-039",
        caption("a woman wearing a mint green top with a bow and a zipper on the back", "unsupported"),
        details("top", "a zipper on the back", "unsupported"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        describe("top", "a mint green top with a bow"),
        B.garment_type("top"),
        color_of("trousers", "green", "other_garment_color"),
        title="Vero Moda Women Sea Green Bow Neck Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black lace sleeveless bodycon dress over a nude lining, knee length, black heels, white backdrop. Caption:
    # adapter, base style, looped to the limit. Wearing and description are spans.
    case(
        "X839-040",
        caption(
            "a woman in a black lace dress with a black lace dress with a black lace dress with a black lace dress "
            "with a black lace dress with a black lace dress with a black lace dress",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("lace"),
        wearing("a black lace dress"),
        B.sleeve_length("short", "contradiction"),
        describe("dress", "a black lace dress with a black lace dress with a black lace dress", "loop"),
        title="Elle Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white top with black polka dots and short puff sleeves, black mini skirt, hair in a bun, white backdrop.
    # Caption: adapter, stopped. Details and material are fallbacks.
    case(
        "X839-041",
        caption("a woman wearing a polka dot blouse and a black skirt, her hair in a bun"),
        B.color("black", "other_garment_color"),
        B.pattern("polka dot"),
        B.garment_type("top"),
        D.details("he has puff sleeves", "pronoun"),
        B.sleeve_length("short"),
        B.material("cotton", "unsupported"),
        title="Harpa Women White Polka Dot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard sunray-pleated georgette midi skirt, black sleeveless top, black heels, white backdrop; the row has
    # no gender. Caption: adapter, template, cut at the limit. Details and material are spans; description is a
    # fallback.
    case(
        "X839-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with chiffon fabric and it has pleats. The lady wears a pair of heels and",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        details("skirt", "it has pleats"),
        D.description("no", "non_answer"),
        B.garment_type("skirt"),
        B.material("chiffon fabric", "unsupported"),
        color_of("skirt", "black", "other_garment_color"),
        title="Dressberry Mustard Pleated Georgette Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # photo: sleeveless midi dress in a blue and white ikat print, tan leather belt, brown sandals, white backdrop.
    # Caption: adapter, stopped. Details is a span; material and description are fallbacks.
    case(
        "X839-043",
        caption("a woman in a blue and white printed dress with a brown belt"),
        B.color("brown", "other_garment_color"),
        B.pattern("printed"),
        details("dress", "a brown belt"),
        B.garment_type("dress"),
        B.sleeve_length("short", "contradiction"),
        B.material("cotton"),
        D.description("the dress", "restated"),
        title="Global Desi Women Blue Printed Cotton Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: coral-red peasant top with long balloon sleeves and smocked cuffs, no lace, blue jeans, white backdrop.
    # Caption: adapter, stopped. Wearing is a span; details and material are fallbacks.
    case(
        "X839-044",
        caption("a woman wearing a red blouse with long sleeves and blue jeans"),
        B.sleeve_length("short", "contradiction"),
        B.color("red"),
        D.details("lace trim on the neckline", "unsupported"),
        wearing("a red blouse with long sleeves and blue jeans"),
        B.garment_type("top"),
        B.pattern("solid"),
        color_of("jeans", "red", "other_garment_color"),
        B.material("the garment is made of", "restated"),
        title="AND Women Red Peasant Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: olive tencel shirt dress, long sleeves, buttons down the front, self belt, knee length, white backdrop.
    # Caption: adapter, stopped. Details and wearing are spans; material and description are fallbacks.
    case(
        "X839-045",
        caption("a woman wearing a green shirt dress with a belt and buttons"),
        B.garment_type("dress"),
        B.color("green"),
        D.details("a belt and buttons"),
        B.material("denim", "unsupported"),
        wearing("a green shirt dress with a belt and buttons", who="she"),
        D.description("a green shirt dress Question: What are the details of the garment? Answer: buttons", "leak"),
        title="Roadster Women Olive Tencel Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton eyelet tiered maxi skirt, navy tank top tucked in, white backdrop. Caption: adapter, template,
    # looped to the limit. Material, description and details are spans.
    case(
        "X839-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and solid color patterns. The skirt is with cotton fabric and solid color patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        B.color("navy", "other_garment_color"),
        B.material("cotton fabric"),
        describe("skirt", "a long skirt"),
        B.garment_type("skirt"),
        B.pattern("solid"),
        is_a("skirt", "yes"),
        D.details("solid color patterns. The skirt is", "cut"),
        title="ONLY Women White Cotton Eyelet Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
]
