"""BLIND_1591 (45 products; Myntra women's activewear, epoch-2 caption adapter + reference engine): written blind in the
sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 45/55 failures found (81.8%) and 10/235
correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and sportswear (sports bras, tights and leggings, track pants and
joggers, track jackets and windcheaters, sweatshirts, training tees and tanks, shorts, one capri, one tracksuit, one
two-pack). Photos are the catalog's usual shots: a model on a plain light backdrop wearing the product with other
clothes (a bra shot is mostly a bra with leggings, a tights shot a tights with a bra or tee), a few back views, two
flat lays, and props now and then (a yoga mat, a dumbbell, a water bottle). Columns as the feed has them: title,
category (Myntra article type), color (base colour), gender; one or another is missing on a few rows.
Who wrote what: every caption comes from the epoch-2 caption adapter (LoRA on DeepFashion-MultiModal template
captions, unmasked labels, no end token learned). Its captions are the template: "The lady wears a sleeveless tank
top with pure color patterns. The tank top is with cotton fabric...", never a hue name, cotton for nearly
everything, and no word for a sports bra. Many run to the 50-token limit and are cut mid-sentence or repeat a
sentence until cut; some stop on their own after four or five sentences. Every other text is a closed answer from
the reference engine (candidates ranked by the model; the color question keeps the raw text when it maps to no
candidate, e.g. "coral"). Closed answers can't loop or be cut; they fail by picking the wrong candidate: most often
the color or type of the other, more salient garment in the shot (black leggings under a pink bra, the hoodie over
the product track pants), sometimes a wrong pattern, sleeve, length, closure or yes/no. The engine is right on most
closed answers, so the set has fewer failures than the usual four in ten; most of them are in the captions.
Labeling conventions and judgement calls:
- "tank top" / "sleeveless tank top" for a sports bra in a caption is left unmarked: the template has no bra class
  and the shape matches. Calling the sports bra a tank top in a closed yes/no ("Is this a tank top?" -> yes) is
  marked contradiction, since there the engine had the choice.
- "cotton fabric" is left unmarked everywhere (not visible either way, and no title names a material). Fabric the
  photo rules out (chiffon on a sports bra, denim for knit tights) is marked unsupported, as are accessories that
  are not in the photo ("There is an accessory on her wrist." when her wrists are bare; a dumbbell is not one).
- A caption cut at the limit is marked cut; one that repeats a sentence before being cut is marked loop (both with
  hit_limit). One caption (X1591-025) ran exactly to the limit and happens to end on a full stop; it is accurate,
  so it has hit_limit=True and no failure label. A single stutter ("a tank tank top", X1591-018) is not a loop.
- "pure color patterns" in a caption for a garment the title calls printed, striped or colourblocked is marked
  contradiction; one label per text, the most visible failure when a text has two.
- Color: a closed color that is another garment's color in the photo is other_garment_color; a color of nothing
  worn (the yoga mat) or a hue the product is not (yellow for fluorescent green) is contradiction. Nearest
  family names are accepted: purple for lavender or mauve, maroon for burgundy, green for olive, grey for charcoal
  or grey melange; "pink" for a nude bra is not. "multi" for a two-pack of different colors is right.
- garment_type "jacket" for a tracksuit (jacket and pants sold as a set) is marked contradiction: the engine had
  "tracksuit" and named half the product. "leggings" for tights and capri leggings is right; "leggings" for flared
  yoga pants is not.
- A closed answer about the other garment (color_of the leggings on a bra product) is judged against that garment
  in the photo; two garments of the same color (all-black outfit) are not a failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, question

Q = BLIND_QUESTIONS
neckline = question("neckline", "What is the neckline of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")
closure = question("closure", "What is the closure of the garment?", "closed")

BLIND_1591 = [
    # Photo: model front on grey backdrop, black full-length tights, loose white graphic tee, white sneakers.
    # Caption by the epoch-2 caption adapter (cut at 50 tokens); the rest by the reference engine. All closed right.
    case(
        "X1591-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        color_of("t-shirt", "white"),
        length("full length"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front on white, pink racerback sports bra, black leggings, cropped at the thigh.
    # Caption by the caption adapter (complete); closed by the reference engine, which gave the bra the leggings' black.
    case(
        "X1591-002",
        caption(
            "This lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The lady wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("leggings", "black"),
        gender="Women",
        title="Puma Women Pink Solid Medium Impact Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: side view, navy 7/8 tights ending above the ankle, small white logo, grey heather crop tank.
    # Caption by the caption adapter: repeats the pants sentence until cut. Closed: length wrong (title says 7/8).
    case(
        "X1591-003",
        caption(
            "The woman is wearing a tank top with pure color patterns. The tank top is with cotton fabric. The "
            "pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        color_of("top", "grey"),
        length("full length", "contradiction"),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Nike Women Navy Blue Dri-FIT One Mid-Rise 7/8 Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: model front, black track jacket zipped to the chest, three white stripes down each sleeve, black leggings.
    # Caption by the caption adapter, cut at the limit. Closed by the reference engine, all right.
    case(
        "X1591-004",
        caption(
            "The woman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it has "
            "a standing neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. This woman wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        closure("zip"),
        is_a("jacket", "yes"),
        gender="Women",
        title="ADIDAS Women Black & White Striped Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: lavender sports bra with matching lavender leggings (co-ord shot), bare wrists, white backdrop.
    # Caption by the caption adapter: invents a wrist accessory. Closed by the reference engine, all right.
    case(
        "X1591-005",
        caption(
            "The lady is wearing a tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Zelocity by Zivame Women Lavender Solid Non-Wired Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Photo: grey melange round-neck running tee, black running shorts, model front.
    # Caption by the caption adapter (complete, right); closed by the reference engine, all right.
    case(
        "X1591-006",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The woman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        neckline("round neck"),
        color_of("shorts", "black"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Grey Melange Solid Running T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: teal tights with a light teal and white abstract print, black sports bra, model front.
    # Caption by the caption adapter: "pure color" for printed tights. Closed: color is the bra's black.
    case(
        "X1591-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        is_a("pair of leggings", "yes"),
        color_of("sports bra", "black"),
        gender="Women",
        title="Puma Women Teal Printed Slim Fit Training Tights",
        category="Tights",
        color="Teal",
    ),
    # Photo: flat lay on white, black sports bra with a white logo on the under-band, no model.
    # Caption by the caption adapter: the two sentences repeat until cut. Closed by the reference engine, all right.
    case(
        "X1591-008",
        caption(
            "The tank top is with cotton fabric and pure color patterns. It has no sleeves and it has a suspenders "
            "neckline. The tank top is with cotton fabric and pure color patterns. It has no sleeves and it has a "
            "suspenders",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Nike Women Black Swoosh Medium-Support Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: maroon track pants with thin white side piping, white tee, white sneakers.
    # Caption by the caption adapter, cut at the limit. Closed by the reference engine, all right.
    case(
        "X1591-009",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and striped patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("pair of leggings", "no"),
        color_of("t-shirt", "white"),
        length("full length"),
        gender="Women",
        title="Reebok Women Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: fluorescent (lime) green sports bra, black shorts, model front.
    # Caption by the caption adapter (right). Closed: color "yellow" for the lime green bra.
    case(
        "X1591-010",
        caption(
            "The person is wearing a tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "no sleeves. The person wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("shorts", "black"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="ONLY PLAY Women Fluorescent Green Solid Training Sports Bra",
        category="Sports Bra",
        color="Fluorescent Green",
    ),
    # Photo: woman in a grey melange pullover hoodie, hood down, kangaroo pocket, black joggers.
    # Caption by the caption adapter: "This man". Closed: "yes" to jacket for a pullover hoodie.
    case(
        "X1591-011",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes", "contradiction"),
        color_of("pants", "black"),
        gender="Women",
        title="ADIDAS Women Grey Melange Essentials Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: back view, black high-waist leggings with a side pocket, white sports bra, a fitness band on her wrist.
    # Caption by the caption adapter, cut (the wrist accessory is real). Closed: the white bra gets the leggings' black.
    # No gender column.
    case(
        "X1591-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        color_of("sports bra", "black", "other_garment_color"),
        length("full length"),
        title="Boldfit Women Black Solid High-Waist Yoga Leggings with Side Pocket",
        category="Tights",
        color="Black",
    ),
    # Photo: navy running jacket with pink side panels and pink zip tape, black tights, model front.
    # Caption by the caption adapter (right). Closed: pattern "solid" for a colourblocked jacket.
    case(
        "X1591-013",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        closure("zip"),
        is_a("sweatshirt", "no"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue & Pink Colourblocked Rapid-Dry Running Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: black sports shorts, grey melange tank top, model front.
    # Caption by the caption adapter (right). Closed: color is the tank's grey.
    case(
        "X1591-014",
        caption(
            "The woman is wearing a tank top with pure color patterns. The tank top is with cotton fabric. It has no "
            "sleeves. The woman wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        color_of("tank top", "grey"),
        gender="Women",
        title="Jockey Women Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: peach slim-fit tee with a round neck, black tights.
    # Caption by the caption adapter: V-shape neckline, the photo and the neckline answer say round.
    case(
        "X1591-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.garment_type("t-shirt"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        neckline("round neck"),
        gender="Women",
        title="Alcis Women Peach Solid Slim Fit Training T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: black sports bra with an all-over white print, black leggings, model front.
    # Caption by the caption adapter (right); closed by the reference engine, all right.
    case(
        "X1591-016",
        caption(
            "The lady is wearing a tank top with graphic patterns. The tank top is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Puma Women Black & White Printed Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: olive training shorts, upper-thigh length, white tank top.
    # Caption by the caption adapter: gives her three-quarter pants. Closed by the reference engine, all right.
    case(
        "X1591-017",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The woman wears a three-quarter pants. The pants are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("shorts"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        color_of("tank top", "white"),
        gender="Women",
        title="Nike Women Olive Green Solid Dri-FIT Training Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: coral racerback active tank, black leggings.
    # Caption by the caption adapter (right, one stutter). Closed: "coral" kept raw; all right.
    case(
        "X1591-018",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has no "
            "sleeves. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("coral"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "no"),
        gender="Women",
        title="DressBerry Women Coral Solid Racerback Active Tank Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: black tracksuit (zip jacket and pants) with white piping, model front.
    # Caption by the caption adapter: repeats the pants sentence until cut. Closed: "jacket" for the tracksuit.
    case(
        "X1591-019",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "woman wears a long pants. The pants are with cotton fabric and pure color patterns. The pants are with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        color_of("pants", "black"),
        gender="Women",
        title="Puma Women Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: teal sports bra, grey melange joggers, model front.
    # Caption by the caption adapter: chiffon. Closed: color is the joggers' grey.
    case(
        "X1591-020",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("pants", "grey"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Enamor Women Teal Blue Solid Non-Padded Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # Photo: flat lay, charcoal grey leggings folded once on white.
    # Caption by the caption adapter (right). Closed: the color question's raw text, no color.
    case(
        "X1591-021",
        caption("The trousers are of long length. The trousers are with cotton fabric and pure color patterns."),
        Q.garment_type("leggings"),
        Q.color("leggings", "non_answer"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes"),
        length("full length"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: pink tee with white "JUST DO IT" chest print, black shorts.
    # Caption by the caption adapter, cut. Closed: the shorts get the tee's pink.
    case(
        "X1591-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. She",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        neckline("round neck"),
        color_of("shorts", "pink", "other_garment_color"),
        gender="Women",
        title="Nike Women Pink Printed Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: back view, black cross-strap sports bra, black leggings.
    # Caption by the caption adapter (right). Closed: "yes" to tank top.
    case(
        "X1591-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Reebok Women Black Solid Workout Ready Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: burgundy high-rise tights, black long-sleeve crop top, no jewellery.
    # Caption by the caption adapter: invents a ring. Closed by the reference engine, all right.
    case(
        "X1591-024",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. This lady "
            "wears a ring.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("maroon"),
        Q.pattern("solid"),
        color_of("top", "black"),
        is_a("pair of track pants", "no"),
        gender="Women",
        title="Kica Women Burgundy Solid High-Rise Training Tights",
        category="Tights",
        color="Burgundy",
    ),
    # Photo: sea green round-neck tee, black leggings, a rolled purple yoga mat under her arm.
    # Caption by the caption adapter: ran exactly to 50 tokens, ends on a full stop, accurate. Closed: the mat's purple.
    case(
        "X1591-025",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("leggings", "black"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Sea Green Solid Yoga T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: black joggers with cuffed hems, pink crop tee, white sneakers.
    # Caption by the caption adapter (right). Closed: "yes" to leggings for joggers.
    case(
        "X1591-026",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "woman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "yes", "contradiction"),
        color_of("t-shirt", "pink"),
        gender="Women",
        title="Puma Women Black Solid Slim Fit Joggers",
        category="Joggers",
        color="Black",
    ),
    # Photo: red ankle-length leggings, black sports bra, model front.
    # Caption by the caption adapter: repeats the leggings sentence, cut. Closed: the bra gets the leggings' red.
    case(
        "X1591-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The leggings "
            "are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("red"),
        Q.pattern("solid"),
        length("ankle length"),
        color_of("sports bra", "red", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Under Armour Women Red Solid HeatGear Mid-Rise Ankle Crop Leggings",
        category="Tights",
        color="Red",
    ),
    # Photo: black sports bra with a pink under-band and pink straps, black leggings.
    # Caption by the caption adapter (complete, right); closed by the reference engine, all right.
    case(
        "X1591-028",
        caption(
            "The lady is wearing a tank top with color block patterns. The tank top is with cotton fabric. It has "
            "no sleeves. The lady wears a long leggings."
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("colourblocked"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Clovia Women Black & Pink Colourblocked Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: white round-neck running tee, navy knit tights.
    # Caption by the caption adapter: denim for the tights. Closed: V-neck for a round neck.
    case(
        "X1591-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        neckline("V-neck", "contradiction"),
        color_of("pants", "navy blue"),
        gender="Women",
        title="HRX by Hrithik Roshan Women White Solid Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view, red track jacket with a large white brand logo printed across the back, black tights.
    # Caption by the caption adapter (right). Closed: "solid" for the printed back.
    case(
        "X1591-030",
        caption(
            "The lady wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        closure("zip"),
        is_a("jacket", "yes"),
        gender="Women",
        title="Puma Women Red Brand Logo Printed Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: navy tights with a small white floral print, white sports bra. No category column.
    # Caption by the caption adapter (right). Closed: color is the bra's white.
    case(
        "X1591-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and floral patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        is_a("pair of leggings", "yes"),
        color_of("sports bra", "white"),
        gender="Women",
        title="Zelocity by Zivame Women Navy Blue Floral Printed Mid-Rise Tights",
        color="Navy Blue",
    ),
    # Photo: grey crew-neck sweatshirt (no hood), black leggings.
    # Caption by the caption adapter, cut. Closed: "yes" to hoodie.
    case(
        "X1591-032",
        caption(
            "This female wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "it has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        neckline("round neck"),
        gender="Women",
        title="Reebok Women Grey Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Photo: flat lay of two sports bras side by side, one black, one grey.
    # Caption by the caption adapter: the same two sentences until cut. Closed by the reference engine, all right.
    case(
        "X1591-033",
        caption(
            "The tank top is with cotton fabric and pure color patterns. It has no sleeves. The tank top is with "
            "cotton fabric and pure color patterns. It has no sleeves. The tank top is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("multi"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender="Women",
        title="Boldfit Women Pack of 2 Solid Non-Padded Sports Bras",
        category="Sports Bra",
        color="Multi",
    ),
    # Photo: mauve capri leggings ending at mid-calf, white tee.
    # Caption by the caption adapter (right). Closed: "full length" for capris.
    case(
        "X1591-034",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "woman wears a three-quarter pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("purple"),
        Q.pattern("solid"),
        length("full length", "contradiction"),
        color_of("t-shirt", "white"),
        gender="Women",
        title="AJILE by Pantaloons Women Mauve Solid Capris",
        category="Capris",
        color="Mauve",
    ),
    # Photo: navy running tee, black tights, side view.
    # Caption by the caption adapter: "His T-shirt". Closed: color is the tights' black.
    case(
        "X1591-035",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. His T-shirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        color_of("leggings", "black"),
        gender="Women",
        title="ADIDAS Women Navy Blue Solid Own The Run T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: blue hooded windcheater zipped up, black leggings, a steel water bottle in her hand. No color column.
    # Caption by the caption adapter (right). Closed: "button" for the zipped windcheater.
    case(
        "X1591-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        closure("button", "contradiction"),
        is_a("raincoat", "no"),
        gender="Women",
        title="Wildcraft Women Blue Solid Hooded Windcheater Jacket",
        category="Jackets",
    ),
    # Photo: black tights with three white stripes down the sides, white tee.
    # Caption by the caption adapter: "pure color" for the striped tights. Closed by the reference engine, all right.
    case(
        "X1591-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("pair of leggings", "yes"),
        color_of("t-shirt", "white"),
        gender="Women",
        title="ADIDAS Women Black & White Striped 3-Stripes Training Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: nude lightly padded sports bra, black tights.
    # Caption by the caption adapter, cut. Closed: "pink" for the nude bra (it reads pinkish beige, not pink).
    case(
        "X1591-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        color_of("leggings", "black"),
        gender="Women",
        title="Shyaway Women Nude-Coloured Solid Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Nude",
    ),
    # Photo: grey melange track pants, black pullover hoodie over them, model front. No gender column.
    # Caption by the caption adapter (right). Closed: the engine took the hoodie for the product (type and color).
    case(
        "X1591-039",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "woman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        color_of("pants", "grey"),
        title="Nike Women Grey Melange Solid Training Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: yellow sleeveless active tank with a black logo print, black shorts.
    # Caption by the caption adapter (right). Closed: "short sleeves" for a sleeveless tank.
    case(
        "X1591-040",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("tank top"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("sports bra", "no"),
        gender="Women",
        title="Puma Women Yellow Printed Slim Fit Active Tank Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: black mid-thigh cycling shorts, oversized white tee knotted at the waist.
    # Caption by the caption adapter: repeats the shorts sentence, cut. Closed by the reference engine, all right.
    case(
        "X1591-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a medium short shorts. The shorts are with cotton fabric and pure color patterns. The shorts "
            "are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("pair of leggings", "no"),
        color_of("t-shirt", "white"),
        gender="Women",
        title="Van Heusen Women Black Solid Antimicrobial Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: pink sports bra, grey tights; she holds a dumbbell at her side, bare wrists. No gender column.
    # Caption by the caption adapter: takes the dumbbell for a wrist accessory. Closed: leggings get the bra's pink.
    case(
        "X1591-042",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "pink", "other_garment_color"),
        is_a("sports bra", "yes"),
        title="ADIDAS Women Pink Solid Training Sports Bra",
        category="Sports Bra",
        color="Pink",
    ),
    # Photo: all-black outfit: fitted long-sleeve training top with thumbholes, black tights.
    # Caption by the caption adapter (right); closed by the reference engine, all right (both garments are black).
    case(
        "X1591-043",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        neckline("round neck"),
        color_of("leggings", "black"),
        gender="Women",
        title="Nike Women Black Solid Dri-FIT Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy and white horizontally striped sports tee, white shorts.
    # Caption by the caption adapter, cut. Closed: the white shorts get the tee's navy.
    case(
        "X1591-044",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        color_of("shorts", "navy blue", "other_garment_color"),
        gender="Women",
        title="Rock.it Women Navy Blue & White Striped Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: olive flared yoga pants, black crop top, model front.
    # Caption by the caption adapter (right). Closed: "leggings" for flared pants.
    case(
        "X1591-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("leggings", "contradiction"),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("pair of track pants", "yes"),
        color_of("top", "black"),
        gender="Women",
        title="Kica Women Olive Green Solid Flared Yoga Pants",
        category="Track Pants",
        color="Olive",
    ),
]
