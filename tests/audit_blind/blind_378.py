"""BLIND_378 (46 products; men's everyday, ethnic, winter and innerwear catalog, model shots): written blind in the
forty-fifth session. Measured blind at 00e4e2c (the session's rules as they stood): 90/109 failures found (82.6%) and
3/139 correct texts flagged (2.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog drawn at random from a night's run: tshirts (solid, striped, graphic, polo,
henley, a pack of three), shirts (formal, flannel check, floral, pinstripe, utility), jeans, chinos and formal
trousers, track pants and joggers, shorts, kurtas and kurta sets (with a Nehru jacket, with churidar), sweatshirts and
hoodies, jackets (biker, bomber, denim, puffer, corduroy), innerwear (vests, briefs, trunks, boxers) and nightwear.
Model shots, mostly front views on plain studio backdrops, some with a wall, a curtain, a bed, a desk, a plant or a
garden behind; most models wear a second garment (jeans under a tee, a tee under a jacket, a shirt over chinos). The
feed's columns are title, category, color and gender; a few rows miss the gender, and packs carry "Assorted" or "Multi".

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes the short lowercase captions and answers ("a man in
a blue t-shirt and jeans") and stops on its own (never hit_limit), though it sometimes stops early or runs on into a
new "Question: ... Answer:". The caption adapter (DeepFashion template, no end token) wrote the captions and answers
the comments name; it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and returns its
template whatever it is asked. The VQA adapter (Data3_V3, one epoch, no end token) answered some of the experiments'
questions where the comments say so: stored open, it repeats one word to its limit. The closed questions
(garment_type, color, pattern, sleeve_length, color of the top / bottom / shirt / jeans / shorts, "Is this a ...?")
are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut. "What is he wearing?"
is the experiments' question; the default questionnaire's "Describe the garment." and the rest are asked as well.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, light blue or a light wash, red for maroon, green for
  olive or sea green, yellow for mustard, grey or gray for grey melange, beige or tan for khaki, white for cream, brown
  for rust. A hue the product does not have (the wall, the curtain, the print or stripe color given as the
  garment's color) is contradiction; the color of the other garment worn in the photo (the tee under the jacket, the
  jeans under the hoodie, the kurta's color for the white pyjama) given to the product or to the other piece is
  other_garment_color, for closed and open answers alike.
- Garment synonyms are correct: tank top for an innerwear vest, underwear for briefs or trunks, shorts for woven
  boxers, hoodie or sweater for a sweatshirt, vest for a Nehru jacket, pajamas for a night suit or lounge pants, shirt
  for a t-shirt in "what is he wearing", jean jacket for a denim jacket. Briefs called boxer shorts or trunks, jeans
  for denim shorts or chinos, track pants for lounge pants, a suit for a shirt and trousers, a sherwani or a shirt for
  a kurta, "no" to "Is this a kurta?", a t-shirt for a sleeveless vest, a jacket for a front-open hooded sweatshirt,
  short sleeves for long or no sleeves, and a checked or solid pattern for plain trousers or a pinstriped shirt
  are contradiction.
- Materials: one the title names is correct (faux leather answered "leather" too); a plausible guess for a fabric
  the title does not name (polyester for shiny track pants) is correct; a material the title contradicts (polyester
  for a pure cotton polo or night suit, silk for velvet, suede for corduroy) is contradiction; one added to the
  title's (spandex) is unsupported, and so is leather for a plain nylon-look bomber. A material question answered
  with the garment's name ("chinos", "gray shorts") is restated; an empty one or "fabric" is non_answer; "it is made
  of" or "they are" with nothing after it is cut (early stop, no hit_limit).
- Invented items not in the photo (a tie, a belt, a chain, a hat, sunglasses, a necklace, a fur collar, a hood, a
  chest pocket, a zipper on a pullover) are unsupported. A solid track pant with side taping answered "solid" and a
  caption mentioning the white stripes are both correct.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated. An adapter caption that opens "The lady wears" for a man is
  pronoun (the first thing the auditor sees), hit_limit kept. The VQA adapter's one word repeated to the limit is loop.
- A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right. "she"
  or "a woman" for a man is pronoun. "the details of the kurta" and "the shorts have details" are non_answer; "a shirt"
  for "Describe the shirt." is restated.
- Packs: "Assorted" or "Multi" seller colors make any one pack color the photo shows correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_top_open = question("color_top", "What is the color of the top?", "open")
color_bottom_open = question("color_bottom", "What is the color of the bottom?", "open")


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_378 = [
    # photo: man in a navy blue solid round-neck tee, blue jeans, plain grey backdrop, front view.
    # adapter: none
    case(
        "X378-001",
        caption("a man in a black t-shirt and jeans", "contradiction"),
        he("a blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("navy"),
        D.material("cotton"),
        title="Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white tee with a black skull print on the chest, black joggers, no chain, white backdrop.
    # caption: adapter
    case(
        "X378-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he(
            "a white t-shirt with a skull on it and black pants with a chain",
            "unsupported",
        ),
        color_top("white"),
        color_bottom("white", "other_garment_color"),
        D.pattern("graphic"),
        D.material("cotton"),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a maroon polo tee (no chest pocket), beige chinos, standing beside a potted plant, wooden floor.
    # adapter: none
    case(
        "X378-003",
        caption("a man in a red polo shirt standing next to a plant"),
        he("a red polo shirt and khaki pants"),
        D.color("maroon"),
        D.details("it has a collar and buttons and a pocket", "unsupported"),
        D.material("polyester", "contradiction"),
        title="Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a light blue full-sleeve formal shirt tucked into navy trousers, no tie, white backdrop.
    # adapter: none; color of the top: VQA adapter
    case(
        "X378-004",
        caption("a man in a light blue shirt and dark blue pants"),
        he("a blue shirt and a tie", "unsupported"),
        color_top_open(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        describe("shirt", "it is a light blue formal shirt"),
        title="Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an open red-and-black buffalo check flannel shirt over a black tee, blue jeans, grey backdrop.
    # caption, details: adapter
    case(
        "X378-005",
        caption(
            "This gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a red and black plaid shirt"),
        D.color("red"),
        D.pattern("checked"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and lattice patterns. Its",
            "loop",
            hit_limit=True,
        ),
        D.material("flannel"),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white short-sleeve shirt with a small blue floral print, beige shorts, pale sand backdrop.
    # adapter: none
    case(
        "X378-006",
        caption("a man in a white shirt with blue flowers on it"),
        he("a white shirt and white shorts", "other_garment_color"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.material("linen"),
        title="Men White & Blue Floral Printed Linen Blend Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in dark blue slim jeans, a white tee, white sneakers, grey backdrop, full length, front view.
    # adapter: none
    case(
        "X378-007",
        caption("a man in a white t-shirt and jeans"),
        he("a white shirt and blue jeans"),
        D.garment_type("jeans"),
        color_bottom("white", "other_garment_color"),
        details("jeans", "jeans", "non_answer"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down view (no head in frame) of black skinny jeans ripped at both knees, grey hoodie hem, sneakers.
    # caption: adapter
    case(
        "X378-008",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The gentleman wears a long pants. The pants are with denim fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        he("black jeans and a gray sweatshirt and a hat", "unsupported"),
        color_of("jeans", "black"),
        D.details("ripped knees"),
        is_a("pair of jeans", "yes"),
        title="Men Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive chinos, a white shirt tucked in, a brown belt, grey backdrop, front view.
    # color of the bottom: VQA adapter
    case(
        "X378-009",
        caption("a man in a white shirt and green pants"),
        he("a white shirt and green pants with a brown belt"),
        color_bottom_open(
            "green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("chinos", "restated"),
        title="Men Olive Green Slim Fit Chinos Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey formal trousers, a light pink shirt tucked in, black shoes, white backdrop.
    # adapter: none
    case(
        "X378-010",
        caption("a man in a pink shirt and grey pants"),
        he("a gray suit", "contradiction"),
        D.description(
            "a pair of gray pants Question: what is the color of the shirt? Answer: pink",
            "leak",
        ),
        color_bottom("grey"),
        D.pattern("checked", "contradiction"),
        title="Men Grey Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in black track pants with a white tape down each side, black tee, white backdrop, front view.
    # adapter: none
    case(
        "X378-011",
        caption("a man in a black shirt and black pants with white stripes"),
        he("black pants and a black shirt"),
        D.garment_type("track pants"),
        D.pattern("solid"),
        D.details("white stripes on the sides"),
        D.material("polyester"),
        title="Men Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy joggers and a grey melange sweatshirt, standing against a red brick wall, front view.
    # what is he wearing: adapter
    case(
        "X378-012",
        caption("a man in a grey sweatshirt and blue pants standing in front of a brick wall"),
        he(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman",
            "cut",
            hit_limit=True,
        ),
        color_bottom("grey", "other_garment_color"),
        D.color("red", "contradiction"),
        D.garment_type("track pants"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in khaki cargo shorts with side pockets, a white tee, no belt, white backdrop.
    # adapter: none
    case(
        "X378-013",
        caption("a man in a white t-shirt and khaki shorts"),
        he("a white shirt and tan shorts"),
        color_of("shorts", "white", "other_garment_color"),
        D.details("pockets on the sides and a belt", "unsupported"),
        D.material("", "non_answer"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in blue denim shorts and an open multicolor palm-print Hawaiian shirt, white backdrop.
    # adapter: none
    case(
        "X378-014",
        caption("a man in a hawaiian shirt and shorts"),
        he("a blue shirt and jeans", "contradiction"),
        color_of("shorts", "blue"),
        D.pattern("floral", "contradiction"),
        D.material("denim"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white chikankari-embroidered straight kurta and white pyjama, beige wall behind, front view.
    # adapter: none
    case(
        "X378-015",
        caption("a man in a white kurta standing in front of a wall"),
        he("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.details("embroidery on the front"),
        D.material("it is made of", "cut"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard yellow mandarin-collar kurta, white churidar, cream backdrop, front view.
    # caption: adapter
    case(
        "X378-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The",
            "pronoun",
            hit_limit=True,
        ),
        he("a yellow kurta"),
        is_a("kurta", "yes"),
        D.color("orange", "contradiction"),
        describe("kurta", "it is a long yellow kurta with a mandarin collar"),
        title="Men Mustard Yellow Solid Mandarin Collar Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: long-haired man in a navy kurta with small white motifs, beige pyjama, grey backdrop, front view.
    # adapter: none
    case(
        "X378-017",
        caption("a woman in a blue kurta", "pronoun"),
        he("she is wearing a blue kurta", "pronoun"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.material("cotton Question: what is the color of the pants? Answer: white", "leak"),
        title="Men Navy Blue Ethnic Motifs Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon velvet kurta with gold embroidery at the collar and placket, cream pyjama, front view.
    # adapter: none
    case(
        "X378-018",
        caption("a man in a red kurta and white pants"),
        he("a red and gold kurta"),
        color_top("maroon"),
        color_bottom("maroon", "other_garment_color"),
        D.material("silk", "contradiction"),
        D.details("gold embroidery on the collar"),
        title="Men Maroon Embroidered Velvet Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a sky blue kurta, white pyjama and a navy printed Nehru jacket, white backdrop, front view.
    # description: adapter
    case(
        "X378-019",
        caption("a man in a blue kurta and a vest"),
        he("a blue shirt and blue pants", "other_garment_color"),
        color_top("blue"),
        color_bottom("white"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        title="Men Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black kurta and black pyjama, standing before a red velvet curtain, no jewelry.
    # adapter: none
    case(
        "X378-020",
        caption("a man in a black kurta standing in front of a red curtain"),
        he("a black kurta and black pants with a gold necklace", "unsupported"),
        color_top("black"),
        color_bottom("black"),
        D.color("red", "contradiction"),
        D.details("the details of the kurta", "non_answer"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange hoodie with a kangaroo pocket, black jeans, white backdrop, pullover, no zip.
    # adapter: none (the color of the bottom asked open, base model)
    case(
        "X378-021",
        caption("a man in a gray hoodie and black jeans"),
        he("a grey hoodie"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        color_bottom_open("gray", "other_garment_color"),
        D.details("a hood and a pocket in the front and a zipper", "unsupported"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an olive sweatshirt with "BROOKLYN" printed in white on the chest, beige chinos, front view.
    # caption, details, material: adapter
    case(
        "X378-022",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he("a green sweatshirt with the word brooklyn on it"),
        D.color("green"),
        D.pattern("printed"),
        D.details(
            "The sweater is with cotton fabric and graphic patterns. It has a crew neckline. The sweater is with "
            "cotton fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy crew-neck sweatshirt with a red and white band across the chest, grey joggers.
    # what is he wearing: VQA adapter
    case(
        "X378-023",
        caption("a man in a blue sweater with red and white stripes"),
        he(
            "sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater-sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.pattern("color block"),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black faux leather biker jacket over a white tee, blue jeans, grey backdrop, no hood.
    # adapter: none
    case(
        "X378-024",
        caption("a man in a black leather jacket and jeans"),
        he("a black jacket and a white shirt"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        D.details("a zipper on the front and a hood", "unsupported"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in an open olive bomber jacket with a sleeve pocket, black tee, black trousers, white backdrop.
    # caption, details: adapter
    case(
        "X378-025",
        caption(
            "This gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. Its neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        he("a green jacket and black pants"),
        D.color("olive"),
        D.material("leather", "unsupported"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. Its neckline is stand. The jacket is with "
            "cotton fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a blue washed denim jacket over a grey hoodie, black jeans, white backdrop; plain denim collar.
    # adapter: none
    case(
        "X378-026",
        caption("a man in a denim jacket and a gray hoodie"),
        he("a blue jean jacket and a hoodie"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.description("a blue denim jacket with a fur collar", "unsupported"),
        D.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a navy hooded quilted puffer jacket, zipped, grey track pants, no sunglasses.
    # what is he wearing, color of the top: VQA adapter
    case(
        "X378-027",
        caption("a man in a blue puffer jacket and sunglasses", "unsupported"),
        he(
            "jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket-jacket",
            "loop",
            hit_limit=True,
        ),
        color_top_open(
            "blue and blue and blue and blue and blue and blue and blue and blue and blue and blue and",
            "loop",
            hit_limit=True,
        ),
        color_bottom("grey"),
        title="Men Navy Blue Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: torso shot of a man in a white sleeveless cotton vest and grey trunks, white backdrop.
    # adapter: none
    case(
        "X378-028",
        caption("a man in a white tank top"),
        he("a white tank top and gray underwear"),
        D.garment_type("t-shirt", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Men Pack of 2 White Solid Pure Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: torso-to-thigh shot of a man in navy briefs with a black branded waistband with white letters.
    # adapter: none
    case(
        "X378-029",
        caption("a man in blue underwear"),
        he("blue boxer shorts", "contradiction"),
        D.garment_type("trunks", "contradiction"),
        D.color("blue"),
        D.details("a black waistband with white letters"),
        title="Men Pack of 3 Solid Briefs",
        category="Briefs",
        color="Assorted",
        gender="Men",
    ),
    # photo: torso-to-thigh shot of a man in black trunks and a white tank vest, white backdrop.
    # caption: adapter
    case(
        "X378-030",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. The "
            "shorts this gentleman wears is of short length. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("black underwear"),
        D.color("white", "other_garment_color"),
        D.garment_type("trunks"),
        D.material("cotton and spandex", "unsupported"),
        title="Men Black Solid Cotton Trunks",
        category="Trunks",
        color="Black",
        gender="Men",
    ),
    # photo: man sitting on a bed in blue and white checked woven boxers and a grey tee, bedroom backdrop.
    # adapter: none
    case(
        "X378-031",
        caption("a man sitting on a bed in a gray shirt and plaid shorts"),
        he(
            "a gray t-shirt and plaid shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.garment_type("shorts"),
        D.color("grey", "other_garment_color"),
        D.pattern("checked"),
        title="Men Blue & White Checked Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # photo: man in a night suit: light grey printed tee and navy checked pyjama, white backdrop, front view.
    # adapter: none
    case(
        "X378-032",
        caption("a man in a gray t-shirt and plaid pajama pants"),
        he("pajamas"),
        color_top("navy", "other_garment_color"),
        color_bottom("navy"),
        D.description("a gray shirt and blue plaid pants"),
        D.material("polyester", "contradiction"),
        title="Men Grey & Navy Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: man in maroon drawstring lounge pants and a white tee, bedroom backdrop with a lamp, front view.
    # caption: adapter
    case(
        "X378-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a white t-shirt and red pajama pants"),
        color_bottom("red"),
        D.garment_type("track pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("a drawstring at the waist"),
        title="Men Maroon Solid Lounge Pants",
        category="Lounge Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard and white horizontally striped tee, blue jeans, no belt, white backdrop.
    # color of the top: VQA adapter
    case(
        "X378-034",
        caption("a man in a yellow and white striped shirt"),
        he("a yellow striped t-shirt and blue jeans with a white belt", "unsupported"),
        color_top_open(
            "yellow white yellow white yellow white yellow white yellow white yellow white yellow white yellow white",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Mustard Yellow & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: back view of a man in a black oversized tee with a large white dragon print on the back, grey backdrop.
    # adapter: none
    case(
        "X378-035",
        caption("the back of a man wearing a black t-shirt with a white print"),
        he("a black shirt"),
        D.color("black"),
        D.description(
            "a black t-shirt Question: what is the print on the back? Answer: a dragon",
            "leak",
        ),
        D.material("cotton"),
        title="Men Black Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive long-sleeve utility shirt with two chest flap pockets, open over a white tee, black
    # jeans; sleeves down. adapter: none
    case(
        "X378-036",
        caption("a man in a green shirt and black pants"),
        he("a green shirt with pockets"),
        color_of("shirt", "white", "other_garment_color"),
        details("shirt", "two pockets on the chest and buttons"),
        describe("shirt", "a shirt", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Olive Solid Casual Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man seated at an office desk in a black shirt with thin white pinstripes, black trousers.
    # adapter: none
    case(
        "X378-037",
        caption("a man in a black and white striped shirt sitting at a desk"),
        he("a black shirt and black pants"),
        D.color("white", "contradiction"),
        D.pattern("solid", "contradiction"),
        details("shirt", "the shirt has a collar and", "cut"),
        title="Men Black & White Pinstriped Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in light blue faded straight jeans and a navy polo tee, white backdrop, full length.
    # adapter: none
    case(
        "X378-038",
        caption("a man in a blue shirt and jeans"),
        he("blue jeans and a blue shirt"),
        color_of("jeans", "navy", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("they are", "cut"),
        D.material("jeans", "restated"),
        title="Men Blue Straight Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in beige pleated trousers and a black turtleneck sweater, white backdrop, front view.
    # what is he wearing: adapter
    case(
        "X378-039",
        caption("a man in a black sweater and beige pants"),
        he(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a turtle neckline. The trousers this",
            "cut",
            hit_limit=True,
        ),
        color_bottom("beige"),
        D.color("black", "other_garment_color"),
        D.details("pleats on the front"),
        title="Men Beige Relaxed Fit Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in grey melange sweat shorts and a black tank top, gym backdrop with dumbbells on a rack.
    # adapter: none
    case(
        "X378-040",
        caption("a man in a black tank top and gray shorts in a gym"),
        he("a black tank top and gray shorts"),
        color_of("shorts", "black", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("the shorts have details", "non_answer"),
        D.material("gray shorts", "restated"),
        title="Men Grey Melange Solid Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a sea green kurta with white thread work at the collar, white pyjama, garden with trees behind.
    # caption: adapter
    case(
        "X378-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        he("a green kurta"),
        D.color("green"),
        D.garment_type("shirt", "contradiction"),
        D.description("a light green kurta with white embroidery"),
        title="Men Sea Green Thread Work Pure Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # photo: man in a cream silk-blend knee-length kurta and beige churidar, light backdrop, front view.
    # adapter: none
    case(
        "X378-042",
        caption("a man in a white sherwani", "contradiction"),
        he("she is wearing a white kurta", "pronoun"),
        color_top("cream"),
        color_bottom("beige"),
        is_a("kurta", "no", "contradiction"),
        D.material("silk"),
        title="Men Cream-Coloured Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man, hands in pockets, in a black zip-front hooded sweatshirt, open over a white tee, grey joggers.
    # adapter: none
    case(
        "X378-043",
        caption("a man in a black hoodie and gray sweatpants"),
        he("a black hoodie with a white shirt underneath"),
        D.garment_type("jacket", "contradiction"),
        D.color("black"),
        D.details("she has her hands in her pockets", "pronoun"),
        title="Men Black Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a rust brown corduroy trucker jacket over a cream knit sweater, blue jeans, grey backdrop, no hood.
    # description: VQA adapter
    case(
        "X378-044",
        caption("a man in a brown jacket and a white sweater"),
        he("a brown jacket and jeans"),
        D.color("brown"),
        D.material("suede", "contradiction"),
        D.description(
            "a brown jacket with a white shirt and blue jeans and a white shirt and blue jeans and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        D.details("buttons on the front and two pockets and a hood", "unsupported"),
        title="Men Rust Brown Corduroy Trucker Jacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a black round-neck tee; an inset shows the pack's folded white and olive tees, white backdrop.
    # adapter: none
    case(
        "X378-045",
        caption("a man in a black t-shirt with two other t-shirts"),
        he("a black t-shirt"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.description("three t-shirts in black, white and green"),
        D.material("cotton"),
        title="Men Pack of 3 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a white full-sleeve henley tee with a three-button placket, blue jeans, no chest pocket.
    # adapter: none
    case(
        "X378-046",
        caption("a man in a white long sleeve shirt and jeans"),
        he(
            "a white shirt and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details("three buttons at the neck and a pocket on the chest", "unsupported"),
        title="Men White Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
