"""BLIND_817 (46 products; Myntra dresses & jumpsuits, base BLIP-2 zero-shot): written blind in the fifty-sixth session.
Measured blind at ceb377f (the session's first rules): 122/139 failures found (87.8%) and 5/190 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's dresses and jumpsuits (maxi, midi, bodycon, wrap, shirt, pinafore, t-shirt
dresses; wide-leg, culotte, dungaree and chambray jumpsuits). Mostly studio shots on a white or grey backdrop, a few
on a colored wall, a brick wall, a garden, a beach or a black backdrop; one back view; several layered outfits (denim
or leather jacket, cardigan, striped tee under a pinafore, tights) and props (handbag, clutch, straw hat, sunglasses).
Seller columns: title, category (Dresses or Jumpsuit), color (Myntra base colour), gender; three rows lack a column.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt. Captions are free generation (50 tokens), open answers are free generation (30
tokens), closed answers come from enrich's reference engine (one candidate picked, never a loop or a cut). The base
model answers short; it names one color for the whole outfit, takes the jacket's, belt's, shoes' or wall's color for
the dress, calls a shirt dress a shirt and a jumpsuit a dress or "pants and a top", says "he", guesses a fabric
(cotton, silk, chiffon) and invents zippers, pockets and belts it cannot see. Being untuned it stops on its own most
of the time: loops and cuts are few, and a leak is the model going on with the next `Question: ... Answer:` turn.

Labeling conventions and judgement calls:
- Colors are judged against the photo at the coarse level: maroon/burgundy as "red", navy or teal as "blue", peach or
  magenta as "pink", mustard as "yellow", charcoal as "grey", mauve as "pink" or "purple", off white or cream as
  "white" are correct. A print's ground color is the garment's color; the color of a minor print motif is not used.
- other_garment_color: a text (open, closed or caption) that gives the product the color of another thing worn or
  held in the photo (jacket, cardigan, tee underneath, tights, belt, shoes, bag, hat), including a description that
  describes the tee under a pinafore as if it were the product. A color that is in the photo only as the backdrop
  (pink wall, black studio, garden foliage) is a contradiction, not another garment's color.
- contradiction: a wrong color, pattern or sleeve length, a garment class other than the seller's (a shirt dress
  called "shirt", a sweater dress called "sweater", a t-shirt dress called "t-shirt", a jumpsuit called "dress" or
  "white pants and a white top"), a wrong yes/no to "Is this a ...?". The tee's stripes or long sleeves given as the
  pinafore's pattern or sleeves are contradictions too.
- unsupported: a detail the photo cannot show or plainly lacks (zipper or buttons on an unseen back or front, pockets,
  a belt, a hat, jeans, a slit, a party or runway setting on a studio backdrop) and a fabric guess: a material answer
  is correct only when the fabric shows it (denim, chambray as denim, lace, satin, velvet, sequins, eyelet) or the
  title names it; "cotton", "silk", "chiffon", "wool", "linen", "polyester" with nothing to back it, or against the
  title's fabric, are unsupported.
- non_answer: a bare word or a yes/no to an open describe/details/wearing question ("buttons", "ribbed", "yes"), or
  "it is a dress" to "Describe the garment.". A short noun phrase naming the garment and its color to "What is the
  person wearing?" ("a blue dress") is a correct answer.
- restated: the answer hands the question's own words back ("the details of the garment are the details of the
  jumpsuit", "the jumpsuit is a jumpsuit").
- pronoun: "he", "his" or "a man" for the women's products; the one row without a gender has no pronoun failure.
- loop and cut texts ran to the 30- or 50-token limit and carry hit_limit=True; a leak that ran on to the limit
  carries it too. A text with two faults is labeled with the one that the text most plainly shows.
- Seller columns are kept as a feed would have them; where the title names a fabric, it decides the material answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_817 = [
    # photo: navy blue maxi dress with small white flowers, V-neck, short flutter sleeves, front view, tan sandals,
    # white backdrop. All texts: base model zero-shot (closed ones: reference engine).
    case(
        "X817-001",
        caption("a woman in a blue floral maxi dress standing on a white background"),
        Q.wearing("a blue dress"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description(
            "a long navy blue dress with white flowers on it and a v neck and short sleeves and a slit on the side"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the dress has a zipper on the back", "unsupported"),
        title="Harpa Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black ribbed-knit sleeveless bodycon midi dress, square neck, black heels, plain grey backdrop, front.
    # All texts: base model zero-shot.
    case(
        "X817-002",
        caption("a woman in a black dress posing in front of a grey wall"),
        wearing("black dress", who="she"),
        describe("dress", "it is a black dress with a zipper on the back", "unsupported"),
        details("dress", "black", "non_answer"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: olive green short-sleeved utility jumpsuit, button placket, tie belt, cropped legs, white sneakers, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X817-003",
        caption("a woman wearing a green jumpsuit and white sneakers"),
        Q.wearing("a green jumpsuit"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        Q.details("the details of the garment are the details of the jumpsuit", "restated"),
        Q.description("he is wearing a green jumpsuit with a belt", "pronoun"),
        Q.material("denim", "unsupported"),
        title="Besiva Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: maroon long-sleeved wrap midi dress, V-neck, self tie at the waist, model holds a beige handbag, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-004",
        caption("a woman in a red wrap dress holding a handbag"),
        Q.wearing("he is wearing a maroon wrap dress", "pronoun"),
        color_of("dress", "burgundy"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.details("a tie at the waist and a v neck"),
        describe("dress", "the dress is beige", "other_garment_color"),
        title="AND Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: light blue denim shirt dress, two chest pockets, full button front, rolled sleeves, tan-brown belt, knee
    # length, white backdrop. All texts: base model zero-shot.
    case(
        "X817-005",
        caption("a woman in a denim shirt dress with a brown belt"),
        Q.wearing("a denim shirt", "contradiction"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.material("denim"),
        Q.details("buttons down the front and two chest pockets"),
        color_of("belt", "brown", kind="open"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: mustard yellow wrap maxi dress with small white and green flowers, three-quarter sleeves, outdoor garden
    # with green foliage behind. All texts: base model zero-shot.
    case(
        "X817-006",
        caption("a woman in a yellow floral dress standing in a garden"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.description("a green dress with yellow flowers", "contradiction"),
        Q.details("it has pockets on the side and a zipper", "unsupported"),
        wearing(
            "she is wearing a yellow dress Question: what is the color of the dress? Answer: yellow", "leak", who="she"
        ),
        title="Sera Women Mustard Yellow Floral Printed Wrap Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: black fit-and-flare midi dress with white polka dots, cap sleeves, red heels, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-007",
        caption("a woman in a black and white polka dot dress and red shoes"),
        Q.color("black"),
        Q.pattern("polka dot"),
        Q.description("a red dress with white polka dots", "other_garment_color"),
        Q.wearing("a polka dot dress"),
        Q.sleeve_length("long", "contradiction"),
        Q.details(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots"
            " polka dots polka dots polka",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: peach sleeveless wide-leg jumpsuit, V-neck, self-fabric belt, nude heels, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-008",
        caption("a woman in a pink jumpsuit posing for a photo"),
        Q.garment_type("jumpsuit"),
        Q.color("peach"),
        Q.wearing("a pink dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("jumpsuit", "non_answer"),
        Q.material("silk", "unsupported"),
        is_a("jumpsuit", "yes"),
        title="StyleStone Women Peach-Coloured Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Peach",
        gender=W,
    ),
    # photo: red sleeveless one-shoulder bodycon dress, black heels, model holds a black clutch, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-009",
        caption("a woman in a black dress holding a red clutch", "contradiction"),
        wearing("red", "non_answer", who="she"),
        color_of("dress", "red"),
        describe("dress", "it is a red dress with a black belt", "unsupported"),
        details(
            "dress",
            "the dress is made of spandex and has a zipper at the back and a slit at the side and the dress is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        title="Miss Chase Women Red Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: white midi shirt dress with thin blue vertical stripes, collar, rolled long sleeves, self belt, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-010",
        caption("a woman wearing a blue and white striped shirt dress"),
        Q.color("blue", "contradiction"),
        Q.pattern("striped"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("collar, buttons, belt"),
        Q.wearing("he is wearing a blue and white striped dress", "pronoun"),
        title="Mango Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: teal blue sleeveless halter-neck tiered maxi dress, bare head, beach with sea behind.
    # All texts: base model zero-shot.
    case(
        "X817-011",
        caption("a woman in a blue dress on the beach"),
        Q.color("teal"),
        Q.sleeve_length("sleeveless"),
        Q.description("a long blue dress with ruffles"),
        Q.details("the dress has a halter neck and a zipper on the side", "unsupported"),
        Q.material("linen", "unsupported"),
        Q.wearing("a blue dress and a hat", "unsupported"),
        title="Berrylush Women Teal Blue Solid Tiered Maxi Dress",
        category="Dresses",
        color="Teal",
        gender=W,
    ),
    # photo: black sleeveless jumpsuit with white flowers, tie waist, a light blue denim jacket worn open over it,
    # white backdrop. All texts: base model zero-shot.
    case(
        "X817-012",
        caption("a woman in a denim jacket and a blue jumpsuit", "other_garment_color"),
        color_of("jumpsuit", "blue", "other_garment_color", kind="open"),
        color_of("jacket", "blue", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("floral"),
        Q.wearing("a jean jacket and a black jumpsuit"),
        Q.details("the jumpsuit has a zipper on the front", "unsupported"),
        title="Vero Moda Women Black Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: lavender cotton midi dress, smocked bodice, square neck, short puff sleeves, white backdrop, front.
    # All texts: base model zero-shot.
    case(
        "X817-013",
        caption("a woman in a purple dress with puffy sleeves"),
        Q.color("purple"),
        Q.sleeve_length("short"),
        Q.wearing("a purple dress"),
        Q.description("a lavender dress with puff sleeves Question: What is the neckline? Answer: square", "leak"),
        Q.details("smocking", "non_answer"),
        Q.material("cotton"),
        title="DressBerry Women Lavender Solid Smocked Cotton Midi Dress",
        category="Dresses",
        color="Lavender",
        gender=W,
    ),
    # photo: long-sleeved bodycon dress with an abstract print, mostly royal blue with orange and white shapes, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-014",
        caption("a woman in a colorful dress"),
        Q.color("blue"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("the garment is a garment", "restated"),
        Q.details("long sleeves and a round neck and a zipper on the back", "unsupported"),
        title="ONLY Women Multicoloured Abstract Print Bodycon Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: green satin slip maxi dress, spaghetti straps, cowl neck, leg slit, gold heels, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-015",
        caption("a woman in a green satin dress with a slit"),
        Q.material("satin"),
        Q.color("green"),
        Q.sleeve_length("short", "contradiction"),
        describe("dress", "it is a long green dress with thin straps and a slit on the leg"),
        wearing("she is wearing a gold dress", "other_garment_color", who="she"),
        details("dress", "Question: What are the dress details? Answer: The dress details are", "leak"),
        title="Athena Women Green Satin Finish Maxi Slip Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: rust orange long-sleeved shirt dress, collar, button front, fabric belt, brown knee boots, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-016",
        caption("a woman wearing a brown shirt dress and brown boots", "other_garment_color"),
        Q.color("orange"),
        Q.garment_type("dress"),
        Q.wearing("a brown dress and brown boots", "other_garment_color"),
        Q.details("buttons", "non_answer"),
        Q.description("it is an orange dress with long sleeves and a collar"),
        Q.pattern("solid"),
        title="Zink London Women Rust Orange Solid Shirt Dress",
        category="Dresses",
        color="Rust",
        gender=W,
    ),
    # photo: black and white gingham wrap midi dress, short puff sleeves, tie at the waist, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-017",
        caption("a woman in a black and white checkered dress"),
        Q.pattern("striped", "contradiction"),
        Q.color("black"),
        Q.wearing("a black and white plaid dress"),
        Q.description("it is a dress", "non_answer"),
        Q.details("the details of the dress are the wrap dress details", "restated"),
        Q.sleeve_length("short"),
        title="FOREVER 21 Women Black & White Checked Wrap Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: beige twill dungaree jumpsuit (wide straps, bib pocket) over a white short-sleeved t-shirt, white
    # sneakers, white backdrop. All texts: base model zero-shot.
    case(
        "X817-018",
        caption("a woman in a white t-shirt and beige overalls"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.wearing("overalls and a white shirt"),
        Q.description("a white shirt with a beige jumpsuit"),
        Q.details("pockets on the front and straps over the shoulders"),
        Q.material("denim", "unsupported"),
        wearing("he is wearing overalls", "pronoun", who="she"),
        title="Roadster Women Beige Solid Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender=W,
    ),
    # photo: white georgette tiered maxi dress with pink flowers, sleeveless, ruffled hem, model holds a brown straw
    # hat at her side, white backdrop, front view. All texts: base model zero-shot.
    case(
        "X817-019",
        caption("a woman in a white dress with pink flowers holding a straw hat"),
        Q.color("white"),
        Q.wearing("a white floral dress"),
        Q.pattern("floral"),
        Q.details("the dress has a ruffled hem and a tie on the back", "unsupported"),
        Q.description("a brown dress with pink flowers", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        title="Sera Women White & Pink Floral Print Georgette Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: charcoal grey knit turtleneck sweater dress, long sleeves, bodycon midi, black ankle boots, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-020",
        caption("a woman in a black sweater dress and black boots", "other_garment_color"),
        Q.color("grey"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        Q.wearing("a grey turtleneck dress and black boots"),
        Q.description(
            "a grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Vero Moda Women Charcoal Grey Solid Sweater Bodycon Dress",
        category="Dresses",
        color="Charcoal",
        gender=W,
    ),
    # photo: navy blue jumpsuit with white pinstripes, short sleeves, V-neck, self belt, straight legs, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-021",
        caption("a woman in a blue striped jumpsuit"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.sleeve_length("short"),
        Q.description("a blue jumpsuit with white stripes and a belt"),
        Q.details(
            "the jumpsuit has a v neck, a belt, and pockets, and a v neck, a belt, and pockets, and a v neck, a belt,",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a jumpsuit", "pronoun", who="she"),
        title="U&F Women Navy Blue & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: orange strappy ruched bodycon midi dress, white sneakers, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-022",
        caption("a woman in a white dress and white sneakers", "other_garment_color"),
        Q.color("orange"),
        Q.wearing("a white dress", "other_garment_color"),
        Q.description("it is an orange bodycon dress with ruching on the sides"),
        Q.details("ruched", "non_answer"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "no"),
        title="Oxolloxo Women Orange Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Orange",
        gender=W,
    ),
    # photo: black lace sheath midi dress over a nude lining, long sleeves, round neck, white backdrop, front.
    # All texts: base model zero-shot.
    case(
        "X817-023",
        caption("a woman in a black lace dress"),
        Q.material("lace"),
        Q.color("black"),
        Q.description("the dress is black lace with a beige lining"),
        Q.details("the dress details are the details on the dress", "restated"),
        wearing("he is wearing a black dress", "pronoun", who="she"),
        Q.sleeve_length("long"),
        title="Mango Women Black Lace Sheath Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: yellow sleeveless A-line midi sundress, square neck, button front, no belt, model holds a brown straw
    # tote, white backdrop. All texts: base model zero-shot.
    case(
        "X817-024",
        caption("a woman in a yellow dress holding a brown bag"),
        Q.color("yellow"),
        Q.wearing("yes", "non_answer"),
        Q.description("a yellow dress with buttons down the front"),
        Q.details("the dress has a brown belt", "unsupported"),
        Q.material("it is made of cotton Question: What is the color of the dress? Answer: yellow", "leak"),
        title="Tokyo Talkies Women Yellow Solid A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: indigo blue maxi dress with white block print, three-quarter sleeves, round neck with a tasselled tie,
    # silver jhumka earrings, white backdrop. All texts: base model zero-shot.
    case(
        "X817-025",
        caption("a woman in a blue and white printed dress"),
        Q.pattern("printed"),
        Q.color("blue"),
        Q.garment_type("kurta", "contradiction"),
        Q.description(
            "a long blue dress with a white print Question: What is the pattern of the dress? Answer: printed", "leak"
        ),
        Q.details(
            "the dress has a white print and a tie at the neck with tassels and a pleated skirt with a flared hem and"
            " a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        wearing("a blue and white dress and silver earrings", who="she"),
        title="Libas Women Blue & White Printed Maxi Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: white cotton eyelet (schiffli) A-line midi dress, short sleeves, a light pink cardigan draped over the
    # shoulders, white backdrop. All texts: base model zero-shot.
    case(
        "X817-026",
        caption("a woman in a white dress and a pink cardigan"),
        Q.color("pink", "other_garment_color"),
        color_of("cardigan", "pink", kind="open"),
        Q.material("cotton"),
        Q.description("a pink sweater over a white dress"),
        Q.details("the details of the garment are the details", "restated"),
        Q.sleeve_length("short"),
        Q.wearing("a pink dress", "other_garment_color"),
        title="ONLY Women White Schiffli Cotton A-Line Midi Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: black sleeveless halter-neck culotte jumpsuit, plain front, thin gold belt, black heels, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-027",
        caption("a man in a black jumpsuit with a gold belt", "pronoun"),
        Q.garment_type("trousers", "contradiction"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("black", "non_answer"),
        Q.description("a black jumpsuit with a gold belt and gold buttons on the front", "unsupported"),
        Q.details("gold belt"),
        title="SASSAFRAS Women Black Solid Halter Neck Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: red wrap midi dress with white flowers, V-neck, short flutter sleeves, tie at the waist, standing in
    # front of a red-brown brick wall outdoors. All texts: base model zero-shot.
    case(
        "X817-028",
        caption("a woman in a red floral dress standing in front of a brick wall"),
        Q.color("brown", "contradiction"),
        Q.pattern("floral"),
        Q.wearing("a red dress"),
        Q.description(
            "she is wearing a red and white floral dress with a v neck and short sleeves and a tie at the waist and"
            " she is",
            "cut",
            hit_limit=True,
        ),
        Q.details("a wrap dress with ruffled sleeves"),
        Q.material("chiffon", "unsupported"),
        title="Berrylush Women Red & White Floral Printed Wrap Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: sea green ribbed long-sleeved bodycon midi dress under an open black leather biker jacket, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-029",
        caption("a woman in a green dress and a black leather jacket"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "black", kind="open"),
        Q.garment_type("jacket", "contradiction"),
        Q.wearing("a black jacket and a green dress"),
        Q.details("ribbed", "non_answer"),
        Q.sleeve_length("long"),
        title="Miss Chase Women Sea Green Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender=W,
    ),
    # photo: mauve high-neck pleated maxi dress, long sleeves, self belt, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-030",
        caption("a woman in a purple pleated maxi dress"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.description(
            "a long purple dress with pleats and a belt at the waist and long sleeves and a high neck and a pleated"
            " skirt and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats,"
            " pleats, pleats",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple dress", who="she"),
        is_a("dress", "no", "contradiction"),
        title="DressBerry Women Mauve Solid Pleated Maxi Dress",
        category="Dresses",
        color="Mauve",
        gender=W,
    ),
    # photo: white sleeveless wide-leg jumpsuit, black belt, black heels, plain grey studio backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-031",
        caption("a woman in a white jumpsuit on a runway", "unsupported"),
        Q.color("white"),
        Q.wearing("white pants and a white top", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.description("a white jumpsuit with a black belt"),
        Q.details("Question: What are the details of the garment? Answer: a white jumpsuit", "leak"),
        Q.material("cotton", "unsupported"),
        title="FOREVER 21 Women White Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: beige wrap midi dress with a brown and black leopard print, long sleeves, tie waist, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-032",
        caption("a woman in a leopard print dress"),
        Q.pattern("animal print"),
        Q.color("beige"),
        Q.description("a leopard print dress with long sleeves"),
        Q.details("it is made of silk and has a belt", "unsupported"),
        Q.wearing("a leopard print wrap dress"),
        Q.sleeve_length("short", "contradiction"),
        title="Athena Women Beige & Brown Animal Print Wrap Dress",
        category="Dresses",
        color="Beige",
        gender=W,
    ),
    # photo: black and white horizontal-stripe bodycon midi dress, short sleeves, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-033",
        caption("a man in a black and white striped dress", "pronoun"),
        Q.pattern("striped"),
        Q.color("black"),
        Q.description("a white dress with black stripes and a black belt", "unsupported"),
        Q.details("stripes", "non_answer"),
        wearing("a black and white striped bodycon dress", who="she"),
        is_a("dress", "yes"),
        title="ONLY Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: white shirt dress with a green tropical leaf print, collar, short sleeves, self belt, knee length, white
    # sneakers, white backdrop. All texts: base model zero-shot.
    case(
        "X817-034",
        caption("a woman in a green and white printed shirt dress"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.color("green"),
        Q.description("a white shirt with green leaves", "contradiction"),
        Q.details("collar, buttons down the front and a belt at the waist"),
        Q.wearing(
            "she is wearing a shirt dress Question: What color is the dress? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Green & White Tropical Print Shirt Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: burgundy velvet long-sleeved bodycon mini dress, square neck, sheer black tights, black heels, white
    # backdrop, front view. All texts: base model zero-shot.
    case(
        "X817-035",
        caption("a woman in a red velvet dress and black tights"),
        Q.material("velvet"),
        Q.color("black", "other_garment_color"),
        Q.description("a black velvet dress with long sleeves", "other_garment_color"),
        Q.wearing("a black dress and black stockings", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.details("the dress has a square neck and a zipper at the back and a slit in the front", "unsupported"),
        title="Zink London Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender=W,
    ),
    # photo: light blue chambray jumpsuit, short sleeves, button front, tie waist, cropped legs, model holds
    # sunglasses, white backdrop. All texts: base model zero-shot.
    case(
        "X817-036",
        caption("a woman in a blue jumpsuit holding sunglasses"),
        Q.material("denim"),
        Q.garment_type("jumpsuit"),
        Q.color("blue"),
        Q.description("the jumpsuit is a jumpsuit", "restated"),
        Q.details("buttons down the front and a tie at the waist"),
        wearing("she is wearing a blue dress", "contradiction", who="she"),
        is_a("dress", "yes", "contradiction"),
        title="Besiva Women Blue Chambray Solid Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: white tiered maxi dress, short flutter sleeves, in front of a pastel pink studio wall.
    # All texts: base model zero-shot.
    case(
        "X817-037",
        caption("a woman in a white dress standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        Q.description("a pink dress with ruffles", "contradiction"),
        Q.wearing("a white dress"),
        Q.sleeve_length("short"),
        Q.details("ruffled sleeves and tiers"),
        title="Tokyo Talkies Women White Solid Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: back view only: navy blue sleeveless maxi dress with a low open back and a tie bow, hair tied up, white
    # backdrop; the front is not visible. Row lacks gender. All texts: base model zero-shot.
    case(
        "X817-038",
        caption("the back of a woman in a blue dress"),
        Q.description("a blue dress with a low back and a tie"),
        Q.details("the dress has buttons down the front and pockets", "unsupported"),
        Q.color("blue"),
        Q.wearing("the person is wearing what the person is wearing", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Harpa Women Navy Blue Solid Backless Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # photo: grey melange short-sleeved t-shirt dress, a light blue denim jacket tied around the waist, white
    # sneakers, white backdrop; no jeans. All texts: base model zero-shot.
    case(
        "X817-039",
        caption("a woman in a grey dress and blue jeans", "unsupported"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.wearing("a grey shirt and blue jeans", "unsupported"),
        Q.description("a grey t-shirt dress with a jacket tied around the waist"),
        Q.details("the dress is blue", "other_garment_color"),
        Q.sleeve_length("short"),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender=W,
    ),
    # photo: black sleeveless maxi dress with a red rose print, V-neck, front slit, white backdrop. Row lacks color.
    # All texts: base model zero-shot.
    case(
        "X817-040",
        caption("a woman in a black dress with red roses"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.description("a black and red floral dress with a slit"),
        Q.details(
            "a v neck a v neck a v neck a v neck a v neck a v neck a v neck a v neck a v neck a v neck",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", "contradiction", who="she"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Vero Moda Women Black & Red Floral Print Maxi Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: off white long-sleeved shirt dress, collar, button front, brown leather belt, black ankle boots, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-041",
        caption("a woman in a white shirt dress with a brown belt"),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.wearing("a white shirt dress"),
        Q.description("a white dress with a collar and buttons"),
        Q.details("his dress has a brown belt and long sleeves", "pronoun"),
        Q.sleeve_length("long"),
        title="Mango Women Off White Solid Shirt Dress",
        category="Dresses",
        color="Off White",
        gender=W,
    ),
    # photo: magenta wrap jumpsuit, short flared sleeves, wide culotte legs, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-042",
        caption("a woman in a pink jumpsuit with ruffled sleeves"),
        Q.color("pink"),
        Q.garment_type("jumpsuit"),
        Q.wearing("a pink jumpsuit"),
        Q.description(
            "a pink jumpsuit with a wrap front and wide legs Question: What is the color of the jumpsuit? Answer: pink"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        Q.sleeve_length("short"),
        title="StyleStone Women Magenta Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Magenta",
        gender=W,
    ),
    # photo: blue denim pinafore dress (bib pocket, buckled straps) over a long-sleeved white tee with black
    # horizontal stripes, white backdrop. All texts: base model zero-shot.
    case(
        "X817-043",
        caption("a woman in a denim pinafore dress and a striped shirt"),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("long", "contradiction"),
        Q.wearing("a denim dress and a striped shirt"),
        Q.description("a white shirt with black stripes", "other_garment_color"),
        Q.material("denim"),
        Q.details("the pinafore has a pocket on the front and buckles on the straps"),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: purple sequinned sleeveless bodycon mini dress, silver heels, plain black studio backdrop.
    # All texts: base model zero-shot.
    case(
        "X817-044",
        caption("a woman in a purple sequin dress at a party", "unsupported"),
        Q.material("sequins"),
        Q.color("silver", "other_garment_color"),
        Q.description("a sparkly purple dress"),
        Q.details("sequins", "non_answer"),
        wearing("a black dress", "contradiction", who="she"),
        Q.sleeve_length("sleeveless"),
        title="Athena Women Purple Sequinned Bodycon Dress",
        category="Dresses",
        color="Purple",
        gender=W,
    ),
    # photo: coffee brown ribbed long-sleeved bodycon maxi dress, an open cream long cardigan over it, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X817-045",
        caption("a woman in a brown dress and a white cardigan"),
        Q.color("brown"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        color_of("cardigan", "cream", kind="open"),
        Q.description("a long brown dress with a cardigan"),
        Q.details(
            "the cardigan is white and the dress is white and the cardigan is white and the dress is white and the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a brown dress and a cream cardigan", who="she"),
        title="ONLY Women Coffee Brown Ribbed Bodycon Maxi Dress",
        category="Dresses",
        color="Coffee Brown",
        gender=W,
    ),
    # photo: emerald green bodycon midi dress, long puff sleeves, round neck, seated on a wooden stool, plain grey
    # backdrop, front view. Row lacks category. All texts: base model zero-shot.
    case(
        "X817-046",
        caption("a woman in a green dress sitting on a stool"),
        Q.color("green"),
        Q.garment_type("dress"),
        Q.sleeve_length("long"),
        Q.description("the garment is a garment that is green", "restated"),
        Q.details("the dress has a high slit and buttons on the back", "unsupported"),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        title="Berrylush Women Green Solid Puff Sleeve Bodycon Dress",
        color="Green",
        gender=W,
    ),
]
