"""BLIND_1632 (45 products; Myntra men's topwear, base BLIP-2 zero-shot): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 62/86 failures found (72.1%) and 27/294 correct texts flagged
(9.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's t-shirts, polo-collar t-shirts and shirts (articleType "Tshirts" or "Shirts",
baseColour as Myntra spells it: Navy Blue, Grey Melange, Off White, Rust, Multi...). The usual catalog shots: a male
model on a plain light backdrop wearing the product with jeans, chinos, trousers or shorts, now and then a back view,
a flat lay, a folded pack shot, a prop (sunglasses, a tie, a watch, a chain). A few rows miss a column, as feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is the
unprompted zero-shot caption (max 50 new tokens); the answers come from enrich's default questionnaire, each prompt
"Question: <question> Answer:", greedy free generation, max 30 new tokens, one generate per prompt. The job was
restarted partway, so some products kept only the questions that had finished (no details or material, and so on).
The base model stops on its newline, so most answers are short; loops, cuts and leaks are rare, and most failures
are content: a color for the wrong garment, one color for two garments, a color or a garment given for the pattern,
invented details, accessories answered for the garment, empty or evasive details. About a quarter of the texts
are wrong, fewer than the adapters manage: the base model does the short closed questions well and the details badly.
Labeling conventions and judgement calls:
- Judged against the photo I imagined (the comment above each case) and the title. Near hues count as right: maroon
  as red, teal as blue or green, peach as pink or orange, rust as orange, olive as green, mustard as yellow, lavender
  as purple, off white as white, grey melange as grey, charcoal as grey. Navy called black, olive called brown, and
  charcoal called black where the photo shows it plainly grey beside black trousers are wrong (contradiction).
- A print on a colored ground: the color that dominates the photo counts (tropical shirt: green leaves on navy).
- Material: "cotton" for a tee or shirt whose title names no fabric is accepted as the usual fabric. A fabric the
  title contradicts (Dri-FIT, Rapid-Dry, linen) is contradiction; a specific fabric that neither the title nor the
  photo supports (silk, satin, linen for a plain cotton shirt) is unsupported; "i don't know" is non_answer.
- An accessory answered for the garment's type or details (the tie, the sunglasses, the watch, the chain) is
  contradiction. With a shirt worn open over a tee, the inner tee's color for the product is other_garment_color,
  the inner tee's type for the product is contradiction. A "wearing" answer that gives the product the trousers'
  color is other_garment_color; one that gives the trousers the product's color (one color for both) is
  contradiction.
- Pattern answered with a color or a garment name ("black", "shirt") is non_answer; "plain" and "none" would be fine,
  and a print named by what it shows ("batman", "anime", "letters") counts as right.
- Details: empty, "size", "there are no details", "the details are in the picture", "the front of the shirt", "the
  shirt is folded" are non_answer; an answer that only gives back the garment and its color is restated. Invented
  things (a pocket, reflective strips, a tiger, palm trees, a sword) are unsupported.
- Sleeves: a length in inches is unsupported; "short" for long sleeves rolled to the elbow, and "long" for an
  oversized tee's elbow-length sleeves, are contradiction (only the photo shows these); "rolled up" is right.
- Flat lay: "What is the person wearing?" answered with the garment is accepted; "nothing" is non_answer.
- A back view of a tee printed on the front, answered "solid", is contradiction (title says Printed); a pack of three
  answered as one black tee is contradiction.
- "a woman" / "she" for the male model is pronoun. Loops and answers cut at the limit carry hit_limit=True; the one
  leak stopped by itself under the limit.
- The base model's right answers are often thin ("a red nike t-shirt"); thin but true is left unmarked.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1632 = [
    # 001. Photo: model facing camera, navy blue crew-neck tee, light blue jeans, grey backdrop. Navy reads dark.
    # All texts: base BLIP-2 OPT-2.7b (zero-shot caption, free-generation answers).
    case(
        "X1632-001",
        caption("a man in a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue t-shirt with a round neck"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 002. Photo: model, black tee with a large white "HRX" wordmark on the chest, black track pants.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-002",
        caption("a man wearing a black t-shirt with the word hrx on it"),
        Q.wearing("a black t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white logo on the front"),
        Q.details("the logo is a tiger", "unsupported"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Rapid-Dry Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 003. Photo: model, white pique polo with a small navy logo on the chest, white collar, navy chinos.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-003",
        caption("a man in a white polo shirt and blue pants"),
        Q.wearing("a white polo shirt and white pants", "contradiction"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a blue collar", "unsupported"),
        Q.details("the logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 004. Photo: model, blue and white checked full-sleeve shirt with the sleeves rolled to the elbows (cuffs
    # visible), beige chinos. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-004",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a blue and white checkered shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue and white plaid shirt"),
        Q.details("the shirt is a blue and white plaid shirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 005. Photo: model, white formal shirt tucked into mid-grey trousers, black belt, no tie.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-005",
        caption("a man in a white shirt and grey pants"),
        Q.wearing("a white shirt and white pants", "contradiction"),
        Q.garment_type("dress shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a white dress shirt with a collar"),
        Q.details(
            "the collar is white and the buttons are white and the cuffs are white and the sleeves are white and"
            " the buttons are white and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 006. Photo: flat lay on white, grey melange crew-neck tee, small black Puma cat logo on the chest.
    # All texts: base BLIP-2 OPT-2.7b. Gender column empty in the feed.
    case(
        "X1632-006",
        caption("a grey t-shirt with a puma logo on it"),
        Q.wearing("a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("short"),
        title="Puma Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 007. Photo: model, olive green short-sleeve henley (three-button placket) with sunglasses hooked on the
    # placket, black jeans. In the studio light the olive leans brownish. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-007",
        caption("a man wearing an olive green t-shirt and black jeans"),
        Q.wearing("a green t-shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("brown", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt with buttons on the front"),
        Q.details("sunglasses", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # 008. Photo: model, maroon V-neck tee, light blue jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-008",
        caption("a man in a red t-shirt and jeans"),
        Q.wearing("a maroon t-shirt and maroon jeans", "contradiction"),
        Q.garment_type("v-neck t-shirt"),
        Q.color("maroon"),
        Q.pattern("maroon", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a maroon v neck t shirt"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # 009. Photo: model, black tee with the yellow-and-black Batman bat logo on the chest, plain back (not shown),
    # blue jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-009",
        caption("a man wearing a black t-shirt with a batman logo"),
        Q.wearing("a batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("batman"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a yellow batman logo on the front"),
        Q.details("the batman logo is on the front of the shirt and the batman logo is on the back", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="The Souled Store Men Black Batman Logo Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 010. Photo: male model with long hair tied in a bun, yellow tee with black text "NOT YOUR AVERAGE" on the chest,
    # black joggers. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-010",
        caption("a woman wearing a yellow t-shirt that says not your average", "pronoun"),
        Q.wearing("a yellow t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("letters"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a yellow t-shirt with black writing on it", "pronoun"),
        Q.details("the words on the front"),
        gender="Men",
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 011. Photo: model, navy polo with white tipping on collar and sleeve hems, white chinos.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-011",
        caption("a man in a navy polo shirt and white pants"),
        Q.wearing("a blue polo shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue polo shirt with white stripes on the collar"),
        Q.details("white stripes on the collar and sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 012. Photo: model, matte black full-sleeve casual shirt, top button open, light grey jeans.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-012",
        caption("a man in a black shirt"),
        Q.wearing("a black shirt and black jeans", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with a collar and buttons"),
        Q.details("buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # 013. Photo: model, red Nike training tee with a small white swoosh on the chest, black shorts.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-013",
        caption("a man in a red nike t-shirt and black shorts"),
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a red nike t-shirt"),
        Q.details(
            "the nike logo is on the left side of the chest and the nike logo is on the right side of the chest and"
            " the nike logo is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Nike Men Red Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 014. Photo: model, light blue formal shirt with a plain navy tie, navy trousers, hands in pockets.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-014",
        caption("a man wearing a blue shirt and tie"),
        Q.wearing("a blue shirt and a tie"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a light blue shirt with a navy blue tie"),
        Q.details("the tie", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 015. Photo: model, mid-blue denim shirt buttoned up, two flap chest pockets, black jeans.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-015",
        caption("a man in a denim shirt and black jeans"),
        Q.wearing("a blue denim shirt and blue jeans", "contradiction"),
        Q.garment_type("denim shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with two pockets on the front"),
        Q.details("the pockets"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 016. Photo: model, white tee with black horizontal stripes, black jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-016",
        caption("a man wearing a black and white striped shirt"),
        Q.wearing("a striped shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white striped t-shirt with a black and white striped t-shirt with a black and white"
            " striped t-shirt with a black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the stripes are black and white"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 017. Photo: back view, navy polo (the chest logo is on the front, not visible), beige chinos. Navy reads very
    # dark from behind. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-017",
        caption("the back of a man wearing a blue polo shirt"),
        Q.wearing("a blue shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue polo shirt with a white logo on the back", "unsupported"),
        Q.details("there are no details", "non_answer"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 018. Photo: model, mustard yellow full-sleeve shirt worn open over a white crew-neck tee, blue jeans.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-018",
        caption("a man in a yellow shirt and white t-shirt"),
        Q.wearing("a yellow shirt and a white t-shirt"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a yellow shirt with a white t-shirt underneath"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men Mustard Yellow Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # 019. Photo: model, teal crew-neck tee, grey joggers. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-019",
        caption("a man in a green t-shirt and grey pants"),
        Q.wearing("a green shirt and grey pants"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("3 inches", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 020. Photo: model, pale pink formal shirt with one chest pocket, pink collar, tucked into navy trousers, brown
    # belt. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-020",
        caption("a man wearing a pink shirt and blue pants"),
        Q.wearing("a pink shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("shirt", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("a pink shirt with a white collar", "unsupported"),
        Q.details("it has a pocket on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # 021. Photo: model, black full-sleeve crew-neck tee, blue ripped jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-021",
        caption("a man in a black long sleeve shirt and ripped jeans"),
        Q.wearing("black shirt and ripped jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black long sleeve t-shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Urbano Fashion Men Black Solid Full Sleeve Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 022. Photo: model, bottle green full-sleeve shirt with a mandarin (band) collar, plain cotton, khaki chinos.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-022",
        caption("a man in a green shirt and khaki pants"),
        Q.wearing("a green shirt and green pants", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green shirt with a collar"),
        Q.details("it has a mandarin collar"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Green Slim Fit Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # 023. Photo: model, white tee with black three stripes over the shoulders and a small black logo on the chest,
    # black track pants. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-023",
        caption("a man in a white adidas t-shirt and black pants"),
        Q.wearing("a white t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with black stripes on the sleeves"),
        Q.details("the adidas logo"),
        Q.material("cotton"),
        gender="Men",
        title="ADIDAS Men White Essentials 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 024. Photo: flat lay, grey tee with a large black "FM 1980" print across the chest. No person.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-024",
        caption("a grey t-shirt with the word fm on it"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with a black fm logo"),
        gender="Men",
        title="Flying Machine Men Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # 025. Photo: model, blue and white fine vertical pinstripe formal shirt, one chest pocket, spread collar, navy
    # trousers. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-025",
        caption("a man in a blue striped shirt and blue pants"),
        Q.wearing("a blue and white striped shirt"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white striped shirt with long sleeves and a collar and buttons down the front and cuffs at"
            " the end of the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the stripes are vertical"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Blue & White Regular Fit Striped Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 026. Photo: model, black tee with a colorful anime print of a spiky-haired boy (empty-handed), black cargo
    # pants. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-026",
        caption("a man wearing a black t-shirt with an anime character on it"),
        Q.wearing("a black t-shirt with a picture of a girl on it", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("anime"),
        Q.sleeve_length("they are short"),
        Q.description("a black t-shirt with a cartoon character on the front"),
        Q.details("the character is holding a sword", "unsupported"),
        gender="Men",
        title="Huetrap Men Black Anime Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 027. Photo: model, polo with broad horizontal red and navy stripes, solid navy collar, beige shorts. The feed
    # row has no base colour. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-027",
        caption("a man in a red and blue striped polo shirt"),
        Q.wearing("a striped polo shirt and shorts"),
        Q.garment_type("polo shirt"),
        Q.color("red and blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a red and blue striped polo shirt with a blue collar"),
        Q.details(
            "the collar is blue and the stripes are red and blue and the collar is blue and the stripes are red and"
            " blue and the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Red & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
    ),
    # 028. Photo: model, beige linen shirt, sleeves rolled up, white trousers, sunglasses in hand.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-028",
        caption("a man in a beige shirt and white pants holding sunglasses"),
        Q.wearing("a white shirt and white pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("rolled up"),
        Q.description("a beige linen shirt"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Snitch Men Beige Classic Slim Fit Linen Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # 029. Photo: model, plain white crew-neck tee, grey shorts. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-029",
        caption("a man in a white t-shirt and grey shorts"),
        Q.wearing("a white t-shirt and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("a plain white t-shirt"),
        Q.details("it is a white t-shirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 030. Photo: bearded model, lavender full-sleeve shirt without a pocket, white jeans.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-030",
        caption("a man in a purple shirt and white jeans"),
        Q.wearing("a purple shirt and white pants"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a light purple button down shirt"),
        Q.details("buttons on the front and a pocket on the chest", "unsupported"),
        gender="Men",
        title="Rare Rabbit Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # 031. Photo: model, black short-sleeve polo with a small white Puma logo, white trousers.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-031",
        caption("a man in a black polo shirt and black pants", "contradiction"),
        Q.wearing("a black polo shirt and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black polo shirt with a white puma logo"),
        Q.details("size", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 032. Photo: model, red tee with a Spider-Man print and "SPIDER-MAN" lettering, blue jeans.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-032",
        caption("a man wearing a red spiderman t-shirt"),
        Q.wearing("a spiderman shirt"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("spiderman"),
        Q.sleeve_length("short"),
        Q.description(
            "a red t-shirt with a picture of spiderman on it and the words spiderman on it and the words spiderman"
            " on it and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Marvel Men Red Spider-Man Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 033. Photo: model, charcoal grey formal shirt, clearly grey beside his black trousers.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-033",
        caption("a man in a black shirt and black pants", "contradiction"),
        Q.wearing("a grey shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("it is a garment", "restated"),
        Q.details("the collar and the buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # 034. Photo: model against a plain pale backdrop, short-sleeve resort shirt: large green tropical leaves that
    # cover most of a navy ground, no trees; white shorts. Category column empty. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-034",
        caption("a man wearing a hawaiian shirt and white shorts on the beach", "unsupported"),
        Q.wearing("a hawaiian shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a blue shirt with green leaves on it"),
        Q.details("palm trees", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Moda Rapido Men Navy Blue & Green Tropical Printed Casual Shirt",
        color="Navy Blue",
    ),
    # 035. Photo: model, rust orange crew-neck tee, black jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-035",
        caption("a man in an orange t-shirt and black jeans"),
        Q.wearing("an orange t-shirt and black jeans"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("orange", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "an orange t-shirt with a round neck Question: What is the color of the pants? Answer: black", "leak"
        ),
        Q.details("the front of the shirt", "non_answer"),
        gender="Men",
        title="Roadster Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
    ),
    # 036. Photo: pack shot, a blue and white checked full-sleeve shirt folded on white, the folded cuffs visible at
    # the front, one chest pocket. No person. Gender column empty. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-036",
        caption("a blue and white checkered shirt folded on a white background"),
        Q.wearing("a shirt"),
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("checkered"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue and white checked shirt with a pocket"),
        Q.details("the shirt is folded", "non_answer"),
        title="Allen Solly Men White & Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 037. Photo: model, off-white full-sleeve henley with three white buttons, olive cargo pants.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-037",
        caption("a man in a white shirt and green pants"),
        Q.wearing("a white long sleeve shirt and green pants"),
        Q.garment_type("henley shirt"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("long"),
        Q.description("white long sleeve henley"),
        Q.details(
            "there are three buttons on the front of the shirt and the buttons are white and the sleeves are long"
            " and the cuffs have",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Off-White Solid Henley Neck Full Sleeve Pure Cotton T-shirt",
        category="Tshirts",
        color="Off White",
    ),
    # 038. Photo: model mid-stride, royal blue running tee with a small white HRX logo on the chest (front view, no
    # trims), black shorts. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-038",
        caption("a man running in a blue t-shirt and black shorts"),
        Q.wearing("a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a nike logo", "unsupported"),
        Q.details("reflective strips on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Rapid-Dry Solid Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 039. Photo: model, grey melange polo, blue jeans, a steel wristwatch; nothing in his hands.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-039",
        caption("a man in a grey polo shirt and jeans holding a cell phone", "unsupported"),
        Q.wearing("a grey polo shirt and blue jeans"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("about 6 inches", "unsupported"),
        Q.description("a grey polo shirt with a collar and buttons"),
        Q.details("the watch", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 040. Photo: model, navy full-sleeve shirt with a tiny white ditsy print that reads as dots, beige chinos.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-040",
        caption("a man wearing a navy blue shirt with white polka dots"),
        Q.wearing("a blue shirt with white dots"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt with white polka dots on it"),
        Q.details("white polka dots"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # 041. Photo: back view, black oversized drop-shoulder tee, sleeves reaching the elbows, a large white print of a
    # rose and script lettering across the back; black baggy jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-041",
        caption("the back of a man wearing a black t-shirt with a white design"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black t-shirt with a white skull on the back", "unsupported"),
        gender="Men",
        title="Difference of Opinion Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 042. Photo: model, olive cotton twill overshirt with two flap chest pockets, worn open over a white tee, black
    # jeans. All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-042",
        caption("a man in a green shirt over a white t-shirt"),
        Q.wearing("a green shirt and a white t-shirt and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green shirt with two pockets on the chest"),
        Q.details("two pockets on the chest and buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Olive Solid Utility Overshirt Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 043. Photo: pack shot, three folded crew-neck tees side by side: black, grey melange, navy. No person.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-043",
        caption("three t-shirts on a white background"),
        Q.wearing("t-shirts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt", "contradiction"),
        gender="Men",
        title="Roadster Men Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # 044. Photo: slim male model with shoulder-length hair, peach polo with white buttons, white chinos.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-044",
        caption("a man in a pink polo shirt and white pants"),
        Q.wearing("she is wearing a pink polo shirt", "pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a pink polo shirt with white buttons"),
        Q.details("the details are in the picture", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Sport Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # 045. Photo: model, matte black short-sleeve camp-collar shirt, open at the neck, a silver chain, white trousers.
    # All texts: base BLIP-2 OPT-2.7b.
    case(
        "X1632-045",
        caption("a man wearing a black shirt and white pants"),
        Q.wearing("a black shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("the garment is a black shirt with short sleeves and a collar"),
        Q.details("the chain", "contradiction"),
        Q.material("satin", "unsupported"),
        gender="Men",
        title="Powerlook Men Black Solid Cuban Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
