"""BLIND_186 (48 products; women's western wear from an Indian marketplace, Myntra-like, English): written blind in the
thirty-seventh session. Measured blind at 8729563 (the session's final rules): 130/146 failures found (89.0%) and
8/143 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra-like catalog of women's western wear (tops, shirts, t-shirts, dresses, jeans, trousers, skirts,
jumpsuits, shrugs, co-ord sets). Titles follow the marketplace style ("Roadster Women Black Solid Regular Top");
seller columns are title=, category= (the marketplace's article type: Tops, Shirts, Tshirts, Dresses, Jeans,
Trousers, Skirts, Jumpsuit, Shrug, Co-Ords), color= (the seller's base colour) and gender="Women"; a few products
lack one of these columns. Photos are female models on white backdrops, the product mostly worn with other clothes
(a top with jeans, a skirt with a t-shirt); three are flat-lays with no person (products 9, 13, 44).

Systems, as the original experiments had them:
- untuned base blip2-opt-2.7b: short lowercase captions and answers ("a woman in a black top and blue jeans",
  "t - shirt" spacing), stops on its own (hit_limit False). Its failures: one color for every garment, a man's
  pronoun or "man" for the model, invented details (zipper, belt, bow, collar, buttons), exotic materials it cannot
  see (silk, leather), non-answers ("yes", "i don't know", "the person") and echoes of the question.
- caption adapters (epoch 1 and epoch 3): the DeepFashion-MultiModal template ("The lady wears a short-sleeve
  T-shirt with pure color patterns...") for the caption and for every open prompt, no end token, so always
  hit_limit=True (50 tokens for captions, 30 for answers): cut mid-sentence or looping on one sentence, sometimes
  "The gentleman"/"His", sometimes an accessory, ring or hat that is not in the photo.
- VQA adapter: a one-word answer that runs on to the 30-token limit (hit_limit=True), either repeating the word or
  continuing with "Question: ... Answer: ..." turns.
- reference engine: every closed answer (garment_type, color, pattern, sleeve_length, is_a, and color_of stored
  closed): picks one candidate, never loops, hit_limit False; its failures are another garment's color, a print's
  color, the wrong garment (the top under a shrug, "dress" for a jumpsuit or a co-ord set) or the wrong sleeves.

Labeling conventions and judgement calls:
- One label per failure, the one an auditor sees first. A caption-adapter text always runs to the limit; it is
  labeled cut only when the cut is its only fault; loop when a sentence repeats; unsupported when it adds a ring,
  hat or wrist accessory not in the photo; pronoun when it says "The gentleman"/"His"; non_answer when it is the
  template given to a color question (no hue at all), even though that text is also cut.
- A VQA text that continues with "Question:" is leak even when the turns repeat; one that repeats a word is loop.
- other_garment_color: the color named for the product belongs to another garment plainly visible in the photo
  (the jeans' blue for the top, "a black shirt and a black skirt" when only the shirt is black), for open and closed
  texts alike. contradiction: a closed color that is only a print's or a stripe's color (no other garment has it),
  or a wrong garment type / wrong sleeve length / wrong pattern / "no" to the right is_a.
- unsupported: a detail or a material no one can see in the photo and the title does not name. A material the
  photo plainly supports (denim jeans, cotton tee, knit top, velvet, faux leather named in the title) is correct.
- restated: the answer only echoes the question ("the garment is a garment", "the shirt has details");
  non_answer: no information at all ("yes" to an open question, "i don't know", "the person", "none", naming the
  garment when asked the material).
- Correct: near-synonym colors a shopper would accept (teal -> "green"/"blue" for "Teal Blue", maroon/burgundy ->
  "red", peach, cream -> "white", rust -> "brown"), "jeans"/"pants" for the other garment, "cardigan" for a shrug
  in an open text, several garments with their own colors, print colors, real embellishments the title names
  (sequins, schiffli, tie-up neck, ruffles, faux leather, distressing, pockets that are really there).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

W = "Women"

BLIND_186 = [
    # 1. Model in a black short-sleeve round-neck regular top tucked into light blue straight jeans, white
    # sneakers, white backdrop. Plain fabric, no print.
    case(
        "MYN-186-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.garment_type("top"),
        D.color("black"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Black Solid Regular Top",
        category="Tops",
        color="Black",
    ),
    # 2. Model in a mustard yellow A-line midi dress with a small white and rust floral print, short flutter sleeves,
    # V-neck, self tie belt at the waist, tan sandals. Fabric looks like a light polyester crepe; no fabric column.
    case(
        "MYN-186-002",
        caption("a woman in a yellow floral dress"),
        D.wearing("a yellow dress with flowers"),
        D.color("mustard"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of silk", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Mustard Floral Print A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # 3. Model in mid-blue high-rise wide-leg jeans with a white sleeveless tank top tucked in, white sneakers. No
    # jewellery, no bag, hands empty.
    case(
        "MYN-186-003",
        caption(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. There is a ring on her finger. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white tank top and blue jeans", who="she"),
        color_of("jeans", "blue"),
        color_of("shirt", "white", kind="open"),
        question("details_jeans", "What are the jeans details?", "open")(
            "wide leg Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        gender=W,
        title="Tokyo Talkies Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 4. Model in an off-white shirt with thin black vertical stripes, long sleeves rolled to the elbow, spread
    # collar, button placket, front-tucked into beige trousers.
    case(
        "MYN-186-004",
        caption("a woman in a striped shirt and beige pants"),
        D.wearing("a white and black striped shirt with beige pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("striped"),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The lady wears a long "
            "trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="HERE&NOW Women Off White & Black Striped Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # 5. Model in a lavender square-neck top with short puff sleeves (smocked panel at the back, not visible),
    # plain front, no bow, worn with white jeans.
    case(
        "MYN-186-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a square neckline. The pants are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and white pants"),
        D.color("lavender"),
        D.description("a purple top with puff sleeves"),
        D.details("the top has a bow on the front", "unsupported"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="DressBerry Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # 6. Model in navy blue high-rise straight trousers with a pressed crease and slant pockets, a white shirt
    # tucked in, black heels.
    case(
        "MYN-186-006",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white shirt and navy pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("navy blue"),
        D.details(
            "The trousers the lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open", failure="other_garment_color"),
        gender=W,
        title="Mast & Harbour Women Navy Blue Solid Straight Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 7. Model in a rust wrap midi dress with a small cream and green floral print, three-quarter sleeves, V-neck,
    # tie at the waist, nude block heels.
    case(
        "MYN-186-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: orange Question: What is the color of the "
            "dress? Answer: orange",
            "leak",
            hit_limit=True,
        ),
        D.color("rust"),
        D.description("a rust colored dress with small cream and green flowers"),
        D.details("it has a tie at the waist"),
        gender=W,
        title="Harpa Women Rust Orange Floral Print Wrap Dress",
        category="Dresses",
        color="Rust",
    ),
    # 8. Model in a teal satin shirt-style top with a collar and long sleeves, worn with black jeans, black heels.
    case(
        "MYN-186-008",
        caption("a woman in a green shirt and black jeans"),
        D.wearing("a black shirt and black jeans", "other_garment_color"),
        D.color("teal"),
        D.material("satin"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with satin fabric. It has a "
            "lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Teal Blue Solid Shirt Style Top",
        category="Tops",
        color="Teal",
    ),
    # 9. Flat-lay, no person: a white crew-neck short-sleeve t-shirt with a small black and red rose graphic and the
    # word "bloom" on the chest, laid flat on a white background.
    case(
        "MYN-186-009",
        caption("a white t - shirt with a rose on it"),
        D.wearing("a white t - shirt"),
        D.color("white"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "rose Question: What is the color of the rose? Answer: red Question: What is the color of the t-shirt? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="ONLY Women White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 10. Model in an olive green sleeveless V-neck wide-leg jumpsuit with a self tie belt, white sneakers. No
    # rings, no bracelet or watch.
    case(
        "MYN-186-010",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a ring. There is an accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("olive"),
        D.details("it has a belt at the waist"),
        D.material("the jumpsuit", "non_answer"),
        gender=W,
        title="Vero Moda Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # 11. Model in a maroon knife-pleated midi skirt with an elasticated waistband, a black fitted t-shirt tucked
    # in, black heels.
    case(
        "MYN-186-011",
        caption("a woman in a black top and a red skirt"),
        D.wearing("a black shirt and a black skirt", "other_garment_color"),
        D.color("maroon"),
        D.details(
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        D.description("a maroon pleated skirt"),
        color_of(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        title="AND Women Maroon Solid Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # 12. Model in a pink top with a white daisy print, ruffled hem, short flutter sleeves, round neck, worn with
    # blue jeans.
    case(
        "MYN-186-012",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long denim pants. The shirt is with "
            "chiffon fabric. It has a round neckline. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink shirt and jeans", "pronoun"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        D.description("a pink top with white flowers and a ruffled hem"),
        D.details("ruffles"),
        D.material(
            "chiffon Question: What is the pattern of the shirt? Answer: floral Question: What is the pattern of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Berrylush Women Pink Floral Print Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # 13. Flat-lay, no person: black high-rise skinny jeans folded flat, five pockets, silver button and rivets, a
    # zip fly. No belt.
    case(
        "MYN-186-013",
        caption("a pair of black jeans on a white background"),
        D.wearing("a pair of black jeans"),
        D.color("black"),
        D.description(
            "The lady wears a long denim pants. The pants are with denim fabric and solid color patterns. The lady "
            "wears a long denim pants. The pants are with denim fabric and solid color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zipper on the side and a belt", "unsupported"),
        gender=W,
        title="Levis Women Black Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # 14. Model in a white cotton top with schiffli (eyelet) embroidery all over, short sleeves, round neck, worn
    # with light blue jeans.
    case(
        "MYN-186-014",
        caption("a woman wearing a white lace top and jeans"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.details("embroidered eyelets all over"),
        D.description(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Athena Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # 15. Model in a matching beige co-ord set: a short-sleeve collared shirt (no pockets) and wide-leg trousers,
    # brown sandals.
    case(
        "MYN-186-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with linen "
            "fabric. It has a lapel neckline. The pants are with linen fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and beige pants"),
        D.garment_type("co-ord set"),
        color_of("pants", "beige", kind="open"),
        D.details("the shirt has a chest pocket", "unsupported"),
        gender=W,
        title="KASSUALLY Women Beige Solid Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # 16. Model in a red sleeveless square-neck bodycon mini dress, nude heels; front view only.
    case(
        "MYN-186-016",
        caption("a woman in a red dress"),
        D.wearing("a red dress"),
        D.color("red"),
        D.description(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. His dress is",
            "pronoun",
            hit_limit=True,
        ),
        D.details("it has a zipper on the back", "unsupported"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="FOREVER 21 Women Red Solid Bodycon Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # 17. Model in a yellow and white gingham checked shirt, long sleeves, collar, worn open over a white tank top
    # with blue jeans.
    case(
        "MYN-186-017",
        caption("a woman in a yellow and white checked shirt"),
        D.wearing("a yellow plaid shirt, a white tank top and blue jeans"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "buttons Question: What is the color of the buttons? Answer: white Question: What is the color of the "
            "shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="HERE&NOW Women Yellow & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Yellow",
    ),
    # 18. Model in a navy blue flared midi skirt with white polka dots, a plain white t-shirt tucked in, white
    # sneakers.
    case(
        "MYN-186-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. The skirt is with chiffon fabric and graphic patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue skirt with white polka dots", who="she"),
        color_of("skirt", "navy blue"),
        color_of("shirt", "navy blue", kind="open", failure="other_garment_color"),
        question("details_skirt", "What are the skirt details?", "open")(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka "
            "dots polka dots",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender=W,
        title="Zima Leto Women Navy Blue & White Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # 19. Model in a grey melange short-sleeve crew-neck t-shirt, untucked, with black jeans.
    case(
        "MYN-186-019",
        caption("a woman in a grey t - shirt and black jeans"),
        D.wearing("she is wearing a grey t - shirt"),
        D.color("grey melange"),
        D.description("the garment is a garment", "restated"),
        D.details("the details are the details of the garment", "restated"),
        gender=W,
        title="Roadster Women Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 20. Model in a black sequinned long-sleeve round-neck bodycon mini dress, black heels; fabric is a sequinned
    # knit, not leather.
    case(
        "MYN-186-020",
        caption("a woman in a black sequin dress"),
        D.wearing("a black sparkly dress"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details("sequins all over"),
        D.material("leather", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 21. Model in a mustard ribbed sleeveless square-neck crop top with white wide-leg trousers, white sandals.
    case(
        "MYN-186-021",
        caption("a woman in a yellow top and white pants"),
        D.wearing(
            "top Question: What is the color of the top? Answer: yellow Question: What is the color of the pants? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("crop top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with knitting "
            "fabric. It has a square",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # 22. Model in light blue mom-fit ankle-length jeans with mild fading, a black sleeveless crop tank top, white
    # sneakers.
    case(
        "MYN-186-022",
        caption(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and blue jeans"),
        D.color("light blue"),
        color_of("jeans", "black", kind="open", failure="other_garment_color"),
        D.description("it is a pair of jeans that are jeans", "restated"),
        D.details("faded"),
        D.material(
            "denim Question: What is the color of the jeans? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Wrangler Women Light Blue Mom Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 23. Model in an off-white open-front crochet shrug with short sleeves (no buttons), over a black camisole and
    # blue jeans.
    case(
        "MYN-186-023",
        caption("a woman in a white crochet cardigan and a black top"),
        D.wearing("a white cardigan over a black top with blue jeans"),
        D.garment_type("shrug"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve cardigan with lattice patterns and a long denim pants. The cardigan is "
            "with knitting fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("it has buttons down the front", "unsupported"),
        gender=W,
        title="Roadster Women Off White Open Front Crochet Shrug",
        category="Shrug",
        color="Off White",
    ),
    # 24. Model in a green top with a small white and yellow floral print, tie-up neck with tassels, long balloon
    # sleeves, worn with white jeans.
    case(
        "MYN-186-024",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns. His shirt has",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green floral top with white pants"),
        D.color("green"),
        D.details("tie-up neck with tassels"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Harpa Women Green & White Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Green",
    ),
    # 25. Model in navy slim-fit ankle-length formal trousers with belt loops and a thin black belt, a light pink
    # formal shirt tucked in.
    case(
        "MYN-186-025",
        caption("a woman in a pink shirt and blue pants"),
        D.wearing("a pink shirt and pink pants", "other_garment_color"),
        D.color("navy blue"),
        D.description(
            "The trousers the lady wears is of long length. The trousers the lady wears is of long length. The "
            "trousers the lady wears is",
            "loop",
            hit_limit=True,
        ),
        D.details("belt loops and a black belt"),
        gender=W,
        title="Allen Solly Woman Women Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 26. Model in a teal midi shirt dress: collar, full button placket, short sleeves, self-tie belt; no hat, hair
    # loose.
    case(
        "MYN-186-026",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a hat. The dress is of long length. The",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("teal"),
        D.details("yes", "non_answer"),
        D.material("i don't know", "non_answer"),
        gender=W,
        title="Sera Women Teal Blue Solid Shirt Dress",
        category="Dresses",
        color="Teal",
    ),
    # 27. Model in a white boat-neck top with horizontal black stripes and three-quarter sleeves, with a red midi
    # skirt, black flats.
    case(
        "MYN-186-027",
        caption("a woman in a striped shirt and a red skirt"),
        D.wearing("a black and white striped top with a red skirt"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with stripe patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        D.material("yes", "non_answer"),
        gender=W,
        title="DressBerry Women White & Black Striped Boat Neck Top",
        category="Tops",
        color="White",
    ),
    # 28. Model in a mid-blue sleeveless denim jumpsuit: collar, front button placket, two chest pockets, waist
    # tie, full length; white sneakers.
    case(
        "MYN-186-028",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with denim fabric. It has a "
            "lapel neckline. The romper is of long length. The romper is of long length. The romper",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim jumpsuit", who="she"),
        is_a("jumpsuit", "no", "contradiction"),
        is_a("dress", "no"),
        color_of("jumpsuit", "blue"),
        question("details_jumpsuit", "What are the jumpsuit details?", "open")(
            "pockets Question: What is the color of the pockets? Answer: blue Question: What is the color of the "
            "jumpsuit?",
            "leak",
            hit_limit=True,
        ),
        B.material("denim"),
        gender=W,
        title="ONLY Women Blue Solid Denim Basic Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # 29. Model in a peach long-sleeve collared shirt with a button placket and curved hem, untucked, with white
    # jeans. No color column.
    case(
        "MYN-186-029",
        caption("a woman in a peach shirt and white jeans"),
        D.wearing("a white shirt and white jeans", "other_garment_color"),
        D.garment_type("shirt"),
        D.color("peach"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "denim pants. The",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a long sleeve button up shirt", "pronoun"),
        D.material(
            "cotton Question: Is the shirt long sleeved? Answer: yes Question: Is the shirt long sleeved? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Peach-Coloured Solid Casual Shirt",
        category="Shirts",
    ),
    # 30. Model in a black faux leather A-line mini skirt with a front zip, a white ribbed long-sleeve top tucked
    # in, black ankle boots.
    case(
        "MYN-186-030",
        caption("a woman in a white top and black leather skirt"),
        D.wearing("a white shirt and a black skirt"),
        D.material("leather"),
        D.details("a zipper on the front"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Trendyol Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # 31. Model in a fuchsia pink sleeveless top with a ruched front and a front tie, with white jeans.
    case(
        "MYN-186-031",
        caption("a man in a pink shirt and white pants", "pronoun"),
        D.wearing("a pink top and white jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton "
            "fabric. The tank top is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "ruched Question: What is the pattern of the top? Answer: solid Question: What is the pattern of the "
            "top? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Popnetic Women Fuchsia Solid Ruched Top",
        category="Tops",
        color="Fuchsia",
    ),
    # 32. Model in rust wide parallel trousers with an elasticated waist (no back view), a cream knit short-sleeve
    # top tucked in, tan sandals.
    case(
        "MYN-186-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "knitting fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and brown pants"),
        D.garment_type("trousers"),
        D.color("cream", "other_garment_color"),
        D.description(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants have pockets on the back", "unsupported"),
        D.material("the garment is made of fabric", "non_answer"),
        gender=W,
        title="SASSAFRAS Women Rust Solid Parallel Trousers",
        category="Trousers",
        color="Rust",
    ),
    # 33. Model in a navy blue sleeveless V-neck tiered maxi dress with a large pink and white floral print and
    # ruffled tiers.
    case(
        "MYN-186-033",
        caption("a woman in a blue floral dress"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a tiered skirt with ruffles"),
        D.material("a dress", "non_answer"),
        gender=W,
        title="Athena Women Navy Blue & Pink Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 34. Model in a navy polo t-shirt with white tipping on the collar and a small red embroidered logo on the
    # chest, short sleeves, with white shorts.
    case(
        "MYN-186-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and white shorts"),
        D.garment_type("shorts", "contradiction"),
        D.color("navy blue"),
        color_of("shorts", "blue", kind="open", failure="other_garment_color"),
        D.details("white stripes on the collar and a red logo"),
        D.material(
            "pique Question: What is the color of the shorts? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="U.S. Polo Assn. Women Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 35. Model in a white long-sleeve formal shirt with a collar, tucked into grey formal trousers.
    case(
        "MYN-186-035",
        caption("a woman in a white shirt and grey pants"),
        D.wearing("the person", "non_answer"),
        D.garment_type("shirt"),
        D.color("grey", "other_garment_color"),
        D.description("describe the garment", "restated"),
        D.details("the shirt has details", "restated"),
        D.material(
            "The shirt is with cotton fabric. It has a lapel neckline. The lady wears a long trousers. The trousers "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Van Heusen Woman Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # 36. Model in an olive green utility shirt with two flap chest pockets and roll-up long sleeves, worn open over
    # a white t-shirt with black jeans.
    case(
        "MYN-186-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric. It has a lapel neckline. His T-shirt is with pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green shirt over a white t - shirt and black jeans"),
        D.color("olive"),
        D.details("two pockets on the chest"),
        D.material(
            "cotton Question: What is the color of the jeans? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description("a black shirt with pockets", "other_garment_color"),
        gender=W,
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 37. Model in a bright yellow sleeveless fit & flare mini dress with a smocked bodice and square neck; no
    # collar.
    case(
        "MYN-186-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. The dress is of short length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        D.color("yellow"),
        D.details(
            "smocking Question: What is the color of the dress? Answer: yellow Question: What is the length of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("a yellow dress with a white collar", "unsupported"),
        D.material("none", "non_answer"),
        gender=W,
        title="Zima Leto Women Yellow Solid Smocked Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # 38. Model in a sage green ribbed knit co-ord set: a short-sleeve round-neck crop top and a matching bodycon
    # midi skirt, white sneakers.
    case(
        "MYN-186-038",
        caption("a woman in a green top and skirt"),
        D.wearing("he is wearing a green top and a green skirt", "pronoun"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "knitting fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        gender=W,
        title="Berrylush Women Sage Green Ribbed Top with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # 39. Model in dark navy bootcut jeans, a mustard yellow long-sleeve sweater tucked at the front, tan boots.
    case(
        "MYN-186-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric. It has a round neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow sweater and blue jeans", who="she"),
        color_of("jeans", "yellow", kind="open", failure="other_garment_color"),
        color_of(
            "shirt",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        question("details_jeans", "What are the jeans details?", "open")(
            "bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut bootcut "
            "bootcut bootcut",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        B.color("navy blue"),
        gender=W,
        title="Pepe Jeans Women Navy Blue Bootcut Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 40. Model in a black sheer georgette longline open-front shrug with three-quarter sleeves (no hood, no zip),
    # over a white tank top and blue jeans.
    case(
        "MYN-186-040",
        caption("a woman in a black cardigan and white top"),
        D.wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long denim pants. The cardigan is "
            "with chiffon fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("top", "contradiction"),
        D.color("black"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("a hood and a zipper", "unsupported"),
        D.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Black Solid Longline Sheer Shrug",
        category="Shrug",
        color="Black",
    ),
    # 41. Model in a lavender oversized drop-shoulder short-sleeve t-shirt with a white "BROOKLYN NYC" text print on
    # the chest, with blue denim shorts.
    case(
        "MYN-186-041",
        caption("a woman wearing a purple t - shirt with the words brooklyn nyc"),
        D.wearing("a purple shirt and purple shorts", "other_garment_color"),
        D.pattern("printed"),
        D.color("lavender"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim pants. The T-shirt is "
            "with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "brooklyn Question: What does the shirt say? Answer: brooklyn Question: What does the shirt say? Answer: "
            "brooklyn",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        gender=W,
        title="Roadster Women Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # 42. Model in a black jumpsuit with thin white vertical stripes, halter neck, sleeveless, cropped culotte legs,
    # a matching fabric belt.
    case(
        "MYN-186-042",
        caption(
            "The lady wears a sleeveless romper with stripe patterns. The romper is with cotton fabric. It has a "
            "halter neckline. The lady wears a belt. The romper is of three-point length. The romper is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped jumpsuit"),
        D.color("white", "contradiction"),
        D.description("a striped jumpsuit with a belt"),
        D.details("halter neck and a belt"),
        D.material("no", "non_answer"),
        gender=W,
        title="SASSAFRAS Women Black & White Striped Halter Neck Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # 43. Model in a navy peplum top with a self-design texture, short sleeves, round neck, with white trousers.
    case(
        "MYN-186-043",
        caption("a woman in a blue top and white pants"),
        D.wearing("he is wearing a blue shirt", "pronoun"),
        D.color("navy blue"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.details("peplum"),
        D.material("silk", "unsupported"),
        gender=W,
        title="Harpa Women Navy Blue Self Design Peplum Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 44. Flat-lay, no person: beige chinos folded flat, front button and zip fly, two slant pockets. No category
    # column.
    case(
        "MYN-186-044",
        caption("a pair of khaki pants on a white background"),
        D.wearing("a pair of beige pants"),
        D.color("beige"),
        D.description(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "pockets Question: What is the color of the pants? Answer: beige Question: What",
            "leak",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender=W,
        title="Marks & Spencer Women Beige Solid Regular Fit Chinos",
        color="Beige",
    ),
    # 45. Model in a burgundy velvet long-sleeve wrap midi dress, V-neck, no slit, no buttons.
    case(
        "MYN-186-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a V-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("burgundy"),
        D.material("velvet"),
        D.details(
            "wrap Question: What is the color of the dress? Answer: red Question: What is the sleeve length of the "
            "dress? Answer: long",
            "leak",
            hit_limit=True,
        ),
        D.description("a burgundy dress with a slit and gold buttons", "unsupported"),
        gender=W,
        title="DressBerry Women Burgundy Velvet Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # 46. Model in a white short-sleeve camp-collar shirt with an all-over blue paisley print, tucked into denim
    # shorts. No gender column.
    case(
        "MYN-186-046",
        caption(
            "The person wears a short-sleeve shirt with graphic patterns and a short denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white shirt and denim shorts"),
        D.pattern("printed"),
        D.description("a white shirt with blue paisley print"),
        D.details(
            "collar collar collar collar collar collar collar collar collar collar collar collar collar collar collar "
            "collar collar collar collar collar collar collar collar collar collar collar collar collar",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women White & Blue Paisley Printed Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 47. Model in grey slim-fit jeans with slit rips at both knees, a pink short-sleeve t-shirt, white sneakers.
    case(
        "MYN-186-047",
        caption("a woman in a pink shirt and ripped jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.color("grey"),
        D.details("ripped knees"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Grey Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # 48. Model in an off-white tiered maxi skirt with a green leaf and pink floral print and a plain elasticated
    # waist (no drawstring), a plain green short-sleeve crop top.
    case(
        "MYN-186-048",
        caption("a woman in a green top and white floral skirt"),
        D.wearing(
            "skirt Question: What is the color of the skirt? Answer: white Question: What is the color of the top? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        D.color("green", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.details("tiered with a drawstring waist", "unsupported"),
        D.garment_type("skirt"),
        gender=W,
        title="SASSAFRAS Women Off White & Green Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Off White",
    ),
]
