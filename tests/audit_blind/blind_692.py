"""BLIND_692 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-fourth session.
Measured blind at 55c810f (the session's fifth rules): 107/130 failures found (82.3%) and 7/185 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Boys and Girls rows: Tshirts, Shirts, Shorts, Jeans, Dungarees, Dresses sold as
frocks, Tops, Skirts). Catalog photos on a white backdrop, the child standing front-on and wearing the product with
other clothes (a tee under dungarees, shorts under a shirt), now and then holding a prop (a ball, a teddy, a bag).

Who wrote what: the captions come from the night's caption LoRA on blip2-opt-2.7b, trained on DeepFashion template
captions mixed with VQA pairs with the prompt left in the labels. It writes the template ("The boy is wearing a
short-sleeve T-shirt with graphic patterns ... The T-shirt is with cotton fabric and its neckline is round."),
calls patterns "pure color", "lattice", "graphic", names hues only sometimes, says "lady", "gentleman", "man",
"female" as the adult data taught it, invents accessories, and when it does not stop on the newline it runs to
the 50-token limit: cut mid-sentence, a repeated sentence, or a "Question: ... Answer: ..." pair after the caption.
Three products (028, 036, 045) were captioned by the untuned base model in a rerun: short lowercase captions,
"t - shirt" tokenization, one loop. Every open answer (wearing, describe, details, material, open color
questions) is a span that mdeberta-v3-base-squad2 extracted from that product's caption, so it can only repeat
the caption's words; an empty string is its no-answer. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference, one candidate picked by BLIP-2 from the image.

Labeling conventions and judgement calls:
- One label per text, the failure that makes it wrong first; a caption cut at the limit is "cut" even when an
  earlier sentence was fine, a caption whose tail repeats a sentence is "loop", and one that goes on with a
  Question/Answer pair is "leak" (all three with hit_limit=True). A complete caption that ended on its own is not
  marked hit_limit.
- An extractive span that is wrong because the caption was wrong carries the same kind as the caption's error.
  Extractive answers never ran to a token limit, so hit_limit is False on them; a span that stops on "with",
  "and a", "She has a" is "cut".
- A color answer that names a color of another garment worn in the photo (the tee under the dungarees, the
  shorts below a tee) is other_garment_color; the color of the product's own print, flowers, dots or graphic, or
  of a prop (a bag), is contradiction.
- Pattern, sleeve length, garment type or material taken from the other garment (the tee's stripes for plain
  dungarees, "long sleeves" for sleeveless dungarees, "denim" for a top worn with denim shorts) is contradiction.
- The seller's category decides garment type: "dress" or "no" to "Is this a pair of dungarees?" for a
  dungaree pinafore, "jacket" for a denim shirt, "trousers" for jeans, "track pants" for track shorts are
  contradictions. Template words are accepted as synonyms: "overalls" for dungarees, "pants" for jeans, "lattice"
  for checks, "pure color" for solid, "graphic" for any print, "T-shirt" vs "top" for a knit kids' top, "shirt"
  for a woven top, and "long-sleeve" for three-quarter sleeves (the template knows only short, long, sleeveless).
- Material: "cotton" for a tee, frock or corduroy, "denim" for jeans, denim shorts, dungarees or a chambray shirt
  are correct; a fabric the photo does not show ("chiffon", "lace" for a skirt with only a lace trim,
  "knitting" for a woven rayon top) is unsupported, as are an accessory, hood, zipper or glasses not in the photo.
- A bare noun ("dress", "T-shirt", "the pants") to Describe or a details question, an empty span, or
  "pure color" to a color question is non_answer; a span that only gives the question's own words back ("The
  boy is wearing", "The shorts are", "The shirt") is restated.
- Pronoun: a text that calls a boy "lady", "female", "her", or a girl "gentleman", "man", "his" is pronoun,
  also when the rest of the sentence is right. "This person" is neutral.
- Seller colors are used as the seller wrote them; a shade in the same group ("khaki" for Beige, "purple" for
  Lavender, "yellow" for Mustard, "grey" for Grey Melange, "white" for Off White) is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
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

BLIND_692 = [
    # photo: boy in a navy tee with a white dinosaur print, grey melange knit shorts, white backdrop, front view;
    # caption by the caption LoRA, open answers extracted by mdeberta, closed answers by the reference engine
    case(
        "X692-001",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a pair of grey shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("a short-sleeve T-shirt with graphic patterns and a pair of grey shorts"),
        B.color("navy blue"),
        B.pattern("graphic"),
        color_of("T-shirt", "grey", "other_garment_color", kind="open"),
        D.material("cotton"),
        B.sleeve_length("short sleeves"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless cotton frock with small white-and-yellow flowers, white sandals, no jewellery,
    # white backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns", who="the girl"),
        B.garment_type("dress"),
        B.color("white", "contradiction"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="612 league Girls Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked long-sleeve shirt, sleeves rolled to the elbow, beige chinos, bare head,
    # white backdrop; caption LoRA (invents a hat), mdeberta spans, reference engine
    case(
        "X692-003",
        caption(
            "The boy is wearing a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. He wears a hat.",
            "unsupported",
        ),
        D.wearing("a long-sleeve shirt with lattice patterns and a long trousers"),
        B.pattern("checked"),
        B.color("beige", "other_garment_color"),
        describe("shirt", "long-sleeve shirt with lattice patterns"),
        D.details("its neckline is lapel"),
        is_a("shirt", "yes"),
        title="U.S. Polo Assn. Kids Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard puff-sleeve cotton top tucked into a blue denim skirt, thin white belt at the waist,
    # white backdrop; caption LoRA ran to the limit, mdeberta spans, reference engine
    case(
        "X692-004",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a denim skirt. The top is with cotton "
            "fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. There is a "
            "belt in her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pure color", "non_answer", kind="open"),
        B.color("mustard"),
        B.garment_type("top"),
        describe("top", "a short-sleeve top with pure color patterns"),
        D.material("cotton"),
        wearing("The girl wears", "restated", who="she"),
        title="Cherry Crumble Girls Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in mid-blue slim jeans, a plain white round-neck tee worn out, white sneakers, full length, white
    # backdrop; caption LoRA cut at 50 tokens, mdeberta spans, reference engine
    case(
        "X692-005",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "The pants are with denim fabric"),
        B.garment_type("jeans"),
        D.material("denim"),
        wearing("a short-sleeve T-shirt", who="he"),
        title="Pepe Jeans Kids Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in light-blue denim dungaree shorts over a white tee with red stripes, white backdrop; caption LoRA
    # repeats a sentence to the limit, mdeberta spans, reference engine
    case(
        "X692-006",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns and a denim overalls. The overalls are "
            "with denim fabric. The overalls are with denim fabric. The overalls are with denim fabric. The "
            "overalls are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with striped patterns and a denim overalls"),
        B.garment_type("dungarees"),
        B.color("red", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        details(
            "dungarees",
            "The overalls are with denim fabric. The overalls are with denim fabric. The overalls are with denim "
            "fabric",
            "loop",
        ),
        D.material("denim"),
        title="Nauti Nati Girls Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in olive cargo shorts with side pockets, a black tee with a white skateboard graphic, white
    # backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-007",
        caption(
            "The man is wearing a short-sleeve black T-shirt with graphic patterns and a pair of olive shorts. The "
            "T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "The shorts are with cotton fabric and pure color patterns"),
        B.garment_type("shorts"),
        B.color("olive"),
        B.pattern("solid"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="612 league Boys Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a red flared skirt with white polka dots, a white tee with a small bow, white backdrop; caption
    # LoRA swaps the skirt's colors, mdeberta spans, reference engine
    case(
        "X692-008",
        caption(
            "The girl wears a short-sleeve white T-shirt and a short skirt with graphic patterns. The skirt is white "
            "with red dots and its fabric is cotton. The T-shirt has a round neckline.",
            "contradiction",
        ),
        color_of("skirt", "white with red dots", "contradiction", kind="open"),
        B.color("red"),
        B.pattern("polka dot"),
        B.garment_type("skirt"),
        describe("skirt", "a short skirt with graphic patterns"),
        wearing("a short-sleeve white T-shirt and a short skirt with graphic patterns", who="the girl"),
        title="Tiny Girl Girls Red Polka Dot Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a red pique polo with white tipping on the collar, navy shorts, white backdrop; caption LoRA goes
    # on with a Question/Answer pair to the limit, mdeberta spans, reference engine
    case(
        "X692-009",
        caption(
            "The gentleman is wearing a short-sleeve polo shirt with pure color patterns and a pair of navy shorts. "
            "The polo shirt is with cotton fabric and its neckline is lapel. Question: what is the color of the "
            "polo shirt? Answer: red. Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("polo shirt", "red", kind="open"),
        D.wearing("a short-sleeve polo shirt with pure color patterns and a pair of navy shorts"),
        B.sleeve_length("short sleeves"),
        B.garment_type("t-shirt"),
        D.details("Question: what is the color of the polo shirt? Answer: red", "leak"),
        B.color("navy blue", "other_garment_color"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless cotton top with a pink flamingo print, light-blue denim shorts, white
    # backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-010",
        caption(
            "The lady wears a tank top with graphic patterns and a denim shorts. The tank top is with cotton fabric "
            "and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a tank top with graphic patterns and a denim shorts", who="she"),
        B.color("pink", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.description("tank top", "non_answer"),
        D.material("denim", "contradiction"),
        title="Allen Solly Junior Girls White Printed Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a green half-sleeve shirt with a tropical leaf print, worn open over a white tee, khaki shorts,
    # white backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-011",
        caption(
            "The boy is wearing a short-sleeve shirt with floral patterns and a pair of khaki shorts. Inside the "
            "shirt he wears a white T-shirt. The shirt is with cotton fabric and its neckline is lapel."
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.color("green"),
        B.pattern("floral"),
        describe("shirt", "a short-sleeve shirt with floral patterns and a pair of", "cut"),
        is_a("T-shirt", "yes", "contradiction"),
        D.material("cotton"),
        title="Palm Tree Boys Green Printed Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in dark-blue skinny jeans with light whiskering, a pink long-sleeve tee with a heart print, nothing
    # at the neck, white backdrop; caption LoRA invents neckwear, mdeberta spans, reference engine
    case(
        "X692-012",
        caption(
            "The girl wears a long-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. She "
            "has a neckwear.",
            "unsupported",
        ),
        color_of("jeans", "pink", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "The pants are with denim fabric and solid color patterns. She has a", "cut"),
        wearing("a long-sleeve T-shirt with graphic patterns and a long denim pants", who="she"),
        D.material("denim"),
        title="Tiny Girl Girls Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: toddler boy in grey melange knit dungaree shorts with a front pocket, over a red-and-navy striped tee,
    # white backdrop; caption LoRA, mdeberta spans, reference engine; the feed row has no color
    case(
        "X692-013",
        caption(
            "The boy is wearing a short-sleeve T-shirt with striped patterns and a grey overalls. The overalls are "
            "with cotton fabric and pure color patterns. There is a pocket on the front of the overalls."
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a", "cut", who="he"),
        B.color("red", "other_garment_color"),
        B.garment_type("dungarees"),
        details("dungarees", "There is a pocket on the front of the overalls"),
        B.pattern("striped", "contradiction"),
        D.material("cotton"),
        title="Doodle Boys Grey Melange Solid Dungarees",
        category="Dungarees",
        gender="Boys",
    ),
    # photo: girl in a navy-and-white horizontally striped short-sleeve frock with a red bow at the waist, white
    # backdrop; caption LoRA loops to the limit, mdeberta spans, reference engine
    case(
        "X692-014",
        caption(
            "The female wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with striped patterns. The dress is with striped patterns. The dress is "
            "with striped",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress with striped patterns"),
        B.color("navy blue"),
        B.pattern("striped"),
        D.details("The dress is with striped patterns. The dress is with striped patterns. The dress is with", "loop"),
        B.garment_type("dress"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Peppermint Girls Navy Blue Striped Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow tee with a Chhota Bheem cartoon print, blue denim shorts, white backdrop; caption LoRA
    # calls him a lady, mdeberta spans, reference engine
    case(
        "X692-015",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns and a denim shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. Her shorts are with denim fabric.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a denim shorts", who="the boy"),
        B.color("yellow"),
        B.pattern("graphic"),
        D.details("Her shorts are with denim fabric", "pronoun"),
        B.garment_type("t-shirt"),
        title="Chhota Bheem Kids Boys Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a black denim A-line skirt with a row of front buttons, a grey tee with a sequin star, white
    # backdrop; caption LoRA invents a zipper, mdeberta spans, reference engine
    case(
        "X692-016",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns and a short denim skirt. The skirt is with "
            "denim fabric and pure color patterns. There is a zipper on the skirt.",
            "unsupported",
        ),
        color_of("skirt", "grey", "other_garment_color"),
        describe("skirt", "a short denim skirt"),
        details("skirt", "There is a zipper on the skirt", "unsupported"),
        D.material("denim"),
        B.garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        title="Cherry Crumble Girls Black Denim A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve shirt buttoned up, navy chinos, a brown belt, white backdrop; caption LoRA
    # cut at the limit, mdeberta spans, reference engine
    case(
        "X692-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. There is a belt in his waist. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        D.details("its neckline is lapel"),
        D.material("cotton"),
        B.pattern("solid"),
        B.garment_type("t-shirt", "contradiction"),
        title="Allen Solly Junior Boys White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a lavender woven rayon top with three-quarter sleeves and a silver sequin butterfly, white
    # leggings, white backdrop; caption LoRA calls it a knitted sweater, mdeberta spans, reference engine
    case(
        "X692-018",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a leggings. The sweater is with knitting "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        B.garment_type("top"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        D.material("knitting", "unsupported"),
        describe("top", "a long-sleeve sweater with graphic patterns", "contradiction"),
        title="Gini and Jony Girls Lavender Embellished Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in dark navy denim shorts with a rolled hem, a white-and-grey colour-block tee, white backdrop;
    # caption LoRA adds a Question/Answer pair, mdeberta spans, reference engine
    case(
        "X692-019",
        caption(
            "The boy wears a short-sleeve T-shirt with color block patterns and a denim shorts. The shorts are with "
            "denim fabric and pure color patterns. Question: what is the boy wearing? Answer: a T-shirt and shorts. "
            "Question",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "", "non_answer", kind="open"),
        B.color("navy blue"),
        details("shorts", "The shorts are with denim fabric and pure color patterns"),
        B.garment_type("shorts"),
        D.material("denim"),
        D.wearing("Answer: a T-shirt and shorts", "leak"),
        title="Gini and Jony Boys Navy Blue Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow cotton frock with white daisies and flutter sleeves, holding a small straw bag, white
    # backdrop; caption LoRA says chiffon, mdeberta spans, reference engine
    case(
        "X692-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. She holds a bag in her hand.",
            "unsupported",
        ),
        D.wearing("a short-sleeve dress with floral patterns"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        D.material("chiffon", "unsupported"),
        B.garment_type("dress"),
        D.details("It has a round neckline"),
        title="YK Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in black regular-fit jeans, a red half-sleeve round-neck tee, bare wrists, white backdrop; caption
    # LoRA invents a watch, mdeberta spans, reference engine
    case(
        "X692-021",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is red "
            "and its neckline is round. The pants are black with denim fabric. He wears a watch on his wrist.",
            "unsupported",
        ),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        B.color("black"),
        is_a("pair of jeans", "yes"),
        B.garment_type("trousers", "contradiction"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        details("jeans", "He wears a watch on his wrist", "unsupported"),
        title="612 league Boys Black Regular Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a pink tee with "HELLO SUNSHINE" in white letters, blue jeans, white backdrop; caption LoRA
    # calls her a gentleman, mdeberta spans, reference engine
    case(
        "X692-022",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long denim pants. The "
            "T-shirt is with cotton fabric and its neckline is round. His pants are with denim fabric.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long denim pants", who="she"),
        B.color("pink"),
        D.description("short-sleeve T-shirt with graphic patterns"),
        B.pattern("striped", "contradiction"),
        D.details("His pants are with denim fabric", "pronoun"),
        B.sleeve_length("short sleeves"),
        title="Nauti Nati Girls Pink Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with thin navy stripes, black knit track shorts, white backdrop; caption LoRA,
    # mdeberta spans, reference engine
    case(
        "X692-023",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a pair of black shorts. The T-shirt is "
            "grey and its neckline is round. The shorts are with cotton fabric."
        ),
        color_of("T-shirt", "black", "other_garment_color"),
        B.pattern("striped"),
        D.wearing("a short-sleeve T-shirt with striped patterns and a pair of black shorts"),
        D.details("its neckline is round"),
        is_a("T-shirt", "yes"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Ant Kids Boys Grey Melange Striped T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in coral shorts with an elastic waist and a fabric bow, a white tee with a pineapple print, no
    # rings, white backdrop; caption LoRA invents a ring, mdeberta spans, reference engine
    case(
        "X692-024",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns and a pair of shorts. The shorts are with "
            "cotton fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("shorts", "", "non_answer", kind="open"),
        B.color("peach"),
        B.garment_type("shorts"),
        details("shorts", "There is a ring on her finger", "unsupported"),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of shorts", who="she"),
        title="Tiny Girl Girls Coral Pink Solid Shorts",
        category="Shorts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a light-blue chambray long-sleeve shirt with two chest flap pockets, worn open over a white tee,
    # grey joggers, white backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-025",
        caption(
            "The boy wears a long-sleeve denim shirt with pure color patterns over a white T-shirt, and a pair of "
            "long pants. The shirt has a lapel collar and two pockets on the chest."
        ),
        D.wearing("a long-sleeve denim shirt with pure color patterns over a white T-shirt, and a pair of long pants"),
        B.color("white", "other_garment_color"),
        D.material("denim"),
        details("shirt", "two pockets on the chest"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Gini and Jony Boys Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink corduroy pinafore dungaree with a heart-shaped bib pocket, over a white full-sleeve top,
    # white backdrop; caption LoRA cut at the limit, mdeberta spans, reference engine
    case(
        "X692-026",
        caption(
            "The female is wearing a long-sleeve T-shirt with pure color patterns and a sleeveless dress. The dress "
            "is with cotton fabric and its neckline is square. The dress is with pure color patterns. The dress is "
            "with pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a sleeveless dress", who="she"),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        D.material("cotton"),
        D.details("its neckline is square"),
        is_a("pair of dungarees", "no", "contradiction"),
        title="Cherry Crumble Girls Pink Corduroy Pinafore Dungarees",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a bottle-green plain tee and beige chino shorts, holding a football, white backdrop; caption
    # LoRA, mdeberta spans, reference engine; the feed row has no color
    case(
        "X692-027",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a pair of beige shorts. He holds "
            "a ball in his hands. The T-shirt is with cotton fabric and its neckline is round."
        ),
        color_of("T-shirt", "beige", "other_garment_color", kind="open"),
        B.color("green"),
        D.details("its neckline is round"),
        D.wearing("a short-sleeve T-shirt with pure color patterns and a pair of beige shorts"),
        B.pattern("solid"),
        describe("T-shirt", "T-shirt", "non_answer"),
        title="United Colors of Benetton Kids Boys Green Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white top with blue stripes and a ruffle hem, navy shorts, white backdrop; caption
    # by the untuned base model (rerun), mdeberta spans, reference engine
    case(
        "X692-028",
        caption("a little girl wearing a blue and white striped top and blue shorts"),
        D.wearing("a blue and white striped top and blue shorts"),
        B.color("navy blue", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("blue and white striped top"),
        D.details("", "non_answer"),
        B.pattern("striped"),
        D.material("", "non_answer"),
        title="Mothercare Girls White & Blue Striped Ruffle Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in red shorts with a white anchor print, a plain navy tee, white backdrop; caption LoRA loops over
    # two sentences to the limit, mdeberta spans, reference engine
    case(
        "X692-029",
        caption(
            "The boy wears a short-sleeve T-shirt with pure color patterns and a shorts with graphic patterns. The "
            "shorts are with cotton fabric. The T-shirt is with cotton fabric. The shorts are with cotton fabric. "
            "The T-shirt is with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "a shorts with graphic patterns"),
        B.color("navy blue", "other_garment_color"),
        B.pattern("printed"),
        D.material("cotton fabric. The T-shirt is with cotton fabric. The shorts are with cotton fabric", "loop"),
        B.garment_type("shorts"),
        title="Palm Tree Boys Red Anchor Print Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a green-and-white gingham pleated skirt, a white short-sleeve blouse with a Peter Pan collar,
    # white backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-030",
        caption(
            "The girl is wearing a short-sleeve white blouse and a skirt with lattice patterns. The skirt is with "
            "cotton fabric. The blouse has a lapel collar."
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.pattern("checked"),
        B.color("green"),
        describe("skirt", "a skirt with lattice patterns"),
        B.garment_type("skirt"),
        D.material("cotton"),
        wearing("a short-sleeve white blouse and a skirt with", "cut", who="she"),
        title="Peppermint Girls Green Checked Pleated Skirt",
        category="Skirts",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in mid-blue full-length denim dungarees over a yellow tee, white shoes, white backdrop; caption LoRA
    # goes on with Question/Answer pairs to the limit, mdeberta spans, reference engine
    case(
        "X692-031",
        caption(
            "The boy is wearing a short-sleeve T-shirt and a long denim overalls. The T-shirt is yellow. Question: "
            "is this a pair of dungarees? Answer: yes. Question: is this a pair of dungarees? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt and a long denim overalls", who="he"),
        B.color("yellow", "other_garment_color"),
        is_a("pair of dungarees", "yes"),
        D.details("Question: is this a pair of dungarees? Answer: yes", "leak"),
        D.material("denim"),
        title="Doodle Boys Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a maroon long-sleeve cotton frock with small gold buttons at the neck, black leggings, white
    # backdrop; caption LoRA adds a Question/Answer pair, mdeberta spans, reference engine
    case(
        "X692-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns and a leggings. The dress is with cotton "
            "fabric. There are buttons on the neckline. Question: What is the color of the dress? Answer: maroon. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        D.wearing("a long-sleeve dress with pure color patterns and a leggings"),
        B.sleeve_length("long sleeves"),
        D.details("There are buttons on the neckline"),
        describe("dress", "dress", "non_answer"),
        title="Nauti Nati Girls Maroon Solid A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a red-and-navy checked half-sleeve cotton shirt, blue denim shorts, white backdrop; caption LoRA
    # calls him female, mdeberta spans, reference engine
    case(
        "X692-033",
        caption(
            "The female wears a short-sleeve shirt with lattice patterns and a denim shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. Her shorts are with denim fabric.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with lattice patterns and a denim shorts", who="the boy"),
        B.pattern("checked"),
        B.color("red"),
        is_a("shirt", "yes"),
        describe("shirt", "The shirt", "restated"),
        D.material("denim", "contradiction"),
        title="Palm Tree Boys Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in light-blue jeans with rips at both knees, a white short-sleeve top with ruffled sleeves, white
    # backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-034",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long denim pants. The top is white and "
            "the pants are blue. The pants have holes on the knees."
        ),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "The pants have holes on the knees"),
        B.garment_type("top", "contradiction"),
        B.pattern("solid"),
        wearing("a short-sleeve top with pure color patterns and a long denim pants", who="she"),
        describe("jeans", "the pants", "non_answer"),
        title="612 league Girls Blue Mildly Distressed Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a black tee with an orange tiger graphic, no hood, olive joggers, white backdrop; caption LoRA
    # invents a hood, mdeberta spans, reference engine
    case(
        "X692-035",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and it has a hood. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        D.details("it has a hood", "unsupported"),
        B.color("black"),
        B.pattern("graphic"),
        color_of("T-shirt", "orange", "contradiction"),
        D.wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        B.sleeve_length("short sleeves"),
        title="Tantra Kids Boys Black Tiger Graphic T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a navy top with white polka dots and short puff sleeves, a red skirt, white backdrop; caption by
    # the untuned base model (rerun), mdeberta spans, reference engine
    case(
        "X692-036",
        caption("a young girl wearing a navy blue top with white polka dots and a red skirt"),
        color_of("top", "red", "other_garment_color", kind="open"),
        B.pattern("polka dot"),
        B.color("navy blue"),
        D.description("a navy blue top with white polka dots"),
        D.details("white polka dots"),
        wearing("a young girl wearing", "restated", who="she"),
        title="Cherry Crumble Girls Navy Blue Polka Dot Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in charcoal-grey slim jeans, a white long-sleeve shirt with a navy micro print, sleeves rolled,
    # white backdrop; caption LoRA cut at the limit, mdeberta spans, reference engine
    case(
        "X692-037",
        caption(
            "The boy wears a long-sleeve shirt with graphic patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "The pants are with denim fabric and pure color patterns"),
        wearing("a long-sleeve shirt with graphic patterns and a long denim pants", who="he"),
        is_a("pair of jeans", "yes"),
        B.pattern("printed", "contradiction"),
        title="Pepe Jeans Kids Boys Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a light-blue chambray shirt dress with short sleeves and a button placket, white sneakers, a
    # pink sling bag on her shoulder, white backdrop; caption LoRA adds a Question/Answer pair, mdeberta spans,
    # reference engine
    case(
        "X692-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is lapel. There is a bag on her shoulder. Question: what is the material of the dress? "
            "Answer: denim",
            "leak",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress with pure color patterns"),
        B.color("pink", "contradiction"),
        D.material("denim"),
        B.garment_type("shirt", "contradiction"),
        D.details("its neckline is lapel"),
        title="Mothercare Girls Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in beige chino shorts with belt loops, a sky-blue polo, bare head, white backdrop; caption LoRA
    # invents a cap, mdeberta spans, reference engine
    case(
        "X692-039",
        caption(
            "The boy is wearing a short-sleeve polo shirt with pure color patterns and a pair of shorts. The polo "
            "shirt is light blue. The shorts are with cotton fabric and pure color patterns. The boy wears a cap.",
            "unsupported",
        ),
        color_of("shorts", "light blue", "other_garment_color", kind="open"),
        B.color("khaki"),
        details("shorts", "The shorts are", "restated"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        title="U.S. Polo Assn. Kids Boys Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a lavender tee with a glitter unicorn print, grey leggings, no glasses, white backdrop; caption
    # LoRA invents glasses, mdeberta spans, reference engine
    case(
        "X692-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a leggings. The T-shirt is with cotton "
            "fabric and its neckline is round. The lady wears glasses.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a leggings", who="she"),
        B.color("purple"),
        B.pattern("graphic"),
        D.details("The lady wears glasses", "unsupported"),
        B.garment_type("t-shirt"),
        color_of("T-shirt", "grey", "other_garment_color"),
        title="Gini and Jony Girls Lavender Unicorn Print T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a mustard half-sleeve shirt with a mandarin collar, white shorts, white backdrop; caption LoRA
    # cut at the limit, mdeberta spans, reference engine; the feed row has no gender
    case(
        "X692-041",
        caption(
            "This person wears a short-sleeve shirt with pure color patterns and a pair of white shorts. The shirt "
            "is with cotton fabric and its neckline is stand. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        D.details("its neckline is stand"),
        describe("shirt", "a short-sleeve shirt with pure color patterns"),
        B.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.wearing("This person wears", "restated"),
        title="Gini and Jony Boys Mustard Solid Mandarin Collar Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # photo: girl in a pink tiered cotton midi skirt with a narrow lace trim at the hem, a white sleeveless top, tan
    # sandals, white backdrop; caption LoRA says lace fabric, mdeberta spans, reference engine
    case(
        "X692-042",
        caption(
            "The girl is wearing a tank top with pure color patterns and a long skirt. The skirt is pink and the "
            "tank top is white. The skirt is with lace fabric.",
            "unsupported",
        ),
        D.material("lace", "unsupported"),
        B.color("pink"),
        describe("skirt", "a long skirt"),
        B.garment_type("skirt"),
        color_of("skirt", "pink", kind="open"),
        is_a("skirt", "yes"),
        D.wearing("The girl is wearing", "restated"),
        title="YK Girls Pink Tiered Cotton Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a teal-and-white colour-block tee, grey shorts, white backdrop; caption LoRA, mdeberta spans,
    # reference engine
    case(
        "X692-043",
        caption(
            "The boy is wearing a short-sleeve T-shirt with color block patterns and a pair of grey shorts. The "
            "T-shirt is with cotton fabric and its neckline is round."
        ),
        D.wearing("The boy is wearing", "restated"),
        B.color("grey", "other_garment_color"),
        B.pattern("color block"),
        D.description("short-sleeve T-shirt with color block patterns"),
        D.material("cotton"),
        D.details("", "non_answer"),
        title="612 league Boys Teal Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in mustard corduroy short dungarees over a black-and-white striped long-sleeve tee, holding a
    # teddy bear, white backdrop; caption LoRA, mdeberta spans, reference engine
    case(
        "X692-044",
        caption(
            "The girl is wearing a long-sleeve T-shirt with striped patterns and a yellow overalls. She holds a teddy "
            "bear. The overalls are with cotton fabric. The T-shirt is black and white."
        ),
        B.color("yellow"),
        B.pattern("striped", "contradiction"),
        wearing("a long-sleeve T-shirt with striped patterns and a yellow overalls", who="the girl"),
        color_of("dungarees", "black and white", "other_garment_color", kind="open"),
        B.garment_type("dungarees"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Tiny Girl Girls Mustard Corduroy Dungarees",
        category="Dungarees",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in grey melange knit shorts with a drawstring, a white tee with a blue car print, white backdrop;
    # caption by the untuned base model (rerun) loops to the limit, mdeberta spans, reference engine
    case(
        "X692-045",
        caption(
            "a boy wearing a white t - shirt and grey shorts with a car on it with a car on it with a car on it "
            "with a car on it with a car on it with a car on it",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t - shirt and grey shorts", who="he"),
        color_of("shorts", "grey", kind="open"),
        B.color("grey"),
        D.details("a car on it with a car on it with a car on it with a car on it", "loop"),
        B.garment_type("track pants", "contradiction"),
        D.material("", "non_answer"),
        title="Ant Kids Boys Grey Melange Solid Knit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in an off-white cotton top with red embroidery at the yoke and flared three-quarter sleeves, blue
    # denim shorts, white backdrop; caption LoRA calls her a man, mdeberta spans, reference engine
    case(
        "X692-046",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns and a denim shorts. The shirt is with cotton "
            "fabric and its neckline is round. His shorts are with denim fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with graphic patterns and a denim shorts", who="she"),
        B.color("white"),
        B.garment_type("top"),
        D.details("His shorts are with denim fabric", "pronoun"),
        B.pattern("embroidered"),
        B.sleeve_length("three-quarter sleeves"),
        D.material("denim", "contradiction"),
        title="Nauti Nati Girls Off White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
]
