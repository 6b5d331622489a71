"""BLIND_830 (46 products; Myntra men's activewear, caption adapter epoch 2): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 108/122 failures found (88.5%) and 4/170 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's activewear and sportswear (track pants, joggers, training and running
t-shirts, shorts, track jackets, windcheaters, a tracksuit, two sweatshirts). Catalog photos on a white backdrop, the
product worn by a male model who also wears other clothes (a tee with the track pants or shorts, a tee under
an open jacket), mostly front views, three back or side views. Seller columns: title, category (Myntra's
article type), color (Myntra's base colour), gender; one row lacks the title, one the color, one the gender.

Who wrote what: the caption and every open answer come from the caption adapter at its second epoch (trained on
DeepFashion template captions, unmasked labels, no end token). It writes the template ("The gentleman wears a
long pants with pure color patterns. The pants are with cotton fabric...") for captions and often for questions
too, with DeepFashion's pattern words instead of hues ("pure color", "color block", "lattice"); at epoch 2 some of
the base model's short answers and hue names survive, and it stops on its own about half the time. Otherwise it runs
to the limit (50 tokens for captions, 30 for answers), looping on a phrase or cut mid-sentence, sometimes writing the
next "Question: ... Answer:" turn. It calls a cotton-looking garment "cotton" and everything else too, says "lady" or
"female" for some male models, and gives the product the color of the other garment in view. Closed answers (the
color, type, pattern and sleeve questions, the yes/no "Is this a ...?") come from enrich's --engine reference: one
candidate value each, never looped or cut, but sometimes the other garment's color or the wrong type.

Labeling conventions and judgement calls:
- One label per text. A text that ran to its limit is labeled by what is wrong in what it says first (loop, leak,
  pronoun, contradiction, other_garment_color, unsupported); it is labeled "cut" only when what it says is right and
  the only fault is that it stops mid-sentence. hit_limit=True on every text that ran to its token limit.
- The caption template returned for an open question, when what it says is right and it ends cleanly, is correct
  (it answers "what is he wearing?" well enough); returned for the material question and running to the limit it is
  "cut".
- Colors by Myntra's coarse groups: olive and lime green are green, teal is blue, charcoal and grey melange are grey,
  maroon is red. "Black" for a charcoal or navy product and "yellow" for a lime green one are contradictions; "blue"
  for teal and "green" for olive are correct. "Pure color patterns" for a garment with only a side stripe or piping
  is accepted (the caption data's word for a plain garment).
- A closed color answer that is the other garment's color (the tee's white for the track pants) is labeled
  other_garment_color, as are open ones; a color that belongs to no other garment in view, or only to a trim, panel
  or print on the product itself, is a contradiction. The product's color given to the other garment as well ("red
  shorts and a red t-shirt" over a black tee) is a contradiction; the other garment's color given to both ("a navy
  t-shirt and navy shorts" for grey shorts) is other_garment_color.
- Materials: "cotton" is accepted for knit joggers, sweatshirts and shorts that look like cotton jersey and a title
  that names no fabric; it is "unsupported" for Dri-FIT, Rapid-Dry, HeatGear, compression or nylon garments and for
  visibly shiny track jackets. "Leather" or "denim" for activewear is unsupported.
- A detail that cannot be seen (the back of a front view, the front of a back view, a hood that is not there, ankle
  zips on a straight hem, a kangaroo pocket on a zip hoodie) is "unsupported".
- "They are long" or a single word ("shorts", "pockets", "t-shirt") for an open question is "non_answer", even where
  the word is true ("shorts" for what the man wears over a tee); the question echoed back or turned into a sentence
  that names nothing new is "restated".
- "Lady", "female" or "woman" for the male model is "pronoun", like "she".
- A closed garment type that is another class than the seller's category ("shirt" for a polo t-shirt), "no" to
  "Is this a jacket?" for a jacket and "short" sleeves for a sleeveless or full-sleeve tee are contradictions.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_830 = [
    # photo: black track pants with two thin white side stripes and a drawcord waist, worn with a white crew-neck tee
    # with a small logo and black sneakers; white backdrop, front view. Caption, wearing, details: caption adapter
    # epoch 2; color, type, yes/no: reference engine.
    case(
        "X830-001",
        caption(
            "This man wears a long pants with pure color patterns and a short-sleeve T-shirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and the waist of the pants",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "black"),
        Q.garment_type("track pants"),
        is_a("pair of track pants", "yes"),
        details("track pants", "white stripes on the side, elastic waistband with a drawstring"),
        wearing("a white t-shirt and black track pants", who="the man"),
        describe(
            "track pants", "black track pants with a white stripe on the side and a zipper on the front", "unsupported"
        ),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue crew-neck training tee with a white swoosh on the chest, worn with grey shorts; white backdrop,
    # front view. Caption, open color, material, description: caption adapter; color, sleeves: reference engine.
    case(
        "X830-002",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        material("polyester"),
        describe("t-shirt", "a navy blue t-shirt with a white nike logo on the chest"),
        title="Nike Men Navy Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: heathered grey tapered joggers with three white side stripes and cuffed ankles, worn with a black
    # crew-neck sweatshirt and white sneakers; white backdrop, front view. Caption and open texts: caption adapter;
    # type, color: reference engine.
    case(
        "X830-003",
        caption("a man wearing a black sweatshirt and grey jogger pants with white stripes"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        Q.color("grey"),
        details(
            "joggers",
            "three white stripes on the side, cuffed ankles, elastic waistband, side pockets, three white stripes on "
            "the side, cuffed ankles, elastic",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a black sweatshirt and grey joggers.", who="the man"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Adidas Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: charcoal grey short-sleeve crew tee with a neon green reflective HRX logo print at the chest, black
    # running shorts; white backdrop, front view. Caption, description, material, wearing: caption adapter; color,
    # pattern: reference engine.
    case(
        "X830-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round.",
            "pronoun",
        ),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        describe("t-shirt", "a grey t-shirt with a green logo print on the chest"),
        material("cotton", "unsupported"),
        wearing("she is wearing a grey t-shirt and black shorts", "pronoun"),
        title="HRX by Hrithik Roshan Men Charcoal Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red knee-length training shorts with a small white logo on the left leg, worn with a black crew tee;
    # white backdrop, front view. Caption, details, description: caption adapter; color, type, yes/no: reference.
    case(
        "X830-005",
        caption("a man in a black t-shirt and red shorts standing in front of a white background"),
        color_of("shorts", "red"),
        Q.garment_type("shorts"),
        details("shorts", "shorts", "non_answer"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        wearing("red shorts and a red t-shirt", "contradiction", who="the man"),
        title="Reebok Men Red Training Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: olive green track pants with black side panels and zipped side pockets, worn with a black tee; white
    # backdrop, front view. Caption, open color, details, material: caption adapter; color, yes/no: reference.
    case(
        "X830-006",
        caption(
            "This man wears a long pants with color block patterns. The pants are with cotton fabric. The man wears a "
            "short-sleeve T-shirt with pure color patterns. It has a round neckline."
        ),
        Q.color("green"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        details("track pants", "zipped pockets, black side panels, elastic waist with a drawcord"),
        is_a("pair of track pants", "yes"),
        material("denim", "unsupported"),
        title="Proline Men Olive Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: black training shorts with a white swoosh on the left leg, worn with a grey melange tee; white backdrop,
    # front view. Caption, description, details: caption adapter; color, type: reference engine.
    case(
        "X830-007",
        caption("a man wearing a grey t-shirt and black shorts"),
        Q.color("grey", "other_garment_color"),
        describe("shorts", "black shorts with a white nike logo on the left leg and an elastic waistband"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        Q.garment_type("shorts"),
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue full-zip training jacket, matte knit, black shoulder panels, white cat logo, stand collar, no
    # hood, worn zipped with black track pants; white backdrop, front view. Caption, wearing, details: caption
    # adapter; color, sleeves, yes/no: reference engine.
    case(
        "X830-008",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("long"),
        wearing("a blue jacket with a hood and black pants", "unsupported", who="the man"),
        details(
            "jacket",
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Puma Men Blue Solid Training Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white crew-neck training tee with three black stripes over the shoulders, worn with black track pants;
    # white backdrop, front view. Caption, open color, description, wearing: caption adapter; color, sleeves:
    # reference engine.
    case(
        "X830-009",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        describe("t-shirt", "white t-shirt with black stripes on the shoulders"),
        wearing(
            "a white t-shirt and black pants Question: What is the man wearing? Answer: a white t-shirt and black "
            "pants Question: What",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Adidas Men White Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal blue running tee with grey mesh side panels and a small white logo on the chest, worn with black
    # track pants; white backdrop, front view. Caption, details, material: caption adapter; color, pattern, yes/no:
    # reference engine.
    case(
        "X830-010",
        caption("a man in a blue t-shirt and black pants"),
        Q.color("blue"),
        Q.pattern("solid"),
        details("t-shirt", "mesh panels on the sides, round neck, short sleeves, small logo on the chest"),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "grey", "contradiction", kind="open"),
        title="Fila Men Teal Running T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: grey melange cotton-knit joggers with a navy drawcord and ribbed cuffs, worn with a navy blue tee; white
    # backdrop, front view. Caption, material, description, wearing: caption adapter; color, type: reference engine.
    case(
        "X830-011",
        caption(
            "This man wears a long pants with striped patterns. The pants are with cotton fabric. This man wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a",
            "contradiction",
            hit_limit=True,
        ),
        color_of("joggers", "navy blue", "other_garment_color"),
        Q.garment_type("track pants"),
        material("cotton"),
        describe("joggers", "grey joggers with a navy drawstring and ribbed cuffs"),
        wearing("a blue t-shirt and grey joggers", who="the man"),
        title="Jockey Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black nylon hooded windbreaker, shiny, with a white chevron panel across the chest, full zip, worn with
    # grey joggers; white backdrop, front view. Caption and open texts: caption adapter; color, pattern, yes/no:
    # reference engine.
    case(
        "X830-012",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("colour block"),
        is_a("jacket", "no", "contradiction"),
        details("jacket", "hood, full zip, white chevron across the chest, elastic cuffs"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        wearing("the man is wearing a black and white jacket and grey pants", who="the man"),
        title="Nike Men Black Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: maroon fitted training tee with a white logo at the chest, model with arms crossed, black shorts; white
    # backdrop, front view. Caption, open color, material, description: caption adapter; color, sleeves: reference.
    case(
        "X830-013",
        caption("a man in a maroon t-shirt with his arms crossed"),
        Q.color("red"),
        color_of(
            "t-shirt",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        material("The T-shirt is with cotton fabric and pure color patterns.", "unsupported"),
        describe(
            "t-shirt",
            "maroon t-shirt with white logo Question: Describe the t-shirt. Answer: maroon t-shirt with white logo "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        title="Under Armour Men Maroon HeatGear Training T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue training shorts with orange piping down the sides and a small orange logo print, worn with a
    # plain white tee; white backdrop, front view. Caption and open texts: caption adapter; color, yes/no: reference.
    case(
        "X830-014",
        caption(
            "The man wears a shorts with pure color patterns. The shorts are with cotton fabric. The man wears a "
            "short-sleeve T-shirt with pure color patterns. It has a round neckline."
        ),
        Q.color("white", "other_garment_color"),
        details("shorts", "orange piping on the sides, elastic waistband, side pockets"),
        wearing("white t-shirt and navy shorts", who="the man"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "Describe the shorts.", "restated"),
        color_of("shorts", "orange", "contradiction", kind="open"),
        title="Proline Men Navy Blue Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black slim track pants with three white side stripes and zipped ankles, worn with a plain red tee;
    # white backdrop, front view. Caption and open texts: caption adapter; color, type: reference engine.
    case(
        "X830-015",
        caption(
            "The lady wears a long pants with striped patterns. The pants are with cotton fabric. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The lady",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("black"),
        color_of("track pants", "red", "other_garment_color", kind="open"),
        details("track pants", "three white stripes down the side, zipped ankles, zip pockets"),
        Q.garment_type("track pants"),
        wearing("a red t-shirt and black track pants", who="the man"),
        title="Adidas Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: tracksuit: navy blue zip jacket with grey sleeve panels and matching navy pants, worn zipped, white
    # sneakers; white backdrop, front view. Caption and open texts: caption adapter; type, color: reference engine.
    case(
        "X830-016",
        caption("a man wearing a blue and grey tracksuit"),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details("jacket", "zipper, stand-up collar, grey panels on the sleeves, two zip pockets"),
        describe(
            "tracksuit",
            "a navy blue tracksuit with a grey stripe on the sleeves and a grey stripe on the pants and a grey stripe "
            "on the sleeves and a grey stripe on the",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        title="Puma Men Navy Blue & Grey Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: lime green crew-neck training tee with a black logo print, worn with black shorts; white backdrop, front
    # view. Caption, description, wearing: caption adapter; color, pattern: reference engine.
    case(
        "X830-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", "contradiction"),
        Q.pattern("printed"),
        describe("t-shirt", "green t-shirt with a black logo"),
        wearing("he is wearing a green t-shirt and black shorts", who="the man"),
        title="Reebok Men Lime Green Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: orange nylon windcheater with a hood, black zip and two zipped side pockets, worn zipped with black
    # pants; white backdrop, front view. Caption and open texts: caption adapter; color, sleeves: reference engine.
    # The feed row has no gender.
    case(
        "X830-018",
        caption("a man in an orange jacket with a hood"),
        Q.color("orange"),
        material("leather", "unsupported"),
        Q.sleeve_length("long"),
        details(
            "jacket",
            "hood, zipper, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing an orange jacket with a hood and a pair of black pants. The jacket has a zipper on "
            "the front and two pockets on the",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        title="Wildcraft Men Orange Hooded Windcheater",
        category="Jackets",
        color="Orange",
    ),
    # photo: navy blue pique polo t-shirt with white tipping on the collar and a three-button placket, worn with grey
    # track pants; white backdrop, front view. Caption, open color, description, wearing: caption adapter; type,
    # color: reference engine.
    case(
        "X830-019",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants."
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("navy blue"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a navy blue polo shirt with white tipping on the collar and three buttons"),
        wearing("a polo shirt and grey pants", who="the man"),
        title="Adidas Men Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive and khaki camouflage print training shorts, worn with a plain black tee; white backdrop, front
    # view. Caption, details, material: caption adapter; pattern, color, closed color of shorts: reference engine.
    case(
        "X830-020",
        caption("a man wearing a black t-shirt and camouflage shorts"),
        Q.pattern("printed"),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "green"),
        details(
            "shorts",
            "The shorts are with cotton fabric and complicated patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        Q.garment_type("track pants", "contradiction"),
        title="Nike Men Olive Camo Printed Training Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey crew-neck sweatshirt with a black logo on the chest, worn with black track pants; white backdrop,
    # front view. Caption and open texts: caption adapter; color, sleeves, yes/no: reference engine.
    case(
        "X830-021",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long pants."
        ),
        Q.color("grey"),
        Q.sleeve_length("long"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        wearing(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no", "contradiction"),
        describe("sweatshirt", "a grey sweatshirt with a hood and a zipper", "unsupported"),
        title="Puma Men Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue training shorts with a black waistband, no side stripe, worn with a white sleeveless tank;
    # white backdrop, front view. Caption, description, details, material: caption adapter; color, yes/no: reference.
    case(
        "X830-022",
        caption("a man wearing a white tank top and blue shorts"),
        Q.color("blue"),
        describe("shorts", "blue shorts with a black waistband and a black stripe on the side", "unsupported"),
        details(
            "shorts",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        is_a("pair of shorts", "yes"),
        title="HRX by Hrithik Roshan Men Blue Rapid-Dry Training Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon zip track jacket with three white stripes on the sleeves and a stand collar, worn open over a
    # white tee, black track pants; white backdrop, front view. Caption and open texts: caption adapter; color,
    # pattern: reference engine.
    case(
        "X830-023",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. There "
            "is a T-shirt under the jacket. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "maroon", kind="open"),
        details("jacket", "white stripes on the sleeves, zipper, stand collar, zip pockets"),
        wearing("a maroon jacket over a white t-shirt and black pants", who="the man"),
        Q.pattern("striped"),
        title="Adidas Men Maroon Track Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: black crew-neck tee with a large white-and-red "RUN" graphic print on the chest, worn with grey joggers;
    # white backdrop, front view only. Caption and open texts: caption adapter; color, pattern: reference engine.
    case(
        "X830-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "a black t-shirt with a white and red graphic that says run on the front"),
        details("t-shirt", "the t-shirt has a graphic print on the front and the back", "unsupported"),
        wearing("a black t-shirt and grey jogger pants", who="the man"),
        title="Proline Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey heathered training tee with a black swoosh, worn with black shorts; white backdrop, front view.
    # Caption and open texts: caption adapter; color, sleeves: reference engine.
    case(
        "X830-025",
        caption("a woman in a grey nike t-shirt and black shorts", "pronoun"),
        Q.color("grey"),
        material("cotton", "unsupported"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "a grey t-shirt with a black nike logo on the chest and a black nike logo on the chest and a black nike "
            "logo on the chest and",
            "loop",
            hit_limit=True,
        ),
        wearing("grey t-shirt, black shorts", who="the man"),
        title="Nike Men Grey Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: bright red joggers with black ribbed cuffs and a black drawcord, worn with a black pullover hoodie; white
    # backdrop, front view. Caption and open texts: caption adapter; color, yes/no: reference engine.
    case(
        "X830-026",
        caption(
            "This man wears a long pants with pure color patterns. The pants are with cotton fabric. This man wears a "
            "long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        details("joggers", "black ribbed cuffs, black drawstring, side pockets"),
        is_a("pair of joggers", "no", "contradiction"),
        wearing("a black hoodie and red pants", who="the man"),
        title="Puma Men Red Solid Joggers",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: olive green sleeveless muscle tee with deep armholes and a black logo, worn with black shorts; white
    # backdrop, front view. Caption and open texts: caption adapter; sleeves, color, type: reference engine.
    case(
        "X830-027",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts."
        ),
        Q.sleeve_length("short", "contradiction"),
        Q.color("green"),
        describe("t-shirt", "an olive green sleeveless t-shirt with a black logo"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt"),
        wearing("She is wearing a green tank top and black shorts", "pronoun", who="the man"),
        title="HRX by Hrithik Roshan Men Olive Sleeveless Training T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: back view: grey melange knit shorts with a small logo on the left back leg, worn with a white tee; white
    # backdrop; the front of the shorts is not visible. Caption and open texts: caption adapter; color, type:
    # reference engine.
    case(
        "X830-028",
        caption("the back of a man wearing a white t-shirt and grey shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "The shorts are with cotton fabric and pure color patterns."),
        describe("shorts", "grey shorts with a drawstring waist and a zip pocket on the front", "unsupported"),
        material("cotton"),
        wearing(
            "white t-shirt and grey shorts Question: What is the man wearing? Answer: white t-shirt and grey shorts "
            "Question: What is the man wearing? Answer: white t",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Puma Men Grey Melange Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue crew tee with a white "JUST DO IT." text print across the chest, worn with black track pants; white
    # backdrop, front view. Caption and open texts: caption adapter; pattern, color: reference engine.
    case(
        "X830-029",
        caption("a man wearing a blue nike t-shirt with just do it written on it"),
        Q.pattern("graphic"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        Q.color("blue"),
        details(
            "t-shirt",
            "just do it just do it just do it just do it just do it just do it just do it just do it just do it just "
            "do it",
            "loop",
            hit_limit=True,
        ),
        wearing("what is the man wearing", "restated", who="the man"),
        title="Nike Men Blue Printed Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue straight-fit track pants with white piping down the sides and a drawcord waist, worn with a grey
    # melange tee; white backdrop, front view. Caption and open texts: caption adapter; color: reference engine.
    case(
        "X830-030",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        color_of("track pants", "navy blue", kind="open"),
        details("track pants", "white piping on the sides, elastic waistband with drawstring, two side pockets"),
        describe("track pants", "they are long", "non_answer"),
        wearing("a grey t-shirt and navy blue track pants", who="the man"),
        title="Jockey Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy blue woven training jacket with a red zip trim, stand collar, two zipped waist pockets, no hood,
    # worn zipped with black track pants; white backdrop, front view. Caption and open texts: caption adapter; color,
    # yes/no, sleeves: reference engine.
    case(
        "X830-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("jacket", "blue and red", kind="open"),
        describe("jacket", "a blue jacket with a red zipper"),
        details("jacket", "red zip, stand collar, two zip pockets at the waist, a hood", "unsupported"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long"),
        title="Reebok Men Navy Blue Woven Training Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black shorts with three white side stripes and a drawcord, worn with a white tee; white backdrop, front
    # view. Caption and open texts: caption adapter; color, type: reference engine. The feed row has no color.
    case(
        "X830-032",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is round.",
            "pronoun",
        ),
        Q.color("black"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "three white stripes on the side, elastic waistband, drawcord"),
        Q.garment_type("shorts"),
        title="Adidas Men Black 3-Stripes Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: back view: black crew tee with a large white cat-and-wordmark graphic across the back, worn with black
    # shorts; white backdrop; the front and the neckline are not visible. Caption and open texts: caption adapter;
    # color, pattern: reference engine.
    case(
        "X830-033",
        caption("the back of a man wearing a black t-shirt with a white puma logo"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("t-shirt", "black t-shirt with a white puma logo on the back and a v-neck", "unsupported"),
        details(
            "t-shirt",
            "black Question: What are the t-shirt details? Answer: black Question: What are the t-shirt details? "
            "Answer: black Question: What are",
            "leak",
            hit_limit=True,
        ),
        wearing("black t-shirt and black shorts", who="the man"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Men Black Graphic Print Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal grey track pants with a black side stripe and a straight hem (no ankle zips), worn with a white
    # tee; white backdrop, front view. Caption and open texts: caption adapter; color, yes/no: reference engine.
    case(
        "X830-034",
        caption("a man in a white t-shirt and grey pants"),
        Q.color("white", "other_garment_color"),
        color_of("track pants", "grey", kind="open"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("track pants", "black stripe on the side, elastic waist, ankle zips", "unsupported"),
        material("polyester"),
        title="Nike Men Charcoal Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard yellow training tee with a navy logo, worn with navy shorts; white backdrop, front view. Caption
    # and open texts: caption adapter; color, sleeves: reference engine.
    case(
        "X830-035",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This man wears a three-point shorts. The shorts are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "t-shirt", "non_answer"),
        Q.sleeve_length("short"),
        wearing("a yellow t-shirt and blue shorts", who="the man"),
        title="Reebok Men Yellow Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black track pants with neon green panels on the lower legs and zipped side pockets, worn with a black
    # tee; white backdrop, front view. Caption and open texts: caption adapter; color, pattern: reference engine.
    case(
        "X830-036",
        caption(
            "The gentleman wears a long pants with color block patterns. The pants are with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns."
        ),
        Q.color("black"),
        Q.pattern("colour block"),
        color_of("track pants", "black and green", kind="open"),
        details(
            "track pants",
            "neon green panels on the lower legs, elastic waistband, zip pockets on both sides, zip pockets on both "
            "sides, zip pockets on",
            "loop",
            hit_limit=True,
        ),
        material("the track pants are made of the track pants material", "restated"),
        wearing("black t-shirt, black and green track pants", who="the man"),
        title="HRX by Hrithik Roshan Men Black & Neon Green Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange zip-up hoodie with three white stripes on the sleeves and split side pockets, worn open over
    # a black tee with black track pants; white backdrop, front view. Caption and open texts: caption adapter; type,
    # color, sleeves: reference engine.
    case(
        "X830-037",
        caption("a man in a grey hoodie and black pants"),
        Q.garment_type("sweatshirt"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe(
            "hoodie",
            "the hoodie is grey with white stripes on the sleeves and a zipper in the front, he is wearing it open "
            "over a black t-shirt",
        ),
        Q.sleeve_length("long"),
        details("hoodie", "hood with drawstring, kangaroo pocket, zipper", "unsupported"),
        title="Adidas Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green fleece joggers with a zipped pocket on the right thigh and ribbed cuffs, worn with a black tee
    # and black sneakers; white backdrop, front view. Caption and open texts: caption adapter; color, yes/no: reference.
    case(
        "X830-038",
        caption(
            "The gentleman wears a long pants with pure color patterns. The pants are with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        color_of("joggers", "olive green", kind="open"),
        details("joggers", "zip pocket on the right thigh, tapered leg, ribbed cuffs"),
        is_a("pair of joggers", "yes"),
        describe(
            "joggers",
            "The gentleman wears a long pants with pure color patterns. The pants are with cotton fabric. The "
            "gentleman wears a long pants with pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Olive Green Tech Fleece Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: plain grey woven training shorts with an elastic waist and two side pockets, worn with a black tee; white
    # backdrop, front view. Caption and open texts: caption adapter; color, type: reference engine. The feed row has
    # no title.
    case(
        "X830-039",
        caption(
            "The man wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The man "
            "wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The man",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        describe("shorts", "grey shorts with an elastic waist and two side pockets"),
        details("shorts", "pockets", "non_answer"),
        wearing("shorts", "non_answer", who="the man"),
        Q.garment_type("shorts"),
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue training jacket with a red panel across the chest and a white zip, stand collar, worn zipped
    # with grey joggers, hands in the side pockets; white backdrop, front view. Caption and open texts: caption
    # adapter; color: reference engine.
    case(
        "X830-040",
        caption("a man wearing a blue and red jacket"),
        Q.color("red", "contradiction"),
        color_of("jacket", "navy blue and red", kind="open"),
        details("jacket", "red panel on the chest, white zipper, stand collar"),
        wearing(
            "The man is wearing a navy blue and red jacket and grey pants. He has his hands in his pockets. The "
            "jacket has a white zipper and a",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        material("polyester"),
        title="HRX by Hrithik Roshan Men Navy Blue & Red Colourblocked Training Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black long-sleeve compression top with a white swoosh on the chest, plain cuffs, worn with black shorts;
    # white backdrop, front view. Caption and open texts: caption adapter; sleeves, color: reference engine.
    case(
        "X830-041",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. Its neckline is round. The gentleman "
            "wears a three-point shorts with pure color patterns."
        ),
        Q.sleeve_length("short", "contradiction"),
        Q.color("black"),
        material("cotton", "unsupported"),
        describe("t-shirt", "a black long sleeve compression shirt with a white nike logo on the chest"),
        details("t-shirt", "long sleeves with thumbholes, white logo on the chest, flatlock seams", "unsupported"),
        title="Nike Men Black Pro Compression Full Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey training tee with three black horizontal stripes across the chest, worn with black track pants; white
    # backdrop, front view. Caption and open texts: caption adapter; pattern, color: reference engine.
    case(
        "X830-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("black", "contradiction"),
        color_of("t-shirt", "grey and black", kind="open"),
        describe("t-shirt", "a grey and black striped t-shirt with a round neck"),
        wearing("he's wearing a striped t-shirt and black pants", who="the man"),
        title="Proline Men Grey & Black Striped Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: grey sports shorts with a navy waistband and two side pockets, worn with a navy blue tee; white backdrop,
    # front view. Caption and open texts: caption adapter; color, yes/no: reference engine.
    case(
        "X830-043",
        caption("a man wearing a navy t-shirt and grey shorts"),
        Q.color("navy blue", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "Answer: the shorts have an elastic waistband and two side pockets", "leak"),
        describe("shorts", "grey shorts with a navy blue waistband"),
        is_a("pair of shorts", "yes"),
        wearing("he is wearing a navy t-shirt and navy shorts", "other_garment_color", who="the man"),
        title="Wildcraft Men Grey Solid Sports Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: side view: plain royal blue track pants (no side stripe) with a drawcord waist, worn with a white tee
    # and white sneakers; white backdrop. Caption and open texts: caption adapter; color, type: reference engine.
    case(
        "X830-044",
        caption(
            "This man wears a long pants with pure color patterns. The pants are with cotton fabric. This man wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
        ),
        Q.color("blue"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("track pants"),
        details("track pants", "What are the track pants details?", "restated"),
        wearing("a white t-shirt, blue track pants and white sneakers", who="the man"),
        describe("track pants", "blue track pants with white stripes on the side", "unsupported"),
        title="Puma Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: red track jacket with black shoulder panels and a white swoosh, full zip, worn zipped with black track
    # pants; white backdrop, front view. Caption and open texts: caption adapter; color, sleeves, yes/no: reference.
    case(
        "X830-045",
        caption(
            "The female wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. The "
            "female wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("red"),
        color_of("jacket", "red and black", kind="open"),
        details(
            "jacket",
            "black shoulders, white nike logo, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing("Question: What is the man wearing? Answer: a red jacket and black pants", "leak", who="the man"),
        is_a("jacket", "yes"),
        title="Nike Men Red Academy Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: navy blue training tee with a small all-over white geometric print, worn with grey shorts; white
    # backdrop, front view. Caption and open texts: caption adapter; pattern, color: reference engine.
    case(
        "X830-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with lattice patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        describe("t-shirt", "a navy blue t-shirt with a white geometric print all over"),
        material("The T-shirt is with cotton fabric and pure color patterns.", "contradiction"),
        title="Adidas Men Navy Blue Printed Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
]
