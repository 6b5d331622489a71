"""BLIND_700 (46 products; Myntra gym wear, caption adapter at epoch 3): written blind in the fifty-fourth session.
Measured blind at 2570d7f (the session's sixth rules): 104/122 failures found (85.2%) and 9/169 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a night's enrich run over a Myntra-like feed of men's and women's sports and gym wear: track pants and
joggers, tracksuits, running and gym shorts, training t-shirts and polos, sports bras, tights and capris. Real
Myntra catalog photos: white backdrop, mostly worn by a model who also wears other garments (a t-shirt over the
track pants, tights under the sports bra, a tee under an open track jacket); a few cropped at the knee or chest.
The feed's columns are title, category (Myntra's article type), color (the seller's base colour) and gender; a few
rows lack one of them, as real feeds do.

Who wrote what: every caption and every open answer is free generation by BLIP-2 OPT-2.7b with the caption adapter
at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). Its habits: captions follow the DeepFashion-MultiModal
template ("The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with
cotton fabric and its neckline is round."), never name a hue, call a sports bra a "tank top" or "upper clothing",
add template accessories ("There is an accessory on his wrist", "wears glasses") that are not in the photo, and,
trained without an end token, often run to the 50-token limit and stop mid-sentence or repeat a template sentence.
Open answers (30-token limit) sometimes stop on a newline after a short phrase with hues from the base model, and
sometimes slide back into the caption template, loop, or carry on with the next "Question: ... Answer:" turn.
Closed answers (garment_type, color, pattern, sleeve length, neckline, length, "Is this ...?") come from enrich's
--engine reference, which ranks the candidate values with this adapter and keeps one; they never loop or stop short,
but the ranking often picks the color of the t-shirt worn over the track pants, or a wrong sleeve or pattern.

Labeling conventions and judgement calls:
- One failure per text. I avoided texts with two failures; where a text was cut or looped, the cut or loop is its
  label and nothing else in it is wrong.
- hit_limit=True on every text that ran to its token limit. A text that hit the limit right after a full stop, with
  every claim right for the photo, is labeled correct (two such captions).
- The template's "pure color patterns" for a garment with one small logo, "striped patterns" for side stripes or
  shoulder stripes, and "color block patterns" for contrast panels are correct. "Sweater" for a hoodie, "shirt ...
  lapel" for a polo, "leggings" for tights, "upper clothing" for a sports bra are correct.
- "Tank top" given as the product's type for a sports bra is a contradiction (the seller sells a bra); "jacket" as
  the closed garment type of a tracksuit is a contradiction (the product is the set), "tracksuit" is correct.
- Material: "cotton" where the title names a synthetic (Dri-FIT, Dry Cell) is unsupported, as are denim, wool or
  chiffon for a knit garment; a plausible knit (cotton, polyester, nylon, spandex) not contradicted by the title is
  correct, since the photo cannot settle it. The template's "cotton fabric" in captions is treated the same way.
- Another garment's color given to the product (white for black track pants worn with a white tee) is
  other_garment_color. One color given to both the product and the other garment ("a pink t-shirt and pink pants")
  is a contradiction. A print's color given as the garment's color (pink for a black tee with a pink print) is a
  contradiction, not other_garment_color.
- Seller shades count as their group: maroon answered "red", olive "green", peach "pink", teal "teal" or "blue",
  grey melange or charcoal "grey" are correct. Maroon answered "brown" is a contradiction.
- A one-word or yes/no reply to an open question ("yes", "nothing", "clothes", "navy") is non_answer; the question's
  own words given back ("the t-shirt", "a tracksuit", "details", "the shorts are shorts") is restated.
- A template answer with no hue at all to an open color question is non_answer.
- Pronoun failures are the model's he/she/man/lady/gentleman wrong for the person in the photo (the feed's gender
  matches the model in every photo here).
- A wrong neckline (v-neck for a round neck) is a contradiction, as is a wrong sleeve length or pattern.
- An invented part (hood, zipper, chest pocket, underwire, racer back seen from the front, reflective strips, mesh
  panels, a closure or pads that the photo cannot show, glasses, hat, wrist accessory) is unsupported.
- A leak that repeats its own "Question: ... Answer:" turn is labeled leak, not loop. A navy garment answered "black"
  is a contradiction (the seller and the other texts say navy).
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
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_700 = [
    # photo: man in black knit track pants with a small white swoosh on the left thigh and a white drawstring, white
    # crew-neck t-shirt worn out, white sneakers, white backdrop, front view. All texts: caption adapter epoch 3 and
    # the reference engine for closed ones.
    case(
        "X700-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and black track pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.pattern("striped", "contradiction"),
        details(
            "track pants",
            "the track pants have an elastic waistband with a white drawstring and a white logo on the left thigh",
        ),
        Q.material(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black racerback sports bra with a grey contrast underband printed "Enamor", black capri
    # leggings, white backdrop, front view cropped below the knee. Caption adapter epoch 3; reference engine.
    case(
        "X700-002",
        caption(
            "The lady wears a tank top with color block patterns and a three-quarter pants. The tank top has no "
            "sleeves and its neckline is round. The pants are with cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("sports bra"),
        Q.color("black"),
        wearing("a black sports bra and black leggings", who="she"),
        Q.pattern("color block"),
        Q.material("cotton"),
        details("sports bra", "the sports bra has a front zip and removable pads", "unsupported"),
        title="Enamor Women Black Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red crew-neck training t-shirt with a small black Puma cat logo on the chest, black shorts,
    # white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. Its "
            "neckline is round. The shorts are with pure color patterns."
        ),
        Q.color("red"),
        describe("t-shirt", "a red t-shirt with a black puma logo on the chest"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The gentleman wears a three-point shorts. "
            "The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("cotton", "unsupported"),
        title="Puma Men Red Dry Cell Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in navy blue track pants with three white side stripes, pink tank top, white shoes, white
    # backdrop, three-quarter front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-004",
        caption(
            "The female wears a tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has no sleeves. The pants are with cotton fabric and striped patterns."
        ),
        Q.color("pink", "other_garment_color"),
        wearing("a pink tank top and navy blue track pants with white stripes"),
        Q.pattern("striped"),
        details(
            "track pants",
            "the track pants have three white stripes on the side and three white stripes on the side and three "
            "white stripes on the side and three",
            "loop",
            hit_limit=True,
        ),
        is_a("track pants", "yes", article="a pair of"),
        title="Adidas Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey woven running shorts with black side panels and a small reflective logo, plain black
    # t-shirt, white backdrop, cropped at the chest. Caption adapter epoch 3; reference engine.
    case(
        "X700-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with color block patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "grey with black sides", kind="open"),
        Q.garment_type("shorts"),
        Q.material("denim", "unsupported"),
        wearing("She is wearing a black t-shirt and grey shorts", "pronoun", who="he"),
        title="Reebok Men Grey Running Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a navy blue full-zip track jacket with red stripes over the shoulders, zipped to the chest, and
    # matching navy track pants, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-006",
        caption(
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is standing. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        Q.pattern("color block"),
        describe(
            "tracksuit",
            "a navy blue tracksuit with red stripes on the shoulders Question: What is the color of the pants? "
            "Answer: navy blue Question",
            "leak",
            hit_limit=True,
        ),
        details("tracksuit", "the jacket has a full zip, a stand collar, two pockets and a hood", "unsupported"),
        title="Adidas Men Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a fuchsia pink short-sleeve v-neck training t-shirt with a small white swoosh, black capri
    # tights, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is V-shape. The lady wears a three-quarter pants. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("t-shirt"),
        neckline("v-neck"),
        Q.material("polyester"),
        wearing("a pink t-shirt and pink pants", "contradiction", who="she"),
        title="Nike Women Pink Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck t-shirt with a large black and yellow "PUMA" print across the chest,
    # blue jeans, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. There is a hat on his head.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        details("t-shirt", "the t-shirt has a puma logo printed on the chest in black and yellow"),
        describe("t-shirt", "the t-shirt", "restated"),
        title="Puma Men Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black full-length tights with a thin pink stripe down each side, white racerback tank top,
    # white backdrop, side view. Caption adapter epoch 3; reference engine.
    case(
        "X700-009",
        caption(
            "The lady wears a tank top with pure color patterns and a leggings. The tank top is with cotton fabric "
            "and it has no sleeves. The leggings are with cotton fabric and color block patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        wearing("a white tank top and black leggings with pink stripes"),
        details("tights", "yes", "non_answer"),
        Q.material("spandex"),
        title="Puma Women Black Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey melange cotton joggers with ribbed ankle cuffs and side pockets, navy blue crew-neck tee,
    # no watch or bracelet, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-010",
        caption(
            "This man wears a short-sleeve T-shirt and a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.garment_type("joggers"),
        details(
            "track pants", "the track pants have an elastic waistband, ribbed cuffs at the ankles and two side pockets"
        ),
        color_of("track pants", "navy blue", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a purple sports bra with a wide black underband, black gym shorts, white backdrop, front view.
    # Caption adapter epoch 3; reference engine.
    case(
        "X700-011",
        caption(
            "Her upper clothing has no sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("tank top", "contradiction"),
        wearing("a purple sports bra and black shorts", who="she"),
        Q.pattern("color block"),
        details("sports bra", "the sports bra has adjustable straps and a hook closure at the back", "unsupported"),
        title="Triumph Women Purple Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: man in navy blue knit shorts with a white swoosh, white t-shirt with a grey Nike print on the chest,
    # white backdrop, cropped at the shoulders. Caption adapter epoch 3; reference engine.
    case(
        "X700-012",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        Q.color("navy blue"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "the shorts are shorts", "restated"),
        Q.garment_type("shorts"),
        Q.material("polyester"),
        title="Nike Men Navy Blue Knit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in grey three-quarter capris with a black waistband and a small Reebok logo, black sleeveless
    # top, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top "
            "is with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("capris"),
        Q.color("black", "other_garment_color"),
        wearing("He is wearing a black tank top and grey capri pants", "pronoun", who="she"),
        describe("capris", "grey three-quarter pants with a black waistband"),
        length("three-quarter"),
        details(
            "capris",
            "the capris have a wide black waistband with a small reebok logo on the left side and a slim fit "
            "that ends just below the",
            "cut",
            hit_limit=True,
        ),
        title="Reebok Women Grey Capris",
        category="Capris",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a white pique polo with navy collar tipping and three navy stripes on the shoulders, navy track
    # pants, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-014",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        details(
            "polo shirt",
            "the polo shirt has a collar with two buttons and navy stripes on the shoulders and navy stripes on the "
            "shoulders and navy stripes on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton pique"),
        title="Adidas Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black track jacket with pink side panels, worn open over a white t-shirt, and black track
    # pants with pink piping, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-015",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is standing. The lady also wears a short-sleeve T-shirt."
        ),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        wearing("a black and pink tracksuit over a white t-shirt", who="the woman"),
        details(
            "tracksuit",
            "the jacket has a zip front and pink panels on the sides, the pants have pink piping and a drawstring "
            "waist and zip pockets on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        title="Puma Women Black & Pink Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a black sleeveless training t-shirt with a large white swoosh on the chest, grey shorts, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-016",
        caption(
            "The man wears a tank top with graphic patterns and a three-point shorts. The tank top is with cotton "
            "fabric and it has no sleeves. The shorts are with pure color patterns."
        ),
        Q.sleeve_length("sleeveless"),
        details("t-shirt", "the details of the t-shirt", "restated"),
        Q.color("black"),
        wearing("a black tank top and black shorts", "contradiction"),
        Q.material("wool", "unsupported"),
        describe("t-shirt", "a black sleeveless t-shirt with a white nike logo on the front"),
        title="Nike Men Black Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in royal blue running shorts with white side stripes, grey melange t-shirt, white backdrop, front
    # view cropped at the shoulders. Caption adapter epoch 3; reference engine.
    case(
        "X700-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and striped patterns."
        ),
        Q.color("blue"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.garment_type("shorts"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: the shorts have white stripes on the sides Question: "
            "What are the shorts details? Answer",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and blue shorts", who="she"),
        title="Adidas Women Blue Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey track jacket with black sleeves, zipped, and black track pants, no glasses, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-018",
        caption(
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with pure color patterns. This gentleman wears glasses.",
            "unsupported",
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        wearing("a grey and black track suit"),
        describe(
            "tracksuit",
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Reebok Men Grey & Black Tracksuit",
        category="Tracksuits",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a turquoise round-neck short-sleeve t-shirt with a white Puma logo, black shorts, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("turquoise"),
        color_of(
            "t-shirt", "the lady wears a short-sleeve T-shirt with pure color patterns", "non_answer", kind="open"
        ),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt has a round neck, a white puma logo and mesh panels under the arms",
            "unsupported",
        ),
        neckline("v-neck", "contradiction"),
        wearing("she is wearing a turquoise t-shirt and black shorts", who="she"),
        title="Puma Women Turquoise Blue T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: man in navy blue woven track pants with white piping down the sides, red polo t-shirt, white backdrop,
    # full-length front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-020",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        wearing("a red polo shirt and navy blue track pants", who="he"),
        Q.garment_type("track pants"),
        color_of("track pants", "black", "contradiction", kind="open"),
        details("track pants", "the track pants have white piping along the sides and an elastic waist"),
        Q.material("polyester"),
        is_a("shorts", "no", article="a pair of"),
        title="Puma Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a baby pink sports bra with white trims, grey melange joggers, white backdrop, front view (the
    # back is not shown). Caption adapter epoch 3; reference engine.
    case(
        "X700-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sports bra"),
        details(
            "sports bra",
            "the sports bra, the straps, the band, the trims, the straps, the band, the trims, the straps, the "
            "band, the trims, the",
            "loop",
            hit_limit=True,
        ),
        describe("sports bra", "a pink sports bra with white trims and a racer back", "unsupported"),
        wearing("a pink sports bra and grey joggers", who="she"),
        Q.material("cotton"),
        title="Enamor Women Pink Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in black knit shorts with a small white logo on the leg, orange crew-neck t-shirt, white backdrop,
    # front view cropped at the knee. Caption adapter epoch 3; reference engine.
    case(
        "X700-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("shorts"),
        wearing("an orange t-shirt and black shorts"),
        details("shorts", "nothing", "non_answer"),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Black Knitted Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black t-shirt with a large pink and white "JUST DO IT" print, black tights, white backdrop,
    # front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a leggings. The T-shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.pattern("graphic"),
        Q.color("pink", "contradiction"),
        details("t-shirt", "the t-shirt has a just do it print on the front in pink and white"),
        wearing("a black t-shirt with a pink print and black leggings", who="she"),
        describe(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. Question: Describe the T-shirt. Answer: "
            "The lady wears a short-sleeve T-shirt with",
            "leak",
            hit_limit=True,
        ),
        title="Nike Women Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green crew-neck t-shirt with a small tonal logo on the chest, khaki cargo shorts, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-024",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. This man wears a three-point shorts."
        ),
        Q.color("green"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        Q.garment_type("polo shirt", "contradiction"),
        describe(
            "t-shirt", "an olive green t-shirt with a round neck and a small logo on the chest, on a white background"
        ),
        Q.material("cotton"),
        title="Proline Men Olive Active T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in black track pants with three white side stripes, grey melange hooded sweatshirt, white backdrop,
    # front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-025",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. The pants are with cotton fabric and striped patterns."
        ),
        Q.color("black"),
        Q.pattern("striped"),
        wearing("a grey hoodie and black adidas pants with white stripes", who="he"),
        details(
            "track pants",
            "three white stripes, three white stripes, three white stripes, three white stripes, three white stripes, "
            "three white stripes",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "grey", "other_garment_color"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in maroon slim joggers with ribbed cuffs, white t-shirt, white backdrop, front view. Caption
    # adapter epoch 3; reference engine.
    case(
        "X700-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("red"),
        wearing("a white t-shirt and maroon jogger pants", who="she"),
        details(
            "track pants",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        describe("track pants", "maroon joggers with a zip pocket on the back", "unsupported"),
        color_of("track pants", "brown", "contradiction", kind="open"),
        title="Puma Women Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a royal blue running t-shirt with thin horizontal white stripes, black track pants, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-027",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        describe("t-shirt", "a blue and white striped t-shirt"),
        wearing("yes", "non_answer"),
        Q.material("polyester"),
        title="Nike Men Blue Striped Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a neon yellow-green scoop-neck training t-shirt with a small Reebok logo, plain back not shown,
    # navy blue shorts, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with pure color patterns."
        ),
        Q.color("green"),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        wearing("The man is wearing a green t-shirt and navy blue shorts", "pronoun", who="she"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt has a scoop neck, a reebok logo on the chest and a zipper on the back",
            "unsupported",
        ),
        title="Reebok Women Fluorescent Green Training T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: man in white tennis shorts, navy blue polo t-shirt, white backdrop, front view cropped at the chest.
    # Caption adapter epoch 3; reference engine.
    case(
        "X700-029",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        wearing("a navy blue polo shirt and white shorts", who="the man"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        Q.material("chiffon", "unsupported"),
        title="Fila Men White Tennis Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a grey melange sports bra with a black elastic underband printed "Jockey", black track pants,
    # white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-030",
        caption(
            "Her upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The lower clothing is of long length. The lower clothing is of long length. The lower",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sports bra"),
        wearing("a grey sports bra and black track pants", who="she"),
        Q.material("cotton"),
        title="Jockey Women Grey Melange Sports Bra",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a royal blue track jacket with a white stripe across the chest, open over a white t-shirt, and
    # royal blue track pants, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-031",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tracksuit"),
        wearing(
            "Question: What is the man wearing? Answer: a blue tracksuit Question: What is the man wearing? "
            "Answer: a blue tracksuit Question",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe("tracksuit", "a blue tracksuit with a white stripe across the chest, open over a white t-shirt"),
        details("tracksuit", "the jacket is with leather fabric", "unsupported"),
        title="Fila Men Blue Tracksuit",
        category="Tracksuits",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in teal slim track pants with a drawstring waist and cuffed ankles, black tank top, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("teal"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        wearing("she is wearing a black tank top and teal track pants", who="she"),
        details(
            "track pants",
            "the track pants have a drawstring waist and cuffed ankles, the track pants have a drawstring waist and "
            "cuffed ankles, the track pants have",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Reebok Women Teal Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a white crew-neck sports t-shirt with a red and navy color-block panel across the chest, navy
    # blue shorts, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-033",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with pure color patterns. The man wears a "
            "hat.",
            "unsupported",
        ),
        Q.pattern("color block"),
        Q.color("white"),
        color_of("t-shirt", "white with a red and navy panel", kind="open"),
        wearing("he is wearing a white t-shirt and white shorts", "contradiction", who="he"),
        describe(
            "t-shirt",
            "The man wears a short-sleeve T-shirt with color block patterns. The man wears a short-sleeve T-shirt "
            "with color block patterns. The man wears",
            "loop",
            hit_limit=True,
        ),
        title="Lotto Men White Sports T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in charcoal grey tapered track pants with zips at the ankles and a drawstring, black t-shirt, white
    # backdrop, front view. The feed row has no color. Caption adapter epoch 3; reference engine.
    case(
        "X700-034",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        Q.garment_type("track pants"),
        details("track pants", "the track pants have zips at the ankles and a drawstring at the waist"),
        wearing(
            "Question: What is the person wearing? Answer: a black t-shirt and grey pants Question: What is the "
            "color of the pants? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "The pants are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Charcoal Tapered Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: woman in hot pink running shorts with a white trim and side splits, elastic waistband with a drawstring,
    # black sports tank top, white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with pure color patterns.",
            "contradiction",
        ),
        Q.color("pink"),
        Q.garment_type("shorts"),
        color_of("shorts", "black", "other_garment_color"),
        wearing("he is wearing a black tank top and pink shorts", "pronoun", who="she"),
        details(
            "shorts",
            "the shorts have a white trim along the hem, a split at the side, an elastic waistband with a drawstring "
            "and a small pocket at the",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Pink Running Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy blue polo t-shirt with red tipping on the collar and sleeve cuffs, no chest pocket, grey
    # track pants, white backdrop, front view. The feed row has no gender. Caption adapter epoch 3; reference engine.
    case(
        "X700-036",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue"),
        Q.garment_type("polo shirt"),
        describe("polo shirt", "navy", "non_answer"),
        details(
            "polo shirt",
            "the polo shirt has red tipping on the collar and cuffs, three buttons and a chest pocket",
            "unsupported",
        ),
        Q.sleeve_length("short"),
        wearing(
            "a navy blue polo shirt and grey track pants Question: What is the color of the polo shirt? Answer: "
            "navy blue Question: What",
            "leak",
            hit_limit=True,
        ),
        neckline("round", "contradiction"),
        title="Puma Men Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: woman in a white t-shirt with three black stripes over the shoulders, black track pants, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-037",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns and a long pants. Its neckline is round. "
            "The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("a white adidas t-shirt and black pants", who="she"),
        Q.material("polyester"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("t-shirt", "a white t-shirt with black stripes on the shoulders"),
        title="Adidas Women White Climalite T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in orange running shorts with a black waistband and drawstring, no reflective trim, black t-shirt,
    # white backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-038",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and color block patterns."
        ),
        Q.color("orange"),
        color_of(
            "shorts",
            "orange and black and orange and black and orange and black and orange and black and orange and black "
            "and orange and black and orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a black t-shirt and orange shorts", who="he"),
        Q.material("nylon"),
        Q.pattern("striped", "contradiction"),
        details("shorts", "the shorts have a black waistband with a drawstring and reflective strips", "unsupported"),
        title="Asics Men Orange Running Shorts",
        category="Shorts",
        color="Orange",
        gender="Men",
    ),
    # photo: woman in a navy blue hooded zip jacket, zipped, and navy blue track pants with white side stripes, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and striped patterns."
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("tracksuit"),
        wearing("a navy blue hooded jacket and navy blue track pants", who="she"),
        describe("tracksuit", "a tracksuit", "restated"),
        details(
            "tracksuit",
            "the jacket has a hood, a full zip and two pockets, the pants have white stripes on the sides",
        ),
        title="Proline Women Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black cotton track pants with grey side panels, grey melange t-shirt, white backdrop, front view.
    # The feed row has no category. Caption adapter epoch 3; reference engine.
    case(
        "X700-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and color block patterns."
        ),
        Q.garment_type("track pants"),
        details("track pants", "no", "non_answer"),
        Q.color("grey", "other_garment_color"),
        color_of("track pants", "black with grey panels", kind="open"),
        wearing("a grey t-shirt and a pair of track pants"),
        Q.material(
            "cotton Question: What is the color of the track pants? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Jockey Men Black Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a blue sports bra with a white geometric print, navy blue leggings, white backdrop, front view.
    # Caption adapter epoch 3; reference engine.
    case(
        "X700-041",
        caption(
            "Her upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        wearing("a blue and white printed sports bra and navy leggings", who="she"),
        describe(
            "sports bra",
            "a blue sports bra with a white geometric print and padded cups with underwire",
            "unsupported",
        ),
        Q.garment_type("sports bra"),
        title="Amante Women Blue Printed Sports Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black t-shirt with a large red "REEBOK CROSSFIT" print on the front, black shorts, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-042",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("t-shirt", "she is wearing a black t-shirt with a red crossfit print", "pronoun"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        wearing("a black t-shirt with a red print and black shorts", who="he"),
        details("t-shirt", "the t-shirt has a big red reebok crossfit print on the front"),
        title="Reebok Men Black CrossFit Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with ribbed cuffs and an elastic waistband, lavender t-shirt, white
    # backdrop, front view. Caption adapter epoch 3; reference engine.
    case(
        "X700-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("purple", "other_garment_color"),
        wearing("The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants.", "pronoun"),
        Q.garment_type("joggers"),
        details("track pants", "details", "restated"),
        describe("track pants", "grey jogger pants with ribbed cuffs and an elastic waistband"),
        title="Nike Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a mustard yellow t-shirt with black side panels, black track pants, white backdrop, front view.
    # Caption adapter epoch 3; reference engine.
    case(
        "X700-044",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("yellow"),
        Q.pattern("color block"),
        Q.sleeve_length("long", "contradiction"),
        wearing("clothes", "non_answer", who="he"),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The man wears a long pants. The pants are "
            "with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="Slazenger Men Yellow Sports T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a peach sleeveless racerback training top, seen from the front and side, black tights, white
    # backdrop. Caption adapter epoch 3; reference engine.
    case(
        "X700-045",
        caption(
            "The lady wears a tank top with pure color patterns and a leggings. The tank top is with cotton fabric "
            "and it has no sleeves. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        describe("top", "The man wears a tank top with pure color patterns and a leggings.", "pronoun"),
        Q.material("polyester"),
        details("top", "the top has a racerback, a built-in bra and a small puma logo", "unsupported"),
        title="Puma Women Peach Training Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in blue shorts with an all-over white geometric print, plain white t-shirt, white backdrop, front
    # view cropped at the chest. Caption adapter epoch 3; reference engine.
    case(
        "X700-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns."
        ),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "blue and white", kind="open"),
        details(
            "shorts",
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants", "contradiction"),
        title="Puma Men Blue Printed Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
]
