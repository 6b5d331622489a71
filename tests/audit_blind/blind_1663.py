"""BLIND_1663 (45 products; Myntra women's activewear): written blind in the sixty-seventh session. Measured blind at
c7905fe (the session's first rules): 57/66 failures found (86.4%) and 5/198 correct texts flagged (2.5%). The
writer's notes, verbatim:

Scenario: a Myntra women's activewear and sportswear feed (sports bras, tights, capris, joggers and track pants, track
jackets, sweatshirts, tees, tank tops, shorts, one tracksuit), 45 products. Most photos are the catalog's usual model
shots on a plain light-grey backdrop, the product worn with other clothes (a sports bra over tights, tights under a
tee, a jacket open over a bra); two are flat lays, a few are back or side views, and some have a prop (yoga mat,
dumbbells). Catalog columns as Myntra has them: title, category (the article type: Sports Bra, Tights, Capris, Track
Pants, Jackets, Sweatshirts, Tshirts, Tops, Shorts, Tracksuits), color (the base colour) and gender; a few rows lack
one of them.
Who wrote what: every caption comes from the epoch-2 caption adapter (LoRA on blip2-opt-2.7b, trained with the
unmasked labels), free generation with 50 new tokens; it writes the DeepFashion-MultiModal template ("pure color
patterns", "cotton fabric", "suspenders neckline", "The lady wears a long trousers") and never stops on its own, so
every caption ran to the limit. Every question is closed and answered by the reference engine (ranking a candidate
list: garment types, base colours, patterns, sleeve lengths, yes/no); its answers are always one candidate, except a
color it could not map, which is kept raw ("black and white", "coral"). No open questions in this feed.
Labeling conventions and judgement calls:
- All captions carry hit_limit=True. A caption cut mid-sentence is `cut` unless something worse is wrong with it; a
  caption whose 50th token happened to be a full stop is left unmarked when what it says is true (026, 028, 043).
- One label per text: the worst fault. A caption that calls the product (a sports bra) a "tank top" is
  `contradiction` even when it is also cut; the same word for a sports bra that is not the product (worn under a
  jacket, over tights) is the adapter's missing vocabulary and is not counted against it.
- A caption that describes a person (and trousers) for a flat lay is `unsupported`; so is an invented ring, hat or
  fabric ("denim" leggings). "cotton fabric" for a polyester training garment is left alone: the template says it
  for everything and no title here names the fibre.
- A closed color that is the color of another garment in the photo (the tee over the tights, the bra under an open
  jacket) is `other_garment_color`; a color that is simply wrong for the product (fluorescent green read as yellow,
  charcoal or navy read as black, the yoga mat's pink) is `contradiction`. A pattern or garment type taken from the
  other garment is `contradiction`.
- Accepted as right: "leggings" for Tights, "t-shirt" for a crop tee listed under Tops, "hoodie" for a hooded
  sweatshirt, "purple" for lavender, "maroon" for burgundy, "yellow" for mustard, "grey" for grey melange, "green" for
  teal and sea green, "striped" for a tee or track pants with the three stripes, "graphic" for a big logo print.
- A tracksuit answered "jacket" is `contradiction` (the listing is the two-piece set).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

W = "Women"

BLIND_1663 = [
    # Truth: model facing camera, black racerback sports bra, matching black full-length tights, black smartwatch.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-001",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Puma Women Black Solid Mid-Impact Training Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Truth: navy solid tights worn with a loose white graphic tee (untucked, print on the chest), white sneakers.
    # Caption: epoch-2 caption adapter; answers: reference engine (the tee fills the upper half of the frame).
    case(
        "X1663-002",
        caption(
            "This woman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this woman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "navy blue"),
        Q.pattern("graphic", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        gender=W,
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Truth: grey melange track jacket zipped to the chin, stand collar, hands in pockets, black track pants.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-003",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        color_of("jacket", "grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no"),
        gender=W,
        title="ADIDAS Women Grey Melange Solid Essentials Track Jacket",
        category="Jackets",
        color="Grey Melange",
    ),
    # Truth: three-quarter view, peach padded sports bra with thin straps, light grey joggers. No ring visible.
    # Caption: epoch-2 caption adapter (calls the product a tank top); answers: reference engine.
    case(
        "X1663-004",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a ring on",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "no"),
        gender=W,
        title="Enamor Women Peach-Coloured Solid Padded Medium-Impact Sports Bra",
        category="Sports Bra",
        color="Peach",
    ),
    # Truth: black sports bra with a wide elastic band and a big white swoosh, scoop front; black bike shorts.
    # Caption: epoch-2 caption adapter (tank top, crew neckline: the product misnamed); answers: reference engine.
    case(
        "X1663-005",
        caption(
            "This female wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is crew. This female wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Nike Women Black Dri-FIT Swoosh Logo Print Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Truth: grey melange joggers with cuffed ankles, white crew-neck tee tucked in at the front, white sneakers.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey"),
        color_of("pants", "grey"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        gender=W,
        title="Jockey Women Grey Melange Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Truth: flat lay on white, teal slim running tee, short sleeves, round neck; no person, nothing else in frame.
    # Caption: epoch-2 caption adapter (invents a wearer and her trousers); answers: reference engine.
    case(
        "X1663-007",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="Alcis Women Teal Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Truth: black tights with grey mesh side panels (colour block), worn with a pink sports bra.
    # Caption: epoch-2 caption adapter (the bra as "tank top": not the product); answers: reference engine.
    case(
        "X1663-008",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The female wears a long leggings. The leggings are with cotton fabric and "
            "color block patterns. This female",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("color block"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender=W,
        title="HRX by Hrithik Roshan Women Black & Grey Colourblocked Training Tights",
        category="Tights",
        color="Black",
    ),
    # Truth: lavender boxy cropped tee with short sleeves, black high-rise tights.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-009",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("solid"),
        is_a("crop top", "yes"),
        gender=W,
        title="Puma Women Lavender Solid Boxy Training Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Truth: navy track jacket worn open over a white tank top, navy track pants, ponytail.
    # Caption: epoch-2 caption adapter; answers: reference engine (the white tank fills the middle of the frame).
    case(
        "X1663-010",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "navy blue"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("jacket", "yes"),
        gender=W,
        title="Reebok Women Navy Blue Solid Training Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Truth: black mid-rise leggings, black sports bra, side view mid-stride.
    # Caption: epoch-2 caption adapter (falls into a loop); answers: reference engine.
    case(
        "X1663-011",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The leggings "
            "are with cotton fabric and pure color patterns. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        color_of("tights", "black"),
        gender=W,
        title="Nike Women Black One Dri-FIT Mid-Rise Leggings",
        category="Tights",
        color="Black",
    ),
    # Truth: back view, coral high-impact sports bra with a racerback, black tights, hair in a tight bun.
    # Caption: epoch-2 caption adapter (a man); answers: reference engine (the racerback read as a tank top).
    case(
        "X1663-012",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("coral"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Enamor Women Coral Red Solid High-Impact Racerback Sports Bra",
        category="Sports Bra",
        color="Coral",
    ),
    # Truth: olive joggers with elastic cuffs, black sleeveless crop top, white sneakers, hand on hip.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        color_of("joggers", "olive"),
        Q.pattern("solid"),
        is_a("joggers", "yes", article="a pair of"),
        gender=W,
        title="HRX by Hrithik Roshan Women Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Truth: white slim tee with three black stripes along the shoulders, black tights.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-014",
        caption(
            "This lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="ADIDAS Women White Essentials 3-Stripes Slim Fit T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: two-piece tracksuit, black zip jacket (zipped) and black track pants, small pink logo on both.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-015",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("tracksuit", "yes"),
        gender=W,
        title="Puma Women Black Solid Knitted Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Truth: black yoga tights with an all-over grey abstract print, black solid sports bra.
    # Caption: epoch-2 caption adapter; answers: reference engine (pattern read off the solid bra).
    case(
        "X1663-016",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton "
            "fabric. It has a round neckline. The female wears a long leggings. The leggings are with cotton fabric "
            "and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        color_of("tights", "black"),
        is_a("tights", "yes", article="a pair of"),
        gender=W,
        title="Kica Women Black Printed High-Rise Yoga Tights",
        category="Tights",
        color="Black",
    ),
    # Truth: flat lay, maroon sports bra laid out on white; no person, no bottoms.
    # Caption: epoch-2 caption adapter (a wearer and pants that are not there); answers: reference engine.
    case(
        "X1663-017",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. This lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("maroon"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender=W,
        title="C9 Airwear Women Maroon Solid Non-Padded Sports Bra",
        category="Sports Bra",
        color="Maroon",
    ),
    # Truth: black running shorts with a small logo, worn with a grey melange tee that covers the waistband.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "black"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        gender=W,
        title="Under Armour Women Black Play Up 3.0 Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: neon lime-green running tee, short sleeves, black tights; the green is plainly green in the photo.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-019",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="HRX by Hrithik Roshan Women Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Truth: pink crew-neck sweatshirt with a white logo across the chest, black leggings.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-020",
        caption(
            "This woman wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric and its "
            "neckline is round. This woman wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        is_a("hoodie", "no"),
        gender=W,
        title="Reebok Women Pink Logo Print Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Pink",
    ),
    # Truth: charcoal grey tights (clearly dark grey next to the black shoes), white sports bra.
    # Caption: epoch-2 caption adapter (loops); answers: reference engine.
    case(
        "X1663-021",
        caption(
            "The female wears a long leggings with pure color patterns. The leggings are of long length. The leggings "
            "are of long length. The leggings are of long length. The leggings are of long length. The leggings are "
            "of",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("black", "contradiction"),
        color_of("tights", "grey"),
        Q.pattern("solid"),
        is_a("track pants", "no", article="a pair of"),
        gender=W,
        title="Alcis Women Charcoal Grey Solid Slim Fit Training Tights",
        category="Tights",
        color="Charcoal",
    ),
    # Truth: blue and white colourblocked track jacket, zipped, white leggings; bare head, no cap or hat.
    # Caption: epoch-2 caption adapter (invents a hat); answers: reference engine.
    case(
        "X1663-022",
        caption(
            "The lady is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. She wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender=W,
        title="Puma Women Blue & White Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Truth: white scoop-neck sports bra, black tights, a fitness band on the left wrist.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-023",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Nike Women White Solid Swoosh Light-Support Sports Bra",
        category="Sports Bra",
        color="White",
    ),
    # Truth: black sports bra and black tights, model holding a rolled-up bright pink yoga mat against her hip.
    # Caption: epoch-2 caption adapter (product called a tank top); answers: reference engine (the mat's pink).
    case(
        "X1663-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender=W,
        title="HRX by Hrithik Roshan Women Black Solid Padded Workout Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Truth: navy capri leggings ending mid-calf, white tank top, white sneakers.
    # Caption: epoch-2 caption adapter (calls the capris long); answers: reference engine.
    case(
        "X1663-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        is_a("capris", "no", "contradiction", article="a pair of"),
        gender=W,
        title="Jockey Women Navy Blue Solid Capri Leggings",
        category="Capris",
        color="Navy Blue",
    ),
    # Truth: back view, red running tee, black leggings, ponytail.
    # Caption: epoch-2 caption adapter (the 50th token is a full stop; all true); answers: reference engine.
    case(
        "X1663-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="ASICS Women Red Solid Core Running T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Truth: black high-rise tights with a white geometric print, worn with a white tee knotted at the waist.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-027",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This female wears a long leggings. The leggings are with cotton fabric and lattice "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "black"),
        Q.pattern("printed"),
        is_a("tights", "yes", article="a pair of"),
        gender=W,
        title="Zelocity by Zivame Women Black Printed High-Rise Tights",
        category="Tights",
        color="Black",
    ),
    # Truth: black track pants with three white side stripes, grey hoodie, black baseball cap.
    # Caption: epoch-2 caption adapter (ends on a full stop; the cap is real); answers: reference engine.
    case(
        "X1663-028",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and striped patterns. There is a hat on "
            "her head.",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        color_of("pants", "grey", "other_garment_color"),
        Q.pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        gender=W,
        title="ADIDAS Women Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Truth: teal sports bra with matching teal tights (a set shot), front view.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-029",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("green"),
        Q.pattern("solid"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Puma Women Teal Blue Solid Mid-Impact Sports Bra",
        category="Sports Bra",
        color="Teal",
    ),
    # Truth: mustard hooded sweatshirt with kangaroo pocket, black joggers.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-030",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This woman wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("jacket", "no"),
        gender=W,
        title="Proline Active Women Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Truth: model seated cross-legged on a yoga mat, grey sports bra, black tights; hands in her lap, no rings.
    # Caption: epoch-2 caption adapter (invents a ring); answers: reference engine.
    case(
        "X1663-031",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady wears a "
            "ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Nike Women Grey Melange Solid Yoga Light-Support Sports Bra",
        category="Sports Bra",
        color="Grey Melange",
    ),
    # Truth: black sports bra with a pink floral print, black tights.
    # Caption: epoch-2 caption adapter (product called a tank top); answers: reference engine.
    case(
        "X1663-032",
        caption(
            "This lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric and its "
            "neckline is round. This lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("floral"),
        is_a("tank top", "yes", "contradiction"),
        gender=W,
        title="Reebok Women Black & Pink Floral Print Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Truth: white and red colourblocked track jacket worn open over a navy sports bra, navy tights.
    # Caption: epoch-2 caption adapter; answers: reference engine (navy from the bra and tights).
    case(
        "X1663-033",
        caption(
            "The lady is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        gender=W,
        title="FILA Women White & Red Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Truth: black cycling shorts mostly hidden under an oversized white tee; only the lower half of the shorts shows.
    # Caption: epoch-2 caption adapter; answers: reference engine (the tee dominates).
    case(
        "X1663-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "black"),
        Q.pattern("solid"),
        is_a("shorts", "yes", article="a pair of"),
        gender=W,
        title="Kappa Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: side view, model with a pixie cut, burgundy slim training tee, black tights.
    # Caption: epoch-2 caption adapter (a man); answers: reference engine.
    case(
        "X1663-035",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The guy wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="HRX by Hrithik Roshan Women Burgundy Solid Slim Fit Training T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # Truth: black full-length tights, red sports bra, a dumbbell in each hand.
    # Caption: epoch-2 caption adapter (denim leggings); answers: reference engine.
    case(
        "X1663-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("red", "other_garment_color"),
        color_of("tights", "black"),
        Q.pattern("solid"),
        is_a("tights", "yes", article="a pair of"),
        gender=W,
        title="Puma Women Black Solid Full-Length Training Tights",
        category="Tights",
        color="Black",
    ),
    # Truth: lavender padded sports bra with a V front, matching lavender tights. (Feed row has no gender.)
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-037",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        title="Clovia Women Lavender Solid Padded Active Sports Bra",
        category="Sports Bra",
        color="Lavender",
    ),
    # Truth: black lightweight running jacket (nylon shell), zipped, black tights.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-038",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is stand. This lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("sweatshirt", "no"),
        gender=W,
        title="ADIDAS Women Black Own The Run Running Jacket",
        category="Jackets",
        color="Black",
    ),
    # Truth: pink joggers, white cropped hoodie, white sneakers.
    # Caption: epoch-2 caption adapter (loops back to the pants); answers: reference engine.
    case(
        "X1663-039",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("pink"),
        color_of("joggers", "pink"),
        Q.pattern("solid"),
        is_a("joggers", "yes", article="a pair of"),
        gender=W,
        title="Skechers Women Pink Solid Relaxed Fit Joggers",
        category="Track Pants",
        color="Pink",
    ),
    # Truth: navy solid round-neck sports tee (no stripes anywhere), grey tights.
    # Caption: epoch-2 caption adapter (striped); answers: reference engine.
    case(
        "X1663-040",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        gender=W,
        title="Masch Sports Women Navy Blue Solid Round Neck Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Truth: black and white camouflage print sports bra, black tights.
    # Caption: epoch-2 caption adapter; answers: reference engine (color kept raw).
    case(
        "X1663-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black and white"),
        Q.pattern("camouflage"),
        is_a("sports bra", "yes"),
        gender=W,
        title="HRX by Hrithik Roshan Women Black & White Camouflage Print Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Truth: grey racerback tank top (covers the midriff, loose hem), black running shorts.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-042",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. This lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        is_a("sports bra", "yes", "contradiction"),
        gender=W,
        title="Puma Women Grey Solid Racerback Training Tank Top",
        category="Tops",
        color="Grey",
    ),
    # Truth: black sports bra with a white swoosh, black tights, white ankle socks. (Feed row has no base colour.)
    # Caption: epoch-2 caption adapter (the 50th token is a full stop; all true); answers: reference engine.
    case(
        "X1663-043",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears socks.",
            hit_limit=True,
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        gender=W,
        title="Nike Women Black Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
    ),
    # Truth: navy full-length track pants (clearly navy against the grey backdrop), matching navy jacket zipped.
    # Caption: epoch-2 caption adapter (calls the full-length pants three-point); answers: reference engine.
    case(
        "X1663-044",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The lady wears a three-point pants. The pants are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        gender=W,
        title="Reebok Women Navy Blue Solid Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Truth: sea green tights, white tee, white sneakers, a water bottle in one hand.
    # Caption: epoch-2 caption adapter; answers: reference engine.
    case(
        "X1663-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "green"),
        Q.pattern("solid"),
        is_a("track pants", "no", article="a pair of"),
        gender=W,
        title="Alcis Women Sea Green Solid Slim Fit Training Tights",
        category="Tights",
        color="Sea Green",
    ),
]
