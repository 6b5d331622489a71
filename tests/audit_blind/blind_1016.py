"""BLIND_1016 (46 products; old Myntra women's western; captions, then QA): written blind in the fifty-eighth session.
Measured blind at f4651f6 (the session's sixth rules): 108/127 failures found (85.0%) and 4/183 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: the older Myntra feed (styles.csv era, short titles like "Vero Moda Women Peach Top"), women's western
wear only: tops, t-shirts, shirts, jeans, trousers, shorts, capris, skirts, dresses, a jumpsuit, sweaters,
sweatshirts, jackets, track pants. Photos of the shared set's kind: a model on a white backdrop, front view, the
product worn with other garments (jeans under a top, a tee under a jacket), sometimes holding a prop.

Who wrote what: each photo was captioned by a BLIP-2 OPT-2.7b caption adapter (50 new tokens, greedy); open
questions were then answered by the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption, so
every open answer is a span copied from the caption, or empty when the QA model abstains; closed questions came
from enrich's `--engine reference`, which ranks the candidate values against the photo and picks one.
- X1016-001 to -016: the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Still close to
  the base model: starts "a woman wearing a ... top and ... jeans" with hue names, then one or two DeepFashion
  template sentences. Names the wrong garment's hue, calls a short-haired model "a man", invents wrist accessories
  and rings, and now and then runs on into the `Question: ... Answer:` format it saw in its unmasked labels.
- X1016-017 to -046: the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption). Writes the DeepFashion
  template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric")
  with hues in about half the captions; "pure color", "lattice", "graphic" stand where a hue should be; splits a
  jumpsuit into a tank top and pants; gives both garments one hue; invents rings, belts, hats, neckwear; no end
  token, so when the template runs long it is cut at 50 tokens or repeats its last sentence to the limit.
- The extractive QA model: picks the first color word in the caption whatever garment it belongs to, returns a
  pattern word ("pure color", "lattice patterns") for a color question, returns "The top" or "Her sweater" for
  describe/details, copies loops, leaked `Answer:` fragments and invented sentences along with the span.

Labeling conventions and judgement calls:
- One label per text. A caption with two faults gets the one that spoils it most: loop or cut over a leak, a leak
  over an invented accessory. Captions that run to the 50-token limit have hit_limit=True; extractive answers never
  do (the QA model has no token limit), even when the span they copy is the cut or looping tail of a caption.
- other_garment_color: a free text (an extractive answer or a caption) that gives the product the hue of another
  garment in the photo (the jeans' "blue" for the top). A closed color that picks another garment's hue is
  labeled contradiction, since the reference engine only ranks candidates.
- A pattern or fabric word returned for a color question ("pure color", "lattice patterns", "graphic patterns",
  "floral patterns"), an empty span, or "other" for the material is non_answer. "The top", "The pants", "Her
  sweater", "T-shirt" for describe/details is restated.
- An answer that describes or names a different garment or an accessory ("blue jeans" to "Describe the top.",
  "a brown purse" to "What is the person wearing?"), a closed garment type or yes/no that the title contradicts,
  a jumpsuit split into a tank top and pants, and another garment's fabric for the material question are
  contradictions.
- Invented accessories (ring, wrist accessory, belt, hat, bag, neckwear, scarf, glasses) and a material the photo
  cannot show and the title contradicts (cotton for a Dri-FIT tee, chiffon for an opaque crepe dress) are
  unsupported. "Cotton" for a plain matte jersey tee, sweatshirt or woven shirt, "chiffon" for a sheer georgette
  top, "knitting" for a sweater, "denim" and "leather" where the photo shows them are accepted as correct.
- Shades: cream answered "white", mustard "yellow", sea green "green", charcoal "grey", navy "navy blue",
  wine/burgundy "maroon" are correct; burgundy answered "brown" is not. A template length that is loose but not
  wrong ("medium length" for a knee-length skirt) is correct. "a short-sleeve T-shirt" to "What is the person
  wearing?" when she also wears the product skirt is incomplete but true, and labeled correct.
- Gendered nouns count with pronouns: "a man", "The gentleman", "This man", "His" for a woman model are pronoun.
- Catalog columns are as the seller gave them; X1016-035 has no color and X1016-044 no category, as in the feed.
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

BLIND_1016 = [
    # photo: peach sleeveless georgette top, round neck, untucked over mid-blue skinny jeans; white backdrop, front;
    # no jewellery. Epoch-1 caption adapter, extractive QA, reference engine for closed.
    case(
        "X1016-001",
        caption(
            "a woman wearing a peach sleeveless top and blue jeans. Her top has no sleeves, chiffon fabric and pure "
            "color patterns. The neckline of it is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a peach sleeveless top and blue jeans"),
        color_of("top", "peach", kind="open"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        describe("top", "blue jeans", "contradiction"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy crew-neck short-sleeve tee with a small white swoosh, black running shorts; white backdrop; bare
    # wrists. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-002",
        caption(
            "a woman in a navy blue nike t-shirt and black shorts wearing a watch. The T-shirt is with cotton fabric "
            "and its neckline is crew.",
            "unsupported",
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "navy blue nike t-shirt"),
        Q.color("navy blue"),
        is_a("t-shirt", "yes"),
        Q.pattern("solid"),
        title="Nike Women Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white long-sleeve button-down shirt with pointed collar on a short-haired woman, beige chinos; white
    # backdrop. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-003",
        caption(
            "a man wearing a white shirt and beige pants. His shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline.",
            "pronoun",
        ),
        wearing("a white shirt and beige pants", who="she"),
        details("shirt", "His shirt has long sleeves, cotton fabric and pure color patterns", "pronoun"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt"),
        Q.color("white"),
        title="Arrow Woman Solid White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with light whiskering, white crew tee tucked in, white sneakers; white backdrop;
    # hands at her sides, no rings. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-004",
        caption(
            "a woman wearing a white t-shirt and blue jeans. The pants are with denim fabric and solid color "
            "patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "denim fabric and solid color patterns"),
        is_a("pair of jeans", "yes"),
        Q.color("white", "contradiction"),
        Q.material("denim"),
        wearing("a white t-shirt and blue jeans"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless knee-length fit-and-flare crepe dress with a thin self belt, black heels; white
    # backdrop. Epoch-1 caption adapter (ran to the limit), extractive QA, reference engine.
    case(
        "X1016-005",
        caption(
            "a woman in a black sleeveless dress with a belt. The dress is of knee length. Its fabric is other and "
            "it has pure color patterns. The lady wears a pair of shoes and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sleeveless dress with a belt"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("other", "non_answer"),
        Q.garment_type("dress"),
        describe("dress", "a black sleeveless dress"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white georgette top with a navy and red floral print, three-quarter sleeves, V neck, dark blue jeans;
    # white backdrop. Epoch-1 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-006",
        caption(
            "a woman wearing a floral print top and jeans. The top has three-quarter sleeves, chiffon fabric and "
            "floral patterns. The neckline of it is V-shape. The jeans are of long length and they are",
            "cut",
            hit_limit=True,
        ),
        wearing("a floral print top and jeans"),
        Q.pattern("floral"),
        color_of("top", "", "non_answer", kind="open"),
        Q.material("chiffon"),
        Q.sleeve_length("long", "contradiction"),
        details("top", "three-quarter sleeves, chiffon fabric and floral patterns"),
        title="Remanika Women Printed Multi Coloured Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with a pink cat-logo print on the chest, black leggings; white
    # backdrop. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-007",
        caption(
            "a woman wearing a grey puma sweatshirt and black leggings. Her sweatshirt has long sleeves, cotton "
            "fabric and graphic patterns."
        ),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.pattern("printed"),
        is_a("jacket", "yes", "contradiction"),
        details("sweatshirt", "Her sweatshirt", "restated"),
        title="Puma Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black straight formal trousers, white sleeveless blouse tucked in, black pumps; white backdrop, full
    # length. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-008",
        caption(
            "a woman wearing a white top and black pants. The pants are of long length and they have pure color "
            "patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("trousers"),
        details("pants", "The pants", "restated"),
        wearing("a white top and black pants"),
        describe("pants", "long length"),
        title="Van Heusen Woman Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red denim A-line mini skirt with front buttons, black tee tucked in; white backdrop. Epoch-1 caption
    # adapter, extractive QA, reference engine.
    case(
        "X1016-009",
        caption(
            "a woman in a black t-shirt and a red skirt. The skirt is of short length. His skirt is with denim "
            "fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        details("skirt", "short length"),
        wearing("a black t-shirt and a red skirt", who="she"),
        Q.color("red"),
        is_a("skirt", "yes"),
        Q.material("denim"),
        title="ONLY Women Red Denim Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: olive green cotton utility jacket with chest flap pockets, worn open over a white tee and blue jeans;
    # white backdrop. Epoch-1 caption adapter (looped to the limit), extractive QA, reference engine.
    case(
        "X1016-010",
        caption(
            "a woman wearing an olive jacket over a white t-shirt and blue jeans. The jacket is with cotton fabric "
            "and its pattern is pure color. The jacket is with cotton fabric and its pattern is pure color. The "
            "jacket is with",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("an olive jacket over a white t-shirt and blue jeans"),
        details(
            "jacket",
            "The jacket is with cotton fabric and its pattern is pure color. The jacket is with cotton fabric and its "
            "pattern is pure color.",
            "loop",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("olive"),
        title="Wrangler Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: white short-sleeve tee with black "BENETTON" lettering across the chest, light-blue denim shorts;
    # white backdrop. Epoch-1 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-011",
        caption(
            "a woman wearing a white t-shirt with black letters and denim shorts. The T-shirt has short sleeves, "
            "cotton fabric and graphic patterns. The shorts are with denim fabric and pure color patterns. The "
            "shorts are of",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "white t-shirt with black letters"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short"),
        is_a("polo shirt", "yes", "contradiction"),
        title="United Colors of Benetton Women Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: wine-maroon long-sleeve jersey top with boat neck, black jeans; white backdrop. Epoch-1 caption adapter
    # (ran on into the prompt format to the limit), extractive QA, reference engine.
    case(
        "X1016-012",
        caption(
            "a woman wearing a maroon top and black jeans. Question: what is the color of the top? Answer: maroon "
            "Question: what is the color of the jeans? Answer: black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "maroon", kind="open"),
        wearing("a maroon top and black jeans"),
        details("top", "Answer: maroon", "leak"),
        Q.garment_type("top"),
        Q.sleeve_length("long"),
        Q.color("maroon"),
        title="People Women Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: khaki cotton chino shorts with turn-up hems, navy-and-white striped tee worn loose over the waistband
    # (no belt visible); white backdrop. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-013",
        caption(
            "a woman in a navy striped t-shirt and khaki shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is a belt on her waist.",
            "unsupported",
        ),
        color_of("shorts", "navy", "other_garment_color", kind="open"),
        details("shorts", "cotton fabric and pure color patterns"),
        is_a("pair of shorts", "yes"),
        Q.color("khaki"),
        Q.pattern("striped", "contradiction"),
        title="Wrangler Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: royal blue short-sleeve shift dress in opaque crepe with white polka dots, above the knee; she holds a
    # tan clutch; white backdrop. Epoch-1 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-014",
        caption(
            "a woman in a blue and white polka dot dress holding a brown purse. The dress has short sleeves and it "
            "is of short length. Its fabric is chiffon and it has other patterns. The lady also",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue and white", kind="open"),
        Q.color("blue"),
        Q.pattern("polka dot"),
        describe("dress", "blue and white polka dot dress"),
        wearing("a brown purse", "contradiction"),
        Q.material("chiffon", "unsupported"),
        title="Vero Moda Women Blue Printed Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: cream cable-knit crew-neck pullover, long sleeves, dark blue jeans; nothing round her neck; white
    # backdrop. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-015",
        caption(
            "a woman wearing a white sweater and jeans with a scarf. Her sweater has long sleeves, knitting fabric "
            "and pure color patterns. The neckline of it is round.",
            "unsupported",
        ),
        color_of("sweater", "white", kind="open"),
        Q.material("knitting"),
        is_a("cardigan", "yes", "contradiction"),
        Q.sleeve_length("long"),
        describe("sweater", "Her sweater", "restated"),
        Q.pattern("solid"),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: black sleeveless top with a lace yoke at the neckline, white wide-leg trousers; bare hands; white
    # backdrop. Epoch-1 caption adapter, extractive QA, reference engine.
    case(
        "X1016-016",
        caption(
            "a woman wearing a black top and white pants. The top has no sleeves and pure color patterns. There is "
            "a ring on her finger.",
            "unsupported",
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "The top", "restated"),
        Q.color("black"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        details("top", "There is a ring on her finger.", "unsupported"),
        title="Mango Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lavender short-sleeve Dri-FIT training tee (shiny polyester, mesh side panels) with a white swoosh,
    # black track pants; white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers.",
            "unsupported",
        ),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        Q.color("lavender"),
        wearing("a short-sleeve T-shirt", who="she"),
        Q.sleeve_length("short"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Dri-FIT Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans, light pink long-sleeve top worn loose, white sneakers; bare wrists; white
    # backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-018",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The female wears a long pants. The pants "
            "are with denim fabric and solid color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("jeans", "solid color", "non_answer", kind="open"),
        details("jeans", "denim fabric and solid color patterns"),
        Q.color("black", "contradiction"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Jealous 21 Women Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red long-sleeve wrap midi dress, V neck, tie at the waist, nude heels; no jewellery; white backdrop.
    # Epoch-3 caption adapter (looped to the limit), extractive QA, reference engine.
    case(
        "X1016-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a V-shape neckline. There is a ring "
            "on her finger. There is a ring on her finger. There is a ring on her finger. There is a",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "", "non_answer", kind="open"),
        Q.color("red"),
        neckline("v-neck"),
        Q.sleeve_length("long"),
        details(
            "dress",
            "There is a ring on her finger. There is a ring on her finger. There is a ring on her finger.",
            "loop",
        ),
        title="Elle Women Red Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mustard short-sleeve georgette top with ruffled sleeves, white jeans; bare neck; white backdrop.
    # Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-020",
        caption(
            "The lady wears a short-sleeve yellow top with pure color patterns. The top is with chiffon fabric. The "
            "lady wears a long white pants. The lady has neckwear.",
            "unsupported",
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("mustard"),
        wearing("a short-sleeve yellow top"),
        describe("top", "short-sleeve yellow top with pure color patterns"),
        Q.sleeve_length("short"),
        title="Tokyo Talkies Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue-and-white gingham shirt, long sleeves rolled to the elbow, black trousers; woman with hair tied
    # back; white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-021",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers.",
            "pronoun",
        ),
        Q.pattern("checked"),
        color_of("shirt", "lattice patterns", "non_answer", kind="open"),
        Q.color("blue"),
        wearing("a long-sleeve shirt with lattice patterns", who="she"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        title="Scullers For Her Women Blue Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: beige straight cotton trousers, navy long-sleeve flowy blouse tucked in, brown belt; no rings; white
    # backdrop. Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-022",
        caption(
            "The lady wears a long-sleeve navy shirt. The shirt is with chiffon fabric. The lady wears a long "
            "trousers. The trousers are with cotton fabric and pure color patterns. There is a belt and a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "navy", "other_garment_color", kind="open"),
        Q.color("beige"),
        Q.material("chiffon", "contradiction"),
        details("trousers", "cotton fabric and pure color patterns"),
        Q.garment_type("trousers"),
        title="Allen Solly Woman Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black pleated midi skirt with a small white-and-pink floral print, plain white tee tucked in; white
    # backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a skirt. The skirt is of "
            "three-quarter length. The skirt is with chiffon fabric and floral patterns."
        ),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        wearing("a short-sleeve T-shirt"),
        details("skirt", "chiffon fabric and floral patterns"),
        is_a("skirt", "yes"),
        Q.material("chiffon"),
        describe("skirt", "short-sleeve T-shirt", "contradiction"),
        title="Mango Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: navy hooded sweatshirt, hood down, white stripes down the sleeves and a white logo print, kangaroo
    # pocket, grey track pants; white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-024",
        caption(
            "The person wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "person wears a long pants. The person wears a hat.",
            "unsupported",
        ),
        Q.color("navy blue"),
        is_a("hoodie", "yes"),
        describe("sweatshirt", "long-sleeve sweater with graphic patterns"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        color_of("sweatshirt", "graphic patterns", "non_answer", kind="open"),
        title="Adidas Women Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver zips, open over a grey tee, black jeans; white backdrop.
    # Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather"),
        Q.color("black"),
        details("jacket", "leather fabric"),
        wearing("a long-sleeve jacket"),
        is_a("jacket", "yes"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        Q.garment_type("jacket"),
        title="Vero Moda Women Black Leather Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless crochet-lace top with scalloped hem, light-blue denim shorts, sunglasses pushed up on
    # her head (no hat); white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears "
            "a short pants. The pants are with denim fabric. The lady wears a hat.",
            "unsupported",
        ),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        describe("top", "tank top with pure color patterns"),
        details("top", "The lady wears a hat.", "unsupported"),
        wearing("a tank top", who="she"),
        title="Sepia Women White Crochet Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black short-sleeve tee with a white-and-yellow cassette-tape print, blue jeans; white backdrop.
    # Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-027",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The female wears a long pants. The pants are with denim fabric and its pattern is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("printed"),
        details("t-shirt", "graphic patterns"),
        Q.material("cotton"),
        describe("t-shirt", "The T-shirt", "restated"),
        title="Tantra Women Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: sea green sleeveless skater dress on spaghetti straps, above the knee; bare wrists; white backdrop.
    # Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("green"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        neckline("round", "contradiction"),
        wearing("a sleeveless dress"),
        color_of("dress", "", "non_answer", kind="open"),
        title="DressBerry Women Sea Green Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink short-sleeve cotton peplum top, round neck, grey skinny jeans; white backdrop. Epoch-3 caption
    # adapter, extractive QA, reference engine.
    case(
        "X1016-029",
        caption(
            "The lady wears a short-sleeve pink top with pure color patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a long grey pants with denim fabric."
        ),
        color_of("top", "grey", "other_garment_color", kind="open"),
        wearing("a short-sleeve pink top"),
        Q.color("pink"),
        details("top", "cotton fabric and its neckline is round"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.material("denim", "contradiction"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: light-wash blue boyfriend jeans, ripped knees, rolled hems, black tank top, white sneakers; white
    # backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-030",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long black pants. The pants are "
            "with denim fabric and pure color patterns.",
            "other_garment_color",
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("blue"),
        details("jeans", "denim fabric and pure color patterns"),
        is_a("pair of jeans", "yes"),
        wearing("a tank top"),
        title="Lee Women Blue Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: bright yellow crew-neck short-sleeve tee with a black logo print, black shorts; white backdrop.
    # Epoch-3 caption adapter (ran on into the prompt format to the limit), extractive QA, reference engine.
    case(
        "X1016-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "Question: What is the color of the T-shirt? Answer: yellow. Question: What is the color of the shorts? "
            "Answer: black. Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "cotton fabric. Question: What is the color of the T-shirt? Answer: yellow", "leak"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        title="Puma Women Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: light pink long-sleeve formal shirt, pointed collar, grey trousers; woman with hair pulled back;
    # white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-032",
        caption(
            "This man wears a long-sleeve pink shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The trousers this man wears are grey.",
            "pronoun",
        ),
        wearing("a long-sleeve pink shirt with pure color patterns", who="she"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "cotton fabric and it has a lapel neckline"),
        Q.color("pink"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        title="Van Heusen Woman Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather knee-length pencil skirt, red sleeveless chiffon top tucked in; white backdrop.
    # Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-033",
        caption(
            "The lady wears a sleeveless red top with pure color patterns. The top is with chiffon fabric. The lady "
            "wears a skirt. The skirt is of medium length. The skirt is with leather fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        Q.material("leather"),
        Q.color("red", "contradiction"),
        details("skirt", "leather fabric and pure color patterns"),
        wearing("a sleeveless red top"),
        is_a("skirt", "yes"),
        describe("skirt", "The skirt", "restated"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket with buttoned chest pockets, open over a white tee, black jeans; white
    # backdrop. Epoch-3 caption adapter (looped to the limit), extractive QA, reference engine.
    case(
        "X1016-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The lady "
            "wears a white T-shirt. The lady wears a white T-shirt. The lady wears a white T-shirt. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        wearing("a white T-shirt. The lady wears a white T-shirt. The lady wears a white T-shirt", "loop"),
        Q.color("blue"),
        Q.garment_type("jacket"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: white ankle-length maxi dress with a blue and yellow floral print, short flutter sleeves, V neck, no
    # belt, bare wrists; white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The dress is "
            "of long length. There is a belt. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.pattern("floral"),
        Q.color("white"),
        details("dress", "There is a belt.", "unsupported"),
        describe("dress", "short-sleeve dress with floral patterns"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        Q.sleeve_length("short"),
        neckline("v-neck"),
        title="Mango Women Printed Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: charcoal grey formal trousers, light-blue long-sleeve shirt tucked in, black belt; white backdrop.
    # Epoch-3 caption adapter (one hue for both garments), extractive QA, reference engine.
    case(
        "X1016-036",
        caption(
            "The lady wears a long-sleeve blue shirt with pure color patterns. It has a lapel neckline. The lady "
            "wears a long blue pants. The pants are with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("trousers"),
        details("pants", "The pants", "restated"),
        wearing("a long-sleeve blue shirt", who="she"),
        title="Park Avenue Woman Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: off-white short-sleeve boat-neck top with navy horizontal stripes, red cotton shorts; white backdrop.
    # Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-037",
        caption(
            "The lady wears a short-sleeve top with striped patterns. The top is with cotton fabric and its neckline "
            "is round. The lady wears a short red pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.color("off white"),
        describe("top", "short-sleeve top with striped patterns"),
        wearing("a short red pants"),
        Q.sleeve_length("short"),
        Q.garment_type("top"),
        title="ONLY Women Off White Striped Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: burgundy fine-knit V-neck sweater with long sleeves over a white collared shirt (collar showing), black
    # trousers; no glasses; white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-038",
        caption(
            "The lady wears a long-sleeve sweater with knitting fabric and its neckline is V-shape. The lady wears a "
            "white shirt. The lady wears a long black pants. The lady wears glasses.",
            "unsupported",
        ),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        Q.color("brown", "contradiction"),
        Q.material("knitting"),
        neckline("v-neck"),
        is_a("sweater", "yes"),
        describe("sweater", "long-sleeve sweater with knitting fabric"),
        title="United Colors of Benetton Women Burgundy Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mid-blue denim shorts with frayed hems, white sleeveless top tucked in, tan belt; long-haired woman;
    # white backdrop. Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-039",
        caption(
            "The gentleman wears a tank top with pure color patterns. The gentleman wears a short pants. The pants "
            "are with denim fabric and pure color patterns. There is a belt.",
            "pronoun",
        ),
        color_of("shorts", "", "non_answer", kind="open"),
        details("shorts", "denim fabric and pure color patterns"),
        wearing("The gentleman wears a tank top", "pronoun"),
        Q.color("blue"),
        is_a("pair of shorts", "yes"),
        Q.material("denim"),
        title="Pepe Jeans Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange V-neck short-sleeve tee, navy track pants; bare wrists; white backdrop. Epoch-3 caption
    # adapter, extractive QA, reference engine.
    case(
        "X1016-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is V-shape. The lady wears a long navy pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        Q.color("grey"),
        neckline("v-neck"),
        describe("t-shirt", "T-shirt", "restated"),
        Q.material("cotton"),
        Q.garment_type("t-shirt"),
        title="Kappa Women Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black track pants with white side stripes and elastic cuffs, coral-pink sports tee; white backdrop.
    # Epoch-3 caption adapter (ran on into the prompt format to the limit), extractive QA, reference engine.
    case(
        "X1016-041",
        caption(
            "The lady wears a short-sleeve pink T-shirt. The lady wears a long black pants. The pants are with cotton "
            "fabric and striped patterns. Question: What is the color of the pants? Answer: black. Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        details("pants", "cotton fabric and striped patterns. Question: What is the color of the pants?", "leak"),
        Q.pattern("striped"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.color("black"),
        title="Reebok Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: teal sleeveless high-neck georgette top, short black skirt; empty hands, no bag; white backdrop, front.
    # Epoch-3 caption adapter, extractive QA, reference engine.
    case(
        "X1016-042",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with chiffon fabric. It has a "
            "stand neckline. The lady wears a short black skirt. She carries a bag.",
            "unsupported",
        ),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("teal"),
        details("top", "She carries a bag.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        neckline("high neck"),
        Q.material("chiffon"),
        title="Elle Women Teal Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: olive sleeveless full-length jumpsuit with a tie belt; white backdrop. Epoch-3 caption adapter (split
    # it into a tank top and pants), extractive QA, reference engine.
    case(
        "X1016-043",
        caption(
            "The lady wears a tank top with pure color patterns. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is a belt.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        wearing("a tank top", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        title="Vero Moda Women Olive Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: purple long-sleeve wrap top with a side tie, V neck, white jeans; white backdrop. Epoch-3 caption
    # adapter (ran on into the prompt format to the limit), extractive QA, reference engine.
    case(
        "X1016-044",
        caption(
            "The lady wears a long-sleeve purple top with pure color patterns. The top is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long white pants. Question: What is the lady wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "purple", kind="open"),
        describe("top", "long-sleeve purple top with pure color patterns"),
        details("top", "The top", "restated"),
        wearing("a long-sleeve purple top", who="she"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long"),
        title="Tokyo Talkies Women Purple Top",
        color="Purple",
        gender="Women",
    ),
    # photo: beige cotton capris ending below the knee, white-and-blue striped long-sleeve shirt; white backdrop.
    # Epoch-3 caption adapter (cut at the limit), extractive QA, reference engine.
    case(
        "X1016-045",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The lady "
            "wears a three-quarter pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("capris", "", "non_answer", kind="open"),
        details("capris", "cotton fabric and pure color patterns"),
        Q.pattern("striped", "contradiction"),
        Q.color("beige"),
        Q.garment_type("capris"),
        title="Kraus Women Beige Capris",
        category="Capris",
        color="Beige",
        gender="Women",
    ),
    # photo: peach short-sleeve lace sheath dress, round neck, above the knee, nude heels; white backdrop. Epoch-3
    # caption adapter (looped to the limit), extractive QA, reference engine.
    case(
        "X1016-046",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of short length. The dress "
            "is of short length. The dress is of short length. The dress is of short length. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "The dress", "restated", kind="open"),
        Q.color("peach"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        details("dress", "short length. The dress is of short length. The dress is of short length.", "loop"),
        is_a("dress", "yes"),
        neckline("round"),
        title="ONLY Women Peach Lace Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
]
