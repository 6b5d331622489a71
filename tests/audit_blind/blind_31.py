"""BLIND_31 (44 products; a European premium minimalist brand, COS/Arket-like: tailored coats, knitwear, poplin shirts,
wide trousers, slip and shirt dresses, tonal outfits on stone backdrops, bags and shoes; enrich's default closed
questions with the experiments' open ones; muted color names, "Mole", "Ecru", "Dark Khaki"): written blind in the
fourteenth session and measured blind at b0df540: 113/138 and 13/131. The writer's notes, verbatim:

BLIND_31: a blind corpus of BLIP-2 outputs for a premium minimalist catalog (women, men, kids).

Scenario
    A European premium minimalist brand (COS/Arket-like): tailored wool coats and blazers, wide-leg trousers,
    pleated skirts, merino and cashmere knitwear, oversized poplin shirts, boxy t-shirts, linen co-ords, slip and
    shirt dresses, denim, trench coats, quilted liners, leather bags and shoes. Photos are on-model studio shots on
    off-white, stone or pale grey backdrops, often tonal (the product worn with garments of a close muted shade), plus
    flat and ghost-mannequin product shots (gender None). About two thirds of the products carry the brand's catalog
    columns (category, color, title, passed as keyword arguments of case()); the rest have none.

Which system produced which text
    * captions: the untuned base BLIP-2 OPT-2.7b (short sentences, hue names) or the experiments' caption adapter
      (DeepFashion-MultiModal template: "The lady wears a long-sleeve sweater with pure color patterns...", pattern
      words and no hue names; it never learned to stop, so it usually runs to the 50-token limit and is cut or loops).
      Each Case comment says which one produced its caption.
    * closed questions (garment_type, color, pattern, sleeve_length from the default questionnaire, is_<garment>,
      color_of(<garment>) stored closed): the VQA adapter through the reference engine, raw generated text stored
      (In-shop class names such as "jackets_coats", "tees_tanks", "pants"; loops; "Question: ... Answer:" leaks;
      answers about another layer of the outfit).
    * open questions (wearing, describe, details, material): the untuned base model (30 new tokens max) unless the
      comment says "adapter", in which case the caption adapter returned its template for the prompt (runs to 30).
      Once (MN-31036, material) the base model itself continued the `Question: ... Answer:` format: a leak.
    * Not every question's text is kept for every product: each Case holds a sample of its texts (4 to 8).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    helpers, DEFAULT_QUESTIONS/BLIND_QUESTIONS and the TARGETS keys). I did not read enrich's code, queries, docs,
    other tests or any other corpus, and ran no audit. Every label is judged against the photo described in the
    comment above the Case and against the catalog columns.

Label conventions and judgement calls
    * One label per text: the fault a reviewer would fix first. None = a correct text.
    * hit_limit=True only for texts that ran to the token limit (50 tokens for captions, 30 for answers); never on a
      correct text. A caption-adapter template that runs to the limit and stops mid-sentence is "cut" even if the
      part that was generated is also imprecise; if it repeats a sentence it is "loop".
    * loop: a word/phrase/sentence repeated until the limit ("grey-grey-grey...", "buttons, buttons, ...").
    * leak: the answer continues into the prompt format ("coat Question: What is ... Answer: coat ..."), labelled
      leak even when the leaked answer repeats (the leak is the first thing to fix).
    * contradiction: a wrong garment type or color for the product, contradicted by the photo, the other texts or the
      catalog columns; closed answers about another layer of the outfit (garment_type "cardigan" for a skirt, color
      "white" for a navy cardigan worn over a white tee) are contradictions; so is a bag called a garment, and a
      material that the catalog title contradicts (cotton for a merino jumper).
    * other_garment_color: an OPEN answer that gives the product the color of another garment of the outfit.
    * unsupported: an invented detail (a hood, a zip, a logo, a slit, a person in a flat shot, a material the photo
      plainly does not show when there is no catalog title to contradict it).
    * non_answer: empty, one word that only repeats the garment, or a tautology ("the skirt is a skirt").
    * restated: the answer gives back the question's own words ("what are the t-shirt details").
    * pronoun: "he"/"a man" for a Women's product, "she"/"a woman" for a Men's product. Never used for Kids or for
      flat shots (gender None).
    * Correct texts use near-hue synonyms of the muted catalog colors (Mole -> brown/grey, Ecru -> white/cream/beige,
      Stone -> beige, Oatmeal Melange -> beige, Burgundy -> maroon/dark red, Dark Khaki -> olive/green, Rust ->
      orange, Sage Green -> green, Taupe -> beige/brown), two-color answers for two-color garments, and mention of
      backdrops and other garments of the outfit with their own (correct) colors.
    * sleeve_length is asked only for tops, dresses and coats (the brand's job skips it for bottoms, bags, shoes).
    * Raw VQA answers that are an In-shop class or pattern word that fits the product ("jackets_coats" for a blazer,
      "denim" for jeans, "pure color" for a plain garment) are correct: mapping them is the product's job.
"""

