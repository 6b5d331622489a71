"""BLIND_250 (46 products; men's topwear and bottomwear model shots, VQA adapter on the experiments' questions): written
blind in the forty-second session. Measured blind at 10522bb (the session's rules as they stood): 107/124 failures
found (86.3%) and 2/159 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's topwear and bottomwear: tshirts (solid, striped, graphic, polo,
henley, hooded, a pack of two), shirts (checked, formal, denim, printed, oxford, utility, flannel, linen),
sweatshirts and hoodies, jackets (denim, bomber, puffer, faux leather biker, windcheater), jeans, trousers (chinos,
formal, cargo), track pants and joggers, and shorts. Most photos are model shots on a studio backdrop, and the model
nearly always wears a second garment (a tee under the jacket, a shirt tucked into the trousers, a tee over the
shorts); a few are flat lays, back views, or shots against a brick wall, a yellow wall or a beach. Each row has the
seller's title, category, color and gender; one row misses the gender.

Who wrote what: every caption comes from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on
its own). The open questions are the experiments' own questionnaire ("What is he wearing?", "What is the color of
the shirt / jeans / pants / shorts?" asked open, "What is the shirt color?", "Describe the ...", "What are the ...
details?") plus the material question. Each case's comment names the open texts answered by the VQA adapter
(`leoreigoto/Data3_V3_BLIP2_VQA`, fine-tuned after the caption adapter, with the caption adapter's weights
underneath): trained with no end-of-answer token, it never stops and runs to its 30-token limit (hit_limit=True).
It has partly lost question answering: it starts with a short answer and loops it ("navy navy navy", "a grey hoodie
and black pants. a grey hoodie and black pants."), or it slides from the answer into the DeepFashion caption
template ("The gentleman wears a long-sleeve sweater with pure color patterns ...") and is cut, or it returns the
template outright. Every other open text (and every material answer) comes from the base model, which stops on its
own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the closed per-piece
colors and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets; they
never loop or run to a limit. The color questions of the experiments are closed where the comment does not say the
adapter or the base model generated them.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or indigo, red for maroon, brown for tan or
  coffee brown, green for olive, yellow for mustard, pink for peach, grey for grey melange, khaki for beige chinos.
- Garment synonyms count as correct: polo shirt or shirt for a polo tshirt, shirt for a henley tee, hawaiian shirt
  for a tropical printed shirt, sweater or hoodie for a sweatshirt, jacket for a zip-front hoodie, sweatpants or
  joggers for track pants, jean shorts for denim shorts, pants for trousers or jeans, plaid for checked.
- The color of the other garment worn in the photo (the tee under the jacket, the tucked shirt above the trousers)
  given as the product's color is other_garment_color. A color no garment in the photo has (the wall's yellow or red
  brick, the sea's blue, the wooden floor's brown, the print's green on a black shirt) is contradiction, and so is
  one color repeated for every garment ("grey shirt and grey jeans" for a grey tee with black jeans).
- The experiments ask "What is the color of the shirt?" of every product; for a jacket worn over a white tee,
  "white" answers the question truthfully and is correct.
- The pattern of the other garment (striped for plain shorts under a striped tee) is contradiction. Side stripes on
  track pants answered "striped" are correct (the seller's own title says stripes). Rolled-up sleeves of a long
  sleeve shirt answered "long sleeves" are correct.
- Materials: one the title names is correct ("leather" for faux leather is correct: it is what the photo shows);
  one that contradicts the title's is contradiction; one neither named nor visible (cotton for a shiny windcheater,
  wool for formal trousers or a sweatshirt) is unsupported. A material question answered with the garment's name
  and color is restated. "it is made of" (an early stop of the base model) is cut, without hit_limit.
- Invented items (a pocket, a zipper, a hood, a fur collar, a belt, a beanie, sunglasses, a straw hat, cufflinks,
  a red tab, zip pockets, pink flowers in a leaf print, a tiger on a small logo tee) are unsupported.
- Adapter texts: one that repeats a word or a sentence is loop (even where the repeated word is right); one that
  stops mid-sentence without repeating is cut, even where everything before the cut is right. The template returned
  for a color question gives no color: non_answer. The template that opens "The lady wears" for a man is pronoun
  (the first thing the auditor sees). The template answering wearing, describe or details is cut or loop.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. "a
  woman" or "she" for a man is pronoun. "they are jeans", "they are short", "it is a shirt", "the pants have
  details", "they are khaki pants" (to the details question) and an empty answer are non_answer.
- A pack of two described as one tee is contradiction (the count the title gives). The reference engine's wrong
  closed answers (solid for a printed sweatshirt, long sleeves for a half-sleeve pack, shirt for trousers, "no" to a
  pair of jeans, jacket for an open flannel shirt) are contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_250 = [
    # photo: man in a white solid crew-neck half-sleeve tee with mid-blue jeans, light grey studio backdrop, front.
    # adapter: none
    case(
        "X250-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and white pants", "contradiction", who="he"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black tee with a white and red "BROOKLYN" typography print, black jeans, white wall, front.
    # adapter (VQA): wearing, color of the shirt
    case(
        "X250-002",
        caption("a man wearing a black t-shirt with a graphic print"),
        wearing(
            "a black t-shirt with a white print and black jeans. a black t-shirt with a white print and black "
            "jeans. a black t-shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("white", "contradiction"),
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy polo tee with white tipping on the collar, beige chinos, blurred park greenery, front.
    # adapter (VQA): describe
    case(
        "X250-003",
        caption("a man in a blue polo shirt and blue pants standing in a park", "contradiction"),
        wearing("a blue polo shirt and khaki pants", who="he"),
        describe(
            "shirt",
            "a navy blue polo shirt with white stripes on the collar. The shirt is with cotton fabric and pure color "
            "patterns. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive green round-neck tee with black track pants, grey backdrop, front.
    # adapter (VQA): wearing, color of the shirt
    case(
        "X250-004",
        caption("a man in a green t-shirt and black pants"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric. It has a crew",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        title="Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a maroon full-sleeve henley tee, three-button placket, no pocket, blue jeans, white backdrop.
    # adapter: none
    case(
        "X250-005",
        caption("a man wearing a maroon henley shirt and jeans"),
        wearing("a red shirt and blue jeans", who="he"),
        details("shirt", "it has buttons on the chest and a pocket", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.color("maroon"),
        Q.material("maroon henley t-shirt", "restated"),
        title="Men Maroon Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy and white horizontally striped tee with grey shorts, beige backdrop, front.
    # adapter (VQA): describe
    case(
        "X250-006",
        caption("a man in a striped shirt and grey shorts"),
        wearing("a blue and white striped t-shirt and blue shorts", "contradiction", who="he"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. It has a crew neckline. The shirt is with cotton "
            "fabric and stripe patterns. It",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("t-shirt"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard yellow tee with a small brand logo on the chest, blue jeans, leaning on a pale blue wall.
    # adapter: none
    case(
        "X250-007",
        caption("a man in a yellow t-shirt leaning against a blue wall"),
        wearing("a yellow t-shirt with a picture of a tiger on it and blue jeans", "unsupported", who="he"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.material("polyester", "contradiction"),
        title="Men Mustard Yellow Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a grey melange short-sleeve hooded tee with drawstrings, black joggers, white backdrop, front.
    # adapter (VQA): wearing, describe
    case(
        "X250-008",
        caption("a man wearing a grey hooded t-shirt and grey pants", "contradiction"),
        wearing(
            "a grey hoodie and black pants. a grey hoodie and black pants. a grey hoodie and black pants. a grey "
            "hoodie",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a grey t-shirt with a hood and a drawstring. The t-shirt is with cotton fabric and pure color patterns. "
            "It has a hooded neckline",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short sleeves"),
        Q.color("grey"),
        title="Men Grey Melange Solid Hooded T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a blue and white checked shirt worn open over a white crew tee, sleeves rolled to the elbows,
    # black jeans, white backdrop, front; the shirt has one chest pocket.
    # adapter: none
    case(
        "X250-009",
        caption("a man in a blue plaid shirt and a white t-shirt"),
        wearing("a plaid shirt over a white t-shirt and black jeans", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "it has a pocket on the chest and buttons"),
        Q.material("the shirt is a blue and white checked shirt", "restated"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white formal shirt (barrel cuffs, no cufflinks) tucked into navy trousers, black belt, grey
    # backdrop, front.
    # adapter (VQA): shirt color, details
    case(
        "X250-010",
        caption("a man in a white shirt and blue pants"),
        shirt_color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears "
            "long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a white formal shirt with french cuffs and cufflinks", "unsupported"),
        Q.garment_type("shirt"),
        Q.color("navy", "other_garment_color"),
        is_a("shirt", "yes"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, full sleeves, two flap chest pockets, button front, beige chinos,
    # standing in front of a red brick wall.
    # adapter (VQA): wearing
    case(
        "X250-011",
        caption("a man in a denim shirt standing in front of a brick wall"),
        wearing(
            "a denim shirt and khaki pants. The shirt is with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.material("denim"),
        describe("shirt", "a light blue denim shirt with two pockets and a zipper", "unsupported"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black short-sleeve cuban-collar shirt with a green and white tropical leaf print, beige shorts,
    # plain white backdrop, no hat.
    # adapter: none
    case(
        "X250-012",
        caption("a man wearing a black shirt with palm leaves on it"),
        wearing("a hawaiian shirt and a straw hat", "unsupported", who="he"),
        describe("shirt", "a black shirt with green leaves and pink flowers", "unsupported"),
        Q.pattern("floral"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("rayon"),
        title="Men Black & Green Tropical Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a peach oxford button-down shirt, long sleeves, dark blue jeans, white backdrop, front.
    # adapter (VQA): wearing, color of the shirt, details
    case(
        "X250-013",
        caption("a man in a pink shirt and jeans"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "pronoun",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("shirt"),
        title="Men Peach-Coloured Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in an olive utility shirt, two flap chest pockets, epaulettes, roll-up sleeve tabs, buttoned, black
    # jeans, grey backdrop; white sneakers visible.
    # adapter: none
    case(
        "X250-014",
        caption("a man in a grey shirt and black jeans", "contradiction"),
        wearing("a green shirt and black jeans Question: what color are his shoes? Answer: white", "leak", who="he"),
        details("shirt", "two pockets on the chest and buttons"),
        color_of("shirt", "olive"),
        Q.sleeve_length("long sleeves"),
        title="Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red and black buffalo-check flannel shirt worn open over a black tee, blue jeans, wood-panel
    # backdrop, front.
    # adapter: none
    case(
        "X250-015",
        caption("a man in a red and black plaid shirt"),
        wearing("a red plaid shirt over a black t-shirt and jeans", who="he"),
        color_of("shirt", "red"),
        describe("shirt", "it is a shirt", "non_answer"),
        Q.material("flannel"),
        Q.pattern("checked"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange pullover hoodie with kangaroo pocket and drawstrings, hands in the pocket, black
    # track pants, white backdrop.
    # adapter (VQA): wearing, details
    case(
        "X250-016",
        caption("a man in a grey hoodie with his hands in his pockets"),
        wearing(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("sweatshirt", "it is a grey hoodie with a pocket in the front"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The sweater is "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.material("fleece"),
        title="Men Grey Melange Hooded Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a navy crew-neck sweatshirt with a white "CALIFORNIA 1986" print, ribbed cuffs, blue jeans,
    # white backdrop, front.
    # adapter (VQA): details
    case(
        "X250-017",
        caption("a man wearing a navy sweatshirt with the word california on it"),
        wearing("she is wearing a blue sweater and jeans", "pronoun", who="he"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric and graphic patterns. It has a crew neckline. The sweater is with "
            "cotton fabric and graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a colourblocked sweatshirt (black body and sleeves, white chest panel), grey joggers, grey
    # backdrop, front.
    # adapter (VQA): color of the shirt, describe
    case(
        "X250-018",
        caption("a man in a black and white sweatshirt"),
        color_of(
            "shirt",
            "black and white black and white black and white black and white black and white black and white black "
            "and white black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "sweatshirt",
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.pattern("colorblock"),
        Q.color("grey", "other_garment_color"),
        title="Men Black & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon zip-front hoodie worn open over a white tee, blue jeans, white backdrop, front.
    # adapter: none
    case(
        "X250-019",
        caption("a man in a red hoodie and white shirt"),
        wearing("a red jacket and jeans", who="he"),
        Q.color("white", "other_garment_color"),
        is_a("sweatshirt", "yes"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "it has a zipper and a hood with drawstrings"),
        Q.material("maroon hoodie", "restated"),
        title="Men Maroon Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mid-blue washed denim jacket (collar, buttons, two chest flap pockets, no hood) over a white
    # tee, black jeans, grey backdrop, front.
    # adapter: none
    case(
        "X250-020",
        caption("a man in a blue denim jacket and blue jeans", "contradiction"),
        wearing(
            "a blue jean jacket and a white shirt Question: what is the color of the jeans? Answer: black",
            "leak",
            who="he",
        ),
        color_of("shirt", "white", kind="open"),
        Q.color("blue"),
        Q.garment_type("jacket"),
        Q.material("denim"),
        details("jacket", "it has a collar, buttons, two chest pockets and a hood", "unsupported"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black bomber jacket with ribbed collar, cuffs and hem, zipped halfway over a grey tee, blue
    # jeans, white backdrop.
    # adapter (VQA): wearing, details
    case(
        "X250-021",
        caption("a man wearing a black bomber jacket"),
        wearing(
            "a black jacket and a grey t-shirt and blue jeans. a black jacket and a grey t-shirt and blue jeans. a "
            "black",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a stand-up collar. The gentleman wears "
            "long denim pants. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long sleeves"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive quilted puffer jacket with attached hood (no fur), zipped up, black jeans, bare head,
    # city street behind.
    # adapter: none
    case(
        "X250-022",
        caption("a man in a green puffer jacket standing on a street"),
        wearing("a green jacket and a black beanie", "unsupported", who="he"),
        Q.material("it is made of", "cut"),
        describe("jacket", "a green jacket with a hood and a fur collar", "unsupported"),
        Q.color("olive"),
        is_a("jacket", "yes"),
        title="Men Olive Green Solid Hooded Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a tan brown faux leather biker jacket with asymmetric zip, open over a white tee, black jeans, no
    # belt showing, white backdrop.
    # adapter (VQA): details
    case(
        "X250-023",
        caption("a man in a brown leather jacket and a white shirt"),
        wearing("a brown leather jacket and a white t-shirt and black jeans and a brown belt", "unsupported", who="he"),
        Q.material("leather"),
        Q.color("brown"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper",
            "loop",
            hit_limit=True,
        ),
        title="Men Tan Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: man in a red and black colourblocked hooded windcheater (shiny nylon), black track pants, grey
    # backdrop.
    # adapter (VQA): wearing, color of the jacket
    case(
        "X250-024",
        caption("a man in a red and black jacket with a hood"),
        wearing(
            "a red and black jacket with a hood and black pants. The jacket is with polyester fabric and color "
            "block patterns. It has a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "red-black-red-black-red-black-red-black-red-black-red-black-red-black-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("colorblock"),
        Q.garment_type("jacket"),
        Q.material("cotton", "unsupported"),
        title="Men Red & Black Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: full-length shot of a man in mid-blue slim-fit jeans and a white tee, white backdrop.
    # adapter (VQA): color of the jeans, details
    case(
        "X250-025",
        caption("a man in a white t-shirt and blue jeans"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black skinny jeans with distressed knees and a grey tee, grey backdrop, full length.
    # adapter: none
    case(
        "X250-026",
        caption("a man in a grey shirt and grey jeans", "contradiction"),
        wearing("a gray t-shirt and black jeans Question: what is the man holding? Answer: nothing", "leak", who="he"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "they are ripped at the knees"),
        is_a("pair of jeans", "yes"),
        Q.pattern("solid"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light blue heavily faded ripped jeans and a black tee, standing in front of a yellow wall.
    # adapter (VQA): color of the jeans
    case(
        "X250-027",
        caption("a man in a black t-shirt and ripped jeans standing in front of a yellow wall"),
        wearing("black shirt and jeans", who="he"),
        details("jeans", "they are jeans", "non_answer"),
        color_of(
            "jeans",
            "light blue-light blue-light blue-light blue-light blue-light blue-light blue-light blue-light",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("yellow", "contradiction"),
        Q.garment_type("jeans"),
        title="Men Light Blue Slim Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: back view of a man in dark indigo straight jeans with two back pockets and a brown leather patch, white
    # shirt untucked above, white backdrop; no coloured tab on the pockets.
    # adapter: none
    case(
        "X250-028",
        caption("the back of a man wearing dark blue jeans"),
        wearing("a white shirt and dark jeans", who="he"),
        details("jeans", "two back pockets and a brown leather patch on the waistband"),
        describe("jeans", "dark blue jeans with a red tab on the back pocket", "unsupported"),
        color_of("jeans", "navy"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Men Navy Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey slim jeans with a navy shirt tucked in and a brown belt, white backdrop, full length.
    # adapter (VQA): wearing
    case(
        "X250-029",
        caption("a man in a navy shirt and navy jeans", "contradiction"),
        wearing(
            "a navy shirt and grey jeans with a brown belt. a navy shirt and grey jeans with a brown belt. a navy "
            "shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("jeans", "navy", "other_garment_color"),
        details("jeans", "it has a brown belt"),
        Q.garment_type("jeans"),
        title="Men Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in beige slim chinos with a white shirt tucked in and white sneakers, white backdrop.
    # adapter: none
    case(
        "X250-030",
        caption("a man in a white shirt and khaki pants"),
        wearing("white shirt and khaki pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "they are khaki pants", "non_answer"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        Q.material("cotton"),
        title="Men Beige Slim Fit Cotton Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in navy formal trousers with a light blue shirt tucked in and a black belt, grey backdrop.
    # adapter (VQA): color of the pants, details
    case(
        "X250-031",
        caption("a man in a blue shirt and navy pants"),
        color_of(
            "pants",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "pants",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy"),
        Q.garment_type("shirt", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in olive cargo trousers with side flap pockets, an untucked black tee covering the waist, grey
    # backdrop.
    # adapter: none
    case(
        "X250-032",
        caption("a man in a black t-shirt and green cargo pants"),
        wearing("a black t-shirt and cargo pants", who="he"),
        details("pants", "cargo pockets on the sides and a belt", "unsupported"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.garment_type("trousers"),
        Q.material("the pants are green cargo pants", "restated"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: flat lay of black formal trousers on a white background, no person.
    # adapter: none
    case(
        "X250-033",
        caption("a pair of black pants on a white background"),
        describe("pants", "black dress pants with pockets"),
        details("pants", "the pants have details", "non_answer"),
        Q.material("wool", "unsupported"),
        Q.color("black"),
        Q.garment_type("trousers"),
        title="Men Black Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man with shoulder-length hair in coffee brown trousers and a beige tee, beige backdrop, full length.
    # adapter (VQA): wearing
    case(
        "X250-034",
        caption("a woman in a beige shirt and brown pants", "pronoun"),
        wearing(
            "a beige t-shirt and brown pants. The t-shirt is with cotton fabric and pure color patterns. The pants "
            "are with cotton fabric and pure",
            "cut",
            who="he",
            hit_limit=True,
        ),
        Q.color("brown"),
        color_of("pants", "beige", "other_garment_color"),
        Q.garment_type("trousers"),
        title="Men Coffee Brown Regular Fit Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in black track pants with white side stripes and a grey tee, white backdrop, full length.
    # adapter (VQA): wearing
    case(
        "X250-035",
        caption("a woman in a grey t-shirt and black track pants", "pronoun"),
        wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        Q.pattern("striped"),
        details("pants", "white stripes on the sides"),
        Q.garment_type("track pants"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy slim joggers with cuffed ankles, a red tee and white sneakers, grey backdrop.
    # adapter: none
    case(
        "X250-036",
        caption("a man in a red t-shirt and red pants", "contradiction"),
        wearing(
            "a red t-shirt and navy blue joggers Question: what is the color of the shoes? Answer: white Question: "
            "what",
            "leak",
            who="he",
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.garment_type("track pants"),
        is_a("pair of jeans", "no"),
        title="Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in grey melange joggers and a black pullover hoodie, white backdrop, full length.
    # adapter (VQA): wearing, color of the pants
    case(
        "X250-037",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "The gentleman wears a long-sleeve sweater with pure color patterns and long pants. The pants are with "
            "cotton fabric and pure color patterns",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.material("cotton"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay of olive joggers (drawstring waist, plain side-seam pockets) on a brown wooden floor.
    # adapter: none; the feed row has no gender
    case(
        "X250-038",
        caption("a pair of green sweatpants on a wooden floor"),
        describe("pants", "green jogger pants with a drawstring waist and zip pockets", "unsupported"),
        color_of("pants", "brown", "contradiction", kind="open"),
        Q.color("olive"),
        Q.garment_type("track pants"),
        Q.material("green joggers", "restated"),
        title="Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # photo: man in navy chino shorts and a white tee, grey backdrop, knees up.
    # adapter (VQA): wearing, color of the shorts, details
    case(
        "X250-039",
        caption("a man in a white t-shirt and blue shorts"),
        wearing(
            "a white t-shirt and navy shorts. a white t-shirt and navy shorts. a white t-shirt and navy shorts. a "
            "white",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The shorts are",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy"),
        Q.garment_type("shorts"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in blue washed denim shorts and a yellow tee, white sneakers, white backdrop.
    # adapter: none
    case(
        "X250-040",
        caption("a man wearing a yellow shirt and denim shorts"),
        wearing("a yellow t-shirt and jean shorts Question: what color are the shoes? Answer: white", "leak", who="he"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        Q.material("denim"),
        Q.garment_type("shorts"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man all in black: black sports shorts with a small white logo on the left leg and an elastic waistband,
    # black tee, grey backdrop.
    # adapter: none
    case(
        "X250-041",
        caption("a man in a black t-shirt and black shorts"),
        wearing("all black", who="he"),
        color_of("shorts", "black"),
        Q.color("black"),
        details("shorts", "they have a white logo on the leg and an elastic waistband"),
        Q.material("polyester"),
        title="Men Black Polyester Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in white shorts with a green tropical leaf print and a plain green tee, white backdrop.
    # adapter (VQA): wearing
    case(
        "X250-042",
        caption("a man wearing a green shirt and shorts with palm leaves"),
        wearing(
            "a green t-shirt and floral shorts. a green t-shirt and floral shorts. a green t-shirt and floral "
            "shorts. a green",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("green", "other_garment_color"),
        color_of("shorts", "white and green", kind="open"),
        describe("shorts", "shorts with a tropical print"),
        title="Men White & Green Tropical Printed Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man in grey melange sweat shorts and a navy and white striped tee, grey backdrop.
    # adapter (VQA): wearing
    case(
        "X250-043",
        caption("a man in a striped shirt and grey shorts"),
        wearing(
            "a striped shirt and grey shorts. a striped shirt and grey shorts. a striped shirt and grey shorts. a "
            "striped shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        color_of("shorts", "grey"),
        details("shorts", "", "non_answer"),
        Q.garment_type("shorts"),
        title="Men Grey Melange Solid Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay of two folded half-sleeve round-neck tees, one black and one white, on a white background.
    # adapter: none
    case(
        "X250-044",
        caption("a black t-shirt and a white t-shirt on a white background"),
        describe("shirt", "a plain black t-shirt with a round neck", "contradiction"),
        Q.color("black"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Men Pack of 2 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Black & White",
        gender="Men",
    ),
    # photo: man in a white mandarin-collar linen shirt and beige shorts on a beach, blue sea and sky behind, no
    # sunglasses.
    # adapter (VQA): shirt color
    case(
        "X250-045",
        caption("a man in a white shirt standing on the beach"),
        wearing("a white shirt and beige shorts and sunglasses", "unsupported", who="he"),
        shirt_color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a white linen shirt with a mandarin collar"),
        Q.color("blue", "contradiction"),
        Q.material("linen"),
        Q.sleeve_length("long sleeves"),
        title="Men White Solid Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a coffee brown crew-neck sweatshirt and black jeans, standing in front of a red brick wall.
    # adapter: none
    case(
        "X250-046",
        caption("a man in a brown sweatshirt standing in front of a brick wall"),
        wearing("a brown sweater and blue jeans", "contradiction", who="he"),
        Q.color("red", "contradiction"),
        Q.garment_type("sweatshirt"),
        describe("sweatshirt", "a brown sweatshirt with a red brick wall behind him"),
        Q.material("wool", "unsupported"),
        title="Men Coffee Brown Solid Sweatshirt",
        category="Sweatshirts",
        color="Brown",
        gender="Men",
    ),
]
