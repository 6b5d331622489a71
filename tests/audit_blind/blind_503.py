"""BLIND_503 (46 products; Myntra men's casual night: checked, printed, solid and denim shirts, polos, chinos, jeans):
written blind in the forty-ninth session. Measured blind at e1d7346 (the session's rules as they stood): 104/119
failures found (87.4%) and 7/148 correct texts flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of men's casual wear: casual shirts in checks (gingham, tartan, buffalo,
plaid), prints (tropical, floral, paisley, motifs, geometric) and solids (cotton, linen, corduroy), denim and
chambray shirts, polo collar t-shirts, chinos, jeans and shorts. Every photo shows a male model wearing other clothes
too (blue jeans under a shirt, a white tee under chinos, a shirt left open over a tee), on studio backdrops, brick or
painted walls, a pool side or beside a bicycle. Each row has the seller's title, category, color and gender; a few
rows miss the gender or the color, as real feeds do. The questions are the experiments' own ("What is he wearing?",
"What is the color of the shirt / pants / jeans / shorts?", "Describe the shirt.", "What are the shirt / pants /
jeans / shorts details?"), the material question and the closed garment_type, color, pattern and sleeve_length, plus
a few yes/no "Is this a ...?".

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a plaid shirt and jeans"), which stops on its own and never has hit_limit, unless the comment above the case
names an adapter. The caption adapter (epoch 1, `Data2_V2_BLIP2_Finetune_Caption_First_Epoch`) writes the
DeepFashion template ("The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton
fabric. It has a lapel neckline. ...") with no hue names, runs to its limit (50 new tokens for captions, 30 for
answers, hit_limit=True) and returns the template to any question. The VQA adapter (`Data3_V3_BLIP2_VQA`) gives the
short In-shop answer ("shirt", "grey") and never stops: it repeats the answer ("red red red ...",
"black-black-black...") or runs on into the next "Question: ... Answer: ..." of its training format, to the 30-token
limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions unless their
comment names a free-generating model, and "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut. A per-piece color question answered in free generation is stored open.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or teal blue; green for olive, sea green or
  teal; red for maroon; yellow for mustard; orange for rust; purple for lavender; grey for charcoal or melange;
  white for cream or off white; khaki, tan or beige for one another. A shirt called "shirt" when it is a tee under
  chinos, and "pants" for jeans or chinos, are correct synonyms; so are plaid, checkered and lattice for checks,
  "t-shirt" or "polo shirt" for a polo collar t-shirt, "denim" for a chambray shirt (the model cannot tell them
  apart), "floral" for a tropical leaf print, "hawaiian shirt" for a tropical print shirt.
- Where the title names two colors ("Navy Blue & Red Tartan"), either color is correct for the shirt; where it names
  one ("White Printed", "Black Printed"), the color of the print given as the garment's color is contradiction.
- The color of another garment in the photo (the jeans, the tee under an open shirt, the shirt over chinos) given
  as the product's color is other_garment_color; a color no garment in the photo has is contradiction. A caption
  or answer that gives both garments the product's color ("a purple shirt and purple pants" over white chinos) is
  contradiction: it is the other piece's color that is wrong, and another text has that piece right. The color of
  the other piece given to the product piece asked by name ("white" for the jeans under a white shirt, "green" for
  black jeans under an olive overshirt) is other_garment_color.
- Walls, backdrops and props named in the caption (a brick wall, a blue wall, a bicycle, sunglasses in the hand)
  are correct where the photo has them.
- Invented details (a chest pocket on a shirt without one, a drawstring, rips on clean jeans, sneakers on a photo
  cropped at the knee, a watch, a hat, epaulettes, a belt that is not there, a white collar on a self-colored one)
  are unsupported; so is a material neither named in the title nor visible (velvet for corduroy, silk for a cotton
  print, denim for charcoal chinos worn under a denim shirt). A plausible "cotton" for a plain cotton-look shirt,
  polo or shorts is correct.
- The reference engine's wrong closed answers are contradiction (solid for stripes, striped for checks, long sleeves
  for short, sleeveless for a polo, jacket for a denim or corduroy shirt, jeans for chinos, pants for shorts, orange
  for mustard), except where the value is another
  garment's color in the photo (other_garment_color).
- Adapter texts: a text that repeats a sentence or a phrase of the template is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material or the color question is restated (it does not
  answer, though it is also cut). Where the template misnames the garment or its pattern (long trousers for shorts,
  stripe patterns for paisley) or calls the man "the lady ... her", that is what the auditor sees first:
  contradiction or pronoun, hit_limit kept. VQA adapter texts that repeat the answer are loop; those that run into
  "Question: ... Answer:" are leak, even where they also repeat.
- A base answer that stops on "with", "and" or "a" is cut, without hit_limit. An empty answer, "clothes", "it is a
  shirt", "the details of the shirt", "the details of the jeans are the jeans", and for the details "they are jeans",
  "they are grey jeans" or "they are short" are non_answer; a material question answered with the garment's name
  and color, or "the shirt is a shirt" for the description, is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "her" or "a woman" for a male model is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

MEN = "Men"


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The set's own wearing question: "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_503 = [
    # photo: model in a navy and green checked shirt, buttoned, one chest patch pocket, light blue jeans, white
    # studio backdrop, front view cropped at mid-thigh.
    case(
        "X503-001",
        caption("a man in a plaid shirt and jeans"),
        he("a green plaid shirt and green pants", "contradiction"),
        color_of("shirt", "navy"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        details("shirt", "it has a pocket on the chest"),
        title="Roadster Men Navy Blue & Green Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a plain white round-neck t-shirt and mid-blue clean-look jeans, white sneakers, full length,
    # light grey backdrop.
    case(
        "X503-002",
        caption("a man wearing a white t-shirt and blue jeans"),
        he("a white shirt and white pants", "contradiction"),
        color_of("jeans", "white", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in an olive solid shirt, sleeves rolled to the elbow, beige chinos, brown loafers, grey backdrop.
    # caption: caption adapter
    case(
        "X503-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a green shirt and khaki pants"),
        B.color("green"),
        color_of("pants", "beige"),
        B.material("cotton"),
        describe("shirt", "a blue shirt with a collar and buttons", "contradiction"),
        title="Mast & Harbour Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender=MEN,
    ),
    # photo: model in a maroon pique polo with a small embroidered logo on the chest and a two-button placket, navy
    # chinos, white backdrop.
    # color of the shirt: VQA adapter (free generation)
    case(
        "X503-004",
        caption("a man in a red polo shirt and blue pants"),
        B.garment_type("polo shirt"),
        B.color("red"),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        he("a red polo shirt and a", "cut"),
        B.sleeve_length("short sleeves"),
        details("shirt", "it has a logo on the chest and a pocket", "unsupported"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender=MEN,
    ),
    # photo: model in a light-blue washed denim shirt with two flap chest pockets, sleeves rolled, black jeans,
    # standing in front of a red brick wall.
    # caption: caption adapter
    case(
        "X503-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a denim shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color"),
        B.material("denim"),
        B.garment_type("jacket", "contradiction"),
        describe("shirt", "a blue denim shirt with two pockets"),
        title="Roadster Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a short-sleeved white shirt with a blue tropical leaf print, no pocket, beige chino shorts,
    # white backdrop, front view.
    case(
        "X503-006",
        caption("a man wearing a white shirt with blue leaves on it"),
        he("a hawaiian shirt and shorts"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.color("white"),
        details("shirt", "the shirt has a pocket on the left side", "unsupported"),
        B.material("silk", "unsupported"),
        title="HERE&NOW Men White & Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender=MEN,
    ),
    # photo: model in a plain white crew-neck t-shirt tucked into khaki chinos, brown belt, brown loafers, grey
    # backdrop, full length.
    # caption, wearing, details: caption adapter
    case(
        "X503-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        he(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "khaki"),
        B.garment_type("pants"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="HIGHLANDER Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender=MEN,
    ),
    # photo: model in a white t-shirt with a small black chest print, olive shorts, white sneakers, full length,
    # white backdrop.
    case(
        "X503-008",
        caption("a man in a white t-shirt and green shorts"),
        he("a white t-shirt and white shorts", "contradiction"),
        color_of("shorts", "white", "other_garment_color"),
        B.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        B.material("cotton"),
        title="Roadster Men Olive Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
        gender=MEN,
    ),
    # photo: model with long hair tied in a bun and a beard, pink solid shirt with a self-colored collar, white
    # chinos, white backdrop.
    # details: caption adapter
    case(
        "X503-009",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        he("a pink shirt and white pants"),
        B.color("pink"),
        color_of("pants", "white"),
        describe("shirt", "a pink shirt with a white collar", "unsupported"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender=MEN,
    ),
    # photo: model in a black and white gingham shirt, black jeans, white wall behind.
    # wearing, color of the shirt: VQA adapter (free generation)
    case(
        "X503-010",
        caption("a man in a black and white checkered shirt"),
        he(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt "
            "and pants shirt and pants shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("black"),
        is_a("shirt", "yes"),
        title="Roadster Men Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender=MEN,
    ),
    # photo: model in a mustard shirt worn open over a white crew-neck t-shirt, blue jeans, grey backdrop.
    case(
        "X503-011",
        caption("a man wearing a yellow shirt over a white t-shirt"),
        he(
            "a yellow shirt and blue jeans Question: What is the color of the shirt? Answer: yellow",
            "leak",
        ),
        B.color("yellow"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "a mustard colored shirt with a white t-shirt underneath"),
        B.sleeve_length("long sleeves"),
        title="Campus Sutra Men Mustard Yellow Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender=MEN,
    ),
    # photo: model in a short-sleeved navy shirt with small white bird motifs, no pocket, beige chinos, white
    # backdrop.
    # caption: caption adapter
    case(
        "X503-012",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        he("a blue shirt with birds on it"),
        B.pattern("printed"),
        B.color("white", "contradiction"),
        details("shirt", "it has birds on it and a pocket", "unsupported"),
        title="HIGHLANDER Men Navy Blue Slim Fit Conversational Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a grey melange t-shirt and black clean-look skinny jeans, cropped from the chest to the ankles,
    # white backdrop.
    case(
        "X503-013",
        caption("a man in a grey shirt and black jeans"),
        he("grey shirt and grey jeans", "contradiction"),
        color_of("jeans", "grey", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender=MEN,
    ),
    # photo: model in a white linen shirt, untucked, beige shorts, standing by a swimming pool outdoors.
    case(
        "X503-014",
        caption("a man in a white shirt standing by a pool"),
        he("a white shirt and white shorts", "contradiction"),
        B.material("linen"),
        B.color("white"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Mast & Harbour Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender=MEN,
    ),
    # photo: model in a white shirt tucked into navy chinos, brown belt, white backdrop, cropped at the knees.
    case(
        "X503-015",
        caption("a man in a white shirt and navy blue pants"),
        he("a white shirt and white pants", "contradiction"),
        color_of("pants", "blue"),
        B.color("white", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "they have a brown belt"),
        title="Louis Philippe Sport Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a blue and white vertical striped shirt without pockets, grey chinos, no watch, white backdrop.
    # caption: caption adapter
    case(
        "X503-016",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "pronoun",
            hit_limit=True,
        ),
        he("a striped shirt and grey pants"),
        B.pattern("striped"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has stripes and a pocket on the chest", "unsupported"),
        title="Roadster Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a navy polo with thin white horizontal stripes, white tipped collar, small flag logo on the
    # chest, beige shorts, bare wrists, white backdrop.
    # description: caption adapter
    case(
        "X503-017",
        caption("a man wearing a blue striped polo shirt and a watch", "unsupported"),
        B.garment_type("t-shirt"),
        B.pattern("solid", "contradiction"),
        B.color("navy"),
        he("a polo shirt and khaki shorts"),
        details("shirt", "it has a white collar and a logo"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a charcoal grey solid shirt without pockets or epaulettes, black jeans, dark grey backdrop.
    # wearing: VQA adapter
    case(
        "X503-018",
        caption("a man in a grey shirt and black jeans"),
        he(
            "shirt Question: What is the color of the shirt? Answer: grey Question: What is the color of the pants? "
            "Answer: black Question: Is this",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color"),
        B.color("grey"),
        is_a("shirt", "yes"),
        details("shirt", "it has a pocket on the chest and epaulettes", "unsupported"),
        title="WROGN Men Charcoal Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender=MEN,
    ),
    # photo: mid-blue washed denim shorts with a plain turned-up hem, white t-shirt, cropped from the waist to the
    # knees, white backdrop.
    case(
        "X503-019",
        caption("a man in denim shorts and white sneakers", "unsupported"),
        he("a pair of denim shorts"),
        color_of("shorts", "blue"),
        B.material("denim"),
        details("shorts", "they have pockets and a", "cut"),
        B.color("white", "other_garment_color"),
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a red and black buffalo checked flannel shirt worn open over a black t-shirt, blue jeans,
    # white backdrop.
    # caption, description: caption adapter
    case(
        "X503-020",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        he("her shirt is red and black plaid", "pronoun"),
        B.pattern("checked"),
        B.color("red"),
        B.material("flannel"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender=MEN,
    ),
    # photo: model in a teal blue pique polo, white shorts, cropped at mid-thigh, light grey backdrop.
    case(
        "X503-021",
        caption("a man in a blue polo shirt"),
        he("a green shirt and", "cut"),
        B.color("green"),
        B.garment_type("t-shirt"),
        B.sleeve_length("sleeveless", "contradiction"),
        details("shirt", "it has a collar and buttons"),
        title="Being Human Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender=MEN,
    ),
    # photo: model in a black t-shirt and light blue jeans, standing in front of a brick wall.
    case(
        "X503-022",
        caption(
            "a man in a black shirt and black jeans standing in front of a brick wall",
            "contradiction",
        ),
        he("black shirt and blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        B.color("blue"),
        details("jeans", "they are slim fit"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a lavender long-sleeved solid shirt, white chinos, white backdrop.
    case(
        "X503-023",
        caption("a man in a purple shirt and purple pants", "contradiction"),
        he("a purple shirt"),
        describe("shirt", "it is a shirt", "non_answer"),
        B.color("purple"),
        color_of("pants", "white"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Dennis Lingo Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender=MEN,
    ),
    # photo: model in a navy polo and beige chino shorts, white backdrop, full length.
    # color of the shorts: VQA adapter (free generation); details: caption adapter
    case(
        "X503-024",
        caption("a man in a blue polo shirt and khaki shorts"),
        color_of(
            "shorts",
            "brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        he("a blue shirt and blue shorts", "contradiction"),
        B.garment_type("shorts"),
        B.color("blue", "other_garment_color"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender=MEN,
    ),
    # photo: model in a cream solid shirt with a mandarin (band) collar, olive chinos, white backdrop.
    # material: caption adapter
    case(
        "X503-025",
        caption("a man in a white shirt and green pants"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        details("shirt", "it has a mandarin collar"),
        B.color("white"),
        he("a white shirt and white pants", "contradiction"),
        title="HIGHLANDER Men Cream-Coloured Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Cream",
        gender=MEN,
    ),
    # photo: model in a short-sleeved black shirt with a red rose print, blue jeans, white backdrop.
    case(
        "X503-026",
        caption("a man wearing a black shirt with red flowers"),
        B.pattern("floral"),
        B.color("red", "contradiction"),
        describe(
            "shirt",
            "a black shirt with red roses on it Question: What are the shirt details? Answer: a",
            "leak",
        ),
        he("a floral shirt and jeans"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Roadster Men Black Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender=MEN,
    ),
    # photo: model in a white t-shirt and olive chinos, white sneakers, full length, light grey backdrop.
    case(
        "X503-027",
        caption("a man in a white t-shirt and green pants"),
        he("she is wearing a white shirt and green pants", "pronoun"),
        color_of("pants", "olive"),
        B.garment_type("jeans", "contradiction"),
        details("pants", "they have pockets on the side"),
        title="HIGHLANDER Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender=MEN,
    ),
    # photo: model in a dark indigo denim shirt worn open over a grey t-shirt, black chinos, white backdrop.
    # caption: caption adapter
    case(
        "X503-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        he("a denim shirt over a grey t-shirt"),
        B.color("blue"),
        color_of("shirt", "grey", "other_garment_color"),
        B.material("denim"),
        title="HIGHLANDER Men Navy Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a white polo and navy shorts, standing against a plain blue painted wall.
    case(
        "X503-029",
        caption("a man in a white polo shirt standing against a blue wall"),
        he("she is wearing a white polo shirt and blue shorts", "pronoun"),
        B.color("blue", "other_garment_color"),
        describe("shirt", "", "non_answer"),
        B.garment_type("polo shirt"),
        title="Allen Solly Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender=MEN,
    ),
    # photo: model in a white shirt and mid-blue jeans with light abrasions at the knees, white sneakers, full length.
    case(
        "X503-030",
        caption("a man in ripped jeans and white sneakers"),
        he("jeans"),
        details("jeans", "the details of the jeans are the jeans", "non_answer"),
        B.material("denim"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Roadster Men Blue Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a white linen shirt, navy chino shorts, brown sandals, full length, white backdrop.
    # caption: caption adapter
    case(
        "X503-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        he("a white shirt and blue shorts"),
        color_of("shorts", "white", "other_garment_color"),
        B.garment_type("shorts"),
        details("shorts", "they have a drawstring", "unsupported"),
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a small blue and white checked shirt with a chest pocket, tucked into beige chinos, brown belt,
    # white backdrop.
    case(
        "X503-032",
        caption("a man in a blue and white checkered shirt and khaki pants"),
        he("a checkered shirt tucked into khaki pants"),
        B.pattern("checked"),
        B.color("blue"),
        details("shirt", "it is tucked in and has a pocket"),
        B.sleeve_length("long sleeves"),
        title="Peter England Casuals Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in a rust orange corduroy shirt, black jeans, cream backdrop.
    # wearing: VQA adapter
    case(
        "X503-033",
        caption("a man in an orange shirt and black jeans"),
        he(
            "shirt and jeans, shirt and jeans, shirt and jeans, shirt and jeans, shirt and jeans, shirt and jeans, "
            "shirt and",
            "loop",
            hit_limit=True,
        ),
        B.material("velvet", "unsupported"),
        B.color("orange"),
        B.garment_type("jacket", "contradiction"),
        title="Jack & Jones Men Rust Orange Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender=MEN,
    ),
    # photo: model in a short-sleeved green and white checked shirt with a button-down collar, khaki shorts, bare
    # head, white backdrop.
    case(
        "X503-034",
        caption("a man in a green plaid shirt and shorts"),
        details(
            "shirt",
            "it has a button down collar Question: Describe the shirt. Answer: a green and white plaid shirt",
            "leak",
        ),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("green"),
        he("a green shirt and khaki shorts and a hat", "unsupported"),
        title="Roadster Men Green & White Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Green",
        gender=MEN,
    ),
    # photo: model in a sea green linen shirt, white chinos, white backdrop.
    # caption, color of the shirt: caption adapter (the color question in free generation)
    case(
        "X503-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        he("a green shirt and white pants"),
        B.color("green"),
        B.material("linen"),
        title="Mast & Harbour Men Sea Green Pure Linen Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender=MEN,
    ),
    # photo: model in a black printed t-shirt and grey clean-look jeans, white backdrop.
    case(
        "X503-036",
        caption("a man in a black t-shirt and black jeans", "contradiction"),
        color_of("jeans", "grey"),
        he("black shirt and grey jeans"),
        B.color("black", "other_garment_color"),
        details("jeans", "they are grey jeans", "non_answer"),
        B.garment_type("jeans"),
        title="Flying Machine Men Grey Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender=MEN,
    ),
    # photo: model in a mustard polo and black jeans, standing next to a bicycle on a street.
    case(
        "X503-037",
        caption("a man in a yellow shirt standing next to a bicycle"),
        he(
            "a yellow polo shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        B.material("a yellow polo shirt", "restated"),
        B.color("orange", "contradiction"),
        B.garment_type("polo shirt"),
        title="Roadster Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender=MEN,
    ),
    # photo: model in a maroon shirt with a small all-over paisley print, long sleeves, navy chinos, white backdrop.
    # caption: caption adapter
    case(
        "X503-038",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        he("a red shirt with a paisley print"),
        B.pattern("printed"),
        color_of("shirt", "maroon"),
        describe("shirt", "a red paisley shirt with long sleeves and a collar"),
        B.material("silk", "unsupported"),
        title="Roadster Men Maroon Paisley Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender=MEN,
    ),
    # photo: model in a light blue denim shirt, charcoal chinos with turned-up hems, brown boots, grey backdrop.
    case(
        "X503-039",
        caption("a man in a blue shirt and blue pants", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        he("a blue shirt and grey pants"),
        B.garment_type("pants"),
        details("pants", "they have cuffs at the bottom"),
        B.material("denim", "unsupported"),
        title="HERE&NOW Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender=MEN,
    ),
    # photo: model in a black t-shirt and grey melange knit shorts with a white drawstring, white backdrop.
    # wearing: VQA adapter
    case(
        "X503-040",
        caption("a man in a black shirt and grey shorts"),
        he(
            "shorts Question: What is the color of the shorts? Answer: grey Question: What is the color of the "
            "shorts? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        details("shorts", "they have a drawstring"),
        B.material("grey shorts", "restated"),
        B.garment_type("pants", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender=MEN,
    ),
    # photo: model in a navy blue and red tartan checked shirt, sleeves rolled, blue jeans, white backdrop.
    # details: caption adapter
    case(
        "X503-041",
        caption("a man in a plaid shirt and jeans"),
        he("he is wearing a plaid shirt and blue jeans"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "long-sleeve shirt with lattice patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("striped", "contradiction"),
        title="Roadster Men Navy Blue & Red Tartan Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender=MEN,
    ),
    # photo: model in a light blue chambray shirt, white chinos, white backdrop.
    case(
        "X503-042",
        caption("a man in a light blue shirt and white pants"),
        describe("shirt", "a light blue shirt with", "cut"),
        B.material("denim"),
        B.color("blue"),
        B.garment_type("shirt"),
        color_of("shirt", "white", "other_garment_color"),
        title="Roadster Men Blue Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender=MEN,
    ),
    # photo: model in an olive overshirt over a white tee and black relaxed fit jeans with no belt, cropped at the
    # knees; the feed row has no color.
    case(
        "X503-043",
        caption("a man in a green shirt and black jeans"),
        he("clothes", "non_answer"),
        color_of("jeans", "green", "other_garment_color"),
        B.garment_type("pants"),
        details("jeans", "they have a black belt", "unsupported"),
        title="Roadster Men Black Relaxed Fit Mid-Rise Jeans",
        category="Jeans",
        gender=MEN,
    ),
    # photo: model in an olive pique polo and beige chinos, white backdrop; the feed row has no gender.
    # caption: caption adapter
    case(
        "X503-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T",
            "loop",
            hit_limit=True,
        ),
        he("a green polo shirt and green pants", "contradiction"),
        B.color("green"),
        B.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        title="Roadster Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # photo: model in a white shirt with a black geometric print, no pocket, blue jeans, holding a pair of
    # sunglasses in one hand, white backdrop.
    case(
        "X503-045",
        caption("a man in a white shirt with a black pattern holding a pair of sunglasses"),
        he("a printed shirt and blue jeans Question: What is", "leak"),
        B.color("black", "contradiction"),
        B.pattern("printed"),
        describe(
            "shirt",
            "a white shirt with black geometric print and a chest pocket",
            "unsupported",
        ),
        B.sleeve_length("long sleeves"),
        title="HIGHLANDER Men White Geometric Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender=MEN,
    ),
    # photo: model in a navy shirt with rolled sleeves, beige tapered chinos, white sneakers, full length.
    # wearing: VQA adapter
    case(
        "X503-046",
        caption("a man in a blue shirt and tan pants"),
        he(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color"),
        B.garment_type("pants"),
        is_a("pair of jeans", "no"),
        details("pants", "they have a drawstring waist", "unsupported"),
        title="Mast & Harbour Men Beige Tapered Fit Chinos",
        category="Trousers",
        color="Beige",
        gender=MEN,
    ),
]
