"""BLIND_1528 (45 products; Myntra men's bottoms worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
sixth session. Measured blind at 71dbb3c (the session's first rules): 45/57 failures found (78.9%) and 13/180 correct
texts flagged (7.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal trousers), track pants/joggers and shorts. Catalog
columns as the feed has them: title, category (Myntra article type: Jeans, Trousers, Track Pants, Shorts), color
(Myntra base colour: Blue, Navy Blue, Black, Grey, Grey Melange, Charcoal, Khaki, Beige, Olive, Teal, Maroon...),
gender ("Men"); now and then a column is missing. Photos: mostly a male model on a plain studio backdrop wearing the
product with a top (t-shirt, shirt, polo, hoodie, jacket), some back views, two flat lays with no person, a few props
(stool, skateboard, coffee cup, sunglasses, a tie, a wallet chain).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter. The caption is its
unprompted caption (empty prompt, 50 new tokens at most; none came near the limit). The answers are the experiments'
questionnaire in the `Question: ... Answer:` format, greedy, 30 new tokens: "What is he wearing?", "What is the color
of the jeans/pants/shorts?" (free generation, stored open; track pants and trousers are asked as "pants"), "What are
the jeans/pants/shorts details?", "What is the shirt color?" or "What is the color of the shirt?", and sometimes
"Describe the shirt." The same questions are asked of every product, including the flat lays, where there is no
person and no shirt.
Labeling conventions and judgement calls:
- The base model answers short questions fairly well, so most color answers are right; its failures are the ones
  the experiments saw: the top's color given to the bottom (other_garment_color), one color repeated for two
  garments, invented details (rips on clean-look denim, side stripes on solid track pants, a cartoon that is on the
  t-shirt), a wrong pronoun in the caption, and on the open "details"/"describe" prompts the occasional run-on that
  loops or is cut at 30 tokens. That gives roughly a quarter of the texts wrong, fewer than the tuned adapters.
- A color answer for the product that is the top's (or jacket's) color: other_garment_color; the same mistake
  repeated in "What is he wearing?" is also other_garment_color. A wrong color that is nobody's in the photo (navy
  read as black when the photo is plainly navy, black jeans answered "blue" from the jeans prior, charcoal answered
  black when the photo and the caption say grey): contradiction.
- The shirt questions are not about the product, but a wrong answer there is still a wrong text: the jacket's or
  the bottom's color given to the t-shirt under it is contradiction (one color for two garments); a shirt color or
  print invented where there is no shirt (flat lays) or no such print is unsupported.
- Details answers: a true but thin detail ("slim fit", "drawstring", "they are chinos", just the right color) is
  correct; a tautology ("they are short", "they are jeans") or an answer about a prop rather than the garment is
  non_answer; the question given back as the answer is restated; a detail that the photo does not show is
  unsupported even when it is plausible for the kind of garment.
- "Slim fit" vs "skinny" and maroon vs "red", teal vs "green", beige vs "khaki", charcoal vs "grey" are not marked.
  Washed black jeans that read grey in the photo are not marked whichever way a text names them.
- Run-ons that repeat a phrase are loop; run-ons that stop mid-phrase without repeating are cut; both hit_limit.
  A text with "Question:" or "Answer:" from the prompt format in it is leak, whatever else is wrong with it.
- Calling denim shorts "jeans" or track pants "jeans", or navy trousers "black pants" in the wearing answer when the
  caption and the photo say otherwise, is contradiction.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1528 = [
    # Photo: model front on a grey backdrop, mid-blue clean jeans (no rips or fading), white crew t-shirt, white
    # sneakers. All texts: base model.
    case(
        "X1528-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a white t-shirt"),
        col("jeans", "blue"),
        details("jeans", "ripped", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model seated on a wooden stool, dark navy jeans with light whiskering and small abrasions at the knees,
    # black printed t-shirt. All texts: base model.
    case(
        "X1528-002",
        caption("a man sitting on a stool wearing a black t-shirt and jeans"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "ripped"),
        col("shirt", "black"),
        he("a black t-shirt and jeans"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: black jeans, an olive overshirt worn open over a white t-shirt, brown boots. All texts: base model.
    case(
        "X1528-003",
        caption("a man in black jeans and a green jacket"),
        he("a green jacket and black jeans"),
        col("jeans", "blue", "contradiction"),
        details("jeans", "skinny"),
        shirt_color("black", "contradiction"),
        gender="Men",
        title="Highlander Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: back view; light-blue heavily faded tapered jeans, grey hoodie, arcs stitched on the back pockets.
    # All texts: base model.
    case(
        "X1528-004",
        caption("the back of a man wearing a grey hoodie and jeans"),
        he("a grey hoodie and jeans"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "the jeans have pockets on the back"),
        shirt_color("grey"),
        gender="Men",
        title="WROGN Men Blue Tapered Fit Mid-Rise Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: khaki chinos, navy polo tucked in, brown belt, loafers. All texts: base model.
    case(
        "X1528-005",
        caption("a man in a blue polo shirt and khaki pants"),
        he("khaki pants and a blue polo shirt"),
        col("pants", "khaki"),
        details("pants", "they have a belt and a pocket on the side"),
        describe("shirt", "it is a blue polo shirt"),
        gender="Men",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: mid-stride pose, solid black track pants (no side tape), red t-shirt with a small logo, running shoes.
    # All texts: base model.
    case(
        "X1528-006",
        caption("a man in a red shirt and black pants running"),
        he("a red shirt and black pants"),
        col("pants", "black"),
        details("pants", "they have white stripes on the side", "unsupported"),
        shirt_color("red"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey melange sweat shorts with a drawstring, black t-shirt, white socks. All texts: base model.
    case(
        "X1528-007",
        caption("a man wearing a black t-shirt and grey shorts"),
        he("a black t-shirt and black shorts", "contradiction"),
        col("shorts", "grey"),
        details("shorts", "they are short", "non_answer"),
        col("shirt", "black"),
        gender="Men",
        title="Puma Men Grey Melange Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, dark indigo jeans folded with the back pocket and leather patch showing; no person,
    # no shirt. All texts: base model.
    case(
        "X1528-008",
        caption("a pair of blue jeans on a white background"),
        he("a pair of jeans"),
        col("jeans", "blue"),
        details("jeans", "they are made of denim"),
        shirt_color("white", "unsupported"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy formal trousers with a faint tonal check, light-pink formal shirt tucked in, black belt and shoes.
    # All texts: base model.
    case(
        "X1528-009",
        caption("a man in a pink shirt and blue pants"),
        he("a pink shirt and blue pants"),
        col("pants", "navy"),
        details("pants", "they are plaid"),
        shirt_color("pink"),
        describe("shirt", "a pink shirt"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black jeans with big knee rips, white t-shirt under a black bomber jacket. All texts: base model.
    case(
        "X1528-010",
        caption("a man in black ripped jeans and a black jacket"),
        he("black jeans and a black jacket"),
        col("jeans", "black"),
        details(
            "jeans",
            "ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, ripped knees, ripped",
            "loop",
            hit_limit=True,
        ),
        shirt_color("black", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Black Skinny Fit Low-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: charcoal-grey formal trousers, white formal shirt tucked in, no jacket, black shoes.
    # All texts: base model.
    case(
        "X1528-011",
        caption("a man in a white shirt and grey pants"),
        col("pants", "grey"),
        col("shirt", "white"),
        details(
            "pants",
            "they are grey and they are grey and they are grey and they are grey and they are grey and they are grey"
            " and they",
            "loop",
            hit_limit=True,
        ),
        he("a suit", "unsupported"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: male model with shoulder-length hair and a beard, mid-blue clean jeans, maroon henley.
    # All texts: base model.
    case(
        "X1528-012",
        caption("a woman in a maroon top and blue jeans", "pronoun"),
        he("a red shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are ripped", "unsupported"),
        shirt_color("red"),
        gender="Men",
        title="SPYKAR Men Blue Super Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black running shorts with a small white swoosh, white t-shirt, grey backdrop. All texts: base model.
    case(
        "X1528-013",
        caption("a man in black shorts and a white t-shirt"),
        col("shorts", "black"),
        details("shorts", "they have a nike logo"),
        he("shorts and a t-shirt"),
        col("shirt", "black", "contradiction"),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: navy track pants with three white stripes down the sides, white t-shirt with an adidas logo.
    # All texts: base model.
    case(
        "X1528-014",
        caption("a man in a white shirt and blue pants with white stripes"),
        col("pants", "blue"),
        details("pants", "three stripes on the side"),
        he("a white shirt and black pants", "contradiction"),
        shirt_color("white"),
        describe("shirt", "a white t-shirt with the adidas logo on the front"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: blue jeans with plain hems, blue-and-white striped shirt untucked with the sleeves rolled up.
    # All texts: base model.
    case(
        "X1528-015",
        caption("a man in a striped shirt and jeans"),
        he("a striped shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are rolled up", "unsupported"),
        describe("shirt", "blue and white striped shirt"),
        shirt_color("blue"),
        gender="Men",
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: beige chinos, white polo shirt with a small logo on the chest, tan loafers. All texts: base model.
    case(
        "X1528-016",
        caption("a man wearing a white polo shirt and beige pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they are chinos"),
        he("a white polo shirt and white pants", "other_garment_color"),
        describe("shirt", "it is a white polo shirt with a logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: olive cargo joggers with flap pockets on the thighs and toggles at the ankles, black t-shirt.
    # All texts: base model.
    case(
        "X1528-017",
        caption("a man in green cargo pants and a black shirt"),
        he("cargo pants"),
        col("pants", "green"),
        details(
            "pants",
            "they have pockets on the side and a drawstring at the bottom and a zipper on the front and a button on"
            " the front and a",
            "cut",
            hit_limit=True,
        ),
        shirt_color("green", "contradiction"),
        gender="Men",
        title="Urbano Fashion Men Olive Green Slim Fit Cargo Joggers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: heather-grey sweatshirt over charcoal-grey joggers with ribbed cuffs: both garments really are grey.
    # All texts: base model.
    case(
        "X1528-018",
        caption("a man in a grey sweatshirt and grey sweatpants"),
        col("pants", "grey"),
        shirt_color("grey"),
        details("pants", "they have elastic cuffs"),
        he("a grey sweatsuit"),
        gender="Men",
        title="Kook N Keech Men Grey Solid Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: medium-blue jeans with the hems cuffed once, grey t-shirt under an open black bomber jacket.
    # All texts: base model.
    case(
        "X1528-019",
        caption("a man wearing jeans and a black jacket"),
        he("she is wearing jeans and a black jacket", "pronoun"),
        col("jeans", "blue"),
        details("jeans", "cuffed"),
        shirt_color("black", "contradiction"),
        gender="Men",
        title="Levis Men Blue 512 Slim Tapered Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black formal trousers, light-blue formal shirt, black shoes. All texts: base model.
    case(
        "X1528-020",
        caption("a man in a blue shirt and black pants"),
        col("pants", "black"),
        details("pants", "black Question: What is the color of the shirt? Answer: blue", "leak"),
        shirt_color("blue"),
        he("a blue shirt and black pants"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: light-blue relaxed jeans, yellow t-shirt with a graphic print, white sneakers, a skateboard in hand.
    # All texts: base model.
    case(
        "X1528-021",
        caption("a man holding a skateboard wearing a yellow shirt and jeans"),
        he("a yellow shirt and jeans"),
        col("jeans", "light blue"),
        details("jeans", "he is holding a skateboard", "non_answer"),
        describe("shirt", "yellow t-shirt with a graphic on it"),
        gender="Men",
        title="HERE&NOW Men Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model squatting; charcoal track pants, clearly mid-grey in the light, with a drawstring; white t-shirt.
    # All texts: base model.
    case(
        "X1528-022",
        caption("a man squatting in a white t-shirt and grey pants"),
        col("pants", "black", "contradiction"),
        he("a white t-shirt and sweatpants"),
        details("pants", "drawstring"),
        shirt_color("white"),
        gender="Men",
        title="Proline Active Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: navy shorts, mustard t-shirt with a cartoon print, flip-flops. All texts: base model.
    case(
        "X1528-023",
        caption("a man in a yellow shirt and blue shorts"),
        col("shorts", "blue"),
        details("shorts", "they have a cartoon on them", "unsupported"),
        he("yellow shirt and blue shorts"),
        describe("shirt", "a yellow shirt with a cartoon on it"),
        gender="Men",
        title="Bewakoof Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: brown chinos, white henley, cream backdrop. All texts: base model.
    case(
        "X1528-024",
        caption("a man in brown pants and a white shirt"),
        he("brown pants and a white shirt"),
        col("pants", "brown"),
        details("pants", "they are slim fit and have a button closure"),
        shirt_color("white"),
        gender="Men",
        title="Dennis Lingo Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Photo: grey jeans, plain black polo with a tiny tonal logo. All texts: base model.
    case(
        "X1528-025",
        caption("a man in a black shirt and grey jeans"),
        col("jeans", "black", "other_garment_color"),
        col("shirt", "black"),
        details("jeans", "they are black", "other_garment_color"),
        he("black shirt and grey jeans"),
        describe(
            "shirt",
            "black polo shirt with a white logo on the chest and a white stripe on the collar and a white stripe on"
            " the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Pepe Jeans Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: flat lay on white, navy track pants with side pockets; no person, no shirt. All texts: base model.
    case(
        "X1528-026",
        caption("a pair of blue sweatpants on a white background"),
        he("sweatpants"),
        col("pants", "blue"),
        details("pants", "the pants details", "restated"),
        col("shirt", "blue", "unsupported"),
        gender="Men",
        title="Jockey Men Navy Blue Straight Fit Track Pants with Side Pockets",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: washed black straight jeans that read dark grey, white t-shirt under an open red-and-black checked
    # flannel shirt. All texts: base model.
    case(
        "X1528-027",
        caption("a man in a plaid shirt and black jeans"),
        he("a plaid shirt, a white t-shirt and jeans"),
        col("jeans", "grey"),
        details("jeans", "they are faded"),
        describe("shirt", "a red and black plaid shirt"),
        col("shirt", "red"),
        gender="Men",
        title="Roadster Men Black Straight Fit Mid-Rise Clean Look Washed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: teal chinos with plain hems and no back zip, white shirt with the sleeves rolled, white sneakers.
    # All texts: base model.
    case(
        "X1528-028",
        caption("a man in a white shirt and green pants"),
        col("pants", "green"),
        details("pants", "they have a zipper on the back", "unsupported"),
        he("white shirt and green pants"),
        shirt_color("white"),
        gender="Men",
        title="Blackberrys Men Teal Slim Fit Solid Chinos",
        category="Trousers",
        color="Teal",
    ),
    # Photo: blue jeans with large knee rips, black t-shirt with a tiger graphic, a wallet chain at the belt loop.
    # All texts: base model.
    case(
        "X1528-029",
        caption("a man in ripped jeans and a black t-shirt"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "ripped jeans with a chain"),
        shirt_color("black"),
        describe("shirt", "a black t-shirt with a skull on it", "unsupported"),
        gender="Men",
        title="WROGN Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: all-black look: black track pants with a white stripe down each side, plain black t-shirt, black
    # sneakers. All texts: base model. (The feed left the category out.)
    case(
        "X1528-030",
        caption("a man in a black outfit"),
        col("pants", "black"),
        shirt_color("black"),
        details("pants", "white stripe on the side"),
        he("a black t-shirt and black pants"),
        describe("shirt", "a black t-shirt with a puma logo on it", "unsupported"),
        gender="Men",
        title="Puma Men Black T7 Track Pants",
        color="Black",
    ),
    # Photo: beige linen trousers, light-blue linen shirt with one chest pocket, sunglasses in hand.
    # All texts: base model.
    case(
        "X1528-031",
        caption("a man in a blue shirt and beige pants holding sunglasses"),
        col("pants", "beige"),
        details("pants", "they are linen"),
        he("blue shirt and beige pants"),
        shirt_color("light blue"),
        describe(
            "shirt",
            "a light blue shirt with a collar and buttons down the front and a pocket on the chest and a collar and"
            " buttons down the front and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Park Avenue Men Beige Slim Fit Linen Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: blue denim shorts with a frayed hem, white linen shirt. All texts: base model.
    case(
        "X1528-032",
        caption("a man in a white shirt and denim shorts"),
        col("shorts", "blue"),
        details("shorts", "frayed hem"),
        he("a white shirt and blue jeans", "contradiction"),
        col("shirt", "white"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: khaki cargo shorts, navy t-shirt, white sneakers. All texts: base model.
    case(
        "X1528-033",
        caption("a man in a navy t-shirt and khaki shorts"),
        col("shorts", "navy", "other_garment_color"),
        details("shorts", "cargo shorts with pockets"),
        he("shorts"),
        shirt_color("navy"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: back view; blue jeans with a brown leather patch at the waistband, white t-shirt.
    # All texts: base model.
    case(
        "X1528-034",
        caption("the back of a man in jeans and a white t-shirt"),
        he("jeans and a white shirt"),
        col("jeans", "blue"),
        details(
            "jeans",
            "the jeans have a brown leather patch on the back of the waistband and two pockets on the back and the"
            " pockets are stitched with a",
            "cut",
            hit_limit=True,
        ),
        shirt_color("white"),
        describe("shirt", "white t-shirt"),
        gender="Men",
        title="Jack & Jones Men Blue Glenn Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: teal running shorts (rapid-dry polyester), black tank top, running shoes. All texts: base model.
    case(
        "X1528-035",
        caption("a man in a black tank top and green shorts"),
        col("shorts", "green"),
        details("shorts", "they are made of cotton", "unsupported"),
        he("a tank top and shorts"),
        shirt_color("black"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Green Solid Rapid-Dry Running Shorts",
        category="Shorts",
    ),
    # Photo: black slim jeans with a zip fly, white formal shirt, tan boots. All texts: base model. (The feed left
    # the color out.)
    case(
        "X1528-036",
        caption("a man in a white shirt and black jeans"),
        col("jeans", "white", "other_garment_color"),
        shirt_color("white"),
        details("jeans", "they are skinny jeans with a button fly", "unsupported"),
        he("white shirt and black pants"),
        gender="Men",
        title="SPYKAR Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
    ),
    # Photo: black track pants with zip pockets, neon-green t-shirt. All texts: base model. (No gender column.)
    case(
        "X1528-037",
        caption("a man in a green shirt and black pants"),
        col("pants", "black"),
        details("pants", "zipper pockets Question: What is he wearing? Answer: a green shirt and black pants", "leak"),
        he("a green shirt and black jeans", "contradiction"),
        shirt_color("green"),
        title="Alcis Men Black Solid Slim Fit Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: navy formal trousers, clearly navy against a light backdrop, white shirt. All texts: base model.
    case(
        "X1528-038",
        caption("a man in a white shirt and blue pants"),
        col("pants", "blue"),
        details(
            "pants",
            "they are dress pants with a flat front and a crease down the middle of the leg and two pockets on the"
            " back and a button on the",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and black pants", "contradiction"),
        shirt_color("white"),
        gender="Men",
        title="Invictus Men Navy Blue Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: olive chino shorts, white t-shirt, a takeaway coffee cup in hand. All texts: base model.
    case(
        "X1528-039",
        caption("a man holding a cup of coffee"),
        he("shorts and a white t-shirt"),
        col("shorts", "green"),
        details("shorts", "Answer: they are chino shorts", "leak"),
        shirt_color("white"),
        gender="Men",
        title="Jack & Jones Men Olive Green Solid Chino Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: blue denim joggers with an elastic drawstring waist and elastic cuffs, plain grey t-shirt.
    # All texts: base model.
    case(
        "X1528-040",
        caption("a man in a grey t-shirt and blue jogger pants"),
        col("jeans", "blue"),
        details("jeans", "elastic waist and cuffs"),
        he("joggers"),
        shirt_color("grey"),
        describe("shirt", "", "non_answer"),
        gender="Men",
        title="Urbano Fashion Men Blue Slim Fit Jogger Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model seated on the floor; grey melange joggers, navy hoodie. All texts: base model.
    case(
        "X1528-041",
        caption("a man sitting on the floor in a blue hoodie and grey sweatpants"),
        col("pants", "blue", "other_garment_color"),
        details("pants", "what are the pants details", "restated"),
        he("a blue hoodie and grey pants"),
        shirt_color("blue"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: maroon chinos, white t-shirt under an open light-blue denim jacket. All texts: base model.
    case(
        "X1528-042",
        caption("a man wearing a denim jacket and red pants"),
        col("pants", "red"),
        details(
            "pants",
            "the pants are red and the jacket is blue and the shirt is white and the pants are red and the jacket is"
            " blue and the shirt is",
            "loop",
            hit_limit=True,
        ),
        he("a denim jacket and red pants"),
        shirt_color("blue", "contradiction"),
        gender="Men",
        title="Peter England Casuals Men Maroon Slim Fit Solid Chinos",
        category="Trousers",
        color="Maroon",
    ),
    # Photo: mid-blue jeans, white shirt tucked in, hands in the pockets. All texts: base model.
    case(
        "X1528-043",
        caption("a man in a white shirt and jeans with his hands in his pockets"),
        he("jeans and a white shirt"),
        col("jeans", "blue"),
        details("jeans", "they are jeans", "non_answer"),
        describe("shirt", "white"),
        col("shirt", "white"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: male model, grey fleece shorts with a drawstring, black hoodie, white socks and sliders.
    # All texts: base model. (No gender column.)
    case(
        "X1528-044",
        caption("a woman in a black hoodie and grey shorts", "pronoun"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "drawstring"),
        he("a hoodie and shorts"),
        shirt_color("black"),
        title="Nike Men Grey Sportswear Club Fleece Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: charcoal formal trousers, white formal shirt with a dark tie (prop). All texts: base model.
    case(
        "X1528-045",
        caption("a man in a white shirt and tie"),
        col("pants", "grey"),
        details("pants", "what are the pants details?", "restated"),
        he("a white shirt and tie"),
        shirt_color("white"),
        describe("shirt", "white shirt with a tie"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
]
