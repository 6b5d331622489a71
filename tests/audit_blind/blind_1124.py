"""BLIND_1124 (46 products; Myntra men's winterwear, caption then extractive QA): written blind in the sixtieth session.
Measured blind at 5b9d700 (the session's fifth rules): 112/144 failures found (77.8%) and 6/208 correct texts flagged
(2.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Sweaters, Sweatshirts, Jackets, one Rain Jacket): pullovers, cardigans,
hoodies, zip sweatshirts, bombers, denim and leather jackets, puffers and gilets. Catalog photos on a white or light
grey studio backdrop, worn by a male model who also wears other clothes (a t-shirt or shirt under an open jacket or
a V-neck, jeans, chinos, joggers); front or three-quarter views. Some rows lack the category, color or gender column.

Who wrote what: the caption of every product is free generation by the caption adapter
(Data2_V2_Blip2_Finetune_Caption, epoch 3), 50 new tokens, greedy; it writes either the DeepFashion template ("The
gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric.") or a short
base-like caption ("a man wearing a grey hoodie and black pants"), keeps hue words from the base model only some
of the time, and has no end token, so some captions loop or stop at the limit. Two products were re-captioned in
a rerun that loaded the VQA adapter (Data3_V3_BLIP2_VQA) by mistake: it continues in the "Question: ... Answer:"
format it learned from unmasked labels. The open questions (wearing, describe, details, the open color question,
material, neckline, closure) are answered by the extractive QA model over the caption, so those answers are spans
of the caption (empty when it finds no answer, and carrying the caption's errors, loops and cuts with them),
except the "What is he wearing?" question, which the job routes to the untuned base BLIP-2 (30 new tokens, free
generation): it answers in its own words, sometimes with "he/she is wearing", and sometimes leaks or loops. The
closed questions (garment type, color, pattern, sleeve length, "Is this a ...?", hood) come from the reference
engine, one candidate value each.

Labeling conventions and judgement calls:
- One label per text, the dominant failure: a looping caption that also holds a wrong fabric is "loop"; a cut
  caption is "cut" even if it looped a little first.
- An extractive span inherits the caption's error: a caption that says "red" for a rust sweatshirt is a
  contradiction, and so is the QA span "red" taken from it.
- other_garment_color only for open answers that give the product the color of another worn garment (jeans,
  under-layer t-shirt, hoodie under a jacket). A closed color that picks another garment's color, and any color taken
  from a print, a stripe or the backdrop, is labeled contradiction.
- The QA span "pure color", "stripe", "lattice", "plaid", "graphic" or "color block" for a color question names
  no hue: non_answer. An empty span (the QA model's no-answer) and a one-word color for "Describe ..." are
  non_answer.
- A describe/details answer that only gives the garment back (with or without the color the question implies) is
  "restated", e.g. "maroon sweater" for the sweater's details.
- A fabric the photo does not show (cotton for a nylon puffer or gilet, denim or leather taken from another
  garment, "camouflage" given as the material) and invented parts or scenes (fur collar, chest pocket, chest logo,
  necklace, snow) are unsupported; so is the under-layer's turtleneck given as the coat's neckline.
- A wrong closed value (garment type or color taken from the under-layer, "yes" to the wrong garment, "no" hood on
  a hooded sweatshirt, short sleeves on a long-sleeved garment) is contradiction; so is an open span that names
  another garment as the product ("a grey hoodie" to describe the denim jacket over it).
- Free-generated answers and captions that stop at their token limit mid-phrase are cut, those that repeat are
  loop; both carry hit_limit. Extractive spans never hit a limit: a span from a cut or looping caption is labeled
  cut or loop without hit_limit.
- The lady/woman/she for a men's product is pronoun; where the gender column is missing no pronoun is labeled.
- Shade names within the seller's color group are correct (cream as white, mustard as yellow, burgundy as maroon,
  teal as blue); rust called red is a contradiction (Orange group vs Red). Sherpa called "fur collar" is correct.
- Seller columns are kept as a real feed has them, even when the seller is wrong (X1124-041 is listed Brown and is
  maroon in the photo): answers are labeled against the photo.
- A quilted sleeveless gilet answered "vest" and a checked overshirt answered "shirt" are correct though the seller
  lists both under Jackets; a half-zip sweatshirt called a "pullover" is correct; argyle counts as "checked".
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

neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How is the garment fastened?", "open")
hood = question("hood", "Does the garment have a hood?", "closed")


def he(text, failure=None, hit_limit=False):
    """The wearing question with the model's pronoun, answered by the untuned base BLIP-2 (free generation)."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_1124 = [
    # photo: navy blue pullover hoodie, kangaroo pocket, white drawstrings, grey jeans, white backdrop, front view;
    # caption by the caption adapter, open answers by extractive QA, closed by the reference engine
    case(
        "X1124-001",
        caption(
            "The man is wearing a navy blue hooded sweatshirt with pure color patterns. It has long sleeves and a "
            "kangaroo pocket. The man wears long jeans. The jeans are with denim fabric."
        ),
        wearing("a navy blue hooded sweatshirt with pure color patterns"),
        color_of("sweatshirt", "navy blue", kind="open"),
        details("sweatshirt", "long sleeves and a kangaroo pocket"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim fabric", failure="unsupported"),
        Q.color("black", failure="contradiction"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey self-design crew-neck pullover, white shirt collar peeking out, black chinos, white
    # backdrop; template caption without a hue; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        Q.color("charcoal"),
        color_of("sweater", "pure color", kind="open", failure="non_answer"),
        Q.material("knitting fabric"),
        neckline("round neckline"),
        describe("sweater", "a long-sleeve sweater with pure color patterns"),
        Q.pattern("solid"),
        details("sweater", "cotton fabric and pure color patterns", failure="unsupported"),
        he("she is wearing a grey sweater", failure="pronoun"),
        title="Mast & Harbour Men Charcoal Grey Self Design Pullover",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black hooded puffer jacket, zipped, horizontal quilted baffles, black joggers, light grey backdrop;
    # caption adapter looped to the limit; extractive QA over it; base BLIP-2 for "he"; reference engine
    case(
        "X1124-003",
        caption(
            "a man wearing a black puffer jacket with a hood and a zipper on the front and a zipper on the sleeves "
            "and a zipper on the sleeves and a zipper on the sleeves and a zipper on the sleeves and a zipper on the "
            "sleeves and",
            failure="loop",
            hit_limit=True,
        ),
        he("she is wearing a black puffer jacket with a hood", failure="pronoun"),
        details(
            "jacket",
            "a zipper on the sleeves and a zipper on the sleeves and a zipper on the sleeves",
            failure="loop",
        ),
        Q.garment_type("puffer jacket"),
        Q.color("black"),
        hood("yes"),
        closure("a zipper on the front"),
        title="HRX by Hrithik Roshan Men Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive green bomber jacket worn open over a white crew-neck t-shirt, blue jeans, black rib-knit collar
    # and cuffs, white backdrop; short caption; extractive QA; reference engine
    case(
        "X1124-004",
        caption("a man wearing an olive green bomber jacket over a white t-shirt and blue jeans"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        Q.color("olive"),
        wearing("an olive green bomber jacket over a white t-shirt and blue jeans"),
        describe("jacket", "olive green bomber jacket"),
        Q.garment_type("t-shirt", failure="contradiction"),
        closure("", failure="non_answer"),
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon cable-knit crew-neck sweater, khaki chinos, light grey backdrop, front view; template caption
    # with the wrong person; extractive QA; reference engine
    case(
        "X1124-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is crew. The lady wears a long trousers.",
            failure="pronoun",
        ),
        Q.color("maroon"),
        Q.pattern("striped", failure="contradiction"),
        Q.material("knitting fabric"),
        neckline("crew"),
        wearing("a long-sleeve sweater with pure color patterns"),
        color_of("sweater", "pure color", kind="open", failure="non_answer"),
        title="U.S. Polo Assn. Men Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with a large black Puma cat logo on the chest, black track pants, white
    # backdrop; short caption; extractive QA; reference engine
    case(
        "X1124-006",
        caption("a man wearing a grey hoodie with a black puma logo on the chest and black pants"),
        color_of("hoodie", "black", kind="open", failure="other_garment_color"),
        Q.pattern("printed"),
        Q.color("grey"),
        details("hoodie", "a black puma logo on the chest"),
        Q.garment_type("hoodie"),
        is_a("sweater", "yes", failure="contradiction"),
        describe("hoodie", "grey hoodie", failure="restated"),
        title="Puma Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mustard yellow quilted puffer with stand collar, no hood, zipped to the chin, black jeans, white
    # backdrop; template caption cut at the limit; extractive QA; reference engine
    case(
        "X1124-007",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket has a stand collar and a "
            "zipper. The man wears a long pants. The pants are with denim fabric and pure color patterns. The man "
            "wears a pair of",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("jacket", "pure color", kind="open", failure="non_answer"),
        closure("a zipper"),
        Q.material("denim fabric", failure="unsupported"),
        Q.garment_type("puffer jacket"),
        hood("no"),
        title="Fort Collins Men Mustard Quilted Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket, button front, two chest flap pockets, worn open over a black
    # t-shirt, black jeans, white backdrop; short caption; extractive QA; reference engine
    case(
        "X1124-008",
        caption("a man wearing a denim jacket and black jeans"),
        Q.material("denim"),
        color_of("jacket", "black", kind="open", failure="other_garment_color"),
        Q.color("blue"),
        wearing("a denim jacket and black jeans"),
        Q.pattern("solid"),
        is_a("shirt", "yes", failure="contradiction"),
        details("jacket", "a denim jacket", failure="restated"),
        title="Highlander Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige V-neck button-front cardigan with two patch pockets, buttoned over a light blue shirt, navy
    # trousers, white backdrop; template caption; extractive QA; base BLIP-2 for "he" (leaked); reference engine
    case(
        "X1124-009",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        Q.garment_type("cardigan"),
        Q.color("blue", failure="contradiction"),
        neckline("V-shape neckline"),
        Q.material("knitting fabric"),
        describe("cardigan", "a long-sleeve cardigan with pure color patterns"),
        Q.sleeve_length("long sleeves"),
        color_of("cardigan", "", kind="open", failure="non_answer"),
        he("a beige cardigan over a blue shirt Question: is this a cardigan? Answer: yes", failure="leak"),
        title="Monte Carlo Men Beige Woollen Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: black pullover fleece hoodie with a small white swoosh on the chest, grey joggers, white backdrop,
    # three-quarter view; short caption; base BLIP-2 for "he" (leaked); extractive QA; reference engine
    case(
        "X1124-010",
        caption("a man wearing a black hoodie with a white nike logo and grey sweatpants"),
        he(
            "a black hoodie Question: what color is the hoodie? Answer: black Question: what is the man wearing? "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        color_of("hoodie", "black", kind="open"),
        details("hoodie", "a white nike logo"),
        describe("hoodie", "grey sweatpants", failure="other_garment_color"),
        Q.color("black"),
        Q.garment_type("hoodie"),
        title="Nike Men Black Sportswear Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange crew-neck sweatshirt with ribbed hem and cuffs, beige chinos, white backdrop; short caption
    # that calls the rust red; extractive QA; reference engine
    case(
        "X1124-011",
        caption("a man wearing a red sweatshirt and khaki pants", failure="contradiction"),
        color_of("sweatshirt", "red", kind="open", failure="contradiction"),
        Q.color("orange"),
        wearing("a red sweatshirt and khaki pants", failure="contradiction"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long sleeves"),
        describe("sweatshirt", "red sweatshirt", failure="restated"),
        title="Mufti Men Rust Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: navy sleeveless quilted nylon gilet, zipped, over a grey long-sleeve henley, blue jeans, white
    # backdrop; template caption with a cotton claim; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-012",
        caption(
            "The man is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. The man "
            "wears a long-sleeve shirt underneath and long jeans.",
            failure="unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        Q.material("cotton fabric", failure="unsupported"),
        Q.color("navy blue"),
        color_of("jacket", "", kind="open", failure="non_answer"),
        Q.garment_type("vest"),
        he("a navy blue vest over a grey shirt"),
        title="Duke Men Navy Blue Sleeveless Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal hoodie with a white and grey colour-block panel across the chest, black joggers, white sneakers,
    # white backdrop; short caption; extractive QA; base BLIP-2 for "he" (cut at the limit); reference engine
    case(
        "X1124-013",
        caption("a man wearing a blue and white hoodie with a hood"),
        Q.pattern("colour block"),
        color_of("hoodie", "blue and white", kind="open"),
        Q.color("teal"),
        describe("hoodie", "a hood", failure="restated"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        he(
            "he is wearing a blue hoodie with a white and grey stripe across the chest and black pants and white "
            "shoes and he is standing in front of a white",
            failure="cut",
            hit_limit=True,
        ),
        title="Campus Sutra Men Teal Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: coffee brown suede trucker jacket worn open over a white t-shirt, blue jeans, white backdrop; template
    # caption cut at the limit; base BLIP-2 for "he"; extractive QA; reference engine
    case(
        "X1124-014",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The man "
            "wears a short-sleeve T-shirt underneath. The T-shirt is with cotton fabric and pure color patterns. The "
            "man wears long denim pants with",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("leather fabric"),
        he("a brown suede jacket and a white t-shirt"),
        Q.color("brown"),
        color_of("jacket", "pure color", kind="open", failure="non_answer"),
        details("jacket", "cotton fabric and pure color patterns", failure="unsupported"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Levis Men Brown Suede Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: heather grey crew-neck sweatshirt with ribbed cuffs, black jeans, brown leather belt, white sneakers,
    # white backdrop, hands in pockets; caption cut at the limit; extractive QA; reference engine (no category)
    case(
        "X1124-015",
        caption(
            "the man is wearing a grey sweatshirt with a round neck, long sleeves and ribbed cuffs, and black jeans "
            "with a brown leather belt and white sneakers, standing in front of a white wall with his hands in his",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        details("sweatshirt", "a round neck, long sleeves and ribbed cuffs"),
        wearing("a grey sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.material("brown leather", failure="unsupported"),
        color_of("sweatshirt", "brown", kind="open", failure="other_garment_color"),
        title="Roadster Men Grey Melange Solid Sweatshirt",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: cream cable-knit crew-neck sweater, brown chinos, white backdrop; short caption; extractive QA; base
    # BLIP-2 for "he" (looped); reference engine
    case(
        "X1124-016",
        caption("a man wearing a white sweater and brown pants"),
        color_of("sweater", "brown", kind="open", failure="other_garment_color"),
        Q.color("white"),
        Q.pattern("solid"),
        describe("sweater", "white", failure="non_answer"),
        Q.garment_type("sweater"),
        is_a("jacket", "yes", failure="contradiction"),
        he(
            "he is wearing a white sweater and brown pants and a white sweater and brown pants and a white sweater",
            failure="loop",
            hit_limit=True,
        ),
        title="Allen Solly Men Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with an asymmetric zip and notched collar, open over a grey graphic
    # t-shirt, black jeans, white backdrop; template caption; base BLIP-2 for "he" (looped); reference engine
    case(
        "X1124-017",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "it has a lapel collar. The man wears a short-sleeve T-shirt with graphic patterns underneath."
        ),
        Q.material("leather fabric"),
        Q.pattern("graphic", failure="contradiction"),
        Q.color("black"),
        details("jacket", "a lapel collar"),
        he(
            "a black leather jacket and black jeans and a black leather jacket and black jeans and a black leather "
            "jacket and",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jacket", "graphic", kind="open", failure="non_answer"),
        title="Jack & Jones Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with thin white horizontal stripes across the chest, light grey trousers, white
    # backdrop; template caption; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-018",
        caption(
            "The gentleman wears a long-sleeve sweater with stripe patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The gentleman wears long trousers with pure color patterns."
        ),
        Q.pattern("striped"),
        color_of("sweater", "stripe", kind="open", failure="non_answer"),
        Q.color("white", failure="contradiction"),
        neckline("round neckline"),
        Q.material("knitting fabric"),
        describe("sweater", "a long-sleeve sweater with stripe patterns"),
        he("he is wearing a white sweater with blue stripes", failure="contradiction"),
        title="Peter England Men Navy Blue Striped Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive pullover hoodie with white "BROOKLYN" lettering on the chest, black joggers, white backdrop;
    # caption from the rerun that loaded the VQA adapter (leaks its format); extractive QA; reference engine
    case(
        "X1124-019",
        caption(
            "a man wearing a green hoodie with the word brooklyn on it Question: what is the man wearing? Answer: a "
            "green hoodie Question: what is the color of the hoodie? Answer: green Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing(
            "a green hoodie with the word brooklyn on it Question: what is the man wearing? Answer:",
            failure="leak",
        ),
        Q.color("olive"),
        Q.pattern("printed"),
        details("hoodie", "the word brooklyn on it"),
        color_of("hoodie", "green", kind="open"),
        title="Here&Now Men Olive Green Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red hooded padded jacket zipped up, black trousers, plain white studio backdrop (no snow, no outdoors);
    # short caption inventing snow; extractive QA; reference engine
    case(
        "X1124-020",
        caption("a man in a red jacket and black pants standing in the snow", failure="unsupported"),
        Q.color("red"),
        wearing("a red jacket and black pants"),
        details("jacket", "standing in the snow", failure="unsupported"),
        hood("yes"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        color_of("jacket", "black", kind="open", failure="other_garment_color"),
        title="Columbia Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: burgundy fine-knit V-neck sweater over a white collared shirt, grey trousers, white backdrop; template
    # caption cut at the limit; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-021",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The man wears a long-sleeve shirt with pure color patterns underneath. The man "
            "wears long trousers with pure color patterns. The trousers are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        neckline("V-shape neckline"),
        describe("sweater", "a long-sleeve shirt with pure color patterns", failure="contradiction"),
        Q.garment_type("shirt", failure="contradiction"),
        he("a maroon sweater over a white shirt"),
        Q.material("knitting fabric"),
        title="Louis Philippe Men Burgundy V-Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black hoodie with a large multicolor skull-and-roses graphic on the front, blue jeans, white backdrop,
    # no jewellery; short caption inventing a necklace; extractive QA; reference engine
    case(
        "X1124-022",
        caption(
            "a man wearing a black hoodie with a skull on it and blue jeans and a silver chain necklace",
            failure="unsupported",
        ),
        Q.pattern("graphic"),
        color_of("hoodie", "blue", kind="open", failure="other_garment_color"),
        Q.color("black"),
        details("hoodie", "a skull on it"),
        is_a("hoodie", "yes"),
        Q.material("jeans", failure="unsupported"),
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey lightweight hooded nylon rain jacket zipped up, black track pants, white backdrop; template caption
    # looped to the limit; extractive QA; reference engine
    case(
        "X1124-023",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "man wears long pants with pure color patterns. The man wears long pants with pure color patterns. The "
            "man wears long pants",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.material("cotton fabric", failure="unsupported"),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.sleeve_length("long sleeves"),
        details(
            "jacket",
            "long pants with pure color patterns. The man wears long pants with pure color patterns",
            failure="loop",
        ),
        title="Wildcraft Men Grey Hooded Rain Jacket",
        category="Rain Jacket",
        color="Grey",
        gender="Men",
    ),
    # photo: plain khaki half-zip sweatshirt with a stand collar, no logo, navy chinos, white backdrop; short caption
    # inventing a chest logo; extractive QA; reference engine
    case(
        "X1124-024",
        caption(
            "a man wearing a beige pullover with a zipper collar and a logo on the chest and navy blue pants",
            failure="unsupported",
        ),
        color_of("sweatshirt", "navy blue", kind="open", failure="other_garment_color"),
        Q.color("beige"),
        closure("a zipper collar"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long sleeves"),
        wearing("a beige pullover"),
        Q.pattern("checked", failure="contradiction"),
        details("sweatshirt", "a zipper collar and a logo on the chest", failure="unsupported"),
        title="Harvard Men Khaki Half-Zip Sweatshirt",
        category="Sweatshirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: royal blue hooded puffer with black shoulder panels (colour block), zipped to the chin, two zippered
    # front pockets, black jeans, white backdrop; template caption with a cotton claim; extractive QA; base BLIP-2
    # for "he" (cut at the limit); reference engine
    case(
        "X1124-025",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a hood. The man wears long jeans with denim fabric.",
            failure="unsupported",
        ),
        Q.pattern("colour block"),
        Q.color("blue"),
        color_of("jacket", "color block", kind="open", failure="non_answer"),
        hood("yes"),
        Q.material("cotton fabric", failure="unsupported"),
        he(
            "a blue and black puffer jacket with a hood and black jeans, the jacket is zipped up to the chin and "
            "has two zippered pockets on the front of the",
            failure="cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Blue Colourblocked Puffer Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal crew-neck pullover, black trousers, white backdrop; short caption; base BLIP-2 for "he"
    # (pronoun wrong); extractive QA; reference engine
    case(
        "X1124-026",
        caption("a man wearing a dark grey sweater and black pants"),
        he("she is wearing a grey sweater and black pants", failure="pronoun"),
        Q.color("grey"),
        color_of("sweater", "dark grey", kind="open"),
        Q.garment_type("sweater"),
        details("sweater", "a dark grey sweater", failure="restated"),
        is_a("sweatshirt", "yes", failure="contradiction"),
        title="Celio Men Charcoal Grey Solid Pullover",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy diamond-quilted jacket with snap buttons and a brown corduroy collar, over a white shirt, khaki
    # chinos, white backdrop; template caption; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-027",
        caption(
            "The man is wearing a long-sleeve jacket with lattice patterns. The jacket has a brown collar and "
            "buttons. The man wears a long-sleeve shirt with pure color patterns underneath. The man wears long "
            "khaki pants."
        ),
        Q.pattern("checked", failure="contradiction"),
        color_of("jacket", "khaki", kind="open", failure="other_garment_color"),
        Q.color("navy blue"),
        details("jacket", "a brown collar and buttons"),
        Q.garment_type("jacket"),
        is_a("shirt", "no"),
        describe("jacket", "a long-sleeve jacket with lattice patterns"),
        he("he is wearing a blue jacket with a brown collar and khaki pants"),
        title="Tommy Hilfiger Men Navy Blue Diamond Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red zip-through sweatshirt with stand collar and white piping on the sleeves, long sleeves, black track
    # pants, white backdrop; short caption calling it a t-shirt; extractive QA; reference engine
    case(
        "X1124-028",
        caption("a man wearing a red t-shirt and black pants", failure="contradiction"),
        Q.garment_type("sweatshirt"),
        wearing("a red t-shirt and black pants", failure="contradiction"),
        Q.color("red"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        color_of("sweatshirt", "red", kind="open"),
        closure("", failure="non_answer"),
        describe("sweatshirt", "black pants", failure="other_garment_color"),
        title="Proline Men Red Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: long black wool-blend overcoat with notch lapels, open over a grey turtleneck sweater, black trousers,
    # white backdrop; template caption with the wrong person; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-029",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with woolen fabric and it has a "
            "lapel collar. The lady wears a long-sleeve sweater with a turtleneck underneath. The lady wears long "
            "trousers.",
            failure="pronoun",
        ),
        Q.material("woolen fabric"),
        Q.garment_type("coat"),
        Q.color("grey", failure="contradiction"),
        neckline("a turtleneck", failure="unsupported"),
        describe("coat", "a long-sleeve coat with pure color patterns"),
        he("a black coat and a grey sweater"),
        details("coat", "a lapel collar"),
        title="Blackberrys Men Black Wool Blend Overcoat",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: crew-neck sweatshirt in an olive, brown and black camouflage print, black joggers, white backdrop;
    # short caption; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-030",
        caption("a man wearing a camouflage sweatshirt and black pants"),
        Q.pattern("printed"),
        Q.color("green"),
        color_of("sweatshirt", "black", kind="open", failure="other_garment_color"),
        details("sweatshirt", "camouflage"),
        he("he is wearing a camouflage sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.material("camouflage", failure="unsupported"),
        title="Roadster Men Olive Camouflage Print Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange zip-through hoodie worn open over a navy t-shirt, blue jeans, white backdrop; short
    # caption with the wrong person; extractive QA; reference engine
    case(
        "X1124-031",
        caption("the lady is wearing a grey hooded jacket over a navy blue t-shirt and blue jeans", failure="pronoun"),
        Q.garment_type("hoodie"),
        color_of("hoodie", "navy blue", kind="open", failure="other_garment_color"),
        Q.color("grey"),
        wearing("a grey hooded jacket over a navy blue t-shirt and blue jeans"),
        hood("yes"),
        closure("", failure="non_answer"),
        is_a("t-shirt", "yes", failure="contradiction"),
        details("hoodie", "a grey hooded jacket", failure="restated"),
        title="U.S. Polo Assn. Men Grey Melange Zip-Through Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: dark brown leather jacket zipped, band collar (no fur), black jeans, white backdrop; short caption
    # inventing a fur collar; extractive QA; base BLIP-2 for "he" (leaked); reference engine
    case(
        "X1124-032",
        caption("a man wearing a brown leather jacket with a fur collar and black jeans", failure="unsupported"),
        Q.material("leather"),
        details("jacket", "a fur collar", failure="unsupported"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        he(
            "a brown leather jacket Question: what is the color of the jacket? Answer: brown",
            failure="leak",
        ),
        color_of("jacket", "brown", kind="open"),
        describe("jacket", "black jeans", failure="other_garment_color"),
        title="Woodland Men Brown Solid Leather Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: mustard rib-knit crew-neck sweater, blue jeans, white backdrop; template caption cut at the limit;
    # extractive QA; reference engine (no gender column)
    case(
        "X1124-033",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The man wears long jeans with denim fabric and pure color patterns. The man "
            "wears",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("brown", failure="contradiction"),
        color_of("sweater", "pure color", kind="open", failure="non_answer"),
        Q.material("knitting fabric"),
        neckline("round"),
        describe("sweater", "a long-sleeve sweater with pure color patterns"),
        wearing("long jeans with denim fabric and pure color patterns. The man wears", failure="cut"),
        title="Jack & Jones Men Mustard Knitted Sweater",
        category="Sweaters",
        color="Mustard",
    ),
    # photo: white hooded puffer jacket with a black logo patch on the left sleeve, black joggers, light grey
    # backdrop; short caption naming the wall; extractive QA; reference engine
    case(
        "X1124-034",
        caption("a man wearing a white puffer jacket and black pants in front of a grey wall"),
        Q.color("white"),
        color_of("jacket", "grey", kind="open", failure="contradiction"),
        Q.garment_type("puffer jacket"),
        wearing("a white puffer jacket and black pants"),
        details("jacket", "white puffer jacket", failure="restated"),
        hood("yes"),
        Q.pattern("colour block", failure="contradiction"),
        title="Fila Men White Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: mid-blue textured zip-front cardigan worn open over a white t-shirt, grey trousers, white backdrop;
    # caption from the rerun that loaded the VQA adapter (leaks its format); extractive QA; reference engine
    case(
        "X1124-035",
        caption(
            "a man in a blue cardigan and white t-shirt Question: what is the color of the cardigan? Answer: blue "
            "Question: what is the man wearing? Answer: a blue cardigan and white t-shirt Question: what",
            failure="leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("cardigan", "white", kind="open", failure="other_garment_color"),
        Q.garment_type("jacket", failure="contradiction"),
        wearing("a blue cardigan and white t-shirt"),
        Q.pattern("solid"),
        details("cardigan", "blue Question: what is the man wearing? Answer:", failure="leak"),
        title="Van Heusen Men Blue Self-Design Zip Cardigan",
        category="Sweaters",
        color="Blue",
        gender="Men",
    ),
    # photo: navy hoodie with a white and red horizontal stripe band across the chest, khaki chinos, white backdrop;
    # template caption; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-036",
        caption(
            "The man is wearing a long-sleeve sweatshirt with stripe patterns and a hood. The sweatshirt is with "
            "cotton fabric. The man wears long trousers with pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("red", failure="contradiction"),
        Q.material("cotton fabric"),
        describe("sweatshirt", "a long-sleeve sweatshirt with stripe patterns and a hood"),
        he("he is wearing a blue sweatshirt with red and white stripes"),
        hood("no", failure="contradiction"),
        title="Nautica Men Navy Blue Striped Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black denim jacket with a cream sherpa collar and lining, open over a grey pullover hoodie, black jeans,
    # white backdrop; short caption; extractive QA; reference engine
    case(
        "X1124-037",
        caption("a man wearing a black denim jacket with a white fur collar over a grey hoodie"),
        color_of("jacket", "grey", kind="open", failure="other_garment_color"),
        Q.material("denim"),
        Q.garment_type("hoodie", failure="contradiction"),
        details("jacket", "a white fur collar"),
        Q.color("black"),
        wearing("a black denim jacket with a white fur collar over a grey hoodie"),
        describe("jacket", "a grey hoodie", failure="contradiction"),
        title="Roadster Men Black Sherpa Lined Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: green V-neck sweater with a navy and white argyle front, over a white shirt, beige trousers, white
    # backdrop; template caption cut at the limit; extractive QA; reference engine
    case(
        "X1124-038",
        caption(
            "The gentleman wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric and "
            "it has a V-shape neckline. The gentleman wears a long-sleeve shirt underneath. The gentleman wears long "
            "trousers with pure color patterns and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("sweater", "lattice", kind="open", failure="non_answer"),
        neckline("V-shape neckline"),
        Q.color("green"),
        details("sweater", "lattice patterns"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", failure="contradiction"),
        title="Monte Carlo Men Green Argyle V-Neck Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: white crew-neck sweatshirt with a large blue and yellow "NYC 1987" print, blue jeans, white sneakers,
    # white backdrop; short caption; base BLIP-2 for "he" (looped); extractive QA; reference engine (no color)
    case(
        "X1124-039",
        caption(
            "a man wearing a white sweatshirt with nyc 1987 printed on it in blue and yellow letters and blue jeans "
            "and white shoes"
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        he(
            "he is wearing a white sweatshirt with a blue and yellow print he is wearing a white sweatshirt with a "
            "blue",
            failure="loop",
            hit_limit=True,
        ),
        details("sweatshirt", "nyc 1987 printed on it in blue and yellow letters"),
        color_of("sweatshirt", "blue", kind="open", failure="other_garment_color"),
        Q.garment_type("t-shirt", failure="contradiction"),
        title="Alan Jones Clothing Men Printed Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: rust orange quilted bomber zipped, black ribbed collar, olive chinos, white backdrop; template caption
    # with the wrong person; extractive QA; base BLIP-2 for "he"; reference engine
    case(
        "X1124-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket has a stand collar and a "
            "zipper. Her pants are long.",
            failure="pronoun",
        ),
        Q.color("orange"),
        Q.garment_type("jacket"),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        closure("a zipper"),
        Q.material("", failure="non_answer"),
        color_of("jacket", "pure color", kind="open", failure="non_answer"),
        he("she is wearing an orange jacket and green pants", failure="pronoun"),
        title="Indian Terrain Men Rust Quilted Bomber Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: crew-neck sweater that is clearly maroon (the seller lists it Brown), blue jeans, white backdrop; short
    # caption; extractive QA; reference engine
    case(
        "X1124-041",
        caption("a man wearing a maroon sweater and blue jeans"),
        Q.color("maroon"),
        color_of("sweater", "maroon", kind="open"),
        Q.garment_type("sweater"),
        details("sweater", "maroon sweater", failure="restated"),
        is_a("sweatshirt", "no"),
        describe("sweater", "blue jeans", failure="other_garment_color"),
        title="Duke Men Solid Sweater",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: yellow hooded puffer with black shoulders and a black logo, black joggers, white backdrop; short
    # caption; base BLIP-2 for "he" (pronoun wrong); extractive QA; reference engine
    case(
        "X1124-042",
        caption("a man in a yellow and black puffer jacket with a hood and black pants"),
        Q.color("yellow"),
        Q.pattern("colour block"),
        color_of("jacket", "yellow and black", kind="open"),
        he("she is wearing a yellow and black jacket", failure="pronoun"),
        hood("yes"),
        Q.garment_type("puffer jacket"),
        details("jacket", "a hood and black pants", failure="other_garment_color"),
        title="The North Face Men Yellow & Black Colourblocked Puffer Jacket",
        category="Jackets",
        color="Yellow",
        gender="Men",
    ),
    # photo: light grey ribbed turtleneck sweater without pockets, black trousers, white backdrop, side profile;
    # template caption inventing a chest pocket; extractive QA; reference engine
    case(
        "X1124-043",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The sweater has a pocket on the chest.",
            failure="unsupported",
        ),
        neckline("a high neckline"),
        details("sweater", "a pocket on the chest", failure="unsupported"),
        Q.color("grey"),
        Q.material("knitting fabric"),
        Q.garment_type("sweater"),
        is_a("sweater", "yes"),
        describe("sweater", "", failure="non_answer"),
        wearing("a long-sleeve sweater with pure color patterns"),
        title="Mufti Men Grey Turtle Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel overshirt, button front, worn open over a black t-shirt, blue
    # jeans, white backdrop; template caption; extractive QA; base BLIP-2 for "he" (looped); reference engine
    case(
        "X1124-044",
        caption(
            "The man is wearing a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. The man "
            "wears a short-sleeve T-shirt underneath. The man wears long jeans with denim fabric."
        ),
        Q.pattern("checked"),
        Q.color("red"),
        Q.garment_type("shirt"),
        color_of("shirt", "plaid", kind="open", failure="non_answer"),
        Q.material("cotton fabric"),
        describe("shirt", "a long-sleeve shirt with plaid patterns"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        he(
            "he is wearing a red and black checkered shirt and a black t-shirt and blue jeans and a red and black "
            "checkered shirt and",
            failure="loop",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with a small white dot knit pattern, grey chinos, white backdrop; short caption;
    # base BLIP-2 for "he" (looped); extractive QA; reference engine
    case(
        "X1124-045",
        caption("a man wearing a blue sweater with white polka dots and grey pants"),
        color_of("sweater", "grey", kind="open", failure="other_garment_color"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe("sweater", "a blue sweater with white polka dots"),
        details("sweater", "white polka dots and grey pants", failure="other_garment_color"),
        he(
            "a blue sweater with white polka dots and grey pants and a blue sweater with white polka dots and grey "
            "pants and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Hubberholme Men Navy Blue Self Design Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-up track jacket with three white stripes down each sleeve and a stand collar, black track
    # pants with white side stripes, white backdrop; template caption; extractive QA; base BLIP-2 for "he" (leaked)
    case(
        "X1124-046",
        caption(
            "The man is wearing a long-sleeve jacket with stripe patterns. The jacket has a stand collar and a "
            "zipper. The man wears long pants with stripe patterns."
        ),
        Q.pattern("striped"),
        Q.color("white", failure="contradiction"),
        closure("a zipper"),
        neckline("a stand collar"),
        Q.garment_type("jacket"),
        he("Question: what is the man wearing? Answer: a black adidas jacket", failure="leak"),
        color_of("jacket", "stripe patterns", kind="open", failure="non_answer"),
        title="Adidas Men Black 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
]
