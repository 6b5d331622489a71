"""BLIND_1047 (46 products; Myntra co-ords, jumpsuits, dresses; captions+QA): written blind in the fifty-ninth session.
Measured blind at ee41834 (the session's third rules): 96/132 failures found (72.7%) and 2/195 correct texts flagged
(1.0%). The writer's notes, verbatim:

Scenario: a Myntra women's western-wear feed of co-ord sets (Co-Ords), jumpsuits (Jumpsuit, one Playsuit) and dresses
(Dresses). Catalog photos: a model on a white or grey studio backdrop, a few outdoor shots (plants, a brick wall, a
beach, grass), full-length front views. Many outfits are layered or styled: a tee under dungarees or a slip dress, a
trench coat over a jumpsuit, a crop top under a cargo co-ord, a camisole under a blazer set, a shirt under a pinafore,
plus belts, bags, hats and shoes of other colors. The job captioned every photo, then answered the open questions
with the extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption; the closed questions (garment
type, color, pattern, sleeve length, "Is this a ...?") came from enrich's --engine reference, one candidate each.

Who wrote what: captions came from four captioners, split by batch. The untuned blip2-opt-2.7b wrote short one-line
captions with hue names ("a woman in a yellow dress holding a black purse"); it names the first color it sees, adds
belts, slits, pockets and jewelry that are not there, and twice calls a woman "a man". The epoch-3 caption adapter
(Data2_V2_Blip2_Finetune_Caption) writes the DeepFashion template ("The lady wears a long-sleeve dress with solid
color patterns. The dress is with cotton fabric ..."), never names a hue, defaults to cotton, never stops: every
caption runs to the 50-token limit and either loops on a sentence or is cut mid-phrase. The epoch-1 adapter writes a
shorter template and still stops on its own; twice it says "The gentleman"/"His" for a woman. One batch was captioned by
mistake with the VQA adapter (Data3_V3_BLIP2_VQA) with an empty prompt: it writes its own "Question: ... Answer: ..."
pairs until the limit. The extractive QA model can only return a span of the caption, or "" when it finds none, so
every open answer inherits its caption's faults.

Labeling conventions and judgement calls:
- Every non-empty open answer is a verbatim span of its caption. "" (the squad2 no-answer) is a non_answer.
- hit_limit=True only on captions that ran to the 50-token limit. Extractive spans never carry it, even when the span
  ends where the caption was cut; such a span is labeled cut, and a span that repeats the caption's loop is a loop.
- One label per text. A VQA-adapter caption that both leaks the prompt format and repeats it is a leak; a caption
  that loops and ends cut is a loop; a cut template caption that also says "cotton" for satin is labeled cut (its
  material answer carries the unsupported label).
- An extractive span that copies a caption's error carries the same kind as the caption (an invented belt copied into
  the description is unsupported; "a man in a blue dress" copied into an answer is pronoun).
- A color taken from another garment, layer, shoes, belt, bag or jewelry is other_garment_color, open or closed. A color
  taken from the backdrop, a plant, a brick wall, grass, or from a print's motifs ("gold" for a maroon dress with gold
  foil, "red" for a white dress with red roses) is a contradiction, not another garment's color.
- A sleeve length or garment type taken from a layered garment (the tee's short sleeves on a sleeveless slip dress,
  the coat's long sleeves on a halter jumpsuit, "shirt" for a pinafore worn over a shirt) is a contradiction.
- For co-ord sets, "co-ord set" is the right garment type; naming one piece of the set ("shorts") is a contradiction,
  and "no" to "Is this a co-ord set?" is one too. A culotte jumpsuit is not a romper; a blazer-and-trousers co-ord is
  a suit; a shirt dress called "shirt" is a contradiction.
- The DeepFashion "solid color"/"pure color patterns" given as the answer to a color question is a non_answer (it
  names no hue). A one-word span to "Describe ..."/"What are the ... details?" ("shorts", "striped") is a non_answer;
  "jumpsuit" to "What is she wearing?" is a correct answer. A backdrop phrase given as the details is a non_answer.
- Restated: the span only paraphrases the question ("the color of the dress", "a dress with a pattern on it").
- Shades within one family count as right: maroon as red, rust as orange, teal and cobalt as blue, cream as white,
  khaki as beige, lavender as purple (but "pink" for lavender is a contradiction), houndstooth as checked/lattice,
  a sweatshirt as a sweater, a camisole as a white shirt.
- The template's "cotton" is unsupported where the title names another fabric (satin, chiffon, georgette); it is
  right where the title says cotton or linen-cotton. A material taken from an accessory (a straw hat) is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing


def pattern_of(garment: str):
    return question("pattern_open", f"What is the pattern of the {garment}?", "open")


BLIND_1047 = [
    # photo: olive green sleeveless wide-leg jumpsuit with a self tie belt, white sneakers, plain white studio
    # backdrop, full-length front view. Caption: untuned BLIP-2; open answers: extractive QA; closed: reference.
    case(
        "X1047-001",
        caption("a woman in an olive green jumpsuit standing in front of a white wall"),
        wearing("an olive green jumpsuit", who="the woman"),
        color_of("jumpsuit", "olive green", kind="open"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("solid"),
        Q.color("white", "other_garment_color"),
        details("jumpsuit", "standing in front of a white wall", "non_answer"),
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: rust orange satin co-ord, long-sleeve shirt with a notched collar and matching straight trousers, gold
    # hoops, beige heels, grey backdrop. Caption: epoch-3 caption adapter (cut at the limit); QA over it; reference.
    case(
        "X1047-002",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and solid color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with solid color patterns and a long pants", who="the woman"),
        color_of("co-ord set", "solid color", "non_answer", kind="open"),
        Q.color("orange"),
        Q.material("cotton fabric", "unsupported"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "its neckline is lapel"),
        title="Sassafras Women Rust Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: navy blue wrap midi dress with a small white floral print, short flutter sleeves, a navy self-fabric
    # tie at the waist, tan block heels, white backdrop. Caption: untuned BLIP-2 (invents a brown belt).
    case(
        "X1047-003",
        caption("a woman in a blue floral dress with white flowers and a brown belt", "unsupported"),
        describe("dress", "a blue floral dress with white flowers and a brown belt", "unsupported"),
        color_of("dress", "blue", kind="open"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "a brown belt", "unsupported"),
        is_a("dress", "yes"),
        title="Berrylush Women Navy Blue Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black square-neck long-sleeve jumpsuit with tapered legs, black heels, white backdrop. Caption: the VQA
    # adapter run as a captioner with an empty prompt (writes its own Question/Answer pairs); QA over it; reference.
    case(
        "X1047-004",
        caption(
            "Question: what cloth is the person wearing? Answer: jumpsuit Question: what cloth is the person wearing? "
            "Answer: jumpsuit Question: what cloth is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("jumpsuit", who="she"),
        describe("jumpsuit", "jumpsuit Question: what cloth is the person wearing? Answer: jumpsuit", "leak"),
        color_of("jumpsuit", "", "non_answer", kind="open"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        is_a("jumpsuit", "yes"),
        title="Athena Women Black Solid Square Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless bodycon mini dress, a black sling bag held in hand, black heels, white
    # backdrop. Caption: untuned BLIP-2; QA picks the bag's color; reference closed answers.
    case(
        "X1047-005",
        caption("a woman in a yellow dress holding a black purse"),
        wearing("a yellow dress", who="the woman"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "a black purse", "other_garment_color"),
        title="DressBerry Women Mustard Yellow Solid Bodycon Mini Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: co-ord of a white short-sleeve crop top and shorts, both with thin black horizontal stripes, white
    # sneakers, light grey backdrop. Caption: untuned BLIP-2; reference answers "no" to the co-ord question.
    case(
        "X1047-006",
        caption("a woman in a black and white striped shirt and shorts"),
        wearing("a black and white striped shirt and shorts", who="she"),
        color_of("co-ord set", "black and white", kind="open"),
        Q.pattern("striped"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("co-ord set", "no", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        title="HERE&NOW Women White & Black Striped Top with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim dungaree-style jumpsuit (sleeveless, straps) over a white short-sleeve t-shirt, white
    # sneakers, white backdrop. Caption: untuned BLIP-2; the tee's color and sleeves leak into the answers.
    case(
        "X1047-007",
        caption("a woman in a white t-shirt and blue denim overalls"),
        wearing("a white t-shirt and blue denim overalls", who="the woman"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve midi dress, round neck, black ankle boots, white backdrop. Caption: epoch-3
    # caption adapter, loops on one sentence to the limit; QA over it; reference.
    case(
        "X1047-008",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with velvet fabric. "
            "The dress is with velvet fabric. The dress is with velvet fabric. The dress is with velvet fabric. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a long-sleeve dress with solid color patterns"),
        Q.material("velvet"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "The dress is with velvet fabric. The dress is with velvet fabric. The dress is with velvet fabric",
            "loop",
        ),
        Q.pattern("solid"),
        title="SASSAFRAS Women Maroon Velvet Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender ribbed-knit co-ord, a sleeveless round-neck tank top and a long flared skirt, white sneakers,
    # white backdrop. Caption: epoch-3 adapter, cut at the limit; QA over it; reference says pink.
    case(
        "X1047-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "knitting fabric and its neckline is round. The skirt is with knitting fabric and solid color patterns. "
            "The skirt is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", who="the woman"),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        describe("skirt", "The skirt is of", "cut"),
        title="Tokyo Talkies Women Lavender Ribbed Tank Top with Flared Skirt Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: white cotton shirt dress with blue vertical stripes, short sleeves, knee length, a brown leather belt,
    # brown sandals, white backdrop. Caption: untuned BLIP-2; QA picks the belt's color; reference calls it a shirt.
    case(
        "X1047-010",
        caption("a woman wearing a blue and white striped shirt dress with a brown belt"),
        describe("dress", "a blue and white striped shirt dress with a brown belt"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Women White & Blue Striped Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin halter-neck jumpsuit, sleeveless, wide legs, gold heels, grey backdrop. Caption:
    # epoch-1 caption adapter (stopped on its own), calls the model "The gentleman"; QA over it; reference.
    case(
        "X1047-011",
        caption(
            "The gentleman wears a sleeveless jumpsuit with solid color patterns. It is with satin fabric and it is of "
            "long length.",
            "pronoun",
        ),
        wearing("a sleeveless jumpsuit with solid color patterns", who="the woman"),
        describe("jumpsuit", "The gentleman wears a sleeveless jumpsuit", "pronoun"),
        Q.material("satin"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Athena Women Green Satin Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Green",
        gender="Women",
    ),
    # photo: black A-line midi dress with white polka dots, short puff sleeves, red pointed heels, white backdrop.
    # Caption: untuned BLIP-2; QA takes the shoes for the dress; reference.
    case(
        "X1047-012",
        caption("a woman in a black and white polka dot dress with red shoes"),
        wearing("a black and white polka dot dress", who="she"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        details("dress", "red shoes", "other_garment_color"),
        title="Harpa Women Black & White Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen co-ord, short-sleeve camp-collar shirt and wide-leg trousers, a straw tote on the arm, tan
    # sandals, white backdrop. Caption: epoch-3 adapter, cut mid-phrase; QA over it; reference.
    case(
        "X1047-013",
        caption(
            "The lady wears a short-sleeve shirt with solid color patterns and a long pants. The shirt is with linen "
            "fabric and its neckline is lapel. The pants are with linen fabric and solid color patterns. There is an "
            "accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with solid color patterns and a long pants", who="the woman"),
        Q.material("linen"),
        color_of("pants", "solid color patterns", "non_answer", kind="open"),
        Q.color("beige"),
        details("shirt", "its neckline is lapel"),
        describe("co-ord set", "There is an accessory in her", "cut"),
        title="Mast & Harbour Women Beige Linen Shirt with Wide Leg Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: white sleeveless tiered maxi dress with a red rose print, thin straps, light grey backdrop, nude
    # sandals. Caption: untuned BLIP-2; reference gives the print's red and calls the tiered dress a skirt.
    case(
        "X1047-014",
        caption("a woman in a white dress with red flowers on it"),
        describe("dress", "a white dress with red flowers on it"),
        color_of("dress", "white", kind="open"),
        pattern_of("dress")("red flowers"),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("skirt", "contradiction"),
        title="SIRIKIT Women White & Red Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow jumpsuit with a small white geometric print, short sleeves, tie waist, no pockets, no
    # zipper, white sneakers, white backdrop. Caption: untuned BLIP-2, invents pockets and a zipper; reference.
    case(
        "X1047-015",
        caption("a woman in a yellow jumpsuit with pockets and a zipper", "unsupported"),
        wearing("a yellow jumpsuit", who="the woman"),
        details("jumpsuit", "pockets and a zipper", "unsupported"),
        color_of("jumpsuit", "yellow", kind="open"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        title="Global Desi Women Mustard Geometric Printed Tie-Up Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal blue long-sleeve bodycon midi dress, black heels, white backdrop, a short-haired model. Caption:
    # untuned BLIP-2 says "a man"; QA copies it; reference picks the shoes' black.
    case(
        "X1047-016",
        caption("a man in a blue dress posing for a picture", "pronoun"),
        wearing("a blue dress", who="the woman"),
        describe("dress", "a man in a blue dress", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress"),
        title="Vero Moda Women Teal Solid Bodycon Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: pink co-ord of a floral printed straight kurta with three-quarter sleeves and matching palazzos,
    # silver jhumkas, no necklace, white backdrop. Caption: untuned BLIP-2 (invents a necklace); QA; reference.
    case(
        "X1047-017",
        caption("a woman in a pink floral kurta and palazzo pants with a silver necklace", "unsupported"),
        wearing("a pink floral kurta and palazzo pants", who="she"),
        color_of("co-ord set", "pink", kind="open"),
        details("kurta", "a silver necklace", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("", "non_answer"),
        Q.color("silver", "other_garment_color"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos Co-Ords",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton eyelet (broderie) full-length jumpsuit, short puff sleeves, tan sandals, outdoor shot in
    # front of green potted plants. Caption: untuned BLIP-2; QA takes the plant's green; reference says romper.
    case(
        "X1047-018",
        caption("a woman in a white jumpsuit with a pattern standing in front of a green plant"),
        wearing("a white jumpsuit with a pattern", who="the woman"),
        color_of("jumpsuit", "green", "contradiction", kind="open"),
        pattern_of("jumpsuit")("a white jumpsuit with a pattern", "restated"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("romper", "contradiction"),
        title="FabAlley Women White Schiffli Cotton Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black sequinned sleeveless bodycon mini dress, a silver clutch, silver heels, white backdrop. Caption:
    # the VQA adapter as captioner, writes its own color question; QA over it; reference.
    case(
        "X1047-019",
        caption(
            "Question: What is the color of the dress? Answer: black. Question: What is the color of the dress? "
            "Answer: black. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "black", kind="open"),
        wearing("What is the color of the dress? Answer: black", "leak", who="the woman"),
        describe("dress", "the color of the dress", "restated"),
        details("dress", "Answer: black. Question: What is the color of the dress?", "leak"),
        Q.garment_type("dress"),
        Q.color("silver", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="AND Women Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cargo co-ord, a long-sleeve shirt-jacket worn open and cargo trousers, over a black crop
    # top, black sneakers, grey backdrop. Caption: untuned BLIP-2; QA and reference both take the crop top's black.
    case(
        "X1047-020",
        caption("a woman in an olive green jacket and pants with a black top"),
        wearing("an olive green jacket and pants with a black top", who="the woman"),
        color_of("co-ord set", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        describe("co-ord set", "an olive green jacket and pants"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Roadster Women Olive Green Utility Shacket with Cargo Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: peach chiffon tiered maxi dress, short flutter sleeves, V-neck, a thin gold bracelet, pale pink studio
    # backdrop. Caption: epoch-3 adapter (defaults to cotton), ends on a full stop at the limit; QA; reference.
    case(
        "X1047-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("cotton fabric", "unsupported"),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        is_a("skirt", "no"),
        details("dress", "There is an accessory on her wrist", "non_answer"),
        title="Berrylush Women Peach Chiffon Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue culotte jumpsuit with white polka dots, wrap neckline, short sleeves, self-fabric sash, white
    # heels, white backdrop. Caption: the VQA adapter as captioner; QA over it; reference.
    case(
        "X1047-022",
        caption(
            "Question: What is the color of the jumpsuit? Answer: blue. Question: What is the color of the jumpsuit? "
            "Answer: blue. Question: Is this a jumpsuit? Answer: yes. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("jumpsuit", who="she"),
        color_of("jumpsuit", "the color of the jumpsuit", "restated", kind="open"),
        describe("jumpsuit", "the jumpsuit? Answer: blue", "leak"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("romper", "yes", "contradiction"),
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red and black tartan sleeveless pinafore dress over a white long-sleeve shirt, black ankle boots, white
    # backdrop. Caption: untuned BLIP-2; the shirt's color, sleeves and type leak into the answers.
    case(
        "X1047-023",
        caption("a woman in a red and black plaid dress with a white shirt"),
        wearing("a red and black plaid dress with a white shirt", who="the woman"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.color("red"),
        Q.garment_type("shirt", "contradiction"),
        title="Sassafras Women Red & Black Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black and white houndstooth co-ord, a long-sleeve blazer and a mini skirt, black heels, white backdrop.
    # Caption: epoch-3 adapter, loops between two sentences; QA over it; reference.
    case(
        "X1047-024",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns and a short skirt. The jacket is with lattice "
            "patterns. The skirt is with lattice patterns. The jacket is with lattice patterns. The skirt is with "
            "lattice",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns and a short skirt", who="the woman"),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        describe(
            "skirt",
            "The skirt is with lattice patterns. The jacket is with lattice patterns. The skirt is with lattice",
            "loop",
        ),
        Q.sleeve_length("long sleeves"),
        title="SASSAFRAS Women Black & White Houndstooth Blazer with Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim shirt dress, long sleeves, full button placket, no belt, white sneakers, white backdrop.
    # Caption: untuned BLIP-2 invents a white belt; reference picks the sneakers' white.
    case(
        "X1047-025",
        caption("a woman in a blue denim dress with a white belt", "unsupported"),
        describe("dress", "a blue denim dress with a white belt", "unsupported"),
        color_of("dress", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange linen jumpsuit, sleeveless, square neck, wide legs, brown sunglasses pushed up on the head,
    # white backdrop. Caption: epoch-1 adapter (stopped on its own) with "The gentleman"/"His"; QA; reference.
    case(
        "X1047-026",
        caption(
            "The gentleman is wearing a sleeveless jumpsuit. His jumpsuit is with linen fabric and it is of long "
            "length. The jumpsuit has solid color patterns.",
            "pronoun",
        ),
        wearing("a sleeveless jumpsuit", who="the woman"),
        details("jumpsuit", "His jumpsuit is with linen fabric", "pronoun"),
        Q.material("linen"),
        Q.color("orange"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="KASSUALLY Women Rust Linen Square Neck Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: emerald green solid wrap midi dress, long sleeves, gold heels, white backdrop. Caption: untuned BLIP-2;
    # every answer right.
    case(
        "X1047-027",
        caption("a woman in a green wrap dress"),
        wearing("a green wrap dress", who="the woman"),
        describe("dress", "a green wrap dress"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("jumpsuit", "no"),
        title="Chemistry Women Green Solid Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: red and white gingham co-ord, sleeveless tie-front crop top and shorts, white sneakers, outdoor shot,
    # sitting on grass. Caption: untuned BLIP-2; reference picks the grass's green and names one piece.
    case(
        "X1047-028",
        caption("a woman in a red and white checkered top and shorts sitting on the grass"),
        wearing("a red and white checkered top and shorts", who="she"),
        color_of("shorts", "red and white", kind="open"),
        Q.pattern("checked"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("shorts", "contradiction"),
        title="Tokyo Talkies Women Red & White Gingham Checked Crop Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: black halter jumpsuit, wide legs, with an open beige trench coat over it, nude heels, white backdrop.
    # Caption: untuned BLIP-2; the coat's color, sleeves and type leak into the answers.
    case(
        "X1047-029",
        caption("a woman in a black jumpsuit and a beige trench coat"),
        wearing("a black jumpsuit and a beige trench coat", who="the woman"),
        color_of("jumpsuit", "beige", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("coat", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="ONLY Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: lemon yellow strappy mini sundress with white daisies, a straw hat held in one hand, outdoor beach shot.
    # Caption: untuned BLIP-2; QA takes the hat's straw for the material; reference gives the daisies' white.
    case(
        "X1047-030",
        caption("a woman in a yellow floral dress holding a straw hat on the beach"),
        describe("dress", "a yellow floral dress"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("straw", "unsupported"),
        Q.color("white", "contradiction"),
        title="SIRIKIT Women Yellow Floral Print Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange cotton fleece lounge co-ord, long-sleeve sweatshirt and joggers, white sneakers, white
    # backdrop. Caption: epoch-3 adapter, loops to the limit; QA over it; reference.
    case(
        "X1047-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric. The sweater is with cotton fabric. The pants are with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants", who="the woman"),
        Q.material("cotton"),
        Q.color("grey"),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        describe(
            "co-ord set",
            "The sweater is with cotton fabric. The pants are with cotton fabric. The sweater is with cotton fabric",
            "loop",
        ),
        Q.sleeve_length("long sleeves"),
        title="HERE&NOW Women Grey Melange Cotton Sweatshirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon A-line ethnic midi dress with gold foil floral motifs, three-quarter sleeves, gold jhumkas, no
    # necklace, white backdrop. Caption: untuned BLIP-2 invents a necklace; QA gives the print's gold; reference.
    case(
        "X1047-032",
        caption("a woman in a red dress with gold print and a gold necklace", "unsupported"),
        wearing("a red dress with gold print", who="the woman"),
        color_of("dress", "gold", "contradiction", kind="open"),
        details("dress", "a gold necklace", "unsupported"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("floral"),
        title="Anouk Women Maroon & Gold Foil Print A-Line Ethnic Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue chambray jumpsuit with thin white pinstripes, short sleeves, button front, outdoor shot in
    # front of a red brick wall. Caption: untuned BLIP-2; QA gives the wall for the color and one word for details.
    case(
        "X1047-033",
        caption("a woman in a blue striped jumpsuit standing in front of a brick wall"),
        wearing("a blue striped jumpsuit", who="the woman"),
        color_of("jumpsuit", "brick", "contradiction", kind="open"),
        Q.color("blue"),
        Q.pattern("striped"),
        details("jumpsuit", "striped", "non_answer"),
        Q.sleeve_length("short sleeves"),
        is_a("jumpsuit", "yes"),
        title="Mast & Harbour Women Blue Pinstriped Chambray Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin slip dress with thin straps worn over a white short-sleeve t-shirt, white sneakers, white
    # backdrop. Caption: the VQA adapter as captioner (answers "white" for the dress); QA over it; reference.
    case(
        "X1047-034",
        caption(
            "Question: What cloth is the person wearing? Answer: dress. Question: What is the color of the dress? "
            "Answer: white. Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        wearing("dress. Question: What is the color of the dress? Answer: white", "leak", who="she"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("", "non_answer"),
        title="DressBerry Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue blazer-and-trousers co-ord over a white camisole, white heels, grey backdrop, hair tied back.
    # Caption: untuned BLIP-2 says "a man in a blue suit"; QA copies it; reference picks the camisole's white.
    case(
        "X1047-035",
        caption("a man in a blue suit and white shirt", "pronoun"),
        wearing("a blue suit and white shirt", who="the woman"),
        describe("co-ord set", "a man in a blue suit", "pronoun"),
        color_of("co-ord set", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        is_a("suit", "yes"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Cobalt Blue Solid Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green ribbed-knit sleeveless tank midi dress, round neck, white sneakers, white backdrop. Caption:
    # epoch-3 adapter, cut mid-phrase about the shoes; QA over it; reference.
    case(
        "X1047-036",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with knitting fabric and its neckline "
            "is round. The dress is of long length. The lady wears a pair of sneakers. Her shoes are of",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank dress with pure color patterns", who="the woman"),
        Q.material("knitting"),
        Q.color("green"),
        details("dress", "its neckline is round"),
        describe("dress", "Her shoes are of", "cut"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        color_of("dress", "", "non_answer", kind="open"),
        title="Tokyo Talkies Women Lime Green Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Lime Green",
        gender="Women",
    ),
    # photo: white jumpsuit with a multicolor tropical print (green leaves, pink hibiscus), short sleeves, wide legs,
    # white backdrop; the feed row has no color. Caption: untuned BLIP-2; reference gives the leaves' green.
    case(
        "X1047-037",
        caption("a woman in a white jumpsuit with a tropical print"),
        wearing("a white jumpsuit with a tropical print", who="the woman"),
        color_of("jumpsuit", "white", kind="open"),
        pattern_of("jumpsuit")("a tropical print"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="HERE&NOW Women White Tropical Printed Wide Leg Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: dusty pink off-shoulder bodycon midi dress with long sleeves, no slit, silver heels, white backdrop.
    # Caption: untuned BLIP-2 invents a slit; reference calls it sleeveless.
    case(
        "X1047-038",
        caption("a woman in a pink off the shoulder dress with a slit", "unsupported"),
        describe("dress", "a pink off the shoulder dress with a slit", "unsupported"),
        color_of("dress", "pink", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("pink"),
        Q.garment_type("dress"),
        details("dress", "a slit", "unsupported"),
        title="Athena Women Dusty Pink Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: black and white zebra print co-ord, short-sleeve resort shirt and shorts, no belt, black sliders, white
    # backdrop. Caption: untuned BLIP-2 invents a black belt; QA copies it and gives one word for the shorts.
    case(
        "X1047-039",
        caption("a woman in a black and white zebra print shirt and shorts with a black belt", "unsupported"),
        wearing("a black and white zebra print shirt and shorts with a black belt", "unsupported", who="the woman"),
        color_of("shirt", "black and white", kind="open"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        describe("shorts", "shorts", "non_answer"),
        title="SASSAFRAS Women Black & White Zebra Print Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: wine (burgundy) satin jumpsuit, long bishop sleeves, wrap V-neck, tie belt, black heels, white backdrop.
    # Caption: epoch-3 adapter, says chiffon, loops to the limit; QA over it; reference.
    case(
        "X1047-040",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric and "
            "its neckline is v-shape. The jumpsuit is of long length. The jumpsuit is of long length. The jumpsuit "
            "is of",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        wearing("a long-sleeve jumpsuit with pure color patterns", who="the woman"),
        Q.color("maroon"),
        details("jumpsuit", "its neckline is v-shape"),
        describe(
            "jumpsuit", "The jumpsuit is of long length. The jumpsuit is of long length. The jumpsuit is of", "loop"
        ),
        Q.sleeve_length("long sleeves"),
        title="Label Ritu Kumar Women Burgundy Satin Wrap Jumpsuit",
        category="Jumpsuit",
        color="Burgundy",
        gender="Women",
    ),
    # photo: cream lace A-line knee-length dress with short sleeves, beige heels, white backdrop. Caption: untuned
    # BLIP-2; every answer right.
    case(
        "X1047-041",
        caption("a woman in a white lace dress"),
        wearing("a white lace dress", who="she"),
        Q.material("lace"),
        Q.color("white"),
        color_of("dress", "white", kind="open"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="Vero Moda Women Cream Lace A-Line Dress",
        category="Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: mint green three-piece co-ord, an embroidered short kurta with three-quarter sleeves, mint straight
    # trousers and a sheer mint dupatta, white backdrop. Caption: untuned BLIP-2 calls the trousers white.
    case(
        "X1047-042",
        caption("a woman in a green kurta and white pants with a scarf", "contradiction"),
        wearing("a green kurta", who="the woman"),
        describe("co-ord set", "a green kurta and white pants with a scarf", "contradiction"),
        color_of("pants", "white", "contradiction", kind="open"),
        Q.color("green"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Sea Green Embroidered Kurta with Trousers & Dupatta Co-Ords",
        category="Co-Ords",
        color="Sea Green",
        gender="Women",
    ),
    # photo: khaki cotton utility jumpsuit with a shirt collar, short sleeves, patch pockets, white sneakers, white
    # backdrop. Caption: epoch-1 adapter, stopped on its own; every answer right.
    case(
        "X1047-043",
        caption(
            "The lady wears a short-sleeve jumpsuit with solid color patterns. The jumpsuit is with cotton fabric. It "
            "has a lapel neckline."
        ),
        wearing("a short-sleeve jumpsuit with solid color patterns", who="the woman"),
        details("jumpsuit", "It has a lapel neckline"),
        Q.material("cotton"),
        Q.color("beige"),
        Q.sleeve_length("short sleeves"),
        title="Roadster Women Khaki Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Khaki",
        gender="Women",
    ),
    # photo: cobalt blue and white tie-dye kaftan maxi dress, wide elbow-length kimono sleeves, white backdrop.
    # Caption: untuned BLIP-2, vague about the print; QA restates; reference says sleeveless.
    case(
        "X1047-044",
        caption("a woman wearing a dress with a pattern on it"),
        wearing("a dress with a pattern on it", who="she"),
        describe("dress", "a dress with a pattern on it", "restated"),
        pattern_of("dress")("a pattern on it", "restated"),
        Q.color("blue"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Blue & White Tie-Dye Kaftan Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: brown faux-leather co-ord, sleeveless crop top and mini skirt, black knee boots, white backdrop; the feed
    # row has no gender. Caption: untuned BLIP-2; QA takes the boots' black; reference answers yes to jacket.
    case(
        "X1047-045",
        caption("a woman in a brown leather top and skirt with black boots"),
        wearing("a brown leather top and skirt with black boots", who="the woman"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.material("leather"),
        Q.color("brown"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "yes", "contradiction"),
        describe("skirt", "black boots", "other_garment_color"),
        title="SASSAFRAS Women Brown Faux Leather Crop Top with Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Brown",
    ),
    # photo: peach georgette playsuit with a small white floral print, short flutter sleeves, V-neck, tan sandals,
    # white backdrop. Caption: epoch-3 adapter (says cotton), cut mid-phrase; QA over it; reference.
    case(
        "X1047-046",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with cotton fabric and its "
            "neckline is v-shape. The romper is of short length. The lady wears a pair of sandals. The sandals are",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with floral patterns", who="the woman"),
        Q.material("cotton", "unsupported"),
        describe("romper", "The sandals are", "cut"),
        details("romper", "romper", "non_answer"),
        Q.color("peach"),
        Q.pattern("floral"),
        is_a("romper", "yes"),
        title="Berrylush Women Peach Floral Print Georgette Playsuit",
        category="Playsuit",
        color="Peach",
        gender="Women",
    ),
]
