"""BLIND_613 (46 products; Myntra evening wear, VQA + epoch-3 captions): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's fifteenth rules): 118/141 failures found (83.7%) and 21/205 correct texts
flagged (10.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned and satin dresses, gowns, bodycon dresses,
satin and metallic tops, co-ord sets, jumpsuits, two party skirts. Catalog photos on a white (once grey) backdrop,
mostly worn by a model in heels, often with a clutch, earrings or a bracelet; tops and skirts are styled with other
garments (black trousers, jeans, a bodysuit, a leather skirt); one flat lay, one back view, one blazer draped over
a slip dress. Seller columns: title, category (article type), color (base colour), gender; a few rows lack one.

Who wrote what: every caption is from the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption),
which writes DeepFashion templates ("The lady wears a sleeveless dress with pure color patterns. The neckline of it
is v-shape.") with no hue names at all, maps sequins, tulle and mesh onto its few fabric words (chiffon, cotton,
furry, knitted), adds wrist accessories, rings and belts that are not there, and, trained without an end token,
often runs to its 50-token limit, either looping on a sentence or stopping mid-sentence. Every answer is from the
VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Closed answers (color, garment type, pattern, sleeve length, "Is this
a ...?") come from enrich's --engine reference, one candidate value each, so they never loop or stop short; their
failures are a wrong value: the heels', clutch's or second garment's color, the wrong garment, a wrong pattern or
sleeve length. Open answers (wearing, describe, details, material, one open color) are free generation at 30
tokens: mostly short and right, sometimes looping on a list, cut mid-list, leaking the "Question: ... Answer:"
format, restating the question, a single word, or "he" for a woman.

Labeling conventions and judgement calls:
- One failure per text: the one a reader notices first. A caption that loops is "loop" even if it also invents a
  fabric; a text that ran to the token limit and stops mid-sentence is "cut" even if a clause in it is wrong.
- hit_limit=True only on texts that ran to their limit (all loops and cuts, leaks that kept going); texts that
  ended on their own (the base model's newline survives the q/k-only LoRA now and then) have hit_limit False.
- The color of the heels, clutch, earrings, a draped blazer, the trousers or skirt worn with a top, or the top under
  a co-ord's blazer, given as the product's color, is "other_garment_color". A wrong color that belongs to the
  product itself (embroidery, a print's spots, the nude lining under lace) or to nothing in the photo is
  "contradiction".
- Closed garment type: "co-ord set" is right for a co-ord; "shirt", "blazer" or "shorts" for a co-ord, "jacket"
  for a slip dress under a blazer, "trousers" for a jumpsuit are "contradiction". A caption that splits a dress or
  jumpsuit into a top and a skirt/pants, or calls a dress a sweater or jacket, is "contradiction".
- Caption vocabulary: DeepFashion's nearest word is right (chiffon for tulle or mesh, v-shape for a cowl or
  sweetheart neck, suspenders for spaghetti straps, lattice for lace, romper for a jumpsuit, "belt" for a self-tie
  waist, graphic for a leopard or abstract print). "pure color" is right for a solid sequinned or satin garment.
- Materials: a fabric the title names differently (cotton or chiffon for a titled satin) is "contradiction"; a
  fabric or fiber nothing states and the photo cannot show (cotton, polyester, crepe, silk for satin, a lining) is
  "unsupported". Sequins are an embellishment, not the base fabric, so "cotton" on a sequinned dress is
  "unsupported". Visible materials (satin, velvet, sequins, lace, tulle, knit) named right are correct.
- Details that cannot be seen from the photo's view (a back zip or open back on a front view, a train, pockets,
  a belt, embroidery on a plain gown, a ring) are "unsupported"; a back zip on the back-view photo is correct.
- A one-word answer to an open describe/details/material question ("strapless", "purple", "yes", "pink") is
  "non_answer"; an answer that only gives the question's words back ("the dress is a dress", "the garment is made
  of material", "the details of the garment are the details of the top") is "restated".
- "he", "his" or "The man" for a Women row is "pronoun"; product 045 has no gender column and no pronoun label.
- Leaks: any "Question:" or "Answer:" in an answer is "leak", including an answer that opens with "Answer:".
- Co-ords named with one color for both pieces ("a pink shirt and pink shorts") are correct; so is "grey" for a
  silver metallic top and "orange" for rust (the seller's color groups).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
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

W = "Women"

BLIND_613 = [
    # photo: silver sequinned sleeveless v-neck bodycon mini dress, silver strappy heels, black clutch in hand, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The neckline of it is v-shape. The dress "
            "is of short length."
        ),
        wearing("a silver sequin dress and silver heels"),
        Q.color("silver"),
        Q.garment_type("dress"),
        Q.pattern("embellished"),
        describe("dress", "a short silver dress with sequins, v neck and no sleeves"),
        D.details(
            "a v neck, no sleeves, sequins all over, a fitted bodycon shape that ends above the knee, worn "
            "with silver heels and a black",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester with a satin lining", "unsupported"),
        title="Athena Women Silver-Toned Sequinned Bodycon Dress",
        category="Dresses",
        color="Silver",
        gender=W,
    ),
    # photo: black satin cowl-neck slip midi dress on spaghetti straps, gold metallic heels, small gold clutch,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-002",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with chiffon fabric. The skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black dress and gold shoes"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        D.description(
            "a black satin dress Question: What is the color of the shoes? Answer: gold Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.details("cowl neck, thin straps, satin fabric, midi length"),
        Q.material("satin"),
        title="SASSAFRAS Women Black Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: emerald green sequinned one-shoulder sleeveless maxi gown with a thigh slit, silver cuff bracelet,
    # silver heels, white backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-003",
        caption(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is of long length. There is "
            "an accessory on her wrist.",
            "contradiction",
        ),
        wearing("she is wearing a silver gown", "other_garment_color"),
        Q.color("green"),
        Q.pattern("embellished"),
        Q.sleeve_length("sleeveless"),
        describe("gown", "a long green gown with one shoulder and a slit on the leg, covered in sequins"),
        details(
            "gown",
            "one shoulder, sequins, slit, one shoulder, sequins, slit, one shoulder, sequins, slit, one "
            "shoulder, sequins",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Ri-Dress Women Green Embellished One-Shoulder Maxi Gown",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: maroon velvet bodycon midi dress, long sleeves, square neck, nude pointed heels, gold hoop earrings,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-004",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The neckline of it is square. "
            "The dress is of medium length."
        ),
        wearing("he is wearing a maroon dress and nude heels", "pronoun"),
        Q.color("brown", "contradiction"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        D.description(
            "a maroon velvet dress with long sleeves and a square neck, fitted to the body, with a zip at the back",
            "unsupported",
        ),
        title="Dorothy Perkins Women Maroon Velvet Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: champagne (beige) satin cami top on spaghetti straps tucked into black wide-leg trousers, black heels,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-005",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and long trousers. The neckline "
            "of the tank top is v-shape. The trousers are with solid color patterns."
        ),
        wearing("a beige top and black pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        describe("top", "a satin camisole with thin straps and a v neck, tucked into black trousers"),
        D.details(
            "thin straps, v neck, satin, tucked into black wide leg trousers with a high waist and a pleat "
            "down the front of each leg and",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Tokyo Talkies Women Beige Satin Cami Top",
        category="Tops",
        color="Beige",
        gender=W,
    ),
    # photo: fuchsia co-ord set, one-shoulder crop top and matching high-waisted mini skirt, silver heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a pink top and a pink skirt"),
        Q.color("pink"),
        Q.garment_type("co-ord set"),
        is_a("dress", "yes", "contradiction"),
        D.description("the set is a co-ord set", "restated"),
        details("set", "one shoulder top, crop length, mini skirt with a high waist"),
        Q.material("lycra"),
        title="Kassually Women Fuchsia Solid Lycra Co-Ord Set",
        category="Co-Ords",
        color="Fuchsia",
        gender=W,
    ),
    # photo: navy blue sleeveless halter jumpsuit with silver beading on the neckline, wide legs, silver clutch,
    # white backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-007",
        caption(
            "The female wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length and "
            "its fabric is chiffon. There is an accessory on her wrist. The neckline of the jumpsuit is "
            "suspenders. The female wears a ring on her finger and there is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jumpsuit"),
        Q.color("silver", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "a navy jumpsuit with a halter neck with silver beads and wide legs"),
        Q.material(
            "crepe Question: What is the color of the jumpsuit? Answer: navy blue Question: Is this a "
            "jumpsuit? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        title="Kazo Women Navy Blue Embellished Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red off-shoulder bodycon mini dress with short sleeves and ruching down one side, black heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "is of short length.",
            "unsupported",
        ),
        wearing("he is wearing a red dress", "pronoun"),
        Q.color("red"),
        Q.garment_type("dress"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.details("ruched on the side, off the shoulder, short, with a zip at the back", "unsupported"),
        title="Sera Women Red Off-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: black sequinned wrap mini dress with full sleeves, red clutch, black heels, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of short length. The dress "
            "is of short length. The dress is of short length. The dress is of short length. The dress is of "
            "short",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress and a red bag"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        color_of("dress", "red", "other_garment_color"),
        describe("dress", "a black wrap dress with sequins and long sleeves, short length"),
        D.details(
            "long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer: long sleeves Answer:",
            "leak",
            hit_limit=True,
        ),
        title="URBANIC Women Black Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: gold shimmer pleated midi skirt worn with a black long-sleeve bodysuit, black heels, white backdrop,
    # front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with pure "
            "color patterns and it is of long length."
        ),
        wearing("a black top and gold skirt"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("solid"),
        is_a("dress", "yes", "contradiction"),
        details(
            "skirt",
            "pleated, shiny, elastic waist, pleated, shiny, elastic waist, pleated, shiny, elastic waist, pleated",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", "restated"),
        title="Trend Arrest Women Gold-Toned Pleated Shimmer Midi Skirt",
        category="Skirts",
        color="Gold",
        gender=W,
    ),
    # photo: lavender tiered ruffled tulle maxi gown, sleeveless with a sweetheart neckline, plain (no embroidery),
    # white backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it "
            "is of long length. The neckline of it is v-shape."
        ),
        wearing("a purple gown"),
        Q.color("lavender"),
        Q.pattern("solid"),
        describe("gown", "it is a long gown with ruffles and flowers embroidered on the skirt", "unsupported"),
        D.details("ruffles", "non_answer"),
        Q.material("tulle"),
        title="Kannahi Women Lavender Tiered Ruffled Maxi Gown",
        category="Dresses",
        color="Lavender",
        gender=W,
    ),
    # photo: rose-gold sequinned A-line mini dress on spaghetti straps with a flared hem, nude heels, no jewellery,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-012",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is of short length. Its "
            "neckline is suspenders. The female wears a ring.",
            "unsupported",
        ),
        wearing("a pink sequin dress"),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "spaghetti straps, sequins, flared hem, spaghetti straps, sequins, flared hem, spaghetti "
            "straps, sequins, flared",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Berrylush Women Rose Gold Sequinned A-Line Mini Dress",
        category="Dresses",
        color="Rose",
        gender=W,
    ),
    # photo: white satin sleeveless corset top with a sweetheart neckline, worn with blue straight jeans, white
    # heels, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with "
            "denim fabric and solid color patterns."
        ),
        wearing("a white top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        describe("top", "a white satin corset top with boning and a sweetheart neckline"),
        D.details(
            "boning on the front, a sweetheart neckline with no straps, a lace up back and a zip on the side "
            "and it is tucked into the blue",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Bershka Women White Satin Corset Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: black one-shoulder wide-leg jumpsuit with a gold buckle belt, gold heels, white backdrop, full length.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-014",
        caption(
            "This lady is wearing a sleeveless romper with pure color patterns. The romper is of long length. "
            "There is a belt around her waist."
        ),
        wearing("a black jumpsuit with a gold belt"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.description("a black jumpsuit with a one shoulder neckline, a gold belt and wide legs"),
        D.details(
            "Question: What are the details of the garment? Answer: one shoulder, belt Question: What are the "
            "details of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("crepe", "unsupported"),
        title="SASSAFRAS Women Black One-Shoulder Belted Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: teal satin long-sleeve wrap top with a black faux-leather mini skirt, black ankle boots, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-015",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with "
            "chiffon fabric and its neckline is v-shape. The skirt is with leather fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a teal blouse and a black leather skirt"),
        Q.color("teal"),
        Q.garment_type("top"),
        Q.pattern("solid"),
        describe("top", "a black leather top with long sleeves", "other_garment_color"),
        Q.material("silk", "unsupported"),
        title="Vero Moda Women Teal Satin Wrap Top",
        category="Tops",
        color="Teal",
        gender=W,
    ),
    # photo: burgundy velvet co-ord, single-button blazer and straight trousers, black lace camisole under the
    # blazer, black heels, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-016",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns and long trousers. The neckline of the "
            "jacket is lapel. The trousers are with pure color patterns."
        ),
        wearing("a red suit"),
        Q.color("burgundy"),
        Q.garment_type("co-ord set"),
        color_of("blazer", "black", "other_garment_color"),
        D.description(
            "a red blazer and red pants with a black top, the blazer has one button and the pants are "
            "straight and long and she is wearing black heels with a pointed toe and a",
            "cut",
            hit_limit=True,
        ),
        details("set", "a velvet blazer with one button and lapels, straight trousers, and a black lace top under it"),
        Q.material(
            "velvet Question: What is the color of the blazer? Answer: red Question: What is the color of "
            "the trousers? Answer: red",
            "leak",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Burgundy Velvet Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Burgundy",
        gender=W,
    ),
    # photo: mustard yellow satin co-ord, oversized long-sleeve shirt and straight trousers, gold heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing(
            "a yellow shirt and yellow pants and a yellow shirt and yellow pants and a yellow shirt and yellow "
            "pants and a yellow",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        D.description("she is wearing a yellow shirt and yellow pants with gold heels"),
        D.details("yes", "non_answer"),
        Q.material("satin"),
        title="Athena Women Mustard Yellow Satin Shirt With Trousers Co-Ord",
        category="Co-Ords",
        color="Mustard",
        gender=W,
    ),
    # photo: black sheer mesh long-sleeve maxi dress with a red rose print, round neck, no pockets, black heels,
    # light grey backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it is "
            "of long length. The neckline of it is round."
        ),
        wearing("a black dress with red flowers"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a black floral dress with long sheer sleeves and a round neck, and it has pockets on the sides",
            "unsupported",
        ),
        Q.material("georgette", "unsupported"),
        title="Label Ritu Kumar Women Black & Red Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: strapless peach tulle ball gown with silver embroidery on the bodice, no bracelet, white backdrop,
    # full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length and its "
            "fabric is chiffon. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a peach gown"),
        Q.color("silver", "contradiction"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        describe("gown", "a strapless peach gown with silver embroidery on the top and a full tulle skirt"),
        details("gown", "strapless", "non_answer"),
        title="Panit Women Peach-Coloured Embellished Tulle Gown",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: silver metallic sleeveless halter top with slim black trousers, silver heels, white backdrop, front
    # view only. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-020",
        caption(
            "The female wears a sleeveless tank top with pure color patterns and a long pants. The pants are with "
            "cotton fabric. The female wears a long pants. The pants are with cotton fabric. The female wears a "
            "long",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a silver top and black pants", "leak"),
        Q.color("grey"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        color_of("top", "black", "other_garment_color"),
        D.details("halter neck, metallic, open back", "unsupported"),
        Q.material("metallic fabric"),
        title="Only Women Silver Metallic Halter Neck Top",
        category="Tops",
        color="Silver",
        gender=W,
    ),
    # photo: cobalt blue knee-length bodycon dress with a square neck and short puff sleeves, white heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The neckline of it is square. The dress "
            "is of medium length. The lady wears a short-sleeve dress with pure color patterns. The neckline of "
            "it is square. The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue dress with white shoes"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        is_a("jumpsuit", "no"),
        describe("dress", "the dress is a dress", "restated"),
        Q.material("cotton", "unsupported"),
        title="Dressberry Women Blue Puff Sleeve Bodycon Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: olive green satin slip midi dress with a black blazer draped over the shoulders, black heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-022",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. The woman wears a long skirt. The "
            "skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a green dress and a black jacket"),
        Q.color("black", "other_garment_color"),
        color_of("dress", "green"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("solid"),
        Q.material("satin"),
        D.details(
            "thin straps, a cowl neck, satin fabric, a black blazer over the shoulders, a midi length and a "
            "slit on the side of the skirt and",
            "cut",
            hit_limit=True,
        ),
        title="MANGO Women Olive Green Satin Slip Midi Dress",
        category="Dresses",
        color="Olive",
        gender=W,
    ),
    # photo: black ruffled party dress with white polka dots, short flutter sleeves, red heels, white backdrop,
    # front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of short length.",
            "contradiction",
        ),
        wearing("a black and white polka dot dress"),
        Q.color("black"),
        Q.pattern("polka dots"),
        is_a("dress", "yes"),
        D.details(
            "ruffles on the sleeves and hem, polka dots, ruffles on the sleeves and hem, polka dots, ruffles "
            "on the sleeves and hem, polka",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Harpa Women Black & White Polka Dot Ruffled Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: magenta one-shoulder ruched bodycon mini dress, black clutch, silver heels, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-024",
        caption("The man wears a sleeveless dress with pure color patterns. The dress is of short length.", "pronoun"),
        wearing("a pink dress"),
        Q.color("magenta"),
        color_of("dress", "black", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        D.description("a pink one shoulder dress that is ruched and tight, with a black bag"),
        D.details(
            "one shoulder, ruched, one shoulder, ruched, one shoulder, ruched, one shoulder, ruched, one "
            "shoulder, ruched, one",
            "loop",
            hit_limit=True,
        ),
        title="Lulu & Sky Women Magenta One-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender=W,
    ),
    # photo: off-white mini dress with long sheer sleeves, feather trim at the cuffs and hem, round neck, gold heels,
    # thin gold bracelet, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and it "
            "is of short length. There is an accessory on her wrist. The neckline of it is round. The lady wears "
            "a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress with feathers"),
        Q.color("cream"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "a white dress with feathers on the hem and the sleeves"),
        D.details("the details of the garment", "restated"),
        Q.material("yes", "non_answer"),
        title="Styli Women Off-White Feather Trim Mini Dress",
        category="Dresses",
        color="Off White",
        gender=W,
    ),
    # photo: black lace bodycon midi dress over a nude lining, sheer lace long sleeves, scalloped hem, round neck,
    # black heels, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-026",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is of medium length. The "
            "neckline of it is round."
        ),
        wearing("a black lace dress"),
        Q.color("nude", "contradiction"),
        Q.pattern("lace"),
        Q.sleeve_length("long sleeves"),
        D.details(
            "sheer lace sleeves with scalloped cuffs, a nude lining under the lace, a round neck, a fitted "
            "waist and a midi hem with a scalloped edge and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Forever New Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: purple sequinned long-sleeve v-neck jumpsuit with flared legs, silver heels, white backdrop, full
    # length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are of long "
            "length.",
            "contradiction",
        ),
        wearing("a silver jumpsuit", "other_garment_color"),
        Q.color("purple"),
        Q.garment_type("trousers", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("jumpsuit", "purple", "non_answer"),
        Q.material("sequins"),
        title="Label Ritu Kumar Women Purple Sequinned Jumpsuit",
        category="Jumpsuit",
        color="Purple",
        gender=W,
    ),
    # photo: coral satin cowl-neck cami top tucked into white wide-leg trousers, tan heels, white backdrop, front
    # view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-028",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns and long pants. The neckline of the "
            "tank top is v-shape. The pants are of long length."
        ),
        wearing("an orange top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        D.description("top", "non_answer"),
        Q.material("satin"),
        D.details(
            "cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl neck, cowl",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Coral Satin Cowl Neck Top",
        category="Tops",
        color="Coral",
        gender=W,
    ),
    # photo: navy blue long-sleeve mini dress with horizontal silver sequin stripes, round neck, silver heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-029",
        caption(
            "The female wears a long-sleeve dress with striped patterns. The dress is of short length. The "
            "neckline of it is round. There is an accessory on her wrist and the female wears a ring. The dress "
            "is with other fabric and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and silver striped dress"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "silver stripes of sequins, long sleeves, round neck, short hem"),
        Q.material("Answer: sequins", "leak"),
        title="Vero Moda Women Navy Blue & Silver Striped Sequinned Mini Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: pink satin co-ord, short-sleeve lapel-collar shirt and matching shorts, no belt, pink heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The neckline of it is lapel. The lady "
            "wears a shorts. The shorts are with pure color patterns."
        ),
        wearing("a pink shirt and pink shorts"),
        Q.color("pink"),
        Q.garment_type("shorts", "contradiction"),
        color_of("shorts", "pink"),
        Q.sleeve_length("short sleeves"),
        D.description("a pink satin shirt with short sleeves and matching shorts, with a belt", "unsupported"),
        Q.material("silk", "unsupported"),
        title="Kotty Women Pink Satin Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender=W,
    ),
    # photo: black velvet long-sleeve jumpsuit with gold buttons down the front, flared legs, no belt, gold heels,
    # white backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-031",
        caption(
            "This lady wears a long-sleeve romper with pure color patterns. The romper is with furry fabric and "
            "it is of long length. The neckline of it is v-shape. There is a belt around her waist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jumpsuit with gold buttons"),
        Q.color("black"),
        color_of("jumpsuit", "gold", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "a black velvet jumpsuit with long sleeves, gold buttons and wide legs"),
        Q.material("velvet"),
        title="Athena Women Black Velvet Jumpsuit With Button Detail",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: red sequinned sleeveless v-neck mermaid gown with a thigh slit, gold heels, white backdrop, front view
    # (no train visible). Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The "
            "neckline of it is v-shape."
        ),
        wearing("he is wearing a red gown with a slit", "pronoun"),
        Q.color("red"),
        color_of("gown", "gold", "other_garment_color"),
        Q.garment_type("dress"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("gown", "v neck, sequins, thigh slit, mermaid hem, and a train at the back", "unsupported"),
        Q.material("sequin"),
        title="Ri-Dress Women Red Sequinned Mermaid Maxi Gown",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: sage green pleated satin midi dress, short flutter sleeves, self-tie at the waist, nude heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-033",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is of medium length. There is a "
            "belt around her waist.",
            "contradiction",
        ),
        wearing("a green dress"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a green pleated dress with short sleeves and a tie at the waist"),
        D.details("pleats, a tie at the waist and a hidden zip on the side", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment "
            "made of? Answer: Question: What material",
            "leak",
            hit_limit=True,
        ),
        title="Sassafras Women Sage Green Pleated Satin Midi Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: leopard print satin slip midi dress (tan ground, black spots) on spaghetti straps, black heels, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-034",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of medium length. The neckline "
            "of it is suspenders. The dress is with chiffon fabric and there is an accessory on her wrist. The "
            "lady wears a ring and the dress is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a leopard print dress"),
        Q.color("black", "contradiction"),
        Q.pattern("animal print"),
        Q.garment_type("dress"),
        D.details(
            "leopard print, thin straps, satin, v neck, leopard print, thin straps, satin, v neck, leopard "
            "print, thin straps, satin",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Glamorous Women Brown Leopard Print Satin Slip Dress",
        category="Dresses",
        color="Brown",
        gender=W,
    ),
    # photo: back view of a black sleeveless bodycon midi dress with sheer mesh side panels and a visible back zip,
    # black heels, white backdrop; the neckline is not visible. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of medium length. The dress "
            "is of medium length. The dress is of medium length. The dress is of medium length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress"),
        Q.color("black"),
        color_of("dress", "black"),
        Q.sleeve_length("sleeveless"),
        D.details("a zip at the back and mesh panels on the sides"),
        D.description("she is wearing a black bodycon dress with a v neck", "unsupported"),
        title="Bebe Women Black Mesh Insert Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: gold sequinned double-breasted blazer dress, long sleeves, mini length, black heels, white backdrop,
    # front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is lapel.",
            "contradiction",
        ),
        wearing("a gold blazer dress"),
        Q.color("gold"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a gold sequin blazer dress with double buttons and long sleeves, short length"),
        D.details(
            "lapels, buttons Question: What is the color of the buttons? Answer: gold Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("the material of the garment is the material", "restated"),
        title="Zink London Women Gold-Toned Sequinned Blazer Dress",
        category="Dresses",
        color="Gold",
        gender=W,
    ),
    # photo: charcoal grey shimmer-knit turtleneck bodycon midi dress, long sleeves, black ankle boots, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-037",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "The neckline of it is stand.",
            "contradiction",
        ),
        wearing("a grey dress and black boots"),
        Q.color("grey"),
        color_of("dress", "black", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        Q.material("knit"),
        D.description(
            "a long grey dress with a high neck and long sleeves, it is fitted and made of knitted fabric "
            "with a shimmer and she is wearing black boots and a",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Charcoal Grey Shimmer Knit Bodycon Dress",
        category="Dresses",
        color="Charcoal",
        gender=W,
    ),
    # photo: turquoise sleeveless one-shoulder top with a ruffle over the shoulder, worn with a white pleated mini
    # skirt, white heels, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The skirt is with "
            "pure color patterns. The lady wears a sleeveless tank top with pure color patterns and a short "
            "skirt. The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue top and a white skirt"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("top", "turquoise"),
        D.details("a ruffle on the shoulder"),
        Q.material("polyester", "unsupported"),
        title="Berrylush Women Turquoise Blue One-Shoulder Ruffled Top",
        category="Tops",
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: black co-ord set, sequinned bralette top and black sequinned midi skirt, silver heels, white backdrop,
    # full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is of long "
            "length."
        ),
        wearing("a black top and a black skirt"),
        Q.color("silver", "other_garment_color"),
        Q.garment_type("co-ord set"),
        Q.pattern("embellished"),
        describe("set", "black", "non_answer"),
        details(
            "set",
            "sequins, bralette, midi skirt, sequins, bralette, midi skirt, sequins, bralette, midi skirt, "
            "sequins, bralette",
            "loop",
            hit_limit=True,
        ),
        Q.material("sequins"),
        title="Tokyo Talkies Women Black Sequinned Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender=W,
    ),
    # photo: white sequinned strapless jumpsuit with straight legs, clear heels, white backdrop, full length.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-040",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is of long length and it is "
            "with cotton fabric.",
            "unsupported",
        ),
        wearing("he is wearing a white jumpsuit", "pronoun"),
        Q.color("white"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        D.description("a strapless white jumpsuit with sequins and straight legs"),
        D.details("the details are the details of the jumpsuit", "restated"),
        title="URBANIC Women White Sequinned Strapless Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: maroon satin pleated maxi skirt with a fitted black long-sleeve top tucked in, black heels, white
    # backdrop, full length. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-041",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black top and a red skirt"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("solid"),
        describe("skirt", "a long maroon satin skirt with pleats"),
        Q.material("satin"),
        title="SASSAFRAS Women Maroon Satin Pleated Maxi Skirt",
        category="Skirts",
        color="Maroon",
        gender=W,
    ),
    # photo: sleeveless round-neck bodycon midi dress with an abstract print of orange, blue and green swirls on
    # white, white heels, white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-042",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of medium length. The neckline "
            "of it is round."
        ),
        wearing("a colorful printed dress"),
        Q.color("multi"),
        Q.pattern("abstract"),
        color_of(
            "dress",
            "orange and blue and green and orange and blue and green and orange and blue and green and "
            "orange and blue and green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("sleeveless, round neck, fitted, printed, a slit at the back", "unsupported"),
        title="Mast & Harbour Women Multicoloured Abstract Print Bodycon Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: flat lay, no model: rust satin cowl-neck top with wide straps laid on a white surface.
    # Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-043",
        caption("The tank top is with pure color patterns and its neckline is v-shape. The tank top has no sleeves."),
        wearing("an orange top"),
        Q.color("orange"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        is_a("shirt", "yes", "contradiction"),
        D.description("a rust colored satin top with a draped neck and wide straps"),
        D.details("the details of the garment are the details of the top", "restated"),
        Q.material("satin"),
        title="Roadster Women Rust Solid Satin Cowl Top",
        category="Tops",
        color="Rust",
        gender=W,
    ),
    # photo: lilac sequinned co-ord, single-button blazer and shorts, white camisole under the blazer, silver heels,
    # white backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-044",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a shorts. The neckline of the jacket "
            "is lapel. The shorts are with pure color patterns.",
            "pronoun",
        ),
        wearing("a purple jacket and purple shorts with a white top"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        details("set", "sequins, lapels, one button, short shorts"),
        Q.material("sequined fabric"),
        title="Kazo Women Lilac Sequinned Blazer & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender=W,
    ),
    # photo: brown satin wrap midi dress, long sleeves, v-neck, self-tie waist, gold heels and gold hoop earrings,
    # white backdrop, front view. Feed row has no gender. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. The "
            "neckline of it is v-shape. There is a belt around her waist."
        ),
        wearing("a brown dress"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a brown wrap dress with long sleeves, a v neck and a tie at the waist, made of silk",
            "unsupported",
        ),
        D.details(
            "wrap, tie Question: What is the color of the shoes? Answer: gold Question: What is the color of "
            "the earrings?",
            "leak",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Berrylush Women Brown Satin Wrap Midi Dress",
        category="Dresses",
        color="Brown",
    ),
    # photo: baby pink sleeveless bodycon mini dress with a feather-trimmed hem, pink heels, no jewellery, white
    # backdrop, front view. Caption: caption adapter epoch 3; answers: VQA adapter.
    case(
        "X613-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric and it is "
            "of short length. The neckline of it is suspenders. There is an accessory on her wrist. The lady "
            "wears a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress with feathers at the bottom and pink heels"),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.pattern("floral", "contradiction"),
        D.details("the hem has feathers"),
        Q.material("pink", "non_answer"),
        title="Dressberry Women Pink Feather Hem Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
]