from __future__ import annotations

from tests.audit_corpus import (
    DEFAULT_QUESTIONS,
    Case,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = DEFAULT_QUESTIONS
material = Q.material


BLIND_31: list[Case] = [
    # Woman, full length, stone backdrop: long mole (grey-brown) double-breasted wool coat worn open over a taupe merino
    # jumper and ecru wide-leg trousers, black loafers. Two flap pockets, no belt. Caption: base model.
    case(
        "MN-31001",
        caption("a woman in a long brown coat standing in front of a beige wall"),
        Q.color("brown"),
        wearing(
            "a long brown coat over a beige sweater, cream wide leg trousers and black loafers, she is standing in "
            "front of a beige wall with her hands in",
            "cut",
            hit_limit=True,
        ),
        describe("coat", "the coat is a long wool coat with a double breasted front and two flap pockets"),
        details(
            "coat",
            "the coat has buttons, pockets, a collar, buttons, pockets, a collar, buttons, pockets, a collar, buttons, "
            "pockets, a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Coats & Jackets",
        color="Mole",
        title="Relaxed Wool Coat",
    ),
    # Woman, pale grey backdrop: ecru wide-leg pleated trousers, high waist, with a black fine-knit short-sleeve top
    # tucked in, black leather sandals. Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. "
            "It has a round neckline. The trousers the lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("black", "contradiction"),
        wearing("a man in a black top and white pants", "pronoun"),
        describe("trousers", "the trousers are black", "other_garment_color"),
        details("trousers", "pleats at the front and a high waist"),
        gender="Women",
        category="Trousers",
        color="Ecru",
        title="Wide-Leg Tailored Trousers",
    ),
    # Man, pale grey backdrop: light blue oversized poplin shirt, point collar, one chest pocket, no epaulettes,
    # untucked over navy wide trousers, white sneakers. No catalog columns. Caption: base model.
    case(
        "MN-31003",
        caption("a man in a blue shirt and navy pants"),
        Q.garment_type("blouses_shirts"),
        Q.color("blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", "loop", hit_limit=True),
        describe("shirt", "she is wearing a light blue shirt with a collar", "pronoun"),
        details("shirt", "the shirt has a button down collar, two chest pockets and epaulettes", "unsupported"),
        material("cotton"),
        gender="Men",
    ),
    # Flat lay on off-white: burgundy merino wool crew-neck jumper, ribbed cuffs and hem. No person. Caption: base.
    case(
        "MN-31004",
        caption("a dark red sweater laid flat on a white background"),
        Q.color("maroon"),
        Q.pattern(
            "pure color Question: What is the pattern of the garment? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        details("sweater", "ribbed cuffs and hem"),
        material("cotton", "contradiction"),
        gender=None,
        category="Knitwear",
        color="Burgundy",
        title="Merino Wool Crew-Neck Jumper",
    ),
    # Woman, off-white backdrop: sage green pleated midi skirt worn with a buttoned ecru knitted cardigan and white
    # sneakers. Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31005",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cardigans", "contradiction"),
        Q.color(
            "green Question: What is the color of the garment? Answer: green Question: What is the color of the "
            "garment?",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        wearing("a white sweater and a green pleated skirt"),
        describe("skirt", "the skirt is white", "other_garment_color"),
        details("skirt", "the skirt is a skirt", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Sage Green",
        title="Pleated Midi Skirt",
    ),
    # Man, stone backdrop: navy merino V-neck cardigan, buttoned, over a white crew-neck t-shirt, grey wool trousers.
    # No catalog columns. Caption: base. Description: caption adapter.
    case(
        "MN-31006",
        caption("a man wearing a navy cardigan and grey pants"),
        Q.garment_type("cardigans"),
        Q.color("white", "contradiction"),
        wearing("he is wearing a blue cardigan, a white t-shirt and grey trousers"),
        describe(
            "cardigan",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is V-shape. The gentleman",
            "cut",
            hit_limit=True,
        ),
        details(
            "cardigan",
            "buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, buttons, "
            "buttons, buttons, buttons, buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Woman, off-white backdrop: ecru linen midi shirt dress, long sleeves, buttons down the front, self-tie belt,
    # brown leather sandals. Caption: base.
    case(
        "MN-31007",
        caption("a woman in a white dress standing against a white wall"),
        Q.garment_type("dresses"),
        Q.color("beige"),
        describe("dress", "the dress is brown", "other_garment_color"),
        details(
            "dress",
            "the dress has a collar, the sleeves, the buttons, the belt, the sleeves, the collar, the buttons, the "
            "belt, the",
            "loop",
            hit_limit=True,
        ),
        material(
            "linen and linen and linen and linen and linen and linen and linen and linen and linen and linen",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Ecru",
        title="Linen Shirt Dress",
    ),
    # Ghost mannequin, pale grey backdrop: classic beige cotton-gabardine double-breasted trench coat, belt, storm flap,
    # epaulettes. No catalog columns. Caption: caption adapter (looped to 50 tokens).
    case(
        "MN-31008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jackets_coats"),
        Q.color("khaki"),
        Q.sleeve_length(
            "long-sleeve Question: How long are the sleeves? Answer: long-sleeve Question: How long are the",
            "leak",
            hit_limit=True,
        ),
        describe("coat", "a beige trench coat with a belt"),
        material("leather", "unsupported"),
        gender=None,
    ),
    # Kids (boy), off-white backdrop: off-white t-shirt with navy breton stripes, short sleeves, plain crew neck (no
    # pocket), ecru denim shorts. Caption: base. Description: caption adapter.
    case(
        "MN-31009",
        caption("a young boy wearing a striped shirt and white shorts"),
        Q.pattern("striped"),
        Q.color("navy and white"),
        describe(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        gender="Kids",
        category="T-Shirts",
        color="Off-White / Navy",
        title="Striped Organic Cotton T-Shirt",
    ),
    # Woman, stone backdrop: dark brown satin bias-cut slip dress, thin straps, V neck, midi length, no slit, no lace;
    # black strappy sandals. Caption: base.
    case(
        "MN-31010",
        caption("a woman in a brown silk dress"),
        Q.garment_type("dresses"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a long brown dress with spaghetti straps and a v neck, the dress is made of satin and has a bias cut "
            "skirt "
            "that falls to the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a slit on the side and a lace trim on the neckline", "unsupported"),
        gender="Women",
        category="Dresses",
        color="Dark Brown",
        title="Satin Slip Dress",
    ),
    # Man, pale grey backdrop: dark khaki (olive) pleated wool trousers, belt loops, side pockets, with an ecru chunky
    # crew-neck jumper and brown suede shoes. Caption: base.
    case(
        "MN-31011",
        caption("a man in a white sweater and green pants"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sweater, green trousers and brown shoes"),
        describe("trousers", "the trousers are white with a pleat in the front", "other_garment_color"),
        details("trousers", "pleats, belt loops and side pockets"),
        gender="Men",
        category="Trousers",
        color="Dark Khaki",
        title="Relaxed Pleated Wool Trousers",
    ),
    # Flat on off-white: black smooth leather tote, two handles, open top (no zip), inner slip pocket visible.
    # Caption: base.
    case(
        "MN-31012",
        caption("a black leather bag on a white background"),
        Q.garment_type("tees_tanks", "contradiction"),
        Q.color("black"),
        describe("bag", "a black leather tote bag with two handles and a zipper on the top", "unsupported"),
        details("bag", "what are the bag details", "restated"),
        material("leather"),
        gender=None,
        category="Bags",
        color="Black",
        title="Leather Tote Bag",
    ),
    # Woman, off-white backdrop: oatmeal melange cashmere V-neck cardigan, buttoned, ribbed cuffs, tonal with ecru
    # wide-leg trousers. Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is V-shape. The trousers the lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("cardigans"),
        Q.color("beige"),
        color_of(
            "cardigan",
            "grey Question: What is the color of the cardigan? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        describe("cardigan", "he is wearing a beige cardigan with buttons", "pronoun"),
        details("cardigan", "v neck, buttons and ribbed cuffs"),
        gender="Women",
        category="Knitwear",
        color="Oatmeal Melange",
        title="Cashmere V-Neck Cardigan",
    ),
    # Man, pale grey backdrop: plain off-white heavyweight boxy t-shirt (no print, no logo), black wide trousers.
    # Caption: base.
    case(
        "MN-31014",
        caption("a man in a white t-shirt and black pants"),
        Q.garment_type("tees_tanks"),
        Q.color("black", "contradiction"),
        Q.sleeve_length(
            "short-short-short-short-short-short-short-short-short-short-short-short-short-short-short",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t shirt and black pants"),
        describe(
            "t-shirt",
            "a white t-shirt with a round neck and short sleeves, the t-shirt is a white t-shirt with a round neck "
            "and short sleeves, the t",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a logo on the chest", "unsupported"),
        gender="Men",
        category="T-Shirts",
        color="Off-White",
        title="Heavyweight Boxy T-Shirt",
    ),
    # Woman, off-white backdrop: rust linen camp-collar shirt, short sleeves, worn as a co-ord with matching rust linen
    # trousers. Caption: base. Description: caption adapter.
    case(
        "MN-31015",
        caption("a woman in an orange shirt and pants"),
        Q.color("orange"),
        describe(
            "shirt",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The lady wears",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "what are the shirt details", "restated"),
        material("linen"),
        gender="Women",
        category="Shirts",
        color="Rust",
        title="Linen Camp-Collar Shirt",
    ),
    # Ghost mannequin, pale grey backdrop: dark khaki (olive) diamond-quilted liner jacket, collarless, snap buttons,
    # no hood. Caption: base.
    case(
        "MN-31016",
        caption("an olive green quilted jacket on a white background"),
        Q.garment_type("jackets_coats"),
        Q.color(
            "green Answer: green Answer: green Answer: green Answer: green Answer: green Answer: green Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("jacket", "a person wearing a green jacket with a hood", "unsupported"),
        details(
            "jacket",
            "quilted, quilted, quilted, quilted, quilted, quilted, quilted, quilted, quilted, quilted, quilted, "
            "quilted, quilted, quilted, quilted",
            "loop",
            hit_limit=True,
        ),
        gender=None,
        category="Coats & Jackets",
        color="Dark Khaki",
        title="Quilted Liner Jacket",
    ),
    # Man, stone backdrop: navy single-breasted wool blazer (two buttons, notch lapels, flap pockets) over a light blue
    # poplin shirt, grey trousers, no watch or bracelet. Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31017",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. This gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jackets_coats"),
        Q.color("light blue", "contradiction"),
        is_a("blazer", "no", "contradiction"),
        wearing("a navy blazer, a light blue shirt and grey trousers"),
        describe("blazer", "the blazer is light blue", "other_garment_color"),
        details("blazer", "two buttons, notch lapels and flap pockets"),
        gender="Men",
        category="Coats & Jackets",
        color="Navy",
        title="Tailored Wool Blazer",
    ),
    # Woman, off-white backdrop: light-wash straight-leg jeans, high waist, no rips, ecru boxy tee tucked in, white
    # leather sneakers. Caption: base.
    case(
        "MN-31018",
        caption("a woman wearing a white shirt and blue jeans"),
        Q.garment_type("denim"),
        Q.color("blue"),
        color_of("jeans", "white", "contradiction"),
        wearing(
            "a white t-shirt tucked into light blue straight leg jeans with white sneakers, she is standing in front "
            "of a white wall with one hand in her",
            "cut",
            hit_limit=True,
        ),
        describe("jeans", "the jeans are light blue with a straight leg and a high waist"),
        details("jeans", "the jeans have a rip on the knee", "unsupported"),
        gender="Women",
        category="Denim",
        color="Light Blue",
        title="Straight-Leg Jeans",
    ),
    # Kids (girl), off-white backdrop: dusty pink cable-knit cotton jumper, crew neck, with ecru corduroy trousers.
    # No catalog columns. Caption: base. Description: caption adapter.
    case(
        "MN-31019",
        caption("a little girl wearing a pink sweater and white pants"),
        Q.garment_type("sweaters"),
        Q.color("pink"),
        describe(
            "sweater",
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        details(
            "sweater",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Kids",
    ),
    # Woman, pale grey backdrop: taupe oversized single-breasted blazer (no belt) with matching taupe wide trousers
    # (suit), white t-shirt underneath. No catalog columns. Caption: base.
    case(
        "MN-31020",
        caption("a woman in a beige suit and white shirt"),
        Q.garment_type(
            "jacket Question: What type of garment is this? Answer: jacket Question: What type of garment is this? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("brown"),
        wearing(
            "a beige blazer and a pair of beige trousers with a white t-shirt underneath, the blazer is oversized and "
            "the trousers are wide and the",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "she is wearing a beige blazer with a white shirt"),
        details("blazer", "the blazer has a belt", "unsupported"),
        gender="Women",
    ),
    # Flat on stone backdrop: pair of dark brown leather penny loafers (strap across the vamp, no buckle).
    # Caption: base.
    case(
        "MN-31021",
        caption("a pair of brown leather loafers"),
        Q.garment_type("pants", "contradiction"),
        Q.color("brown"),
        describe("shoes", "a pair of brown leather shoes with a gold buckle", "unsupported"),
        details("shoes", "the shoes are shoes", "non_answer"),
        material("leather"),
        gender=None,
        category="Shoes",
        color="Dark Brown",
        title="Leather Penny Loafers",
    ),
    # Woman, off-white backdrop: black merino roll-neck jumper tucked into stone pleated wool trousers, black boots.
    # Caption: base. Details: caption adapter.
    case(
        "MN-31022",
        caption("a woman in a black turtleneck sweater and beige pants"),
        Q.garment_type("sweaters"),
        Q.color(
            "black Question: What is the color of the garment? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black turtleneck and khaki pants", "pronoun"),
        describe("sweater", "a black turtleneck sweater"),
        details(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is turtleneck. The lady",
            "cut",
            hit_limit=True,
        ),
        material("", "non_answer"),
        gender="Women",
        category="Knitwear",
        color="Black",
        title="Merino Wool Roll-Neck Jumper",
    ),
    # Man, pale grey backdrop: stone cotton trench coat, belted, over a black roll-neck and black trousers, no scarf.
    # Caption: base.
    case(
        "MN-31023",
        caption("a man in a trench coat standing in front of a white wall"),
        Q.garment_type("jackets_coats"),
        Q.color("black", "contradiction"),
        color_of("coat", "beige"),
        wearing("a beige trench coat, black pants and a black scarf", "unsupported"),
        describe("trench coat", "the trench coat is black", "other_garment_color"),
        details(
            "trench coat",
            "belt, buttons, collar, belt, buttons, collar, belt, buttons, collar, belt, buttons, collar, belt, buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Coats & Jackets",
        color="Stone",
        title="Cotton Trench Coat",
    ),
    # Woman, off-white backdrop: stone linen wide-leg trousers with drawstring waist and side pockets, worn as a co-ord
    # with a matching stone short-sleeve linen shirt, brown sandals. Caption: caption adapter that stopped on its own.
    case(
        "MN-31024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "linen fabric."
        ),
        Q.garment_type("pants"),
        describe("trousers", "describe the trousers", "restated"),
        details(
            "trousers",
            "the trousers have a drawstring waist, two side pockets and a wide leg, they are made of linen and are "
            "the same color as the",
            "cut",
            hit_limit=True,
        ),
        material("linen"),
        gender="Women",
        category="Trousers",
        color="Stone",
        title="Linen Wide-Leg Trousers",
    ),
    # Man, stone backdrop: ecru knitted merino polo shirt, short sleeves, three-button placket, with dark brown pleated
    # trousers. No catalog columns. Caption: base.
    case(
        "MN-31025",
        caption("a woman wearing a white polo shirt and brown pants", "pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.sleeve_length("short-sleeve"),
        describe("polo shirt", "the polo shirt is brown", "other_garment_color"),
        details(
            "polo shirt",
            "a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar",
            "loop",
            hit_limit=True,
        ),
        material("what material is the garment made of", "restated"),
        gender="Men",
    ),
    # Woman, pale grey backdrop: black double-faced wool coat, long, belted, no hood, worn over a white shirt and black
    # trousers. Caption: caption adapter (looped).
    case(
        "MN-31026",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. The lady wears "
            "a long-sleeve coat with pure color patterns. The coat is with wool fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jackets_coats"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black coat and a white shirt and black pants"),
        describe("coat", "the coat is white", "other_garment_color"),
        details("coat", "the coat has a belt and a hood", "unsupported"),
        gender="Women",
        category="Coats & Jackets",
        color="Black",
        title="Double-Faced Wool Coat",
    ),
    # Kids (girl), pale grey backdrop: navy wool-blend duffle coat with toggles, two patch pockets and a plain navy
    # hood, long sleeves, white tights, black shoes. Caption: base. Details: caption adapter.
    case(
        "MN-31027",
        caption("a little girl in a blue coat"),
        Q.garment_type("jackets_coats"),
        Q.color("navy"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        describe(
            "coat",
            "a navy blue coat with toggles and a hood, the coat has two pockets on the front and long sleeves, the "
            "coat is made of wool and",
            "cut",
            hit_limit=True,
        ),
        details(
            "coat",
            "The upper clothing has long sleeves, wool fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is",
            "cut",
            hit_limit=True,
        ),
        gender="Kids",
        category="Coats & Jackets",
        color="Navy",
        title="Wool-Blend Duffle Coat",
    ),
    # Ghost mannequin, pale grey backdrop: oversized poplin shirt with thin blue and white vertical stripes, long
    # sleeves with button cuffs, pointed collar, dropped shoulders, curved hem, no pocket. No catalog columns.
    # Caption: base. Description: caption adapter (looped).
    case(
        "MN-31028",
        caption("a blue and white striped shirt on a mannequin"),
        Q.garment_type("tees_tanks", "contradiction"),
        Q.pattern("striped"),
        Q.color("blue and white"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt has buttons down the front, a pointed collar, long sleeves with button cuffs, dropped "
            "shoulders and a curved hem, it is oversized and the stripes are",
            "cut",
            hit_limit=True,
        ),
        gender=None,
    ),
    # Woman, off-white backdrop: navy poplin shirt dress, midi, long sleeves, self belt, white sneakers. No catalog
    # columns. Caption: base.
    case(
        "MN-31029",
        caption("a woman in a navy blue dress and white sneakers"),
        Q.color("blue"),
        color_of("dress", "white", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "dress",
            "it is a long sleeve dress with a collar and a belt, it is a long sleeve dress with a collar and a belt, "
            "it",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the man is wearing a belt with it", "pronoun"),
        material("cotton"),
        gender="Women",
    ),
    # Man, stone backdrop: sage green oversized linen shirt worn open over a white t-shirt, matching sage linen
    # trousers. No catalog columns. Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31030",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and it "
            "has a lapel neckline. This gentleman wears a long trousers. The trousers are with linen fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        wearing("a green shirt and white t-shirt with green pants"),
        describe("shirt", "a green shirt with a white t-shirt underneath"),
        details(
            "shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        material("linen"),
        gender="Men",
    ),
    # Woman, off-white backdrop: plain light blue cashmere crew-neck jumper (no buttons), ribbed cuffs, worn with
    # light-wash jeans (tonal blue). No catalog columns. Caption: base.
    case(
        "MN-31031",
        caption("a woman in a light blue sweater and jeans"),
        Q.garment_type("denim", "contradiction"),
        Q.color("light blue"),
        wearing("a blue sweater and blue jeans"),
        describe("sweater", "a blue sweater with a round neck and pearl buttons on the shoulder", "unsupported"),
        details(
            "sweater",
            "ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, ribbed cuffs, "
            "ribbed cuffs, ribbed",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Flat on stone backdrop: small taupe leather crossbody bag, flap with magnetic closure, long adjustable strap.
    # No person. Caption: base. Details: caption adapter.
    case(
        "MN-31032",
        caption("a small beige leather bag with a strap"),
        Q.garment_type("bag"),
        Q.color("beige"),
        describe("bag", "a woman holding a beige bag", "unsupported"),
        details(
            "bag",
            "The upper clothing has long sleeves, leather fabric and pure color patterns. It has a round neckline. "
            "The upper clothing",
            "cut",
            hit_limit=True,
        ),
        material("leather"),
        gender=None,
        category="Bags",
        color="Taupe",
        title="Small Leather Crossbody Bag",
    ),
    # Man, pale grey backdrop: rigid navy (indigo) straight-leg five-pocket jeans with button fly, white oxford shirt
    # tucked in, brown belt. Caption: base.
    case(
        "MN-31033",
        caption("a man in a white shirt and dark blue jeans"),
        Q.garment_type("denim"),
        Q.color("white", "contradiction"),
        wearing("she is wearing a white shirt and jeans", "pronoun"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "five pockets and a button fly"),
        gender="Men",
        category="Denim",
        color="Navy",
        title="Straight-Leg Rigid Jeans",
    ),
    # Woman, off-white backdrop: oversized light-wash denim jacket, pointed collar, silver buttons, two flap chest
    # pockets, two side pockets, button cuffs, worn over a white tee with ecru trousers. No catalog columns.
    # Caption: base.
    case(
        "MN-31034",
        caption("a woman in a denim jacket and white pants"),
        Q.garment_type("denim"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a light blue denim jacket with a white t-shirt"),
        details(
            "jacket",
            "the jacket has a pointed collar, silver buttons down the front, two flap chest pockets with buttons, two "
            "side pockets and button cuffs with a",
            "cut",
            hit_limit=True,
        ),
        material("fabric", "non_answer"),
        gender="Women",
    ),
    # Woman, pale grey backdrop: dusty pink boxy cotton t-shirt, short sleeves, with grey wide trousers.
    # Caption: caption adapter (ran to 50 tokens).
    case(
        "MN-31035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tees_tanks"),
        Q.color("grey", "contradiction"),
        color_of("t-shirt", "pink"),
        Q.sleeve_length("short-sleeve"),
        wearing("a man wearing a pink shirt and grey pants", "pronoun"),
        describe("t-shirt", "the t-shirt is grey", "other_garment_color"),
        details("t-shirt", "what are the t-shirt details", "restated"),
        gender="Women",
        category="T-Shirts",
        color="Dusty Pink",
        title="Relaxed Cotton T-Shirt",
    ),
    # Man, stone backdrop: dark brown single-breasted wool coat (no hood) over a grey hoodie, black trousers, white
    # sneakers. No catalog columns. Caption: base. Details: caption adapter (looped).
    case(
        "MN-31036",
        caption("a man in a brown coat and black pants"),
        Q.garment_type("sweatshirts_hoodies", "contradiction"),
        Q.color("brown"),
        wearing("a brown coat, a grey hoodie, black pants and white shoes"),
        describe("coat", "the coat is grey with a hood", "other_garment_color"),
        details(
            "coat",
            "The gentleman wears a long-sleeve coat with pure color patterns. The gentleman wears a long-sleeve coat "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        material(
            "wool Question: What material is the garment made of? Answer: wool Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Woman, off-white backdrop: burgundy satin midi skirt, bias cut, no slit, worn tonal with a burgundy fine-knit
    # jumper. Caption: base.
    case(
        "MN-31037",
        caption("a woman wearing a maroon sweater and a maroon satin skirt"),
        Q.garment_type("skirts"),
        Q.color("maroon"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        describe("skirt", "it is a long skirt with a slit on the side", "unsupported"),
        details("skirt", "skirt", "non_answer"),
        gender="Women",
        category="Skirts",
        color="Burgundy",
        title="Satin Midi Skirt",
    ),
    # Kids (boy), off-white backdrop: rust corduroy wide-leg trousers with an ecru sweatshirt and white sneakers.
    # No catalog columns. Caption: base. Details: caption adapter (looped).
    case(
        "MN-31038",
        caption("a young boy wearing a white sweatshirt and orange pants"),
        Q.garment_type(
            "pants Question: What type of garment is this? Answer: pants Question: What type of garment is",
            "leak",
            hit_limit=True,
        ),
        Q.color("orange"),
        wearing("a white sweater, brown pants and white shoes"),
        describe("trousers", "the trousers are white", "other_garment_color"),
        details(
            "trousers",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        material("corduroy"),
        gender="Kids",
    ),
    # Woman, off-white backdrop: white oversized poplin shirt, long sleeves, worn with black wide-leg trousers and black
    # loafers; no bag. Caption: caption adapter that stopped on its own.
    case(
        "MN-31039",
        caption("The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."),
        Q.garment_type("blouses_shirts"),
        Q.color("black", "contradiction"),
        color_of("shirt", "white"),
        describe(
            "shirt", "she is wearing a white shirt and black pants and black shoes and a black bag", "unsupported"
        ),
        details(
            "shirt",
            "buttons, collar, cuffs, buttons, collar, cuffs, buttons, collar, cuffs, buttons, collar, cuffs, buttons, "
            "collar, cuffs",
            "loop",
            hit_limit=True,
        ),
        material("the garment is made of material", "non_answer"),
        gender="Women",
        category="Shirts",
        color="White",
        title="Oversized Poplin Shirt",
    ),
    # Man, stone backdrop: ecru knitted wool vest (sleeveless, V neck, ribbed trims) over a light blue oxford shirt,
    # navy trousers, brown shoes. Caption: base.
    case(
        "MN-31040",
        caption("a man wearing a white sweater vest over a blue shirt"),
        Q.garment_type("vest"),
        Q.color("blue", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        wearing(
            "a white sweater vest over a light blue button down shirt, navy blue trousers and brown shoes, he is "
            "standing in front of a beige wall with his",
            "cut",
            hit_limit=True,
        ),
        describe("vest", "the vest is blue", "other_garment_color"),
        details("vest", "v neck and ribbed trim"),
        gender="Men",
        category="Knitwear",
        color="Ecru",
        title="Knitted Wool Vest",
    ),
    # Flat on stone backdrop: mole (grey-brown) pleated wool trousers, folded, belt loops, front creases. No catalog
    # columns. Caption: base. Description: caption adapter.
    case(
        "MN-31041",
        caption("a pair of grey pants on a beige background"),
        Q.color("grey"),
        describe(
            "trousers",
            "The trousers the lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "belt loops, pleats and a crease down the front"),
        material(
            "the trousers are made of wool, they are grey and have pleats at the front, belt loops and a crease down "
            "the front of each leg and",
            "cut",
            hit_limit=True,
        ),
        gender=None,
    ),
    # Woman, cropped to the legs, stone backdrop: black leather ankle boots with side zip and block heel, worn under
    # ecru trousers. Caption: base.
    case(
        "MN-31042",
        caption("a woman's legs in black boots and white pants"),
        Q.garment_type("pants", "contradiction"),
        Q.color("black"),
        describe("boots", "the boots are white", "other_garment_color"),
        details("boots", "a side zip and a block heel"),
        material(
            "leather leather leather leather leather leather leather leather leather leather leather leather leather "
            "leather leather leather leather leather leather leather leather leather leather leather leather leather "
            "leather leather leather leather",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shoes",
        color="Black",
        title="Leather Ankle Boots",
    ),
    # Woman, off-white backdrop: ecru linen oversized blazer, one button, notch lapels, flap pockets, chest welt pocket,
    # with a pale blue tee and matching ecru linen trousers, no jewellery. No catalog columns. Caption: caption adapter
    # (looped).
    case(
        "MN-31043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with linen fabric. The lady "
            "wears a long-sleeve jacket with pure color patterns. The jacket is with linen fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jackets_coats"),
        Q.color("white"),
        wearing("a white blazer, a blue shirt, white pants and a gold necklace", "unsupported"),
        describe("blazer", "the blazer is a blazer", "non_answer"),
        details(
            "blazer",
            "one button fastening, notch lapels, two flap pockets at the hips and a welt pocket on the chest, the "
            "sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
    ),
    # Man, pale grey backdrop: plain black heavyweight boxy t-shirt with ecru straight jeans, white sneakers.
    # Caption: base.
    case(
        "MN-31044",
        caption("a man in a black shirt and white jeans"),
        Q.garment_type(
            "tee Question: What type of garment is this? Answer: tee Question: What type of garment is this?",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("a black t-shirt and white jeans"),
        describe("t-shirt", "she is wearing a black t-shirt", "pronoun"),
        details("t-shirt", "the t-shirt details are the t-shirt details", "restated"),
        gender="Men",
        category="T-Shirts",
        color="Black",
        title="Heavyweight Boxy T-Shirt",
    ),
]
