"""BLIND_262 (46 products; UK high-street menswear on grey studio backdrops): written blind in the forty-second session.
Measured blind at 3a84e7d (the session's rules as they stood): 85/117 failures found (72.6%) and 12/147 correct texts
flagged (8.2%). The writer's notes, verbatim:

Scenario: a UK high-street retailer's menswear feed: shirts (Oxford, poplin, linen, flannel check, chambray, prints),
polo shirts (pique, tipped, knitted), knitwear (lambswool crews, half-zips, cable knits, cardigans, roll necks,
sweatshirts), chinos, jeans (washes, fits, rips), jackets (denim, padded, suede, Harrington, field, gilet), coats
(overcoats, peacoat, parka) and suits (two-piece, three-piece check, tuxedo, linen). Model shots on a plain grey
studio backdrop, front view, the model styled in a full outfit (a tee under a jacket, a shirt collar showing above a
jumper, chinos or jeans below a top), so almost every photo holds two or three garments in different colors. Each
row has the seller's title, category, color (the retailer's own words: Stone, Ecru, Camel, Mid Blue, Charcoal...)
and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
navy suit and white shirt") unless the comment says the caption adapter wrote them: the caption-only LoRA adapter
of the original experiments, which writes the DeepFashion template ("The gentleman wears a long-sleeve shirt with
pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. ..."), has no end-of-answer token,
runs to its limit (50 new tokens for captions, 30 for answers) and returns its template to any question: every
adapter text carries hit_limit=True. One product (X262-028) has its open color question answered by the VQA adapter,
which also never stops ("black black black ..."), hit_limit=True. The other open questions (wearing, description,
details, material, fit, neckline, collar) come from the base model, which stops on its own and never has hit_limit.
The closed questions (garment_type, color, pattern, sleeve_length, wash, the per-piece color questions and the yes/no
"Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue or dark blue for navy, indigo or mid blue; beige or khaki
  for stone and sand; brown or tan for camel and tan; green for olive, bottle green and (UK) khaki; red for burgundy;
  white, cream or beige for ecru; grey for charcoal and grey marl. Navy called black (or grey) is a contradiction,
  and so is burgundy called pink.
- Garment synonyms count as correct: sweater or jumper for knitwear, sweatshirt called sweater, pants or trousers for
  chinos, shirt for a tee under a jacket, vest for a gilet, blazer or jacket for a suit jacket, pea coat for a
  peacoat, denim for chambray, leather for suede, sweater for a knitted polo (its category is Knitwear). A striped
  jumper called a shirt, a puffer or parka called a sweater (the adapter's template does this) and chinos answered
  yes to "Is this a pair of jeans?" are contradictions.
- Layered outfits: the colors of the other pieces, named piece by piece ("a navy sweater over a white shirt", "a
  white t-shirt and khaki pants"), are correct, and so is a per-piece color question answered with that piece's own
  color ("What is the color of the shirt?" "white" on a suit). The color of another piece given to the product (the
  tee under a jacket, the roll neck under a coat, the scarf, the shirt and tie of a suit) or the product's color given
  to another piece ("white pants" for stone chinos under a white shirt, "grey jeans" under a grey jumper) is
  other_garment_color; the pattern or sleeves of another piece given to the product (a check shirt's pattern for a
  plain gilet, its long sleeves for a sleeveless gilet) and a lining's check given as the pattern are contradiction.
  A shirt collar showing above a jumper called the jumper's "white collar" is other_garment_color.
- A print's color given as the garment's color (navy for a white leaf-print shirt, blue for a white polo with a navy
  chest stripe) is contradiction, as in the earlier sets. A solid cable knit answered "solid" and a chest stripe
  answered "striped" are correct.
- Materials: one the title names is correct (lambswool or merino as wool, flannel, linen, denim, suede as leather); a
  plausible guess where the title names none (wool for a chunky cable knit, nylon for a padded jacket, cotton for a
  pique polo) is correct; a material the title contradicts (cotton for viscose, silk for linen, wool for a cotton
  knitted polo, cashmere for a wool blend, denim for cotton chinos, silk for a tuxedo) is unsupported.
- Invented details not in the photo (a tie or a pocket square that is not there, a watch on hidden hands, a hood, a
  drawstring, a belt on a coat, rips, epaulettes, gold buttons on horn buttons, a fur trim, a turtleneck on a crew
  neck) are unsupported. A belt, a logo, patch pockets, trainers or rips that the photo shows are correct.
- Adapter texts: a text that repeats a sentence (or a clause) of the template is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material question is restated even though it is also cut.
  Where the template misnames the product itself (a sweater for a puffer jacket or a parka) the misnaming is what
  the auditor sees first: contradiction, hit_limit kept. Where it describes the tee under a coat and repeats itself,
  the loop is labelled. The template answering wearing, description or details is cut or loop, not restated.
- Base answers: cut short by an early stop ("the shirt is made of", "the fit of the jeans is") is cut without
  hit_limit; a text running on into "Question: ... Answer: ..." is leak even where its first words are right; an
  empty answer, "the details of the jeans", "they are jeans", "the suit has details" and "it is made of fabric" are
  non_answer; a material answered with the garment's color or name ("khaki", "grey jeans") and a description that
  is only the garment's name ("a suit") are restated; "she" or "a woman" for a man is pronoun.
- One kind per text: the one the auditor sees first (a leak after a wrong color is leak only where the first words
  are right; all leaks here start right).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "open")
neckline = question("neckline", "What is the neckline of the sweater?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")
wash = question("wash", "What is the wash of the jeans?", "closed")


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' own wording: "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_262 = [
    # photo: man in a white Oxford button-down shirt, long sleeves, chest pocket, untucked over stone chinos; plain
    # grey studio backdrop, front view, full length. details: adapter
    case(
        "X262-001",
        caption("a man in a white shirt and khaki pants standing in front of a grey wall"),
        he("a white shirt and white pants", "other_garment_color"),
        color_of("shirt", "white"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Men's Pure Cotton Oxford Button-Down Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a blue and white fine-striped poplin shirt, long sleeves, no pocket, tucked into navy chinos;
    # grey backdrop, front view. caption: adapter
    case(
        "X262-002",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        he("a blue striped shirt and black pants", "contradiction"),
        B.pattern("striped"),
        color_of("shirt", "blue"),
        details("shirt", "the shirt has a pocket on the chest and epaulettes on the shoulders", "unsupported"),
        B.material("cotton"),
        title="Men's Striped Easy Iron Poplin Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red, navy and white checked brushed-cotton flannel shirt worn open over a white crew-neck tee,
    # mid-blue jeans; grey backdrop, front view. caption: adapter
    case(
        "X262-003",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "a red and blue plaid flannel shirt with a white t-shirt underneath"),
        B.material("flannel"),
        is_a("shirt", "yes"),
        title="Men's Brushed Cotton Flannel Check Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a light blue linen shirt, short sleeves, open collar, untucked over beige chinos; grey backdrop,
    # front view. caption, details: adapter
    case(
        "X262-004",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light blue shirt and tan pants"),
        B.sleeve_length("short sleeves"),
        D.color("blue"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Men's Pure Linen Short Sleeve Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in a white short-sleeve revere-collar shirt with a navy and green leaf print, untucked over stone
    # chinos; grey backdrop, front view. No adapter text.
    case(
        "X262-005",
        caption("a man in a white shirt with blue and green leaves"),
        he("a floral shirt and beige pants"),
        B.pattern("floral"),
        color_of("shirt", "navy", "contradiction"),
        details("shirt", "it has a camp collar and a leaf print"),
        B.material("cotton", "unsupported"),
        title="Men's Leaf Print Viscose Revere Collar Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a black slim-fit shirt, long sleeves, pointed collar, tucked into black jeans; grey backdrop,
    # front view. No adapter text.
    case(
        "X262-006",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("jeans", "black"),
        details("shirt", "the shirt has buttons down the front and a pointed collar"),
        he("she is wearing a black shirt and black jeans", "pronoun"),
        B.material("the shirt is made of", "cut"),
        title="Men's Slim Fit Stretch Cotton Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mid-blue chambray shirt, long sleeves, buttoned, untucked over stone chinos; grey backdrop,
    # front view. caption, description: adapter
    case(
        "X262-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.material("denim"),
        title="Men's Chambray Long Sleeve Shirt",
        category="Shirts",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: man in a pale pink shirt, long sleeves, spread collar, no tie, tucked into grey trousers with a brown
    # leather belt; grey backdrop, front view. No adapter text.
    case(
        "X262-008",
        caption("a man in a pink shirt and grey pants with a brown belt"),
        he("a pink shirt and pink pants", "other_garment_color"),
        color_of("shirt", "pink"),
        details("shirt", "the shirt has a white collar and white cuffs", "unsupported"),
        collar("a spread collar Question: What is the color of the tie? Answer: blue", "leak"),
        B.sleeve_length("long sleeves"),
        title="Men's Pale Pink Easy Iron Slim Fit Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a navy pique polo shirt with white tipping on the collar and the sleeve cuffs, stone chinos; grey
    # backdrop, front view. details: adapter
    case(
        "X262-009",
        caption("a man wearing a navy polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        details(
            "polo shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton Question: What is the color of the collar? Answer: white", "leak"),
        he("a blue shirt and khaki pants"),
        title="Men's Tipped Pique Polo Shirt",
        category="Polo Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a bottle green pique polo shirt, short sleeves, over dark indigo jeans; grey backdrop, front view.
    # caption, wearing: adapter
    case(
        "X262-010",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a short",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        color_of("jeans", "green", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        title="Men's Bottle Green Pique Polo Shirt",
        category="Polo Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white polo shirt with a navy chest stripe and a small navy embroidered logo, over grey chinos;
    # grey backdrop, front view. No adapter text.
    case(
        "X262-011",
        caption("a man in a white and blue polo shirt"),
        D.pattern("striped"),
        D.color("blue", "contradiction"),
        D.wearing(
            "a white polo shirt and grey pants Question: What is the color of the polo shirt? Answer: white", "leak"
        ),
        D.details("a stripe across the chest and a logo on the chest"),
        D.material("the polo shirt is white", "restated"),
        title="Men's Chest Stripe Polo Shirt",
        category="Polo Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an ecru long-sleeve knitted polo, three buttons, over brown trousers; grey backdrop, front view.
    # No adapter text.
    case(
        "X262-012",
        caption("a man in a white sweater and brown pants"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("white"),
        D.material("wool", "unsupported"),
        title="Men's Cotton Rich Long Sleeve Knitted Polo",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: man in a black polo shirt, two-button placket, under an open grey overshirt, black jeans; grey backdrop,
    # front view. No adapter text.
    case(
        "X262-013",
        caption("a man wearing a grey jacket over a black polo shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        he("a black polo shirt and a grey jacket Question: What is the color of the pants? Answer: black", "leak"),
        D.details("a collar with two buttons"),
        title="Men's Slim Fit Polo Shirt",
        category="Polo Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a burgundy pique polo shirt, short sleeves, over light blue jeans; grey backdrop, front view.
    # details, material: adapter
    case(
        "X262-014",
        caption("a man in a pink polo shirt and blue jeans", "contradiction"),
        D.color("red"),
        color_of("jeans", "blue"),
        details(
            "polo shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Burgundy Pique Polo Shirt",
        category="Polo Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a navy crew-neck lambswool jumper with the collar of a white shirt showing above it, grey chinos;
    # grey backdrop, front view. No adapter text.
    case(
        "X262-015",
        caption("a man in a grey sweater and grey pants", "contradiction"),
        he("a navy sweater over a white shirt"),
        color_of("sweater", "navy"),
        neckline("crew neck"),
        B.material("wool"),
        details("sweater", "the sweater has a white collar and white cuffs", "other_garment_color"),
        title="Men's Pure Lambswool Crew Neck Jumper",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a grey marl half-zip jumper, stand collar, over dark blue jeans; grey backdrop, front view.
    # caption: adapter
    case(
        "X262-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a standing neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater is with knitted",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("grey"),
        D.details("a zipper on the front and a collar"),
        D.wearing("a grey sweater and grey jeans", "other_garment_color"),
        title="Men's Cotton Rich Half Zip Jumper",
        category="Knitwear",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: man in a chunky cream cable-knit crew-neck jumper over dark brown chinos; grey backdrop, front view.
    # wearing: adapter
    case(
        "X262-017",
        caption("a man in a white cable knit sweater standing in front of a grey wall"),
        D.pattern("solid"),
        D.color("beige"),
        D.details("cable knit pattern on the front and a turtleneck", "unsupported"),
        D.material("wool"),
        he(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Men's Chunky Cable Knit Jumper",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: man in a camel V-neck button cardigan with two patch pockets, over a white crew-neck tee, black jeans;
    # grey backdrop, front view. No adapter text.
    case(
        "X262-018",
        caption("a man wearing a brown cardigan over a white t-shirt"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.wearing("a brown sweater and black pants"),
        D.details("buttons on the front and two pockets"),
        D.material("it is made of fabric", "non_answer"),
        title="Men's V-Neck Button Cardigan",
        category="Knitwear",
        color="Camel",
        gender="Men",
    ),
    # photo: man in a navy and ecru Breton-striped jumper, boat neck, long sleeves, over stone chinos; grey backdrop,
    # front view. wearing: adapter
    case(
        "X262-019",
        caption("a man in a blue and white striped shirt", "contradiction"),
        D.pattern("striped"),
        D.color("navy"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.description("a blue and white striped sweater with a round neck"),
        D.sleeve_length("long sleeves"),
        title="Men's Cotton Breton Stripe Jumper",
        category="Knitwear",
        color="Navy Mix",
        gender="Men",
    ),
    # photo: man in a plain olive crew-neck sweatshirt, no hood, no pocket, over black jeans; grey backdrop, front
    # view.
    # No adapter text.
    case(
        "X262-020",
        caption("a man in a green sweatshirt and black jeans"),
        D.garment_type("sweater"),
        D.color("green"),
        D.details("the sweatshirt has a hood and a pocket", "unsupported"),
        D.wearing("she is wearing a green sweater and black pants", "pronoun"),
        D.material("cotton"),
        title="Men's Cotton Crew Neck Sweatshirt",
        category="Sweatshirts & Hoodies",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a charcoal merino roll-neck jumper under an open navy blazer, hands in trouser pockets, grey
    # trousers; grey backdrop, front view. No adapter text.
    case(
        "X262-021",
        caption("a man in a grey turtleneck sweater and a navy jacket"),
        D.color("blue", "other_garment_color"),
        neckline("a turtle neck"),
        D.material("merino wool"),
        D.details("", "non_answer"),
        he("a grey turtleneck and a blue jacket and a gold watch", "unsupported"),
        title="Men's Merino Wool Roll Neck Jumper",
        category="Knitwear",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in stone slim-fit chinos with a white crew-neck tee tucked in, white trainers; grey backdrop, front
    # view, full length. No adapter text.
    case(
        "X262-022",
        caption("a man in a white t-shirt and khaki pants"),
        D.garment_type("pants"),
        color_of("pants", "white", "other_garment_color"),
        D.color("beige"),
        describe("pants", "slim fit khaki pants with pockets"),
        D.material("khaki", "restated"),
        title="Men's Slim Fit Stretch Chinos",
        category="Chinos",
        color="Stone",
        gender="Men",
    ),
    # photo: man in navy regular-fit chinos with slanted front pockets and a light blue shirt tucked in; grey
    # backdrop, front view. caption: adapter. The row has no gender.
    case(
        "X262-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        he("a blue shirt and blue pants"),
        color_of("pants", "blue"),
        details("pants", "slanted pockets on the front and belt loops"),
        is_a("pair of jeans", "no"),
        D.material("denim", "unsupported"),
        title="Men's Regular Fit Cotton Chinos",
        category="Chinos",
        color="Navy",
    ),
    # photo: man in khaki-green tapered chinos with belt loops and turned-up hems, a black tee tucked in; grey
    # backdrop, front view, full length. wearing: adapter
    case(
        "X262-024",
        caption("a man wearing a black shirt and green pants"),
        D.color("green"),
        color_of("pants", "black", "other_garment_color"),
        D.wearing(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have a drawstring waist and cuffs at the ankles", "unsupported"),
        title="Men's Tapered Fit Chinos",
        category="Chinos",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in light grey smart chinos with a white pique polo tucked in; grey backdrop, front view.
    # description, details: adapter
    case(
        "X262-025",
        caption("a man in a white polo shirt and grey pants"),
        describe(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        details(
            "pants",
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        title="Men's Smart Chinos",
        category="Chinos",
        color="Light Grey",
        gender="Men",
    ),
    # photo: man in tan straight-fit chinos with a navy crew-neck jumper, belt loops and a button at the waist
    # visible; grey backdrop, front view. No adapter text.
    case(
        "X262-026",
        caption("a woman in a blue sweater and brown pants", "pronoun"),
        he("a navy sweater and tan pants"),
        color_of("pants", "brown"),
        D.material("cotton Question: What is the color of the sweater? Answer: navy", "leak"),
        details("pants", "belt loops and a button at the waist"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men's Straight Fit Chinos",
        category="Chinos",
        color="Tan",
        gender="Men",
    ),
    # photo: man in mid-blue slim-fit stretch jeans, no rips, with a white crew-neck tee; grey backdrop, front view.
    # No adapter text.
    case(
        "X262-027",
        caption("a man in a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        wash("dark wash", "contradiction"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        D.garment_type("jeans"),
        D.material("denim"),
        title="Men's Slim Fit Stretch Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: man in black skinny jeans with a grey pullover hoodie; grey backdrop, front view. caption: adapter;
    # the open color question: VQA adapter
    case(
        "X262-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        wash("black"),
        D.wearing("a grey hoodie and black jeans"),
        D.material("black jeans", "restated"),
        title="Men's Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in light-wash straight-leg jeans with a navy crew-neck sweatshirt; grey backdrop, front view.
    # No adapter text.
    case(
        "X262-029",
        caption("a man in a blue sweatshirt and light blue jeans"),
        color_of("jeans", "navy", "other_garment_color"),
        wash("light wash"),
        D.details("the details of the jeans", "non_answer"),
        fit("straight leg"),
        title="Men's Straight Fit Light Wash Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in dark indigo rinse jeans with turned-up hems, a white Oxford shirt tucked in, brown leather belt;
    # grey backdrop, front view. details, material: adapter
    case(
        "X262-030",
        caption("a woman in a white shirt and dark blue jeans with a brown belt", "pronoun"),
        color_of("jeans", "blue"),
        wash("light wash", "contradiction"),
        details(
            "jeans",
            "The pants this gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        title="Men's Regular Fit Rinse Wash Jeans",
        category="Jeans",
        color="Indigo",
        gender="Men",
    ),
    # photo: man in grey tapered jeans with a black crew-neck tee; grey backdrop, front view. No adapter text.
    case(
        "X262-031",
        caption("a man in a black t-shirt and grey jeans"),
        color_of("jeans", "grey"),
        D.details("they are jeans", "non_answer"),
        D.material("grey jeans", "restated"),
        fit("the fit of the jeans is", "cut"),
        title="Men's Tapered Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in mid-blue skinny jeans with rips at both knees, a white shirt untucked, white trainers; grey
    # backdrop, front view, full length. No adapter text.
    case(
        "X262-032",
        caption("a man in a white shirt and ripped jeans"),
        details("jeans", "rips on the knees"),
        color_of("jeans", "white", "other_garment_color"),
        D.wearing("a white shirt and blue jeans and white sneakers"),
        wash("mid wash"),
        is_a("pair of jeans", "yes"),
        D.material("", "non_answer"),
        title="Men's Ripped Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a mid-blue denim trucker jacket, two buttoned chest pockets, open over a white pullover hoodie,
    # black jeans; grey backdrop, front view. No adapter text.
    case(
        "X262-033",
        caption("a man wearing a denim jacket over a white hoodie"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue"),
        D.details("buttons on the front and two chest pockets and a fur collar", "unsupported"),
        is_a("coat", "yes", "contradiction"),
        title="Men's Denim Trucker Jacket",
        category="Coats & Jackets",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: man in a black shower-resistant padded (puffer) jacket, zipped, stand collar, grey joggers; grey
    # backdrop, front view. caption, wearing: adapter
    case(
        "X262-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("jacket"),
        D.material("nylon"),
        is_a("coat", "no"),
        title="Men's Shower Resistant Padded Jacket",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a tan suede trucker jacket, press-stud front, open over a white tee, blue jeans; grey backdrop,
    # front view. No adapter text.
    case(
        "X262-035",
        caption("a man in a brown suede jacket and jeans"),
        D.material("leather"),
        color_of("jacket", "brown"),
        D.details("a zipper on the front and a hood", "unsupported"),
        he("a brown jacket and a white shirt"),
        title="Men's Suede Trucker Jacket",
        category="Coats & Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: man in a navy Harrington jacket half zipped, red tartan lining showing at the collar, over a grey tee;
    # grey backdrop, front view. No adapter text.
    case(
        "X262-036",
        caption("a man in a navy jacket with a plaid lining"),
        D.pattern("checked", "contradiction"),
        D.color("navy"),
        D.details("a zip front and a plaid lining and two", "cut"),
        D.wearing("a blue jacket and a grey t-shirt Question: What is the color of the jacket? Answer: blue", "leak"),
        title="Men's Harrington Jacket",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: man in an olive cotton field jacket with four flap pockets, open over a black tee, stone chinos; grey
    # backdrop, front view. details: adapter
    case(
        "X262-037",
        caption("a man in a green jacket with pockets"),
        D.garment_type("jacket"),
        D.color("green"),
        D.details(
            "There is an outer clothing with cotton fabric and pure color patterns. The gentleman wears a "
            "short-sleeve T-shirt with pure color patterns. The T",
            "cut",
            hit_limit=True,
        ),
        he("a green jacket and a green shirt", "other_garment_color"),
        title="Men's Cotton Utility Field Jacket",
        category="Coats & Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a navy quilted gilet (sleeveless), zipped, over a red and green check long-sleeve shirt, stone
    # chinos; grey backdrop, front view. wearing: adapter
    case(
        "X262-038",
        caption("a man wearing a blue vest over a checkered shirt"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("navy"),
        D.pattern("checked", "contradiction"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men's Lightweight Quilted Gilet",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a charcoal knee-length wool-blend overcoat, notch lapels, over a black roll neck, grey trousers;
    # grey backdrop, front view. description: adapter
    case(
        "X262-039",
        caption("a man in a long grey coat standing in front of a grey wall"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.material("", "non_answer"),
        describe(
            "coat",
            "There is an outer clothing with cotton fabric and pure color patterns. The gentleman wears a long-sleeve "
            "sweater with pure color patterns. The sweater is with",
            "cut",
            hit_limit=True,
        ),
        title="Men's Wool Blend Overcoat",
        category="Coats & Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a camel single-breasted wool-blend overcoat, no belt, open over a white tee, blue jeans; grey
    # backdrop, front view. caption: adapter
    case(
        "X262-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        D.garment_type("coat"),
        D.material("cashmere", "unsupported"),
        D.details("the coat has a belt and buttons", "unsupported"),
        he("a brown coat and jeans"),
        title="Men's Wool Blend Overcoat",
        category="Coats & Jackets",
        color="Camel",
        gender="Men",
    ),
    # photo: man in a navy double-breasted wool peacoat with dark horn buttons, a grey scarf, white shirt collar;
    # grey backdrop, front view. No adapter text.
    case(
        "X262-041",
        caption("a man wearing a navy pea coat and a grey scarf"),
        D.color("grey", "other_garment_color"),
        D.details("double breasted with gold buttons", "unsupported"),
        D.garment_type("coat"),
        he("she is wearing a navy coat and a scarf", "pronoun"),
        D.material("wool"),
        title="Men's Wool Rich Double Breasted Peacoat",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a black hooded parka (plain hood, no fur trim), zipped, black jeans; grey backdrop, front view.
    # description, material: adapter. The row has no color.
    case(
        "X262-042",
        caption("a man in a black parka with a hood"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("black"),
        color_of("pants", "black"),
        D.garment_type("coat"),
        he("a black coat with a fur hood", "unsupported"),
        title="Men's Hooded Parka",
        category="Coats & Jackets",
        gender="Men",
    ),
    # photo: man in a navy two-piece slim-fit suit, white shirt open at the neck, no tie; grey backdrop, front view.
    # No adapter text.
    case(
        "X262-043",
        caption("a man in a black suit and white shirt", "contradiction"),
        D.garment_type("suit"),
        color_of("jacket", "navy"),
        color_of("shirt", "white"),
        he("a blue suit with a white shirt and a tie", "unsupported"),
        title="Men's Navy Wool Blend Slim Fit Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a grey Prince of Wales check three-piece suit with waistcoat, light blue shirt, navy tie, no
    # pocket square; grey backdrop, front view. caption: adapter
    case(
        "X262-044",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue", "other_garment_color"),
        he("a grey suit with a vest and a blue tie"),
        is_a("suit", "yes"),
        D.details("the suit has a vest and a pocket square", "unsupported"),
        title="Men's Grey Check Three Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black tuxedo suit with satin peak lapels, white dress shirt, black bow tie; grey backdrop,
    # front view. No adapter text.
    case(
        "X262-045",
        caption("a man in a black tuxedo with a bow tie"),
        D.garment_type("suit"),
        D.color("black"),
        D.details("satin lapels and a bow tie"),
        D.material("silk", "unsupported"),
        D.description("a black tuxedo Question: What is the color of the shirt? Answer: white", "leak"),
        title="Men's Black Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sand linen two-piece suit over a white crew-neck tee, bare ankles and tan loafers; grey
    # backdrop, front view, full length. No adapter text. The row has no gender.
    case(
        "X262-046",
        caption("a man in a beige suit and white t-shirt"),
        D.color("beige"),
        D.material("linen"),
        D.details("the suit has details", "non_answer"),
        D.wearing("a beige jacket and pants Question: What is the color of the shirt? Answer: white", "leak"),
        D.description("a suit", "restated"),
        title="Men's Linen Suit",
        category="Suits",
        color="Sand",
    ),
]
