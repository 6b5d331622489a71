"""BLIND_721 (46 products; Myntra women's dresses/tops/skirts, caption+QA): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 95/122 failures found (77.9%) and 9/179 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (Dresses, Tops, Skirts), one catalog photo per product, mostly
worn by a model on a white or light studio backdrop with other clothes (jeans, trousers, a tee under a skirt, a blazer
over a dress, shoes). The job captions each photo, then answers the open questions with an extractive QA model over
the caption, and asks one color question per visible piece ("What is the color of the skirt?", "... of the top?").

Who wrote what: captions come from base BLIP-2 OPT-2.7b (short lowercase captions, stops on the newline) for 31
products, and from the caption adapters for 15 (epoch 1 keeps some hue words; epoch 3 writes the pure DeepFashion
template with pattern words only). The adapters were trained without an end token, so every adapter caption runs to
the 50-token limit: cut mid-sentence, looping a template sentence, or running on into "Question: ... Answer:".
Open answers (wearing, describe, details, material, the per-piece colors) are spans picked from the caption by
mdeberta-v3-base-squad2: they carry the caption's errors, pick the wrong garment's color out of a two-garment
caption, come back empty, or return a bare garment word. Closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?") come from the reference engine, one candidate each.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. An adapter caption that hit the limit is labeled loop when a sentence
  repeats, leak when it runs into "Question:", cut otherwise; invented details inside it are labeled on the extracted
  answers that carry them, not on the caption. One adapter caption (X721-036) ends on a whole phrase at the limit and
  is labeled for its "His" (pronoun), with hit_limit=True.
- An extracted span that ends mid-phrase (the caption was cut there, or the span stopped short) is cut, hit_limit
  False: the QA model itself has no token limit.
- A pattern word ("pure color", "floral patterns"), an empty span, or a non-color span given to a color question is a
  non_answer; so is an empty material answer.
- A bare garment word, or "a woman", as the answer to describe/details/wearing is restated.
- An open color answer that gives the product (or the piece asked about) the color of another worn piece or shoe is
  other_garment_color. A closed color answer that picks another piece's color, and an open color taken from the
  backdrop, are contradiction (the seller's color or the photo contradicts them).
- Wrong hue, wrong sleeve length, wrong pattern or wrong garment type, in a caption or an answer: contradiction.
  Navy read as black is a contradiction; maroon/burgundy answered "maroon" or "red", teal answered "blue", khaki
  answered "beige" and coral answered "pink" are correct (same family).
- A material is correct when the title names it or it is plain in the photo (denim, lace, sequins, leather look,
  satin sheen); a material the title contradicts, or one named only by the caption with nothing behind it, is
  unsupported. "leather" for a faux-leather skirt counts as correct. Chiffon for a georgette title is unsupported.
- Accessories, belts, bows, slits, trims, props (a coffee cup, a necklace) not in the photo are unsupported. A tie belt
  that the wrap dress really has is correct; backdrops named correctly (pink wall) are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def piece(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, answered by the extractive QA model (open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_721 = [
    # photo: navy A-line dress with small white flowers, short sleeves, knee length, white sneakers, white backdrop,
    # front view. Caption by base BLIP-2, open answers extracted by mdeberta, closed by the reference engine.
    case(
        "X721-001",
        caption("a woman in a navy blue floral print dress standing against a white wall"),
        wearing("a navy blue floral print dress"),
        piece("dress", "navy blue"),
        describe("dress", "navy blue floral print"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        title="Roadster Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless bodycon dress, red pointed heels, white backdrop, full-length front view.
    # Base caption; QA picks the shoes' red for the dress.
    case(
        "X721-002",
        caption("a woman in a black dress and red shoes posing for a photo"),
        piece("dress", "red", "other_garment_color"),
        wearing("a black dress and red shoes"),
        details("dress", "posing for a photo", "non_answer"),
        Q.color("black"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Vero Moda Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow top with short ruffled sleeves, polyester crepe sheen, worn with mid-blue jeans, no
    # jewellery, white backdrop. Caption by the epoch-1 caption adapter (ran to 50 tokens), QA over it.
    case(
        "X721-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long denim pants"),
        piece("top", "pure color", "non_answer"),
        details("top", "a ring on her", "cut"),
        Q.material("cotton", "unsupported"),
        Q.color("mustard"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeve"),
        title="Harpa Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black pleated midi skirt, white crew-neck tee tucked in, white backdrop, front view. Base caption.
    case(
        "X721-004",
        caption("a woman wearing a white t-shirt and a black pleated skirt"),
        piece("skirt", "white", "other_garment_color"),
        piece("t-shirt", "white"),
        describe("skirt", "black pleated skirt"),
        Q.color("black"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: red maxi dress with white and yellow flowers, long sleeves, light grey backdrop, front view.
    # Base caption gets the sleeves wrong; QA carries it.
    case(
        "X721-005",
        caption("a woman in a red floral maxi dress with short sleeves", "contradiction"),
        wearing("a red floral maxi dress"),
        piece("dress", "red"),
        details("dress", "short sleeves", "contradiction"),
        Q.material("", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="Tokyo Talkies Women Red Floral Print Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white boat-neck top with thin navy horizontal stripes, 3/4 sleeves, black trousers, white backdrop.
    # Base caption; QA gives the trousers the top's colors.
    case(
        "X721-006",
        caption("a woman wearing a blue and white striped shirt and black pants"),
        piece("top", "blue and white"),
        piece("pants", "blue and white", "other_garment_color"),
        describe("top", "striped shirt"),
        details("top", "shirt", "restated"),
        Q.color("blue", "contradiction"),
        Q.pattern("striped"),
        title="ONLY Women White & Navy Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green cotton shirt dress, long sleeves, shirt collar, button front, brown belt, white backdrop.
    # Caption by the epoch-1 adapter, looping its first sentence until the limit.
    case(
        "X721-007",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a lapel neckline. The female is wearing a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        piece("dress", "pure color", "non_answer"),
        details("dress", "a lapel neckline"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        Q.color("olive"),
        title="AND Women Olive Green Solid Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: pink sleeveless ribbed crop top, light-wash high-waist jeans, bare neck, white backdrop. Base caption
    # invents a necklace.
    case(
        "X721-008",
        caption("a woman in a pink crop top and jeans with a gold necklace", "unsupported"),
        piece("top", "pink"),
        piece("jeans", "pink", "other_garment_color"),
        wearing("a pink crop top and jeans"),
        describe("top", "top", "restated"),
        Q.sleeve_length("sleeveless"),
        title="FOREVER 21 Women Pink Ribbed Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: beige suede-finish A-line mini skirt, black turtleneck sweater, bare wrists, white backdrop.
    # Caption by the epoch-3 adapter (template, no hue words), cut at the limit.
    case(
        "X721-009",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a short skirt. The sweater is "
            "with knitting fabric. The skirt is with denim fabric and pure color patterns. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a short skirt"),
        Q.material("denim", "unsupported"),
        piece("skirt", "pure color", "non_answer"),
        Q.color("black", "contradiction"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        title="Mango Women Beige Suede Finish A-Line Mini Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard-yellow wrap dress with small white flowers, V-neck, flutter sleeves, white backdrop. Base caption.
    case(
        "X721-010",
        caption("a woman wearing a yellow floral wrap dress with a v-neck"),
        piece("dress", "yellow"),
        describe("dress", "yellow floral wrap dress with a v-neck"),
        details("dress", "a v-neck"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        title="Berrylush Women Mustard Yellow Floral Print Wrap Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon long-sleeve shirt-style top tucked into white jeans, one hand on hip, white backdrop.
    # Base caption with "his".
    case(
        "X721-011",
        caption("a woman in a maroon shirt and white jeans with his hand on his hip", "pronoun"),
        piece("top", "white", "other_garment_color"),
        piece("jeans", "white"),
        wearing("a maroon shirt and white jeans"),
        describe("top", "maroon shirt"),
        details("top", "his hand on his hip", "pronoun"),
        Q.color("maroon"),
        Q.garment_type("top"),
        title="Mast & Harbour Women Maroon Solid Shirt Style Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black fit-and-flare dress with white polka dots, cap sleeves, no belt, white backdrop. Base caption.
    case(
        "X721-012",
        caption("a woman in a black and white polka dot dress with a red belt", "unsupported"),
        wearing("a black and white polka dot dress"),
        piece("dress", "black and white"),
        details("dress", "a red belt", "unsupported"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.color("black"),
        title="DressBerry Women Black Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim A-line skirt with button front, white sleeveless tank top, white backdrop.
    # Caption by the epoch-1 adapter, looping; QA's wearing span stops short.
    case(
        "X721-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short denim skirt. The tank top is "
            "with cotton fabric. The lady wears a sleeveless tank top with pure color patterns and a short denim "
            "skirt. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a short", "cut"),
        piece("tank top", "", "non_answer"),
        Q.material("denim"),
        Q.color("blue"),
        is_a("dress", "no"),
        title="Roadster Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: coral-pink peplum top with short sleeves, black skinny jeans, white backdrop. Base caption.
    case(
        "X721-014",
        caption("a woman in a pink peplum top and black jeans"),
        piece("top", "pink"),
        piece("jeans", "pink", "other_garment_color"),
        describe("top", "a pink peplum top"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.color("pink"),
        title="Athena Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: white lace sleeveless sheath dress, pale pink painted wall behind, nude heels. Base caption names the
    # wall; QA takes the wall's pink for the dress.
    case(
        "X721-015",
        caption("a woman in a white lace dress standing in front of a pink wall"),
        piece("dress", "pink", "contradiction"),
        wearing("a white lace dress"),
        Q.material("lace"),
        details("dress", "white lace"),
        Q.color("white"),
        title="Sera Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: sheer emerald green chiffon top with white leaf print, short sleeves, white cotton shorts, white
    # backdrop. Caption by the epoch-1 adapter, running on into the question format.
    case(
        "X721-016",
        caption(
            "The female is wearing a short-sleeve shirt with graphic patterns and a shorts. The shirt is with chiffon "
            "fabric. The shorts are with cotton fabric. Question: what is the color of the shirt? Answer: green",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a shorts"),
        piece("top", "green"),
        piece("shorts", "green", "other_garment_color"),
        Q.material("chiffon"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        title="Vero Moda Women Green Leaf Print Chiffon Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: mustard flared midi skirt with a tiny white floral print, black sleeveless crop top, bare wrists, grey
    # backdrop. Caption by the epoch-1 adapter (keeps hues), cut at the limit.
    case(
        "X721-017",
        caption(
            "The lady wears a sleeveless black top and a long yellow skirt. The skirt is with cotton fabric and "
            "floral patterns. The top is with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "yellow"),
        piece("top", "yellow", "other_garment_color"),
        describe("skirt", "a long yellow skirt"),
        details("skirt", "floral patterns"),
        Q.pattern("solid", "contradiction"),
        Q.color("yellow"),
        title="Tokyo Talkies Women Mustard Yellow Printed Flared Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: light-wash denim shirt dress, short rolled sleeves, white sneakers, white backdrop. Base caption.
    case(
        "X721-018",
        caption("a woman in a denim shirt dress and white sneakers"),
        piece("dress", "white", "other_garment_color"),
        Q.material("denim"),
        wearing("a denim shirt dress and white sneakers"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("dress", "yes"),
        title="ONLY Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white top with tonal embroidery on the yoke, 3/4 sleeves, blue jeans, white backdrop. Base caption.
    case(
        "X721-019",
        caption("a woman in a white embroidered top and blue jeans"),
        piece("top", "white"),
        piece("jeans", "blue"),
        details("top", "embroidered"),
        Q.color("white"),
        Q.sleeve_length("three-quarter sleeve"),
        title="Harpa Women Off-White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: burgundy velvet midi dress, long sleeves, high neck, small gold earrings, white backdrop. Caption by the
    # epoch-3 adapter, stuck on its fabric sentence; the describe span lands inside the loop.
    case(
        "X721-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        describe("dress", "cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric", "loop"),
        piece("dress", "pure color", "non_answer"),
        Q.material("cotton", "unsupported"),
        Q.color("maroon"),
        Q.garment_type("dress"),
        title="Mango Women Burgundy Solid Velvet Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black sleeveless lace crop top, light grey trousers, white backdrop. Base caption calls the trousers
    # black too.
    case(
        "X721-021",
        caption("a woman in a black lace top and black pants", "contradiction"),
        piece("top", "black"),
        piece("pants", "black", "other_garment_color"),
        describe("top", "black lace top"),
        Q.material("lace"),
        Q.sleeve_length("sleeveless"),
        title="StyleStone Women Black Lace Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy pencil skirt with white windowpane checks, white shirt tucked in, white backdrop. Base caption.
    case(
        "X721-022",
        caption("a woman in a white shirt and a navy blue plaid skirt"),
        piece("skirt", "navy blue"),
        piece("shirt", "navy blue", "other_garment_color"),
        describe("skirt", "plaid"),
        Q.pattern("checked"),
        is_a("dress", "yes", "contradiction"),
        title="AND Women Navy Blue Checked Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: baby pink sleeveless tiered maxi dress with ruffled tiers, white backdrop. Base caption puts the ruffles
    # on sleeves the dress does not have.
    case(
        "X721-023",
        caption("a woman wearing a pink dress with ruffles on the sleeves", "unsupported"),
        piece("dress", "pink"),
        details("dress", "ruffles on the sleeves", "unsupported"),
        describe("dress", "dress", "restated"),
        wearing("a pink dress"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink"),
        title="Athena Women Pink Solid Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cotton long-sleeve top with a tie at the hem, black jeans, no hat, white backdrop. Caption by
    # the epoch-1 adapter, cut at the limit.
    case(
        "X721-024",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is a hat on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        details("top", "a hat", "unsupported"),
        Q.material("cotton"),
        piece("top", "long-sleeve", "non_answer"),
        Q.color("green"),
        title="Roadster Women Olive Green Solid Cotton Tie-Up Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: shift dress in blue and white vertical stripes, short sleeves, straw tote in hand, white backdrop.
    # Base caption.
    case(
        "X721-025",
        caption("a woman in a blue and white striped dress holding a straw bag"),
        piece("dress", "blue and white"),
        wearing("a blue and white striped dress"),
        details("dress", "striped"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        is_a("skirt", "no"),
        title="Vero Moda Women Blue & White Striped Shift Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt, grey chunky knit sweater, black ankle boots, white backdrop. Base caption.
    case(
        "X721-026",
        caption("a woman in a grey sweater and a black leather skirt"),
        piece("skirt", "black"),
        piece("sweater", "black", "other_garment_color"),
        Q.material("leather"),
        describe("skirt", "a black leather skirt"),
        Q.color("grey", "contradiction"),
        title="FOREVER 21 Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: plain red off-shoulder top with long sleeves, no trim, white jeans, white backdrop. Base caption invents
    # a lace trim.
    case(
        "X721-027",
        caption("a woman in a red off the shoulder top with lace trim and white jeans", "unsupported"),
        piece("top", "red"),
        piece("jeans", "red", "other_garment_color"),
        details("top", "lace trim", "unsupported"),
        Q.sleeve_length("long sleeve"),
        Q.color("red"),
        title="ONLY Women Red Solid Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: green crepe A-line dress with pink flowers, 3/4 sleeves, round neck, bare wrists, white backdrop.
    # Caption by the epoch-1 adapter, restarting its first sentence at the limit.
    case(
        "X721-028",
        caption(
            "The female wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. His dress "
            "has a round neckline. The female wears a medium-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns. The dress is with", "cut"),
        details("dress", "His dress has a round neckline", "pronoun"),
        piece("dress", "floral patterns", "non_answer"),
        Q.material("chiffon", "unsupported"),
        Q.color("green"),
        Q.pattern("floral"),
        title="Harpa Women Green Floral Printed Crepe A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white short-sleeve tee-style top with black "PARIS" lettering, blue denim shorts, white backdrop.
    # Base caption.
    case(
        "X721-029",
        caption("a woman wearing a white t-shirt with the word paris on it and denim shorts"),
        piece("top", "white"),
        piece("shorts", "white", "other_garment_color"),
        describe("top", "a white t-shirt with the word paris on it"),
        Q.pattern("graphic"),
        Q.garment_type("shorts", "contradiction"),
        title="Tokyo Talkies Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sequinned bodycon dress, long sleeves, no slit, dark grey backdrop, front view. Base caption.
    case(
        "X721-030",
        caption("a woman in a black sequin dress with long sleeves and a slit", "unsupported"),
        piece("dress", "black"),
        Q.material("sequin"),
        details("dress", "long sleeves and a slit", "unsupported"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("silver", "contradiction"),
        title="AND Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: plain khaki A-line knee skirt, white tee, open light-blue denim jacket, white backdrop. Caption by the
    # epoch-1 adapter (keeps hues), cut at the limit.
    case(
        "X721-031",
        caption(
            "The lady wears a white T-shirt and a khaki skirt. The T-shirt is with cotton fabric. The skirt is with "
            "cotton fabric and pure color patterns. She wears an outer clothing with denim fabric. Her outer",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "khaki"),
        piece("t-shirt", "khaki", "other_garment_color"),
        wearing("a white T-shirt and a khaki skirt"),
        details("skirt", "an outer clothing with denim fabric. Her outer", "cut"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        title="Mast & Harbour Women Khaki Solid A-Line Skirt",
        category="Skirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: lavender satin camisole with spaghetti straps, black trousers, white backdrop. Base caption.
    case(
        "X721-032",
        caption("a woman in a purple satin top and black pants"),
        piece("top", "purple"),
        piece("pants", "purple", "other_garment_color"),
        Q.material("satin"),
        describe("top", "a purple satin top"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink", "contradiction"),
        title="Vero Moda Women Lavender Solid Satin Camisole",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: peach cotton skater dress, short sleeves, round neck, white backdrop. Caption by the epoch-3 adapter,
    # running on into the question format; QA takes the color from after "Answer:".
    case(
        "X721-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. Question: What is the color of the dress? Answer: The dress is with cotton fabric",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        details("dress", "a round neckline"),
        piece("dress", "The dress is with cotton fabric", "non_answer"),
        Q.material("cotton"),
        Q.color("pink"),
        title="Berrylush Women Peach-Coloured Solid Cotton Skater Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: yellow ribbed square-neck top, short sleeves, white A-line skirt without a belt, white backdrop.
    # Base caption.
    case(
        "X721-034",
        caption("a woman in a yellow top and a white skirt with a belt", "unsupported"),
        wearing("a yellow top and a white skirt", who="she"),
        piece("top", "yellow"),
        piece("skirt", "yellow", "other_garment_color"),
        details("top", "top", "restated"),
        Q.sleeve_length("short sleeve"),
        title="FOREVER 21 Women Yellow Ribbed Square Neck Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal wrap dress, long sleeves, self tie belt at the waist, white backdrop. Base caption.
    case(
        "X721-035",
        caption("a woman in a teal wrap dress with long sleeves and a belt"),
        piece("dress", "teal"),
        wearing("a teal wrap dress"),
        details("dress", "long sleeves and a belt"),
        Q.color("blue"),
        Q.sleeve_length("long sleeve"),
        title="Kazo Women Teal Solid Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white chiffon tiered maxi skirt with blue flowers, blue sleeveless tank, thin silver bracelet, white
    # backdrop. Caption by the epoch-1 adapter, stopped by the limit at a phrase end.
    case(
        "X721-036",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. His tank top has no sleeves. There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt"),
        piece("skirt", "floral patterns", "non_answer"),
        details("tank top", "His tank top has no sleeves", "pronoun"),
        Q.material("chiffon"),
        Q.color("white"),
        Q.pattern("floral"),
        title="Sera Women White Floral Print Chiffon Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: black long-sleeve wrap top, blue jeans, hands in the jeans' pockets, white backdrop. Base caption.
    case(
        "X721-037",
        caption("a woman wearing a black wrap top and blue jeans with his hands in his pockets", "pronoun"),
        wearing("a black wrap top and blue jeans"),
        piece("top", "black"),
        piece("jeans", "black", "other_garment_color"),
        describe("top", "black wrap top"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="DressBerry Women Black Solid Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: maroon sleeveless sheath dress under an open black blazer, white backdrop. Base caption.
    case(
        "X721-038",
        caption("a woman in a black blazer and a red dress"),
        piece("dress", "black", "other_garment_color"),
        piece("blazer", "black"),
        wearing("a black blazer and a red dress"),
        Q.color("maroon"),
        Q.garment_type("jacket", "contradiction"),
        is_a("dress", "yes"),
        title="U&F Women Maroon Solid Sheath Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink, blue and yellow tie-dye top, short sleeves, white shorts, white backdrop. Caption by the epoch-1
    # adapter (keeps hues), running into the question format; one QA span keeps the "Answer:".
    case(
        "X721-039",
        caption(
            "a woman wearing a colorful tie dye shirt and white shorts. The shirt is with cotton fabric and color "
            "block patterns. Question: what is the woman wearing? Answer: a colorful tie dye shirt and white shorts",
            "leak",
            hit_limit=True,
        ),
        wearing("Answer: a colorful tie dye shirt and white shorts", "leak"),
        piece("top", "white", "other_garment_color"),
        piece("shorts", "white"),
        details("top", "tie dye"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        title="Athena Women Multicoloured Tie-Dye Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: red and black tartan A-line mini skirt, black tee tucked in, white backdrop. Base caption.
    case(
        "X721-040",
        caption("a woman wearing a black t-shirt and a red plaid skirt"),
        piece("skirt", "red"),
        piece("t-shirt", "red", "other_garment_color"),
        describe("skirt", "a red plaid skirt"),
        details("skirt", "skirt", "restated"),
        Q.pattern("checked"),
        Q.color("black", "contradiction"),
        title="Roadster Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: black georgette maxi dress with red roses, long sleeves, bare wrists, white backdrop. Caption by the
    # epoch-3 adapter, running into the question format; QA pulls the leaked pair as the description.
    case(
        "X721-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. Question: What is the color of the dress? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        piece("dress", "black"),
        Q.material("chiffon", "unsupported"),
        details("dress", "an accessory on her wrist", "unsupported"),
        describe("dress", "Question: What is the color of the dress? Answer: black", "leak"),
        Q.color("black"),
        title="Tokyo Talkies Women Black Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy shirt-style top with white polka dots, long sleeves, beige trousers, white backdrop. Base caption
    # reads the navy as black.
    case(
        "X721-042",
        caption("a woman in a black polka dot shirt and beige pants", "contradiction"),
        piece("top", "black", "contradiction"),
        piece("pants", "beige"),
        describe("top", "a black polka dot shirt", "contradiction"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="ONLY Women Navy Blue & White Polka Dot Print Shirt Style Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange short-sleeve t-shirt dress, white sneakers, empty hands, white backdrop. Base caption
    # invents a coffee cup.
    case(
        "X721-043",
        caption("a woman in a grey t-shirt dress and white sneakers holding a coffee cup", "unsupported"),
        piece("dress", "grey"),
        wearing("a grey t-shirt dress"),
        Q.material("", "non_answer"),
        details("dress", "holding a coffee cup", "unsupported"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        title="Mast & Harbour Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: blush pink satin pleated midi skirt, white long-sleeve sweater, white backdrop. Caption by the epoch-1
    # adapter, looping its fabric sentence.
    case(
        "X721-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with cotton fabric and pure color patterns. The skirt is with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long skirt"),
        Q.material("cotton", "unsupported"),
        piece("skirt", "pure color patterns", "non_answer"),
        describe("skirt", "pure color patterns. The skirt is with cotton fabric and pure color", "loop"),
        Q.color("pink"),
        is_a("dress", "yes", "contradiction"),
        title="Mango Women Pink Satin Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black top with short puff sleeves, white wide-leg trousers, white backdrop. Base caption.
    case(
        "X721-045",
        caption("a woman wearing a black top with puffy sleeves and white pants"),
        wearing("a black top with puffy sleeves and white pants", who="she"),
        piece("top", "black"),
        piece("pants", "white"),
        details("top", "puffy sleeves"),
        Q.sleeve_length("short sleeve"),
        is_a("skirt", "yes", "contradiction"),
        title="SASSAFRAS Women Black Solid Puff Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue off-shoulder bardot dress, no bow, silver strappy heels, light grey studio backdrop.
    # Base caption invents a bow; QA gives the dress the heels' silver.
    case(
        "X721-046",
        caption("a woman in a blue off the shoulder dress with a bow and silver heels", "unsupported"),
        piece("dress", "silver", "other_garment_color"),
        wearing("a woman", "restated", who="the woman"),
        details("dress", "a bow", "unsupported"),
        describe("dress", "off the shoulder"),
        Q.color("blue"),
        title="Athena Women Blue Solid Off-Shoulder Bardot Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
]
