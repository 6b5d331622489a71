"""BLIND_1255 (45 products; Myntra women's activewear and sportswear): written blind in the sixty-second session.
Measured blind at 59066e5 (the session's fifth rules): 43/50 failures found (86.0%) and 3/213 correct texts flagged
(1.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear (sports bras, tights, track pants, shorts, track jackets, tees, tanks,
a sweatshirt, a tracksuit). Catalog shots: a model on a plain grey or white backdrop wearing the product with other
clothes (a bra with black tights, tights with a tee or a bra, a jacket open over a bra), now and then a flat lay, a
back view, a prop (water bottle, dumbbell, yoga mat, a plyo box). Columns as the feed has them: title, category
(Myntra article type), color (base colour), gender; a few rows miss one of them.
Who wrote what: every caption is from the epoch-2 checkpoint of the caption adapter (DeepFashion-MultiModal template:
no hue names, "pure color patterns", "cotton fabric", "upper/lower clothing", accessory sentences). It usually stops
after the template, but about one caption in four runs to the 50-token limit, cut mid-sentence or repeating a
sentence. All other answers are closed and come from the reference engine (candidates ranked over the photo and the
question); the color question keeps the raw text when it maps to no candidate ("pure color"). No open questions.
Labeling conventions and judgement calls:
- Judged by the imagined photo and the title. Near hues are correct (coral or peach -> pink, lavender -> purple,
  burgundy -> red, grey melange -> grey, olive -> green); navy read as black and fluorescent green read as yellow
  are marked contradiction.
- A color answer that gives the product the color of another garment in the photo (the tee over the tights, the bra
  under the open jacket) is other_garment_color; so is "What is the color of the pants?" answered with the top's color.
  A color_of question about a garment that is not the product but is in the photo is correct when the color is right.
- Garment type or sleeve length answered for the layered garment instead of the product is contradiction (tights
  with "long sleeve", a bra under a jacket answered "jacket"); "top" for a sports bra is contradiction too.
- "cotton fabric" in a caption is marked unsupported only where the title names a performance fabric (Dri-FIT,
  Rapid-Dry) or the photo shows a shiny synthetic; elsewhere the template's "cotton" is tolerated. Invented
  accessories (ring, hat) and "denim" tights are unsupported.
- A caption that calls the product bra a "tank top"/"tank shirt" is contradiction; a secondary bra called "tank top"
  is tolerated. "The lady wears" on a flat lay is tolerated. "The gentleman"/"his" for a woman is pronoun.
- A caption that misses the product because a layer hides it (bra under a zipped/open jacket) but describes the
  photo truly is left correct; the closed answers carry the failure.
- A caption cut at the limit is cut; one that repeats a sentence until the limit is loop (both hit_limit). One
  caption fills exactly 50 tokens ending on a full sentence that is true: left correct, hit_limit=True.
- A tracksuit answered "jacket" for garment type is left correct (it names half of a two-piece), "no" to "Is this
  a tracksuit?" is contradiction. A back print answered "graphic" on a title that says Solid is correct by the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, question

length = question("length", "What is the length of the garment?", "closed")

BLIND_1255 = [
    # photo: model front, pink racerback sports bra with black full-length tights, grey backdrop.
    # caption: epoch-2 caption adapter; closed answers: reference engine. All correct.
    case(
        "X1255-001",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="PUMA Women Pink Solid Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # photo: model front, black Rapid-Dry running tights, white cropped tee, white sneakers.
    # caption: caption adapter ("cotton" tights on a quick-dry title); closed: reference engine, color is the tee's.
    case(
        "X1255-002",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("pants", "black"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Running Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model front, grey melange Dri-FIT tee with a small white swoosh, black running shorts.
    # caption: caption adapter, ran to the limit mid-sentence; closed: reference engine, all correct.
    case(
        "X1255-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Nike Women Grey Melange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: model front, navy track jacket zipped to the chest, white three stripes down the sleeves, grey joggers.
    # caption: caption adapter, correct; closed: reference engine reads the navy as black.
    case(
        "X1255-004",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The pants this woman wears is of long length."
        ),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Adidas Women Navy Blue Solid Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # photo: model front, black sports bra with a white abstract brush-stroke print, plain black tights.
    # caption: caption adapter, correct; closed: reference engine misses the print.
    case(
        "X1255-005",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="ONLY PLAY Women Black & White Printed Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: flat lay on white, black non-wired padded sports bra, no person.
    # caption: caption adapter, a man's template; closed: reference engine, correct.
    case(
        "X1255-006",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline.",
            "pronoun",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("t-shirt", "no"),
        gender="Women",
        title="Enamor Women Black Non-Wired Lightly Padded Sports Bra SB06",
        category="Sports Bra",
        color="Black",
    ),
    # photo: model front, teal tights with a darker teal geometric print, black sports bra, bare midriff.
    # caption: caption adapter calls the printed tights plain; closed: reference engine, correct.
    case(
        "X1255-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("teal"),
        Q.pattern("printed"),
        length("ankle length"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Reebok Women Teal Printed Training Tights",
        category="Tights",
        color="Teal",
    ),
    # photo: model front, black track pants with white side piping, white tee with a PUMA chest logo.
    # caption: caption adapter, correct; closed: reference engine types the tee; the shirt's color is the tee's
    # (right).
    case(
        "X1255-008",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "trousers this woman wears is of long length. The trousers are with cotton fabric."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("shirt", "white"),
        gender="Women",
        title="Puma Women Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: model front, coral sports bra with grey tights.
    # caption: caption adapter repeating one sentence to the limit; closed: reference engine, correct (coral -> pink).
    case(
        "X1255-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The tank top is "
            "with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. The tank top "
            "is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Kappa Women Coral Solid Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # photo: back view, black slim-fit tights, purple racerback tank top covering the waistband.
    # caption: caption adapter, correct; closed: reference engine, color is the tank's.
    case(
        "X1255-010",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The "
            "female wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("purple", "other_garment_color"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Domyos By Decathlon Women Black Solid Slim Fit Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model front, neon lime-green Rapid-Dry tee with black "RUN" text print, black shorts.
    # caption: caption adapter, "cotton" on a quick-dry tee; closed: reference engine reads the neon as yellow.
    case(
        "X1255-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Fluorescent Green Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # photo: model front, grey melange cotton joggers with ribbed cuffs, navy tee, black sports watch on the wrist.
    # caption: caption adapter, fills the 50 tokens exactly and ends on a true sentence; closed: reference engine.
    case(
        "X1255-012",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this woman wears is of long length. The pants are with cotton fabric. There is an accessory "
            "on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        color_of("pants", "grey"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Cotton Track Pants 1301",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: model front, black sports bra with a large white swoosh on the band, black tights, no jewellery.
    # caption: caption adapter invents a ring; closed: reference engine, correct.
    case(
        "X1255-013",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. This lady wears a ring.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Black Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: model front, white racerback training tank, black shorts, a water bottle in her hand.
    # caption: caption adapter, correct; closed: reference engine, the shorts get the tank's white.
    case(
        "X1255-014",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric and it has "
            "a suspenders neckline. The lady wears a three-point shorts. There is an accessory in her hand."
        ),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        color_of("shorts", "white", "other_garment_color"),
        gender="Women",
        title="ADIDAS Women White Solid Training Tank Top",
        category="Tops",
        color="White",
    ),
    # photo: model front, black tights with a pink and white tropical leaf print, black sports bra.
    # caption: caption adapter cut at the limit; closed: reference engine, correct.
    case(
        "X1255-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("floral"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="ONLY PLAY Women Black Printed Training Tights",
        category="Tights",
        color="Black",
    ),
    # photo: model front, purple round-neck tee, black tights.
    # caption: caption adapter, correct; closed: reference engine, one color for both garments on the pants question.
    case(
        "X1255-016",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The leggings the female wears is of long length."
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        color_of("pants", "purple", "other_garment_color"),
        gender="Women",
        title="Puma Women Purple Solid Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # photo: model front, olive green jacket worn open over a black sports bra, black tights.
    # caption: caption adapter, correct; closed: reference engine, color of the bra and tights.
    case(
        "X1255-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The lady wears a long leggings."
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Olive Green Solid Sporty Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: model front, peach V-neck medium-impact sports bra, grey tights.
    # caption: caption adapter, correct; closed: reference engine types it "top" (peach -> pink left correct).
    case(
        "X1255-018",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("top", "contradiction"),
        Q.color("pink"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Peach-Coloured Medium Impact Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # photo: model front, black Dri-FIT leggings, white long-sleeve crop top.
    # caption: caption adapter repeats the leggings sentence to the limit; closed: sleeves answered for the top.
    case(
        "X1255-019",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric. The lady wears a long leggings. The leggings are with cotton fabric. "
            "The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Nike Women Black One Dri-FIT Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # photo: model front, black sports bra with pink side panels, black tights.
    # caption: caption adapter, correct; closed: reference engine misses the colour-blocking.
    case(
        "X1255-020",
        caption(
            "The upper clothing has no sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="ADIDAS Women Black & Pink Colourblocked Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: flat lay on light grey, white running tee, no person. All correct.
    case(
        "X1255-021",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        is_a("polo shirt", "no"),
        gender="Women",
        title="Kalenji By Decathlon Women White Solid Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model front, black lined running shorts, pink racerback tank.
    # caption: caption adapter, correct; closed: reference engine, color is the tank's.
    case(
        "X1255-022",
        caption(
            "The lady wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric and it has a "
            "suspenders neckline. The lady wears a three-point shorts."
        ),
        Q.garment_type("shorts"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model front, maroon crew-neck sweatshirt with a small chest print, black joggers.
    # caption: caption adapter, correct; closed: reference engine says yes to the hoodie (no hood in the photo).
    case(
        "X1255-023",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "it has a round neckline. The pants this woman wears is of long length."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # photo: model front, black tracksuit: zip jacket with grey shoulder panels, matching black pants.
    # caption: caption adapter cut at the limit; closed: reference engine, "no" to tracksuit.
    case(
        "X1255-024",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeve"),
        is_a("tracksuit", "no", "contradiction"),
        gender="Women",
        title="Puma Women Black & Grey Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # photo: side view, royal blue tights with a small white dot print, white tee.
    # caption: caption adapter calls the tights denim; closed: reference engine misses the dots.
    case(
        "X1255-025",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("pants", "blue"),
        gender="Women",
        title="ASICS Women Blue Printed Running Tights",
        category="Tights",
        color="Blue",
    ),
    # photo: model front, navy full-coverage cotton sports bra, grey tights.
    # caption: caption adapter, correct; closed: reference engine reads navy as black.
    case(
        "X1255-026",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Navy Blue Full-Coverage Cotton Sports Bra SB08",
        category="Sports Bra",
        color="Navy Blue",
    ),
    # photo: back view, black track jacket with a large white logo print across the back, black pants.
    # caption: caption adapter, correct; closed: reference engine, "graphic" right by the photo; the jacket's color
    # question gets the print's white.
    case(
        "X1255-027",
        caption(
            "The lady wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The lady wears a long pants."
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        color_of("jacket", "white", "contradiction"),
        gender="Women",
        title="Reebok Women Black Solid Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: flat lay on white, lavender sports bra. Feed row without gender.
    # caption: caption adapter repeating the upper-clothing sentences; closed: reference engine, correct.
    case(
        "X1255-028",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        title="Kappa Women Lavender Solid Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # photo: model front, black three-quarter capri leggings, grey melange tee.
    # caption: caption adapter, correct; closed: reference engine, color is the tee's.
    case(
        "X1255-029",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The leggings this woman wears is of three-quarter length."
        ),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        length("three-quarter"),
        gender="Women",
        title="Skechers Women Black Solid GOWALK Capris",
        category="Capris",
        color="Black",
    ),
    # photo: model front, red V-neck slim-fit training tee, black tights, a dumbbell in her right hand.
    # caption: caption adapter runs on into the VQA prompt format to the limit; closed: reference engine, correct.
    case(
        "X1255-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. Question: What is the color of the T-shirt? Answer: pure color patterns",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Alcis Women Red Solid Slim Fit Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: back view, black strappy cross-back sports bra, black tights.
    # caption: caption adapter, correct; closed: reference engine reads the straps as stripes.
    case(
        "X1255-031",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black Solid Strappy Back Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # photo: model front, black track pants with white three stripes down the sides, black cropped tee.
    # All correct (the side stripes make "striped" right; the tee really is black).
    case(
        "X1255-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants "
            "are with cotton fabric and striped patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        color_of("shirt", "black"),
        gender="Women",
        title="Adidas Women Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: model with a short crop haircut, charcoal round-neck tee, black track pants.
    # caption: caption adapter, a man's template; closed: reference engine, the pants get the tee's grey.
    case(
        "X1255-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        color_of("pants", "grey", "other_garment_color"),
        gender="Women",
        title="Proline Active Women Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: model front, black sports bra with teal printed bands, black tights.
    # caption: caption adapter calls the product bra a tank shirt; closed: reference engine, correct.
    case(
        "X1255-034",
        caption(
            "The female wears a tank tank shirt with graphic patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. The female wears a long leggings.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Jockey Women Black & Teal Printed Sports Bra 1376",
        category="Sports Bra",
        color="Black",
    ),
    # photo: model front, blue zipped training jacket, black tights, a fitness band on the wrist. Row without category.
    # caption: caption adapter cut at the limit; closed: reference engine, correct.
    case(
        "X1255-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        color_of("jacket", "blue"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Blue Solid Training Jacket",
        color="Blue",
    ),
    # photo: model front, white tee with a large black NIKE print, black shorts. All correct.
    case(
        "X1255-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts."
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Nike Women White Printed Sportswear Essential T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model front, grey HeatGear tights, black racerback tank, a rolled yoga mat under her arm.
    # caption: caption adapter, correct ("other fabric"); closed: reference engine, the pants get the tank's black.
    case(
        "X1255-037",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. The leggings this woman wears is of "
            "long length. The leggings are with other fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("pants", "black", "other_garment_color"),
        gender="Women",
        title="UNDER ARMOUR Women Grey Solid HeatGear Armour Tights",
        category="Tights",
        color="Grey",
    ),
    # photo: model front, black long-sleeve training tee with thumbholes, black tights (all-black outfit).
    # caption: caption adapter, correct; closed: reference engine gets the sleeves wrong.
    case(
        "X1255-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Slim Fit Training Long Sleeves T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model front, yellow sports bra under an open black zip jacket, black tights.
    # caption: caption adapter describes the jacket (true of the photo); closed: reference engine answers for the
    # jacket.
    case(
        "X1255-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The lady wears a long leggings."
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Yellow Solid Sports Bra",
        category="Sports Bra",
        color="Yellow",
    ),
    # photo: model front, camouflage-print tights in olive, grey and black, black sports bra.
    # caption: caption adapter calls the camo "lattice"; closed: reference engine, correct (olive ground -> green).
    case(
        "X1255-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("green"),
        Q.pattern("printed"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Reebok Women Multicoloured Camouflage Printed Training Tights",
        category="Tights",
        color="Multi",
    ),
    # photo: model front, green sports bra, black tights.
    # caption: caption adapter, correct; closed: the color question kept the raw text, a pattern label.
    case(
        "X1255-041",
        caption(
            "Her upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length."
        ),
        Q.garment_type("sports bra"),
        Q.color("pure color", "non_answer"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Alcis Women Green Solid Sports Bra",
        category="Sports Bra",
        color="Green",
    ),
    # photo: model front, grey melange hooded track jacket zipped up, hood down, black tights.
    # caption: caption adapter adds a hat; closed: reference engine types it sweatshirt.
    case(
        "X1255-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a stand neckline. The lady wears a long leggings. The lady wears a hat.",
            "unsupported",
        ),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Kappa Women Grey Melange Solid Hooded Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # photo: model front, navy Rapid-Dry tights, white tee knotted at the waist, a smartwatch on the wrist.
    # caption: caption adapter cut at the limit; closed: reference engine, the shirt gets the tights' navy.
    case(
        "X1255-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The lady wears "
            "a long leggings. The leggings are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        length("ankle length"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("shirt", "navy blue", "other_garment_color"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # photo: model front, mint green Dri-FIT tank, grey shorts. Row without a base colour.
    # caption: caption adapter, "cotton" on a Dri-FIT tank; closed: reference engine, correct.
    case(
        "X1255-044",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts.",
            "unsupported",
        ),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        gender="Women",
        title="Nike Women Mint Green Solid Dri-FIT Training Tank Top",
        category="Tops",
    ),
    # photo: model seated on a plyo box, burgundy tights, white sports bra.
    # caption: caption adapter, correct (the secondary bra as tank top tolerated); closed: color is the bra's.
    case(
        "X1255-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        color_of("pants", "red"),
        gender="Women",
        title="Adidas Women Burgundy Solid Training Tights",
        category="Tights",
        color="Burgundy",
    ),
]
