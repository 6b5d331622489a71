"""BLIND_1623 (45 products; Myntra women's ethnic wear): written blind in the sixty-sixth session. Measured blind at
0f3a531 (the session's sixth rules): 40/66 failures found (60.6%) and 30/185 correct texts flagged (16.2%). The
writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings,
churidars, palazzos or trousers, kurta sets with a dupatta, ethnic gowns and ethnic dresses. Mostly a model on a
plain light backdrop, a few flat lays, two back views. Catalog columns as the feed has them: title, category (the
article type: Kurtas, Kurta Sets, Ethnic Dresses), color (the base colour) and gender; a few rows miss one column.
Who wrote what: every caption is the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3) on
BLIP-2 OPT-2.7b, unprompted, 50 new tokens at most; it speaks the DeepFashion-MultiModal template, so it has no
word for kurta, dupatta or anarkali, names patterns not hues, and knows only its fabrics (cotton, chiffon, denim,
furry, knitting...). Open questions (what is she wearing, describe, details, material) are answered by the
extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption, so they are spans of the caption or
empty. Closed questions (garment type, color, pattern, sleeve length, the color of a named garment, "Is this a
...?") come from the reference engine ranking a closed candidate set.
Labeling conventions and judgement calls:
- One label per text, the main fault. A caption that ran to the 50-token limit is marked hit_limit and labelled
  cut when it stops mid-sentence, loop when it went round the template again.
- The caption's "dress" for an anarkali or a long kurta is left unmarked (the adapter has no better word), but
  "shirt", "tank top" or "jacket" for a kurta or a dress is a contradiction of the title. A closed answer has
  "kurta" among its candidates, so a closed "dress" (or "yes" to "Is this a dress/gown?") for a kurta is marked.
- Near hues count as right: maroon/red, navy/blue, teal/green or blue, mustard/yellow, magenta/pink, rust/orange,
  peach or mauve/pink, lavender/purple, cream/white. Beige called white, burgundy called purple, navy called black
  are marked contradiction. A closed color that is the leggings', palazzos' or dupatta's color (or the kurta's
  color given to the bottom) is other_garment_color.
- A fabric that differs from the one the title names (rayon, net, silk blend, velvet, georgette, chambray) is
  unsupported, in the caption and in the material answer; without a fabric in the title, cotton or chiffon for a
  fabric that looks like it is left unmarked. Invented accessories (a ring, a hat, a wrist accessory that is not
  there) and invented patterns are unsupported.
- An empty extractive answer is non_answer; "long" or "long leggings" for the leggings' details says nothing and is
  non_answer; a wrist accessory given as the gown's details is non_answer too.
- Correct-but-thin answers ("round neckline" for a kurta's details, "stand" for a mandarin collar) are unmarked.
- No leaks: nothing in this pipeline feeds the caption adapter a "Question: ... Answer:" prompt.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

B = BLIND_QUESTIONS
W = "Women"

BLIND_1623 = [
    # Truth: model in a maroon ethnic-motif printed anarkali kurta, full sleeves, round neck, gold leggings, bangles.
    # Caption: caption adapter; wearing/material: extractive QA over it; the rest: reference engine.
    case(
        "X1623-001",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        wearing("long-sleeve dress with graphic patterns", who="she"),
        material("chiffon"),
        garment_type("kurta"),
        color("maroon"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Truth: navy floral rayon maxi ethnic dress, flutter short sleeves, V-neck, tie-up waist; model on white.
    # Caption: caption adapter; describe/material: extractive QA; color/pattern/is_a: reference engine.
    case(
        "X1623-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. Its neckline "
            "is v-shape."
        ),
        describe("dress", "short-sleeve dress with floral patterns"),
        material("cotton", "unsupported"),  # the title says rayon
        color("blue"),
        B.pattern("floral"),
        is_a("dress", "yes"),
        gender=W,
        title="Sangria Women Navy Blue Floral Print Rayon Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: mustard straight cotton kurta with an embroidered yoke, 3/4 sleeves, round neck, over white leggings;
    # she holds a small clutch. Caption cut at 50 tokens and calls the kurta a shirt; answers: QA / engine.
    case(
        "X1623-003",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with pure color patterns", "contradiction"),
        details("kurta", "its neckline is round"),
        garment_type("kurta"),
        color("white", "other_garment_color"),  # the leggings' white
        color_of("leggings", "white"),
        gender=W,
        title="Women Mustard Yellow Yoke Design Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: pink net anarkali gown with sequin work, full sheer sleeves, round neck, matching pink dupatta on one
    # shoulder. Caption went round its template again; material: QA; the rest: engine.
    case(
        "X1623-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        material("chiffon", "unsupported"),  # net, says the title
        color("pink"),
        B.pattern("solid"),
        color_of("dupatta", "pink"),
        is_a("gown", "yes"),
        gender=W,
        title="Women Pink Embellished Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Truth: teal A-line kurta with gold foil print, 3/4 sleeves, V-neck, white palazzos; hands at her sides, no
    # rings. Caption invents the ring. Open answers: QA; closed: engine.
    case(
        "X1623-005",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. Its "
            "neckline is v-shape. The lady wears a ring.",
            "unsupported",
        ),
        wearing("medium-sleeve dress with graphic patterns"),
        details("kurta", "v-shape"),
        material("cotton"),
        color("green"),
        B.sleeve_length("three-quarter"),
        gender=W,
        title="Women Teal Green & Golden Foil Print A-Line Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Truth: back view of a black ethnic gown with embroidery on the back yoke, full sleeves; no neckline visible.
    # Caption: adapter; describe/details: QA (nothing to extract for details); closed: engine.
    case(
        "X1623-006",
        caption("The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric."),
        describe("gown", "long-sleeve dress with pure color patterns"),
        details("gown", "", "non_answer"),
        garment_type("gown"),
        color("black"),
        B.pattern("embroidered"),
        gender=W,
        title="Women Black Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Truth: peach floral short-sleeve kurta, peach palazzos, off-white dupatta with a peach border draped over the
    # arms. Caption says shirt; wearing: QA; the colors and type: engine.
    case(
        "X1623-007",
        caption(
            "The female wears a short-sleeve shirt with floral patterns and a long pants. The pants are with cotton "
            "fabric and floral patterns.",
            "contradiction",
        ),
        wearing("short-sleeve shirt with floral patterns and a long pants", "contradiction"),
        garment_type("kurta"),
        color("pink"),
        color_of("palazzos", "peach"),
        color_of("dupatta", "peach", "other_garment_color"),  # it is off-white; peach is the kurta's
        is_a("shirt", "no"),
        gender=W,
        title="Women Peach-Coloured Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: olive solid straight kurta, full sleeves, V-neck, white churidar leggings. Caption fine; engine gives
    # the leggings the kurta's green; QA's leggings details say nothing.
    case(
        "X1623-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. This woman is wearing a long leggings."
        ),
        details("leggings", "long", "non_answer"),
        material("cotton"),
        color("green"),
        color_of("leggings", "green", "other_garment_color"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Truth: white chikankari cotton kurta, round neck, long sleeves, white leggings, a watch on her left wrist.
    # Everything right. Caption: adapter; details/material: QA; closed: engine.
    case(
        "X1623-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        details("kurta", "round neckline"),
        material("cotton"),
        color("white"),
        B.pattern("embroidered"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Truth: red and gold silk-blend anarkali, long sleeves, round neck, red trousers, red dupatta, bangles, no
    # ring. Caption loops on the accessory sentences; material: QA; the rest: engine.
    case(
        "X1623-010",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. Its neckline "
            "is round. There is an accessory on her wrist. There is a ring on her finger. There is an accessory on "
            "her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "long-sleeve dress with graphic patterns"),
        material("cotton", "unsupported"),  # silk blend
        garment_type("kurta"),
        color("red"),
        B.pattern("printed"),
        color_of("trousers", "red"),
        gender=W,
        title="Women Red & Gold-Toned Ethnic Motifs Printed Silk Blend Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: flat lay of a lavender net gown with light embellishment at the yoke, full sleeves, round neck. Caption
    # gives no fabric, so the QA material answer is empty; closed: engine.
    case(
        "X1623-011",
        caption("The dress has long sleeves and pure color patterns. The neckline of it is round."),
        describe("gown", "long sleeves and pure color patterns"),
        material("", "non_answer"),
        color("purple"),
        B.pattern("solid"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Women Lavender Embellished Net Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Truth: short-haired model in a blue-and-white printed straight kurta, long sleeves, white leggings. Caption
    # calls her a gentleman and the kurta a shirt; wearing: QA; closed: engine.
    case(
        "X1623-012",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The "
            "pants this gentleman wears is of long length.",
            "pronoun",
        ),
        wearing("long-sleeve shirt with graphic patterns", "contradiction"),
        garment_type("shirt", "contradiction"),
        color("blue"),
        color_of("leggings", "white"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: magenta sleeveless anarkali kurta with gota patti trim, round neck, matching churidar. Caption loops;
    # details/material: QA; closed: engine, which says yes to "dress".
    case(
        "X1623-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "round neckline"),
        material("cotton"),
        color("pink"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        title="Women Magenta Gotta Patti Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Truth: green floral rayon kurta, long sleeves, round neck, beige leggings. Row has no category. Caption right;
    # QA finds no fabric; engine calls it a dress.
    case(
        "X1623-014",
        caption("The lady wears a long-sleeve dress with floral patterns. It has a round neckline."),
        material("", "non_answer"),
        garment_type("dress", "contradiction"),
        color("green"),
        B.pattern("floral"),
        gender=W,
        title="Women Green Floral Printed Rayon Kurta",
        color="Green",
    ),
    # Truth: rust printed kurta, 3/4 sleeves, white solid palazzos; she holds a jute bag. Caption cut; QA on the
    # palazzos says only "long pants"; engine puts the kurta's orange on the palazzos.
    case(
        "X1623-015",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric. The pants this lady wears is of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        details("palazzos", "long pants", "non_answer"),
        garment_type("kurta"),
        color("orange"),
        color_of("palazzos", "orange", "other_garment_color"),
        gender=W,
        title="Women Rust Orange Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
    ),
    # Truth: beige straight kurta with a tonal embroidered yoke, long sleeves, V-neck, beige trousers, beige
    # dupatta. All right but the engine's garment color (white).
    case(
        "X1623-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is v-shape. This woman is wearing a long trousers."
        ),
        wearing("long-sleeve dress with pure color patterns"),
        color("white", "contradiction"),
        color_of("trousers", "beige"),
        color_of("dupatta", "beige"),
        gender=W,
        title="Women Beige Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Truth: yellow floral tiered sleeveless maxi ethnic dress, V-neck, fabric tie belt at the waist. All right.
    case(
        "X1623-017",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is a belt."
        ),
        describe("dress", "sleeveless dress with floral patterns"),
        details("dress", "v-shape neckline"),
        color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        gender=W,
        title="Women Yellow Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Truth: navy embroidered kurta, mandarin collar, 3/4 sleeves, white churidar. Caption cut and says shirt;
    # wearing/details: QA; the churidar gets the kurta's blue from the engine.
    case(
        "X1623-018",
        caption(
            "The female is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with graphic patterns", "contradiction"),
        details("kurta", "stand"),
        color("blue"),
        color_of("churidar", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Navy Blue Ethnic Motifs Embroidered Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Truth: maroon velvet gown with zari embroidery at the neck, long sleeves. Caption and QA say cotton; QA's
    # description is just the class word; engine fine.
    case(
        "X1623-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric.",
            "unsupported",
        ),
        describe("gown", "dress", "restated"),
        material("cotton", "unsupported"),
        garment_type("gown"),
        color("red"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Women Maroon Velvet Embroidered Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Truth: sea green floral-embroidered anarkali, long sleeves, V-neck, sea green churidar, sea green dupatta with
    # white thread work. Caption loops; engine's dupatta color is the white backdrop/thread.
    case(
        "X1623-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. Its neckline "
            "is v-shape. This lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. "
            "Its",
            "loop",
            hit_limit=True,
        ),
        wearing("long-sleeve dress with floral patterns"),
        color("green"),
        B.pattern("floral"),
        color_of("churidar", "green"),
        color_of("dupatta", "white", "contradiction"),
        gender=W,
        title="Women Sea Green Floral Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Truth: black-and-white printed sleeveless straight kurta over white leggings. Caption says tank top; engine
    # gives the leggings black.
    case(
        "X1623-021",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. This "
            "woman is wearing a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("sleeveless tank top with graphic patterns", "contradiction"),
        details("leggings", "cotton fabric and pure color patterns"),
        garment_type("kurta"),
        color("black"),
        color_of("leggings", "black", "other_garment_color"),
        gender=W,
        title="Women Black & White Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Truth: pink ethnic-motif cotton kurta, 3/4 sleeves, round neck, bangles, holding the edge of a dupatta prop.
    # All right.
    case(
        "X1623-022",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        describe("kurta", "medium-sleeve dress with graphic patterns"),
        material("cotton"),
        color("pink"),
        B.sleeve_length("three-quarter"),
        gender=W,
        title="Women Pink Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Truth: floor-length off-white anarkali kurta with pink floral embroidery, pink dupatta; her hands are hidden
    # in the flare, no bracelet. Caption invents the wrist accessory; engine says yes to gown.
    case(
        "X1623-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. Its neckline "
            "is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        material("chiffon"),
        color("white"),
        B.pattern("floral"),
        color_of("dupatta", "pink"),
        is_a("gown", "yes", "contradiction"),
        gender=W,
        title="Women Off-White & Pink Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Truth: charcoal grey striped straight kurta, long sleeves, V-neck, black trousers. Caption cut, says shirt;
    # engine gives the trousers grey.
    case(
        "X1623-024",
        caption(
            "The female is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("long-sleeve shirt with striped patterns", "contradiction"),
        garment_type("kurta"),
        color("grey"),
        B.pattern("striped"),
        color_of("trousers", "grey", "other_garment_color"),
        gender=W,
        title="Women Charcoal Grey Striped Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Truth: burgundy solid sleeveless ethnic gown, V-neck, sheer burgundy cape over the shoulders. Engine color
    # purple is off.
    case(
        "X1623-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is v-shape."
        ),
        describe("gown", "sleeveless dress with pure color patterns"),
        color("purple", "contradiction"),
        B.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        gender=W,
        title="Women Burgundy Solid Ethnic Gown with Cape",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Truth: turquoise printed short-sleeve kurta and matching palazzos; she sits on a wooden stool. All right.
    case(
        "X1623-026",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns and a long pants. The pants are with cotton "
            "fabric."
        ),
        wearing("short-sleeve dress with graphic patterns and a long pants", who="she"),
        material("cotton"),
        color("blue"),
        B.pattern("printed"),
        color_of("palazzos", "blue"),
        gender=W,
        title="Women Turquoise Blue Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Truth: mauve solid A-line midi ethnic dress, long sleeves, round neck, thin self belt. All right.
    case(
        "X1623-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. There is "
            "a belt. It has a round neckline."
        ),
        details("dress", "belt"),
        color("pink"),
        B.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        gender=W,
        title="Women Mauve Solid A-Line Midi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mauve",
    ),
    # Truth: flat lay of an orange kurta with a green print, long sleeves, round neck; no gender column. QA has no
    # person to name; engine right.
    case(
        "X1623-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round."
        ),
        wearing("", "non_answer"),
        garment_type("kurta"),
        color("orange"),
        B.pattern("printed"),
        title="Women Orange Printed Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Truth: lime green sleeveless sequin anarkali gown, V-neck, she twirls; a thin bracelet. Caption loops on the
    # wrist sentence; QA gives that sentence as the gown's details.
    case(
        "X1623-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is v-shape. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        describe("gown", "sleeveless dress with pure color patterns"),
        details("gown", "There is an accessory on her wrist", "non_answer"),
        color("green"),
        B.sleeve_length("sleeveless"),
        gender=W,
        title="Women Lime Green Embellished Anarkali Gown",
        category="Ethnic Dresses",
        color="Lime Green",
    ),
    # Truth: purple solid straight kurta with side slits, long sleeves, round neck, gold leggings. All right.
    case(
        "X1623-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This woman is wearing a long leggings."
        ),
        details("kurta", "round neckline"),
        material("cotton"),
        garment_type("kurta"),
        color("purple"),
        color_of("leggings", "gold"),
        gender=W,
        title="Women Purple Solid Straight Kurta with Side Slits",
        category="Kurtas",
        color="Purple",
    ),
    # Truth: red bandhani-print fit-and-flare ethnic dress, 3/4 sleeves, round neck. All right.
    case(
        "X1623-031",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric. Its "
            "neckline is round."
        ),
        describe("dress", "medium-sleeve dress with lattice patterns"),
        material("cotton"),
        color("red"),
        B.pattern("printed"),
        gender=W,
        title="Women Red Bandhani Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Truth: back view of a cream floral kurta, long sleeves; the neckline is not in the shot. QA's details empty.
    case(
        "X1623-032",
        caption("The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric."),
        details("kurta", "", "non_answer"),
        color("white"),
        B.pattern("floral"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Women Cream-Coloured Floral Print Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Truth: bottle green velvet anarkali with zari border, long sleeves, round neck, gold tissue dupatta. Caption
    # and QA call velvet furry; engine gives the dupatta the kurta's green.
    case(
        "X1623-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. Its "
            "neckline is round.",
            "unsupported",
        ),
        material("furry", "unsupported"),
        garment_type("kurta"),
        color("green"),
        color_of("dupatta", "green", "other_garment_color"),
        gender=W,
        title="Women Green Velvet Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: white net gown with silver embellishment, sheer full sleeves, V-neck, bare head. Caption invents a hat.
    case(
        "X1623-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is v-shape. She wears a hat.",
            "unsupported",
        ),
        wearing("long-sleeve dress with pure color patterns"),
        color("white"),
        B.sleeve_length("long-sleeve"),
        is_a("gown", "yes"),
        gender=W,
        title="Women White Embellished Net Gown",
        category="Ethnic Dresses",
        color="White",
    ),
    # Truth: pink floral short-sleeve kurta with solid green trousers. Caption and QA put florals on the trousers;
    # engine gives the trousers pink.
    case(
        "X1623-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns and a long pants. The pants are with cotton "
            "fabric and floral patterns.",
            "unsupported",
        ),
        details("trousers", "cotton fabric and floral patterns", "unsupported"),
        color("pink"),
        B.sleeve_length("short-sleeve"),
        color_of("trousers", "pink", "other_garment_color"),
        gender=W,
        title="Women Pink Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: mustard ethnic-motif anarkali kurta, long sleeves, round neck, white leggings. All right.
    case(
        "X1623-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. This woman is wearing a long leggings."
        ),
        wearing("long-sleeve dress with graphic patterns"),
        color("yellow"),
        B.pattern("printed"),
        color_of("leggings", "white"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Mustard Yellow Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Truth: peach embroidered ethnic gown, cap sleeves, V-neck. All right; QA's description is thin but true.
    case(
        "X1623-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is v-shape."
        ),
        describe("gown", "short-sleeve dress"),
        color("pink"),
        B.pattern("embroidered"),
        B.sleeve_length("short-sleeve"),
        gender=W,
        title="Women Peach-Coloured Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Truth: blue solid chambray shirt-collar kurta with a button placket, long sleeves, white leggings. Caption
    # says shirt and denim; QA repeats denim; engine says shirt.
    case(
        "X1623-038",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "its neckline is lapel. The pants this lady wears is of long length.",
            "contradiction",
        ),
        details("kurta", "lapel"),
        material("denim", "unsupported"),
        garment_type("shirt", "contradiction"),
        color("blue"),
        gender=W,
        title="Women Blue Solid Chambray Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Truth: pink embroidered short kurta, long sleeves, pink sharara, pink dupatta. All right.
    case(
        "X1623-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a long pants. The pants are with "
            "chiffon fabric and pure color patterns."
        ),
        wearing("long-sleeve dress with pure color patterns and a long pants"),
        color("pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        gender=W,
        title="Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: black and gold printed maxi gown, long sleeves, with a gold belt; row has no category. Caption loops
    # on belt/wrist; QA's "belt" is right.
    case(
        "X1623-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. There is a "
            "belt. There is an accessory on her wrist. There is a belt. There is an accessory on her wrist. There "
            "is a belt",
            "loop",
            hit_limit=True,
        ),
        details("gown", "belt"),
        color("black"),
        B.pattern("printed"),
        B.sleeve_length("long-sleeve"),
        gender=W,
        title="Women Black & Gold-Toned Printed Maxi Gown with Belt",
        color="Black",
    ),
    # Truth: teal floral sleeveless kurta, round neck, white palazzos. Engine says long sleeves.
    case(
        "X1623-041",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        garment_type("kurta"),
        color("blue"),
        B.pattern("floral"),
        B.sleeve_length("long-sleeve", "contradiction"),
        gender=W,
        title="Women Teal Floral Print Sleeveless Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Truth: olive printed sleeveless ethnic dress under a solid olive long-sleeve jacket (part of the product).
    # Engine calls the product a jacket.
    case(
        "X1623-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady also wears a dress with graphic patterns."
        ),
        wearing("long-sleeve jacket with pure color patterns"),
        garment_type("jacket", "contradiction"),
        color("green"),
        color_of("jacket", "green"),
        gender=W,
        title="Women Olive Green Printed Ethnic Dress with Jacket",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # Truth: pink georgette embroidered kurta, long sleeves, V-neck, white palazzos. Caption cut; QA's chiffon
    # contradicts the georgette of the title.
    case(
        "X1623-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline is v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "long-sleeve dress with pure color patterns"),
        material("chiffon", "unsupported"),
        color("pink"),
        color_of("palazzos", "white"),
        gender=W,
        title="Women Pink Georgette Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: flat lay of a dark navy ethnic-motif anarkali gown, long sleeves, round neck. Engine says black.
    case(
        "X1623-044",
        caption("The dress has long sleeves, cotton fabric and graphic patterns. The neckline of it is round."),
        color("black", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("long-sleeve"),
        is_a("gown", "yes"),
        gender=W,
        title="Women Navy Blue Ethnic Motifs Printed Anarkali Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Truth: maroon solid kurta, long sleeves, V-neck, gold leggings; she holds a phone. Engine gives the leggings
    # maroon; QA's leggings details say nothing.
    case(
        "X1623-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. This woman is wearing a long leggings."
        ),
        wearing("long-sleeve dress with pure color patterns"),
        details("leggings", "long leggings", "non_answer"),
        color("maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        gender=W,
        title="Women Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
    ),
]
