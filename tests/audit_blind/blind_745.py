"""BLIND_745 (46 products; Myntra activewear: caption then extractive QA): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 98/130 failures found (75.4%) and 5/188 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a night's run over a Myntra feed of women's activewear and leggings (sports bras, training tights,
leggings, capris, track pants, tank tops). Catalog photos on a white backdrop, mostly worn by a model who also wears
a second garment (a sports bra or tee over the tights, a tank over the track pants), a few lower-body crops and
flat product shots, the odd prop (dumbbell, yoga mat, skipping rope). The feed has title, category (Myntra article
type) and color (Myntra base colour); two rows lack a column (one has no color, one no category), one lacks gender.

Who wrote what: every caption is free generation from a caption adapter on blip2-opt-2.7b, greedy, 50 new tokens.
Most are from the epoch-3 adapter (Data2_V2_Blip2_Finetune_Caption): DeepFashion template sentences ("The lady wears
a tank top with pure color patterns and a long leggings", "with cotton fabric", "three-point", "accessory on her
wrist"), a hue slipped in where the base still leaks through, no class for a sports bra (it says tank top), and
"gentleman" on lower-body crops. Some are from the epoch-1 adapter (Caption_First_Epoch): short base-like captions
with hues ("a woman in a pink sports bra and black leggings") that, having no end token, either stop by luck, run
into a loop, or run on into a new "Question: ... Answer:" turn. Every open answer (wearing, describe, details,
material, open color) is a span that the extractive QA model (mdeberta-v3-base-squad2) took from that caption, or
its empty no-answer; so an open answer carries whatever the caption got wrong, and can also be a badly bounded span.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine:
one candidate value, never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. Where a text has two failures, the form failure wins (loop, then leak, then cut), then
  contradiction, other_garment_color, unsupported, pronoun.
- A caption or answer that names the product with the wrong type (the sports bra as a "tank top", leggings as
  "track pants", the tights as a "jacket") is a contradiction; loose DeepFashion names for the other garment worn
  (a sports bra under tights called a "tank top", "long trousers" for joggers) are left correct.
- A caption that gives the product a wrong hue is a contradiction; an open answer that gives the product the hue of
  another garment in the photo (tee, kurta, sports bra, shoes) is other_garment_color, even when the caption
  itself had misassigned it. A closed answer that picked another garment's hue or type is a contradiction.
- "pure color" or an empty span for a color question, a stray span ("the back of a woman", "black leggings" for
  the material), and a one-word hue for "Describe ..." or "... details" are non_answer when the hue is the
  product's own; a one-word hue that belongs to another garment is other_garment_color. "pure color patterns" as a
  description of a solid garment is correct. Another garment's name as the product's description is contradiction.
- A closed pattern, sleeve length or "Is this a ...?" answer that fits the other garment worn (the tee's graphic,
  the jacket's long sleeves, "yes" to the tank top over the track pants) is a contradiction.
- Only the garment's name back ("tank top", "sports bra", "a long leggings" for the details) is restated.
- "cotton fabric" is correct where the title says cotton or the photo shows matte cotton jersey; it is unsupported on
  a shiny synthetic or Dri-FIT/seamless piece, or when it is another garment's material extracted for the product.
  Invented accessories, zip pockets, necklines and another garment's stripes as the product's detail: unsupported.
- "gentleman", "man", "his" for a women's product is pronoun.
- Spans that end on "with", "and", "the", "is" are cut (hit_limit only on the captions that ran to 50 tokens).
- The caption's own text after a leaked "Question:" is a leak; a clean span taken from the answer part of a leaked
  caption ("navy blue track pants") is correct.
- Teal, coral, magenta, burgundy, charcoal and olive answered by their groups (blue, pink, pink, red, grey, green)
  are correct; lime green called yellow is a contradiction.
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

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_745 = [
    # photo: black racerback sports bra with a white Swoosh on the chest, black tights, waist-up front view, white
    # backdrop. Caption: epoch-3 adapter; open answers: mdeberta over it; closed: reference engine.
    case(
        "X745-001",
        caption(
            "The lady is wearing a black sports bra with a white logo on the chest and black leggings. The sports bra "
            "is sleeveless and has a racerback. The leggings are with polyester fabric and solid color patterns."
        ),
        wearing("a black sports bra with a white logo on the chest and black leggings", who="she"),
        color_of("sports bra", "black"),
        garment_type("sports bra"),
        describe("sports bra", "sleeveless and has a racerback"),
        material("polyester fabric"),
        title="Nike Women Black Dri-FIT Swoosh Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue training tights, white cropped short-sleeve tee, white sneakers, full body, white backdrop.
    # Caption: epoch-3 adapter, looped to the token limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The leggings are "
            "navy blue. The leggings are navy blue. The leggings are navy blue. The leggings are navy blue. The "
            "leggings are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings"),
        color_of("tights", "navy blue", kind="open"),
        color("navy blue"),
        describe(
            "tights", "The leggings are navy blue. The leggings are navy blue. The leggings are navy blue", "loop"
        ),
        details("tights", "", "non_answer"),
        garment_type("leggings"),
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink sports bra with a small white Puma-cat allover print, black leggings, three-quarter view, white
    # backdrop. Caption: epoch-3 adapter (calls the bra a tank top); open: mdeberta; closed: reference engine.
    case(
        "X745-003",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are black and with solid color patterns.",
            "contradiction",
        ),
        wearing("a sleeveless tank top with graphic patterns and a long leggings", "contradiction", who="she"),
        color_of("sports bra", "black", "contradiction"),
        pattern("printed"),
        material("cotton fabric", "unsupported"),
        is_a("sports bra", "yes"),
        title="Puma Women Pink Printed Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: teal ankle-length cotton leggings under a long white tunic top, white backdrop, full body front.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-004",
        caption("a woman wearing a white top and teal leggings standing in front of a white background"),
        wearing("a white top and teal leggings"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        color("teal"),
        material("", "non_answer"),
        describe("leggings", "teal leggings"),
        title="Go Colors Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: lower-body crop, grey melange track pants with three white side stripes and an elastic waist, black
    # sneakers, white backdrop. Caption: epoch-3 adapter ("gentleman"); open: mdeberta; closed: reference engine.
    case(
        "X745-005",
        caption(
            "The gentleman wears a long trousers with stripe patterns. The trousers are grey with white stripes on "
            "the side and an elastic waist. His shoes are black.",
            "pronoun",
        ),
        wearing("a long trousers with stripe patterns"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        color("grey"),
        details("track pants", "white stripes on the side and an elastic waist"),
        pattern("striped"),
        is_a("track pants", "yes", article="a pair of"),
        title="Adidas Women Grey Melange 3-Stripes Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black non-wired sports bra with a grey underband printed ENAMOR, black leggings, front, white backdrop.
    # Caption: epoch-1 adapter, ran on into Question/Answer turns to the limit; open: mdeberta; closed: reference.
    case(
        "X745-006",
        caption(
            "a woman in a black sports bra and black leggings Question: what is the color of the sports bra? Answer: "
            "black Question: what is the color of the leggings? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("sports bra", "black", kind="open"),
        wearing(
            "a black sports bra and black leggings Question: what is the color of the sports bra? Answer: black",
            "leak",
            who="she",
        ),
        describe("sports bra", "black", "non_answer"),
        garment_type("sports bra"),
        details("sports bra", "Question: what is the color of the leggings? Answer: black", "leak"),
        title="Enamor Women Black Non-Wired Lightly Padded Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: purple racerback fitness tank top, black capri leggings, pink dumbbell in her right hand, front view,
    # white backdrop. Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-007",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point leggings. The tank top is purple "
            "and its neckline is round. She holds a dumbbell in her right hand."
        ),
        wearing("a tank top with pure color patterns and a three-point leggings"),
        color_of("tank top", "purple", kind="open"),
        sleeves("sleeveless"),
        describe("tank top", "tank top", "restated"),
        pattern("solid"),
        garment_type("t-shirt", "contradiction"),
        title="Domyos by Decathlon Women Purple Fitness Tank Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: black high-rise leggings with mesh panels at the calves, grey marl sleeveless crop top, side view,
    # white backdrop. Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-008",
        caption(
            "The lady wears a grey sleeveless crop top and a long leggings. The leggings are black with mesh panels "
            "at the calves and a high waistband."
        ),
        wearing("a grey sleeveless crop top and a long leggings", who="she"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        color("black"),
        details("leggings", "mesh panels at the calves and a high waistband"),
        describe("leggings", "black with mesh panels at the", "cut"),
        garment_type("leggings"),
        title="Zelocity by Zivame Women Black Rapid Dry High-Rise Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: coral sports bra with a white abstract brush-stroke print, navy tights, waist-up, white backdrop.
    # Caption: epoch-3 adapter, cut at the token limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-009",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is pink and white and with "
            "cotton fabric. The lady wears a long leggings. The leggings are navy blue and with solid color "
            "patterns. The neckline of the tank top is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction", who="she"),
        color_of("sports bra", "pink"),
        pattern("printed"),
        color("navy blue", "contradiction"),
        material("cotton fabric", "unsupported"),
        details("sports bra", "The neckline of the tank top is", "cut"),
        title="Reebok Women Coral Printed Medium Impact Sports Bra",
        category="Sports Bra",
        color="Coral",
        gender="Women",
    ),
    # photo: charcoal grey joggers with drawstring and cuffed ankles, white graphic tee, white sneakers, full body,
    # white backdrop. Caption: epoch-1 adapter (stopped cleanly); open: mdeberta; closed: reference engine.
    case(
        "X745-010",
        caption("a woman wearing a white t-shirt and grey jogger pants"),
        wearing("a white t-shirt and grey jogger pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        color("grey"),
        garment_type("t-shirt", "contradiction"),
        describe("track pants", "grey jogger pants"),
        details("track pants", "", "non_answer"),
        is_a("jeans", "no", article="a pair of"),
        title="Roadster Women Charcoal Grey Solid Joggers Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black matte cotton leggings under a white short-sleeve tee, full body, white backdrop.
    # Caption: epoch-3 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "white. The leggings are with cotton fabric and pure color patterns. The leggings are with cotton "
            "fabric and pure color patterns. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings", who="she"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        material("cotton fabric"),
        color("black"),
        details("leggings", "white", "other_garment_color"),
        describe("leggings", "with cotton fabric and pure color patterns"),
        pattern("solid"),
        title="Jockey Women Black Solid Cotton Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: black training tights with pink colour-block side panels, black sports bra, side view, white backdrop.
    # Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-012",
        caption(
            "The lady wears a black sports bra and a long leggings with color block patterns. The leggings are "
            "black and pink."
        ),
        color_of("tights", "pink", "contradiction"),
        pattern("color block"),
        wearing("a black sports bra and a long leggings with color block patterns"),
        describe("tights", "black and pink"),
        is_a("sports bra", "yes", "contradiction"),
        title="Puma Women Black & Pink Colourblocked Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: red training tank top with a white Kappa logo on the chest, black leggings, front view, white
    # backdrop, short-haired model. Caption: epoch-3 adapter ("gentleman"); open: mdeberta; closed: reference.
    case(
        "X745-013",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is red with a white logo on "
            "the chest. The gentleman wears a long pants. The pants are black.",
            "pronoun",
        ),
        wearing("a tank shirt with pure color patterns"),
        color_of("tank top", "red", kind="open"),
        sleeves("sleeveless"),
        details("tank top", "a white logo on the chest"),
        describe("tank top", "The gentleman wears a tank shirt", "pronoun"),
        title="Kappa Women Red Solid Training Tank Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: back view, olive sports bra with criss-cross back straps, matching olive leggings, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-014",
        caption("the back of a woman wearing a green sports bra with criss cross straps and green leggings"),
        wearing("a green sports bra with criss cross straps and green leggings"),
        color("olive"),
        details("sports bra", "criss cross straps"),
        garment_type("sports bra"),
        material("the back of a woman", "non_answer"),
        title="C9 Airwear Women Olive Green Solid Criss-Cross Sports Bra",
        category="Sports Bra",
        color="Olive",
        gender="Women",
    ),
    # photo: white tank top with a black FILA graphic print, grey melange joggers, front, white backdrop.
    # Caption: epoch-3 adapter (grey for both garments); open answers: mdeberta; closed: reference engine.
    case(
        "X745-015",
        caption(
            "The lady wears a tank top with graphic patterns and a long trousers. The tank top is grey and the "
            "trousers are grey. The tank top is with cotton fabric.",
            "contradiction",
        ),
        color_of("tank top", "grey", "other_garment_color", kind="open"),
        color("white"),
        pattern("graphic"),
        describe("tank top", "grey", "other_garment_color"),
        material("cotton fabric"),
        wearing("a tank top with graphic patterns and a long trousers"),
        title="FILA Women White Printed Cotton Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy slim track pants with thin white side piping and seam pockets (no zips), white sports tee, white
    # backdrop. Caption: epoch-3 adapter (invents zip pockets); open answers: mdeberta; closed: reference engine.
    case(
        "X745-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is white "
            "and the pants are navy blue with white piping along the sides. The pants have two zip pockets and a "
            "drawstring waist.",
            "unsupported",
        ),
        details("track pants", "two zip pockets and a drawstring waist", "unsupported"),
        color("navy blue"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        describe("track pants", "navy blue with white piping along the sides"),
        is_a("track pants", "yes", article="a pair of"),
        title="Alcis Women Navy Blue Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey heather running tights, black crewneck sweatshirt, black shoes, running pose, white backdrop.
    # Caption: epoch-3 adapter (black for both); open answers: mdeberta; closed: reference engine.
    case(
        "X745-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is "
            "black and the leggings are black.",
            "contradiction",
        ),
        color_of("tights", "black", "other_garment_color", kind="open"),
        color("grey"),
        describe("tights", "black", "other_garment_color"),
        wearing("a long-sleeve sweater with pure color patterns and a long leggings", who="she"),
        garment_type("leggings"),
        pattern("solid"),
        title="Nike Women Grey One Mid-Rise Training Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: flat product shot of a lavender seamless sports bra on white, no model.
    # Caption: epoch-3 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-018",
        caption(
            "This lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is V-shape. This lady wears a tank top with pure color patterns. The tank top is with cotton "
            "fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns", "contradiction"),
        color("purple"),
        garment_type("tank top", "contradiction"),
        describe("sports bra", "pure color patterns"),
        material("cotton fabric", "unsupported"),
        is_a("sports bra", "yes"),
        title="Marks & Spencer Women Lavender Seamless Non-Padded Sports Bra",
        category="Sports Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: black leggings with a white allover Puma logo print, white tank top, white sneakers, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-019",
        caption("a woman in a white tank top and black leggings with white print on them"),
        wearing("a white tank top and black leggings with white print on them"),
        color_of("leggings", "black"),
        pattern("printed"),
        details("leggings", "white print on them"),
        describe("leggings", "black leggings with white print"),
        title="Puma Women Black Printed Training Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: magenta running tank top with a mesh back panel, black tights, three-quarter back view, white
    # backdrop. Caption: epoch-3 adapter, cut at the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-020",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is pink and its "
            "neckline is round. The tank top is with polyester fabric and has a mesh panel on the back. The "
            "leggings are black and",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and a long leggings", who="she"),
        color_of("tank top", "pink", kind="open"),
        material("polyester fabric"),
        details("tank top", "a mesh panel on the back"),
        describe("tank top", "The leggings are black and", "cut"),
        color("black", "contradiction"),
        title="HRX by Hrithik Roshan Women Fuchsia Rapid-Dry Running Tank Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon 7/8 tights with a slight sheen, black crop tank top, no watch or bracelet, front, white
    # backdrop. Caption: epoch-3 adapter, no hue at all; open answers: mdeberta; closed: reference engine.
    case(
        "X745-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point leggings. The leggings "
            "are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("tights", "pure color", "non_answer", kind="open"),
        color("maroon"),
        wearing("a sleeveless tank top with pure color patterns and a three-point leggings"),
        material("cotton fabric", "unsupported"),
        garment_type("leggings"),
        details("tights", "an accessory on her wrist", "unsupported"),
        title="Adidas Women Maroon Believe This 7/8 Training Tights",
        category="Tights",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow leggings under a long navy blue block-printed kurta, full body, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-022",
        caption("a woman wearing a blue kurta and yellow leggings"),
        wearing("a blue kurta and yellow leggings"),
        color("navy blue", "contradiction"),
        color_of("leggings", "yellow", kind="open"),
        garment_type("kurta", "contradiction"),
        describe("leggings", "yellow leggings"),
        pattern("printed", "contradiction"),
        details("leggings", "blue", "other_garment_color"),
        title="Go Colors Women Mustard Yellow Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: royal blue crossback sports bra with a black logo underband, black leggings, front, white backdrop.
    # Caption: epoch-3 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is "
            "blue. The tank top is blue. The tank top is blue. The tank top is blue. The tank top is blue. The tank "
            "top is blue.",
            "loop",
            hit_limit=True,
        ),
        color_of("sports bra", "blue", kind="open"),
        describe("sports bra", "The tank top is blue. The tank top is blue. The tank top is blue", "loop"),
        garment_type("sports bra"),
        pattern("solid"),
        details("sports bra", "blue", "non_answer"),
        is_a("tank top", "no"),
        title="Under Armour Women Blue Mid Crossback Sports Bra",
        category="Sports Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: black cotton joggers with a drawstring waist and slant pockets (no zips), lime green tank top, full
    # body, white backdrop. Caption: epoch-3 adapter (invents zip pockets); open: mdeberta; closed: reference.
    case(
        "X745-024",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is green and the "
            "trousers are black. The trousers are with cotton fabric and have an elastic waistband with a "
            "drawstring and two zip pockets.",
            "unsupported",
        ),
        wearing("a tank top with pure color patterns and a long trousers"),
        color_of("track pants", "green", "other_garment_color", kind="open"),
        color("black"),
        material("cotton fabric"),
        details("track pants", "an elastic waistband with a drawstring and two zip pockets", "unsupported"),
        describe("track pants", "a long trousers", "restated"),
        is_a("tank top", "yes", "contradiction"),
        title="Proline Active Women Black Solid Cotton Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: white sports bra with a black Swoosh, black tights, front, white backdrop (white on white).
    # Caption: epoch-1 adapter (stopped cleanly, wrong hue); open answers: mdeberta; closed: reference engine.
    case(
        "X745-025",
        caption("a woman in a black sports bra and black leggings", "contradiction"),
        wearing("a black sports bra and black leggings", "contradiction", who="she"),
        color_of("sports bra", "white"),
        describe("sports bra", "a black sports bra", "contradiction"),
        details("sports bra", "sports bra", "restated"),
        garment_type("sports bra"),
        pattern("solid"),
        title="Nike Women White Swoosh Medium-Support Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: sea green cotton racerback tank top, black capri leggings, front, white backdrop.
    # Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-026",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point leggings. The tank top is green "
            "and with cotton fabric. Its neckline is round. The leggings are black."
        ),
        wearing("a tank top with pure color patterns and a three-point leggings"),
        color("green"),
        sleeves("sleeveless"),
        material("cotton fabric"),
        describe("tank top", "green and with cotton fabric"),
        details("tank top", "Its neckline is round"),
        title="Jockey Women Sea Green Cotton Racerback Tank Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black tights with a white geometric print, white sports bra, side pose, white backdrop.
    # Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings with graphic "
            "patterns. The tank top is white and the leggings are black and white."
        ),
        color_of("tights", "white", "other_garment_color", kind="open"),
        color("black"),
        pattern("printed"),
        wearing("a sleeveless tank top with pure color patterns and a long leggings with graphic patterns"),
        describe("tights", "black and white"),
        details("tights", "graphic patterns. The tank top is", "cut"),
        title="ONLY PLAY Women Black & White Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: navy track pants with a pink side stripe, white tee, white sneakers, full body, white backdrop.
    # Caption: epoch-1 adapter, ran on into a Question/Answer turn to the limit; open: mdeberta; closed: reference.
    case(
        "X745-028",
        caption(
            "a woman wearing navy blue track pants with a pink stripe Question: what is the woman wearing? Answer: "
            "navy blue track pants Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("navy blue track pants"),
        color_of("track pants", "navy blue"),
        details(
            "track pants", "a pink stripe Question: what is the woman wearing? Answer: navy blue track pants", "leak"
        ),
        garment_type("track pants"),
        describe("track pants", "navy blue track pants with a pink stripe"),
        title="Reebok Women Navy Blue Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lower-body crop, black leggings with a white PUMA logo on the thigh, black sneakers, white backdrop.
    # Caption: epoch-3 adapter ("gentleman", "his"); open answers: mdeberta; closed: reference engine.
    case(
        "X745-029",
        caption(
            "The gentleman wears a long pants with pure color patterns. The pants are black with a white logo on "
            "the left thigh. His shoes are black.",
            "pronoun",
        ),
        wearing("a long pants with pure color patterns"),
        color("black"),
        details("leggings", "a white logo on the left thigh"),
        describe("leggings", "The pants are black with a white logo on the left thigh. His shoes are black", "pronoun"),
        garment_type("track pants", "contradiction"),
        title="Puma Women Black Essential Logo Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: peach sports bra with a wide underband, grey melange joggers, front, white backdrop.
    # Caption: epoch-3 adapter (grey for both, bra as tank top); open answers: mdeberta; closed: reference engine.
    case(
        "X745-030",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is grey and the "
            "trousers are grey. The trousers are with cotton fabric.",
            "contradiction",
        ),
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        color("peach"),
        wearing("a tank top with pure color patterns and a long trousers", "contradiction", who="she"),
        material("cotton fabric", "unsupported"),
        is_a("sports bra", "yes"),
        title="Alcis Women Peach Solid Medium Impact Sports Bra",
        category="Sports Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue tank top with a small white star print, white track pants, front, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-031",
        caption("a woman wearing a navy blue tank top with white stars and white pants"),
        wearing("a navy blue tank top with white stars and white pants"),
        color_of("tank top", "navy blue", kind="open"),
        pattern("solid", "contradiction"),
        sleeves("sleeveless"),
        color("white", "contradiction"),
        details("tank top", "white stars"),
        material("", "non_answer"),
        describe("tank top", "a navy blue tank top with white stars and", "cut"),
        title="Van Heusen Flex Women Navy Blue Printed Athleisure Tank Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green ribbed high-rise yoga leggings, matching olive sports bra, side view, white backdrop.
    # Caption: epoch-3 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The leggings are "
            "olive green with ribbed texture. The leggings are olive green with ribbed texture. The leggings are "
            "olive green with ribbed texture. The",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "olive green", kind="open"),
        color("olive"),
        details("leggings", "ribbed texture. The leggings are olive green with ribbed texture. The", "loop"),
        wearing("a sleeveless tank top with pure color patterns and a long leggings", who="she"),
        pattern("solid"),
        title="Nike Women Olive Green Ribbed Yoga Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: flat product shot, grey melange cotton lounge track pants folded on white, no model, no accessory.
    # Caption: epoch-3 adapter (template person, invented accessory); open: mdeberta; closed: reference. No gender.
    case(
        "X745-033",
        caption(
            "The lady wears a long trousers with pure color patterns. The trousers are with cotton fabric. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long trousers with pure color patterns"),
        color_of("track pants", "", "non_answer", kind="open"),
        color("grey"),
        pattern("striped", "contradiction"),
        material("cotton fabric"),
        details("track pants", "an accessory on her wrist", "unsupported"),
        title="Sweet Dreams Women Grey Melange Cotton Lounge Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: bright lime green sports bra, black tights, front, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly, calls lime yellow); open answers: mdeberta; closed: reference.
    case(
        "X745-034",
        caption("a woman wearing a yellow sports bra and black leggings", "contradiction"),
        color_of("sports bra", "green"),
        wearing("a yellow sports bra and black leggings", "contradiction", who="she"),
        describe("sports bra", "sports bra", "restated"),
        garment_type("sports bra"),
        material("black leggings", "non_answer"),
        title="HRX by Hrithik Roshan Women Lime Green Rapid-Dry Sports Bra",
        category="Sports Bra",
        color="Lime Green",
        gender="Women",
    ),
    # photo: blue sleeveless tank top with a large white PUMA graphic, black leggings, front, white backdrop.
    # Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-035",
        caption(
            "The lady wears a tank top with graphic patterns and a long leggings. The tank top is blue and the "
            "leggings are black. The tank top is with cotton fabric. Its neckline is round."
        ),
        wearing("a tank top with graphic patterns and a long leggings"),
        color("blue"),
        pattern("graphic"),
        sleeves("short sleeves", "contradiction"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        details("tank top", "Its neckline is round"),
        material("cotton fabric"),
        title="Puma Women Blue Graphic Print Cotton Tank Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black running tights with a blue reflective side stripe, black short-sleeve running tee, white
    # backdrop. Caption: epoch-3 adapter, cut at the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "black and the leggings are black with a blue stripe on the side. The leggings are with polyester "
            "fabric and solid color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long leggings"),
        color_of("tights", "black"),
        details("tights", "a blue stripe on the side"),
        material("polyester fabric"),
        describe("tights", "The T-shirt is with", "cut"),
        is_a("leggings", "yes", article="a pair of"),
        title="ASICS Women Black Core Running Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: pink track pants with white colour-block side panels, white crop top, full body, white backdrop.
    # Caption: epoch-1 adapter (stopped cleanly); open answers: mdeberta; closed: reference engine.
    case(
        "X745-037",
        caption("a woman wearing a white crop top and pink track pants with white stripes"),
        wearing("a white crop top and pink track pants with white stripes"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        color("pink"),
        pattern("color block"),
        details("track pants", "white stripes"),
        describe("track pants", "pink track pants with", "cut"),
        title="Campus Sutra Women Pink & White Colourblocked Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: lower-body crop, black adidas track pants with three white side stripes, white sneakers, white
    # backdrop. Caption: epoch-1 adapter ("man"), ran into a Question/Answer turn; open: mdeberta; closed: reference.
    case(
        "X745-038",
        caption(
            "a man wearing black adidas track pants with white stripes Question: what is the man wearing? Answer: "
            "black adidas track pants Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("black adidas track pants with white stripes"),
        color("black"),
        details("track pants", "white stripes"),
        describe("track pants", "a man wearing black adidas track pants", "pronoun"),
        is_a("jeans", "no", article="a pair of"),
        title="Adidas Women Black Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: pink sports bra with a white tropical leaf print, grey leggings, front, white backdrop.
    # Caption: epoch-3 adapter (invents chiffon); open answers: mdeberta; closed: reference engine.
    case(
        "X745-039",
        caption(
            "The lady wears a sports bra with floral patterns and a long leggings. The sports bra is pink and the "
            "leggings are grey. The sports bra is with chiffon fabric.",
            "unsupported",
        ),
        wearing("a sports bra with floral patterns and a long leggings", who="she"),
        color_of("sports bra", "pink", kind="open"),
        pattern("floral"),
        material("chiffon fabric", "unsupported"),
        garment_type("sports bra"),
        details("sports bra", "floral patterns"),
        describe("sports bra", "grey", "other_garment_color"),
        title="Clovia Women Pink Tropical Print Non-Padded Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: teal leggings, white tee with a Domyos graphic, white sneakers, rolled yoga mat in hand, white
    # backdrop. Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long leggings. The leggings are "
            "blue. She is holding a yoga mat."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long leggings", who="she"),
        color_of("leggings", "blue", kind="open"),
        color("teal"),
        pattern("graphic", "contradiction"),
        details("leggings", "", "non_answer"),
        describe("leggings", "a short-sleeve T-shirt with graphic patterns", "contradiction"),
        garment_type("t-shirt", "contradiction"),
        title="Domyos by Decathlon Women Teal Fitness Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: burgundy twist-back Dri-FIT yoga tank top with a round neck, black leggings, front, white backdrop.
    # Caption: epoch-3 adapter (cotton on a Dri-FIT piece); open answers: mdeberta; closed: reference engine.
    case(
        "X745-041",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is red and its "
            "neckline is round. The tank top is with cotton fabric.",
            "unsupported",
        ),
        color_of("tank top", "red", kind="open"),
        describe("tank top", "tank top", "restated"),
        details("tank top", "its neckline is round"),
        material("cotton fabric", "unsupported"),
        sleeves("sleeveless"),
        wearing("a tank top with pure color patterns and a long leggings"),
        title="Nike Women Burgundy Dri-FIT Twist-Back Yoga Tank Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black high-waist tights, black sports bra under an open grey stand-collar zip jacket, front, white
    # backdrop. Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine.
    case(
        "X745-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is grey "
            "and its neckline is stand. The leggings are black."
        ),
        wearing("a long-sleeve jacket with pure color patterns and a long leggings", who="she"),
        color_of("tights", "grey", "other_garment_color", kind="open"),
        color("black"),
        details("tights", "its neckline is stand", "unsupported"),
        garment_type("jacket", "contradiction"),
        describe("tights", "The leggings are black"),
        sleeves("long sleeves", "contradiction"),
        title="Reebok Women Black Lux High-Rise Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue cotton capri leggings, white racerback tank top, white sneakers, white backdrop.
    # Caption: epoch-3 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-043",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point pants. The tank top is white and "
            "the pants are navy blue with cotton fabric. The lady wears a tank top with pure color patterns and a "
            "three-point pants. The tank top is white and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and a three-point pants"),
        color_of("capris", "white", "other_garment_color", kind="open"),
        color("navy blue"),
        material("cotton fabric"),
        details("capris", "The tank top is white and the", "cut"),
        is_a("leggings", "yes", article="a pair of"),
        title="Jockey Women Navy Blue Solid Cotton Capris",
        category="Capris",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink sports bra, black tights with three white side stripes, front, white backdrop.
    # Caption: epoch-1 adapter, looped to the limit; open answers: mdeberta; closed: reference engine.
    case(
        "X745-044",
        caption(
            "a woman in a pink sports bra and black leggings with white stripes on the side, she is wearing a pink "
            "sports bra and black leggings with white stripes on the side, she is wearing a pink sports bra and",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink sports bra and black leggings with white stripes on the side", who="she"),
        color_of("sports bra", "pink"),
        details("sports bra", "white stripes on the side", "unsupported"),
        describe(
            "sports bra",
            "she is wearing a pink sports bra and black leggings with white stripes on the side, she is wearing a "
            "pink sports bra and",
            "loop",
        ),
        garment_type("sports bra"),
        title="Adidas Women Pink Believe This Medium Support Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: white ribbed cotton crop tank top with a scoop neck, light blue track pants, no rings, front, white
    # backdrop. Caption: epoch-3 adapter (invents a square neck and a ring); open: mdeberta; closed: reference.
    # The feed row has no color.
    case(
        "X745-045",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is white and the "
            "pants are blue. The tank top is with cotton fabric and its neckline is square. There is a ring on her "
            "finger.",
            "unsupported",
        ),
        wearing("a tank top with pure color patterns and a long pants"),
        color_of("tank top", "white", kind="open"),
        color("blue", "contradiction"),
        sleeves("sleeveless"),
        details("tank top", "its neckline is square", "unsupported"),
        material("cotton fabric"),
        title="Tokyo Talkies Women White Solid Ribbed Crop Tank Top",
        category="Tops",
        gender="Women",
    ),
    # photo: navy blue training tights, white sports bra with navy trim, skipping rope in hand, front, white
    # backdrop. Caption: epoch-3 adapter; open answers: mdeberta; closed: reference engine. The row has no category.
    case(
        "X745-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is "
            "white and the leggings are navy blue. She holds a rope in her hand."
        ),
        wearing("a sleeveless tank top with pure color patterns and a long leggings"),
        color_of("tights", "navy blue"),
        describe("tights", "white", "other_garment_color"),
        garment_type("leggings"),
        material("", "non_answer"),
        is_a("sports bra", "no"),
        details("tights", "a long leggings", "restated"),
        title="Puma Women Navy Blue Solid Training Tights",
        color="Navy Blue",
        gender="Women",
    ),
]
